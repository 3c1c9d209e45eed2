#include <strata/sync/SyncEngine.h>

#include <strata/core/Sha256.h>
#include <strata/core/Translate.h>
#include <strata/net/CommitmentListener.h>
#include <strata/net/Interactive.h>
#include <strata/net/NodeRegistry.h>
#include <strata/store/StoreService.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QStorageInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <thread>

#include <fcntl.h>

namespace strata::sync {

namespace {

QString tr(const char *text) { return translated({"strata::sync", "strata::sync::SyncEngine"}, text); }

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QString nodeKey(const QString &node) { return node.toCaseFolded(); }

QString commitmentModeKey(const QString &node) { return QStringLiteral("commitment/") + nodeKey(node); }

/// One listener per port for the process: engines on several caches share it (reports go to
/// whoever asked, by transaction UID).
std::shared_ptr<net::CommitmentListener> sharedListener(const CommitmentSettings &settings, QString *error)
{
    static std::mutex mutex;
    static std::map<quint16, std::weak_ptr<net::CommitmentListener>> listeners;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto existing = listeners[settings.port].lock())
        return existing;
    auto listener = std::make_shared<net::CommitmentListener>(settings.aeTitle, settings.port);
    auto started = listener->start();
    if (!started.ok()) {
        *error = started.error().message();
        return nullptr;
    }
    listeners[settings.port] = listener;
    return listener;
}

/// Room kept for the index on the cache's volume, as a file that sync gives up when the disk is
/// full (so that it can still record its steps and make studies safe): 1/32 of the volume,
/// 64 KiB to 32 MiB.
QString reservePath(const QString &dataDir) { return dataDir + QStringLiteral("/sync-reserve"); }
qint64 reserveBytes(const QStorageInfo &volume) { return std::clamp<qint64>(volume.bytesTotal() / 32, qint64(64) << 10, qint64(32) << 20); }

bool createReserve(const QString &path, qint64 bytes)
{
    QFile f(path + QStringLiteral(".tmp"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    bool ok = ::posix_fallocate(f.handle(), 0, off_t(bytes)) == 0;
    if (!ok) {  // a file system without fallocate: zeros
        const QByteArray chunk(64 * 1024, '\0');
        ok = true;
        for (qint64 written = 0; ok && written < bytes; written += chunk.size())
            ok = f.write(chunk.constData(), std::min<qint64>(chunk.size(), bytes - written)) > 0;
        ok = ok && f.flush();
    }
    f.close();
    if (!ok || !QFile::rename(f.fileName(), path)) {
        QFile::remove(f.fileName());
        return false;
    }
    return true;
}

QString joinSome(const QStringList &items, int most = 3)
{
    QString text = items.mid(0, most).join(QStringLiteral(", "));
    if (items.size() > most)
        text += tr(" and %1 more").arg(items.size() - most);
    return text;
}

} // namespace

struct SyncEngine::Private {
    /// The texts of the engine's own steps, under the context lupdate files them in.
    static QString tr(const char *text) { return QCoreApplication::translate("strata::sync::SyncEngine::Private", text); }

    QString dataDir;
    const Clock *clock = nullptr;
    SyncOptions options;
    ArchiveClientFactory clients;
    std::function<void(const QString &)> progress;
    std::shared_ptr<store::StoreService> service;
    std::unique_ptr<store::SyncJobRepository> repo;  // the engine thread's

    std::mutex mutex;  // guards what follows: the breakers and node states, the jitter's generator
    std::map<QString, CircuitBreaker> breakers;
    std::map<QString, store::SyncNodeState> nodeStates;
    QRandomGenerator random;
    QSet<QString> noCommitment;  // nodes that refused storage commitment in auto mode (by nodeKey)

    CommitmentSettings commitment;
    std::shared_ptr<net::CommitmentListener> listener;
    qint64 lastInteractiveMs = 0;  // when interactive work was last seen running (engine thread)
    bool yielding = false;
    bool yieldingSaved = false;  // the first step saves the state (a dead engine's may be stale)

    std::mutex listenerMutex;
    bool listenerTried = false;
    /// Starts the listener at the first batch that wants it (not for `sync pause` and the like).
    bool commitmentListening()
    {
        std::lock_guard<std::mutex> lock(listenerMutex);
        if (!listenerTried && commitment.port > 0) {
            listenerTried = true;
            QString why;
            listener = sharedListener(commitment, &why);
            if (listener)
                say(tr("storage commitment reports are received as %1 on port %2").arg(commitment.aeTitle).arg(commitment.port));
            else
                say(tr("storage commitment listener not started (%1): nodes are verified by query").arg(why));
        }
        return listener && listener->isRunning();
    }
    /// The node's commitment mode; auto reads as off once the node refused it in this engine.
    CommitmentMode commitmentModeFor(const store::SyncJobRepository &r, const QString &node)
    {
        auto text = r.setting(commitmentModeKey(node), QStringLiteral("auto"));
        const CommitmentMode mode = parseCommitmentMode(text.ok() ? text.value() : QString()).value_or(CommitmentMode::Auto);
        std::lock_guard<std::mutex> lock(mutex);
        return mode == CommitmentMode::Auto && noCommitment.contains(nodeKey(node)) ? CommitmentMode::Off : mode;
    }

    void say(const QString &line) const
    {
        if (progress)
            progress(line);
    }

    /// Keeps the reserve: made when the volume has room for four times it, given up when less
    /// than a quarter of it is free (the disk is full: sync goes on recording its steps in it).
    void keepReserve()
    {
        const QStorageInfo volume(dataDir);
        if (!volume.isValid() || volume.bytesTotal() <= 0)
            return;
        const qint64 size = reserveBytes(volume);
        const qint64 free = volume.bytesAvailable();
        const QString path = reservePath(dataDir);
        const bool held = QFileInfo::exists(path);
        if (held && free < size / 4) {
            if (QFile::remove(path)) {
                say(tr("the local disk is full (%1 KB free): sync gave up its reserve of %2 KB to go on; free space on %3")
                        .arg(free >> 10).arg(size >> 10).arg(volume.rootPath()));
                if (repo)
                    (void)repo->addEvent({clock->nowMs(), 0, {}, QStringLiteral("reserve-released"), 0, size, volume.rootPath()});
            }
        } else if (!held && free >= 4 * size) {
            (void)createReserve(path, size);
        }
    }

    CircuitBreaker &breaker(const QString &node)  // mutex held
    {
        auto it = breakers.find(nodeKey(node));
        if (it == breakers.end())
            it = breakers.emplace(nodeKey(node), CircuitBreaker(options.breaker)).first;
        return it->second;
    }
    store::SyncNodeState &nodeState(const QString &node)  // mutex held
    {
        store::SyncNodeState &s = nodeStates[nodeKey(node)];
        if (s.node.isEmpty())
            s.node = node;
        return s;
    }

    /// The attempt the breaker of `node` let through did not go out after all: another may probe.
    void cancelProbe(const QString &node)
    {
        std::lock_guard<std::mutex> lock(mutex);
        breaker(node).cancelProbe();
    }
    /// The backoff's jitter, from the engine's (seedable) generator.
    double jitter()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return random.generateDouble();
    }
    /// Interactive work running now (the scripted signal, else the process-wide one).
    int interactiveNow() const { return options.interactive ? options.interactive() : net::interactiveActivity(); }

    /// Records a success on `node`; when its breaker was open, releases the jobs waiting for it.
    void nodeSucceeded(store::SyncJobRepository &r, const QString &node)
    {
        const qint64 now = clock->nowMs();
        store::SyncNodeState saved;
        bool reopened = false;
        {
            std::lock_guard<std::mutex> lock(mutex);
            CircuitBreaker &b = breaker(node);
            reopened = b.state(now) != CircuitBreaker::State::Closed || b.failures() > 0;
            b.recordSuccess(now);
            store::SyncNodeState &s = nodeState(node);
            s.breaker = 0;
            s.failures = 0;
            s.trips = 0;
            s.openUntilMs = 0;
            s.offlineSinceMs = 0;
            s.lastSuccessMs = now;
            s.lastError.clear();
            saved = s;
        }
        (void)r.saveNodeState(saved);
        if (reopened) {
            auto released = r.releaseWaiting(node, now);
            (void)r.addEvent({now, 0, node, QStringLiteral("node-ok"), released.ok() ? released.value() : 0, 0, {}});
            say(tr("%1 answers again; %2 waiting job(s) resume").arg(node).arg(released.ok() ? released.value() : 0));
        }
    }

    /// Records a failure on `node`; returns the delay before this job's next attempt.
    qint64 nodeFailed(store::SyncJobRepository &r, const QString &node, int attempts, const QString &error)
    {
        const qint64 now = clock->nowMs();
        store::SyncNodeState saved;
        bool opened = false;
        qint64 delay = 0;
        {
            std::lock_guard<std::mutex> lock(mutex);
            CircuitBreaker &b = breaker(node);
            opened = b.recordFailure(now);
            store::SyncNodeState &s = nodeState(node);
            s.breaker = int(b.state(now));
            s.failures = b.failures();
            s.trips = b.trips();
            s.openUntilMs = b.openUntilMs();
            if (s.offlineSinceMs == 0)
                s.offlineSinceMs = now;
            s.lastFailureMs = now;
            s.lastError = error;
            saved = s;
            delay = backoffDelayMs(std::max(1, attempts), options.backoff, random.generateDouble());
        }
        (void)r.saveNodeState(saved);
        if (opened) {
            (void)r.addEvent({now, 0, node, QStringLiteral("breaker-open"), 0, 0, error});
            say(tr("%1: breaker open after %2 failure(s) in a row; next probe in %3 s")
                    .arg(node).arg(saved.failures).arg((saved.openUntilMs - now) / 1000.0, 0, 'f', 1));
        }
        return delay;
    }

    /// The node `job` of `rule` goes to now: the primary, else the backup, when their breakers let
    /// an attempt through; a job whose last attempt failed on a primary that is not closed again
    /// tries the backup first (new jobs probe the primary). Empty when no node lets it through
    /// (`until` gets when one may).
    QString chooseNode(const store::SyncRule &rule, const store::SyncJob &job, qint64 now, qint64 *until)
    {
        std::lock_guard<std::mutex> lock(mutex);
        *until = 0;
        QStringList order{rule.primaryNode, rule.backupNode};
        if (!rule.backupNode.isEmpty() && job.attempts > 0 && job.node.compare(rule.primaryNode, Qt::CaseInsensitive) == 0
            && breaker(rule.primaryNode).state(now) != CircuitBreaker::State::Closed)
            order = QStringList{rule.backupNode, rule.primaryNode};
        for (const QString &node : std::as_const(order)) {
            if (node.isEmpty())
                continue;
            CircuitBreaker &b = breaker(node);
            if (b.allow(now))
                return node;
            *until = *until == 0 ? b.openUntilMs() : std::min(*until, b.openUntilMs());
        }
        if (*until <= now)
            *until = now + 1000;  // a half-open node with its probe out: look again soon
        return {};
    }

    /// Takes `job` of `rule` in hand for `node` through `r` (false: another engine or association
    /// took it first); says so when the job fails over from its rule's primary.
    Result<bool> claimFor(store::SyncJobRepository &r, const store::SyncRule &rule, const store::SyncJob &job, const QString &node, qint64 now)
    {
        auto claimed = r.claim(job.id, node, now);
        if (claimed.ok() && claimed.value() && rule.primaryNode.compare(node, Qt::CaseInsensitive) != 0)
            say(tr("job %1: %2 unavailable, failing over to %3").arg(job.id).arg(rule.primaryNode, node));
        return claimed;
    }

    /// Up to `wanted` further due jobs that go to `node` now (as chooseNode picks), taken in hand
    /// through the calling thread's `r`: an association goes on with them instead of waiting for
    /// the round. None while sync is paused or interactive work runs. The last due jobs are
    /// shared among the associations rather than taken by the first that asks.
    std::vector<store::SyncJob> claimMore(store::SyncJobRepository &r, const QString &node, size_t wanted, StepReport &report)
    {
        std::vector<store::SyncJob> taken;
        if (interactiveNow() > 0)
            return taken;
        auto paused = r.setting(QStringLiteral("paused"), QStringLiteral("0"));
        if (!paused.ok() || paused.value() == QLatin1String("1"))
            return taken;
        const int perBatch = std::max(1, options.batchJobs);
        const qint64 now = clock->nowMs();
        auto due = r.dueJobs(now, perBatch * options.maxParallel);
        auto rules = r.rules();
        if (!due.ok() || !rules.ok() || due.value().empty())
            return taken;
        const size_t share = (due.value().size() + size_t(options.maxParallel) - 1) / size_t(options.maxParallel);
        const size_t limit = std::min<size_t>(wanted, std::max<size_t>(1, share));
        for (const store::SyncJob &job : due.value()) {
            if (taken.size() >= limit)
                break;
            const auto rule = std::find_if(rules.value().begin(), rules.value().end(), [&](const store::SyncRule &x) { return x.id == job.ruleId; });
            if (rule == rules.value().end())
                continue;
            qint64 until = 0;
            const QString chosen = chooseNode(*rule, job, now, &until);
            if (chosen.compare(node, Qt::CaseInsensitive) != 0) {
                if (!chosen.isEmpty())
                    cancelProbe(chosen);  // another node's turn comes with the next round
                continue;
            }
            auto claimed = claimFor(r, *rule, job, node, now);
            if (!claimed.ok() || !claimed.value())
                continue;  // another association or engine took it
            taken.push_back(job);
            ++report.started;
        }
        return taken;
    }

    /// Sends and verifies one batch; `index` is its place among the step's associations (those at
    /// or past yieldParallel stop between chunks when interactive work begins).
    void runBatch(const std::vector<store::SyncJob> &jobs, const net::Node &node, int index, StepReport &report, const CancellationToken &cancel);
};

SyncEngine::SyncEngine(QString dataDir, const Clock &clock, SyncOptions options) : d(std::make_unique<Private>())
{
    d->dataDir = std::move(dataDir);
    d->clock = &clock;
    d->options = options;
    d->options.maxParallel = std::max(1, d->options.maxParallel);
    d->clients = remoteArchiveClients(options.timeouts);
    d->random = options.seed ? QRandomGenerator(options.seed) : QRandomGenerator(QRandomGenerator::system()->generate());
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setClientFactory(ArchiveClientFactory factory) { d->clients = std::move(factory); }
void SyncEngine::setProgress(std::function<void(const QString &)> progress) { d->progress = std::move(progress); }
QString SyncEngine::dataDir() const { return d->dataDir; }
const Clock &SyncEngine::clock() const { return *d->clock; }

Status SyncEngine::start()
{
    auto service = store::StoreService::open(d->dataDir);
    if (!service.ok())
        return service.error();
    d->service = service.value();
    auto repo = d->service->syncJobs();
    if (!repo.ok())
        return repo.error();
    d->repo = std::move(repo).value();
    d->keepReserve();
    auto resumed = d->repo->recoverInterrupted(d->clock->nowMs());
    if (!resumed.ok())
        return resumed.error();
    if (resumed.value() > 0)
        d->say(tr("resuming %1 job(s) interrupted in a previous run").arg(resumed.value()));
    auto commitment = commitmentSettings(d->dataDir);
    if (!commitment.ok())
        return commitment.error();
    d->commitment = commitment.value();
    auto states = d->repo->nodeStates();
    if (!states.ok())
        return states.error();
    std::lock_guard<std::mutex> lock(d->mutex);
    for (const store::SyncNodeState &s : states.value()) {
        d->breaker(s.node).restore(CircuitBreaker::State(s.breaker), s.failures, s.trips, s.openUntilMs);
        d->nodeState(s.node) = s;
    }
    return {};
}

void SyncEngine::Private::runBatch(const std::vector<store::SyncJob> &jobs, const net::Node &node, int index, StepReport &report,
                                   const CancellationToken &cancel)
{
    // This worker thread's own connections (Qt Sql connections belong to their thread).
    auto cacheOpened = service->studies();
    auto repoOpened = service->syncJobs();
    if (!cacheOpened.ok() || !repoOpened.ok()) {
        say(tr("%1 job(s): the local cache could not be opened").arg(jobs.size()));
        return;
    }
    store::LocalCache &cache = *cacheOpened.value();
    store::SyncJobRepository &r = *repoOpened.value();
    const auto event = [&](qint64 jobId, const QString &kind, int instances, qint64 bytes, const QString &detail) {
        (void)r.addEvent({clock->nowMs(), jobId, node.name, kind, instances, bytes, detail});
    };
    // Each job's failed attempt counts against the node, as when each went on its own association.
    const auto fail = [&](const store::SyncJob &job, const QString &error) {
        const qint64 delay = nodeFailed(r, node.name, job.attempts + 1, error);
        (void)r.markWaiting(job.id, clock->nowMs() + delay, error, clock->nowMs());
        event(job.id, QStringLiteral("failed"), 0, 0, error);
        say(tr("job %1: %2 failed: %3; retry in %4 s").arg(job.id).arg(node.name, error).arg(delay / 1000.0, 0, 'f', 1));
        ++report.failed;
    };
    const auto requeueMissing = [&](const store::SyncJob &job, const QStringList &lacking, const QString &how) {
        report.missing += int(lacking.size());
        event(job.id, QStringLiteral("missing"), int(lacking.size()), 0, joinSome(lacking));
        const qint64 delay = backoffDelayMs(std::max(1, job.attempts + 1), options.backoff, jitter());
        const QString why = how.arg(lacking.size()).arg(node.name);
        (void)r.markWaiting(job.id, clock->nowMs() + delay, why, clock->nowMs());
        say(tr("job %1: %2; queued again").arg(job.id).arg(why));
    };

    struct Prepared {
        store::SyncJob job;
        std::vector<store::InstanceRecord> instances;
        std::vector<store::InstanceRecord> toSend;  // what the node lacks (all, unless asked first)
        QStringList files;                          // of toSend, those whose SHA-256 still matches
        QStringList corrupt;
        qint64 bytes = 0;
        bool alive = true;   // not failed or finished on the way
    };
    std::vector<Prepared> batch;
    std::vector<std::pair<size_t, size_t>> chunks;  // [first, last) of `batch`
    std::unique_ptr<ArchiveClient> client = clients(node);
    // Takes `taken` in hand: each study's instances, what the node may hold of it already, and its
    // chunks. Each chunk goes over one association; its verification runs on an association of
    // its own while the next chunk is sent, so that the drain waits only for the last chunk's. A
    // chunk closes at a quarter of the batch's files (at least chunkMinFiles: small batches go
    // whole). Called while no hashing thread runs (it holds references into `batch`).
    size_t chunkFiles = 0;  // the first batch's: further jobs go in chunks of the same size
    const auto take = [&](const std::vector<store::SyncJob> &taken) {
        const size_t start = batch.size();
        QStringList toCheck;  // studies the node may hold some of already
        for (const store::SyncJob &job : taken) {
            const QString &uid = job.studyInstanceUid;
            auto instances = cache.studyInstances(uid);
            if (!instances.ok() || instances.value().empty()) {
                const QString why = tr("study %1 is no longer in the local cache").arg(uid);
                (void)r.markFailed(job.id, why, clock->nowMs());
                event(job.id, QStringLiteral("gone"), 0, 0, why);
                say(tr("job %1: %2").arg(job.id).arg(why));
                continue;
            }
            Prepared p;
            p.job = job;
            p.instances = instances.value();
            auto everDone = r.everDone(uid, node.name);
            // A study retrieved from a node (prefetched, or fetched by hand) and routed back to it is
            // checked first too: the node holds it, nothing is sent again.
            auto study = cache.study(uid);
            if (job.interrupted || job.attempts > 0 || (everDone.ok() && everDone.value()) || (study.ok() && study.value().remoteStored))
                toCheck << uid;
            batch.push_back(std::move(p));
        }
        // After an interruption or an earlier attempt, the node may hold some of a study already:
        // ask first (all such studies over one association) and send only what it lacks (nothing
        // verified is sent again).
        std::map<QString, QSet<QString>> lackingBefore;
        if (!toCheck.isEmpty()) {
            auto checks = client->verifyStoredMany(toCheck, dataDir, cancel);
            for (qsizetype k = 0; k < toCheck.size(); ++k)
                if (checks.ok())
                    lackingBefore[toCheck[k]] = QSet<QString>(checks.value()[size_t(k)].lacking.begin(), checks.value()[size_t(k)].lacking.end());
            if (!checks.ok()) {
                for (size_t k = start; k < batch.size(); ++k)
                    if (toCheck.contains(batch[k].job.studyInstanceUid)) {
                        fail(batch[k].job, checks.error().message());
                        batch[k].alive = false;
                    }
                batch.erase(std::remove_if(batch.begin() + qsizetype(start), batch.end(), [](const Prepared &p) { return !p.alive; }), batch.end());
            }
        }
        size_t totalFiles = 0;
        for (size_t k = start; k < batch.size(); ++k) {
            Prepared &p = batch[k];
            p.toSend = p.instances;
            if (const auto it = lackingBefore.find(p.job.studyInstanceUid); it != lackingBefore.end())
                std::erase_if(p.toSend, [&](const store::InstanceRecord &i) { return !it->second.contains(i.sopInstanceUid); });
            totalFiles += p.toSend.size();
        }
        if (chunkFiles == 0)
            chunkFiles = std::max<size_t>(size_t(std::max(1, options.chunkMinFiles)), (totalFiles + 3) / 4);
        for (size_t first = start, k = start, files = 0; k < batch.size(); ++k) {
            files += batch[k].toSend.size();
            if (files >= chunkFiles || k + 1 == batch.size()) {
                chunks.emplace_back(first, k + 1);
                first = k + 1;
                files = 0;
            }
        }
    };
    take(jobs);
    if (batch.empty())
        return;

    // Integrity: a file whose bytes are no longer those imported is reported, never sent. A
    // chunk's files are hashed while the chunk before it is sent (on a thread of its own that
    // touches only that chunk's jobs), so that the first send of a round waits for one chunk's
    // hashes, not the batch's.
    const auto hashChunk = [&batch, &chunks](size_t c) {
        for (size_t k = chunks[c].first; k < chunks[c].second; ++k) {
            Prepared &p = batch[k];
            for (const store::InstanceRecord &i : p.toSend) {
                auto sha = sha256OfFile(i.filePath);
                if (!sha.ok() || sha.value() != i.sha256) {
                    p.corrupt << QStringLiteral("%1 (%2: %3)").arg(i.sopInstanceUid, i.filePath,
                                                                   sha.ok() ? tr("SHA-256 differs from the imported file") : sha.error().reason);
                    continue;
                }
                p.files << i.filePath;
                p.bytes += i.sizeBytes;
            }
        }
    };
    const auto reportCorrupt = [&](size_t c) {
        for (size_t k = chunks[c].first; k < chunks[c].second; ++k) {
            const Prepared &p = batch[k];
            if (p.corrupt.isEmpty())
                continue;
            report.corrupt += int(p.corrupt.size());
            event(p.job.id, QStringLiteral("corrupt"), int(p.corrupt.size()), 0, p.corrupt.join(QStringLiteral("; ")));
            say(tr("job %1: %2 corrupt local file(s), not sent: %3").arg(p.job.id).arg(p.corrupt.size()).arg(joinSome(p.corrupt)));
        }
    };

    // Every job of chunk `c` still in hand fails with `why`.
    const auto failChunk = [&](size_t c, const QString &why) {
        for (size_t k = chunks[c].first; k < chunks[c].second; ++k)
            if (batch[k].alive) {
                fail(batch[k].job, why);
                batch[k].alive = false;
            }
    };

    const CommitmentMode mode = commitmentModeFor(r, node.name);
    const bool listening = mode != CommitmentMode::Off && commitmentListening();
    struct Verified {
        bool committed = false;
        QString error;                        // every job of the chunk fails with it
        std::map<qint64, QStringList> lacking;  // job id → SOP Instance UIDs the node does not hold
    };
    struct ToVerify {
        qint64 jobId;
        QString studyInstanceUid;
        std::vector<net::CommitmentReference> refs;
    };
    // What the node holds of each study of a chunk: one Storage Commitment request where the node
    // takes part, else one C-FIND/QIDO association for the chunk's studies. Runs on a thread of its
    // own, with a client of its own and no store connection.
    const auto verify = [this, node, mode, listening, &cancel](std::vector<ToVerify> studies) {
        Verified v;
        std::unique_ptr<ArchiveClient> client = clients(node);
        bool tryCommit = mode == CommitmentMode::On;
        if (mode == CommitmentMode::Auto) {
            std::lock_guard<std::mutex> lock(mutex);
            tryCommit = !noCommitment.contains(nodeKey(node.name));
        }
        if (tryCommit) {
            std::vector<net::CommitmentReference> refs;
            for (const ToVerify &t : studies)
                refs.insert(refs.end(), t.refs.begin(), t.refs.end());
            Result<net::CommitmentResult> result = Error(ErrorCode::Unsupported, node.name, tr("no storage commitment listener is configured"));
            if (!refs.empty() && listening)
                result = client->commit(refs, commitment.timeoutS * 1000, cancel);
            if (result.ok()) {
                v.committed = true;
                const QSet<QString> done(result.value().committed.begin(), result.value().committed.end());
                for (const ToVerify &t : studies)
                    for (const net::CommitmentReference &ref : t.refs)
                        if (!done.contains(ref.sopInstanceUid))
                            v.lacking[t.jobId] << ref.sopInstanceUid;
                say(tr("%1: storage commitment of %2 instance(s): %3 committed, %4 failed")
                        .arg(node.name).arg(refs.size()).arg(result.value().committed.size()).arg(result.value().failed.size()));
                return v;
            }
            if (mode == CommitmentMode::On && !refs.empty()) {
                v.error = tr("storage commitment: %1").arg(result.error().message());
                return v;
            }
            if (!refs.empty() && listening) {
                // Auto: the node does not take part (or did not answer in time); this engine stops
                // asking it and verifies by C-FIND/QIDO.
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    noCommitment.insert(nodeKey(node.name));
                }
                say(tr("%1: storage commitment unavailable (%2); verifying by query instead").arg(node.name, result.error().message()));
            }
        }
        QStringList uids;
        for (const ToVerify &t : studies)
            uids << t.studyInstanceUid;
        auto checks = client->verifyStoredMany(uids, dataDir, cancel);
        if (!checks.ok()) {
            v.error = checks.error().message();
            return v;
        }
        for (size_t k = 0; k < studies.size(); ++k)
            v.lacking[studies[k].jobId] = checks.value()[k].lacking;
        return v;
    };

    // A chunk whose verification came back: each of its jobs still in hand is done, re-queued for
    // what the node lacks, or failed for its corrupt files.
    const auto finishChunk = [&](size_t c, Verified v) {
        if (!v.error.isEmpty()) {
            failChunk(c, v.error);
            return;
        }
        bool anyAlive = false;
        for (size_t k = chunks[c].first; k < chunks[c].second; ++k)
            anyAlive = anyAlive || batch[k].alive;
        if (anyAlive)
            nodeSucceeded(r, node.name);
        for (size_t k = chunks[c].first; k < chunks[c].second; ++k) {
            Prepared &p = batch[k];
            if (!p.alive)
                continue;
            p.alive = false;  // at rest
            const QString &uid = p.job.studyInstanceUid;
            if (!p.corrupt.isEmpty()) {
                const QString why = tr("%1 corrupt local file(s) not sent: %2").arg(p.corrupt.size()).arg(joinSome(p.corrupt));
                (void)r.markFailed(p.job.id, why, clock->nowMs());
                continue;
            }
            const QStringList &lacking = v.lacking[p.job.id];
            if (!lacking.isEmpty()) {
                requeueMissing(p.job, lacking, v.committed ? tr("%1 instance(s) reported failed by %2's storage commitment")
                                                           : tr("%1 instance(s) missing on %2 after the send"));
                continue;
            }
            if (v.committed) {
                // What verifyStored does after a query: the study counts as stored remotely.
                if (Status s = cache.setRemoteStored(uid, true); !s.ok()) {
                    say(tr("job %1: %2").arg(p.job.id).arg(s.error().message()));
                    continue;
                }
                ++report.committed;
            }
            auto done = r.markDone(p.job.id, node.name, clock->nowMs());
            if (!done.ok()) {
                say(tr("job %1: %2").arg(p.job.id).arg(done.error().message()));
                continue;
            }
            event(p.job.id, QStringLiteral("verified"), int(p.instances.size()), 0, v.committed ? QStringLiteral("commitment") : QString());
            if (done.value()) {
                ++report.done;
                say(tr("job %1: %2 safe on %3 (%4 instance(s) verified%5)")
                        .arg(p.job.id).arg(uid, node.name).arg(p.instances.size())
                        .arg(v.committed ? tr(" by storage commitment") : QString()));
            } else {
                say(tr("job %1: new instances of %2 arrived meanwhile; queued again").arg(p.job.id).arg(uid));
            }
        }
    };
    std::deque<std::pair<size_t, std::future<Verified>>> verifying;  // chunk index → its verification, in order
    // Finishes the chunks whose verification came back (all of them, waiting, with `wait`).
    const auto harvest = [&](bool wait) {
        while (!verifying.empty()
               && (wait || verifying.front().second.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
            auto [c, future] = std::move(verifying.front());
            verifying.pop_front();
            finishChunk(c, future.get());
        }
    };

    QString sendFailed;  // once a send failed, the chunks after it are not sent
    bool givingBack = false;  // interactive work began: the chunks not sent yet go back to the queue
    size_t refilled = 0;  // further jobs this association took instead of waiting for the round
    bool anySent = false;  // a send of this association went through: the node takes what it is sent
    // Takes the node's next due jobs: as many as the first chunk held (the associations
    // draw from the queue a chunk at a time, so that they end together), up to `refills` batches'
    // worth in a round and within `refillWindowMs` of its start. Called while no hashing thread runs.
    const qint64 began = clock->nowMs();
    const auto refill = [&] {
        const size_t cap = size_t(std::max(0, options.refills)) * size_t(std::max(1, options.batchJobs));
        if (refilled >= cap || cancel.isCancelled() || clock->nowMs() - began >= options.refillWindowMs)
            return false;
        const size_t wanted = std::min(cap - refilled, std::max<size_t>(1, chunks.front().second - chunks.front().first));
        const std::vector<store::SyncJob> more = claimMore(r, node.name, wanted, report);
        if (more.empty())
            return false;
        refilled += more.size();
        say(tr("%1: %2 more job(s) taken without waiting for the round").arg(node.name).arg(more.size()));
        const size_t before = chunks.size();
        take(more);
        return chunks.size() > before;
    };
    std::future<void> hashing;  // of the chunk after the one being sent
    hashChunk(0);
    for (size_t c = 0; c < chunks.size(); ++c) {
        const auto [first, last] = chunks[c];  // a copy: `chunks` grows when a further batch joins
        const bool sentBefore = anySent;       // by an earlier chunk of this association
        if (hashing.valid())
            hashing.get();
        if (c > 0 && !givingBack && sendFailed.isEmpty() && index >= options.yieldParallel
            && interactiveNow() > 0) {
            givingBack = true;
            int jobsLeft = 0;
            for (size_t k = first; k < batch.size(); ++k)
                jobsLeft += batch[k].alive ? 1 : 0;
            say(tr("%1: interactive work began: %2 job(s) not sent yet go back to the queue").arg(node.name).arg(jobsLeft));
        }
        if (givingBack) {
            for (size_t k = first; k < last; ++k) {
                if (!batch[k].alive)
                    continue;
                (void)r.unclaim(batch[k].job.id, clock->nowMs());
                batch[k].alive = false;
                ++report.givenBack;
            }
            continue;
        }
        if (!sendFailed.isEmpty()) {
            failChunk(c, sendFailed);
            continue;
        }
        // The last chunk in hand: rather than end the round (and wait for the other associations
        // and this chunk's verification), an association whose sends went through takes the
        // node's next due jobs, whose first chunk is hashed while this one is sent.
        if (c + 1 == chunks.size() && sentBefore)
            refill();
        if (c + 1 < chunks.size())
            hashing = std::async(std::launch::async, hashChunk, c + 1);
        reportCorrupt(c);
        QStringList files;
        for (size_t k = first; k < last; ++k)
            files << batch[k].files;
        if (!files.isEmpty()) {
            ++report.batches;
            say(tr("%1: sending %2 instance(s) of %3 stud(ies) over one association").arg(node.name).arg(files.size()).arg(last - first));
            auto sent = client->send(files, cancel);
            if (!sent.ok() || sent.value().cancelled) {
                sendFailed = sent.ok() ? tr("cancelled") : sent.error().message();
                failChunk(c, sendFailed);
                continue;
            }
            anySent = true;
            const net::SendReport &rep = sent.value();
            std::map<QString, const net::SentInstance *> byFile;
            for (const net::SentInstance &s : rep.instances)
                byFile[s.file] = &s;
            for (size_t k = first; k < last; ++k) {
                Prepared &p = batch[k];
                int ok = 0;
                qint64 bytes = 0;
                QStringList reasons;
                for (const QString &f : std::as_const(p.files)) {
                    const auto it = byFile.find(f);
                    if (it != byFile.end() && it->second->ok()) {
                        ++ok;
                        bytes += QFileInfo(f).size();
                    } else {
                        reasons << QStringLiteral("%1: %2").arg(it != byFile.end() ? it->second->sopInstanceUid : f,
                                                                it != byFile.end() ? it->second->reason : tr("not sent"));
                    }
                }
                report.sentInstances += ok;
                report.sentBytes += bytes;
                if (!p.files.isEmpty())
                    event(p.job.id, QStringLiteral("sent"), ok, bytes, {});
                if (!reasons.isEmpty()) {
                    fail(p.job, tr("%1 of %2 instance(s) not stored: %3").arg(reasons.size()).arg(p.files.size()).arg(joinSome(reasons, 2)));
                    p.alive = false;
                }
            }
        }
        std::vector<ToVerify> studies;
        for (size_t k = first; k < last; ++k) {
            const Prepared &p = batch[k];
            if (!p.alive)
                continue;
            (void)r.markVerifying(p.job.id, int(p.instances.size()), p.bytes, clock->nowMs());
            say(tr("job %1: verifying %2 on %3").arg(p.job.id).arg(p.job.studyInstanceUid, node.name));
            ToVerify t{p.job.id, p.job.studyInstanceUid, {}};
            for (const store::InstanceRecord &i : p.instances)
                t.refs.push_back({i.sopClassUid, i.sopInstanceUid});
            studies.push_back(std::move(t));
        }
        if (!studies.empty())
            verifying.emplace_back(c, std::async(std::launch::async, verify, std::move(studies)));
        // The association's first send went through with its last chunk: the next jobs now (asked
        // once an iteration: after an earlier send the queue was asked before this one).
        if (c + 1 == chunks.size() && !sentBefore && anySent && refill())
            hashing = std::async(std::launch::async, hashChunk, c + 1);
        harvest(false);
    }
    harvest(true);
}

Result<StepReport> SyncEngine::step(const CancellationToken &cancel)
{
    if (!d->repo)
        return Error(ErrorCode::Internal, d->dataDir, QStringLiteral("the sync engine was not started"));
    StepReport report;
    const qint64 now = d->clock->nowMs();
    d->keepReserve();

    // Interactive work running (or ended less than the grace ago): fewer associations, or none.
    const int active = d->interactiveNow();
    if (active > 0)
        d->lastInteractiveMs = now;
    const bool yielding = active > 0 || (d->lastInteractiveMs > 0 && now - d->lastInteractiveMs < d->options.yieldGraceMs);
    if (yielding != d->yielding || !d->yieldingSaved) {
        const bool changed = yielding != d->yielding;
        d->yielding = yielding;
        d->yieldingSaved = true;
        (void)d->repo->setSetting(QStringLiteral("yielding"), yielding ? QStringLiteral("1") : QStringLiteral("0"));
        if (changed)
            d->say(yielding ? tr("interactive work running: sync yields (%1 association(s))").arg(d->options.yieldParallel)
                        : tr("interactive work done: sync resumes"));
    }
    report.yielding = yielding;
    const int parallel = yielding ? std::max(0, std::min(d->options.yieldParallel, d->options.maxParallel)) : d->options.maxParallel;
    if (parallel == 0)
        return report;
    const int perBatch = std::max(1, d->options.batchJobs);

    // A breaker whose cool-down is over probes with the job of its node due first, at once: the
    // link's return is noticed within a cool-down, whatever the jobs' own backoffs.
    QStringList probing;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        for (const auto &[key, b] : d->breakers)
            if (b.wantsProbe(now))
                probing << d->nodeState(key).node;
    }
    for (const QString &node : std::as_const(probing))
        (void)d->repo->releaseOneWaiting(node, now);
    auto due = d->repo->dueJobs(now, parallel * perBatch * 2);
    if (!due.ok())
        return due.error();
    if (due.value().empty())
        return report;
    auto rules = d->repo->rules();
    if (!rules.ok())
        return rules.error();
    auto registry = net::NodeRegistry::open(d->dataDir);
    if (!registry.ok())
        return registry.error();

    // Batches: the jobs of one node that go over one association; at most `parallel` of them.
    // A new batch opens while there is room for one (the jobs spread over the associations),
    // then jobs join the smallest batch of their node that has room.
    struct Batch {
        net::Node node;
        std::vector<store::SyncJob> jobs;
        StepReport report;
    };
    std::vector<Batch> work;
    work.reserve(size_t(parallel));
    const auto batchFor = [&](const QString &nodeName) -> Batch * {
        if (int(work.size()) < parallel)
            return nullptr;  // open a new one
        Batch *best = nullptr;
        for (Batch &b : work)
            if (b.node.name.compare(nodeName, Qt::CaseInsensitive) == 0 && int(b.jobs.size()) < perBatch
                && (!best || b.jobs.size() < best->jobs.size()))
                best = &b;
        return best;
    };
    const auto full = [&] {
        if (int(work.size()) < parallel)
            return false;
        for (const Batch &b : work)
            if (int(b.jobs.size()) < perBatch)
                return false;
        return true;
    };
    for (store::SyncJob job : due.value()) {
        if (full())
            break;
        const auto rule = std::find_if(rules.value().begin(), rules.value().end(), [&](const store::SyncRule &r) { return r.id == job.ruleId; });
        if (rule == rules.value().end())
            continue;  // its rule went (the jobs go with it)
        qint64 until = 0;
        const QString nodeName = d->chooseNode(*rule, job, now, &until);
        if (nodeName.isEmpty()) {
            const QString why = tr("parked: the breakers of %1 are open").arg(rule->backupNode.isEmpty() ? rule->primaryNode
                                                                                                      : rule->primaryNode + QStringLiteral(", ") + rule->backupNode);
            (void)d->repo->markWaiting(job.id, std::max(job.nextAttemptMs, until), why, now);
            ++report.parked;
            continue;
        }
        const auto cancelProbe = [&] { d->cancelProbe(nodeName); };
        Batch *batch = batchFor(nodeName);
        if (!batch && int(work.size()) >= parallel) {
            cancelProbe();
            continue;  // no association left for this node in this round
        }
        auto node = registry.value()->get(nodeName);
        if (!node.ok()) {
            cancelProbe();
            (void)d->repo->markWaiting(job.id, now + d->options.breaker.maxCooldownMs, node.error().message(), now);
            continue;
        }
        auto claimed = d->claimFor(*d->repo, *rule, job, nodeName, now);
        if (!claimed.ok()) {
            cancelProbe();
            return claimed.error();
        }
        if (!claimed.value()) {
            cancelProbe();
            continue;  // another engine took it
        }
        if (!batch) {
            work.push_back({node.value(), {}, {}});
            batch = &work.back();
        }
        batch->jobs.push_back(job);
        ++report.started;
    }
    if (work.size() == 1) {
        d->runBatch(work[0].jobs, work[0].node, 0, work[0].report, cancel);
    } else if (!work.empty()) {
        // One thread per association, at most `parallel`: network waits, not computation.
        std::vector<std::thread> threads;
        for (size_t i = 0; i < work.size(); ++i)
            threads.emplace_back([this, &b = work[i], i, &cancel] { d->runBatch(b.jobs, b.node, int(i), b.report, cancel); });
        for (std::thread &t : threads)
            t.join();
    }
    const bool yielded = report.yielding;
    for (const Batch &b : work)
        report += b.report;
    report.yielding = yielded;
    return report;
}

Result<RunReport> SyncEngine::run(const RunOptions &options, const CancellationToken &cancel)
{
    RunReport run;
    const qint64 started = d->clock->nowMs();
    const auto idle = options.idle ? options.idle : [&cancel](qint64 ms) {
        for (qint64 slept = 0; slept < ms && !cancel.isCancelled(); slept += 100)
            QThread::msleep(ulong(std::min<qint64>(100, ms - slept)));
    };
    while (!cancel.isCancelled()) {
        auto isPaused = paused();
        if (!isPaused.ok())
            return isPaused.error();
        if (isPaused.value()) {
            run.paused = true;
            break;
        }
        if (!d->yielding) {
            auto fetched = prefetch(false, cancel);
            if (!fetched.ok())
                return fetched.error();
            run.prefetch += fetched.value();
        }
        auto s = step(cancel);
        if (!s.ok())
            return s.error();
        ++run.steps;
        const StepReport &r = s.value();
        run.totals += r;
        auto totals = d->repo->totals();
        if (!totals.ok())
            return totals.error();
        const store::SyncQueueTotals &t = totals.value();
        if (t.queued + t.sending + t.verifying + t.waiting == 0) {
            run.drained = true;
            if (options.untilDrained)
                break;
        }
        const qint64 now = d->clock->nowMs();
        if (options.timeoutMs > 0 && now - started >= options.timeoutMs) {
            run.timedOut = true;
            break;
        }
        if (r.started > 0)
            continue;
        auto next = d->repo->nextDueMs();
        if (!next.ok())
            return next.error();
        qint64 wait = next.value() ? std::max<qint64>(0, *next.value() - now) : 1000;
        wait = std::min<qint64>(wait, 1000);  // new jobs (ingests, other processes) are looked for every second
        if (options.timeoutMs > 0)
            wait = std::min(wait, std::max<qint64>(1, started + options.timeoutMs - now));
        if (wait > 0)
            idle(wait);
    }
    return run;
}

namespace {

/// Patient IDs of the cache's studies dated `today`, or imported since `sinceMs`.
QStringList todaysPatients(const store::LocalCache &cache, const QDate &today, qint64 sinceMs)
{
    QStringList ids;
    const auto add = [&](const store::StudyRecord &s) {
        if (!s.patientId.trimmed().isEmpty() && !ids.contains(s.patientId))
            ids << s.patientId;
    };
    store::StudyQuery dated;
    dated.from = today;
    dated.to = today;
    dated.limit = 1000;
    if (auto page = cache.searchStudies(dated); page.ok())
        for (const store::StudyRecord &s : page.value().studies)
            add(s);
    store::StudyQuery imported;
    imported.sort = store::StudyQuery::Sort::Imported;
    imported.descending = true;
    imported.limit = 200;
    for (imported.offset = 0;; imported.offset += imported.limit) {
        auto page = cache.searchStudies(imported);
        if (!page.ok() || page.value().studies.empty())
            break;
        bool older = false;
        for (const store::StudyRecord &s : page.value().studies) {
            if (s.importedAt.toMSecsSinceEpoch() < sinceMs) {
                older = true;
                break;
            }
            add(s);
        }
        if (older || int(page.value().studies.size()) < imported.limit)
            break;
    }
    return ids;
}

} // namespace

Result<PrefetchReport> SyncEngine::prefetch(bool force, const CancellationToken &cancel)
{
    if (!d->repo)
        return Error(ErrorCode::Internal, d->dataDir, QStringLiteral("the sync engine was not started"));
    PrefetchReport report;
    auto rules = d->repo->rules();
    if (!rules.ok())
        return rules.error();
    const qint64 now = d->clock->nowMs();
    std::vector<store::SyncRule> due;
    for (const store::SyncRule &rule : rules.value())
        if (rule.enabled && rule.prefetch != store::PrefetchMode::None
            && (force || rule.prefetchCheckedMs == 0 || now - rule.prefetchCheckedMs >= d->options.prefetchIntervalMs
                || rule.prefetchCheckedMs > now))
            due.push_back(rule);
    if (due.empty())
        return report;
    auto registry = net::NodeRegistry::open(d->dataDir);
    if (!registry.ok())
        return registry.error();
    auto cacheOpened = d->service->studies();
    if (!cacheOpened.ok())
        return cacheOpened.error();
    store::LocalCache &cache = *cacheOpened.value();
    store::SyncJobRepository &r = *d->repo;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();

    for (const store::SyncRule &rule : due) {
        if (cancel.isCancelled())
            break;
        // The queries of this rule, each with what it keeps of the answer.
        std::vector<net::StudyFindQuery> queries;
        const QString modality = rule.match == store::SyncMatch::Modality ? rule.value : QString();
        if (rule.prefetch == store::PrefetchMode::New) {
            net::StudyFindQuery q;
            q.from = today.addDays(-(std::max(1, rule.prefetchDays) - 1));
            q.to = today;
            q.modality = modality;
            queries.push_back(q);
        } else {
            for (const QString &patient : todaysPatients(cache, today, now - kDayMs)) {
                net::StudyFindQuery q;
                q.patientId = patient;
                q.modality = modality;
                queries.push_back(q);
            }
        }
        // The node: the primary, else the backup, as their breakers let through; the backup also
        // when the primary fails to answer. Each breaker is asked only when its node is about to
        // be asked, so that a half-open backup's probe is not spent when the primary answers.
        QStringList order;
        for (const QString &n : {rule.primaryNode, rule.backupNode})
            if (!n.isEmpty() && !order.contains(n))
                order << n;
        std::unique_ptr<ArchiveClient> client;
        QString nodeName;
        std::vector<net::RemoteStudy> listed;
        bool answered = false;
        bool asked = false;
        for (const QString &candidate : std::as_const(order)) {
            {
                std::lock_guard<std::mutex> lock(d->mutex);
                if (!d->breaker(candidate).allow(d->clock->nowMs()))
                    continue;
            }
            auto node = registry.value()->get(candidate);
            if (!node.ok()) {
                d->cancelProbe(candidate);
                report.errors << tr("%1: %2").arg(rule.name, node.error().message());
                continue;
            }
            if (!asked) {
                asked = true;
                ++report.rules;
            }
            client = d->clients(node.value());
            listed.clear();
            QString failure;
            for (const net::StudyFindQuery &q : queries) {
                auto found = client->findStudies(q, cancel);
                if (!found.ok()) {
                    failure = found.error().message();
                    break;
                }
                for (const net::RemoteStudy &s : found.value())
                    listed.push_back(s);
            }
            if (cancel.isCancelled()) {
                d->cancelProbe(candidate);
                break;
            }
            if (!failure.isEmpty()) {
                d->nodeFailed(r, candidate, 1, failure);
                (void)r.addEvent({d->clock->nowMs(), 0, candidate, QStringLiteral("prefetch-failed"), 0, 0, failure});
                report.errors << tr("%1: asking %2 failed: %3").arg(rule.name, candidate, failure);
                d->say(report.errors.last());
                continue;
            }
            d->nodeSucceeded(r, candidate);
            nodeName = candidate;
            answered = true;
            break;
        }
        if (!answered) {
            if (cancel.isCancelled())
                break;
            ++report.failed;
            if (!asked)
                report.errors << tr("%1: prefetch waits: the breaker of %2 is open").arg(rule.name, rule.primaryNode);
            continue;
        }
        report.listed += int(listed.size());

        // What the rule fetches: not in the cache whole, not fetched before (unless the node holds
        // more of it now), failures whose backoff is over; priors newest first, a few per patient.
        auto recordsRead = r.prefetched(rule.id);
        if (!recordsRead.ok())
            return recordsRead.error();
        std::map<QString, store::PrefetchRecord> records = recordsRead.value();
        std::sort(listed.begin(), listed.end(), [](const net::RemoteStudy &a, const net::RemoteStudy &b) {
            return a.studyDate + a.studyTime > b.studyDate + b.studyTime;
        });
        std::map<QString, int> perPatient;
        QSet<QString> seen;
        std::vector<net::RemoteStudy> wanted;
        for (const net::RemoteStudy &s : listed) {
            if (s.studyInstanceUid.isEmpty() || seen.contains(s.studyInstanceUid))
                continue;
            seen.insert(s.studyInstanceUid);
            auto local = cache.study(s.studyInstanceUid);
            const bool here = local.ok() && local.value().instanceCount > 0;
            if (rule.prefetch == store::PrefetchMode::Priors) {
                // Today's own studies and the ones here count against the patient's priors too:
                // "the last three" are the last three the patient had, wherever they are.
                if (perPatient[s.patientId]++ >= rule.prefetchPriors)
                    continue;
            }
            const auto rec = records.find(s.studyInstanceUid);
            const bool grew = rec != records.end() && s.instanceCount > rec->second.instances;
            if (rec != records.end() && rec->second.ok && !grew) {
                ++report.skipped;
                continue;
            }
            if (here && (s.instanceCount <= 0 || local.value().instanceCount >= s.instanceCount)) {
                // Already here whole: remembered as fetched, so that deleting it later does not bring it back.
                store::PrefetchRecord done{rule.id, s.studyInstanceUid, nodeName, true, std::max(s.instanceCount, local.value().instanceCount), 0, 0, now, {}};
                (void)r.savePrefetch(done);
                ++report.skipped;
                continue;
            }
            if (rec != records.end() && !rec->second.ok && rec->second.nextAttemptMs > now) {
                ++report.skipped;
                continue;
            }
            wanted.push_back(s);
        }
        bool more = false;  // this rule has more than one round takes: it stays due
        if (int(wanted.size()) > d->options.prefetchPerRound) {
            wanted.resize(size_t(d->options.prefetchPerRound));
            more = true;
            report.more = true;
        }
        if (!wanted.empty())
            d->say(tr("%1: fetching %2 stud(ies) from %3").arg(rule.name).arg(wanted.size()).arg(nodeName));
        for (const net::RemoteStudy &s : wanted) {
            if (cancel.isCancelled())
                break;
            net::RetrieveRequest request;
            request.studyInstanceUid = s.studyInstanceUid;
            request.onlyMissing = true;
            auto fetched = client->retrieve(request, d->dataDir, cancel);
            store::PrefetchRecord rec;
            rec.ruleId = rule.id;
            rec.studyInstanceUid = s.studyInstanceUid;
            rec.node = nodeName;
            rec.updatedMs = d->clock->nowMs();
            const auto previous = records.find(s.studyInstanceUid);
            rec.attempts = (previous != records.end() ? previous->second.attempts : 0) + 1;
            if (cancel.isCancelled())
                break;  // what arrived whole is kept; the study is asked for again next round
            QString failure;
            if (!fetched.ok()) {
                failure = fetched.error().message();
                d->nodeFailed(r, nodeName, rec.attempts, failure);
            } else if (!fetched.value().complete()) {
                const net::RetrieveReport &f = fetched.value();
                failure = !f.problems.empty() ? tr("%1 instance(s) not retrieved: %2").arg(f.problems.size()).arg(f.problems.front().reason)
                          : f.import.fatal ? f.import.fatal->message()
                                           : tr("%1 instance(s) still missing").arg(f.missing.size());
            }
            if (failure.isEmpty()) {
                const net::RetrieveReport &f = fetched.value();
                rec.ok = true;
                rec.instances = std::max({s.instanceCount, f.expected, f.import.imported + f.import.duplicates + f.alreadyCached});
                ++report.fetched;
                report.instances += f.import.imported;
                (void)r.addEvent({rec.updatedMs, 0, nodeName, QStringLiteral("prefetched"), f.import.imported, f.import.bytesImported,
                                  s.studyInstanceUid});
                d->say(tr("%1: fetched study %2 (%3 instance(s)) from %4").arg(rule.name, s.studyInstanceUid).arg(f.import.imported).arg(nodeName));
            } else {
                rec.lastError = failure;
                rec.nextAttemptMs = rec.updatedMs + backoffDelayMs(rec.attempts, d->options.backoff, d->jitter());
                ++report.failed;
                report.errors << tr("%1: study %2 from %3: %4").arg(rule.name, s.studyInstanceUid, nodeName, failure);
                (void)r.addEvent({rec.updatedMs, 0, nodeName, QStringLiteral("prefetch-failed"), 0, 0,
                                  s.studyInstanceUid + QStringLiteral(": ") + failure});
                d->say(report.errors.last());
            }
            if (Status saved = r.savePrefetch(rec); !saved.ok())
                return saved.error();
        }
        if (!more && !cancel.isCancelled())
            (void)r.setPrefetchChecked(rule.id, now);
    }
    return report;
}

Status SyncEngine::pause()
{
    if (!d->repo)
        return Error(ErrorCode::Internal, d->dataDir, QStringLiteral("the sync engine was not started"));
    return d->repo->setSetting(QStringLiteral("paused"), QStringLiteral("1"));
}

Status SyncEngine::resume()
{
    if (!d->repo)
        return Error(ErrorCode::Internal, d->dataDir, QStringLiteral("the sync engine was not started"));
    return d->repo->setSetting(QStringLiteral("paused"), QStringLiteral("0"));
}

Result<bool> SyncEngine::paused() const
{
    if (!d->repo)
        return Error(ErrorCode::Internal, d->dataDir, QStringLiteral("the sync engine was not started"));
    auto v = d->repo->setting(QStringLiteral("paused"), QStringLiteral("0"));
    if (!v.ok())
        return v.error();
    return v.value() == QLatin1String("1");
}

Result<int> SyncEngine::retryNow()
{
    if (!d->repo)
        return Error(ErrorCode::Internal, d->dataDir, QStringLiteral("the sync engine was not started"));
    const qint64 now = d->clock->nowMs();
    std::vector<store::SyncNodeState> open;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        for (auto &[key, b] : d->breakers)
            if (b.state(now) == CircuitBreaker::State::Open) {
                b.restore(CircuitBreaker::State::Open, b.failures(), b.trips(), now);  // half-opens now
                store::SyncNodeState &s = d->nodeStates[key];
                s.openUntilMs = now;
                open.push_back(s);
            }
    }
    for (const store::SyncNodeState &s : open)
        (void)d->repo->saveNodeState(s);
    return d->repo->retryNow(now);
}

