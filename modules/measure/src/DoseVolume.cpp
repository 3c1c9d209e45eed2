#include <strata/measure/DoseVolume.h>

#include <strata/core/Csv.h>

#include "ContourFill.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace strata::measure {

namespace {

/// The dose at a fractional voxel index: trilinear (dicom::Volume::linearAt); up to half a voxel
/// beyond the outer voxels their value; NaN farther out.
float doseAt(const dicom::Volume &dose, const std::array<double, 3> &index)
{
    for (std::size_t a = 0; a < 3; ++a)
        if (!(index[a] >= -0.5 && index[a] <= dose.dimensions[a] - 0.5))
            return std::nanf("");
    return float(dose.linearAt(index));
}

/// The median of the gaps between a structure's planes (their positions along their normal).
double medianGap(std::vector<double> positions)
{
    std::sort(positions.begin(), positions.end());
    std::vector<double> gaps;
    for (std::size_t i = 1; i < positions.size(); ++i)
        if (const double g = positions[i] - positions[i - 1]; g > 0.01)
            gaps.push_back(g);
    if (gaps.empty())
        return 0;
    std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2), gaps.end());
    return gaps[gaps.size() / 2];
}

} // namespace

double DoseVolumeHistogram::doseToVolumePercent(double percent) const
{
    if (empty() || cumulative.empty())
        return 0;
    const double target = std::clamp(percent, 0.0, 100.0) / 100.0 * coveredCc;
    // The last bin edge with at least the target volume at or above it, then within its bin.
    std::size_t k = 0;
    while (k + 1 < cumulative.size() && cumulative[k + 1] >= target)
        ++k;
    double dose = double(k) * binWidth;
    if (k + 1 < cumulative.size() && cumulative[k] > cumulative[k + 1])
        dose += binWidth * (cumulative[k] - target) / (cumulative[k] - cumulative[k + 1]);
    return std::clamp(dose, minimum, maximum);
}

double DoseVolumeHistogram::volumeCcAtDose(double dose) const
{
    if (empty() || cumulative.empty() || !(binWidth > 0))
        return 0;
    if (dose <= minimum)
        return coveredCc;
    if (dose > maximum)
        return 0;
    const double x = dose / binWidth;
    const std::size_t k = std::size_t(x);
    if (k + 1 >= cumulative.size())
        return 0;
    return cumulative[k] + (x - double(k)) * (cumulative[k + 1] - cumulative[k]);
}

double DoseVolumeHistogram::volumePercentAtDose(double dose) const
{
    return empty() ? 0 : 100.0 * (volumeCcAtDose(dose) / coveredCc);
}

