// The measurements' repository.
#include <strata/store/MeasurementRepository.h>

#include "LocalCachePrivate.h"

#include <strata/store/AuditLog.h>

#include <QDateTime>
#include <QCoreApplication>

namespace strata::store {

namespace {

constexpr const char *kColumns = "uid, study_instance_uid, series_instance_uid, sop_instance_uid, frame, kind, author,"
                                 " created_at, modified_at, payload, mask";

MeasurementRecord recordOf(const QSqlQuery &q)
{
    MeasurementRecord r;
    r.uid = q.value(0).toString();
    r.studyInstanceUid = q.value(1).toString();
    r.seriesInstanceUid = q.value(2).toString();
    r.sopInstanceUid = q.value(3).toString();
    r.frame = q.value(4).toInt();
    r.kind = q.value(5).toString();
    r.author = q.value(6).toString();
    r.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.modifiedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.payload = q.value(9).toString().toUtf8();
    r.mask = q.value(10).toByteArray();
    return r;
}

} // namespace

MeasurementRepository::MeasurementRepository() : d(std::make_unique<Private>()) {}

MeasurementRepository::~MeasurementRepository()
{
    if (d)
        detail::closeConnection(d->db, d->connection);
}

Status MeasurementRepository::saveMeasurement(const MeasurementRecord &record)
{
    if (record.uid.isEmpty() || record.studyInstanceUid.isEmpty() || record.kind.isEmpty())
        return Error(ErrorCode::InvalidArgument, record.uid, QCoreApplication::translate("strata::store", "a measurement needs a uid, a study and a kind"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = record.createdAt.isValid() ? record.createdAt : now;
    const QDateTime modified = record.modifiedAt.isValid() ? record.modifiedAt : now;
    const Status s = writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        q.prepare(QStringLiteral("INSERT INTO measurements(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?)"
                                 " ON CONFLICT(uid) DO UPDATE SET study_instance_uid = excluded.study_instance_uid,"
                                 " series_instance_uid = excluded.series_instance_uid, sop_instance_uid = excluded.sop_instance_uid,"
                                 " frame = excluded.frame, kind = excluded.kind, author = excluded.author,"
                                 " modified_at = excluded.modified_at, payload = excluded.payload, mask = excluded.mask")
                      .arg(QLatin1String(kColumns)));
        q.addBindValue(record.uid);
        q.addBindValue(record.studyInstanceUid);
        q.addBindValue(record.seriesInstanceUid);
        q.addBindValue(record.sopInstanceUid);
        q.addBindValue(record.frame);
        q.addBindValue(record.kind);
        q.addBindValue(record.author);
        q.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(modified.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(QString::fromUtf8(record.payload));
        q.addBindValue(record.mask.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(record.mask));
        if (!q.exec())
            return w.sqlError(QCoreApplication::translate("strata::store", "saving measurement %1").arg(record.uid), q.lastError());
        return {};
    });
    // A measurement is the reader's finding about the patient: each change is audited.
    audit(*d->service, {QStringLiteral("measurement-change"), record.studyInstanceUid,
                        s.ok() ? QStringLiteral("success") : QStringLiteral("failure"), {},
                        record.mask.isEmpty() ? QStringLiteral("%1 %2 saved").arg(record.kind, record.uid)
                                              : QStringLiteral("%1 %2 saved with its mask (%3 bytes)")
                                                    .arg(record.kind, record.uid).arg(record.mask.size())});
    return s;
}

Status MeasurementRepository::removeMeasurement(const QString &uid)
{
    QString study;  // of the row removed; none when there was no such measurement
    const Status s = writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        q.prepare(QStringLiteral("DELETE FROM measurements WHERE uid = ? RETURNING study_instance_uid"));
        q.addBindValue(uid);
        if (!q.exec())
            return w.sqlError(QCoreApplication::translate("strata::store", "removing measurement %1").arg(uid), q.lastError());
        if (q.next())
            study = q.value(0).toString();
        return {};
    });
    if (!s.ok() || !study.isEmpty())
        audit(*d->service, {QStringLiteral("measurement-change"), study.isEmpty() ? uid : study,
                            s.ok() ? QStringLiteral("success") : QStringLiteral("failure"), {},
                            QStringLiteral("%1 removed").arg(uid)});
    return s;
}

Result<std::vector<MeasurementRecord>> MeasurementRepository::measurements(const QString &studyUid) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM measurements WHERE study_instance_uid = ? ORDER BY created_at, uid")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(studyUid);
    if (!q.exec())
        return d->sqlError(QCoreApplication::translate("strata::store", "reading measurements of %1").arg(studyUid), q.lastError());
    std::vector<MeasurementRecord> out;
    while (q.next())
        out.push_back(recordOf(q));
    return out;
}

Result<std::optional<MeasurementRecord>> MeasurementRepository::measurement(const QString &uid) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM measurements WHERE uid = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(uid);
    if (!q.exec())
        return d->sqlError(QCoreApplication::translate("strata::store", "reading measurement %1").arg(uid), q.lastError());
    if (!q.next())
        return std::optional<MeasurementRecord>{};
    return std::optional<MeasurementRecord>{recordOf(q)};
}

Result<bool> MeasurementRepository::reportImported(const QString &sopInstanceUid) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM measurement_reports WHERE sop_instance_uid = ?"));
    q.addBindValue(sopInstanceUid);
    if (!q.exec())
        return d->sqlError(QCoreApplication::translate("strata::store", "reading measurement report %1").arg(sopInstanceUid), q.lastError());
    return q.next();
}

Status MeasurementRepository::markReportImported(const QString &sopInstanceUid, const QString &studyUid, int added)
{
    if (sopInstanceUid.isEmpty() || studyUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, sopInstanceUid, QCoreApplication::translate("strata::store", "a measurement report needs a uid and a study"));
    const Status s = writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO measurement_reports(sop_instance_uid, study_instance_uid, measurements,"
                                 " imported_at) VALUES(?,?,?,?)"));
        q.addBindValue(sopInstanceUid);
        q.addBindValue(studyUid);
        q.addBindValue(added);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return w.sqlError(QCoreApplication::translate("strata::store", "recording measurement report %1").arg(sopInstanceUid), q.lastError());
        return {};
    });
    audit(*d->service, {QStringLiteral("measurement-change"), studyUid, s.ok() ? QStringLiteral("success") : QStringLiteral("failure"), {},
                        QStringLiteral("report %1 imported: %2 new measurement(s)").arg(sopInstanceUid).arg(added)});
    return s;
}

} // namespace strata::store
