#pragma once
/// A synthetic but realistic CT study with a known right answer, written by Strata itself:
/// body, lungs, spine, aorta and spherical lesions of known size and HU, with the headers a scanner
/// writes. Used by `strata sample`, `make run`, tests and benchmarks.
#include <strata/core/Job.h>
#include <strata/core/Result.h>

#include <QString>
#include <QVector3D>

#include <vector>

namespace strata::dicom {

struct PhantomLesion {
    QString name;
    double centerMm[3] = {0, 0, 0};  ///< patient coordinates (LPS, mm)
    double diameterMm = 0;
    double hu = 0;
};

struct PhantomSpec {
    int columns = 512;
    int rows = 512;
    int slices = 300;
    double pixelSpacingMm = 0.7;   ///< in-plane, both directions
    double sliceSpacingMm = 1.0;   ///< also the slice thickness
    double noiseHu = 8.0;          ///< standard deviation of deterministic noise; 0 = none
    unsigned seed = 20261123;
    QString patientName = QStringLiteral("STRATA^PHANTOM");
    QString patientId = QStringLiteral("STRATA-0001");
};

/// What was written: where, the UIDs, and the lesions (the known right answer).
struct PhantomStudy {
    QString folder;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QStringList files;  ///< in slice order, inferior to superior
    std::vector<PhantomLesion> lesions;
    double originMm[3] = {0, 0, 0};  ///< position of the first voxel of the first slice
};

/// Ideal HU of the phantom at a patient position (no noise, no partial volume): the analytic truth.
double phantomHuAt(const PhantomSpec &spec, double xMm, double yMm, double zMm);

/// Writes the series as one file per slice into `folder` (created if needed), plus
/// `phantom.json` describing the lesions. Reports progress per slice and honours cancellation.
Result<PhantomStudy> writePhantom(const PhantomSpec &spec, const QString &folder,
                                  const CancellationToken &cancel = {},
                                  const std::function<void(const Progress &)> &progress = {});

/// A fresh DICOM UID under the 2.25 root (UUID-derived), e.g. "2.25.3294...".
QString newUid();

} // namespace strata::dicom
