// The marks a report makes in the patient (SCOORD3D), on a slice or MPR plane they lie in. Apart
// from ReportMarks.cpp, which reads reports without the imaging module's geometry.
#include <strata/measure/ReportMarks.h>

#include <strata/imaging/Plane.h>

#include <algorithm>
#include <cmath>

namespace strata::measure {

std::vector<ImageReportMark> marksOnPlane(const std::vector<std::shared_ptr<const ReportMarks>> &reports, const QString &frameOfReferenceUid,
                                          const imaging::SliceGeometry &plane, double tolerance)
{
    std::vector<ImageReportMark> out;
    for (const auto &report : reports) {
        if (!report)
            continue;
        for (const ReportMark &mark : report->marks) {
            if (mark.patientPoints.empty() || (!mark.frameOfReferenceUid.isEmpty() && mark.frameOfReferenceUid != frameOfReferenceUid))
                continue;
            const bool inPlane = std::all_of(mark.patientPoints.begin(), mark.patientPoints.end(), [&](const std::array<double, 3> &p) {
                return std::abs(plane.distance(p)) <= tolerance;
            });
            if (!inPlane)
                continue;
            ImageReportMark shown{report.get(), mark};
            shown.mark.graphic.points.clear();
            for (const auto &p : mark.patientPoints) {
                // Pixel units of a SCOORD: (0, 0) the first pixel's top-left corner.
                const std::array<double, 2> at = plane.pixelPosition(p);
                shown.mark.graphic.points.emplace_back(at[0] + 0.5, at[1] + 0.5);
            }
            out.push_back(std::move(shown));
        }
    }
    return out;
}

} // namespace strata::measure
