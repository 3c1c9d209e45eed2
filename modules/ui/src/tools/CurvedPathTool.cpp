#include <strata/ui/tools/CurvedPathTool.h>

#include <strata/ui/tools/MeasurementTools.h>

#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace strata::ui {

CurvedPathTool::CurvedPathTool(Finished finished, std::shared_ptr<const MeasurementList> list,
                               std::function<measure::ImageReference()> shownImage)
    : m_finished(std::move(finished)), m_list(std::move(list)), m_shownImage(std::move(shownImage))
{
}

std::vector<imaging::Vec3> CurvedPathTool::endedPath() const
{
    if (m_endedUid.isEmpty() || !m_list || m_moving >= 0)
        return m_ended;
    const measure::Measurement *m = m_list->find(m_endedUid);
    return m && m->kind == measure::MeasurementKind::CurvedPath ? m->points : std::vector<imaging::Vec3>{};
}

void CurvedPathTool::setEndedPath(const QString &uid)
{
    m_endedUid = uid;
    m_moving = -1;
    if (m_list)
        m_ended.clear();   // read from the list from now on
}

void CurvedPathTool::handOn(const std::vector<imaging::Vec3> &path, const imaging::SliceGeometry &geometry, const QString &uid) const
{
    if (m_finished)
        m_finished(path, geometry, uid);
}

bool CurvedPathTool::edit(ToolContext &context, const ToolEvent &event, const imaging::Vec3 &patient,
                          const imaging::SliceGeometry &geometry)
{
    const bool ended = m_points.empty();
    std::vector<imaging::Vec3> path = ended ? endedPath() : m_points;
    if (path.empty())
        return false;
    const double tolerance = std::max(0.5, geometry.thickness / 2);
    bool changed = false;
    // A point (on this image): taken out, as long as two remain of an ended path.
    for (std::size_t i = 0; i < path.size() && !changed; ++i) {
        const auto at = context.widgetPosition(path[i]);
        if (at && QLineF(*at, event.position).length() <= kGrabDistance && std::abs(geometry.distance(path[i])) <= tolerance) {
            if (ended && path.size() <= 2)
                return true;   // a path needs two points: nothing to take
            path.erase(path.begin() + std::ptrdiff_t(i));
            changed = true;
        }
    }
    // A segment: a point put in there, where the click lies.
    for (std::size_t i = 0; i + 1 < path.size() && !changed; ++i) {
        const auto a = context.widgetPosition(path[i]), b = context.widgetPosition(path[i + 1]);
        if (a && b && distanceToSegment(event.position, *a, *b) <= kGrabDistance) {
            path.insert(path.begin() + std::ptrdiff_t(i + 1), patient);
            changed = true;
        }
    }
    if (!changed)
        return false;
    context.requestUpdate();
    if (!ended) {
        m_points = std::move(path);
        return true;
    }
    if (m_endedUid.isEmpty() || !m_list)
        m_ended = path;
    handOn(path, geometry, m_endedUid);
    return true;
}

void CurvedPathTool::press(ToolContext &context, const ToolEvent &event)
{
    const auto patient = context.patientPosition(event.position);
    const auto geometry = context.imageGeometry();
    if (!patient || !geometry || !event.image)
        return;
    if ((event.modifiers & Qt::ShiftModifier) && edit(context, event, *patient, *geometry))
        return;
    if (m_points.size() >= 2) {
        // A click on the last point again, on the image it lies on: the path is done.
        const auto last = context.widgetPosition(m_points.back());
        const double tolerance = std::max(0.5, geometry->thickness / 2);
        if (last && QLineF(*last, event.position).length() <= kGrabDistance
            && std::abs(geometry->distance(m_points.back())) <= tolerance) {
            const std::vector<imaging::Vec3> path = std::move(m_points);
            m_points.clear();
            m_ended = path;
            m_endedUid.clear();
            context.requestUpdate();
            handOn(path, *geometry, QString());   // kept, it may come back as setEndedPath (m_ended then cleared)
            return;
        }
    }
    const std::vector<imaging::Vec3> ended = endedPath();
    if (m_points.empty() && !ended.empty()) {
        // A press on a point of the ended path, on its own image, takes it to move.
        const double tolerance = std::max(0.5, geometry->thickness / 2);
        for (std::size_t i = 0; i < ended.size(); ++i) {
            const auto at = context.widgetPosition(ended[i]);
            if (at && QLineF(*at, event.position).length() <= kGrabDistance && std::abs(geometry->distance(ended[i])) <= tolerance) {
                m_ended = ended;   // dragged as a copy; handed on when released
                m_moving = int(i);
                return;
            }
        }
    }
    m_ended.clear();   // a new path
    m_endedUid.clear();
    m_points.push_back(*patient);
    context.requestUpdate();
}

void CurvedPathTool::move(ToolContext &context, const ToolEvent &event)
{
    if (m_moving < 0 || std::size_t(m_moving) >= m_ended.size())
        return;
    if (const auto patient = context.patientPosition(event.position)) {
        m_ended[std::size_t(m_moving)] = *patient;
        context.requestUpdate();
    }
}

void CurvedPathTool::release(ToolContext &context, const ToolEvent &event)
{
    if (m_moving < 0)
        return;
    move(context, event);
    m_moving = -1;
    const std::vector<imaging::Vec3> moved = m_ended;
    if (!m_endedUid.isEmpty() && m_list)
        m_ended.clear();   // the measurement, once changed, is the path again
    // The path moved: the reformat follows.
    if (const auto geometry = context.imageGeometry())
        handOn(moved, *geometry, m_endedUid);
}

bool CurvedPathTool::cancel(ToolContext &context)
{
    if (m_points.empty() && endedPath().empty())
        return false;
    m_points.clear();
    m_ended.clear();
    m_endedUid.clear();   // a kept path stays with the study, drawn as its other measurements
    m_moving = -1;
    context.requestUpdate();
    return true;
}

void CurvedPathTool::paint(QPainter &painter, const ToolContext &context) const
{
    if (m_list)   // the study's measurements; the ended path's own is drawn below, as the tool's
        paintMeasurements(painter, context, *m_list, m_shownImage ? m_shownImage() : measure::ImageReference{}, nullptr, nullptr,
                          context.measurementsShown(), m_endedUid);
    const auto geometry = context.imageGeometry();
    const bool laying = !m_points.empty();
    const std::vector<imaging::Vec3> path = laying ? m_points : endedPath();
    if (path.empty() || !geometry)
        return;
    const double tolerance = std::max(0.5, geometry->thickness / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = laying ? QColor(0, 220, 255) : QColor(0, 170, 200);
    QPainterPath line;
    for (const imaging::Vec3 &p : path) {
        const auto at = context.widgetPosition(p);
        if (!at)
            continue;
        if (line.elementCount() == 0)
            line.moveTo(*at);
        else
            line.lineTo(*at);
    }
    painter.setPen(QPen(colour, 1.5, laying ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    painter.setPen(QPen(colour, 1.5));
    for (const imaging::Vec3 &p : path) {
        const auto at = context.widgetPosition(p);
        if (!at)
            continue;
        // Filled where the point lies on this image, hollow where it lies on another slice.
        painter.setBrush(std::abs(geometry->distance(p)) <= tolerance ? QBrush(colour) : QBrush(Qt::NoBrush));
        painter.drawEllipse(*at, laying ? 4.0 : 3.0, laying ? 4.0 : 3.0);
    }
    painter.restore();
}

} // namespace strata::ui
