#pragma once
/// What the 3D view should show: the shared volume, preset, camera, clipping, size and quality of
/// one frame; and the geometry of a rendered frame (which pixel shows which patient point).
#include <strata/dicom/Volume.h>
#include <strata/imaging/VoxelMask.h>
#include <strata/render3d/VolumePreset.h>

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace strata::render3d {

using Vec3 = std::array<double, 3>;

/// The standard views, named by the side of the patient the camera looks from (patient
/// coordinates are DICOM's LPS). Anterior: patient right on the image's left, head at the top.
/// Superior and inferior views put anterior at the top.
enum class ViewSide { Anterior, Posterior, Left, Right, Superior, Inferior };

/// A parallel-projection camera around the volume's centre.
struct Camera {
    ViewSide side = ViewSide::Anterior;
    /// Degrees. Azimuth turns the camera about the view's up axis (positive: towards the patient's
    /// left from the anterior view); elevation then tilts it towards the view's top (positive: up).
    double azimuth = 0, elevation = 0;
    double zoom = 1;  ///< 1: the whole volume fits in any direction; 2: twice as large
    /// Pan in mm, along the image's right and up directions.
    double panRight = 0, panUp = 0;
};

/// A half-space clip: keeps the points on the side `normal` points to (normal · (p − origin) ≥ 0).
struct ClipPlane {
    Vec3 origin{0, 0, 0};
    Vec3 normal{1, 0, 0};
};

/// Which ray caster renders: VTK's CPU one (vtkFixedPointVolumeRayCastMapper), its GPU one
/// (vtkGPUVolumeRayCastMapper), or Auto: the GPU where the OpenGL renderer is a real GPU, the CPU on
/// software renderers (Mesa's llvmpipe, where the GPU mapper is many times slower).
enum class Backend { Auto, Cpu, Gpu };

/// LOD: interactive frames (while the user drags) are rendered coarser and faster.
enum class Quality { Interactive, Full };

/// A region drawn as a surface with the volume (a SEG's segment, a structure): its mask on the
/// volume's grid, turned into a smoothed surface once per key and volume, in its colour.
struct Surface {
    QString key;   ///< the mask's identity: a surface is made once per key (and mask) and kept
    std::shared_ptr<const imaging::VoxelMask> mask;
    QColor color = Qt::red;
    double opacity = 1;   ///< 1: opaque (hides what lies behind it in the volume)
};

struct RenderRequest {
    std::shared_ptr<const dicom::Volume> volume;  ///< shared with the MPR, never copied
    VolumePreset preset;
    std::optional<BlendMode> blend;  ///< overrides the preset's
    std::optional<bool> shade;       ///< overrides the preset's
    Camera camera;
    QSize size{512, 512};
    Quality quality = Quality::Full;
    Backend backend = Backend::Auto;
    /// Keeps only what lies inside this box, patient coordinates (LPS, mm): xmin, xmax, ymin, ymax, zmin, zmax.
    std::optional<std::array<double, 6>> clipBox;
    std::optional<ClipPlane> clipPlane;
    /// Millimetres between samples along a ray at full quality (interactive frames: twice that).
    /// 0: the volume's largest voxel spacing (1 mm on a 0.7 × 0.7 × 1 mm CT, VTK's own default step).
    double sampleDistanceMm = 0;
    std::optional<Vec3> marker;     ///< a point drawn as a small cross (the MPR crosshair), patient mm
    bool orientationMarker = false; ///< draws the patient axes (L, P, S) in the lower left corner
    /// Surfaces rendered with the volume (depth-correct against it where opaque; not in the average
    /// projection, which is no ray cast).
    std::vector<Surface> surfaces;
    /// How long a frame may spend making surfaces it has not made yet (ms); those left for later
    /// frames are counted in Frame::surfacesPending. Negative: all of them (exports). A study with
    /// a hundred segments thus shows the first ones at once and never stalls a drag.
    double surfaceBudgetMs = -1;
    /// false: the surfaces alone, without the volume (segments seen on their own, lit).
    bool showVolume = true;
    QColor background = Qt::black;
};

/// Where a frame looks: the patient point at the image centre, the image's right and up directions
/// and the size of one pixel (parallel projection, so the same everywhere).
struct ViewGeometry {
    Vec3 center{0, 0, 0};
    Vec3 right{1, 0, 0};
    Vec3 up{0, 0, 1};
    Vec3 viewDirection{0, 1, 0};  ///< from the camera into the scene
    double mmPerPixel = 1;
    QSize size;

    /// The image position (pixels, x right, y down, pixel centres at .5) of a patient point.
    QPointF project(const Vec3 &patient) const;
};

/// The camera's geometry for a volume and an image size (no rendering).
ViewGeometry viewGeometry(const dicom::Volume &volume, const Camera &camera, QSize size);

struct Frame {
    QImage image;  ///< Format_RGB32, request.size
    quint64 serial = 0;
    Quality quality = Quality::Full;
    ViewGeometry geometry;
    double renderMs = 0;  ///< time spent rendering and reading back
    double imageSampleDistance = 1;  ///< the LOD used (1: every pixel ray cast)
    bool gpu = false;                ///< rendered by the GPU ray caster
    int surfacesPending = 0;         ///< surfaces asked for but not made yet (surfaceBudgetMs)
    std::pair<float, float> valueRange{0, 0};   ///< the volume's lowest and highest value (relative presets)
};

/// The patient point that pixel `pixel` (x right, y down, pixel centres at .5) of `frame` shows:
/// along its ray (the frame's geometry), inside the request's clips, the first opaque surface
/// (opacity ≥ 0.5) or, before it, where the preset makes the volume visible — composite: where the
/// ray's accumulated opacity reaches one half (VTK's unit distance of 1 mm, trilinear samples half
/// the finest spacing apart); MIP: its brightest sample; MinIP: its darkest. None where the ray
/// meets nothing, for the average projection, or without a volume. CPU only, microseconds: for a
/// pointer moving over the 3D view.
std::optional<Vec3> pickPoint(const RenderRequest &request, const Frame &frame, QPointF pixel);

} // namespace strata::render3d
