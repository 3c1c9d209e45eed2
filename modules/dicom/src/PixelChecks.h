#pragma once
/// Checks of the pixel data against its header, before GDCM allocates or decodes anything: sizes
/// in overflow-checked arithmetic within a memory budget, native data long enough for what the
/// header declares, codec streams (JPEG, JPEG-LS, JPEG 2000, RLE) whose own dimensions agree with
/// the header, and palette lookup tables that agree with their descriptors.
#include "OpenJpeg.h"
#include "StructureCheck.h"

#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>

#include <QFile>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace strata::dicom::detail {

/// Most frames an object may declare (Number of Frames); the memory budget bounds the rest.
constexpr int kMaxFrames = 1 << 20;

struct PixelSizes {
    std::uint64_t pixelsPerFrame = 0;  ///< rows × columns
    std::uint64_t storedBytes = 0;     ///< native pixel data of all frames (bits packed, rounded up)
    std::uint64_t decodedBytes = 0;    ///< upper bound of the decoded buffer (unpacked samples; RGB for palettes)
};

/// The sizes `pd` implies, every product checked for overflow. Errors (naming `path`): Malformed
/// for impossible values, TooLarge beyond `budget` decoded bytes or kMaxFrames.
Result<PixelSizes> pixelSizes(const QString &path, const PixelDescription &pd, std::uint64_t budget);

/// What Debian's GDCM 3.0.21 trusts without checking, checked before it reads the image
/// (gdcm::ImageReader::Read already applies palettes and may decode):
/// - native pixel data at least as long as the header declares (CVE-2024-25569, RAWCodec);
/// - palette descriptors that agree with the pixel depth and their data (CVE-2024-22391, SetLUT);
/// - JPEG 2000 codestreams (SIZ) whose size, components and precision agree with the header
///   (CVE-2024-22373), JPEG and JPEG-LS frame headers (SOF, SOF55) likewise, and no more frames
///   encoded than declared;
/// - RLE frames with the segment count the header implies (at most 15), offsets inside the
///   fragment, and segments that decode to exactly one plane (CVE-2025-48429, and GDCM's copy of
///   an over-long frame into the frame buffer).
Status checkBeforeDecoding(const QString &path, const DicomHeader &h, const FileStructure &fs, const PixelSizes &sizes);

/// A file mapped whole for reading its pixel data fragments (FileStructure::fragments).
class MappedFile {
public:
    /// Maps `path`; an error (naming it) when it cannot be opened or is no longer the size the walk saw.
    static Result<std::unique_ptr<MappedFile>> open(const QString &path, const FileStructure &fs);
    const std::uint8_t *data() const { return m_data; }
    /// Fragment `i` of the encapsulated pixel data.
    Bytes fragment(const FileStructure &fs, std::size_t i) const { return {m_data + fs.fragments[i].first, fs.fragments[i].second}; }
    /// The frames of encapsulated pixel data whose codec streams mark where a frame begins (JPEG,
    /// JPEG 2000): each frame's fragments as [first, end) — one that `starts` a stream and those
    /// after it that do not. Fragments before the first that starts one belong to no frame.
    std::vector<std::pair<std::size_t, std::size_t>> streamFrames(const FileStructure &fs, bool (*starts)(Bytes)) const;

private:
    QFile m_file;
    const std::uint8_t *m_data = nullptr;
};

/// Whether `uid` is one of the High-Throughput JPEG 2000 syntaxes (decoded by OpenJPEG, not GDCM).
bool isHtj2k(const QString &uid);
/// Deflated Image Frame Compression (each frame deflated on its own; zlib, not GDCM).
constexpr const char *kDeflatedImageFrame = "1.2.840.10008.1.2.8.1";
/// Whether Strata decodes pixel data in `uid` itself, GDCM 3.0 knowing nothing of it (HTJ2K,
/// Deflated Image Frame Compression): such files are transcoded and de-identified from Strata's decode.
bool decodedByStrataOnly(const QString &uid);

/// Whether a codestream was coded with loss, from its marker segments alone.
struct CodestreamCoding {
    bool lossy = false;
    QString method;   ///< the Lossy Image Compression Method term of its standard (ISO_10918_1, …)
};

/// The coding of one codestream (JPEG, JPEG-LS, JPEG 2000 bare or in JP2, HTJ2K) from its first
/// bytes: a JPEG's frame marker (DCT or lossless), a JPEG-LS scan's NEAR, a JPEG 2000 or HTJ2K
/// coding style's wavelet (irreversible 9-7 or reversible 5-3). None when the bytes are not one of
/// them or end before the marker that tells.
std::optional<CodestreamCoding> codestreamCoding(Bytes b);

/// The coding of a file's first pixel data fragment (encapsulated, not deflated; the file mapped).
/// None when the file has none or it cannot be read.
std::optional<CodestreamCoding> firstFragmentCoding(const QString &path, const FileStructure &fs);

/// Number of codec frame headers checkBeforeDecoding parsed on this thread (tests).
std::uint64_t codecHeadersChecked();

} // namespace strata::dicom::detail
