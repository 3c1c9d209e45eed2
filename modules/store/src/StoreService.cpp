#include <strata/store/StoreService.h>

#include <strata/store/NodeRepository.h>

#include "LocalCachePrivate.h"
#include "Schema.h"

#include <strata/core/Logging.h>

#include <QAtomicInteger>
#include <QDir>
#include <QMutex>
#include <QSettings>
#include <QThread>
#include <QUuid>
#include <QCoreApplication>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <vector>
#include <unistd.h>

namespace strata::store {

namespace detail {

namespace {
QAtomicInteger<quint64> g_connectionCounter;
}

Error indexError(const QString &indexFile, const QString &what, const QSqlError &e)
{
    return Error(ErrorCode::IoError, indexFile, QStringLiteral("%1: %2").arg(what, e.text()));
}

std::optional<Error> openConnection(const QString &indexFile, const QString &prefix, bool setWal, QSqlDatabase &db,
                                    QString &name)
{
    name = QStringLiteral("%1-%2").arg(prefix).arg(++g_connectionCounter);
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(indexFile);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open())
        return indexError(indexFile, QCoreApplication::translate("strata::store", "cannot open the index"), db.lastError());
    QSqlQuery q(db);
    // 8 MiB of page cache per connection (a window holds several): the kernel's page cache keeps
    // the rest of a large index at hand. 32 MiB gave the same import and search speed at 100,000
    // files and 10,000,000 instances, and 28 MiB more resident memory (docs/performance.md,
    // "Import at scale").
    QStringList pragmas{QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                        QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA cache_size=-8192")};
    if (setWal)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const QString &pragma : pragmas) {
        // Other processes are waited for: the busy timeout, and a few retries for the one
        // statement SQLite does not wait on.
        bool done = q.exec(pragma);
        for (int attempt = 0; !done && attempt < 100 && q.lastError().text().contains(QLatin1String("locked")); ++attempt) {
            QThread::msleep(50);
            done = q.exec(pragma);
        }
        if (!done)
            return indexError(indexFile, pragma, q.lastError());
    }
    return std::nullopt;
}

void closeConnection(QSqlDatabase &db, const QString &name)
{
    db.close();
    db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

} // namespace detail

Status migrate(LocalCache::Private &d)
{
    QSqlQuery q(d.db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")))
        return d.sqlError(QCoreApplication::translate("strata::store", "creating schema_version"), q.lastError());
    int version = 0;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        version = q.value(0).toInt();
    for (const detail::Migration &m : detail::kMigrations) {
        if (m.version <= version)
            continue;
        // IMMEDIATE: take the write lock now (waiting for other writers), not at the first write.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return d.sqlError(QCoreApplication::translate("strata::store", "starting migration"), q.lastError());
        // Another process may have migrated while this one waited.
        if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next() && q.value(0).toInt() >= m.version) {
            q.exec(QStringLiteral("COMMIT"));
            version = q.value(0).toInt();
            continue;
        }
        for (const char *const *s = m.statements; *s; ++s) {
            if (!q.exec(QString::fromLatin1(*s))) {
                const Error e = d.sqlError(QCoreApplication::translate("strata::store", "migrating to schema %1").arg(m.version), q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        for (const detail::ColumnAdd *c = m.addColumns; c && c->table; ++c) {
            QSqlQuery info(d.db);
            bool present = false;
            if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(c->table)))) {
                const Error e = d.sqlError(QCoreApplication::translate("strata::store", "migrating to schema %1").arg(m.version), info.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
            while (info.next())
                present = present || info.value(1).toString() == QLatin1String(c->column);
            if (!present && !q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                        .arg(QLatin1String(c->table), QLatin1String(c->column), QLatin1String(c->definition)))) {
                const Error e = d.sqlError(QCoreApplication::translate("strata::store", "migrating to schema %1").arg(m.version), q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        if (QSqlError fillError; m.fill && !m.fill(d.db, &fillError)) {
            const Error e = d.sqlError(QCoreApplication::translate("strata::store", "migrating to schema %1").arg(m.version), fillError);
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version) VALUES(?)"));
        q.addBindValue(m.version);
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
            const Error e = d.sqlError(QCoreApplication::translate("strata::store", "recording schema %1").arg(m.version), q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
        version = m.version;
    }
    d.version = version;
    return {};
}

namespace {

// The services of this process, by absolute data directory, while something holds them.
QMutex g_servicesMutex;
std::map<QString, std::weak_ptr<StoreService>> g_services;
QAtomicInt g_starts;
bool g_keep = false;
std::vector<std::shared_ptr<StoreService>> g_kept;

QMutex g_hookMutex;
std::shared_ptr<const std::function<void()>> g_writeHook;

std::shared_ptr<const std::function<void()>> writeTestHook()
{
    QMutexLocker lock(&g_hookMutex);
    return g_writeHook;
}

} // namespace

void StoreService::setWriteTestHook(std::function<void()> hook)
{
    QMutexLocker lock(&g_hookMutex);
    g_writeHook = hook ? std::make_shared<const std::function<void()>>(std::move(hook)) : nullptr;
}

/// The writer thread of a service and its queue. Shared by the service and the thread, so that a
/// service destroyed by one of its own tasks can leave the thread to finish on its own.
struct StoreService::Writer {
    using Task = std::function<void(QSqlDatabase &)>;
    std::mutex mutex;
    std::condition_variable wake;  // a task came, or the service is going
    std::deque<Task> tasks;
    bool stop = false;
    std::thread thread;
    std::thread::id id;  // set before the thread runs a task
    // The thread's own: the write connection, used only there.
    QSqlDatabase db;
    QString name;

    /// The thread: opens the write connection (switching the index to WAL), runs the tasks in
    /// turn, and once the service is gone closes the connection.
    static void run(const std::shared_ptr<Writer> &w, const QString &indexFile, std::promise<Status> opened)
    {
        if (auto e = detail::openConnection(indexFile, QStringLiteral("strata-writer"), true, w->db, w->name)) {
            detail::closeConnection(w->db, w->name);
            opened.set_value(*e);
            return;
        }
        opened.set_value(Status());
        for (;;) {
            Task task;
            {
                std::unique_lock<std::mutex> lock(w->mutex);
                w->wake.wait(lock, [&] { return w->stop || !w->tasks.empty(); });
                if (w->tasks.empty())
                    break;
                task = std::move(w->tasks.front());
                w->tasks.pop_front();
            }
            task(w->db);
        }
        detail::closeConnection(w->db, w->name);
    }
};

StoreService::StoreService(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Status writeIndex(const LocalCache::Private &d, const std::function<Status(LocalCache::Private &w)> &work)
{
    if (d.writer) {
        LocalCache::Private &w = const_cast<LocalCache::Private &>(d);  // a write inside a write
        return work(w);
    }
    return d.service->write([&](QSqlDatabase &db) {
        LocalCache::Private w;
        w.dataDir = d.dataDir;
        w.version = d.version;
        w.db = db;
        w.writer = true;
        return work(w);
    });
}

StoreService::~StoreService()
{
    if (!m_writer || !m_writer->thread.joinable())
        return;
    {
        std::lock_guard<std::mutex> lock(m_writer->mutex);
        m_writer->stop = true;
    }
    m_writer->wake.notify_all();
    // Let go of by one of its own writes (a task held the last reference): the thread ends, and
    // closes the connection, once that task returns; it cannot wait for itself.
    if (std::this_thread::get_id() == m_writer->id)
        m_writer->thread.detach();
    else
        m_writer->thread.join();
}

Status StoreService::write(const std::function<Status(QSqlDatabase &)> &work)
{
    // Held here, not through `this`: the service may be let go of by the task itself.
    const std::shared_ptr<Writer> writer = m_writer;
    if (std::this_thread::get_id() == writer->id) {
        // A write inside a write runs at once (waiting for the queue would wait for itself).
        if (const auto hook = writeTestHook())
            (*hook)();
        return work(writer->db);
    }
    // The promise belongs to the task: the caller's wait may end before set_value has returned.
    const auto done = std::make_shared<std::promise<Status>>();
    std::future<Status> result = done->get_future();
    {
        std::lock_guard<std::mutex> lock(writer->mutex);
        writer->tasks.push_back([&work, done](QSqlDatabase &db) {
            if (const auto hook = writeTestHook())
                (*hook)();
            done->set_value(work(db));
        });
    }
    writer->wake.notify_one();
    return result.get();
}

std::thread::id StoreService::writerThreadId() const { return m_writer ? m_writer->id : std::thread::id(); }

int StoreService::startCount() { return g_starts.loadRelaxed(); }

void StoreService::keepOpened(bool keep)
{
    std::vector<std::shared_ptr<StoreService>> released;
    QMutexLocker lock(&g_servicesMutex);
    g_keep = keep;
    if (!keep)
        released.swap(g_kept);  // let go after the lock
}

Result<std::shared_ptr<StoreService>> StoreService::open(const QString &dataDirIn)
{
    const QString dataDir = QDir(dataDirIn).absolutePath();
    // One start at a time in this process (other processes are waited for by SQLite): a second
    // opener of the same folder waits here and gets the started service.
    QMutexLocker lock(&g_servicesMutex);
    if (auto it = g_services.find(dataDir); it != g_services.end()) {
        if (std::shared_ptr<StoreService> running = it->second.lock()) {
            if (g_keep && std::find(g_kept.begin(), g_kept.end(), running) == g_kept.end())
                g_kept.push_back(running);
            return running;
        }
    }
    std::shared_ptr<StoreService> service(new StoreService(dataDir));
    if (Status s = service->start(); !s.ok())
        return s.error();
    g_services[dataDir] = service;
    if (g_keep)
        g_kept.push_back(service);
    // Forget folders whose services are gone.
    for (auto it = g_services.begin(); it != g_services.end();)
        it = it->second.expired() ? g_services.erase(it) : std::next(it);
    return service;
}

Status StoreService::start()
{
    if (!QDir().mkpath(tempDir()))
        return Error(ErrorCode::IoError, m_dataDir, QCoreApplication::translate("strata::store", "cannot create the cache folder"));
    // The writer thread and its connection, which switches the index to WAL.
    m_writer = std::make_shared<Writer>();
    std::promise<Status> opened;
    std::future<Status> ready = opened.get_future();
    {
        // The id is known before any task can be queued (write() compares it).
        std::lock_guard<std::mutex> lock(m_writer->mutex);
        m_writer->thread = std::thread(&Writer::run, m_writer, indexFile(), std::move(opened));
        m_writer->id = m_writer->thread.get_id();
    }
    if (Status s = ready.get(); !s.ok())
        return s.error();
    // The start-up work is the service's first write.
    const Status started = write([&](QSqlDatabase &db) -> Status {
        LocalCache::Private d;
        d.dataDir = m_dataDir;
        d.db = db;
        d.writer = true;
        if (Status s = migrate(d); !s.ok())
            return s;
        if (Status s = recover(d); !s.ok())
            return s;
        m_version = d.version;
        m_recovery = d.recovery;
        return {};
    });
    if (!started.ok())
        return started.error();
    g_starts.fetchAndAddRelaxed(1);
    qCDebug(lcCore) << "store service started:" << m_dataDir << "schema" << m_version;
    return {};
}

QString StoreService::indexFile() const { return m_dataDir + QStringLiteral("/index.sqlite"); }
QString StoreService::storeDir() const { return m_dataDir + QStringLiteral("/store"); }
QString StoreService::tempDir() const { return m_dataDir + QStringLiteral("/store/tmp"); }
QString StoreService::incomingDir() const { return m_dataDir + QStringLiteral("/incoming"); }
QString StoreService::thumbnailDir() const { return thumbnails().dir(); }
QString StoreService::settingsFile() const { return m_dataDir + QStringLiteral("/strata.ini"); }

Result<QString> StoreService::createStagingDir(const QString &purpose) const
{
    const QString dir = QStringLiteral("%1/%2-p%3-%4")
                            .arg(incomingDir(), purpose)
                            .arg(qint64(::getpid()))
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::IoError, dir, QCoreApplication::translate("strata::store", "cannot create the staging folder for received instances"));
    return dir;
}

qint64 StoreService::quotaBytes() const
{
    return QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("cache/quotaBytes"), 0).toLongLong();
}

Status StoreService::openRepository(LocalCache::Private &d, const QString &prefix)
{
    d.service = shared_from_this();
    d.dataDir = m_dataDir;
    d.version = m_version;
    d.recovery = m_recovery;
    if (prefix.isEmpty())
        return {};  // a repository that only writes: no reader connection
    if (auto e = detail::openConnection(indexFile(), prefix, false, d.db, d.connection))
        return *e;
    return {};
}

Result<std::unique_ptr<LocalCache>> StoreService::studies()
{
    std::unique_ptr<LocalCache> cache(new LocalCache);
    if (Status s = openRepository(*cache->d(), QStringLiteral("strata-cache")); !s.ok())
        return s.error();
    return cache;
}

Result<std::unique_ptr<WorklistRepository>> StoreService::worklist()
{
    std::unique_ptr<WorklistRepository> repo(new WorklistRepository);
    if (Status s = openRepository(*repo->d, QString()); !s.ok())
        return s.error();
    return repo;
}

Result<std::unique_ptr<KeyImageRepository>> StoreService::keyImages()
{
    std::unique_ptr<KeyImageRepository> repo(new KeyImageRepository);
    if (Status s = openRepository(*repo->d, QStringLiteral("strata-keyimages")); !s.ok())
        return s.error();
    return repo;
}

Result<std::unique_ptr<SyncJobRepository>> StoreService::syncJobs()
{
    std::unique_ptr<SyncJobRepository> repo(new SyncJobRepository);
    if (Status s = openRepository(*repo->d, QStringLiteral("strata-sync")); !s.ok())
        return s.error();
    return repo;
}

Result<std::unique_ptr<MeasurementRepository>> StoreService::measurements()
{
    std::unique_ptr<MeasurementRepository> repo(new MeasurementRepository);
    if (Status s = openRepository(*repo->d, QStringLiteral("strata-measurements")); !s.ok())
        return s.error();
    return repo;
}

Result<std::unique_ptr<AuditLog>> StoreService::auditLog()
{
    std::unique_ptr<AuditLog> log(new AuditLog);
    if (Status s = openRepository(*log->d, QStringLiteral("strata-audit")); !s.ok())
        return s.error();
    return log;
}

ThumbnailRepository StoreService::thumbnails() const { return ThumbnailRepository(m_dataDir); }

QString sqliteVersion()
{
    // Qt's SQLite driver links the system library: ask it, on a connection of its own.
    const QString name = QStringLiteral("strata-sqlite-version-%1").arg(quintptr(QThread::currentThreadId()));
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace strata::store
