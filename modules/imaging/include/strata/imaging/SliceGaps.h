#pragma once
/// Where a stack has no native slice for longer than its usual step (the MissingSlices rule: a step
/// over 1.5 × the median step), and where such a gap cuts an image's plane: MPR shows values
/// interpolated between the neighbouring slices there, and the viewer marks the band.
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/Plane.h>

#include <array>
#include <vector>

namespace strata::imaging {

/// A stretch along the stack's normal between two neighbouring slices farther apart than the rule.
struct SliceGap {
    int before = 0;     ///< stack index of the slice below the gap (the next one is before + 1)
    double from = 0;    ///< its distance along the normal (mm)
    double to = 0;      ///< the next slice's distance (mm)
    double size() const { return to - from; }
};

/// The ratio of a step to the usual (median) step above which the step counts as a gap.
inline constexpr double kGapFactor = 1.5;

/// The gaps of sorted slice distances (ascending, mm) whose usual step is `usualStep` (mm): every
/// step larger than kGapFactor × usualStep. None when usualStep is not positive.
std::vector<SliceGap> sliceGaps(const std::vector<double> &distances, double usualStep);
/// The gaps of a stack (its slices' distances and sliceSpacing); none without geometry.
std::vector<SliceGap> sliceGaps(const dicom::Stack &stack);

/// The part of an image lying in a gap, as a convex polygon in the image's pixel coordinates
/// (fractional, the image's edges at −0.5 and width/height − 0.5): the points whose distance along
/// `normal` (the stack's, unit) is between `from` and `to`. Empty when the plane misses the gap.
/// The slices are planes across `normal` whatever the gantry tilt, so this holds for tilted stacks.
std::vector<std::array<double, 2>> gapRegion(const SliceGeometry &image, const Vec3 &normal, double from, double to);

} // namespace strata::imaging
