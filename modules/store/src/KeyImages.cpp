// The key images' repository.
#include <strata/store/KeyImageRepository.h>

#include "LocalCachePrivate.h"

#include <QDateTime>
#include <QCoreApplication>

#include <algorithm>

namespace strata::store {

KeyImageRepository::KeyImageRepository() : d(std::make_unique<Private>()) {}

KeyImageRepository::~KeyImageRepository()
{
    if (d)
        detail::closeConnection(d->db, d->connection);
}

Status KeyImageRepository::setKeyImage(const KeyImage &image)
{
    // The instance is looked up on the write connection, in the write: it cannot go in between.
    return writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        q.prepare(QStringLiteral("SELECT se.series_uid, st.study_uid, i.frames FROM instances i JOIN series se ON se.id = i.series_ref"
                                 " JOIN studies st ON st.id = se.study_ref WHERE i.sop_uid = ?"));
        q.addBindValue(image.sopInstanceUid);
        if (!q.exec())
            return w.sqlError(QCoreApplication::translate("strata::store", "finding instance %1").arg(image.sopInstanceUid), q.lastError());
        if (!q.next())
            return Error(ErrorCode::NotFound, image.sopInstanceUid, QCoreApplication::translate("strata::store", "no such instance in the local cache"));
        const QString seriesUid = q.value(0).toString();
        const QString studyUid = q.value(1).toString();
        const int frames = std::max(1, q.value(2).toInt());
        if (image.frame < 0 || image.frame >= frames)
            return Error(ErrorCode::InvalidArgument, image.sopInstanceUid,
                         QCoreApplication::translate("strata::store", "frame %1 is outside the instance (it has %2 frame(s))").arg(image.frame).arg(frames));
        const QDateTime created = image.createdAt.isValid() ? image.createdAt : QDateTime::currentDateTimeUtc();
        q.prepare(QStringLiteral("INSERT INTO key_images(sop_instance_uid, frame, study_instance_uid, series_instance_uid, note, created_at)"
                                 " VALUES(?,?,?,?,?,?) ON CONFLICT(sop_instance_uid, frame) DO UPDATE SET note = excluded.note"));
        q.addBindValue(image.sopInstanceUid);
        q.addBindValue(image.frame);
        q.addBindValue(studyUid);
        q.addBindValue(seriesUid);
        q.addBindValue(image.note);
        q.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return w.sqlError(QCoreApplication::translate("strata::store", "marking key image %1 frame %2").arg(image.sopInstanceUid).arg(image.frame), q.lastError());
        return {};
    });
}

Status KeyImageRepository::removeKeyImage(const QString &sopUid, int frame)
{
    return writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        q.prepare(QStringLiteral("DELETE FROM key_images WHERE sop_instance_uid = ? AND frame = ?"));
        q.addBindValue(sopUid);
        q.addBindValue(frame);
        if (!q.exec())
            return w.sqlError(QCoreApplication::translate("strata::store", "unmarking key image %1 frame %2").arg(sopUid).arg(frame), q.lastError());
        return {};
    });
}

Result<std::vector<KeyImage>> KeyImageRepository::keyImages(const QString &studyUid) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT k.sop_instance_uid, k.frame, k.study_instance_uid, k.series_instance_uid, k.note, k.created_at"
                             " FROM key_images k LEFT JOIN instances i ON i.sop_uid = k.sop_instance_uid"
                             " LEFT JOIN series se ON se.id = i.series_ref WHERE k.study_instance_uid = ?"
                             " ORDER BY se.number, k.series_instance_uid, i.instance_number, k.sop_instance_uid, k.frame"));
    q.addBindValue(studyUid);
    if (!q.exec())
        return d->sqlError(QCoreApplication::translate("strata::store", "reading key images of %1").arg(studyUid), q.lastError());
    std::vector<KeyImage> out;
    while (q.next()) {
        KeyImage k;
        k.sopInstanceUid = q.value(0).toString();
        k.frame = q.value(1).toInt();
        k.studyInstanceUid = q.value(2).toString();
        k.seriesInstanceUid = q.value(3).toString();
        k.note = q.value(4).toString();
        k.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out.push_back(k);
    }
    return out;
}

Result<bool> KeyImageRepository::isKeyImage(const QString &sopUid, int frame) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT 1 FROM key_images WHERE sop_instance_uid = ? AND frame = ?"));
    q.addBindValue(sopUid);
    q.addBindValue(frame);
    if (!q.exec())
        return d->sqlError(QCoreApplication::translate("strata::store", "reading key image %1").arg(sopUid), q.lastError());
    return q.next();
}

} // namespace strata::store
