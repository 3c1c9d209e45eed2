#include <strata/dicom/Suv.h>

#include <strata/dicom/DicomHeader.h>

#include <cmath>

namespace strata::dicom {

std::optional<double> secondsOfDay(QString tm)
{
    tm = tm.trimmed().remove(QLatin1Char(':'));
    if (tm.size() < 2)
        return std::nullopt;
    bool ok = true;
    const double h = tm.mid(0, 2).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double m = tm.size() >= 4 ? tm.mid(2, 2).toDouble(&ok) : 0;
    if (!ok)
        return std::nullopt;
    const double s = tm.size() > 4 ? tm.mid(4).toDouble(&ok) : 0;
    if (!ok || h >= 24 || m >= 60 || s >= 61)
        return std::nullopt;
    return h * 3600 + m * 60 + s;
}

void PetDose::takeInjectionDateTime(const QString &dateTime)
{
    const QString t = dateTime.trimmed();
    if (injectionTime.trimmed().isEmpty() && t.size() >= 10)
        injectionTime = t.mid(8, 6);
}

std::optional<double> suvBodyWeightFactor(const PetDose &dose)
{
    const QString units = dose.units.trimmed(), decay = dose.decayCorrection.trimmed();
    if (units == QLatin1String("CNTS") && dose.philipsSuvScale > 0 && std::isfinite(dose.philipsSuvScale))
        return dose.philipsSuvScale;
    if (units != QLatin1String("BQML") || (decay != QLatin1String("START") && decay != QLatin1String("ADMIN")))
        return std::nullopt;
    if (!(dose.weightKg > 0) || !(dose.doseBq > 0))
        return std::nullopt;
    double decayed = dose.doseBq;   // ADMIN: the values are corrected to the injection itself
    if (decay == QLatin1String("START")) {
        const auto start = secondsOfDay(dose.injectionTime), series = secondsOfDay(dose.seriesTime);
        if (!start || !series || !(dose.halfLifeS > 0))
            return std::nullopt;
        double elapsed = *series - *start;
        if (elapsed < 0)
            elapsed += 24 * 3600;   // injected before midnight
        decayed = dose.doseBq * std::pow(2.0, -elapsed / dose.halfLifeS);
    }
    const double factor = dose.weightKg * 1000.0 / decayed;
    return std::isfinite(factor) && factor > 0 ? std::optional(factor) : std::nullopt;
}

std::optional<double> leanBodyMassKg(double weightKg, double heightM, const QString &sex)
{
    if (!(weightKg > 0) || !(weightKg < 700) || !(heightM >= 0.3) || !(heightM <= 2.75))
        return std::nullopt;
    const double bmi = weightKg / (heightM * heightM);
    const QString s = sex.trimmed().toUpper();
    if (s == QLatin1String("M"))
        return 9270.0 * weightKg / (6680.0 + 216.0 * bmi);
    if (s == QLatin1String("F"))
        return 9270.0 * weightKg / (8780.0 + 244.0 * bmi);
    return std::nullopt;
}

std::optional<double> suvLeanBodyMassFactor(const PetDose &dose)
{
    const auto bw = suvBodyWeightFactor(dose);
    const auto lbm = leanBodyMassKg(dose.weightKg, dose.heightM, dose.sex);
    if (!bw || !lbm)
        return std::nullopt;
    return *bw * *lbm / dose.weightKg;
}

} // namespace strata::dicom
