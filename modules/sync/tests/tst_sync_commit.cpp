// Background sync's verification against the fixture's real Orthanc: Storage Commitment (N-ACTION,
// and the N-EVENT-REPORT Orthanc sends back on an association of its own to Strata's listener,
// which Orthanc knows as a modality), a reference Orthanc reports failed re-queued and sent again,
// the fallback to C-FIND where the node does not take part, and batches of single-instance
// studies over one association.
#include "fresh_copies.h"
#include "orthanc_rest.h"
#include "ports.h"
#include "sync_case.h"

#include <strata/core/Clock.h>
#include <strata/core/Sha256.h>
#include <strata/net/NodeRegistry.h>
#include <strata/store/Ingest.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>
#include <strata/sync/SyncEngine.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::sync;

namespace {

const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);

using testing::makeStudy;
using testing::mrFiles;

QString orthancInstanceId(const QString &sopInstanceUid) { return testing::orthancInstanceId(kOrthancDir, sopInstanceUid); }

/// The instances Orthanc holds of a patient.
int instancesOfPatient(const QString &patientId)
{
    const QByteArray find = QJsonDocument(QJsonObject{{QStringLiteral("Level"), QStringLiteral("Instance")},
                                                      {QStringLiteral("Query"), QJsonObject{{QStringLiteral("PatientID"), patientId}}}})
                                .toJson(QJsonDocument::Compact);
    return int(testing::restArray(kOrthancDir, "POST", QStringLiteral("/tools/find"), find).size());
}

/// A client that deletes one instance from Orthanc (REST) just before the commitment request:
/// Orthanc then reports that reference as failed.
class DeletingClient : public ArchiveClient {
public:
    DeletingClient(std::unique_ptr<ArchiveClient> inner, QString *victim) : m_inner(std::move(inner)), m_victim(victim) {}
    Result<net::SendReport> send(const QStringList &files, const CancellationToken &cancel) override { return m_inner->send(files, cancel); }
    Result<net::StoredCheck> verifyStored(const QString &study, const QString &dataDir, const CancellationToken &cancel) override
    {
        return m_inner->verifyStored(study, dataDir, cancel);
    }
    Result<std::vector<net::StoredCheck>> verifyStoredMany(const QStringList &studies, const QString &dataDir, const CancellationToken &cancel) override
    {
        return m_inner->verifyStoredMany(studies, dataDir, cancel);
    }
    Result<net::CommitmentResult> commit(const std::vector<net::CommitmentReference> &refs, int timeoutMs, const CancellationToken &cancel) override
    {
        if (!m_victim->isEmpty()) {
            const QString id = orthancInstanceId(*m_victim);
            if (!id.isEmpty())
                testing::orthancRest(kOrthancDir, "DELETE", QStringLiteral("/instances/") + id);
            m_victim->clear();  // once
        }
        return m_inner->commit(refs, timeoutMs, cancel);
    }

private:
    std::unique_ptr<ArchiveClient> m_inner;
    QString *m_victim;
};

} // namespace

