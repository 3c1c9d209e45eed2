#pragma once
/// The reading viewer: the series strip of the open study, up to four viewports in a layout
/// (1×1, 1×2, 2×1, 2×2, or 1+3 MPR), the tools and their shortcuts, window presets, thick slab,
/// cine, synchronized scrolling, reference lines, comparison with the prior study, key images and
/// export. It registers its own actions; MainWindow only puts its menus on the menu bar.
#include <strata/core/SerialQueue.h>
#include <strata/imaging/Plane.h>
#include <strata/ui/StudyLoader.h>
#include <strata/measure/Segmentations.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/KeyImageSet.h>
#include <strata/ui/models/HangingProtocol.h>
#include <strata/ui/models/LayoutModel.h>
#include <strata/ui/models/ScrollSyncModel.h>
#include <strata/ui/models/SeriesStripModel.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <array>
#include <deque>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QMenu;
class QSpinBox;
class QTimer;
class QToolBar;

namespace strata::imaging {
class SeriesCache;
class SeriesVolume;
struct SubtractionMask;
}

namespace strata::ui {

class CurvedReformatView;
class DocumentsDialog;
class MprModel;
class MeasurementController;
class TimeIntensityDialog;
class DoseVolumeDialog;
class Volume3DView;

class Viewer : public QWidget {
    Q_OBJECT
public:
    using Layout = LayoutModel::Preset;
    static constexpr int kMaxViewports = LayoutModel::kMaxCells;

    /// A viewer reading the local cache under `dataDir` (for studies, key images and priors).
    explicit Viewer(const QString &dataDir, QWidget *parent = nullptr);
    ~Viewer() override;

    /// Opens a study of the local cache (headers read in the background; the first image shows as
    /// soon as its slice is decoded). Marks it read in the worklist.
    void openStudy(const QString &studyInstanceUid);
    /// Opens files and folders.
    void openPaths(const QStringList &paths);
    /// The study shown (null before one is loaded).
    std::shared_ptr<const LoadedStudy> study() const { return m_study; }
    /// View → Reports and Documents…: the study's structured reports and PDF documents in a window
    /// of their own (opened by itself for a study that has no images). The window, while open.
    void showDocuments();
    /// The Reports and Documents window of `study` (the study or its prior), showing its
    /// document `row` — what a double-click on a report in the series strip opens.
    void openDocuments(const std::shared_ptr<const LoadedStudy> &study, int row);
    DocumentsDialog *documentsDialog() const;
    /// The prior study shown beside it (null when none).
    std::shared_ptr<const LoadedStudy> priorStudy() const { return m_prior; }

    Layout layoutMode() const { return m_layout.preset().value_or(Layout::Single); }
    void setLayoutMode(Layout layout);
    /// The next study opens in the layout shown, whatever hanging protocol fits it (a layout asked
    /// for by name: `strata --open … --layout …`); the studies after it as usual.
    void keepLayoutForNextStudy() { m_keepLayoutOnce = true; }
    /// The grid shown: its cells and what kind of view each holds.
    const LayoutModel &layout() const { return m_layout; }
    /// Shows a grid of one's own (e.g. the three MPR planes beside a 3D view), cell by cell; no
    /// layout action is checked while it shows, and the saved layout stays the last preset. Refused
    /// (false, nothing changes) as LayoutModel::setCells refuses. The first 3D cell shows the
    /// 3D view (volume3DView()) of the series being read.
    bool setLayoutCells(std::vector<LayoutCell> cells, std::vector<int> columnStretch = {});
    static QString layoutName(Layout layout) { return LayoutModel::name(layout); }
    /// "1x1", "1x2", "2x1", "2x2" or "mpr" (the names settings and `--layout` use).
    static QString layoutKey(Layout layout) { return LayoutModel::key(layout); }
    static std::optional<Layout> layoutFromKey(const QString &key) { return LayoutModel::fromKey(key); }

