#include <strata/ui/Viewport.h>

#include <strata/core/Executors.h>
#include <strata/imaging/Reslicer.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/imaging/SliceGaps.h>
#include <strata/measure/Calibration.h>
#include <strata/measure/Measures.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/models/DicomOverlay.h>
#include <strata/ui/models/OverlayText.h>
#include <strata/ui/models/ScrollSyncModel.h>
#include <strata/ui/tools/MeasurementTools.h>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace strata::ui {
namespace {

using imaging::cross;
using imaging::difference;
using imaging::dot;
using imaging::Vec3;

/// Pixels per notch of the wheel.
constexpr int kWheelNotch = 120;

} // namespace


namespace {

/// The image as painted into a picture (the widget, an export, a snapshot): its geometry and the
/// transform from its pixels to the picture's, for drawing what lies in patient space over it.
class PaintContext : public ToolContext {
public:
    PaintContext(const imaging::SliceGeometry &geometry, const QTransform &imageToPicture, QSizeF size)
        : m_geometry(geometry), m_transform(imageToPicture), m_size(size)
    {
    }
    std::optional<imaging::SliceGeometry> imageGeometry() const override { return m_geometry; }
    QTransform imageToWidget() const override { return m_transform; }
    QSizeF viewportSize() const override { return m_size; }
    ViewTransform viewTransform() const override { return {}; }
    void setViewTransform(const ViewTransform &) override {}
    imaging::WindowLevel window() const override { return {}; }
    void setWindow(const imaging::WindowLevel &) override {}
    void scrollBy(int) override {}
    MprModel *mprModel() const override { return nullptr; }
    imaging::PlaneOrientation mprPlane() const override { return imaging::PlaneOrientation::Axial; }
    std::vector<imaging::SliceGeometry> referenceGeometries() const override { return {}; }
    std::optional<float> valueAt(QPointF) const override { return std::nullopt; }
    void requestUpdate() override {}

private:
    imaging::SliceGeometry m_geometry;
    QTransform m_transform;
    QSizeF m_size;
};

} // namespace

/// The viewport as its mouse tools see it.
class Viewport::Context : public ToolContext {
public:
    explicit Context(Viewport *v) : m_v(v) {}
    std::optional<imaging::SliceGeometry> imageGeometry() const override { return m_v->m_image.geometry(); }
    QSizeF viewportSize() const override { return QSizeF(m_v->size()); }
    ViewTransform viewTransform() const override { return m_v->m_view; }
    void setViewTransform(const ViewTransform &view) override { m_v->setViewTransform(view); }
    imaging::WindowLevel window() const override { return m_v->m_image.window(); }
    void setWindow(const imaging::WindowLevel &window) override { m_v->setWindow(window); }
    void scrollBy(int steps) override { m_v->scrollBy(steps); }
    MprModel *mprModel() const override { return m_v->m_mode == Mode::Mpr ? m_v->m_model.data() : nullptr; }
    imaging::PlaneOrientation mprPlane() const override { return m_v->m_plane; }
    std::vector<imaging::SliceGeometry> referenceGeometries() const override
    {
        std::vector<imaging::SliceGeometry> out;
        for (const Reference &r : m_v->m_references)
            out.push_back(r.geometry);
        return out;
    }

    std::optional<float> valueAt(QPointF imagePosition) const override { return m_v->m_image.valueAt(imagePosition); }
    std::optional<std::array<double, 2>> paddingRange() const override
    {
        if (!m_v->m_series || m_v->m_series->sliceCount() == 0)
            return std::nullopt;
        const int slice = m_v->m_mode == Mode::Stack ? std::clamp(m_v->m_slice, 0, m_v->m_series->sliceCount() - 1) : 0;
        return m_v->m_series->header(slice).pixel.paddingRange();
    }
    void requestUpdate() override { m_v->update(); }
    bool measurementsShown() const override { return m_v->m_measurementsVisible; }
    std::optional<imaging::WindowLevel> fusionWindow() const override
    {
        return m_v->m_fusion.volume ? std::optional(m_v->m_fusion.window) : std::nullopt;
    }
    void setFusionWindow(const imaging::WindowLevel &window) override
    {
        if (!m_v->m_fusion.volume || !m_v->m_fusionSeries)
            return;
        m_v->setFusionWindow(window, fusionWindowLabel(window, m_v->m_fusionSeries->header(0).suvPerValue));
        emit m_v->fusionWindowDragged(window);
    }
    void setMagnifier(std::optional<QPointF> at) override
    {
        m_v->m_magnifier = at;
        m_v->update();
    }
    std::optional<FusedValue> fusedValueAt(const imaging::Vec3 &point) const override
    {
        if (!m_v->m_fusion.volume || !m_v->m_fusionSeries)
            return std::nullopt;
        // The fused volume sampled at the point: one pixel on the image's plane.
        imaging::SliceGeometry one;
        if (const auto g = m_v->m_image.geometry())
            one = *g;
        one.width = one.height = 1;
        one.origin = point;
        one.spacing = {1, 1};
        imaging::ResliceOptions options;
        options.background = std::nanf("");
        options.threads = 1;
        auto sampled = imaging::resampleOnto(*m_v->m_fusion.volume, one, options);
        if (!sampled.ok() || std::isnan(sampled.value().pixels.front()))
            return std::nullopt;
        const dicom::DicomHeader &h = m_v->m_fusionSeries->header(0);
        return FusedValue{sampled.value().pixels.front(), h.modality, h.suvPerValue, h.valueUnit};
    }

private:
    Viewport *m_v;
};

Viewport::Viewport(QWidget *parent)
    : QWidget(parent), m_context(std::make_unique<Context>(this)), m_toolHandler(makeTool(Tool::Browse))
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 160);
    setAcceptDrops(true);
    setMouseTracking(true);   // the cursor readout follows the mouse
    setAttribute(Qt::WA_OpaquePaintEvent);
}

Viewport::~Viewport() = default;

void Viewport::attachSeries(std::shared_ptr<imaging::SeriesVolume> series)
{
    if (m_series)
        disconnect(m_series.get(), nullptr, this, nullptr);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_series = std::move(series);
    m_image.clear();
    m_renderQueue.invalidate();  // results of an earlier series are dropped
    m_overlayPictures.drop();
    dropSegmentationPictures();
    dropFusionPictures();
    if (m_fusionSeries && m_series && m_series->header(0).frameOfReferenceUid != m_fusionSeries->header(0).frameOfReferenceUid) {
        // Another frame of reference: the fusion ends (the series shown asks for its pictures).
        disconnect(m_fusionSeries.get(), nullptr, this, nullptr);
        m_fusionSeries.reset();
        m_fusion.volume.reset();
        ++m_fusionVolumeGeneration;
    }
    m_located.reset();
    m_presentation.reset();
    m_imagePresentation.reset();
    m_presentationWindow.reset();
    m_fittedArea.reset();
    m_fittedView.reset();
    findAvailableStates();
    if (!m_series)
        return;
    connect(m_series.get(), &imaging::SeriesVolume::sliceReady, this, &Viewport::onSliceReady, Qt::QueuedConnection);
    connect(m_series.get(), &imaging::SeriesVolume::volumeReady, this, [this] {
        if (m_mode == Mode::Mpr)
            requestMprRender();
        update();
    }, Qt::QueuedConnection);
    connect(m_series.get(), &imaging::SeriesVolume::progressChanged, this, [this] { if (m_waiting || m_mode == Mode::Mpr) update(); },
            Qt::QueuedConnection);
    connect(m_series.get(), &imaging::SeriesVolume::failed, this, [this] { update(); }, Qt::QueuedConnection);
    // The first window is the file's own (its first Window Center/Width and VOI LUT function); a
    // file without one gets an automatic window from the first image shown.
    m_image.startSeries(m_series->header(0).pixel, m_series->header(0).modality);
}

void Viewport::showStack(std::shared_ptr<imaging::SeriesVolume> series, int slice, bool keepView)
{
    m_mode = series ? Mode::Stack : Mode::Empty;
    attachSeries(std::move(series));
    if (!keepView)
        m_view.reset();
    if (!m_series) {
        update();
        return;
    }
    m_slice = slice >= 0 ? std::clamp(slice, 0, sliceCount() - 1) : sliceCount() / 2;
    if (m_applyStates && !m_availableStates.empty())
        setPresentationState(m_availableStates.front());   // shows the slice
    else
        updateStackImage();
    emit sliceChanged(m_slice);
}

void Viewport::showMpr(std::shared_ptr<imaging::SeriesVolume> series, MprModel *model, imaging::PlaneOrientation plane)
{
    m_mode = series ? Mode::Mpr : Mode::Empty;
    attachSeries(std::move(series));
    m_availableStates.clear();   // a presentation state is drawn on the images it references
    m_model = model;
    m_plane = plane;
    m_view.reset();
    if (m_model)
        connect(m_model, &MprModel::changed, this, &Viewport::requestMprRender);
    requestMprRender();
    update();
}

void Viewport::clear()
{
    m_mode = Mode::Empty;
    attachSeries(nullptr);
    m_model = nullptr;
    update();
}

int Viewport::sliceCount() const { return m_series ? m_series->sliceCount() : 0; }

void Viewport::setSlice(int slice)
{
    if (m_mode != Mode::Stack || !m_series)
        return;
    slice = std::clamp(slice, 0, sliceCount() - 1);
    if (slice == m_slice)
        return;
    m_slice = slice;
    updateStackImage();
    emit sliceChanged(m_slice);
}

double Viewport::scrollStepMm() const { return m_model ? m_model->scrollStep(m_plane) : 1.0; }

void Viewport::scrollBy(int steps)
{
    if (m_mode == Mode::Stack)
        setSlice(m_slice + steps);
    else if (m_mode == Mode::Mpr && m_model && m_model->isValid())
        m_model->scroll(m_plane, steps * scrollStepMm());
}

void Viewport::onSliceReady(int k)
{
    if (m_mode == Mode::Stack && k == m_slice && m_waiting)
        updateStackImage();
    else if (m_waiting)
        update();
}

int Viewport::chestWallSide() const
{
    if (m_mode != Mode::Stack || !m_series || m_presentation || m_slice < 0 || m_slice >= m_series->sliceCount())
        return 0;
    const dicom::DicomHeader &h = m_series->header(m_slice);
    if (h.modality != QLatin1String("MG") || !m_series->stack().has(dicom::GeometryIssue::NoGeometry))
        return 0;
    // The rows run towards the first value of Patient Orientation: posterior puts the chest wall
    // at the last column, anterior (the nipple there) at the first.
    const QString rows = h.patientOrientation.section(QLatin1Char('\\'), 0, 0);
    return rows.contains(QLatin1Char('P')) ? 1 : rows.contains(QLatin1Char('A')) ? -1 : 0;
}

