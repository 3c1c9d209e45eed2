#include <strata/ui/tools/MeasurementTools.h>

#include <strata/measure/MeasurementRecords.h>

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace strata::ui {

using measure::Measurement;
using measure::MeasurementKind;

// ---------------------------------------------------------------------------------------------
// Lesion outlines

std::vector<QLineF> lesionOutline(const LesionShape &shape, const imaging::SliceGeometry &plane)
{
    const measure::LesionMask &mask = shape.mask;
    if (mask.voxels.empty() || plane.width <= 0 || plane.height <= 0)
        return {};
    // The mask's box (voxel edges) on the plane: skip a plane that misses it, else its pixels.
    double nearest = std::numeric_limits<double>::infinity(), lowest = nearest, highest = -nearest;
    double x0 = nearest, y0 = nearest, x1 = -nearest, y1 = -nearest;
    for (int c = 0; c < 8; ++c) {
        const double i = mask.offset[0] - 0.5 + ((c & 1) ? mask.size[0] : 0);
        const double j = mask.offset[1] - 0.5 + ((c & 2) ? mask.size[1] : 0);
        const double k = mask.offset[2] - 0.5 + ((c & 4) ? mask.size[2] : 0);
        const imaging::Vec3 p = shape.grid.patientPosition(i, j, k);
        const double d = plane.distance(p);
        lowest = std::min(lowest, d);
        highest = std::max(highest, d);
        nearest = std::min(nearest, std::abs(d));
        const auto q = plane.pixelPosition(p);
        x0 = std::min(x0, q[0]), x1 = std::max(x1, q[0]);
        y0 = std::min(y0, q[1]), y1 = std::max(y1, q[1]);
    }
    if (lowest > 0 || highest < 0)
        return {};
    const int px0 = std::max(0, int(std::floor(x0)) - 1), px1 = std::min(plane.width - 1, int(std::ceil(x1)) + 1);
    const int py0 = std::max(0, int(std::floor(y0)) - 1), py1 = std::min(plane.height - 1, int(std::ceil(y1)) + 1);
    if (px1 < px0 || py1 < py0)
        return {};
    const int w = px1 - px0 + 1, h = py1 - py0 + 1;
    std::vector<std::uint8_t> inside(std::size_t(w) * std::size_t(h), 0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const imaging::Vec3 index = measure::patientToIndex(shape.grid, plane.patientPosition(px0 + x, py0 + y));
            const int i = int(std::lround(index[0])) - mask.offset[0];
            const int j = int(std::lround(index[1])) - mask.offset[1];
            const int k = int(std::lround(index[2])) - mask.offset[2];
            if (i >= 0 && j >= 0 && k >= 0 && i < mask.size[0] && j < mask.size[1] && k < mask.size[2] && mask.at(i, j, k))
                inside[std::size_t(y) * std::size_t(w) + std::size_t(x)] = 1;
        }
    const auto in = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < w && y < h && inside[std::size_t(y) * std::size_t(w) + std::size_t(x)];
    };
    std::vector<QLineF> edges;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            if (!in(x, y))
                continue;
            const double cx = px0 + x, cy = py0 + y;
            if (!in(x - 1, y))
                edges.emplace_back(cx - 0.5, cy - 0.5, cx - 0.5, cy + 0.5);
            if (!in(x + 1, y))
                edges.emplace_back(cx + 0.5, cy - 0.5, cx + 0.5, cy + 0.5);
            if (!in(x, y - 1))
                edges.emplace_back(cx - 0.5, cy - 0.5, cx + 0.5, cy - 0.5);
            if (!in(x, y + 1))
                edges.emplace_back(cx - 0.5, cy + 0.5, cx + 0.5, cy + 0.5);
        }
    return edges;
}

namespace {

/// Whether a lesion's seed, or the plane of its RECIST axes, lies on the image's plane.
bool lesionSeedOn(const Measurement &m, const imaging::SliceGeometry &g, double tolerance)
{
    return !m.points.empty() && std::abs(g.distance(m.points[0])) <= tolerance;
}

bool lesionAxesOn(const Measurement &m, const imaging::SliceGeometry &g, double tolerance)
{
    return m.points.size() >= 5
           && std::all_of(m.points.begin() + 1, m.points.begin() + 5,
                          [&](const imaging::Vec3 &p) { return std::abs(g.distance(p)) <= tolerance; });
}

} // namespace

