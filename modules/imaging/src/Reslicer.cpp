#include <strata/imaging/Reslicer.h>

#include "IndexSpace.h"

#include <QThread>
#include <QCoreApplication>

#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkImageReslice.h>
#include <vtkVersion.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPointData.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace strata::imaging {
using detail::checkVolume;
using detail::invertAffine;
using detail::volumeSubject;

namespace {

constexpr int kMaxSide = 16384;

/// Slab sampling: n samples `step` mm apart, n·step = thickness, with step no longer than the
/// distance along the normal in which the index changes by one voxel on any axis (so no voxel
/// is stepped over): n = ceil(thickness · max_a |(patientToIndex · normal)_a|).
void slabSampling(const std::array<double, 16> &patientToIndex, const Vec3 &normal, double thickness, int &n,
                  double &step)
{
    double rate = 0;  // voxels per mm along the normal, on the fastest-changing axis
    for (int a = 0; a < 3; ++a)
        rate = std::max(rate, std::abs(patientToIndex[std::size_t(a * 4)] * normal[0]
                                       + patientToIndex[std::size_t(a * 4 + 1)] * normal[1]
                                       + patientToIndex[std::size_t(a * 4 + 2)] * normal[2]));
    n = std::max(1, int(std::ceil(thickness * rate - 1e-9)));
    step = thickness > 0 ? thickness / n : 1.0;
}

/// Whether the 3×3 part of an output→index matrix only permutes and scales the axes (a plane
/// aligned with the volume's grid): vtkImageReslice's fast permute path.
bool isPermutation(const double m[16])
{
    for (int r = 0; r < 3; ++r) {
        int nonZero = 0;
        for (int c = 0; c < 3; ++c)
            nonZero += std::abs(m[r * 4 + c]) > 1e-9;
        if (nonZero != 1)
            return false;
    }
    return true;
}

/// Thick slab with trilinear samples, Strata's own loop: per output pixel, n samples along the
/// normal, clipped to the part of the line inside the volume, composited as max, min or mean.
/// `m` maps output coordinates (x·s, y·s, t, 1) to voxel index. Rows are split over `threads`.
template <SlabMode Mode>
void slabRows(const dicom::Volume &v, const double m[16], int width, int y0, int y1, double pixelSpacing, int samples,
              double step, float background, float *out)
{
    const int nx = v.dimensions[0], ny = v.dimensions[1], nz = v.dimensions[2];
    const std::ptrdiff_t sy = nx, sz = std::ptrdiff_t(nx) * ny;
    const std::ptrdiff_t ox = nx > 1 ? 1 : 0, oy = ny > 1 ? sy : 0, oz = nz > 1 ? sz : 0;
    const int maxI = std::max(0, nx - 2), maxJ = std::max(0, ny - 2), maxK = std::max(0, nz - 2);
    const double dx[3] = {m[0] * pixelSpacing, m[4] * pixelSpacing, m[8] * pixelSpacing};
    const double dy[3] = {m[1] * pixelSpacing, m[5] * pixelSpacing, m[9] * pixelSpacing};
    const double dm[3] = {m[2] * step, m[6] * step, m[10] * step};
    const float dmf[3] = {float(dm[0]), float(dm[1]), float(dm[2])};
    const double first = -(samples - 1) / 2.0;
    const double limit[3] = {double(nx - 1), double(ny - 1), double(nz - 1)};
    const float *data = v.voxels.data();
    constexpr double e = 1e-6;

    for (int y = y0; y < y1; ++y) {
        float *line = out + std::size_t(y) * std::size_t(width);
        for (int x = 0; x < width; ++x) {
            double p[3];
            for (int a = 0; a < 3; ++a)
                p[a] = m[a * 4 + 3] + x * dx[a] + y * dy[a] + first * dm[a];
            // Samples s in [lo, hi] lie inside 0 ≤ p + s·dm ≤ limit on every axis.
            double lo = 0, hi = samples - 1;
            for (int a = 0; a < 3 && lo <= hi; ++a) {
                if (std::abs(dm[a]) < 1e-12) {
                    if (p[a] < -e || p[a] > limit[a] + e)
                        hi = -1;
                    continue;
                }
                double s0 = (-e - p[a]) / dm[a], s1 = (limit[a] + e - p[a]) / dm[a];
                if (s0 > s1)
                    std::swap(s0, s1);
                lo = std::max(lo, std::ceil(s0));
                hi = std::min(hi, std::floor(s1));
            }
            if (lo > hi) {
                line[x] = background;
                continue;
            }
            // Positions in float from the first sample inside: the error over a slab stays far
            // below a voxel, and int() never goes below 0 or above the last cell (clamped).
            float fi = float(p[0] + lo * dm[0]), fj = float(p[1] + lo * dm[1]), fk = float(p[2] + lo * dm[2]);
            float best = Mode == SlabMode::Min ? std::numeric_limits<float>::infinity()
                                               : -std::numeric_limits<float>::infinity();
            float sum = 0;
            const int count = int(hi - lo) + 1;
            for (int sIndex = 0; sIndex < count; ++sIndex, fi += dmf[0], fj += dmf[1], fk += dmf[2]) {
                const int i0 = std::min(int(fi), maxI), j0 = std::min(int(fj), maxJ), k0 = std::min(int(fk), maxK);
                const float tx = fi - float(i0), ty = fj - float(j0), tz = fk - float(k0);
                const float *c = data + std::ptrdiff_t(k0) * sz + std::ptrdiff_t(j0) * sy + i0;
                const float c00 = c[0] + (c[ox] - c[0]) * tx;
                const float c10 = c[oy] + (c[oy + ox] - c[oy]) * tx;
                const float c01 = c[oz] + (c[oz + ox] - c[oz]) * tx;
                const float c11 = c[oz + oy] + (c[oz + oy + ox] - c[oz + oy]) * tx;
                const float c0 = c00 + (c10 - c00) * ty;
                const float c1 = c01 + (c11 - c01) * ty;
                const float value = c0 + (c1 - c0) * tz;
                if constexpr (Mode == SlabMode::Max)
                    best = std::max(best, value);
                else if constexpr (Mode == SlabMode::Min)
                    best = std::min(best, value);
                else
                    sum += value;
            }
            line[x] = Mode == SlabMode::Mean ? sum / float(count) : best;
        }
    }
}

void slabKernel(const dicom::Volume &v, const double m[16], int width, int height, double pixelSpacing, int samples,
                double step, SlabMode mode, float background, int threads, float *out)
{
    auto rows = [&](int y0, int y1) {
        switch (mode) {
        case SlabMode::Max: slabRows<SlabMode::Max>(v, m, width, y0, y1, pixelSpacing, samples, step, background, out); break;
        case SlabMode::Min: slabRows<SlabMode::Min>(v, m, width, y0, y1, pixelSpacing, samples, step, background, out); break;
        default: slabRows<SlabMode::Mean>(v, m, width, y0, y1, pixelSpacing, samples, step, background, out); break;
        }
    };
    threads = std::clamp(threads, 1, std::max(1, height));
    std::vector<std::thread> workers;
    const int per = (height + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const int y0 = t * per, y1 = std::min(height, y0 + per);
        if (y0 < y1)
            workers.emplace_back(rows, y0, y1);
    }
    rows(0, std::min(height, per));
    for (std::thread &w : workers)
        w.join();
}

} // namespace

