#include <strata/imaging/Plane.h>

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include <QCoreApplication>

namespace strata::imaging {

QString planeOrientationName(PlaneOrientation orientation)
{
    switch (orientation) {
    case PlaneOrientation::Axial: return QCoreApplication::translate("strata::imaging", "Axial");
    case PlaneOrientation::Coronal: return QCoreApplication::translate("strata::imaging", "Coronal");
    case PlaneOrientation::Sagittal: return QCoreApplication::translate("strata::imaging", "Sagittal");
    }
    return {};
}

Vec3 Plane::normal() const { return cross(row, column); }

Plane standardPlane(PlaneOrientation orientation, const Vec3 &center)
{
    // LPS: +x = patient left, +y = posterior, +z = head.
    switch (orientation) {
    case PlaneOrientation::Axial: return {center, {1, 0, 0}, {0, 1, 0}};
    case PlaneOrientation::Coronal: return {center, {1, 0, 0}, {0, 0, -1}};
    case PlaneOrientation::Sagittal: return {center, {0, 1, 0}, {0, 0, -1}};
    }
    return {center, {1, 0, 0}, {0, 1, 0}};
}

Plane nativePlane(const dicom::Volume &volume, double k)
{
    const auto &d = volume.direction;
    Plane p;
    p.row = normalized({d[0], d[3], d[6]});
    p.column = normalized({d[1], d[4], d[7]});
    p.center = volume.patientPosition((volume.dimensions[0] - 1) / 2.0, (volume.dimensions[1] - 1) / 2.0, k);
    return p;
}

Vec3 volumeCenter(const dicom::Volume &volume)
{
    return volume.patientPosition((volume.dimensions[0] - 1) / 2.0, (volume.dimensions[1] - 1) / 2.0,
                                  (volume.dimensions[2] - 1) / 2.0);
}

std::optional<SliceGeometry> imageGeometry(const dicom::DicomHeader &header)
{
    const dicom::ImageGeometry &h = header.geometry;
    if (!h.position || !h.orientation || !h.pixelSpacing || header.pixel.columns <= 0 || header.pixel.rows <= 0)
        return std::nullopt;
    SliceGeometry g;
    g.width = header.pixel.columns;
    g.height = header.pixel.rows;
    g.origin = *h.position;
    g.row = {(*h.orientation)[0], (*h.orientation)[1], (*h.orientation)[2]};
    g.column = {(*h.orientation)[3], (*h.orientation)[4], (*h.orientation)[5]};
    g.spacing = {(*h.pixelSpacing)[1], (*h.pixelSpacing)[0]};   // between columns, between rows
    g.thickness = h.sliceThickness;
    return g;
}

std::array<double, 6> volumeBounds(const dicom::Volume &volume)
{
    std::array<double, 6> box{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                              std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                              std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
    const double last[3] = {double(std::max(volume.dimensions[0], 1) - 1), double(std::max(volume.dimensions[1], 1) - 1),
                            double(std::max(volume.dimensions[2], 1) - 1)};
    for (int corner = 0; corner < 8; ++corner) {
        const Vec3 p = volume.patientPosition(corner & 1 ? last[0] : 0, corner & 2 ? last[1] : 0, corner & 4 ? last[2] : 0);
        for (int a = 0; a < 3; ++a) {
            box[std::size_t(2 * a)] = std::min(box[std::size_t(2 * a)], p[std::size_t(a)]);
            box[std::size_t(2 * a + 1)] = std::max(box[std::size_t(2 * a + 1)], p[std::size_t(a)]);
        }
    }
    return box;
}

Mat3 rotationMatrix(const Vec3 &axis, double degrees)
{
    const Vec3 k = normalized(axis);
    const double a = degrees * std::numbers::pi / 180.0;
    const double c = std::cos(a), s = std::sin(a), t = 1.0 - c;
    return {c + t * k[0] * k[0],        t * k[0] * k[1] - s * k[2], t * k[0] * k[2] + s * k[1],
            t * k[0] * k[1] + s * k[2], c + t * k[1] * k[1],        t * k[1] * k[2] - s * k[0],
            t * k[0] * k[2] - s * k[1], t * k[1] * k[2] + s * k[0], c + t * k[2] * k[2]};
}

Plane rotated(const Plane &plane, const Mat3 &rotation)
{
    Plane p = plane;
    p.row = normalized(times(rotation, plane.row));
    p.column = normalized(times(rotation, plane.column));
    return p;
}

Plane tilted(const Plane &plane, double aboutColumnDeg, double aboutRowDeg)
{
    Plane p = rotated(plane, rotationMatrix(plane.column, aboutColumnDeg));
    return rotated(p, rotationMatrix(p.row, aboutRowDeg));
}

Vec3 SliceGeometry::normal() const { return cross(row, column); }

Vec3 SliceGeometry::patientPosition(double x, double y) const
{
    const double u = x * spacing[0], v = y * spacing[1];
    return {origin[0] + u * row[0] + v * column[0], origin[1] + u * row[1] + v * column[1],
            origin[2] + u * row[2] + v * column[2]};
}

std::array<double, 2> SliceGeometry::pixelPosition(const Vec3 &point) const
{
    const Vec3 d{point[0] - origin[0], point[1] - origin[1], point[2] - origin[2]};
    return {dot(d, row) / spacing[0], dot(d, column) / spacing[1]};
}

double SliceGeometry::distance(const Vec3 &point) const
{
    const Vec3 d{point[0] - origin[0], point[1] - origin[1], point[2] - origin[2]};
    return dot(d, normal());
}

std::optional<ReferenceLine> referenceLine(const SliceGeometry &image, const SliceGeometry &other)
{
    const Vec3 n1 = image.normal(), n2 = other.normal();
    const Vec3 d = cross(n1, n2);
    const double dd = dot(d, d);
    if (dd < 1e-12)
        return std::nullopt;  // parallel planes
    // The point of the line nearest the patient origin, on both planes n1·x = h1 and n2·x = h2:
    // x0 = k1·n1 + k2·n2, solving the 2×2 system those two equations give.
    const double h1 = dot(n1, image.origin), h2 = dot(n2, other.origin);
    const double a = dot(n1, n1), b = dot(n1, n2), c = dot(n2, n2);
    const double det = a * c - b * b;
    const double k1 = (h1 * c - h2 * b) / det, k2 = (h2 * a - h1 * b) / det;
    const Vec3 x0{k1 * n1[0] + k2 * n2[0], k1 * n1[1] + k2 * n2[1], k1 * n1[2] + k2 * n2[2]};
    // In pixel coordinates: p(t) = p0 + t·v; clip t to the image rectangle (Liang–Barsky).
    const auto p0 = image.pixelPosition(x0);
    const Vec3 x1{x0[0] + d[0], x0[1] + d[1], x0[2] + d[2]};
    const auto p1 = image.pixelPosition(x1);
    const double v[2] = {p1[0] - p0[0], p1[1] - p0[1]};
    const double lo[2] = {-0.5, -0.5}, hi[2] = {image.width - 0.5, image.height - 0.5};
    double t0 = -1e300, t1 = 1e300;
    for (int a2 = 0; a2 < 2; ++a2) {
        if (std::abs(v[a2]) < 1e-15) {
            if (p0[std::size_t(a2)] < lo[a2] || p0[std::size_t(a2)] > hi[a2])
                return std::nullopt;
            continue;
        }
        double ta = (lo[a2] - p0[std::size_t(a2)]) / v[a2], tb = (hi[a2] - p0[std::size_t(a2)]) / v[a2];
        if (ta > tb)
            std::swap(ta, tb);
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
    }
    if (!(t0 < t1))
        return std::nullopt;
    return ReferenceLine{{p0[0] + t0 * v[0], p0[1] + t0 * v[1]}, {p0[0] + t1 * v[0], p0[1] + t1 * v[1]}};
}

QString directionLabel(const Vec3 &direction)
{
    const Vec3 d = normalized(direction);
    struct Part {
        double share;
        QChar letter;
    };
    Part parts[3] = {{std::abs(d[0]), d[0] > 0 ? QChar('L') : QChar('R')},
                     {std::abs(d[1]), d[1] > 0 ? QChar('P') : QChar('A')},
                     {std::abs(d[2]), d[2] > 0 ? QChar('H') : QChar('F')}};
    std::stable_sort(std::begin(parts), std::end(parts), [](const Part &a, const Part &b) { return a.share > b.share; });
    QString label;
    if (parts[0].share <= 0)
        return label;
    label += parts[0].letter;
    for (int i = 1; i < 3; ++i)
        if (parts[i].share >= 0.3)
            label += parts[i].letter;
    return label;
}

std::optional<std::pair<Vec3, Vec3>> patientOrientationDirections(const QString &patientOrientation)
{
    const QStringList parts = patientOrientation.trimmed().split(QLatin1Char('\\'));
    if (parts.size() != 2)
        return std::nullopt;
    std::array<Vec3, 2> directions{};
    for (int i = 0; i < 2; ++i) {
        const QString letters = parts[i].trimmed().toUpper();
        if (letters.isEmpty())
            return std::nullopt;
        Vec3 v{0, 0, 0};
        for (const QChar c : letters) {
            switch (c.toLatin1()) {
            case 'L': v[0] += 1; break;
            case 'R': v[0] -= 1; break;
            case 'P': v[1] += 1; break;
            case 'A': v[1] -= 1; break;
            case 'H': v[2] += 1; break;
            case 'F': v[2] -= 1; break;
            default: return std::nullopt;   // a quadruped's (CR, CD, …) or nothing known
            }
        }
        if (std::sqrt(dot(v, v)) < 1e-6)
            return std::nullopt;
        directions[std::size_t(i)] = normalized(v);
    }
    return std::pair{directions[0], directions[1]};
}

OrientationLabels orientationLabels(const Vec3 &row, const Vec3 &column)
{
    return {directionLabel({-row[0], -row[1], -row[2]}), directionLabel(row),
            directionLabel({-column[0], -column[1], -column[2]}), directionLabel(column)};
}

OrientationLabels orientationLabels(const SliceGeometry &geometry)
{
    return orientationLabels(geometry.row, geometry.column);
}

} // namespace strata::imaging
