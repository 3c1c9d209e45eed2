#include <strata/ui/Viewer.h>

#include <strata/ui/CurvedReformatView.h>
#include <strata/measure/DoseVolume.h>
#include <strata/ui/DocumentsDialog.h>
#include <strata/ui/DoseVolumeDialog.h>
#include <strata/ui/TimeIntensityDialog.h>
#include <strata/ui/Volume3DView.h>

#include <strata/core/Executors.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/imaging/ThumbnailRenderer.h>
#include <strata/measure/KeyObjects.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/models/SeriesAssignment.h>
#include <strata/ui/models/WindowPresetList.h>
#include <strata/ui/tools/CurvedPathTool.h>
#include <strata/ui/tools/MeasurementController.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace strata::ui {
namespace {

/// A phase of a dynamic acquisition as the reader knows it: its volume ("time 2"), else its series
/// ("Se 5 DCE").
QString phaseName(const dicom::Stack &stack)
{
    return !stack.volumeLabel.isEmpty()
               ? stack.volumeLabel
               : QCoreApplication::translate("strata::ui::Viewer", "Se %1 %2").arg(stack.seriesNumber).arg(stack.seriesDescription).trimmed();
}

using imaging::PlaneOrientation;

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kThumbnailSize = 96;

using imaging::dot;

/// The patient position of each native slice's first pixel.
std::vector<imaging::Vec3> sliceOrigins(const imaging::SeriesVolume &series)
{
    std::vector<imaging::Vec3> origins(std::size_t(series.sliceCount()));
    for (int k = 0; k < series.sliceCount(); ++k)
        origins[std::size_t(k)] = series.sliceGeometry(k).origin;
    return origins;
}

/// A report's picture in the series strip: a written page.
QImage documentIcon(int size)
{
    QImage icon(size, size, QImage::Format_RGB32);
    icon.fill(QColor(40, 40, 40));
    QPainter p(&icon);
    const QRectF page(size * 0.2, size * 0.1, size * 0.6, size * 0.8);
    p.fillRect(page, QColor(235, 235, 230));
    p.setPen(QPen(QColor(110, 110, 110), std::max(1.0, size / 40.0)));
    for (double y = page.top() + size * 0.12; y < page.bottom() - size * 0.06; y += size * 0.08)
        p.drawLine(QPointF(page.left() + size * 0.07, y), QPointF(page.right() - size * 0.07, y));
    return icon;
}

/// The series strip: drags a series out as its stack key.
class SeriesStrip : public QListWidget {
public:
    explicit SeriesStrip(QWidget *parent) : QListWidget(parent)
    {
        setViewMode(QListView::ListMode);
        setIconSize(QSize(kThumbnailSize, kThumbnailSize));
        setDragEnabled(true);
        setDragDropMode(QAbstractItemView::DragOnly);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setWordWrap(true);
        setMinimumWidth(150);
        setMaximumWidth(220);
    }

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kStackMimeType)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty() || !(items.first()->flags() & Qt::ItemIsDragEnabled))
            return nullptr;   // a report: nothing to drop into a viewport
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kStackMimeType), items.first()->data(kKeyRole).toString().toUtf8());
        return mime;
    }
};

/// A subtraction's mask made of a stack of the study: the stack, with the headers of its own
/// slices only (each file's once).
std::shared_ptr<imaging::SubtractionMask> maskFrom(const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers)
{
    auto m = std::make_shared<imaging::SubtractionMask>();
    m->stack = stack;
    std::map<int, int> copied;   // study header → the mask's
    for (dicom::SliceRef &ref : m->stack.slices) {
        const auto [it, added] = copied.emplace(ref.header, int(m->headers.size()));
        if (added)
            m->headers.push_back(headers[std::size_t(ref.header)]);
        ref.header = it->second;
    }
    return m;
}

/// A run's recorded mask (its Mask Subtraction Sequence's AVG_SUB mask frames), counted from 0;
/// empty where it records none.
std::vector<int> recordedMask(const dicom::DicomHeader &h)
{
    std::vector<int> frames;
    if (h.maskSubtraction && h.maskSubtraction->operation == QLatin1String("AVG_SUB"))
        for (int f : h.maskSubtraction->maskFrames)
            frames.push_back(f - 1);
    return frames;
}

bool isDose(const dicom::DicomHeader &h) { return h.modality == QLatin1String("RTDOSE"); }

/// What a fused dose's isodoses are percentages of: the prescription (Gy) of the plan it was
/// computed for, else of the study's only plan in its frame of reference; 0 (its highest dose)
/// where neither gives one, or the dose is not in Gy.
double prescriptionOf(const LoadedStudy &study, const dicom::DicomHeader &dose)
{
    if (dose.dose.units != QLatin1String("GY"))
        return 0;
    double only = 0;
    int plans = 0;
    for (const dicom::DicomHeader &h : study.headers) {
        if (!(h.dose.prescriptionGy > 0))
            continue;
        if (!dose.dose.referencedPlan.isEmpty() && h.sopInstanceUid == dose.dose.referencedPlan)
            return h.dose.prescriptionGy;
        if (h.frameOfReferenceUid == dose.frameOfReferenceUid) {
            only = h.dose.prescriptionGy;
            ++plans;
        }
    }
    return plans == 1 ? only : 0;
}

} // namespace

Viewer::Viewer(const QString &dataDir, QWidget *parent) : QWidget(parent), m_dataDir(dataDir)
{
    m_cache = std::make_unique<imaging::SeriesCache>();
    m_mpr = new MprModel(this);
    m_cine = new QTimer(this);
    connect(m_cine, &QTimer::timeout, this, &Viewer::advanceCine);

    m_strip = new SeriesStrip(this);
    connect(m_strip, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const int entry = m_stripModel.indexOf(item->data(kKeyRole).toString());
        if (entry >= 0 && m_stripModel.entries()[std::size_t(entry)].document >= 0) {
            const SeriesStripEntry &e = m_stripModel.entries()[std::size_t(entry)];
            openDocuments(e.prior ? m_prior : m_study, e.document);
            return;
        }
        showStackIn(m_active, item->data(kKeyRole).toString());
    });

    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(2);
    m_grid->setStyleSheet(QStringLiteral("background: #202020;"));
    for (int i = 0; i < kMaxViewports; ++i) {
        m_viewports[std::size_t(i)] = new Viewport(m_grid);
        m_viewports[std::size_t(i)]->setObjectName(QStringLiteral("viewport%1").arg(i));
        connectViewport(i);
    }
    m_volume3d = new Volume3DView(m_grid);
    m_volume3d->hide();
    connect(m_volume3d, &Volume3DView::statusMessage, this, &Viewer::statusMessage);
    // Shift over the 3D picture: the 2D viewports and the MPR crosshair go to the point it shows.
    connect(m_volume3d, &Volume3DView::pointLocated, this, [this](const imaging::Vec3 &point) {
        if (m_volume3d->series())
            locateAt(m_volume3d->series()->header(0).frameOfReferenceUid, point, -1);
    });

    m_measure = new MeasurementController(dataDir, this);
    for (Viewport *v : m_viewports)
        v->setMeasurements(m_measure->list());   // shown whatever the tool
    connect(m_measure, &MeasurementController::toolChosen, this, [this](measure::MeasurementKind kind) {
        applyToViewports([this, kind](Viewport *v) { v->setToolHandler(m_measure->makeTool(kind, v)); });
    });
    connect(m_measure, &MeasurementController::jumpRequested, this, [this](const QString &uid) {
        if (!m_measure->showIn(activeViewport(), uid)) {
            emit statusMessage(tr("The measurement's image is not in the active viewport's series"));
            return;
        }
        // A curved path: its reformat again, the path editable with the curved path tool.
        if (const measure::Measurement *m = m_measure->list()->find(uid); m && m->kind == measure::MeasurementKind::CurvedPath)
            showCurvedPath(uid);
    });
    connect(m_measure, &MeasurementController::statusMessage, this, &Viewer::statusMessage);
    // States saved to the study are read (off this thread) and listed in View → Presentation State.
    connect(m_measure, &MeasurementController::presentationStatesStored, this, [this](const QStringList &uids) {
        if (uids.isEmpty() || !m_study)
            return;
        m_keyImageQueue.post(
            [dataDir = m_dataDir, study = m_study->studyUid, uids]() -> Result<measure::PresentationStates> {
                auto cache = store::LocalCache::open(dataDir);
                if (!cache.ok())
                    return cache.error();
                auto instances = cache.value()->studyInstances(study);
                if (!instances.ok())
                    return instances.error();
                measure::PresentationStates read;
                for (const store::InstanceRecord &i : instances.value())
                    if (uids.contains(i.sopInstanceUid)) {
                        auto state = measure::PresentationState::read(i.filePath);
                        if (!state.ok())
                            return state.error();
                        read.push_back(std::move(state).value());
                    }
                return read;
            },
            [this, study = m_study](const Result<measure::PresentationStates> &read) {
                if (m_study != study)
                    return;   // another study was opened meanwhile
                if (!read.ok()) {
                    emit statusMessage(tr("The saved presentation states could not be read back: %1").arg(read.error().message()));
                    return;
                }
                m_savedStates.insert(m_savedStates.end(), read.value().begin(), read.value().end());
                sharePresentationStates();
            });
    });
    m_measure->setViewportSource([this] {
        std::vector<Viewport *> all;
        applyToViewports([&all](Viewport *v) { all.push_back(v); });
        return all;
    });
    // Measure → Measure the Segments: the study's SEG segments and structures as lesions (mL, mm).
    m_measureSegments = m_measure->menu()->addAction(tr("Measure the Se&gments (SEG, RTSTRUCT)"), this, [this] {
        m_measure->measureSegments(activeViewport(), allSegmentations(), allStructureSets(), m_hiddenSegments);
    });
    m_measureSegments->setObjectName(QStringLiteral("measure.segments"));
    m_measureSegments->setEnabled(false);
    // Measure → Curved Path: the curved path tool (a centreline's length, and its reformat).
    m_measure->menu()->addAction(tr("&Time–Intensity Curve of the Selected Region"), this, &Viewer::showTimeIntensityCurve);
    QAction *curvedPath = m_measure->menu()->addAction(tr("C&urved Path (length along a vessel; its reformat)"), this,
                                                       [this] { startCurvedPath(); });
    curvedPath->setObjectName(QStringLiteral("measure.curved_path"));
    connect(m_measure->list().get(), &MeasurementList::changed, this, [this] {
        followCurvedPath();
        applyToViewports([](Viewport *v) { v->update(); });
        m_volume3d->setLesions(m_measure->list()->items(), m_measure->list()->selected());   // lesions as surfaces in 3D
    });

    buildActions();
    buildToolBar();

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(2);
    body->addWidget(m_strip);
    body->addWidget(m_grid, 1);
    body->addWidget(m_measure->panel());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addLayout(body, 1);

    connect(m_mpr, &MprModel::changed, this, [this] {
        updateReferences();
        const int native = m_layout.indexOf(ViewKind::Slices);
        if (isMprLayout() && native >= 0 && !m_syncing) {
            // The native stack follows the crosshair point.
            m_syncing = true;
            Viewport *stack = m_viewports[std::size_t(native)];
            if (stack->mode() == Viewport::Mode::Stack && stack->series()) {
                const imaging::Vec3 n = stack->series()->sliceGeometry(stack->slice()).normal();
                stack->setSlice(
                    ScrollSyncModel::nearestSlice(sliceOrigins(*stack->series()), n, dot(m_mpr->center(), n), stack->slice()));
            }
            m_syncing = false;
        }
    });

    applySettings();
    setLayoutMode(layoutFromKey(QSettings().value(QStringLiteral("viewer/layout")).toString()).value_or(Layout::Single));
    m_restoring = false;
}

void Viewer::applySettings()
{
    QSettings settings;
    // 0: the cache's own default (a quarter of the memory, 512 MiB to 8 GiB).
    const qint64 budgetMb = std::max<qint64>(0, settings.value(QStringLiteral("viewer/memoryBudgetMB"), 0).toLongLong());
    m_cache->setBudgetBytes(std::size_t(budgetMb) << 20);
    const bool smooth = settings.value(QStringLiteral("viewer/smoothDisplay"), true).toBool();
    for (Viewport *v : m_viewports)
        v->setSmoothDisplay(smooth);
}

Viewer::~Viewer()
{
    m_cine->stop();
    if (m_loader)
        m_loader->cancel();
    if (m_priorLoader)
        m_priorLoader->cancel();
    for (Viewport *v : m_viewports)
        v->clear();
    executor(Executor::Render)->waitForDone();
    m_keyImageQueue.waitForDone();   // a mark made just before closing is kept
}

// --- actions ---------------------------------------------------------------------------------

QAction *Viewer::action(const QString &name) const { return findChild<QAction *>(name); }

