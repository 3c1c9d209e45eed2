#include <strata/sync/SyncEngine.h>

#include <strata/core/Sha256.h>
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
#include <map>
#include <mutex>
#include <thread>

namespace strata::sync {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("strata::sync::SyncEngine", text); }

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QString nodeKey(const QString &node) { return node.toCaseFolded(); }

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

    void say(const QString &line) const
    {
        if (progress)
            progress(line);
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

    void runJob(const store::SyncJob &job, const net::Node &node, StepReport &report, const CancellationToken &cancel);
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
    auto resumed = d->repo->recoverInterrupted(d->clock->nowMs());
    if (!resumed.ok())
        return resumed.error();
    if (resumed.value() > 0)
        d->say(tr("resuming %1 job(s) interrupted in a previous run").arg(resumed.value()));
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

void SyncEngine::Private::runJob(const store::SyncJob &job, const net::Node &node, StepReport &report, const CancellationToken &cancel)
{
    // This worker thread's own connections (Qt Sql connections belong to their thread).
    auto cacheOpened = service->studies();
    auto repoOpened = service->syncJobs();
    if (!cacheOpened.ok() || !repoOpened.ok()) {
        say(tr("job %1: the local cache could not be opened").arg(job.id));
        return;
    }
    store::LocalCache &cache = *cacheOpened.value();
    store::SyncJobRepository &r = *repoOpened.value();
    const QString &uid = job.studyInstanceUid;
    const auto event = [&](const QString &kind, int instances, qint64 bytes, const QString &detail) {
        (void)r.addEvent({clock->nowMs(), job.id, node.name, kind, instances, bytes, detail});
    };
    const auto fail = [&](const QString &error) {
        const qint64 delay = nodeFailed(r, node.name, job.attempts + 1, error);
        (void)r.markWaiting(job.id, clock->nowMs() + delay, error, clock->nowMs());
        event(QStringLiteral("failed"), 0, 0, error);
        say(tr("job %1: %2 failed: %3; retry in %4 s").arg(job.id).arg(node.name, error).arg(delay / 1000.0, 0, 'f', 1));
        ++report.failed;
    };

    auto instances = cache.studyInstances(uid);
    if (!instances.ok() || instances.value().empty()) {
        const QString why = tr("study %1 is no longer in the local cache").arg(uid);
        (void)r.markFailed(job.id, why, clock->nowMs());
        event(QStringLiteral("gone"), 0, 0, why);
        say(tr("job %1: %2").arg(job.id).arg(why));
        return;
    }
    std::unique_ptr<ArchiveClient> client = clients(node);

    // After an interruption or an earlier attempt, the node may hold some of the study already:
    // ask first and send only what it lacks (nothing verified is sent again).
    std::vector<store::InstanceRecord> toSend = instances.value();
    auto everDone = r.everDone(uid, node.name);
    if (job.interrupted || job.attempts > 0 || (everDone.ok() && everDone.value())) {
        auto check = client->verifyStored(uid, dataDir, cancel);
        if (!check.ok()) {
            fail(check.error().message());
            return;
        }
        const QSet<QString> lacking(check.value().lacking.begin(), check.value().lacking.end());
        std::erase_if(toSend, [&](const store::InstanceRecord &i) { return !lacking.contains(i.sopInstanceUid); });
    }

    // Integrity: a file whose bytes are no longer those imported is reported, never sent.
    QStringList files, corrupt;
    qint64 bytes = 0;
    for (const store::InstanceRecord &i : toSend) {
        auto sha = sha256OfFile(i.filePath);
        if (!sha.ok() || sha.value() != i.sha256) {
            corrupt << QStringLiteral("%1 (%2: %3)").arg(i.sopInstanceUid, i.filePath,
                                                         sha.ok() ? tr("SHA-256 differs from the imported file") : sha.error().reason);
            continue;
        }
        files << i.filePath;
        bytes += i.sizeBytes;
    }
    if (!corrupt.isEmpty()) {
        report.corrupt += int(corrupt.size());
        event(QStringLiteral("corrupt"), int(corrupt.size()), 0, corrupt.join(QStringLiteral("; ")));
        say(tr("job %1: %2 corrupt local file(s), not sent: %3").arg(job.id).arg(corrupt.size()).arg(joinSome(corrupt)));
    }

    if (!files.isEmpty()) {
        say(tr("job %1: sending %2 instance(s) of %3 to %4").arg(job.id).arg(files.size()).arg(uid, node.name));
        auto sent = client->send(files, cancel);
        if (!sent.ok()) {
            fail(sent.error().message());
            return;
        }
        const net::SendReport &rep = sent.value();
        report.sentInstances += rep.succeeded + rep.warnings;
        report.sentBytes += rep.bytes;
        event(QStringLiteral("sent"), rep.succeeded + rep.warnings, rep.bytes, {});
        if (rep.cancelled)
            return fail(tr("cancelled"));
        if (rep.failed > 0) {
            QStringList reasons;
            for (const net::SentInstance &s : rep.instances)
                if (!s.ok())
                    reasons << QStringLiteral("%1: %2").arg(s.sopInstanceUid, s.reason);
            fail(tr("%1 of %2 instance(s) not stored: %3").arg(rep.failed).arg(files.size()).arg(joinSome(reasons, 2)));
            return;
        }
    }

    (void)r.markVerifying(job.id, int(instances.value().size()), bytes, clock->nowMs());
    say(tr("job %1: verifying %2 on %3").arg(job.id).arg(uid, node.name));
    auto check = client->verifyStored(uid, dataDir, cancel);
    if (!check.ok()) {
        fail(check.error().message());
        return;
    }
    nodeSucceeded(r, node.name);
    if (!corrupt.isEmpty()) {
        const QString why = tr("%1 corrupt local file(s) not sent: %2").arg(corrupt.size()).arg(joinSome(corrupt));
        (void)r.markFailed(job.id, why, clock->nowMs());
        return;
    }
    if (!check.value().safe()) {
        const int lacking = int(check.value().lacking.size());
        report.missing += lacking;
        event(QStringLiteral("missing"), lacking, 0, joinSome(check.value().lacking));
        qint64 delay = 0;
        {
            std::lock_guard<std::mutex> lock(mutex);
            delay = backoffDelayMs(std::max(1, job.attempts + 1), options.backoff, random.generateDouble());
        }
        const QString why = tr("%1 instance(s) missing on %2 after the send").arg(lacking).arg(node.name);
        (void)r.markWaiting(job.id, clock->nowMs() + delay, why, clock->nowMs());
        say(tr("job %1: %2; queued again").arg(job.id).arg(why));
        return;
    }
    auto done = r.markDone(job.id, node.name, clock->nowMs());
    if (!done.ok()) {
        say(tr("job %1: %2").arg(job.id).arg(done.error().message()));
        return;
    }
    event(QStringLiteral("verified"), check.value().local, 0, {});
    if (done.value()) {
        ++report.done;
        say(tr("job %1: %2 safe on %3 (%4 instance(s) verified)").arg(job.id).arg(uid, node.name).arg(check.value().local));
    } else {
        say(tr("job %1: new instances of %2 arrived meanwhile; queued again").arg(job.id).arg(uid));
    }
}

Result<StepReport> SyncEngine::step(const CancellationToken &cancel)
{
    if (!d->repo)
        return Error(ErrorCode::Internal, d->dataDir, QStringLiteral("the sync engine was not started"));
    StepReport report;
    const qint64 now = d->clock->nowMs();
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
    auto due = d->repo->dueJobs(now, d->options.maxParallel * 4);
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

    struct Work {
        store::SyncJob job;
        net::Node node;
        StepReport report;
    };
    std::vector<Work> work;
    for (store::SyncJob job : due.value()) {
        if (int(work.size()) >= d->options.maxParallel)
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
        const auto cancelProbe = [&] {
            std::lock_guard<std::mutex> lock(d->mutex);
            d->breaker(nodeName).cancelProbe();
        };
        auto node = registry.value()->get(nodeName);
        if (!node.ok()) {
            cancelProbe();
            (void)d->repo->markWaiting(job.id, now + d->options.breaker.maxCooldownMs, node.error().message(), now);
            continue;
        }
        auto claimed = d->repo->claim(job.id, nodeName, now);
        if (!claimed.ok()) {
            cancelProbe();
            return claimed.error();
        }
        if (!claimed.value()) {
            cancelProbe();
            continue;  // another engine took it
        }
        if (rule->primaryNode.compare(nodeName, Qt::CaseInsensitive) != 0)
            d->say(tr("job %1: %2 unavailable, failing over to %3").arg(job.id).arg(rule->primaryNode, nodeName));
        work.push_back({job, node.value(), {}});
    }
    report.started = int(work.size());
    if (work.size() == 1) {
        d->runJob(work[0].job, work[0].node, work[0].report, cancel);
    } else if (!work.empty()) {
        // One thread per association, at most maxParallel: network waits, not computation.
        std::vector<std::thread> threads;
        for (Work &w : work)
            threads.emplace_back([this, &w, &cancel] { d->runJob(w.job, w.node, w.report, cancel); });
        for (std::thread &t : threads)
            t.join();
    }
    for (const Work &w : work) {
        report.done += w.report.done;
        report.failed += w.report.failed;
        report.corrupt += w.report.corrupt;
        report.missing += w.report.missing;
        report.sentInstances += w.report.sentInstances;
        report.sentBytes += w.report.sentBytes;
    }
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
        auto s = step(cancel);
        if (!s.ok())
            return s.error();
        ++run.steps;
        const StepReport &r = s.value();
        run.totals.started += r.started;
        run.totals.done += r.done;
        run.totals.failed += r.failed;
        run.totals.parked += r.parked;
        run.totals.corrupt += r.corrupt;
        run.totals.missing += r.missing;
        run.totals.sentInstances += r.sentInstances;
        run.totals.sentBytes += r.sentBytes;
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
    s.health = (s.queue.failed > 0 || anyOpen || (s.daysUntilDiskFull >= 0 && s.daysUntilDiskFull < 7) || s.oldestPendingAgeMs > kDayMs)
                   ? SyncStatus::Health::Failing
               : s.queue.pending() > 0 ? SyncStatus::Health::Pending
                                       : SyncStatus::Health::Safe;
    return s;
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
    return QJsonObject{{QStringLiteral("health"), healthName(health)},
                       {QStringLiteral("paused"), paused},
                       {QStringLiteral("queue"), q},
                       {QStringLiteral("oldestPendingSeconds"), oldestPendingAgeMs / 1000.0},
                       {QStringLiteral("offlineSeconds"), offlineForMs / 1000.0},
                       {QStringLiteral("sentPerHour"), sentPerHour},
                       {QStringLiteral("verifiedPerHour"), verifiedPerHour},
                       {QStringLiteral("daysUntilDiskFull"), daysUntilDiskFull},
                       {QStringLiteral("freeBytes"), double(freeBytes)},
                       {QStringLiteral("nodes"), n},
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
    metric("strata_sync_health", "0 all safe, 1 pending, 2 failing or at risk.", "gauge");
    t += QStringLiteral("strata_sync_health %1\n").arg(int(health));
    if (daysUntilDiskFull >= 0) {
        metric("strata_sync_days_until_disk_full", "Projected days until the local disk is full at the last week's import rate.", "gauge");
        t += QStringLiteral("strata_sync_days_until_disk_full %1\n").arg(daysUntilDiskFull);
    }
    return t;
}

} // namespace strata::sync