Result<SyncStatus> SyncEngine::status() const { return readSyncStatus(d->dataDir, *d->clock); }

Result<SyncStatus> readSyncStatus(const QString &dataDir, const Clock &clock)
{
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    auto repo = service.value()->syncJobs();
    if (!repo.ok())
        return repo.error();
    store::SyncJobRepository &r = *repo.value();
    SyncStatus s;
    const qint64 now = clock.nowMs();
    s.atMs = now;
    auto paused = r.setting(QStringLiteral("paused"), QStringLiteral("0"));
    if (!paused.ok())
        return paused.error();
    s.paused = paused.value() == QLatin1String("1");
    auto yielding = r.setting(QStringLiteral("yielding"), QStringLiteral("0"));
    s.yielding = yielding.ok() && yielding.value() == QLatin1String("1");
    auto totals = r.totals();
    if (!totals.ok())
        return totals.error();
    s.queue = totals.value();
    s.oldestPendingAgeMs = s.queue.oldestPendingMs > 0 ? std::max<qint64>(0, now - s.queue.oldestPendingMs) : 0;
    auto sent = r.eventSum(QStringLiteral("sent"), now - kHourMs);
    auto verified = r.eventSum(QStringLiteral("verified"), now - kHourMs);
    if (!sent.ok() || !verified.ok())
        return sent.ok() ? verified.error() : sent.error();
    s.sentPerHour = double(sent.value().instances);
    s.verifiedPerHour = double(verified.value().instances);

    // The nodes of the rules, with what the engines last saved of them.
    auto rules = r.rules();
    auto states = r.nodeStates();
    if (!rules.ok() || !states.ok())
        return rules.ok() ? states.error() : rules.error();
    QStringList names;
    for (const store::SyncRule &rule : rules.value())
        for (const QString &n : {rule.primaryNode, rule.backupNode})
            if (!n.isEmpty() && !names.contains(n, Qt::CaseInsensitive))
                names << n;
    bool anyOpen = false;
    for (const QString &name : std::as_const(names)) {
        NodeSyncStatus n;
        n.node = name;
        n.breaker = breakerStateName(CircuitBreaker::State::Closed);
        for (const store::SyncNodeState &st : states.value())
            if (st.node.compare(name, Qt::CaseInsensitive) == 0) {
                CircuitBreaker b;
                b.restore(CircuitBreaker::State(st.breaker), st.failures, st.trips, st.openUntilMs);
                const auto state = b.state(now);
                n.breaker = breakerStateName(state);
                anyOpen = anyOpen || state != CircuitBreaker::State::Closed;
                n.failures = st.failures;
                n.offlineForMs = st.offlineSinceMs > 0 ? std::max<qint64>(0, now - st.offlineSinceMs) : 0;
                n.lastSuccessMs = st.lastSuccessMs;
                n.lastError = st.lastError;
            }
        s.offlineForMs = std::max(s.offlineForMs, n.offlineForMs);
        s.nodes.push_back(n);
    }
    for (const store::SyncRule &rule : rules.value()) {
        if (rule.prefetch == store::PrefetchMode::None)
            continue;
        PrefetchStatus p;
        p.rule = rule.name;
        p.mode = store::prefetchModeName(rule.prefetch);
        p.node = rule.primaryNode;
        p.checkedMs = rule.prefetchCheckedMs;
        auto records = r.prefetched(rule.id);
        if (!records.ok())
            return records.error();
        qint64 latestFailure = 0;
        for (const auto &[uid, rec] : records.value()) {
            if (rec.ok) {
                ++p.fetched;
            } else {
                ++p.failed;
                if (rec.updatedMs >= latestFailure) {
                    latestFailure = rec.updatedMs;
                    p.lastError = rec.lastError;
                }
            }
        }
        s.prefetch.push_back(p);
    }

    // Projected days until the local disk is full, at the last week's import rate (the cache's own
    // per-day counts, at its mean instance size).
    auto cache = service.value()->studies();
    if (cache.ok()) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
        auto days = cache.value()->dayCounts(store::DateBasis::ImportDate, today.addDays(-6), today);
        auto cacheTotals = cache.value()->totals();
        const QStorageInfo storage(dataDir);
        s.freeBytes = storage.isValid() ? storage.bytesAvailable() : -1;
        if (days.ok() && cacheTotals.ok() && cacheTotals.value().instances > 0 && s.freeBytes >= 0) {
            qint64 instances = 0;
            for (const store::DayCount &day : days.value())
                instances += day.instances;
            const double bytesPerDay = double(instances) * double(cacheTotals.value().bytes) / double(cacheTotals.value().instances) / 7.0;
            if (bytesPerDay > 0)
                s.daysUntilDiskFull = double(s.freeBytes) / bytesPerDay;
        }
    }

    bool reserveInUse = false;
    if (const QStorageInfo volume(dataDir); volume.isValid() && volume.bytesTotal() > 0 && !QFileInfo::exists(reservePath(dataDir))
                                            && volume.bytesAvailable() < reserveBytes(volume)) {
        reserveInUse = true;
        s.alerts << tr("the local disk is full (%1 KB free): free space now; sync goes on in its reserve").arg(volume.bytesAvailable() >> 10);
    }
    if (s.queue.failed > 0)
        s.alerts << tr("%1 job(s) failed and wait for \"retry now\"").arg(s.queue.failed);
    if (anyOpen)
        s.alerts << tr("a node is unreachable (breaker open)");
    if (s.oldestPendingAgeMs > kDayMs)
        s.alerts << tr("the oldest unsynced study waits for %1 day(s)").arg(s.oldestPendingAgeMs / double(kDayMs), 0, 'f', 1);
    if (s.daysUntilDiskFull >= 0 && s.daysUntilDiskFull < 7)
        s.alerts << tr("the local disk is full in %1 day(s) at the current import rate").arg(s.daysUntilDiskFull, 0, 'f', 1);
    if (s.paused && s.queue.pending() > 0)
        s.alerts << tr("sync is paused with %1 job(s) pending").arg(s.queue.pending());
    s.health = (s.queue.failed > 0 || anyOpen || reserveInUse || (s.daysUntilDiskFull >= 0 && s.daysUntilDiskFull < 7) || s.oldestPendingAgeMs > kDayMs)
                   ? SyncStatus::Health::Failing
               : s.queue.pending() > 0 ? SyncStatus::Health::Pending
                                       : SyncStatus::Health::Safe;
    return s;
}