void Viewer::buildActions()
{
    QSettings settings;
    auto make = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        // Single keys act while the viewer (or a viewport) has focus, not in the browser's fields.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *view = new QMenu(tr("&View"), this);
    QMenu *layouts = view->addMenu(tr("&Layout"));
    m_layoutGroup = new QActionGroup(this);
    int n = 1;
    for (Layout l : LayoutModel::presets()) {
        QAction *a = make(layouts, QStringLiteral("layout.") + layoutKey(l), layoutName(l),
                          QKeySequence(QStringLiteral("Alt+%1").arg(n++)), [this, l] { setLayoutMode(l); });
        a->setCheckable(true);
        m_layoutGroup->addAction(a);
    }
    // The 3D layouts are grids of their own (no preset): the volume alone, and the three MPR planes
    // with the 3D view in the fourth cell.
    make(layouts, QStringLiteral("layout.3d"), tr("3D"), QKeySequence(QStringLiteral("Alt+6")), [this] {
        setLayoutCells({LayoutCell{0, 0, 1, 1, ViewKind::Volume3D}});
    });
    make(layouts, QStringLiteral("layout.mpr3d"), tr("MPR + 3D"), QKeySequence(QStringLiteral("Alt+7")), [this] {
        using O = imaging::PlaneOrientation;
        setLayoutCells({LayoutCell{0, 0, 1, 1, ViewKind::MprPlane, O::Axial}, LayoutCell{0, 1, 1, 1, ViewKind::Volume3D},
                        LayoutCell{1, 0, 1, 1, ViewKind::MprPlane, O::Coronal}, LayoutCell{1, 1, 1, 1, ViewKind::MprPlane, O::Sagittal}});
    });
    view->addSeparator();
    make(view, QStringLiteral("view.fit"), tr("&Fit to Viewport"), QKeySequence(tr("F")), [this] { activeViewport()->fit(); });
    make(view, QStringLiteral("view.zoomIn"), tr("Zoom &In"), QKeySequence(tr("+")), [this] { activeViewport()->zoomBy(1.25); });
    make(view, QStringLiteral("view.zoomOut"), tr("Zoom &Out"), QKeySequence(tr("-")), [this] { activeViewport()->zoomBy(0.8); });
    make(view, QStringLiteral("view.rotateCw"), tr("&Rotate Clockwise"), QKeySequence(tr("R")),
         [this] { activeViewport()->rotateClockwise(); });
    make(view, QStringLiteral("view.rotateCcw"), tr("Rotate &Counter-clockwise"), QKeySequence(tr("Shift+R")),
         [this] { activeViewport()->rotateCounterClockwise(); });
    make(view, QStringLiteral("view.flipH"), tr("Flip &Horizontally"), QKeySequence(tr("H")),
         [this] { activeViewport()->flipHorizontal(); });
    make(view, QStringLiteral("view.flipV"), tr("Flip &Vertically"), QKeySequence(tr("V")),
         [this] { activeViewport()->flipVertical(); });
    make(view, QStringLiteral("view.reset"), tr("Reset &View"), QKeySequence(tr("Ctrl+0")), [this] {
        activeViewport()->setViewTransform({});
        if (activeViewport()->mode() == Viewport::Mode::Mpr)
            m_mpr->resetRotation();
    });
    view->addSeparator();
    m_overlays = make(view, QStringLiteral("view.overlays"), tr("Show &Overlays"), QKeySequence(tr("O")), [this](bool on) {
        applyToViewports([on](Viewport *v) { v->setOverlaysVisible(on); });
        saveSettings();
    });
    m_overlays->setCheckable(true);
    m_overlays->setChecked(settings.value(QStringLiteral("viewer/overlays"), true).toBool());
    // The image's own overlay planes (60xx): a modality's graphics and markers.
    m_dicomOverlays = make(view, QStringLiteral("view.dicomOverlays"), tr("Show &DICOM Overlays"), QKeySequence(tr("Shift+O")), [this](bool on) {
        applyToViewports([on](Viewport *v) { v->setDicomOverlaysVisible(on); });
        saveSettings();
    });
    m_dicomOverlays->setCheckable(true);
    m_dicomOverlays->setChecked(settings.value(QStringLiteral("viewer/dicomOverlays"), true).toBool());
    // The image's own display shutter (radiographs: what lies outside the collimation).
    m_shutters = make(view, QStringLiteral("view.shutters"), tr("Apply Display S&hutters"), QKeySequence(), [this](bool on) {
        applyToViewports([on](Viewport *v) { v->setShuttersApplied(on); });
        saveSettings();
    });
    m_shutters->setCheckable(true);
    m_shutters->setChecked(settings.value(QStringLiteral("viewer/shutters"), true).toBool());
    // The study's segmentations (SEG: organs, structures, lesions) over the slices they lie on.
    m_segmentations = make(view, QStringLiteral("view.segmentations"), tr("Show &Segmentations"), QKeySequence(tr("Shift+G")), [this](bool on) {
        applyToViewports([on](Viewport *v) { v->setSegmentationsVisible(on); });
        m_volume3d->setSegmentationsVisible(on);
        saveSettings();
    });
    m_segmentations->setCheckable(true);
    m_segmentations->setChecked(settings.value(QStringLiteral("viewer/segmentations"), true).toBool());
    m_volume3d->setSegmentationsVisible(m_segmentations->isChecked());
    // The study's measurements on the images (a measurement tool in hand still draws what it draws).
    m_measurementsShown = make(view, QStringLiteral("view.measurements"), tr("Show &Measurements"), QKeySequence(tr("M")), [this](bool on) {
        applyToViewports([on](Viewport *v) { v->setMeasurementsVisible(on); });
        saveSettings();
    });
    m_measurementsShown->setCheckable(true);
    m_measurementsShown->setChecked(settings.value(QStringLiteral("viewer/measurements"), true).toBool());
    // What the study's reports mark on the images: a CAD's findings (off until asked for: a CAD
    // is a second reader), another reader's outlines.
    m_reportMarksShown = make(view, QStringLiteral("view.reportMarks"), tr("Show CAD and &Report Marks"), QKeySequence(tr("Shift+K")),
                              [this](bool on) {
                                  applyToViewports([on](Viewport *v) { v->setReportMarksShown(on); });
                                  saveSettings();
                              });
    m_reportMarksShown->setCheckable(true);
    m_reportMarksShown->setChecked(settings.value(QStringLiteral("viewer/reportMarks"), false).toBool());
    // Each segment on its own (a multi-organ SEG: the liver only).
    m_segmentsMenu = view->addMenu(tr("Se&gments"));
    m_segmentsMenu->setObjectName(QStringLiteral("view.segments"));
    m_segmentsMenu->setEnabled(false);
    // Another series of the frame of reference fused over the images (PET over CT).
    m_fusionMenu = view->addMenu(tr("&Fusion"));
    m_fusionMenu->setObjectName(QStringLiteral("view.fusion"));
    connect(m_fusionMenu, &QMenu::aboutToShow, this, &Viewer::fillFusionMenu);
    // A dynamic series' phase less another (its pre-contrast phase): what took up contrast.
    m_subtractionMenu = view->addMenu(tr("S&ubtraction"));
    m_subtractionMenu->setObjectName(QStringLiteral("view.subtraction"));
    connect(m_subtractionMenu, &QMenu::aboutToShow, this, &Viewer::fillSubtractionMenu);
    // Pixel shift of a subtracted run's mask (shown in that menu; their keys work anywhere).
    const struct {
        const char *name;
        const char *text;
        const char *key;
        double dx, dy;
    } shifts[] = {
        {"subtraction.shift.left", QT_TR_NOOP("Shift Mask Left"), "Ctrl+Shift+Left", -1, 0},
        {"subtraction.shift.right", QT_TR_NOOP("Shift Mask Right"), "Ctrl+Shift+Right", 1, 0},
        {"subtraction.shift.up", QT_TR_NOOP("Shift Mask Up"), "Ctrl+Shift+Up", 0, -1},
        {"subtraction.shift.down", QT_TR_NOOP("Shift Mask Down"), "Ctrl+Shift+Down", 0, 1},
    };
    for (const auto &shift : shifts) {
        QAction *a = new QAction(tr(shift.text), this);
        a->setObjectName(QString::fromLatin1(shift.name));
        a->setShortcut(QKeySequence(QString::fromLatin1(shift.key)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, [this, dx = shift.dx, dy = shift.dy] { shiftClipMask(dx, dy); });
        m_clipShiftActions.push_back(a);
    }
    QAction *resetShift = new QAction(tr("Reset Mask Shift"), this);
    resetShift->setObjectName(QStringLiteral("subtraction.shift.reset"));
    addAction(resetShift);
    connect(resetShift, &QAction::triggered, this, [this] {
        if (const auto mask = clipMask())
            showClipSubtraction(mask->frames);
    });
    m_clipShiftActions.push_back(resetShift);
    // The study's reports and documents (SR, PDF) in a window of their own.
    m_documentsAction = make(view, QStringLiteral("view.documents"), tr("Reports and &Documents…"), QKeySequence(tr("Ctrl+Alt+D")),
                             [this] { showDocuments(); });
    m_documentsAction->setEnabled(false);
    // A radiotherapy plan: how much of each structure receives how much dose.
    m_doseVolumeAction = make(view, QStringLiteral("view.dvh"), tr("Dose–Volume &Histogram…"), QKeySequence(),
                              [this] { showDoseVolumeHistogram(); });
    m_doseVolumeAction->setEnabled(false);
    // Presentation states (GSPS) of the study: a reader's window, turn and marks on its images.
    m_presentationMenu = view->addMenu(tr("&Presentation State"));
    m_presentationMenu->setObjectName(QStringLiteral("view.presentationStates"));
    connect(m_presentationMenu, &QMenu::aboutToShow, this, &Viewer::fillPresentationMenu);
    m_applyStates = new QAction(tr("Apply the &Newest Presentation State"), this);
    m_applyStates->setObjectName(QStringLiteral("view.applyPresentationStates"));
    m_applyStates->setCheckable(true);
    m_applyStates->setChecked(settings.value(QStringLiteral("viewer/presentationStates"), true).toBool());
    connect(m_applyStates, &QAction::triggered, this, [this](bool on) {
        applyToViewports([on](Viewport *v) { v->setPresentationStatesApplied(on); });
        saveSettings();
    });
    addAction(m_applyStates);
    fillPresentationMenu();
    m_references = make(view, QStringLiteral("view.references"), tr("Show Reference &Lines"), QKeySequence(tr("L")), [this](bool on) {
        applyToViewports([on](Viewport *v) { v->setReferenceLinesVisible(on); });
        saveSettings();
    });
    m_references->setCheckable(true);
    m_references->setChecked(settings.value(QStringLiteral("viewer/referenceLines"), true).toBool());
    m_sync = make(view, QStringLiteral("view.sync"), tr("&Synchronize Scrolling"), QKeySequence(tr("S")), [this](bool) {
        if (m_sync->isChecked())
            linkScrolling();
        saveSettings();
    });
    m_sync->setCheckable(true);
    m_sync->setChecked(settings.value(QStringLiteral("viewer/sync"), true).toBool());
    m_syncWindow = make(view, QStringLiteral("view.syncWindow"), tr("Synchronize &Window/Level with the Prior (CT)"), QKeySequence(), [this](bool) {
        saveSettings();
    });
    m_syncWindow->setCheckable(true);
    m_syncWindow->setChecked(settings.value(QStringLiteral("viewer/syncWindow"), true).toBool());
    view->addSeparator();
    make(view, QStringLiteral("view.prior"), tr("Compare with &Prior Study"), QKeySequence(tr("Ctrl+P")), [this] { comparePrior(); });
    // The next or previous series of the strip in the active viewport (in MPR: the next volume).
    make(view, QStringLiteral("series.next"), tr("&Next Series"), QKeySequence(tr("Ctrl+Down")), [this] { stepSeries(1); });
    make(view, QStringLiteral("series.previous"), tr("Pre&vious Series"), QKeySequence(tr("Ctrl+Up")), [this] { stepSeries(-1); });
    // A 4-D series (echoes, b-values, time points): its next or previous volume at the same slice.
    make(view, QStringLiteral("volume.next"), tr("Next &Volume of the Series"), QKeySequence(tr("Alt+Down")), [this] { stepVolume(1); });
    make(view, QStringLiteral("volume.previous"), tr("Previous V&olume of the Series"), QKeySequence(tr("Alt+Up")), [this] { stepVolume(-1); });
    // Hanging protocols: the layout and series a kind of study (modality, study description) opens with.
    m_protocolMenu = view->addMenu(tr("&Hanging Protocol"));
    m_protocolMenu->setObjectName(QStringLiteral("view.protocols"));
    m_protocolsApplied = new QAction(tr("&Open Studies by Their Hanging Protocol"), this);
    m_protocolsApplied->setObjectName(QStringLiteral("protocol.apply"));
    m_protocolsApplied->setCheckable(true);
    m_protocolsApplied->setChecked(settings.value(QStringLiteral("viewer/applyHangingProtocols"), true).toBool());
    connect(m_protocolsApplied, &QAction::triggered, this, [this] { saveSettings(); });
    addAction(m_protocolsApplied);
    connect(m_protocolMenu, &QMenu::aboutToShow, this, &Viewer::fillProtocolMenu);
    fillProtocolMenu();

    QMenu *tools = new QMenu(tr("&Tools"), this);
    m_toolGroup = new QActionGroup(this);
    const struct {
        const char *name;
        const char *text;
        const char *key;
        Viewport::Tool tool;
    } toolList[] = {
        {"tool.browse", QT_TR_NOOP("&Browse (drag to scroll)"), "B", Viewport::Tool::Browse},
        {"tool.window", QT_TR_NOOP("&Window/Level"), "W", Viewport::Tool::WindowLevel},
        {"tool.zoom", QT_TR_NOOP("&Zoom"), "Z", Viewport::Tool::Zoom},
        {"tool.pan", QT_TR_NOOP("&Pan"), "P", Viewport::Tool::Pan},
        {"tool.crosshair", QT_TR_NOOP("&Crosshair (MPR: move, rotate)"), "X", Viewport::Tool::Crosshair},
        {"tool.magnify", QT_TR_NOOP("&Magnifying Glass"), "G", Viewport::Tool::Magnify},
    };
    const int savedTool = settings.value(QStringLiteral("viewer/tool"), int(Viewport::Tool::Browse)).toInt();
    for (const auto &t : toolList) {
        const Viewport::Tool tool = t.tool;
        QAction *a = make(tools, QString::fromLatin1(t.name), tr(t.text), QKeySequence(QString::fromLatin1(t.key)),
                          [this, tool] { setTool(tool); });
        a->setCheckable(true);
        a->setChecked(int(tool) == savedTool);
        a->setData(int(tool));
        m_toolGroup->addAction(a);
    }
    tools->addSeparator();
    make(tools, QStringLiteral("tool.curved"), tr("C&urved Reformat Path"), QKeySequence(tr("Shift+C")), [this] { startCurvedPath(); });
    tools->addSeparator();
    QMenu *slab = tools->addMenu(tr("Thick &Slab"));
    const struct {
        const char *name;
        const char *text;
        const char *key;
        imaging::SlabMode mode;
    } slabs[] = {
        {"slab.none", QT_TR_NOOP("&Thin Slice"), "Shift+T", imaging::SlabMode::None},
        {"slab.mip", QT_TR_NOOP("&MIP"), "Shift+M", imaging::SlabMode::Max},
        {"slab.minip", QT_TR_NOOP("M&inIP"), "Shift+N", imaging::SlabMode::Min},
        {"slab.mean", QT_TR_NOOP("&Average"), "Shift+A", imaging::SlabMode::Mean},
    };
    for (int i = 0; i < 4; ++i) {
        make(slab, QString::fromLatin1(slabs[i].name), tr(slabs[i].text), QKeySequence(QString::fromLatin1(slabs[i].key)),
             [this, i] { m_slabMode->setCurrentIndex(i); });
    }
    tools->addSeparator();
    m_cineAction = make(tools, QStringLiteral("cine.play"), tr("&Cine Play/Pause"), QKeySequence(tr("Space")),
                        [this] { setCineRunning(!isCineRunning()); });
    m_cineAction->setCheckable(true);
    m_cineVolumes = make(tools, QStringLiteral("cine.volumes"), tr("Cine Through the &Volumes (4-D)"), QKeySequence(tr("Shift+Space")),
                         [this](bool) { saveSettings(); });
    m_cineVolumes->setCheckable(true);
    m_cineVolumes->setChecked(settings.value(QStringLiteral("viewer/cineVolumes"), false).toBool());

    QMenu *image = new QMenu(tr("&Image"), this);
    m_presetMenu = image->addMenu(tr("Window &Presets"));
    make(image, QStringLiteral("window.auto"), tr("&Automatic Window"), QKeySequence(tr("A")), [this] { applyPreset(-1); });
    make(image, QStringLiteral("window.invert"), tr("&Invert"), QKeySequence(tr("I")), [this] {
        imaging::WindowLevel w = activeViewport()->window();
        w.inverted = !w.inverted;
        activeViewport()->setWindow(w);
    });
    QMenu *colors = image->addMenu(tr("&Colour Map"));
    m_colorGroup = new QActionGroup(this);
    const std::pair<imaging::ColorMap, const char *> maps[] = {
        {imaging::ColorMap::Grayscale, "Ctrl+Alt+G"}, {imaging::ColorMap::HotIron, "Ctrl+Alt+H"}, {imaging::ColorMap::Pet, "Ctrl+Alt+P"}};
    for (const auto &[map, key] : maps) {
        QAction *a = make(colors, QStringLiteral("color.%1").arg(int(map)), imaging::colorMapName(map), QKeySequence(QString::fromLatin1(key)),
                          [this, map] { activeViewport()->setColorMap(map); });
        a->setCheckable(true);
        a->setChecked(map == imaging::ColorMap::Grayscale);
        m_colorGroup->addAction(a);
    }
    image->addSeparator();
    make(image, QStringLiteral("image.key"), tr("Toggle &Key Image"), QKeySequence(tr("K")), [this] { toggleKeyImage(); });
    make(image, QStringLiteral("image.saveKeyImages"), tr("Save Key Images to the Study (DICOM KOS)"), QKeySequence(),
         [this] { saveKeyImagesToStudy(); });
    make(image, QStringLiteral("image.export"), tr("&Export Image…"), QKeySequence(tr("Ctrl+E")), [this] { exportDialog(); });
    make(image, QStringLiteral("image.copy"), tr("&Copy Image"), QKeySequence(tr("Ctrl+Shift+C")), [this] { copyActiveViewport(); });
    m_exportAnnotations = image->addAction(tr("Export with &Annotations"));
    m_exportAnnotations->setObjectName(QStringLiteral("image.exportAnnotations"));
    m_exportAnnotations->setCheckable(true);
    m_exportAnnotations->setChecked(settings.value(QStringLiteral("viewer/exportAnnotations"), true).toBool());
    connect(m_exportAnnotations, &QAction::toggled, this, [this] { saveSettings(); });

    m_menus = {view, tools, image, m_measure->menu()};
    fillPresetMenu();
}

void Viewer::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(m_toolGroup->actions());
    m_toolBar->addSeparator();
    for (QAction *a : m_layoutGroup->actions())
        m_toolBar->addAction(a);
    m_toolBar->addAction(action(QStringLiteral("layout.3d")));
    m_toolBar->addAction(action(QStringLiteral("layout.mpr3d")));
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new QLabel(tr(" Slab "), m_toolBar));
    m_slabMode = new QComboBox(m_toolBar);
    m_slabMode->setObjectName(QStringLiteral("slabMode"));
    m_slabMode->addItems({tr("Thin"), tr("MIP"), tr("MinIP"), tr("Average")});
    m_slabThickness = new QDoubleSpinBox(m_toolBar);
    m_slabThickness->setObjectName(QStringLiteral("slabThickness"));
    m_slabThickness->setRange(1, 200);
    m_slabThickness->setSuffix(tr(" mm"));
    m_slabThickness->setDecimals(1);
    QSettings settings;
    m_slabThickness->setValue(settings.value(QStringLiteral("viewer/slabMm"), 10.0).toDouble());
    m_slabMode->setCurrentIndex(settings.value(QStringLiteral("viewer/slabMode"), 0).toInt());
    auto applySlab = [this] {
        static constexpr imaging::SlabMode modes[] = {imaging::SlabMode::None, imaging::SlabMode::Max, imaging::SlabMode::Min,
                                                      imaging::SlabMode::Mean};
        const imaging::SlabMode mode = modes[std::clamp(m_slabMode->currentIndex(), 0, 3)];
        m_mpr->setSlab(mode, mode == imaging::SlabMode::None ? 0.0 : m_slabThickness->value());
        saveSettings();
    };
    connect(m_slabMode, &QComboBox::currentIndexChanged, this, applySlab);
    connect(m_slabThickness, &QDoubleSpinBox::valueChanged, this, applySlab);
    applySlab();
    m_toolBar->addWidget(m_slabMode);
    m_toolBar->addWidget(m_slabThickness);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_cineAction);
    m_cineFps = new QSpinBox(m_toolBar);
    m_cineFps->setObjectName(QStringLiteral("cineFps"));
    m_cineFps->setRange(1, 60);
    m_cineFps->setSuffix(tr(" fps"));
    m_cineFps->setValue(settings.value(QStringLiteral("viewer/cineFps"), 15).toInt());
    connect(m_cineFps, &QSpinBox::valueChanged, this, [this](int fps) { setCineFramesPerSecond(fps); });
    m_toolBar->addWidget(m_cineFps);
    m_cineShownLabel = new QLabel(m_toolBar);
    m_cineShownLabel->setObjectName(QStringLiteral("cineShown"));
    m_cineShownLabel->setToolTip(tr("Frames per second shown while the cine plays"));
    m_cineShownLabel->setMinimumWidth(m_cineShownLabel->fontMetrics().horizontalAdvance(QStringLiteral("00.0 fps shown ")));
    m_toolBar->addWidget(m_cineShownLabel);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_overlays);
    m_toolBar->addAction(m_references);
    m_toolBar->addAction(m_sync);
    m_toolBar->addAction(action(QStringLiteral("view.prior")));
}