    int viewportCount() const;  ///< visible viewports
    Viewport *viewport(int index) const { return m_viewports[std::size_t(index)]; }
    Viewport *activeViewport() const { return m_viewports[std::size_t(m_active)]; }
    /// Fuses the study's stack `key` (imaging::stackKey: a PET, a SPECT) over every viewport that
    /// shows another series of its frame of reference (its CT), `opacity` opaque; empty: none.
    /// View → Fusion offers the study's volumes of the active series' frame of reference.
    void setFusion(const QString &key, double opacity = 0.5);
    /// The fused PET shown from SUVbw 0 to `top` (its header gives SUVbw; 0: its own window).
    void setFusionSuvScale(double top);
    QString fusionKey() const { return m_fusionKey; }
    void setActiveViewport(int index);
    MprModel *mprModel() const { return m_mpr; }
    /// The 3D view, which covers the layout's first 3D cell (its viewport stays empty beneath it).
    Volume3DView *volume3DView() const { return m_volume3d; }
    imaging::SeriesCache *seriesCache() const { return m_cache.get(); }

    /// Shows a stack of the current (or prior) study in a viewport, by stack key.
    bool showStackIn(int viewport, const QString &key);

    /// Looks for the patient's most recent earlier study in the cache and shows it beside the
    /// current one (1×2), scrolling together. Emits statusMessage() when there is none.
    void comparePrior();
    /// Toggles the key-image mark of the active viewport's slice (stored in the cache's index).
    void toggleKeyImage();
    /// Saves the study's key images into the study as a DICOM key object selection (KOS), which
    /// sync and `strata send` then take to archives. Says what it did in statusMessage().
    void saveKeyImagesToStudy();
    /// Tools → Curved Reformat Path (also Measure → Curved Path): the left button lays a path in
    /// every viewport (CurvedPathTool); once it ends, it is kept with the study as a curved-path
    /// measurement (its length along the curve) and the curved reformat window shows the
    /// viewport's volume along it. The path last kept or shown stays editable with the tool.
    void startCurvedPath();
    /// The curved reformat window, while open (null before a path has been laid or once closed).
    CurvedReformatView *curvedReformatView() const;
    /// Saves the active viewport at full resolution (PNG or JPEG by the suffix).
    Status exportActiveViewport(const QString &path, bool annotations) const;
    void copyActiveViewport() const;

    void setCineRunning(bool running);
    bool isCineRunning() const;
    void setCineFramesPerSecond(int fps);
    /// The frames per second the cine set out to show (the spin box; a clip's own rate when it
    /// has one).
    int cineFramesPerSecond() const;
    /// The wait before the cine's next frame (ms): 1000 / the rate, or for a clip acquired at a
    /// varying rate (Frame Time Vector) the next frame's own step.
    int cineIntervalMs() const;

    /// The selected region's time–intensity curve over the volumes of the active viewport's series
    /// (a dynamic series' phases; or the series of its phases, stored a series a phase), at the
    /// slice the region lies on, in a dialog once each phase's
    /// slice is decoded; a status message says why not otherwise.
    void showTimeIntensityCurve();
    /// The curve's dialog while it is open (null otherwise).
    TimeIntensityDialog *timeIntensityDialog() const;

    /// View → Dose–Volume Histogram: the study's plan dose (measure::planDose) over the structures
    /// of its structure sets in the dose's frame of reference, in a dialog once the dose is
    /// decoded; false, with a status message, when the study has no such dose and structures.
    bool showDoseVolumeHistogram();
    /// The histogram's dialog while it is open (null otherwise).
    DoseVolumeDialog *doseVolumeDialog() const;