QString commitmentModeName(CommitmentMode mode)
{
    switch (mode) {
    case CommitmentMode::Auto: return QStringLiteral("auto");
    case CommitmentMode::On: return QStringLiteral("on");
    case CommitmentMode::Off: return QStringLiteral("off");
    }
    return QStringLiteral("auto");
}

std::optional<CommitmentMode> parseCommitmentMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("auto"))
        return CommitmentMode::Auto;
    if (t == QLatin1String("on"))
        return CommitmentMode::On;
    if (t == QLatin1String("off"))
        return CommitmentMode::Off;
    return std::nullopt;
}

namespace {
Result<std::unique_ptr<store::SyncJobRepository>> openRepo(const QString &dataDir)
{
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    return service.value()->syncJobs();
}
} // namespace

Status setCommitmentMode(const QString &dataDir, const QString &node, CommitmentMode mode)
{
    auto repo = openRepo(dataDir);
    if (!repo.ok())
        return repo.error();
    return repo.value()->setSetting(commitmentModeKey(node), commitmentModeName(mode));
}

Result<CommitmentMode> commitmentMode(const QString &dataDir, const QString &node)
{
    auto repo = openRepo(dataDir);
    if (!repo.ok())
        return repo.error();
    auto text = repo.value()->setting(commitmentModeKey(node), QStringLiteral("auto"));
    if (!text.ok())
        return text.error();
    return parseCommitmentMode(text.value()).value_or(CommitmentMode::Auto);
}

