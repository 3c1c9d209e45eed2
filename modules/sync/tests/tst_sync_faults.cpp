// Background sync against the fixture's real Orthanc, through the fault-injecting proxy: the archive
// unreachable then back, connections reset mid-transfer and stalled, failover to a backup node,
// `strata sync run` killed with SIGKILL again and again (at moments chosen from its progress), and a
// 30-day offline run on a manual clock. After each: every instance imported locally is in the
// archive byte-identical (SHA-256 of Orthanc's copy through its REST API), none twice, the queue
// empty. Each case prints jobs, faults injected, retries, instances lost and duplicates.
#include "fault_proxy.h"
#include "orthanc_rest.h"

#include <strata/core/Clock.h>
#include <strata/core/Sha256.h>
#include <strata/net/NodeRegistry.h>
#include <strata/store/Ingest.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>
#include <strata/sync/SyncEngine.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace strata;
using strata::testing::Direction;
using strata::testing::Fault;
using strata::testing::FaultProxy;

namespace {

const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);

QStringList mrFiles()
{
    QStringList files;
    for (QDirIterator it(QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl"), {QStringLiteral("*.dcm")}, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    return files;
}

/// A UID under 2.25 (a random number; digits only, no leading zero).
QString newUid()
{
    return QStringLiteral("2.25.%1%2").arg(QRandomGenerator::global()->bounded(1u, 1000000000u)).arg(QRandomGenerator::global()->generate64());
}

/// Copies `files` into `dir` as one new study of `patientId`: new study, series and instance UIDs
/// (DCMTK's dcmodify), the pixels and everything else as they were.
QStringList makeStudy(const QStringList &files, const QString &dir, const QString &patientId)
{
    QDir().mkpath(dir);
    QStringList copies;
    for (const QString &f : files) {
        const QString to = QDir(dir).filePath(QFileInfo(f).fileName());
        if (!QFile::copy(f, to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        copies << to;
    }
    QProcess p;
    p.start(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb"), QStringLiteral("-gin"), QStringLiteral("-m"),
                                                    QStringLiteral("PatientID=") + patientId, QStringLiteral("-m"),
                                                    QStringLiteral("StudyInstanceUID=") + newUid(), QStringLiteral("-m"),
                                                    QStringLiteral("SeriesInstanceUID=") + newUid()} + copies);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return copies;
}

QJsonArray restArray(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    return QJsonDocument::fromJson(testing::orthancRest(kOrthancDir, method, path, body).second).array();
}

/// SHA-256 of a DICOM file without its 128-byte preamble: the bytes a C-STORE carries (the data
/// set) and the meta header the receiver writes again. The preamble never travels over DICOM
/// (Orthanc writes zeros there; CT_small.dcm has bytes of its own in it).
QByteArray dicomSha(const QByteArray &file)
{
    return file.size() > 132 ? sha256Hex(file.constData() + 128, file.size() - 128) : QByteArray();
}

/// What a case found on the archive.
struct Tally {
    int local = 0;       ///< instances in the local cache
    int onArchive = 0;   ///< of those, byte-identical on the archive (after the preamble)
    int wholeFile = 0;   ///< of those, identical including the preamble
    int lost = 0;        ///< missing or different there
    int duplicates = 0;  ///< instances of the patient on the archive beyond the local ones
};

/// Compares the cache at `dataDir` with the archive: every local instance by SHA-256 of Orthanc's
/// copy; the archive's instances of `patientId` counted.
Tally compareWithArchive(const QString &dataDir, const QString &patientId)
{
    Tally t;
    auto cache = store::LocalCache::open(dataDir);
    store::StudyQuery q;
    q.limit = 10000;
    for (const store::StudyRecord &s : cache.value()->searchStudies(q).value().studies) {
        for (const store::InstanceRecord &i : cache.value()->studyInstances(s.studyInstanceUid).value()) {
            ++t.local;
            QString id;
            for (const QJsonValue &v : restArray("POST", QStringLiteral("/tools/lookup"), i.sopInstanceUid.toLatin1()))
                if (v.toObject().value(QStringLiteral("Type")).toString() == QLatin1String("Instance"))
                    id = v.toObject().value(QStringLiteral("ID")).toString();
            const QByteArray file = id.isEmpty() ? QByteArray() : testing::orthancRestBody(kOrthancDir, "GET", QStringLiteral("/instances/%1/file").arg(id));
            QFile local(i.filePath);
            const QByteArray mine = local.open(QIODevice::ReadOnly) ? local.readAll() : QByteArray();
            if (sha256Hex(mine.constData(), mine.size()) != i.sha256)
                qFatal("the local copy of %s changed", qPrintable(i.sopInstanceUid));
            if (!file.isEmpty() && dicomSha(file) == dicomSha(mine)) {
                ++t.onArchive;
                t.wholeFile += sha256Hex(file.constData(), file.size()) == i.sha256 ? 1 : 0;
            } else {
                ++t.lost;
            }
        }
    }
    const QByteArray find = QJsonDocument(QJsonObject{{QStringLiteral("Level"), QStringLiteral("Instance")},
                                                      {QStringLiteral("Query"), QJsonObject{{QStringLiteral("PatientID"), patientId}}}})
                                .toJson(QJsonDocument::Compact);
    t.duplicates = int(restArray("POST", QStringLiteral("/tools/find"), find).size()) - t.local;
    return t;
}

void deletePatient(const QString &patientId)
{
    const QByteArray find = QJsonDocument(QJsonObject{{QStringLiteral("Level"), QStringLiteral("Patient")},
                                                      {QStringLiteral("Query"), QJsonObject{{QStringLiteral("PatientID"), patientId}}}})
                                .toJson(QJsonDocument::Compact);
    for (const QJsonValue &v : restArray("POST", QStringLiteral("/tools/find"), find))
        testing::orthancRest(kOrthancDir, "DELETE", QStringLiteral("/patients/") + v.toString());
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_cases = 0;
    QStringList m_patients;

    struct Case {
        QString dataDir;
        QString patientId;
        QString scratch;
        int studies = 0;
    };

    /// A data directory with `mrStudies` new MR studies (6 instances each) and `ctStudies` new CT
    /// studies (1 instance) imported and queued for the rule "archive" → node "primary" at
    /// `primaryPort` (the proxy) with optional backup at `backupPort`.
    Case makeCase(int mrStudies, int ctStudies, quint16 primaryPort, quint16 backupPort = 0, const Clock &clock = systemClock())
    {
        Case c;
        c.scratch = m_tmp.filePath(QStringLiteral("case%1").arg(m_cases++));
        c.dataDir = c.scratch + QStringLiteral("/data");
        c.patientId = QStringLiteral("SYNC-%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_patients << c.patientId;
        QDir().mkpath(c.dataDir);
        auto registry = net::NodeRegistry::open(c.dataDir);
        const net::Node orthanc = testing::orthancNode(kOrthancDir);
        for (const auto &[name, port] : {std::pair{QStringLiteral("primary"), primaryPort}, std::pair{QStringLiteral("backup"), backupPort}}) {
            if (port == 0)
                continue;
            net::Node n;
            n.name = name;
            n.aeTitle = orthanc.aeTitle;
            n.host = QStringLiteral("127.0.0.1");
            n.port = port;
            if (auto e = registry.value()->save(n))
                qFatal("node: %s", qPrintable(e->message()));
        }
        store::SyncRule rule;
        rule.name = QStringLiteral("archive");
        rule.primaryNode = QStringLiteral("primary");
        rule.backupNode = backupPort ? QStringLiteral("backup") : QString();
        auto repo = store::StoreService::open(c.dataDir).value()->syncJobs().value();
        if (!repo->addRule(rule, clock.nowMs()).ok())
            qFatal("rule");
        addStudies(c, mrStudies, ctStudies, clock);
        return c;
    }

    void addStudies(Case &c, int mrStudies, int ctStudies, const Clock &clock)
    {
        QStringList imported;
        auto cache = store::LocalCache::open(c.dataDir);
        for (int i = 0; i < mrStudies + ctStudies; ++i) {
            const QStringList src = i < mrStudies ? mrFiles() : QStringList{QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm")};
            const QStringList files = makeStudy(src, c.scratch + QStringLiteral("/in%1").arg(c.studies++), c.patientId);
            if (files.isEmpty())
                qFatal("dcmodify failed");
            const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, files);
            if (s.imported != files.size())
                qFatal("import: %d of %d", s.imported, int(files.size()));
            imported += s.studies;
        }
        auto queued = sync::queueMatching(c.dataDir, store::IngestSource::Import, imported, clock);
        if (!queued.ok() || queued.value() != imported.size())
            qFatal("queue");
    }

    static sync::SyncOptions fastOptions()
    {
        sync::SyncOptions o;
        o.maxParallel = 2;
        o.batchJobs = 1;  // a job per association: the faults are counted per connection (the CLI's runs batch)
        o.timeouts.connect = 3;
        o.timeouts.acse = 3;
        o.timeouts.dimse = 3;
        o.backoff.baseMs = 500;
        o.backoff.maxMs = 10000;
        return o;
    }

    /// Runs until drained, the manual clock jumping over idle waits; false when it did not drain
    /// within `maxSteps` idle waits.
    static bool drain(sync::SyncEngine &engine, ManualClock &clock, sync::RunReport *report = nullptr, int maxIdles = 2000)
    {
        sync::SyncEngine::RunOptions o;
        o.untilDrained = true;
        int idles = 0;
        bool stuck = false;
        CancellationToken cancel;
        o.idle = [&](qint64 ms) {
            clock.advance(ms);
            if (++idles > maxIdles) {
                stuck = true;
                cancel.cancel();
            }
        };
        auto r = engine.run(o, cancel);
        if (!r.ok())
            qWarning("run: %s", qPrintable(r.error().message()));
        if (report && r.ok())
            *report = r.value();
        return r.ok() && r.value().drained && !stuck;
    }

    /// The checks after every case, and the line it prints.
    void checkAndPrint(const char *name, const Case &c, int faults, qint64 drainMs = -1)
    {
        const Tally t = compareWithArchive(c.dataDir, c.patientId);
        auto repo = store::StoreService::open(c.dataDir).value()->syncJobs().value();
        const store::SyncQueueTotals q = repo->totals().value();
        const int retries = repo->eventSum(QStringLiteral("failed"), 0).value().events + repo->eventSum(QStringLiteral("missing"), 0).value().events;
        const qint64 sent = repo->eventSum(QStringLiteral("sent"), 0).value().instances;
        qInfo("%s: jobs %d, faults injected %d, retries %d, instances %d (identical on the archive %d, with the preamble %d), "
              "sends completed %lld, lost %d, duplicates %d%s",
              name, q.done + q.pending(), faults, retries, t.local, t.onArchive, t.wholeFile, sent, t.lost, t.duplicates,
              drainMs >= 0 ? qPrintable(QStringLiteral(", time to drain %1 s").arg(drainMs / 1000.0, 0, 'f', 1)) : "");
        QCOMPARE(q.pending(), 0);
        QCOMPARE(t.lost, 0);
        QCOMPARE(t.duplicates, 0);
        QCOMPARE(t.onArchive, t.local);
        QVERIFY(t.local > 0);
        // What is verified is marked stored remotely in the cache (what eviction relies on).
        auto cache = store::LocalCache::open(c.dataDir);
        store::StudyQuery query;
        for (const store::StudyRecord &s : cache.value()->searchStudies(query).value().studies)
            QVERIFY2(s.remoteStored, qPrintable(s.studyInstanceUid));
    }

    net::Node orthanc() const { return testing::orthancNode(kOrthancDir); }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void cleanupTestCase()
    {
        for (const QString &p : std::as_const(m_patients))
            deletePatient(p);
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
