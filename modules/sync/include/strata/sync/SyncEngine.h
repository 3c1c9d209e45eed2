#pragma once
/// Background sync of the local cache to remote archives: takes the due jobs of the store's
/// durable queue, sends the studies of a node in batches over one association through an
/// ArchiveClient (net's RemoteArchive) after checking every file's SHA-256, verifies them with one
/// Storage Commitment request where the node takes part (else by asking the node for every SOP
/// Instance UID), and only then marks a job done ("safe on <node>"). Failures back off with
/// jitter; a circuit breaker per node parks jobs while it is open and fails them over to the
/// rule's backup node. While interactive work runs (net::interactiveActivity()) it yields.
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
#include <optional>

namespace strata::sync {

struct SyncOptions {
    int maxParallel = 2;              ///< jobs (associations) at once
    BackoffPolicy backoff;
    BreakerPolicy breaker;
    quint32 seed = 0;                 ///< of the jitter; 0: random
    net::Timeouts timeouts;           ///< for the default clients (RemoteArchive)
    int batchJobs = 16;               ///< ready jobs of one node sent over one association and verified together
    /// A batch goes in up to four chunks of at least this many files, each over one association and
    /// verified on another while the next chunk is sent (smaller batches go whole).
    int chunkMinFiles = 100;
    /// When an association's last chunk goes out it takes a chunk's worth of the node's next due
    /// jobs instead of waiting for the step's other associations and its last verification, up
    /// to this many batches' worth in one step (0: one batch per association and step). Bounds how
    /// long a step runs before breakers, prefetch and other nodes get their turn.
    int refills = 8;
    /// ... and only while the step has run less than this long (by the engine's clock): with
    /// large studies, the breakers of other nodes, prefetch and `run()`'s checks still come round
    /// within about this time.
    qint64 refillWindowMs = 30000;
    int yieldParallel = 0;            ///< associations while interactive work runs (0: no new jobs start)
    qint64 yieldGraceMs = 2000;       ///< yielding goes on this long after the interactive work ended
    /// The interactive-activity signal (tests script it); default net::interactiveActivity().
    std::function<int()> interactive;
    qint64 prefetchIntervalMs = 10 * 60 * 1000;  ///< how often a prefetching rule asks its node
    int prefetchPerRound = 25;   ///< studies a rule fetches at most in one round (the rest the next)
};

/// Whether sync asks a node for Storage Commitment: "auto" tries it where a listener is
/// configured and falls back to C-FIND/QIDO when the node refuses or does not report in time;
/// "on" requires it (a refusal is a failure); "off" verifies by C-FIND/QIDO only.
enum class CommitmentMode { Auto, On, Off };
QString commitmentModeName(CommitmentMode mode);
std::optional<CommitmentMode> parseCommitmentMode(const QString &text);

/// Where the node's commitment reports come back: the AE title the node knows Strata by (its
/// calling AE title, registered on the node as a modality) and the port Strata listens on.
struct CommitmentSettings {
    QString aeTitle = QStringLiteral("STRATA");
    quint16 port = 0;        ///< 0: no listener (auto then means off)
    int timeoutS = 30;       ///< how long to wait for a report
};

Status setCommitmentMode(const QString &dataDir, const QString &node, CommitmentMode mode);
Result<CommitmentMode> commitmentMode(const QString &dataDir, const QString &node);
Status setCommitmentSettings(const QString &dataDir, const CommitmentSettings &settings);
Result<CommitmentSettings> commitmentSettings(const QString &dataDir);

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
    int batches = 0;        ///< associations the jobs went over
    int committed = 0;      ///< jobs verified by Storage Commitment (the rest by C-FIND/QIDO)
    bool yielding = false;  ///< interactive work ran: fewer (or no) jobs were started
    int givenBack = 0;      ///< jobs taken but given back unsent: interactive work began between chunks

