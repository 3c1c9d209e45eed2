// Background sync against the fixture's real Orthanc, through the fault-injecting proxy: the archive
// unreachable then back, connections reset mid-transfer and stalled, failover to a backup node,
// `strata sync run` killed with SIGKILL again and again (at moments chosen from its progress), and a
// 30-day offline run on a manual clock. After each: every instance imported locally is in the
// archive byte-identical (SHA-256 of Orthanc's copy through its REST API), none twice, the queue
// empty. Each case prints jobs, faults injected, retries, instances lost and duplicates.
#include "fault_proxy.h"
#include "sync_case.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace strata;
using strata::testing::Direction;
using strata::testing::Fault;
using strata::testing::FaultProxy;
using strata::testing::SyncCase;

namespace {

const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_cases = 0;
    QStringList m_patients;

    using Case = SyncCase;

    /// A data directory with `mrStudies` new MR studies (6 instances each) and `ctStudies` new CT
    /// studies (1 instance) imported and queued for the rule "archive" → node "primary" at
    /// `primaryPort` (the proxy) with optional backup at `backupPort`.
    Case makeCase(int mrStudies, int ctStudies, quint16 primaryPort, quint16 backupPort = 0, const Clock &clock = systemClock())
    {
        std::optional<net::Node> backup;
        if (backupPort)
            backup = testing::archiveNode(QStringLiteral("backup"), backupPort);
        Case c = testing::makeCase(m_tmp.filePath(QStringLiteral("case%1").arg(m_cases++)), testing::archiveNode(QStringLiteral("primary"), primaryPort),
                                   mrStudies, ctStudies, clock, backup);
        m_patients << c.patientId;
        return c;
    }

    static void addStudies(Case &c, int mrStudies, int ctStudies, const Clock &clock) { testing::addStudies(c, mrStudies, ctStudies, clock); }

    static sync::SyncOptions fastOptions()
    {
        sync::SyncOptions o = testing::fastOptions();
        o.batchJobs = 1;  // a job per association: the faults are counted per connection (the CLI's runs batch)
        o.refills = 0;    // and per step: a fault's effect shows before the next job goes
        return o;
    }

    static bool drain(sync::SyncEngine &engine, ManualClock &clock, sync::RunReport *report = nullptr, int maxIdles = 2000)
    {
        return testing::drain(engine, clock, report, maxIdles);
    }

    /// The checks after every case (against the fixture's archive), and the line it prints.
    static void checkAndPrint(const char *name, const Case &c, int faults, qint64 drainMs = -1)
    {
        QVERIFY(testing::checkAndPrint(kOrthancDir, name, c, faults, drainMs));
    }

    net::Node orthanc() const { return testing::orthancNode(kOrthancDir); }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void cleanupTestCase()
    {
        for (const QString &p : std::as_const(m_patients))
            testing::deletePatient(kOrthancDir, p);
    }

    void archiveUnreachableThenBack()
    {
        FaultProxy proxy(orthanc().host.toStdString(), orthanc().port, Fault::reset(Direction::Both, 0));
        QVERIFY2(proxy.ok(), proxy.error().c_str());
        ManualClock clock;
        Case c = makeCase(2, 2, proxy.port(), 0, clock);
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        // Unreachable: attempts fail, the breaker opens after five, nothing is marked done.
        for (int i = 0; i < 20; ++i) {
            QVERIFY(engine.step().ok());
            clock.advance(5000);
        }
        sync::SyncStatus s = engine.status().value();
        QCOMPARE(s.queue.done, 0);
        QCOMPARE(s.health, sync::SyncStatus::Health::Failing);
        QVERIFY(s.nodes.at(0).failures >= 5);
        QVERIFY(s.offlineForMs >= 90000);
        // The link returns: everything drains, within the longest breaker cool-down of the return.
        proxy.setFault(Fault::pass());
        const qint64 back = clock.nowMs();
        QVERIFY(drain(engine, clock));
        const qint64 toDrain = clock.nowMs() - back;
        QVERIFY2(toDrain <= 60000, qPrintable(QString::number(toDrain)));
        checkAndPrint("unreachable then back", c, int(proxy.faultsTriggered()), toDrain);
        QCOMPARE(engine.status().value().health, sync::SyncStatus::Health::Safe);
    }

