#pragma once
/// A binary mask on a box of a volume's grid (index space): a segmented lesion, a SEG's segment or
/// a structure resampled onto the series' voxels; what the 3D view turns into a surface.
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace strata::imaging {

struct VoxelMask {
    std::array<int, 3> offset{0, 0, 0};  ///< index of the box's first voxel in the volume
    std::array<int, 3> size{0, 0, 0};
    std::vector<std::uint8_t> voxels;    ///< 1 inside; i fastest, then j, then k

    bool at(int i, int j, int k) const
    {
        return voxels[(std::size_t(k) * std::size_t(size[1]) + std::size_t(j)) * std::size_t(size[0]) + std::size_t(i)] != 0;
    }
    bool empty() const { return voxels.empty(); }
};

} // namespace strata::imaging
