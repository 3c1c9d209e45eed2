#include <strata/ui/Volume3DView.h>

#include "ClipBoxPanel.h"

#include <strata/imaging/Plane.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/ui/TransferFunctionEditor.h>
#include <strata/ui/models/MprModel.h>

#include <strata/core/Executors.h>
#include <strata/render3d/RotationExport.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMenu>
#include <QToolButton>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalBlocker>
#include <QTimer>
#include <QWheelEvent>

namespace strata::ui {

Volume3DView::Volume3DView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("volume3d"));
    setMinimumSize(64, 64);
    setMouseTracking(true);   // Shift + move locates the point under the pointer
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderer = new render3d::VolumeRenderer(this);
    connect(m_renderer, &render3d::VolumeRenderer::frameReady, this, &Volume3DView::frameArrived);
    connect(m_renderer, &render3d::VolumeRenderer::failed, this, [this](quint64, const QString &message) {
        m_message = message;
        update();
    });
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("volume3d.preset"));
    for (const render3d::VolumePreset &p : render3d::builtinPresets())
        m_presets->addItem(p.label, p.name);
    m_presets->setToolTip(tr("3D preset"));
    m_presets->move(4, 4);
    m_presets->adjustSize();
    connect(m_presets, &QComboBox::activated, this, [this](int index) { setPreset(m_presets->itemData(index).toString()); });
    // Views, export: on a button beside the chooser (the right button drags the zoom).
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("volume3d.menu"));
    m_menuButton->setText(tr("3D"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_menuButton);
    const std::pair<render3d::ViewSide, QString> sides[] = {
        {render3d::ViewSide::Anterior, tr("&Anterior")}, {render3d::ViewSide::Posterior, tr("&Posterior")},
        {render3d::ViewSide::Left, tr("&Left")},         {render3d::ViewSide::Right, tr("&Right")},
        {render3d::ViewSide::Superior, tr("&Superior")}, {render3d::ViewSide::Inferior, tr("&Inferior")}};
    QMenu *views = menu->addMenu(tr("&View From"));
    for (const auto &[side, text] : sides) {
        QAction *a = views->addAction(text);
        a->setObjectName(QStringLiteral("volume3d.view%1").arg(int(side)));
        connect(a, &QAction::triggered, this, [this, side = side] { resetView(side); });
    }
    QAction *edit = menu->addAction(tr("Edit &Transfer Function"));
    edit->setObjectName(QStringLiteral("volume3d.editTransferFunction"));
    edit->setCheckable(true);
    connect(edit, &QAction::toggled, this, [this](bool on) { setTransferFunctionEditorVisible(on); });
    QAction *clip = menu->addAction(tr("&Clip at the Crosshair"));
    clip->setObjectName(QStringLiteral("volume3d.clip"));
    clip->setCheckable(true);
    connect(clip, &QAction::toggled, this, [this](bool on) { setClipping(on); });
    m_clipBoxAction = menu->addAction(tr("Clip &Box"));
    m_clipBoxAction->setObjectName(QStringLiteral("volume3d.clipBoxAction"));
    m_clipBoxAction->setCheckable(true);
    connect(m_clipBoxAction, &QAction::toggled, this, [this](bool on) { setClipBoxPanelVisible(on); });
    m_volumeAction = menu->addAction(tr("Show the &Volume"));
    m_volumeAction->setObjectName(QStringLiteral("volume3d.showVolume"));
    m_volumeAction->setCheckable(true);
    m_volumeAction->setChecked(true);
    m_volumeAction->setToolTip(tr("Off: the segmentations' and lesions' surfaces alone"));
    connect(m_volumeAction, &QAction::toggled, this, [this](bool on) { setVolumeShown(on); });
    menu->addSeparator();
    QAction *png = menu->addAction(tr("Export &Picture…"));
    png->setObjectName(QStringLiteral("volume3d.exportPicture"));
    connect(png, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export 3D View"), QString(), tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        exportImageInBackground(path, [this, path](const Status &status) {
            emit statusMessage(status.ok() ? tr("Saved %1").arg(path) : status.error().message());
        });
    });
    QAction *turn = menu->addAction(tr("Export 360° &Rotation…"));
    turn->setObjectName(QStringLiteral("volume3d.exportRotation"));
    connect(turn, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Rotation's Frames"));
        if (!folder.isEmpty())
            exportRotationInBackground(folder, 72, [this](const QString &line) { emit statusMessage(line); });
    });
    m_menuButton->setMenu(menu);
    m_menuButton->move(m_presets->x() + m_presets->width() + 4, 4);
    m_menuButton->adjustSize();
    m_editor = new TransferFunctionEditor(this);
    m_editor->hide();
    connect(m_editor, &TransferFunctionEditor::presetChanged, this, [this](const render3d::VolumePreset &preset) {
        m_edited = preset;
        requestFrame(render3d::Quality::Interactive);
        m_settle->start();
    });
    m_clipPanel = new ClipBoxPanel(this);
    m_clipPanel->hide();
    connect(m_clipPanel, &ClipBoxPanel::boxChanged, this, [this](const std::array<double, 6> &box, bool dragging) {
        if (!m_clipPanel->isVisible())
            return;
        m_clipBox = box;
        requestFrame(dragging ? render3d::Quality::Interactive : render3d::Quality::Full);
        if (dragging)
            m_settle->start();   // resting on a slider also brings full quality
    });
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] { requestFrame(render3d::Quality::Full); });
    m_message = tr("No volume");
}

