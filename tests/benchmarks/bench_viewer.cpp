// Benchmarks of the viewer on screen (offscreen Qt platform): scrolling a 512×512×300 CT in 2D in a
// 512×512 viewport (next slice, window/level, paint), and dragging the MPR crosshair through three
// planes (reslice on the render threads, window, paint), in frames per second, also with an organ
// segmentation over the planes and with the phantom's PET fused over them; and the mouse moved over
// a viewport (the cursor readout and the repaint each move makes). The peer, in the same run: a
// plain VTK pipeline showing the same 2D slices — a persistent vtkImageReslice taking
// slice k plus vtkImageMapToWindowLevelColors, copied into a QImage and painted the same way.
//
// The volume is Strata's phantom, written once into STRATA_BENCH_DIR (default
// <build>/bench-data/imaging-phantom, shared with strata_bench_imaging) and loaded by SeriesVolume.
#include <strata/core/Allocator.h>
#include <strata/core/Executors.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/measure/Segmentations.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>

#include <benchmark/benchmark.h>

#include <vtkImageData.h>
#include <vtkImageMapToWindowLevelColors.h>
#include <vtkImageReslice.h>
#include <vtkNew.h>
#include <vtkFloatArray.h>
#include <vtkPointData.h>
#include <vtkUnsignedCharArray.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMouseEvent>
#include <QWindow>
#include <QPainter>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace strata;

std::shared_ptr<imaging::SeriesVolume> g_series;

QString benchDir()
{
    const QByteArray env = qgetenv("STRATA_BENCH_DIR");
    return env.isEmpty() ? QStringLiteral(STRATA_BINARY_DIR "/bench-data/imaging-phantom") : QString::fromLocal8Bit(env);
}

