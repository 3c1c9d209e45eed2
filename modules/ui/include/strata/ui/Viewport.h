#pragma once
/// One image viewport: a series' native slices (2D reading) or an MPR plane of its volume, with
/// window/level, zoom/pan, quarter turns and flips, corner overlays, orientation labels, a scale
/// bar, reference lines of the other viewports and, in MPR, the crosshair. Paints a QImage (no
/// VTK widget); MPR planes are resliced on the Render executor, the newest request winning
/// (MprRenderQueue), so the GUI thread only windows and paints. Mouse tools are ToolHandlers.
#include <strata/imaging/ColorMap.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/WindowLevel.h>
#include <strata/measure/Measurement.h>
#include <strata/measure/PresentationState.h>
#include <strata/measure/ReportMarks.h>
#include <strata/measure/Segmentations.h>
#include <strata/ui/models/Fusion.h>
#include <strata/ui/models/SegmentationOverlay.h>
#include <strata/ui/models/MprRenderQueue.h>
#include <strata/ui/models/OverlayText.h>
#include <strata/ui/models/SlicePictures.h>
#include <strata/ui/models/ReferenceLines.h>
#include <strata/ui/models/ViewTransform.h>
#include <strata/ui/models/ViewportImage.h>
#include <strata/ui/tools/StandardTools.h>

#include <QColor>
#include <QHash>
#include <QSet>
#include <QImage>
#include <QPointer>
#include <QPolygonF>
#include <QWidget>

#include <memory>
#include <optional>
#include <span>
#include <vector>

class QMouseEvent;
class QThreadPool;

namespace strata::imaging {
class SeriesVolume;
struct SliceImage;
}