Status setCommitmentSettings(const QString &dataDir, const CommitmentSettings &settings)
{
    auto repo = openRepo(dataDir);
    if (!repo.ok())
        return repo.error();
    store::SyncJobRepository &r = *repo.value();
    if (Status s = r.setSetting(QStringLiteral("commitment-ae"), settings.aeTitle); !s.ok())
        return s;
    if (Status s = r.setSetting(QStringLiteral("commitment-port"), QString::number(settings.port)); !s.ok())
        return s;
    return r.setSetting(QStringLiteral("commitment-timeout"), QString::number(settings.timeoutS));
}

Result<CommitmentSettings> commitmentSettings(const QString &dataDir)
{
    auto repo = openRepo(dataDir);
    if (!repo.ok())
        return repo.error();
    store::SyncJobRepository &r = *repo.value();
    CommitmentSettings c;
    auto ae = r.setting(QStringLiteral("commitment-ae"), c.aeTitle);
    auto port = r.setting(QStringLiteral("commitment-port"), QStringLiteral("0"));
    auto timeout = r.setting(QStringLiteral("commitment-timeout"), QString::number(c.timeoutS));
    if (!ae.ok() || !port.ok() || !timeout.ok())
        return !ae.ok() ? ae.error() : !port.ok() ? port.error() : timeout.error();
    c.aeTitle = ae.value();
    c.port = quint16(port.value().toUInt());
    c.timeoutS = std::max(1, timeout.value().toInt());
    return c;
}

