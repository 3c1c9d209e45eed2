#include <strata/ui/tools/MeasurementController.h>

#include <strata/core/Executors.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/measure/PresentationState.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/models/SegmentationOverlay.h>

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QMenu>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <optional>

namespace strata::ui {

using measure::Measurement;
using measure::MeasurementKind;

MeasurementPanel::MeasurementPanel(std::shared_ptr<MeasurementList> list, QWidget *parent)
    : QListWidget(parent), m_list(std::move(list))
{
    setObjectName(QStringLiteral("measurementPanel"));
    setMinimumWidth(220);
    connect(m_list.get(), &MeasurementList::changed, this, &MeasurementPanel::refill);
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit jumpRequested(item->data(Qt::UserRole).toString()); });
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_list->setSelected(item->data(Qt::UserRole).toString());
    });
}

void MeasurementPanel::refill()
{
    const QSignalBlocker block(this);
    clear();
    for (const Measurement &m : m_list->items()) {
        // Its kind as a reader says it, and its name or note where it has one (a segment's "Liver").
        QString kind = MeasurementTool::kindLabel(m.kind);
        if (!m.text.isEmpty() && m.kind != MeasurementKind::Text && m.kind != MeasurementKind::Arrow)
            kind += QStringLiteral(" “%1”").arg(m.text);
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2\n%3 · %4")
                                             .arg(kind, MeasurementTool::label(m), m.author,
                                                  m.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                         this);
        item->setData(Qt::UserRole, m.uid);
        if (m.uid == m_list->selected())
            setCurrentItem(item);
    }
}