void Viewer::saveSettings() const
{
    // Building the toolbar fires the slab controls' signals, which save: without this the
    // defaults overwrote the saved layout before the constructor read it.
    if (m_restoring)
        return;
    QSettings s;
    // A grid of one's own is not remembered, nor a layout a hanging protocol chose.
    if (const auto preset = (m_layoutBeforeFallback ? *m_layoutBeforeFallback : m_layout).preset(); preset && !m_layoutFromProtocol)
        s.setValue(QStringLiteral("viewer/layout"), layoutKey(*preset));
    if (m_protocolsApplied)
        s.setValue(QStringLiteral("viewer/applyHangingProtocols"), m_protocolsApplied->isChecked());
    if (m_syncWindow)
        s.setValue(QStringLiteral("viewer/syncWindow"), m_syncWindow->isChecked());
    if (m_cineVolumes)
        s.setValue(QStringLiteral("viewer/cineVolumes"), m_cineVolumes->isChecked());
    if (m_overlays)
        s.setValue(QStringLiteral("viewer/overlays"), m_overlays->isChecked());
    if (m_dicomOverlays)
        s.setValue(QStringLiteral("viewer/dicomOverlays"), m_dicomOverlays->isChecked());
    if (m_segmentations)
        s.setValue(QStringLiteral("viewer/segmentations"), m_segmentations->isChecked());
    if (m_measurementsShown)
        s.setValue(QStringLiteral("viewer/measurements"), m_measurementsShown->isChecked());
    if (m_reportMarksShown)
        s.setValue(QStringLiteral("viewer/reportMarks"), m_reportMarksShown->isChecked());
    if (m_shutters)
        s.setValue(QStringLiteral("viewer/shutters"), m_shutters->isChecked());
    if (m_applyStates)
        s.setValue(QStringLiteral("viewer/presentationStates"), m_applyStates->isChecked());
    if (m_references)
        s.setValue(QStringLiteral("viewer/referenceLines"), m_references->isChecked());
    if (m_sync)
        s.setValue(QStringLiteral("viewer/sync"), m_sync->isChecked());
    if (m_toolGroup && m_toolGroup->checkedAction())
        s.setValue(QStringLiteral("viewer/tool"), m_toolGroup->checkedAction()->data());
    if (m_slabMode) {
        s.setValue(QStringLiteral("viewer/slabMode"), m_slabMode->currentIndex());
        s.setValue(QStringLiteral("viewer/slabMm"), m_slabThickness->value());
    }
    if (m_cineFps)
        s.setValue(QStringLiteral("viewer/cineFps"), m_cineFps->value());
    if (m_exportAnnotations)
        s.setValue(QStringLiteral("viewer/exportAnnotations"), m_exportAnnotations->isChecked());
}

void Viewer::setTool(Viewport::Tool tool)
{
    for (QAction *a : m_toolGroup->actions())
        if (a->data().toInt() == int(tool))
            a->setChecked(true);
    applyToViewports([tool](Viewport *v) { v->setTool(tool); });
    saveSettings();
}

void Viewer::startCurvedPath()
{
    applyToViewports([this](Viewport *v) {
        auto tool = std::make_unique<CurvedPathTool>(
            [this, v](const std::vector<imaging::Vec3> &points, const imaging::SliceGeometry &endedOn, const QString &uid) {
                keepCurvedPath(v, points, endedOn, uid);
            },
            m_measure->list(), [v] { return v->shownImage(); });
        if (!m_curvedUid.isEmpty())
            tool->setEndedPath(m_curvedUid);
        v->setToolHandler(std::move(tool));
    });
    emit statusMessage(tr("Curved reformat: click along the structure, scrolling to other slices between clicks; "
                          "click the last point again to see the reformat, Esc drops the path"));
}

CurvedReformatView *Viewer::curvedReformatView() const { return m_curved; }

void Viewer::keepCurvedPath(Viewport *viewport, const std::vector<imaging::Vec3> &points, const imaging::SliceGeometry &endedOn,
                            const QString &uid)
{
    const std::shared_ptr<MeasurementList> &list = m_measure->list();
    const measure::Measurement *kept = uid.isEmpty() ? nullptr : list->find(uid);
    measure::Measurement m;
    if (kept) {
        m = *kept;   // its identity, author and the image it was laid on stay
    } else {
        m.kind = measure::MeasurementKind::CurvedPath;
        if (const auto &series = viewport->series()) {
            m.image.studyInstanceUid = series->header(0).studyInstanceUid;
            m.image.seriesInstanceUid = series->stack().seriesInstanceUid;   // no instance: it runs across them
            m.plane = measure::ImagePlane::ofVolumeSlice(endedOn, series->stack().modality);
        } else {
            m.plane = measure::ImagePlane::ofVolumeSlice(endedOn);
        }
    }
    m.points = points;
    m.values = measure::evaluateGeometry(m);
    m_keepingPath = true;
    if (kept)
        list->replace(m);
    else
        list->add(m);
    m_keepingPath = false;
    m_curvedUid = kept ? uid : list->items().back().uid;
    list->setSelected(m_curvedUid);
    applyToViewports([this](Viewport *v) {
        if (auto *tool = dynamic_cast<CurvedPathTool *>(v->toolHandler()))
            tool->setEndedPath(m_curvedUid);
    });
    openCurvedReformat(viewport, points, m.plane.geometry);
    emit statusMessage(tr("Curved path: %1 (kept with the study; Measure → Measurements Panel lists it)")
                           .arg(MeasurementTool::label(*list->find(m_curvedUid))));
}

void Viewer::showCurvedPath(const QString &uid)
{
    const measure::Measurement *m = m_measure->list()->find(uid);
    if (!m || m->kind != measure::MeasurementKind::CurvedPath || m->points.size() < 2)
        return;
    m_curvedUid = uid;
    const std::vector<imaging::Vec3> points = m->points;
    const imaging::SliceGeometry laidOn = m->plane.geometry;
    startCurvedPath();
    openCurvedReformat(activeViewport(), points, laidOn);
}

void Viewer::followCurvedPath()
{
    if (m_keepingPath || m_curvedUid.isEmpty())
        return;
    const measure::Measurement *m = m_measure->list()->find(m_curvedUid);
    if (!m) {
        // Deleted (or undone): its reformat goes with it.
        m_curvedUid.clear();
        if (m_curved)
            m_curved->close();
        return;
    }
    if (m_curved && m_curved->isVisible() && m_curvedViewport && m->points != m_curvedPoints && m->points.size() >= 2)
        openCurvedReformat(m_curvedViewport, m->points, m->plane.geometry);
}

void Viewer::openCurvedReformat(Viewport *viewport, const std::vector<imaging::Vec3> &points, const imaging::SliceGeometry &endedOn)
{
    const std::shared_ptr<imaging::SeriesVolume> series = viewport->series();
    std::shared_ptr<const dicom::Volume> volume = series ? series->volume() : nullptr;
    if (!volume) {
        emit statusMessage(tr("No curved reformat: the series is still loading, or its images make no volume"));
        return;
    }
    if (!m_curved) {
        m_curved = new CurvedReformatView(this);
        m_curved->setAttribute(Qt::WA_DeleteOnClose);
    }
    // The marker's point: every viewport of the series' frame of reference goes there.
    disconnect(m_curved, &CurvedReformatView::pointLocated, this, nullptr);
    const QString frame = series->header(0).frameOfReferenceUid;
    connect(m_curved, &CurvedReformatView::pointLocated, this, [this, frame](const imaging::Vec3 &point) { locateAt(frame, point, -1); });
    // The cross-section in the MPR: the big plane turned to it (the other two along the path),
    // when the MPR shows this series.
    disconnect(m_curved, &CurvedReformatView::crossSectionChanged, this, nullptr);
    connect(m_curved, &CurvedReformatView::crossSectionChanged, this,
            [this, weak = std::weak_ptr<imaging::SeriesVolume>(series)](const imaging::Plane &plane) {
        Viewport *big = m_viewports[0];
        const auto series = weak.lock();
        if (!series || !isMprLayout() || big->mode() != Viewport::Mode::Mpr || big->series() != series || !m_mpr->isValid())
            return;
        m_mpr->orient(big->mprPlane(), plane.row, plane.column);
        m_mpr->setCenter(plane.center);
    });
    const dicom::Stack &stack = series->stack();
    const QString title = stack.seriesDescription.isEmpty() ? tr("series %1").arg(stack.seriesNumber) : stack.seriesDescription;
    m_curvedPoints = points;
    m_curvedViewport = viewport;
    m_curved->setPath(std::move(volume), points, endedOn, viewport->window(), title, measure::valueUnitOf(series->header(0)));
    m_curved->show();
    m_curved->raise();
    emit statusMessage(tr("Curved reformat of %1 along a path of %2 points").arg(title).arg(points.size()));
}

void Viewer::applyToViewports(const std::function<void(Viewport *)> &f)
{
    for (Viewport *v : m_viewports)
        f(v);
}

// --- loading ---------------------------------------------------------------------------------

void Viewer::openStudy(const QString &studyUid)
{
    if (studyUid.isEmpty())
        return;
    loadInto(StudyLoader::forStudy(m_dataDir, studyUid), false);
}

void Viewer::openPaths(const QStringList &paths) { loadInto(new StudyLoader(paths, m_dataDir), false); }

void Viewer::loadInto(StudyLoader *loader, bool prior)
{
    QPointer<StudyLoader> &slot = prior ? m_priorLoader : m_loader;
    if (slot)
        slot->cancel();
    slot = loader;
    emit statusMessage(prior ? tr("Loading the prior study…") : tr("Loading the study…"));
    connect(loader, &Job::progressChanged, this, [this, loader](const Progress &p) {
        if (loader == m_loader)
            emit progressChanged(p);
    });
    connect(loader, &Job::finished, this, [this, loader, prior] {
        if (prior ? loader != m_priorLoader : loader != m_loader)
            return;
        if (prior)
            priorReady(loader->study());
        else
            studyReady(loader->study());
    });
    connect(loader, &Job::failed, this, [this, loader, prior](const Error &e) {
        if ((prior ? loader != m_priorLoader : loader != m_loader) || e.code == ErrorCode::Cancelled)
            return;
        if (prior && std::exchange(m_protocolAwaitsPrior, false))
            hangProtocolSeries();   // the protocol's prior viewports show the study's own series
        emit loadFailed(e.message());
        emit statusMessage(e.message());
    });
    startOwnedJob(loader);
}

