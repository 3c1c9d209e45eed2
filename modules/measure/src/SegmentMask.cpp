// A segment of a segmentation resampled onto a volume's voxels (what the 3D view draws and
// "Measure the Segments" measures). Apart from Segmentations.cpp, which the SEG fuzzer builds alone.
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/Segmentations.h>

#include <algorithm>
#include <cmath>

namespace strata::measure {
namespace {

imaging::Vec3 unit(const imaging::Vec3 &v)
{
    const double n = std::sqrt(imaging::dot(v, v));
    return n > 0 ? imaging::Vec3{v[0] / n, v[1] / n, v[2] / n} : v;
}

} // namespace

imaging::VoxelMask segmentMask(const Segmentation &segmentation, int segmentNumber, const dicom::Volume &grid)
{
    imaging::VoxelMask mask;
    const auto &dims = grid.dimensions;
    if (dims[0] <= 0 || dims[1] <= 0 || dims[2] <= 0)
        return mask;
    const auto &m = grid.indexToPatient;
    const imaging::Vec3 sliceNormal = unit(imaging::cross({m[0], m[4], m[8]}, {m[1], m[5], m[9]}));
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
        const bool isParallel = std::abs(imaging::dot(unit(plane.normal()), sliceNormal)) > 0.9999;
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
    std::sort(allPlanes.begin(), allPlanes.end());
    std::vector<double> steps;
    for (std::size_t i = 1; i < allPlanes.size(); ++i)
        if (allPlanes[i] - allPlanes[i - 1] > 1e-3)
            steps.push_back(allPlanes[i] - allPlanes[i - 1]);
    double step = 1;
    if (!steps.empty()) {
        std::nth_element(steps.begin(), steps.begin() + std::ptrdiff_t(steps.size() / 2), steps.end());
        step = std::max(1.0, steps[steps.size() / 2]);
    }
    const double reach = step / 2 + 1e-6;

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
    for (const std::size_t f : across)
        for (const imaging::Vec3 &c : corners(f))
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
    // Frames across the slices: each pixel inside into its nearest voxel.
    for (const std::size_t f : across) {
        const Segmentation::Bounds &b = segmentation.bounds(f);
        const imaging::SliceGeometry &plane = segmentation.frames[f].plane;
        for (int row = b.top; row <= b.bottom; ++row)
            for (int column = b.left; column <= b.right; ++column) {
                if (!segmentation.inside(f, column, row))
                    continue;
                const imaging::Vec3 idx = index(plane.patientPosition(column, row));
                const int i = int(std::lround(idx[0])), j = int(std::lround(idx[1])), k = int(std::lround(idx[2]));
                if (i >= lo[0] && i <= hi[0] && j >= lo[1] && j <= hi[1] && k >= lo[2] && k <= hi[2])
                    voxel(i, j, k) = 1;
            }
    }
    return lesionShapeOf(box, grid).mask;
}

} // namespace strata::measure
