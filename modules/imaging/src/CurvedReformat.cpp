#include <strata/imaging/CurvedReformat.h>

#include "IndexSpace.h"

#include <QCoreApplication>

#include <vtkImageInterpolator.h>
#include <vtkNew.h>
#include <vtkParametricSpline.h>
#include <vtkPoints.h>

#include <algorithm>
#include <cmath>

namespace strata::imaging {
namespace {

constexpr int kMaxSide = 16384;

QString tr(const char *text) { return QCoreApplication::translate("strata::imaging", text); }

Vec3 plus(const Vec3 &a, const Vec3 &b, double f = 1.0) { return {a[0] + f * b[0], a[1] + f * b[1], a[2] + f * b[2]}; }
Vec3 scaled(const Vec3 &a, double f) { return {a[0] * f, a[1] * f, a[2] * f}; }
double norm(const Vec3 &a) { return std::sqrt(dot(a, a)); }

/// `v` without its part along the unit vector `axis`.
Vec3 withoutPart(const Vec3 &v, const Vec3 &axis) { return plus(v, axis, -dot(v, axis)); }

/// The points without consecutive repeats (a double click places the same point twice).
std::vector<Vec3> distinctPoints(const std::vector<Vec3> &points)
{
    std::vector<Vec3> out;
    for (const Vec3 &p : points)
        if (out.empty() || norm(difference(p, out.back())) > 1e-6)
            out.push_back(p);
    return out;
}

/// The curve through the points, densely: many more samples than the picture will have, so that
/// resampling by length along it (straight or as seen along a direction) is exact to a fraction of
/// a pixel.
std::vector<Vec3> denseCurve(const std::vector<Vec3> &points, double step)
{
    double polyline = 0;
    for (std::size_t i = 1; i < points.size(); ++i)
        polyline += norm(difference(points[i], points[i - 1]));
    const int count = int(std::clamp(std::ceil(polyline / step * 8.0), 64.0, 400000.0));
    std::vector<Vec3> dense;
    dense.reserve(std::size_t(count) + 1);
    if (points.size() == 2) {
        for (int i = 0; i <= count; ++i)
            dense.push_back(plus(points[0], difference(points[1], points[0]), double(i) / count));
        return dense;
    }
    vtkNew<vtkPoints> knots;
    for (const Vec3 &p : points)
        knots->InsertNextPoint(p.data());
    vtkNew<vtkParametricSpline> spline;  // cardinal splines through every point
    spline->SetPoints(knots);
    spline->ParameterizeByLengthOn();
    spline->ClosedOff();
    for (int i = 0; i <= count; ++i) {
        double u[3] = {double(i) / count, 0, 0}, at[3], du[9];
        spline->Evaluate(u, at, du);
        dense.push_back({at[0], at[1], at[2]});
    }
    return dense;
}

/// Points every `step` along the dense curve, its length measured without the part along
/// `ignore` (a unit vector; zero: the plain length); the start included, the last within a step
/// of the end. `length` receives the whole length so measured.
std::vector<Vec3> resampleByLength(const std::vector<Vec3> &dense, double step, const Vec3 &ignore, double &length)
{
    std::vector<double> along(dense.size(), 0.0);
    for (std::size_t i = 1; i < dense.size(); ++i)
        along[i] = along[i - 1] + norm(withoutPart(difference(dense[i], dense[i - 1]), ignore));
    length = along.back();
    std::vector<Vec3> out;
    const auto samples = std::size_t(std::floor(length / step + 1e-9)) + 1;
    out.reserve(samples);
    std::size_t seg = 1;
    for (std::size_t k = 0; k < samples; ++k) {
        const double s = double(k) * step;
        while (seg + 1 < dense.size() && along[seg] < s)
            ++seg;
        const double span = along[seg] - along[seg - 1];
        const double f = span > 0 ? std::clamp((s - along[seg - 1]) / span, 0.0, 1.0) : 0.0;
        out.push_back(plus(dense[seg - 1], difference(dense[seg], dense[seg - 1]), f));
    }
    return out;
}

/// The curve's direction at each sample (central differences, one-sided at the ends).
std::vector<Vec3> tangents(const std::vector<Vec3> &c)
{
    std::vector<Vec3> t(c.size(), Vec3{1, 0, 0});
    for (std::size_t i = 0; i < c.size(); ++i) {
        const Vec3 &a = c[i == 0 ? 0 : i - 1], &b = c[std::min(c.size() - 1, i + 1)];
        const Vec3 d = difference(b, a);
        if (norm(d) > 0)
            t[i] = normalized(d);
        else if (i > 0)
            t[i] = t[i - 1];
    }
    return t;
}

/// A unit vector across the unit `t`: `preferred` without its part along t, else any.
Vec3 perpendicular(const Vec3 &t, const Vec3 &preferred)
{
    Vec3 r = withoutPart(preferred, t);
    if (norm(r) > 1e-6)
        return normalized(r);
    const Vec3 axis = std::abs(t[0]) < 0.9 ? Vec3{1, 0, 0} : Vec3{0, 1, 0};
    return normalized(withoutPart(axis, t));
}

/// Rotation-minimizing normals along the curve (the double-reflection method of Wang, Jüttler,
/// Zheng and Liu, 2008): the frame turns only as much as the curve makes it, never about it.
std::vector<Vec3> rotationMinimizingNormals(const std::vector<Vec3> &c, const std::vector<Vec3> &t, const Vec3 &start)
{
    std::vector<Vec3> r(c.size());
    r[0] = perpendicular(t[0], start);
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        const Vec3 v1 = difference(c[i + 1], c[i]);
        const double c1 = dot(v1, v1);
        if (c1 < 1e-18) {
            r[i + 1] = perpendicular(t[i + 1], r[i]);
            continue;
        }
        const Vec3 rL = plus(r[i], v1, -2.0 / c1 * dot(v1, r[i]));
        const Vec3 tL = plus(t[i], v1, -2.0 / c1 * dot(v1, t[i]));
        const Vec3 v2 = difference(t[i + 1], tL);
        const double c2 = dot(v2, v2);
        const Vec3 next = c2 < 1e-18 ? rL : plus(rL, v2, -2.0 / c2 * dot(v2, rL));
        r[i + 1] = perpendicular(t[i + 1], next);  // re-orthonormalized against rounding
    }
    return r;
}

} // namespace

