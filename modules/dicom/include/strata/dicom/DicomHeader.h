#pragma once
/// The typed header of one DICOM object: patient, study, series, instance, image geometry, pixel
/// description, transfer syntax and character set, with every text already decoded to Unicode.
#include <strata/dicom/Suv.h>
#include <strata/dicom/TransferSyntax.h>

#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace strata::dicom {

/// A person name's three component groups (alphabetic, ideographic, phonetic), each "^"-separated.
struct PersonName {
    QString alphabetic;
    QString ideographic;
    QString phonetic;
    QString raw;  ///< the decoded value as stored, with '=' between groups
    /// "Family, Given Middle" from the first non-empty group.
    QString display() const;
    bool isEmpty() const { return raw.isEmpty(); }
    static PersonName fromDecoded(const QString &value);
};

/// A stored window (center/width) and its explanation.
struct Window {
    double center = 0;
    double width = 0;
    QString explanation;
};

/// What tells one volume of a 4-D series from another at the same positions — echoes, b-values,
/// time points, cardiac phases, magnitude and phase — for an instance or one frame of an enhanced
/// multi-frame object; unset where the file does not say.
struct VolumeKey {
    std::optional<double> echoTimeMs;      ///< Echo Time (0018,0081); Effective Echo Time (0018,9082) per frame
    std::optional<double> bValue;          ///< Diffusion b-value (0018,9087), else the vendor's own (s/mm²)
    std::optional<int> temporalPosition;   ///< Temporal Position Identifier (0020,0100); Temporal Position Index (0020,9128) per frame
    std::optional<double> triggerTimeMs;   ///< Trigger Time (0018,1060); Nominal Cardiac Trigger Delay Time (0020,9153) per frame
    /// Image Type (0008,0008) or Frame Type (0008,9007) from its third value on ("M\\ND", "P\\ND",
    /// "T1\\FIELD_MAP"), and the Complex Image Component (0008,9208) where given.
    QStringList type;
    QString complexComponent;

    bool isEmpty() const
    {
        return !echoTimeMs && !bValue && !temporalPosition && !triggerTimeMs && type.isEmpty() && complexComponent.isEmpty();
    }
    bool operator==(const VolumeKey &) const = default;
};

/// Geometry of one frame in patient coordinates (LPS, mm).
struct FrameGeometry {
    std::optional<std::array<double, 3>> position;     ///< Image Position (Patient)
    std::optional<std::array<double, 6>> orientation;  ///< Image Orientation (Patient): row, column cosines
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    VolumeKey volume;                                  ///< the frame's own (shared and per-frame groups)
};

struct ImageGeometry {
    std::optional<std::array<double, 3>> position;
    std::optional<std::array<double, 6>> orientation;
    /// Pixel Spacing as stored: [0] between rows (mm), [1] between columns (mm).
    std::optional<std::array<double, 2>> pixelSpacing;
    /// pixelSpacing is at the detector, not in the patient: a projection image's Imager Pixel Spacing
    /// (0018,1164) where it has no Pixel Spacing, or a Pixel Spacing equal to it with no Pixel
    /// Spacing Calibration Type (PS3.3 10.7.1.3: copied, not corrected for the beam's magnification).
    bool pixelSpacingAtDetector = false;
    /// Projection radiography (CR, DX, MG, XA, RF, IO): Imager Pixel Spacing as stored, [between rows,
    /// between columns]; the Estimated Radiographic Magnification Factor (0018,1114), source-to-
    /// detector over source-to-patient distance; Pixel Spacing Calibration Type (0028,0A02):
    /// GEOMETRY (Pixel Spacing corrected for the magnification) or FIDUCIAL (against an object of
    /// known size), and its description (0028,0A04).
    std::optional<std::array<double, 2>> imagerPixelSpacing;
    std::optional<double> magnificationFactor;
    QString pixelSpacingCalibrationType;
    QString pixelSpacingCalibrationDescription;
    double sliceThickness = 0.0;
    double spacingBetweenSlices = 0.0;
    double gantryTilt = 0.0;  ///< Gantry/Detector Tilt (0018,1120), degrees
    /// Per-frame geometry of enhanced multi-frame objects (empty for single-frame objects); a
    /// gated SPECT's frames with their time slot as their volume (and no position of their own).
    std::vector<FrameGeometry> frames;
    /// A legacy multi-frame's slice of each frame, counted from 1, where the frames are not in
    /// slice order (a SPECT's Slice Vector (0054,0080)); empty: frame k is slice k + 1. Frames lie
    /// along the normal at Spacing Between Slices from the first slice's Image Position.
    std::vector<int> frameSlices;
};