Volume3DView::~Volume3DView() = default;

void Volume3DView::showSeries(std::shared_ptr<imaging::SeriesVolume> series, MprModel *mpr)
{
    disconnect(m_volumeConnection);
    disconnect(m_mprConnection);
    const bool same = series == m_series;
    m_series = std::move(series);
    m_mpr = mpr;
    if (!same) {
        m_frame = {};
        m_camera = {};
        m_surfaces.clear();
        m_surfacesOf = nullptr;
        ++m_surfaceGeneration;
        m_edited.reset();
        m_histogram.reset();
        m_editor->hide();
        m_clipBox.reset();
        m_clipPanel->hide();
        m_volumeShown = true;
        {
            const QSignalBlocker quietVolume(m_volumeAction);
            m_volumeAction->setChecked(true);
        }
        const QSignalBlocker quiet(m_clipBoxAction);
        m_clipBoxAction->setChecked(false);
        const QString modality = m_series && m_series->sliceCount() > 0 ? m_series->header(0).modality : QString();
        m_preset = modality == QLatin1String("MR")   ? QStringLiteral("mr-default")
                   : modality == QLatin1String("PT") ? QStringLiteral("pet")
                   : modality == QLatin1String("CT") ? QStringLiteral("ct-bone")
                                                     : QStringLiteral("mip");
        m_presets->setCurrentIndex(m_presets->findData(m_preset));
    }
    if (m_mpr)
        m_mprConnection = connect(m_mpr, &MprModel::changed, this, [this] {
            if (!m_dragging)
                requestFrame(m_mpr && m_mpr->isInteracting() ? render3d::Quality::Interactive : render3d::Quality::Full);
        });
    if (!m_series) {
        clear();
        return;
    }
    if (const QString problem = render3d::VolumeRenderer::displayProblem(); !problem.isEmpty()) {
        m_message = problem;
    } else if (!m_series->isFullVolume() || m_series->isColor() || m_series->sliceCount() < 2) {
        m_message = tr("3D needs a volume: this series is shown in 2D only");
    } else {
        m_message = tr("Loading the volume…");
        m_volumeConnection = connect(m_series.get(), &imaging::SeriesVolume::volumeReady, this, &Volume3DView::volumeArrived,
                                     Qt::QueuedConnection);
        if (m_series->volume())
            volumeArrived();
    }
    update();
}

