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
///
/// With the study's measurement list, an ended path is the curved-path measurement it was kept as
/// (setEndedPath): read from the list, so that undo, redo and delete show at once, and the tool
/// draws the study's other measurements as a measurement tool does.
#include <strata/imaging/Plane.h>
#include <strata/measure/Measurement.h>
#include <strata/ui/tools/ToolHandler.h>

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace strata::ui {

class MeasurementList;

class CurvedPathTool : public ToolHandler {
public:
    /// How near (widget pixels) a click must fall on the last point to end the path.
    static constexpr double kGrabDistance = 8.0;
    /// The points (patient, LPS mm, in order, at least two), the image the path ended on, and the
    /// curved-path measurement they change (empty: a new path, just ended).
    using Finished = std::function<void(const std::vector<imaging::Vec3> &points, const imaging::SliceGeometry &endedOn,
                                        const QString &measurementUid)>;

    /// `list`: the study's measurements (none: an ended path is the tool's own); `shownImage`: the
    /// image of the viewport it draws on (whose measurements it shows: paintMeasurements).
    explicit CurvedPathTool(Finished finished, std::shared_ptr<const MeasurementList> list = {},
                            std::function<measure::ImageReference()> shownImage = {});

    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;
    void release(ToolContext &context, const ToolEvent &event) override;
    void paint(QPainter &painter, const ToolContext &context) const override;
    bool paintsMeasurements() const override { return m_list != nullptr; }
    bool cancel(ToolContext &context) override;

    /// The points placed so far.
    const std::vector<imaging::Vec3> &points() const { return m_points; }
    /// The ended path, still drawn and editable (empty once a new one starts, after Esc, or once
    /// its measurement is gone).
    std::vector<imaging::Vec3> endedPath() const;
    /// Takes the curved-path measurement `uid` of the list as the ended path (a path kept with
    /// the study, shown again; or the one just ended, once kept).
    void setEndedPath(const QString &uid);
    const QString &endedUid() const { return m_endedUid; }

private:
    /// Shift+click: a point taken out or put in; false when the click was on neither.
    bool edit(ToolContext &context, const ToolEvent &event, const imaging::Vec3 &patient, const imaging::SliceGeometry &geometry);
    void handOn(const std::vector<imaging::Vec3> &path, const imaging::SliceGeometry &geometry, const QString &uid) const;

    std::vector<imaging::Vec3> m_points;
    std::vector<imaging::Vec3> m_ended;   ///< without a list, or while a point of it is dragged
    QString m_endedUid;                   ///< the measurement the ended path is
    int m_moving = -1;   ///< the point of the ended path being dragged
    Finished m_finished;
    std::shared_ptr<const MeasurementList> m_list;
    std::function<measure::ImageReference()> m_shownImage;
};

} // namespace strata::ui
