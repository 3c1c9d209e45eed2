#include <strata/imaging/SliceGaps.h>

#include <cmath>

namespace strata::imaging {
namespace {

using Polygon = std::vector<std::array<double, 2>>;

/// Keeps the part of a convex polygon where f(x, y) = a + bx·x + by·y is at least 0 (one
/// Sutherland–Hodgman step).
Polygon clip(const Polygon &polygon, double a, double bx, double by)
{
    Polygon out;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto &p = polygon[i];
        const auto &q = polygon[(i + 1) % n];
        const double fp = a + bx * p[0] + by * p[1];
        const double fq = a + bx * q[0] + by * q[1];
        if (fp >= 0)
            out.push_back(p);
        if ((fp >= 0) != (fq >= 0)) {
            const double t = fp / (fp - fq);
            out.push_back({p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
        }
    }
    return out;
}

} // namespace

std::vector<SliceGap> sliceGaps(const std::vector<double> &distances, double usualStep)
{
    std::vector<SliceGap> gaps;
    if (usualStep <= 0)
        return gaps;
    for (std::size_t i = 1; i < distances.size(); ++i)
        if (distances[i] - distances[i - 1] > kGapFactor * usualStep)
            gaps.push_back({int(i - 1), distances[i - 1], distances[i]});
    return gaps;
}

std::vector<SliceGap> sliceGaps(const dicom::Stack &stack)
{
    if (stack.has(dicom::GeometryIssue::NoGeometry))
        return {};
    std::vector<double> distances;
    distances.reserve(stack.slices.size());
    for (const dicom::SliceRef &s : stack.slices)
        distances.push_back(s.distance);
    return sliceGaps(distances, stack.sliceSpacing);
}

std::vector<std::array<double, 2>> gapRegion(const SliceGeometry &image, const Vec3 &normal, double from, double to)
{
    if (image.width <= 0 || image.height <= 0 || to <= from)
        return {};
    // Distance along the normal of pixel (x, y): d0 + dx·x + dy·y.
    const double d0 = dot(image.origin, normal);
    const double dx = image.spacing[0] * dot(image.row, normal);
    const double dy = image.spacing[1] * dot(image.column, normal);
    const double w = image.width - 0.5, h = image.height - 0.5;
    Polygon polygon{{-0.5, -0.5}, {w, -0.5}, {w, h}, {-0.5, h}};
    polygon = clip(polygon, d0 - from, dx, dy);  // distance ≥ from
    polygon = clip(polygon, to - d0, -dx, -dy);  // distance ≤ to
    if (polygon.size() < 3)
        return {};
    // A plane that only touches the gap's edge has no area there.
    double area = 0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const auto &p = polygon[i];
        const auto &q = polygon[(i + 1) % polygon.size()];
        area += p[0] * q[1] - q[0] * p[1];
    }
    if (std::abs(area) < 1e-6)
        return {};
    return polygon;
}

} // namespace strata::imaging