/// A per-column vector at a fractional column (clamped to the curve), linearly between its columns.
static Vec3 betweenColumns(const std::vector<Vec3> &v, double x)
{
    const double cx = std::clamp(x, 0.0, double(v.size() - 1));
    const auto i = std::size_t(std::floor(cx));
    const std::size_t j = std::min(v.size() - 1, i + 1);
    return plus(v[i], difference(v[j], v[i]), cx - double(i));
}

Vec3 CurvedImage::patientPosition(double x, double y) const
{
    if (centre.empty())
        return {0, 0, 0};
    // Beyond the ends the curve goes on straight along its tangent.
    const double beyond = (x - std::clamp(x, 0.0, double(centre.size() - 1))) * spacing;
    const Vec3 t = x < 0 ? tangent.front() : tangent.back();
    return plus(plus(betweenColumns(centre, x), t, beyond), normalized(betweenColumns(across, x)), (y - centreRow()) * spacing);
}

Plane CurvedImage::crossSection(double x) const
{
    Plane p;
    if (centre.empty())
        return p;
    // Between two columns, as patientPosition() does: the plane through the very point shown.
    const double cx = std::clamp(x, 0.0, double(centre.size() - 1));
    const Vec3 t = normalized(betweenColumns(tangent, cx));
    const Vec3 a = normalized(withoutPart(betweenColumns(across, cx), t));
    p.center = patientPosition(cx, centreRow());
    p.column = a;
    p.row = normalized(cross(a, t));  // row × column = the tangent: looking along the curve
    return p;
}

