#pragma once
/// A bounded walk over the raw bytes of a DICOM file, before any third-party parser sees it:
/// every element's length must fit in what remains, sequences and items must nest properly and
/// not too deep. Damaged files are refused here with a reason and a byte offset, so that the
/// parsers behind never read past the end or allocate what a lying length asks for.
#include <strata/core/Result.h>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>

namespace strata::dicom::detail {

struct FileStructure {
    bool hasPreamble = false;
    bool hasFileMeta = false;
    QString transferSyntaxUid;        ///< from the file meta, or the one the walk found to fit
    bool transferSyntaxGuessed = false;
    /// Set when the file declares a transfer syntax its data set does not follow: why the walk
    /// in the declared encoding failed (the data set was then read in another encoding).
    QString declaredSyntaxProblem;
    bool explicitVr = true;
    bool bigEndian = false;
    bool deflated = false;
    bool hasPixelData = false;        ///< (7FE0,0010), (7FE0,0008) or (7FE0,0009) at top level
    bool pixelDataEncapsulated = false;
    std::uint64_t pixelDataOffset = 0;  ///< offset of the value (first item for encapsulated)
    std::uint64_t pixelDataLength = 0;  ///< bytes of value (native), or sum of fragment bytes
    int pixelDataFragments = 0;         ///< encapsulated: items after the offset table
    std::uint16_t pixelDataElement = 0x0010;  ///< 0x0010 (integer), 0x0008 (float), 0x0009 (double)
    std::uint64_t dataSetOffset = 0;    ///< where the data set starts (after the file meta)
    std::uint64_t fileSize = 0;
};

/// The file rewritten so that GDCM can read it when it refuses the original: a fresh file meta
/// naming the transfer syntax the walk found (explicit VR little endian for encapsulated or
/// unknown syntaxes, whose data sets are encoded so), followed by the data set (inflated when it
/// was deflated). Pixel data is kept as it is.
Result<std::string> normalizedCopy(const QString &path, const FileStructure &structure);

/// Walks `bytes` (the whole file). `path` is only used to name the file in errors.
Result<FileStructure> checkStructure(const QString &path, const char *bytes, std::uint64_t size);

/// Maps the file and walks it.
Result<FileStructure> checkFileStructure(const QString &path);

} // namespace strata::dicom::detail