// ---------------------------------------------------------------------------------------------
// MeasurementList

MeasurementList::MeasurementList(QObject *parent) : QObject(parent) {}

const Measurement *MeasurementList::find(const QString &uid) const
{
    for (const Measurement &m : m_items)
        if (m.uid == uid)
            return &m;
    return nullptr;
}

void MeasurementList::load(std::vector<Measurement> items)
{
    m_items = std::move(items);
    m_undo.clear();
    m_redo.clear();
    emit changed();
}

void MeasurementList::apply(std::vector<Measurement> next, bool recordUndo)
{
    if (recordUndo) {
        m_undo.push_back(m_items);
        m_redo.clear();
    }
    // Tell the store what changed: gone, added or edited (by uid and modified time).
    for (const Measurement &old : m_items)
        if (std::none_of(next.begin(), next.end(), [&](const Measurement &n) { return n.uid == old.uid; }))
            emit removed(old.uid);
    for (const Measurement &n : next) {
        const Measurement *old = find(n.uid);
        if (!old || old->modified != n.modified || old->points != n.points)
            emit saved(n);
    }
    m_items = std::move(next);
    if (!m_selected.isEmpty() && !find(m_selected))
        m_selected.clear();
    emit changed();
}

void MeasurementList::add(Measurement m)
{
    measure::stamp(m);
    std::vector<Measurement> next = m_items;
    next.push_back(std::move(m));
    apply(std::move(next), true);
}

void MeasurementList::replace(Measurement m)
{
    std::vector<Measurement> next = m_items;
    for (Measurement &n : next)
        if (n.uid == m.uid) {
            m.modified = QDateTime::currentDateTimeUtc();
            n = std::move(m);
            apply(std::move(next), true);
            return;
        }
}

void MeasurementList::remove(const QString &uid)
{
    if (!find(uid))
        return;
    std::vector<Measurement> next;
    for (const Measurement &m : m_items)
        if (m.uid != uid)
            next.push_back(m);
    apply(std::move(next), true);
}

void MeasurementList::undo()
{
    if (m_undo.empty())
        return;
    std::vector<Measurement> previous = std::move(m_undo.back());
    m_undo.pop_back();
    m_redo.push_back(m_items);
    apply(std::move(previous), false);
}

void MeasurementList::redo()
{
    if (m_redo.empty())
        return;
    std::vector<Measurement> next = std::move(m_redo.back());
    m_redo.pop_back();
    m_undo.push_back(m_items);
    apply(std::move(next), false);
}

std::shared_ptr<const LesionShape> MeasurementList::lesionShape(const QString &uid) const
{
    const Measurement *m = find(uid);
    return m ? m->mask : nullptr;
}

void MeasurementList::setSelected(const QString &uid)
{
    if (uid == m_selected)
        return;
    m_selected = uid;
    emit changed();
}

// ---------------------------------------------------------------------------------------------
// MeasurementTool

MeasurementTool::MeasurementTool(MeasurementKind kind, std::shared_ptr<MeasurementList> list, QString modality)
    : m_kind(kind), m_list(std::move(list)), m_modality(std::move(modality))
{
}

QString MeasurementTool::label(const Measurement &m)
{
    QString text = measure::displayText(m);
    if (m.kind == MeasurementKind::Lesion) {
        // The viewer also shows the lesion's mean and maximum.
        const auto mean = m.value(QStringLiteral("mean")), max = m.value(QStringLiteral("max"));
        const auto suvMax = m.value(QStringLiteral("suv_max")), suvMean = m.value(QStringLiteral("suv_mean"));
        if (suvMax && suvMean) {   // PET: its metabolic volume read in SUV, and its glycolysis
            text += QCoreApplication::translate("strata::ui::MeasurementTool", " · SUVmax %1 · SUVpeak %2 · SUVmean %3 · TLG %4 g")
                        .arg(QString::number(*suvMax, 'f', 2), QString::number(m.value(QStringLiteral("suv_peak")).value_or(0), 'f', 2),
                             QString::number(*suvMean, 'f', 2), QString::number(m.value(QStringLiteral("tlg")).value_or(0), 'f', 1));
            if (const auto sulPeak = m.value(QStringLiteral("sul_peak")))   // PERCIST's
                text += QCoreApplication::translate("strata::ui::MeasurementTool", " · SULpeak %1").arg(QString::number(*sulPeak, 'f', 2));
        } else if (mean && max)
            text += QCoreApplication::translate("strata::ui::MeasurementTool", " · mean %1 · max %2 %3")
                        .arg(QString::number(*mean, 'f', 1), QString::number(*max, 'f', 1), m.plane.valueUnit())
                        .trimmed()
                        .prepend(QLatin1Char(' '));
    }
    return text;
}