    /// View → Subtraction: the active viewport's series less another phase of it, slice for slice
    /// (a dynamic series' pre-contrast phase: what took up contrast is left), windowed on the
    /// difference; `mask` is a stack of the study (a phase: phaseStacks()), -1 the series itself
    /// again. False, with a status message, when the viewport shows no series in 2D or `mask`
    /// does not fit it (another size, other slice positions).
    bool showSubtraction(int mask);
    /// The phase the active viewport's series is shown less of (a stack of the study), or -1.
    int subtractionMask() const;
    /// View → Subtraction on an angiography or fluoroscopy run (an XA or RF clip): each frame less
    /// the mask — the clip's `frames` (from 0) averaged — moved by `shift` (columns, rows): digital
    /// subtraction angiography, windowed on the difference. False, with a status message, when the
    /// active viewport shows no clip of the study or a frame is not in it.
    bool showClipSubtraction(std::vector<int> frames, std::array<double, 2> shift = {0, 0});
    /// The clip mask the active viewport shows its clip less of: frames and shift (none: no DSA).
    struct ClipMask {
        std::vector<int> frames;
        std::array<double, 2> shift{0, 0};
        bool operator==(const ClipMask &) const = default;
    };
    std::optional<ClipMask> clipMask() const;
    /// Pixel shift: moves the clip's mask by (dx, dy) pixels (View → Subtraction → Shift Mask …).
    bool shiftClipMask(double dx, double dy);
    /// The frames per second the cine really showed over the last two seconds (0 when stopped or
    /// too early to tell): what the toolbar shows beside the rate asked for.
    double cineFramesPerSecondShown() const;

    /// Reads the settings that the Settings dialog changes (memory budget, smooth magnification).
    void applySettings();

    /// The viewer's menus (View, Tools, Image), with every action and its shortcut.
    QList<QMenu *> menus() const { return m_menus; }
    /// An action by its object name (e.g. "layout.mpr", "tool.crosshair"), for tests and menus.
    QAction *action(const QString &name) const;
    QListWidget *seriesStrip() const { return m_strip; }

signals:
    /// A study is loaded (its first series shown); `description` says what.
    void studyLoaded(const QString &description);
    void loadFailed(const QString &message);
    /// A line for the status bar.
    void statusMessage(const QString &message);
    /// A time–intensity curve is on screen (timeIntensityDialog()).
    void timeIntensityCurveShown();
    /// The dose–volume histogram's dialog is open (doseVolumeDialog(); its histograms follow).
    void doseVolumeHistogramShown();
    void progressChanged(const strata::Progress &progress);

private:
    void buildActions();
    void buildToolBar();
    void loadInto(StudyLoader *loader, bool prior);
    void studyReady(std::shared_ptr<const LoadedStudy> study);
    void priorReady(std::shared_ptr<const LoadedStudy> prior);
    void fillStrip();
    void arrangeViewports();
    void assignSeries();
    std::shared_ptr<imaging::SeriesVolume> openStack(const LoadedStudy &study, int stackIndex, int firstSlice = -1);
    const dicom::Stack *findStack(const QString &key, const LoadedStudy **owner) const;
    void connectViewport(int index);
    void updateReferences();
    void syncFrom(int index);
    void linkScrolling();
    void syncMprFromStack(int index);
    /// The linked cursor: a point of viewport `index` shown by every other viewport of its frame of
    /// reference (native slices go to the slice through it, MPR planes' crosshair to it).
    void locateFrom(int index, const imaging::Vec3 &point);
    /// Every viewport of frame of reference `frame` but `source` (-1: none) shows the point (the
    /// MPR crosshair goes there).
    void locateAt(const QString &frame, const imaging::Vec3 &point, int source);
    void applyToViewports(const std::function<void(Viewport *)> &f);
    void setTool(Viewport::Tool tool);
    void applyPreset(int index);
    void fillPresetMenu();
    /// The View menu's presentation states: "None" and those of the active viewport's series.
    void fillPresentationMenu();
    /// The presentation states of the study and of the prior, handed to every viewport.
    void sharePresentationStates();
    void advanceCine();
    void updateKeyImageMark();
    void saveSettings() const;
    void exportDialog();
    /// The visible viewports' native slices, as scroll sync sees them.
    ScrollSyncModel::Stacks syncStacks() const;

