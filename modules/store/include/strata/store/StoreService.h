#pragma once
/// The store of one data directory as one service per process: it owns the data directory's
/// layout, runs the schema migrations and the crash-recovery scan once when it starts, hands out
/// the typed repositories (studies, worklist, key images, measurements, nodes, thumbnails) and runs every write.
///
/// Threads. Reads run on the repositories' own connections, each of the thread that asked for the
/// repository (Qt Sql connections are per thread; WAL lets them read in parallel). Writes run on
/// the service's writer thread, which holds the process's one write connection of the index:
/// every write of every repository is posted there with write() and the caller waits for it, so
/// the process's writers go one at a time, in turn. Between processes SQLite orders them (write
/// transactions that read first take the lock at once, BEGIN IMMEDIATE; a busy timeout of 30 s).
/// The migrations and the recovery scan are the writer thread's first write.
///
/// `open()` returns the process's service for a folder while anything holds it (a repository
/// holds its service): the GUI's main() and the CLI (keepOpened) hold it for their lifetime, and a
/// Storage SCP's staging area for its own, so that start-up work runs once per process. When the
/// last holder lets go, the writer thread ends and its connection closes, and the next `open()`
/// starts it again (migrations and recovery run again, as at a new start).
#include <strata/core/Result.h>
#include <strata/store/AuditLog.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/SyncJobRepository.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/store/ThumbnailRepository.h>
#include <strata/store/WorklistRepository.h>

#include <QString>

#include <functional>
#include <memory>
#include <thread>

class QSqlDatabase;

namespace strata::store {

class NodeRepository;

class StoreService : public std::enable_shared_from_this<StoreService> {
public:
    ~StoreService();
    /// The service of `dataDir` (created, migrated and recovered on its first open in the process).
    static Result<std::shared_ptr<StoreService>> open(const QString &dataDir);
    /// How many times a service started (migrations and recovery ran) in this process; for tests.
    static int startCount();
    /// While on, every service this process opens stays open until it is turned off (the CLI turns
    /// it on for a command, so that the command's repositories share one start without opening the
    /// store for commands that never touch it). Turning it off lets them go.
    static void keepOpened(bool keep);

    // The data directory's layout.
    QString dataDir() const { return m_dataDir; }
    QString indexFile() const;     ///< <data>/index.sqlite
    QString storeDir() const;      ///< <data>/store: the content-addressed files
    QString tempDir() const;       ///< <data>/store/tmp: copies on their way in, extracted zips
    QString incomingDir() const;   ///< <data>/incoming: received instances on their way in
    QString thumbnailDir() const;  ///< <data>/thumbnails
    QString settingsFile() const;  ///< <data>/strata.ini

    /// Creates a private staging folder for received instances, <data>/incoming/<purpose>-p<pid>-<uuid>;
    /// recovery removes it when its process is gone.
    Result<QString> createStagingDir(const QString &purpose) const;

    int schemaVersion() const { return m_version; }
    /// What the start-up recovery scan found.
    const RecoveryReport &recovery() const { return m_recovery; }
    /// The cache quota in bytes from the data directory's settings (cache/quotaBytes); 0 = none.
    qint64 quotaBytes() const;

    /// The studies repository (search, delete, verify, statistics) on a new connection owned by the
    /// calling thread.
    Result<std::unique_ptr<LocalCache>> studies();
    /// The reading worklist's repository (status, priority, opened); it only writes.
    Result<std::unique_ptr<WorklistRepository>> worklist();
    /// The key images' repository on a new connection of the calling thread.
    Result<std::unique_ptr<KeyImageRepository>> keyImages();
    /// The measurements' repository on a new connection of the calling thread.
    Result<std::unique_ptr<MeasurementRepository>> measurements();
    /// The nodes repository (net's registry keeps its rows there) on a new connection of the calling thread.
    Result<std::unique_ptr<NodeRepository>> nodes();
    /// The background sync's rules, job queue and node states on a new connection of the calling thread.
    Result<std::unique_ptr<SyncJobRepository>> syncJobs();
    /// The audit log (AuditLog.h) on a new connection of the calling thread.
    Result<std::unique_ptr<AuditLog>> auditLog();
    /// The thumbnails cached on disk.
    ThumbnailRepository thumbnails() const;

    /// Runs `work` on the writer thread with the process's write connection of this index, and
    /// returns its status once it ran (the caller waits). Called on the writer thread (a write
    /// inside a write), it runs at once. `work` must not wait for another thread's write. A
    /// transaction it opens it also ends; it may let go of the service (the thread then ends after it).
    Status write(const std::function<Status(QSqlDatabase &)> &work);
    /// The writer thread's id: every write runs there.
    std::thread::id writerThreadId() const;
    /// For tests: `hook` runs on the writer thread before each write (empty: none); process-wide.
    static void setWriteTestHook(std::function<void()> hook);

private:
    explicit StoreService(QString dataDir);
    Status start();
    /// Ties a new repository to this service, on a new connection of the calling thread.
    Status openRepository(LocalCache::Private &d, const QString &prefix);

    QString m_dataDir;
    int m_version = 0;
    RecoveryReport m_recovery;
    struct Writer;
    std::shared_ptr<Writer> m_writer;
};

/// The version of the SQLite library the index runs on (asked at run time), e.g. "3.40.1".
QString sqliteVersion();

} // namespace strata::store