QString healthName(SyncStatus::Health health)
{
    switch (health) {
    case SyncStatus::Health::Safe: return QStringLiteral("safe");
    case SyncStatus::Health::Pending: return QStringLiteral("pending");
    case SyncStatus::Health::Failing: return QStringLiteral("failing");
    }
    return QStringLiteral("safe");
}

QJsonObject SyncStatus::toJson() const
{
    QJsonObject q{{QStringLiteral("queued"), queue.queued},       {QStringLiteral("sending"), queue.sending},
                  {QStringLiteral("verifying"), queue.verifying}, {QStringLiteral("waiting"), queue.waiting},
                  {QStringLiteral("failed"), queue.failed},       {QStringLiteral("done"), queue.done},
                  {QStringLiteral("pending"), queue.pending()},   {QStringLiteral("pendingInstances"), queue.pendingInstances},
                  {QStringLiteral("pendingBytes"), double(queue.pendingBytes)}};
    QJsonArray n;
    for (const NodeSyncStatus &node : nodes)
        n.append(QJsonObject{{QStringLiteral("node"), node.node},
                             {QStringLiteral("breaker"), node.breaker},
                             {QStringLiteral("failures"), node.failures},
                             {QStringLiteral("offlineSeconds"), node.offlineForMs / 1000.0},
                             {QStringLiteral("lastSuccess"), node.lastSuccessMs > 0
                                                                 ? QDateTime::fromMSecsSinceEpoch(node.lastSuccessMs).toUTC().toString(Qt::ISODate)
                                                                 : QString()},
                             {QStringLiteral("lastError"), node.lastError}});
    QJsonArray p;
    for (const PrefetchStatus &rule : prefetch)
        p.append(QJsonObject{{QStringLiteral("rule"), rule.rule},
                             {QStringLiteral("mode"), rule.mode},
                             {QStringLiteral("node"), rule.node},
                             {QStringLiteral("checked"), rule.checkedMs > 0
                                                             ? QDateTime::fromMSecsSinceEpoch(rule.checkedMs).toUTC().toString(Qt::ISODate)
                                                             : QString()},
                             {QStringLiteral("fetched"), rule.fetched},
                             {QStringLiteral("failed"), rule.failed},
                             {QStringLiteral("lastError"), rule.lastError}});
    return QJsonObject{{QStringLiteral("health"), healthName(health)},
                       {QStringLiteral("paused"), paused},
                       {QStringLiteral("yielding"), yielding},
                       {QStringLiteral("queue"), q},
                       {QStringLiteral("oldestPendingSeconds"), oldestPendingAgeMs / 1000.0},
                       {QStringLiteral("offlineSeconds"), offlineForMs / 1000.0},
                       {QStringLiteral("sentPerHour"), sentPerHour},
                       {QStringLiteral("verifiedPerHour"), verifiedPerHour},
                       {QStringLiteral("daysUntilDiskFull"), daysUntilDiskFull},
                       {QStringLiteral("freeBytes"), double(freeBytes)},
                       {QStringLiteral("nodes"), n},
                       {QStringLiteral("prefetch"), p},
                       {QStringLiteral("alerts"), QJsonArray::fromStringList(alerts)}};
}

