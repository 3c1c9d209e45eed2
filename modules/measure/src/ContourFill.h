#pragma once
// An RT structure set's closed planar contours gathered by structure and plane, and a plane filled
// on a grid of its own: what the viewer draws (structureRegions, fine) and what a dose–volume
// histogram samples (at its own spacing, with no memory budget to leave planes out).
#include <strata/measure/Segmentations.h>

#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace strata::measure::detail {

/// The closed contours of one structure on one plane (a contour inside another is a hole).
struct ContourPlane {
    int roi = 0;
    imaging::Vec3 normal{0, 0, 0};
    double position = 0;   ///< along the normal
    std::vector<const StructureContour *> contours;

    /// The plane's row and column directions: the patient axis least along the normal, made
    /// perpendicular to it, and the normal × it.
    std::pair<imaging::Vec3, imaging::Vec3> axes() const;
    /// The contours' box in the plane: least and most along the row, then along the column (mm).
    std::array<double, 4> box() const;
    /// Its larger side (mm).
    double extent() const;
};

/// Every structure's closed planar contours of `set`, by structure and plane, in the set's order.
std::vector<ContourPlane> contourPlanes(const StructureSet &set);

struct FilledPlane {
    imaging::SliceGeometry plane;      ///< pixel (0, 0) at the contours' box corner, `step` mm apart
    std::vector<std::uint8_t> mask;    ///< a byte a pixel, non-zero inside an odd number of contours
};
/// The plane filled even–odd at the pixel centres of a grid `step` mm apart from the contours'
/// box corner — or, `centred`, half a step inside it (each pixel the middle of its cell: the
/// cells' area is the region's without a bias to one side); none for an empty plane or a grid of
/// more than 100,000 pixels a side.
std::optional<FilledPlane> fillPlane(const ContourPlane &plane, double step, bool centred);

} // namespace strata::measure::detail
