// Background sync's model without a network: backoff, the circuit breaker, routing rules, the
// durable job queue, and the engine's state machine against a scripted archive, all on a manual clock.
#include <strata/core/Clock.h>
#include <strata/net/Interactive.h>
#include <strata/net/NodeRegistry.h>
#include <strata/dicom/Reconcile.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Backoff.h>
#include <strata/sync/CircuitBreaker.h>
#include <strata/sync/Routing.h>
#include <strata/sync/SyncEngine.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <map>

using namespace strata;
using namespace strata::sync;
using store::SyncState;

namespace {

const QString kMrDir = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl");
const QString kCt = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm");

/// An archive in memory, scripted by the test: up or down, and whether it keeps what it is sent.
struct FakeArchive {
    QMutex mutex;
    bool up = true;
    bool keeps = true;               ///< false: sends succeed but nothing is stored (verify finds it missing)
    QSet<QString> drops;             ///< SOP Instance UIDs accepted but not kept (once each)
    QSet<QString> stored;            ///< SOP Instance UIDs
    std::map<QString, int> sends;    ///< per SOP Instance UID, how often it was sent
    int sendCalls = 0;
    int verifyCalls = 0;
    std::map<QString, QString> sopOfFile;        ///< file path → SOP Instance UID
    std::map<QString, QStringList> studySops;    ///< study → its SOP Instance UIDs (the cache's)
    int failSend = 0;                ///< this send (counted from 1) fails: the link drops
    std::function<void(int)> beforeSend;  ///< called with the send's number, the archive not locked
    std::function<void(int)> beforeVerify;  ///< called with the verification's number, the archive not locked
    std::atomic<int> sendStarts{0};
    std::atomic<int> verifyStarts{0};
};

class FakeClient : public ArchiveClient {
public:
    FakeClient(FakeArchive &archive, QString node) : m_a(archive), m_node(std::move(node)) {}
    Result<net::SendReport> send(const QStringList &files, const CancellationToken &) override
    {
        const int call = ++m_a.sendStarts;
        if (m_a.beforeSend)
            m_a.beforeSend(call);
        QMutexLocker lock(&m_a.mutex);
        ++m_a.sendCalls;
        if (!m_a.up || call == m_a.failSend)
            return Error(ErrorCode::IoError, m_node, QStringLiteral("connection refused"));
        net::SendReport r;
        for (const QString &f : files) {
            const QString sop = m_a.sopOfFile.at(f);
            ++m_a.sends[sop];
            if (m_a.keeps && !m_a.drops.contains(sop))
                m_a.stored.insert(sop);
            m_a.drops.remove(sop);
            net::SentInstance s;
            s.file = f;
            s.sopInstanceUid = sop;
            s.status = 0;
            r.instances.push_back(s);
            ++r.succeeded;
            r.bytes += QFileInfo(f).size();
        }
        return r;
    }
    Result<net::StoredCheck> verifyStored(const QString &study, const QString &, const CancellationToken &) override
    {
        const int call = ++m_a.verifyStarts;
        if (m_a.beforeVerify)
            m_a.beforeVerify(call);
        QMutexLocker lock(&m_a.mutex);
        ++m_a.verifyCalls;
        if (!m_a.up)
            return Error(ErrorCode::IoError, m_node, QStringLiteral("connection refused"));
        net::StoredCheck c;
        for (const QString &sop : m_a.studySops.at(study)) {
            ++c.local;
            if (m_a.stored.contains(sop))
                ++c.onNode;
            else
                c.lacking << sop;
        }
        c.marked = c.lacking.isEmpty();
        return c;
    }

private:
    FakeArchive &m_a;
    QString m_node;
};

} // namespace

class TestSyncModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_dirs = 0;

    /// A fresh data directory with the MR series and the CT imported, nodes "primary" and "backup".
    QString makeCache(std::map<QString, FakeArchive *> archives = {})
    {
        const QString dir = m_tmp.filePath(QStringLiteral("data%1").arg(m_dirs++));
        QDir().mkpath(dir);
        auto cache = store::LocalCache::open(dir);
        if (!cache.ok())
            qFatal("cache: %s", qPrintable(cache.error().message()));
        const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, {kMrDir, kCt});
        if (s.imported != 7)
            qFatal("expected 7 instances, imported %d", s.imported);
        auto registry = net::NodeRegistry::open(dir);
        for (const QString &name : {QStringLiteral("primary"), QStringLiteral("backup")}) {
            net::Node n;
            n.name = name;
            n.aeTitle = name.toUpper();
            n.host = QStringLiteral("127.0.0.1");
            n.port = 1;
            if (auto e = registry.value()->save(n))
                qFatal("node: %s", qPrintable(e->message()));
        }
        for (auto &[name, a] : archives)
            fill(*a, *cache.value());
        return dir;
    }

    static void fill(FakeArchive &a, store::LocalCache &cache)
    {
        store::StudyQuery q;
        auto page = cache.searchStudies(q);
        for (const store::StudyRecord &s : page.value().studies) {
            for (const store::InstanceRecord &i : cache.studyInstances(s.studyInstanceUid).value()) {
                a.sopOfFile[i.filePath] = i.sopInstanceUid;
                a.studySops[s.studyInstanceUid] << i.sopInstanceUid;
            }
        }
    }

    static std::unique_ptr<store::SyncJobRepository> repoOf(const QString &dir)
    {
        return store::StoreService::open(dir).value()->syncJobs().value();
    }

    /// A rule sending what it matches to the node "primary".
    static store::SyncRule ruleOf(const QString &name, store::SyncMatch match, const QString &value = {})
    {
        store::SyncRule r;
        r.name = name;
        r.match = match;
        r.value = value;
        r.primaryNode = QStringLiteral("primary");
        return r;
    }

    static qint64 addRule(const QString &dir, const QString &backup = {}, store::SyncMatch match = store::SyncMatch::All,
                          const QString &value = {})
    {
        store::SyncRule r = ruleOf(QStringLiteral("rule"), match, value);
        r.backupNode = backup;
        auto id = repoOf(dir)->addRule(r, 0);
        if (!id.ok())
            qFatal("rule: %s", qPrintable(id.error().message()));
        r.id = id.value();
        static const ManualClock epoch(0);  // queued at 0: due for every clock of the tests
        auto queued = queueExisting(dir, r, epoch);
        if (!queued.ok())
            qFatal("queue: %s", qPrintable(queued.error().message()));
        return r.id;
    }

    static ArchiveClientFactory clients(FakeArchive &primary, FakeArchive *backup = nullptr)
    {
        return [&primary, backup](const net::Node &node) -> std::unique_ptr<ArchiveClient> {
            if (node.name == QLatin1String("backup") && backup)
                return std::make_unique<FakeClient>(*backup, node.name);
            return std::make_unique<FakeClient>(primary, node.name);
        };
    }

    /// Waits until `counter` reaches `atLeast`, bounded at 60 s (never reaching it is the failure
    /// the caller reports); whether it did.
    static bool waitUntil(const std::atomic<int> &counter, int atLeast)
    {
        QDeadlineTimer guard(60000);
        while (counter < atLeast && !guard.hasExpired())
            QThread::msleep(1);
        return counter >= atLeast;
    }

    /// Steps the engine, advancing the manual clock to the next due time when nothing is due,
    /// until the queue is drained or `maxSteps` pass.
    static RunReport drain(SyncEngine &engine, ManualClock &clock, int maxSteps = 200)
    {
        SyncEngine::RunOptions o;
        o.untilDrained = true;
        o.timeoutMs = 24 * 3600 * 1000LL;
        int idles = 0;
        o.idle = [&](qint64 ms) {
            clock.advance(ms);
            if (++idles > maxSteps)
                qFatal("the queue did not drain");
        };
        auto r = engine.run(o);
        if (!r.ok())
            qFatal("run: %s", qPrintable(r.error().message()));
        return r.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void backoffDoublesUpToTheCap()
    {
        BackoffPolicy p;
        p.baseMs = 1000;
        p.maxMs = 60000;
        p.jitter = 0.5;
        QCOMPARE(backoffDelayMs(1, p, 0.0), qint64(1000));
        QCOMPARE(backoffDelayMs(2, p, 0.0), qint64(2000));
        QCOMPARE(backoffDelayMs(5, p, 0.0), qint64(16000));
        QCOMPARE(backoffDelayMs(7, p, 0.0), qint64(60000));   // 64 s capped
        QCOMPARE(backoffDelayMs(100, p, 0.0), qint64(60000));
        // Jitter takes up to half away, never more, never adds.
        QCOMPARE(backoffDelayMs(3, p, 0.999999), qint64(2000));
        for (double r : {0.1, 0.3, 0.7}) {
            const qint64 v = backoffDelayMs(4, p, r);
            QVERIFY(v >= 4000 && v <= 8000);
            QCOMPARE(v, qint64(std::llround(8000 * (1 - 0.5 * r))));
        }
    }

    void breakerOpensAfterFiveAndProbes()
    {
        BreakerPolicy p;
        p.threshold = 5;
        p.cooldownMs = 10000;
        p.maxCooldownMs = 30000;
        CircuitBreaker b(p);
        qint64 t = 1000;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(b.allow(t));
            QVERIFY(!b.recordFailure(t));
        }
        QCOMPARE(b.state(t), CircuitBreaker::State::Closed);
        QVERIFY(b.allow(t));
        QVERIFY(b.recordFailure(t));  // the fifth opens it
        QCOMPARE(b.state(t), CircuitBreaker::State::Open);
        QVERIFY(!b.allow(t + 9999));
        // Cool-down over: half-open, one probe at a time.
        QCOMPARE(b.state(t + 10000), CircuitBreaker::State::HalfOpen);
        QVERIFY(b.allow(t + 10000));
        QVERIFY(!b.allow(t + 10001));
        // The probe fails: open again for twice as long.
        QVERIFY(b.recordFailure(t + 10001));
        QCOMPARE(b.openUntilMs(), t + 10001 + 20000);
        QVERIFY(!b.allow(t + 30000));
        QVERIFY(b.allow(t + 30001));
        QVERIFY(b.recordFailure(t + 30001));
        QCOMPARE(b.openUntilMs(), t + 30001 + 30000);  // capped
        // A probe that succeeds closes it, and the count starts over.
        QVERIFY(b.allow(t + 60001));
        b.recordSuccess(t + 60002);
        QCOMPARE(b.state(t + 60002), CircuitBreaker::State::Closed);
        QCOMPARE(b.failures(), 0);
        QVERIFY(b.allow(t + 60003));
        QVERIFY(!b.recordFailure(t + 60003));
    }

    void breakerRestoredHalfOpenProbesAgain()
    {
        CircuitBreaker b;
        b.restore(CircuitBreaker::State::HalfOpen, 5, 1, 500);
        QCOMPARE(b.state(1000), CircuitBreaker::State::HalfOpen);
        QVERIFY(b.allow(1000));
        QVERIFY(!b.allow(1000));
    }

    void rulesValidatedAndMatched()
    {
        const QStringList nodes{QStringLiteral("Primary"), QStringLiteral("backup")};
        store::SyncRule r;
        r.name = QStringLiteral("ct");
        r.primaryNode = QStringLiteral("primary");
        QVERIFY(validateRule(r, nodes).ok());
        r.backupNode = QStringLiteral("PRIMARY");
        QVERIFY(!validateRule(r, nodes).ok());
        r.backupNode = QStringLiteral("elsewhere");
        QVERIFY(validateRule(r, nodes).error().reason.contains(QStringLiteral("elsewhere")));
        r.backupNode = QStringLiteral("backup");
        r.match = store::SyncMatch::Modality;
        QVERIFY(!validateRule(r, nodes).ok());
        r.value = QStringLiteral("CT");
        QVERIFY(validateRule(r, nodes).ok());
        QVERIFY(ruleMatches(r, store::IngestSource::Import, {QStringLiteral("ct")}));
        QVERIFY(!ruleMatches(r, store::IngestSource::Import, {QStringLiteral("MR")}));
        r.match = store::SyncMatch::Source;
        r.value = QStringLiteral("scp");
        QVERIFY(!validateRule(r, nodes).ok());
        r.value = QStringLiteral("storage-scp");
        QVERIFY(validateRule(r, nodes).ok());
        QVERIFY(ruleMatches(r, store::IngestSource::StorageScp, {}));
        QVERIFY(!ruleMatches(r, store::IngestSource::Import, {}));
        r.primaryNode = QStringLiteral("nowhere");
        QVERIFY(validateRule(r, nodes).error().reason.contains(QStringLiteral("nowhere")));
        r.primaryNode = QStringLiteral("primary");
        r.enabled = false;
        QVERIFY(!ruleMatches(r, store::IngestSource::StorageScp, {}));
    }

    void ingestQueuesWhatRulesMatch()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("ingest"));
        QDir().mkpath(dir);
        auto repo = repoOf(dir);
        QVERIFY(repo->addRule(ruleOf(QStringLiteral("ct only"), store::SyncMatch::Modality, QStringLiteral("CT")), 0).ok());
        installIngestRouting();
        auto cache = store::LocalCache::open(dir);
        const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, {kMrDir, kCt});
        QCOMPARE(s.imported, 7);
        auto jobs = repo->jobs();
        QCOMPARE(int(jobs.value().size()), 1);  // the CT study only
        QCOMPARE(cache.value()->study(jobs.value()[0].studyInstanceUid).value().modalities, QStringLiteral("CT"));
        // The same study ingested again while its job is pending adds no second job.
        (void)store::ingest(*cache.value(), store::IngestSource::Import, {kCt});
        QCOMPARE(int(repo->jobs().value().size()), 1);
    }

    void aReconciledStudyIsSentAgain()
    {
        // A study sent (its job done) and then filed under the local patient record: its files
        // changed, so the rules that match it queue it again; a rule by source matches
        // "reconcile", not the source it came in by.
        const QString dir = m_tmp.filePath(QStringLiteral("reconciled"));
        QDir().mkpath(dir);
        auto repo = repoOf(dir);
        QVERIFY(repo->addRule(ruleOf(QStringLiteral("everything"), store::SyncMatch::All), 0).ok());
        QVERIFY(repo->addRule(ruleOf(QStringLiteral("imports"), store::SyncMatch::Source, QStringLiteral("import")), 0).ok());
        installIngestRouting();
        auto cache = store::LocalCache::open(dir);
        const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, {kMrDir});
        QCOMPARE(s.imported, 6);
        auto jobs = repo->jobs();
        QCOMPARE(int(jobs.value().size()), 2);   // both rules
        const qint64 now = QDateTime::currentMSecsSinceEpoch() + 60000;   // the jobs are queued at the real time
        for (const store::SyncJob &job : jobs.value()) {
            QVERIFY(repo->claim(job.id, QStringLiteral("primary"), now).value());
            QVERIFY(repo->markVerifying(job.id, 6, 100, now + 1).ok());
            QVERIFY(repo->markDone(job.id, QStringLiteral("primary"), now + 2).value());
        }
        dicom::PatientIdentityChange change;
        change.id = QStringLiteral("LOCAL-1");
        QVERIFY(cache.value()->reconcileStudy(s.studies.front(), change, dicom::ModificationReason::Coerce).ok());
        jobs = repo->jobs();
        int queued = 0;
        for (const store::SyncJob &job : jobs.value())
            if (job.state == SyncState::Queued) {
                ++queued;
                QCOMPARE(job.studyInstanceUid, s.studies.front());
            }
        QCOMPARE(queued, 1);   // by the rule for every study; not by the rule for imports
    }

    void queueTransitionsAreDurable()
    {
        const QString dir = makeCache();
        auto repo = repoOf(dir);
        const qint64 rule = addRule(dir);
        auto jobs = repo->jobs();
        QCOMPARE(int(jobs.value().size()), 2);
        const store::SyncJob job = jobs.value()[0];
        QCOMPARE(job.state, SyncState::Queued);
        // Enqueue again: no second job.
        QCOMPARE(repo->enqueue(job.studyInstanceUid, rule, 5).value(), false);
        QVERIFY(repo->claim(job.id, QStringLiteral("primary"), 10).value());
        QVERIFY(!repo->claim(job.id, QStringLiteral("primary"), 10).value());  // taken once
        // New instances while in hand: the job is marked and goes round once more.
        QCOMPARE(repo->enqueue(job.studyInstanceUid, rule, 11).value(), false);
        QVERIFY(repo->markVerifying(job.id, 6, 100, 12).ok());
        QCOMPARE(repo->markDone(job.id, QStringLiteral("primary"), 13).value(), false);
        QCOMPARE(repo->job(job.id).value().state, SyncState::Queued);
        QVERIFY(repo->claim(job.id, QStringLiteral("primary"), 14).value());
        QCOMPARE(repo->markDone(job.id, QStringLiteral("primary"), 15).value(), true);
        const store::SyncJob done = repo->job(job.id).value();
        QCOMPARE(done.state, SyncState::Done);
        QCOMPARE(done.attempts, 2);
        QCOMPARE(done.doneMs, qint64(15));
        QVERIFY(repo->everDone(job.studyInstanceUid, QStringLiteral("primary")).value());
        // A done study ingested again gets a new job.
        QCOMPARE(repo->enqueue(job.studyInstanceUid, rule, 16).value(), true);
        // Waiting jobs are due at their time; retry now makes them due at once.
        const store::SyncJob other = jobs.value()[1];
        QVERIFY(repo->claim(other.id, QStringLiteral("primary"), 20).value());
        QVERIFY(repo->markWaiting(other.id, 5000, QStringLiteral("down"), 21).ok());
        QCOMPARE(repo->nextDueMs().value().value_or(-1), qint64(16));
        QVERIFY(repo->dueJobs(4999, 10).value().size() == 1);  // only the new one
        QCOMPARE(repo->retryNow(22).value(), 1);
        QCOMPARE(repo->dueJobs(22, 10).value().size(), size_t(2));
        const store::SyncQueueTotals t = repo->totals().value();
        QCOMPARE(t.queued, 2);
        QCOMPARE(t.done, 1);
        QCOMPARE(t.pendingInstances, 7);
        QVERIFY(t.pendingBytes > 0);
        // Removing the rule removes its jobs.
        QVERIFY(repo->removeRule(QStringLiteral("rule")).ok());
        QCOMPARE(int(repo->jobs().value().size()), 0);
        QCOMPARE(repo->removeRule(QStringLiteral("rule")).error().code, ErrorCode::NotFound);
    }

    void engineSendsVerifiesAndMarksSafe()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        SyncEngine engine(dir, clock);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        QCOMPARE(readSyncStatus(dir, clock).value().health, SyncStatus::Health::Pending);
        const RunReport r = drain(engine, clock);
        QVERIFY(r.drained);
        QCOMPARE(r.totals.done, 2);
        QCOMPARE(archive.stored.size(), 7);
        for (const auto &[sop, n] : archive.sends)
            QCOMPARE(n, 1);
        const SyncStatus s = engine.status().value();
        QCOMPARE(s.health, SyncStatus::Health::Safe);
        QCOMPARE(s.queue.done, 2);
        QCOMPARE(s.sentPerHour, 7.0);
        QCOMPARE(s.verifiedPerHour, 7.0);
        // A later run sends nothing again.
        const int sends = archive.sendCalls;
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.sendCalls, sends);
    }

    void failuresBackOffOpenTheBreakerAndResume()
    {
        FakeArchive archive;
        archive.up = false;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 1;
        o.batchJobs = 1;  // one job per step: the failures are counted step by step
        o.seed = 7;
        o.backoff.baseMs = 1000;
        o.backoff.maxMs = 60000;
        o.breaker.cooldownMs = 10000;
        o.breaker.maxCooldownMs = 30000;
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        int failures = 0;
        const qint64 t0 = clock.nowMs();
        // Five failures in a row open the breaker; the jobs then wait behind it (parked).
        while (failures < 5) {
            const StepReport s = engine.step().value();
            failures += s.failed;
            QCOMPARE(s.parked, 0);
            clock.advance(60000);
        }
        auto status = engine.status().value();
        QCOMPARE(status.nodes.size(), size_t(1));
        QCOMPARE(status.nodes[0].failures, 5);
        QCOMPARE(status.health, SyncStatus::Health::Failing);
        QVERIFY(status.offlineForMs >= 4 * 60000);
        // Each failed job waits with backoff: attempts 1, 2, 3 → 1 s, 2 s, 4 s before jitter.
        auto repo = repoOf(dir);
        for (const store::SyncJob &j : repo->jobs().value()) {
            QCOMPARE(j.state, SyncState::Waiting);
            QVERIFY(!j.lastError.isEmpty());
        }
        // While open (cool-down 10 s, not yet over), due jobs are parked, nothing is sent.
        const int sendsBefore = archive.sendCalls + archive.verifyCalls;
        StepReport parked;
        // The last failure opened it at the clock of that step; the clock moved 60 s since, so it
        // half-opens now: one probe fails and reopens it for 20 s.
        parked = engine.step().value();
        QCOMPARE(parked.started, 1);
        QCOMPARE(parked.failed, 1);
        parked = engine.step().value();
        QCOMPARE(parked.started, 0);
        QVERIFY(parked.parked >= 1);
        QCOMPARE(archive.sendCalls + archive.verifyCalls, sendsBefore + 1);
        // The link returns: after the cool-down the probe succeeds, the breaker closes, everything drains.
        archive.up = true;
        const qint64 back = clock.nowMs();
        const RunReport r = drain(engine, clock);
        QVERIFY(r.drained);
        QCOMPARE(archive.stored.size(), 7);
        QVERIFY2(clock.nowMs() - back <= 30000, "resumed within the longest cool-down");
        for (const auto &[sop, n] : archive.sends)
            QCOMPARE(n, 1);  // the failed attempts never delivered; each instance went once
        status = engine.status().value();
        QCOMPARE(status.health, SyncStatus::Health::Safe);
        QCOMPARE(status.nodes[0].breaker, QStringLiteral("closed"));
        QCOMPARE(status.offlineForMs, qint64(0));
        Q_UNUSED(t0);
    }

    void linkReturnNoticedWithinACooldownWhateverTheBackoff()
    {
        FakeArchive archive;
        archive.up = false;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 1;
        o.seed = 11;
        o.backoff.baseMs = 600000;  // ten minutes and more between a job's attempts
        o.backoff.maxMs = 3600000;
        o.breaker.cooldownMs = 5000;
        o.breaker.maxCooldownMs = 30000;
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        // Hours of failures: jobs back off for up to an hour each, the breaker reopens every 30 s.
        for (int i = 0; i < 200; ++i) {
            QVERIFY(engine.step().ok());
            clock.advance(60000);
        }
        for (const store::SyncJob &j : repoOf(dir)->jobs().value())
            QVERIFY(j.nextAttemptMs > clock.nowMs() + 60000 || j.state == SyncState::Queued);
        archive.up = true;
        const qint64 back = clock.nowMs();
        int idles = 0;
        SyncEngine::RunOptions r;
        r.untilDrained = true;
        r.idle = [&](qint64 ms) {
            clock.advance(ms);
            QVERIFY(++idles < 1000);
        };
        QVERIFY(engine.run(r).value().drained);
        QVERIFY2(clock.nowMs() - back <= 30000 + 1000, qPrintable(QString::number(clock.nowMs() - back)));
        QCOMPARE(archive.stored.size(), 7);
    }

    void failsOverToTheBackup()
    {
        FakeArchive primary, backup;
        primary.up = false;
        const QString dir = makeCache({{QStringLiteral("primary"), &primary}, {QStringLiteral("backup"), &backup}});
        addRule(dir, QStringLiteral("backup"));
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 2;
        o.seed = 3;
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(primary, &backup));
        engine.setProgress([](const QString &l) { qInfo("%s", qPrintable(l)); });
        QVERIFY(engine.start().ok());
        const RunReport r = drain(engine, clock, 500);
        QVERIFY(r.drained);
        QCOMPARE(primary.stored.size(), 0);
        QCOMPARE(backup.stored.size(), 7);
        auto repo = repoOf(dir);
        for (const store::SyncJob &j : repo->jobs().value()) {
            QCOMPARE(j.state, SyncState::Done);
            QCOMPARE(j.node, QStringLiteral("backup"));
        }
        // The failures that opened its breaker, and no more than the parallel ones in flight then.
        QVERIFY(primary.sendCalls + primary.verifyCalls >= 5);
        QVERIFY(primary.sendCalls + primary.verifyCalls <= 6);
    }

    void corruptFileIsReportedNeverSent()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        // Damage one stored file of the MR study.
        auto cache = store::LocalCache::open(dir);
        QString victimSop, victimFile, mrStudy;
        for (const auto &[study, sops] : archive.studySops)
            if (sops.size() == 6)
                mrStudy = study;
        const store::InstanceRecord victim = cache.value()->studyInstances(mrStudy).value()[2];
        {
            QFile f(victim.filePath);
            QFile::setPermissions(victim.filePath, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() - 10);
            f.write("corrupted!");
        }
        addRule(dir);
        ManualClock clock;
        SyncEngine engine(dir, clock);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        const RunReport r = drain(engine, clock);
        QVERIFY(r.drained);
        QCOMPARE(r.totals.corrupt, 1);
        QVERIFY(!archive.sends.count(victim.sopInstanceUid));
        QCOMPARE(archive.stored.size(), 6);
        auto repo = repoOf(dir);
        const auto failed = repo->jobs({SyncState::Failed}).value();
        QCOMPARE(failed.size(), size_t(1));
        QCOMPARE(failed[0].studyInstanceUid, mrStudy);
        QVERIFY(failed[0].lastError.contains(victim.sopInstanceUid));
        const SyncStatus s = engine.status().value();
        QCOMPARE(s.health, SyncStatus::Health::Failing);
        QVERIFY(!s.alerts.isEmpty());
        // Retry now: still corrupt, still not sent.
        QCOMPARE(engine.retryNow().value(), 1);
        QVERIFY(drain(engine, clock).drained);
        QVERIFY(!archive.sends.count(victim.sopInstanceUid));
        for (const auto &[sop, n] : archive.sends)
            QCOMPARE(n, 1);  // the retry asked the node first and sent nothing it held
    }

    void missingAfterSendIsQueuedAgain()
    {
        FakeArchive archive;
        archive.keeps = false;  // the node acknowledges and loses them
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        SyncEngine engine(dir, clock);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        const StepReport s = engine.step().value();
        QCOMPARE(s.done, 0);
        QCOMPARE(s.missing, 7);
        auto repo = repoOf(dir);
        for (const store::SyncJob &j : repo->jobs().value())
            QCOMPARE(j.state, SyncState::Waiting);  // nothing unverified is done
        archive.keeps = true;
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.stored.size(), 7);
    }

    void interruptedJobAsksTheNodeFirst()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        auto repo = repoOf(dir);
        // A job whose first attempt was cut off after one of its instances got to the node: it
        // waits, flagged as interrupted (what recoverInterrupted() leaves of a job a killed engine had).
        const store::SyncJob job = repo->jobs().value()[0];
        QVERIFY(repo->claim(job.id, QStringLiteral("primary"), 0).value());
        const QString first = archive.studySops.at(job.studyInstanceUid).at(0);
        archive.stored.insert(first);
        archive.sends[first] = 1;
        QVERIFY(repo->markWaiting(job.id, 0, QStringLiteral("interrupted"), 3).ok());
        QVERIFY(repo->job(job.id).value().interrupted);
        ManualClock clock;
        SyncEngine engine(dir, clock);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.stored.size(), 7);
        for (const auto &[sop, n] : archive.sends)
            QCOMPARE(n, 1);
    }

    void pauseStopsRunAndStatusSpeaksJsonAndPrometheus()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        SyncEngine engine(dir, clock);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        QVERIFY(engine.pause().ok());
        const RunReport r = drain(engine, clock);
        QVERIFY(r.paused);
        QCOMPARE(archive.sendCalls, 0);
        const SyncStatus s = engine.status().value();
        QVERIFY(s.paused);
        QCOMPARE(s.queue.queued, 2);
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("health")).toString(), QStringLiteral("pending"));
        QCOMPARE(json.value(QStringLiteral("queue")).toObject().value(QStringLiteral("queued")).toInt(), 2);
        const QString prom = s.toPrometheus();
        QVERIFY(prom.contains(QStringLiteral("strata_sync_jobs{state=\"queued\"} 2\n")));
        QVERIFY(prom.contains(QStringLiteral("strata_sync_paused 1\n")));
        QVERIFY(prom.contains(QStringLiteral("strata_sync_breaker_open{node=\"primary\"} 0\n")));
        QVERIFY(engine.resume().ok());
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.stored.size(), 7);
    }

    void yieldsToInteractiveWorkAndResumes()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        std::atomic<int> active{1};
        SyncOptions o;
        o.maxParallel = 2;
        o.yieldParallel = 0;       // no new jobs while the user works
        o.yieldGraceMs = 5000;
        o.interactive = [&active] { return active.load(); };
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        // Interactive work runs: nothing starts, the status says so.
        StepReport s = engine.step().value();
        QVERIFY(s.yielding);
        QCOMPARE(s.started, 0);
        QCOMPARE(archive.sendCalls, 0);
        SyncStatus status = readSyncStatus(dir, clock).value();
        QVERIFY(status.yielding);
        QCOMPARE(status.toJson().value(QStringLiteral("yielding")).toBool(), true);
        QVERIFY(status.toPrometheus().contains(QStringLiteral("strata_sync_yielding 1\n")));
        // It ends; within the grace the engine still waits, after it everything goes.
        active = 0;
        clock.advance(4999);
        s = engine.step().value();
        QVERIFY(s.yielding);
        QCOMPARE(s.started, 0);
        clock.advance(1);
        s = engine.step().value();
        QVERIFY(!s.yielding);
        QCOMPARE(s.started, 2);
        QCOMPARE(s.done, 2);
        QVERIFY(!readSyncStatus(dir, clock).value().yielding);
        QCOMPARE(archive.stored.size(), 7);
    }

    void yieldingCapsTheAssociations()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 2;
        o.batchJobs = 1;           // a job per association: the cap shows in the jobs started
        o.yieldParallel = 1;
        SyncEngine engine(dir, clock, o);  // the process-wide signal (net::interactiveActivity)
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        StepReport s;
        {
            const net::InteractiveScope retrieving;
            QCOMPARE(net::interactiveActivity(), 1);
            s = engine.step().value();
        }
        QVERIFY(s.yielding);
        QCOMPARE(s.started, 1);
        QCOMPARE(s.batches, 1);
        QCOMPARE(net::interactiveActivity(), 0);
        clock.advance(o.yieldGraceMs);
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.stored.size(), 7);
    }

    void batchSendsOnceAndRequeuesOnlyWhatIsMissing()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        // The archive accepts one MR instance without keeping it.
        auto cache = store::LocalCache::open(dir);
        const auto jobs = repoOf(dir)->jobs().value();
        QString mrStudy;
        for (const store::SyncJob &j : jobs)
            if (archive.studySops.at(j.studyInstanceUid).size() == 6)
                mrStudy = j.studyInstanceUid;
        const QString lost = archive.studySops.at(mrStudy).at(3);
        archive.drops.insert(lost);
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 1;
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        // One association carries both studies; the CT is safe, the MR waits for its lost instance.
        const StepReport first = engine.step().value();
        QCOMPARE(first.started, 2);
        QCOMPARE(first.batches, 1);
        QCOMPARE(archive.sendCalls, 1);
        QCOMPARE(first.done, 1);
        QCOMPARE(first.missing, 1);
        for (const store::SyncJob &j : repoOf(dir)->jobs().value())
            QCOMPARE(j.state, j.studyInstanceUid == mrStudy ? SyncState::Waiting : SyncState::Done);
        // Nothing unverified is done, and only the lost instance goes again.
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.stored.size(), 7);
        for (const auto &[sop, n] : archive.sends)
            QCOMPARE(n, sop == lost ? 2 : 1);
    }

    void chunksAreVerifiedWhileTheNextIsSent()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        // The second chunk's send waits until the first chunk's verification has begun (it would
        // wait for ever if verification only followed the sends; the bound makes that a failure).
        bool overlapped = false;
        archive.beforeSend = [&](int call) {
            if (call == 2)
                overlapped = waitUntil(archive.verifyStarts, 1);
        };
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 1;
        o.chunkMinFiles = 1;  // 7 files: the MR study and the CT in chunks of their own
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        const StepReport s = engine.step().value();
        QCOMPARE(s.started, 2);
        QCOMPARE(s.batches, 2);
        QCOMPARE(archive.sendCalls, 2);
        QVERIFY(overlapped);
        QCOMPARE(s.done, 2);
        QCOMPARE(archive.stored.size(), 7);
        QCOMPARE(repoOf(dir)->totals().value().pending(), 0);
    }

    void aChunkThatFailsToSendLeavesTheVerifiedOnesSafe()
    {
        FakeArchive archive;
        archive.failSend = 2;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 1;
        o.chunkMinFiles = 1;
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        // The first chunk is sent and verified: safe. The second's link drops: it waits to retry.
        const StepReport s = engine.step().value();
        QCOMPARE(s.started, 2);
        QCOMPARE(s.done, 1);
        QCOMPARE(s.failed, 1);
        int done = 0, waiting = 0;
        for (const store::SyncJob &j : repoOf(dir)->jobs().value()) {
            done += j.state == SyncState::Done ? 1 : 0;
            waiting += j.state == SyncState::Waiting ? 1 : 0;
        }
        QCOMPARE(done, 1);
        QCOMPARE(waiting, 1);
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.stored.size(), 7);
        for (const auto &[sop, n] : archive.sends)
            QCOMPARE(n, 1);
    }

    void interactiveWorkStopsABatchBetweenChunks()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        // The user starts a retrieve while the first chunk is on its way.
        std::atomic<int> active{0};
        archive.beforeSend = [&](int call) {
            if (call == 1)
                active = 1;
        };
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 1;
        o.chunkMinFiles = 1;
        o.yieldParallel = 0;
        o.yieldGraceMs = 1000;
        o.interactive = [&active] { return active.load(); };
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        // The chunk on its way is finished and verified; the next is not sent and goes back to the
        // queue as it was (no attempt counted, nothing to ask the node first).
        const StepReport s = engine.step().value();
        QCOMPARE(s.started, 2);
        QCOMPARE(s.done, 1);
        QCOMPARE(s.givenBack, 1);
        QCOMPARE(s.failed, 0);
        QCOMPARE(archive.sendCalls, 1);
        int queued = 0;
        for (const store::SyncJob &j : repoOf(dir)->jobs().value())
            if (j.state == SyncState::Queued) {
                ++queued;
                QCOMPARE(j.attempts, 0);
                QVERIFY(!j.interrupted);
            }
        QCOMPARE(queued, 1);
        // Interactive work runs on: nothing starts. Once it is over (and the grace), the rest goes.
        QCOMPARE(engine.step().value().started, 0);
        active = 0;
        clock.advance(o.yieldGraceMs);
        QVERIFY(drain(engine, clock).drained);
        QCOMPARE(archive.stored.size(), 7);
        QCOMPARE(archive.verifyCalls, 2);  // one per chunk: the given-back job was not asked about first
        for (const auto &[sop, n] : archive.sends)
            QCOMPARE(n, 1);
    }

    void anAssociationGoesOnWithTheNextJobsWithoutWaitingForTheRound()
    {
        FakeArchive archive;
        const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
        addRule(dir);
        // The first study's verification waits until the second study's send has begun: it would
        // wait for ever (to the bound, a failure) if the association waited for the round to end.
        bool overlapped = false;
        archive.beforeVerify = [&](int call) {
            if (call == 1)
                overlapped = waitUntil(archive.sendStarts, 2);
        };
        ManualClock clock;
        SyncOptions o;
        o.maxParallel = 1;
        o.batchJobs = 1;  // a batch is one study: the second comes only as a further batch
        SyncEngine engine(dir, clock, o);
        engine.setClientFactory(clients(archive));
        QVERIFY(engine.start().ok());
        const StepReport s = engine.step().value();
        QCOMPARE(s.started, 2);
        QCOMPARE(s.done, 2);
        QCOMPARE(archive.sendCalls, 2);
        QVERIFY(overlapped);
        QCOMPARE(archive.stored.size(), 7);
        QCOMPARE(repoOf(dir)->totals().value().pending(), 0);
    }

    void withoutRefillsWhilePausedOrPastTheWindowAStepTakesOneBatchPerAssociation()
    {
        enum Case { NoRefills, Paused, PastTheWindow };
        for (const Case c : {NoRefills, Paused, PastTheWindow}) {
            FakeArchive archive;
            const QString dir = makeCache({{QStringLiteral("primary"), &archive}});
            addRule(dir);
            ManualClock clock;
            SyncOptions o;
            o.maxParallel = 1;
            o.batchJobs = 1;
            if (c == NoRefills)
                o.refills = 0;
            SyncEngine engine(dir, clock, o);
            engine.setClientFactory(clients(archive));
            QVERIFY(engine.start().ok());
            // `sync pause` during the first send (one association runs on this thread), or a first
            // send that takes longer than the refill window (large studies): the association takes
            // nothing further once its send is through.
            if (c == Paused)
                archive.beforeSend = [&](int) { QVERIFY(engine.pause().ok()); };
            if (c == PastTheWindow)
                archive.beforeSend = [&](int) { clock.advance(o.refillWindowMs); };
            const StepReport s = engine.step().value();
            QCOMPARE(s.started, 1);
            QCOMPARE(s.done, 1);
            QCOMPARE(archive.sendCalls, 1);
            QCOMPARE(repoOf(dir)->totals().value().pending(), 1);
            archive.beforeSend = nullptr;
            QVERIFY(engine.resume().ok());
            QVERIFY(drain(engine, clock).drained);
            QCOMPARE(archive.stored.size(), 7);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncModel)
#include "tst_sync_model.moc"