QString SyncStatus::toPrometheus() const
{
    QString t;
    const auto metric = [&](const char *name, const char *help, const char *type) {
        t += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
    };
    const auto escaped = [](QString v) {
        return v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    };
    metric("strata_sync_jobs", "Sync jobs by state.", "gauge");
    for (const auto &[state, n] : {std::pair{"queued", queue.queued}, std::pair{"sending", queue.sending}, std::pair{"verifying", queue.verifying},
                                   std::pair{"waiting", queue.waiting}, std::pair{"failed", queue.failed}, std::pair{"done", queue.done}})
        t += QStringLiteral("strata_sync_jobs{state=\"%1\"} %2\n").arg(QLatin1String(state)).arg(n);
    metric("strata_sync_pending_bytes", "Bytes of the studies not yet safe on a node.", "gauge");
    t += QStringLiteral("strata_sync_pending_bytes %1\n").arg(queue.pendingBytes);
    metric("strata_sync_pending_instances", "Instances of the studies not yet safe on a node.", "gauge");
    t += QStringLiteral("strata_sync_pending_instances %1\n").arg(queue.pendingInstances);
    metric("strata_sync_oldest_pending_seconds", "Age of the oldest job not done.", "gauge");
    t += QStringLiteral("strata_sync_oldest_pending_seconds %1\n").arg(oldestPendingAgeMs / 1000.0);
    metric("strata_sync_offline_seconds", "How long the longest-offline node has been unreachable.", "gauge");
    t += QStringLiteral("strata_sync_offline_seconds %1\n").arg(offlineForMs / 1000.0);
    metric("strata_sync_sent_instances_last_hour", "Instances sent in the last hour.", "gauge");
    t += QStringLiteral("strata_sync_sent_instances_last_hour %1\n").arg(sentPerHour);
    metric("strata_sync_verified_instances_last_hour", "Instances verified in the last hour.", "gauge");
    t += QStringLiteral("strata_sync_verified_instances_last_hour %1\n").arg(verifiedPerHour);
    metric("strata_sync_breaker_open", "1 when the node's circuit breaker is open or half-open.", "gauge");
    for (const NodeSyncStatus &n : nodes)
        t += QStringLiteral("strata_sync_breaker_open{node=\"%1\"} %2\n").arg(escaped(n.node)).arg(n.breaker == QLatin1String("closed") ? 0 : 1);
    metric("strata_sync_node_failures", "Consecutive failures of the node.", "gauge");
    for (const NodeSyncStatus &n : nodes)
        t += QStringLiteral("strata_sync_node_failures{node=\"%1\"} %2\n").arg(escaped(n.node)).arg(n.failures);
    metric("strata_sync_paused", "1 while sync is paused.", "gauge");
    t += QStringLiteral("strata_sync_paused %1\n").arg(paused ? 1 : 0);
    metric("strata_sync_yielding", "1 while sync yields to interactive work.", "gauge");
    t += QStringLiteral("strata_sync_yielding %1\n").arg(yielding ? 1 : 0);
    metric("strata_sync_health", "0 all safe, 1 pending, 2 failing or at risk.", "gauge");
    t += QStringLiteral("strata_sync_health %1\n").arg(int(health));
    if (daysUntilDiskFull >= 0) {
        metric("strata_sync_days_until_disk_full", "Projected days until the local disk is full at the last week's import rate.", "gauge");
        t += QStringLiteral("strata_sync_days_until_disk_full %1\n").arg(daysUntilDiskFull);
    }
    return t;
}

} // namespace strata::sync
