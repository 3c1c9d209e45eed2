#include <strata/dicom/Suv.h>

#include <strata/dicom/DicomHeader.h>

#include "SuvDetail.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <algorithm>
#include <map>
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
    injectionDateTime = t;
    if (injectionTime.trimmed().isEmpty() && t.size() >= 10)
        injectionTime = t.mid(8, 6);
}

namespace {

constexpr double kDay = 24 * 3600;
constexpr double kLeastDoseBq = 1e5;   ///< 0.1 MBq: below any PET's dose (a mouse's is some MBq)
constexpr double kMostWeightKg = 700;
/// A series stamped within a second of its first acquisition is not restamped: times written to
/// different precisions ("093512" against "093511.984").
constexpr double kSameSecond = 1;

/// Seconds from 1970 of a date (YYYYMMDD) and a time of day, both as written (no time zone: the
/// scanner's and the injection's clocks are the same site's); none where either is no such value.
std::optional<double> secondsOf(const QString &date, const QString &time)
{
    const QDate d = QDate::fromString(date.trimmed().left(8), QStringLiteral("yyyyMMdd"));
    const auto t = secondsOfDay(time);
    if (!d.isValid() || !t)
        return std::nullopt;
    return double(d.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDay + *t;
}

/// The same of a DT (YYYYMMDDHHMMSS.FFFFFF&ZZXX): its time-zone suffix set aside.
std::optional<double> secondsOf(const QString &dateTime)
{
    QString dt = dateTime.trimmed();
    if (const qsizetype zone = std::max(dt.indexOf(QLatin1Char('+')), dt.indexOf(QLatin1Char('-'))); zone >= 0)
        dt.truncate(zone);
    if (dt.size() < 10)
        return std::nullopt;
    return secondsOf(dt.left(8), dt.mid(8));
}

/// SUVbw per unit, or why there is none.
struct BodyWeight {
    std::optional<double> factor;
    QString reason;
};

QString tr(const char *text) { return QCoreApplication::translate("strata::dicom", text); }

BodyWeight bodyWeight(const PetDose &dose)
{
    const QString units = dose.units.trimmed(), decay = dose.decayCorrection.trimmed();
    const QStringList corrected = dose.correctedImage.trimmed().split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    const auto correctedFor = [&](const char *what) {
        return std::any_of(corrected.begin(), corrected.end(), [&](const QString &c) { return c.trimmed() == QLatin1String(what); });
    };
    if (units == QLatin1String("GML"))
        return {1.0, {}};
    if (units != QLatin1String("BQML") && units != QLatin1String("CNTS"))
        return {};
    if (!corrected.isEmpty() && !correctedFor("ATTN"))
        return {std::nullopt, tr("the images are not corrected for attenuation")};
    if (!corrected.isEmpty() && !correctedFor("DECY"))
        return {std::nullopt, tr("the images are not corrected for decay")};
    double perBqml = 1;   // Bq/ml per value
    if (units == QLatin1String("CNTS")) {
        if (dose.philipsSuvScale > 0 && std::isfinite(dose.philipsSuvScale))
            return {dose.philipsSuvScale, {}};
        if (!(dose.philipsActivityScale > 0) || !std::isfinite(dose.philipsActivityScale))
            return {std::nullopt, tr("the values are counts, with no scale to activity")};
        perBqml = dose.philipsActivityScale;
    }
    if (decay != QLatin1String("START") && decay != QLatin1String("ADMIN"))
        return {std::nullopt, tr("the values are not decay-corrected to the scan's start or the injection")};
    if (!(dose.weightKg > 0))
        return {std::nullopt, tr("the patient's weight is not given")};
    if (!(dose.doseBq > 0))
        return {std::nullopt, tr("the injected dose is not given")};
    // A dose or weight in the wrong unit would give an SUV a million (or a thousand) times off:
    // none, and the reason, rather than a number no reader should see.
    if (dose.doseBq < kLeastDoseBq)
        return {std::nullopt, tr("the injected dose, %1 Bq, is too small for a PET (entered in MBq?)").arg(dose.doseBq)};
    if (dose.weightKg > kMostWeightKg)
        return {std::nullopt, tr("the patient's weight, %1 kg, is no person's (entered in grams?)").arg(dose.weightKg)};
    double decayed = dose.doseBq;   // ADMIN: the values are corrected to the injection itself
    if (decay == QLatin1String("START")) {
        if (!(dose.halfLifeS > 0))
            return {std::nullopt, tr("the radionuclide's half-life is not given")};
        // The series' start, unless a later reconstruction restamped it (then GE's scan start).
        std::optional<double> start = secondsOf(dose.seriesDate, dose.seriesTime);
        const auto acquired = secondsOf(dose.acquisitionDate, dose.acquisitionTime);
        if (start && acquired && *start > *acquired + kSameSecond) {
            start = secondsOf(dose.geScanDateTime);
            if (!start)
                return {std::nullopt, tr("the scan's start is not known (the series is dated after its acquisition: a later reconstruction)")};
        }
        std::optional<double> elapsed;
        const auto injected = secondsOf(dose.injectionDateTime);
        if (start && injected) {
            elapsed = *start - *injected;
        } else if (start && secondsOfDay(dose.injectionTime)) {   // the injection's time of day only
            elapsed = std::fmod(std::fmod(*start, kDay) - *secondsOfDay(dose.injectionTime) + kDay, kDay);
        } else if (const auto series = secondsOfDay(dose.seriesTime), injection = secondsOfDay(dose.injectionTime); series && injection) {
            elapsed = *series - *injection;   // no dates at all
            if (*elapsed < 0)
                *elapsed += kDay;   // injected before midnight
        }
        if (!elapsed)
            return {std::nullopt, tr("the injection's or the series' time is not given")};
        if (*elapsed < 0)
            return {std::nullopt, tr("the injection is dated after the scan's start")};
        if (*elapsed > 30 * kDay)
            return {std::nullopt, tr("the injection is dated more than 30 days before the scan")};
        decayed = dose.doseBq * std::pow(2.0, -*elapsed / dose.halfLifeS);
    }
    const double factor = perBqml * dose.weightKg * 1000.0 / decayed;
    if (!std::isfinite(factor) || !(factor > 0))
        return {std::nullopt, tr("the dose and weight give no finite SUV")};
    return {factor, {}};
}

} // namespace

std::optional<double> suvBodyWeightFactor(const PetDose &dose)
{
    return bodyWeight(dose).factor;
}

QString suvUnavailableReason(const PetDose &dose)
{
    return bodyWeight(dose).reason;
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

void settleSeriesSuv(std::vector<DicomHeader> &headers)
{
    struct Earliest {
        double at;
        QString date, time;
    };
    std::map<QString, Earliest> earliest;   // series → its earliest acquisition
    for (const DicomHeader &h : headers)
        if (h.petDose)
            if (const auto at = secondsOf(h.petDose->acquisitionDate, h.petDose->acquisitionTime)) {
                const Earliest here{*at, h.petDose->acquisitionDate, h.petDose->acquisitionTime};
                if (auto [it, inserted] = earliest.try_emplace(h.seriesInstanceUid, here); !inserted && *at < it->second.at)
                    it->second = here;
            }
    for (DicomHeader &h : headers) {
        const auto it = earliest.find(h.seriesInstanceUid);
        if (!h.petDose || it == earliest.end())
            continue;
        PetDose dose = *h.petDose;
        dose.acquisitionDate = it->second.date;
        dose.acquisitionTime = it->second.time;
        detail::assignSuv(h, std::move(dose));
    }
}

void detail::assignSuv(DicomHeader &h, PetDose dose)
{
    h.suvPerValue = suvBodyWeightFactor(dose).value_or(0);
    h.sulPerValue = suvLeanBodyMassFactor(dose).value_or(0);
    h.suvNote = suvUnavailableReason(dose);
    h.petDose = std::move(dose);
}

} // namespace strata::dicom