    void connectionsResetAndStalled()
    {
        FaultProxy proxy(orthanc().host.toStdString(), orthanc().port);
        QVERIFY2(proxy.ok(), proxy.error().c_str());
        ManualClock clock;
        Case c = makeCase(3, 1, proxy.port(), 0, clock);
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        // Resets in the middle of a C-STORE data set (after 100 kB), three connections in a row.
        Fault reset = Fault::reset(Direction::ClientToServer, 100000);
        reset.connectionCount = 3;
        proxy.setFault(reset);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(engine.step().ok());
            clock.advance(3000);
        }
        const quint64 resets = proxy.faultsTriggered();
        QVERIFY(resets >= 1);
        QVERIFY(engine.status().value().queue.pending() > 0);
        // Then a peer that hangs mid-transfer (the DIMSE timeout ends it), twice.
        Fault stall = Fault::stall(Direction::ServerToClient, 200);
        stall.fromConnection = proxy.connections();
        stall.connectionCount = 2;
        proxy.setFault(stall);
        QVERIFY(drain(engine, clock));
        // A stalled connection is counted when its thread ends, after the drop: wait for it.
        proxy.dropConnections();
        QTRY_VERIFY2(proxy.faultsTriggered() > resets, "a stall took effect");
        checkAndPrint("reset and stalled", c, int(proxy.faultsTriggered()));
    }

    void failsOverToTheBackupNode()
    {
        FaultProxy primary(orthanc().host.toStdString(), orthanc().port, Fault::reset(Direction::Both, 0));
        FaultProxy backup(orthanc().host.toStdString(), orthanc().port);
        QVERIFY(primary.ok() && backup.ok());
        ManualClock clock;
        Case c = makeCase(2, 3, primary.port(), backup.port(), clock);
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        QVERIFY(drain(engine, clock));
        auto repo = store::StoreService::open(c.dataDir).value()->syncJobs().value();
        for (const store::SyncJob &j : repo->jobs().value())
            QCOMPARE(j.node, QStringLiteral("backup"));
        QVERIFY(primary.connections() >= 5);
        checkAndPrint("failover to backup", c, int(primary.faultsTriggered()));
    }

    void killedMidSyncRepeatedly()
    {
        // Latency on the link so that a kill lands while associations are open.
        FaultProxy proxy(orthanc().host.toStdString(), orthanc().port, Fault::delay(Direction::ClientToServer, 0, 30));
        QVERIFY(proxy.ok());
        Case c = makeCase(5, 3, proxy.port());
        // Kill moments taken from the run's own progress: while sending, while verifying, right
        // after a study was marked safe; each in turn, then from a different job count.
        const QStringList moments{QStringLiteral(": sending "), QStringLiteral(": verifying "), QStringLiteral(" safe on ")};
        int kills = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess run;
            run.setProcessChannelMode(QProcess::MergedChannels);
            run.start(QStringLiteral(STRATA_EXE), {QStringLiteral("--data-dir"), c.dataDir, QStringLiteral("sync"), QStringLiteral("run"),
                                                    QStringLiteral("--until-drained"), QStringLiteral("--dimse-timeout"), QStringLiteral("5")});
            QVERIFY(run.waitForStarted());
            const QString moment = moments.at(round % moments.size());
            const int skip = round / moments.size();  // the n-th such line
            int seen = 0;
            QString output;
            bool killed = false;
            while (run.state() == QProcess::Running && !killed) {
                run.waitForReadyRead(200);
                while (run.canReadLine()) {
                    const QString line = QString::fromUtf8(run.readLine());
                    output += line;
                    if (line.contains(moment) && seen++ == skip) {
                        ::kill(pid_t(run.processId()), SIGKILL);
                        killed = true;
                        ++kills;
                        break;
                    }
                }
            }
            run.waitForFinished(30000);
            if (!killed) {
                QCOMPARE(run.exitCode(), 0);  // drained before this moment came
                break;
            }
        }
        QVERIFY(kills >= 3);
        // The last run, undisturbed, finishes what is left.
        QProcess last;
        last.setProcessChannelMode(QProcess::MergedChannels);
        last.start(QStringLiteral(STRATA_EXE), {QStringLiteral("--data-dir"), c.dataDir, QStringLiteral("sync"), QStringLiteral("run"),
                                                 QStringLiteral("--until-drained"), QStringLiteral("--timeout"), QStringLiteral("120")});
        QVERIFY(last.waitForFinished(150000));
        const QByteArray out = last.readAll();
        QVERIFY2(last.exitCode() == 0, out.constData());
        checkAndPrint(qPrintable(QStringLiteral("kill -9 x%1").arg(kills)), c, kills);
    }

    void thirtyDaysOffline()
    {
        FaultProxy proxy(orthanc().host.toStdString(), orthanc().port, Fault::reset(Direction::Both, 0));
        QVERIFY(proxy.ok());
        ManualClock clock;
        Case c = makeCase(0, 1, proxy.port(), 0, clock);
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        // A month without a link: a study imported every third day, the engine looking every hour.
        constexpr qint64 kHour = 3600 * 1000;
        for (int hour = 1; hour <= 30 * 24; ++hour) {
            clock.advance(kHour);
            if (hour % 72 == 0)
                addStudies(c, hour % 144 == 0 ? 1 : 0, hour % 144 == 0 ? 0 : 1, clock);
            QVERIFY(engine.step().ok());
        }
        sync::SyncStatus s = engine.status().value();
        QCOMPARE(s.queue.done, 0);
        QCOMPARE(s.queue.pending(), c.studies);
        QVERIFY(s.offlineForMs >= 29 * 24 * kHour);
        QVERIFY(s.oldestPendingAgeMs >= 29 * 24 * kHour);
        QCOMPARE(s.health, sync::SyncStatus::Health::Failing);
        QVERIFY(s.alerts.join(QLatin1Char(' ')).contains(QStringLiteral("day")));
        // The link returns: the next probe closes the breaker and everything drains.
        proxy.setFault(Fault::pass());
        const qint64 back = clock.nowMs();
        QElapsedTimer wall;
        wall.start();
        QVERIFY(drain(engine, clock));
        const qint64 toDrain = clock.nowMs() - back;
        QVERIFY2(toDrain < 60000, qPrintable(QString::number(toDrain)));
        checkAndPrint(qPrintable(QStringLiteral("30 days offline (%1 studies, drained in %2 s of wall time)").arg(c.studies).arg(wall.elapsed() / 1000.0, 0, 'f', 1)),
                      c, int(proxy.faultsTriggered()), toDrain);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
