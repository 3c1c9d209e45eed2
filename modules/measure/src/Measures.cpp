#include <strata/measure/Measures.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace strata::measure {

namespace {

constexpr double kRadToDeg = 180.0 / std::numbers::pi;

Vec2 minus(const Vec2 &a, const Vec2 &b) { return {a[0] - b[0], a[1] - b[1]}; }
double dot2(const Vec2 &a, const Vec2 &b) { return a[0] * b[0] + a[1] * b[1]; }
double norm2(const Vec2 &a) { return std::hypot(a[0], a[1]); }

/// Angle between two vectors, degrees in [0, 180] (atan2 keeps small angles exact).
double vectorAngle(const Vec2 &u, const Vec2 &v)
{
    return std::atan2(std::abs(u[0] * v[1] - u[1] * v[0]), dot2(u, v)) * kRadToDeg;
}

/// The region as a test on plane positions (calibrated units), with its bounding box.
struct Shape {
    RoiShape kind = RoiShape::Polygon;
    // ellipse
    Vec2 centre{0, 0}, axisA{1, 0}, axisB{0, 1};
    double a = 0, b = 0;
    // polygon
    std::vector<Vec2> vertices;
    Vec2 lo{0, 0}, hi{0, 0};

    bool contains(const Vec2 &q) const
    {
        if (kind == RoiShape::Ellipse) {
            if (a <= 0 || b <= 0)
                return false;
            const Vec2 d = minus(q, centre);
            const double s = dot2(d, axisA) / a, t = dot2(d, axisB) / b;
            return s * s + t * t <= 1.0;
        }
        bool in = false;
        const std::size_t n = vertices.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const Vec2 &p = vertices[i], &r = vertices[j];
            if ((p[1] > q[1]) != (r[1] > q[1]) && q[0] < (r[0] - p[0]) * (q[1] - p[1]) / (r[1] - p[1]) + p[0])
                in = !in;
        }
        return in;
    }
    double area() const
    {
        if (kind == RoiShape::Ellipse)
            return std::numbers::pi * a * b;
        double twice = 0;
        const std::size_t n = vertices.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++)
            twice += vertices[j][0] * vertices[i][1] - vertices[i][0] * vertices[j][1];
        return std::abs(twice) / 2.0;
    }
};

Shape shapeOf(const ImagePlane &plane, const Roi &roi)
{
    Shape s;
    s.kind = roi.shape;
    if (roi.shape == RoiShape::Ellipse) {
        if (roi.points.size() < 3)
            return s;
        s.centre = plane.planePosition(roi.points[0]);
        const Vec2 ea = minus(plane.planePosition(roi.points[1]), s.centre);
        s.a = norm2(ea);
        if (s.a <= 0)
            return s;
        s.axisA = {ea[0] / s.a, ea[1] / s.a};
        s.axisB = {-s.axisA[1], s.axisA[0]};
        s.b = std::abs(dot2(minus(plane.planePosition(roi.points[2]), s.centre), s.axisB));
        // Bounding box of the ellipse: half-extent along x is sqrt((a·ax)² + (b·bx)²).
        const double hx = std::hypot(s.a * s.axisA[0], s.b * s.axisB[0]);
        const double hy = std::hypot(s.a * s.axisA[1], s.b * s.axisB[1]);
        s.lo = {s.centre[0] - hx, s.centre[1] - hy};
        s.hi = {s.centre[0] + hx, s.centre[1] + hy};
        return s;
    }
    if (roi.points.size() < 3)
        return s;
    s.lo = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    s.hi = {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const Vec3 &p : roi.points) {
        const Vec2 q = plane.planePosition(p);
        s.vertices.push_back(q);
        s.lo = {std::min(s.lo[0], q[0]), std::min(s.lo[1], q[1])};
        s.hi = {std::max(s.hi[0], q[0]), std::max(s.hi[1], q[1])};
    }
    return s;
}

} // namespace

QString valueUnitOf(const dicom::DicomHeader &header)
{
    return !header.valueUnit.isEmpty() ? header.valueUnit : ImagePlane::ofVolumeSlice({}, header.modality).valueUnit();
}

