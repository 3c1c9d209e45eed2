#pragma once
/// A synthetic but realistic CT study with a known right answer, written by Strata itself:
/// body, lungs, spine, aorta and spherical lesions of known size and HU, with the headers a scanner
/// writes; and a PET of it (the same anatomy's uptake, the lesions hot), for fusion and SUV. Used by `strata sample`, `make run`, tests and benchmarks.
#include <strata/core/Job.h>
#include <strata/core/Result.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace strata::dicom {

struct PhantomLesion {
    QString name;
    double centerMm[3] = {0, 0, 0};  ///< patient coordinates (LPS, mm)
    double diameterMm = 0;
    double hu = 0;
    double activityBqMl = 0;   ///< in a PET phantom: the lesion's uptake (FDG-avid)
};

/// What a phantom series is: the CT, or a PET of the same patient (the uptake of an FDG scan an
/// hour after injection, attenuation- and decay-corrected, in Bq/ml with what SUV needs).
enum class PhantomModality { CT, PT };

struct PhantomSpec {
    int columns = 512;
    int rows = 512;
    int slices = 300;
    double pixelSpacingMm = 0.7;   ///< in-plane, both directions
    double sliceSpacingMm = 1.0;   ///< also the slice thickness
    double noiseHu = 8.0;          ///< standard deviation of deterministic noise; 0 = none (PT: per cent of the uptake)
    unsigned seed = 20261123;
    QString patientName = QStringLiteral("STRATA^PHANTOM");
    QString patientId = QStringLiteral("STRATA-0001");
    QString studyDate = QStringLiteral("20261123");  ///< YYYYMMDD (also series, acquisition, content date)
    int seriesNumber = 2;
    /// Empty: new UIDs. Set (e.g. from an earlier PhantomStudy): another series of that study and
    /// frame of reference, as a second reconstruction of the same scan.
    QString studyInstanceUid;
    QString frameOfReferenceUid;
    PhantomModality modality = PhantomModality::CT;
    /// A PET of the default CT's extent (358.4 × 358.4 × 300 mm): 128 × 128 × 100 voxels of
    /// 2.8 × 2.8 × 3 mm, 5 % noise, series 3; give it the CT's study and frame of reference.
    static PhantomSpec pet();
};

/// What was written: where, the UIDs, and the lesions (the known right answer).
struct PhantomStudy {
    QString folder;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString frameOfReferenceUid;
    QStringList files;  ///< in slice order, inferior to superior
    std::vector<PhantomLesion> lesions;
    double originMm[3] = {0, 0, 0};  ///< position of the first voxel of the first slice
};

/// Ideal HU of the phantom at a patient position (no noise, no partial volume): the analytic truth.
/// The volume is centred on (0, 0, 0) in LPS (first slice inferior). The anatomy is drawn for a
/// 358.4 x 358.4 x 300 mm volume and stretched per axis to the spec's extent: air -1000, body an
/// elliptic cylinder (semi-axes 160 x 115 mm) of soft tissue 40 with a 12 mm fat rim -100, lungs
/// -850 (ellipsoids at x = +-90, z = +60), vertebral bodies at y = +45 (cortex 700, cancellous 250,
/// discs 80), spinal canal 15 with a bony arch, aorta 200 at (25, 10), liver 60 centred at
/// (-65, -5, -45). Lesions (see phantomLesions) are spheres in true millimetres.
double phantomHuAt(const PhantomSpec &spec, double xMm, double yMm, double zMm);
/// Ideal uptake of the PET phantom at a patient position (Bq/ml, no noise).
double phantomActivityAt(const PhantomSpec &spec, double xMm, double yMm, double zMm);
/// SUVbw per Bq/ml of the PET phantom (its weight, dose, injection an hour before the series).
double phantomSuvFactor();

/// The lesions a spec's phantom contains (the known right answer), without writing anything.
/// Centres lie on voxel centres of the spec's grid.
std::vector<PhantomLesion> phantomLesions(const PhantomSpec &spec);

/// Writes the series as one file per slice into `folder` (created if needed), plus
/// `phantom.json` describing the lesions. Reports progress per slice and honours cancellation.
/// Slices are written in parallel; `progress` is still called on the calling thread, once per
/// slice, done = 1..N. Noise is seeded per slice, so the pixels depend on the spec alone.
/// On cancellation (ErrorCode::Cancelled) or a write error (ErrorCode::IoError naming the path)
/// the slices written so far are removed and no phantom.json is written.
Result<PhantomStudy> writePhantom(const PhantomSpec &spec, const QString &folder,
                                  const CancellationToken &cancel = {},
                                  const std::function<void(const Progress &)> &progress = {});

/// A fresh DICOM UID under the 2.25 root (UUID-derived), e.g. "2.25.3294...".
QString newUid();

} // namespace strata::dicom
