#pragma once
/// Standardized uptake value of a PET image: body weight (SUVbw), what a reader compares between
/// scans and patients, and lean body mass (SUL, PERCIST's). Computed from the image's header,
/// never guessed.
#include <QString>

#include <optional>
#include <vector>

namespace strata::dicom {

struct DicomHeader;

/// What SUVbw needs, as the PET image's header gives it.
struct PetDose {
    QString units;             ///< Units (0054,1001): BQML for Bq/ml, CNTS, GML (already SUVbw)
    QString decayCorrection;   ///< Decay Correction (0054,1102): START (to the series' start), ADMIN
    double weightKg = 0;       ///< Patient's Weight (0010,1030)
    double heightM = 0;        ///< Patient's Size (0010,1020), metres
    QString sex;               ///< Patient's Sex (0010,0040): M, F
    QString seriesTime;        ///< Series Time (0008,0031), HHMMSS[.frac]
    QString injectionTime;     ///< Radiopharmaceutical Start Time (0018,1072)
    double doseBq = 0;         ///< Radionuclide Total Dose (0018,1074)
    double halfLifeS = 0;      ///< Radionuclide Half Life (0018,1075)
    /// Philips' SUV Scale Factor (7053,1000 of "Philips PET Private Group") for images in counts
    /// (CNTS): SUVbw per value; 0 when the file has none.
    double philipsSuvScale = 0;
    /// Philips' Activity Concentration Scale Factor (7053,1009, same block): Bq/ml per value of an
    /// image in counts, used where it gives no SUV Scale Factor; 0 when none.
    double philipsActivityScale = 0;
    QString seriesDate;        ///< Series Date (0008,0021), YYYYMMDD
    QString acquisitionDate;   ///< Acquisition Date (0008,0022)
    QString acquisitionTime;   ///< Acquisition Time (0008,0032)
    /// Radiopharmaceutical Start DateTime (0018,1078): the injection with its date (an injection
    /// days before the scan: Zr-89, I-124, Cu-64 the next day).
    QString injectionDateTime;
    /// GE's scan start (0009,100D of "GEMS_PETD_01", a DT): the series' start where a
    /// reconstruction made later restamped the Series Time.
    QString geScanDateTime;
    /// Corrected Image (0028,0051), its values separated by backslashes: SUV needs ATTN and DECY
    /// where it is given (an image not corrected for attenuation has no SUV).
    QString correctedImage;

    /// Radiopharmaceutical Start DateTime (0018,1078) (YYYYMMDDHHMMSS…) kept whole, and its time
    /// of day taken where the Start Time is missing.
    void takeInjectionDateTime(const QString &dateTime);
};

/// SUVbw per stored unit (Bq/ml): weight (g) / (the dose decayed from injection to the series
/// start — values decay-corrected to the START —, or the dose itself — to its ADMINistration);
/// 1 for values in g/ml (GML); for Philips images in counts, its SUV Scale Factor (or its
/// activity scale to Bq/ml, then as Bq/ml). None unless the header gives all it needs:
/// - weight, dose, half-life, both times; images corrected for attenuation and decay where
///   Corrected Image says what they are corrected for;
/// - a dose of 0.1 MBq at least and a weight of 700 kg at most (a dose entered in MBq, a weight
///   in grams, would give an SUV a million or a thousand times off);
/// - the series' start: its Series Date and Time, unless they are after the image's Acquisition
///   Date and Time (a series reconstructed later and restamped): then GE's scan start, else none;
/// - the decay from the injection's date and time to the start's (an injection days before);
///   given times of day only, an injection "after" the start is taken as the day before (a scan
///   over midnight). An injection after the start, or more than 30 days before it, gives none.
std::optional<double> suvBodyWeightFactor(const PetDose &dose);

/// Why suvBodyWeightFactor gives none, in a few words for a reader ("the images are not
/// corrected for attenuation", …); empty where it gives one, and for values that are neither
/// Bq/ml nor counts (nothing to explain).
QString suvUnavailableReason(const PetDose &dose);

/// The series' start is checked against the earliest acquisition of the series, not each image's
/// own: of a series restamped by a later reconstruction, the first bed's images are acquired
/// before the stamp and the last bed's after it, and one image alone could pass. For each series
/// of PET headers (that read them: petDose), takes its earliest Acquisition Date and Time into
/// every image's dose and computes their SUV (suvPerValue, sulPerValue, suvNote) again.
void settleSeriesSuv(std::vector<DicomHeader> &headers);

/// Lean body mass (kg) by Janmahasatian's formula, as PERCIST takes it: 9270 · W / (6680 + 216 ·
/// BMI) for a man, 9270 · W / (8780 + 244 · BMI) for a woman (W in kg, BMI = W / H², H in m);
/// none for another sex, or a weight or height that is no person's (H outside 0.3–2.75 m: a size
/// written in centimetres is not taken for metres).
std::optional<double> leanBodyMassKg(double weightKg, double heightM, const QString &sex);

/// SUL (SUV normalised to lean body mass) per stored unit: SUVbw's factor × LBM / weight; none
/// where SUVbw or the lean body mass is not known.
std::optional<double> suvLeanBodyMassFactor(const PetDose &dose);

} // namespace strata::dicom
