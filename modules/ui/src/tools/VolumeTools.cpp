#include <strata/ui/tools/VolumeTools.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {

void RotateTool3D::press(ToolContext &context, const ToolEvent &event)
{
    auto *volume = dynamic_cast<VolumeToolContext *>(&context);
    if (!volume)
        return;
    m_start = event.position;
    m_camera = volume->camera();
    m_mmPerPixel = volume->mmPerPixel();
    m_button = event.button;
    m_pan = event.button == Qt::MiddleButton || (event.button == Qt::LeftButton && (event.modifiers & Qt::ShiftModifier));
}

void RotateTool3D::move(ToolContext &context, const ToolEvent &event)
{
    auto *volume = dynamic_cast<VolumeToolContext *>(&context);
    if (!volume || m_button == Qt::NoButton)
        return;
    const QPointF delta = event.position - m_start;
    render3d::Camera camera = m_camera;
    if (m_pan) {
        // The picture follows the mouse.
        camera.panRight = m_camera.panRight + delta.x() * m_mmPerPixel;
        camera.panUp = m_camera.panUp - delta.y() * m_mmPerPixel;
    } else if (m_button == Qt::RightButton) {
        camera.zoom = std::clamp(m_camera.zoom * std::exp(-delta.y() / 200.0), 0.1, 50.0);
    } else {
        // The volume follows the mouse as if its near face were grabbed: dragging right shows more
        // of what was on the left (the camera turns the other way), dragging down shows the top.
        camera.azimuth = m_camera.azimuth - delta.x() * kDegreesPerPixel;
        camera.elevation = m_camera.elevation + delta.y() * kDegreesPerPixel;
    }
    volume->setCamera(camera, true);
}

void RotateTool3D::release(ToolContext &context, const ToolEvent &)
{
    m_button = Qt::NoButton;
    if (auto *volume = dynamic_cast<VolumeToolContext *>(&context))
        volume->endInteraction();
}

bool RotateTool3D::wheel(ToolContext &context, const ToolEvent &event)
{
    auto *volume = dynamic_cast<VolumeToolContext *>(&context);
    if (!volume || event.wheelNotches == 0)
        return false;
    render3d::Camera camera = volume->camera();
    camera.zoom = std::clamp(camera.zoom * std::pow(1.15, event.wheelNotches), 0.1, 50.0);
    volume->setCamera(camera, false);
    return true;
}

} // namespace strata::ui