Vec3 downOnImage(const std::vector<Vec3> &points, CurvedMode mode, const Vec3 &row, const Vec3 &column)
{
    if (mode == CurvedMode::Stretched) {
        Vec3 n = normalized(cross(row, column));
        const Vec3 towards = std::abs(n[2]) > 0.1 ? Vec3{0, 0, -1} : std::abs(n[1]) > 0.1 ? Vec3{0, 1, 0} : Vec3{1, 0, 0};
        return dot(n, towards) < 0 ? scaled(n, -1) : n;
    }
    if (points.size() < 2)
        return column;
    const Vec3 chord = normalized(difference(points.back(), points.front()));
    return std::abs(dot(chord, column)) > 0.8 ? row : column;
}

Result<std::vector<Vec3>> smoothPath(const std::vector<Vec3> &points, double step)
{
    const std::vector<Vec3> distinct = distinctPoints(points);
    if (distinct.size() < 2)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("path"), tr("a curve needs at least two distinct points"));
    if (!(step > 0))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("path"), tr("the step along the curve must be positive"));
    double length = 0;
    return resampleByLength(denseCurve(distinct, step), step, Vec3{0, 0, 0}, length);
}

std::vector<Vec3> simplifyPath(const std::vector<Vec3> &points, double tolerance)
{
    if (points.size() <= 2)
        return points;
    // Distance from p to the segment a–b.
    const auto offSegment = [](const Vec3 &p, const Vec3 &a, const Vec3 &b) {
        const Vec3 ab = difference(b, a), ap = difference(p, a);
        const double length2 = dot(ab, ab);
        const double t = length2 > 0 ? std::clamp(dot(ap, ab) / length2, 0.0, 1.0) : 0.0;
        return norm(difference(p, plus(a, ab, t)));
    };
    std::vector<bool> keep(points.size(), false);
    keep.front() = keep.back() = true;
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, points.size() - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        double farthest = -1;
        std::size_t at = first;
        for (std::size_t i = first + 1; i < last; ++i)
            if (const double d = offSegment(points[i], points[first], points[last]); d > farthest) {
                farthest = d;
                at = i;
            }
        if (farthest > tolerance) {
            keep[at] = true;
            spans.push_back({first, at});
            spans.push_back({at, last});
        }
    }
    std::vector<Vec3> kept;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (keep[i])
            kept.push_back(points[i]);
    return kept;
}

double curveLength(const std::vector<Vec3> &points)
{
    const std::vector<Vec3> distinct = distinctPoints(points);
    if (distinct.size() < 2)
        return 0;
    const std::vector<Vec3> dense = denseCurve(distinct, 0.1);
    double length = 0;
    for (std::size_t i = 1; i < dense.size(); ++i)
        length += norm(difference(dense[i], dense[i - 1]));
    return length;
}

