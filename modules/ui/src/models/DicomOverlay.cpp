#include <strata/ui/models/DicomOverlay.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {

QImage composeOverlays(const std::vector<dicom::OverlayPlane> &planes, int frame, int rows, int columns, QRgb colour)
{
    if (rows <= 0 || columns <= 0)
        return {};
    QImage out;
    for (const dicom::OverlayPlane &plane : planes) {
        const int k = plane.planeFrame(frame);
        if (k < 0)
            continue;
        // Only the part of the plane over the image is read (a plane may be far larger).
        const int firstRow = std::max(0, 1 - plane.originRow), lastRow = std::min(plane.rows, rows + 1 - plane.originRow);
        const int firstColumn = std::max(0, 1 - plane.originColumn), lastColumn = std::min(plane.columns, columns + 1 - plane.originColumn);
        for (int r = firstRow; r < lastRow; ++r) {
            const int y = plane.originRow - 1 + r;
            for (int c = firstColumn; c < lastColumn; ++c) {
                const int x = plane.originColumn - 1 + c;
                if (!plane.isSet(k, r, c))
                    continue;
                if (out.isNull()) {
                    // One bit a pixel: index 0 transparent, 1 the colour (a mammogram's planes
                    // take 2.5 MB, not 80).
                    out = QImage(columns, rows, QImage::Format_MonoLSB);
                    out.setColorTable({qRgba(0, 0, 0, 0), colour});
                    out.fill(0);
                }
                out.setPixel(x, y, 1);
            }
        }
    }
    return out;
}

QPainterPath shutteredRegion(const dicom::DisplayShutter &shutter, int rows, int columns)
{
    QPainterPath image;
    image.addRect(QRectF(-0.5, -0.5, columns, rows));
    if (shutter.isEmpty() || rows <= 0 || columns <= 0)
        return {};
    QPainterPath seen = image;
    if (shutter.rectangular) {
        QPainterPath rect;
        rect.addRect(QRectF(QPointF(shutter.left - 1.5, shutter.upper - 1.5), QPointF(shutter.right - 0.5, shutter.lower - 0.5)));
        seen = seen.intersected(rect);
    }
    if (shutter.circular) {
        QPainterPath circle;
        circle.addEllipse(QPointF(shutter.centerColumn - 1.0, shutter.centerRow - 1.0), shutter.radius, shutter.radius);
        seen = seen.intersected(circle);
    }
    if (shutter.polygon.size() >= 3) {
        QPolygonF polygon;
        for (const auto &[row, column] : shutter.polygon)
            polygon << QPointF(column - 1.0, row - 1.0);
        QPainterPath inside;
        inside.addPolygon(polygon);
        inside.closeSubpath();
        seen = seen.intersected(inside);
    }
    return image.subtracted(seen);
}

} // namespace strata::ui
