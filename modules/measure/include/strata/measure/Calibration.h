#pragma once
/// How an image's pixels map to millimetres, and where that scale comes from: Pixel Spacing in the
/// patient, Imager Pixel Spacing at the detector (shown as "calibration: detector"), an ultrasound
/// region's physical deltas, or nothing valid (then measurements are in pixels, never false mm).
#include <strata/dicom/DicomHeader.h>

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace strata::measure {

enum class CalibrationSource {
    Patient,       ///< Pixel Spacing (or a reconstructed volume's geometry): millimetres in the patient
    Detector,      ///< Imager Pixel Spacing: millimetres at the detector (magnification not corrected)
    Ultrasound,    ///< Sequence of Ultrasound Regions: the region's Physical Delta X/Y
    Uncalibrated,  ///< no valid spacing: lengths in pixels only
    /// A projection image corrected for the beam's magnification: its Pixel Spacing calibrated by
    /// GEOMETRY (or differing from its Imager Pixel Spacing), or Imager Pixel Spacing divided by its
    /// Estimated Radiographic Magnification Factor (`magnification`): millimetres at the patient's
    /// estimated depth, not at every depth.
    Magnification,
    Fiducial,      ///< a projection image's Pixel Spacing calibrated against an object of known size (FIDUCIAL)
};

/// One region of the Sequence of Ultrasound Regions (0018,6011), the part a measurement needs.
struct UltrasoundRegion {
    int minX = 0, minY = 0, maxX = 0, maxY = 0;  ///< Region Location Min/Max X0/Y0 (pixels, inclusive)
    int unitsX = 0, unitsY = 0;                  ///< Physical Units X/Y Direction (3 = cm)
    double deltaX = 0, deltaY = 0;               ///< Physical Delta X/Y (units per pixel)
};

struct Calibration {
    CalibrationSource source = CalibrationSource::Uncalibrated;
    /// Millimetres per pixel: [0] along a row (between columns), [1] down a column (between rows).
    std::array<double, 2> spacing{1, 1};
    /// Magnification: the Estimated Radiographic Magnification Factor Strata divided by (0: the
    /// modality's own correction).
    double magnification = 0;

    bool calibrated() const { return source != CalibrationSource::Uncalibrated; }
    /// The length unit the tools show: "mm", or "px" without a calibration.
    QString lengthUnit() const;
    /// The area unit: "mm²" or "px²".
    QString areaUnit() const;
    /// What the tool shows beside its value: "calibration: detector", "calibration: magnification
    /// corrected, ERMF 1.15", "calibration: fiducial", "calibration: ultrasound region", "no
    /// calibration: pixels", or empty for Pixel Spacing.
    QString note() const;
};

/// The calibration of a single image from its header (PS3.3 10.7.1.3): Pixel Spacing (Patient); a
/// projection image's Pixel Spacing calibrated by FIDUCIAL (Fiducial), by GEOMETRY or differing
/// from its Imager Pixel Spacing (Magnification); a projection image at the detector (Imager Pixel
/// Spacing, or a Pixel Spacing equal to it) with an Estimated Radiographic Magnification Factor
/// above 1: that spacing divided by it (Magnification), else Detector; a spacing that is missing,
/// zero, negative or not finite: Uncalibrated.
Calibration calibrationOf(const dicom::DicomHeader &header);

/// The calibration at a pixel of an ultrasound image: the region containing (x, y) whose units
/// are centimetres in both directions; nothing when no such region holds the point.
std::optional<Calibration> ultrasoundCalibration(const std::vector<UltrasoundRegion> &regions, double x, double y);

/// The calibration of a measurement whose points lie at these pixels of an ultrasound image: the
/// one calibrated region (centimetres both ways) that holds every point; nothing when the points
/// are outside any such region or spread over several (no single scale applies: uncalibrated).
std::optional<Calibration> ultrasoundCalibration(const std::vector<UltrasoundRegion> &regions,
                                                 const std::vector<std::array<double, 2>> &pixels);

/// The Sequence of Ultrasound Regions (0018,6011) of a file (read with DCMTK, header only; this
/// reads the disk: call it off the GUI thread). Empty when the file has none or cannot be read.
std::vector<UltrasoundRegion> readUltrasoundRegions(const QString &file);

/// A reconstructed volume (CT, MR, MPR of any plane): always Patient with the given spacing, or
/// Uncalibrated when the spacing is not positive and finite.
Calibration volumeCalibration(const std::array<double, 2> &spacing);

} // namespace strata::measure