ImagePlane ImagePlane::ofVolumeSlice(const imaging::SliceGeometry &geometry, const QString &modality)
{
    return ImagePlane{geometry, volumeCalibration(geometry.spacing), modality};
}

Vec2 ImagePlane::planePosition(const Vec3 &point) const
{
    const auto px = geometry.pixelPosition(point);
    return {px[0] * calibration.spacing[0], px[1] * calibration.spacing[1]};
}

QString ImagePlane::valueUnit() const
{
    return modality.compare(QLatin1String("CT"), Qt::CaseInsensitive) == 0 ? QStringLiteral("HU") : QString();
}

double length(const ImagePlane &plane, const Vec3 &a, const Vec3 &b)
{
    return norm2(minus(plane.planePosition(b), plane.planePosition(a)));
}

double angleDegrees(const ImagePlane &plane, const Vec3 &a, const Vec3 &vertex, const Vec3 &b)
{
    const Vec2 v = plane.planePosition(vertex);
    return vectorAngle(minus(plane.planePosition(a), v), minus(plane.planePosition(b), v));
}

double cobbAngleDegrees(const ImagePlane &plane, const Vec3 &a1, const Vec3 &a2, const Vec3 &b1, const Vec3 &b2)
{
    const double angle = vectorAngle(minus(plane.planePosition(a2), plane.planePosition(a1)),
                                     minus(plane.planePosition(b2), plane.planePosition(b1)));
    return angle > 90.0 ? 180.0 - angle : angle;
}

double roiArea(const ImagePlane &plane, const Roi &roi) { return shapeOf(plane, roi).area(); }

RoiStatistics roiStatistics(const ImagePlane &plane, const imaging::SliceImage &image, const Roi &roi)
{
    RoiStatistics stats;
    const Shape shape = shapeOf(plane, roi);
    stats.area = shape.area();
    const double sx = plane.calibration.spacing[0], sy = plane.calibration.spacing[1];
    const int w = image.geometry.width, h = image.geometry.height;
    if (w <= 0 || h <= 0 || image.pixels.size() < std::size_t(w) * std::size_t(h) || sx <= 0 || sy <= 0)
        return stats;
    const int x0 = std::max(0, int(std::floor(shape.lo[0] / sx))), x1 = std::min(w - 1, int(std::ceil(shape.hi[0] / sx)));
    const int y0 = std::max(0, int(std::floor(shape.lo[1] / sy))), y1 = std::min(h - 1, int(std::ceil(shape.hi[1] / sy)));
    // Welford's running mean and variance: stable for large regions of large values.
    double mean = 0, m2 = 0;
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    long long n = 0;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            if (!shape.contains({x * sx, y * sy}))
                continue;
            const double v = image.at(x, y);
            if (!std::isfinite(v)) {
                ++stats.excludedCount;
                continue;
            }
            ++n;
            const double delta = v - mean;
            mean += delta / double(n);
            m2 += delta * (v - mean);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    stats.pixelCount = n;
    stats.pixelArea = double(n) * sx * sy;
    if (n > 0) {
        stats.mean = mean;
        stats.standardDeviation = n > 1 ? std::sqrt(m2 / double(n - 1)) : 0.0;
        stats.min = lo;
        stats.max = hi;
    }
    return stats;
}

ProbeValue probe(const imaging::SliceImage &image, const Vec3 &point)
{
    ProbeValue p;
    const auto px = image.geometry.pixelPosition(point);
    p.patient = image.geometry.patientPosition(px[0], px[1]);
    p.x = int(std::lround(px[0]));
    p.y = int(std::lround(px[1]));
    p.inside = p.x >= 0 && p.y >= 0 && p.x < image.geometry.width && p.y < image.geometry.height
               && image.pixels.size() >= std::size_t(image.geometry.width) * std::size_t(image.geometry.height);
    if (p.inside)
        p.value = image.at(p.x, p.y);
    return p;
}

} // namespace strata::measure
