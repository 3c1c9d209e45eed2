#pragma once
/// The viewer's 3D cell: renders the series' volume (shared with the MPR, never copied) through
/// render3d off the GUI thread and paints the latest frame; the rotate tool turns it (reduced
/// quality while dragging, full quality once the mouse stops), a chooser picks the preset, and the
/// MPR crosshair's point and the patient axes are drawn over it.
#include <strata/core/Result.h>
#include <strata/measure/Measurement.h>
#include <strata/render3d/VolumeRenderer.h>
#include <strata/ui/models/SegmentationOverlay.h>
#include <strata/ui/tools/VolumeTools.h>

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QToolButton;
class QTimer;

namespace strata::imaging {
class SeriesVolume;
}

namespace strata::ui {

class ClipBoxPanel;
class MprModel;
class TransferFunctionEditor;

class Volume3DView : public QWidget, public VolumeToolContext {
    Q_OBJECT
public:
    /// How long the mouse rests before the full-quality frame is asked for, ms.
    static constexpr int kSettleMs = 150;

    explicit Volume3DView(QWidget *parent = nullptr);
    ~Volume3DView() override;

    /// Renders this series' volume once it is complete (the preset chosen by its modality); the MPR
    /// model, when given, supplies the crosshair's point.
    void showSeries(std::shared_ptr<imaging::SeriesVolume> series, MprModel *mpr = nullptr);
    void clear();
    std::shared_ptr<imaging::SeriesVolume> series() const { return m_series; }

    QString presetName() const;
    /// One of render3d::builtinPresets()' names; false when unknown.
    bool setPreset(const QString &name);
    /// The standard view from one side of the patient (zoom and pan reset).
    void resetView(render3d::ViewSide side);
    QComboBox *presetChooser() const { return m_presets; }
    /// Shows the opacity transfer function over the volume's histogram (computed in the background
    /// the first time) for editing; edits apply to this view until another preset is chosen.
    void setTransferFunctionEditorVisible(bool visible);
    TransferFunctionEditor *transferFunctionEditor() const { return m_editor; }
    /// The preset rendered now: the chosen one, or its edited copy (values in the volume's units).
    render3d::VolumePreset effectivePreset() const;
    /// Cuts away the half of the volume in front of a plane facing the camera through the MPR
    /// crosshair's point (the volume's centre without MPR), to look inside; off: the whole volume.
    void setClipping(bool on);
    bool isClipping() const { return m_clip.has_value(); }
    /// Keeps only what lies inside a box (patient LPS, mm: xmin, xmax, ymin, ymax, zmin, zmax),
    /// clamped to the volume; nullopt: no box. The panel's sliders follow.
    void setClipBox(std::optional<std::array<double, 6>> box);
    std::optional<std::array<double, 6>> clipBox() const { return m_clipBox; }
    /// Shows the clip box's sliders over the view with the box on (the whole volume at first);
    /// hidden: the box is off.
    void setClipBoxPanelVisible(bool visible);
    QWidget *clipBoxPanel() const;

    /// The study's segmentations and structure sets: those in the series' frame of reference are
    /// drawn as surfaces with the volume (their masks made in the background once per volume), in
    /// their colours; one whose box holds another's see-through. Hidden ones (keys) and all of
    /// them when not visible are left out.
    void setSegmentations(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                          const std::vector<std::shared_ptr<const measure::StructureSet>> &structures);
    void setHiddenSegments(const QSet<QString> &hidden);
    void setSegmentationsVisible(bool visible);
    /// The study's measurements: each lesion whose mask lies on this volume's grid (segmented on
    /// this series) is drawn as a surface too, in the measurements' yellow (the selected one cyan).
    void setLesions(const std::vector<measure::Measurement> &measurements, const QString &selected);
    /// Whether the volume is rendered (3D menu → Show the Volume); off: the segments' and lesions'
    /// surfaces alone. On for each new series.
    void setVolumeShown(bool shown);
    bool isVolumeShown() const { return m_volumeShown; }
    /// The labels of the surfaces in the frames asked for now, in order (segments and structures,
    /// then lesions).
    QStringList segmentsShown() const;

    /// How long the mouse (or a held slider) rests before the full-quality frame is asked for, ms
    /// (kSettleMs unless set). Tests that check the coarse frames of a drag set it long, so that a
    /// loaded machine's slow frame cannot be overtaken by the settled one.
    void setSettleDelay(int ms);
    int settleDelay() const;

    /// The patient point the picture shows at a widget position (render3d::pickPoint on the frame
    /// on screen); none before the first frame or where it shows nothing.
    std::optional<imaging::Vec3> pointAt(QPointF position) const;