namespace {

/// Whether a measurement belongs to the series shown (either unknown: yes). Another series' are
/// not drawn: a prior's, or one in another frame of reference, whose coordinates mean elsewhere.
bool ofSeries(const Measurement &m, const QString &seriesUid)
{
    return seriesUid.isEmpty() || m.image.seriesInstanceUid.isEmpty() || m.image.seriesInstanceUid == seriesUid;
}

} // namespace

QString MeasurementTool::kindLabel(MeasurementKind kind)
{
    static constexpr struct {
        MeasurementKind kind;
        const char *text;
    } kTexts[] = {
        {MeasurementKind::Length, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Length")},
        {MeasurementKind::Angle, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Angle")},
        {MeasurementKind::CobbAngle, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Cobb angle")},
        {MeasurementKind::Ellipse, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Ellipse")},
        {MeasurementKind::Polygon, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Polygon")},
        {MeasurementKind::Freehand, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Freehand")},
        {MeasurementKind::Probe, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Probe")},
        {MeasurementKind::Arrow, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Arrow")},
        {MeasurementKind::Text, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Text")},
        {MeasurementKind::Lesion, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Lesion")},
        {MeasurementKind::CurvedPath, QT_TRANSLATE_NOOP("strata::ui::MeasurementTool", "Curved path")},
    };
    for (const auto &k : kTexts)
        if (k.kind == kind)
            return QCoreApplication::translate("strata::ui::MeasurementTool", k.text);
    return measure::kindName(kind);
}

bool measurementOnImage(const Measurement &m, const imaging::SliceGeometry &g, const measure::ImageReference &shown)
{
    if (!ofSeries(m, shown.seriesInstanceUid))
        return false;
    const bool ownImage = m.kind != MeasurementKind::Lesion && m.kind != MeasurementKind::CurvedPath;
    if (ownImage && !shown.sopInstanceUid.isEmpty() && !m.image.sopInstanceUid.isEmpty()
        && (m.image.sopInstanceUid != shown.sopInstanceUid || m.image.frame != shown.frame))
        return false;   // made on another stored image (another frame of a loop, another radiograph)
    const double tolerance = std::max(0.5, g.thickness / 2);
    if (m.kind == MeasurementKind::Lesion)
        return lesionSeedOn(m, g, tolerance) || lesionAxesOn(m, g, tolerance);
    if (m.kind == MeasurementKind::CurvedPath) {
        // A path through the volume: on every image it passes through (a point on it, or a
        // segment from one side to the other).
        for (std::size_t i = 0; i < m.points.size(); ++i) {
            const double d = g.distance(m.points[i]);
            if (std::abs(d) <= tolerance)
                return true;
            if (i > 0 && (d > 0) != (g.distance(m.points[i - 1]) > 0))
                return true;
        }
        return false;
    }
    return std::all_of(m.points.begin(), m.points.end(), [&](const imaging::Vec3 &p) { return std::abs(g.distance(p)) <= tolerance; });
}

measure::ImageReference MeasurementTool::shownImage() const
{
    return m_reference ? m_reference() : measure::ImageReference{};
}

bool MeasurementTool::onPlane(const Measurement &m, const ToolContext &context) const
{
    const auto g = context.imageGeometry();
    return g && measurementOnImage(m, *g, shownImage());
}

void MeasurementTool::evaluate(Measurement &m, const ToolContext &context) const
{
    const auto g = context.imageGeometry();
    if (!g || m.kind == MeasurementKind::Lesion)  // a lesion's values are its segmentation's
        return;
    const SeriesTraits series = m_series ? m_series() : SeriesTraits{m_modality};
    m.plane = measure::ImagePlane::ofVolumeSlice(*g, series.modality);
    if (m_calibration)
        if (const auto calibration = m_calibration(m, *g))
            m.plane.calibration = *calibration;
    const bool roi = m.kind == MeasurementKind::Ellipse || m.kind == MeasurementKind::Polygon || m.kind == MeasurementKind::Freehand;
    if (roi && m.points.size() >= 3) {
        // The viewport's pixels around the region, for its statistics; padding has no value (NaN).
        imaging::SliceImage image{*g, std::vector<float>(std::size_t(g->width) * std::size_t(g->height),
                                                        std::numeric_limits<float>::quiet_NaN())};
        const auto padding = context.paddingRange();
        double x0 = g->width, y0 = g->height, x1 = 0, y1 = 0;
        if (m.kind == MeasurementKind::Ellipse) {
            const auto c = g->pixelPosition(m.points[0]);
            for (const auto &p : m.points) {
                const auto q = g->pixelPosition(p);
                const double rx = std::abs(q[0] - c[0]) + std::abs(q[1] - c[1]);
                x0 = std::min(x0, c[0] - rx), x1 = std::max(x1, c[0] + rx);
                y0 = std::min(y0, c[1] - rx), y1 = std::max(y1, c[1] + rx);
            }
        } else {
            for (const auto &p : m.points) {
                const auto q = g->pixelPosition(p);
                x0 = std::min(x0, q[0]), x1 = std::max(x1, q[0]);
                y0 = std::min(y0, q[1]), y1 = std::max(y1, q[1]);
            }
        }
        for (int y = std::max(0, int(y0) - 1); y <= std::min(g->height - 1, int(y1) + 1); ++y)
            for (int x = std::max(0, int(x0) - 1); x <= std::min(g->width - 1, int(x1) + 1); ++x)
                if (auto v = context.valueAt(QPointF(x, y)); v && !dicom::isPadding(*v, padding))
                    image.pixels[std::size_t(y) * std::size_t(g->width) + std::size_t(x)] = *v;
        m.values = measure::evaluatePixels(m, image);
        measure::addSuvValues(m, series.pet);
        return;
    }
    m.values = measure::evaluateGeometry(m);
    if (m.kind == MeasurementKind::Probe && !m.points.empty()) {
        const auto q = g->pixelPosition(m.points[0]);
        if (auto v = context.valueAt(QPointF(q[0], q[1]))) {
            if (dicom::isPadding(*v, context.paddingRange()))
                m.values.push_back({QStringLiteral("padding"), *v, m.plane.valueUnit()});   // no image there
            else
                m.values.push_back({QStringLiteral("value"), *v, m.plane.valueUnit()});
        }
        measure::addSuvValues(m, series.pet);
        // A PET fused over the image: its uptake at the point too (in SUVbw where it gives it).
        if (const auto fused = context.fusedValueAt(m.points[0])) {
            m.values.push_back({QStringLiteral("fused_value"), fused->value, fused->unit});
            if (fused->suvPerValue > 0)
                m.values.push_back({QStringLiteral("fused_suv"), fused->value * fused->suvPerValue, QStringLiteral("SUVbw")});
        }
    }
}

void MeasurementTool::finishPending(ToolContext &context)
{
    evaluate(*m_pending, context);
    m_list->add(*m_pending);
    m_list->setSelected(m_list->items().back().uid);
    m_pending.reset();
    context.requestUpdate();
}

namespace {

/// The outline of a polygon or freehand ROI on screen; empty if a point is off the image's plane.
QPolygonF widgetOutline(const Measurement &m, const ToolContext &context)
{
    QPolygonF outline;
    for (const auto &p : m.points) {
        const auto w = context.widgetPosition(p);
        if (!w)
            return {};
        outline << *w;
    }
    return outline;
}

} // namespace

bool MeasurementTool::cancel(ToolContext &context)
{
    if (!m_pending && !m_editing && !m_lesionPress)
        return false;
    m_pending.reset();
    m_editing.reset();
    m_lesionPress.reset();   // a box being drawn: nothing segmented
    m_lesionCorner.reset();
    m_handle = -1;
    context.requestUpdate();
    return true;
}

void MeasurementTool::press(ToolContext &context, const ToolEvent &event)
{
    const auto patient = context.patientPosition(event.position);
    if (!patient || !event.image)
        return;
    if (m_pending && m_kind == MeasurementKind::Polygon) {
        // The next vertex, or a click on the first one closes the outline (three vertices at least).
        const auto first = context.widgetPosition(m_pending->points.front());
        if (m_pending->points.size() >= 4 && first && QLineF(*first, event.position).length() <= kGrabDistance) {
            m_pending->points.pop_back();  // the point that followed the mouse
            finishPending(context);
            return;
        }
        m_pending->points.back() = *patient;
        m_pending->points.push_back(*patient);
        context.requestUpdate();
        return;
    }
    if (m_pending) {  // angle and Cobb angle: the next click
        m_pending->points.back() = *patient;
        if (int(m_pending->points.size()) < measure::pointsNeeded(m_kind)) {
            m_pending->points.push_back(*patient);
        } else {
            evaluate(*m_pending, context);
            m_list->add(*m_pending);
            m_list->setSelected(m_list->items().back().uid);
            m_pending.reset();
        }
        context.requestUpdate();
        return;
    }
    // A handle of a measurement on this plane: drag it (none while the measurements are hidden).
    for (const Measurement &m : m_list->items()) {
        if (!context.measurementsShown() || !onPlane(m, context))
            continue;
        for (std::size_t i = 0; i < m.points.size(); ++i) {
            const auto w = context.widgetPosition(m.points[i]);
            if (w && QLineF(*w, event.position).length() <= kGrabDistance
                && (m.kind == MeasurementKind::Lesion || m.kind == MeasurementKind::CurvedPath)) {
                // A lesion is its segmentation's, a curved path the curved path tool's: selected
                // (to delete it), not dragged.
                m_list->setSelected(m.uid);
                context.requestUpdate();
                return;
            }
            if (w && QLineF(*w, event.position).length() <= kGrabDistance) {
                m_editing = m;
                m_handle = int(i);
                m_list->setSelected(m.uid);
                context.requestUpdate();
                return;
            }
        }
    }
    if (m_kind == MeasurementKind::Polygon || m_kind == MeasurementKind::Freehand) {
        // Inside the selected polygon or freehand ROI: move all of it.
        const Measurement *selected = m_list->find(m_list->selected());
        if (selected && (selected->kind == MeasurementKind::Polygon || selected->kind == MeasurementKind::Freehand)
            && context.measurementsShown() && onPlane(*selected, context) && widgetOutline(*selected, context).containsPoint(event.position, Qt::OddEvenFill)) {
            m_editing = *selected;
            m_handle = -2;
            m_moveFrom = *patient;
            context.requestUpdate();
            return;
        }
    }
    if (m_kind == MeasurementKind::Lesion) {
        // A click: the seed, on release; a drag: a box around the lesion (move, release).
        m_lesionPress = std::pair{event.position, *patient};
        m_lesionCorner.reset();
        return;
    }
    Measurement m;
    m.kind = m_kind;
    if (m_reference)
        m.image = m_reference();
    m_pressImage = *event.image;
    switch (m_kind) {
    case MeasurementKind::Text:
        if (m_text) {
            const std::optional<QString> text = m_text(QString());
            if (!text || text->trimmed().isEmpty())
                return;
            m.text = text->trimmed();
        }
        if (m.text.isEmpty())
            m.text = QCoreApplication::translate("strata::ui::MeasurementTool", "Note");
        [[fallthrough]];
    case MeasurementKind::Probe:
        m.points = {*patient};
        evaluate(m, context);
        m_list->add(m);
        m_list->setSelected(m_list->items().back().uid);
        context.requestUpdate();
        return;
    case MeasurementKind::Ellipse:
        m.points = {*patient, *patient, *patient};
        break;
    case MeasurementKind::Freehand:
        m.points = {*patient};
        break;
    default:
        m.points = {*patient, *patient};
        break;
    }
    m_pending = m;
    context.requestUpdate();
}

void MeasurementTool::move(ToolContext &context, const ToolEvent &event)
{
    const auto patient = context.patientPosition(event.position);
    const auto g = context.imageGeometry();
    if (!patient || !g || !event.image)
        return;
    if (m_kind == MeasurementKind::Lesion && m_lesionPress) {
        // Dragged some pixels: a box around the lesion, not a click.
        if (m_lesionCorner || QLineF(m_lesionPress->first, event.position).length() >= kGrabDistance)
            m_lesionCorner = event.position;
        context.requestUpdate();
        return;
    }
    if (m_editing) {
        if (m_handle == -2) {
            // A whole polygon or freehand ROI follows the mouse.
            const imaging::Vec3 d = imaging::difference(*patient, m_moveFrom);
            for (auto &p : m_editing->points)
                p = {p[0] + d[0], p[1] + d[1], p[2] + d[2]};
            m_moveFrom = *patient;
        } else if (m_editing->kind == MeasurementKind::Ellipse && m_handle == 0) {
            // The centre carries the whole ellipse.
            const imaging::Vec3 d = imaging::difference(*patient, m_editing->points[0]);
            for (auto &p : m_editing->points)
                p = {p[0] + d[0], p[1] + d[1], p[2] + d[2]};
        } else {
            m_editing->points[std::size_t(m_handle)] = *patient;
        }
        evaluate(*m_editing, context);
        context.requestUpdate();
        return;
    }
    if (!m_pending)
        return;
    if (m_kind == MeasurementKind::Freehand) {
        // The outline follows the mouse: a point each few screen pixels.
        const auto last = context.widgetPosition(m_pending->points.back());
        if (last && QLineF(*last, event.position).length() < 3)
            return;
        m_pending->points.push_back(*patient);
        if (m_pending->points.size() >= 3)
            evaluate(*m_pending, context);
        context.requestUpdate();
        return;
    }
    if (m_kind == MeasurementKind::Ellipse) {
        // Dragged out as its bounding box on screen: centre, then the ends of its two semi-axes.
        const QPointF a = m_pressImage, b = *event.image;
        const QPointF c = (a + b) / 2;
        m_pending->points = {g->patientPosition(c.x(), c.y()), g->patientPosition(b.x(), c.y()), g->patientPosition(c.x(), b.y())};
    } else {
        m_pending->points.back() = *patient;
    }
    evaluate(*m_pending, context);
    context.requestUpdate();
}

void MeasurementTool::release(ToolContext &context, const ToolEvent &event)
{
    Q_UNUSED(event);
    if (m_kind == MeasurementKind::Lesion && m_lesionPress) {
        // A click: the seed. A drag: the box of the rectangle (as deep as it is wide), its centre
        // the seed. The segmentation runs in the background and adds the lesion when done.
        const auto press = *std::exchange(m_lesionPress, std::nullopt);
        const std::optional<QPointF> corner = std::exchange(m_lesionCorner, std::nullopt);
        context.requestUpdate();
        if (!m_seed)
            return;
        if (!corner) {
            m_seed(press.second, std::nullopt);
            return;
        }
        const auto g = context.imageGeometry();
        const auto other = context.patientPosition(*corner);
        if (!g || !other)
            return;
        const measure::LesionBox box = measure::LesionBox::ofRectangle(press.second, *other, g->row, g->column);
        if (box.halfSize[0] > 0.5 && box.halfSize[1] > 0.5)   // a line is no box
            m_seed(box.centre, box);
        return;
    }
    if (m_editing) {
        // A click that moved nothing is no edit (no undo step, nothing to save).
        const Measurement *stored = m_list->find(m_editing->uid);
        if (!stored || stored->points != m_editing->points)
            m_list->replace(*m_editing);
        m_editing.reset();
        m_handle = -1;
        context.requestUpdate();
        return;
    }
    if (!m_pending)
        return;
    if (m_kind == MeasurementKind::Polygon)
        return;  // vertex by vertex until closed
    if (m_kind == MeasurementKind::Freehand) {
        // Kept when it encloses something on screen (a few pixels² at least).
        const QPolygonF outline = widgetOutline(*m_pending, context);
        double twice = 0;
        for (int i = 0, j = int(outline.size()) - 1; i < int(outline.size()); j = i++)
            twice += outline[j].x() * outline[i].y() - outline[i].x() * outline[j].y();
        if (m_pending->points.size() >= 3 && std::abs(twice) / 2 >= 4)
            finishPending(context);
        else
            m_pending.reset();
        context.requestUpdate();
        return;
    }
    if (m_kind == MeasurementKind::Angle || m_kind == MeasurementKind::CobbAngle) {
        // The first drag gives the first arm; the next clicks add the rest.
        if (m_pending->points.size() == 2)
            m_pending->points.push_back(m_pending->points.back());
        return;
    }
    const auto a = context.widgetPosition(m_pending->points.front()), b = context.widgetPosition(m_pending->points.back());
    const bool tooSmall = m_kind == MeasurementKind::Ellipse
                              ? QLineF(*context.widgetPosition(m_pending->points[0]), *context.widgetPosition(m_pending->points[1])).length() < 2
                              : (a && b && QLineF(*a, *b).length() < 2);
    if (!tooSmall) {
        evaluate(*m_pending, context);
        m_list->add(*m_pending);
        m_list->setSelected(m_list->items().back().uid);
    }
    m_pending.reset();
    context.requestUpdate();
}

namespace {

/// A lesion: its RECIST axes on their own slice (dashed on parallel planes through its seed), its
/// seed, the outline of its mask where the plane cuts it, its label.
void paintLesion(QPainter &painter, const ToolContext &context, const Measurement &m, bool selected)
{
    const auto g = context.imageGeometry();
    if (!g || m.points.size() < 5)
        return;
    const double tolerance = std::max(0.5, g->thickness / 2);
    const bool seedOn = lesionSeedOn(m, *g, tolerance), axesOn = lesionAxesOn(m, *g, tolerance);
    // The axes are drawn on their own slice, and projected (dashed) on parallel planes through the seed.
    const bool parallel = std::abs(imaging::dot(g->normal(), m.plane.geometry.normal())) > 0.99;
    const bool axes = axesOn || (seedOn && parallel);
    std::vector<QLineF> outline;
    if (const auto &shape = m.mask) {
        const QTransform t = context.imageToWidget();
        for (const QLineF &edge : lesionOutline(*shape, *g))
            outline.push_back(t.map(edge));
    }
    if (!axes && !seedOn && outline.empty())
        return;
    std::vector<QPointF> w;
    for (const auto &p : m.points)
        if (auto q = context.widgetPosition(p))
            w.push_back(*q);
    if (w.size() != m.points.size())
        return;
    const QColor colour = selected ? QColor(0, 220, 255) : QColor(255, 220, 0);
    painter.save();
    if (!outline.empty()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(QColor(60, 230, 120), 1));
        painter.drawLines(outline.data(), int(outline.size()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QPointF labelAt = w[0];
    if (axes) {
        painter.setPen(QPen(colour, 2, axesOn ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(w[1], w[2]);
        painter.drawLine(w[3], w[4]);
        painter.setPen(QPen(colour, 1.5));
        for (int i = 1; i < 5; ++i)
            painter.drawRect(QRectF(w[std::size_t(i)] - QPointF(2.5, 2.5), QSizeF(5, 5)));
        labelAt = w[1].x() > w[2].x() ? w[1] : w[2];
    }
    if (seedOn) {
        painter.setPen(QPen(colour, 1.5));
        painter.drawLine(w[0] - QPointF(4, 0), w[0] + QPointF(4, 0));
        painter.drawLine(w[0] - QPointF(0, 4), w[0] + QPointF(0, 4));
    }
    const QString text = MeasurementTool::label(m);
    if (!text.isEmpty()) {
        const QPointF at = labelAt + QPointF(8, -8);
        painter.setPen(Qt::black);
        painter.drawText(at + QPointF(1, 1), text);
        painter.setPen(colour);
        painter.drawText(at, text);
    }
    painter.restore();
}

} // namespace

void paintMeasurements(QPainter &painter, const ToolContext &context, const MeasurementList &list, const measure::ImageReference &shown,
                       const Measurement *editing, const Measurement *pending, bool stored, const QString &leftOut)
{
    const auto g = context.imageGeometry();
    if (!g)
        return;
    std::vector<const Measurement *> drawn;
    for (const Measurement &m : list.items()) {
        if (!stored || (editing && editing->uid == m.uid) || (!leftOut.isEmpty() && m.uid == leftOut)
            || !ofSeries(m, shown.seriesInstanceUid))
            continue;
        if (m.kind == MeasurementKind::Lesion)   // also where the plane cuts its mask only
            paintLesion(painter, context, m, m.uid == list.selected() && !m.uid.isEmpty());
        else if (measurementOnImage(m, *g, shown))
            drawn.push_back(&m);
    }
    if (editing)
        drawn.push_back(editing);
    if (pending)
        drawn.push_back(pending);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Measurement *m : drawn) {
        std::vector<QPointF> w;
        for (const auto &p : m->points)
            if (auto q = context.widgetPosition(p))
                w.push_back(*q);
        if (w.size() != m->points.size() || w.empty())
            continue;
        const bool selected = m->uid == list.selected() && !m->uid.isEmpty();
        painter.setPen(QPen(selected ? QColor(0, 220, 255) : QColor(255, 220, 0), 1.5));
        painter.setBrush(Qt::NoBrush);
        switch (m->kind) {
        case MeasurementKind::Ellipse:
            if (w.size() >= 3) {
                const QLineF axis(w[0], w[1]);
                painter.save();
                painter.translate(w[0]);
                painter.rotate(-axis.angle());
                painter.drawEllipse(QPointF(0, 0), axis.length(), QLineF(w[0], w[2]).length());
                painter.restore();
            }
            break;
        case MeasurementKind::Polygon:
        case MeasurementKind::Freehand:
            if (m == pending)
                painter.drawPolyline(w.data(), int(w.size()));
            else
                painter.drawPolygon(w.data(), int(w.size()));
            break;
        case MeasurementKind::CobbAngle:
            painter.drawLine(w[0], w[1]);
            if (w.size() >= 4)
                painter.drawLine(w[2], w[3]);
            break;
        case MeasurementKind::Probe:
        case MeasurementKind::Text:
            painter.drawLine(w[0] - QPointF(5, 0), w[0] + QPointF(5, 0));
            painter.drawLine(w[0] - QPointF(0, 5), w[0] + QPointF(0, 5));
            break;
        case MeasurementKind::CurvedPath: {
            // Its points joined in order, filled where they lie on this image, hollow elsewhere;
            // the label by the point nearest the image.
            painter.drawPolyline(w.data(), int(w.size()));
            const double tolerance = std::max(0.5, g->thickness / 2);
            std::size_t nearest = 0;
            for (std::size_t i = 0; i < w.size(); ++i) {
                const double d = std::abs(g->distance(m->points[i]));
                painter.setBrush(d <= tolerance ? painter.pen().color() : QColor(Qt::transparent));
                painter.drawEllipse(w[i], 3.0, 3.0);
                if (d < std::abs(g->distance(m->points[nearest])))
                    nearest = i;
            }
            painter.setBrush(Qt::NoBrush);
            std::swap(w[nearest], w.back());   // where the label goes
            break;
        }
        case MeasurementKind::Arrow:
            painter.drawLine(w[0], w[1]);
            if (w.size() >= 2)
                for (const QPointF &barb : measure::arrowBarbs(w[0], w[1], 10))
                    painter.drawLine(w[0], barb);
            break;
        default:
            for (std::size_t i = 1; i < w.size(); ++i)
                painter.drawLine(w[i - 1], w[i]);
            break;
        }
        // A freehand outline has a handle at every point: shown only while selected. A curved
        // path's points are its circles.
        if ((m->kind != MeasurementKind::Freehand || selected) && m->kind != MeasurementKind::CurvedPath)
            for (const QPointF &p : w)
                painter.drawRect(QRectF(p - QPointF(2.5, 2.5), QSizeF(5, 5)));
        const QString text = MeasurementTool::label(*m);
        if (!text.isEmpty()) {
            painter.setPen(Qt::black);
            const QPointF at = w.back() + QPointF(8, -8);
            painter.drawText(at + QPointF(1, 1), text);
            painter.setPen(selected ? QColor(0, 220, 255) : QColor(255, 220, 0));
            painter.drawText(at, text);
        }
    }
    painter.restore();
}

void MeasurementTool::paint(QPainter &painter, const ToolContext &context) const
{
    paintMeasurements(painter, context, *m_list, shownImage(), m_editing ? &*m_editing : nullptr, m_pending ? &*m_pending : nullptr,
                      context.measurementsShown());
    if (m_lesionPress && m_lesionCorner) {
        // The box being drawn around a lesion: a dashed rectangle.
        painter.save();
        painter.setPen(QPen(QColor(255, 220, 0), 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(m_lesionPress->first, *m_lesionCorner).normalized());
        painter.restore();
    }
}

} // namespace strata::ui
