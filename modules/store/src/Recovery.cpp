// Crash safety of the store: the pending files of imports, the pending deletions, and the
// recovery scan the store service runs once when it starts.
#include "IsoExtract.h"
#include "LocalCachePrivate.h"

#include <strata/core/Logging.h>

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QCoreApplication>

#include <csignal>
#include <cerrno>
#include <unistd.h>

namespace strata::store {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == qint64(::getpid()))
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

qint64 newImportOwner()
{
    static QAtomicInteger<quint32> counter;
    return (qint64(::getpid()) << 32) | qint64(++counter);
}

namespace {

/// A write transaction that takes SQLite's lock at once (other processes' writers wait, or are
/// waited for); on the writer connection, inside a write.
class WriteLock {
public:
    explicit WriteLock(LocalCache::Private &d) : m_q(d.db)
    {
        Q_ASSERT(d.writer);
        m_ok = m_q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock()
    {
        if (m_ok && !m_done)
            m_q.exec(QStringLiteral("ROLLBACK"));
    }
    bool ok() const { return m_ok; }
    QSqlError error() const { return m_q.lastError(); }
    bool commit()
    {
        m_done = true;
        if (m_q.exec(QStringLiteral("COMMIT")))
            return true;
        m_q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QSqlQuery m_q;
    bool m_ok = false;
    bool m_done = false;
};

/// Whether an instance references `file` or a live importer other than `exceptOwner` has it pending.
Result<bool> fileInUse(LocalCache::Private &d, const QString &file, qint64 exceptOwner)
{
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("SELECT 1 FROM instances WHERE file = ? LIMIT 1"));
    q.addBindValue(file);
    if (!q.exec())
        return d.sqlError(QCoreApplication::translate("strata::store", "checking a stored file"), q.lastError());
    if (q.next())
        return true;
    q.prepare(QStringLiteral("SELECT DISTINCT owner FROM pending_files WHERE file = ? AND owner <> ?"));
    q.addBindValue(file);
    q.addBindValue(exceptOwner);
    if (!q.exec())
        return d.sqlError(QCoreApplication::translate("strata::store", "checking a stored file"), q.lastError());
    while (q.next())
        if (processAlive(ownerProcess(q.value(0).toLongLong())))
            return true;
    return false;
}

} // namespace

Result<int> rollBackPending(LocalCache::Private &d, qint64 owner)
{
    WriteLock lock(d);
    if (!lock.ok())
        return d.sqlError(QCoreApplication::translate("strata::store", "rolling back pending files"), lock.error());
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("SELECT DISTINCT file FROM pending_files WHERE owner = ?"));
    q.addBindValue(owner);
    if (!q.exec())
        return d.sqlError(QCoreApplication::translate("strata::store", "reading pending files"), q.lastError());
    QStringList files;
    while (q.next())
        files << q.value(0).toString();
    int removed = 0;
    for (const QString &file : files) {
        auto inUse = fileInUse(d, file, owner);
        if (!inUse.ok())
            return inUse.error();
        if (!inUse.value() && QFile::remove(d.absolute(file)))
            ++removed;
    }
    q.prepare(QStringLiteral("DELETE FROM pending_files WHERE owner = ?"));
    q.addBindValue(owner);
    if (!q.exec() || !lock.commit())
        return d.sqlError(QCoreApplication::translate("strata::store", "clearing pending files"), q.lastError());
    return removed;
}

