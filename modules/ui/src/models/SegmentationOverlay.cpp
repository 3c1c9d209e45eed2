#include <strata/ui/models/SegmentationOverlay.h>

#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <functional>

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

namespace {

/// The pixels of the slice each segment covers: an id a pixel (0: none), a colour an id.
struct Coverage {
    int width = 0, height = 0;
    std::vector<std::uint16_t> ids;
    std::vector<QRgb> colours{0};
    std::vector<bool> outlined{false};   ///< an id drawn as its edge only (a structure's region)

    std::uint16_t add(const std::array<int, 3> &rgb, bool outline)
    {
        if (ids.empty())
            ids.assign(std::size_t(width) * std::size_t(height), 0);
        if (colours.size() >= 65535)
            return std::uint16_t(colours.size() - 1);   // more segments on one slice than ids: the last one's
        colours.push_back(qRgb(rgb[0], rgb[1], rgb[2]));
        outlined.push_back(outline);
        return std::uint16_t(colours.size() - 1);
    }
};

/// The frames of one segment of one orientation that lie across the slice, by their position
/// along their normal: what a coronal or oblique plane cuts of an axial segmentation.
struct Across {
    const measure::Segmentation *segmentation = nullptr;
    int segment = 0;
    imaging::Vec3 normal{0, 0, 0};
    std::vector<std::pair<double, std::size_t>> frames;   ///< position, frame index (sorted)
    double tolerance = 0.5;   ///< half the frames' spacing: a frame stands for that slab of space
};

/// Half the smallest step between distinct positions (sorted), else `otherwise`.
double halfStep(const std::vector<std::pair<double, std::size_t>> &frames, double otherwise)
{
    double step = HUGE_VAL;
    for (std::size_t i = 1; i < frames.size(); ++i)
        if (const double d = frames[i].first - frames[i - 1].first; d > 0.01)
            step = std::min(step, d);
    return std::isfinite(step) ? step / 2 : otherwise;
}

/// The frames of `segmentation` not parallel to `normal`, grouped by segment and orientation.
std::vector<Across> acrossGroups(const measure::Segmentation &segmentation, const imaging::Vec3 &normal)
{
    std::vector<Across> groups;
    for (std::size_t f = 0; f < segmentation.frames.size(); ++f) {
        const measure::SegmentationFrame &frame = segmentation.frames[f];
        const imaging::Vec3 n = frame.plane.normal();
        if (std::abs(imaging::dot(n, normal)) >= 0.999)
            continue;
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const Across &g) { return g.segment == frame.segment && std::abs(imaging::dot(g.normal, n)) > 0.9999; });
        if (group == groups.end())
            group = groups.insert(groups.end(), Across{&segmentation, frame.segment, n, {}, 0.5});
        group->frames.emplace_back(imaging::dot(group->normal, frame.plane.origin), f);
    }
    // A segment on one plane only takes the spacing of the segmentation's other frames.
    std::vector<std::pair<double, std::size_t>> all;
    for (Across &g : groups) {
        std::sort(g.frames.begin(), g.frames.end());
        all.insert(all.end(), g.frames.begin(), g.frames.end());
    }
    std::sort(all.begin(), all.end());
    const double whole = halfStep(all, 0.5);
    for (Across &g : groups)
        g.tolerance = halfStep(g.frames, whole);
    return groups;
}