Result<SliceGeometry> resliceGeometry(const dicom::Volume &volume, const Plane &plane, const ResliceOptions &options)
{
    if (Status s = checkVolume(volume, false); !s.ok())
        return s.error();
    // Orthonormal screen axes (column made orthogonal to row).
    const double rowLength = std::sqrt(dot(plane.row, plane.row));
    if (!(rowLength > 1e-9))
        return Error(ErrorCode::InvalidArgument, volumeSubject(volume), QCoreApplication::translate("strata::imaging", "the plane's row direction is zero"));
    const Vec3 row{plane.row[0] / rowLength, plane.row[1] / rowLength, plane.row[2] / rowLength};
    const double along = dot(plane.column, row);
    Vec3 column{plane.column[0] - along * row[0], plane.column[1] - along * row[1], plane.column[2] - along * row[2]};
    const double columnLength = std::sqrt(dot(column, column));
    if (!(columnLength > 1e-6))
        return Error(ErrorCode::InvalidArgument, volumeSubject(volume),
                     QCoreApplication::translate("strata::imaging", "the plane's column direction is zero or parallel to its row direction"));
    for (double &c : column)
        c /= columnLength;
    if (options.slab != SlabMode::None && !(options.slabThicknessMm >= 0))
        return Error(ErrorCode::InvalidArgument, volumeSubject(volume),
                     QCoreApplication::translate("strata::imaging", "slab thickness %1 mm is negative").arg(options.slabThicknessMm));

    const double s = options.pixelSpacing > 0 ? options.pixelSpacing : std::min(volume.spacing[0], volume.spacing[1]);
    if (!(s > 0))
        return Error(ErrorCode::InvalidArgument, volumeSubject(volume), QCoreApplication::translate("strata::imaging", "the pixel spacing is not positive"));

    SliceGeometry g;
    g.row = row;
    g.column = column;
    g.spacing = {s, s};
    g.thickness = options.slab == SlabMode::None ? 0.0 : options.slabThicknessMm;
    if (options.width > 0 && options.height > 0) {
        g.width = options.width;
        g.height = options.height;
        const double u = -(options.width / 2) * s, v = -(options.height / 2) * s;
        for (int r = 0; r < 3; ++r)
            g.origin[std::size_t(r)] = plane.center[std::size_t(r)] + u * row[std::size_t(r)] + v * column[std::size_t(r)];
    } else {
        // The pixel centres inside the volume's projection, on a grid through the plane's centre.
        double uMin = 1e300, uMax = -1e300, vMin = 1e300, vMax = -1e300;
        for (int corner = 0; corner < 8; ++corner) {
            const Vec3 p = volume.patientPosition((corner & 1) ? volume.dimensions[0] - 1 : 0,
                                                  (corner & 2) ? volume.dimensions[1] - 1 : 0,
                                                  (corner & 4) ? volume.dimensions[2] - 1 : 0);
            const Vec3 d{p[0] - plane.center[0], p[1] - plane.center[1], p[2] - plane.center[2]};
            uMin = std::min(uMin, dot(d, row));
            uMax = std::max(uMax, dot(d, row));
            vMin = std::min(vMin, dot(d, column));
            vMax = std::max(vMax, dot(d, column));
        }
        const double u0 = std::ceil(uMin / s - 1e-6), v0 = std::ceil(vMin / s - 1e-6);
        const double w = std::floor(uMax / s - u0 + 1e-6) + 1, h = std::floor(vMax / s - v0 + 1e-6) + 1;
        if (w > kMaxSide || h > kMaxSide)
            return Error(ErrorCode::TooLarge, volumeSubject(volume),
                         QCoreApplication::translate("strata::imaging", "a %1×%2 output is larger than %3 pixels a side").arg(w).arg(h).arg(kMaxSide));
        g.width = int(w);
        g.height = int(h);
        for (int r = 0; r < 3; ++r)
            g.origin[std::size_t(r)] = plane.center[std::size_t(r)] + u0 * s * row[std::size_t(r)] + v0 * s * column[std::size_t(r)];
    }
    if (g.width > kMaxSide || g.height > kMaxSide)
        return Error(ErrorCode::TooLarge, volumeSubject(volume),
                     QCoreApplication::translate("strata::imaging", "a %1×%2 output is larger than %3 pixels a side").arg(g.width).arg(g.height).arg(kMaxSide));
    return g;
}

