#pragma once
/// Reads the header of a DICOM file (Part 10 or a bare data set without preamble) into DicomHeader.
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>

namespace strata::dicom {

/// Parses everything up to the pixel data. The file's structure is checked first (element
/// lengths, nesting), so a damaged file gives an error naming the file and the reason (and the
/// byte offset where it broke) instead of a crash or a huge allocation. Thread-safe.
Result<DicomHeader> readHeader(const QString &path);

} // namespace strata::dicom
