#pragma once
/// The curved reformat window: the volume along the path laid with the Curved Reformat tool
/// (imaging::curvedReformat), straightened or stretched, beside the cross-section at a marker.
///
/// - Left drag across the reformat turns it about the path (straightened), a click puts the marker
///   there; the wheel moves the marker a millimetre (Shift: ten); right drag changes the window as
///   in the viewports.
/// - The cross-section is the plane across the path at the marker (its normal the path's
///   direction): a vessel's lumen seen end-on, where its diameter is read.
/// - The marker's point goes to the viewer (pointLocated), whose viewports and MPR crosshair follow;
///   with "Cross-section in the MPR" the viewer's MPR planes turn so that one of them is the
///   cross-section (crossSectionChanged) and the other two run along the path: the measuring tools
///   work there as on any plane, and what they measure is kept with the study.
/// - Ticks every 10 mm along the top say how far along the path a point lies; the summary line gives
///   the path's length; the mouse over either picture reads its value and where it lies.
/// - Shift+click puts a second mark: the stretch between it and the marker is shaded and its length
///   along the path given (a stenosis' or an aneurysm neck's length, from one branch to another).
/// Both pictures are computed on the render executor, the newest request winning; the window
/// never waits for them.
#include <strata/core/Executors.h>
#include <strata/core/Result.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/CurvedReformat.h>
#include <strata/imaging/WindowLevel.h>

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace strata::ui {

class CurvedReformatView : public QDialog {
    Q_OBJECT
public:
    explicit CurvedReformatView(QWidget *parent = nullptr);
    ~CurvedReformatView() override;

    /// Shows the reformat of `volume` along `points` (patient mm, at least two), laid on the image
    /// `drawnOn` (which gives the direction down the picture: its column, or across the path its
    /// row; stretched: its normal), in `window`. `title` names the series. The marker goes to the
    /// middle of the path — unless this is the volume already shown (a path moved): then the
    /// marker and the window stay.
    void setPath(std::shared_ptr<const dicom::Volume> volume, std::vector<imaging::Vec3> points,
                 const imaging::SliceGeometry &drawnOn, const imaging::WindowLevel &window, const QString &title,
                 const QString &valueUnit = {});

    imaging::CurvedMode mode() const { return m_options.mode; }
    void setMode(imaging::CurvedMode mode);
    /// Degrees about the path (straightened), −180 to 180.
    double angle() const { return m_options.angleDeg; }
    void setAngle(double degrees);
    /// MIP thickness across the picture, mm (0: thin).
    double thickness() const { return m_options.thicknessMm; }
    void setThickness(double mm);
    imaging::WindowLevel window() const { return m_window; }
    void setWindow(const imaging::WindowLevel &window);

    /// The marker: a column of the reformat (fractional), i.e. a distance along the path.
    double marker() const { return m_marker; }
    void setMarker(double column);

    /// The second mark (Shift+click): a column of the reformat, or none; and the length along the
    /// path between it and the marker (mm; none without it).
    std::optional<double> secondMark() const { return m_second; }
    void setSecondMark(std::optional<double> column);
    std::optional<double> lengthBetweenMarks() const;

    /// The latest reformat and cross-section (none before the first is computed).
    std::shared_ptr<const imaging::CurvedImage> image() const { return m_image; }
    const std::optional<imaging::SliceImage> &crossSection() const { return m_cross; }
    /// Whether a reformat or cross-section asked for has not arrived yet.
    bool busy() const;
    /// The picture area (both pictures), for grabbing.
    QWidget *canvas() const { return m_canvas; }
    /// Where the reformat and the cross-section are drawn in the canvas.
    QRectF reformatRect() const;
    QRectF crossSectionRect() const;
    /// The summary line: length, points, angle, thickness; or why nothing is shown.
    QString summary() const;
    /// What the mouse at a canvas position reads (shown at the canvas' foot while it hovers): on
    /// the reformat how far along the path and off it, and the value ("31.2 mm along, 4.5 mm off
    /// the path: 187 HU"); on the cross-section how far from the path, and the value; else empty.
    QString readout(QPointF canvasPosition) const;
    /// Writes the reformat as shown (its window, one pixel per sample, no marks) to a PNG or JPEG
    /// (by the suffix); the Export Image… button asks where.
    Status exportPicture(const QString &path) const;

    /// Whether the viewer's MPR planes are to follow the cross-section (the check box, on at first).
    bool crossSectionInMpr() const;
    void setCrossSectionInMpr(bool on);

signals:
    /// The marker's point (patient mm), for the viewer's viewports to follow.
    void pointLocated(const imaging::Vec3 &point);
    /// The plane across the path at the marker (its normal the path's direction), each time it
    /// changes while crossSectionInMpr() is on.
    void crossSectionChanged(const imaging::Plane &plane);

private:
    friend class CurvedCanvas;
    void recompute();
    void recomputeCrossSection();
    void updateSummary();

    std::shared_ptr<const dicom::Volume> m_volume;
    std::vector<imaging::Vec3> m_points;
    imaging::SliceGeometry m_drawnOn;
    imaging::CurvedOptions m_options;
    imaging::WindowLevel m_window;
    std::shared_ptr<const imaging::CurvedImage> m_image;
    std::optional<imaging::SliceImage> m_cross;
    QString m_error;
    QString m_unit;   ///< of the values ("HU"; empty: none)
    double m_marker = 0;
    std::optional<double> m_second;   ///< the second mark's column
    bool m_markerPending = false;   ///< put the marker mid-path once the first reformat arrives
    LatestRequest m_request{this, Executor::Render};
    LatestRequest m_crossRequest{this, Executor::Render};

    QWidget *m_canvas = nullptr;
    QComboBox *m_modeBox = nullptr;
    QSlider *m_angleSlider = nullptr;
    QDoubleSpinBox *m_thicknessBox = nullptr;
    QDoubleSpinBox *m_widthBox = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_inMpr = nullptr;
};

} // namespace strata::ui
