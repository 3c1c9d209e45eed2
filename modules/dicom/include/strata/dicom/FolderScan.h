#pragma once
/// Finds the files under a set of paths and reads their headers in parallel, keeping the failures
/// with their reasons.
#include <strata/core/Error.h>
#include <strata/core/Job.h>
#include <strata/dicom/DicomHeader.h>

#include <QStringList>

#include <vector>

namespace strata::dicom {

struct FolderScanResult {
    std::vector<DicomHeader> headers;  ///< sorted by path
    std::vector<Error> failures;       ///< one per file that could not be read, sorted by subject
};

/// Lists regular files under each path (recursively for folders), sorted.
QStringList listFiles(const QStringList &paths);

/// Reads every file's header using all cores. DICOMDIR files are skipped (not images).
FolderScanResult scanFiles(const QStringList &files, const CancellationToken &cancel = {});

} // namespace strata::dicom