void Volume3DView::clear()
{
    disconnect(m_volumeConnection);
    disconnect(m_mprConnection);
    m_series.reset();
    m_surfaces.clear();
    m_surfacesOf = nullptr;
    ++m_surfaceGeneration;
    m_renderer->releaseVolume();
    m_mpr = nullptr;
    m_frame = {};
    m_message = tr("No volume");
    update();
}

void Volume3DView::volumeArrived()
{
    if (m_series && m_series->volume()) {
        m_message.clear();
        if (m_series->volume().get() != m_surfacesOf)
            makeSurfaces();
        requestFrame(render3d::Quality::Full);
    } else if (m_series) {
        m_message = tr("No volume to render in 3D");
        update();
    }
}

void Volume3DView::setSegmentations(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                                    const std::vector<std::shared_ptr<const measure::StructureSet>> &structures)
{
    if (segmentations == m_segmentations && structures == m_structures)
        return;
    m_segmentations = segmentations;
    m_structures = structures;
    makeSurfaces();
    requestFrame(render3d::Quality::Full);
}

void Volume3DView::setHiddenSegments(const QSet<QString> &hidden)
{
    if (hidden == m_hiddenSegments)
        return;
    m_hiddenSegments = hidden;
    requestFrame(render3d::Quality::Full);
}

void Volume3DView::setSegmentationsVisible(bool visible)
{
    if (visible == m_segmentationsVisible)
        return;
    m_segmentationsVisible = visible;
    requestFrame(render3d::Quality::Full);
}

void Volume3DView::setVolumeShown(bool shown)
{
    if (shown == m_volumeShown)
        return;
    m_volumeShown = shown;
    const QSignalBlocker quiet(m_volumeAction);
    m_volumeAction->setChecked(shown);
    requestFrame(render3d::Quality::Full);
}

void Volume3DView::setLesions(const std::vector<measure::Measurement> &measurements, const QString &selected)
{
    std::vector<measure::Measurement> lesions;
    for (const measure::Measurement &m : measurements)
        if (m.kind == measure::MeasurementKind::Lesion && m.mask && !m.mask->mask.empty())
            lesions.push_back(m);
    const auto same = [](const std::vector<measure::Measurement> &a, const std::vector<measure::Measurement> &b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const auto &x, const auto &y) {
                   return x.uid == y.uid && x.mask == y.mask && x.text == y.text;
               });
    };
    if (same(lesions, m_lesions) && selected == m_selectedLesion)
        return;
    m_lesions = std::move(lesions);
    m_selectedLesion = selected;
    requestFrame(render3d::Quality::Full);
}

std::vector<SegmentSurface> Volume3DView::shownSurfaces() const
{
    std::vector<SegmentSurface> shown;
    if (m_segmentationsVisible)
        for (const SegmentSurface &s : m_surfaces)
            if (!m_hiddenSegments.contains(s.key))
                shown.push_back(s);
    const std::shared_ptr<const dicom::Volume> volume = m_series ? m_series->volume() : nullptr;
    if (!volume)
        return shown;
    // A lesion's mask is on the grid of the volume it was segmented on: drawn on that one only.
    const auto onGrid = [&volume](const dicom::Volume &grid) {
        if (grid.dimensions != volume->dimensions)
            return false;
        for (std::size_t i = 0; i < 16; ++i)
            if (std::abs(grid.indexToPatient[i] - volume->indexToPatient[i]) > 1e-3)
                return false;
        return true;
    };
    // A lesion measured from a segment shown (Measure the Segments) is that segment's surface already.
    const auto drawnAsSegment = [&shown](const measure::Measurement &m) {
        return std::any_of(shown.begin(), shown.end(), [&m](const SegmentSurface &s) {
            return s.label == m.text && s.mask->offset == m.mask->mask.offset && s.mask->size == m.mask->mask.size;
        });
    };
    for (const measure::Measurement &m : m_lesions)
        if (onGrid(m.mask->grid) && !drawnAsSegment(m)) {
            const bool selected = m.uid == m_selectedLesion;
            shown.push_back({QStringLiteral("lesion/") + m.uid, m.text.isEmpty() ? tr("Lesion") : m.text,
                             selected ? std::array<int, 3>{0, 220, 255} : std::array<int, 3>{255, 220, 0},
                             std::shared_ptr<const imaging::VoxelMask>(m.mask, &m.mask->mask), {}});
        }
    return shown;
}

