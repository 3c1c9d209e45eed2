#pragma once
/// Standardized uptake value of a PET image: body weight (SUVbw), what a reader compares between
/// scans and patients, and lean body mass (SUL, PERCIST's). Computed from the image's header,
/// never guessed.
#include <QString>

#include <optional>

namespace strata::dicom {

/// What SUVbw needs, as the PET image's header gives it.
struct PetDose {
    QString units;             ///< Units (0054,1001): BQML for Bq/ml
    QString decayCorrection;   ///< Decay Correction (0054,1102): START (to the series' start)
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

    /// The injection time from Radiopharmaceutical Start DateTime (0018,1078) when the Start
    /// Time is missing (YYYYMMDDHHMMSS…: its time of day).
    void takeInjectionDateTime(const QString &dateTime);
};

/// SUVbw per stored unit (Bq/ml): weight (g) / (the dose decayed from injection to the series
/// start — values decay-corrected to the START —, or the dose itself — to its ADMINistration);
/// for Philips images in counts, its SUV Scale Factor. None unless the values are Bq/ml (or such
/// counts) and weight, dose, half-life and both times are given (an injection "after" the series
/// start is taken as the day before: a scan over midnight).
std::optional<double> suvBodyWeightFactor(const PetDose &dose);

/// Lean body mass (kg) by Janmahasatian's formula, as PERCIST takes it: 9270 · W / (6680 + 216 ·
/// BMI) for a man, 9270 · W / (8780 + 244 · BMI) for a woman (W in kg, BMI = W / H², H in m);
/// none for another sex, or a weight or height that is no person's (H outside 0.3–2.75 m: a size
/// written in centimetres is not taken for metres).
std::optional<double> leanBodyMassKg(double weightKg, double heightM, const QString &sex);

/// SUL (SUV normalised to lean body mass) per stored unit: SUVbw's factor × LBM / weight; none
/// where SUVbw or the lean body mass is not known.
std::optional<double> suvLeanBodyMassFactor(const PetDose &dose);

} // namespace strata::dicom
