#include <strata/dicom/Suv.h>

#include <cmath>

namespace strata::dicom {
namespace {

/// Seconds since midnight of a DICOM TM (HHMMSS.frac, HHMM, HH; the old HH:MM:SS too), or none.
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

} // namespace

std::optional<double> suvBodyWeightFactor(const PetDose &dose)
{
    if (dose.units.trimmed() != QLatin1String("BQML") || dose.decayCorrection.trimmed() != QLatin1String("START"))
        return std::nullopt;
    if (!(dose.weightKg > 0) || !(dose.doseBq > 0) || !(dose.halfLifeS > 0))
        return std::nullopt;
    const auto start = secondsOfDay(dose.injectionTime), series = secondsOfDay(dose.seriesTime);
    if (!start || !series)
        return std::nullopt;
    double elapsed = *series - *start;
    if (elapsed < 0)
        elapsed += 24 * 3600;   // injected before midnight
    const double decayed = dose.doseBq * std::pow(2.0, -elapsed / dose.halfLifeS);
    const double factor = dose.weightKg * 1000.0 / decayed;
    return std::isfinite(factor) && factor > 0 ? std::optional(factor) : std::nullopt;
}

} // namespace strata::dicom