void Viewer::studyReady(std::shared_ptr<const LoadedStudy> study)
{
    m_study = std::move(study);
    m_savedStates.clear();
    m_prior.reset();
    if (m_priorLoader) {
        m_priorLoader->cancel();   // the study before's prior never comes beside this one
        m_priorLoader = nullptr;
    }
    m_hiddenSegments.clear();
    m_fusionKey.clear();
    if (m_curved)
        m_curved->close();   // its path lay in the study before
    m_curvedUid.clear();
    readSegmentations(false);
    m_priorSegmentations.clear();
    m_priorStructures.clear();
    m_keyImages.reset(m_study->keyImages);
    m_measure->setStudy(m_study->studyUid, m_study->measurements);
    m_currentStack = m_study->defaultStack();
    m_mpr->invalidate();  // reset on the new volume once it is in
    fillStrip();
    sharePresentationStates();
    hangByProtocol();
    assignSeries();
    const QString fused = fuseByProtocol();
    subtractClipsAsRecommended();
    fillPresetMenu();
    takeClipRate();
    const QString description = m_currentStack >= 0
                                    ? m_study->description(m_currentStack)
                                    : tr("%1 — no images, %n report(s) or document(s)", nullptr, int(m_study->documents.size()))
                                          .arg(m_study->headers.front().patientName.display());
    m_documentsAction->setEnabled(!m_study->documents.empty());
    updateDoseVolumeAction();
    if (m_doseVolumeDialog)
        m_doseVolumeDialog->close();
    if (m_documents)
        m_documents->close();   // the previous study's reports never stay beside this one
    QString status = description;
    if (m_currentStack >= 0 && !m_study->documents.empty())
        status += tr(" — %n report(s) or document(s): View → Reports and Documents", nullptr, int(m_study->documents.size()));
    if (!m_study->reportMarks.empty()) {
        int count = 0;
        for (const auto &r : m_study->reportMarks)
            count += int(r->marks.size());
        const QString reports = m_study->reportMarks.size() == 1 ? m_study->reportMarks.front()->label()
                                                                 : tr("%n report(s)", nullptr, int(m_study->reportMarks.size()));
        status += m_reportMarksShown->isChecked() ? tr(" — %1: %n mark(s) shown", nullptr, count).arg(reports)
                                                  : tr(" — %1: %n mark(s), View → Show CAD and Report Marks (Shift+K)", nullptr, count).arg(reports);
    }
    if (m_protocol && m_layoutFromProtocol)
        status += tr(" — hanging protocol %1").arg(m_protocol->name());
    if (!fused.isEmpty())
        status += tr(", %1 fused").arg(fused);
    if (!m_study->problems.isEmpty())
        status += m_study->problems.size() == 1
                      ? tr(" (a file is not shown: %1)").arg(m_study->problems.first())
                      : tr(" (%n files are not shown; the first: %1)", nullptr, int(m_study->problems.size())).arg(m_study->problems.first());
    emit statusMessage(status);
    emit studyLoaded(description);
    if (m_currentStack < 0)
        showDocuments();   // a study of reports only: they are what there is to read
    if (m_protocolAwaitsPrior)
        openPrior();
}

DocumentsDialog *Viewer::documentsDialog() const { return m_documents.data(); }

void Viewer::showDocuments() { openDocuments(m_study, 0); }

void Viewer::openDocuments(const std::shared_ptr<const LoadedStudy> &study, int row)
{
    if (!study || study->documents.empty())
        return;
    if (m_documents)
        m_documents->close();
    m_documents = new DocumentsDialog(study->documents, study->dataDir, this);
    m_documents->setAttribute(Qt::WA_DeleteOnClose);
    if (study == m_prior)
        m_documents->setWindowTitle(tr("Prior study: %1").arg(m_documents->windowTitle()));
    m_documents->show();
    if (row > 0 && row < m_documents->list()->count())
        m_documents->list()->setCurrentRow(row);
}

std::shared_ptr<imaging::SeriesVolume> Viewer::openStack(const LoadedStudy &study, int stackIndex, int firstSlice)
{
    return m_cache->open(study.stacks[std::size_t(stackIndex)], study.headers, firstSlice);
}

const dicom::Stack *Viewer::findStack(const QString &key, const LoadedStudy **owner) const
{
    for (const auto &s : {m_study, m_prior}) {
        if (!s)
            continue;
        for (const dicom::Stack &stack : s->stacks)
            if (imaging::stackKey(stack) == key) {
                if (owner)
                    *owner = s.get();
                return &stack;
            }
    }
    return nullptr;
}

bool Viewer::showStackIn(int index, const QString &key)
{
    const LoadedStudy *owner = nullptr;
    const dicom::Stack *stack = findStack(key, &owner);
    if (!stack || index < 0 || index >= kMaxViewports)
        return false;
    const int stackIndex = int(stack - owner->stacks.data());
    Viewport *v = m_viewports[std::size_t(index)];
    const bool mprCell = index < m_layout.count() && m_layout.cell(index).kind == ViewKind::MprPlane;
    if (owner == m_study.get() && ((mprCell && !stack->isVolume()) || (m_layoutBeforeFallback && stack->isVolume()))) {
        // Into MPR a series that is no volume goes in 2D; a volume brings back the MPR it left.
        m_currentStack = stackIndex;
        m_mpr->invalidate();
        assignSeries();
        setActiveViewport(0);
        if (!m_layoutBeforeFallback)
            emit statusMessage(owner->description(stackIndex));
        return true;
    }
    auto series = openStack(*owner, stackIndex);
    if (mprCell) {
        // An MPR viewport takes the series for all the planes and the native slices beside them.
        m_currentStack = owner == m_study.get() ? stackIndex : m_currentStack;
        m_mpr->invalidate();
        for (int i = 0; i < m_layout.count(); ++i) {
            Viewport *cell = m_viewports[std::size_t(i)];
            if (m_layout.cell(i).kind == ViewKind::MprPlane)
                cell->showMpr(series, m_mpr, cell->mprPlane());
            else if (m_layout.cell(i).kind == ViewKind::Slices)
                cell->showStack(series);
        }
    } else {
        v->showStack(series);
    }
    emit statusMessage(owner->description(stackIndex));   // the series now shown
    m_scrollSync.clear(index);
    setActiveViewport(index);
    if (m_sync->isChecked() && !isMprLayout())
        linkScrolling();  // a series of another frame of reference is linked where it stands
    applyFusion();
    subtractClipsAsRecommended(index);   // a run read subtracted, wherever it is put
    updateKeyImageMark();
    updateReferences();
    return true;
}

void Viewer::fillStrip()
{
    m_strip->clear();
    m_stripModel.setStudies(m_study.get(), m_prior.get());
    for (const SeriesStripEntry &e : m_stripModel.entries()) {
        auto *item = new QListWidgetItem(e.text, m_strip);
        item->setData(kKeyRole, e.key);
        if (e.document >= 0) {
            // A report: a page for its picture, opened by a double-click, never dragged.
            item->setToolTip(e.toolTip);
            item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
            item->setIcon(QIcon(QPixmap::fromImage(documentIcon(kThumbnailSize))));
            continue;
        }
        if (e.warning) {
            item->setToolTip(e.toolTip);
            item->setForeground(Viewport::warningColor());
        }
        QPixmap placeholder(kThumbnailSize, kThumbnailSize);
        placeholder.fill(QColor(40, 40, 40));
        item->setIcon(QIcon(placeholder));
        // The thumbnail of the middle slice, off the GUI thread (cached per series in the cache).
        runThen(
            m_strip, Executor::Jobs,
            [file = e.file, seriesUid = e.seriesUid, dataDir = e.dataDir] {
                Result<QImage> image = dataDir.isEmpty() ? imaging::ThumbnailRenderer::render(file)
                                                         : imaging::ThumbnailRenderer::thumbnail(dataDir, seriesUid, file, 128);
                return image.ok() ? imaging::ThumbnailRenderer::fitted(image.value(), kThumbnailSize) : QImage();
            },
            [strip = m_strip, key = e.key](const QImage &fitted) {
                if (fitted.isNull())
                    return;
                for (int i = 0; i < strip->count(); ++i)
                    if (strip->item(i)->data(kKeyRole).toString() == key)
                        strip->item(i)->setIcon(QIcon(QPixmap::fromImage(fitted)));
            });
    }
}

void Viewer::setLayoutMode(Layout layout)
{
    m_layoutBeforeFallback.reset();
    m_layoutFromProtocol = false;   // the user's own from now on
    const bool changed = m_layout.preset() != layout;
    m_layout.setPreset(layout);
    for (QAction *a : m_layoutGroup->actions())
        if (a->objectName() == QStringLiteral("layout.") + layoutKey(layout))
            a->setChecked(true);
    arrangeViewports();
    if (changed || m_study)
        assignSeries();
    saveSettings();
}

bool Viewer::setLayoutCells(std::vector<LayoutCell> cells, std::vector<int> columnStretch)
{
    if (!m_layout.setCells(std::move(cells), std::move(columnStretch)))
        return false;
    m_layoutBeforeFallback.reset();
    // No preset is shown: uncheck the layout actions (an exclusive group keeps one checked).
    m_layoutGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    if (QAction *checked = m_layoutGroup->checkedAction())
        checked->setChecked(false);
    m_layoutGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    arrangeViewports();
    assignSeries();
    saveSettings();
    return true;
}

int Viewer::viewportCount() const { return m_layout.count(); }

void Viewer::arrangeViewports()
{
    for (Viewport *v : m_viewports) {
        m_gridLayout->removeWidget(v);
        v->hide();
    }
    for (int r = 0; r < m_gridLayout->rowCount(); ++r)
        m_gridLayout->setRowStretch(r, 0);
    for (int c = 0; c < m_gridLayout->columnCount(); ++c)
        m_gridLayout->setColumnStretch(c, 0);
    const auto &cells = m_layout.cells();
    m_gridLayout->removeWidget(m_volume3d);
    m_volume3d->hide();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const LayoutCell &c = cells[i];
        m_gridLayout->addWidget(m_viewports[i], c.row, c.column, c.rowSpan, c.columnSpan);
        m_viewports[i]->show();
        if (c.kind == ViewKind::Volume3D && m_volume3d->isHidden()) {
            // The 3D view lies over the cell's (empty) viewport.
            m_gridLayout->addWidget(m_volume3d, c.row, c.column, c.rowSpan, c.columnSpan);
            m_volume3d->show();
            m_volume3d->raise();
        }
        m_gridLayout->setRowStretch(c.row, 1);
        m_gridLayout->setColumnStretch(c.column, m_layout.columnStretch(c.column));
    }
    if (m_active >= int(cells.size()))
        setActiveViewport(0);
    m_gridLayout->activate();
}

void Viewer::assignSeries()
{
    m_cine->stop();
    if (m_cineAction)
        m_cineAction->setChecked(false);
    if (!m_study || m_currentStack < 0) {
        for (Viewport *v : m_viewports)
            v->clear();
        m_volume3d->clear();
        return;
    }
    fitLayoutToSeries();
    const int n = viewportCount();
    for (int i = n; i < kMaxViewports; ++i)
        m_viewports[std::size_t(i)]->clear();
    m_scrollSync.clear();
    // The current stack first; in MPR every plane (in its cell's orientation) and the native slices
    // beside them; in 1×2 beside a prior, its matching series; else the next series.
    std::vector<StackChoice> choices = SeriesAssignment::assign(m_layout, *m_study, m_currentStack, m_prior.get());
    // A hanging protocol's series, once, as the study opens and again as its prior comes (MPR and
    // 3D cells show the current one); a viewport waiting for the prior stays empty meanwhile.
    if (int(m_protocolStacks.size()) == n && !isMprLayout())
        for (int i = 0; i < n; ++i) {
            const StackChoice &protocol = m_protocolStacks[std::size_t(i)];
            if (m_layout.cell(i).kind == ViewKind::Slices && (protocol.stack >= 0 || protocol.prior))
                choices[std::size_t(i)] = protocol;
        }
    m_protocolStacks.clear();
    std::map<std::pair<bool, int>, std::shared_ptr<imaging::SeriesVolume>> opened;  // each stack opened once
    bool shown3d = false;
    for (int i = 0; i < n; ++i) {
        const StackChoice &choice = choices[std::size_t(i)];
        if (choice.stack < 0 || (choice.prior && !m_prior)) {
            m_viewports[std::size_t(i)]->clear();
            continue;
        }
        auto &series = opened[{choice.prior, choice.stack}];
        if (!series)
            series = openStack(choice.prior ? *m_prior : *m_study, choice.stack);
        const LayoutCell &cell = m_layout.cell(i);
        if (cell.kind == ViewKind::MprPlane)
            m_viewports[std::size_t(i)]->showMpr(series, m_mpr, cell.plane);
        else if (cell.kind == ViewKind::Slices)
            m_viewports[std::size_t(i)]->showStack(series, choice.slice);
        else {
            m_viewports[std::size_t(i)]->clear();   // a 3D cell: the 3D view lies over it
            if (!shown3d)
                m_volume3d->showSeries(series, isMprLayout() ? m_mpr : nullptr);
            shown3d = true;
        }
    }
    if (!shown3d)
        m_volume3d->clear();   // lets go of the volume
    // The MPR layout takes the crosshair, unless a measurement tool or the curved path tool is in
    // hand: a length to draw on the planes, a path half laid go on there (X takes the crosshair).
    const ToolHandler *inHand = activeViewport()->toolHandler();
    const bool ownTool = dynamic_cast<const MeasurementTool *>(inHand) || dynamic_cast<const CurvedPathTool *>(inHand);
    if (isMprLayout() && !ownTool)
        setTool(Viewport::Tool::Crosshair);
    else if (!isMprLayout() && !ownTool && m_toolGroup->checkedAction()
             && m_toolGroup->checkedAction()->data().toInt() == int(Viewport::Tool::Crosshair))
        setTool(Viewport::Tool::Browse);
    for (Viewport *v : m_viewports) {
        v->setOverlaysVisible(m_overlays->isChecked());
        v->setDicomOverlaysVisible(m_dicomOverlays->isChecked());
        v->setShuttersApplied(m_shutters->isChecked());
        v->setSegmentationsVisible(m_segmentations->isChecked());
        v->setMeasurementsVisible(m_measurementsShown->isChecked());
        v->setReportMarksShown(m_reportMarksShown->isChecked());
        v->setReferenceLinesVisible(m_references->isChecked());
    }
    if (m_sync->isChecked() && !isMprLayout())
        linkScrolling();
    applyFusion();
    updateKeyImageMark();
    updateReferences();
}

void Viewer::setFusion(const QString &key, double opacity)
{
    if (key != m_fusionKey)
        m_fusionDragged.reset();   // another series: its own scale
    m_fusionKey = key;
    m_fusionOpacity = std::clamp(opacity, 0.0, 1.0);
    applyFusion();
    if (const dicom::Stack *stack = m_fusionKey.isEmpty() ? nullptr : findStack(m_fusionKey, nullptr))
        emit statusMessage(tr("Fused: %1 (%2 %)").arg(stack->seriesDescription).arg(int(std::lround(m_fusionOpacity * 100))));
}

void Viewer::setFusionSuvScale(double top)
{
    m_fusionSuvTop = std::max(0.0, top);
    m_fusionDragged.reset();
    applyFusion();
}

void Viewer::applyFusion()
{
    const LoadedStudy *owner = nullptr;
    const dicom::Stack *stack = m_fusionKey.isEmpty() ? nullptr : findStack(m_fusionKey, &owner);
    std::shared_ptr<imaging::SeriesVolume> fused;
    QString frameOfReference;
    for (Viewport *v : m_viewports) {
        const auto series = v->series();
        const bool fits = stack && series && imaging::stackKey(series->stack()) != m_fusionKey
                          && !series->header(0).frameOfReferenceUid.isEmpty();
        if (fits && !fused) {
            fused = openStack(*owner, int(stack - owner->stacks.data()));
            if (!fused->isFullVolume()) {
                // Read slice by slice (larger than the memory budget): nothing to sample planes from.
                emit statusMessage(tr("Fusion needs the volume of %1: it is larger than the memory for decoded series "
                                      "(File → Settings → Viewer)")
                                       .arg(stack->seriesDescription));
                m_fusionKey.clear();
                applyFusion();
                return;
            }
            frameOfReference = fused->header(0).frameOfReferenceUid;
        }
        if (fits && series->header(0).frameOfReferenceUid == frameOfReference) {
            if (v->fusion() != fused)
                v->setFusion(fused);
            v->setFusionOpacity(m_fusionOpacity);
            // A dose: its isodoses and wash in the rainbow's colours.
            const bool dose = isDose(fused->header(0));
            v->setFusionColorMap(dose ? imaging::ColorMap::Pet : m_fusionMap);
            v->setFusionDose(dose ? std::optional(Viewport::DoseDisplay{prescriptionOf(*owner, fused->header(0)), m_isodoseLines, m_doseWash})
                                  : std::nullopt);
            // In SUVbw where the PET's header gives it: 0 to the chosen top.
            const double suv = fused->header(0).suvPerValue;
            if (m_fusionDragged) {   // dragged (Shift + right drag) in one of them: in all
                v->setFusionWindow(*m_fusionDragged, fusionWindowLabel(*m_fusionDragged, suv));
            } else if (m_fusionSuvTop > 0 && suv > 0 && !dose) {
                imaging::WindowLevel w;
                w.function = imaging::VoiFunction::LinearExact;
                w.width = m_fusionSuvTop / suv;
                w.center = w.width / 2;
                v->setFusionWindow(w, tr("SUV 0–%1").arg(m_fusionSuvTop));
            } else {
                v->setFusionWindow(std::nullopt);
            }
        } else if (v->fusion()) {
            v->setFusion(nullptr);
            v->setFusionDose(std::nullopt);
        }
    }
}