void Viewport::updateStackImage()
{
    if (!m_series)
        return;
    m_view.anchorColumnSide = chestWallSide();
    if (m_series->isColor()) {
        // Colour is shown as stored: no window, no colour map.
        auto rgb = m_series->colorSlice(m_slice);
        if (!rgb) {
            m_waiting = true;
            m_series->prioritize(m_slice);
            update();
            return;
        }
        m_waiting = false;
        m_image.setColor(std::move(rgb), m_series->sliceGeometry(m_slice));
        requestDicomOverlay(m_slice);
        requestSegmentationOverlay(m_slice);
        requestFusion(m_slice);
        update();
        emit imageChanged();
        return;
    }
    auto values = m_series->slice(m_slice);
    if (!values) {
        // Not decoded yet: keep the previous picture, ask for this one first.
        m_waiting = true;
        m_series->prioritize(m_slice);
        update();
        return;
    }
    m_waiting = false;
    const std::span<const float> span(*values);
    m_image.setValues(std::move(values), span, m_series->sliceGeometry(m_slice));
    requestDicomOverlay(m_slice);
    requestSegmentationOverlay(m_slice);
    requestFusion(m_slice);
    updateImagePresentation();
    if (!m_image.windowIsSet())
        setAutomaticWindow();
    rewindow();
}

void Viewport::findAvailableStates()
{
    m_availableStates.clear();
    // The presentation states of the study that reference this series' images (grayscale only).
    if (!m_series || m_states.empty() || m_series->isColor())
        return;
    QStringList uids;
    for (int i = 0; i < m_series->sliceCount(); ++i)
        if (const QString &uid = m_series->header(i).sopInstanceUid; uids.isEmpty() || uids.last() != uid)
            uids << uid;
    m_availableStates = measure::statesFor(m_states, uids);
}

void Viewport::setPresentationStates(measure::PresentationStates states)
{
    m_states = std::move(states);
    findAvailableStates();   // a state saved meanwhile is listed; what is shown stays
}

void Viewport::setReportMarks(std::vector<std::shared_ptr<const measure::ReportMarks>> reports)
{
    m_reportMarks = std::move(reports);
    update();
}

void Viewport::setReportMarksShown(bool shown)
{
    if (m_reportMarksShown == shown)
        return;
    m_reportMarksShown = shown;
    update();
}

std::vector<measure::ImageReportMark> Viewport::reportMarksHere() const
{
    if (m_reportMarks.empty() || !m_series)
        return {};
    const QString &frameOfReference = m_series->header(0).frameOfReferenceUid;
    if (m_mode == Mode::Mpr) {
        // Marks in the patient on the plane shown: within half a voxel of it, or of a slab's half.
        const auto &g = m_image.geometry();
        if (!g)
            return {};
        const double voxel = std::min({g->spacing[0], g->spacing[1], m_series->stack().sliceSpacing > 0 ? m_series->stack().sliceSpacing : 1.0});
        return measure::marksOnPlane(m_reportMarks, frameOfReference, *g, std::max(0.5 * std::max(voxel, g->thickness), 0.5));
    }
    if (m_slice < 0 || m_slice >= m_series->sliceCount())
        return {};
    std::vector<measure::ImageReportMark> marks = measure::marksOnImage(m_reportMarks, m_series->header(m_slice).sopInstanceUid,
                                                                        m_series->stack().slices[std::size_t(m_slice)].frame + 1);
    // And those in the patient that lie in this slice (the nearer of two: half the spacing).
    if (m_series->stack().isVolume() || m_series->sliceCount() == 1) {
        const double spacing = m_series->stack().sliceSpacing > 0 ? m_series->stack().sliceSpacing : m_series->sliceGeometry(m_slice).thickness;
        std::vector<measure::ImageReportMark> inPatient =
            measure::marksOnPlane(m_reportMarks, frameOfReference, m_series->sliceGeometry(m_slice), std::max(0.5 * spacing, 0.5));
        std::move(inPatient.begin(), inPatient.end(), std::back_inserter(marks));
    }
    return marks;
}

void Viewport::setOwnPresentationStates(QSet<QString> uids)
{
    m_ownStates = std::move(uids);
    update();
}

void Viewport::setPresentationStatesApplied(bool applied)
{
    if (m_applyStates == applied)
        return;
    m_applyStates = applied;
    if (!applied)
        setPresentationState(nullptr);
    else if (!m_presentation && !m_availableStates.empty())
        setPresentationState(m_availableStates.front());
}

void Viewport::setPresentationState(std::shared_ptr<const measure::PresentationState> state)
{
    if (m_mode != Mode::Stack || !m_series || state == m_presentation)
        return;
    if (state && std::find(m_availableStates.begin(), m_availableStates.end(), state) == m_availableStates.end())
        return;   // not one of this series' states
    m_presentation = std::move(state);
    m_imagePresentation.reset();
    m_presentationWindow.reset();
    m_overlayPictures.drop();   // the state decides which overlay planes are shown, and in which colour
    m_fittedArea.reset();
    m_fittedView.reset();
    m_view.reset();
    if (m_presentation) {
        // Turn and mirror are the state's, for all its images: a clockwise turn, then the
        // horizontal flip (PS3.3 C.10.6), as the view does them.
        if (const auto any = m_presentation->forImage(m_presentation->referencedInstances().value(0))) {
            m_view.quarterTurns = any->rotation / 90;
            m_view.flipHorizontal = any->flipped;
        }
    } else {
        // The series' own window again (the file's, the modality's, or automatic).
        m_image.startSeries(m_series->header(0).pixel, m_series->header(0).modality);
    }
    emit viewChanged();
    updateStackImage();
    if (!m_image.hasPicture())
        update();
}

void Viewport::updateImagePresentation()
{
    m_imagePresentation.reset();
    if (!m_presentation || m_mode != Mode::Stack || !m_series || m_slice >= m_series->sliceCount())
        return;
    const dicom::DicomHeader &h = m_series->header(m_slice);
    m_imagePresentation = m_presentation->forImage(h.sopInstanceUid, m_series->stack().slices[std::size_t(m_slice)].frame + 1);
    if (!m_imagePresentation)
        return;
    imaging::WindowLevel w = m_image.window();
    const measure::ImagePresentation &ip = *m_imagePresentation;
    if (ip.voiLut) {
        const double entries = double(ip.voiLut->data.size());
        w.center = ip.voiLut->firstMapped + entries / 2.0;
        w.width = std::max(1.0, entries);
        w.function = imaging::VoiFunction::Linear;
        w.table = ip.voiLut;
    } else if (ip.windowCenter && ip.windowWidth) {
        w.center = *ip.windowCenter;
        w.width = *ip.windowWidth;
        w.function = imaging::VoiFunction::Linear;
        w.table = nullptr;
    }
    // The Presentation LUT Shape decides black and white (MONOCHROME1 comes with INVERSE).
    w.inverted = ip.inverse;
    if (!m_presentationWindow || *m_presentationWindow != w) {
        m_presentationWindow = w;
        if (m_image.setWindow(w))
            emit windowChanged(m_image.window());
    }
    if (ip.displayedArea != m_fittedArea)
        fitDisplayedArea();
}

void Viewport::fitDisplayedArea()
{
    if (!m_imagePresentation || !m_imagePresentation->displayedArea || !m_series || width() <= 0 || height() <= 0)
        return;
    const QRect area = *m_imagePresentation->displayedArea;
    m_fittedArea = area;
    const imaging::SliceGeometry g = m_series->sliceGeometry(m_slice);
    using SizeMode = measure::ImagePresentation::SizeMode;
    const SizeMode mode = m_imagePresentation->sizeMode;
    if (mode == SizeMode::ScaleToFit && area.left() <= 1 && area.top() <= 1 && area.right() >= g.width && area.bottom() >= g.height)
        return;   // the whole image: fitted already
    // Image pixel centres lie at integers from 0: the area's columns l..r (1-based) span l − 1.5 to r − 0.5.
    const QRectF inImage(QPointF(area.left() - 1.5, area.top() - 1.5), QPointF(area.right() - 0.5, area.bottom() - 0.5));
    const QSizeF pixels(g.width, g.height), spacing = imageSpacing();
    ViewTransform view = m_view;
    view.zoom = 1.0;
    view.pan = {};
    const QTransform atOne = view.imageToWidget(pixels, spacing, size());
    const QRectF whole = atOne.mapRect(QRectF(-0.5, -0.5, g.width, g.height));
    const QRectF part = atOne.mapRect(inImage);
    if (part.width() <= 0 || part.height() <= 0)
        return;
    if (mode == SizeMode::ScaleToFit) {
        view.setZoom(std::min(width() / part.width(), height() / part.height()) / std::min(width() / whole.width(), height() / whole.height()));
    } else {
        // Display pixels per image column: the state's magnification, or at true size its
        // Presentation Pixel Spacing (else the image's) on this screen's physical pixels.
        const double perColumnAtOne = QLineF(atOne.map(QPointF(0, 0)), atOne.map(QPointF(1, 0))).length();
        double wanted = m_imagePresentation->magnification;
        if (mode == SizeMode::TrueSize) {
            const double dotsPerMm = (screen() ? screen()->physicalDotsPerInchX() : 96.0) / 25.4;
            wanted = dotsPerMm * m_imagePresentation->presentationPixelSpacing.value_or(spacing).width();
        }
        if (perColumnAtOne > 0 && wanted > 0)
            view.setZoom(wanted / perColumnAtOne);
    }
    const QPointF centre = view.imageToWidget(pixels, spacing, size()).map(inImage.center());
    view.pan = QPointF(width() / 2.0, height() / 2.0) - centre;
    m_view = view;
    m_fittedView = view;
    emit viewChanged();
    update();
}

const dicom::DisplayShutter *Viewport::activeShutter() const
{
    if (!m_shutters || m_mode != Mode::Stack || !m_series || m_slice >= m_series->sliceCount())
        return nullptr;
    if (m_imagePresentation)   // the state's shutter replaces the image's own
        return m_imagePresentation->shutter ? &*m_imagePresentation->shutter : nullptr;
    const auto &own = m_series->header(m_slice).shutter;
    return own ? &*own : nullptr;
}

