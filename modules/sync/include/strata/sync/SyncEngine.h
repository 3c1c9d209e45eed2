#pragma once
/// Background sync of the local cache to remote archives: takes the due jobs of the store's
/// durable queue, sends each study through an ArchiveClient (net's RemoteArchive) after checking
/// every file's SHA-256, verifies by asking the node for every SOP Instance UID, and only then
/// marks the job done ("safe on <node>"). Failures back off with jitter; a circuit breaker per node
/// parks jobs while it is open and fails them over to the rule's backup node.
///
/// Threads: one engine per thread that calls it (its repositories are that thread's); step()
/// runs up to `maxParallel` jobs at once on threads of its own and returns when they are done.
/// Several engines (processes) may share a data directory: a job is taken with one write, by one.
#include <strata/core/Clock.h>
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/store/SyncJobRepository.h>
#include <strata/sync/ArchiveClient.h>
#include <strata/sync/Backoff.h>
#include <strata/sync/CircuitBreaker.h>

#include <QJsonObject>

#include <functional>
#include <memory>

namespace strata::sync {

struct SyncOptions {
    int maxParallel = 2;              ///< jobs (associations) at once
    BackoffPolicy backoff;
    BreakerPolicy breaker;
    quint32 seed = 0;                 ///< of the jitter; 0: random
    net::Timeouts timeouts;           ///< for the default clients (RemoteArchive)
};

/// What one step() did.
struct StepReport {
    int started = 0;        ///< jobs taken in hand
    int done = 0;           ///< verified: safe on a node
    int failed = 0;         ///< attempts that failed (now waiting)
    int parked = 0;         ///< due, but every node of the rule had its breaker open
    int corrupt = 0;        ///< local files whose SHA-256 no longer matches (reported, not sent)
    int missing = 0;        ///< instances a node lacked after a send (re-queued)
    int sentInstances = 0;
    qint64 sentBytes = 0;
};

/// A node as the dashboard shows it.
struct NodeSyncStatus {
    QString node;
    QString breaker;          ///< "closed", "open", "half-open"
    int failures = 0;         ///< consecutive
    qint64 offlineForMs = 0;  ///< since the first failure after the last success; 0 when online
    qint64 lastSuccessMs = 0;
    QString lastError;
};

/// The sync state at a glance: the queue, the nodes, the rates, the alerts.
struct SyncStatus {
    enum class Health { Safe, Pending, Failing };
    Health health = Health::Safe;  ///< green: all safe; amber: pending; red: failing or at risk
    bool paused = false;
    store::SyncQueueTotals queue;
    qint64 oldestPendingAgeMs = 0;
    qint64 offlineForMs = 0;       ///< the longest a node of a rule has been offline
    double sentPerHour = 0;        ///< instances sent in the last hour
    double verifiedPerHour = 0;    ///< instances verified in the last hour
    double daysUntilDiskFull = -1; ///< at the last week's import rate; −1 when nothing was imported
    qint64 freeBytes = -1;
    std::vector<NodeSyncStatus> nodes;
    QStringList alerts;
    qint64 atMs = 0;

    QJsonObject toJson() const;
    /// Prometheus text exposition (format 0.0.4).
    QString toPrometheus() const;
};
/// "safe", "pending", "failing".
QString healthName(SyncStatus::Health health);

/// What run() did.
struct RunReport {
    StepReport totals;
    int steps = 0;
    bool drained = false;   ///< no job left to do (failed ones wait for "retry now")
    bool timedOut = false;
    bool paused = false;
};

class SyncEngine {
public:
    /// An engine on the cache at `dataDir`; `clock` must outlive it.
    explicit SyncEngine(QString dataDir, const Clock &clock = systemClock(), SyncOptions options = {});
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    /// Replaces the archive clients (tests); by default remoteArchiveClients(options.timeouts).
    void setClientFactory(ArchiveClientFactory factory);
    /// Called on the engine's threads with a line for each thing that happens ("sending …",
    /// "safe on …", failures); for the CLI's progress and the fault tests' kill moments.
    void setProgress(std::function<void(const QString &line)> progress);

    /// Opens the store, resumes the jobs an engine that died had in hand, loads the breakers.
    Status start();
    /// One round: takes up to maxParallel due jobs and runs them to their next resting state.
    Result<StepReport> step(const CancellationToken &cancel = {});

    struct RunOptions {
        bool untilDrained = false;    ///< stop when no job is left to do
        qint64 timeoutMs = 0;         ///< by the engine's clock; 0: none
        /// Waits `ms` when nothing is due (default: sleeps in slices, watching `cancel`); a test
        /// with a manual clock advances it instead.
        std::function<void(qint64 ms)> idle;
    };
    /// Steps until drained (if asked), the timeout, or `cancel`. A paused engine returns at once.
    Result<RunReport> run(const RunOptions &options, const CancellationToken &cancel = {});

    Status pause();
    Status resume();
    Result<bool> paused() const;
    /// "Retry now": waiting and failed jobs are due now; open breakers half-open at once.
    Result<int> retryNow();
    Result<SyncStatus> status() const;

    QString dataDir() const;
    const Clock &clock() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The status of the sync of `dataDir` without an engine running (CLI `sync status`, the GUI).
Result<SyncStatus> readSyncStatus(const QString &dataDir, const Clock &clock = systemClock());

} // namespace strata::sync
