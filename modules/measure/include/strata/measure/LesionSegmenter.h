#pragma once
/// Lesion quantification: segments a lesion in 3-D from a seed point (ITK region growing within an
/// intensity interval taken from the seed's neighbourhood, then hole filling) and reports its
/// volume, mean and maximum value, and the RECIST long axis with the perpendicular short axis.
///
/// Pure and thread-safe (reads the volume, never writes it); run it on strata::workPool() from the
/// GUI. Works on any orientation: the volume's index→patient transform gives every millimetre.
#include <strata/core/Result.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>

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

    /// CT: k = 3, SD floor 10 HU. Other modalities (MR, PT, ...): k = 2.5, SD floor 5 % of the
    /// neighbourhood's mean (set when segmenting, as the mean is known only then).
    static SegmentationOptions defaultFor(const QString &modality);
    bool relativeSdFloor = false;  ///< minimumSd is a fraction of |mean| (non-CT default)
};

/// A binary mask on a box of the volume's grid (index space).
struct LesionMask {
    std::array<int, 3> offset{0, 0, 0};  ///< index of the box's first voxel in the volume
    std::array<int, 3> size{0, 0, 0};
    std::vector<std::uint8_t> voxels;    ///< 1 inside; i fastest, then j, then k

    bool at(int i, int j, int k) const
    {
        return voxels[(std::size_t(k) * std::size_t(size[1]) + std::size_t(j)) * std::size_t(size[0]) + std::size_t(i)] != 0;
    }
};

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
    LesionMask mask;
};

/// Segments the lesion containing `seed` (patient mm). Errors: the seed outside the volume, an
/// empty volume, or a region of nothing but the seed's own interval failing (no voxel).
Result<LesionResult> segmentLesion(const dicom::Volume &volume, const imaging::Vec3 &seed,
                                   const SegmentationOptions &options);

/// The voxel index (fractional) of a patient position, through the inverse of indexToPatient.
imaging::Vec3 patientToIndex(const dicom::Volume &volume, const imaging::Vec3 &point);

} // namespace strata::measure
