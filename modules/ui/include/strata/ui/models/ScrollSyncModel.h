#pragma once
/// Synchronized scrolling by patient position: which viewports follow a scrolled one, and to which
/// of their slices. Viewports of one frame of reference go to the slice nearest the same position;
/// a series of another frame of reference (a prior study) keeps the distance it had when linked.
/// Only parallel stacks follow (reference lines show the relation of the others); a viewport never
/// moves another showing the same series. No widget: tested headless.
#include <strata/imaging/Plane.h>

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace strata::ui {

/// A viewport's native slices as scroll sync sees them.
struct SyncStack {
    const void *series = nullptr;       ///< identity of the series shown
    QString frameOfReference;           ///< empty: unknown (never the same as another's)
    std::vector<imaging::Vec3> origins; ///< patient position of each slice's first pixel
    imaging::Vec3 normal{0, 0, 1};      ///< of the slice shown
    int slice = 0;                      ///< the slice shown

    /// Where the slice shown lies along its normal (mm).
    double position() const { return imaging::dot(origins[std::size_t(slice)], normal); }
};

class ScrollSyncModel {
public:
    /// Viewports are indexed as in the layout; an empty entry is a viewport without native slices.
    using Stacks = std::vector<std::optional<SyncStack>>;

    /// The slice whose origin along `normal` is nearest `position` (mm); `fallback` when none.
    static int nearestSlice(const std::vector<imaging::Vec3> &origins, const imaging::Vec3 &normal, double position,
                            int fallback);

    /// The slice of a stack through a patient point (the linked cursor: a point shown in one series
    /// found in another of its frame of reference, in any orientation): the slice whose plane is
    /// nearest the point, when the point lies within half the step to its neighbours (at least half
    /// its thickness, and 0.5 mm) of that plane and over its pixels; none otherwise (beyond the
    /// series' first or last slice, or beside its field of view).
    static std::optional<int> sliceThrough(const std::vector<imaging::SliceGeometry> &slices, const imaging::Vec3 &point);
    /// How far from a slice's plane a point still counts as on it (see sliceThrough).
    static double onSliceTolerance(const std::vector<imaging::SliceGeometry> &slices, int slice);

    /// Links every viewport to `active` where they stand: those of its frame of reference with no
    /// offset, the others (an unknown frame of reference included) at the distance they are now.
    void link(int active, const Stacks &stacks);
    /// Forgets every offset (all viewports as if of one frame of reference).
    void clear() { m_offsets.clear(); }
    /// Forgets one viewport's offset (it shows another series now).
    void clear(int index);
    /// The distance (mm along the normal) a viewport is kept from the others.
    double offset(int index) const;

    /// Where the others go when viewport `source` shows a new slice: (viewport, slice) for each
    /// one that follows and is not at that slice already.
    std::vector<std::pair<int, int>> follow(int source, const Stacks &stacks) const;

private:
    std::vector<double> m_offsets;
};

} // namespace strata::ui
