#pragma once
/// Dose–volume histograms: how much of each structure of an RT Structure Set receives how much of
/// an RT Dose — what a radiation oncologist reads to judge a plan (a target's coverage, D95 ≥ 95 %
/// of the prescription; an organ at risk's mean dose or V20 against its constraint).
#include <strata/core/Job.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/measure/Segmentations.h>

#include <QString>

#include <array>
#include <vector>

namespace strata::measure {

/// The cumulative dose–volume histogram of one structure, with its figures.
struct DoseVolumeHistogram {
    int roi = 0;                             ///< the structure's ROI Number
    QString name;                            ///< ROI Name
    QString interpretedType;                 ///< RT ROI Interpreted Type (PTV, ORGAN, EXTERNAL, …)
    std::array<int, 3> rgb{255, 255, 0};
    double volumeCc = 0;    ///< the structure's volume: each contoured plane's area times its slab (the spacing of its planes)
    double coveredCc = 0;   ///< the part of it inside the dose grid: the histogram's 100 %
    double minimum = 0, mean = 0, maximum = 0;   ///< dose over the covered part (the dose's unit)
    double binWidth = 0;                     ///< dose between two points of `cumulative`
    /// cumulative[k]: cc of the structure receiving at least k × binWidth (cumulative[0] = coveredCc),
    /// up to the first bin above `maximum`, which is 0.
    std::vector<double> cumulative;

    /// Dx: the least dose the hottest `percent` % of the covered volume receives (D95, D2; D100 the
    /// minimum, D0 the maximum), interpolated between bins.
    double doseToVolumePercent(double percent) const;
    /// Vd: the percentage of the covered volume receiving at least `dose` (V20Gy), interpolated.
    double volumePercentAtDose(double dose) const;
    /// The same in cc.
    double volumeCcAtDose(double dose) const;
    /// Whether the structure yields a histogram (contoured planes inside the dose grid).
    bool empty() const { return !(coveredCc > 0); }
};

struct DoseVolumeOptions {
    /// Points sampled in each contoured plane no farther apart than this (mm), nor than a third
    /// of the dose grid's finest spacing.
    double samplingMm = 1.0;
    /// Bins of the histogram between 0 and the highest dose of all structures.
    int bins = 2000;
};

/// The histograms of `set`'s structures (every one, in the set's order; or those `rois` names) in
/// `dose` (values in its unit, e.g. Gy), which the caller has checked lies in the set's frame of
/// reference. Each structure's closed contours filled plane by plane (even–odd, as the viewer
/// draws them) on a grid of the plane at options.samplingMm, each cell sampled at its middle, its
/// dose by trilinear interpolation between the grid's voxels (up to half a voxel beyond its outer
/// ones), standing for the cell's area times the spacing of the structure's planes (the median
/// gap; a structure of one plane takes the set's). Cells outside the grid are left out of the
/// histogram (coveredCc < volumeCc says so). Stops early (returning what it has) once `cancel` is set.
std::vector<DoseVolumeHistogram> doseVolumeHistograms(const StructureSet &set, const dicom::Volume &dose,
                                                      const DoseVolumeOptions &options = {}, const std::vector<int> &rois = {},
                                                      const CancellationToken &cancel = {});

/// Which of a study's stacks (built from `headers`) is the dose a DVH reads: a volume of an RT
/// Dose, the whole plan's (Dose Summation Type PLAN, MULTI_PLAN or PLAN_SUM) before a beam's or
/// a fraction's, then the one of most slices; -1 when there is none.
int planDose(const std::vector<dicom::Stack> &stacks, const std::vector<dicom::DicomHeader> &headers);

/// The histograms as CSV: one row per bin (dose, then each structure's cc at least that dose),
/// after a header naming the structures; `unit` names the dose's unit in the header ("Gy").
QString doseVolumeCsv(const std::vector<DoseVolumeHistogram> &histograms, const QString &unit);

} // namespace strata::measure
