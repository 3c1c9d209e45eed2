#include <strata/ui/models/DicomOverlay.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {

QImage composeOverlays(const std::vector<dicom::OverlayPlane> &planes, int frame, int rows, int columns, QRgb colour)
{
    std::vector<ColouredPlane> coloured;
    for (const dicom::OverlayPlane &plane : planes)
        coloured.push_back({&plane, colour});
    return composeOverlays(coloured, frame, rows, columns);
}

QImage composeOverlays(const std::vector<ColouredPlane> &planes, int frame, int rows, int columns)
{
    if (rows <= 0 || columns <= 0)
        return {};
    // Index 0 transparent, then each colour once.
    QList<QRgb> table{qRgba(0, 0, 0, 0)};
    for (const ColouredPlane &p : planes)
        if (p.plane && !table.contains(p.colour))
            table << p.colour;
    QImage out;
    for (const ColouredPlane &p : planes) {
        if (!p.plane)
            continue;
        const dicom::OverlayPlane &plane = *p.plane;
        const int k = plane.planeFrame(frame);
        if (k < 0)
            continue;
        const int index = int(table.indexOf(p.colour));
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
                    // One bit a pixel for one colour (a mammogram's planes take 2.5 MB, not 80).
                    out = QImage(columns, rows, table.size() <= 2 ? QImage::Format_MonoLSB : QImage::Format_Indexed8);
                    out.setColorTable(table);
                    out.fill(0);
                }
                out.setPixel(x, y, uint(index));
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
