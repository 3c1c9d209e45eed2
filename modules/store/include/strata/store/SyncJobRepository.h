#pragma once
/// The background sync's durable state in the index: routing rules, the job queue (one job per
/// study and rule), the per-node breaker and link state, the history and the engine's settings.
/// From StoreService::syncJobs(): reads on a connection of the calling thread, writes on the
/// service's writer thread. Every state change is one write, so a process killed at any point
/// leaves each job in the last state it reached (recoverInterrupted() resumes it). Times are
/// milliseconds since the epoch from the caller's clock (the sync engine's injectable one).
#include <strata/core/Result.h>

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace strata::store {

/// queued → sending → verifying → done; a failure goes to waiting (retried when due); failed is
/// for what a retry cannot mend by itself (a corrupt local file, a study gone): it waits for
/// "retry now".
enum class SyncState { Queued = 0, Sending = 1, Verifying = 2, Done = 3, Waiting = 4, Failed = 5 };
/// "queued", "sending", "verifying", "done", "waiting", "failed".
QString syncStateName(SyncState state);

/// What a rule routes: every ingested study, studies with a modality, or those from one ingest
/// source ("import", "storage-scp", "c-get", "c-move", "wado-rs"); or nothing (a rule that only
/// prefetches).
enum class SyncMatch { All, Modality, Source, None };
QString syncMatchName(SyncMatch match);
std::optional<SyncMatch> syncMatchFromName(const QString &name);

/// What a rule fetches from its node into the cache (inbound): nothing; the studies of the last
/// `prefetchDays` days (of the rule's modality for a modality rule); or the earlier studies of
/// the patients of today's studies, at most `prefetchPriors` per patient, newest first.
enum class PrefetchMode { None, New, Priors };
/// "", "new", "priors".
QString prefetchModeName(PrefetchMode mode);
std::optional<PrefetchMode> prefetchModeFromName(const QString &name);

struct SyncRule {
    qint64 id = 0;
    QString name;
    SyncMatch match = SyncMatch::All;
    QString value;        ///< the modality or the source name; empty for All and None
    QString primaryNode;  ///< a node of the registry
    QString backupNode;   ///< empty: none
    bool enabled = true;
    PrefetchMode prefetch = PrefetchMode::None;
    int prefetchDays = 1;         ///< New: today and the days before, this many in all
    int prefetchPriors = 3;       ///< Priors: per patient
    qint64 prefetchCheckedMs = 0; ///< when the node was last asked
};

/// A study a rule fetched from its node, or tried to.
struct PrefetchRecord {
    qint64 ruleId = 0;
    QString studyInstanceUid;
    QString node;
    bool ok = false;          ///< fetched whole; never fetched again (unless the node has more instances)
    int instances = 0;        ///< the node's instances when fetched
    int attempts = 0;
    qint64 nextAttemptMs = 0; ///< of a failure: not tried before
    qint64 updatedMs = 0;
    QString lastError;
};

struct SyncJob {
    qint64 id = 0;
    QString studyInstanceUid;
    qint64 ruleId = 0;
    SyncState state = SyncState::Queued;
    QString node;            ///< the node of the current or last attempt; of a done job, where it is safe
    int attempts = 0;        ///< sends begun
    qint64 nextAttemptMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 doneMs = 0;
    QString lastError;
    int instances = 0;       ///< of the last attempt
    qint64 bytes = 0;
    qint64 owner = 0;        ///< process id of the engine that has it in hand (sending, verifying)
    bool interrupted = false;///< an engine died with it in hand: the next attempt asks the node first
};

/// A node's circuit breaker and link state, as the engine last saved it.
struct SyncNodeState {
    QString node;
    int breaker = 0;          ///< 0 closed, 1 open, 2 half-open
    int failures = 0;         ///< consecutive
    int trips = 0;            ///< times it opened
    qint64 openUntilMs = 0;
    qint64 offlineSinceMs = 0;///< first failure after the last success; 0 when online
    qint64 lastSuccessMs = 0;
    qint64 lastFailureMs = 0;
    QString lastError;
};

struct SyncEvent {
    qint64 atMs = 0;
    qint64 jobId = 0;
    QString node;
    QString kind;  ///< "sent", "verified", "missing", "failed", "corrupt", "breaker-open", ...
    int instances = 0;
    qint64 bytes = 0;
    QString detail;
};

struct SyncQueueTotals {
    int queued = 0, sending = 0, verifying = 0, waiting = 0, failed = 0, done = 0;
    qint64 pendingBytes = 0;     ///< bytes of the studies of jobs not done (from the index)
    int pendingInstances = 0;
    qint64 oldestPendingMs = 0;  ///< creation time of the oldest job not done; 0 when none
    int pending() const { return queued + sending + verifying + waiting + failed; }
};

/// One job of a study as the browser's sync column shows it.
struct StudySyncJob {
    SyncState state = SyncState::Queued;
    QString node;           ///< the job's node, or its rule's primary node before a first attempt
    QString rule;           ///< the rule's name
    qint64 nextAttemptMs = 0;
    qint64 updatedMs = 0;
    QString lastError;
};

/// A study's sync state over all its jobs (every rule and node): failed when any job failed;
/// else pending when any is queued, sending, verifying or waiting; else safe when a job is done
/// or the study is marked stored remotely; else none (no rule routes it).
struct StudySyncState {
    enum class Kind { None = 0, Safe = 1, Pending = 2, Failed = 3 };
    Kind kind = Kind::None;
    QStringList safeNodes;  ///< nodes with a done job, each once, in the order found
    bool remoteStored = false;
    std::vector<StudySyncJob> jobs;  ///< the jobs not done, failed ones first
};

class SyncJobRepository {
public:
    ~SyncJobRepository();

    // Rules.
    Result<std::vector<SyncRule>> rules() const;
    /// Adds a rule (the caller validated its nodes); InvalidArgument when the name is taken.
    Result<qint64> addRule(const SyncRule &rule, qint64 nowMs);
    /// Removes a rule and its jobs; NotFound when there is none of that name.
    Status removeRule(const QString &name);
    /// Records when a rule's prefetch last asked its node.
    Status setPrefetchChecked(qint64 ruleId, qint64 nowMs);
    /// The studies a rule fetched or tried to, by Study Instance UID.
    Result<std::map<QString, PrefetchRecord>> prefetched(qint64 ruleId) const;
    /// Saves what a prefetch of one study did (replacing the record before).
    Status savePrefetch(const PrefetchRecord &record);

    // Jobs.
    /// Queues `studyInstanceUid` for `ruleId` unless a job of that pair is not done yet: one that
    /// is in hand (sending, verifying) is marked so that it goes round once more instead of being
    /// done (new instances arrived after its list was taken). Returns whether a job was added.
    Result<bool> enqueue(const QString &studyInstanceUid, qint64 ruleId, qint64 nowMs);
    Result<SyncJob> job(qint64 id) const;
    /// Jobs by state (all states when empty), newest first, at most `limit`.
    Result<std::vector<SyncJob>> jobs(const std::vector<SyncState> &states = {}, int limit = 1000) const;
    /// Queued or waiting jobs due at `nowMs`, oldest first.
    Result<std::vector<SyncJob>> dueJobs(qint64 nowMs, int limit) const;
    /// The earliest next attempt of a queued or waiting job; nothing when there is none.
    Result<std::optional<qint64>> nextDueMs() const;
    /// Takes a due job in hand: queued/waiting → sending, attempts + 1, owner = this process, on
    /// `node`. False when another engine took it first (or it is no longer due).
    Result<bool> claim(qint64 id, const QString &node, qint64 nowMs);
    /// A claimed job given back before anything of it was sent (interactive work began): sending →
    /// queued (waiting when it had failed before), due now, its attempt not counted.
    Status unclaim(qint64 id, qint64 nowMs);
    /// sending → verifying.
    Status markVerifying(qint64 id, int instances, qint64 bytes, qint64 nowMs);
    /// verifying → done on `node`, or → queued when new instances came while it was in hand (then
    /// returns false).
    Result<bool> markDone(qint64 id, const QString &node, qint64 nowMs);
    /// → waiting until `nextAttemptMs` with the reason (a failure, or parked behind a breaker).
    Status markWaiting(qint64 id, qint64 nextAttemptMs, const QString &error, qint64 nowMs);
    /// → failed (kept until retryNow()).
    Status markFailed(qint64 id, const QString &error, qint64 nowMs);
    /// Waiting jobs whose last node is `node` (or every waiting job when empty) become due now;
    /// returns how many.
    Result<int> releaseWaiting(const QString &node, qint64 nowMs);
    /// The waiting job of `node` due first becomes due now (the probe of a half-open breaker, which
    /// must not wait for that job's own backoff); returns how many (0 or 1).
    Result<int> releaseOneWaiting(const QString &node, qint64 nowMs);
    /// "Retry now": every waiting and failed job becomes queued, due now; returns how many.
    Result<int> retryNow(qint64 nowMs);
    /// Jobs left sending or verifying by a process that is gone go back to queued, flagged
    /// interrupted; returns how many. The engine calls it when it starts.
    Result<int> recoverInterrupted(qint64 nowMs);
    /// Whether a study has a done job on `node`.
    Result<bool> everDone(const QString &studyInstanceUid, const QString &node) const;
    Result<SyncQueueTotals> totals() const;
    /// The sync state of each of `studyInstanceUids` (one batched read, not one per study);
    /// studies with no job that are not stored remotely are left out of the map.
    Result<std::map<QString, StudySyncState>> studySyncStates(const QStringList &studyInstanceUids) const;

    // Nodes, history, settings.
    Result<std::vector<SyncNodeState>> nodeStates() const;
    Status saveNodeState(const SyncNodeState &state);
    Status addEvent(const SyncEvent &event);
    /// The latest events, newest first.
    Result<std::vector<SyncEvent>> events(int limit) const;
    /// Per kind since `sinceMs`: {events, instances, bytes}.
    struct EventSum { int events = 0; qint64 instances = 0; qint64 bytes = 0; };
    Result<EventSum> eventSum(const QString &kind, qint64 sinceMs) const;
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    class Private;

private:
    friend class StoreService;
    SyncJobRepository();
    std::unique_ptr<Private> d;
};

} // namespace strata::store
