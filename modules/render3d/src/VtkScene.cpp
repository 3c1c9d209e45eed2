#include "VtkScene.h"

#include <strata/imaging/Reslicer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <vtkActor.h>
#include <vtkColorTransferFunction.h>
#include <vtkFlyingEdges3D.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkWindowedSincPolyDataFilter.h>
#include <vtkFixedPointVolumeRayCastMapper.h>
#include <vtkFloatArray.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPlane.h>
#include <vtkPlaneCollection.h>
#include <vtkPointData.h>
#include <vtkCamera.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>
#include <map>
#include <optional>
#include <cmath>

namespace strata::render3d {

std::pair<float, float> valueRange(const dicom::Volume &volume)
{
    if (volume.voxels.empty())
        return {0.0f, 0.0f};
    const auto [low, high] = std::minmax_element(volume.voxels.begin(), volume.voxels.end());
    return {*low, *high};
}

namespace {

double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

/// The colour a value gets through the preset's colour points (linear between them).
QRgb colorAt(const VolumePreset &preset, double value)
{
    const auto &c = preset.colors;
    auto rgb = [](double r, double g, double b) {
        return qRgb(int(std::lround(std::clamp(r, 0.0, 1.0) * 255)), int(std::lround(std::clamp(g, 0.0, 1.0) * 255)),
                    int(std::lround(std::clamp(b, 0.0, 1.0) * 255)));
    };
    if (value <= c.front().value)
        return rgb(c.front().r, c.front().g, c.front().b);
    for (std::size_t i = 1; i < c.size(); ++i) {
        if (value <= c[i].value) {
            const double t = (value - c[i - 1].value) / std::max(1e-12, c[i].value - c[i - 1].value);
            return rgb(c[i - 1].r + t * (c[i].r - c[i - 1].r), c[i - 1].g + t * (c[i].g - c[i - 1].g), c[i - 1].b + t * (c[i].b - c[i - 1].b));
        }
    }
    return rgb(c.back().r, c.back().g, c.back().b);
}

/// Draws a small cross at the MPR crosshair's point and the patient axes in the lower left corner.
void drawOverlays(QImage &image, const RenderRequest &request, const ViewGeometry &g)
{
    if (!request.marker && !request.orientationMarker)
        return;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (request.marker) {
        const QPointF p = g.project(*request.marker);
        painter.setPen(QPen(QColor(255, 220, 0), 1.5));
        painter.drawLine(p + QPointF(-8, 0), p + QPointF(-3, 0));
        painter.drawLine(p + QPointF(3, 0), p + QPointF(8, 0));
        painter.drawLine(p + QPointF(0, -8), p + QPointF(0, -3));
        painter.drawLine(p + QPointF(0, 3), p + QPointF(0, 8));
    }
    if (request.orientationMarker) {
        const double length = std::clamp(std::min(image.width(), image.height()) * 0.08, 12.0, 40.0);
        const QPointF origin(length + 12, image.height() - length - 12);
        struct Axis { Vec3 direction; QColor color; const char *letter; };
        // Patient left, posterior, superior (LPS), in the usual red, green, blue.
        const Axis axes[] = {{{1, 0, 0}, QColor(230, 60, 60), QT_TRANSLATE_NOOP("strata::render3d", "L")},
                             {{0, 1, 0}, QColor(60, 200, 60), QT_TRANSLATE_NOOP("strata::render3d", "P")},
                             {{0, 0, 1}, QColor(80, 120, 255), QT_TRANSLATE_NOOP("strata::render3d", "S")}};
        for (const Axis &axis : axes) {
            const QPointF tip = origin + QPointF(dot(axis.direction, g.right), -dot(axis.direction, g.up)) * length;
            painter.setPen(QPen(axis.color, 2));
            painter.drawLine(origin, tip);
            painter.drawText(QRectF(tip - QPointF(8, 8), QSizeF(16, 16)), Qt::AlignCenter,
                             QCoreApplication::translate("strata::render3d", axis.letter));
        }
    }
}

/// The surface of a mask in the volume's index space: the mask's boundary (flying edges at half
/// way, on a copy padded with an empty voxel all round so that it closes), smoothed (windowed sinc,
/// which keeps its volume) and given normals. Masks of more than 2 M voxels are first reduced by
/// whole blocks (2 × 2 × 2 for an organ at fine voxels, 4 × 4 × 4 for a body outline): software
/// OpenGL draws a surface's triangles every frame, and a quarter of them keeps the frames quick.
/// `coarse`: for frames while dragging, blocks at least twice as large (and at least 3 voxels a side):
/// a ninth of the triangles or fewer, so that many surfaces still turn fluidly. Masks of up to
/// 100,000 voxels (a lesion) keep their size: few triangles, and a small one would vanish in blocks.
int blockSize(const imaging::VoxelMask &mask, bool coarse)
{
    const std::size_t count = mask.voxels.size();
    int f = 1;
    while (count / std::size_t(f * f * f) > std::size_t(2) << 20)
        ++f;
    return coarse && count > 100000 ? std::max(3, 2 * f) : f;
}

vtkSmartPointer<vtkPolyData> surfaceOf(const imaging::VoxelMask &mask, int f)
{
    std::array<int, 3> dims;
    for (int a = 0; a < 3; ++a)
        dims[std::size_t(a)] = (mask.size[std::size_t(a)] + f - 1) / f + 2;
    vtkNew<vtkImageData> image;
    image->SetDimensions(dims[0], dims[1], dims[2]);
    // Block b's centre is mask voxel f·b + (f − 1)/2; the padding is block −1.
    image->SetSpacing(f, f, f);
    image->SetOrigin(mask.offset[0] - f + (f - 1) / 2.0, mask.offset[1] - f + (f - 1) / 2.0, mask.offset[2] - f + (f - 1) / 2.0);
    image->AllocateScalars(VTK_UNSIGNED_CHAR, 1);
    auto *out = static_cast<unsigned char *>(image->GetScalarPointer());
    const std::size_t blocks = std::size_t(dims[0]) * std::size_t(dims[1]) * std::size_t(dims[2]);
    std::fill(out, out + blocks, 0);
    // Each block's share of voxels inside, 0–255: the surface half way runs where half a block is
    // inside, so reducing neither grows nor shrinks the segment (a part thinner than half a block
    // may thin out).
    std::vector<std::uint16_t> inside(blocks, 0);
    for (int k = 0; k < mask.size[2]; ++k)
        for (int j = 0; j < mask.size[1]; ++j) {
            const std::uint8_t *row = mask.voxels.data() + (std::size_t(k) * std::size_t(mask.size[1]) + std::size_t(j)) * std::size_t(mask.size[0]);
            std::uint16_t *line = inside.data() + (std::size_t(k / f + 1) * std::size_t(dims[1]) + std::size_t(j / f + 1)) * std::size_t(dims[0]) + 1;
            for (int i = 0; i < mask.size[0]; ++i)
                if (row[i])
                    ++line[i / f];
        }
    const double perVoxel = 255.0 / double(f * f * f);
    for (std::size_t n = 0; n < inside.size(); ++n)
        out[n] = static_cast<unsigned char>(std::min(255.0, std::round(inside[n] * perVoxel)));
    vtkNew<vtkFlyingEdges3D> edges;
    edges->SetInputData(image);
    edges->SetValue(0, 127.5);
    edges->ComputeNormalsOff();
    edges->ComputeGradientsOff();
    edges->ComputeScalarsOff();
    vtkNew<vtkWindowedSincPolyDataFilter> smooth;
    smooth->SetInputConnection(edges->GetOutputPort());
    smooth->SetNumberOfIterations(15);
    smooth->SetPassBand(0.1);
    smooth->BoundarySmoothingOff();
    smooth->FeatureEdgeSmoothingOff();
    smooth->NonManifoldSmoothingOn();
    smooth->NormalizeCoordinatesOn();
    vtkNew<vtkPolyDataNormals> normals;
    normals->SetInputConnection(smooth->GetOutputPort());
    normals->SplittingOff();
    normals->ConsistencyOn();
    normals->Update();
    vtkSmartPointer<vtkPolyData> surface = normals->GetOutput();
    return surface;
}

} // namespace

struct VtkScene::Private {
    vtkSmartPointer<vtkRenderWindow> window;
    vtkSmartPointer<vtkRenderer> renderer;
    vtkSmartPointer<vtkVolume> actor;
    vtkSmartPointer<vtkFixedPointVolumeRayCastMapper> mapper;
    vtkSmartPointer<vtkGPUVolumeRayCastMapper> gpuMapper;  ///< made when first asked for
    std::optional<bool> softwareGl;  ///< whether the OpenGL renderer is a software one (llvmpipe, ...)
    vtkSmartPointer<vtkVolumeProperty> property;
    vtkSmartPointer<vtkColorTransferFunction> colors;
    vtkSmartPointer<vtkPiecewiseFunction> opacity;
    vtkSmartPointer<vtkImageData> image;
    std::shared_ptr<const dicom::Volume> volume;  ///< what `image` wraps (kept alive while it does)
    std::pair<float, float> range{0, 0};
    int threads = 0;
    struct SurfaceActor {
        std::shared_ptr<const imaging::VoxelMask> mask;   ///< what the actor's surface was made of
        vtkSmartPointer<vtkActor> actor;
        vtkSmartPointer<vtkPolyDataMapper> full, coarse;   ///< the surface, and its coarse one for drags
    };
    std::map<QString, SurfaceActor> surfaces;   ///< by Surface::key