Result<int> finishPendingDeletes(LocalCache::Private &d, QStringList *failed)
{
    WriteLock lock(d);
    if (!lock.ok())
        return d.sqlError(QCoreApplication::translate("strata::store", "finishing deletions"), lock.error());
    QSqlQuery q(d.db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT file FROM pending_deletes")))
        return d.sqlError(QCoreApplication::translate("strata::store", "reading pending deletions"), q.lastError());
    QStringList files;
    while (q.next())
        files << q.value(0).toString();
    int removed = 0;
    QStringList kept;
    for (const QString &file : files) {
        auto inUse = fileInUse(d, file, 0);
        if (!inUse.ok())
            return inUse.error();
        const QString path = d.absolute(file);
        if (inUse.value() || !QFile::exists(path))
            continue;
        if (QFile::remove(path)) {
            ++removed;
        } else {
            if (failed)
                *failed << path;
            kept << file;  // tried again at the next open
        }
    }
    if (!q.exec(QStringLiteral("DELETE FROM pending_deletes")))
        return d.sqlError(QCoreApplication::translate("strata::store", "clearing pending deletions"), q.lastError());
    q.prepare(QStringLiteral("INSERT INTO pending_deletes(file) VALUES(?)"));
    for (const QString &file : kept) {
        q.addBindValue(file);
        if (!q.exec())
            return d.sqlError(QCoreApplication::translate("strata::store", "keeping pending deletions"), q.lastError());
    }
    if (!lock.commit())
        return d.sqlError(QCoreApplication::translate("strata::store", "clearing pending deletions"), d.db.lastError());
    return removed;
}

namespace {

/// The staging folders under <data>/incoming whose process is gone: "<purpose>-p<pid>-<uuid>"
/// (StoreService::createStagingDir). Folders named before the pid was part of the name
/// ("<purpose>-<uuid>") go once they are a day old: no live transfer takes that long.
int removeDeadStagingFolders(const QString &incoming)
{
    static const QRegularExpression withPid(QStringLiteral("^[A-Za-z0-9_]+-p([0-9]+)-"));
    int removed = 0;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &dir : QDir(incoming).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch m = withPid.match(dir.fileName());
        const bool dead = m.hasMatch() ? !processAlive(m.captured(1).toLongLong()) : dir.lastModified().toUTC() < dayAgo;
        if (dead && QDir(dir.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace

Status recover(LocalCache::Private &d)
{
    // Received instances staged by a process that died before importing them.
    d.recovery.stagingFoldersRemoved += removeDeadStagingFolders(d.dataDir + QStringLiteral("/incoming"));
    // Temporary copies never reached the store.
    QDirIterator tmp(d.tempDir(), QDir::Files);
    while (tmp.hasNext()) {
        const QString f = tmp.next();
        // A live importer in another process may be writing it: temp names carry the writer's pid.
        const qint64 pid = QFileInfo(f).fileName().section(QLatin1Char('-'), 0, 0).toLongLong();
        if (!processAlive(pid) && QFile::remove(f))
            ++d.recovery.tempFilesRemoved;
    }
    // Extraction folders of zip and disc image imports whose process died ("zip-<pid>-XXXXXX",
    // "iso-<pid>-XXXXXX"). An image's folders may still be read-only as it recorded them (the
    // process died before it made them writable): made writable first, or nothing in them goes.
    for (const QFileInfo &dir : QDir(d.tempDir()).entryInfoList({QStringLiteral("zip-*"), QStringLiteral("iso-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const qint64 pid = dir.fileName().section(QLatin1Char('-'), 1, 1).toLongLong();
        if (processAlive(pid))
            continue;
        makeFoldersWritable(dir.absoluteFilePath());
        if (QDir(dir.absoluteFilePath()).removeRecursively())
            ++d.recovery.tempFilesRemoved;
    }
    QSqlQuery q(d.db);
    // Files of batches whose importer died before indexing them; a file that a live importer
    // also has pending (it found it in the store and re-uses it) stays.
    if (!q.exec(QStringLiteral("SELECT DISTINCT owner FROM pending_files")))
        return d.sqlError(QCoreApplication::translate("strata::store", "reading pending files"), q.lastError());
    QList<qint64> deadOwners;
    while (q.next())
        if (!processAlive(ownerProcess(q.value(0).toLongLong())))
            deadOwners << q.value(0).toLongLong();
    for (qint64 owner : deadOwners) {
        auto removed = rollBackPending(d, owner);
        if (!removed.ok())
            return removed.error();
        d.recovery.orphanFilesRemoved += removed.value();
    }
    // Deletions whose files were not all removed.
    auto finished = finishPendingDeletes(d);
    if (!finished.ok())
        return finished.error();
    d.recovery.pendingDeletesFinished += finished.value();
    if (d.recovery.orphanFilesRemoved || d.recovery.pendingDeletesFinished || d.recovery.tempFilesRemoved)
        qCInfo(lcCore) << "cache recovery:" << d.recovery.orphanFilesRemoved << "orphan file(s),"
                       << d.recovery.pendingDeletesFinished << "pending deletion(s),"
                       << d.recovery.tempFilesRemoved << "temporary file(s)";
    if (d.recovery.stagingFoldersRemoved)
        qCInfo(lcCore) << "cache recovery:" << d.recovery.stagingFoldersRemoved << "staging folder(s) of received instances";
    return {};
}

} // namespace strata::store