/// One item of the VOI LUT Sequence (0028,3010): a display curve that a CR, DX or MG image may
/// carry instead of (or beside) a window (PS3.3 C.11.2.1.1).
struct VoiLut {
    int firstMapped = 0;          ///< the input value of the first entry; values below map to it
    int bits = 16;                ///< bits of each entry (LUT Descriptor's third value, 8 to 16)
    std::vector<quint16> data;    ///< one entry per input value from firstMapped on
    QString explanation;          ///< LUT Explanation (0028,3003)
    bool operator==(const VoiLut &) const = default;
};

struct PixelDescription {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samplesPerPixel = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int highBit = 0;
    int pixelRepresentation = 0;  ///< 0 unsigned, 1 two's complement
    int planarConfiguration = 0;
    QString photometric;          ///< e.g. MONOCHROME2, RGB, YBR_FULL_422, PALETTE COLOR
    /// The image's own Presentation LUT Shape (2050,0020) is INVERSE: its lowest values are shown
    /// white (a MONOCHROME2 radiograph meant to be read inverted; MONOCHROME1 says so anyway).
    bool presentationInverse = false;
    /// Shown with its lowest values white: MONOCHROME1, or Presentation LUT Shape INVERSE.
    bool displaysInverted() const { return photometric == QLatin1String("MONOCHROME1") || presentationInverse; }
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    QString rescaleType;
    bool hasModalityLutSequence = false;
    std::vector<Window> windows;
    QString voiLutFunction;       ///< LINEAR (default), LINEAR_EXACT, SIGMOID
    std::vector<VoiLut> voiLuts;  ///< the VOI LUT Sequence's tables, in file order
    bool hasPixelData = false;
    bool hasOverlays = false;     ///< an Overlay Plane (60xx,0010 in groups 6000 to 601E): see readOverlays()
    /// Pixel Padding Value (0028,0120) and Pixel Padding Range Limit (0028,0121), as stored values
    /// (signed when Pixel Representation is 1, whatever VR the file gives): pixels of that value,
    /// or between the two, are not part of the image — outside a CT's circular field of view (GE
    /// writes −1500 or −2000), a radiograph's border.
    std::optional<double> paddingValue;
    std::optional<double> paddingRangeLimit;

    /// The padding as modality values (after the rescale), lowest first; none without Pixel
    /// Padding Value, or with a Modality LUT Sequence (its values are then the table's).
    std::optional<std::array<double, 2>> paddingRange() const
    {
        if (!paddingValue || hasModalityLutSequence)
            return std::nullopt;
        const double a = *paddingValue * rescaleSlope + rescaleIntercept;
        const double b = paddingRangeLimit.value_or(*paddingValue) * rescaleSlope + rescaleIntercept;
        return std::array<double, 2>{std::min(a, b), std::max(a, b)};
    }
};

/// Whether a modality value lies in a padding range (PixelDescription::paddingRange), with room for
/// the float rounding of a rescaled value.
inline bool isPadding(double value, const std::optional<std::array<double, 2>> &range)
{
    return range && value >= (*range)[0] - 1e-3 && value <= (*range)[1] + 1e-3;
}

/// Display Shutter (PS3.3 C.7.6.11: DX, CR, MG, XA, RF, IO images): the part of the image meant to
/// be seen; the rest (collimated, unexposed) is shown in the shutter's value. Several shapes: what
/// lies inside all of them is seen. Rows and columns 1-based, as stored.
struct DisplayShutter {
    bool rectangular = false;
    int left = 0, right = 0, upper = 0, lower = 0;   ///< the first and last columns and rows seen
    bool circular = false;
    double centerRow = 0, centerColumn = 0, radius = 0;
    std::vector<std::array<double, 2>> polygon;      ///< vertices (row, column); empty: none
    int presentationValue = 0;                       ///< Shutter Presentation Value, 0 (black) .. 65535 (white)
    bool isEmpty() const { return !rectangular && !circular && polygon.size() < 3; }
};