QStringList Volume3DView::segmentsShown() const
{
    QStringList labels;
    for (const SegmentSurface &s : shownSurfaces())
        labels << s.label;
    return labels;
}

void Volume3DView::makeSurfaces()
{
    ++m_surfaceGeneration;
    if (m_surfaceCancel)
        *m_surfaceCancel = true;
    m_surfaces.clear();
    const std::shared_ptr<const dicom::Volume> volume = m_series ? m_series->volume() : nullptr;
    m_surfacesOf = volume.get();
    if (!volume || (m_segmentations.empty() && m_structures.empty()))
        return;
    m_surfaceCancel = std::make_shared<std::atomic_bool>(false);
    makeSurfacesFrom(0);
}

void Volume3DView::makeSurfacesFrom(std::size_t first)
{
    const std::shared_ptr<const dicom::Volume> volume = m_series ? m_series->volume() : nullptr;
    if (!volume)
        return;
    // Each segment's mask on the volume's grid, off the GUI thread, in batches of about a third of a
    // second: a SEG of a hundred organs shows the first ones while the rest are made.
    struct Batch {
        std::vector<SegmentSurface> surfaces;
        std::size_t next = 0, total = 0;
    };
    runThen(
        this, Executor::Jobs,
        [segmentations = m_segmentations, structures = m_structures, volume, frame = m_series->header(0).frameOfReferenceUid,
         cancel = m_surfaceCancel, first] {
            Batch b;
            QElapsedTimer spent;
            spent.start();
            b.next = first;
            b.total = first + 1;
            while (b.next < b.total && !cancel->load() && (b.next == first || spent.elapsed() < 300)) {
                std::vector<SegmentSurface> one =
                    segmentSurfaces(segmentations, structures, *volume, frame, [cancel] { return cancel->load(); }, b.next, 1, &b.total);
                b.surfaces.insert(b.surfaces.end(), std::make_move_iterator(one.begin()), std::make_move_iterator(one.end()));
                ++b.next;
            }
            return b;
        },
        [this, generation = m_surfaceGeneration](Batch b) {
            if (generation != m_surfaceGeneration)
                return;
            m_surfaces.insert(m_surfaces.end(), std::make_move_iterator(b.surfaces.begin()), std::make_move_iterator(b.surfaces.end()));
            requestFrame(render3d::Quality::Full);
            if (b.next < b.total)
                makeSurfacesFrom(b.next);
            else
                emit segmentsReady();
        });
}

QString Volume3DView::presetName() const { return m_preset; }

bool Volume3DView::setPreset(const QString &name)
{
    if (!render3d::findPreset(name))
        return false;
    m_preset = name;
    m_edited.reset();
    m_presets->setCurrentIndex(m_presets->findData(name));
    if (m_editor->isVisible() && m_histogram)
        m_editor->setPreset(effectivePreset(), *m_histogram);
    requestFrame(render3d::Quality::Full);
    return true;
}

render3d::VolumePreset Volume3DView::effectivePreset() const
{
    if (m_edited)
        return *m_edited;
    const render3d::VolumePreset *p = render3d::findPreset(m_preset);
    render3d::VolumePreset preset = p ? *p : render3d::VolumePreset{};
    return m_histogram ? preset.resolved(m_histogram->low, m_histogram->high) : preset;
}