void Viewport::requestDicomOverlay(int slice)
{
    if (!m_dicomOverlays || !m_series || slice < 0 || slice >= m_series->sliceCount() || m_overlayPictures.has(slice))
        return;
    const dicom::DicomHeader &header = m_series->header(slice);
    // A presentation state applied shows the planes it activates, the image's or its own, in
    // their layers' colours, and no other.
    std::shared_ptr<const measure::PresentationState> state = m_presentation;
    if (state && !state->references(header.sopInstanceUid))
        state.reset();
    if (!header.pixel.hasOverlays && (!state || state->overlays().empty()))
        return;
    qint64 held = 0;
    for (const QImage &picture : m_overlayPictures.ready())
        held += picture.sizeInBytes();
    // The planes of a few slices at a time (≤ 64 MiB): read again when wanted.
    m_overlayPictures.request(
        this, slice, held > (qint64(64) << 20) ? 0 : 64,
        [path = header.path, uid = header.sopInstanceUid, hasOwn = header.pixel.hasOverlays, state,
         frame = m_series->stack().slices[std::size_t(slice)].frame, rows = header.pixel.rows, columns = header.pixel.columns] {
            std::vector<dicom::OverlayPlane> own;
            if (hasOwn)
                if (auto planes = dicom::readOverlays(path); planes.ok())
                    own = std::move(planes).value();
            const std::optional<measure::ImagePresentation> shown = state ? state->forImage(uid, frame + 1) : std::nullopt;
            if (!shown)
                return composeOverlays(own, frame, rows, columns);
            std::vector<ColouredPlane> planes;
            for (const measure::PresentationOverlay &o : shown->overlays) {
                const std::vector<dicom::OverlayPlane> &from = o.inState ? state->overlays() : own;
                const auto plane = std::find_if(from.begin(), from.end(), [&](const dicom::OverlayPlane &p) { return p.group == o.group; });
                if (plane != from.end())
                    planes.push_back({&*plane, o.colour ? qRgb((*o.colour)[0], (*o.colour)[1], (*o.colour)[2]) : qRgb(255, 255, 255)});
            }
            return composeOverlays(planes, frame, rows, columns);
        },
        [this](int ready) {
            if (ready == m_slice && m_mode == Mode::Stack)
                update();
        });
}

void Viewport::setSegmentations(std::vector<std::shared_ptr<const measure::Segmentation>> segmentations,
                                std::vector<std::shared_ptr<const measure::StructureSet>> structures)
{
    m_segmentations = std::move(segmentations);
    m_structureSets = std::move(structures);
    recomposeSegmentations();
}

void Viewport::setHiddenSegments(QSet<QString> hidden)
{
    if (hidden == m_hiddenSegments)
        return;
    m_hiddenSegments = std::move(hidden);
    recomposeSegmentations();
}

void Viewport::dropSegmentationPictures()
{
    m_segmentationPictures.drop();   // pictures composed before are dropped, late ones too
    m_mprSegmentation = {};
}

void Viewport::recomposeSegmentations()
{
    dropSegmentationPictures();
    if (m_series && m_mode == Mode::Stack)
        requestSegmentationOverlay(m_slice);
    if (m_mode == Mode::Mpr)
        requestMprRender();   // the plane's picture is composed with it
    update();
}

SegmentationOverlay Viewport::shownSegmentation() const
{
    if (m_mode == Mode::Mpr)
        return m_segmentationsShown ? m_mprSegmentation : SegmentationOverlay{};
    return m_segmentationPictures.value(m_slice);
}

void Viewport::setSegmentationsVisible(bool visible)
{
    if (m_segmentationsShown == visible)
        return;
    m_segmentationsShown = visible;
    if (visible && m_series && m_mode == Mode::Stack)
        requestSegmentationOverlay(m_slice);
    if (visible && m_mode == Mode::Mpr)
        requestMprRender();
    update();
}

void Viewport::setFusion(std::shared_ptr<imaging::SeriesVolume> series, imaging::ColorMap map)
{
    if (m_fusionSeries)
        disconnect(m_fusionSeries.get(), nullptr, this, nullptr);
    m_fusionSeries = std::move(series);
    m_fusion.volume.reset();
    ++m_fusionVolumeGeneration;   // the window of a series fused before is not taken
    m_fusion.map = map;
    dropFusionPictures();
    if (m_fusionSeries) {
        connect(m_fusionSeries.get(), &imaging::SeriesVolume::volumeReady, this, &Viewport::fusedVolumeReady, Qt::QueuedConnection);
        m_fusionSeries->start();
        if (m_fusionSeries->volume())
            fusedVolumeReady();
    }
    if (m_mode == Mode::Mpr)
        requestMprRender();
    update();
}

void Viewport::fusedVolumeReady()
{
    if (!m_fusionSeries || !m_fusionSeries->volume() || m_fusion.volume == m_fusionSeries->volume())
        return;
    // Its window from its values, off the GUI thread; then the pictures.
    const quint64 generation = ++m_fusionVolumeGeneration;
    runThen(
        this, Executor::Interactive, [volume = m_fusionSeries->volume()] { return std::make_pair(volume, fusedRange(*volume)); },
        [this, generation](const std::pair<std::shared_ptr<const dicom::Volume>, FusedRange> &ready) {
            if (generation != m_fusionVolumeGeneration)
                return;   // another fused series since
            m_fusion.volume = ready.first;
            m_fusedRange = ready.second;
            updateDoseLevels();
            m_fusion.window = m_fusionWindow.value_or(automaticFusionWindow());
            recomposeFusion();
        });
}

void Viewport::updateDoseLevels()
{
    m_fusion.isodoses.clear();
    m_doseReference = 0;
    if (!m_dose || !m_fusion.volume)
        return;
    m_doseReference = m_dose->prescription > 0 ? m_dose->prescription : m_fusedRange.highest;
    m_fusion.isodoses = isodoseLevels(m_doseReference);
    m_fusion.lines = m_dose->lines;
    m_fusion.wash = m_dose->wash;
}

imaging::WindowLevel Viewport::automaticFusionWindow() const
{
    if (m_fusion.isodoses.empty())
        return m_fusedRange.window;
    // A dose: from its lowest isodose to its highest (the wash's blue to its red).
    imaging::WindowLevel w;
    const double low = m_fusion.isodoses.back().value, high = m_fusion.isodoses.front().value;
    w.function = imaging::VoiFunction::LinearExact;
    w.center = (low + high) / 2;
    w.width = high - low;
    return w;
}

void Viewport::setFusionDose(std::optional<DoseDisplay> dose)
{
    if (dose == m_dose)
        return;
    m_dose = dose;
    if (!m_fusion.volume)
        return;   // taken when the volume is ready
    updateDoseLevels();
    m_fusion.window = m_fusionWindow.value_or(automaticFusionWindow());
    recomposeFusion();
}

void Viewport::recomposeFusion()
{
    dropFusionPictures();
    if (m_mode == Mode::Stack)
        requestFusion(m_slice);
    else if (m_mode == Mode::Mpr)
        requestMprRender();
    update();
}

void Viewport::setFusionOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_fusion.opacity)
        return;
    m_fusion.opacity = opacity;
    recomposeFusion();
}

void Viewport::setFusionColorMap(imaging::ColorMap map)
{
    if (map == m_fusion.map)
        return;
    m_fusion.map = map;
    if (m_fusion.volume)
        recomposeFusion();
}

void Viewport::setFusionWindow(std::optional<imaging::WindowLevel> window, const QString &label)
{
    if (window == m_fusionWindow && label == m_fusionWindowLabel)
        return;
    m_fusionWindow = std::move(window);
    m_fusionWindowLabel = m_fusionWindow ? label : QString();
    if (!m_fusion.volume)
        return;   // taken when the volume is ready
    m_fusion.window = m_fusionWindow.value_or(automaticFusionWindow());
    recomposeFusion();
}

QImage Viewport::fusionPicture() const
{
    if (!m_fusion.volume)
        return {};
    return m_mode == Mode::Mpr ? m_mprFusion : m_fusionPictures.value(m_slice);
}

void Viewport::dropFusionPictures()
{
    m_fusionPictures.drop();
    m_mprFusion = {};
}

void Viewport::requestFusion(int slice)
{
    if (!m_fusion.volume || !m_series || m_mode != Mode::Stack || slice < 0 || slice >= m_series->sliceCount()
        || m_fusionPictures.has(slice))
        return;
    // A few slices at a time: composed again when wanted; dropped for another series, fused
    // series, opacity, window or colours.
    m_fusionPictures.request(
        this, slice, 32, [source = m_fusion, plane = m_series->sliceGeometry(slice)] { return composeFusion(source, plane); },
        [this](int ready) {
            if (ready == m_slice && m_mode == Mode::Stack) {
                update();
                emit fusionShown();
            }
        });
}

void Viewport::requestSegmentationOverlay(int slice)
{
    if ((m_segmentations.empty() && m_structureSets.empty()) || !m_segmentationsShown || !m_series || slice < 0 || slice >= m_series->sliceCount()
        || m_segmentationPictures.has(slice))
        return;
    const imaging::SliceGeometry plane = m_series->sliceGeometry(slice);
    const QString frameOfReference = m_series->header(slice).frameOfReferenceUid;
    // Within half a slice of the plane (half a millimetre for a single image).
    const double spacing = m_series->stack().sliceSpacing;
    const double tolerance = spacing > 0 ? spacing / 2 : 0.5;
    // A few slices at a time: composed again when wanted; dropped for another series or other segments.
    m_segmentationPictures.request(
        this, slice, 32,
        [segmentations = m_segmentations, structures = m_structureSets, plane, frameOfReference, tolerance, hidden = m_hiddenSegments] {
            return composeSegmentations(segmentations, structures, plane, frameOfReference, tolerance, hidden);
        },
        [this](int ready) {
            if (ready == m_slice && m_mode == Mode::Stack) {
                update();
                emit segmentationShown();
            }
        });
}

void Viewport::setShuttersApplied(bool applied)
{
    if (m_shutters == applied)
        return;
    m_shutters = applied;
    update();
}

void Viewport::setDicomOverlaysVisible(bool visible)
{
    if (m_dicomOverlays == visible)
        return;
    m_dicomOverlays = visible;
    if (visible && m_mode == Mode::Stack)
        requestDicomOverlay(m_slice);
    update();
}

void Viewport::requestMprRender()
{
    if (m_mode != Mode::Mpr || !m_series || !m_model)
        return;
    if (!m_series->volume()) {
        m_waiting = true;
        update();
        return;
    }
    if (!m_model->isValid())
        m_model->reset(*m_series->volume());  // emits changed(), which comes back here
    if (m_renderQueue.request())
        startMprRender();
    update();  // reference lines and crosshair follow at once
}