/// Whether an image's pixels have been through lossy compression, now or at any time before
/// (PS3.3 C.7.6.1.1.5): a reader must know that what is shown is not what the modality acquired.
/// From Lossy Image Compression (0028,2110), and from the pixel data itself: a JPEG coded with the
/// DCT, a JPEG 2000 or HTJ2K codestream with the irreversible wavelet, a near-lossless JPEG-LS
/// (NEAR above 0) are lossy whatever the file says (writers that leave the attribute out exist).
struct LossyCompression {
    bool lossy = false;
    /// Lossy Image Compression Ratio (0028,2112): one value for each time the image was compressed.
    std::vector<double> ratios;
    /// Lossy Image Compression Method (0028,2114), one for each ratio: ISO_10918_1 (JPEG),
    /// ISO_14495_1 (JPEG-LS), ISO_15444_1 (JPEG 2000), ISO_15444_15 (HTJ2K), ISO_13818_2 (MPEG2),
    /// ISO_14496_10 (H.264), ISO_23008_2 (HEVC); else the method the pixel data shows.
    QStringList methods;
    /// Set when the file says 00 or nothing but its pixel data is coded with loss.
    bool undeclared = false;
    /// How, as a reader reads it: each method by its usual name with its ratio, in order ("JPEG
    /// 10:1, JPEG 2000 20:1"); "" when the file names neither.
    QString summary() const;
    bool operator==(const LossyCompression &) const = default;
};

/// An IHE IOCM rejection note: a Key Object Selection Document titled from CID 7011 (Rejected
/// for Quality Reasons, for Patient Safety Reasons, Incorrect Modality Worklist Entry, Data
/// Retention Policy Expired), by which a modality or archive withdraws instances.
struct RejectionNote {
    QString code;            ///< its title's code value, e.g. 113001 (scheme DCM)
    QString meaning;         ///< its title's code meaning, e.g. "Rejected for Quality Reasons"
    QStringList instances;   ///< the SOP Instance UIDs it withdraws (Current Requested Procedure Evidence Sequence)
};

/// Documents a study may hold beside its images: structured reports (every SR class, the key
/// object selection aside), encapsulated PDF and CDA documents, and waveforms (an ECG, a
/// hemodynamic or respiratory recording, audio: every waveform storage class).
enum class DocumentKind { None, StructuredReport, Pdf, Cda, Waveform };
DocumentKind documentKind(const QString &sopClassUid);

/// Whether a key object selection's title (Concept Name Code Sequence) makes it a rejection note.
bool isRejectionTitle(const QString &codeValue, const QString &codingScheme);

struct DicomHeader {
    QString path;
    bool hasPreamble = false;   ///< 128-byte preamble + "DICM"
    bool hasFileMeta = false;   ///< group 0002 present
    TransferSyntaxInfo transferSyntax;
    QByteArray specificCharacterSet;  ///< raw (0008,0005)

    QString sopClassUid;
    QString sopInstanceUid;
    QString modality;

    PersonName patientName;
    QString patientId;
    QString patientBirthDate;
    QString patientSex;

    QString studyInstanceUid;
    QString studyDate;
    QString studyTime;
    QString studyDescription;
    QString accessionNumber;
    QString studyId;
    PersonName referringPhysician;
    QString institutionName;

    QString seriesInstanceUid;
    int seriesNumber = 0;
    QString seriesDescription;
    QString bodyPartExamined;
    QString frameOfReferenceUid;
    QString manufacturer;