namespace strata::ui {

class MprModel;
class MeasurementList;

/// The MIME type of a series dragged from the series strip: the stack key as UTF-8.
inline constexpr const char *kStackMimeType = "application/x-strata-stack";

class Viewport : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Empty, Stack, Mpr };
    /// What the left button does (a built-in tool). The right button always sets window/level, the
    /// middle one pans, the wheel goes to the left button's tool (by default: scroll, Ctrl: zoom).
    using Tool = ToolKind;
    using Corner = OverlayCorner;

    explicit Viewport(QWidget *parent = nullptr);
    ~Viewport() override;

    /// Shows the native slices of a series (`slice` -1: the middle one). `keepView`: the zoom, pan,
    /// turn and flip stay (another volume of the same 4-D series, shown in the same place).
    void showStack(std::shared_ptr<imaging::SeriesVolume> series, int slice = -1, bool keepView = false);
    /// Shows one MPR plane of the series' volume (drawn once the volume is complete).
    void showMpr(std::shared_ptr<imaging::SeriesVolume> series, MprModel *model, imaging::PlaneOrientation plane);
    void clear();

    Mode mode() const { return m_mode; }
    const std::shared_ptr<imaging::SeriesVolume> &series() const { return m_series; }
    imaging::PlaneOrientation mprPlane() const { return m_plane; }
    /// The MPR state this viewport shows a plane of (null outside MPR).
    MprModel *mprModel() const;

    // Native slices.
    int slice() const { return m_slice; }
    int sliceCount() const;
    void setSlice(int slice);
    /// Moves by `steps` slices (Stack) or scroll steps along the normal (MPR).
    void scrollBy(int steps);

    imaging::WindowLevel window() const { return m_image.window(); }
    void setWindow(const imaging::WindowLevel &window);
    imaging::ColorMap colorMap() const { return m_image.colorMap(); }
    void setColorMap(imaging::ColorMap map);

    ViewTransform viewTransform() const { return m_view; }
    void setViewTransform(const ViewTransform &view);
    void zoomBy(double factor);
    void rotateClockwise();
    void rotateCounterClockwise();
    void flipHorizontal();
    void flipVertical();
    void fit();

    bool overlaysVisible() const { return m_overlays; }
    void setOverlaysVisible(bool visible);
    /// The image's own overlay planes (DICOM 60xx: a modality's graphics, markers, regions), drawn
    /// over it in white in stack mode. On by default.
    bool dicomOverlaysVisible() const { return m_dicomOverlays; }
    void setDicomOverlaysVisible(bool visible);
    /// The overlay planes over the slice shown (image-sized, transparent where none is set); null
    /// when it has none, or while they are read.
    QImage dicomOverlay() const { return m_overlayPictures.value(m_slice); }
    /// The study's segmentations (SEG): each segment drawn over the slices its frames lie on (the
    /// same frame of reference, parallel, within half a slice), in its colour, translucent with a
    /// solid edge, while segmentationsVisible() (on by default); on an MPR plane, what the plane
    /// cuts of them (coronal, sagittal, oblique: composeSegmentations), at its centre for a slab.
    /// And the study's RT structure sets: each structure's contours that lie on the slice, as
    /// lines in its colour, on an MPR plane across them the edge of the region they enclose
    /// (with the segmentations: shown and hidden with them).
    void setSegmentations(std::vector<std::shared_ptr<const measure::Segmentation>> segmentations,
                          std::vector<std::shared_ptr<const measure::StructureSet>> structures = {});
    bool segmentationsVisible() const { return m_segmentationsShown; }
    void setSegmentationsVisible(bool visible);
    /// Segments left out (their segmentKey()s): the reader chose to see the others only.
    void setHiddenSegments(QSet<QString> hidden);
    /// The segments drawn over the slice shown, as "label" (empty while none or while composed).
    QStringList segmentsShown() const { return shownSegmentation().labels; }
    /// The RT structures whose contours are drawn over the slice shown (their names).
    QStringList structuresShown() const { return shownSegmentation().structures; }
    /// The picture of them over the slice shown (image-sized, transparent elsewhere; null: none).
    QImage segmentationOverlay() const { return shownSegmentation().picture; }
    /// Another series fused over this one (a PET or SPECT over its CT: the same frame of
    /// reference), once its volume is loaded: sampled at every pixel shown — the native slice's or
    /// the MPR plane's —, coloured in `map` through its own window (fusionWindow), `opacity` opaque,
    /// over the grey image and under the marks. Null: none. Dropped when the viewport shows a series
    /// of another frame of reference.
    void setFusion(std::shared_ptr<imaging::SeriesVolume> series, imaging::ColorMap map = imaging::ColorMap::HotIron);
    std::shared_ptr<imaging::SeriesVolume> fusion() const { return m_fusionSeries; }
    void setFusionOpacity(double opacity);
    double fusionOpacity() const { return m_fusion.opacity; }
    void setFusionColorMap(imaging::ColorMap map);
    imaging::ColorMap fusionColorMap() const { return m_fusion.map; }
    /// The fused values shown (below it none, above it the map's top), named in the overlay by
    /// `label` (e.g. "SUV 0–5"); none: fusionWindow() of the fused volume.
    void setFusionWindow(std::optional<imaging::WindowLevel> window, const QString &label = {});
    imaging::WindowLevel fusionWindowShown() const { return m_fusion.window; }
    /// How a fused RT Dose is drawn: its isodose lines (isodoseLevels) relative to the plan's
    /// prescription (0: the dose's highest value), its colour wash from the lowest line to 107 %
    /// (the fused window, unless one is chosen). None: the fused series is no dose.
    struct DoseDisplay {
        double prescription = 0;
        bool lines = true;
        bool wash = true;
        bool operator==(const DoseDisplay &) const = default;
    };
    void setFusionDose(std::optional<DoseDisplay> dose);
    /// The isodose lines drawn (empty: none, or the dose not loaded yet), and their reference dose.
    std::vector<IsodoseLevel> isodosesShown() const { return m_fusion.lines ? m_fusion.isodoses : std::vector<IsodoseLevel>{}; }
    double isodoseReference() const { return m_doseReference; }
    /// The fused picture over what is shown (image-sized; null: none, or not sampled yet).
    QImage fusionPicture() const;
    /// The image's own display shutter (DX, CR, MG, XA: what lies outside the collimation) shown
    /// in its value, in stack mode. On by default.
    bool shuttersApplied() const { return m_shutters; }
    void setShuttersApplied(bool applied);
    /// The marks of the study's structured reports (a CAD's findings, another reader's outlines and
    /// points; measure::ReportMarks), drawn on their images' native slices while reportMarksShown().
    void setReportMarks(std::vector<std::shared_ptr<const measure::ReportMarks>> reports);
    /// Off by default: a CAD is a second reader, consulted after one's own reading.
    bool reportMarksShown() const { return m_reportMarksShown; }
    void setReportMarksShown(bool shown);
    /// The report marks of the native slice shown (frame included), drawn or not; none in MPR.
    std::vector<measure::ImageReportMark> reportMarksHere() const;
    /// The colour report marks are drawn in.
    static QColor reportMarkColor() { return QColor(90, 230, 255); }
    /// The presentation states (GSPS) the viewport may apply: those of the study, and of a prior
    /// shown beside it. A series shown later gets the newest of them that references its images
    /// (while presentationStatesApplied()).
    void setPresentationStates(measure::PresentationStates states);
    /// The states (SOP Instance UIDs) Strata wrote from the measurements in the cache: their
    /// marks (layer MEASUREMENTS) are those measurements, drawn as such, and are not drawn again.
    void setOwnPresentationStates(QSet<QString> uids);
    /// The states that reference images of the series shown, newest first (none in MPR, or for a
    /// colour series).
    const measure::PresentationStates &availablePresentationStates() const { return m_availableStates; }
    /// The presentation state applied to the native slices (null: none): its window, black and
    /// white, turn and mirror, displayed area, shutter and annotations, where it references the
    /// slice shown. Null restores the series' own window and an unturned, fitted view.
    const std::shared_ptr<const measure::PresentationState> &presentationState() const { return m_presentation; }
    void setPresentationState(std::shared_ptr<const measure::PresentationState> state);
    /// Whether a series shown gets its newest presentation state at once (on by default).
    bool presentationStatesApplied() const { return m_applyStates; }
    void setPresentationStatesApplied(bool applied);
    /// What the applied state gives the slice shown (empty: no state, or not one of its images).
    const std::optional<measure::ImagePresentation> &imagePresentation() const { return m_imagePresentation; }
    /// The display shutter applied to the slice shown: the presentation state's when one applies
    /// to it, else the image's own; null when none, or while shutters are not applied.
    const dicom::DisplayShutter *activeShutter() const;
    /// The automatic window of the slice shown (stack mode): the histogram of what is seen, the
    /// display shutter's border left out while it is applied.
    imaging::WindowLevel automaticWindow() const;
    bool referenceLinesVisible() const { return m_referencesVisible; }
    void setReferenceLinesVisible(bool visible);
    Tool tool() const { return m_tool; }
    /// The left button's tool: a built-in one.
    void setTool(Tool tool);
    /// The left button's tool: any handler (a measurement tool, say); tool() keeps the last built-in.
    void setToolHandler(std::unique_ptr<ToolHandler> handler);
    ToolHandler *toolHandler() const { return m_toolHandler.get(); }
    /// The viewport as its tools see it.
    ToolContext &toolContext() const;
    /// The image shown as measurements name it: its study and series, and on a native slice its SOP
    /// instance and frame (empty without a series; an MPR plane is no stored image).
    measure::ImageReference shownImage() const;
    /// How a native slice is read here, as a presentation state keeps it: the window, the turn
    /// and mirror (a vertical mirror is a half turn and a horizontal one), and the part of the
    /// image in view when zoomed in or panned (the columns and rows whose centres are in the
    /// viewport; none when the whole image is). Empty in MPR or without a series.
    std::optional<measure::ReadingView> readingView() const;
    /// The study's measurements, drawn over the images of their series whatever the tool (a
    /// measurement tool draws them itself), and in exports and snapshots with the annotations.
    void setMeasurements(std::shared_ptr<const MeasurementList> list);
    /// Whether the study's measurements are drawn (View → Show Measurements); a measurement tool
    /// in hand still draws the one it draws or drags.
    bool measurementsVisible() const { return m_measurementsVisible; }
    void setMeasurementsVisible(bool visible);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    /// The key image star at the top, with the key image's note under it (a key object
    /// selection's "Of Interest: …"; none for a mark of one's own).
    void setKeyImage(bool keyImage, const QString &note = {});
    bool isKeyImage() const { return m_keyImage; }
    const QString &keyImageNote() const { return m_keyImageNote; }
    /// Smooth (bilinear) magnification on screen; off shows the pixels as blocks.
    void setSmoothDisplay(bool smooth);

    /// Where other viewports' images lie, drawn as lines where they cut this one.
    using Reference = ReferenceLine;
    void setReferences(std::vector<Reference> references);

    /// Whether an image is on screen (the slice or plane is decoded/resliced).
    bool hasImage() const { return m_image.hasPicture(); }
    /// Where the image on screen lies (the slice's or the resliced plane's geometry).
    std::optional<imaging::SliceGeometry> imageGeometry() const;
    /// The geometry the viewport shows or is about to show (for other viewports' reference lines):
    /// in MPR, the plane asked for even while its image is being resliced.
    std::optional<imaging::SliceGeometry> targetGeometry() const;
    /// The image after window/level and colour map, one pixel per image pixel, unturned.
    QImage displayImage() const { return m_image.picture(); }
    /// The viewport's picture at the image's full resolution (one screen pixel per image pixel at
    /// the finer pixel spacing), turned and flipped as on screen, with the overlays when asked.
    QImage exportImage(bool annotations) const;
    /// The size exportImage() gives: one pixel per image pixel at the finer pixel spacing, turned.
    QSize exportSize() const;
    /// What paintEvent paints (image, reference lines, overlays when `annotations`), into a picture
    /// of `size` as if the viewport had that size; no tool marks and no active frame. With
    /// `nativePixels` the image's pixels are drawn square (its columns × rows fill a picture of that
    /// size one to one, whatever the pixel spacing).
    QImage renderImage(QSize size, bool annotations, bool nativePixels = false) const;
    /// Whether what the viewport shows is final for now: the wanted slice or MPR plane is on screen
    /// and no render is in flight (also true when empty, or when its series failed to load).
    bool isSettled() const;
    /// The value (e.g. HU) of the image pixel under a widget position, if any.
    std::optional<float> valueAt(QPointF widgetPosition) const;

    QTransform imageToWidget() const;
    /// Patient position under a widget position (on the image's plane).
    std::optional<imaging::Vec3> patientPosition(QPointF widgetPosition) const;
    /// Widget position of a patient point's projection on the image's plane.
    std::optional<QPointF> widgetPosition(const imaging::Vec3 &point) const;
    /// Orientation letters of the four screen edges, as drawn.
    imaging::OrientationLabels screenLabels() const;
    /// The lines of a corner overlay, as drawn (empty when hidden).
    QStringList overlayText(Corner corner) const;
    /// The linked cursor: a point shown in another viewport (Shift + mouse over it) shown here: in
    /// 2D the slice through it (ScrollSyncModel::sliceThrough; none: the slice stays and no mark),
    /// in MPR where the plane passes through it; a cross marks it on screen while the slice shown
    /// holds it. clearLocated() takes the mark away (so does another series).
    void locate(const imaging::Vec3 &point);
    void clearLocated();
    /// The point located here, and where its cross is drawn (none while the slice shown does not hold it).
    std::optional<imaging::Vec3> locatedPoint() const { return m_located; }
    std::optional<QPointF> locatedMarker() const;
    /// Where the magnifying glass is (while its tool's button is held), its radius in screen
    /// pixels and how much it enlarges the picture under it.
    std::optional<QPointF> magnifier() const { return m_magnifier; }
    static constexpr double kMagnifierRadius = 90;
    static constexpr double kMagnification = 2;
    /// The colour of the linked cursor's cross.
    static QColor locatorColor() { return QColor(0, 230, 255); }
    /// What the mouse points at on the image (drawn under the bottom-left lines while the overlays
    /// are shown): none while the mouse is off the image or outside the viewport.
    std::optional<CursorReadout> cursorReadout() const;
    /// The warnings drawn in amber under the top-left lines (empty when hidden or none): lossy
    /// compression first, then the stack's geometry.
    QStringList overlayWarnings() const;
    /// The side of the slice shown kept against the viewport's edge (ViewTransform::anchorColumnSide):
    /// a mammogram's chest wall, from its Patient Orientation (rows towards P: the last column; towards
    /// A: the first); 0 for other images, MPR and while a presentation state applies.
    int chestWallSide() const;
    /// MPR: where the plane on screen crosses a gap between the series' slices (values interpolated
    /// there), in widget coordinates, as drawn (hatched amber, "interpolated"); empty in 2D.
    std::vector<QPolygonF> interpolatedBands() const;
    /// The colour of a presentation state's layer that recommends none (light yellow).
    static QColor presentationColor() { return QColor(255, 235, 120); }
    /// The colour of the geometry warnings and of the interpolated bands (amber).
    static QColor warningColor() { return QColor(255, 140, 0); }
    /// Colour of the reference line/crosshair of a plane orientation.
    static QColor planeColor(imaging::PlaneOrientation plane) { return ReferenceLines::planeColor(plane); }