void Volume3DView::setTransferFunctionEditorVisible(bool visible)
{
    if (!visible || !m_series || !m_series->volume()) {
        m_editor->hide();
        return;
    }
    if (m_histogram) {
        m_editor->setPreset(effectivePreset(), *m_histogram);
        placeEditor();
        m_editor->show();
        return;
    }
    std::shared_ptr<const dicom::Volume> volume = m_series->volume();
    runThen(this, Executor::Jobs, [volume] { return render3d::histogram(*volume, 256); },
            [this, volume](render3d::Histogram h) {
                if (!m_series || m_series->volume() != volume)
                    return;
                m_histogram = std::move(h);
                setTransferFunctionEditorVisible(true);
            });
}

void Volume3DView::placeEditor()
{
    const int h = std::min(120, height() / 3);
    m_editor->setGeometry(8, height() - h - 8, std::max(100, width() - 16), h);
}

void Volume3DView::setClipping(bool on)
{
    m_clip.reset();
    if (on && m_series && m_series->volume()) {
        const render3d::ViewGeometry g = render3d::viewGeometry(*m_series->volume(), m_camera, size());
        render3d::ClipPlane plane;
        if (m_mpr && m_mpr->isValid()) {
            const imaging::Vec3 c = m_mpr->center();
            plane.origin = {c[0], c[1], c[2]};
        } else {
            const imaging::Vec3 c = imaging::volumeCenter(*m_series->volume());
            plane.origin = {c[0], c[1], c[2]};
        }
        plane.normal = g.viewDirection;   // keeps what lies beyond the point, seen from the camera
        m_clip = plane;
    }
    requestFrame(render3d::Quality::Full);
}

QWidget *Volume3DView::clipBoxPanel() const { return m_clipPanel; }

void Volume3DView::setClipBoxPanelVisible(bool visible)
{
    {
        const QSignalBlocker quiet(m_clipBoxAction);
        m_clipBoxAction->setChecked(visible);
    }
    if (!visible || !m_series || !m_series->volume()) {
        m_clipPanel->hide();
        if (m_clipBox) {
            m_clipBox.reset();
            requestFrame(render3d::Quality::Full);
        }
        return;
    }
    if (!m_clipPanel->isVisible()) {
        m_clipPanel->setBounds(imaging::volumeBounds(*m_series->volume()));
        placeClipPanel();
        m_clipPanel->show();
        m_clipPanel->raise();
        m_clipBox = m_clipPanel->box();
        requestFrame(render3d::Quality::Full);
    }
}

void Volume3DView::setClipBox(std::optional<std::array<double, 6>> box)
{
    if (!box) {
        setClipBoxPanelVisible(false);
        return;
    }
    if (!m_series || !m_series->volume())
        return;
    setClipBoxPanelVisible(true);
    m_clipPanel->setBox(*box);   // the panel clamps it and reports it back (boxChanged)
}

void Volume3DView::placeClipPanel()
{
    m_clipPanel->adjustSize();
    const int w = std::min(std::max(m_clipPanel->sizeHint().width(), 200), std::max(120, width() / 3));
    m_clipPanel->setGeometry(width() - w - 8, 36, w, m_clipPanel->sizeHint().height());
}

void Volume3DView::resetView(render3d::ViewSide side)
{
    m_camera = {};
    m_camera.side = side;
    requestFrame(render3d::Quality::Full);
}

