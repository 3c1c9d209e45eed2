// The studies repository's statistics: totals, modalities, days.
#include <strata/store/LocalCache.h>

#include "LocalCachePrivate.h"

#include <QDateTime>
#include <QSet>
#include <QCoreApplication>

namespace strata::store {

Result<CacheTotals> LocalCache::totals() const
{
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM patients), COUNT(*), COALESCE(SUM(series_count), 0),"
                               " COALESCE(SUM(instance_count), 0), COALESCE(SUM(size_bytes), 0) FROM studies"))
        || !q.next())
        return m_d->sqlError(QCoreApplication::translate("strata::store", "counting the cache"), q.lastError());
    CacheTotals t;
    t.patients = q.value(0).toLongLong();
    t.studies = q.value(1).toLongLong();
    t.series = q.value(2).toLongLong();
    t.instances = q.value(3).toLongLong();
    t.bytes = q.value(4).toLongLong();
    return t;
}

Result<std::vector<ModalityCount>> LocalCache::modalityCounts() const
{
    // The series rows carry their instance counts and sizes: no instance row is read.
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(modality, '') AS m, COUNT(DISTINCT study_ref), COUNT(*), SUM(instance_count),"
                               " SUM(size_bytes) FROM series GROUP BY m ORDER BY 4 DESC, m")))
        return m_d->sqlError(QCoreApplication::translate("strata::store", "counting per modality"), q.lastError());
    std::vector<ModalityCount> out;
    while (q.next()) {
        ModalityCount m;
        m.modality = q.value(0).toString();
        m.studies = q.value(1).toInt();
        m.series = q.value(2).toLongLong();
        m.instances = q.value(3).toLongLong();
        m.bytes = q.value(4).toLongLong();
        out.push_back(m);
    }
    return out;
}

Result<std::vector<DayCount>> LocalCache::dayCounts(DateBasis basis, const QDate &first, const QDate &last) const
{
    if (!first.isValid() || !last.isValid() || last < first)
        return Error(ErrorCode::InvalidArgument, indexFile(), QCoreApplication::translate("strata::store", "day counts need a valid range of days"));
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    std::vector<DayCount> out;
    for (QDate day = first; day <= last; day = day.addDays(1))
        out.push_back({day, 0, 0});
    if (basis == DateBasis::ImportDate) {
        // import_hours has a row per UTC hour and study: the local days' bounds become UTC hours, and
        // each hour is folded into its local day here (a study counts once per day).
        auto hourOf = [](const QDate &day) { return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH")); };
        q.prepare(QStringLiteral("SELECT hour, study_ref, instances FROM import_hours WHERE hour >= ? AND hour < ?"));
        q.addBindValue(hourOf(first));
        q.addBindValue(hourOf(last.addDays(1)));
        if (!q.exec())
            return m_d->sqlError(QCoreApplication::translate("strata::store", "counting per import day"), q.lastError());
        std::vector<QSet<qint64>> studiesOfDay(out.size());
        QString lastHour;
        QDate lastDay;
        while (q.next()) {
            const QString hour = q.value(0).toString();
            if (hour != lastHour) {
                lastHour = hour;
                lastDay = QDateTime::fromString(hour + QStringLiteral(":00:00Z"), Qt::ISODate).toLocalTime().date();
            }
            if (!lastDay.isValid() || lastDay < first || lastDay > last)
                continue;
            const std::size_t i = std::size_t(first.daysTo(lastDay));
            studiesOfDay[i].insert(q.value(1).toLongLong());
            out[i].instances += q.value(2).toLongLong();
        }
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i].studies = int(studiesOfDay[i].size());
        return out;
    }
    q.prepare(QStringLiteral("SELECT study_date, COUNT(*), SUM(instance_count) FROM studies"
                             " WHERE study_date >= ? AND study_date < ? GROUP BY study_date"));
    q.addBindValue(first.toString(QStringLiteral("yyyyMMdd")));
    q.addBindValue(last.addDays(1).toString(QStringLiteral("yyyyMMdd")));
    if (!q.exec())
        return m_d->sqlError(QCoreApplication::translate("strata::store", "counting per study date"), q.lastError());
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString().left(8), QStringLiteral("yyyyMMdd"));
        if (!day.isValid() || day < first || day > last)
            continue;  // a malformed Study Date
        DayCount &c = out[std::size_t(first.daysTo(day))];
        c.studies += q.value(1).toInt();
        c.instances += q.value(2).toLongLong();
    }
    return out;
}

Result<CacheStatistics> LocalCache::statistics(DateBasis basis, int days, const QDate &today) const
{
    if (days < 1)
        return Error(ErrorCode::InvalidArgument, indexFile(), QCoreApplication::translate("strata::store", "statistics need at least one day"));
    CacheStatistics stats;
    stats.basis = basis;
    stats.last = today;
    stats.first = today.addDays(1 - days);
    // One read transaction: the figures agree with each other even while an import commits.
    const bool snapshot = m_d->db.transaction();
    auto totalsResult = totals();
    auto modalities = totalsResult.ok() ? modalityCounts() : Result<std::vector<ModalityCount>>(totalsResult.error());
    auto perDay = modalities.ok() ? dayCounts(basis, stats.first, stats.last) : Result<std::vector<DayCount>>(modalities.error());
    if (snapshot)
        m_d->db.commit();
    if (!perDay.ok())
        return perDay.error();
    stats.totals = totalsResult.value();
    stats.modalities = std::move(modalities).value();
    stats.days = std::move(perDay).value();
    return stats;
}

} // namespace strata::store
