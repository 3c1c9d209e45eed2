#pragma once
/// Reading a DICOMDIR (the directory of a CD/DVD file-set): the files its records reference.
#include <strata/core/Result.h>

#include <QList>
#include <QStringList>

namespace strata::dicom {

/// True when the file is a DICOMDIR (by name, or by its Media Storage Directory SOP class).
bool isDicomdir(const QString &path);

/// A file name as an ISO 9660 disc records it, without its version number and the dot of a name
/// that has no extension: "IM000001.;1" and "IM000001;1" give "IM000001" (a disc mounted without
/// name mapping, an image unpacked by a tool that keeps the versions). Other names are returned
/// as they are.
QString withoutIsoVersion(const QString &fileName);

/// True when `fileName` names a DICOMDIR: any case, with or without an ISO 9660 version.
bool isDicomdirName(const QString &fileName);

/// The Media Storage SOP Class UID (0002,0002) of a DICOM Part 10 file, read from its file meta
/// information alone (a few hundred bytes, nothing else parsed); empty when the file does not start
/// as a Part 10 file does (a 128-byte preamble and "DICM") or has none. A DICOMDIR's is
/// 1.2.840.10008.1.3.10.
QString mediaStorageSopClass(const QString &path);

/// The bytes mediaStorageSopClass() reads from the start of a file: the preamble, "DICM" and room
/// for the file meta group.
constexpr qint64 kFileMetaHead = 132 + 4096;

/// mediaStorageSopClass() of a file whose first bytes (up to kFileMetaHead) are `head`.
QString mediaStorageSopClassIn(const QByteArray &head);

/// The absolute paths of the files the DICOMDIR's records reference (Referenced File ID), resolved
/// relative to the DICOMDIR's folder. Names are matched case-insensitively, so upper-case 8.3 names
/// on a CD resolve on a file system that shows them in lower case (and the other way round), and
/// without ISO 9660 versions ("IM000001.;1" is IM000001).
/// References to files that do not exist are returned in `missing`. References that are not
/// followed are returned in `refused` (one error each, naming the DICOMDIR, the reference and
/// why) and logged, and are never opened: absolute IDs, ".", "..", "/" or ":" in a component,
/// targets outside the DICOMDIR's folder (also through symbolic links), and anything but regular
/// files (FIFOs, sockets, devices, folders).
Result<QStringList> dicomdirFiles(const QString &path, QStringList *missing = nullptr, QList<Error> *refused = nullptr);

} // namespace strata::dicom
