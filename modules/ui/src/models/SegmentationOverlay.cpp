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
    /// Pixel (x, y) as segment `number`'s (`segment`, when the segmentation defines it): `id` is
    /// taken at its first pixel, its label then added to `labels`.
    void mark(int x, int y, std::uint16_t &id, const measure::Segment *segment, int number, bool outline, QStringList &labels)
    {
        if (id == 0) {
            id = add(segment ? segment->rgb : std::array<int, 3>{255, 0, 0}, outline);
            const QString label = segment ? segment->label : QString::number(number);
            if (!labels.contains(label))
                labels << label;
        }
        ids[std::size_t(y) * std::size_t(width) + std::size_t(x)] = id;
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

/// A value linear along a row of the slice: a + b·x.
struct Linear {
    double a = 0, b = 0;
    double at(int x) const { return a + b * x; }
};

/// Narrows [from, to] to the columns where lo ≤ v ≤ hi, a column wider on each side (each column
/// is then checked exactly); false when none is left.
bool narrow(const Linear &v, double lo, double hi, int &from, int &to)
{
    if (std::abs(v.b) < 1e-12)
        return v.a >= lo && v.a <= hi && from <= to;
    double x0 = (lo - v.a) / v.b, x1 = (hi - v.a) / v.b;
    if (x0 > x1)
        std::swap(x0, x1);
    x0 = std::clamp(x0, -2.0, double(to) + 2), x1 = std::clamp(x1, -2.0, double(to) + 2);
    from = std::max(from, int(std::floor(x0)) - 1);
    to = std::min(to, int(std::ceil(x1)) + 1);
    return from <= to;
}

/// The slice's rows as lines through patient space: its first pixel and the step along a row.
struct SliceLines {
    const imaging::SliceGeometry &plane;
    imaging::Vec3 dx, dy;
    explicit SliceLines(const imaging::SliceGeometry &p)
        : plane(p),
          dx{p.row[0] * p.spacing[0], p.row[1] * p.spacing[0], p.row[2] * p.spacing[0]},
          dy{p.column[0] * p.spacing[1], p.column[1] * p.spacing[1], p.column[2] * p.spacing[1]}
    {}
    imaging::Vec3 start(int y) const
    {
        return {plane.origin[0] + dy[0] * y, plane.origin[1] + dy[1] * y, plane.origin[2] + dy[2] * y};
    }
};

/// Calls mark(x) for each pixel of row y of the slice inside frame f of `segmentation` (nearest
/// pixel of the frame), within `slab` mm of the frame's plane when slab ≥ 0.
template <typename Mark>
void rowInside(const measure::Segmentation &segmentation, std::size_t f, const SliceLines &lines, int y, double slab, Mark &&mark)
{
    const measure::Segmentation::Bounds &bounds = segmentation.bounds(f);
    if (bounds.empty())
        return;
    const imaging::SliceGeometry &g = segmentation.frames[f].plane;
    const imaging::Vec3 d = imaging::difference(lines.start(y), g.origin);
    const Linear c{imaging::dot(d, g.row) / g.spacing[0], imaging::dot(lines.dx, g.row) / g.spacing[0]};
    const Linear r{imaging::dot(d, g.column) / g.spacing[1], imaging::dot(lines.dx, g.column) / g.spacing[1]};
    int from = 0, to = lines.plane.width - 1;
    if (!narrow(c, bounds.left - 0.5, bounds.right + 0.5, from, to) || !narrow(r, bounds.top - 0.5, bounds.bottom + 0.5, from, to))
        return;
    const imaging::Vec3 n = g.normal();
    const Linear s{imaging::dot(d, n), imaging::dot(lines.dx, n)};
    if (slab >= 0 && !narrow(s, -slab, slab, from, to))
        return;
    for (int x = from; x <= to; ++x) {
        const long cc = std::lround(c.at(x)), rr = std::lround(r.at(x));
        if (cc < bounds.left || rr < bounds.top || cc > bounds.right || rr > bounds.bottom || (slab >= 0 && std::abs(s.at(x)) > slab))
            continue;
        if (segmentation.inside(f, int(cc), int(rr)))
            mark(x);
    }
}

/// Marks in `coverage` the pixels of the slice that each group's frames cover.
void coverAcross(Coverage &coverage, const std::vector<Across> &groups, const imaging::SliceGeometry &plane, bool outline,
                 const std::function<bool(const Across &)> &shown, QStringList &labels)
{
    const SliceLines lines(plane);
    for (const Across &g : groups) {
        if (g.frames.empty() || !shown(g))
            continue;
        const measure::Segment *segment = g.segmentation->segment(g.segment);
        std::uint16_t id = 0;
        const double sx = imaging::dot(g.normal, lines.dx);
        for (int y = 0; y < coverage.height; ++y) {
            // The frames whose slab the row passes through (the position is linear along it).
            const double s0 = imaging::dot(g.normal, lines.start(y)), s1 = s0 + sx * (coverage.width - 1);
            const double lo = std::min(s0, s1) - g.tolerance, hi = std::max(s0, s1) + g.tolerance;
            auto it = std::lower_bound(g.frames.begin(), g.frames.end(), std::make_pair(lo, std::size_t(0)));
            for (; it != g.frames.end() && it->first <= hi; ++it)
                rowInside(*g.segmentation, it->second, lines, y, g.tolerance,
                          [&](int x) { coverage.mark(x, y, id, segment, g.segment, outline, labels); });
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
            const measure::Segment *segment = segmentation->segment(frame.segment);
            std::uint16_t id = 0;
            const SliceLines lines(plane);
            for (int y = 0; y < h; ++y)
                rowInside(*segmentation, f, lines, y, -1, [&](int x) { coverage.mark(x, y, id, segment, frame.segment, false, out.labels); });
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

std::vector<SegmentSurface> segmentSurfaces(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                                            const std::vector<std::shared_ptr<const measure::StructureSet>> &structures,
                                            const dicom::Volume &grid, const QString &frameOfReference, const std::function<bool()> &cancelled,
                                            std::size_t first, std::size_t count, std::size_t *total,
                                            const std::function<bool(const QString &key, const QString &label)> &skip)
{
    std::vector<SegmentSurface> out;
    std::size_t index = 0;
    const auto add = [&](const measure::Segmentation &segmentation, int number, const QString &key, const QString &label, const std::array<int, 3> &rgb,
                         const std::array<QString, 3> &propertyType) {
        const std::size_t at = index++;
        if (at < first || at - first >= count || (cancelled && cancelled()) || (skip && skip(key, label)))
            return;
        auto mask = std::make_shared<imaging::VoxelMask>(measure::segmentMask(segmentation, number, grid));
        if (!mask->empty())
            out.push_back({key, label, rgb, std::move(mask), propertyType});
    };
    for (const auto &segmentation : segmentations)
        if (segmentation && sameFrameOfReference(segmentation->frameOfReferenceUid, frameOfReference))
            for (const measure::Segment &segment : segmentation->segments)
                add(*segmentation, segment.number, segmentKey(*segmentation, segment.number), segment.label, segment.rgb, segment.propertyType);
    for (const auto &set : structures)
        if (set && set->regions && sameFrameOfReference(set->frameOfReferenceUid, frameOfReference))
            for (const measure::StructureRoi &roi : set->rois)
                add(*set->regions, roi.number, structureKey(*set, roi.number), roi.name, roi.rgb, roi.code);
    if (total)
        *total = index;
    return out;
}

std::vector<double> surfaceOpacities(const std::vector<const imaging::VoxelMask *> &masks)
{
    const auto holds = [](const imaging::VoxelMask &outer, const imaging::VoxelMask &inner) {
        for (std::size_t a = 0; a < 3; ++a)
            if (inner.offset[a] < outer.offset[a] || inner.offset[a] + inner.size[a] > outer.offset[a] + outer.size[a])
                return false;
        return true;
    };
    std::vector<double> opacity(masks.size(), 1.0);
    for (std::size_t i = 0; i < masks.size(); ++i)
        for (std::size_t j = 0; j < masks.size(); ++j)
            if (i != j && masks[i] && masks[j] && holds(*masks[i], *masks[j]) && !(holds(*masks[j], *masks[i]) && j < i))
                opacity[i] = 0.3;
    return opacity;
}

} // namespace strata::ui
