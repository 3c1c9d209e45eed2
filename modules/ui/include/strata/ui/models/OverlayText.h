#pragma once
/// The text of a viewport's four corners, computed from the image's header and the view's state:
/// patient (top left), study (top right), series, image or plane, position, thickness or slab and
/// loading progress (bottom left), window, zoom and turns (bottom right); the short warnings of a
/// stack whose geometry MPR cannot show as acquired (gaps, irregular spacing, tilt, mixed sizes);
/// and what a viewport says while it has no picture. No widget: tested headless.
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/Reslicer.h>
#include <strata/imaging/WindowLevel.h>
#include <strata/ui/models/ViewTransform.h>

#include <QCoreApplication>
#include <QRgb>
#include <QSizeF>
#include <QStringList>

#include <functional>
#include <optional>

namespace strata::ui {

enum class OverlayCorner { TopLeft, TopRight, BottomLeft, BottomRight };

/// What the mouse points at (the viewport's cursor readout, as workstations show it under the
/// series lines): the image pixel, where it lies in the patient, and its value as shown — the
/// plane's or the slab's in MPR, a colour image's red, green and blue — with what a PET gives
/// (SUVbw) and the value of a series fused over the image there.
struct CursorReadout {
    int column = 0, row = 0;           ///< the image pixel (0-based; in MPR the plane's)
    imaging::Vec3 position{};          ///< its centre in patient coordinates (LPS), mm
    std::optional<float> value;        ///< grayscale: the value (HU, Bq/ml, …); none for colour
    bool padding = false;              ///< the value is the image's padding (outside its field of view)
    QString unit;                      ///< of the value ("HU", "Bq/ml"; empty: none)
    double suv = 0;                    ///< the value in SUVbw where the image gives it (0: none)
    QString suvNote;                   ///< a PET without SUV: why (DicomHeader::suvNote)
    std::optional<QRgb> rgb;           ///< a colour image's pixel
    std::optional<double> fusedValue;  ///< the fused series' value at the point, when one is fused
    QString fusedModality, fusedUnit;
    double fusedSuv = 0;               ///< … in SUVbw where it gives it (0: none)
};

/// What the corners describe: one viewport's image and view.
struct OverlayState {
    bool hasSeries = false;     ///< a series is shown (else the viewport waits for a drop)
    dicom::DicomHeader header;  ///< of the slice shown (in MPR: of the series' middle slice)
    QString volumeLabel;        ///< which volume of a 4-D series ("b 1000", "TE 90 ms"; dicom::Stack::volumeLabel)
    bool mpr = false;           ///< an MPR plane rather than native slices
    int slice = 0;              ///< native slices: the one shown (0-based)
    int sliceCount = 0;
    QString planeTitle;         ///< MPR: "Axial", "Coronal (oblique)" (see planeTitle())
    /// Where the slice or plane lies (for its position along the normal); none before it is known.
    std::optional<imaging::SliceGeometry> geometry;
    /// The image on screen (for the zoom); none before one is shown.
    std::optional<imaging::SliceGeometry> imageGeometry;
    std::optional<imaging::Vec3> mprCenter;  ///< MPR: the crosshair point (its position is shown)
    imaging::SlabMode slab = imaging::SlabMode::None;
    double slabThicknessMm = 0;
    int readyCount = 0;         ///< slices decoded so far
    bool fullVolume = true;     ///< the whole series is loaded (not a 2D-only large series)
    bool color = false;         ///< colour images have no window
    bool complete = false;      ///< every slice was read (or failed)
    bool hasVolume = false;     ///< the slices formed a volume (MPR can be shown)
    QString loadError;          ///< why nothing could be read (empty: no error, or some slices read)
    imaging::WindowLevel window;
    ViewTransform view;
    QSizeF viewportSize;
    QStringList warnings;       ///< geometryWarnings() of the stack shown
    /// A run in time (an angiography run, an ultrasound clip, a video: frames of one object
    /// without positions, with a frame rate): the frame's time from the first, in seconds, shown
    /// in place of a position and thickness it does not have.
    std::optional<double> clipSeconds;
    QString presentationLabel;  ///< the label of the presentation state applied (empty: none)
    QStringList reportMarks;    ///< the reports whose marks are drawn on the image (their labels)
    QString fusionLabel;        ///< the series fused over the image, and its opacity (empty: none)
    QStringList segments;       ///< the segmentations' segments drawn over the slice (their labels)
    QStringList structures;     ///< the RT structures whose contours are drawn over the slice
    std::optional<CursorReadout> cursor;  ///< on screen, with the mouse over the image (never in exports)
};

class OverlayText {
    Q_DECLARE_TR_FUNCTIONS(strata::ui::Viewport)
public:
    /// The lines of a corner, top to bottom.
    static QStringList lines(OverlayCorner corner, const OverlayState &state);
    /// The cursor readout's lines: "Px 245, 310: 42 HU" (with " · SUVbw 2.37" on a PET, " · fused
    /// SUVbw 1.20" over a fused PET; "R 120 G 80 B 40" for colour) and "(-12.3, 45.6, 100.0) mm".
    static QStringList cursorLines(const CursorReadout &cursor);
    /// A value as a reader wants it: whole numbers whole, others to as many decimals as they need
    /// (2 below 10, 1 below 1000, none above).
    static QString formatValue(double value);
    /// One short line per geometry issue of a stack a reader must know about ("Missing slices: gap
    /// of 12.5 mm between images 13 and 14", "Gantry tilt 18.5°", "Irregular spacing 1.1–7.0 mm"),
    /// drawn in amber on the viewport; empty for a regular stack or a single image.
    static QStringList geometryWarnings(const dicom::Stack &stack);
    /// The line that tells a reader the pixels were compressed with loss (PS3.3 C.7.6.1.1.5),
    /// drawn first among the warnings: "Lossy compressed: JPEG 2000 16:1"; of a volume whose slices
    /// differ, "Lossy compressed: 12 of 300 images (JPEG 10:1)". `example` is a lossy image's; empty
    /// when `lossyImages` is 0.
    static QString lossyNotice(const dicom::LossyCompression &example, int lossyImages, int images);
    /// The same for the `images` images of a stack, `headerOf(k)` the k-th's header: the first lossy
    /// one's compression and how many are; empty when none is.
    static QString lossyNotice(int images, const std::function<const dicom::DicomHeader &(int)> &headerOf);
    /// The line that tells a reader a projection image is its detector's raw data, meant for
    /// processing and not for reading: "For processing: raw detector values, not for diagnosis".
    static QString forProcessingNotice();
    /// What a viewport without a picture says: drop a series, loading, why MPR cannot be shown.
    static QString placeholder(const OverlayState &state);
    /// "Axial", or "Axial (oblique)" once the planes were turned.
    static QString planeTitle(imaging::PlaneOrientation plane, bool oblique);
    /// Zoom as radiologists read it: screen pixels per image pixel at the finer spacing (1 = 100 %).
    static double displayZoom(const imaging::SliceGeometry &image, const ViewTransform &view, QSizeF viewportSize);
};

} // namespace strata::ui