std::vector<DoseVolumeHistogram> doseVolumeHistograms(const StructureSet &set, const dicom::Volume &dose, const DoseVolumeOptions &options,
                                                      const std::vector<int> &rois, const CancellationToken &cancel)
{
    std::vector<DoseVolumeHistogram> out;
    if (dose.voxels.empty() || dose.voxelCount() != dose.voxels.size())
        return out;

    // Each structure's planes along their normal: the slab each stands for.
    const std::vector<detail::ContourPlane> planes = detail::contourPlanes(set);
    std::map<int, std::vector<double>> positions;
    std::vector<double> all;
    for (const detail::ContourPlane &p : planes) {
        positions[p.roi].push_back(p.position);
        all.push_back(p.position);
    }
    const double setGap = medianGap(all);

    // One bin width for every structure: the grid's highest dose (no interpolated value exceeds it).
    const float highest = *std::max_element(dose.voxels.begin(), dose.voxels.end());
    const int bins = std::max(10, options.bins);
    const double binWidth = highest > 0 ? double(highest) / bins : 1.0;
    const double finest = std::min({dose.spacing[0], dose.spacing[1], dose.spacing[2]});
    const double step = std::max(0.05, std::min(options.samplingMm, finest / 3));

    for (const StructureRoi &roi : set.rois) {
        if (!rois.empty() && std::find(rois.begin(), rois.end(), roi.number) == rois.end())
            continue;
        if (cancel.isCancelled())
            break;
        DoseVolumeHistogram h;
        h.roi = roi.number;
        h.name = roi.name;
        h.interpretedType = roi.interpretedType;
        h.rgb = roi.rgb;
        h.binWidth = binWidth;
        const double gap = medianGap(positions[roi.number]);
        const double slab = gap > 0 ? gap : setGap;
        std::vector<double> differential(std::size_t(bins) + 2, 0.0);
        double sum = 0, least = HUGE_VAL, most = -HUGE_VAL, covered = 0, volume = 0;
        for (const detail::ContourPlane &plane : planes) {
            if (plane.roi != roi.number || !(slab > 0))
                continue;
            // The plane filled on a grid of its own at the sampling step, each pixel the middle of its cell.
            const std::optional<detail::FilledPlane> filled = detail::fillPlane(plane, step, true);
            if (!filled)
                continue;
            const imaging::SliceGeometry &g = filled->plane;
            const double weightCc = step * step * slab / 1000.0;
            // The voxel index moves linearly across the plane.
            const auto origin = dose.indexPosition(g.origin);
            const auto right = dose.indexPosition(g.patientPosition(1, 0)), down = dose.indexPosition(g.patientPosition(0, 1));
            const std::array<double, 3> dc{right[0] - origin[0], right[1] - origin[1], right[2] - origin[2]};
            const std::array<double, 3> dr{down[0] - origin[0], down[1] - origin[1], down[2] - origin[2]};
            for (int r = 0; r < g.height; ++r)
                for (int c = 0; c < g.width; ++c) {
                    if (!filled->mask[std::size_t(r) * std::size_t(g.width) + std::size_t(c)])
                        continue;
                    volume += weightCc;
                    const float d = doseAt(dose, {origin[0] + c * dc[0] + r * dr[0], origin[1] + c * dc[1] + r * dr[1], origin[2] + c * dc[2] + r * dr[2]});
                    if (std::isnan(d))
                        continue;
                    const double value = std::max(0.0, double(d));
                    covered += weightCc;
                    sum += value * weightCc;
                    least = std::min(least, value);
                    most = std::max(most, value);
                    differential[std::min(std::size_t(value / binWidth), std::size_t(bins))] += weightCc;
                }
        }
        h.volumeCc = volume;
        h.coveredCc = covered;
        if (covered > 0) {
            h.minimum = least;
            h.maximum = most;
            h.mean = sum / covered;
            const std::size_t last = std::min(std::size_t(most / binWidth) + 1, differential.size() - 1);
            h.cumulative.assign(last + 1, 0.0);
            double above = 0;
            for (std::size_t k = last + 1; k-- > 0;) {
                above += differential[k];
                h.cumulative[k] = above;
            }
            h.cumulative[0] = covered;   // the sum again, without its rounding
        }
        out.push_back(std::move(h));
    }
    return out;
}

int planDose(const std::vector<dicom::Stack> &stacks, const std::vector<dicom::DicomHeader> &headers)
{
    int best = -1;
    const auto rank = [&](const dicom::Stack &s) {
        const QString &summation = headers[std::size_t(s.slices.front().header)].dose.summation;
        const bool wholePlan = summation == QLatin1String("PLAN") || summation == QLatin1String("MULTI_PLAN") || summation == QLatin1String("PLAN_SUM");
        return std::make_pair(wholePlan ? 1 : 0, s.slices.size());
    };
    for (std::size_t i = 0; i < stacks.size(); ++i) {
        const dicom::Stack &s = stacks[i];
        if (s.modality != QLatin1String("RTDOSE") || !s.isVolume() || s.slices.empty())
            continue;
        if (best < 0 || rank(s) > rank(stacks[std::size_t(best)]))
            best = int(i);
    }
    return best;
}

QString doseVolumeCsv(const std::vector<DoseVolumeHistogram> &histograms, const QString &unit)
{
    QStringList header{unit.isEmpty() ? QStringLiteral("dose") : QStringLiteral("dose (%1)").arg(unit)};
    std::size_t rows = 0;
    double binWidth = 0;
    for (const DoseVolumeHistogram &h : histograms) {
        header << csvField(QStringLiteral("%1 (cc)").arg(h.name));
        rows = std::max(rows, h.cumulative.size());
        binWidth = std::max(binWidth, h.binWidth);
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (std::size_t k = 0; k < rows; ++k) {
        out += QString::number(double(k) * binWidth, 'g', 6);
        for (const DoseVolumeHistogram &h : histograms)
            out += QLatin1Char(',') + QString::number(k < h.cumulative.size() ? h.cumulative[k] : 0.0, 'g', 6);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace strata::measure
