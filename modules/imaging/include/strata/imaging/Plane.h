#pragma once
/// Planes through a volume in patient space (LPS, mm): the three standard planes in radiological
/// patient orientation, oblique planes by rotating the crosshair, the geometry of a resliced image
/// (pixel ↔ patient point) and the orientation labels of its edges.
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/Volume.h>

#include <QString>

#include <array>
#include <cmath>
#include <optional>

namespace strata::imaging {

using Vec3 = std::array<double, 3>;
/// Row-major 3×3 matrix.
using Mat3 = std::array<double, 9>;

/// Patient-space arithmetic, shared by the imaging core and the viewer.
inline double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
inline Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
inline Vec3 difference(const Vec3 &a, const Vec3 &b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
/// `v` of length 1 (unchanged when it has none).
inline Vec3 normalized(const Vec3 &v)
{
    const double n = std::sqrt(dot(v, v));
    return n > 0 ? Vec3{v[0] / n, v[1] / n, v[2] / n} : v;
}
/// m · v.
inline Vec3 times(const Mat3 &m, const Vec3 &v)
{
    return {m[0] * v[0] + m[1] * v[1] + m[2] * v[2], m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
            m[6] * v[0] + m[7] * v[1] + m[8] * v[2]};
}

enum class PlaneOrientation {
    Axial,     ///< screen left = patient right, top = anterior (looking from the feet)
    Coronal,   ///< screen left = patient right, top = head (looking from the front)
    Sagittal,  ///< screen left = anterior, top = head (looking from the patient's left)
};

QString planeOrientationName(PlaneOrientation orientation);

/// A plane as the viewer sees it: a centre point and two orthonormal screen axes in patient
/// coordinates. `row` points to the right along a screen row, `column` points down the screen.
struct Plane {
    Vec3 center{0, 0, 0};
    Vec3 row{1, 0, 0};
    Vec3 column{0, 1, 0};

    /// row × column: points away from the viewer (into the screen); slab thickness is along it.
    Vec3 normal() const;
};

/// A standard plane through `center` (patient orientation, whatever the acquisition).
Plane standardPlane(PlaneOrientation orientation, const Vec3 &center);

/// The plane of the volume's k-th slice as stored (row = i axis, column = j axis), centred on it.
Plane nativePlane(const dicom::Volume &volume, double k);

/// The patient position of the volume's centre (its middle voxel, fractional for even sizes).
Vec3 volumeCenter(const dicom::Volume &volume);

/// The smallest patient-axis-aligned box (LPS, mm) holding the centres of the volume's eight
/// corner voxels: xmin, xmax, ymin, ymax, zmin, zmax. Oblique volumes get the box around them.
std::array<double, 6> volumeBounds(const dicom::Volume &volume);

/// `plane` rotated about its centre by a rotation matrix given in patient coordinates.
Plane rotated(const Plane &plane, const Mat3 &rotation);

/// Rotating the crosshair: `plane` turned about its own screen axes through its centre, first by
/// `aboutColumnDeg` around the column (vertical) axis, then by `aboutRowDeg` around the (new) row
/// axis. Right-handed: a positive angle turns counter-clockwise as seen from the axis's tip.
Plane tilted(const Plane &plane, double aboutColumnDeg, double aboutRowDeg);

/// Rotation by `degrees` about a unit `axis` (right-handed).
Mat3 rotationMatrix(const Vec3 &axis, double degrees);

/// Where a resliced image lies: pixel (x, y) (column x, row y, 0-based, pixel centres) is at
/// origin + x·spacing[0]·row + y·spacing[1]·column.
struct SliceGeometry {
    int width = 0;
    int height = 0;
    Vec3 origin{0, 0, 0};          ///< patient position of pixel (0, 0)
    Vec3 row{1, 0, 0};             ///< unit vector along a row (to the right)
    Vec3 column{0, 1, 0};          ///< unit vector down a column
    std::array<double, 2> spacing{1, 1};  ///< mm between columns (along row), between rows (along column)
    double thickness = 0;          ///< slab thickness in mm (0 for a plain slice)

    Vec3 normal() const;
    /// Patient point of a (fractional) pixel position, e.g. of a mouse position.
    Vec3 patientPosition(double x, double y) const;
    /// Pixel position (fractional) of the point's projection on the plane.
    std::array<double, 2> pixelPosition(const Vec3 &point) const;
    /// Signed distance of a point from the plane along normal() (mm).
    double distance(const Vec3 &point) const;
};

/// The plane of a single-frame image as stored (pixel (0, 0) at Image Position (Patient), rows and
/// columns along Image Orientation (Patient), Pixel Spacing); nothing when the header lacks any of
/// them.
std::optional<SliceGeometry> imageGeometry(const dicom::DicomHeader &header);

/// A reference line: where another plane cuts an image, in the image's pixel coordinates
/// (fractional, clipped to the image's edges at −0.5 and width/height − 0.5).
struct ReferenceLine {
    std::array<double, 2> from{0, 0};
    std::array<double, 2> to{0, 0};
};

/// Where the plane of `other` (through its origin, along its normal) crosses `image`; nothing when
/// the planes are parallel or the line misses the image.
std::optional<ReferenceLine> referenceLine(const SliceGeometry &image, const SliceGeometry &other);

/// The letters of a direction in patient space: L/R (x), P/A (y), H/F (z), strongest first;
/// a secondary axis is named when its share is at least 0.3 (≈ 17° off the main axis), so a
/// slightly oblique plane keeps single letters and a clearly oblique one reads e.g. "AL".
QString directionLabel(const Vec3 &direction);

/// Labels for the four edges of a plane (what lies in that direction from the centre).
struct OrientationLabels {
    QString left, right, top, bottom;
};
OrientationLabels orientationLabels(const Vec3 &row, const Vec3 &column);
/// The patient directions of an image's rows and columns from its Patient Orientation (0020,0020,
/// "L\\F", "A\\FR": letters L R A P H F, combined for oblique), as LPS unit vectors; none when it is
/// empty or not made of those letters (a quadruped's, an unknown one).
std::optional<std::pair<Vec3, Vec3>> patientOrientationDirections(const QString &patientOrientation);
OrientationLabels orientationLabels(const SliceGeometry &geometry);

} // namespace strata::imaging