void Viewer::fillFusionMenu()
{
    m_fusionMenu->clear();
    // Each section a group of checkable choices.
    const auto choice = [this](QActionGroup *group, const QString &text, const QString &name, bool checked,
                               const std::function<void()> &chosen) {
        QAction *a = m_fusionMenu->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(checked);
        group->addAction(a);
        connect(a, &QAction::triggered, this, chosen);
        return a;
    };
    auto *series = new QActionGroup(m_fusionMenu);
    choice(series, tr("None"), QStringLiteral("fusion.none"), m_fusionKey.isEmpty(), [this] { setFusion({}, m_fusionOpacity); });
    const auto shown = activeViewport()->series();
    if (m_study && shown && !shown->header(0).frameOfReferenceUid.isEmpty()) {
        const QString frameOfReference = shown->header(0).frameOfReferenceUid;
        const QString shownKey = imaging::stackKey(shown->stack());
        for (std::size_t i = 0; i < m_study->stacks.size(); ++i) {
            const dicom::Stack &stack = m_study->stacks[i];
            const QString key = imaging::stackKey(stack);
            if (key == shownKey || !stack.isVolume() || m_study->firstHeader(int(i)).frameOfReferenceUid != frameOfReference)
                continue;
            choice(series, m_study->description(int(i)), QStringLiteral("fusion.") + key, key == m_fusionKey,
                   [this, key] { setFusion(key, m_fusionOpacity); });
        }
    }
    if (series->actions().size() == 1) {
        QAction *none = m_fusionMenu->addAction(tr("(no other volume of this frame of reference)"));
        none->setEnabled(false);
    }
    m_fusionMenu->addSeparator();
    auto *opacities = new QActionGroup(m_fusionMenu);
    for (int percent : {30, 50, 70, 100})
        choice(opacities, tr("Opacity %1 %").arg(percent), QStringLiteral("fusion.opacity.%1").arg(percent),
               std::lround(m_fusionOpacity * 100) == percent, [this, percent] { setFusion(m_fusionKey, percent / 100.0); });
    // The PET's scale: its own window, or SUVbw from 0 (where its header gives SUVbw).
    m_fusionMenu->addSeparator();
    const LoadedStudy *owner = nullptr;
    const dicom::Stack *fusedStack = m_fusionKey.isEmpty() ? nullptr : findStack(m_fusionKey, &owner);
    double suv = 0;
    if (fusedStack && owner)
        suv = owner->firstHeader(int(fusedStack - owner->stacks.data())).suvPerValue;
    if (fusedStack && owner && isDose(owner->firstHeader(int(fusedStack - owner->stacks.data())))) {
        // A dose: its lines and its wash, each on or off.
        const auto toggle = [this](const QString &text, const QString &name, bool *on) {
            QAction *a = m_fusionMenu->addAction(text);
            a->setObjectName(name);
            a->setCheckable(true);
            a->setChecked(*on);
            connect(a, &QAction::toggled, this, [this, on](bool checked) {
                *on = checked;
                applyFusion();
            });
        };
        toggle(tr("Isodose Lines"), QStringLiteral("fusion.isodoses"), &m_isodoseLines);
        toggle(tr("Dose Colour Wash"), QStringLiteral("fusion.wash"), &m_doseWash);
        return;
    }
    auto *scales = new QActionGroup(m_fusionMenu);
    const auto scale = [&](const QString &text, const QString &name, double top) {
        choice(scales, text, name, !m_fusionDragged && m_fusionSuvTop == top, [this, top] { setFusionSuvScale(top); })
            ->setEnabled(top == 0 || suv > 0);
    };
    scale(tr("Automatic Scale"), QStringLiteral("fusion.scale.auto"), 0);
    for (int top : {5, 7, 10})
        scale(tr("SUV 0–%1").arg(top), QStringLiteral("fusion.scale.suv%1").arg(top), top);
    // Its colours.
    m_fusionMenu->addSeparator();
    auto *maps = new QActionGroup(m_fusionMenu);
    for (imaging::ColorMap map : {imaging::ColorMap::HotIron, imaging::ColorMap::Pet})
        choice(maps, imaging::colorMapName(map), QStringLiteral("fusion.map.%1").arg(int(map)), m_fusionMap == map, [this, map] {
            m_fusionMap = map;
            applyFusion();
        });
}

void Viewer::fitLayoutToSeries()
{
    const dicom::Stack &stack = m_study->stacks[std::size_t(m_currentStack)];
    const bool volume = stack.isVolume();
    if (QAction *mpr = action(QStringLiteral("layout.mpr"))) {
        mpr->setEnabled(volume);
        mpr->setToolTip(volume ? QString() : tr("MPR needs a volume: a series of parallel slices with positions"));
    }
    if (!volume && isMprLayout()) {
        // MPR of one image (a scout, a radiograph) is two blank planes: show it in 2D instead.
        m_layoutBeforeFallback = m_layout;
        m_layout.setPreset(Layout::Single);
        for (QAction *a : m_layoutGroup->actions())
            a->setChecked(a->objectName() == QStringLiteral("layout.1x1"));
        arrangeViewports();
        const QString why = stack.slices.size() < 2 ? tr("it is a single image") : tr("its images have no position or orientation");
        emit statusMessage(tr("%1: shown in 2D, not in MPR (%2)").arg(m_study->description(m_currentStack), why));
    } else if (volume && m_layoutBeforeFallback) {
        m_layout = *m_layoutBeforeFallback;
        m_layoutBeforeFallback.reset();
        for (QAction *a : m_layoutGroup->actions())
            a->setChecked(m_layout.preset() && a->objectName() == QStringLiteral("layout.") + layoutKey(*m_layout.preset()));
        arrangeViewports();
    }
}

// --- viewports -------------------------------------------------------------------------------

void Viewer::connectViewport(int index)
{
    Viewport *v = m_viewports[std::size_t(index)];
    connect(v, &Viewport::activated, this, [this, index] { setActiveViewport(index); });
    connect(v, &Viewport::sliceChanged, this, [this, index] {
        if (!m_syncing && m_sync->isChecked())
            syncFrom(index);
        if (isMprLayout() && index == m_layout.indexOf(ViewKind::Slices) && !m_syncing)
            syncMprFromStack(index);
        updateKeyImageMark();
        updateReferences();
    });
    connect(v, &Viewport::imageChanged, this, &Viewer::updateReferences);
    connect(v, &Viewport::windowChanged, this, [this, index](const imaging::WindowLevel &w) {
        // MPR planes of one volume share their window. With View → Synchronize Window/Level with
        // the Prior, a CT's window goes to the CTs of the other study beside it (HU in both: a
        // lung window on the current study is one on its prior); series of one study keep their
        // own (a lung-kernel series beside a soft-tissue one), as does one series shown twice
        // outside MPR (lung and mediastinum side by side). A file's own VOI LUT stays with its
        // series; each keeps its own inversion.
        if (m_syncing)
            return;
        const Viewport *source = m_viewports[std::size_t(index)];
        if (!source->series())
            return;
        const auto isCt = [](const Viewport *x) {
            return x->series() && !x->series()->isColor() && x->series()->header(0).modality == QLatin1String("CT");
        };
        m_syncing = true;
        for (int i = 0; i < viewportCount(); ++i) {
            Viewport *other = m_viewports[std::size_t(i)];
            if (i == index || !other->series())
                continue;
            if (other->series() == source->series()) {
                if (isMprLayout())
                    other->setWindow(w);
            } else if (m_syncWindow->isChecked() && !w.table && isCt(source) && isCt(other)
                       && other->series()->header(0).studyInstanceUid != source->series()->header(0).studyInstanceUid) {
                imaging::WindowLevel shared = w;
                shared.inverted = other->window().inverted;
                other->setWindow(shared);
            }
        }
        m_syncing = false;
    });
    connect(v, &Viewport::stackDropped, this, [this, index](const QString &key) { showStackIn(index, key); });
    connect(v, &Viewport::fusionWindowDragged, this, [this](const imaging::WindowLevel &w) {
        m_fusionDragged = w;
        applyFusion();
    });
    connect(v, &Viewport::pointLocated, this, [this, index](const imaging::Vec3 &point) { locateFrom(index, point); });
    connect(v, &Viewport::locateCleared, this, [this] {
        for (Viewport *other : m_viewports)
            other->clearLocated();
    });
    connect(v, &Viewport::doubleClicked, this, [this, index] {
        // Double-click: that viewport alone (1×1), and back.
        if (isMprLayout() && index != 0) {
            // Swap the plane into the big viewport.
            const PlaneOrientation big = m_viewports[0]->mprPlane();
            Viewport *small = m_viewports[std::size_t(index)];
            if (small->mode() == Viewport::Mode::Mpr) {
                const PlaneOrientation p = small->mprPlane();
                m_viewports[0]->showMpr(small->series(), m_mpr, p);
                small->showMpr(m_viewports[0]->series(), m_mpr, big);
                updateReferences();
            }
        }
    });
}

void Viewer::setActiveViewport(int index)
{
    m_active = std::clamp(index, 0, kMaxViewports - 1);
    for (int i = 0; i < kMaxViewports; ++i)
        m_viewports[std::size_t(i)]->setActive(i == m_active && viewportCount() > 1);
    Viewport *v = activeViewport();
    if (m_colorGroup)
        for (QAction *a : m_colorGroup->actions())
            a->setChecked(a->objectName() == QStringLiteral("color.%1").arg(int(v->colorMap())));
    fillPresetMenu();
    updateKeyImageMark();
}

ScrollSyncModel::Stacks Viewer::syncStacks() const
{
    ScrollSyncModel::Stacks stacks(static_cast<std::size_t>(viewportCount()));
    for (int i = 0; i < viewportCount(); ++i) {
        const Viewport *v = m_viewports[std::size_t(i)];
        if (v->mode() != Viewport::Mode::Stack || !v->series())
            continue;
        SyncStack s;
        s.series = v->series().get();
        s.frameOfReference = v->series()->header(0).frameOfReferenceUid;
        s.origins = sliceOrigins(*v->series());
        s.normal = v->series()->sliceGeometry(v->slice()).normal();
        s.slice = v->slice();
        stacks[std::size_t(i)] = std::move(s);
    }
    return stacks;
}

void Viewer::linkScrolling()
{
    // Series of the active one's frame of reference scroll to the same positions; others (a prior)
    // keep the distance they have now.
    m_scrollSync.link(m_active, syncStacks());
    syncFrom(m_active);
}

void Viewer::syncFrom(int index)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (const auto &[viewport, slice] : m_scrollSync.follow(index, syncStacks()))
        m_viewports[std::size_t(viewport)]->setSlice(slice);
    m_syncing = false;
}

void Viewer::stepSeries(int step)
{
    Viewport *v = activeViewport();
    if (!m_study || m_study->stacks.empty() || !v->series())
        return;
    const int count = int(m_study->stacks.size());
    // Where the active viewport's series stands in the study (a prior's series: from the current one).
    int at = m_currentStack;
    for (int s = 0; s < count; ++s)
        if (imaging::stackKey(m_study->stacks[std::size_t(s)]) == imaging::stackKey(v->series()->stack()))
            at = s;
    for (int k = 1; k < count; ++k) {
        const int next = ((at + step * k) % count + count) % count;
        const dicom::Stack &stack = m_study->stacks[std::size_t(next)];
        if (isMprLayout() && !stack.isVolume() && v->mode() == Viewport::Mode::Mpr)
            continue;   // MPR goes on to the next volume
        showStackIn(m_active, imaging::stackKey(stack));
        return;
    }
}

QString Viewer::protocolSeriesName(const dicom::Stack &stack)
{
    // A volume of a series of several by its label too ("AX DWI (b 1000)"): a protocol puts b 1000
    // where it was saved, and a pattern "*DWI*" still fits every volume.
    const QString description = stack.seriesDescription.trimmed();
    return stack.volumeLabel.isEmpty() ? description : QStringLiteral("%1 (%2)").arg(description, stack.volumeLabel);
}

QStringList Viewer::protocolSeriesNames(const LoadedStudy &study)
{
    QStringList names;
    for (const dicom::Stack &stack : study.stacks)
        names << protocolSeriesName(stack);
    return names;
}

void Viewer::hangByProtocol()
{
    const bool hadProtocolLayout = m_layoutFromProtocol;
    m_protocol.reset();
    m_protocolStacks.clear();
    m_protocolAwaitsPrior = false;
    m_layoutFromProtocol = false;
    QStringList modalities;
    for (const dicom::Stack &stack : m_study->stacks)
        modalities << stack.modality;
    const bool keep = std::exchange(m_keepLayoutOnce, false);
    if (keep)
        return;   // a layout asked for by name
    if (m_currentStack >= 0 && m_protocolsApplied->isChecked())
        m_protocol = HangingProtocols::match(HangingProtocols::load(), modalities, m_study->firstHeader(m_currentStack).studyDescription);
    std::optional<Layout> layout = m_protocol ? LayoutModel::fromKey(m_protocol->layout) : std::nullopt;
    if (layout) {
        const std::vector<LayoutCell> cells = LayoutModel::presetCells(*layout);
        const bool slices = std::all_of(cells.begin(), cells.end(), [](const LayoutCell &c) { return c.kind == ViewKind::Slices; });
        // A protocol that compares opens the prior with the study — one of the same kind of images
        // (a CT chest is not compared with a brain MR) —; its viewports wait for it.
        m_protocolAwaitsPrior = slices && m_protocol->comparesPrior() && !m_study->priorStudyUid.isEmpty() && m_study->priorSharesModality;
        m_protocolStacks = HangingProtocols::assign(*m_protocol, protocolSeriesNames(*m_study), int(cells.size()));
        if (m_protocolAwaitsPrior)
            for (int i = 0; i < int(cells.size()); ++i)
                if (m_protocol->fromPrior(i))
                    m_protocolStacks[std::size_t(i)] = StackChoice{true, -1};
        if (!m_protocolStacks.empty() && !m_protocolStacks.front().prior && m_protocolStacks.front().stack >= 0)
            m_currentStack = m_protocolStacks.front().stack;
        m_layoutFromProtocol = true;
    } else if (hadProtocolLayout) {
        // The study before was laid out by a protocol: this one opens in the user's own layout.
        layout = layoutFromKey(QSettings().value(QStringLiteral("viewer/layout")).toString()).value_or(Layout::Single);
    } else {
        return;
    }
    m_layoutBeforeFallback.reset();
    m_layout.setPreset(*layout);
    for (QAction *a : m_layoutGroup->actions())
        a->setChecked(a->objectName() == QStringLiteral("layout.") + layoutKey(*layout));
    arrangeViewports();
}