void Viewport::startMprRender()
{
    const quint64 ticket = m_renderQueue.start();
    std::shared_ptr<const dicom::Volume> volume = m_series->volume();
    imaging::ResliceOptions options;
    options.slab = m_model->slabMode();
    options.slabThicknessMm = m_model->slabThicknessMm();
    options.interpolation = imaging::Interpolation::Linear;
    options.threads = 1;  // the Render executor runs two planes side by side
    if (m_model->isInteracting() && options.slab != imaging::SlabMode::None) {
        // Level of detail while dragging: a slab at half resolution (a quarter of the pixels),
        // sampled along the normal no finer than across it.
        options.pixelSpacing = 2.0 * std::min(volume->spacing[0], volume->spacing[1]);
        options.slabStepMm = options.pixelSpacing;
    }
    const imaging::Plane plane = m_model->plane(m_plane);
    // The segmentations are composed on the plane's pixels with it: the picture never lags the image.
    struct Segmentations {
        std::vector<std::shared_ptr<const measure::Segmentation>> segmentations;
        std::vector<std::shared_ptr<const measure::StructureSet>> structures;
        QSet<QString> hidden;
        QString frameOfReference;
        double tolerance = 0.5;
    };
    std::optional<Segmentations> segmentations;
    if (m_segmentationsShown && (!m_segmentations.empty() || !m_structureSets.empty()))
        segmentations = Segmentations{m_segmentations, m_structureSets, m_hiddenSegments, m_series->header(0).frameOfReferenceUid,
                                      m_model->scrollStep(m_plane) / 2};
    struct Rendered {
        std::shared_ptr<const imaging::SliceImage> image;
        SegmentationOverlay segmentation;
        QImage fusion;
    };
    runThen(
        this, Executor::Render,
        [volume, plane, options, segmentations = std::move(segmentations), fusion = m_fusion] {
            Rendered out;
            auto result = imaging::reslice(*volume, plane, options);
            if (result.ok())
                out.image = std::make_shared<const imaging::SliceImage>(std::move(result).value());
            if (out.image && fusion.volume)
                out.fusion = composeFusion(fusion, out.image->geometry);
            if (out.image && segmentations)
                out.segmentation = composeSegmentations(segmentations->segmentations, segmentations->structures, out.image->geometry,
                                                        segmentations->frameOfReference, segmentations->tolerance, segmentations->hidden);
            return out;
        },
        [this, ticket](const Rendered &rendered) { mprRendered(ticket, rendered.image, rendered.segmentation, rendered.fusion); });
}

void Viewport::mprRendered(quint64 ticket, std::shared_ptr<const imaging::SliceImage> image, const SegmentationOverlay &segmentation,
                           const QImage &fusion)
{
    const MprRenderQueue::Finished finished = m_renderQueue.finish(ticket);
    if (finished.show && image && m_mode == Mode::Mpr) {
        m_waiting = false;
        // Alias the pixels: the image stays alive while the values are held.
        const std::span<const float> span(image->pixels);
        const imaging::SliceGeometry geometry = image->geometry;
        m_image.setValues(std::move(image), span, geometry);
        m_mprSegmentation = segmentation;
        m_mprFusion = fusion;
        if (!m_image.windowIsSet())
            setAutomaticWindow();
        rewindow();
        if (m_segmentationsShown && (!m_segmentations.empty() || !m_structureSets.empty()))
            emit segmentationShown();
        if (m_fusion.volume)
            emit fusionShown();
    }
    if (finished.startNext && m_mode == Mode::Mpr && m_series && m_series->volume() && m_model)
        startMprRender();
}

void Viewport::setAutomaticWindow()
{
    if (activeShutter()) {
        imaging::WindowLevel w = automaticWindow();
        w.inverted = m_image.window().inverted;
        m_image.setWindow(w);
    } else {
        m_image.setAutomaticWindow(m_series->header(0).modality, imaging::autoWindowOptions(m_series->header(0).pixel));
    }
    emit windowChanged(m_image.window());
}

imaging::WindowLevel Viewport::automaticWindow() const
{
    const std::span<const float> values = m_image.values();
    const QString modality = m_series ? m_series->header(0).modality : QString();
    const imaging::AutoWindowOptions options = m_series ? imaging::autoWindowOptions(m_series->header(0).pixel) : imaging::AutoWindowOptions{};
    if (m_image.geometry())
        if (const dicom::DisplayShutter *shutter = activeShutter()) {
            const std::vector<float> seen = imaging::seenValues(*shutter, values.data(), m_image.geometry()->height, m_image.geometry()->width);
            if (!seen.empty())
                return imaging::autoWindow(seen.data(), seen.size(), modality, options, m_image.window());
        }
    return imaging::autoWindow(values.data(), values.size(), modality, options, m_image.window());
}

void Viewport::rewindow()
{
    const bool windowed = m_image.rewindow();
    update();
    if (windowed)
        emit imageChanged();
}

void Viewport::setWindow(const imaging::WindowLevel &window)
{
    if (!m_image.setWindow(window))
        return;
    rewindow();
    emit windowChanged(m_image.window());
}

void Viewport::setColorMap(imaging::ColorMap map)
{
    if (m_image.setColorMap(map))
        rewindow();
}

void Viewport::setViewTransform(const ViewTransform &view)
{
    m_view = view;
    m_view.anchorColumnSide = chestWallSide();   // the image's, not the view's
    update();
    emit viewChanged();
}

void Viewport::zoomBy(double factor)
{
    m_view.zoomBy(factor);
    update();
    emit viewChanged();
}

void Viewport::rotateClockwise()
{
    m_view.rotateClockwise();
    update();
    emit viewChanged();
}

void Viewport::rotateCounterClockwise()
{
    m_view.rotateCounterClockwise();
    update();
    emit viewChanged();
}

void Viewport::flipHorizontal()
{
    m_view.flipHorizontal = !m_view.flipHorizontal;
    update();
    emit viewChanged();
}

void Viewport::flipVertical()
{
    m_view.flipVertical = !m_view.flipVertical;
    update();
    emit viewChanged();
}

void Viewport::fit()
{
    m_view.zoom = 1.0;
    m_view.pan = {0, 0};
    update();
    emit viewChanged();
}

void Viewport::setOverlaysVisible(bool visible)
{
    m_overlays = visible;
    update();
}

void Viewport::setReferenceLinesVisible(bool visible)
{
    m_referencesVisible = visible;
    update();
}

void Viewport::setTool(Tool tool)
{
    m_tool = tool;
    setToolHandler(makeTool(tool));
}

void Viewport::setToolHandler(std::unique_ptr<ToolHandler> handler)
{
    if (!handler)
        handler = makeTool(Tool::Browse);
    if (m_dragTool == m_toolHandler.get())
        m_dragTool = nullptr;  // a drag in progress ends with its tool
    m_toolHandler = std::move(handler);
    update();
}

ToolContext &Viewport::toolContext() const { return *m_context; }

measure::ImageReference Viewport::shownImage() const
{
    measure::ImageReference r;
    if (!m_series || m_series->sliceCount() == 0)
        return r;
    const dicom::Stack &stack = m_series->stack();
    r.seriesInstanceUid = stack.seriesInstanceUid;
    r.studyInstanceUid = m_series->header(0).studyInstanceUid;
    if (m_mode == Mode::Stack && m_slice >= 0 && m_slice < m_series->sliceCount()) {
        const dicom::DicomHeader &h = m_series->header(m_slice);
        r.studyInstanceUid = h.studyInstanceUid;
        r.sopInstanceUid = h.sopInstanceUid;
        r.sopClassUid = h.sopClassUid;
        r.frame = stack.slices[std::size_t(m_slice)].frame;
    }
    return r;
}

std::optional<measure::ReadingView> Viewport::readingView() const
{
    if (m_mode != Mode::Stack || !m_series || m_slice < 0 || m_slice >= m_series->sliceCount() || width() <= 0 || height() <= 0)
        return std::nullopt;
    measure::ReadingView view;
    view.window = measure::ReadingWindow{m_image.window().center, m_image.window().width};
    const int turns = (m_view.quarterTurns + (m_view.flipVertical ? 2 : 0)) % 4;
    view.rotation = turns * 90;
    view.flipped = m_view.flipHorizontal != m_view.flipVertical;
    const imaging::SliceGeometry g = m_series->sliceGeometry(m_slice);
    view.imageSize = QSize(g.width, g.height);
    bool invertible = false;
    const QTransform toImage = imageToWidget().inverted(&invertible);
    if (invertible && g.width > 0 && g.height > 0) {
        // Pixel centres lie at integers from 0; the columns and rows shown, 1-based.
        const QRectF seen = toImage.mapRect(QRectF(rect()));
        const QRect shown(QPoint(std::max(1, int(std::ceil(seen.left())) + 1), std::max(1, int(std::ceil(seen.top())) + 1)),
                          QPoint(std::min(g.width, int(std::floor(seen.right())) + 1), std::min(g.height, int(std::floor(seen.bottom())) + 1)));
        if (shown.isValid() && shown != QRect(1, 1, g.width, g.height))
            view.displayedArea = shown;
    }
    return view;
}

void Viewport::setMeasurements(std::shared_ptr<const MeasurementList> list)
{
    m_measurements = std::move(list);
    update();
}

void Viewport::setMeasurementsVisible(bool visible)
{
    m_measurementsVisible = visible;
    update();
}

void Viewport::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    update();
}

void Viewport::setKeyImage(bool keyImage, const QString &note)
{
    m_keyImage = keyImage;
    m_keyImageNote = keyImage ? note : QString();
    update();
}

void Viewport::setSmoothDisplay(bool smooth)
{
    m_smooth = smooth;
    update();
}

void Viewport::setReferences(std::vector<Reference> references)
{
    m_references = std::move(references);
    update();
}

MprModel *Viewport::mprModel() const { return m_mode == Mode::Mpr ? m_model.data() : nullptr; }

std::optional<imaging::SliceGeometry> Viewport::imageGeometry() const { return m_image.geometry(); }

std::optional<imaging::SliceGeometry> Viewport::targetGeometry() const
{
    if (m_mode == Mode::Stack && m_series)
        return m_series->sliceGeometry(m_slice);
    if (m_mode == Mode::Mpr && m_model && m_model->isValid() && m_series && m_series->volume()) {
        imaging::ResliceOptions options;
        options.slab = m_model->slabMode();
        options.slabThicknessMm = m_model->slabThicknessMm();
        auto g = imaging::resliceGeometry(*m_series->volume(), m_model->plane(m_plane), options);
        if (g.ok())
            return g.value();
    }
    return m_image.geometry();
}

QSizeF Viewport::imageSpacing() const
{
    if (!m_image.geometry())
        return {1, 1};
    return {m_image.geometry()->spacing[0], m_image.geometry()->spacing[1]};
}

QTransform Viewport::imageToWidget() const { return m_context->imageToWidget(); }

std::optional<imaging::Vec3> Viewport::patientPosition(QPointF widgetPosition) const
{
    return m_context->patientPosition(widgetPosition);
}