bool loadSeries()
{
    const QString dir = benchDir();
    if (!QFileInfo::exists(dir + QStringLiteral("/phantom.json"))) {
        std::fprintf(stderr, "writing the 512×512×300 phantom into %s\n", qPrintable(dir));
        QDir().mkpath(dir);
        if (!dicom::writePhantom(dicom::PhantomSpec{}, dir).ok())
            return false;
    }
    QElapsedTimer clock;
    clock.start();
    const auto scan = dicom::scanFiles(dicom::listFiles({dir}));
    auto stacks = dicom::buildStacks(scan.headers);
    if (stacks.empty())
        return false;
    g_series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers);
    QEventLoop loop;
    QObject::connect(g_series.get(), &imaging::SeriesVolume::volumeReady, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QObject::connect(g_series.get(), &imaging::SeriesVolume::failed, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    g_series->start();
    if (!g_series->volume())
        loop.exec();
    std::fprintf(stderr, "series loaded in %lld ms\n", static_cast<long long>(clock.elapsed()));
    return g_series->volume() != nullptr;
}

/// Waits (running events) until `done` holds. The GUI thread sleeps between events, as the
/// application's event loop does: a loop that polled would take a core from the render threads
/// (on 2 cores it cost the MPR drag a fifth of its frame rate). A 10 ms timer bounds each sleep.
template <typename F>
void waitFor(F done)
{
    QTimer tick;
    tick.start(10);
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void BM_Scroll2D(benchmark::State &state)
{
    ui::Viewport view;
    view.resize(512, 512);
    view.show();
    view.showStack(g_series, 0);
    int k = 0;
    for (auto _ : state) {
        k = (k + 1) % g_series->sliceCount();
        view.setSlice(k);
        view.repaint();  // synchronous: window/level done in setSlice, paint here
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Scroll2D)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The peer: a plain VTK pipeline for the same slices, painted the same way.
void BM_Scroll2D_VtkPipeline(benchmark::State &state)
{
    std::shared_ptr<const dicom::Volume> volume = g_series->volume();
    vtkNew<vtkFloatArray> scalars;
    scalars->SetArray(const_cast<float *>(volume->voxels.data()), vtkIdType(volume->voxels.size()), 1);
    vtkNew<vtkImageData> image;
    image->SetDimensions(volume->dimensions[0], volume->dimensions[1], volume->dimensions[2]);
    image->SetSpacing(volume->spacing[0], volume->spacing[1], volume->spacing[2]);
    image->GetPointData()->SetScalars(scalars);
    vtkNew<vtkImageReslice> reslice;
    reslice->SetInputData(image);
    reslice->SetOutputDimensionality(2);
    reslice->SetInterpolationModeToLinear();
    vtkNew<vtkImageMapToWindowLevelColors> colors;
    colors->SetInputConnection(reslice->GetOutputPort());
    colors->SetWindow(400);
    colors->SetLevel(40);
    colors->SetOutputFormatToRGBA();
    QImage target(512, 512, QImage::Format_RGB32);
    const int w = volume->dimensions[0], h = volume->dimensions[1];
    int k = 0;
    for (auto _ : state) {
        k = (k + 1) % volume->dimensions[2];
        reslice->SetResliceAxesOrigin(0, 0, k * volume->spacing[2]);
        colors->Update();
        vtkImageData *out = colors->GetOutput();
        const auto *rgba = static_cast<const unsigned char *>(out->GetScalarPointer());
        // VTK's rows go bottom-up; a viewer shows them top-down.
        QImage slice(w, h, QImage::Format_RGBA8888);
        for (int y = 0; y < h; ++y)
            std::memcpy(slice.scanLine(h - 1 - y), rgba + std::size_t(y) * std::size_t(w) * 4, std::size_t(w) * 4);
        QPainter p(&target);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRectF(0, 0, 512, 512), slice);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Scroll2D_VtkPipeline)->Unit(benchmark::kMillisecond)->UseRealTime();

/// A segmentation of the phantom as an organ-segmenting AI tool sends one: 40 segments, balls of
/// 15 to 60 mm radius spread through the volume, a frame of 512 × 512 for every slice each one
/// crosses (about 2,000 frames, 64 MiB of masks).
std::shared_ptr<const measure::Segmentation> organSegmentation()
{
    static std::shared_ptr<const measure::Segmentation> made = [] {
        auto seg = std::make_shared<measure::Segmentation>();
        const int slices = g_series->sliceCount();
        const imaging::SliceGeometry first = g_series->sliceGeometry(0);
        const imaging::Vec3 centre = imaging::volumeCenter(*g_series->volume());
        const double depth = std::abs(g_series->sliceGeometry(slices - 1).distance(first.origin));
        std::vector<std::uint8_t> mask;
        for (int n = 1; n <= 40; ++n) {
            seg->segments.push_back({n, QStringLiteral("Organ %1").arg(n), {(n * 53) % 256, (n * 97) % 256, (n * 151) % 256}, {}});
            // Spread with fixed steps (the same balls every run).
            const double radius = 15 + (n * 37) % 46;
            const imaging::Vec3 c{centre[0] + ((n * 41) % 160 - 80), centre[1] + ((n * 67) % 160 - 80),
                                  first.origin[2] + depth * double((n * 29) % 100) / 100.0};
            for (int k = 0; k < slices; ++k) {
                const imaging::SliceGeometry g = g_series->sliceGeometry(k);
                const double dz = g.distance(c);
                if (std::abs(dz) >= radius)
                    continue;
                const double r2 = radius * radius - dz * dz;
                mask.assign(std::size_t(g.width) * std::size_t(g.height), 0);
                for (int y = 0; y < g.height; ++y)
                    for (int x = 0; x < g.width; ++x) {
                        const imaging::Vec3 p = g.patientPosition(x, y);
                        const double dx = p[0] - c[0], dy = p[1] - c[1];
                        mask[std::size_t(y) * std::size_t(g.width) + std::size_t(x)] = dx * dx + dy * dy < r2;
                    }
                seg->appendFrame({n, g}, mask);
            }
        }
        std::fprintf(stderr, "segmentation: %zu segments, %zu frames\n", seg->segments.size(), seg->frames.size());
        return std::shared_ptr<const measure::Segmentation>(seg);
    }();
    return made;
}

/// The phantom's PET (128 × 128 × 100, 2.8 × 2.8 × 3 mm, the CT's extent), written once beside
/// the CT's folder and loaded as a volume: what a PET/CT fuses over its CT.
std::shared_ptr<imaging::SeriesVolume> petSeries()
{
    static std::shared_ptr<imaging::SeriesVolume> made = []() -> std::shared_ptr<imaging::SeriesVolume> {
        const QString dir = benchDir() + QStringLiteral("-pet");
        if (!QFileInfo::exists(dir + QStringLiteral("/phantom.json")) && !dicom::writePhantom(dicom::PhantomSpec::pet(), dir).ok())
            return nullptr;
        const auto scan = dicom::scanFiles(dicom::listFiles({dir}));
        const auto stacks = dicom::buildStacks(scan.headers);
        if (stacks.empty())
            return nullptr;
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers);
        series->start();
        waitFor([&] { return series->volume() != nullptr || series->error().code != ErrorCode::None; });
        return series->volume() ? series : nullptr;
    }();
    return made;
}

/// Dragging the crosshair: the point moves one step, the three planes are resliced on the render
/// threads and painted; a frame is done when all three show the new position. Args: slab mm (0:
/// thin), 1 to render as during a drag (a slab at half resolution), 0 at full resolution; 1 with
/// organSegmentation() shown over the planes (composed with each); 1 with petSeries() fused over
/// them (sampled on each plane's pixels).
void BM_MprCrosshairDrag(benchmark::State &state)
{
    ui::MprModel model;
    model.setSlab(state.range(0) > 0 ? imaging::SlabMode::Max : imaging::SlabMode::None, double(state.range(0)));
    model.setInteracting(state.range(1) != 0);
    std::vector<std::unique_ptr<ui::Viewport>> views;
    for (auto plane : {imaging::PlaneOrientation::Axial, imaging::PlaneOrientation::Coronal, imaging::PlaneOrientation::Sagittal}) {
        auto v = std::make_unique<ui::Viewport>();
        v->resize(512, 512);
        v->show();
        if (state.range(2) != 0)
            v->setSegmentations({organSegmentation()});
        v->showMpr(g_series, &model, plane);
        if (state.range(3) != 0) {
            if (!petSeries()) {
                state.SkipWithError("the PET phantom could not be loaded");
                return;
            }
            v->setFusion(petSeries());
        }
        views.push_back(std::move(v));
    }
    if (state.range(3) != 0)
        waitFor([&] { return std::all_of(views.begin(), views.end(), [](const auto &v) { return !v->fusionPicture().isNull(); }); });
    auto allAt = [&](const imaging::Vec3 &c) {
        for (const auto &v : views) {
            const auto g = v->imageGeometry();
            if (!g || std::abs(g->distance(c)) > 1e-6)
                return false;
        }
        return true;
    };
    waitFor([&] { return model.isValid() && allAt(model.center()); });
    int step = 0;
    for (auto _ : state) {
        ++step;
        const imaging::Vec3 c0 = imaging::volumeCenter(*g_series->volume());
        // Along a diagonal, back and forth: every plane moves every frame.
        const double d = 0.7 * ((step % 60) - 30);
        model.setCenter({c0[0] + d, c0[1] + d, c0[2] + d});
        const imaging::Vec3 target = model.center();
        waitFor([&] { return allAt(target); });
        for (const auto &v : views)
            v->repaint();
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MprCrosshairDrag)
    ->Args({0, 0, 0, 0})
    ->Args({20, 0, 0, 0})
    ->Args({20, 1, 0, 0})
    ->Args({0, 0, 1, 0})
    ->Args({20, 1, 1, 0})
    ->Args({0, 0, 0, 1})
    ->Args({20, 1, 0, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The mouse moved over a 1000 × 800 viewport of slice 150: the cursor readout worked out (the
/// value under the pointer; with arg 1 the fused PET's too, sampled at the point) and the viewport
/// painted again, as each mouse move does. Arg 0 with hover 0: the repaint alone, without a mouse.
void BM_CursorHover(benchmark::State &state)
{
    const bool hover = state.range(0) != 0, fused = state.range(1) != 0;
    ui::Viewport view;
    view.resize(1000, 800);
    view.show();
    view.showStack(g_series, 150);
    if (fused) {
        if (!petSeries()) {
            state.SkipWithError("the PET phantom could not be loaded");
            return;
        }
        view.setFusion(petSeries());
        waitFor([&] { return !view.fusionPicture().isNull(); });
    }
    // Painted on screen first (a repaint before the window is exposed paints nothing).
    waitFor([&] { return view.hasImage() && view.isSettled() && view.windowHandle() && view.windowHandle()->isExposed(); });
    int step = 0;
    for (auto _ : state) {
        ++step;
        if (hover) {
            const QPointF at(300 + (step % 400), 250 + (step % 300));
            QMouseEvent move(QEvent::MouseMove, at, view.mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(&view, &move);
            benchmark::DoNotOptimize(view.cursorReadout());
        }
        view.repaint();
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["moves/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CursorHover)->Args({0, 0})->Args({1, 0})->Args({1, 1})->Unit(benchmark::kMillisecond)->UseRealTime();

/// A SEG's organ put on a series' voxels (measure::segmentMask: what the 3D view and Measure the
/// Segments do once per segment): a liver-sized ellipsoid (200 × 160 × 150 mm) in 150 frames of
/// 512² at 0.7 mm, 1 mm apart, onto a 512×512×300 grid of 0.7 × 0.7 × 1 mm (arg 0: the SEG's own
/// planes) or of 0.7 × 0.7 × 0.5 mm (arg 1: every other slice between two frames).
void BM_SegmentMask(benchmark::State &state)
{
    const double step = state.range(0) ? 0.5 : 1.0;
    measure::Segmentation seg;
    seg.segments.push_back({1, QStringLiteral("Liver"), {200, 120, 90}, {}});
    const double ps = 0.7, o = -(512 - 1) * ps / 2;
    std::vector<std::uint8_t> mask(512 * 512);
    for (int f = 0; f < 150; ++f) {
        measure::SegmentationFrame frame;
        frame.segment = 1;
        frame.plane.width = frame.plane.height = 512;
        frame.plane.spacing = {ps, ps};
        const double z = -75 + f;
        frame.plane.origin = {o, o, z};
        for (int r = 0; r < 512; ++r)
            for (int c = 0; c < 512; ++c) {
                const double x = (o + c * ps) / 100, y = (o + r * ps) / 80, zz = z / 75;
                mask[std::size_t(r) * 512 + std::size_t(c)] = x * x + y * y + zz * zz <= 1 ? 1 : 0;
            }
        seg.appendFrame(frame, mask);
    }
    dicom::Volume grid;
    grid.dimensions = {512, 512, 300};
    grid.spacing = {ps, ps, step};
    grid.origin = {o, o, -150 * step};
    grid.indexToPatient = {ps, 0, 0, o, 0, ps, 0, o, 0, 0, step, -150 * step, 0, 0, 0, 1};
    long long voxels = 0;
    for (auto _ : state) {
        const imaging::VoxelMask m = measure::segmentMask(seg, 1, grid);
        voxels = std::count(m.voxels.begin(), m.voxels.end(), std::uint8_t(1));
    }
    state.counters["voxels_inside"] = double(voxels);
}
BENCHMARK(BM_SegmentMask)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    strata::configureAllocatorForImages();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!loadSeries()) {
        std::fprintf(stderr, "could not load the phantom series\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    strata::executor(strata::Executor::Render)->waitForDone();
    g_series.reset();
    return 0;
}
