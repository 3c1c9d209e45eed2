#pragma once
/// Curved planar reformation (CPR): the volume sampled along a path laid through it (a vessel's
/// centre line, a mandible's arch, a ureter, the spine), so that a structure that winds through
/// many slices shows whole in one picture.
///
/// The path is a smooth curve through the points the reader placed (a cardinal spline, VTK's
/// vtkParametricSpline), sampled every pixel along its length. Two pictures of it:
/// - Straightened: the curve becomes the picture's middle row; each column is the line across
///   the curve at that point, turned about the curve by `angle` (a rotation-minimizing frame, so
///   the picture does not twist where the curve bends). Lengths along a row are lengths along the
///   curve: a stenosis' extent, a stent's length, a vessel's course are measured as they are.
/// - Stretched: each column is the line along one fixed direction (`down`: the normal of the plane
///   the path was drawn on) through the curve's point; the columns are spaced by the curve's
///   length seen along `down`. A dental panorama (an arch drawn on an axial slice) is the classic one; the
///   anatomy keeps its shape around the curve, and heights are true.
///
/// Values come from VTK's image interpolator (vtkImageInterpolator, linear or cubic) in the
/// volume's index space, so a sheared (gantry-tilted) volume is sampled through its exact geometry.
/// A thick reformat takes the maximum (MIP) across the picture's plane, for a vessel whose centre
/// line is only roughly drawn.
#include <strata/core/Result.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/Reslicer.h>

#include <vector>

namespace strata::imaging {

enum class CurvedMode { Straightened, Stretched };

struct CurvedOptions {
    CurvedMode mode = CurvedMode::Straightened;
    /// Straightened: the lines across the curve turned by this about it (degrees, right-handed
    /// about the curve's direction); 0 starts them along `down`. Stretched: not used.
    double angleDeg = 0;
    /// The direction down the picture's columns (patient LPS; need not be of unit length; by
    /// default towards the feet, so the head is at the top). Straightened: the lines across the
    /// curve start along it (projected across the curve at its start). Stretched: every column
    /// runs along it; it must not lie along the whole curve.
    Vec3 down{0, 0, -1};
    double widthMm = 60;           ///< the picture's height: how far across the curve it reaches
    double pixelSpacing = 0;       ///< mm per picture pixel, both ways; 0: the volume's finest spacing
    double thicknessMm = 0;        ///< > 0: MIP over this thickness across the picture's plane
    Interpolation interpolation = Interpolation::Linear;
    float background = -1024.0f;   ///< value of points outside the volume
};

/// A curved reformat: the picture, and where each of its pixels lies in the patient.
struct CurvedImage {
    int width = 0;                 ///< columns: samples along the curve
    int height = 0;                ///< rows: samples across it
    double spacing = 1;            ///< mm per pixel, both ways
    CurvedMode mode = CurvedMode::Straightened;
    std::vector<float> pixels;     ///< row-major, the volume's units
    std::vector<Vec3> centre;      ///< per column: the curve's point (patient, mm)
    std::vector<Vec3> tangent;     ///< per column: the curve's direction there (unit)
    std::vector<Vec3> across;      ///< per column: the direction down a column (unit)
    double length = 0;             ///< mm along the curve (straightened) or as seen along `down` (stretched)

    float at(int x, int y) const { return pixels[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }
    /// The row the curve runs along (the middle one).
    double centreRow() const { return (height - 1) / 2.0; }
    /// The patient point a (fractional) picture position shows.
    Vec3 patientPosition(double x, double y) const;
    /// The distance along the curve from its start to column x (mm).
    double distanceAlong(double x) const { return x * spacing; }
    /// The plane across the curve at (fractional) column x (its normal the curve's tangent, its
    /// column vector the picture's across direction, its centre the curve's point there, as
    /// patientPosition gives it): the cross-section there.
    Plane crossSection(double x) const;
};

/// The direction down the picture for a path laid on an image whose rows and columns run along
/// `row` and `column` (unit vectors). Stretched: the image's normal, towards the feet (else the
/// back, else the patient's left), so that an arch laid on an axial slice opens as a panorama with
/// the head up. Straightened: the image's column, as on the image, unless the path runs down it (a
/// vessel followed from head to feet on a coronal plane): then the image's row.
Vec3 downOnImage(const std::vector<Vec3> &points, CurvedMode mode, const Vec3 &row, const Vec3 &column);

/// The smooth curve through `points` (at least two, consecutive duplicates dropped), sampled every
/// `step` mm along its length, ends included. Errors: fewer than two distinct points, a step ≤ 0.
Result<std::vector<Vec3>> smoothPath(const std::vector<Vec3> &points, double step);

/// The fewest of `points` (a polyline, in order) that keep every one of them within `tolerance`
/// mm of the polyline through those kept (Douglas–Peucker; the ends always kept): a curve written
/// densely (a report's centreline a millimetre a point) back to points one can edit.
std::vector<Vec3> simplifyPath(const std::vector<Vec3> &points, double tolerance);

/// The length (mm) of the smooth curve through `points`, the curve curvedReformat straightens and
/// smoothPath samples: what a centreline measures (an aorta from its valve to its bifurcation, a
/// ureter). 0 with fewer than two distinct points.
double curveLength(const std::vector<Vec3> &points);

/// The curved reformat of `volume` along the curve through `points`. Errors: an empty or
/// inconsistent volume, fewer than two distinct points, `down` of no length or (stretched) along
/// the whole curve, a picture larger than 16384 pixels on a side.
Result<CurvedImage> curvedReformat(const dicom::Volume &volume, const std::vector<Vec3> &points,
                                   const CurvedOptions &options = {});

} // namespace strata::imaging
