#include <strata/measure/TimeIntensity.h>

#include <strata/dicom/DicomHeader.h>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace strata::measure {

std::vector<TimePoint> timeIntensityCurve(const Measurement &region, const std::vector<PhaseSlice> &phases)
{
    if (region.kind != MeasurementKind::Ellipse && region.kind != MeasurementKind::Polygon && region.kind != MeasurementKind::Freehand)
        return {};
    std::vector<TimePoint> curve;
    std::vector<std::optional<double>> times;
    for (const PhaseSlice &phase : phases) {
        TimePoint p;
        p.label = phase.label;
        const std::vector<Quantity> values = evaluatePixels(region, phase.image);
        for (const Quantity &q : values) {
            if (q.name == QLatin1String("mean"))
                p.mean = q.value;
            else if (q.name == QLatin1String("sd"))
                p.sd = q.value;
            else if (q.name == QLatin1String("pixel_count"))
                p.pixels = std::llround(q.value);
        }
        curve.push_back(p);
        times.push_back(dicom::secondsOfDay(phase.acquisitionTime));
    }
    const bool timed = !times.empty() && std::all_of(times.begin(), times.end(), [](const auto &t) { return t.has_value(); });
    for (std::size_t i = 0; i < curve.size(); ++i) {
        curve[i].timed = timed;
        if (!timed) {
            curve[i].seconds = double(i);
            continue;
        }
        double dt = *times[i] - *times.front();
        if (dt < -43200)   // acquired after midnight
            dt += 86400;
        curve[i].seconds = dt;
    }
    return curve;
}

Kinetics curveKinetics(const std::vector<TimePoint> &curve)
{
    Kinetics k;
    if (curve.size() < 3 || curve.front().mean <= 0)
        return k;
    const double baseline = curve.front().mean;
    // Early phases: the first after contrast and those within 2 minutes of it (untimed: the first two).
    const bool timed = curve.front().timed;
    std::size_t lastEarly = 1;
    for (std::size_t i = 2; i < curve.size(); ++i)
        if (timed ? curve[i].seconds - curve[1].seconds <= 120.0 : i <= 2)
            lastEarly = i;
    if (lastEarly + 1 >= curve.size())
        return k;   // no late phase after the early ones
    std::size_t peak = 1;
    for (std::size_t i = 2; i <= lastEarly; ++i)
        if (curve[i].mean > curve[peak].mean)
            peak = i;
    k.earlyPeak = int(peak);
    const double early = curve[peak].mean;
    k.initialEnhancementPercent = 100.0 * (early - baseline) / baseline;
    if (early <= 0)
        return k;
    k.latePercent = 100.0 * (curve.back().mean - early) / early;
    k.type = k.latePercent > 10.0 ? CurveType::Persistent : k.latePercent < -10.0 ? CurveType::Washout : CurveType::Plateau;
    return k;
}

QString curveTypeName(CurveType type)
{
    switch (type) {
    case CurveType::Persistent: return QCoreApplication::translate("strata::measure", "type I, persistent");
    case CurveType::Plateau: return QCoreApplication::translate("strata::measure", "type II, plateau");
    case CurveType::Washout: return QCoreApplication::translate("strata::measure", "type III, washout");
    case CurveType::Undetermined: break;
    }
    return QCoreApplication::translate("strata::measure", "undetermined");
}

QString timeIntensityCsv(const std::vector<TimePoint> &curve, const QString &unit)
{
    QStringList lines{QStringLiteral("seconds,phase,mean%1,sd%1,pixels").arg(unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit))};
    for (const TimePoint &p : curve) {
        QString label = p.label;
        label.replace(QLatin1Char('"'), QLatin1String("\"\""));
        lines << QStringLiteral("%1,\"%2\",%3,%4,%5").arg(p.seconds, 0, 'f', 3).arg(label).arg(p.mean, 0, 'g', 8).arg(p.sd, 0, 'g', 8).arg(p.pixels);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace strata::measure
