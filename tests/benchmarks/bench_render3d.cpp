// 3D volume rendering (render3d) at a 512×512 viewport, on 256³ and 512×512×300 phantoms: Strata's
// interactive (level-of-detail) and full-quality frames, beside VTK's vtkFixedPointVolumeRayCastMapper
// and vtkSmartVolumeMapper at their default settings in the same run, same transfer functions and
// camera. Printed before the timings: the PSNR of Strata's full-quality frame against each VTK
// picture, and the memory the 3D view adds (resident set growth over the first frame, as a share of
// the volume's own bytes). Needs an X display (xvfb-run): VTK's offscreen window is GLX here.
//
// Volumes are filled from dicom::phantomHuAt (no files). STRATA_BENCH_PRESET picks the preset
// (default ct-bone; mip for the projection).
#include <strata/core/Allocator.h>
#include <strata/dicom/Phantom.h>
#include <strata/render3d/VolumeRenderer.h>

#include <benchmark/benchmark.h>

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkFixedPointVolumeRayCastMapper.h>
#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <QFile>
#include <QGuiApplication>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace {

using namespace strata;
using namespace strata::render3d;

const QSize kViewport(512, 512);

std::shared_ptr<dicom::Volume> makeVolume(int columns, int rows, int slices)
{
    dicom::PhantomSpec spec;
    spec.columns = columns;
    spec.rows = rows;
    spec.slices = slices;
    spec.pixelSpacingMm = 358.4 / columns;
    spec.sliceSpacingMm = 300.0 / slices;
    auto v = std::make_shared<dicom::Volume>();
    v->dimensions = {columns, rows, slices};
    v->spacing = {spec.pixelSpacingMm, spec.pixelSpacingMm, spec.sliceSpacingMm};
    for (int a = 0; a < 3; ++a)
        v->origin[std::size_t(a)] = -0.5 * (v->dimensions[std::size_t(a)] - 1) * v->spacing[std::size_t(a)];
    v->indexToPatient = {v->spacing[0], 0, 0, v->origin[0], 0, v->spacing[1], 0, v->origin[1], 0, 0, v->spacing[2], v->origin[2], 0, 0, 0, 1};
    v->voxels = dicom::allocateVoxels(v->voxelCount());
    std::size_t n = 0;
    for (int k = 0; k < slices; ++k)
        for (int j = 0; j < rows; ++j)
            for (int i = 0; i < columns; ++i) {
                const auto p = v->patientPosition(i, j, k);
                v->voxels[n++] = float(dicom::phantomHuAt(spec, p[0], p[1], p[2]));
            }
    return v;
}

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

double psnr(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const double dr = qRed(p) - qRed(q), dg = qGreen(p) - qGreen(q), db = qBlue(p) - qBlue(q);
            sum += dr * dr + dg * dg + db * db;
        }
    const double mse = sum / (3.0 * a.width() * a.height());
    return mse > 0 ? 10 * std::log10(255.0 * 255.0 / mse) : 99.0;
}

/// VTK's own pipeline for the peer: the mapper at its defaults, Strata's transfer functions and camera.
struct VtkPeer {
    vtkSmartPointer<vtkRenderWindow> window = vtkSmartPointer<vtkRenderWindow>::New();
    vtkSmartPointer<vtkRenderer> renderer = vtkSmartPointer<vtkRenderer>::New();
    vtkSmartPointer<vtkImageData> image = vtkSmartPointer<vtkImageData>::New();

