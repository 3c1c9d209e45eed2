#pragma once
/// Numbers given as text on a command line: "x,y,z" points, "x0,y0,z0,x1,y1,z1" boxes.
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <vector>

namespace strata {

/// The comma-separated numbers of `text` ("-90, -10.5,80"): exactly `count` of them, each finite
/// ("nan" and "inf", which Qt reads as numbers, are refused); none otherwise.
inline std::optional<std::vector<double>> commaSeparatedNumbers(const QString &text, int count)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != count)
        return std::nullopt;
    std::vector<double> values;
    values.reserve(std::size_t(count));
    for (const QString &part : parts) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        values.push_back(v);
    }
    return values;
}

} // namespace strata
