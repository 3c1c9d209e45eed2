#include <strata/ui/models/DicomOverlay.h>

namespace strata::ui {

QImage composeOverlays(const std::vector<dicom::OverlayPlane> &planes, int frame, int rows, int columns, QRgb colour)
{
    if (rows <= 0 || columns <= 0)
        return {};
    QImage out;
    for (const dicom::OverlayPlane &plane : planes) {
        const std::uint8_t *bits = plane.onFrame(frame);
        if (!bits)
            continue;
        for (int r = 0; r < plane.rows; ++r) {
            const int y = plane.originRow - 1 + r;
            if (y < 0 || y >= rows)
                continue;
            const std::uint8_t *line = bits + std::size_t(r) * std::size_t(plane.columns);
            for (int c = 0; c < plane.columns; ++c) {
                const int x = plane.originColumn - 1 + c;
                if (!line[c] || x < 0 || x >= columns)
                    continue;
                if (out.isNull()) {
                    out = QImage(columns, rows, QImage::Format_ARGB32);
                    out.fill(Qt::transparent);
                }
                reinterpret_cast<QRgb *>(out.scanLine(y))[x] = colour;
            }
        }
    }
    return out;
}

} // namespace strata::ui
