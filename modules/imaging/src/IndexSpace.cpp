#include "IndexSpace.h"

#include <QCoreApplication>

#include <vtkFloatArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>

namespace strata::imaging::detail {

QString volumeSubject(const dicom::Volume &v)
{
    return QStringLiteral("volume %1×%2×%3").arg(v.dimensions[0]).arg(v.dimensions[1]).arg(v.dimensions[2]);
}

Status checkVolume(const dicom::Volume &v, bool needVoxels)
{
    if (v.dimensions[0] <= 0 || v.dimensions[1] <= 0 || v.dimensions[2] <= 0)
        return Error(ErrorCode::InvalidArgument, volumeSubject(v), QCoreApplication::translate("strata::imaging", "the volume is empty"));
    if (needVoxels && v.voxels.size() != v.voxelCount())
        return Error(ErrorCode::InvalidArgument, volumeSubject(v),
                     QCoreApplication::translate("strata::imaging", "the volume holds %1 voxels, its dimensions say %2").arg(v.voxels.size()).arg(v.voxelCount()));
    return {};
}

vtkSmartPointer<vtkImageData> indexSpaceImage(const dicom::Volume &volume)
{
    vtkNew<vtkFloatArray> scalars;
    scalars->SetArray(const_cast<float *>(volume.voxels.data()), vtkIdType(volume.voxels.size()), 1);  // save = 1: borrowed
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetDimensions(volume.dimensions[0], volume.dimensions[1], volume.dimensions[2]);
    image->SetSpacing(1, 1, 1);
    image->SetOrigin(0, 0, 0);
    image->GetPointData()->SetScalars(scalars);
    return image;
}

} // namespace strata::imaging::detail
