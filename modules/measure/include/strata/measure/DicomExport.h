#pragma once
/// Measurements as standard DICOM, written with DCMTK's own support: a segmented lesion as a DICOM
/// Segmentation (dcmseg) on its source series' grid, and a study's measurements as a TID 1500
/// Measurement Report (dcmsr's cmr classes) with an image library of the referenced images and,
/// for each lesion, a volumetric group referencing its segment.
#include <strata/core/Result.h>
#include <strata/dicom/Volume.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/Measurement.h>

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace strata::measure {

/// The source series' k-th slice: the image a SEG frame is derived from.
struct SourceSlice {
    QString sopClassUid;
    QString sopInstanceUid;
};

/// What writeLesionSegmentation wrote.
struct WrittenSegmentation {
    QString path;
    QString sopInstanceUid;
    QString seriesInstanceUid;
    int frames = 0;
};

/// Writes the lesion's mask as a binary DICOM Segmentation (one segment, one frame per slice that
/// holds any of it, on the volume's grid) to `path`. `sourceFile` is one image of the source series
/// (patient, study and frame of reference come from it); `slices` names the volume's k-th slice
/// (as many as the volume has, or empty: no derivation references).
Result<WrittenSegmentation> writeLesionSegmentation(const LesionResult &lesion, const dicom::Volume &volume,
                                                    const QString &sourceFile, const std::vector<SourceSlice> &slices,
                                                    const QString &label, const QString &path);

/// A lesion's segmentation as the report references it.
struct ReportSegment {
    QString measurementUid;  ///< the lesion measurement it belongs to
    QString segmentationFile;
    QString sourceSeriesInstanceUid;
};

/// Writes the measurements as an Enhanced SR TID 1500 Measurement Report to `path`. `imageFiles`
/// are the referenced images (their patient and study go into the report; each becomes an entry
/// of the image library); lesions become volumetric ROI groups (TID 1411) referencing their
/// segment, other measurements individual measurement groups (TID 1501). Returns the report's
/// SOP Instance UID.
Result<QString> writeMeasurementReport(const std::vector<Measurement> &measurements, const QStringList &imageFiles,
                                       const std::vector<ReportSegment> &segments, const QString &author,
                                       const QString &path);

/// The measurements of a TID 1500 report Strata wrote (read back: each group's tracking UID,
/// kind and values); other reports give what their groups hold in the same form.
Result<std::vector<Measurement>> readMeasurementReport(const QString &path);

/// A measurement group of a report with what it references: the measurement (tracking UID, kind,
/// values, the observer as author, the source image of its values) and, for a volumetric group,
/// the segmentation (SOP Instance UID and segment number) and its source series.
struct ReportGroup {
    Measurement measurement;
    QString segmentationSopInstanceUid;
    int segmentNumber = 0;
    QString sourceSeriesInstanceUid;
    /// Where the measurement was made, as the report gives it below its area, length, angle or
    /// value (the first SCOORD or SCOORD3D found): in the pixels of `coordinatesImageUid` (column,
    /// row; (0, 0) the top left corner of the top left pixel) or in patient mm. As written: a
    /// closed outline repeats its first point, an ellipse is the ends of its two axes.
    std::vector<std::array<double, 2>> imageCoordinates;
    QString coordinatesImageUid;
    int coordinatesFrame = 0;   ///< of a multi-frame image (from 0): its Referenced Frame Number − 1
    std::vector<Vec3> patientCoordinates;
};

/// The points of a measurement of `kind` from the coordinates its report gives (see ReportGroup):
/// the closing point of an outline dropped, an ellipse's axis ends turned into centre, first
/// semi-axis end and second-axis point, a curved path's dense curve thinned to the points that keep
/// it within 0.5 mm (imaging::simplifyPath). Empty when they do not fit the kind.
std::vector<Vec3> pointsFromCoordinates(MeasurementKind kind, std::vector<Vec3> coordinates);
Result<std::vector<ReportGroup>> readMeasurementReportGroups(const QString &path);

/// One segment of a binary DICOM Segmentation as a lesion's mask on `grid` (the geometry of its
/// source series: the frames must lie on its slices, in its orientation). Unsupported for a
/// fractional SEG or frames off the grid; NotFound when the segment has no voxel.
Result<LesionShape> readLesionSegmentation(const QString &path, int segmentNumber, const dicom::Volume &grid);

} // namespace strata::measure