MeasurementController::MeasurementController(QString dataDir, QWidget *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_list(std::make_shared<MeasurementList>())
{
    m_textProvider = [parent](const QString &current) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, tr("Text Annotation"), tr("Text:"), QLineEdit::Normal, current, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    m_panel = new MeasurementPanel(m_list, parent);
    m_panel->hide();
    connect(m_panel, &MeasurementPanel::jumpRequested, this, &MeasurementController::jumpRequested);
    connect(m_list.get(), &MeasurementList::saved, this, &MeasurementController::store);
    connect(m_list.get(), &MeasurementList::removed, this, &MeasurementController::unstore);

    m_menu = new QMenu(tr("&Measure"), parent);
    const struct {
        MeasurementKind kind;
        const char *text;
        const char *key;
    } tools[] = {
        {MeasurementKind::Length, QT_TR_NOOP("&Length"), "Shift+L"},
        {MeasurementKind::Angle, QT_TR_NOOP("&Angle"), ""},
        {MeasurementKind::CobbAngle, QT_TR_NOOP("&Cobb Angle"), ""},
        {MeasurementKind::Ellipse, QT_TR_NOOP("&Ellipse ROI"), "Shift+E"},
        {MeasurementKind::Polygon, QT_TR_NOOP("Pol&ygon ROI"), ""},
        {MeasurementKind::Freehand, QT_TR_NOOP("&Freehand ROI"), ""},
        {MeasurementKind::Probe, QT_TR_NOOP("&Probe"), ""},
        {MeasurementKind::Arrow, QT_TR_NOOP("A&rrow"), ""},
        {MeasurementKind::Text, QT_TR_NOOP("&Text"), ""},
        {MeasurementKind::Lesion, QT_TR_NOOP("Le&sion (click a seed or drag a box)"), "Shift+S"},
    };
    for (const auto &t : tools) {
        QAction *a = m_menu->addAction(tr(t.text));
        a->setObjectName(QStringLiteral("measure.") + measure::kindName(t.kind));
        if (*t.key)
            a->setShortcut(QKeySequence(QString::fromLatin1(t.key)));
        const MeasurementKind kind = t.kind;
        connect(a, &QAction::triggered, this, [this, kind] { emit toolChosen(kind); });
    }
    m_cancelLesion = m_menu->addAction(tr("Cancel Lesion &Segmentation"), this, [this] { cancelSegmentation(); });
    m_cancelLesion->setObjectName(QStringLiteral("measure.cancelLesion"));
    m_cancelLesion->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelLesion->setEnabled(false);  // Esc stays free while nothing runs
    // Adjusting the selected lesion: segmented again with a wider or narrower interval (undoable).
    QAction *widen = m_menu->addAction(tr("&Widen Lesion Interval"), this, [this] { adjustLesion(kWiden); });
    widen->setObjectName(QStringLiteral("measure.widenLesion"));
    widen->setShortcut(QKeySequence(QStringLiteral("]")));
    QAction *narrow = m_menu->addAction(tr("&Narrow Lesion Interval"), this, [this] { adjustLesion(kNarrow); });
    narrow->setObjectName(QStringLiteral("measure.narrowLesion"));
    narrow->setShortcut(QKeySequence(QStringLiteral("[")));
    m_menu->addSeparator();
    QAction *del = m_menu->addAction(tr("&Delete Measurement"), this, [this] { m_list->remove(m_list->selected()); });
    del->setObjectName(QStringLiteral("measure.delete"));
    del->setShortcut(QKeySequence::Delete);
    QAction *editText = m_menu->addAction(tr("Edit &Text…"), this, [this] { editSelectedText(); });
    editText->setObjectName(QStringLiteral("measure.editText"));
    QAction *undo = m_menu->addAction(tr("&Undo Measurement"), this, [this] { m_list->undo(); });
    undo->setObjectName(QStringLiteral("measure.undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_menu->addAction(tr("&Redo Measurement"), this, [this] { m_list->redo(); });
    redo->setObjectName(QStringLiteral("measure.redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_menu->addSeparator();
    QAction *states = m_menu->addAction(tr("Save to the Study as &Presentation States (DICOM GSPS)"), this, [this] { savePresentationStates(); });
    states->setObjectName(QStringLiteral("measure.savePresentationStates"));
    QAction *panel = m_menu->addAction(tr("Measurements &Panel"));
    panel->setObjectName(QStringLiteral("measure.panel"));
    panel->setCheckable(true);
    connect(panel, &QAction::toggled, m_panel, &QWidget::setVisible);
    // Shortcuts only while the focus is in the viewer (Delete and Ctrl+Z stay the text fields' elsewhere).
    for (QAction *a : m_menu->actions()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        parent->addAction(a);
    }
}

void MeasurementController::setStudy(const QString &studyUid, const std::vector<store::MeasurementRecord> &stored)
{
    m_study = studyUid;
    std::vector<Measurement> items;
    for (const store::MeasurementRecord &r : stored)
        if (auto m = measure::fromRecord(r); m.ok())
            items.push_back(std::move(m).value());
    m_loading = true;
    m_list->load(std::move(items));
    m_loading = false;
}

namespace {

/// Runs `change` on the measurements of the store at `dataDir` (called on a worker thread).
Status changeMeasurements(const QString &dataDir, const std::function<Status(store::MeasurementRepository &)> &change)
{
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    auto repo = service.value()->measurements();
    if (!repo.ok())
        return repo.error();
    return change(*repo.value());
}

} // namespace

void MeasurementController::store(const Measurement &m)
{
    if (m_loading)
        return;
    Measurement stored = m;
    if (stored.image.studyInstanceUid.isEmpty())
        stored.image.studyInstanceUid = m_study;
    if (stored.image.studyInstanceUid.isEmpty())
        return;  // files opened without the cache: kept on screen only
    m_writes.post(
        [dataDir = m_dataDir, record = measure::toRecord(stored)]() {
            return changeMeasurements(dataDir, [&](store::MeasurementRepository &repo) { return repo.saveMeasurement(record); });
        },
        [this](const Status &done) {
            if (!done.ok())
                emit statusMessage(tr("The measurement could not be saved: %1").arg(done.error().message()));
        });
}

void MeasurementController::unstore(const QString &uid)
{
    if (m_loading || m_study.isEmpty())
        return;
    m_writes.post(
        [dataDir = m_dataDir, uid]() {
            return changeMeasurements(dataDir, [&](store::MeasurementRepository &repo) { return repo.removeMeasurement(uid); });
        },
        [this](const Status &done) {
            if (!done.ok())
                emit statusMessage(tr("The measurement could not be removed: %1").arg(done.error().message()));
        });
}

void MeasurementController::savePresentationStates()
{
    if (m_study.isEmpty() || m_dataDir.isEmpty()) {
        emit statusMessage(tr("Presentation states are saved with studies of the local cache: import the study first"));
        emit presentationStatesStored({});
        return;
    }
    // The window, turn and mirror each series is seen in now, and the part of it in view (the
    // first viewport showing it).
    std::map<QString, measure::ReadingView> windows;
    if (m_viewports)
        for (Viewport *v : m_viewports())
            if (v)
                if (auto view = v->readingView())
                    windows.try_emplace(v->shownImage().seriesInstanceUid, std::move(*view));
    emit statusMessage(tr("Saving the measurements to the study as presentation states…"));
    // After the saves and removals before it: the states draw what the list shows.
    m_writes.post(
        [dataDir = m_dataDir, study = m_study, windows]() -> Result<measure::StoredPresentationStates> {
            auto cache = store::LocalCache::open(dataDir);
            if (!cache.ok())
                return cache.error();
            return measure::storePresentationStates(*cache.value(), study, windows, measure::currentAuthor());
        },
        [this](const Result<measure::StoredPresentationStates> &stored) {
            if (!stored.ok()) {
                emit statusMessage(tr("The presentation states could not be saved: %1").arg(stored.error().message()));
                emit presentationStatesStored({});
                return;
            }
            const measure::StoredPresentationStates &s = stored.value();
            QString text = tr("Saved %n presentation state(s) to the study: %1 measurement(s) on the images", nullptr, int(s.sopInstanceUids.size())).arg(s.marks);
            if (s.leftOut > 0)
                text += tr("; %1 on MPR planes, curved paths, lesions or colour images are in the measurement report only").arg(s.leftOut);
            emit statusMessage(text);
            emit presentationStatesStored(s.sopInstanceUids);
        });
}

namespace {

/// What a lesion segmentation hands back to the GUI thread.
struct LesionOutcome {
    Error error;
    bool leaked = false;
    Measurement measurement;
    double seconds = 0;
    bool touchedBox = false;   ///< the lesion reached the box drawn around it
};

} // namespace

void MeasurementController::segmentLesion(Viewport *viewport, const imaging::Vec3 &seed, const std::optional<measure::LesionBox> &box)
{
    const auto fail = [this](const QString &why) {
        emit statusMessage(why);
        emit lesionFinished(QString());
    };
    if (!viewport || !viewport->series())
        return fail(tr("Lesion: no series in this viewport"));
    const std::shared_ptr<imaging::SeriesVolume> series = viewport->series();
    // The volume the viewer already holds (what MPR reslices): never read again from disk.
    const std::shared_ptr<const dicom::Volume> volume = series->volume();
    if (!volume) {
        if (!series->isFullVolume())
            return fail(tr("Lesion: the series is read slice by slice (too large or not a volume): nothing segmented"));
        if (!series->isComplete())
            return fail(tr("Lesion: the series is still loading; click again once it is complete"));
        return fail(tr("Lesion: the series makes no volume (%1)").arg(series->error().message()));
    }
    const dicom::Stack &stack = series->stack();
    const int nearest = measure::nearestSlice(stack, seed);
    if (nearest < 0)
        return fail(tr("Lesion: the series has no slices"));
    const dicom::DicomHeader &h = series->header(nearest);
    measure::ImageReference image{h.studyInstanceUid, h.seriesInstanceUid, h.sopInstanceUid, h.sopClassUid,
                                  stack.slices[std::size_t(nearest)].frame};
    if (image.studyInstanceUid.isEmpty())
        image.studyInstanceUid = m_study;
    const QString modality = stack.modality;
    measure::SegmentationOptions options = measure::SegmentationOptions::defaultFor(modality);
    options.box = box;
    if (box)
        emit statusMessage(tr("Segmenting the lesion in the box of %1 × %2 × %3 mm… (Esc cancels)")
                               .arg(2 * box->halfSize[0], 0, 'f', 0).arg(2 * box->halfSize[1], 0, 'f', 0).arg(2 * box->halfSize[2], 0, 'f', 0));
    else
        emit statusMessage(tr("Segmenting the lesion at (%1, %2, %3) mm… (Esc cancels)")
                               .arg(seed[0], 0, 'f', 1).arg(seed[1], 0, 'f', 1).arg(seed[2], 0, 'f', 1));
    startSegmentation(volume, seed, options, modality, image, nullptr, measure::PetScale{h.suvPerValue, h.sulPerValue, h.valueUnit});
}

void MeasurementController::startSegmentation(std::shared_ptr<const dicom::Volume> volume, const imaging::Vec3 &seed,
                                              const measure::SegmentationOptions &options, const QString &modality,
                                              const measure::ImageReference &image, const Measurement *replacing,
                                              const measure::PetScale &pet)
{
    m_cancelLesion->setEnabled(true);
    std::optional<Measurement> previous;
    if (replacing)
        previous = *replacing;
    m_lesionRequest.start(
        [volume, seed, options, modality, image, pet](const CancellationToken &token) {
            LesionOutcome out;
            QElapsedTimer timer;
            timer.start();
            auto result = measure::segmentLesion(*volume, seed, options, token);
            out.seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!result.ok()) {
                out.error = result.error();
                return out;
            }
            out.leaked = result.value().reachedLimit;
            out.touchedBox = result.value().touchedBox;
            out.measurement = measure::lesionMeasurement(result.value(), *volume, modality, image);
            out.measurement.box = options.box;
            measure::addSuvValues(out.measurement, pet);   // PET: SUVmax, SUVpeak, SUVmean, TLG (and SUL)
            return out;
        },
        [this, maxRadius = options.maxRadiusMm, previous](LesionOutcome out) {
            m_cancelLesion->setEnabled(false);
            if (out.error.code != ErrorCode::None) {
                emit statusMessage(previous ? tr("Lesion not changed: %1").arg(out.error.reason)
                                            : tr("Lesion not segmented: %1").arg(out.error.reason));
                emit lesionFinished(QString());
                return;
            }
            if (out.leaked) {
                // A region that leaked is no lesion to keep.
                emit statusMessage(previous ? tr("Lesion not changed: with that interval the region reached %1 mm from the "
                                                 "seed (it leaked into its surroundings)")
                                                  .arg(maxRadius)
                                            : tr("Lesion not kept: the region reached %1 mm from the seed (it leaked into its "
                                                 "surroundings); click inside a lesion")
                                                  .arg(maxRadius));
                emit lesionFinished(QString());
                return;
            }
            Measurement m = std::move(out.measurement);
            if (previous) {
                // The same lesion, segmented again: its identity, author, creation and note stay.
                m.uid = previous->uid;
                m.author = previous->author;
                m.created = previous->created;
                m.text = previous->text;
                m.finding = previous->finding;
                m_list->replace(m);
                m_list->setSelected(m.uid);
                emit statusMessage(tr("Lesion adjusted (interval %1 to %2): %3")
                                       .arg(m.value(QStringLiteral("lower")).value_or(0), 0, 'f', 1)
                                       .arg(m.value(QStringLiteral("upper")).value_or(0), 0, 'f', 1)
                                       .arg(MeasurementTool::label(m)));
                emit lesionFinished(m.uid);
                return;
            }
            m_list->add(m);
            m_list->setSelected(m.uid);
            emit statusMessage(out.touchedBox ? tr("Lesion: %1 (segmented in %2 s); it reaches the box drawn around it: draw a larger "
                                                   "box if the lesion goes on")
                                                    .arg(MeasurementTool::label(m))
                                                    .arg(out.seconds, 0, 'f', 2)
                                              : tr("Lesion: %1 (segmented in %2 s)").arg(MeasurementTool::label(m)).arg(out.seconds, 0, 'f', 2));
            emit lesionFinished(m.uid);
        });
}

void MeasurementController::measureSegments(Viewport *viewport, const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                                            const std::vector<std::shared_ptr<const measure::StructureSet>> &structures,
                                            const QSet<QString> &hidden)
{
    const auto fail = [this](const QString &why) {
        emit statusMessage(why);
        emit segmentsMeasured({});
    };
    if (segmentations.empty() && structures.empty())
        return fail(tr("Segments: the study has no segmentation"));
    if (!viewport || !viewport->series())
        return fail(tr("Segments: no series in this viewport"));
    const std::shared_ptr<imaging::SeriesVolume> series = viewport->series();
    const std::shared_ptr<const dicom::Volume> volume = series->volume();
    if (!volume)
        return fail(series->isFullVolume() && !series->isComplete() ? tr("Segments: the series is still loading; try again once it is complete")
                                                                    : tr("Segments: the series makes no volume to measure them on"));
    // Lesions already measured on this series, by name: measured again they would be there twice.
    QSet<QString> measured;
    for (const Measurement &m : m_list->items())
        if (m.kind == MeasurementKind::Lesion && m.image.seriesInstanceUid == series->stack().seriesInstanceUid)
            measured.insert(m.text);
    emit statusMessage(tr("Measuring the segments on %1…").arg(series->header(0).seriesDescription));
    const QString study = m_study;
    runThen(
        this, Executor::Jobs,
        [series, volume, segmentations, structures, hidden, measured, study] {
            std::vector<Measurement> out;
            const dicom::Stack &stack = series->stack();
            const QString frame = series->header(0).frameOfReferenceUid;
            // Hidden segments and those measured already: their masks are not even made.
            const auto skip = [&hidden, &measured](const QString &key, const QString &label) {
                return hidden.contains(key) || measured.contains(label);
            };
            for (const SegmentSurface &s : segmentSurfaces(segmentations, structures, *volume, frame, {}, 0, std::size_t(-1), nullptr, skip)) {
                measure::LesionResult r = measure::lesionOfMask(measure::lesionShapeOf(*s.mask, *volume));
                if (r.voxelCount == 0)
                    continue;
                measure::addMaskValues(r, *volume);
                const int nearest = std::max(0, measure::nearestSlice(stack, r.seed));
                const dicom::DicomHeader &h = series->header(nearest);
                measure::ImageReference image{h.studyInstanceUid.isEmpty() ? study : h.studyInstanceUid, h.seriesInstanceUid,
                                              h.sopInstanceUid, h.sopClassUid, stack.slices[std::size_t(nearest)].frame};
                Measurement m = measure::lesionMeasurement(r, *volume, stack.modality, image);
                measure::addSuvValues(m, measure::PetScale{h.suvPerValue, h.sulPerValue, h.valueUnit});
                m.text = s.label;
                m.finding = s.propertyType;   // the SR's finding: the organ, not a neoplasm
                out.push_back(std::move(m));
            }
            return out;
        },
        [this](std::vector<Measurement> out) {
            QStringList uids, lines;
            for (Measurement &m : out) {
                m_list->add(m);
                uids << m_list->items().back().uid;
                lines << QStringLiteral("%1 %2").arg(m.text, MeasurementTool::label(m_list->items().back()));
            }
            emit statusMessage(out.empty() ? tr("Segments: nothing new to measure on this series")
                                           : tr("Measured %n segment(s): %1", nullptr, int(out.size())).arg(lines.join(QStringLiteral("; "))));
            emit segmentsMeasured(uids);
        });
}

void MeasurementController::adjustLesion(double factor)
{
    const auto fail = [this](const QString &why) {
        emit statusMessage(why);
        emit lesionFinished(QString());
    };
    const Measurement *current = m_list->find(m_list->selected());
    if (!current || current->kind != MeasurementKind::Lesion || current->points.empty())
        return fail(tr("Lesion: select a lesion to adjust (Measure → Measurements Panel, or click its axes)"));
    const auto lower = current->value(QStringLiteral("lower")), upper = current->value(QStringLiteral("upper"));
    if (!lower || !upper || !(*upper >= *lower) || !(factor > 0))
        return fail(tr("Lesion: its interval is not known; segment it again from a seed"));
    // The volume the viewer holds for the lesion's series, in any of its viewports.
    std::vector<Viewport *> viewports;
    if (m_viewports)
        viewports = m_viewports();
    for (const QPointer<Viewport> &v : m_toolViewports)
        if (v)
            viewports.push_back(v);
    std::shared_ptr<const dicom::Volume> volume;
    QString modality;
    measure::PetScale pet{0, 0, {}};
    for (Viewport *v : viewports)
        if (v && v->series() && v->series()->stack().seriesInstanceUid == current->image.seriesInstanceUid && v->series()->volume()) {
            volume = v->series()->volume();
            modality = v->series()->stack().modality;
            const dicom::DicomHeader &h = v->series()->header(0);
            pet = {h.suvPerValue, h.sulPerValue, h.valueUnit};
            break;
        }
    if (!volume)
        return fail(tr("Lesion: show its series (loaded as a volume) to adjust it"));
    measure::SegmentationOptions options = measure::SegmentationOptions::defaultFor(modality);
    if (options.peakFraction) {
        // PET: the threshold alone moves (a wider lesion takes in cooler voxels); the hottest stay.
        options.lower = *lower * (factor > 1 ? 0.85 : 1.15);
        options.upper = *upper;
    } else {
        const double middle = (*lower + *upper) / 2, half = (*upper - *lower) / 2 * factor;
        options.lower = middle - half;
        options.upper = middle + half;
    }
    emit statusMessage(tr("Segmenting the lesion again with the interval %1 to %2… (Esc cancels)")
                           .arg(*options.lower, 0, 'f', 1)
                           .arg(*options.upper, 0, 'f', 1));
    options.box = current->box;   // drawn around it: it stays within
    startSegmentation(volume, current->points[0], options, modality, current->image, current, pet);
}

void MeasurementController::setViewportSource(std::function<std::vector<Viewport *>()> source)
{
    m_viewports = std::move(source);
}

void MeasurementController::cancelSegmentation()
{
    if (!m_lesionRequest.busy())
        return;
    m_lesionRequest.cancel();
    m_cancelLesion->setEnabled(false);
    emit statusMessage(tr("Lesion segmentation cancelled"));
    emit lesionFinished(QString());
}

void MeasurementController::readUltrasoundRegions(Viewport *viewport)
{
    if (!viewport || !viewport->series())
        return;
    const std::shared_ptr<imaging::SeriesVolume> series = viewport->series();
    if (series->stack().modality.compare(QLatin1String("US"), Qt::CaseInsensitive) != 0)
        return;
    // The files' ultrasound regions, read off the GUI thread; measurements use them once known.
    QStringList files;
    for (int k = 0; k < int(series->stack().slices.size()); ++k) {
        const QString path = series->header(k).path;
        if (!path.isEmpty() && !m_usRegions->count(path) && !m_usReading.contains(path) && !files.contains(path))
            files << path;
    }
    if (files.isEmpty())
        return;
    for (const QString &f : files)
        m_usReading.insert(f);
    runThen(
        this, Executor::Jobs,
        [files]() {
            std::map<QString, std::vector<measure::UltrasoundRegion>> read;
            for (const QString &f : files)
                read[f] = measure::readUltrasoundRegions(f);
            return read;
        },
        [this](const std::map<QString, std::vector<measure::UltrasoundRegion>> &read) {
            for (const auto &[file, regions] : read) {
                (*m_usRegions)[file] = regions;
                m_usReading.remove(file);
            }
            emit ultrasoundRegionsRead();
        });
}

std::unique_ptr<ToolHandler> MeasurementController::makeTool(MeasurementKind kind, Viewport *viewport)
{
    if (viewport && std::find(m_toolViewports.begin(), m_toolViewports.end(), viewport) == m_toolViewports.end()) {
        m_toolViewports.push_back(viewport);
        // Another series shown there later (dropped in, a layout filled): its regions read too.
        connect(viewport, &Viewport::imageChanged, this, [this, v = QPointer<Viewport>(viewport)] { readUltrasoundRegions(v); });
    }
    auto tool = std::make_unique<MeasurementTool>(kind, m_list);
    // What the values depend on is the series the viewport shows when a measurement is made, not
    // the one it showed when the tool was chosen (a PET dropped in after: SUV, not HU).
    const QPointer<Viewport> shown(viewport);
    tool->setSeriesSource([shown]() -> MeasurementTool::SeriesTraits {
        if (!shown || !shown->series())
            return {};
        const dicom::DicomHeader &h = shown->series()->header(0);
        return {shown->series()->stack().modality, {h.suvPerValue, h.sulPerValue, h.valueUnit}};
    });
    tool->setReferenceSource([viewport = shown, controller = QPointer<MeasurementController>(this)]() {
        measure::ImageReference r = viewport ? viewport->shownImage() : measure::ImageReference{};
        if (r.studyInstanceUid.isEmpty() && controller)
            r.studyInstanceUid = controller->m_study;   // the study open now (the tool may outlive one)
        return r;
    });
    tool->setTextProvider([this](const QString &current) { return m_textProvider ? m_textProvider(current) : std::nullopt; });
    readUltrasoundRegions(viewport);
    // On a native slice: the image's own calibration (an ultrasound region holding every point,
    // else none; Pixel Spacing; Imager Pixel Spacing at the detector; or none).
    tool->setCalibrationSource([viewport = shown, regions = m_usRegions](const Measurement &m, const imaging::SliceGeometry &g)
                                   -> std::optional<measure::Calibration> {
        if (!viewport || !viewport->series() || viewport->mode() != Viewport::Mode::Stack || viewport->slice() < 0)
            return std::nullopt;
        const dicom::DicomHeader &h = viewport->series()->header(viewport->slice());
        const auto known = regions->find(h.path);
        if (known != regions->end() && !known->second.empty()) {
            std::vector<std::array<double, 2>> pixels;
            for (const auto &p : m.points)
                pixels.push_back(g.pixelPosition(p));
            return measure::ultrasoundCalibration(known->second, pixels).value_or(measure::Calibration{});
        }
        return measure::calibrationOf(h);
    });
    if (kind == MeasurementKind::Lesion)
        tool->setSeedHandler([this, viewport = QPointer<Viewport>(viewport)](const imaging::Vec3 &seed, const std::optional<measure::LesionBox> &box) {
            segmentLesion(viewport, seed, box);
        });
    return tool;
}

void MeasurementController::editSelectedText()
{
    const Measurement *m = m_list->find(m_list->selected());
    if (!m || (m->kind != MeasurementKind::Text && m->kind != MeasurementKind::Arrow) || !m_textProvider)
        return;
    const std::optional<QString> text = m_textProvider(m->text);
    if (!text || text->trimmed() == m->text)
        return;
    Measurement edited = *m;
    edited.text = text->trimmed();
    m_list->replace(edited);
}

bool MeasurementController::showIn(Viewport *viewport, const QString &uid) const
{
    const Measurement *m = m_list->find(uid);
    if (!m || !viewport || !viewport->series() || viewport->series()->stack().seriesInstanceUid != m->image.seriesInstanceUid)
        return false;
    m_list->setSelected(uid);
    const bool path = m->kind == MeasurementKind::CurvedPath;
    if (viewport->mode() == Viewport::Mode::Stack && path && !m->points.empty()) {
        // A path runs across slices: the one through its first point.
        const int nearest = measure::nearestSlice(viewport->series()->stack(), m->points.front());
        if (nearest < 0)
            return false;
        viewport->setSlice(nearest);
        return true;
    }
    if (viewport->mode() == Viewport::Mode::Stack) {
        // Its image, and of a multi-frame image its frame (the frames share the SOP instance).
        const dicom::Stack &stack = viewport->series()->stack();
        for (int k = 0; k < viewport->sliceCount(); ++k)
            if (viewport->series()->header(k).sopInstanceUid == m->image.sopInstanceUid
                && stack.slices[std::size_t(k)].frame == m->image.frame) {
                viewport->setSlice(k);
                return true;
            }
        return false;
    }
    MprModel *model = viewport->mprModel();
    if (viewport->mode() != Viewport::Mode::Mpr || !model || !model->isValid() || m->points.empty())
        return false;
    // The plane it was drawn on: its orientation for this viewport's plane, through its points.
    const imaging::SliceGeometry &g = m->plane.geometry;
    if (g.width > 0 && g.height > 0)
        model->orient(viewport->mprPlane(), g.row, g.column);
    imaging::Vec3 centre{0, 0, 0};
    // A lesion about its seed, a path at its first point, the others about their points' centre.
    const std::vector<imaging::Vec3> &points =
        m->kind == MeasurementKind::Lesion || path ? std::vector<imaging::Vec3>{m->points[0]} : m->points;
    for (const imaging::Vec3 &p : points)
        for (int a = 0; a < 3; ++a)
            centre[std::size_t(a)] += p[std::size_t(a)] / double(points.size());
    model->setCenter(centre);
    return true;
}

} // namespace strata::ui