    QString m_dataDir;
    std::unique_ptr<imaging::SeriesCache> m_cache;
    MprModel *m_mpr = nullptr;
    std::shared_ptr<const LoadedStudy> m_study;
    QAction *m_documentsAction = nullptr;
    QPointer<DocumentsDialog> m_documents;   ///< the open Reports and Documents window
    QPointer<CurvedReformatView> m_curved;   ///< the open curved reformat window
    /// Shows `viewport`'s volume along a path laid on it (the curved reformat window).
    void openCurvedReformat(Viewport *viewport, const std::vector<imaging::Vec3> &points,
                            const imaging::SliceGeometry &endedOn);
    /// A path the curved path tool ended or changed (`uid`: the measurement it changes; empty: a
    /// new one): kept as a curved-path measurement (undoable, saved), shown in the reformat.
    void keepCurvedPath(Viewport *viewport, const std::vector<imaging::Vec3> &points, const imaging::SliceGeometry &endedOn,
                        const QString &uid);
    /// The curved path measurement `uid` (from the panel): the curved path tool with it, its reformat.
    void showCurvedPath(const QString &uid);
    /// The measurements changed: the reformat follows its path (undo, redo), closes once it is gone.
    void followCurvedPath();
    QString m_curvedUid;                       ///< the curved path the reformat shows (and the tool edits)
    std::vector<imaging::Vec3> m_curvedPoints; ///< its points as the reformat shows them
    QPointer<Viewport> m_curvedViewport;       ///< whose volume the reformat shows
    bool m_keepingPath = false;                ///< keepCurvedPath is changing the list
    std::shared_ptr<const LoadedStudy> m_prior;
    KeyImageSet m_keyImages;  ///< of the current study
    MeasurementController *m_measure = nullptr;  ///< the measure feature: its menu, tools and panel
    QAction *m_measureSegments = nullptr;        ///< Measure → Measure the Segments (enabled with segmentations)
    SeriesStripModel m_stripModel;
    int m_currentStack = -1;
    QPointer<StudyLoader> m_loader;
    QPointer<StudyLoader> m_priorLoader;

    LayoutModel m_layout;
    /// The layout the user chose while a series that is no volume is shown in 2D instead of MPR;
    /// it comes back when a volume is shown again.
    std::optional<LayoutModel> m_layoutBeforeFallback;
    /// Falls back from MPR to 2D for a current series that is no volume (and back); enables the
    /// MPR layout only for volumes.
    void fitLayoutToSeries();
    /// Whether the layout shows MPR planes (they share m_mpr's crosshair).
    bool isMprLayout() const { return m_layout.contains(ViewKind::MprPlane); }
    std::array<Viewport *, kMaxViewports> m_viewports{};
    Volume3DView *m_volume3d = nullptr;
    /// Which viewports follow which when scrolling, and the offsets kept for another frame of
    /// reference (the prior).
    ScrollSyncModel m_scrollSync;
    int m_active = 0;
    bool m_syncing = false;
    bool m_restoring = true;  ///< while the constructor reads the settings: nothing is saved