render3d::RenderRequest Volume3DView::currentRequest() const
{
    render3d::RenderRequest r;
    r.volume = m_series ? m_series->volume() : nullptr;
    r.preset = effectivePreset();
    r.camera = m_camera;
    r.size = (QSizeF(size()) * devicePixelRatioF()).toSize().expandedTo(QSize(16, 16));
    r.orientationMarker = true;
    r.clipPlane = m_clip;
    r.clipBox = m_clipBox;
    r.showVolume = m_volumeShown;
    const std::vector<SegmentSurface> shown = shownSurfaces();
    std::vector<const imaging::VoxelMask *> masks;
    for (const SegmentSurface &s : shown)
        masks.push_back(s.mask.get());
    const std::vector<double> opacity = surfaceOpacities(masks);
    for (std::size_t i = 0; i < shown.size(); ++i)
        r.surfaces.push_back({shown[i].key, shown[i].mask, QColor(shown[i].rgb[0], shown[i].rgb[1], shown[i].rgb[2]), opacity[i]});
    if (m_mpr && m_mpr->isValid()) {
        const imaging::Vec3 c = m_mpr->center();
        r.marker = render3d::Vec3{c[0], c[1], c[2]};
    }
    return r;
}

void Volume3DView::requestFrame(render3d::Quality quality)
{
    if (!m_series || !m_series->volume() || !isVisible())
        return;
    render3d::RenderRequest r = currentRequest();
    r.quality = quality;
    // Surfaces are made by full frames, a quarter of a second's worth each; a drag makes none.
    r.surfaceBudgetMs = quality == render3d::Quality::Full ? 250 : 0;
    m_requested = m_renderer->request(std::move(r));
    if (quality == render3d::Quality::Full)
        m_fullRequested = m_requested;
}

void Volume3DView::frameArrived(const render3d::Frame &frame)
{
    // An older frame finishing after a newer one was shown stays unseen.
    if (frame.serial <= m_frame.serial && !m_frame.image.isNull())
        return;
    m_frame = frame;
    m_message.clear();
    update();
    emit frameShown();
    // Surfaces still to make: the next full frame goes on with them.
    if (frame.surfacesPending > 0 && frame.quality == render3d::Quality::Full && frame.serial == m_requested)
        requestFrame(render3d::Quality::Full);
}

void Volume3DView::setSettleDelay(int ms) { m_settle->setInterval(std::max(0, ms)); }

int Volume3DView::settleDelay() const { return m_settle->interval(); }

bool Volume3DView::isSettled() const
{
    return m_fullRequested != 0 && m_frame.serial == m_requested && m_frame.quality == render3d::Quality::Full && m_frame.surfacesPending == 0;
}

void Volume3DView::exportImageInBackground(const QString &path, std::function<void(const Status &)> done)
{
    render3d::RenderRequest r = currentRequest();
    runThen(
        this, Executor::Jobs,
        [r, path]() -> Status {
            if (!r.volume)
                return Error(ErrorCode::InvalidArgument, path, QCoreApplication::translate("strata::ui::Volume3DView", "the 3D view has no volume"));
            render3d::VolumeRenderer renderer;
            auto frame = renderer.renderSync(r);
            if (!frame.ok())
                return frame.error();
            if (!frame.value().image.save(path))
                return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::ui::Volume3DView", "could not write the picture"));
            return {};
        },
        std::move(done));
}

void Volume3DView::exportRotationInBackground(const QString &folder, int frames, std::function<void(const QString &)> done)
{
    render3d::RenderRequest r = currentRequest();
    r.orientationMarker = false;
    runThen(
        this, Executor::Jobs,
        [r, folder, frames]() -> QString {
            if (!r.volume)
                return QCoreApplication::translate("strata::ui::Volume3DView", "The 3D view has no volume");
            auto files = render3d::exportRotation(r, frames, folder);
            if (!files.ok())
                return files.error().message();
            const render3d::RotationFiles &f = files.value();
            return f.movie.isEmpty()
                       ? QCoreApplication::translate("strata::ui::Volume3DView", "%n frame(s) written to %1 (%2)", nullptr, int(f.frames.size()))
                             .arg(folder, f.movieProblem)
                       : QCoreApplication::translate("strata::ui::Volume3DView", "%n frame(s) and %1 written", nullptr, int(f.frames.size()))
                             .arg(f.movie);
        },
        std::move(done));
}

