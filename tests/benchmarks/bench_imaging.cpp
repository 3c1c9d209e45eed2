// Benchmarks of the imaging core (the viewer's per-frame work) on a 512×512×300 CT: oblique MPR
// reslice at a 512×512 viewport (linear), 20 mm thick-slab MIP, window/level of a 512×512 slice to
// 8-bit (fast path and the exact per-pixel function) and to RGB32 through a colour map, and the
// peer: a plain, persistent vtkImageReslice pipeline doing the same oblique reslice in the same run
// (and vtkImageReslice's own slab mode beside Strata's slab loop). Times are wall-clock per frame;
// the CPU column is the whole process's CPU time (all threads) per frame.
//
// The volume is Strata's phantom (dicom::writePhantom, noise on), written once into
// STRATA_BENCH_DIR (default <build>/bench-data/imaging-phantom) and loaded with dicom's loader; the
// load time is printed (warm page cache after the first run). STRATA_BENCH_SYNTHETIC=1 skips the
// files and fills the volume from phantomHuAt directly.
#include <strata/core/Allocator.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/ColorMap.h>
#include <strata/imaging/CurvedReformat.h>
#include <strata/imaging/Reslicer.h>
#include <strata/imaging/WindowLevel.h>

#include <benchmark/benchmark.h>

#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkImageReslice.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPointData.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace strata;
using namespace strata::imaging;

dicom::Volume g_volume;

/// The oblique plane a user gets by rotating the crosshair: 25° and 15° off axial, through the
/// centre; each frame turns it a little further, as while dragging.
Plane obliquePlane(int frame)
{
    return tilted(standardPlane(PlaneOrientation::Axial, volumeCenter(g_volume)), 25.0 + 0.01 * (frame % 100), 15.0);
}

ResliceOptions viewport(int threads)
{
    ResliceOptions o;
    o.width = o.height = 512;
    o.interpolation = Interpolation::Linear;
    o.threads = threads;
    return o;
}

