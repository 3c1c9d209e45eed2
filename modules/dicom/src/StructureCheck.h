#pragma once
/// A bounded walk over the raw bytes of a DICOM file, before any third-party parser sees it:
/// every element's length must fit in what remains, sequences and items must nest properly and
/// not too deep. Damaged files are refused here with a reason and a byte offset, so that the
/// parsers behind never read past the end or allocate what a lying length asks for.
#include <strata/core/Result.h>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace strata::dicom::detail {

/// How much of a file a reader needs: the header stops at the top-level pixel data (nothing after
/// it is walked, and a deflated data set is inflated only that far); Whole walks everything.
enum class StructureScope { Header, Whole };

/// Inflation limits: a deflated data set inflates at most this far for a header read (up to the
/// pixel data) and for a whole read. Checked once, by the walk; the inflated bytes are kept for
/// the parser behind (normalizedCopy), which never inflates again.
constexpr std::uint64_t kMaxInflatedHeader = std::uint64_t(64) << 20;
constexpr std::uint64_t kMaxInflatedWhole = std::uint64_t(1) << 30;

struct FileStructure {
    bool hasPreamble = false;
    bool hasFileMeta = false;
    QString transferSyntaxUid;        ///< from the file meta, or the one the walk found to fit
    bool transferSyntaxGuessed = false;
    /// Set when the file declares a transfer syntax its data set does not follow: why the walk
    /// in the declared encoding failed (the data set was then read in another encoding).
    QString declaredSyntaxProblem;
    /// GDCM may read the file itself: it reads it as the walk did (see checkStructure); when
    /// false, GDCM reads only normalizedCopy.
    bool gdcmReadsFile = false;
    /// The data set follows the declared transfer syntax, one GDCM knows (not deflated): the
    /// normalised copy keeps it (an encapsulated syntax stays decodable).
    bool declaredSyntaxFollowed = false;
    /// Zero bytes that end the file after a complete data set start here (in the file, or in the
    /// inflated data set); the normalised copy leaves them out.
    std::optional<std::uint64_t> paddingOffset;
    /// Set when an image attribute (rows, bits, spacing, ...) has an explicit VR that GDCM's image
    /// reader asserts on: a decode is refused with this reason, a header read is not.
    QString imageAttributeProblem;
    bool explicitVr = true;
    bool bigEndian = false;
    bool deflated = false;
    bool hasPixelData = false;        ///< (7FE0,0010), (7FE0,0008) or (7FE0,0009) at top level
    bool pixelDataEncapsulated = false;
    std::uint64_t pixelDataOffset = 0;  ///< offset of the value (first item for encapsulated)
    std::uint64_t pixelDataLength = 0;  ///< bytes of value (native), or sum of fragment bytes
    int pixelDataFragments = 0;         ///< encapsulated: items after the offset table
    std::uint16_t pixelDataElement = 0x0010;  ///< 0x0010 (integer), 0x0008 (float), 0x0009 (double)
    /// Offset of the pixel data element's tag (in the file, or in the inflated data set).
    std::uint64_t pixelElementOffset = 0;
    /// Encapsulated (Whole scope): offset and length of each fragment's value after the offset table.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> fragments;
    StructureScope scope = StructureScope::Whole;
    /// Deflated files: the data set inflated (Header scope: at least up to the pixel data).
    std::shared_ptr<const std::vector<std::uint8_t>> inflated;
    std::uint64_t dataSetOffset = 0;    ///< where the data set starts (after the file meta)
    std::uint64_t fileSize = 0;
};

/// The file rewritten so that GDCM can read it when it refuses the original (and for every
/// deflated file, so that GDCM never inflates): a fresh file meta naming the transfer syntax the
/// walk found (explicit VR little endian for encapsulated or unknown syntaxes, whose data sets are
/// encoded so), followed by the data set (the inflated bytes the walk kept, when it was deflated).
/// Pixel data is kept as it is; for a Header-scope structure the copy ends before the pixel data
/// (only that much of the file is read).
Result<std::string> normalizedCopy(const QString &path, const FileStructure &structure);

/// Walks `bytes` (the whole file). `path` is only used to name the file in errors.
Result<FileStructure> checkStructure(const QString &path, const char *bytes, std::uint64_t size,
                                     StructureScope scope = StructureScope::Whole);

/// Maps the file and walks it. Only regular files are opened (a FIFO or a device is refused
/// without blocking on it).
Result<FileStructure> checkFileStructure(const QString &path, StructureScope scope = StructureScope::Whole);

/// The Transfer Syntax UID (0002,0010) a file declares, read from its file meta information alone
/// (the 128-byte preamble, "DICM" and group 0002, parsed here; nothing after the group is read):
/// empty when the file has no file meta or the meta names no syntax. Fails only when the file
/// cannot be opened or is not a regular file. Lets a caller refuse a syntax before GDCM sees it.
Result<QString> declaredTransferSyntax(const QString &path);

/// Work done by the walks of this thread so far (elements visited plus bytes the padding check
/// examined): tests use it to see that the walk is linear in the file size.
std::uint64_t structureWalkWork();

} // namespace strata::dicom::detail