/// Marks in `coverage` the pixels of the slice that each group's frames cover.
void coverAcross(Coverage &coverage, const std::vector<Across> &groups, const imaging::SliceGeometry &plane, bool outline,
                 const std::function<bool(const Across &)> &shown, QStringList &labels)
{
    const imaging::Vec3 dx{plane.row[0] * plane.spacing[0], plane.row[1] * plane.spacing[0], plane.row[2] * plane.spacing[0]};
    const imaging::Vec3 dy{plane.column[0] * plane.spacing[1], plane.column[1] * plane.spacing[1], plane.column[2] * plane.spacing[1]};
    for (const Across &g : groups) {
        if (g.frames.empty() || !shown(g))
            continue;
        const double lo = g.frames.front().first - g.tolerance, hi = g.frames.back().first + g.tolerance;
        const double s0 = imaging::dot(g.normal, plane.origin), sx = imaging::dot(g.normal, dx), sy = imaging::dot(g.normal, dy);
        const measure::Segment *segment = g.segmentation->segment(g.segment);
        std::uint16_t id = 0;
        for (int y = 0; y < coverage.height; ++y) {
            // The row's span inside the slab of the frames (the position is linear along the row).
            const double a = s0 + sy * y;
            int from = 0, to = coverage.width - 1;
            if (std::abs(sx) > 1e-12) {
                const double x0 = (lo - a) / sx, x1 = (hi - a) / sx;
                from = std::max(from, int(std::floor(std::min(x0, x1))));
                to = std::min(to, int(std::ceil(std::max(x0, x1))));
            } else if (a < lo || a > hi) {
                continue;
            }
            for (int x = from; x <= to; ++x) {
                const double s = a + sx * x;
                auto it = std::lower_bound(g.frames.begin(), g.frames.end(), std::make_pair(s - g.tolerance, std::size_t(0)));
                for (; it != g.frames.end() && it->first <= s + g.tolerance; ++it) {
                    const imaging::SliceGeometry &f = g.segmentation->frames[it->second].plane;
                    const imaging::Vec3 p{plane.origin[0] + dx[0] * x + dy[0] * y - f.origin[0], plane.origin[1] + dx[1] * x + dy[1] * y - f.origin[1],
                                          plane.origin[2] + dx[2] * x + dy[2] * y - f.origin[2]};
                    const long c = std::lround(imaging::dot(p, f.row) / f.spacing[0]), r = std::lround(imaging::dot(p, f.column) / f.spacing[1]);
                    if (c < 0 || r < 0 || c >= f.width || r >= f.height || !g.segmentation->inside(it->second, int(c), int(r)))
                        continue;
                    if (id == 0) {
                        id = coverage.add(segment ? segment->rgb : std::array<int, 3>{255, 0, 0}, outline);
                        const QString label = segment ? segment->label : QString::number(g.segment);
                        if (!labels.contains(label))
                            labels << label;
                    }
                    coverage.ids[std::size_t(y) * std::size_t(coverage.width) + std::size_t(x)] = id;
                    break;
                }
            }
        }
    }
}

bool sameFrameOfReference(const QString &a, const QString &b) { return a.isEmpty() || b.isEmpty() || a == b; }

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
    Coverage coverage;
    coverage.width = w;
    coverage.height = h;
    for (const auto &segmentation : segmentations) {
        if (!segmentation || !sameFrameOfReference(segmentation->frameOfReferenceUid, frameOfReference))
            continue;
        // Frames parallel to the slice, on it.
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
                        id = coverage.add(segment ? segment->rgb : std::array<int, 3>{255, 0, 0}, false);
                        const QString label = segment ? segment->label : QStringLiteral("%1").arg(frame.segment);
                        if (!out.labels.contains(label))
                            out.labels << label;
                    }
                    coverage.ids[std::size_t(y) * std::size_t(w) + std::size_t(x)] = id;
                }
        }
        // Frames across it (an MPR plane through an axial segmentation).
        coverAcross(coverage, acrossGroups(*segmentation, normal), plane, false,
                    [&](const Across &g) { return hidden.isEmpty() || !hidden.contains(segmentKey(*segmentation, g.segment)); }, out.labels);
    }
    // The structures' regions across the slice: their outline where the plane cuts them.
    for (const auto &set : structures)
        if (set && set->regions && sameFrameOfReference(set->frameOfReferenceUid, frameOfReference))
            coverAcross(coverage, acrossGroups(*set->regions, normal), plane, true,
                        [&](const Across &g) { return hidden.isEmpty() || !hidden.contains(structureKey(*set, g.segment)); }, out.structures);

    if (!coverage.ids.empty()) {
        out.picture = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
        out.picture.fill(Qt::transparent);
        const std::vector<std::uint16_t> &ids = coverage.ids;
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
                const int alpha = edge ? 255 : coverage.outlined[id] ? 0 : 90;
                const QRgb c = coverage.colours[id];
                line[x] = qRgba(qRed(c) * alpha / 255, qGreen(c) * alpha / 255, qBlue(c) * alpha / 255, alpha);
            }
        }
    }
    // The contours that lie on the slice, as lines.
    drawStructures(out, structures, plane, frameOfReference, tolerance, hidden);
    return out;
}

} // namespace strata::ui