Result<CurvedImage> curvedReformat(const dicom::Volume &volume, const std::vector<Vec3> &points, const CurvedOptions &options)
{
    if (Status s = detail::checkVolume(volume, true); !s.ok())
        return s.error();
    const QString subject = detail::volumeSubject(volume);
    const double step = options.pixelSpacing > 0
                            ? options.pixelSpacing
                            : std::max(0.05, std::min({volume.spacing[0], volume.spacing[1], volume.spacing[2]}));
    const std::vector<Vec3> distinct = distinctPoints(points);
    if (distinct.size() < 2)
        return Error(ErrorCode::InvalidArgument, subject, tr("a curve needs at least two distinct points"));
    if (norm(options.down) < 1e-9)
        return Error(ErrorCode::InvalidArgument, subject, tr("the direction down the picture has no length"));
    const Vec3 down = normalized(options.down);
    const bool stretched = options.mode == CurvedMode::Stretched;

    CurvedImage image;
    image.mode = options.mode;
    image.spacing = step;
    image.centre = resampleByLength(denseCurve(distinct, step), step, stretched ? down : Vec3{0, 0, 0}, image.length);
    if (image.centre.size() < 2)
        return Error(ErrorCode::InvalidArgument, subject,
                     stretched ? tr("the curve runs along the direction down the picture: draw it across") : tr("the curve is shorter than a pixel"));
    if (image.centre.size() > std::size_t(kMaxSide))
        return Error(ErrorCode::InvalidArgument, subject, tr("the curve is longer than %1 pixels").arg(kMaxSide));
    image.width = int(image.centre.size());
    image.height = 2 * int(std::floor(std::max(0.0, options.widthMm) / (2 * step))) + 1;
    if (image.height > kMaxSide)
        return Error(ErrorCode::InvalidArgument, subject, tr("the picture is higher than %1 pixels").arg(kMaxSide));

    image.tangent = tangents(image.centre);
    if (stretched) {
        image.across.assign(image.centre.size(), down);
    } else {
        const std::vector<Vec3> r = rotationMinimizingNormals(image.centre, image.tangent, down);
        image.across.resize(r.size());
        for (std::size_t i = 0; i < r.size(); ++i)  // r turned by the angle about the tangent
            image.across[i] = normalized(times(rotationMatrix(image.tangent[i], options.angleDeg), r[i]));
    }
    // Across the picture's plane (the MIP's direction): along neither the curve nor its columns.
    std::vector<Vec3> through(image.centre.size());
    for (std::size_t i = 0; i < through.size(); ++i)
        through[i] = perpendicular(image.across[i], cross(image.tangent[i], image.across[i]));

    // The volume in index space: positions go through indexToPatient's inverse, shear and all.
    std::array<double, 16> patientToIndex{};
    if (!detail::invertAffine(volume.indexToPatient, patientToIndex))
        return Error(ErrorCode::InvalidArgument, subject, QStringLiteral("indexToPatient is singular"));
    const vtkSmartPointer<vtkImageData> input = detail::indexSpaceImage(volume);
    vtkNew<vtkImageInterpolator> interpolator;
    switch (options.interpolation) {
    case Interpolation::Nearest: interpolator->SetInterpolationModeToNearest(); break;
    case Interpolation::Linear: interpolator->SetInterpolationModeToLinear(); break;
    case Interpolation::Cubic: interpolator->SetInterpolationModeToCubic(); break;
    }
    interpolator->SetOutValue(options.background);
    interpolator->Initialize(input);
    interpolator->Update();

    // Samples through the thickness, no further apart than the finest voxel (none stepped over).
    const double finest = std::min({volume.spacing[0], volume.spacing[1], volume.spacing[2]});
    const int layers = options.thicknessMm > 0 ? std::max(1, int(std::ceil(options.thicknessMm / std::max(0.05, finest)))) : 1;
    const double layerStep = layers > 1 ? options.thicknessMm / layers : 0.0;

    image.pixels.assign(std::size_t(image.width) * std::size_t(image.height), options.background);
    const double mid = image.centreRow();
    for (int x = 0; x < image.width; ++x) {
        const Vec3 &c = image.centre[std::size_t(x)], &a = image.across[std::size_t(x)], &b = through[std::size_t(x)];
        for (int y = 0; y < image.height; ++y) {
            const Vec3 p = plus(c, a, (y - mid) * step);
            float best = -std::numeric_limits<float>::infinity();
            bool any = false;
            for (int l = 0; l < layers; ++l) {
                const Vec3 q = layers > 1 ? plus(p, b, (l - (layers - 1) / 2.0) * layerStep) : p;
                const std::array<double, 3> index = detail::applyAffine(patientToIndex, q);
                double value = options.background;
                if (interpolator->Interpolate(index.data(), &value)) {
                    best = std::max(best, float(value));
                    any = true;
                }
            }
            if (any)
                image.pixels[std::size_t(y) * std::size_t(image.width) + std::size_t(x)] = best;
        }
    }
    return image;
}

} // namespace strata::imaging
