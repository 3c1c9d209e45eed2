#include <strata/render3d/RenderRequest.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace strata::render3d {
namespace {

double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
Vec3 normalized(const Vec3 &v)
{
    const double n = std::sqrt(dot(v, v));
    return n > 0 ? Vec3{v[0] / n, v[1] / n, v[2] / n} : v;
}
/// Rotates `v` about the unit axis `k` by `degrees` (right-handed, Rodrigues' formula).
Vec3 rotate(const Vec3 &v, const Vec3 &k, double degrees)
{
    const double a = degrees * M_PI / 180.0, c = std::cos(a), s = std::sin(a);
    const Vec3 kxv = cross(k, v);
    const double kv = dot(k, v) * (1 - c);
    return {v[0] * c + kxv[0] * s + k[0] * kv, v[1] * c + kxv[1] * s + k[1] * kv, v[2] * c + kxv[2] * s + k[2] * kv};
}

} // namespace

QPointF ViewGeometry::project(const Vec3 &patient) const
{
    const Vec3 d{patient[0] - center[0], patient[1] - center[1], patient[2] - center[2]};
    return {size.width() / 2.0 + dot(d, right) / mmPerPixel, size.height() / 2.0 - dot(d, up) / mmPerPixel};
}

ViewGeometry viewGeometry(const dicom::Volume &volume, const Camera &camera, QSize size)
{
    ViewGeometry g;
    g.size = size;
    Vec3 low{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    Vec3 high{std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (int corner = 0; corner < 8; ++corner) {
        const auto p = volume.patientPosition((corner & 1) ? volume.dimensions[0] - 1 : 0, (corner & 2) ? volume.dimensions[1] - 1 : 0,
                                              (corner & 4) ? volume.dimensions[2] - 1 : 0);
        for (int a = 0; a < 3; ++a) {
            low[std::size_t(a)] = std::min(low[std::size_t(a)], p[std::size_t(a)]);
            high[std::size_t(a)] = std::max(high[std::size_t(a)], p[std::size_t(a)]);
        }
    }
    const Vec3 center{(low[0] + high[0]) / 2, (low[1] + high[1]) / 2, (low[2] + high[2]) / 2};
    const Vec3 half{(high[0] - low[0]) / 2, (high[1] - low[1]) / 2, (high[2] - low[2]) / 2};
    const double radius = std::max(1e-3, std::sqrt(dot(half, half)));

    Vec3 dop{0, 1, 0}, up{0, 0, 1};
    switch (camera.side) {
    case ViewSide::Anterior: dop = {0, 1, 0}; up = {0, 0, 1}; break;
    case ViewSide::Posterior: dop = {0, -1, 0}; up = {0, 0, 1}; break;
    case ViewSide::Left: dop = {-1, 0, 0}; up = {0, 0, 1}; break;
    case ViewSide::Right: dop = {1, 0, 0}; up = {0, 0, 1}; break;
    case ViewSide::Superior: dop = {0, 0, -1}; up = {0, -1, 0}; break;
    case ViewSide::Inferior: dop = {0, 0, 1}; up = {0, -1, 0}; break;
    }
    // Azimuth: the camera (at −dop) turns about up; elevation: it tilts towards up, about the right axis.
    dop = rotate(dop, up, camera.azimuth);
    const Vec3 right = normalized(cross(dop, up));
    dop = normalized(rotate(dop, right, -camera.elevation));
    up = normalized(rotate(up, right, -camera.elevation));
    g.viewDirection = dop;
    g.up = up;
    g.right = normalized(cross(dop, up));
    const int shorter = std::max(1, std::min(size.width(), size.height()));
    g.mmPerPixel = 2.0 * radius / std::max(1e-6, camera.zoom) / shorter;
    // Panning moves the picture: the point at the centre moves the other way.
    for (int a = 0; a < 3; ++a)
        g.center[std::size_t(a)] = center[std::size_t(a)] - camera.panRight * g.right[std::size_t(a)] - camera.panUp * g.up[std::size_t(a)];
    return g;
}

} // namespace strata::render3d

namespace strata::render3d {
namespace {

/// The preset's opacity at a value (linear between its points, its ends beyond them).
double opacityAt(const std::vector<OpacityPoint> &points, double value)
{
    if (points.empty())
        return 0;
    if (value <= points.front().value)
        return points.front().opacity;
    for (std::size_t i = 1; i < points.size(); ++i)
        if (value <= points[i].value) {
            const double t = (value - points[i - 1].value) / std::max(1e-12, points[i].value - points[i - 1].value);
            return points[i - 1].opacity + t * (points[i].opacity - points[i - 1].opacity);
        }
    return points.back().opacity;
}

} // namespace

std::optional<Vec3> pickPoint(const RenderRequest &request, const Frame &frame, QPointF pixel)
{
    const auto &v = request.volume;
    if (!v || v->voxels.empty() || v->voxels.size() != v->voxelCount())
        return std::nullopt;
    const VolumePreset preset = request.preset.resolved(frame.valueRange.first, frame.valueRange.second);
    const BlendMode blend = request.blend.value_or(preset.blend);
    if (blend == BlendMode::Average)
        return std::nullopt;
    const ViewGeometry &g = frame.geometry;
    const double x = (pixel.x() - g.size.width() / 2.0) * g.mmPerPixel, y = (g.size.height() / 2.0 - pixel.y()) * g.mmPerPixel;
    const Vec3 base{g.center[0] + x * g.right[0] + y * g.up[0], g.center[1] + x * g.right[1] + y * g.up[1],
                    g.center[2] + x * g.right[2] + y * g.up[2]};
    const Vec3 &dir = g.viewDirection;
    // The stretch of the ray between the volume's corners.
    double near = std::numeric_limits<double>::max(), far = std::numeric_limits<double>::lowest();
    for (int c = 0; c < 8; ++c) {
        const auto p = v->patientPosition(c & 1 ? v->dimensions[0] - 0.5 : -0.5, c & 2 ? v->dimensions[1] - 0.5 : -0.5,
                                          c & 4 ? v->dimensions[2] - 0.5 : -0.5);
        const double t = (p[0] - base[0]) * dir[0] + (p[1] - base[1]) * dir[1] + (p[2] - base[2]) * dir[2];
        near = std::min(near, t);
        far = std::max(far, t);
    }
    const double step = std::max(0.05, 0.5 * std::min({v->spacing[0], v->spacing[1], v->spacing[2]}));
    const auto clipped = [&request](const Vec3 &p) {
        if (request.clipBox) {
            const auto &b = *request.clipBox;
            if (p[0] < b[0] || p[0] > b[1] || p[1] < b[2] || p[1] > b[3] || p[2] < b[4] || p[2] > b[5])
                return true;
        }
        if (const auto &plane = request.clipPlane) {
            const Vec3 d{p[0] - plane->origin[0], p[1] - plane->origin[1], p[2] - plane->origin[2]};
            if (dot(d, plane->normal) < 0)
                return true;
        }
        return false;
    };
    double accumulated = 0;
    std::optional<Vec3> extreme;
    double extremeValue = 0;
    for (double t = near; t <= far; t += step) {
        const Vec3 p{base[0] + t * dir[0], base[1] + t * dir[1], base[2] + t * dir[2]};
        const std::array<double, 3> idx = v->indexPosition(p);
        bool inside = true;
        for (std::size_t a = 0; a < 3; ++a)
            inside = inside && idx[a] >= -0.5 && idx[a] <= v->dimensions[a] - 0.5;
        if (!inside || clipped(p))
            continue;
        for (const Surface &s : request.surfaces) {
            if (!s.mask || s.mask->empty() || s.opacity < 0.5)
                continue;
            const auto &m = *s.mask;
            const int i = int(std::lround(idx[0])) - m.offset[0], j = int(std::lround(idx[1])) - m.offset[1],
                      k = int(std::lround(idx[2])) - m.offset[2];
            if (i >= 0 && j >= 0 && k >= 0 && i < m.size[0] && j < m.size[1] && k < m.size[2] && m.at(i, j, k))
                return p;
        }
        if (!request.showVolume)
            continue;   // the surfaces alone
        const double value = v->linearAt(idx);
        if (blend == BlendMode::Composite) {
            const double alpha = 1 - std::pow(1 - std::clamp(opacityAt(preset.opacity, value), 0.0, 1.0), step);
            accumulated += (1 - accumulated) * alpha;
            if (accumulated >= 0.5)
                return p;
        } else if (!extreme || (blend == BlendMode::Maximum ? value > extremeValue : value < extremeValue)) {
            extreme = p;
            extremeValue = value;
        }
    }
    // A projection whose brightest (darkest) sample is as dark (bright) as the preset shows anything
    // meets nothing there.
    if (extreme && !preset.colors.empty()
        && (blend == BlendMode::Maximum ? extremeValue <= preset.colors.front().value : extremeValue >= preset.colors.back().value))
        return std::nullopt;
    return extreme;
}

} // namespace strata::render3d
