#pragma once
/// Reading a disc image: an ISO 9660 file (a CD or DVD sent as a download, or copied off a disc)
/// is unpacked with xorriso's osirrox into a private folder and imported from there like a disc.
#include "ZipExtract.h"

#include <QFile>

namespace strata::store {

/// True when `file` (open for reading) holds an ISO 9660 image: the standard identifier "CD001"
/// of the volume descriptor at sector 16 (byte 32769).
bool isIsoImage(QFile &file);

/// True when `file` holds a disc image in UDF alone (a DVD written without an ISO 9660 part):
/// its volume recognition sequence from sector 16 names UDF ("BEA01", then "NSR02" or "NSR03")
/// and no ISO 9660 volume. xorriso cannot read such an image.
bool isUdfOnlyImage(QFile &file);

/// Makes `root` and every folder below it readable, writable and searchable by their owner, so
/// that the tree can be removed (an image's folders are read-only as it records them).
void makeFoldersWritable(const QString &root);

/// Unpacks the ISO 9660 image `isoPath` into `targetDir` (an existing, private, empty folder):
/// `files` lists the regular files written. Symbolic links and special files on the image (Rock
/// Ridge) are not kept and are listed in `refused`. Fails with an Error naming the image when
/// xorriso is not installed, when the image cannot be read, when there is not room for it on
/// `targetDir`'s volume, or when cancelled; what was written by then stays in `targetDir` for the
/// caller to remove with it (its folders are left writable).
/// An image whose files take more than `maxBytes` unpacked is refused before anything is written.
Result<ZipExtraction> extractIso(const QString &isoPath, const QString &targetDir, qint64 maxBytes, const CancellationToken &cancel = {});

} // namespace strata::store
