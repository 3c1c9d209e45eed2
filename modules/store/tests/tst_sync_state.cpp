/// The browser's per-study sync state: SyncJobRepository::studySyncStates aggregates every job of
/// each study (several rules and nodes) in one batched read — failed over pending over safe — and
/// LocalCache::searchStudies sorts by that state. The expected state of each study is written out
/// by hand from the jobs the test sets up.
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/store/SyncJobRepository.h>

#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::store;
using Kind = StudySyncState::Kind;

namespace {
const QString kCt = QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322");   // CT_small.dcm
const QString kMr = QStringLiteral("1.3.6.1.4.1.5962.1.2.4.20040826185059.5457");    // MR_small.dcm
const QString kNm = QStringLiteral("1.3.6.1.4.1.5962.1.2.8.20040826185059.5457");    // JPEG2000.dcm
} // namespace

class TestSyncState : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<SyncJobRepository> m_repo;
    qint64 m_ruleA = 0, m_ruleB = 0;

    /// A job of `study` for `rule`, taken to `state` through the repository's own transitions.
    qint64 job(const QString &study, qint64 rule, SyncState state, const QString &node = {}, const QString &error = {},
               qint64 nextMs = 0)
    {
        if (!m_repo->enqueue(study, rule, 1).value())
            qFatal("enqueue %s", qPrintable(study));
        qint64 id = 0;
        for (const SyncJob &j : m_repo->jobs({SyncState::Queued}).value())
            if (j.studyInstanceUid == study && j.ruleId == rule)
                id = j.id;
        if (state == SyncState::Queued)
            return id;
        if (!m_repo->claim(id, node, 2).value())
            qFatal("claim");
        auto must = [](const Status &s) {
            if (!s.ok())
                qFatal("%s", qPrintable(s.error().message()));
        };
        switch (state) {
        case SyncState::Sending: break;
        case SyncState::Verifying: must(m_repo->markVerifying(id, 1, 10, 3)); break;
        case SyncState::Done:
            must(m_repo->markVerifying(id, 1, 10, 3));
            if (!m_repo->markDone(id, node, 4).value())
                qFatal("done");
            break;
        case SyncState::Waiting: must(m_repo->markWaiting(id, nextMs, error, 3)); break;
        case SyncState::Failed: must(m_repo->markFailed(id, error, 3)); break;
        case SyncState::Queued: break;
        }
        if (m_repo->job(id).value().state != state)
            qFatal("state");
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cache = LocalCache::open(m_dir.path());
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        const QString data = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/");
        const ImportSummary s = ingest(*m_cache, IngestSource::Import,
                                       {data + QStringLiteral("CT_small.dcm"), data + QStringLiteral("MR_small.dcm"),
                                        data + QStringLiteral("JPEG2000.dcm")});
        QCOMPARE(s.imported, 3);
        m_repo = StoreService::open(m_dir.path()).value()->syncJobs().value();
        SyncRule a;
        a.name = QStringLiteral("a");
        a.primaryNode = QStringLiteral("node1");
        a.backupNode = QStringLiteral("node2");
        m_ruleA = m_repo->addRule(a, 0).value();
        SyncRule b;
        b.name = QStringLiteral("b");
        b.match = SyncMatch::Modality;
        b.value = QStringLiteral("CT");
        b.primaryNode = QStringLiteral("node3");
        m_ruleB = m_repo->addRule(b, 0).value();
    }

    void aggregatesEveryJobOfEachStudy()
    {
        job(QStringLiteral("9.1"), m_ruleA, SyncState::Done, QStringLiteral("node1"));
        job(QStringLiteral("9.1"), m_ruleB, SyncState::Done, QStringLiteral("node3"));
        job(QStringLiteral("9.2"), m_ruleA, SyncState::Done, QStringLiteral("node1"));
        job(QStringLiteral("9.2"), m_ruleB, SyncState::Failed, QStringLiteral("node3"), QStringLiteral("corrupt local file"));
        job(QStringLiteral("9.3"), m_ruleA, SyncState::Waiting, QStringLiteral("node2"), QStringLiteral("refused"), 5000);
        job(QStringLiteral("9.4"), m_ruleA, SyncState::Queued);
        job(QStringLiteral("9.5"), m_ruleA, SyncState::Sending, QStringLiteral("node1"));
        job(QStringLiteral("9.5"), m_ruleB, SyncState::Failed, QStringLiteral("node3"), QStringLiteral("study gone"));
        job(QStringLiteral("9.6"), m_ruleA, SyncState::Verifying, QStringLiteral("node1"));
        // Done once, then new instances came: a second job of the same rule is queued.
        job(QStringLiteral("9.7"), m_ruleA, SyncState::Done, QStringLiteral("node1"));
        job(QStringLiteral("9.7"), m_ruleA, SyncState::Queued);
        // A study of another page: must not show up.
        job(QStringLiteral("9.9"), m_ruleA, SyncState::Failed, QStringLiteral("node1"), QStringLiteral("x"));

        const QStringList asked{QStringLiteral("9.1"), QStringLiteral("9.2"), QStringLiteral("9.3"), QStringLiteral("9.4"),
                                QStringLiteral("9.5"), QStringLiteral("9.6"), QStringLiteral("9.7"), QStringLiteral("9.8")};
        auto read = m_repo->studySyncStates(asked);
        QVERIFY(read.ok());
        const std::map<QString, StudySyncState> states = read.value();
        QCOMPARE(states.size(), std::size_t(7));  // 9.8 has no job; 9.9 was not asked for
        QVERIFY(!states.count(QStringLiteral("9.8")) && !states.count(QStringLiteral("9.9")));

        const StudySyncState &safe = states.at(QStringLiteral("9.1"));
        QCOMPARE(safe.kind, Kind::Safe);
        QCOMPARE(safe.safeNodes, (QStringList{QStringLiteral("node1"), QStringLiteral("node3")}));
        QVERIFY(safe.jobs.empty());

        const StudySyncState &doneAndFailed = states.at(QStringLiteral("9.2"));  // one done + one failed = failed
        QCOMPARE(doneAndFailed.kind, Kind::Failed);
        QCOMPARE(doneAndFailed.safeNodes, QStringList{QStringLiteral("node1")});
        QCOMPARE(doneAndFailed.jobs.size(), std::size_t(1));
        QCOMPARE(doneAndFailed.jobs[0].node, QStringLiteral("node3"));
        QCOMPARE(doneAndFailed.jobs[0].rule, QStringLiteral("b"));
        QCOMPARE(doneAndFailed.jobs[0].lastError, QStringLiteral("corrupt local file"));

        const StudySyncState &waiting = states.at(QStringLiteral("9.3"));
        QCOMPARE(waiting.kind, Kind::Pending);
        QCOMPARE(waiting.jobs.size(), std::size_t(1));
        QCOMPARE(waiting.jobs[0].state, SyncState::Waiting);
        QCOMPARE(waiting.jobs[0].node, QStringLiteral("node2"));  // the backup it last tried
        QCOMPARE(waiting.jobs[0].nextAttemptMs, qint64(5000));
        QCOMPARE(waiting.jobs[0].lastError, QStringLiteral("refused"));

        const StudySyncState &queued = states.at(QStringLiteral("9.4"));
        QCOMPARE(queued.kind, Kind::Pending);
        QCOMPARE(queued.jobs[0].state, SyncState::Queued);
        QCOMPARE(queued.jobs[0].node, QStringLiteral("node1"));  // not tried yet: the rule's primary

        const StudySyncState &sendingAndFailed = states.at(QStringLiteral("9.5"));
        QCOMPARE(sendingAndFailed.kind, Kind::Failed);
        QCOMPARE(sendingAndFailed.jobs.size(), std::size_t(2));
        QCOMPARE(sendingAndFailed.jobs[0].state, SyncState::Failed);  // failed first
        QCOMPARE(sendingAndFailed.jobs[1].state, SyncState::Sending);

        QCOMPARE(states.at(QStringLiteral("9.6")).kind, Kind::Pending);
        const StudySyncState &again = states.at(QStringLiteral("9.7"));
        QCOMPARE(again.kind, Kind::Pending);  // new instances are not safe yet
        QCOMPARE(again.safeNodes, QStringList{QStringLiteral("node1")});

        // Many studies at once (more than one chunk of bound parameters): the same answers.
        QStringList many;
        for (int i = 0; i < 1000; ++i)
            many << QStringLiteral("8.%1").arg(i);
        many.insert(450, QStringLiteral("9.2"));
        many << asked;
        auto all = m_repo->studySyncStates(many);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), std::size_t(7));
        QCOMPARE(all.value().at(QStringLiteral("9.2")).kind, Kind::Failed);
        QCOMPARE(all.value().at(QStringLiteral("9.1")).safeNodes, safe.safeNodes);
        QVERIFY(m_repo->studySyncStates({}).value().empty());
    }

    void storedRemotelyIsSafeAndTheCacheSortsByState()
    {
        // CT: no job, but marked stored remotely; MR: nothing; NM: a failed job.
        QVERIFY(m_cache->setRemoteStored(kCt, true).ok());
        job(kNm, m_ruleA, SyncState::Failed, QStringLiteral("node1"), QStringLiteral("refused"));
        const auto states = m_repo->studySyncStates({kCt, kMr, kNm}).value();
        QCOMPARE(states.at(kCt).kind, Kind::Safe);
        QVERIFY(states.at(kCt).remoteStored);
        QVERIFY(states.at(kCt).safeNodes.isEmpty());
        QVERIFY(!states.count(kMr));
        QCOMPARE(states.at(kNm).kind, Kind::Failed);

        auto order = [&](bool descending) {
            StudyQuery q;
            q.sort = StudyQuery::Sort::SyncState;
            q.descending = descending;
            QStringList uids;
            for (const StudyRecord &r : m_cache->searchStudies(q).value().studies)
                uids << r.studyInstanceUid;
            return uids;
        };
        QCOMPARE(order(true), (QStringList{kNm, kCt, kMr}));
        QCOMPARE(order(false), (QStringList{kMr, kCt, kNm}));
        // The MR queued: pending sorts between safe and failed.
        job(kMr, m_ruleA, SyncState::Queued);
        QCOMPARE(order(true), (QStringList{kNm, kMr, kCt}));
    }
};

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_sync_state.moc"
