// The reading worklist's repository: status, priority, opened.
#include <strata/store/WorklistRepository.h>

#include "LocalCachePrivate.h"

#include <QDateTime>

namespace strata::store {

namespace {
Status studyUpdate(const LocalCache::Private &d, const char *sql, int value, const QString &uid)
{
    WriterLock writerLock(d.service);
    QSqlQuery q(d.db);
    q.prepare(QLatin1String(sql));
    q.addBindValue(value);
    q.addBindValue(uid);
    if (!q.exec())
        return d.sqlError(QStringLiteral("updating study %1").arg(uid), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, uid, QStringLiteral("no such study in the local cache"));
    return {};
}
} // namespace

WorklistRepository::WorklistRepository() : d(std::make_unique<Private>()) {}

WorklistRepository::~WorklistRepository()
{
    if (d)
        detail::closeConnection(d->db, d->connection);
}

Status WorklistRepository::setReadingStatus(const QString &uid, ReadingStatus status)
{
    return studyUpdate(*d, "UPDATE studies SET reading_status = ? WHERE study_uid = ?", int(status), uid);
}

Status WorklistRepository::setPriority(const QString &uid, Priority priority)
{
    return studyUpdate(*d, "UPDATE studies SET priority = ? WHERE study_uid = ?", int(priority), uid);
}

Result<bool> WorklistRepository::markOpened(const QString &uid)
{
    Private &d = *this->d;
    WriterLock writerLock(d.service);
    if (!d.db.transaction())
        return d.sqlError(QStringLiteral("marking study %1 as opened").arg(uid), d.db.lastError());
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("UPDATE studies SET last_access = ? WHERE study_uid = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(uid);
    if (!q.exec()) {
        const Error e = d.sqlError(QStringLiteral("marking study %1 as opened").arg(uid), q.lastError());
        d.db.rollback();
        return e;
    }
    if (q.numRowsAffected() == 0) {
        d.db.rollback();
        return Error(ErrorCode::NotFound, uid, QStringLiteral("no such study in the local cache"));
    }
    q.prepare(QStringLiteral("UPDATE studies SET reading_status = ? WHERE study_uid = ? AND reading_status = ?"));
    q.addBindValue(int(ReadingStatus::Read));
    q.addBindValue(uid);
    q.addBindValue(int(ReadingStatus::Unread));
    if (!q.exec()) {
        const Error e = d.sqlError(QStringLiteral("marking study %1 as read").arg(uid), q.lastError());
        d.db.rollback();
        return e;
    }
    const bool changed = q.numRowsAffected() > 0;
    if (!d.db.commit()) {
        const Error e = d.sqlError(QStringLiteral("marking study %1 as opened").arg(uid), d.db.lastError());
        d.db.rollback();
        return e;
    }
    return changed;
}

} // namespace strata::store
