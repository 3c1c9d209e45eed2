#pragma once
/// CSV as spreadsheets read it (RFC 4180): a field holding a comma, a quote or a line break is
/// quoted, its quotes doubled.
#include <QString>

namespace strata {

inline QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace strata