    /// The request's surfaces in the scene (made where new, within the request's budget; the others
    /// taken out), placed on the volume's grid, coloured and clipped as asked. Returns how many are
    /// left to make.
    int syncSurfaces(const RenderRequest &request, vtkPlaneCollection *planes)
    {
        QElapsedTimer spent;
        spent.start();
        int pending = 0;
        std::map<QString, SurfaceActor> kept;
        for (const Surface &s : request.surfaces) {
            if (!s.mask || s.mask->empty() || kept.count(s.key))
                continue;
            auto found = surfaces.find(s.key);
            SurfaceActor entry;
            if (found != surfaces.end() && found->second.mask == s.mask) {
                entry = found->second;
                surfaces.erase(found);
            } else if (request.surfaceBudgetMs >= 0 && double(spent.nsecsElapsed()) / 1e6 >= request.surfaceBudgetMs) {
                ++pending;   // made by a later frame
                continue;
            } else {
                const int fine = blockSize(*s.mask, false), coarse = blockSize(*s.mask, true);
                entry.full = vtkSmartPointer<vtkPolyDataMapper>::New();
                entry.full->SetInputData(surfaceOf(*s.mask, fine));
                entry.full->ScalarVisibilityOff();
                if (coarse == fine) {
                    entry.coarse = entry.full;
                } else {
                    entry.coarse = vtkSmartPointer<vtkPolyDataMapper>::New();
                    entry.coarse->SetInputData(surfaceOf(*s.mask, coarse));
                    entry.coarse->ScalarVisibilityOff();
                }
                entry.mask = s.mask;
                entry.actor = vtkSmartPointer<vtkActor>::New();
                entry.actor->GetProperty()->SetAmbient(0.15);
                entry.actor->GetProperty()->SetDiffuse(0.8);
                entry.actor->GetProperty()->SetSpecular(0.2);
                entry.actor->GetProperty()->SetSpecularPower(20);
                renderer->AddActor(entry.actor);
            }
            vtkNew<vtkMatrix4x4> m;
            for (int r = 0; r < 4; ++r)
                for (int c = 0; c < 4; ++c)
                    m->SetElement(r, c, request.volume->indexToPatient[std::size_t(r * 4 + c)]);
            entry.actor->SetUserMatrix(m);
            entry.actor->GetProperty()->SetColor(s.color.redF(), s.color.greenF(), s.color.blueF());
            entry.actor->GetProperty()->SetOpacity(std::clamp(s.opacity, 0.0, 1.0));
            vtkPolyDataMapper *mapper = request.quality == Quality::Interactive ? entry.coarse : entry.full;
            if (entry.actor->GetMapper() != mapper)
                entry.actor->SetMapper(mapper);
            mapper->SetClippingPlanes(planes);
            kept.emplace(s.key, entry);
        }
        for (auto &[key, entry] : surfaces)
            renderer->RemoveActor(entry.actor);
        surfaces = std::move(kept);
        return pending;
    }

