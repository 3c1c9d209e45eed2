#pragma once
/// Standardized uptake value, body weight (SUVbw), of a PET image: what a reader compares between
/// scans and patients. Computed from the image's header, never guessed.
#include <QString>

#include <optional>

namespace strata::dicom {

/// What SUVbw needs, as the PET image's header gives it.
struct PetDose {
    QString units;             ///< Units (0054,1001): BQML for Bq/ml
    QString decayCorrection;   ///< Decay Correction (0054,1102): START (to the series' start)
    double weightKg = 0;       ///< Patient's Weight (0010,1030)
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

} // namespace strata::dicom
