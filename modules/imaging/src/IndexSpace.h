#pragma once
/// How the imaging core hands a volume to VTK for sampling (reslice, curved reformat): in index
/// space, so that one transform from output to voxel index carries the whole geometry (direction,
/// spacing, origin and a tilted stack's shear).
#include <strata/core/Result.h>
#include <strata/dicom/Volume.h>

#include <vtkImageData.h>
#include <vtkSmartPointer.h>

#include <array>

namespace strata::imaging::detail {

/// "volume 512×512×300": what messages about a volume name.
QString volumeSubject(const dicom::Volume &volume);
/// An error naming the volume when it is empty or (with `needVoxels`) its voxels do not match its size.
Status checkVolume(const dicom::Volume &volume, bool needVoxels);
/// The inverse of an affine row-major 4×4 (last row 0 0 0 1), e.g. patient → voxel index from
/// Volume::indexToPatient; false if it is singular.
bool invertAffine(const std::array<double, 16> &m, std::array<double, 16> &out);
/// The affine `m` applied to a point.
inline std::array<double, 3> applyAffine(const std::array<double, 16> &m, const std::array<double, 3> &p)
{
    return {m[0] * p[0] + m[1] * p[1] + m[2] * p[2] + m[3], m[4] * p[0] + m[5] * p[1] + m[6] * p[2] + m[7],
            m[8] * p[0] + m[9] * p[1] + m[10] * p[2] + m[11]};
}
/// The volume's voxels as a vtkImageData of origin 0, spacing 1 and no direction, borrowed: VTK
/// never writes or frees them, and the volume must outlive the image.
vtkSmartPointer<vtkImageData> indexSpaceImage(const dicom::Volume &volume);

} // namespace strata::imaging::detail
