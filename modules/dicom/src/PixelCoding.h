#pragma once
/// What an encapsulated pixel data's first fragment says of its coding: whether the codestream
/// (JPEG, JPEG-LS, JPEG 2000, HTJ2K) was coded with loss, read from its marker segments alone.
#include "StructureCheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace strata::dicom::detail {

struct CodestreamCoding {
    bool lossy = false;
    QString method;   ///< the Lossy Image Compression Method term of its standard (ISO_10918_1, …)
};

/// The coding of one codestream from its first bytes (its main header must be among them):
/// a JPEG's frame marker (DCT or lossless), a JPEG-LS scan's NEAR, a JPEG 2000 or HTJ2K coding
/// style's wavelet (irreversible 9-7 or reversible 5-3). None when the bytes are not one of them
/// or end before the marker that tells.
std::optional<CodestreamCoding> codestreamCoding(const std::uint8_t *bytes, std::size_t size);

/// The coding of a file's first pixel data fragment (encapsulated pixel data, not deflated): a
/// few kilobytes read at the walk's offset. None when the file has none or it cannot be read.
std::optional<CodestreamCoding> firstFragmentCoding(const QString &path, const FileStructure &structure);

} // namespace strata::dicom::detail