Status Volume3DView::exportImage(const QString &path, QSize size)
{
    render3d::RenderRequest r = currentRequest();
    if (!r.volume)
        return Error(ErrorCode::InvalidArgument, path, tr("the 3D view has no volume"));
    if (!size.isEmpty())
        r.size = size;
    auto frame = m_renderer->renderSync(std::move(r));
    if (!frame.ok())
        return frame.error();
    if (!frame.value().image.save(path))
        return Error(ErrorCode::IoError, path, tr("could not write the picture"));
    return {};
}

void Volume3DView::setCamera(const render3d::Camera &camera, bool interactive)
{
    m_camera = camera;
    m_dragging = interactive;
    requestFrame(interactive ? render3d::Quality::Interactive : render3d::Quality::Full);
    if (interactive)
        m_settle->start();  // the mouse resting mid-drag also gets the full-quality frame
}

void Volume3DView::endInteraction()
{
    m_dragging = false;
    m_settle->stop();
    requestFrame(render3d::Quality::Full);
}

double Volume3DView::mmPerPixel() const
{
    if (!m_series || !m_series->volume())
        return 1;
    return render3d::viewGeometry(*m_series->volume(), m_camera, size()).mmPerPixel;
}

void Volume3DView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (!m_frame.image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(rect(), m_frame.image);
    }
    if (!m_message.isEmpty() && m_frame.image.isNull()) {
        p.setPen(QColor(200, 200, 200));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

void Volume3DView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeEditor();
    placeClipPanel();
    // Interactive while the window is being resized; the settle timer brings full quality.
    if (m_series && m_series->volume()) {
        requestFrame(render3d::Quality::Interactive);
        m_settle->start();
    }
}

void Volume3DView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Requests are not sent while hidden: shown again, the view catches up.
    if (m_series && m_series->volume() && !isSettled())
        requestFrame(render3d::Quality::Full);
}

void Volume3DView::mousePressEvent(QMouseEvent *event)
{
    m_tool.press(*this, ToolEvent::at(*this, event->position(), event->button(), event->modifiers()));
}

void Volume3DView::mouseMoveEvent(QMouseEvent *event)
{
    Qt::MouseButton button = Qt::NoButton;
    for (Qt::MouseButton b : {Qt::LeftButton, Qt::RightButton, Qt::MiddleButton})
        if (event->buttons() & b) {
            button = b;
            break;
        }
    if (button != Qt::NoButton) {
        m_tool.move(*this, ToolEvent::at(*this, event->position(), button, event->modifiers()));
        return;
    }
    // Shift over the picture: where it points, for the other views (the 2D viewports' linked cursor).
    if (event->modifiers() & Qt::ShiftModifier)
        if (const std::optional<imaging::Vec3> point = pointAt(event->position()))
            emit pointLocated(*point);
}

std::optional<imaging::Vec3> Volume3DView::pointAt(QPointF position) const
{
    if (m_frame.image.isNull() || !m_series || !m_series->volume() || width() <= 0 || height() <= 0)
        return std::nullopt;
    // The frame is painted over the whole widget.
    const QPointF pixel(position.x() * m_frame.image.width() / width(), position.y() * m_frame.image.height() / height());
    const std::optional<render3d::Vec3> p = render3d::pickPoint(currentRequest(), m_frame, pixel);
    if (!p)
        return std::nullopt;
    return imaging::Vec3{(*p)[0], (*p)[1], (*p)[2]};
}

void Volume3DView::mouseReleaseEvent(QMouseEvent *event)
{
    m_tool.release(*this, ToolEvent::at(*this, event->position(), event->button(), event->modifiers()));
}

void Volume3DView::wheelEvent(QWheelEvent *event)
{
    ToolEvent e = ToolEvent::at(*this, event->position(), Qt::NoButton, event->modifiers());
    e.wheelNotches = event->angleDelta().y() / 120;
    if (m_tool.wheel(*this, e))
        event->accept();
}

} // namespace strata::ui
