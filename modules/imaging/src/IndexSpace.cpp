#include "IndexSpace.h"

#include <QCoreApplication>

#include <vtkFloatArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>

#include <cmath>

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

bool invertAffine(const std::array<double, 16> &m, std::array<double, 16> &out)
{
    const double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], i = m[10];
    const double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    if (!(std::abs(det) > 1e-12))
        return false;
    const double r[9] = {(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
                         (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
                         (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det};
    const double t[3] = {m[3], m[7], m[11]};
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 3; ++col)
            out[std::size_t(row * 4 + col)] = r[row * 3 + col];
        out[std::size_t(row * 4 + 3)] = -(r[row * 3] * t[0] + r[row * 3 + 1] * t[1] + r[row * 3 + 2] * t[2]);
    }
    out[12] = out[13] = out[14] = 0;
    out[15] = 1;
    return true;
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