    VtkPeer(const RenderRequest &request, bool smart)
    {
        const dicom::Volume &v = *request.volume;
        vtkNew<vtkFloatArray> scalars;
        scalars->SetArray(const_cast<float *>(v.voxels.data()), vtkIdType(v.voxels.size()), 1);
        image->SetDimensions(v.dimensions[0], v.dimensions[1], v.dimensions[2]);
        image->SetSpacing(v.spacing[0], v.spacing[1], v.spacing[2]);
        image->SetOrigin(v.origin[0], v.origin[1], v.origin[2]);
        image->GetPointData()->SetScalars(scalars);
        const auto [low, high] = std::minmax_element(v.voxels.begin(), v.voxels.end());
        const VolumePreset preset = request.preset.resolved(*low, *high);
        vtkNew<vtkColorTransferFunction> colors;
        for (const ColorPoint &p : preset.colors)
            colors->AddRGBPoint(p.value, p.r, p.g, p.b);
        vtkNew<vtkPiecewiseFunction> opacity;
        for (const OpacityPoint &p : preset.opacity)
            opacity->AddPoint(p.value, p.opacity);
        vtkNew<vtkVolumeProperty> property;
        property->SetColor(colors);
        property->SetScalarOpacity(opacity);
        property->SetInterpolationTypeToLinear();
        property->SetShade(preset.shade && preset.blend == BlendMode::Composite ? 1 : 0);
        property->SetAmbient(preset.ambient);
        property->SetDiffuse(preset.diffuse);
        property->SetSpecular(preset.specular);
        property->SetSpecularPower(preset.specularPower);
        vtkSmartPointer<vtkVolumeMapper> mapper;
        if (smart)
            mapper = vtkSmartPointer<vtkSmartVolumeMapper>::New();
        else
            mapper = vtkSmartPointer<vtkFixedPointVolumeRayCastMapper>::New();
        mapper->SetInputData(image);
        if (preset.blend == BlendMode::Maximum)
            mapper->SetBlendModeToMaximumIntensity();
        vtkNew<vtkVolume> actor;
        actor->SetMapper(mapper);
        actor->SetProperty(property);
        renderer->AddVolume(actor);
        window->SetOffScreenRendering(1);
        window->AddRenderer(renderer);
        window->SetSize(kViewport.width(), kViewport.height());
        const ViewGeometry g = viewGeometry(v, request.camera, kViewport);
        vtkCamera *camera = renderer->GetActiveCamera();
        camera->ParallelProjectionOn();
        camera->SetFocalPoint(g.center[0], g.center[1], g.center[2]);
        const double d = 4000;
        camera->SetPosition(g.center[0] - d * g.viewDirection[0], g.center[1] - d * g.viewDirection[1], g.center[2] - d * g.viewDirection[2]);
        camera->SetViewUp(g.up[0], g.up[1], g.up[2]);
        camera->SetParallelScale(g.mmPerPixel * kViewport.height() / 2.0);
        renderer->ResetCameraClippingRange();
    }
    QImage render()
    {
        window->Render();
        vtkNew<vtkUnsignedCharArray> pixels;
        const int w = kViewport.width(), h = kViewport.height();
        window->GetRGBACharPixelData(0, 0, w - 1, h - 1, 0, pixels);
        QImage out(kViewport, QImage::Format_RGB32);
        for (int y = 0; y < h; ++y) {
            const unsigned char *row = pixels->GetPointer(0) + std::size_t(h - 1 - y) * std::size_t(w) * 4;
            for (int x = 0; x < w; ++x)
                out.setPixel(x, y, qRgb(row[4 * x], row[4 * x + 1], row[4 * x + 2]));
        }
        return out;
    }
};

struct Case {
    std::string name;
    RenderRequest request;
};
std::vector<Case> g_cases;
VolumeRenderer *g_renderer = nullptr;