    QToolBar *m_toolBar = nullptr;
    QListWidget *m_strip = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QComboBox *m_slabMode = nullptr;
    QDoubleSpinBox *m_slabThickness = nullptr;
    QSpinBox *m_cineFps = nullptr;
    QTimer *m_cine = nullptr;
    QLabel *m_cineShownLabel = nullptr;
    std::deque<qint64> m_cineShown;   ///< when each of the last frames was shown (ms, m_cineClock)
    QElapsedTimer m_cineClock;
    bool m_cineClipRate = false;      ///< the cine plays a clip at the file's rate (not the user's)
    QPointer<TimeIntensityDialog> m_curveDialog;
    QPointer<DoseVolumeDialog> m_doseVolumeDialog;
    QAction *m_doseVolumeAction = nullptr;
    /// Whether View → Dose–Volume Histogram has a dose and structures to show.
    void updateDoseVolumeAction();
    /// Takes the rate of the clip now shown, when its files give one (without saving it as the
    /// user's rate).
    void takeClipRate();
    QList<QMenu *> m_menus;
    QMenu *m_presetMenu = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QActionGroup *m_layoutGroup = nullptr;
    QActionGroup *m_colorGroup = nullptr;
    QAction *m_overlays = nullptr;
    QAction *m_dicomOverlays = nullptr;
    QAction *m_shutters = nullptr;
    QAction *m_segmentations = nullptr;
    QAction *m_measurementsShown = nullptr;   ///< View → Show Measurements
    QAction *m_reportMarksShown = nullptr;    ///< View → Show CAD and Report Marks
    /// The segmentations (SEG) of the study and of the prior beside it, read after each is shown.
    void readSegmentations(bool prior);
    std::vector<std::shared_ptr<const measure::Segmentation>> m_studySegmentations, m_priorSegmentations;
    /// The current study's segmentations and the prior's (each drawn only in its frame of reference).
    std::vector<std::shared_ptr<const measure::Segmentation>> allSegmentations() const;
    std::vector<std::shared_ptr<const measure::StructureSet>> allStructureSets() const;
    /// View → Segments: each segment shown or not (the segmentKey()s of those hidden).
    void fillSegmentsMenu(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                          const std::vector<std::shared_ptr<const measure::StructureSet>> &structures);
    std::vector<std::shared_ptr<const measure::StructureSet>> m_studyStructures, m_priorStructures;
    QMenu *m_segmentsMenu = nullptr;
    QSet<QString> m_hiddenSegments;
    // Fusion: the study's stack fused over the viewports of its frame of reference (View → Fusion).
    void applyFusion();
    void fillFusionMenu();
    void fillSubtractionMenu();
    /// The stack of the open study the active viewport shows in 2D (a subtraction: the stack it is
    /// made from); null for none, a prior's, or an MPR view.
    const dicom::Stack *shownStudyStack() const;
    QMenu *m_fusionMenu = nullptr;
    QMenu *m_subtractionMenu = nullptr;
    std::vector<QAction *> m_clipShiftActions;   ///< Shift Mask Left … Reset Mask Shift
    /// A subtraction a viewport shows: that series, and its mask — a phase of the study (its
    /// stack) or a run's own frames (DSA).
    struct ShownSubtraction {
        std::weak_ptr<imaging::SeriesVolume> series;
        int phase = -1;
        std::optional<ClipMask> clip;
    };
    /// Per viewport (index), while it shows it.
    std::map<int, ShownSubtraction> m_subtractions;
    /// The active viewport's, while it shows it (null otherwise).
    const ShownSubtraction *shownSubtraction() const;
    /// The stack of the active viewport shown less `mask` (its label in `difference`) at the same
    /// slice, recorded as `shown`.
    void showDifference(const dicom::Stack &difference, std::shared_ptr<const imaging::SubtractionMask> mask, ShownSubtraction shown);
    /// Whether the active viewport shows a clip of the study in 2D (an XA or RF multi-frame run).
    const dicom::Stack *shownClip() const;
    /// Shows the study's runs that ask to be read subtracted (Recommended Viewing Mode SUB, an
    /// AVG_SUB mask) so in the viewports that show them natively (as a study opens, and a run
    /// put in a viewport: `only` that viewport); a run the reader set to None stays so until it
    /// is put in a viewport again.
    void subtractClipsAsRecommended(int only = -1);
    QString m_fusionKey;
    double m_fusionOpacity = 0.5;
    /// The fused PET shown from SUV 0 to this where its header gives SUVbw (7 at first, as PET/CT
    /// is read); 0: its own window.
    double m_fusionSuvTop = 7;
    imaging::ColorMap m_fusionMap = imaging::ColorMap::HotIron;
    bool m_isodoseLines = true;   ///< a fused dose's isodose lines drawn (View → Fusion)
    bool m_doseWash = true;       ///< … and its colour wash
    /// The fused window a Shift + right drag set (in every viewport of the fusion, over the scale
    /// chosen); a scale chosen or another series fused drops it.
    std::optional<imaging::WindowLevel> m_fusionDragged;
    QAction *m_applyStates = nullptr;
    /// The presentation states saved to the study since it was opened (Measure → Save to the
    /// Study as Presentation States): listed beside those it was opened with, as Strata's own.
    measure::PresentationStates m_savedStates;
    QMenu *m_presentationMenu = nullptr;
    /// The key images' writes to the index, in the order made (a save follows the marks before it).
    SerialQueue m_keyImageQueue{this, Executor::Jobs};
    QAction *m_references = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_syncWindow = nullptr;
    QAction *m_cineAction = nullptr;
    QAction *m_cineVolumes = nullptr;   ///< the cine steps through a 4-D series' volumes at one slice
    QAction *m_exportAnnotations = nullptr;

