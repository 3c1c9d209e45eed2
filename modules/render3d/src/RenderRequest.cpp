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