std::optional<QPointF> Viewport::widgetPosition(const imaging::Vec3 &point) const { return m_context->widgetPosition(point); }

std::optional<float> Viewport::valueAt(QPointF widgetPosition) const
{
    const auto pixel = m_context->imagePosition(widgetPosition);
    return pixel ? m_image.valueAt(*pixel) : std::nullopt;
}

imaging::OrientationLabels Viewport::screenLabels() const { return labelsThrough(imageToWidget()); }

imaging::OrientationLabels Viewport::labelsThrough(const QTransform &t) const
{
    if (!m_image.geometry())
        return {};
    // Which patient directions the screen's right and down point to, through the view transform.
    bool invertible = false;
    const QTransform inv = t.inverted(&invertible);
    if (!invertible)
        return {};
    const QPointF o = inv.map(QPointF(0, 0));
    const QPointF r = inv.map(QPointF(1, 0)) - o;
    const QPointF d = inv.map(QPointF(0, 1)) - o;
    const imaging::SliceGeometry &g = *m_image.geometry();
    Vec3 row = g.row, column = g.column;
    if (m_series && m_series->stack().has(dicom::GeometryIssue::NoGeometry)) {
        // A radiograph, a mammogram: no position, but its Patient Orientation says where its rows
        // and columns run ("L\\F"); an image that says neither shows no letters (not a guess).
        const auto directions = imaging::patientOrientationDirections(m_series->header(m_mode == Mode::Stack ? m_slice : 0).patientOrientation);
        if (!directions)
            return {};
        row = directions->first;
        column = directions->second;
    }
    auto patient = [&](QPointF v) {
        const double a = v.x() * g.spacing[0], b = v.y() * g.spacing[1];
        return Vec3{a * row[0] + b * column[0], a * row[1] + b * column[1], a * row[2] + b * column[2]};
    };
    return imaging::orientationLabels(patient(r), patient(d));
}

OverlayState Viewport::overlayState() const { return overlayState(QSizeF(size()), m_view); }

OverlayState Viewport::overlayState(QSizeF viewportSize, const ViewTransform &view) const
{
    OverlayState state;
    if (!m_series)
        return state;
    state.hasSeries = true;
    const bool stack = m_mode == Mode::Stack;
    state.header = m_series->header(stack ? m_slice : m_series->sliceCount() / 2);
    state.volumeLabel = m_series->stack().volumeLabel;
    state.mpr = !stack;
    state.slice = m_slice;
    state.sliceCount = m_series->sliceCount();
    state.geometry = stack ? std::optional(m_series->sliceGeometry(m_slice)) : m_image.geometry();
    state.imageGeometry = m_image.geometry();
    if (m_mode == Mode::Mpr) {
        state.planeTitle = OverlayText::planeTitle(m_plane, m_model && m_model->isOblique());
        if (m_model) {
            state.mprCenter = m_model->center();
            state.slab = m_model->slabMode();
            state.slabThicknessMm = m_model->slabThicknessMm();
        }
    }
    state.readyCount = m_series->readyCount();
    state.fullVolume = m_series->isFullVolume();
    state.color = m_series->isColor();
    state.complete = m_series->isComplete();
    state.hasVolume = m_series->volume() != nullptr;
    if (m_series->error().code != ErrorCode::None && state.readyCount == 0)
        state.loadError = m_series->error().message();
    state.window = m_image.window();
    state.view = view;
    state.viewportSize = viewportSize;
    // A run in time: its frames have no places to warn about, and a time instead.
    const dicom::Stack &shownStack = m_series->stack();
    const dicom::DicomHeader &first = m_series->header(0);
    const bool clip = stack && shownStack.has(dicom::GeometryIssue::NoGeometry) && shownStack.slices.size() > 1
                      && shownStack.slices.front().header == shownStack.slices.back().header && first.framesPerSecond > 0;
    if (clip) {
        const int frame = shownStack.slices[std::size_t(m_slice)].frame;
        double ms = 0;
        if (first.frameTimesMs.size() == std::size_t(first.pixel.frames))
            for (int k = 1; k <= frame; ++k)
                ms += first.frameTimesMs[std::size_t(k)];
        else
            ms = frame * 1000.0 / first.framesPerSecond;
        state.clipSeconds = ms / 1000.0;
    } else {
        state.warnings = OverlayText::geometryWarnings(shownStack);
    }
    // Compressed with loss: the slice shown, or in MPR any slice of the volume.
    if (stack) {
        const dicom::LossyCompression &shown = state.header.lossyCompression;
        if (shown.lossy)
            state.warnings.prepend(OverlayText::lossyNotice(shown, 1, 1));
        if (state.header.forProcessing)
            state.warnings.prepend(OverlayText::forProcessingNotice());
    } else if (const QString lossy = OverlayText::lossyNotice(state.sliceCount, [this](int k) -> const dicom::DicomHeader & { return m_series->header(k); });
               !lossy.isEmpty()) {
        state.warnings.prepend(lossy);
    }
    if (m_presentation && stack)
        state.presentationLabel = m_presentation->label().isEmpty() ? tr("Presentation state") : m_presentation->label();
    if (m_reportMarksShown && stack)
        for (const measure::ImageReportMark &m : reportMarksHere())
            if (!state.reportMarks.contains(m.report->label()))
                state.reportMarks << m.report->label();
    if (m_fusionSeries && m_fusion.volume) {
        const dicom::DicomHeader &fused = m_fusionSeries->header(0);
        QString scale = m_fusionWindowLabel;
        if (m_dose && m_doseReference > 0) {
            const QString dose = QStringLiteral("%1 %2").arg(QString::number(m_doseReference, 'g', 4), fused.valueUnit).trimmed();
            scale = m_dose->prescription > 0 ? tr("100 % = %1 prescribed").arg(dose) : tr("100 % = %1, the highest").arg(dose);
        }
        state.fusionLabel = QStringLiteral("%1 %2 %3 % %4")
                                .arg(fused.modality, fused.seriesDescription)
                                .arg(std::lround(m_fusion.opacity * 100))
                                .arg(scale)
                                .simplified();
    }
    if (m_segmentationsShown) {
        const SegmentationOverlay shown = shownSegmentation();
        state.segments = shown.labels;
        state.structures = shown.structures;
    }
    return state;
}

QStringList Viewport::overlayWarnings() const
{
    return m_series && m_overlays ? overlayState().warnings : QStringList();
}

std::vector<QPolygonF> Viewport::interpolatedBands() const
{
    if (!m_image.geometry() || !m_overlays)
        return {};
    return bandsThrough(imageToWidget());
}

std::vector<QPolygonF> Viewport::bandsThrough(const QTransform &t) const
{
    std::vector<QPolygonF> bands;
    if (m_mode != Mode::Mpr || !m_series || !m_image.geometry())
        return bands;
    const dicom::Stack &stack = m_series->stack();
    for (const imaging::SliceGap &gap : imaging::sliceGaps(stack)) {
        const auto region = imaging::gapRegion(*m_image.geometry(), stack.normal, gap.from, gap.to);
        if (region.empty())
            continue;
        QPolygonF polygon;
        for (const auto &p : region)
            polygon << t.map(QPointF(p[0], p[1]));
        bands.push_back(polygon);
    }
    return bands;
}

QStringList Viewport::overlayText(Corner corner) const
{
    if (!m_overlays || !m_series)
        return {};
    OverlayState state = overlayState();
    state.cursor = cursorReadout();
    return OverlayText::lines(corner, state);
}

void Viewport::locate(const imaging::Vec3 &point)
{
    m_located.reset();
    // Slices without positions (ordered by number) hold no point of the patient.
    if (!m_series || m_series->stack().has(dicom::GeometryIssue::NoGeometry))
        return update();
    if (m_mode == Mode::Stack) {
        std::vector<imaging::SliceGeometry> slices;
        slices.reserve(std::size_t(m_series->sliceCount()));
        for (int k = 0; k < m_series->sliceCount(); ++k)
            slices.push_back(m_series->sliceGeometry(k));
        const auto slice = ScrollSyncModel::sliceThrough(slices, point);
        if (!slice)
            return update();
        m_locatedTolerance = ScrollSyncModel::onSliceTolerance(slices, *slice);
        m_located = point;
        setSlice(*slice);
    } else if (m_mode == Mode::Mpr) {
        m_located = point;
        m_locatedTolerance = 0.5 + (m_model && m_model->slabMode() != imaging::SlabMode::None ? m_model->slabThicknessMm() / 2 : 0);
    }
    update();
}

void Viewport::clearLocated()
{
    if (!m_located)
        return;
    m_located.reset();
    update();
}

std::optional<QPointF> Viewport::locatedMarker() const
{
    if (!m_located || !m_image.geometry() || std::abs(m_image.geometry()->distance(*m_located)) > m_locatedTolerance + 1e-6)
        return std::nullopt;
    return widgetPosition(*m_located);
}

std::optional<CursorReadout> Viewport::cursorReadout() const
{
    if (!m_hover || !m_series || !m_image.geometry() || !m_image.hasPicture())
        return std::nullopt;
    const auto at = m_context->imagePosition(*m_hover);
    if (!at)
        return std::nullopt;
    const imaging::SliceGeometry &g = *m_image.geometry();
    const long column = std::lround(at->x()), row = std::lround(at->y());
    if (column < 0 || row < 0 || column >= g.width || row >= g.height)
        return std::nullopt;
    CursorReadout c;
    c.column = int(column);
    c.row = int(row);
    c.position = g.patientPosition(double(column), double(row));
    const dicom::DicomHeader &h = m_series->header(m_mode == Mode::Stack ? m_slice : m_series->sliceCount() / 2);
    if (m_image.isColor()) {
        c.rgb = m_image.picture().pixel(c.column, c.row);
    } else if (const auto v = m_image.valueAt(QPointF(column, row))) {
        c.value = *v;
        c.padding = dicom::isPadding(*v, m_context->paddingRange());
        c.unit = measure::valueUnitOf(h);
        if (h.suvPerValue > 0)
            c.suv = *v * h.suvPerValue;
        else
            c.suvNote = h.suvNote;
    }
    if (const auto fused = m_context->fusedValueAt(c.position)) {
        c.fusedValue = fused->value;
        c.fusedModality = fused->modality;
        c.fusedUnit = fused->unit;
        if (fused->suvPerValue > 0)
            c.fusedSuv = fused->value * fused->suvPerValue;
    }
    return c;
}

// --- painting ---------------------------------------------------------------------------------