    // Hanging protocols (View → Hanging Protocol): the layout and series a kind of study opens with.
    /// Looks up the protocol of the study just loaded and lays the viewer out by it (the series of
    /// each viewport for the assignSeries() that follows); without one, the user's own layout.
    void hangByProtocol();
    /// How a protocol names a viewport's series: its description, with the volume's label for a
    /// volume of a series of several.
    static QString protocolSeriesName(const dicom::Stack &stack);
    /// protocolSeriesName of each of a study's stacks, in its order.
    static QStringList protocolSeriesNames(const LoadedStudy &study);
    /// Puts the protocol's series (and its prior's, once open) into the viewports it laid out.
    void hangProtocolSeries();
    /// Fuses the series the protocol names (ProtocolFusion) as the study opens; its description, or
    /// empty when none.
    QString fuseByProtocol();
    /// Opens the prior study (m_study->priorStudyUid) beside the study.
    void openPrior();
    /// The study's series `step` on from the active viewport's, shown in it (round the strip).
    void stepSeries(int step);
    /// The stack `step` volumes on (round) from the active viewport's in its 4-D series (its
    /// echoes, b-values, time points); -1 when it shows a series of one volume.
    int nextVolume(int step) const;
    /// The stacks that are volumes of `shown`'s series (the same positions, slice for slice), in order.
    std::vector<int> volumesOf(const dicom::Stack &shown) const;
    /// The study's series that are phases of one dynamic acquisition with `shown` (stored a series
    /// a phase): its frame of reference and modality, its slices' positions; in acquisition order.
    std::vector<int> phasesOf(const dicom::Stack &shown) const;
    /// The phases of `shown`'s dynamic acquisition: the volumes of its series when it has several,
    /// else the series stored a phase each (phasesOf).
    std::vector<int> phaseStacks(const dicom::Stack &shown) const;
    /// The next (or previous) volume of the active viewport's 4-D series at the same slice, its
    /// zoom and pan kept; false when there is none.
    bool stepVolume(int step);
    /// A cine frame shown: the frames per second really shown, for the toolbar.
    void noteCineFrame();
    /// The protocol the screen shows now (the current series' modality, the study's description,
    /// the layout, each viewport's series); none without a study or for a grid of one's own.
    std::optional<HangingProtocol> protocolOfScreen() const;
    void saveProtocol();
    void fillProtocolMenu();
    QMenu *m_protocolMenu = nullptr;
    QAction *m_protocolsApplied = nullptr;
    std::optional<HangingProtocol> m_protocol;   ///< the one the study shown was hung by (or saved from)
    std::vector<StackChoice> m_protocolStacks;   ///< the stacks of each viewport, for the next assignSeries()
    bool m_protocolAwaitsPrior = false;          ///< the protocol compares: its prior is being opened
    bool m_layoutFromProtocol = false;           ///< the layout shown is a protocol's, not the user's own
    bool m_keepLayoutOnce = false;               ///< keepLayoutForNextStudy()
};

} // namespace strata::ui
