// The reading worklist's repository: status, priority, opened.
#include <strata/store/WorklistRepository.h>

#include "LocalCachePrivate.h"

#include <strata/store/StoreService.h>

#include <QDateTime>
#include <QCoreApplication>

namespace strata::store {

namespace {
Status studyUpdate(const LocalCache::Private &d, const char *sql, int value, const QString &uid)
{
    return writeIndex(d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        q.prepare(QLatin1String(sql));
        q.addBindValue(value);
        q.addBindValue(uid);
        if (!q.exec())
            return w.sqlError(QCoreApplication::translate("strata::store", "updating study %1").arg(uid), q.lastError());
        if (q.numRowsAffected() == 0)
            return Error(ErrorCode::NotFound, uid, QCoreApplication::translate("strata::store", "no such study in the local cache"));
        return {};
    });
}
} // namespace

WorklistRepository::WorklistRepository() : d(std::make_unique<Private>()) {}

WorklistRepository::~WorklistRepository() = default;

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
    bool changed = false;
    const Status s = writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        if (!w.db.transaction())
            return w.sqlError(QCoreApplication::translate("strata::store", "marking study %1 as opened").arg(uid), w.db.lastError());
        QSqlQuery q(w.db);
        q.prepare(QStringLiteral("UPDATE studies SET last_access = ? WHERE study_uid = ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(uid);
        if (!q.exec()) {
            const Error e = w.sqlError(QCoreApplication::translate("strata::store", "marking study %1 as opened").arg(uid), q.lastError());
            w.db.rollback();
            return e;
        }
        if (q.numRowsAffected() == 0) {
            w.db.rollback();
            return Error(ErrorCode::NotFound, uid, QCoreApplication::translate("strata::store", "no such study in the local cache"));
        }
        q.prepare(QStringLiteral("UPDATE studies SET reading_status = ? WHERE study_uid = ? AND reading_status = ?"));
        q.addBindValue(int(ReadingStatus::Read));
        q.addBindValue(uid);
        q.addBindValue(int(ReadingStatus::Unread));
        if (!q.exec()) {
            const Error e = w.sqlError(QCoreApplication::translate("strata::store", "marking study %1 as read").arg(uid), q.lastError());
            w.db.rollback();
            return e;
        }
        changed = q.numRowsAffected() > 0;
        if (!w.db.commit()) {
            const Error e = w.sqlError(QCoreApplication::translate("strata::store", "marking study %1 as opened").arg(uid), w.db.lastError());
            w.db.rollback();
            return e;
        }
        return {};
    });
    if (!d->writer)
        audit(*d->service, {QStringLiteral("study-opened"), uid, s.ok() ? QStringLiteral("success") : QStringLiteral("failure"),
                            {}, s.ok() ? QString() : s.error().message()});
    if (!s.ok())
        return s.error();
    return changed;
}

} // namespace strata::store
