#pragma once
/// A measurement as the user made it and as it is stored with the study: its kind, its points in
/// patient millimetres, the image and plane it was drawn on, who made it and when, and the values
/// computed from it. Serialises to JSON (the store's column and `strata measurements export`).
#include <strata/core/Result.h>
#include <strata/measure/Calibration.h>
#include <strata/measure/Measures.h>

#include <QDateTime>
#include <QJsonObject>
#include <QPointF>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace strata::measure {

struct LesionShape;  // LesionSegmenter.h

enum class MeasurementKind { Length, Angle, CobbAngle, Ellipse, Polygon, Freehand, Probe, Arrow, Text, Lesion, CurvedPath };

/// Stable name of a kind, as stored and exported ("length", "cobb_angle", ...).
QString kindName(MeasurementKind kind);
std::optional<MeasurementKind> kindFromName(const QString &name);
/// How many points a kind needs (0: any number, at least minimumPoints).
int pointsNeeded(MeasurementKind kind);
/// The fewest points a measurement of the kind has: pointsNeeded, or for an outline three, for a
/// curved path two.
int minimumPoints(MeasurementKind kind);

/// One computed value: e.g. {"length", 50.0, "mm"}.
struct Quantity {
    QString name;
    double value = 0;
    QString unit;
    bool operator==(const Quantity &) const = default;
};

/// A box a lesion is kept within, drawn around it on a slice or an MPR plane (patient mm): its
/// centre, its axes (unit vectors: the plane's row and column directions and its normal) and its
/// half sizes along them.
struct LesionBox {
    Vec3 centre{0, 0, 0};
    std::array<Vec3, 3> axes{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
    Vec3 halfSize{0, 0, 0};

    /// Whether a point lies inside (faces included).
    bool contains(const Vec3 &point) const;
    /// The box of a rectangle dragged from `a` to `b` on a plane of these row and column
    /// directions: the rectangle's sides, and as deep along the normal as the larger of them is
    /// wide (a lesion is about as deep as it is wide).
    static LesionBox ofRectangle(const Vec3 &a, const Vec3 &b, const Vec3 &row, const Vec3 &column);
    bool operator==(const LesionBox &) const = default;
};

/// The image a measurement belongs to (for jump-to-image and the SR's image references).
struct ImageReference {
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;  ///< empty on an MPR plane that is no stored image
    QString sopClassUid;
    int frame = 0;
};

struct Measurement {
    QString uid;  ///< stable identity (a DICOM UID, so the SR can name it)
    MeasurementKind kind = MeasurementKind::Length;
    /// Patient positions (LPS, mm). Length/arrow: 2; angle: arm end, vertex, arm end; Cobb: two
    /// lines (4); ellipse: centre, first semi-axis end, second-axis point; polygon/freehand: the
    /// outline; probe/text: 1; lesion: the seed; curved path: the points the smooth curve passes
    /// through, in order (a centreline laid through the volume, across slices: its image names
    /// the series, no instance; its plane is the image it was laid on).
    std::vector<Vec3> points;
    QString text;  ///< the label of a text or arrow annotation, or the user's note
    /// A lesion's finding as a code (value, scheme, meaning): a SEG segment's property type when
    /// measured from one (a liver); empty: a neoplasm, what the lesion tool segments.
    std::array<QString, 3> finding;
    /// The box a lesion was kept within (drawn with the lesion tool); none: grown from its seed
    /// alone. Widening or narrowing the lesion keeps to it.
    std::optional<LesionBox> box;
    ImageReference image;
    ImagePlane plane;  ///< where it was drawn (native slice or MPR plane) and its calibration
    QString author;
    QDateTime created;
    QDateTime modified;
    /// The values last computed (kept so a list or an export needs no pixels).
    std::vector<Quantity> values;
    /// A lesion's 3-D mask on its volume's grid (shared, never changed once made); null for other
    /// kinds and for a lesion whose mask is not known. Not in the JSON: the store keeps it in a
    /// column of its own (encodeLesionShape).
    std::shared_ptr<const LesionShape> mask;

    /// The value named `name`, if computed.
    std::optional<double> value(const QString &name) const;
};

/// An ellipse measurement's axes by their ends (patient mm): the first axis (through its first
/// semi-axis end), then the second (its half-length the third point's distance from the first
/// axis' line, in the plane). Empty when the first axis has no length or the points are too few.
std::optional<std::array<Vec3, 4>> ellipseAxisEnds(const Measurement &m);

/// The ends of an arrow's two barbs at `tip`, each `length` long and 25° off the shaft towards
/// `tail`, in any plane whose y axis points down (the screen, an image's pixels): the viewer and
/// the presentation states draw one head.
std::array<QPointF, 2> arrowBarbs(QPointF tip, QPointF tail, double length);

/// Computes the geometric values of a measurement (length, angle, area; no pixels), in the plane's
/// calibrated units. ROI statistics and probe values come from evaluatePixels().
std::vector<Quantity> evaluateGeometry(const Measurement &m);
/// The geometric values plus those that need the image's pixels (ROI statistics, probe value).
std::vector<Quantity> evaluatePixels(const Measurement &m, const imaging::SliceImage &image);

QJsonObject toJson(const Measurement &m);
Result<Measurement> measurementFromJson(const QJsonObject &json);

/// What turns a PET image's stored values into SUV, as its header gives it (dicom::DicomHeader's
/// suvPerValue, sulPerValue, valueUnit): 0 where a factor is not known.
struct PetScale {
    double suvPerValue = 0;   ///< SUVbw per value (dicom::suvBodyWeightFactor)
    double sulPerValue = 0;   ///< SUL per value (dicom::suvLeanBodyMassFactor)
    QString valueUnit = QStringLiteral("Bq/ml");   ///< of the values (counts for a Philips PET in counts; empty: none)
};

/// A PET measurement's values read as a PET reader reads them: the pixel values (value, mean, sd,
/// min, max, a lesion's peak) in `scale.valueUnit` (empty: left as they are), and SUVbw beside
/// value, mean, max and peak ("suv", "suv_mean", "suv_max", "suv_peak", unit "SUVbw"); a lesion
/// also its total lesion glycolysis ("tlg": volume mL × SUVmean, in g; marked by the unit SUVbw).
/// Where the lean body mass is known, SUL beside them too ("sul", "sul_mean", "sul_max",
/// "sul_peak", unit "SUL": PERCIST's SULpeak). Nothing without SUVbw; computed again (not added
/// twice) when called again.
void addSuvValues(Measurement &m, const PetScale &scale);

/// The label the viewer shows, e.g. "50.0 mm", "30.0°", "A 314.2 mm² · 40.1 ± 8.0 HU", followed by
/// the calibration's note when it has one.
QString displayText(const Measurement &m);

} // namespace strata::measure
