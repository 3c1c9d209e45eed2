#pragma once
/// Lesion quantification: segments a lesion in 3-D from a seed point (ITK region growing within an
/// intensity interval taken from the seed's neighbourhood, then hole filling) and reports its
/// volume, mean and maximum value, and the RECIST long axis with the perpendicular short axis.
///
/// Pure and thread-safe (reads the volume, never writes it); run it on strata::workPool() from the
/// GUI. Works on any orientation: the volume's index→patient transform gives every millimetre.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/VoxelMask.h>
#include <strata/measure/Measurement.h>

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace strata::measure {

struct SegmentationOptions {
    /// The interval of values that belong to the lesion. Unset: mean ± k·SD of the seed's
    /// neighbourhood (a 5×5×5 voxel box), with a floor on the SD, per modality (see
    /// defaultFor); set both to override.
    std::optional<double> lower;
    std::optional<double> upper;
    double multiplier = 3.0;    ///< k
    double minimumSd = 10.0;    ///< floor on the neighbourhood's SD, in the volume's units
    /// The region grows at most this far from the seed (mm along each axis); reaching it is
    /// reported as `reachedLimit` (the region probably leaked into its surroundings).
    double maxRadiusMm = 60.0;
    /// A box drawn around the lesion: voxels whose centre lies outside it are never part of it (a
    /// lesion against a vessel or an organ of its density stops at the box), and the region grows
    /// within the box alone — maxRadiusMm does not apply, and touching the box is no leak
    /// (`touchedBox`). On a PET the hottest voxel is sought in the whole box.
    std::optional<LesionBox> box;

    /// PET (metabolic tumour volume): unless the interval is given, the lesion is what connects to
    /// the hottest voxel within `peakSearchMm` of the seed at this fraction of that voxel's value
    /// or more (EANM's fixed threshold, 41 %), whatever the hottest value around it.
    std::optional<double> peakFraction;
    double peakSearchMm = 10.0;

    /// CT: k = 3, SD floor 10 HU. PT: 41 % of the peak near the seed. Other modalities (MR, NM,
    /// ...): k = 2.5, SD floor 5 % of the neighbourhood's mean (set when segmenting, as the mean
    /// is known only then).
    static SegmentationOptions defaultFor(const QString &modality);
    bool relativeSdFloor = false;  ///< minimumSd is a fraction of |mean| (non-CT default)
};

/// A lesion's mask: a binary mask on a box of the segmented volume's grid.
using LesionMask = imaging::VoxelMask;

/// A lesion's mask with the geometry of the grid it lies on (dimensions, spacing, index→patient;
/// no voxels): what its outline on any plane, the store and a SEG need.
struct LesionShape {
    LesionMask mask;
    dicom::Volume grid;  ///< the segmented volume's geometry (voxels empty)

    /// The voxels inside the mask.
    long long voxelCount() const;
};

/// The shape of a mask on `volume`: the mask cropped to the box of its voxels, with the volume's
/// geometry (its voxels are not copied).
LesionShape lesionShapeOf(const LesionMask &mask, const dicom::Volume &volume);

/// A compact encoding of a shape for the store: a versioned header with the grid's geometry and
/// the mask's box, then the box's voxels one bit each, zlib-compressed (a 30 mm sphere on a
/// 0.7 mm grid: about 2 kB).
QByteArray encodeLesionShape(const LesionShape &shape);
/// The shape of encodeLesionShape's bytes; Malformed when they are not such an encoding.
Result<LesionShape> decodeLesionShape(const QByteArray &bytes);

struct LesionResult {
    imaging::Vec3 seed{0, 0, 0};       ///< patient mm
    double lower = 0, upper = 0;       ///< the interval used
    long long voxelCount = 0;
    double volumeMl = 0;
    double mean = 0;
    double max = 0;
    /// RECIST: the longest diameter in one slice of the volume (its k planes: axial for an axial
    /// acquisition), between voxel centres plus one voxel's length along the line, and the longest
    /// diameter perpendicular to it in
    /// the same slice. Endpoints are voxel centres (patient mm).
    double longAxisMm = 0;
    double shortAxisMm = 0;
    std::array<imaging::Vec3, 2> longAxis{};
    std::array<imaging::Vec3, 2> shortAxis{};
    int recistSlice = 0;               ///< the volume's k index of that slice
    bool reachedLimit = false;         ///< the region touched maxRadiusMm: probably leaked
    bool touchedBox = false;           ///< the region reached the drawn box (SegmentationOptions::box)
    LesionMask mask;
};

/// PET's peak uptake (PERCIST's SUVpeak before the SUV factor): the highest mean of the volume's
/// values over a sphere of `sphereMl` (1 mL: 12.4 mm across) centred on a voxel of the lesion —
/// less sensitive to noise than its hottest voxel. The lesion's max when the sphere holds no voxel.
double lesionPeak(const LesionResult &r, const dicom::Volume &volume, double sphereMl = 1.0);

/// Segments the lesion containing `seed` (patient mm). Errors: the seed outside the volume, an
/// empty volume, or a region of nothing but the seed's own interval failing (no voxel);
/// ErrorCode::Cancelled once `cancel` is set (polled between the stages and slice by slice).
Result<LesionResult> segmentLesion(const dicom::Volume &volume, const imaging::Vec3 &seed,
                                   const SegmentationOptions &options, const CancellationToken &cancel = {});

/// A lesion of a known mask (a SEG's segment) on its grid: voxel count, volume, the RECIST axes
/// and slice as segmentLesion measures them, and the mask's centroid as the seed. No values
/// (mean, max, interval): the grid has no voxels.
LesionResult lesionOfMask(const LesionShape &shape);

/// The values of `volume` (the grid of r.mask) inside the mask: r.mean, r.max, and the interval
/// r.lower…r.upper its lowest and highest value (what a SEG's segment measured on its series
/// gives, where no region was grown).
void addMaskValues(LesionResult &r, const dicom::Volume &volume);

/// The stack-order index of the native slice nearest a patient point (along the stack's normal);
/// -1 for an empty stack.
int nearestSlice(const dicom::Stack &stack, const imaging::Vec3 &point);

/// A segmented lesion as a measurement of its study (kind lesion): the seed and the ends of the
/// long and short axes as points, the plane of the RECIST slice, the values (volume, mean, max,
/// long_axis, short_axis, voxel_count and the interval lower/upper), author and times. `image`
/// names the native slice nearest the seed (see nearestSlice); `mask` is the lesion's shape
/// (lesionShapeOf). What `strata segment --save` and the viewer's lesion tool keep.
Measurement lesionMeasurement(const LesionResult &r, const dicom::Volume &volume, const QString &modality,
                              const ImageReference &image);

/// The voxel index (fractional) of a patient position, through the inverse of indexToPatient.
imaging::Vec3 patientToIndex(const dicom::Volume &volume, const imaging::Vec3 &point);

} // namespace strata::measure
