#pragma once
/// Reading a DICOMDIR (the directory of a CD/DVD file-set): the files its records reference.
#include <strata/core/Result.h>

#include <QList>
#include <QStringList>

namespace strata::dicom {

/// True when the file is a DICOMDIR (by name, or by its Media Storage Directory SOP class).
bool isDicomdir(const QString &path);

/// The absolute paths of the files the DICOMDIR's records reference (Referenced File ID), resolved
/// relative to the DICOMDIR's folder. Names are matched case-insensitively, so upper-case 8.3 names
/// on a CD resolve on a file system that shows them in lower case (and the other way round).
/// References to files that do not exist are returned in `missing`. References that are not
/// followed are returned in `refused` (one error each, naming the DICOMDIR, the reference and
/// why) and logged, and are never opened: absolute IDs, ".", "..", "/" or ":" in a component,
/// targets outside the DICOMDIR's folder (also through symbolic links), and anything but regular
/// files (FIFOs, sockets, devices, folders).
Result<QStringList> dicomdirFiles(const QString &path, QStringList *missing = nullptr, QList<Error> *refused = nullptr);

} // namespace strata::dicom
