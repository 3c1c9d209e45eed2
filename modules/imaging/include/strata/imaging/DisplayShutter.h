#pragma once
/// A display shutter (dicom::DisplayShutter) over an image's pixels: which are seen, and the values
/// of those an automatic window should count. The viewer and the thumbnails share it.
#include <strata/dicom/DicomHeader.h>

#include <QColor>
#include <QPolygonF>

#include <cstddef>
#include <vector>

namespace strata::imaging {

/// Which pixels a shutter leaves seen: those whose centre lies inside every shape.
class ShutterMask {
public:
    explicit ShutterMask(const dicom::DisplayShutter &shutter);
    /// Pixel (row, column), 0-based.
    bool isSeen(int row, int column) const;

private:
    dicom::DisplayShutter m_shutter;
    QPolygonF m_polygon;   ///< in pixel coordinates (column, row), 0-based
};

/// The values of a rows × columns image (row-major) that the shutter leaves seen, at most about
/// `maxSamples` of them (a regular stride): what an automatic window should count, not the
/// collimated border. Empty when nothing is seen.
std::vector<float> seenValues(const dicom::DisplayShutter &shutter, const float *values, int rows, int columns,
                              std::size_t maxSamples = std::size_t(1) << 20);

/// The grey a shutter is shown in: its presentation value (0..65535) on the display's 0..255.
QColor shutterColour(const dicom::DisplayShutter &shutter);

} // namespace strata::imaging
