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

#include <algorithm>
#include <map>
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
        return indexError(indexFile, QStringLiteral("cannot open the index"), db.lastError());
    QSqlQuery q(db);
    QStringList pragmas{QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                        QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA cache_size=-32000")};
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
        return d.sqlError(QStringLiteral("creating schema_version"), q.lastError());
    int version = 0;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        version = q.value(0).toInt();
    for (const detail::Migration &m : detail::kMigrations) {
        if (m.version <= version)
            continue;
        // IMMEDIATE: take the write lock now (waiting for other writers), not at the first write.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return d.sqlError(QStringLiteral("starting migration"), q.lastError());
        // Another process may have migrated while this one waited.
        if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next() && q.value(0).toInt() >= m.version) {
            q.exec(QStringLiteral("COMMIT"));
            version = q.value(0).toInt();
            continue;
        }
        for (const char *const *s = m.statements; *s; ++s) {
            if (!q.exec(QString::fromLatin1(*s))) {
                const Error e = d.sqlError(QStringLiteral("migrating to schema %1").arg(m.version), q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        for (const detail::ColumnAdd *c = m.addColumns; c && c->table; ++c) {
            QSqlQuery info(d.db);
            bool present = false;
            if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(c->table)))) {
                const Error e = d.sqlError(QStringLiteral("migrating to schema %1").arg(m.version), info.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
            while (info.next())
                present = present || info.value(1).toString() == QLatin1String(c->column);
            if (!present && !q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                        .arg(QLatin1String(c->table), QLatin1String(c->column), QLatin1String(c->definition)))) {
                const Error e = d.sqlError(QStringLiteral("migrating to schema %1").arg(m.version), q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version) VALUES(?)"));
        q.addBindValue(m.version);
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
            const Error e = d.sqlError(QStringLiteral("recording schema %1").arg(m.version), q.lastError());
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

} // namespace

StoreService::StoreService(QString dataDir) : m_dataDir(std::move(dataDir)), m_writer(std::make_unique<QRecursiveMutex>()) {}

WriterLock::WriterLock(const std::shared_ptr<StoreService> &service) : m_mutex(service ? &service->writerLock() : nullptr)
{
    if (m_mutex)
        m_mutex->lock();
}

WriterLock::~WriterLock()
{
    if (m_mutex)
        m_mutex->unlock();
}

StoreService::~StoreService() = default;

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
        return Error(ErrorCode::IoError, m_dataDir, QStringLiteral("cannot create the cache folder"));
    // The start-up work runs on a connection of the opening thread, closed again afterwards.
    std::unique_ptr<LocalCache> boot(new LocalCache);
    LocalCache::Private &d = *boot->d();
    d.dataDir = m_dataDir;
    if (auto e = detail::openConnection(indexFile(), QStringLiteral("strata-cache"), true, d.db, d.connection))
        return *e;
    if (Status s = migrate(d); !s.ok())
        return s.error();
    if (Status s = recover(d); !s.ok())
        return s.error();
    m_version = d.version;
    m_recovery = d.recovery;
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
        return Error(ErrorCode::IoError, dir, QStringLiteral("cannot create the staging folder for received instances"));
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
    if (Status s = openRepository(*repo->d, QStringLiteral("strata-worklist")); !s.ok())
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

ThumbnailRepository StoreService::thumbnails() const { return ThumbnailRepository(m_dataDir); }

} // namespace strata::store
