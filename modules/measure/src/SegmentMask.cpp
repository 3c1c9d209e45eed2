// A segment of a segmentation resampled onto a volume's voxels (what the 3D view draws and
// "Measure the Segments" measures). Apart from Segmentations.cpp, which the SEG fuzzer builds alone.
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/Segmentations.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace strata::measure {
namespace {

/// The most common step between distinct values (the median of the gaps over 0.001 between them,
/// sorted); none with fewer than two distinct values.
std::optional<double> medianStep(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    std::vector<double> gaps;
    for (std::size_t i = 1; i < values.size(); ++i)
        if (values[i] - values[i - 1] > 1e-3)
            gaps.push_back(values[i] - values[i - 1]);
    if (gaps.empty())
        return std::nullopt;
    std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2), gaps.end());
    return gaps[gaps.size() / 2];
}

} // namespace
imaging::VoxelMask segmentMask(const Segmentation &segmentation, int segmentNumber, const dicom::Volume &grid)
{
    imaging::VoxelMask mask;
    const auto &dims = grid.dimensions;
    if (dims[0] <= 0 || dims[1] <= 0 || dims[2] <= 0)
        return mask;
    const auto &m = grid.indexToPatient;
    const imaging::Vec3 sliceNormal = imaging::normalized(imaging::cross({m[0], m[4], m[8]}, {m[1], m[5], m[9]}));
    const auto index = [&grid](const imaging::Vec3 &p) { return grid.indexPosition(p); };

    // The segment's frames, parallel to the grid's slices (with their fractional slice index) or not.
    struct Parallel {
        double k;
        std::size_t frame;
    };
    std::vector<Parallel> parallel;
    std::vector<std::size_t> across;
    std::vector<double> allPlanes;   // every parallel frame's slice index, all segments: the frame spacing
    for (std::size_t f = 0; f < segmentation.frames.size(); ++f) {
        const imaging::SliceGeometry &plane = segmentation.frames[f].plane;
        const bool isParallel = std::abs(imaging::dot(imaging::normalized(plane.normal()), sliceNormal)) > 0.9999;
        if (isParallel)
            allPlanes.push_back(index(plane.origin)[2]);
        if (segmentation.frames[f].segment != segmentNumber || segmentation.bounds(f).empty())
            continue;
        if (isParallel)
            parallel.push_back({allPlanes.back(), f});
        else
            across.push_back(f);
    }
    if (parallel.empty() && across.empty())
        return mask;
    // Half the frames' most common step (in the grid's slices), at least half a slice: how far a
    // frame reaches. Frames left out as empty do not widen it.
    const double reach = std::max(1.0, medianStep(std::move(allPlanes)).value_or(1.0)) / 2 + 1e-6;
    // Frames across the slices (a sagittal SEG over an axial series): each voxel within half their
    // step (at least half the voxel's depth along them) of a frame takes its pixel, so a SEG of
    // coarser pixels or farther planes leaves no holes.
    double acrossReachMm = 0;
    imaging::Vec3 acrossNormal{0, 0, 1};
    if (!across.empty()) {
        acrossNormal = imaging::normalized(segmentation.frames[across.front()].plane.normal());
        std::vector<double> offsets;
        for (const SegmentationFrame &frame : segmentation.frames)
            if (std::abs(imaging::dot(imaging::normalized(frame.plane.normal()), acrossNormal)) > 0.9999)
                offsets.push_back(imaging::dot(frame.plane.origin, acrossNormal));
        double depth = 0;   // a voxel's extent along the frames' normal
        for (int a = 0; a < 3; ++a)
            depth += std::abs(imaging::dot(acrossNormal, {m[std::size_t(a)], m[std::size_t(4 + a)], m[std::size_t(8 + a)]}));
        acrossReachMm = std::max(depth, medianStep(std::move(offsets)).value_or(depth)) / 2 + 1e-6;
    }

    // The box of the grid the frames can reach.
    std::array<int, 3> lo{dims[0], dims[1], dims[2]}, hi{-1, -1, -1};
    const auto cover = [&](const imaging::Vec3 &idx, double kReach) {
        for (int a = 0; a < 3; ++a) {
            const double r = a == 2 ? kReach : 0.5;
            lo[std::size_t(a)] = std::min(lo[std::size_t(a)], int(std::floor(idx[std::size_t(a)] - r)));
            hi[std::size_t(a)] = std::max(hi[std::size_t(a)], int(std::ceil(idx[std::size_t(a)] + r)));
        }
    };
    const auto corners = [&segmentation](std::size_t f) {
        const Segmentation::Bounds &b = segmentation.bounds(f);
        const imaging::SliceGeometry &plane = segmentation.frames[f].plane;
        std::array<imaging::Vec3, 4> c;
        int n = 0;
        for (const double y : {b.top - 0.5, b.bottom + 0.5})
            for (const double x : {b.left - 0.5, b.right + 0.5})
                c[std::size_t(n++)] = plane.patientPosition(x, y);
        return c;
    };
    for (const Parallel &p : parallel)
        for (const imaging::Vec3 &c : corners(p.frame))
            cover(index(c), reach);
    // A frame across the slices reaches a slab about its plane.
    const auto slab = [&](std::size_t f) {
        const imaging::Vec3 n = imaging::normalized(segmentation.frames[f].plane.normal());
        std::array<imaging::Vec3, 8> c;
        int i = 0;
        for (const imaging::Vec3 &corner : corners(f))
            for (const double side : {-acrossReachMm, acrossReachMm})
                c[std::size_t(i++)] = {corner[0] + side * n[0], corner[1] + side * n[1], corner[2] + side * n[2]};
        return c;
    };
    for (const std::size_t f : across)
        for (const imaging::Vec3 &c : slab(f))
            cover(index(c), 0.5);
    for (int a = 0; a < 3; ++a) {
        lo[std::size_t(a)] = std::max(lo[std::size_t(a)], 0);
        hi[std::size_t(a)] = std::min(hi[std::size_t(a)], dims[std::size_t(a)] - 1);
        if (hi[std::size_t(a)] < lo[std::size_t(a)])
            return mask;   // beside the grid
    }
    imaging::VoxelMask box;
    box.offset = lo;
    box.size = {hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
    box.voxels.assign(std::size_t(box.size[0]) * std::size_t(box.size[1]) * std::size_t(box.size[2]), 0);
    const auto voxel = [&box](int i, int j, int k) -> std::uint8_t & {
        return box.voxels[(std::size_t(k - box.offset[2]) * std::size_t(box.size[1]) + std::size_t(j - box.offset[1])) * std::size_t(box.size[0])
                          + std::size_t(i - box.offset[0])];
    };

    // Parallel frames: each slice of the box from the frame(s) nearest it within reach.
    for (int k = lo[2]; k <= hi[2]; ++k) {
        double nearest = reach;
        for (const Parallel &p : parallel)
            nearest = std::min(nearest, std::abs(p.k - k));
        if (nearest >= reach)
            continue;
        for (const Parallel &p : parallel) {
            if (std::abs(p.k - k) > nearest + 1e-3)
                continue;
            const imaging::SliceGeometry &plane = segmentation.frames[p.frame].plane;
            const Segmentation::Bounds &b = segmentation.bounds(p.frame);
            // The frame's pixel under each voxel centre: linear in (i, j).
            const std::array<double, 3> p0 = grid.patientPosition(0, 0, k), pi = grid.patientPosition(1, 0, k), pj = grid.patientPosition(0, 1, k);
            const std::array<double, 2> x0 = plane.pixelPosition({p0[0], p0[1], p0[2]});
            const std::array<double, 2> xi = plane.pixelPosition({pi[0], pi[1], pi[2]});
            const std::array<double, 2> xj = plane.pixelPosition({pj[0], pj[1], pj[2]});
            const double dci = xi[0] - x0[0], dri = xi[1] - x0[1], dcj = xj[0] - x0[0], drj = xj[1] - x0[1];
            for (int j = lo[1]; j <= hi[1]; ++j)
                for (int i = lo[0]; i <= hi[0]; ++i) {
                    const int column = int(std::lround(x0[0] + i * dci + j * dcj));
                    const int row = int(std::lround(x0[1] + i * dri + j * drj));
                    if (column >= b.left && column <= b.right && row >= b.top && row <= b.bottom && segmentation.inside(p.frame, column, row))
                        voxel(i, j, k) = 1;
                }
        }
    }
    // Frames across the slices: each voxel of the frame's slab the pixel nearest its centre.
    for (const std::size_t f : across) {
        const Segmentation::Bounds &b = segmentation.bounds(f);
        const imaging::SliceGeometry &plane = segmentation.frames[f].plane;
        std::array<int, 3> from{hi[0], hi[1], hi[2]}, to{lo[0], lo[1], lo[2]};
        for (const imaging::Vec3 &c : slab(f)) {
            const imaging::Vec3 idx = index(c);
            for (std::size_t a = 0; a < 3; ++a) {
                from[a] = std::max(lo[a], std::min(from[a], int(std::floor(idx[a]))));
                to[a] = std::min(hi[a], std::max(to[a], int(std::ceil(idx[a]))));
            }
        }
        // Pixel column, row and distance from the plane: linear in (i, j, k).
        const auto at = [&](int i, int j, int k) {
            const std::array<double, 3> p = grid.patientPosition(i, j, k);
            const imaging::Vec3 q{p[0], p[1], p[2]};
            const std::array<double, 2> x = plane.pixelPosition(q);
            return std::array<double, 3>{x[0], x[1], plane.distance(q)};
        };
        const std::array<double, 3> a0 = at(0, 0, 0), ai = at(1, 0, 0), aj = at(0, 1, 0), ak = at(0, 0, 1);
        std::array<double, 3> di, dj, dk;
        for (std::size_t c = 0; c < 3; ++c) {
            di[c] = ai[c] - a0[c];
            dj[c] = aj[c] - a0[c];
            dk[c] = ak[c] - a0[c];
        }
        for (int k = from[2]; k <= to[2]; ++k)
            for (int j = from[1]; j <= to[1]; ++j)
                for (int i = from[0]; i <= to[0]; ++i) {
                    const double d = a0[2] + i * di[2] + j * dj[2] + k * dk[2];
                    if (std::abs(d) > acrossReachMm)
                        continue;
                    const int column = int(std::lround(a0[0] + i * di[0] + j * dj[0] + k * dk[0]));
                    const int row = int(std::lround(a0[1] + i * di[1] + j * dj[1] + k * dk[1]));
                    if (column >= b.left && column <= b.right && row >= b.top && row <= b.bottom && segmentation.inside(f, column, row))
                        voxel(i, j, k) = 1;
                }
    }
    return lesionShapeOf(box, grid).mask;
}

} // namespace strata::measure
