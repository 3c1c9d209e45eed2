#pragma once
/// The viewer's measurement tools on 2D and MPR viewports (length, angle, Cobb angle, ellipse,
/// polygon and freehand ROI, probe, arrow, text, lesion): a MeasurementTool draws, selects and moves the handles of the
/// measurements of a MeasurementList, which keeps them with undo and redo and reports each change
/// (to be stored).
#include <strata/dicom/Volume.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/Measurement.h>
#include <strata/ui/tools/ToolHandler.h>

#include <QLineF>
#include <QObject>

#include <functional>
#include <map>

#include <memory>
#include <optional>
#include <vector>

namespace strata::ui {

/// The 3-D mask of a lesion with its grid, carried by its measurement (Measurement::mask: stored
/// with it, undone and redone with it) so that its outline can be drawn on any plane.
using LesionShape = measure::LesionShape;

/// Where a lesion's mask meets a plane: the edges between the plane's pixels inside the mask and
/// those outside, as segments in image pixel coordinates (pixel centres on integers). Empty when
/// the plane misses the lesion.
std::vector<QLineF> lesionOutline(const LesionShape &shape, const imaging::SliceGeometry &plane);

class MeasurementList;

/// Whether a measurement is shown on an image: one of its series (`shown`'s series; any when that or
/// the measurement's is unknown), its points on the image's plane (within half its thickness), and
/// when a stored image is shown (`shown` names its SOP instance and frame) and the measurement was
/// made on one, that same image and frame: the frames of a cine loop and radiographs without a
/// position share a plane, yet each has its own measurements. A lesion where the plane meets its
/// seed or its RECIST axes; a curved path on each image it passes through.
bool measurementOnImage(const measure::Measurement &m, const imaging::SliceGeometry &image, const measure::ImageReference &shown);

/// Draws the measurements of `list` that lie on the context's image (`shown`: the image's series,
/// and its SOP instance and frame when it is a stored image; see measurementOnImage): their lines,
/// handles and labels, the selected one in cyan, lesions with the outline of their mask where the
/// plane cuts it. `editing` is drawn in place of the stored measurement of its uid, and `pending`
/// (being drawn, not yet in the list) over them; with `stored` false, those two only (the
/// measurements hidden). The measurement `leftOut` is not drawn (the caller draws it its own way:
/// the curved path tool its path). What a viewport shows whatever its tool, and what its exports
/// with annotations carry.
void paintMeasurements(QPainter &painter, const ToolContext &context, const MeasurementList &list, const measure::ImageReference &shown,
                       const measure::Measurement *editing = nullptr, const measure::Measurement *pending = nullptr,
                       bool stored = true, const QString &leftOut = {});

/// The measurements of the viewer's study, with undo/redo. GUI thread only.
class MeasurementList : public QObject {
    Q_OBJECT
public:
    explicit MeasurementList(QObject *parent = nullptr);

    const std::vector<measure::Measurement> &items() const { return m_items; }
    const measure::Measurement *find(const QString &uid) const;
    /// Replaces the list without an undo step (measurements loaded from the store).
    void load(std::vector<measure::Measurement> items);

    /// Adds a measurement (given a uid, author and times when it has none). Undoable.
    void add(measure::Measurement m);
    /// Replaces the measurement with m's uid (an edit; its modified time is set). Undoable.
    void replace(measure::Measurement m);
    /// Removes one. Undoable.
    void remove(const QString &uid);
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    void undo();
    void redo();

    QString selected() const { return m_selected; }
    void setSelected(const QString &uid);

    /// The mask of a lesion measurement (for its outline); null if none is known.
    std::shared_ptr<const LesionShape> lesionShape(const QString &uid) const;

signals:
    void changed();
    /// A measurement was added or changed (also by undo/redo): store it.
    void saved(const strata::measure::Measurement &m);
    /// A measurement went (also by undo/redo): remove it from the store.
    void removed(const QString &uid);

private:
    void apply(std::vector<measure::Measurement> next, bool recordUndo);
    std::vector<measure::Measurement> m_items;
    std::vector<std::vector<measure::Measurement>> m_undo, m_redo;
    QString m_selected;
};

/// Draws measurements of one kind with the left button and edits any of them: a press on a handle
/// (within kGrabDistance screen px) drags it; elsewhere it starts a new one. Length, arrow and
/// ellipse are dragged out; angle (3 points) and Cobb angle (4) are clicked point by point; probe is
/// one click. A polygon is clicked vertex by vertex and closed by a click on its first vertex; a
/// freehand outline is drawn while the button is held; a press inside the selected polygon or
/// freehand ROI (off its handles) moves all of it. A text annotation is one click and asks for its
/// text (the text provider). Values are computed on the viewport's plane (oblique MPR included), calibrated by its
/// pixel spacing; ROI statistics and probe values read the viewport's pixels. The lesion tool's
/// click hands its patient position to the seed handler (the segmentation runs elsewhere, in the
/// background); lesions are shown on planes through their seed or their RECIST axes, with the
/// outline of their mask when known, and are selected, not dragged, by their handles.
class MeasurementTool : public ToolHandler {
public:
    static constexpr double kGrabDistance = 8.0;
    MeasurementTool(measure::MeasurementKind kind, std::shared_ptr<MeasurementList> list, QString modality = {});

