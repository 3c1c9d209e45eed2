#pragma once
// Private: query values as DICOM matching wants them, shared by C-FIND and QIDO-RS.
#include <QDate>
#include <QString>

namespace strata::net::detail {

/// A DICOM date range: "" (any), "20200101", "20200101-", "-20201231" or "20200101-20201231".
inline QString dicomDateRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    const QString f = from.isValid() ? from.toString(QStringLiteral("yyyyMMdd")) : QString();
    const QString t = to.isValid() ? to.toString(QStringLiteral("yyyyMMdd")) : QString();
    return f == t ? f : f + QLatin1Char('-') + t;
}

} // namespace strata::net::detail
