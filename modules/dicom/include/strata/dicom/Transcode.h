#pragma once
/// Re-encodes a DICOM file in another transfer syntax (decompressing or compressing its pixel data
/// with GDCM), e.g. JPEG 2000 → explicit VR little endian for a peer that accepts only that.
#include <strata/core/Result.h>

#include <QByteArray>
#include <QString>

namespace strata::dicom {

/// The whole Part 10 file (preamble, file meta naming `targetSyntax`, data set) re-encoded in
/// `targetSyntax` (a transfer syntax UID GDCM can write: the uncompressed ones, RLE, JPEG-LS,
/// JPEG 2000, JPEG lossless). Attributes other than the pixel data and the ones its encoding
/// implies (Photometric Interpretation after a colour decompression, Lossy Image Compression)
/// are kept. Errors name the file and the reason; a damaged file is refused, never a crash.
/// Thread-safe.
Result<QByteArray> transcode(const QString &path, const QString &targetSyntax);

/// The same, written to `outPath` (replaced if present).
Status transcodeToFile(const QString &path, const QString &targetSyntax, const QString &outPath);

} // namespace strata::dicom
