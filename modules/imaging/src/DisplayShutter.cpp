#include <strata/imaging/DisplayShutter.h>

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace strata::imaging {

ShutterMask::ShutterMask(const dicom::DisplayShutter &shutter) : m_shutter(shutter)
{
    if (shutter.polygon.size() >= 3)
        for (const auto &[r, c] : shutter.polygon)
            m_polygon << QPointF(c - 1.0, r - 1.0);
}

bool ShutterMask::isSeen(int row, int column) const
{
    const dicom::DisplayShutter &shutter = m_shutter;
    if (shutter.rectangular && (column + 1 < shutter.left || column + 1 > shutter.right || row + 1 < shutter.upper || row + 1 > shutter.lower))
        return false;
    if (shutter.circular) {
        const double dx = column + 1 - shutter.centerColumn, dy = row + 1 - shutter.centerRow;
        if (dx * dx + dy * dy > shutter.radius * shutter.radius)
            return false;
    }
    return m_polygon.isEmpty() || m_polygon.containsPoint(QPointF(column, row), Qt::OddEvenFill);
}

std::vector<float> seenValues(const dicom::DisplayShutter &shutter, const float *values, int rows, int columns, std::size_t maxSamples)
{
    std::vector<float> seen;
    if (!values || rows <= 0 || columns <= 0)
        return seen;
    const std::size_t count = std::size_t(rows) * std::size_t(columns);
    const std::size_t stride = std::max<std::size_t>(1, count / std::max<std::size_t>(1, maxSamples));
    seen.reserve(std::min(count / stride + 1, maxSamples + 1));
    const ShutterMask mask(shutter);
    for (std::size_t i = 0; i < count; i += stride)
        if (mask.isSeen(int(i / std::size_t(columns)), int(i % std::size_t(columns))))
            seen.push_back(values[i]);
    return seen;
}

QColor shutterColour(const dicom::DisplayShutter &shutter)
{
    const int grey = std::clamp(int(std::lround(shutter.presentationValue * 255.0 / 65535.0)), 0, 255);
    return QColor(grey, grey, grey);
}

} // namespace strata::imaging
