#pragma once
/// The seam for mouse tools: a viewport hands each press, move, release and wheel of a button to
/// the ToolHandler that button belongs to, with the position in widget and image coordinates, and
/// the handler changes the view through a ToolContext (the viewport, or a fake in a test). The
/// built-in tools (browse, window/level, zoom, pan, crosshair) are in StandardTools.h; measurement
/// tools and 3D rotate/clip plug in the same way.
#include <strata/imaging/Plane.h>
#include <strata/imaging/WindowLevel.h>
#include <strata/ui/models/ViewTransform.h>

#include <QPointF>
#include <QSizeF>
#include <QTransform>

#include <array>
#include <optional>
#include <vector>

class QPainter;

namespace strata::ui {

class MprModel;

/// What a tool sees of a viewport and may change. Positions map through the view transform, so a
/// context that keeps a ViewTransform, a geometry and a size behaves exactly as the viewport does.
class ToolContext {
public:
    virtual ~ToolContext() = default;

    /// The image on screen (its pixel grid in the patient); none while nothing is shown.
    virtual std::optional<imaging::SliceGeometry> imageGeometry() const = 0;
    /// The viewport's size in widget pixels.
    virtual QSizeF viewportSize() const = 0;
    virtual ViewTransform viewTransform() const = 0;
    virtual void setViewTransform(const ViewTransform &view) = 0;
    virtual imaging::WindowLevel window() const = 0;
    virtual void setWindow(const imaging::WindowLevel &window) = 0;
    /// Moves by `steps` native slices (2D) or scroll steps along the plane's normal (MPR).
    virtual void scrollBy(int steps) = 0;
    /// The MPR state when the viewport shows an MPR plane, else null; and which plane it shows.
    virtual MprModel *mprModel() const = 0;
    virtual imaging::PlaneOrientation mprPlane() const = 0;
    /// Where the other viewports' images lie (their lines through this one are the crosshair).
    virtual std::vector<imaging::SliceGeometry> referenceGeometries() const = 0;
    /// The value (e.g. HU) of the image pixel nearest a (fractional) image position, if any.
    virtual std::optional<float> valueAt(QPointF imagePosition) const = 0;
    /// The values that are padding, not image (dicom::PixelDescription::paddingRange: outside a
    /// CT's field of view); none when the image has none.
    virtual std::optional<std::array<double, 2>> paddingRange() const { return std::nullopt; }
    /// The tool's own graphics changed: paint again.
    virtual void requestUpdate() = 0;
    /// Whether the study's measurements are to be drawn (View → Show Measurements); a tool draws
    /// what it is drawing or dragging either way.
    virtual bool measurementsShown() const { return true; }
    /// The window of the series fused over the image (none: nothing fused), and a new one for it
    /// (the viewer gives it to every viewport of the fusion).
    virtual std::optional<imaging::WindowLevel> fusionWindow() const { return std::nullopt; }
    virtual void setFusionWindow(const imaging::WindowLevel &window) { Q_UNUSED(window); }
    /// The magnifying glass at a widget position (none: no glass).
    virtual void setMagnifier(std::optional<QPointF> at) { Q_UNUSED(at); }
    /// A series fused over the image (a PET over its CT): its value at a patient point, and its
    /// modality and SUVbw per value (0: none). Nothing without a fused volume or outside it.
    struct FusedValue {
        double value = 0;
        QString modality;
        double suvPerValue = 0;
        QString unit;   ///< of its values (a PET's Bq/ml), when known
    };
    virtual std::optional<FusedValue> fusedValueAt(const imaging::Vec3 &point) const
    {
        Q_UNUSED(point);
        return std::nullopt;
    }

    /// Image pixel → widget position through the view transform (identity without an image). A
    /// context painting into a picture other than the viewport (an export) gives that picture's.
    virtual QTransform imageToWidget() const;
    /// Image pixel under a widget position.
    std::optional<QPointF> imagePosition(QPointF widgetPosition) const;
    /// Patient position under a widget position (on the image's plane).
    std::optional<imaging::Vec3> patientPosition(QPointF widgetPosition) const;
    /// Widget position of a patient point's projection on the image's plane.
    std::optional<QPointF> widgetPosition(const imaging::Vec3 &point) const;
    /// Screen pixels per millimetre at the current zoom (0 without an image).
    double pixelsPerMm() const;
};

/// Distance (widget pixels) from `p` to the segment a–b: how near a click falls to a line a tool drew.
double distanceToSegment(QPointF p, QPointF a, QPointF b);

/// One mouse event as a tool receives it.
struct ToolEvent {
    QPointF position;               ///< widget pixels
    std::optional<QPointF> image;   ///< image pixels under it (none without an image)
    Qt::MouseButton button = Qt::NoButton;  ///< the button pressed, dragging or released
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    int wheelNotches = 0;           ///< wheel events: notches, positive away from the user

    /// The event at a widget position, with its image position mapped through `context`.
    static ToolEvent at(const ToolContext &context, QPointF position, Qt::MouseButton button = Qt::LeftButton,
                        Qt::KeyboardModifiers modifiers = Qt::NoModifier);
};

/// A mouse tool. A handler keeps the state of its own drag (where it started, what it grabbed);
/// the viewport owns it and calls it on the GUI thread only.
class ToolHandler {
public:
    virtual ~ToolHandler() = default;
    virtual void press(ToolContext &context, const ToolEvent &event) = 0;
    virtual void move(ToolContext &context, const ToolEvent &event) = 0;
    virtual void release(ToolContext &context, const ToolEvent &event);
    /// The wheel over the viewport; returns whether it was used. By default it scrolls (towards the
    /// user: onwards) and, with Ctrl, zooms about the centre.
    virtual bool wheel(ToolContext &context, const ToolEvent &event);
    /// Draws the tool's own graphics over the image (measurements); nothing by default.
    virtual void paint(QPainter &painter, const ToolContext &context) const;
    /// Whether paint() draws the study's measurements itself (a measurement tool, which draws the
    /// one being dragged in its place); otherwise the viewport draws them.
    virtual bool paintsMeasurements() const { return false; }
    /// Esc: drops what is being drawn or dragged; returns whether there was anything (nothing by default).
    virtual bool cancel(ToolContext &) { return false; }
};

} // namespace strata::ui