class TestSyncCommit : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_dirs = 0;

    struct Setup {
        QString dataDir;
        QString patientId;
        QString aeTitle;
        QString modality;   ///< Orthanc's name of Strata's listener ("" when not registered)
    };

    /// A data dir holding `studies` fresh studies (copies of `files` each) of one new patient,
    /// the fixture's Orthanc as node "archive" called as a new AE title, a rule to it, the jobs
    /// queued; Strata's listener registered on Orthanc as a modality when `register_`.
    Setup prepare(const QList<QStringList> &studies, bool register_, CommitmentMode mode)
    {
        Setup s;
        s.dataDir = m_tmp.filePath(QStringLiteral("data%1").arg(m_dirs));
        s.patientId = testing::uniquePatientId(QStringLiteral("COMMIT"));
        s.aeTitle = QStringLiteral("STRATACMT%1").arg(m_dirs++);
        QStringList files;
        for (int i = 0; i < studies.size(); ++i) {
            const QStringList copies = makeStudy(studies[i], m_tmp.filePath(QStringLiteral("src-%1-%2").arg(s.aeTitle).arg(i)), s.patientId);
            if (copies.isEmpty())
                qFatal("dcmodify failed");
            files << copies;
        }
        QDir().mkpath(s.dataDir);
        auto cache = store::LocalCache::open(s.dataDir);
        const store::ImportSummary imported = store::ingest(*cache.value(), store::IngestSource::Import, files);
        if (imported.imported != files.size())
            qFatal("imported %d of %lld", imported.imported, qint64(files.size()));
        net::Node node = testing::orthancNode(kOrthancDir);
        node.name = QStringLiteral("archive");
        node.callingAeTitle = s.aeTitle;
        if (auto e = net::NodeRegistry::open(s.dataDir).value()->save(node))
            qFatal("node: %s", qPrintable(e->message()));
        CommitmentSettings c;
        c.aeTitle = s.aeTitle;
        c.port = testing::freePort();
        c.timeoutS = 20;
        if (!setCommitmentSettings(s.dataDir, c).ok() || !setCommitmentMode(s.dataDir, node.name, mode).ok())
            qFatal("commitment settings");
        if (register_) {
            s.modality = s.aeTitle.toLower();
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("AET"), s.aeTitle},
                                                              {QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                                              {QStringLiteral("Port"), int(c.port)}})
                                        .toJson(QJsonDocument::Compact);
            const auto put = testing::orthancRest(kOrthancDir, "PUT", QStringLiteral("/modalities/") + s.modality, body);
            if (put.first != 200)
                qFatal("PUT /modalities: %d %s", put.first, put.second.constData());
        }
        auto repo = store::StoreService::open(s.dataDir).value()->syncJobs().value();
        store::SyncRule rule;
        rule.name = QStringLiteral("all");
        rule.primaryNode = node.name;
        rule.id = repo->addRule(rule, systemClock().nowMs()).value();
        const int queued = queueExisting(s.dataDir, rule).value();
        if (queued != studies.size())
            qFatal("queued %d of %lld", queued, qint64(studies.size()));
        return s;
    }

    void cleanupSetup(const Setup &s)
    {
        testing::deletePatient(kOrthancDir, s.patientId);
        if (!s.modality.isEmpty())
            testing::orthancRest(kOrthancDir, "DELETE", QStringLiteral("/modalities/") + s.modality);
    }

    static RunReport drain(SyncEngine &engine)
    {
        SyncEngine::RunOptions o;
        o.untilDrained = true;
        o.timeoutMs = 120000;
        return engine.run(o).value();
    }

    static std::vector<store::SyncEvent> events(const QString &dataDir)
    {
        return store::StoreService::open(dataDir).value()->syncJobs().value()->events(1000).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void studyDrainedWithCommitmentIsSafe()
    {
        const QStringList mr = mrFiles();
        const Setup s = prepare({mr, mr.mid(0, 2)}, true, CommitmentMode::On);
        SyncOptions o;
        o.maxParallel = 1;  // one association: both studies in one batch, one commitment request
        SyncEngine engine(s.dataDir, systemClock(), o);
        engine.setProgress([](const QString &line) { qInfo().noquote() << line; });
        QVERIFY(engine.start().ok());
        const RunReport r = drain(engine);
        QVERIFY(r.drained);
        QCOMPARE(r.totals.done, 2);
        QCOMPARE(r.totals.committed, 2);   // both by the commitment report, none by C-FIND
        QCOMPARE(r.totals.batches, 1);     // both studies over one association
        QCOMPARE(r.totals.missing, 0);
        // Safe: the cache marks them stored remotely, and Orthanc holds every instance unchanged.
        auto cache = store::LocalCache::open(s.dataDir);
        store::StudyQuery q;
        for (const store::StudyRecord &st : cache.value()->searchStudies(q).value().studies)
            QVERIFY2(st.remoteStored, qPrintable(st.studyInstanceUid));
        QCOMPARE(testing::compareWithArchive(kOrthancDir, s.dataDir, s.patientId).onArchive, int(mr.size() + 2));
        QCOMPARE(instancesOfPatient(s.patientId), int(mr.size() + 2));
        int viaCommitment = 0;
        for (const store::SyncEvent &e : events(s.dataDir))
            viaCommitment += e.kind == QLatin1String("verified") && e.detail == QLatin1String("commitment") ? 1 : 0;
        QCOMPARE(viaCommitment, 2);
        cleanupSetup(s);
    }

    void referenceReportedFailedIsRequeuedAndResent()
    {
        const QStringList mr = mrFiles();
        const Setup s = prepare({mr}, true, CommitmentMode::On);
        auto cache = store::LocalCache::open(s.dataDir);
        store::StudyQuery q;
        const QString study = cache.value()->searchStudies(q).value().studies.at(0).studyInstanceUid;
        QString victim = cache.value()->studyInstances(study).value().at(2).sopInstanceUid;
        const QString deleted = victim;
        SyncEngine engine(s.dataDir);
        engine.setProgress([](const QString &line) { qInfo().noquote() << line; });
        const auto inner = remoteArchiveClients();
        engine.setClientFactory([&](const net::Node &node) { return std::make_unique<DeletingClient>(inner(node), &victim); });
        QVERIFY(engine.start().ok());
        // First round: all sent, Orthanc loses one before the commitment: it reports it failed;
        // the job waits to go again and the study is not safe.
        StepReport first = engine.step().value();
        QCOMPARE(first.started, 1);
        QCOMPARE(first.done, 0);
        QCOMPARE(first.missing, 1);
        QVERIFY(victim.isEmpty());
        QVERIFY(orthancInstanceId(deleted).isEmpty());
        auto repo = store::StoreService::open(s.dataDir).value()->syncJobs().value();
        QCOMPARE(repo->jobs().value().at(0).state, store::SyncState::Waiting);
        QVERIFY(!cache.value()->searchStudies(q).value().studies.at(0).remoteStored);
        // Retry now: the node is asked what it lacks, only that instance goes again, committed.
        QVERIFY(engine.retryNow().ok());
        const RunReport r = drain(engine);
        QVERIFY(r.drained);
        QCOMPARE(r.totals.done, 1);
        QCOMPARE(r.totals.committed, 1);
        QCOMPARE(r.totals.sentInstances, 1);   // the deleted one, nothing else twice
        QVERIFY(!orthancInstanceId(deleted).isEmpty());
        QCOMPARE(testing::compareWithArchive(kOrthancDir, s.dataDir, s.patientId).onArchive, int(mr.size()));
        QCOMPARE(instancesOfPatient(s.patientId), int(mr.size()));
        QVERIFY(cache.value()->searchStudies(q).value().studies.at(0).remoteStored);
        cleanupSetup(s);
    }

    void autoFallsBackToFindWhereTheNodeDoesNotReport()
    {
        // Strata's AE is not a modality of Orthanc: no report can come back. Auto verifies by
        // C-FIND instead (and stops asking this node); "on" fails the job.
        const QStringList mr = mrFiles();
        const Setup s = prepare({mr.mid(0, 3)}, false, CommitmentMode::Auto);
        CommitmentSettings c = commitmentSettings(s.dataDir).value();
        c.timeoutS = 3;
        QVERIFY(setCommitmentSettings(s.dataDir, c).ok());
        SyncEngine engine(s.dataDir);
        engine.setProgress([](const QString &line) { qInfo().noquote() << line; });
        QVERIFY(engine.start().ok());
        const RunReport r = drain(engine);
        QVERIFY(r.drained);
        QCOMPARE(r.totals.done, 1);
        QCOMPARE(r.totals.committed, 0);
        QCOMPARE(testing::compareWithArchive(kOrthancDir, s.dataDir, s.patientId).onArchive, 3);
        cleanupSetup(s);
    }

    void singleInstanceStudiesGoInBatches()
    {
        // Twenty studies of one instance each, two associations at once, sixteen jobs a batch:
        // two batches carry them, each verified by one C-FIND association (commitment off).
        const QStringList mr = mrFiles();
        QList<QStringList> studies;
        for (int i = 0; i < 20; ++i)
            studies << QStringList{mr.at(i % mr.size())};
        const Setup s = prepare(studies, false, CommitmentMode::Off);
        SyncOptions o;
        o.maxParallel = 2;
        o.batchJobs = 16;
        SyncEngine engine(s.dataDir, systemClock(), o);
        QVERIFY(engine.start().ok());
        const RunReport r = drain(engine);
        QVERIFY(r.drained);
        QCOMPARE(r.totals.done, 20);
        QCOMPARE(r.totals.batches, 2);
        QCOMPARE(r.steps, 1);
        QCOMPARE(testing::compareWithArchive(kOrthancDir, s.dataDir, s.patientId).onArchive, 20);
        QCOMPARE(instancesOfPatient(s.patientId), 20);
        cleanupSetup(s);
    }
};

QTEST_GUILESS_MAIN(TestSyncCommit)
#include "tst_sync_commit.moc"