    /// Adds a later step's counts; the flag is the later step's.
    StepReport &operator+=(const StepReport &o)
    {
        started += o.started;
        done += o.done;
        failed += o.failed;
        parked += o.parked;
        corrupt += o.corrupt;
        missing += o.missing;
        sentInstances += o.sentInstances;
        sentBytes += o.sentBytes;
        batches += o.batches;
        committed += o.committed;
        givenBack += o.givenBack;
        yielding = o.yielding;
        return *this;
    }
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
/// A prefetching rule as the status shows it.
struct PrefetchStatus {
    QString rule;
    QString mode;             ///< "new", "priors"
    QString node;             ///< the rule's primary node
    qint64 checkedMs = 0;     ///< when it last asked; 0: never
    int fetched = 0;          ///< studies it fetched (or found here) so far
    int failed = 0;           ///< studies whose last attempt failed
    QString lastError;
};

struct SyncStatus {
    enum class Health { Safe, Pending, Failing };
    Health health = Health::Safe;  ///< green: all safe; amber: pending; red: failing or at risk
    bool paused = false;
    bool yielding = false;         ///< an engine yields to interactive work now
    store::SyncQueueTotals queue;
    qint64 oldestPendingAgeMs = 0;
    qint64 offlineForMs = 0;       ///< the longest a node of a rule has been offline
    double sentPerHour = 0;        ///< instances sent in the last hour
    double verifiedPerHour = 0;    ///< instances verified in the last hour
    double daysUntilDiskFull = -1; ///< at the last week's import rate; −1 when nothing was imported
    qint64 freeBytes = -1;
    std::vector<NodeSyncStatus> nodes;
    std::vector<PrefetchStatus> prefetch;
    QStringList alerts;
    qint64 atMs = 0;

    QJsonObject toJson() const;
    /// Prometheus text exposition (format 0.0.4).
    QString toPrometheus() const;
};
/// "safe", "pending", "failing".
QString healthName(SyncStatus::Health health);

/// What one prefetch round did (SyncEngine::prefetch).
struct PrefetchReport {
    int rules = 0;          ///< rules that asked their node
    int listed = 0;         ///< studies the nodes listed for them
    int fetched = 0;        ///< studies retrieved whole
    int instances = 0;      ///< instances that arrived
    int skipped = 0;        ///< already in the cache, or fetched before (deleted since: not again)
    int failed = 0;         ///< studies, or rules' queries, that failed (tried again after a backoff)
    bool more = false;      ///< a rule had more to fetch than one round takes
    QStringList errors;     ///< each naming the node, and the study where one failed

    /// Adds a later round's counts; `more` is the later round's.
    PrefetchReport &operator+=(const PrefetchReport &o)
    {
        rules += o.rules;
        listed += o.listed;
        fetched += o.fetched;
        instances += o.instances;
        skipped += o.skipped;
        failed += o.failed;
        more = o.more;
        errors += o.errors;
        return *this;
    }
};

/// What run() did.
struct RunReport {
    StepReport totals;
    PrefetchReport prefetch;
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
    /// One round: takes up to maxParallel batches of due jobs (each association up to `refills`
    /// more as its last chunk goes out) and runs them to their next resting state.
    Result<StepReport> step(const CancellationToken &cancel = {});

    struct RunOptions {
        bool untilDrained = false;    ///< stop when no job is left to do
        qint64 timeoutMs = 0;         ///< by the engine's clock; 0: none
        /// Waits `ms` when nothing is due (default: sleeps in slices, watching `cancel`); a test
        /// with a manual clock advances it instead.
        std::function<void(qint64 ms)> idle;
    };
    /// Inbound prefetch: every enabled rule that prefetches and whose interval is over (every one
    /// when `force`) asks its node (the backup when the primary's breaker is open or it fails) for
    /// the studies it wants — new ones of the last days, or the earlier studies of the patients of
    /// today's studies (dated today by the engine's clock, or imported in the last 24 hours) — and
    /// retrieves those the cache lacks (only their missing instances). A study fetched once is not
    /// fetched again unless the node holds more of it; a failed one is tried again after a backoff.
    /// run() calls it when not yielding to interactive work.
    Result<PrefetchReport> prefetch(bool force = false, const CancellationToken &cancel = {});

    /// Prefetches when due, then steps, until drained (if asked), the timeout, or `cancel`. A
    /// paused engine returns at once.
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
