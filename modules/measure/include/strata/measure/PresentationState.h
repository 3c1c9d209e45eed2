#pragma once
/// Grayscale Softcopy Presentation States (GSPS, PS3.3 A.33.1): how a reader left a set of images
/// for the next one to see them — window (Softcopy VOI), black and white (Presentation LUT Shape),
/// turn and mirror, the displayed area, a display shutter, and graphic annotations (arrows,
/// outlines, circles, text) in named layers. A PACS sends them beside the images (modality PR) and
/// keeps a radiologist's key findings in them. Read through DCMTK's dcmpstat; what one image (and
/// frame) gets from a state is asked with forImage(), as plain values the viewer draws. And written
/// (writePresentationState, storePresentationStates): a study's measurements as marks on their
/// images with the window each series is read in, for the viewers that read no SR.
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/Overlays.h>

#include <QDateTime>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace strata::store {
class LocalCache;
}

namespace strata::measure {

struct Measurement;   // Measurement.h

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

/// An overlay plane a state shows (Overlay Activation, PS3.3 C.11.7): one of the image's own
/// (groups 6000 to 601E) or one the state carries.
struct PresentationOverlay {
    int group = 0x6000;
    bool inState = false;   ///< the state's own plane (PresentationState::overlays()), else the image's
    QString layer;          ///< the graphic layer it is shown in
    /// The layer's recommended display colour, sRGB 0..255; empty: none.
    std::optional<std::array<int, 3>> colour;
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
    /// How the displayed area is sized (Presentation Size Mode): fitted to the viewport, at its
    /// true size (Presentation Pixel Spacing on the display's physical pixels), or magnified
    /// (`magnification` display pixels per image pixel).
    enum class SizeMode { ScaleToFit, TrueSize, Magnify };
    SizeMode sizeMode = SizeMode::ScaleToFit;
    double magnification = 1.0;
    /// Presentation Pixel Spacing, millimetres between columns and between rows; empty: not given.
    std::optional<QSizeF> presentationPixelSpacing;
    /// The state's display shutter (it replaces the image's own); empty: none.
    std::optional<dicom::DisplayShutter> shutter;
    std::vector<PresentationLayer> layers;   ///< in the layers' order (the first drawn first)
    /// The overlay planes shown, in the layers' order (PS3.3 C.11.7): those the state activates,
    /// its own or the image's. An overlay plane of the image the state does not activate is not
    /// shown while the state applies.
    std::vector<PresentationOverlay> overlays;

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
    /// The overlay planes the state carries itself (shown where ImagePresentation::overlays
    /// activates them), in group order.
    const std::vector<dicom::OverlayPlane> &overlays() const { return m_overlays; }

private:
    PresentationState();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_path, m_sopInstanceUid, m_label, m_description, m_creator;
    QDateTime m_created;
    QStringList m_instances;
    QSet<QString> m_instanceSet;
    std::vector<dicom::OverlayPlane> m_overlays;
};

using PresentationStates = std::vector<std::shared_ptr<const PresentationState>>;

/// The states that reference any of `sopInstanceUids`, newest first (by creation date and time).
PresentationStates statesFor(const PresentationStates &states, const QStringList &sopInstanceUids);

/// A window a series is read in: centre and width in modality output units (HU for a CT).
struct ReadingWindow {
    double center = 0;
    double width = 0;
};

/// How a series is read: its window, and the turn and mirror it is seen in (a radiograph hung
/// the other way round).
struct ReadingView {
    /// None: the images' own (see PresentationToWrite::window).
    std::optional<ReadingWindow> window;
    int rotation = 0;       ///< clockwise, 0, 90, 180 or 270 (before the flip)
    bool flipped = false;   ///< mirrored left to right (after the turn)
    /// The part of the image shown (zoomed in or panned), as PresentationToWrite::displayedArea,
    /// on images of `imageSize` (columns × rows); none: the whole image. Images of another size
    /// in the series are given the whole image.
    std::optional<QRect> displayedArea;
    QSize imageSize;
};

/// What a presentation state Strata writes says beside its marks.
struct PresentationToWrite {
    QString label = QStringLiteral("MEASUREMENTS");   ///< Content Label (made upper case, 16 characters at most)
    QString description;                              ///< Content Description
    QString author;                                   ///< Content Creator's Name
    /// The images' window (Softcopy VOI, for all of them); none: the first image's own first
    /// window, if it has one (a state without one shows the images unwindowed, PS3.4 N.2.1.2).
    std::optional<ReadingWindow> window;
    int rotation = 0;       ///< Image Rotation: clockwise, 0, 90, 180 or 270 (others are refused)
    bool flipped = false;   ///< Image Horizontal Flip, after the turn
    /// The displayed area, fitted to the viewer's viewport (SCALE TO FIT): first and last column
    /// and row (1-based, inclusive) of the image as it is stored, before the turn; it must overlap
    /// the image. None: the whole image.
    std::optional<QRect> displayedArea;
};

/// The name of the graphic layer that holds the measurements in the states Strata writes.
inline constexpr const char *kMeasurementLayer = "MEASUREMENTS";

/// Whether a measurement becomes a mark of a presentation state: one drawn on a stored image
/// (not on an MPR plane), of a kind a GSPS can draw in the image's pixels — a curved path runs
/// across images and a lesion is a volume (both are in the SR and the SEG).
bool drawableInPresentationState(const Measurement &m);

/// What writePresentationState() wrote.
struct WrittenPresentationState {
    QString sopInstanceUid;
    int images = 0;   ///< images referenced
    int marks = 0;    ///< measurements drawn
};

/// Writes a Grayscale Softcopy Presentation State (through dcmpstat) for `imageFiles` — images
/// of one series, all of one size, photometric interpretation and display shutter — with the measurements among `measurements` drawn on those
/// images (drawableInPresentationState) as graphics of the layer MEASUREMENTS in the images'
/// pixels, on their frame for a multi-frame image: a length or a Cobb angle's lines as polylines,
/// an angle's arms, an outline closed, an ellipse by its axes, a probe as a point, an arrow as its
/// shaft and head; each with its value (displayText), an annotation with its text, as a text
/// beside its point. Its window, label, description and creator as `what` says; patient and study
/// from the first image, in UTF-8. Fails, naming the file, for an image of another series, size, photometric
/// interpretation or shutter than the first.
Result<WrittenPresentationState> writePresentationState(const std::vector<Measurement> &measurements, const QStringList &imageFiles,
                                                        const PresentationToWrite &what, const QString &path);

/// A state writeStudyPresentationStates() wrote: its file and what it holds.
struct WrittenPresentationFile {
    QString path;
    WrittenPresentationState state;
};

/// The study's presentation states as storePresentationStates() describes them, written into
/// `folder` as pr-1.dcm, pr-2.dcm, …; `leftOut` (if given) counts the measurements no state draws.
Result<std::vector<WrittenPresentationFile>> writeStudyPresentationStates(store::LocalCache &cache, const QString &studyInstanceUid,
                                                                          const std::map<QString, ReadingView> &views, const QString &author,
                                                                          const QString &description, const QString &folder, int *leftOut = nullptr);

/// What storePresentationStates() stored.
struct StoredPresentationStates {
    QStringList sopInstanceUids;
    int marks = 0;     ///< measurements drawn in them
    int leftOut = 0;   ///< the study's measurements no state draws (MPR plane, curved path, lesion, colour image)
};

/// Writes the study's measurements in the cache as presentation states and imports them into the
/// cache (they become part of the study: sync and `strata send` take them to the archives, where
/// a PACS viewer that reads no SR shows the marks): one state per series with measurements on its
/// images or a view in `views` (Series Instance UID → its window, turn and mirror), and per image
/// size, photometric interpretation and display shutter within it (a state gives its images one
/// of each), referencing each grayscale image of the series so alike. The states are recorded as Strata's own (MeasurementRepository::markReportImported): the viewer does not draw
/// their marks over the measurements they repeat. NotFound when there is nothing to write. Runs
/// on the calling thread (not the GUI's).
Result<StoredPresentationStates> storePresentationStates(store::LocalCache &cache, const QString &studyInstanceUid,
                                                         const std::map<QString, ReadingView> &views, const QString &author,
                                                         const QString &description = {});

} // namespace strata::measure
