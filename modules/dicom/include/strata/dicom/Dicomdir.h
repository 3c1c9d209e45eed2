#pragma once
/// Reading a DICOMDIR (the directory of a CD/DVD file-set): the files its records reference.
#include <strata/core/Result.h>

#include <QStringList>

namespace strata::dicom {

/// True when the file is a DICOMDIR (by name, or by its Media Storage Directory SOP class).
bool isDicomdir(const QString &path);

/// The absolute paths of the files the DICOMDIR's records reference (Referenced File ID), resolved
/// relative to the DICOMDIR's folder. Names are matched case-insensitively, so upper-case 8.3 names
/// on a CD resolve on a file system that shows them in lower case (and the other way round).
/// References to files that do not exist are returned in `missing`.
Result<QStringList> dicomdirFiles(const QString &path, QStringList *missing = nullptr);

} // namespace strata::dicom