void Viewport::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintContent(p, size(), m_view, true, false, true);
    // The magnifying glass: the picture under it twice as large, as the same view zoomed about
    // its centre (image, fusion, shutters; no text), in a ring.
    if (m_magnifier && m_image.hasPicture()) {
        const QPointF q = *m_magnifier;
        ViewTransform lens = m_view;
        lens.zoom *= kMagnification;   // beyond the zoom's limits too: it is the glass, not the view
        lens.pan = kMagnification * m_view.pan + QPointF(width() / 2.0, height() / 2.0) - q;
        QPainterPath circle;
        circle.addEllipse(q, kMagnifierRadius, kMagnifierRadius);
        p.save();
        p.setClipPath(circle);
        paintContent(p, size(), lens, false);
        p.restore();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(QColor(235, 235, 235), 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(q, kMagnifierRadius, kMagnifierRadius);
    }
    // The linked cursor's cross (on screen only): a gap at its centre keeps the pixel visible.
    if (const auto at = locatedMarker()) {
        p.setRenderHint(QPainter::Antialiasing, true);
        for (const auto &[colour, width] : {std::pair{QColor(0, 0, 0, 200), 4.0}, std::pair{locatorColor(), 2.0}}) {
            p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
            for (const QPointF d : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)})
                p.drawLine(*at + 4 * d, *at + 14 * d);
        }
    }
    m_toolHandler->paint(p, *m_context);
    if (m_active) {
        p.setPen(QPen(QColor(255, 170, 0), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(1, 1, width() - 2, height() - 2));
    }
}

