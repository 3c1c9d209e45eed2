#pragma once
/// The geometry and statistics of the measurement tools, on any image plane (native slice or
/// oblique MPR): lengths, angles, Cobb angles, ellipse / polygon / freehand ROI statistics and the
/// point probe, all in the plane's calibrated units (patient mm, or pixels without a calibration).
///
/// Points are patient positions (LPS, mm) on the plane; they are projected onto it and scaled by
/// the calibration, so an uncalibrated image measures in pixels and a detector-calibrated one in
/// detector millimetres, whatever spacing its SliceGeometry carries.
#include <strata/imaging/Plane.h>
#include <strata/imaging/Reslicer.h>
#include <strata/measure/Calibration.h>

#include <QString>

#include <array>
#include <vector>

namespace strata::measure {

using imaging::Vec3;
using Vec2 = std::array<double, 2>;

/// The plane a measurement is drawn on: where its pixels lie, and what one pixel measures.
struct ImagePlane {
    imaging::SliceGeometry geometry;
    Calibration calibration;
    QString modality;  ///< e.g. "CT": values are then shown in HU

    /// An image plane whose calibration is its own geometry's spacing (reconstructed volumes, MPR).
    static ImagePlane ofVolumeSlice(const imaging::SliceGeometry &geometry, const QString &modality = {});
    /// The point's position in the plane, in calibrated units (pixel position × spacing).
    Vec2 planePosition(const Vec3 &point) const;
    /// The unit of values: "HU" for CT, else empty.
    QString valueUnit() const;
};

/// The unit of an image's values as shown: its own (a PET's "Bq/ml"), else by modality ("HU" for CT).
QString valueUnitOf(const dicom::DicomHeader &header);

/// Distance between two points in the plane (mm, or px uncalibrated).
double length(const ImagePlane &plane, const Vec3 &a, const Vec3 &b);
/// The angle at `vertex` between the arms to `a` and `b`, degrees in [0, 180].
double angleDegrees(const ImagePlane &plane, const Vec3 &a, const Vec3 &vertex, const Vec3 &b);
/// Cobb angle: the angle between the line a1–a2 and the line b1–b2 (endplate lines), degrees in
/// [0, 90] (lines have no direction).
double cobbAngleDegrees(const ImagePlane &plane, const Vec3 &a1, const Vec3 &a2, const Vec3 &b1, const Vec3 &b2);

enum class RoiShape { Ellipse, Polygon };

/// A region on a plane. Ellipse: points = {centre, end of the first semi-axis, a point giving the
/// second semi-axis (its distance from the first axis's line)}. Polygon (also freehand): the
/// vertices in order, closed implicitly.
struct Roi {
    RoiShape shape = RoiShape::Polygon;
    std::vector<Vec3> points;
};

struct RoiStatistics {
    double area = 0;          ///< the shape's own area (π·a·b, or the polygon's), calibrated units²
    double pixelArea = 0;     ///< pixelCount × the area of one pixel
    long long pixelCount = 0; ///< pixels whose centres lie inside and that have a value
    /// Pixels inside without a value (not finite: padding outside a CT's field of view, or off the
    /// image), left out of the count and the statistics.
    long long excludedCount = 0;
    double mean = 0;
    double standardDeviation = 0;  ///< sample standard deviation (n − 1)
    double min = 0;
    double max = 0;
};

/// The shape's area alone (no pixels needed), calibrated units².
double roiArea(const ImagePlane &plane, const Roi &roi);

/// Statistics of the image's pixels inside the region; pixels that are not finite have no value
/// (padding, off the image) and are counted apart. The image's geometry must be the plane's.
RoiStatistics roiStatistics(const ImagePlane &plane, const imaging::SliceImage &image, const Roi &roi);

struct ProbeValue {
    bool inside = false;      ///< the point falls on a pixel of the image
    int x = 0, y = 0;         ///< the pixel (nearest)
    double value = 0;         ///< its value (HU for CT)
    Vec3 patient{0, 0, 0};    ///< the point projected onto the plane, patient mm
};

/// The value under a point (nearest pixel) and where it is.
ProbeValue probe(const imaging::SliceImage &image, const Vec3 &point);

} // namespace strata::measure
