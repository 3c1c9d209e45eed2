#pragma once
/// The path of a curved reformat, laid with the mouse: each click places a point on the image (the
/// wheel and the keys move to another slice or plane between clicks, so the path can follow a
/// vessel through the volume); a click on the last point again ends the path and hands it on. Esc
/// drops it. The path is drawn over the images: points on the image filled, points off it hollow,
/// joined in order (dashed while being laid). An ended path stays drawn, so that the reformat can
/// be read against it, until the next path starts or Esc; dragging one of its points (on the image
/// it lies on) moves it, and on release the path is handed on again. Shift+click on a point takes
/// it out (an ended path keeps two at least), on the line between two points puts one in there;
/// an ended path so changed is handed on again.
#include <strata/imaging/Plane.h>
#include <strata/ui/tools/ToolHandler.h>

#include <functional>
#include <vector>

namespace strata::ui {

class CurvedPathTool : public ToolHandler {
public:
    /// How near (widget pixels) a click must fall on the last point to end the path.
    static constexpr double kGrabDistance = 8.0;
    /// The points (patient, LPS mm, in order, at least two) and the image the path ended on.
    using Finished = std::function<void(const std::vector<imaging::Vec3> &points, const imaging::SliceGeometry &endedOn)>;

    explicit CurvedPathTool(Finished finished) : m_finished(std::move(finished)) {}

    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;
    void release(ToolContext &context, const ToolEvent &event) override;
    void paint(QPainter &painter, const ToolContext &context) const override;
    bool cancel(ToolContext &context) override;

    /// The points placed so far.
    const std::vector<imaging::Vec3> &points() const { return m_points; }
    /// The last path ended, still drawn (empty once a new one starts or Esc).
    const std::vector<imaging::Vec3> &endedPath() const { return m_ended; }

private:
    /// Shift+click: a point taken out or put in; false when the click was on neither.
    bool edit(ToolContext &context, const ToolEvent &event, const imaging::Vec3 &patient, const imaging::SliceGeometry &geometry);

    std::vector<imaging::Vec3> m_points;
    std::vector<imaging::Vec3> m_ended;
    int m_moving = -1;   ///< the point of the ended path being dragged
    Finished m_finished;
};

} // namespace strata::ui