    int instanceNumber = 0;
    int acquisitionNumber = 0;
    /// The rate a multi-frame clip (ultrasound, XA) was acquired to be played at, in frames per
    /// second: Recommended Display Frame Rate (0008,2144), else Cine Rate (0018,0040), else
    /// 1000 / Frame Time (0018,1063), else 1000 / the Frame Time Vector's mean step; 0 when the
    /// file gives none.
    double framesPerSecond = 0;
    /// A clip acquired at a varying rate (XA runs that slow down, ultrasound): Frame Time Vector
    /// (0018,1065), the milliseconds from each frame's predecessor (the first 0), one per frame;
    /// empty when the file gives none or not one value per frame.
    std::vector<double> frameTimesMs;
    QString imageType;
    /// Patient Orientation (0020,0020): the patient directions of the rows and the columns
    /// ("L\\F": rows run to the patient's left, columns to the feet), as projection images
    /// (radiographs, mammograms) give them instead of Image Orientation (Patient).
    QString patientOrientation;
    /// A projection image's view (View Position (0018,5101): PA, AP, LL, CC, MLO, …; a mammogram's CC
    /// or MLO from its View Code Sequence (0054,0220) where View Position is empty) and side
    /// (Image Laterality (0020,0062), else Laterality (0020,0060): R, L, B, U); empty for slices.
    QString viewPosition;
    QString laterality;
    /// How the view was changed from the standard one (a mammogram's implant displaced, spot
    /// compression or magnification view): the View Modifier Code Sequence's meanings (nested in the
    /// View Code Sequence, (0054,0220) > (0054,0222)), in lower case, joined by ", "; empty for a
    /// standard view.
    QString viewModifier;
    /// A projection image meant for processing, not for reading (PS3.3 C.8.11.1.1.1): Presentation
    /// Intent Type (0008,0068) FOR PROCESSING, or a "For Processing" storage class (DX, MG, IO) — the
    /// detector's raw values, before the modality's image processing.
    bool forProcessing = false;
    /// What tells this instance's volume from others at its positions (a 4-D series).
    VolumeKey volume;
    /// A PET image's SUVbw per stored value unit (Bq/ml), when its header gives all SUVbw needs
    /// (dicom::suvBodyWeightFactor); 0 otherwise.
    double suvPerValue = 0;
    /// … its SUL (SUV by lean body mass, dicom::suvLeanBodyMassFactor) per stored value unit, where
    /// the header also gives the patient's size and sex; 0 otherwise.
    double sulPerValue = 0;
    /// Why a PET in Bq/ml or counts has no SUV (dicom::suvUnavailableReason): "the images are not
    /// corrected for attenuation", …; empty where it has one.
    QString suvNote;
    /// What the PET's SUV was computed from (its series may settle it: dicom::settleSeriesSuv);
    /// none for other modalities.
    std::optional<PetDose> petDose;
    /// The unit of a PET's values, from its Units (0054,1001): "Bq/ml" (BQML), "counts" (CNTS),
    /// else the code as written; empty for other modalities.
    QString valueUnit;
    /// An RT Dose's (PS3.3 C.8.8.3): Dose Units (GY, RELATIVE), Dose Type (PHYSICAL, EFFECTIVE,
    /// ERROR) and Dose Summation Type (PLAN, MULTI_PLAN, PLAN_SUM, FRACTION, BEAM, BRACHY, …) as
    /// stored, and the plan it was computed for (Referenced RT Plan Sequence's first SOP Instance
    /// UID). An RT Plan's prescription: the highest Target Prescription Dose (300A,0026) of its
    /// Dose Reference Sequence's TARGET items, Gy (0: none). Empty for other objects.
    struct RtDose {
        QString units, type, summation;
        QString referencedPlan;
        double prescriptionGy = 0;
        bool operator==(const RtDose &) const = default;
    } dose;

    /// An X-ray angiography or fluoroscopy clip's Mask Subtraction Sequence (0028,6100), its first
    /// item (PS3.3 C.7.6.10): Mask Operation (AVG_SUB: the mask frames averaged and taken from each
    /// frame; TID; NONE), its Mask Frame Numbers (counted from 1), Applicable Frame Range (the
    /// frames it applies to, from 1; none: all) and Mask Sub-pixel Shift (columns, rows: the mask
    /// moved right and down by it); and Recommended Viewing Mode (0028,1090): SUB where the clip is
    /// meant to be read subtracted, NAT native.
    struct MaskSubtraction {
        QString operation;
        std::vector<int> maskFrames;
        std::optional<std::array<int, 2>> applicableFrames;
        std::array<double, 2> shift{0, 0};
        bool operator==(const MaskSubtraction &) const = default;
    };
    std::optional<MaskSubtraction> maskSubtraction;
    QString recommendedViewingMode;

    ImageGeometry geometry;
    PixelDescription pixel;
    std::optional<DisplayShutter> shutter;   ///< the image's own Display Shutter, when it has one
    LossyCompression lossyCompression;       ///< whether its pixels were compressed with loss, and how
    std::optional<RejectionNote> rejection;  ///< when the file is a rejection note
    /// A document's title (documentKind() not None, or a key object selection): an SR's concept
    /// name (e.g. "Imaging Report"), an encapsulated document's Document Title (0042,0010).
    QString documentTitle;
    QString contentDate, contentTime;        ///< a document's (0008,0023), (0008,0033), else its creation (0008,0012/3)
    /// When the image was acquired (a time point of a dynamic series): Acquisition Time (0008,0032),
    /// else the time of Acquisition DateTime (0008,002A), as stored ("083634.135").
    QString acquisitionTime;

    bool isEnhancedMultiframe() const { return !geometry.frames.empty(); }
    bool isImage() const { return pixel.hasPixelData && pixel.rows > 0 && pixel.columns > 0; }
};

/// Human name of a SOP class UID (e.g. "CT Image Storage"), or the UID itself.
QString sopClassName(const QString &uid);

/// Seconds since midnight of a DICOM TM (HHMMSS.frac, HHMM, HH; the old HH:MM:SS too), or none.
std::optional<double> secondsOfDay(QString tm);

} // namespace strata::dicom
