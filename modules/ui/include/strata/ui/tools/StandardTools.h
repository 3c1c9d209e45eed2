#pragma once
/// The viewer's built-in mouse tools: browse (drag to scroll), window/level, zoom, pan, the MPR
/// crosshair (move the point, turn the planes) and the magnifying glass. Each keeps only the state of its own drag.
#include <strata/ui/tools/ToolHandler.h>

#include <memory>

namespace strata::ui {

/// The tools the toolbar offers for the left button (the values are kept in the settings).
enum class ToolKind { Browse, WindowLevel, Zoom, Pan, Crosshair, Magnify };

/// A new handler of a built-in tool.
std::unique_ptr<ToolHandler> makeTool(ToolKind kind);

/// Drag down to go onwards, one slice per kDragPixelsPerSlice screen pixels.
class BrowseTool : public ToolHandler {
public:
    static constexpr double kDragPixelsPerSlice = 5.0;
    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;

private:
    QPointF m_last;
    double m_carry = 0;  ///< fractions of a slice dragged but not yet scrolled
};

/// Drag right: a wider window; down: a higher level (a darker picture). The sensitivity follows
/// the width at the press (at least half a unit per screen pixel). `Fused`: the window of the
/// series fused over the image (ToolContext::fusionWindow), nothing without one.
class WindowLevelTool : public ToolHandler {
public:
    enum class Target { Image, Fused };
    explicit WindowLevelTool(Target target = Target::Image) : m_target(target) {}
    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;

private:
    Target m_target;
    QPointF m_pressPosition;
    std::optional<imaging::WindowLevel> m_pressWindow;
};

/// Drag up to zoom in: the zoom at the press times exp(−dy / 150 px).
class ZoomTool : public ToolHandler {
public:
    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;

private:
    QPointF m_pressPosition;
    ViewTransform m_pressView;
};

/// The image follows the pointer.
class PanTool : public ToolHandler {
public:
    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;

private:
    QPointF m_pressPosition;
    ViewTransform m_pressView;
};

/// In an MPR plane: a press near a crosshair line (away from the centre) grabs it and dragging
/// turns the other planes about this plane's normal; a press elsewhere moves the point there and
/// dragging carries it. Outside MPR it browses.
class CrosshairTool : public BrowseTool {
public:
    static constexpr double kGrabDistance = 10.0;  ///< screen px from a line that grabs it
    static constexpr double kCentreRadius = 30.0;  ///< screen px around the point that never grabs
    enum class Drag { None, Move, Rotate };

    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;
    void release(ToolContext &context, const ToolEvent &event) override;
    Drag drag() const { return m_drag; }

private:
    Drag m_drag = Drag::None;
    QPointF m_last;
};

/// While the button is held, a round glass under the pointer shows the picture around it twice
/// as large (the same window, fusion and shutters; ToolContext::setMagnifier draws it).
class MagnifyTool : public ToolHandler {
public:
    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;
    void release(ToolContext &context, const ToolEvent &event) override;
    bool cancel(ToolContext &context) override;
};

} // namespace strata::ui