signals:
    void sliceChanged(int slice);
    void windowChanged(const strata::imaging::WindowLevel &window);
    /// Zoom, pan, turn or flip changed.
    void viewChanged();
    /// The user pressed a button in the viewport.
    void activated();
    /// A new image is on screen.
    void imageChanged();
    /// The fused picture of what is shown is ready (fusionPicture()).
    void fusionShown();
    /// Shift + right drag set the fused series' window here (the viewer gives it to the others).
    void fusionWindowDragged(const strata::imaging::WindowLevel &window);
    /// The segmentations' picture of the slice shown is ready (segmentsShown()).
    void segmentationShown();
    /// A series (by stack key) was dropped onto the viewport.
    void stackDropped(const QString &key);
    void doubleClicked();
    /// Shift + mouse over the image: the point under it, for the other viewports to show (the linked cursor).
    void pointLocated(const strata::imaging::Vec3 &point);
    /// Esc that no tool took: the linked cursor's marks go.
    void locateCleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void attachSeries(std::shared_ptr<imaging::SeriesVolume> series);
    void onSliceReady(int k);
    void updateStackImage();
    void requestMprRender();
    void startMprRender();
    void mprRendered(quint64 ticket, std::shared_ptr<const imaging::SliceImage> image, const SegmentationOverlay &segmentation,
                     const QImage &fusion);
    void rewindow();
    /// The states of m_states that reference the series' images (m_availableStates).
    void findAvailableStates();
    /// `onScreen`: the widget's own paint (with the cursor readout; exports and snapshots without).
    void paintContent(QPainter &p, QSizeF size, const ViewTransform &view, bool annotations, bool nativePixels = false,
                      bool onScreen = false) const;
    void paintOverlays(QPainter &p, QSizeF size, const ViewTransform &view, const QTransform &t, double pixelsPerMm,
                       bool onScreen) const;
    void setAutomaticWindow();
    /// The applied state's part for the slice shown, and its window when that is new.
    void updateImagePresentation();
    /// The state's displayed area fitted to the viewport (a zoom and a pan), when it is not the
    /// whole image.
    void fitDisplayedArea();
    /// The state's graphics and text over the image shown through `t`.
    void paintPresentation(QPainter &p, const QTransform &t) const;
    void paintReportMarks(QPainter &p, const QTransform &t) const;
    QSizeF imageSpacing() const;
    double scrollStepMm() const;
    /// What the corner overlays describe (the text itself is OverlayText's).
    OverlayState overlayState() const;
    /// The same for a picture of `size` shown through `view` (a snapshot or an export).
    OverlayState overlayState(QSizeF size, const ViewTransform &view) const;
    /// The orientation letters of the screen's edges when the image is shown through `t`.
    imaging::OrientationLabels labelsThrough(const QTransform &t) const;
    /// The interpolated bands of the MPR plane on screen when the image is shown through `t`.
    std::vector<QPolygonF> bandsThrough(const QTransform &t) const;
    /// The tool a button drags with (none for other buttons), and a mouse event as tools see it.
    ToolHandler *handlerFor(Qt::MouseButton button);
    ToolEvent toolEvent(const QMouseEvent *event, Qt::MouseButton button) const;

    Mode m_mode = Mode::Empty;
    std::shared_ptr<imaging::SeriesVolume> m_series;
    QPointer<MprModel> m_model;
    imaging::PlaneOrientation m_plane = imaging::PlaneOrientation::Axial;
    int m_slice = 0;

    // What is on screen: values, their geometry, and the windowed picture.
    ViewportImage m_image;
    bool m_waiting = false;  ///< the wanted slice/plane is not ready yet

    // MPR rendering: one request in flight, the newest one pending.
    MprRenderQueue m_renderQueue;

    ViewTransform m_view;
    bool m_overlays = true;
    std::shared_ptr<const MeasurementList> m_measurements;
    bool m_measurementsVisible = true;
    std::optional<QPointF> m_hover;           ///< where the mouse is over the viewport (the cursor readout's point)
    std::optional<imaging::Vec3> m_located;   ///< the linked cursor's point shown here
    std::optional<QPointF> m_magnifier;       ///< the magnifying glass's centre, while it is held
    double m_locatedTolerance = 0.5;          ///< how far from the plane shown it still counts as on it (mm)
    // DICOM overlay planes of the slices shown lately (slice → picture; null: none), read off the
    // GUI thread; a new series starts a new generation (late results of the old one are dropped).
    void requestDicomOverlay(int slice);
    bool m_dicomOverlays = true;
    bool m_shutters = true;
    SlicePictures<QImage> m_overlayPictures;
    // Segmentations: the study's, and what they give the slices shown lately (composed off the
    // GUI thread).
    void requestSegmentationOverlay(int slice);
    /// Drops the segmentations' pictures (of another series, or of other segments: the DICOM
    /// overlay planes stay), and composes the slice's again.
    void dropSegmentationPictures();
    void recomposeSegmentations();
    std::vector<std::shared_ptr<const measure::Segmentation>> m_segmentations;
    std::vector<std::shared_ptr<const measure::StructureSet>> m_structureSets;
    bool m_segmentationsShown = true;
    QSet<QString> m_hiddenSegments;
    SlicePictures<SegmentationOverlay> m_segmentationPictures;
    SegmentationOverlay m_mprSegmentation;   ///< composed with the MPR plane shown, for its pixels
    // Fusion: the fused series, what it gives (once loaded), and its pictures of the slices shown
    // lately (composed off the GUI thread) or of the MPR plane (with the plane).
    void requestFusion(int slice);
    void dropFusionPictures();
    void fusedVolumeReady();
    std::shared_ptr<imaging::SeriesVolume> m_fusionSeries;
    FusionSource m_fusion;
    std::optional<imaging::WindowLevel> m_fusionWindow;   ///< chosen; else the volume's own
    FusedRange m_fusedRange;       ///< the fused volume's own window and highest value (once loaded)
    std::optional<DoseDisplay> m_dose;
    double m_doseReference = 0;    ///< what the isodoses are percentages of
    /// The isodoses of a fused dose and their reference (none otherwise).
    void updateDoseLevels();
    /// The fused window unless one is chosen: a dose's from its lowest isodose to its highest,
    /// else the volume's own (fusionWindow).
    imaging::WindowLevel automaticFusionWindow() const;
    QString m_fusionWindowLabel;
    void recomposeFusion();
    SlicePictures<QImage> m_fusionPictures;
    quint64 m_fusionVolumeGeneration = 0;   ///< drops the window of a fused volume replaced since
    QImage m_mprFusion;
    /// The segmentations' picture over what is shown: the slice's, or the MPR plane's.
    SegmentationOverlay shownSegmentation() const;
    // Presentation states: the candidates, those of the series shown, the one applied, what it
    // gives the slice shown, and the last window taken from it (a window the user set since
    // stays until the state gives another).
    measure::PresentationStates m_states;
    measure::PresentationStates m_availableStates;
    std::shared_ptr<const measure::PresentationState> m_presentation;
    QSet<QString> m_ownStates;   ///< setOwnPresentationStates
    std::vector<std::shared_ptr<const measure::ReportMarks>> m_reportMarks;
    bool m_reportMarksShown = false;
    std::optional<measure::ImagePresentation> m_imagePresentation;
    std::optional<imaging::WindowLevel> m_presentationWindow;
    std::optional<QRect> m_fittedArea;   ///< the displayed area the view was last fitted to
    std::optional<ViewTransform> m_fittedView;   ///< the view that fit made (refitted on resize while unchanged)
    bool m_applyStates = true;
    bool m_referencesVisible = true;
    bool m_smooth = true;
    bool m_active = false;
    bool m_keyImage = false;
    QString m_keyImageNote;
    Tool m_tool = Tool::Browse;
    std::vector<Reference> m_references;

    // Mouse tools: the left button's, and the fixed ones of the right and middle buttons.
    class Context;
    std::unique_ptr<Context> m_context;
    std::unique_ptr<ToolHandler> m_toolHandler;
    WindowLevelTool m_windowTool;
    WindowLevelTool m_fusionWindowTool{WindowLevelTool::Target::Fused};   ///< Shift + right drag
    PanTool m_panTool;
    ToolHandler *m_dragTool = nullptr;  ///< the handler of the button held down
    Qt::MouseButton m_dragButton = Qt::NoButton;
};

} // namespace strata::ui