    void bindVolume(const std::shared_ptr<const dicom::Volume> &v)
    {
        if (v == volume)
            return;
        volume = v;
        range = valueRange(*v);
        // Wrap the shared voxels: no copy (VTK only reads them; save = 1 keeps VTK from freeing them).
        vtkNew<vtkFloatArray> scalars;
        scalars->SetArray(const_cast<float *>(v->voxels.data()), vtkIdType(v->voxels.size()), 1);
        image = vtkSmartPointer<vtkImageData>::New();
        image->SetDimensions(v->dimensions[0], v->dimensions[1], v->dimensions[2]);
        vtkNew<vtkMatrix4x4> m;
        if (v->sheared) {
            image->SetSpacing(1, 1, 1);
            for (int r = 0; r < 4; ++r)
                for (int c = 0; c < 4; ++c)
                    m->SetElement(r, c, v->indexToPatient[std::size_t(r * 4 + c)]);
        } else {
            image->SetSpacing(v->spacing[0], v->spacing[1], v->spacing[2]);
            for (int r = 0; r < 3; ++r) {
                for (int c = 0; c < 3; ++c)
                    m->SetElement(r, c, v->direction[std::size_t(r * 3 + c)]);
                m->SetElement(r, 3, v->origin[std::size_t(r)]);
            }
        }
        image->SetOrigin(0, 0, 0);
        image->GetPointData()->SetScalars(scalars);
        mapper->SetInputData(image);
        if (gpuMapper)
            gpuMapper->SetInputData(image);
        actor->SetUserMatrix(m);
    }
};

VtkScene::VtkScene() : d(std::make_unique<Private>())
{
    d->window = vtkSmartPointer<vtkRenderWindow>::New();
    d->window->SetOffScreenRendering(1);
    d->window->SetMultiSamples(0);
    d->renderer = vtkSmartPointer<vtkRenderer>::New();
    d->window->AddRenderer(d->renderer);
    d->mapper = vtkSmartPointer<vtkFixedPointVolumeRayCastMapper>::New();
    d->mapper->SetAutoAdjustSampleDistances(0);
    d->mapper->SetLockSampleDistanceToInputSpacing(0);
    d->colors = vtkSmartPointer<vtkColorTransferFunction>::New();
    d->opacity = vtkSmartPointer<vtkPiecewiseFunction>::New();
    d->property = vtkSmartPointer<vtkVolumeProperty>::New();
    d->property->SetColor(d->colors);
    d->property->SetScalarOpacity(d->opacity);
    d->property->SetInterpolationTypeToLinear();
    d->actor = vtkSmartPointer<vtkVolume>::New();
    d->actor->SetMapper(d->mapper);
    d->actor->SetProperty(d->property);
    d->renderer->AddVolume(d->actor);
    d->renderer->GetActiveCamera()->ParallelProjectionOn();
}

VtkScene::~VtkScene() = default;

void VtkScene::setThreads(int threads)
{
    d->threads = threads;
}

Result<Frame> VtkScene::render(const RenderRequest &request, double imageSampleDistance)
{
    QElapsedTimer timer;
    timer.start();
    const auto &v = request.volume;
    if (!v || v->voxels.empty() || v->voxelCount() != v->voxels.size())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("3D view"), QStringLiteral("no volume to render"));
    if (request.size.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("3D view"), QStringLiteral("empty picture size"));
    if (request.preset.colors.empty() || request.preset.opacity.empty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("3D view"), QStringLiteral("the preset has no transfer functions"));

