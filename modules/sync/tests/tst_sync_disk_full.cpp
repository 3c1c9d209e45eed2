// Disk full on Strata's side, with background sync: the local cache lives on a small tmpfs (the
// test re-executes itself in a user and mount namespace, `unshare -rm`, where it may mount one),
// the archive (the fixture's Orthanc, through the fault proxy) first out of reach. A study is
// imported; the disk is filled; the next import stops with a message naming the file and the
// reason; the engine runs against the full disk with the link back: it gives up its reserve (a file
// it keeps in the data directory for this) and makes both studies safe on the archive while the
// disk is still full; nothing stored before is lost and nothing is marked done that the archive
// lacks. Then space returns:
// the import succeeds and sync drains, with the usual checks (sync_case.h). Where no such
// namespace can be had, the test fails and says why: it never skips.
#include "fault_proxy.h"
#include "small_volume.h"
#include "sync_case.h"

#include <QTemporaryDir>


using namespace strata;
using namespace strata::testing;

namespace {
const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);
constexpr const char *kInNamespace = "STRATA_SYNC_DISKFULL_NS";

/// Every instance in the cache has its file with the SHA-256 recorded at import.
int intactInstances(const QString &dataDir, int *broken)
{
    int intact = 0;
    *broken = 0;
    auto cache = store::LocalCache::open(dataDir);
    store::StudyQuery q;
    for (const store::StudyRecord &s : cache.value()->searchStudies(q).value().studies)
        for (const store::InstanceRecord &i : cache.value()->studyInstances(s.studyInstanceUid).value()) {
            auto sha = sha256OfFile(i.filePath);
            (sha.ok() && sha.value() == i.sha256 ? intact : *broken) += 1;
        }
    return intact;
}
} // namespace

class TestSyncDiskFull : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_small;
    QString m_patient;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_small = m_tmp.filePath(QStringLiteral("small"));
        const QString why = testing::mountSmallVolume(m_small, 6, kInNamespace);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanupTestCase()
    {
        if (!m_patient.isEmpty())
            deletePatient(kOrthancDir, m_patient);
        testing::unmountSmallVolume(m_small);
    }

    void diskFullWhileImportingAndSyncing()
    {
        const net::Node orthanc = orthancNode(kOrthancDir);
        FaultProxy link("127.0.0.1", orthanc.port, Fault::reset(Direction::Both, 0));
        QVERIFY(link.ok());
        ManualClock clock;
        SyncCase c = makeCase(m_tmp.filePath(QStringLiteral("in")), archiveNode(QStringLiteral("primary"), link.port()), 1, 1, clock,
                              std::nullopt, m_small + QStringLiteral("/data"));
        m_patient = c.patientId;
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        QVERIFY(engine.step().ok());  // the archive out of reach: the attempt fails, the job waits
        int broken = 0;
        const int before = intactInstances(c.dataDir, &broken);
        QCOMPARE(before, 7);

        // The disk fills up.
        const QString filler = m_small + QStringLiteral("/filler");
        QVERIFY(testing::fillUp(filler) > 0);
        const QStringList next = makeStudy(mrFiles(), c.scratch + QStringLiteral("/next"), c.patientId);
        QVERIFY(!next.isEmpty());
        {
            auto cache = store::LocalCache::open(c.dataDir);
            QVERIFY(cache.ok());
            const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, next);
            QVERIFY(s.imported < next.size());
            QVERIFY(s.fatal.has_value());
            const QString message = s.fatal->message();
            qInfo("import on the full disk: %s", qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("disk full")) || message.contains(QStringLiteral("No space left")), qPrintable(message));
            bool namesFile = false;
            for (const QString &f : next)
                namesFile = namesFile || message.contains(f);
            QVERIFY2(namesFile, qPrintable(message));
        }

        // Sync runs against the full disk, the link back: whatever it can and cannot write, nothing
        // is marked done that the archive lacks, nothing stored before is lost.
        link.setFault(Fault::pass());
        QStringList said;
        engine.setProgress([&said](const QString &line) { said << line; });
        int stepErrors = 0;
        for (int i = 0; i < 10; ++i) {
            auto r = engine.step();
            if (!r.ok()) {
                // Said clearly: the index, and that the disk is full.
                ++stepErrors;
                const QString message = r.error().message();
                if (stepErrors == 1)
                    qInfo("a step on the full disk: %s", qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral("index.sqlite")) && message.contains(QStringLiteral("full")), qPrintable(message));
            }
            clock.advance(5000);
        }
        qInfo("on the full disk: %d of 10 step(s) failed; the engine said: %s", stepErrors, qPrintable(said.join(QStringLiteral(" | "))));
        // The engine gave up its reserve and went on: both studies are safe on the archive while the
        // disk is still full (what matters most when the local disk is at risk), and the status says
        // the disk is full.
        QVERIFY2(said.join(' ').contains(QStringLiteral("gave up its reserve")), qPrintable(said.join('\n')));
        {
            auto repo = store::StoreService::open(c.dataDir).value()->syncJobs().value();
            const store::SyncQueueTotals t = repo->totals().value();
            QCOMPARE(t.done, 2);
            QCOMPARE(t.pending(), 0);
            const Tally onFullDisk = compareWithArchive(kOrthancDir, c.dataDir, c.patientId);
            QCOMPARE(onFullDisk.onArchive, 7);
            QCOMPARE(onFullDisk.lost, 0);
            const sync::SyncStatus status = engine.status().value();
            QCOMPARE(status.health, sync::SyncStatus::Health::Failing);
            QVERIFY2(status.alerts.join(' ').contains(QStringLiteral("disk is full")), qPrintable(status.alerts.join('\n')));
        }
        QCOMPARE(intactInstances(c.dataDir, &broken), intactInstances(c.dataDir, &broken));
        QCOMPARE(broken, 0);
        QVERIFY(intactInstances(c.dataDir, &broken) >= before);
        {
            auto repo = store::StoreService::open(c.dataDir).value()->syncJobs().value();
            for (const store::SyncJob &j : repo->jobs().value())
                if (j.state == store::SyncState::Done) {
                    auto cache = store::LocalCache::open(c.dataDir);
                    for (const store::InstanceRecord &i : cache.value()->studyInstances(j.studyInstanceUid).value())
                        QVERIFY2(!orthancInstanceId(kOrthancDir, i.sopInstanceUid).isEmpty(), qPrintable(i.sopInstanceUid));
                }
        }

        // Space returns: the import goes through and everything drains.
        QVERIFY(QFile::remove(filler));
        {
            auto cache = store::LocalCache::open(c.dataDir);
            const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, next);
            QVERIFY2(!s.fatal, s.fatal ? qPrintable(s.fatal->message()) : "");
            QCOMPARE(s.imported + s.duplicates, int(next.size()));
            auto queued = sync::queueMatching(c.dataDir, store::IngestSource::Import, s.studies, clock);
            QVERIFY(queued.ok());
        }
        const qint64 back = clock.nowMs();
        QVERIFY(drain(engine, clock));
        QCOMPARE(intactInstances(c.dataDir, &broken), 13);
        QVERIFY(checkAndPrint(kOrthancDir, "disk full on Strata's side, then space again", c, 1, clock.nowMs() - back));
    }
};

int main(int argc, char **argv)
{
    // The test needs a small volume of its own (small_volume.h).
    if (!testing::enterMountNamespace(kInNamespace, argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestSyncDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sync_disk_full.moc"