    void press(ToolContext &context, const ToolEvent &event) override;
    void move(ToolContext &context, const ToolEvent &event) override;
    void release(ToolContext &context, const ToolEvent &event) override;
    void paint(QPainter &painter, const ToolContext &context) const override;
    bool paintsMeasurements() const override { return true; }
    /// Drops a measurement half drawn (a polygon's vertices so far, an angle's first arm) or a drag
    /// of a handle in progress (the measurement stays as it was).
    bool cancel(ToolContext &context) override;

    measure::MeasurementKind kind() const { return m_kind; }
    /// The measurement being drawn (not yet in the list), if any.
    const std::optional<measure::Measurement> &pending() const { return m_pending; }
    /// What the viewport shows beside a measurement: its values and calibration note.
    static QString label(const measure::Measurement &m);
    /// What a reader calls a kind ("Length", "Cobb angle", "Curved path"), translated.
    static QString kindLabel(measure::MeasurementKind kind);
    /// Recomputes a measurement's values on the context's plane.
    void evaluate(measure::Measurement &m, const ToolContext &context) const;
    /// Where new measurements' image references come from (the viewport's series and slice).
    void setReferenceSource(std::function<measure::ImageReference()> source) { m_reference = std::move(source); }
    /// The text tool: asks for an annotation's text (given the current one); nothing: cancelled.
    void setTextProvider(std::function<std::optional<QString>(const QString &current)> provider) { m_text = std::move(provider); }
    /// The calibration of a measurement's points on the viewport's image, when the image has its
    /// own (an ultrasound region, Pixel Spacing or none); nothing: the plane's geometry (MPR).
    void setCalibrationSource(std::function<std::optional<measure::Calibration>(const measure::Measurement &m,
                                                                                 const imaging::SliceGeometry &g)> source)
    {
        m_calibration = std::move(source);
    }
    /// What a measurement's values depend on in the series shown: its modality (a CT's values in
    /// HU) and a PET's SUVbw and SUL per pixel value and the unit of its values (its header's
    /// suvPerValue, sulPerValue, valueUnit: probes and regions then give the values in it with
    /// SUVbw, and SUL, beside them, measure::addSuvValues).
    struct SeriesTraits {
        QString modality;
        measure::PetScale pet{0, 0, {}};
    };
    /// Where the series' traits come from when a measurement is evaluated (the viewport's series
    /// then, whichever it shows by then); without one, the modality given and no PET scale.
    void setSeriesSource(std::function<SeriesTraits()> source) { m_series = std::move(source); }
    /// The lesion tool: what a click (not on a handle) does with its patient position, and a drag
    /// with the box drawn (the rectangle dragged, as deep as it is wide; its centre the seed).
    using SeedHandler = std::function<void(const imaging::Vec3 &seed, const std::optional<measure::LesionBox> &box)>;
    void setSeedHandler(SeedHandler handler) { m_seed = std::move(handler); }

private:
    bool onPlane(const measure::Measurement &m, const ToolContext &context) const;
    /// The image the tool draws on (its reference source's: series, and on a stored image its SOP
    /// instance and frame; empty: unknown).
    measure::ImageReference shownImage() const;
    measure::MeasurementKind m_kind;
    std::shared_ptr<MeasurementList> m_list;
    QString m_modality;
    std::optional<measure::Measurement> m_pending;  ///< being drawn
    std::optional<measure::Measurement> m_editing;  ///< an existing one whose handle is dragged
    int m_handle = -1;
    QPointF m_pressImage;                           ///< ellipse: the corner pressed (image px)
    std::function<measure::ImageReference()> m_reference;
    std::function<SeriesTraits()> m_series;
    SeedHandler m_seed;
    /// The lesion tool: where the button went down (widget px, patient mm) and, once dragged, the
    /// rectangle's other corner (widget px).
    std::optional<std::pair<QPointF, imaging::Vec3>> m_lesionPress;
    std::optional<QPointF> m_lesionCorner;
    std::function<std::optional<QString>(const QString &)> m_text;
    std::function<std::optional<measure::Calibration>(const measure::Measurement &, const imaging::SliceGeometry &)> m_calibration;
    imaging::Vec3 m_moveFrom{0, 0, 0};  ///< moving a whole ROI: where the drag started (patient mm)
    void finishPending(ToolContext &context);
};

} // namespace strata::ui