void Viewer::hangProtocolSeries()
{
    if (!m_protocol || !m_study || !m_layoutFromProtocol)
        return;   // the user has laid the screen out since
    const QStringList priorNames = m_prior ? protocolSeriesNames(*m_prior) : QStringList();
    const std::vector<StackChoice> choices =
        HangingProtocols::assign(*m_protocol, protocolSeriesNames(*m_study), viewportCount(), m_prior ? &priorNames : nullptr);
    // Only the viewports that waited: the study's own keep the slice, zoom and window the reader
    // has given them meanwhile.
    for (int i = 0; i < viewportCount(); ++i) {
        Viewport *v = m_viewports[std::size_t(i)];
        const StackChoice &choice = choices[std::size_t(i)];
        if (v->series() || m_layout.cell(i).kind != ViewKind::Slices || choice.stack < 0)
            continue;
        v->showStack(openStack(choice.prior ? *m_prior : *m_study, choice.stack));
        m_scrollSync.clear(i);
    }
    updateKeyImageMark();
    updateReferences();
}

QString Viewer::fuseByProtocol()
{
    if (!m_protocol || !m_layoutFromProtocol || !m_protocol->fusion || m_currentStack < 0)
        return {};
    // The first volume of the shown series' frame of reference whose description the pattern fits.
    const QString frameOfReference = m_study->firstHeader(m_currentStack).frameOfReferenceUid;
    const QString shownKey = imaging::stackKey(m_study->stacks[std::size_t(m_currentStack)]);
    for (int i = 0; i < int(m_study->stacks.size()) && !frameOfReference.isEmpty(); ++i) {
        const dicom::Stack &stack = m_study->stacks[std::size_t(i)];
        const QString key = imaging::stackKey(stack);
        if (key == shownKey || !stack.isVolume() || m_study->firstHeader(i).frameOfReferenceUid != frameOfReference
            || !descriptionMatches(m_protocol->fusion->series, stack.seriesDescription))
            continue;
        m_fusionKey = key;
        m_fusionOpacity = m_protocol->fusion->opacity;
        m_fusionSuvTop = m_protocol->fusion->suvTop;
        m_fusionMap = m_protocol->fusion->colorMap;
        m_fusionDragged.reset();
        applyFusion();
        return m_fusionKey.isEmpty() ? QString() : stack.seriesDescription;   // empty: too large to fuse (said)
    }
    return {};
}

void Viewer::fillProtocolMenu()
{
    m_protocolMenu->clear();
    const std::optional<HangingProtocol> shown = protocolOfScreen();
    QAction *save = m_protocolMenu->addAction(shown ? tr("&Save This Layout for %1").arg(shown->name())
                                                    : tr("&Save This Layout for the Study's Kind"));
    save->setObjectName(QStringLiteral("protocol.save"));
    save->setEnabled(shown.has_value());
    connect(save, &QAction::triggered, this, &Viewer::saveProtocol);
    QAction *forget = m_protocolMenu->addAction(m_protocol ? tr("&Forget %1").arg(m_protocol->name()) : tr("&Forget the Protocol"));
    forget->setObjectName(QStringLiteral("protocol.forget"));
    forget->setEnabled(m_protocol.has_value());
    connect(forget, &QAction::triggered, this, [this] {
        if (!m_protocol)
            return;
        HangingProtocols::save(HangingProtocols::remove(HangingProtocols::load(), m_protocol->modality, m_protocol->studyDescription));
        emit statusMessage(tr("Hanging protocol %1 forgotten").arg(m_protocol->name()));
        m_protocol.reset();
    });
    m_protocolMenu->addSeparator();
    m_protocolMenu->addAction(m_protocolsApplied);
}

std::optional<HangingProtocol> Viewer::protocolOfScreen() const
{
    if (!m_study || m_currentStack < 0 || !m_layout.preset())
        return std::nullopt;   // no study, or a grid of one's own
    HangingProtocol p;
    p.modality = m_study->stacks[std::size_t(m_currentStack)].modality;
    p.studyDescription = m_study->firstHeader(m_currentStack).studyDescription.trimmed();
    p.layout = layoutKey(*m_layout.preset());
    for (int i = 0; i < viewportCount(); ++i) {
        const Viewport *v = m_viewports[std::size_t(i)];
        const bool shown = v->series() && m_layout.cell(i).kind != ViewKind::Volume3D;
        p.series << (shown ? protocolSeriesName(v->series()->stack()) : QString());
        p.prior << (shown && m_prior && v->series()->header(0).studyInstanceUid == m_prior->studyUid);
    }
    if (!p.comparesPrior())
        p.prior.clear();
    const LoadedStudy *owner = nullptr;
    if (const dicom::Stack *fused = m_fusionKey.isEmpty() ? nullptr : findStack(m_fusionKey, &owner); fused && owner == m_study.get())
        p.fusion = ProtocolFusion{fused->seriesDescription.trimmed(), m_fusionOpacity, m_fusionSuvTop, m_fusionMap};
    return p;
}

void Viewer::saveProtocol()
{
    const std::optional<HangingProtocol> p = protocolOfScreen();
    if (!p)
        return;
    HangingProtocols::save(HangingProtocols::put(HangingProtocols::load(), *p));
    m_protocol = p;
    emit statusMessage(p->comparesPrior() ? tr("Hanging protocol %1 saved: %2, with the prior study").arg(p->name(), layoutName(*m_layout.preset()))
                                          : tr("Hanging protocol %1 saved: %2").arg(p->name(), layoutName(*m_layout.preset())));
}

void Viewer::locateFrom(int index, const imaging::Vec3 &point)
{
    const Viewport *source = m_viewports[std::size_t(index)];
    if (source->series())
        locateAt(source->series()->header(0).frameOfReferenceUid, point, index);
}

void Viewer::locateAt(const QString &frame, const imaging::Vec3 &point, int source)
{
    if (m_syncing || frame.isEmpty())
        return;   // no frame of reference: no point is known to be the same elsewhere
    // Scroll sync stays out of it: each viewport goes to its own slice through the point.
    m_syncing = true;
    bool mprMoved = false;
    for (int i = 0; i < viewportCount(); ++i) {
        Viewport *v = m_viewports[std::size_t(i)];
        if (i == source || !v->series() || v->series()->header(0).frameOfReferenceUid != frame)
            continue;
        if (v->mode() == Viewport::Mode::Mpr && !mprMoved && m_mpr->isValid()) {
            m_mpr->setCenter(point);   // the planes through the point (the source's own contains it)
            mprMoved = true;
        }
        v->locate(point);
    }
    m_syncing = false;
    updateReferences();
}

void Viewer::syncMprFromStack(int index)
{
    Viewport *stack = m_viewports[std::size_t(index)];
    if (!m_mpr->isValid() || !stack->series())
        return;
    m_syncing = true;
    const auto g = stack->series()->sliceGeometry(stack->slice());
    const imaging::Vec3 n = g.normal();
    const imaging::Vec3 c = m_mpr->center();
    const double delta = dot(g.origin, n) - dot(c, n);
    m_mpr->setCenter({c[0] + delta * n[0], c[1] + delta * n[1], c[2] + delta * n[2]});
    m_syncing = false;
}

void Viewer::updateReferences()
{
    const int n = viewportCount();
    std::vector<ReferenceView> views(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const Viewport *v = m_viewports[std::size_t(i)];
        ReferenceView &r = views[std::size_t(i)];
        if (!v->series())
            continue;
        r.hasSeries = true;
        r.frameOfReference = v->series()->header(0).frameOfReferenceUid;
        r.mpr = v->mode() == Viewport::Mode::Mpr;
        r.plane = v->mprPlane();
        r.target = v->targetGeometry();
    }
    auto lines = ReferenceLines::compute(views);
    for (int i = 0; i < n; ++i)
        m_viewports[std::size_t(i)]->setReferences(std::move(lines[std::size_t(i)]));
}

// --- window presets --------------------------------------------------------------------------

void Viewer::fillPresetMenu()
{
    if (!m_presetMenu)
        return;
    for (QAction *a : m_presetMenu->actions()) {
        removeAction(a);
        delete a;
    }
    m_presetMenu->clear();
    Viewport *v = activeViewport();
    if (!v || !v->series()) {
        m_presetMenu->setEnabled(false);
        return;
    }
    m_presetMenu->setEnabled(true);
    const dicom::DicomHeader &h = v->series()->header(0);
    const std::vector<WindowPresetEntry> entries = WindowPresetList::forSeries(h.modality, h.pixel);
    for (int i = 0; i < int(entries.size()); ++i) {
        const WindowPresetEntry &e = entries[std::size_t(i)];
        QAction *a = m_presetMenu->addAction(e.text);
        a->setObjectName(QStringLiteral("preset.") + e.preset.id);
        a->setToolTip(e.preset.source);
        if (!e.shortcut.isEmpty())
            a->setShortcut(QKeySequence(e.shortcut));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { applyPreset(i); });
    }
}

void Viewer::applyPreset(int index)
{
    Viewport *v = activeViewport();
    if (!v->series())
        return;
    imaging::WindowLevel w;
    if (index < 0) {
        // Automatic: from the histogram of the slice on screen, or in MPR of the whole volume.
        const QString modality = v->series()->header(0).modality;
        if (v->mode() == Viewport::Mode::Stack) {
            if (!v->hasImage() || v->series()->isColor())
                return;
            w = v->automaticWindow();   // what is seen: a display shutter's border left out
        } else if (auto vol = v->series()->volume()) {
            w = imaging::autoWindow(*vol, modality, imaging::autoWindowOptions(v->series()->header(0).pixel), v->window());
        } else {
            return;  // the volume is not in yet
        }
    } else {
        const dicom::DicomHeader &h = v->series()->header(0);
        const auto presets = imaging::presetsFor(h.modality, h.pixel);
        if (index >= int(presets.size()))
            return;
        w = presets[std::size_t(index)].window;
    }
    w.inverted = v->window().inverted;
    v->setWindow(w);
    if (w.table)
        emit statusMessage(tr("The file's VOI LUT (%1 entries)").arg(w.table->data.size()));
    else
        emit statusMessage(tr("Window %1 / level %2").arg(std::lround(w.width)).arg(std::lround(w.center)));
}

// --- cine --------------------------------------------------------------------------------------

void Viewer::setCineFramesPerSecond(int fps)
{
    fps = std::clamp(fps, 1, 60);
    m_cineClipRate = false;   // the user's rate from now on
    if (m_cineFps->value() != fps)
        m_cineFps->setValue(fps);
    m_cine->setInterval(int(std::lround(1000.0 / fps)));
    saveSettings();
}

void Viewer::setCineRunning(bool running)
{
    m_cineAction->setChecked(running);
    m_cineShown.clear();
    m_cineShownLabel->clear();
    if (running) {
        m_cine->setTimerType(Qt::PreciseTimer);
        m_cine->setInterval(int(std::lround(1000.0 / std::max(1, m_cineFps->value()))));
        m_cineClock.start();
        m_cine->start();
    } else {
        m_cine->stop();
    }
}

bool Viewer::isCineRunning() const { return m_cine->isActive(); }

int Viewer::cineFramesPerSecond() const { return m_cineFps->value(); }

int Viewer::cineIntervalMs() const { return m_cine->interval(); }

double Viewer::cineFramesPerSecondShown() const
{
    if (!m_cine->isActive() || m_cineShown.size() < 3)
        return 0;
    const double seconds = double(m_cineShown.back() - m_cineShown.front()) / 1000.0;
    return seconds > 0 ? double(m_cineShown.size() - 1) / seconds : 0;
}

void Viewer::takeClipRate()
{
    Viewport *v = activeViewport();
    if (!v->series() || v->sliceCount() < 2)
        return;
    const double rate = v->series()->header(0).framesPerSecond;
    if (rate <= 0)
        return;
    const QSignalBlocker quiet(m_cineFps);   // the clip's rate, not the user's setting
    m_cineFps->setValue(std::clamp(int(std::lround(rate)), 1, 60));
    m_cine->setInterval(int(std::lround(1000.0 / m_cineFps->value())));
    m_cineClipRate = true;
}

void Viewer::noteCineFrame()
{
    // What was really shown, over the last two seconds, for the toolbar.
    const qint64 now = m_cineClock.elapsed();
    m_cineShown.push_back(now);
    while (m_cineShown.size() > 2 && now - m_cineShown.front() > 2000)
        m_cineShown.pop_front();
    if (const double shown = cineFramesPerSecondShown(); shown > 0)
        m_cineShownLabel->setText(tr("%1 fps shown").arg(shown, 0, 'f', 1));
}

std::vector<int> Viewer::volumesOf(const dicom::Stack &shown) const
{
    // The volumes of its series (they share the positions, slice for slice), in their order.
    std::vector<int> volumes;
    if (!m_study)
        return volumes;
    for (int s = 0; s < int(m_study->stacks.size()); ++s) {
        const dicom::Stack &stack = m_study->stacks[std::size_t(s)];
        if (stack.seriesInstanceUid == shown.seriesInstanceUid && stack.volumeCount == shown.volumeCount
            && stack.slices.size() == shown.slices.size())
            volumes.push_back(s);
    }
    std::sort(volumes.begin(), volumes.end(), [this](int a, int b) {
        return m_study->stacks[std::size_t(a)].volumeIndex < m_study->stacks[std::size_t(b)].volumeIndex;
    });
    return volumes;
}

std::vector<int> Viewer::phaseStacks(const dicom::Stack &shown) const
{
    return shown.volumeCount >= 2 ? volumesOf(shown) : phasesOf(shown);
}

const dicom::Stack *Viewer::shownStudyStack() const
{
    const Viewport *v = m_viewports[std::size_t(m_active)];
    if (!m_study || !v->series() || v->mode() != Viewport::Mode::Stack)
        return nullptr;
    const LoadedStudy *owner = nullptr;
    const dicom::Stack *stack = findStack(imaging::stackKey(v->series()->stack()), &owner);
    return owner == m_study.get() ? stack : nullptr;
}

const dicom::Stack *Viewer::shownClip() const
{
    const dicom::Stack *stack = shownStudyStack();
    if (!stack || stack->slices.size() < 2 || (stack->modality != QLatin1String("XA") && stack->modality != QLatin1String("RF")))
        return nullptr;
    const int file = stack->slices.front().header;
    const bool oneFile = std::all_of(stack->slices.begin(), stack->slices.end(), [file](const dicom::SliceRef &s) { return s.header == file; });
    return oneFile && !imaging::isColorStack(*stack, m_study->headers[std::size_t(file)]) ? stack : nullptr;
}

const Viewer::ShownSubtraction *Viewer::shownSubtraction() const
{
    const auto it = m_subtractions.find(m_active);
    const Viewport *v = m_viewports[std::size_t(m_active)];
    if (it == m_subtractions.end() || !v->series() || it->second.series.lock() != v->series())
        return nullptr;   // none, or the viewport shows something else since
    return &it->second;
}

std::optional<Viewer::ClipMask> Viewer::clipMask() const
{
    const ShownSubtraction *shown = shownSubtraction();
    return shown ? shown->clip : std::nullopt;
}

void Viewer::showDifference(const dicom::Stack &difference, std::shared_ptr<const imaging::SubtractionMask> mask, ShownSubtraction shown)
{
    Viewport *v = activeViewport();
    const int slice = v->slice();
    auto series = m_cache->openSubtraction(difference, m_study->headers, std::move(mask), slice);
    v->showStack(series, slice, true);
    m_scrollSync.clear(m_active);
    shown.series = series;
    m_subtractions[m_active] = std::move(shown);
}

