#pragma once
/// Writing a DICOM file-set (PS3.10 / PS3.11 interchange media): copies of DICOM files under
/// upper-case 8.3 names, indexed by a DICOMDIR, as on a CD a patient takes home.
#include <strata/core/Job.h>
#include <strata/core/Result.h>

#include <QStringList>

#include <functional>

namespace strata::dicom {

/// What writeFileSet wrote.
struct FileSetSummary {
    QString dicomdir;   ///< absolute path of the DICOMDIR
    QStringList copies; ///< absolute path of each copy, in the order of the (distinct) input files
    int patients = 0;
    int studies = 0;
    int series = 0;
    qint64 bytes = 0;   ///< bytes of the copies (the DICOMDIR not counted)
};

/// Copies `files` byte for byte into `folder` as DICOM/Pnnnnnnn/Snnnnnnn/Ennnnnnn/Innnnnnn
/// (patient, study, series, instance; numbered from 0 within their parent, instances in Instance
/// Number order) and writes `folder`/DICOMDIR (File-set ID "STRATA") with one record per patient,
/// study, series and instance. Files keep their transfer syntax; the DICOMDIR names it.
/// `folder` is created if needed and must not already hold a DICOMDIR or a DICOM folder. Every
/// file needs a SOP Instance UID, a Study and a Series Instance UID; otherwise, on a copy failure
/// or on cancellation, nothing written is left behind and the error names the file and the reason.
Result<FileSetSummary> writeFileSet(const QStringList &files, const QString &folder, const CancellationToken &cancel = {},
                                    const std::function<void(const Progress &)> &progress = {});

} // namespace strata::dicom