    d->bindVolume(v);
    const VolumePreset preset = request.preset.resolved(d->range.first, d->range.second);
    const BlendMode blend = request.blend.value_or(preset.blend);
    Frame frame;
    frame.quality = request.quality;
    frame.valueRange = d->range;
    frame.geometry = viewGeometry(*v, request.camera, request.size);
    frame.imageSampleDistance = imageSampleDistance;
    const ViewGeometry &g = frame.geometry;

    if (blend == BlendMode::Average && request.showVolume) {
        // VTK's CPU ray caster has no average blend: the mean along each ray is imaging's slab
        // through the whole volume, on the view's plane (parallel rays, so the same picture).
        imaging::Plane plane;
        plane.center = g.center;
        plane.row = g.right;
        plane.column = {-g.up[0], -g.up[1], -g.up[2]};
        imaging::ResliceOptions options;
        options.width = request.size.width();
        options.height = request.size.height();
        options.pixelSpacing = g.mmPerPixel;
        options.slab = imaging::SlabMode::Mean;
        double extent = 0;
        for (int a = 0; a < 3; ++a)
            extent += double(v->dimensions[std::size_t(a)]) * v->spacing[std::size_t(a)];
        options.slabThicknessMm = extent;
        options.slabEngine = imaging::SlabEngine::Strata;
        options.background = d->range.first;
        options.threads = d->threads;
        auto slice = imaging::reslice(*v, plane, options);
        if (!slice.ok())
            return slice.error();
        frame.image = QImage(request.size, QImage::Format_RGB32);
        for (int y = 0; y < request.size.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(frame.image.scanLine(y));
            for (int x = 0; x < request.size.width(); ++x)
                line[x] = colorAt(preset, slice.value().at(x, y));
        }
    } else {
        d->colors->RemoveAllPoints();
        for (const ColorPoint &p : preset.colors)
            d->colors->AddRGBPoint(p.value, p.r, p.g, p.b);
        d->opacity->RemoveAllPoints();
        for (const OpacityPoint &p : preset.opacity)
            d->opacity->AddPoint(p.value, p.opacity);
        const bool shade = blend == BlendMode::Composite && request.shade.value_or(preset.shade);
        d->property->SetShade(shade ? 1 : 0);
        d->property->SetAmbient(preset.ambient);
        d->property->SetDiffuse(preset.diffuse);
        d->property->SetSpecular(preset.specular);
        d->property->SetSpecularPower(preset.specularPower);
        bool gpu = request.backend == Backend::Gpu;
        if (request.backend == Backend::Auto) {
            if (!d->softwareGl) {
                d->window->SetSize(16, 16);
                d->window->Render();  // makes the context, so the renderer's name can be read
                const QString caps = QString::fromLatin1(d->window->ReportCapabilities()).toLower();
                d->softwareGl = caps.contains(QLatin1String("llvmpipe")) || caps.contains(QLatin1String("softpipe"))
                                || caps.contains(QLatin1String("swrast")) || caps.contains(QLatin1String("software"));
            }
            gpu = !*d->softwareGl;
        }
        if (gpu && !d->gpuMapper) {
            d->gpuMapper = vtkSmartPointer<vtkGPUVolumeRayCastMapper>::New();
            d->gpuMapper->SetAutoAdjustSampleDistances(0);
            d->gpuMapper->SetInputData(d->image);
        }
        vtkVolumeMapper *mapper = gpu ? static_cast<vtkVolumeMapper *>(d->gpuMapper) : static_cast<vtkVolumeMapper *>(d->mapper);
        if (d->actor->GetMapper() != mapper)
            d->actor->SetMapper(mapper);
        frame.gpu = gpu;
        switch (blend) {
        case BlendMode::Maximum: mapper->SetBlendModeToMaximumIntensity(); break;
        case BlendMode::Minimum: mapper->SetBlendModeToMinimumIntensity(); break;
        default: mapper->SetBlendModeToComposite(); break;
        }
        // Samples along a ray: the largest voxel spacing apart at full quality (finer steps changed the
        // picture by less than VTK's own rounding, docs/performance.md), twice that while dragging.
        const double largest = std::max({v->spacing[0], v->spacing[1], v->spacing[2]});
        const double step = request.sampleDistanceMm > 0 ? request.sampleDistanceMm : largest;
        const double sample = std::max(0.05, step * (request.quality == Quality::Full ? 1.0 : 2.0));
        d->mapper->SetSampleDistance(float(sample));
        d->mapper->SetInteractiveSampleDistance(float(sample));
        d->mapper->SetImageSampleDistance(float(imageSampleDistance));
        if (gpu) {
            d->gpuMapper->SetSampleDistance(float(sample));
            d->gpuMapper->SetImageSampleDistance(float(imageSampleDistance));
        }
        if (d->threads > 0)
            d->mapper->SetNumberOfThreads(d->threads);

        vtkNew<vtkPlaneCollection> planes;
        auto addPlane = [&planes](const Vec3 &origin, const Vec3 &normal) {
            vtkNew<vtkPlane> plane;
            plane->SetOrigin(origin[0], origin[1], origin[2]);
            plane->SetNormal(normal[0], normal[1], normal[2]);
            planes->AddItem(plane);
        };
        if (request.clipBox) {
            const auto &b = *request.clipBox;
            addPlane({b[0], 0, 0}, {1, 0, 0});
            addPlane({b[1], 0, 0}, {-1, 0, 0});
            addPlane({0, b[2], 0}, {0, 1, 0});
            addPlane({0, b[3], 0}, {0, -1, 0});
            addPlane({0, 0, b[4]}, {0, 0, 1});
            addPlane({0, 0, b[5]}, {0, 0, -1});
        }
        if (request.clipPlane)
            addPlane(request.clipPlane->origin, request.clipPlane->normal);
        mapper->SetClippingPlanes(planes);
        frame.surfacesPending = d->syncSurfaces(request, planes);
        d->actor->SetVisibility(request.showVolume ? 1 : 0);

        const QColor bg = request.background;
        d->renderer->SetBackground(bg.redF(), bg.greenF(), bg.blueF());
        vtkCamera *camera = d->renderer->GetActiveCamera();
        const double distance = 4.0 * g.mmPerPixel * std::max(request.size.width(), request.size.height()) + 1000.0;
        camera->SetFocalPoint(g.center[0], g.center[1], g.center[2]);
        camera->SetPosition(g.center[0] - distance * g.viewDirection[0], g.center[1] - distance * g.viewDirection[1],
                            g.center[2] - distance * g.viewDirection[2]);
        camera->SetViewUp(g.up[0], g.up[1], g.up[2]);
        camera->SetParallelScale(g.mmPerPixel * request.size.height() / 2.0);
        d->renderer->ResetCameraClippingRange();
        d->window->SetSize(request.size.width(), request.size.height());
        d->window->Render();

        const int w = request.size.width(), h = request.size.height();
        vtkNew<vtkUnsignedCharArray> pixels;
        d->window->GetRGBACharPixelData(0, 0, w - 1, h - 1, 0, pixels);
        if (pixels->GetNumberOfTuples() != vtkIdType(w) * h)
            return Error(ErrorCode::Internal, QStringLiteral("3D view"), QStringLiteral("the render window gave no pixels"));
        frame.image = QImage(request.size, QImage::Format_RGB32);
        const unsigned char *src = pixels->GetPointer(0);
        for (int y = 0; y < h; ++y) {
            // VTK's rows run bottom-up.
            const unsigned char *row = src + std::size_t(h - 1 - y) * std::size_t(w) * 4;
            auto *line = reinterpret_cast<QRgb *>(frame.image.scanLine(y));
            for (int x = 0; x < w; ++x)
                line[x] = qRgb(row[4 * x], row[4 * x + 1], row[4 * x + 2]);
        }
    }
    drawOverlays(frame.image, request, g);
    frame.renderMs = double(timer.nsecsElapsed()) / 1e6;
    return frame;
}

} // namespace strata::render3d
