#pragma once
/// How the imaging core hands a volume to VTK for sampling (reslice, curved reformat): in index
/// space, so that one transform from output to voxel index carries the whole geometry (direction,
/// spacing, origin and a tilted stack's shear).
#include <strata/core/Result.h>
#include <strata/dicom/Volume.h>

#include <vtkImageData.h>
#include <vtkSmartPointer.h>

namespace strata::imaging::detail {

/// "volume 512×512×300": what messages about a volume name.
QString volumeSubject(const dicom::Volume &volume);
/// An error naming the volume when it is empty or (with `needVoxels`) its voxels do not match its size.
Status checkVolume(const dicom::Volume &volume, bool needVoxels);
/// The volume's voxels as a vtkImageData of origin 0, spacing 1 and no direction, borrowed: VTK
/// never writes or frees them, and the volume must outlive the image.
vtkSmartPointer<vtkImageData> indexSpaceImage(const dicom::Volume &volume);

} // namespace strata::imaging::detail