void strataFrames(benchmark::State &state, const Case *c, Quality quality, double stepFactor)
{
    RenderRequest r = c->request;
    r.quality = quality;
    if (stepFactor != 1)
        r.sampleDistanceMm = stepFactor * std::max({r.volume->spacing[0], r.volume->spacing[1], r.volume->spacing[2]});
    double isd = 0;
    int frame = 0;
    // Untimed: the first frame of a volume builds the mapper's tables (and gradients when shading).
    if (!g_renderer->renderSync(r).ok()) {
        state.SkipWithError("the first frame failed");
        return;
    }
    for (auto _ : state) {
        r.camera.azimuth = (frame++ % 90) * 0.5;  // turning, as while dragging
        auto f = g_renderer->renderSync(r);
        if (!f.ok()) {
            state.SkipWithError(f.error().message().toStdString().c_str());
            return;
        }
        isd = f.value().imageSampleDistance;
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["image_sample_distance"] = isd;
}

void vtkFrames(benchmark::State &state, const Case *c, bool smart)
{
    VtkPeer peer(c->request, smart);
    vtkCamera *camera = peer.renderer->GetActiveCamera();
    peer.window->Render();  // untimed, as for Strata: the mapper's tables and gradients
    for (auto _ : state) {
        camera->Azimuth(0.5);
        peer.window->Render();
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

/// Surfaces over the volume (a SEG's segments): an organ-sized ellipsoid (150 × 120 × 100 mm) and
/// the body outline (every voxel above −500 HU: the whole volume's box, reduced by blocks).
std::vector<Surface> phantomSurfaces(const dicom::Volume &v)
{
    auto organ = std::make_shared<imaging::VoxelMask>();
    auto body = std::make_shared<imaging::VoxelMask>();
    body->size = v.dimensions;
    body->voxels.resize(v.voxelCount());
    for (std::size_t i = 0; i < v.voxels.size(); ++i)
        body->voxels[i] = v.voxels[i] > -500 ? 1 : 0;
    const std::array<double, 3> radius{75, 60, 50};
    for (int a = 0; a < 3; ++a) {
        organ->size[std::size_t(a)] = int(2 * radius[std::size_t(a)] / v.spacing[std::size_t(a)]) + 1;
        organ->offset[std::size_t(a)] = (v.dimensions[std::size_t(a)] - organ->size[std::size_t(a)]) / 2;
    }
    for (int k = 0; k < organ->size[2]; ++k)
        for (int j = 0; j < organ->size[1]; ++j)
            for (int i = 0; i < organ->size[0]; ++i) {
                const double x = (i - organ->size[0] / 2.0) * v.spacing[0] / radius[0], y = (j - organ->size[1] / 2.0) * v.spacing[1] / radius[1],
                             z = (k - organ->size[2] / 2.0) * v.spacing[2] / radius[2];
                organ->voxels.push_back(x * x + y * y + z * z <= 1 ? 1 : 0);
            }
    return {{QStringLiteral("organ"), organ, QColor(200, 120, 90), 1.0}, {QStringLiteral("body"), body, QColor(230, 200, 170), 0.3}};
}

/// Forty organ-like ellipsoids of 20–90 mm spread through the volume (what a many-organ SEG shows),
/// opaque.
std::vector<Surface> manySurfaces(const dicom::Volume &v)
{
    std::vector<Surface> out;
    for (int n = 0; n < 40; ++n) {
        auto mask = std::make_shared<imaging::VoxelMask>();
        // Spread over a 5 × 4 × 2 lattice of the volume, sizes cycling 20–90 mm.
        const std::array<double, 3> centre{(n % 5 + 0.5) / 5.0, ((n / 5) % 4 + 0.5) / 4.0, (n / 20 + 0.5) / 2.0};
        const double diameter = 20 + 70 * double((n * 7) % 10) / 9.0;
        std::array<double, 3> radius{diameter / 2, diameter / 2.5, diameter / 2.2};
        for (int a = 0; a < 3; ++a) {
            const std::size_t ua = std::size_t(a);
            mask->size[ua] = int(2 * radius[ua] / v.spacing[ua]) + 1;
            mask->offset[ua] = std::clamp(int(centre[ua] * v.dimensions[ua]) - mask->size[ua] / 2, 0, v.dimensions[ua] - mask->size[ua]);
        }
        for (int k = 0; k < mask->size[2]; ++k)
            for (int j = 0; j < mask->size[1]; ++j)
                for (int i = 0; i < mask->size[0]; ++i) {
                    const double x = (i - mask->size[0] / 2.0) * v.spacing[0] / radius[0], y = (j - mask->size[1] / 2.0) * v.spacing[1] / radius[1],
                                 z = (k - mask->size[2] / 2.0) * v.spacing[2] / radius[2];
                    mask->voxels.push_back(x * x + y * y + z * z <= 1 ? 1 : 0);
                }
        out.push_back({QStringLiteral("many/%1").arg(n), mask, QColor::fromHsv((n * 37) % 360, 180, 220), 1.0});
    }
    return out;
}

/// Full frames whose surfaces are made anew each frame (fresh keys: what showing a SEG costs once),
/// or kept (every later frame), or interactive frames with them kept.
void strataSurfaceFrames(benchmark::State &state, const Case *c, Quality quality, bool remake, std::size_t which)
{
    static std::map<const Case *, std::vector<Surface>> surfaces;
    if (!surfaces.count(c)) {
        surfaces[c] = phantomSurfaces(*c->request.volume);
        const std::vector<Surface> many = manySurfaces(*c->request.volume);
        surfaces[c].insert(surfaces[c].end(), many.begin(), many.end());
    }
    RenderRequest r = c->request;
    r.quality = quality;
    const std::vector<Surface> &all = surfaces[c];
    // 0 the organ, 1 the body, 2 both, 3 the forty organs.
    if (which < 2)
        r.surfaces = {all[which]};
    else if (which == 2)
        r.surfaces = {all[0], all[1]};
    else
        r.surfaces.assign(all.begin() + 2, all.end());
    int frame = 0;
    if (!g_renderer->renderSync(r).ok()) {
        state.SkipWithError("the first frame failed");
        return;
    }
    for (auto _ : state) {
        r.camera.azimuth = (frame++ % 90) * 0.5;
        if (remake)
            for (Surface &s : r.surfaces)
                s.key = s.key.section(QLatin1Char('#'), 0, 0) + QLatin1Char('#') + QString::number(frame);
        if (!g_renderer->renderSync(r).ok()) {
            state.SkipWithError("a frame failed");
            return;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    strata::configureAllocatorForImages();
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (const QString problem = VolumeRenderer::displayProblem(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    const QString presetName = qEnvironmentVariable("STRATA_BENCH_PRESET", QStringLiteral("ct-bone"));
    const VolumePreset *preset = findPreset(presetName);
    if (!preset) {
        std::fprintf(stderr, "unknown preset %s\n", qPrintable(presetName));
        return 1;
    }
    VolumeRenderer renderer;
    g_renderer = &renderer;
    const std::pair<const char *, std::array<int, 3>> sizes[] = {{"256^3", {256, 256, 256}}, {"512x512x300", {512, 512, 300}}};
    for (const auto &[name, dims] : sizes) {
        Case c;
        c.name = name;
        c.request.volume = makeVolume(dims[0], dims[1], dims[2]);
        c.request.preset = *preset;
        c.request.size = kViewport;
        const double volumeMiB = double(c.request.volume->voxels.size() * sizeof(float)) / (1024.0 * 1024.0);
        const double before = residentMiB();
        auto strata = renderer.renderSync(c.request);
        const double added = residentMiB() - before;
        if (!strata.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(strata.error().message()));
            return 1;
        }
        VtkPeer fixed(c.request, false), smart(c.request, true);
        const QImage fixedImage = fixed.render(), smartImage = smart.render();
        // The full frame with samples twice as far apart (what a coarser full quality would give).
        RenderRequest coarse = c.request;
        coarse.sampleDistanceMm = 2 * std::max({c.request.volume->spacing[0], c.request.volume->spacing[1], c.request.volume->spacing[2]});
        auto coarseFrame = renderer.renderSync(coarse);
        std::printf("%s: PSNR of the full frame with samples twice as far apart vs VTK fixed-point default %.1f dB\n", name,
                    coarseFrame.ok() ? psnr(coarseFrame.value().image, fixedImage) : 0.0);
        std::printf("%s, preset %s: volume %.0f MiB; the 3D view added %.1f MiB (%.1f %% of it); "
                    "PSNR Strata full vs vtkFixedPointVolumeRayCastMapper default %.1f dB, vs vtkSmartVolumeMapper default %.1f dB\n",
                    name, qPrintable(presetName), volumeMiB, added, 100.0 * added / volumeMiB, psnr(strata.value().image, fixedImage),
                    psnr(strata.value().image, smartImage));
        if (qEnvironmentVariableIsSet("STRATA_BENCH_SAVE")) {
            const QString stem = qEnvironmentVariable("STRATA_BENCH_SAVE") + QStringLiteral("/") + QString::fromLatin1(name);
            strata.value().image.save(stem + QStringLiteral("-strata.png"));
            fixedImage.save(stem + QStringLiteral("-vtkfixed.png"));
            smartImage.save(stem + QStringLiteral("-vtksmart.png"));
        }
        std::fflush(stdout);
        g_cases.push_back(std::move(c));
    }
    for (const Case &c : g_cases) {
        benchmark::RegisterBenchmark(("Strata_Interactive/" + c.name).c_str(), strataFrames, &c, Quality::Interactive, 1.0)
            ->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
        benchmark::RegisterBenchmark(("Strata_Full/" + c.name).c_str(), strataFrames, &c, Quality::Full, 1.0)
            ->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
        benchmark::RegisterBenchmark(("Strata_Full_TwiceTheStep/" + c.name).c_str(), strataFrames, &c, Quality::Full, 2.0)
            ->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
        benchmark::RegisterBenchmark(("VtkFixedPoint_Default/" + c.name).c_str(), vtkFrames, &c, false)
            ->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
        benchmark::RegisterBenchmark(("VtkSmart_Default/" + c.name).c_str(), vtkFrames, &c, true)
            ->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
        for (const auto &[label, which] : {std::pair<const char *, std::size_t>{"organ", 0}, {"body", 1}, {"both", 2}}) {
            benchmark::RegisterBenchmark(("Strata_Full_SurfaceMade/" + c.name + "/" + label).c_str(), strataSurfaceFrames, &c, Quality::Full, true, which)
                ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
            benchmark::RegisterBenchmark(("Strata_Full_SurfaceKept/" + c.name + "/" + label).c_str(), strataSurfaceFrames, &c, Quality::Full, false, which)
                ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
        }
        benchmark::RegisterBenchmark(("Strata_Interactive_SurfacesKept/" + c.name + "/both").c_str(), strataSurfaceFrames, &c, Quality::Interactive, false,
                                     std::size_t(2))
            ->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
        benchmark::RegisterBenchmark(("Strata_Full_SurfaceKept/" + c.name + "/forty").c_str(), strataSurfaceFrames, &c, Quality::Full, false, std::size_t(3))
            ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
        benchmark::RegisterBenchmark(("Strata_Interactive_SurfacesKept/" + c.name + "/forty").c_str(), strataSurfaceFrames, &c, Quality::Interactive, false,
                                     std::size_t(3))
            ->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_cases.clear();
    return 0;
}
