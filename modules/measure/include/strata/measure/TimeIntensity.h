#pragma once
/// Time–intensity curves of a region over the time points of a dynamic series (a breast or prostate
/// MR's contrast phases, a perfusion run): the region's mean in each phase, and the curve's kinetics
/// as radiologists class them (initial enhancement; a late phase persistent, plateau or washout).
#include <strata/imaging/Reslicer.h>
#include <strata/measure/Measurement.h>

#include <QString>

#include <optional>
#include <vector>

namespace strata::measure {

/// One phase: the region's statistics on the phase's slice at the region's place.
struct TimePoint {
    double seconds = 0;    ///< from the first phase (its acquisition time), or the phase's index when untimed
    bool timed = false;    ///< seconds are acquisition times (every phase had one)
    QString label;         ///< the phase as the series names it ("time 3", "TT 400 ms")
    double mean = 0;
    double sd = 0;
    long long pixels = 0;
};

/// A phase's slice at the region's place, and when it was acquired.
struct PhaseSlice {
    imaging::SliceImage image;
    QString acquisitionTime;   ///< DICOM TM ("083634.135"); empty when unknown
    QString label;
};

/// The curve of `region` (an ellipse, polygon or freehand outline) over the phases, in their order.
/// Times are seconds from the first phase's acquisition time (over midnight too) where every phase
/// has one, else the phases' indices (0, 1, 2 …). Empty when the region is no outline.
std::vector<TimePoint> timeIntensityCurve(const Measurement &region, const std::vector<PhaseSlice> &phases);

enum class CurveType { Undetermined, Persistent, Plateau, Washout };

/// A contrast curve's kinetics (the first phase before contrast): the initial enhancement, the
/// highest relative enhancement of the early phases (within 2 minutes of the first phase after
/// contrast, or the first two after it when untimed), and how the last phase stands against that
/// early peak: more than 10 % above persistent (type I), within 10 % plateau (type II), more than
/// 10 % below washout (type III). Undetermined with fewer than three phases, no late phase after
/// the early ones, or a baseline not above zero.
struct Kinetics {
    CurveType type = CurveType::Undetermined;
    double initialEnhancementPercent = 0;   ///< (early peak − baseline) / baseline
    double latePercent = 0;                 ///< (last − early peak) / early peak
    int earlyPeak = -1;                     ///< index of the early peak phase
};
Kinetics curveKinetics(const std::vector<TimePoint> &curve);

/// "type I, persistent", "type II, plateau", "type III, washout", "undetermined".
QString curveTypeName(CurveType type);

/// The curve as CSV: a header line, then one line per phase (seconds, label, mean, sd, pixels).
QString timeIntensityCsv(const std::vector<TimePoint> &curve, const QString &unit);

} // namespace strata::measure