bool Viewer::showClipSubtraction(std::vector<int> frames, std::array<double, 2> shift)
{
    const dicom::Stack *clip = shownClip();
    if (!clip) {
        emit statusMessage(tr("Digital subtraction takes an angiography or fluoroscopy run (XA, RF) shown in 2D"));
        return false;
    }
    const int count = int(clip->slices.size());
    if (frames.empty() || std::any_of(frames.begin(), frames.end(), [count](int f) { return f < 0 || f >= count; })) {
        emit statusMessage(tr("The mask's frames are not in the run"));
        return false;
    }
    auto m = maskFrom(*clip, m_study->headers);
    m->frames = frames;
    m->shift = shift;
    // The mask's frames named as the overlay counts them (from 1).
    QStringList names;
    for (int f : frames)
        names << QString::number(f + 1);
    dicom::Stack difference = *clip;
    difference.volumeLabel = frames.size() == 1 ? tr("DSA, mask frame %1").arg(names.first()) : tr("DSA, mask frames %1 averaged").arg(names.join(QStringLiteral(", ")));
    if (shift != std::array<double, 2>{0, 0})
        difference.volumeLabel += tr(", shifted %1, %2 px").arg(shift[0]).arg(shift[1]);
    showDifference(difference, std::move(m), ShownSubtraction{{}, -1, ClipMask{std::move(frames), shift}});
    emit statusMessage(difference.volumeLabel);
    return true;
}

bool Viewer::shiftClipMask(double dx, double dy)
{
    const std::optional<ClipMask> mask = clipMask();
    if (!mask) {
        emit statusMessage(tr("Pixel shift moves the mask of a subtracted run (View → Subtraction)"));
        return false;
    }
    return showClipSubtraction(mask->frames, {mask->shift[0] + dx, mask->shift[1] + dy});
}

void Viewer::subtractClipsAsRecommended(int only)
{
    const int active = m_active;
    for (int i = 0; i < int(m_viewports.size()); ++i) {
        if (only >= 0 && i != only)
            continue;
        m_active = i;
        const dicom::Stack *clip = shownClip();
        if (!clip || clipMask())
            continue;
        const dicom::DicomHeader &h = m_study->headers[std::size_t(clip->slices.front().header)];
        if (std::vector<int> frames = recordedMask(h); h.recommendedViewingMode == QLatin1String("SUB") && !frames.empty())
            showClipSubtraction(std::move(frames), h.maskSubtraction->shift);
    }
    m_active = active;
}

int Viewer::subtractionMask() const
{
    const ShownSubtraction *shown = shownSubtraction();
    return shown ? shown->phase : -1;
}

bool Viewer::showSubtraction(int mask)
{
    const dicom::Stack *target = shownStudyStack();
    if (!target) {
        emit statusMessage(tr("Subtraction takes a series of the study shown in 2D"));
        return false;
    }
    const int targetIndex = int(target - m_study->stacks.data());
    if (mask < 0) {
        Viewport *v = activeViewport();
        v->showStack(openStack(*m_study, targetIndex), v->slice(), true);
        m_scrollSync.clear(m_active);
        m_subtractions.erase(m_active);
        emit statusMessage(tr("Subtraction off: %1").arg(m_study->description(targetIndex)));
        return true;
    }
    if (mask >= int(m_study->stacks.size()) || mask == targetIndex || !imaging::canSubtract(*target, m_study->stacks[std::size_t(mask)])) {
        emit statusMessage(tr("That series cannot be subtracted from this one: another size, or its slices lie elsewhere"));
        return false;
    }
    dicom::Stack difference = *target;
    difference.volumeLabel = tr("%1 − %2").arg(phaseName(*target), phaseName(m_study->stacks[std::size_t(mask)]));
    showDifference(difference, maskFrom(m_study->stacks[std::size_t(mask)], m_study->headers), ShownSubtraction{{}, mask, std::nullopt});
    emit statusMessage(tr("Subtraction: %1").arg(difference.volumeLabel));
    return true;
}

void Viewer::fillSubtractionMenu()
{
    m_subtractionMenu->clear();
    auto *group = new QActionGroup(m_subtractionMenu);
    const auto choice = [&](const QString &text, const QString &name, bool checked, const std::function<void()> &chosen) {
        QAction *a = m_subtractionMenu->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(checked);
        group->addAction(a);
        connect(a, &QAction::triggered, this, chosen);
    };
    const int current = subtractionMask();
    const std::optional<ClipMask> clip = clipMask();
    choice(tr("None"), QStringLiteral("subtraction.none"), current < 0 && !clip, [this] { showSubtraction(-1); });
    if (const dicom::Stack *run = shownClip()) {
        // An angiography run less its mask: the clip's own, its first frame, or the frame shown.
        const auto maskChoice = [&](const QString &text, const QString &name, const std::vector<int> &frames) {
            choice(text, name, clip && clip->frames == frames, [this, frames] { showClipSubtraction(frames); });
        };
        if (const std::vector<int> frames = recordedMask(m_study->headers[std::size_t(run->slices.front().header)]); !frames.empty()) {
            QStringList names;   // as the overlay counts frames, from 1
            for (int f : frames)
                names << QString::number(f + 1);
            maskChoice(names.size() == 1 ? tr("Less the Run's Mask (frame %1)").arg(names.first())
                                         : tr("Less the Run's Mask (frames %1 averaged)").arg(names.join(QStringLiteral(", "))),
                       QStringLiteral("subtraction.clip.recorded"), frames);
        }
        maskChoice(tr("Less the First Frame"), QStringLiteral("subtraction.clip.first"), {0});
        const int shown = activeViewport()->slice();
        maskChoice(tr("Less This Frame (%1)").arg(shown + 1), QStringLiteral("subtraction.clip.current"), {shown});
        m_subtractionMenu->addSeparator();
        for (QAction *a : m_clipShiftActions) {
            a->setEnabled(clip.has_value());
            m_subtractionMenu->addAction(a);
        }
        return;
    }
    if (const dicom::Stack *target = shownStudyStack())
        for (int phase : phaseStacks(*target)) {
            const dicom::Stack &stack = m_study->stacks[std::size_t(phase)];
            if (&stack != target && imaging::canSubtract(*target, stack))
                choice(tr("Less %1").arg(phaseName(stack)), QStringLiteral("subtraction.") + imaging::stackKey(stack), phase == current,
                       [this, phase] { showSubtraction(phase); });
        }
    if (group->actions().size() == 1) {
        QAction *none = m_subtractionMenu->addAction(tr("(no other phase of this series in 2D)"));
        none->setEnabled(false);
    }
}

std::vector<int> Viewer::phasesOf(const dicom::Stack &shown) const
{
    // Series of the same frame of reference and modality whose slices lie where `shown`'s do, one
    // for one (within 0.01 mm), in the order they were acquired (else by series number).
    std::vector<int> phases;
    if (!m_study || shown.slices.empty())
        return phases;
    const auto headerOf = [this](const dicom::Stack &s) -> const dicom::DicomHeader & { return m_study->headers[std::size_t(s.slices.front().header)]; };
    const QString frame = headerOf(shown).frameOfReferenceUid;
    if (frame.isEmpty())
        return phases;
    for (int s = 0; s < int(m_study->stacks.size()); ++s) {
        const dicom::Stack &stack = m_study->stacks[std::size_t(s)];
        if (stack.modality != shown.modality || headerOf(stack).frameOfReferenceUid != frame || stack.volumeCount != 1)
            continue;
        bool same = imaging::canSubtract(shown, stack);   // the same size, its slices where shown's lie
        for (std::size_t a = 0; a < 6; ++a)
            same = same && std::abs(stack.orientation[a] - shown.orientation[a]) <= 1e-4;
        if (same)
            phases.push_back(s);
    }
    const auto when = [&](int s) { return dicom::secondsOfDay(headerOf(m_study->stacks[std::size_t(s)]).acquisitionTime); };
    std::stable_sort(phases.begin(), phases.end(), [&](int a, int b) {
        const auto ta = when(a), tb = when(b);
        if (ta && tb && *ta != *tb)
            return *ta < *tb;
        return m_study->stacks[std::size_t(a)].seriesNumber < m_study->stacks[std::size_t(b)].seriesNumber;
    });
    return phases;
}

int Viewer::nextVolume(int step) const
{
    const Viewport *v = m_viewports[std::size_t(m_active)];
    if (!m_study || !v->series() || v->mode() != Viewport::Mode::Stack || v->series()->stack().volumeCount < 2)
        return -1;
    const dicom::Stack &shown = v->series()->stack();
    const std::vector<int> volumes = volumesOf(shown);
    if (volumes.size() < 2)
        return -1;
    const QString key = imaging::stackKey(shown);
    int at = 0;
    for (int i = 0; i < int(volumes.size()); ++i)
        if (imaging::stackKey(m_study->stacks[std::size_t(volumes[std::size_t(i)])]) == key)
            at = i;
    const int n = int(volumes.size());
    return volumes[std::size_t(((at + step) % n + n) % n)];
}

bool Viewer::stepVolume(int step)
{
    const int next = nextVolume(step);
    if (next < 0) {
        emit statusMessage(tr("Not a series of several volumes (echoes, b-values, time points)"));
        return false;
    }
    // The same slice: the volumes share their slices' positions.
    Viewport *v = activeViewport();
    v->showStack(openStack(*m_study, next), v->slice(), true);
    m_scrollSync.clear(m_active);
    const dicom::Stack &stack = m_study->stacks[std::size_t(next)];
    emit statusMessage(tr("Volume %1 of %2: %3").arg(stack.volumeIndex + 1).arg(stack.volumeCount)
                           .arg(stack.volumeLabel.isEmpty() ? stack.seriesDescription : stack.volumeLabel));
    return true;
}

void Viewer::advanceCine()
{
    Viewport *v = activeViewport();
    if (const int volume = m_cineVolumes->isChecked() ? nextVolume(1) : -1; volume >= 0) {
        // Through the volumes at the slice shown (a perfusion's time points, a cardiac cine's
        // phases); the next volume's slice must be decoded first, so the cine never shows a
        // blank picture.
        const auto next = openStack(*m_study, volume);
        if (!next->isSliceReady(v->slice()))
            return;
        v->showStack(next, v->slice(), true);
        m_scrollSync.clear(m_active);
        noteCineFrame();
        return;
    }
    if (v->mode() == Viewport::Mode::Stack) {
        // Loops; a slice still being decoded holds the cine rather than skipping it.
        if (!v->series() || !v->series()->isSliceReady(v->slice()))
            return;
        const int next = v->slice() + 1 >= v->sliceCount() ? 0 : v->slice() + 1;
        // A clip of varying rate at its own: the wait before each frame is its step.
        if (const std::vector<double> &steps = v->series()->header(0).frameTimesMs;
            m_cineClipRate && int(steps.size()) == v->sliceCount() && v->series()->header(0).pixel.frames == v->sliceCount()) {
            const double after = next + 1 < int(steps.size())
                                     ? steps[std::size_t(next + 1)]
                                     : std::accumulate(steps.begin() + 1, steps.end(), 0.0) / double(steps.size() - 1);
            m_cine->setInterval(std::max(1, int(std::lround(after))));
        }
        v->setSlice(next);
        noteCineFrame();
    } else if (v->mode() == Viewport::Mode::Mpr && m_mpr->isValid()) {
        const imaging::Vec3 before = m_mpr->center();
        v->scrollBy(1);
        if (m_mpr->center() == before) {
            // At the far face: back to the near one.
            m_mpr->scroll(v->mprPlane(), -1e6);
        }
    }
}

// --- time-intensity curve ----------------------------------------------------------------------

void Viewer::showTimeIntensityCurve()
{
    using measure::MeasurementKind;
    const measure::Measurement *m = m_measure->list()->find(m_measure->list()->selected());
    if (!m || (m->kind != MeasurementKind::Ellipse && m->kind != MeasurementKind::Polygon && m->kind != MeasurementKind::Freehand)) {
        emit statusMessage(tr("Select a region (an ellipse, polygon or freehand outline) on a series of several volumes"));
        return;
    }
    Viewport *v = activeViewport();
    // The phases: the volumes of a series of several, else the study's series whose slices lie
    // where this one's do (a dynamic series stored one series a phase).
    const std::vector<int> volumes = !m_study || v->mode() != Viewport::Mode::Stack || !v->series() ? std::vector<int>()
                                                                                                   : phaseStacks(v->series()->stack());
    if (volumes.size() < 2) {
        emit statusMessage(tr("A time–intensity curve needs a series of several volumes (the phases of a dynamic series)"));
        return;
    }
    // The slice the region lies on (as the linked cursor finds the slice through a point).
    const auto &series = v->series();
    std::vector<imaging::SliceGeometry> geometries;
    for (int k = 0; k < series->sliceCount(); ++k)
        geometries.push_back(series->sliceGeometry(k));
    const int slice = ScrollSyncModel::sliceThrough(geometries, m->points.front()).value_or(-1);
    if (slice < 0) {
        emit statusMessage(tr("The region does not lie on a slice of this series"));
        return;
    }
    // Each phase's slice, decoded (first asked for); the curve once all are in.
    auto phases = std::make_shared<std::vector<std::shared_ptr<imaging::SeriesVolume>>>();
    for (int volume : volumes)
        phases->push_back(openStack(*m_study, volume));
    const measure::Measurement region = *m;
    const QString title = tr("%1 on Se %2 %3 (image %4)")
                              .arg(measure::kindName(region.kind), QString::number(series->stack().seriesNumber),
                                   series->stack().seriesDescription.trimmed())
                              .arg(slice + 1);
    const QString unit = region.plane.valueUnit();
    auto done = std::make_shared<bool>(false);
    auto connections = std::make_shared<std::vector<QMetaObject::Connection>>();
    auto tryShow = [this, phases, slice, region, title, unit, done, connections] {
        if (*done)
            return;
        for (const auto &phase : *phases)
            if (!phase->isSliceReady(slice))
                return;
        *done = true;
        for (const QMetaObject::Connection &c : *connections)
            disconnect(c);
        std::vector<measure::PhaseSlice> slices;
        for (const auto &phase : *phases) {
            measure::PhaseSlice p;
            p.image.geometry = phase->sliceGeometry(slice);
            const auto values = phase->slice(slice);
            p.image.pixels.assign(values->begin(), values->end());
            p.acquisitionTime = phase->header(slice).acquisitionTime;
            p.label = phaseName(phase->stack());
            slices.push_back(std::move(p));
        }
        if (m_curveDialog)
            m_curveDialog->close();
        m_curveDialog = new TimeIntensityDialog(title, measure::timeIntensityCurve(region, slices), unit, region.plane.modality, this);
        m_curveDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_curveDialog->show();
        emit statusMessage(m_curveDialog->kineticsText());
        emit timeIntensityCurveShown();
    };
    for (const auto &phase : *phases) {
        connections->push_back(connect(phase.get(), &imaging::SeriesVolume::sliceReady, this, [tryShow](int) { tryShow(); }));
        phase->start();
        phase->prioritize(slice);
    }
    emit statusMessage(tr("Reading the region in %n phase(s)…", nullptr, int(phases->size())));
    tryShow();
}

TimeIntensityDialog *Viewer::timeIntensityDialog() const { return m_curveDialog; }

namespace {

/// The structure sets of `sets` in the frame of reference of `dose`.
std::vector<std::shared_ptr<const measure::StructureSet>> structuresOver(const std::vector<std::shared_ptr<const measure::StructureSet>> &sets,
                                                                          const dicom::DicomHeader &dose)
{
    std::vector<std::shared_ptr<const measure::StructureSet>> out;
    for (const auto &set : sets)
        if (set->frameOfReferenceUid == dose.frameOfReferenceUid)
            out.push_back(set);
    return out;
}

} // namespace

