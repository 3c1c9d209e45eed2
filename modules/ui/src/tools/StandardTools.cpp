#include <strata/ui/tools/StandardTools.h>

#include <strata/ui/models/MprModel.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {

std::unique_ptr<ToolHandler> makeTool(ToolKind kind)
{
    switch (kind) {
    case ToolKind::Browse: return std::make_unique<BrowseTool>();
    case ToolKind::WindowLevel: return std::make_unique<WindowLevelTool>();
    case ToolKind::Zoom: return std::make_unique<ZoomTool>();
    case ToolKind::Pan: return std::make_unique<PanTool>();
    case ToolKind::Crosshair: return std::make_unique<CrosshairTool>();
    case ToolKind::Magnify: return std::make_unique<MagnifyTool>();
    }
    return std::make_unique<BrowseTool>();
}

// --- magnifying glass -------------------------------------------------------------------------

void MagnifyTool::press(ToolContext &context, const ToolEvent &event) { context.setMagnifier(event.position); }
void MagnifyTool::move(ToolContext &context, const ToolEvent &event) { context.setMagnifier(event.position); }
void MagnifyTool::release(ToolContext &context, const ToolEvent &) { context.setMagnifier(std::nullopt); }
bool MagnifyTool::cancel(ToolContext &context)
{
    context.setMagnifier(std::nullopt);
    return false;   // Esc goes on
}

// --- browse -------------------------------------------------------------------------------------

void BrowseTool::press(ToolContext &, const ToolEvent &event)
{
    m_last = event.position;
    m_carry = 0;
}

void BrowseTool::move(ToolContext &context, const ToolEvent &event)
{
    m_carry += (event.position.y() - m_last.y()) / kDragPixelsPerSlice;
    m_last = event.position;
    const int steps = int(m_carry);
    if (steps != 0) {
        m_carry -= steps;
        context.scrollBy(steps);
    }
}

// --- window/level -------------------------------------------------------------------------------

void WindowLevelTool::press(ToolContext &context, const ToolEvent &event)
{
    m_pressPosition = event.position;
    m_pressWindow = m_target == Target::Fused ? context.fusionWindow() : std::optional(context.window());
}

void WindowLevelTool::move(ToolContext &context, const ToolEvent &event)
{
    if (!m_pressWindow)
        return;   // nothing fused
    const QPointF delta = event.position - m_pressPosition;
    const double s = std::max(0.5, m_pressWindow->width / 256.0);
    imaging::WindowLevel w = *m_pressWindow;
    w.table.reset();   // adjusting a file's VOI LUT continues as a window over its input range
    w.width = std::max(1.0, m_pressWindow->width + delta.x() * s);
    w.center = m_pressWindow->center + delta.y() * s;
    if (m_target == Target::Fused)
        context.setFusionWindow(w);
    else
        context.setWindow(w);
}

// --- zoom and pan -------------------------------------------------------------------------------

void ZoomTool::press(ToolContext &context, const ToolEvent &event)
{
    m_pressPosition = event.position;
    m_pressView = context.viewTransform();
}

void ZoomTool::move(ToolContext &context, const ToolEvent &event)
{
    ViewTransform view = context.viewTransform();
    view.setZoom(m_pressView.zoom * std::exp(-(event.position.y() - m_pressPosition.y()) / 150.0));
    context.setViewTransform(view);
}

void PanTool::press(ToolContext &context, const ToolEvent &event)
{
    m_pressPosition = event.position;
    m_pressView = context.viewTransform();
}

void PanTool::move(ToolContext &context, const ToolEvent &event)
{
    ViewTransform view = context.viewTransform();
    view.pan = m_pressView.pan + (event.position - m_pressPosition);
    context.setViewTransform(view);
}

// --- crosshair ----------------------------------------------------------------------------------

void CrosshairTool::press(ToolContext &context, const ToolEvent &event)
{
    BrowseTool::press(context, event);
    m_drag = Drag::None;
    m_last = event.position;
    MprModel *model = context.mprModel();
    const auto geometry = context.imageGeometry();
    if (event.button != Qt::LeftButton || !model || !geometry)
        return;
    // Grabbing a line away from the centre turns it; anywhere else moves the point there.
    const auto c = context.widgetPosition(model->center());
    bool nearLine = false;
    if (c && std::hypot(event.position.x() - c->x(), event.position.y() - c->y()) > kCentreRadius) {
        const QTransform t = context.imageToWidget();
        for (const imaging::SliceGeometry &other : context.referenceGeometries()) {
            const auto line = imaging::referenceLine(*geometry, other);
            if (line && distanceToSegment(event.position, t.map(QPointF(line->from[0], line->from[1])),
                                          t.map(QPointF(line->to[0], line->to[1]))) <= kGrabDistance)
                nearLine = true;
        }
    }
    m_drag = nearLine ? Drag::Rotate : Drag::Move;
    if (m_drag == Drag::Move)
        if (auto point = context.patientPosition(event.position))
            model->setCenter(*point);
}

void CrosshairTool::move(ToolContext &context, const ToolEvent &event)
{
    const QPointF previous = m_last;
    m_last = event.position;
    MprModel *model = context.mprModel();
    if (m_drag == Drag::None || !model) {
        BrowseTool::move(context, event);
        return;
    }
    if (m_drag == Drag::Move) {
        if (auto point = context.patientPosition(event.position))
            model->setCenter(*point);
        return;
    }
    const auto geometry = context.imageGeometry();
    const auto c = context.widgetPosition(model->center());
    const auto from = context.patientPosition(previous), to = context.patientPosition(event.position);
    if (!geometry || !c || !from || !to)
        return;
    const imaging::Vec3 a = imaging::difference(*from, model->center()), b = imaging::difference(*to, model->center());
    const imaging::Vec3 n = geometry->normal();
    const double angle = std::atan2(imaging::dot(n, imaging::cross(a, b)), imaging::dot(a, b)) * 180.0 / M_PI;
    model->rotate(context.mprPlane(), angle);
}

void CrosshairTool::release(ToolContext &, const ToolEvent &) { m_drag = Drag::None; }

} // namespace strata::ui
