#include <strata/ui/tools/ToolHandler.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {

QTransform ToolContext::imageToWidget() const
{
    const auto g = imageGeometry();
    if (!g)
        return {};
    return viewTransform().imageToWidget(QSizeF(g->width, g->height), QSizeF(g->spacing[0], g->spacing[1]), viewportSize());
}

std::optional<QPointF> ToolContext::imagePosition(QPointF widgetPosition) const
{
    if (!imageGeometry())
        return std::nullopt;
    bool invertible = false;
    const QTransform inverse = imageToWidget().inverted(&invertible);
    if (!invertible)
        return std::nullopt;
    return inverse.map(widgetPosition);
}

std::optional<imaging::Vec3> ToolContext::patientPosition(QPointF widgetPosition) const
{
    const auto g = imageGeometry();
    const auto p = imagePosition(widgetPosition);
    if (!g || !p)
        return std::nullopt;
    return g->patientPosition(p->x(), p->y());
}

std::optional<QPointF> ToolContext::widgetPosition(const imaging::Vec3 &point) const
{
    const auto g = imageGeometry();
    if (!g)
        return std::nullopt;
    const auto px = g->pixelPosition(point);
    return imageToWidget().map(QPointF(px[0], px[1]));
}

double ToolContext::pixelsPerMm() const
{
    const auto g = imageGeometry();
    if (!g)
        return 0;
    return viewTransform().pixelsPerMm(QSizeF(g->width, g->height), QSizeF(g->spacing[0], g->spacing[1]), viewportSize());
}

ToolEvent ToolEvent::at(const ToolContext &context, QPointF position, Qt::MouseButton button, Qt::KeyboardModifiers modifiers)
{
    ToolEvent e;
    e.position = position;
    e.image = context.imagePosition(position);
    e.button = button;
    e.modifiers = modifiers;
    return e;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

void ToolHandler::release(ToolContext &, const ToolEvent &) {}

bool ToolHandler::wheel(ToolContext &context, const ToolEvent &event)
{
    if (event.wheelNotches == 0)
        return false;
    if (event.modifiers & Qt::ControlModifier) {
        ViewTransform view = context.viewTransform();
        view.zoomBy(std::pow(1.15, event.wheelNotches));
        context.setViewTransform(view);
    } else {
        context.scrollBy(-event.wheelNotches);  // towards the user: onwards, like scrolling down a page
    }
    return true;
}

void ToolHandler::paint(QPainter &, const ToolContext &) const {}

} // namespace strata::ui
