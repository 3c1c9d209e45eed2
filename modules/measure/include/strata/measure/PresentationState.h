#pragma once
/// Grayscale Softcopy Presentation States (GSPS, PS3.3 A.33.1): how a reader left a set of images
/// for the next one to see them — window (Softcopy VOI), black and white (Presentation LUT Shape),
/// turn and mirror, the displayed area, a display shutter, and graphic annotations (arrows,
/// outlines, circles, text) in named layers. A PACS sends them beside the images (modality PR) and
/// keeps a radiologist's key findings in them. Read through DCMTK's dcmpstat; what one image (and
/// frame) gets from a state is asked with forImage(), as plain values the viewer draws.
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>

#include <QDateTime>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace strata::measure {

/// The SOP Class UID of the Grayscale Softcopy Presentation State Storage.
inline constexpr const char *kGrayscalePresentationStateClass = "1.2.840.10008.5.1.4.1.1.11.1";

/// Whether a coordinate is in image pixels or in fractions of the displayed area.
enum class AnnotationUnits {
    Pixel,    ///< image pixels: (0, 0) the top-left corner of the first pixel, (columns, rows) the far corner
    Display,  ///< the displayed area as shown (turned and mirrored): (0, 0) top left, (1, 1) bottom right
};

/// A graphic object (PS3.3 C.10.5, Graphic Object Sequence): points (column, row) in its units.
struct PresentationGraphic {
    enum class Shape { Point, Polyline, Interpolated, Circle, Ellipse };
    Shape shape = Shape::Polyline;
    AnnotationUnits units = AnnotationUnits::Pixel;
    /// Point: one. Polyline and interpolated: the vertices (closed when the last is the first).
    /// Circle: the centre, then a point on it. Ellipse: the major axis' ends, then the minor's.
    std::vector<QPointF> points;
    bool filled = false;
};

/// A text object: its text in a bounding box, or beside an anchor point (with a line to it when
/// the anchor is visible), or both.
struct PresentationText {
    QString text;
    std::optional<QRectF> box;              ///< top-left and bottom-right corners
    AnnotationUnits boxUnits = AnnotationUnits::Pixel;
    Qt::Alignment alignment = Qt::AlignLeft;  ///< the box's horizontal justification
    std::optional<QPointF> anchor;
    AnnotationUnits anchorUnits = AnnotationUnits::Pixel;
    bool anchorVisible = false;
};

/// A graphic layer with what of it applies to one image.
struct PresentationLayer {
    QString name;
    QString description;
    /// The layer's recommended display colour, sRGB 0..255 (from its CIELab, RGB or grey value);
    /// empty: none.
    std::optional<std::array<int, 3>> colour;
    std::vector<PresentationGraphic> graphics;
    std::vector<PresentationText> texts;
};

/// What a presentation state makes of one image (one frame of it).
struct ImagePresentation {
    /// The Softcopy VOI for the image: a window (centre, width in modality output units) or a VOI
    /// LUT; neither: the image's own.
    std::optional<double> windowCenter, windowWidth;
    std::shared_ptr<const dicom::VoiLut> voiLut;
    QString voiExplanation;
    bool inverse = false;       ///< Presentation LUT Shape INVERSE: the lowest values white
    int rotation = 0;           ///< Image Rotation, clockwise: 0, 90, 180 or 270 (before the flip)
    bool flipped = false;       ///< Image Horizontal Flip (after the rotation)
    /// The displayed area: first and last column and row shown (1-based, inclusive, may reach
    /// outside the image); empty: the whole image.
    std::optional<QRect> displayedArea;
    /// The state's display shutter (it replaces the image's own); empty: none.
    std::optional<dicom::DisplayShutter> shutter;
    std::vector<PresentationLayer> layers;   ///< in the layers' order (the first drawn first)

    bool hasAnnotations() const;
};

/// One presentation state file. Thread-safe (forImage() may be called from any thread).
class PresentationState {
public:
    /// Reads a GSPS file (Specific Character Set honoured: text and labels in UTF-8). Fails,
    /// naming the file and the reason, for another kind of object or a state that dcmpstat finds
    /// incomplete.
    static Result<std::shared_ptr<const PresentationState>> read(const QString &path);
    ~PresentationState();

    const QString &path() const { return m_path; }
    const QString &sopInstanceUid() const { return m_sopInstanceUid; }
    const QString &label() const { return m_label; }              ///< Content Label (0070,0080)
    const QString &description() const { return m_description; }  ///< Content Description (0070,0081)
    const QString &creator() const { return m_creator; }          ///< Content Creator's Name, readable
    const QDateTime &created() const { return m_created; }        ///< Presentation Creation Date and Time
    /// The images it applies to (SOP Instance UIDs of its Referenced Series Sequence).
    const QStringList &referencedInstances() const { return m_instances; }
    bool references(const QString &sopInstanceUid) const { return m_instanceSet.contains(sopInstanceUid); }
    /// "Label — description (creator, date)": how menus and the viewport name it.
    QString title() const;

    /// What the state gives one image (`frame` 1-based); empty when it does not reference it.
    std::optional<ImagePresentation> forImage(const QString &sopInstanceUid, int frame = 1) const;

private:
    PresentationState();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_path, m_sopInstanceUid, m_label, m_description, m_creator;
    QDateTime m_created;
    QStringList m_instances;
    QSet<QString> m_instanceSet;
};

using PresentationStates = std::vector<std::shared_ptr<const PresentationState>>;

/// The states that reference any of `sopInstanceUids`, newest first (by creation date and time).
PresentationStates statesFor(const PresentationStates &states, const QStringList &sopInstanceUids);

} // namespace strata::measure