void Viewport::paintContent(QPainter &p, QSizeF size, const ViewTransform &view, bool annotations, bool nativePixels,
                            bool onScreen) const
{
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::black);
    // Native pixels: the image's pixels drawn square (a snapshot of the stored matrix).
    const QSizeF spacing = nativePixels ? QSizeF(1, 1) : imageSpacing();
    const QSizeF pixels = m_image.geometry() ? QSizeF(m_image.geometry()->width, m_image.geometry()->height) : QSizeF();
    const QTransform t = m_image.geometry() ? view.imageToWidget(pixels, spacing, size) : QTransform();
    if (m_image.hasPicture() && m_image.geometry()) {
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform, m_smooth);
        p.setTransform(t);
        p.drawImage(QRectF(-0.5, -0.5, m_image.geometry()->width, m_image.geometry()->height), m_image.picture());
        // The image's own display shutter: what lies outside it in the shutter's grey.
        if (const dicom::DisplayShutter *shutter = activeShutter()) {
            const QPainterPath hidden = shutteredRegion(*shutter, m_image.geometry()->height, m_image.geometry()->width);
            if (!hidden.isEmpty())
                p.fillPath(hidden, imaging::shutterColour(*shutter));
        }
        // A fused series over the image (a PET over its CT): part of the picture, in exports too.
        if (const QImage fused = fusionPicture();
            !fused.isNull() && fused.width() == m_image.geometry()->width && fused.height() == m_image.geometry()->height)
            p.drawImage(QRectF(-0.5, -0.5, fused.width(), fused.height()), fused);
        // The image's own overlay planes, in image pixels, over it (with the annotations: an
        // export or a snapshot without them is the image alone).
        if (annotations && m_dicomOverlays && m_mode == Mode::Stack)
            if (const QImage planes = m_overlayPictures.value(m_slice); !planes.isNull())
                p.drawImage(QRectF(-0.5, -0.5, planes.width(), planes.height()), planes);
        // The segmentations' segments on this slice (with the annotations: a reader's overlay).
        // On an MPR plane, composed with the plane's pixels (the same size).
        if (annotations && m_segmentationsShown)
            if (const QImage segments = shownSegmentation().picture; !segments.isNull() && segments.width() == m_image.geometry()->width
                                                                      && segments.height() == m_image.geometry()->height)
                p.drawImage(QRectF(-0.5, -0.5, segments.width(), segments.height()), segments);
        p.restore();
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont font = p.font();
    font.setPixelSize(std::max(11, int(std::min(size.width(), size.height()) / 48)));
    p.setFont(font);
    const QFontMetricsF fm(font);

    // The presentation state's graphics and text (a reader's marks: with the annotations only).
    if (annotations && m_imagePresentation && m_image.hasPicture() && m_image.geometry())
        paintPresentation(p, t);

    // The marks of the study's reports (a CAD's findings) on this image, over a state's.
    if (annotations && m_reportMarksShown && m_image.hasPicture() && m_image.geometry())
        paintReportMarks(p, t);

    // The study's measurements on this image (on screen a measurement tool draws them itself, with
    // the one being dragged in its place).
    if (annotations && m_measurements && m_measurementsVisible && m_image.hasPicture() && m_image.geometry()
        && !(onScreen && m_toolHandler && m_toolHandler->paintsMeasurements())) {
        const PaintContext context(*m_image.geometry(), t, size);
        paintMeasurements(p, context, *m_measurements, shownImage());
    }

    // MPR: the bands where the plane crosses a gap between slices, hatched, under the crosshair.
    if (annotations && m_overlays && m_image.geometry()) {
        const QColor amber = warningColor();
        std::vector<QRectF> labels;  // one label per band, none over another (many thin bands)
        for (const QPolygonF &band : bandsThrough(t)) {
            QColor tint = amber;
            tint.setAlpha(50);
            p.setPen(Qt::NoPen);
            p.setBrush(tint);
            p.drawPolygon(band);
            tint.setAlpha(150);
            p.setBrush(QBrush(tint, Qt::BDiagPattern));
            p.setPen(QPen(amber, 1, Qt::DashLine));
            p.drawPolygon(band);
            p.setBrush(Qt::NoBrush);
            const QString label = tr("interpolated");
            const QSizeF labelSize(fm.horizontalAdvance(label) + 4, fm.height());
            QRectF box(QPointF(0, 0), labelSize);
            box.moveCenter(band.boundingRect().center());
            if (std::any_of(labels.begin(), labels.end(), [&](const QRectF &r) { return r.intersects(box); }))
                continue;
            labels.push_back(box);
            p.setPen(QColor(0, 0, 0, 200));
            p.drawText(box.translated(1, 1), Qt::AlignCenter, label);
            p.setPen(amber);
            p.drawText(box, Qt::AlignCenter, label);
        }
    }

    // Reference lines of the other viewports; in MPR they are the crosshair.
    if (m_referencesVisible && m_image.geometry()) {
        for (const Reference &r : m_references) {
            const auto line = imaging::referenceLine(*m_image.geometry(), r.geometry);
            if (!line)
                continue;
            const QPointF a = t.map(QPointF(line->from[0], line->from[1]));
            const QPointF b = t.map(QPointF(line->to[0], line->to[1]));
            p.setPen(QPen(r.color, 1.5));
            if (m_mode == Mode::Mpr && m_model) {
                // A gap around the crosshair point keeps the voxel there visible.
                const auto c = widgetPosition(m_model->center());
                if (c) {
                    const QPointF ab = b - a;
                    const double len = std::hypot(ab.x(), ab.y());
                    const double t0 = len > 0 ? QPointF::dotProduct(*c - a, ab) / (len * len) : 0;
                    const double gap = len > 0 ? 12.0 / len : 0;
                    if (t0 - gap > 0)
                        p.drawLine(a, a + (t0 - gap) * ab);
                    if (t0 + gap < 1)
                        p.drawLine(a + (t0 + gap) * ab, b);
                    continue;
                }
            }
            p.drawLine(a, b);
        }
    }

    if (m_series && m_image.hasPicture() && m_waiting) {
        p.setPen(QColor(255, 200, 0));
        p.drawText(QRectF(0, 0, size.width(), size.height() - 4), Qt::AlignHCenter | Qt::AlignBottom, tr("Loading…"));
    }
    if (!m_image.hasPicture()) {
        const QString text = OverlayText::placeholder(overlayState(size, view));
        p.setPen(QColor(200, 200, 200));
        p.drawText(QRectF(10, 10, size.width() - 20, size.height() - 20), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    if (annotations && m_overlays && m_image.geometry()) {
        // Native pixels: millimetres along a row (the scale bar is vertical; it is exact for square pixels).
        double ppm = nativePixels ? view.pixelsPerMm(pixels, spacing, size) / imageSpacing().width()
                                  : view.pixelsPerMm(pixels, spacing, size);
        // A radiograph corrected for the beam's magnification by Strata: the bar in the
        // millimetres the measurements give (at the patient's estimated depth).
        if (m_mode == Mode::Stack && m_series && m_slice >= 0 && m_slice < m_series->sliceCount())
            if (const measure::Calibration c = measure::calibrationOf(m_series->header(m_slice)); c.magnification > 0)
                ppm *= c.magnification;
        paintOverlays(p, size, view, t, ppm, onScreen);
    }
    if (annotations && m_keyImage) {
        p.setPen(QColor(255, 215, 0));
        QFont big = font;
        big.setPixelSize(font.pixelSize() * 2);
        p.setFont(big);
        p.drawText(QRectF(0, 0, size.width(), size.height()).adjusted(0, 4, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("★"));
        p.setFont(font);
        // Its note (a key object selection's title and description) under the star, in the
        // middle third (clear of the top corners' lines).
        if (!m_keyImageNote.isEmpty()) {
            const QRectF box(size.width() / 3, 4 + QFontMetricsF(big).height(), size.width() / 3, fm.height());
            const QString text = fm.elidedText(m_keyImageNote, Qt::ElideRight, box.width());
            p.setPen(QColor(0, 0, 0, 200));
            p.drawText(box.translated(1, 1), Qt::AlignHCenter | Qt::AlignTop, text);
            p.setPen(QColor(255, 215, 0));
            p.drawText(box, Qt::AlignHCenter | Qt::AlignTop, text);
        }
    }
}

namespace {

/// A smooth curve through the points (Catmull-Rom, as cubic Béziers): an INTERPOLATED graphic.
QPainterPath interpolatedPath(const std::vector<QPointF> &pts)
{
    QPainterPath path(pts.front());
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
        const QPointF p0 = pts[i == 0 ? 0 : i - 1], p1 = pts[i], p2 = pts[i + 1], p3 = pts[std::min(i + 2, pts.size() - 1)];
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    return path;
}

/// A graphic's outline in its own units (pixel: pixel centres at integers; display: 0..1).
QPainterPath graphicPath(const measure::PresentationGraphic &g, QPointF shift)
{
    using Shape = measure::PresentationGraphic::Shape;
    std::vector<QPointF> pts;
    for (const QPointF &q : g.points)
        pts.push_back(q + shift);
    QPainterPath path;
    switch (g.shape) {
    case Shape::Point:
        break;   // drawn as a mark of screen size
    case Shape::Polyline:
        path.moveTo(pts.front());
        for (std::size_t i = 1; i < pts.size(); ++i)
            path.lineTo(pts[i]);
        break;
    case Shape::Interpolated:
        path = interpolatedPath(pts);
        break;
    case Shape::Circle: {
        const double r = QLineF(pts[0], pts[1]).length();
        path.addEllipse(pts[0], r, r);
        break;
    }
    case Shape::Ellipse: {
        const QLineF major(pts[0], pts[1]), minor(pts[2], pts[3]);
        QPainterPath e;
        e.addEllipse(QPointF(0, 0), major.length() / 2, minor.length() / 2);
        QTransform place;
        place.translate(major.center().x(), major.center().y());
        place.rotate(-major.angle());   // QLineF's angle is counter-clockwise, y up
        path = place.map(e);
        break;
    }
    }
    if (g.filled && g.shape != Shape::Point)
        path.closeSubpath();
    return path;
}

} // namespace

void Viewport::paintPresentation(QPainter &p, const QTransform &t) const
{
    const measure::ImagePresentation &ip = *m_imagePresentation;
    const imaging::SliceGeometry &g = *m_image.geometry();
    // Pixel units: (0, 0) is the first pixel's top-left corner, pixel centres at half-integers.
    const QPointF pixelShift(-0.5, -0.5);
    // Display units: fractions of the displayed area as it stands on screen.
    const QRectF areaInImage = ip.displayedArea ? QRectF(QPointF(ip.displayedArea->left() - 1.5, ip.displayedArea->top() - 1.5),
                                                         QPointF(ip.displayedArea->right() - 0.5, ip.displayedArea->bottom() - 0.5))
                                                : QRectF(-0.5, -0.5, g.width, g.height);
    const QRectF area = t.mapRect(areaInImage);
    const QTransform display(area.width(), 0, 0, area.height(), area.left(), area.top());
    auto through = [&](measure::AnnotationUnits u) { return u == measure::AnnotationUnits::Pixel ? t : display; };
    auto toWidget = [&](QPointF q, measure::AnnotationUnits u) {
        return u == measure::AnnotationUnits::Pixel ? t.map(q + pixelShift) : display.map(q);
    };
    const QColor shadow(0, 0, 0, 170);
    const QFontMetricsF fm(p.font());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const bool own = m_presentation && m_ownStates.contains(m_presentation->sopInstanceUid());
    for (const measure::PresentationLayer &layer : ip.layers) {
        if (own && layer.name == QLatin1String(measure::kMeasurementLayer))
            continue;   // the measurements it was written from, drawn as measurements
        const QColor colour = layer.colour ? QColor((*layer.colour)[0], (*layer.colour)[1], (*layer.colour)[2]) : presentationColor();
        for (const measure::PresentationGraphic &graphic : layer.graphics) {
            if (graphic.shape == measure::PresentationGraphic::Shape::Point) {
                const QPointF c = toWidget(graphic.points.front(), graphic.units);
                for (const auto &[pen, penWidth] : {std::pair{shadow, 3.5}, std::pair{colour, 1.5}}) {
                    p.setPen(QPen(pen, penWidth));
                    p.drawLine(c - QPointF(5, 0), c + QPointF(5, 0));
                    p.drawLine(c - QPointF(0, 5), c + QPointF(0, 5));
                }
                continue;
            }
            const QPainterPath path = through(graphic.units).map(
                graphicPath(graphic, graphic.units == measure::AnnotationUnits::Pixel ? pixelShift : QPointF()));
            if (graphic.filled) {
                QColor fill = colour;
                fill.setAlpha(110);
                p.fillPath(path, fill);
            }
            p.strokePath(path, QPen(shadow, 3.5));
            p.strokePath(path, QPen(colour, 1.5));
        }
        for (const measure::PresentationText &text : layer.texts) {
            QRectF box;
            Qt::Alignment align = text.alignment | Qt::AlignTop;
            const QSizeF natural = fm.size(0, text.text) + QSizeF(4, 2);
            std::optional<QPointF> anchor;
            if (text.anchor)
                anchor = toWidget(*text.anchor, text.anchorUnits);
            if (text.box) {
                box = QRectF(toWidget(text.box->topLeft(), text.boxUnits), toWidget(text.box->bottomRight(), text.boxUnits)).normalized();
                // A box too small for one line grows down and to the justified side, as readers expect to read it.
                box.setWidth(std::max(box.width(), natural.width()));
                box.setHeight(std::max(box.height(), natural.height()));
            } else if (anchor) {
                // No box: the text beside its anchor, below and to the right, a little apart.
                box = QRectF(*anchor + QPointF(8, 8), natural);
                align = Qt::AlignLeft | Qt::AlignTop;
            }
            if (anchor && text.anchorVisible) {
                const QPointF from(std::clamp(anchor->x(), box.left(), box.right()), std::clamp(anchor->y(), box.top(), box.bottom()));
                for (const auto &[pen, penWidth] : {std::pair{shadow, 3.0}, std::pair{colour, 1.2}}) {
                    p.setPen(QPen(pen, penWidth));
                    p.drawLine(from, *anchor);
                }
            }
            p.setPen(shadow);
            p.drawText(box.translated(1, 1), int(align) | Qt::TextWordWrap, text.text);
            p.setPen(colour);
            p.drawText(box, int(align) | Qt::TextWordWrap, text.text);
        }
    }
    p.restore();
}

void Viewport::paintReportMarks(QPainter &p, const QTransform &t) const
{
    const std::vector<measure::ImageReportMark> marks = reportMarksHere();
    if (marks.empty())
        return;
    using Symbol = measure::ReportMark::Symbol;
    const QColor colour = reportMarkColor(), shadow(0, 0, 0, 170);
    const QPointF pixelShift(-0.5, -0.5);   // SCOORD pixel units: (0, 0) the first pixel's top-left corner
    const QFontMetricsF fm(p.font());
    const double r = std::max(7.0, fm.height() * 0.6);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    std::set<std::pair<const measure::ReportMarks *, int>> labelled;   // one label per finding
    for (const measure::ImageReportMark &m : marks) {
        const measure::PresentationGraphic &g = m.mark.graphic;
        QPainterPath path;
        QPointF labelAt;
        if (g.shape == measure::PresentationGraphic::Shape::Point) {
            const QPointF c = t.map(g.points.front() + pixelShift);
            switch (m.mark.symbol) {
            case Symbol::Calcification:   // a triangle, apex up
                path.addPolygon(QPolygonF({c + QPointF(0, -r), c + QPointF(r * 0.866, r / 2), c + QPointF(-r * 0.866, r / 2), c + QPointF(0, -r)}));
                break;
            case Symbol::Mass:   // a star of four strokes
                for (int k = 0; k < 4; ++k) {
                    const QLineF arm = QLineF::fromPolar(r, 45.0 * k).translated(c);
                    path.moveTo(2 * c - arm.p2());
                    path.lineTo(arm.p2());
                }
                break;
            case Symbol::Marker:   // a ring with its centre
                path.addEllipse(c, r, r);
                path.moveTo(c - QPointF(2, 0));
                path.lineTo(c + QPointF(2, 0));
                path.moveTo(c - QPointF(0, 2));
                path.lineTo(c + QPointF(0, 2));
                break;
            }
            labelAt = c + QPointF(r + 4, -r);
        } else {
            path = t.map(graphicPath(g, pixelShift));
            labelAt = path.boundingRect().topRight() + QPointF(4, -fm.height() / 2);
        }
        p.strokePath(path, QPen(shadow, 3.5));
        p.strokePath(path, QPen(colour, 1.6));
        const QString label = m.mark.finding;
        if (label.isEmpty() || !labelled.insert({m.report, m.mark.group}).second)
            continue;
        const QRectF box(labelAt, fm.size(0, label) + QSizeF(4, 2));
        p.setPen(shadow);
        p.drawText(box.translated(1, 1), Qt::AlignLeft | Qt::AlignTop, label);
        p.setPen(colour);
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop, label);
    }
    p.restore();
}

void Viewport::paintOverlays(QPainter &p, QSizeF size, const ViewTransform &view, const QTransform &t, double pixelsPerMm,
                             bool onScreen) const
{
    const QFontMetricsF fm(p.font());
    const double margin = 6, line = fm.height();
    const double w = size.width(), h = size.height();
    OverlayState state = overlayState(size, view);
    if (onScreen)
        state.cursor = cursorReadout();
    int bottomRightLines = 0;
    auto drawCorner = [&](Corner corner) {
        const QStringList lines = m_series ? OverlayText::lines(corner, state) : QStringList();
        const bool right = corner == Corner::TopRight || corner == Corner::BottomRight;
        const bool bottom = corner == Corner::BottomLeft || corner == Corner::BottomRight;
        if (corner == Corner::BottomRight)
            bottomRightLines = int(lines.size());
        // Each corner keeps to its half of the width (long lines are elided), so corners never overlap.
        const double half = w / 2 - margin - (right ? 18 : 4);
        for (int i = 0; i < lines.size(); ++i) {
            const double y = bottom ? h - margin - (lines.size() - i) * line : margin + i * line;
            const QRectF box(right ? w / 2 + 4 : margin, y, half, line);
            const Qt::Alignment align = (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            const QString text = fm.elidedText(lines[i], right ? Qt::ElideLeft : Qt::ElideRight, half);
            p.setPen(QColor(0, 0, 0, 200));
            p.drawText(box.translated(1, 1), align, text);
            p.setPen(QColor(235, 235, 235));
            p.drawText(box, align, text);
        }
    };
    for (Corner c : {Corner::TopLeft, Corner::TopRight, Corner::BottomLeft, Corner::BottomRight})
        drawCorner(c);

    // Geometry warnings in amber under the top-left lines, one line clear of the top letter's row,
    // in the left half (as the corner), as many as fit above the left letter.
    if (m_series && !state.warnings.isEmpty()) {
        const int topLeftLines = int(OverlayText::lines(Corner::TopLeft, state).size());
        const double half = w / 2 - margin - 4;
        double y = margin + (std::max(3, topLeftLines) + 1) * line;
        for (const QString &warning : state.warnings) {
            if (y + line > h / 2 - line / 2)
                break;
            const QRectF box(margin, y, half, line);
            const QString text = fm.elidedText(QStringLiteral("⚠ ") + warning, Qt::ElideRight, half);
            p.setPen(QColor(0, 0, 0, 200));
            p.drawText(box.translated(1, 1), Qt::AlignLeft | Qt::AlignVCenter, text);
            p.setPen(warningColor());
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
            y += line;
        }
    }

    // A fused dose's isodose lines, their legend in the right half under the top-right lines,
    // as many as fit above the right letter: each line's colour, percentage and dose.
    if (const std::vector<IsodoseLevel> isodoses = isodosesShown(); m_series && !isodoses.empty()) {
        const QString unit = m_fusionSeries ? m_fusionSeries->header(0).valueUnit : QString();
        double y = margin + (int(OverlayText::lines(Corner::TopRight, state).size()) + 1) * line;
        const double right = w - margin - 18;
        for (const IsodoseLevel &level : isodoses) {
            if (y + line > h / 2 - line / 2)
                break;
            const QString text = QStringLiteral("%1 %  %2 %3").arg(level.percent).arg(QString::number(level.value, 'f', level.value < 10 ? 2 : 1), unit).trimmed();
            const double textWidth = fm.horizontalAdvance(text);
            const QRectF box(right - textWidth, y, textWidth, line);
            p.setPen(QColor(0, 0, 0, 200));
            p.drawText(box.translated(1, 1), Qt::AlignRight | Qt::AlignVCenter, text);
            p.setPen(QColor(235, 235, 235));
            p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
            p.setPen(QPen(QColor::fromRgb(level.colour), 3));
            p.drawLine(QPointF(box.left() - 6 - line, y + line / 2), QPointF(box.left() - 6, y + line / 2));
            y += line;
        }
    }

    // Orientation letters at the middle of each edge.
    const imaging::OrientationLabels labels = labelsThrough(t);
    p.setPen(QColor(255, 220, 120));
    const double bottomLetterTop = h - margin - line - 3 * line;
    p.drawText(QRectF(margin, 0, 40, h), Qt::AlignLeft | Qt::AlignVCenter, labels.left);
    p.drawText(QRectF(w - 40 - margin - 18, 0, 40, h), Qt::AlignRight | Qt::AlignVCenter, labels.right);
    p.drawText(QRectF(0, margin + 3 * line, w, line), Qt::AlignHCenter | Qt::AlignTop, labels.top);
    p.drawText(QRectF(0, bottomLetterTop, w, line), Qt::AlignHCenter | Qt::AlignBottom, labels.bottom);

    // Scale bar along the right edge, below the right letter (its column, ticks and caption would
    // cover the letter at the middle) and above the bottom-right lines: the longest round length
    // that fits there, at most a third of the height, with room for its caption. None fits: no bar.
    if (pixelsPerMm > 0) {
        const double x = w - 10;
        const double captionLeft = x - 10 - fm.height();
        const double top = h / 2 + line / 2 + 4;
        double bottom = h - margin - bottomRightLines * line - 4;
        // A narrow picture: the bottom letter reaches the bar's column.
        const double bottomLetterRight = w / 2 + fm.horizontalAdvance(labels.bottom) / 2;
        if (!labels.bottom.isEmpty() && bottomLetterRight + 2 >= captionLeft)
            bottom = std::min(bottom, bottomLetterTop - 4);
        const double room = bottom - top;
        auto caption = [this](double mm) { return mm >= 10 ? tr("%1 cm").arg(mm / 10) : tr("%1 mm").arg(mm); };
        double lengthMm = 0;
        for (double candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0})
            if (candidate * pixelsPerMm <= std::min(room, h / 3) && fm.horizontalAdvance(caption(candidate)) <= room)
                lengthMm = candidate;
        if (lengthMm > 0) {
            const double len = lengthMm * pixelsPerMm;
            const double y0 = top + (std::min(room, h / 3) - len) / 2;
            p.setPen(QPen(QColor(235, 235, 235), 1.5));
            p.drawLine(QPointF(x, y0), QPointF(x, y0 + len));
            const int ticks = lengthMm >= 10 ? 10 : int(lengthMm);
            for (int i = 0; i <= ticks; ++i) {
                const double y = y0 + len * i / std::max(1, ticks);
                const double tick = (i == 0 || i == ticks || (ticks == 10 && i == 5)) ? 8 : 4;
                p.drawLine(QPointF(x - tick, y), QPointF(x, y));
            }
            // The caption beside the bar's middle, kept within the bar's room (a short bar's caption
            // is longer than the bar).
            const QString text = caption(lengthMm);
            const double half = fm.horizontalAdvance(text) / 2 + 1;
            const double middle = std::clamp(y0 + len / 2, top + half, std::max(top + half, bottom - half));
            p.save();
            p.translate(x - 10, middle);
            p.rotate(-90);
            p.drawText(QRectF(-half, -fm.height(), 2 * half, fm.height()), Qt::AlignCenter, text);
            p.restore();
        }
    }
}

QSize Viewport::exportSize() const
{
    if (!m_image.geometry())
        return {};
    // One output pixel per image pixel at the finer spacing: zoom so that pixelsPerMm = 1 / spacing.
    const double finest = std::min(m_image.geometry()->spacing[0], m_image.geometry()->spacing[1]);
    double w = m_image.geometry()->width * m_image.geometry()->spacing[0] / finest;
    double h = m_image.geometry()->height * m_image.geometry()->spacing[1] / finest;
    if (m_view.quarterTurns % 2 == 1)
        std::swap(w, h);
    return QSize(int(std::lround(w)), int(std::lround(h)));
}

QImage Viewport::exportImage(bool annotations) const
{
    if (!m_image.geometry() || !m_image.hasPicture())
        return {};
    const QSize out = exportSize();
    ViewTransform view;
    view.quarterTurns = m_view.quarterTurns;
    view.flipHorizontal = m_view.flipHorizontal;
    view.flipVertical = m_view.flipVertical;
    QImage image(out, QImage::Format_RGB32);
    QPainter p(&image);
    paintContent(p, QSizeF(out), view, annotations);
    return image;
}

QImage Viewport::renderImage(QSize size, bool annotations, bool nativePixels) const
{
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    paintContent(p, QSizeF(size), m_view, annotations, nativePixels);
    return image;
}

bool Viewport::isSettled() const
{
    if (m_mode == Mode::Empty || !m_series)
        return true;
    if (m_series->error().code != ErrorCode::None && m_series->readyCount() == 0)
        return true;  // nothing will come: the placeholder says why
    if (!m_image.hasPicture() || m_waiting)
        return false;
    if (m_mode == Mode::Stack)
        return !m_overlayPictures.isPending(m_slice);   // the image's overlay planes are drawn too
    return !m_renderQueue.isRendering() && !m_renderQueue.isPending();
}

void Viewport::resizeEvent(QResizeEvent *)
{
    // A presentation state's displayed area fills the viewport as it is now: applied before the
    // viewport had its size, or fitted to another size and not zoomed or panned since.
    if (m_imagePresentation && m_imagePresentation->displayedArea && (!m_fittedArea || (m_fittedView && m_view == *m_fittedView))) {
        m_fittedArea.reset();
        fitDisplayedArea();
    }
    update();
}

// --- interaction ------------------------------------------------------------------------------

void Viewport::wheelEvent(QWheelEvent *event)
{
    ToolEvent e = ToolEvent::at(*m_context, event->position(), Qt::NoButton, event->modifiers());
    e.wheelNotches = event->angleDelta().y() / kWheelNotch;
    if (m_toolHandler->wheel(*m_context, e))
        event->accept();
    else
        event->ignore();
}

void Viewport::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        scrollBy(1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        scrollBy(-1);
        break;
    case Qt::Key_PageDown:
        scrollBy(10);
        break;
    case Qt::Key_PageUp:
        scrollBy(-10);
        break;
    case Qt::Key_Home:
        if (m_mode == Mode::Stack)
            setSlice(0);
        break;
    case Qt::Key_End:
        if (m_mode == Mode::Stack)
            setSlice(sliceCount() - 1);
        break;
    case Qt::Key_Escape:
        // Esc drops a measurement half drawn; otherwise it goes on to the window.
        if (m_toolHandler && m_toolHandler->cancel(*m_context)) {
            if (m_dragTool == m_toolHandler.get())
                m_dragTool = nullptr;   // the rest of a drag it ended goes nowhere
            break;
        }
        emit locateCleared();
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

ToolHandler *Viewport::handlerFor(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton: return m_toolHandler.get();
    case Qt::RightButton: return &m_windowTool;
    case Qt::MiddleButton: return &m_panTool;
    default: return nullptr;
    }
}

ToolEvent Viewport::toolEvent(const QMouseEvent *event, Qt::MouseButton button) const
{
    return ToolEvent::at(*m_context, event->position(), button, event->modifiers());
}

void Viewport::mousePressEvent(QMouseEvent *event)
{
    emit activated();
    setFocus(Qt::MouseFocusReason);
    m_dragButton = event->button();
    m_dragTool = handlerFor(m_dragButton);
    // Shift + right drag: the window of the series fused over the image (a PET's uptake shown).
    if (m_dragButton == Qt::RightButton && (event->modifiers() & Qt::ShiftModifier) && m_fusion.volume)
        m_dragTool = &m_fusionWindowTool;
    // Thick slabs render at half resolution while the left button drags.
    if (m_mode == Mode::Mpr && m_model && m_dragButton == Qt::LeftButton)
        m_model->setInteracting(true);
    if (m_dragTool)
        m_dragTool->press(*m_context, toolEvent(event, m_dragButton));
    event->accept();
}

void Viewport::mouseMoveEvent(QMouseEvent *event)
{
    m_hover = event->position();
    if (m_overlays && m_image.hasPicture())
        update();   // the cursor readout
    // Shift over the image with no button: the linked cursor's point, for the other viewports.
    if (event->buttons() == Qt::NoButton && (event->modifiers() & Qt::ShiftModifier) && m_image.hasPicture() && m_series
        && !m_series->stack().has(dicom::GeometryIssue::NoGeometry))
        if (const auto at = m_context->imagePosition(event->position()); at && at->x() >= -0.5 && at->y() >= -0.5
                                                                           && at->x() <= m_image.geometry()->width - 0.5
                                                                           && at->y() <= m_image.geometry()->height - 0.5)
            emit pointLocated(m_image.geometry()->patientPosition(at->x(), at->y()));
    if (m_dragTool)
        m_dragTool->move(*m_context, toolEvent(event, m_dragButton));
    event->accept();
}

void Viewport::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragTool)
        m_dragTool->release(*m_context, toolEvent(event, m_dragButton));
    m_dragTool = nullptr;
    m_dragButton = Qt::NoButton;
    if (m_model)
        m_model->setInteracting(false);
    event->accept();
}

void Viewport::mouseDoubleClickEvent(QMouseEvent *event)
{
    emit doubleClicked();
    event->accept();
}

void Viewport::leaveEvent(QEvent *event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

void Viewport::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kStackMimeType)))
        event->acceptProposedAction();
}

void Viewport::dropEvent(QDropEvent *event)
{
    const QByteArray key = event->mimeData()->data(QString::fromLatin1(kStackMimeType));
    if (key.isEmpty())
        return;
    event->acceptProposedAction();
    emit stackDropped(QString::fromUtf8(key));
}

} // namespace strata::ui
