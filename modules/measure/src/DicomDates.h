#pragma once
// DICOM dates and times (DA "20261201", TM "101500.25", DT "20261201101500") as a person reads
// them in the module's texts: "2026-12-01", "10:15" or "10:15:00".
#include <QString>

namespace strata::measure::detail {

/// "20261201" → "2026-12-01"; any other value as it is.
inline QString isoDate(const QString &da)
{
    return da.size() == 8 ? QStringLiteral("%1-%2-%3").arg(da.left(4), da.mid(4, 2), da.mid(6, 2)) : da;
}

/// "101500.25" → "10:15" or, `withSeconds`, "10:15:00" (where the value has them); "" for a
/// value shorter than hours and minutes.
inline QString clockTime(const QString &tm, bool withSeconds)
{
    if (tm.size() < 4)
        return {};
    QString out = tm.left(2) + QLatin1Char(':') + tm.mid(2, 2);
    if (withSeconds && tm.size() >= 6)
        out += QLatin1Char(':') + tm.mid(4, 2);
    return out;
}

/// A date and a time together, what is there of them: "2026-12-01 10:15".
inline QString dateAndTime(const QString &da, const QString &tm, bool withSeconds)
{
    const QString date = da.size() == 8 ? isoDate(da) : QString(), time = clockTime(tm, withSeconds);
    return date.isEmpty() || time.isEmpty() ? date + time : date + QLatin1Char(' ') + time;
}

} // namespace strata::measure::detail
