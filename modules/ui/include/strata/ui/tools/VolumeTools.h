#pragma once
/// The 3D view's mouse tool: left drag turns the camera about the volume (Shift: pans), right drag
/// zooms, the wheel zooms; while it drags the view renders at reduced quality, and ends at full.
#include <strata/render3d/RenderRequest.h>
#include <strata/ui/tools/ToolHandler.h>

namespace strata::ui {

/// What a 3D tool may change besides a 2D context: the camera, and whether a drag is going on.
class VolumeToolContext : public ToolContext {
public:
    virtual render3d::Camera camera() const = 0;
    /// `interactive`: part of a drag (rendered at reduced quality until endInteraction()).
    virtual void setCamera(const render3d::Camera &camera, bool interactive) = 0;
    virtual void endInteraction() = 0;
    /// Millimetres per screen pixel at the current zoom.
    virtual double mmPerPixel() const = 0;
};

class RotateTool3D : public ToolHandler {
public:
    /// Degrees the camera turns per pixel dragged.
    static constexpr double kDegreesPerPixel = 0.4;

    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;
    void release(ToolContext &context, const ToolEvent &event) override;
    bool wheel(ToolContext &context, const ToolEvent &event) override;

private:
    QPointF m_start;
    render3d::Camera m_camera;
    double m_mmPerPixel = 1;
    Qt::MouseButton m_button = Qt::NoButton;
    bool m_pan = false;
};

} // namespace strata::ui