    /// The last frame painted (null image before the first).
    const render3d::Frame &lastFrame() const { return m_frame; }
    /// Whether the frame on screen is the full-quality frame of the current camera and preset.
    bool isSettled() const;
    /// Renders the current view at `size` (the widget's when empty) and saves it (PNG by the
    /// suffix). Blocks the calling thread while it renders: for commands and tests.
    Status exportImage(const QString &path, QSize size = {});
    /// Saves the current view (full quality, the widget's size) in the background; `done` gets the
    /// outcome on the GUI thread.
    void exportImageInBackground(const QString &path, std::function<void(const Status &)> done);
    /// Writes a 360° turn (`frames` PNGs, and an MP4 where ffmpeg exists) into `folder` in the
    /// background; `done` gets a line to show (what was written, or why not) on the GUI thread.
    void exportRotationInBackground(const QString &folder, int frames, std::function<void(const QString &)> done);
    /// The request the view would send now (full quality, widget size), e.g. for a rotation export.
    render3d::RenderRequest currentRequest() const;

    // VolumeToolContext
    render3d::Camera camera() const override { return m_camera; }
    void setCamera(const render3d::Camera &camera, bool interactive) override;
    void endInteraction() override;
    double mmPerPixel() const override;
    std::optional<imaging::SliceGeometry> imageGeometry() const override { return std::nullopt; }
    QSizeF viewportSize() const override { return QSizeF(size()); }
    ViewTransform viewTransform() const override { return {}; }
    void setViewTransform(const ViewTransform &) override {}
    imaging::WindowLevel window() const override { return {}; }
    void setWindow(const imaging::WindowLevel &) override {}
    void scrollBy(int) override {}
    MprModel *mprModel() const override { return m_mpr; }
    imaging::PlaneOrientation mprPlane() const override { return imaging::PlaneOrientation::Axial; }
    std::vector<imaging::SliceGeometry> referenceGeometries() const override { return {}; }
    std::optional<float> valueAt(QPointF) const override { return std::nullopt; }
    void requestUpdate() override { update(); }

signals:
    /// A line for the status bar (an export finished or failed).
    void statusMessage(const QString &message);
    /// Shift + mouse over the picture (no button): the patient point under the pointer — the
    /// surface or tissue the picture shows there (render3d::pickPoint) — for the other viewports
    /// and the MPR crosshair to go to. Nothing where the pointer shows nothing.
    void pointLocated(const strata::imaging::Vec3 &point);
    /// A frame was painted (interactive or full quality).
    void frameShown();
    /// The segments' surfaces of the current volume are all made (segmentsShown() tells which show).
    void segmentsReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void volumeArrived();
    void makeSurfaces();
    void makeSurfacesFrom(std::size_t first);
    void requestFrame(render3d::Quality quality);
    void frameArrived(const render3d::Frame &frame);

    render3d::VolumeRenderer *m_renderer = nullptr;
    std::shared_ptr<imaging::SeriesVolume> m_series;
    QPointer<MprModel> m_mpr;
    QMetaObject::Connection m_volumeConnection;
    QMetaObject::Connection m_mprConnection;
    render3d::Camera m_camera;
    QString m_preset = QStringLiteral("ct-bone");
    render3d::Frame m_frame;
    quint64 m_requested = 0;       ///< serial of the newest request
    quint64 m_fullRequested = 0;   ///< serial of the newest full-quality request
    bool m_dragging = false;
    QString m_message;             ///< shown instead of a picture (loading, no volume, no display)
    std::optional<render3d::ClipPlane> m_clip;
    std::optional<std::array<double, 6>> m_clipBox;
    ClipBoxPanel *m_clipPanel = nullptr;
    QAction *m_clipBoxAction = nullptr;
    std::optional<render3d::VolumePreset> m_edited;  ///< the chosen preset as edited, resolved
    std::optional<render3d::Histogram> m_histogram;   ///< of the current volume, once computed
    TransferFunctionEditor *m_editor = nullptr;
    void placeEditor();
    void placeClipPanel();
    QComboBox *m_presets = nullptr;
    QToolButton *m_menuButton = nullptr;
    QTimer *m_settle = nullptr;
    RotateTool3D m_tool;
    std::vector<std::shared_ptr<const measure::Segmentation>> m_segmentations;
    std::vector<std::shared_ptr<const measure::StructureSet>> m_structures;
    QSet<QString> m_hiddenSegments;
    bool m_segmentationsVisible = true;
    std::vector<SegmentSurface> m_surfaces;   ///< of the current volume
    const dicom::Volume *m_surfacesOf = nullptr;   ///< the volume m_surfaces are (being) made for
    quint64 m_surfaceGeneration = 0;          ///< bumped by another volume or other segmentations
    std::shared_ptr<std::atomic_bool> m_surfaceCancel;
    std::vector<measure::Measurement> m_lesions;   ///< lesion measurements with a mask
    QString m_selectedLesion;
    bool m_volumeShown = true;
    QAction *m_volumeAction = nullptr;
    /// The surfaces to draw now: the segments shown, then the lesions on the volume's grid.
    std::vector<SegmentSurface> shownSurfaces() const;
};

} // namespace strata::ui