DoseVolumeDialog *Viewer::doseVolumeDialog() const { return m_doseVolumeDialog; }

void Viewer::updateDoseVolumeAction()
{
    const int dose = m_study ? measure::planDose(m_study->stacks, m_study->headers) : -1;
    m_doseVolumeAction->setEnabled(dose >= 0 && !structuresOver(m_studyStructures, m_study->firstHeader(dose)).empty());
}

bool Viewer::showDoseVolumeHistogram()
{
    const int which = m_study ? measure::planDose(m_study->stacks, m_study->headers) : -1;
    if (which < 0) {
        emit statusMessage(tr("The study has no RT Dose grid"));
        return false;
    }
    const dicom::DicomHeader &dose = m_study->firstHeader(which);
    auto sets = structuresOver(m_studyStructures, dose);
    if (sets.empty()) {
        emit statusMessage(tr("The study has no RT Structure Set in the dose's frame of reference"));
        return false;
    }
    const auto series = openStack(*m_study, which);
    if (!series->isFullVolume()) {
        emit statusMessage(tr("The dose–volume histogram needs the volume of %1: it is larger than the memory for decoded series "
                              "(File → Settings → Viewer)")
                               .arg(m_study->description(which)));
        return false;
    }
    DoseVolumeDialog::Plan plan;
    plan.structureSets = std::move(sets);
    plan.unit = dose.valueUnit;
    plan.prescription = prescriptionOf(*m_study, dose);
    plan.title = m_study->description(which);
    plan.studyInstanceUid = dose.studyInstanceUid;
    plan.dataDir = m_study->dataDir;
    // Once the dose is decoded (at once when it is fused already).
    auto done = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto tryShow = [this, series, plan, done, connection]() mutable {
        if (*done || !series->volume())
            return;
        *done = true;
        disconnect(*connection);
        plan.dose = series->volume();
        if (m_doseVolumeDialog)
            m_doseVolumeDialog->close();
        m_doseVolumeDialog = new DoseVolumeDialog(plan, this);
        m_doseVolumeDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_doseVolumeDialog->show();
        emit doseVolumeHistogramShown();
    };
    *connection = connect(series.get(), &imaging::SeriesVolume::volumeReady, this, tryShow);
    series->start();
    emit statusMessage(tr("Reading the dose of %1…").arg(plan.title));
    tryShow();
    return true;
}

// --- key images, export, prior ----------------------------------------------------------------

void Viewer::updateKeyImageMark()
{
    for (Viewport *v : m_viewports) {
        bool key = false;
        QString note;
        if (v->mode() == Viewport::Mode::Stack && v->series()) {
            const int frame = v->series()->stack().slices[std::size_t(v->slice())].frame;
            const KeyImageSet::Image image{v->series()->header(v->slice()).sopInstanceUid, frame};
            key = m_keyImages.contains(image);
            for (const auto &s : {m_study, m_prior})
                if (key && s && note.isEmpty())
                    if (const auto it = s->keyImageNotes.find(image); it != s->keyImageNotes.end())
                        note = it->second;
        }
        v->setKeyImage(key, note);
    }
}

void Viewer::toggleKeyImage()
{
    Viewport *v = activeViewport();
    if (v->mode() != Viewport::Mode::Stack || !v->series()) {
        emit statusMessage(tr("Key images are marked on the native slices (not on MPR planes)"));
        return;
    }
    const dicom::DicomHeader &h = v->series()->header(v->slice());
    const KeyImageSet::Image image{h.sopInstanceUid, v->series()->stack().slices[std::size_t(v->slice())].frame};
    // On screen at once; stored in the index in the background (the GUI thread never waits on disk).
    const bool mark = m_keyImages.toggle(image);
    updateKeyImageMark();
    emit statusMessage(mark ? tr("Image %1 marked as key image").arg(v->slice() + 1)
                            : tr("Image %1 is no longer a key image").arg(v->slice() + 1));
    m_keyImageQueue.post(
        [dataDir = m_dataDir, image, mark]() -> Status {
            auto service = store::StoreService::open(dataDir);
            if (!service.ok())
                return service.error();
            auto keyImages = service.value()->keyImages();
            if (!keyImages.ok())
                return keyImages.error();
            if (!mark)
                return keyImages.value()->removeKeyImage(image.first, image.second);
            store::KeyImage k;
            k.sopInstanceUid = image.first;
            k.frame = image.second;
            return keyImages.value()->setKeyImage(k);
        },
        [this, image, mark](const Status &done) {
            if (done.ok())
                return;
            // Not stored: the mark goes back to what the index holds.
            m_keyImages.revert(image, mark);
            updateKeyImageMark();
            emit statusMessage(tr("The key image could not be saved: %1").arg(done.error().message()));
        });
}

void Viewer::saveKeyImagesToStudy()
{
    if (!m_study || m_study->dataDir.isEmpty()) {
        emit statusMessage(tr("Key images are saved with studies of the local cache: import the study first"));
        return;
    }
    emit statusMessage(tr("Saving the key images to the study…"));
    m_keyImageQueue.post(
        [dataDir = m_dataDir, study = m_study->studyUid]() -> Result<measure::StoredKeyObjects> {
            auto cache = store::LocalCache::open(dataDir);
            if (!cache.ok())
                return cache.error();
            return measure::storeKeyObjectSelection(*cache.value(), study, {}, measure::currentAuthor());
        },
        [this](const Result<measure::StoredKeyObjects> &stored) {
            if (!stored.ok())
                emit statusMessage(tr("The key images could not be saved to the study: %1").arg(stored.error().message()));
            else
                emit statusMessage(tr("Key images saved to the study as a key object selection (%1 images)").arg(stored.value().images));
        });
}

Status Viewer::exportActiveViewport(const QString &path, bool annotations) const
{
    const QImage image = activeViewport()->exportImage(annotations);
    if (image.isNull())
        return Error(ErrorCode::InvalidArgument, path, tr("there is no image to export"));
    QImageWriter writer(path);
    if (path.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".jpeg"), Qt::CaseInsensitive))
        writer.setQuality(95);
    if (!writer.write(image))
        return Error(ErrorCode::IoError, path, writer.errorString());
    return {};
}

void Viewer::copyActiveViewport() const
{
    const QImage image = activeViewport()->exportImage(m_exportAnnotations->isChecked());
    if (image.isNull())
        return;
    QApplication::clipboard()->setImage(image);
}

void Viewer::exportDialog()
{
    if (activeViewport()->displayImage().isNull())
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("viewer/exportDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Image"), dir + QStringLiteral("/image.png"),
                                                      tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("viewer/exportDir"), QFileInfo(path).absolutePath());
    const Status s = exportActiveViewport(path, m_exportAnnotations->isChecked());
    emit statusMessage(s.ok() ? tr("Saved %1").arg(path) : s.error().message());
}

void Viewer::comparePrior()
{
    if (!m_study || m_currentStack < 0) {
        emit statusMessage(tr("Open a study first"));
        return;
    }
    if (m_study->priorStudyUid.isEmpty()) {
        const dicom::DicomHeader &h = m_study->firstHeader(m_currentStack);
        emit statusMessage(tr("No earlier study of %1 (%2) is in the local cache").arg(h.patientName.display(), h.patientId));
        return;
    }
    openPrior();
}

void Viewer::openPrior()
{
    StudyLoader *loader = StudyLoader::forStudy(m_dataDir, m_study->priorStudyUid);
    loader->setMarksRead(false);
    loadInto(loader, true);
}

void Viewer::sharePresentationStates()
{
    measure::PresentationStates states;
    QSet<QString> own;
    std::vector<std::shared_ptr<const measure::ReportMarks>> marks;
    for (const auto &s : {m_study, m_prior})
        if (s) {
            states.insert(states.end(), s->presentationStates.begin(), s->presentationStates.end());
            own.unite(s->ownPresentationStates);
            marks.insert(marks.end(), s->reportMarks.begin(), s->reportMarks.end());
        }
    states.insert(states.end(), m_savedStates.begin(), m_savedStates.end());
    for (const auto &saved : m_savedStates)
        own.insert(saved->sopInstanceUid());
    // And the segmentations (SEG) of both: each is drawn only on slices of its frame of reference.
    const std::vector<std::shared_ptr<const measure::Segmentation>> segmentations = allSegmentations();
    const std::vector<std::shared_ptr<const measure::StructureSet>> structures = allStructureSets();
    for (Viewport *v : m_viewports) {
        v->setPresentationStates(states);
        v->setOwnPresentationStates(own);
        v->setPresentationStatesApplied(m_applyStates->isChecked());
        v->setReportMarks(marks);
        v->setHiddenSegments(m_hiddenSegments);
        v->setSegmentations(segmentations, structures);
    }
    // The 3D view draws them as surfaces (those of its volume's frame of reference).
    m_volume3d->setHiddenSegments(m_hiddenSegments);
    m_volume3d->setSegmentations(segmentations, structures);
    fillSegmentsMenu(segmentations, structures);
}

std::vector<std::shared_ptr<const measure::Segmentation>> Viewer::allSegmentations() const
{
    std::vector<std::shared_ptr<const measure::Segmentation>> all = m_studySegmentations;
    all.insert(all.end(), m_priorSegmentations.begin(), m_priorSegmentations.end());
    return all;
}

std::vector<std::shared_ptr<const measure::StructureSet>> Viewer::allStructureSets() const
{
    std::vector<std::shared_ptr<const measure::StructureSet>> all = m_studyStructures;
    all.insert(all.end(), m_priorStructures.begin(), m_priorStructures.end());
    return all;
}

void Viewer::fillSegmentsMenu(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                              const std::vector<std::shared_ptr<const measure::StructureSet>> &structures)
{
    m_segmentsMenu->clear();
    const auto add = [this](const QString &key, const QString &label, const std::array<int, 3> &rgb, const QString &tip) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(rgb[0], rgb[1], rgb[2]));
        QAction *a = m_segmentsMenu->addAction(QIcon(swatch), label);
        a->setCheckable(true);
        a->setChecked(!m_hiddenSegments.contains(key));
        a->setToolTip(tip);
        connect(a, &QAction::toggled, this, [this, key](bool on) {
            if (on)
                m_hiddenSegments.remove(key);
            else
                m_hiddenSegments.insert(key);
            applyToViewports([this](Viewport *v) { v->setHiddenSegments(m_hiddenSegments); });
            m_volume3d->setHiddenSegments(m_hiddenSegments);
        });
    };
    for (const auto &segmentation : segmentations)
        for (const measure::Segment &segment : segmentation->segments)
            add(segmentKey(*segmentation, segment.number), segment.label, segment.rgb, segmentation->seriesDescription);
    if (!segmentations.empty() && !structures.empty())
        m_segmentsMenu->addSeparator();
    for (const auto &set : structures)
        for (const measure::StructureRoi &roi : set->rois)
            add(structureKey(*set, roi.number), roi.name, roi.rgb, set->label);
    m_segmentsMenu->setEnabled(!m_segmentsMenu->isEmpty());
    m_measureSegments->setEnabled(!m_segmentsMenu->isEmpty());
}

void Viewer::fillPresentationMenu()
{
    m_presentationMenu->clear();
    Viewport *v = activeViewport();
    const measure::PresentationStates &states = v ? v->availablePresentationStates() : measure::PresentationStates();
    auto *group = new QActionGroup(m_presentationMenu);
    QAction *none = m_presentationMenu->addAction(tr("None (the Images' Own Display)"));
    none->setObjectName(QStringLiteral("presentation.none"));
    none->setCheckable(true);
    none->setChecked(!v || !v->presentationState());
    group->addAction(none);
    connect(none, &QAction::triggered, this, [this] { activeViewport()->setPresentationState(nullptr); });
    for (std::size_t i = 0; i < states.size(); ++i) {
        QAction *a = m_presentationMenu->addAction(states[i]->title());
        a->setObjectName(QStringLiteral("presentation.%1").arg(i));
        a->setCheckable(true);
        a->setChecked(v && v->presentationState() == states[i]);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, state = states[i]] { activeViewport()->setPresentationState(state); });
    }
    none->setEnabled(!states.empty());
    m_presentationMenu->addSeparator();
    m_presentationMenu->addAction(m_applyStates);
}

void Viewer::readSegmentations(bool prior)
{
    const std::shared_ptr<const LoadedStudy> study = prior ? m_prior : m_study;
    (prior ? m_priorSegmentations : m_studySegmentations).clear();
    (prior ? m_priorStructures : m_studyStructures).clear();
    if (!study)
        return;
    std::vector<dicom::DicomHeader> headers;
    for (const dicom::DicomHeader &h : study->headers)
        if (h.sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.66.4") || h.sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.481.3"))
            headers.push_back(h);
    if (headers.empty())
        return;
    // Read after the study shows (a SEG of many organs is a large file): drawn once it is in.
    struct Read {
        std::vector<std::shared_ptr<const measure::Segmentation>> segmentations;
        std::vector<std::shared_ptr<const measure::StructureSet>> structures;
        QStringList problems;
    };
    runThen(
        this, Executor::Jobs,
        [headers] {
            Read read;
            read.segmentations = measure::readSegmentations(headers, &read.problems);
            read.structures = measure::readStructureSets(headers, &read.problems);
            return read;
        },
        [this, study, prior](const Read &read) {
            if (study != (prior ? m_prior : m_study))
                return;   // another study since
            (prior ? m_priorSegmentations : m_studySegmentations) = read.segmentations;
            (prior ? m_priorStructures : m_studyStructures) = read.structures;
            sharePresentationStates();
            updateDoseVolumeAction();
            QStringList labels;
            for (const auto &segmentation : read.segmentations)
                for (const measure::Segment &segment : segmentation->segments)
                    labels << segment.label;
            for (const auto &set : read.structures)
                for (const measure::StructureRoi &roi : set->rois)
                    labels << roi.name;
            labels.removeDuplicates();
            const int count = int(read.segmentations.size() + read.structures.size());
            QString status = count == 0 ? QString()
                                        : tr("%n segmentation(s) drawn over their images (%1; View → Show Segmentations)", nullptr, count)
                                              .arg(labels.size() > 6 ? labels.mid(0, 6).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                                                     : labels.join(QStringLiteral(", ")));
            if (!read.problems.isEmpty())
                status += (status.isEmpty() ? QString() : QStringLiteral(" — ")) + tr("a segmentation cannot be drawn: %1").arg(read.problems.first());
            emit statusMessage(status);
        });
}

void Viewer::priorReady(std::shared_ptr<const LoadedStudy> prior)
{
    m_prior = std::move(prior);
    readSegmentations(true);
    fillStrip();
    sharePresentationStates();
    if (std::exchange(m_protocolAwaitsPrior, false)) {
        hangProtocolSeries();   // into the protocol's viewports for the prior
    } else {
        m_layout.setPreset(Layout::OneByTwo);
        for (QAction *a : m_layoutGroup->actions())
            if (a->objectName() == QStringLiteral("layout.1x2"))
                a->setChecked(true);
        arrangeViewports();
        assignSeries();
        setActiveViewport(0);
    }
    // Linked where the two stand now: the prior's own frame of reference is unrelated to this one's.
    if (m_sync->isChecked())
        linkScrolling();
    emit statusMessage(tr("Comparing with the prior study of %1").arg(m_prior->firstHeader(0).studyDate));
}

} // namespace strata::ui