Result<SliceImage> reslice(const dicom::Volume &volume, const Plane &plane, const ResliceOptions &options)
{
    if (Status s = checkVolume(volume, true); !s.ok())
        return s.error();
    auto geometry = resliceGeometry(volume, plane, options);
    if (!geometry.ok())
        return geometry.error();
    return resampleOnto(volume, geometry.value(), options);
}

Result<SliceImage> resampleOnto(const dicom::Volume &volume, const SliceGeometry &g, const ResliceOptions &options)
{
    if (Status s = checkVolume(volume, true); !s.ok())
        return s.error();
    if (g.width <= 0 || g.height <= 0 || g.width > kMaxSide || g.height > kMaxSide || !(g.spacing[0] > 0) || !(g.spacing[1] > 0))
        return Error(ErrorCode::InvalidArgument, volumeSubject(volume),
                     QCoreApplication::translate("strata::imaging", "a %1×%2 output of %3 × %4 mm pixels cannot be sampled")
                         .arg(g.width)
                         .arg(g.height)
                         .arg(g.spacing[0])
                         .arg(g.spacing[1]));

    std::array<double, 16> patientToIndex{};
    if (!invertAffine(volume.indexToPatient, patientToIndex))
        return Error(ErrorCode::InvalidArgument, volumeSubject(volume), QStringLiteral("indexToPatient is singular"));

    int slabSamples = 1;
    double slabStep = 1.0;
    if (options.slab != SlabMode::None) {
        slabSampling(patientToIndex, g.normal(), options.slabThicknessMm, slabSamples, slabStep);
        if (options.slabStepMm > 0 && slabStep < options.slabStepMm) {
            slabSamples = std::max(1, std::min(slabSamples, int(std::ceil(options.slabThicknessMm / options.slabStepMm - 1e-9))));
            slabStep = options.slabThicknessMm > 0 ? options.slabThicknessMm / slabSamples : 1.0;
        }
    }

    // Output coordinates (x, y, z) in mm on the plane → patient → voxel index. The input is given to
    // VTK in index space (origin 0, spacing 1, no direction), so this one affine matrix carries the
    // whole geometry: direction, spacing, origin and the shear of a tilted stack.
    const Vec3 n = g.normal();
    const double planeToPatient[16] = {g.row[0], g.column[0], n[0], g.origin[0],
                                       g.row[1], g.column[1], n[1], g.origin[1],
                                       g.row[2], g.column[2], n[2], g.origin[2],
                                       0,        0,           0,    1};
    vtkNew<vtkMatrix4x4> axes;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) {
            double sum = 0;
            for (int k = 0; k < 4; ++k)
                sum += patientToIndex[std::size_t(r * 4 + k)] * planeToPatient[k * 4 + c];
            axes->SetElement(r, c, sum);
        }

    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    double m[16];
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            m[r * 4 + c] = axes->GetElement(r, c);
    const bool ownSlab = options.slab != SlabMode::None && slabSamples > 1 && options.interpolation == Interpolation::Linear
                         && (options.slabEngine == SlabEngine::Strata
                             || (options.slabEngine == SlabEngine::Auto && !isPermutation(m)));
    if (ownSlab) {
        SliceImage image;
        image.geometry = g;
        image.pixels.resize(std::size_t(g.width) * std::size_t(g.height));
        slabKernel(volume, m, g.width, g.height, g.spacing[0], slabSamples, slabStep, options.slab, options.background,
                   threads, image.pixels.data());
        return image;
    }

    const vtkSmartPointer<vtkImageData> input = detail::indexSpaceImage(volume);

    vtkNew<vtkImageReslice> reslicer;
    reslicer->SetInputData(input);
    reslicer->SetResliceAxes(axes);
    reslicer->SetOutputOrigin(0, 0, 0);
    reslicer->SetOutputSpacing(g.spacing[0], g.spacing[1], slabStep);
    reslicer->SetOutputExtent(0, g.width - 1, 0, g.height - 1, 0, 0);
    reslicer->SetOutputDimensionality(2);
    reslicer->SetBackgroundLevel(options.background);
    switch (options.interpolation) {
    case Interpolation::Nearest: reslicer->SetInterpolationModeToNearestNeighbor(); break;
    case Interpolation::Linear: reslicer->SetInterpolationModeToLinear(); break;
    case Interpolation::Cubic: reslicer->SetInterpolationModeToCubic(); break;
    }
    if (options.slab != SlabMode::None && slabSamples > 1) {
        switch (options.slab) {
        case SlabMode::Max: reslicer->SetSlabModeToMax(); break;
        case SlabMode::Min: reslicer->SetSlabModeToMin(); break;
        case SlabMode::Mean: reslicer->SetSlabModeToMean(); break;
        case SlabMode::None: break;
        }
        reslicer->SetSlabNumberOfSlices(slabSamples);
        reslicer->SetSlabSliceSpacingFraction(1.0);
    }
    if (options.threads > 0) {
        // VTK 9.1 runs vtkImageReslice through vtkSMPTools on all cores by default, which ignores
        // NumberOfThreads: an explicit count takes its own multithreader instead.
        reslicer->SetEnableSMP(false);
        reslicer->SetNumberOfThreads(threads);
    }
    reslicer->Update();

    vtkImageData *out = reslicer->GetOutput();
    vtkDataArray *values = out ? out->GetPointData()->GetScalars() : nullptr;
    const std::size_t count = std::size_t(g.width) * std::size_t(g.height);
    if (!values || values->GetDataType() != VTK_FLOAT || std::size_t(values->GetNumberOfTuples()) != count)
        return Error(ErrorCode::Internal, volumeSubject(volume), QStringLiteral("vtkImageReslice produced no float image"));
    SliceImage image;
    image.geometry = g;
    const auto *first = static_cast<const float *>(values->GetVoidPointer(0));
    image.pixels.assign(first, first + count);  // one pass, no zero-fill first
    return image;
}

QString vtkVersion() { return QString::fromLatin1(vtkVersion::GetVTKVersion()); }

} // namespace strata::imaging
