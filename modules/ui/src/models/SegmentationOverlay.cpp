#include <strata/ui/models/SegmentationOverlay.h>

#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace strata::ui {

QString segmentKey(const measure::Segmentation &segmentation, int segmentNumber)
{
    return segmentation.sopInstanceUid + QLatin1Char('/') + QString::number(segmentNumber);
}

QString structureKey(const measure::StructureSet &set, int roiNumber)
{
    return set.sopInstanceUid + QStringLiteral("/roi") + QString::number(roiNumber);
}

namespace {

/// The contours of `structures` on the slice, drawn over `picture` (made when needed).
void drawStructures(SegmentationOverlay &out, const std::vector<std::shared_ptr<const measure::StructureSet>> &structures,
                    const imaging::SliceGeometry &plane, const QString &frameOfReference, double tolerance, const QSet<QString> &hidden)
{
    std::unique_ptr<QPainter> painter;
    for (const auto &set : structures) {
        if (!set || (!set->frameOfReferenceUid.isEmpty() && !frameOfReference.isEmpty() && set->frameOfReferenceUid != frameOfReference))
            continue;
        for (const measure::StructureContour &contour : set->contours) {
            // On the slice: every point within the tolerance of its plane.
            const bool onSlice = std::all_of(contour.points.begin(), contour.points.end(),
                                             [&](const imaging::Vec3 &p) { return std::abs(plane.distance(p)) <= tolerance; });
            if (!onSlice || (!hidden.isEmpty() && hidden.contains(structureKey(*set, contour.roi))))
                continue;
            const measure::StructureRoi *roi = set->roi(contour.roi);
            if (!painter) {
                if (out.picture.isNull()) {
                    out.picture = QImage(plane.width, plane.height, QImage::Format_ARGB32_Premultiplied);
                    out.picture.fill(Qt::transparent);
                }
                painter = std::make_unique<QPainter>(&out.picture);
                painter->setRenderHint(QPainter::Antialiasing, true);
            }
            const std::array<int, 3> rgb = roi ? roi->rgb : std::array<int, 3>{255, 255, 0};
            painter->setPen(QPen(QColor(rgb[0], rgb[1], rgb[2]), 1.5));
            QPolygonF line;
            for (const imaging::Vec3 &p : contour.points) {
                const std::array<double, 2> at = plane.pixelPosition(p);
                line << QPointF(at[0] + 0.5, at[1] + 0.5);   // the picture's pixel (0, 0) covers −0.5…0.5
            }
            if (contour.closed)
                painter->drawPolygon(line);
            else
                painter->drawPolyline(line);
            const QString name = roi ? roi->name : QString::number(contour.roi);
            if (!out.structures.contains(name))
                out.structures << name;
        }
    }
}

} // namespace

SegmentationOverlay composeSegmentations(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                                         const std::vector<std::shared_ptr<const measure::StructureSet>> &structures,
                                         const imaging::SliceGeometry &plane, const QString &frameOfReference, double tolerance,
                                         const QSet<QString> &hidden)
{
    SegmentationOverlay out;
    const int w = plane.width, h = plane.height;
    if (w <= 0 || h <= 0)
        return out;
    const imaging::Vec3 normal = plane.normal();
    std::vector<std::uint16_t> ids;   // 0: none; else an index into colours, from 1
    std::vector<QRgb> colours{0};
    for (const auto &segmentation : segmentations) {
        if (!segmentation)
            continue;
        if (!segmentation->frameOfReferenceUid.isEmpty() && !frameOfReference.isEmpty() && segmentation->frameOfReferenceUid != frameOfReference)
            continue;
        for (std::size_t f = 0; f < segmentation->frames.size(); ++f) {
            const measure::SegmentationFrame &frame = segmentation->frames[f];
            const imaging::SliceGeometry &g = frame.plane;
            if (std::abs(imaging::dot(g.normal(), normal)) < 0.999 || std::abs(plane.distance(g.origin)) > tolerance
                || (!hidden.isEmpty() && hidden.contains(segmentKey(*segmentation, frame.segment))))
                continue;
            // The slice's pixel (x, y) in the frame's pixels: an affine map, stepped along.
            const imaging::Vec3 d = imaging::difference(plane.origin, g.origin);
            const double c0 = imaging::dot(d, g.row) / g.spacing[0], r0 = imaging::dot(d, g.column) / g.spacing[1];
            const double cx = imaging::dot(plane.row, g.row) * plane.spacing[0] / g.spacing[0];
            const double rx = imaging::dot(plane.row, g.column) * plane.spacing[0] / g.spacing[1];
            const double cy = imaging::dot(plane.column, g.row) * plane.spacing[1] / g.spacing[0];
            const double ry = imaging::dot(plane.column, g.column) * plane.spacing[1] / g.spacing[1];
            const measure::Segment *segment = segmentation->segment(frame.segment);
            std::uint16_t id = 0;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    const long c = std::lround(c0 + cx * x + cy * y), r = std::lround(r0 + rx * x + ry * y);
                    if (c < 0 || r < 0 || c >= g.width || r >= g.height || !segmentation->inside(f, int(c), int(r)))
                        continue;
                    if (id == 0) {
                        if (ids.empty())
                            ids.assign(std::size_t(w) * std::size_t(h), 0);
                        const std::array<int, 3> rgb = segment ? segment->rgb : std::array<int, 3>{255, 0, 0};
                        colours.push_back(qRgb(rgb[0], rgb[1], rgb[2]));
                        id = std::uint16_t(colours.size() - 1);
                        const QString label = segment ? segment->label : QStringLiteral("%1").arg(frame.segment);
                        if (!out.labels.contains(label))
                            out.labels << label;
                    }
                    ids[std::size_t(y) * std::size_t(w) + std::size_t(x)] = id;
                }
        }
    }
    if (ids.empty()) {
        drawStructures(out, structures, plane, frameOfReference, tolerance, hidden);
        return out;
    }
    out.picture = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    out.picture.fill(Qt::transparent);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.picture.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::uint16_t id = ids[std::size_t(y) * std::size_t(w) + std::size_t(x)];
            if (!id)
                continue;
            const auto other = [&](int xx, int yy) {
                return xx < 0 || yy < 0 || xx >= w || yy >= h || ids[std::size_t(yy) * std::size_t(w) + std::size_t(xx)] != id;
            };
            const bool edge = other(x - 1, y) || other(x + 1, y) || other(x, y - 1) || other(x, y + 1);
            const int alpha = edge ? 255 : 90;
            const QRgb c = colours[id];
            line[x] = qRgba(qRed(c) * alpha / 255, qGreen(c) * alpha / 255, qBlue(c) * alpha / 255, alpha);
        }
    }
    drawStructures(out, structures, plane, frameOfReference, tolerance, hidden);
    return out;
}

} // namespace strata::ui