void BM_ObliqueReslice(benchmark::State &state)
{
    const ResliceOptions o = viewport(int(state.range(0)));
    int frame = 0;
    for (auto _ : state) {
        auto image = reslice(g_volume, obliquePlane(frame++), o);
        if (!image.ok()) {
            state.SkipWithError(image.error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(image.value().pixels.data());
    }
}

void BM_SlabMip20mm(benchmark::State &state)
{
    ResliceOptions o = viewport(int(state.range(0)));
    o.slab = SlabMode::Max;
    o.slabThicknessMm = 20;
    const bool axial = state.range(1) != 0;
    o.slabEngine = state.range(2) == 1 ? SlabEngine::Vtk : state.range(2) == 2 ? SlabEngine::Strata : SlabEngine::Auto;
    int frame = 0;
    for (auto _ : state) {
        const Plane plane = axial ? standardPlane(PlaneOrientation::Axial, volumeCenter(g_volume)) : obliquePlane(frame++);
        auto image = reslice(g_volume, plane, o);
        if (!image.ok()) {
            state.SkipWithError(image.error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(image.value().pixels.data());
    }
}

/// The peer: vtkImageReslice as one would use it plainly, a persistent pipeline on a vtkImageData
/// carrying the volume's spacing and origin (the phantom is axial LPS, so no direction is needed),
/// reslice axes = the plane's axes and centre, 2-D output, linear, VTK's default thread count.
void BM_VtkPlainReslice(benchmark::State &state)
{
    vtkNew<vtkFloatArray> scalars;
    scalars->SetArray(g_volume.voxels.data(), vtkIdType(g_volume.voxels.size()), 1);
    vtkNew<vtkImageData> image;
    image->SetDimensions(g_volume.dimensions.data());
    image->SetSpacing(g_volume.spacing.data());
    image->SetOrigin(g_volume.origin.data());
    image->GetPointData()->SetScalars(scalars);
    vtkNew<vtkImageReslice> reslice;
    reslice->SetInputData(image);
    reslice->SetOutputDimensionality(2);
    reslice->SetInterpolationModeToLinear();
    const double s = std::min(g_volume.spacing[0], g_volume.spacing[1]);
    reslice->SetOutputSpacing(s, s, s);
    reslice->SetOutputOrigin(-256 * s, -256 * s, 0);
    reslice->SetOutputExtent(0, 511, 0, 511, 0, 0);
    vtkNew<vtkMatrix4x4> axes;
    int frame = 0;
    for (auto _ : state) {
        const Plane p = obliquePlane(frame++);
        const Vec3 n = p.normal();
        for (int r = 0; r < 3; ++r) {
            axes->SetElement(r, 0, p.row[std::size_t(r)]);
            axes->SetElement(r, 1, p.column[std::size_t(r)]);
            axes->SetElement(r, 2, n[std::size_t(r)]);
            axes->SetElement(r, 3, p.center[std::size_t(r)]);
        }
        reslice->SetResliceAxes(axes);
        reslice->Modified();
        reslice->Update();
        benchmark::DoNotOptimize(reslice->GetOutput()->GetScalarPointer());
    }
}

/// A curved reformat as a reader turns it: a path of seven points down the aorta (bent 15 mm to and
/// fro, 240 mm long), straightened, 60 mm across, one pixel per 0.7 mm (about 340 × 85 pixels, a
/// tenth of a 512×512 viewport); each frame turned a degree further. Thickness: 0 or a 10 mm MIP.
void BM_CurvedReformat(benchmark::State &state)
{
    std::vector<Vec3> path;
    for (int i = 0; i <= 6; ++i)
        path.push_back({25.0 + (i % 2 ? 15.0 : 0.0), 10.0, -120.0 + 40.0 * i});
    CurvedOptions o;
    o.widthMm = 60;
    o.thicknessMm = double(state.range(0));
    o.down = {0, 1, 0};
    int frame = 0;
    for (auto _ : state) {
        o.angleDeg = frame++ % 360 - 180;
        auto image = curvedReformat(g_volume, path, o);
        if (!image.ok()) {
            state.SkipWithError(image.error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(image.value().pixels.data());
    }
}

std::vector<float> g_slice;  // an axial 512×512 slice through the middle

void BM_WindowLevel8(benchmark::State &state)
{
    const WindowLevel w{40, 400, VoiFunction(state.range(0)), false};
    std::vector<std::uint8_t> out(g_slice.size());
    for (auto _ : state) {
        applyWindow(g_slice.data(), g_slice.size(), w, out.data());
        benchmark::DoNotOptimize(out.data());
    }
}

void BM_WindowLevel8Exact(benchmark::State &state)
{
    const WindowLevel w{40, 400, VoiFunction(state.range(0)), false};
    std::vector<std::uint8_t> out(g_slice.size());
    for (auto _ : state) {
        for (std::size_t i = 0; i < g_slice.size(); ++i)
            out[i] = displayValue(g_slice[i], w);
        benchmark::DoNotOptimize(out.data());
    }
}

void BM_WindowLevelHotIron(benchmark::State &state)
{
    const WindowLevel w{40, 400, VoiFunction::Linear, false};
    std::vector<std::uint32_t> out(g_slice.size());
    for (auto _ : state) {
        applyWindowColor(g_slice.data(), g_slice.size(), w, ColorMap::HotIron, out.data());
        benchmark::DoNotOptimize(out.data());
    }
}

bool loadVolume(const dicom::PhantomSpec &spec)
{
    if (qEnvironmentVariableIntValue("STRATA_BENCH_SYNTHETIC") == 1) {
        g_volume.dimensions = {spec.columns, spec.rows, spec.slices};
        g_volume.spacing = {spec.pixelSpacingMm, spec.pixelSpacingMm, spec.sliceSpacingMm};
        for (int a = 0; a < 3; ++a)
            g_volume.origin[std::size_t(a)] = -0.5 * (g_volume.dimensions[std::size_t(a)] - 1) * g_volume.spacing[std::size_t(a)];
        g_volume.indexToPatient = {spec.pixelSpacingMm, 0, 0, g_volume.origin[0], 0, spec.pixelSpacingMm, 0, g_volume.origin[1],
                                   0, 0, spec.sliceSpacingMm, g_volume.origin[2], 0, 0, 0, 1};
        g_volume.voxels.resize(g_volume.voxelCount());
        std::size_t n = 0;
        for (int k = 0; k < spec.slices; ++k)
            for (int j = 0; j < spec.rows; ++j)
                for (int i = 0; i < spec.columns; ++i) {
                    const auto p = g_volume.patientPosition(i, j, k);
                    g_volume.voxels[n++] = float(dicom::phantomHuAt(spec, p[0], p[1], p[2]));
                }
        std::fprintf(stderr, "volume: synthetic phantom (phantomHuAt), %d×%d×%d\n", spec.columns, spec.rows, spec.slices);
        return true;
    }
    QString folder = qEnvironmentVariable("STRATA_BENCH_DIR");
    if (folder.isEmpty())
        folder = QStringLiteral(STRATA_BINARY_DIR "/bench-data/imaging-phantom");
    QStringList files = QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    if (files.size() != spec.slices) {
        QDir(folder).removeRecursively();
        QElapsedTimer t;
        t.start();
        auto study = dicom::writePhantom(spec, folder);
        if (!study.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(study.error().message()));
            return false;
        }
        std::fprintf(stderr, "wrote the phantom into %s in %.1f s\n", qPrintable(folder), double(t.elapsed()) / 1000.0);
    }
    QElapsedTimer t;
    t.start();
    const auto scan = dicom::scanFiles(dicom::listFiles({folder}));
    std::vector<dicom::DicomHeader> headers;
    for (const auto &h : scan.headers)
        if (h.path.endsWith(QLatin1String(".dcm")))
            headers.push_back(h);
    const auto stacks = dicom::buildStacks(headers);
    if (stacks.empty()) {
        std::fprintf(stderr, "no stack in %s\n", qPrintable(folder));
        return false;
    }
    auto volume = dicom::loadVolume(stacks.front(), headers);
    if (!volume.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(volume.error().message()));
        return false;
    }
    g_volume = std::move(volume).value();
    std::fprintf(stderr, "volume: phantom files %s, %d×%d×%d, scanned and loaded in %.2f s\n", qPrintable(folder),
                 g_volume.dimensions[0], g_volume.dimensions[1], g_volume.dimensions[2], double(t.elapsed()) / 1000.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    strata::configureAllocatorForImages();  // as the application does
    benchmark::Initialize(&argc, argv);
    dicom::PhantomSpec spec;  // 512×512×300, 0.7 mm pixels, 1 mm slices
    if (!loadVolume(spec))
        return 1;
    const std::size_t plane = std::size_t(g_volume.dimensions[0]) * std::size_t(g_volume.dimensions[1]);
    const std::size_t middle = std::size_t(g_volume.dimensions[2] / 2);
    g_slice.assign(g_volume.voxels.begin() + std::ptrdiff_t(middle * plane),
                   g_volume.voxels.begin() + std::ptrdiff_t((middle + 1) * plane));
    const int cores = std::max(1, QThread::idealThreadCount());
    std::fprintf(stderr, "threads: %d (QThread::idealThreadCount)\n", cores);

    using benchmark::kMillisecond;
    // threads 0: the default (VTK's SMP on all cores; the slab loop on idealThreadCount threads).
    benchmark::RegisterBenchmark("BM_ObliqueReslice/threads", BM_ObliqueReslice)->Arg(1)->Arg(0)->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    benchmark::RegisterBenchmark("BM_VtkPlainReslice", BM_VtkPlainReslice)->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    // engine 0: auto (the default), 1: vtkImageReslice's slab mode, 2: Strata's slab loop.
    benchmark::RegisterBenchmark("BM_SlabMip20mm/threads/axial/engine", BM_SlabMip20mm)
        ->Args({1, 0, 0})->Args({0, 0, 0})->Args({0, 0, 1})->Args({0, 1, 0})->Args({0, 1, 1})->Args({0, 1, 2})->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    benchmark::RegisterBenchmark("BM_CurvedReformat/thicknessMm", BM_CurvedReformat)->Arg(0)->Arg(10)->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    benchmark::RegisterBenchmark("BM_WindowLevel8/function", BM_WindowLevel8)->DenseRange(0, 2)->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    benchmark::RegisterBenchmark("BM_WindowLevel8Exact/function", BM_WindowLevel8Exact)->DenseRange(0, 2)->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    benchmark::RegisterBenchmark("BM_WindowLevelHotIron", BM_WindowLevelHotIron)->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
