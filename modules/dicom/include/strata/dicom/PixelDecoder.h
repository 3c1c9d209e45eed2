#pragma once
/// Decodes pixel data of any transfer syntax GDCM handles into a typed buffer, with the Modality
/// LUT, bit depth, sign, planar configuration and colour model resolved.
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>

#include <QByteArray>

#include <atomic>
#include <cstdint>
#include <vector>

namespace strata::dicom {

enum class SampleType { UInt8, Int8, UInt16, Int16, UInt32, Int32, Float32, Float64 };

/// Decoded pixels. Grayscale images keep their stored values (masked to Bits Stored and
/// sign-extended) plus the Modality LUT that maps them to output units (HU for CT); colour images
/// (RGB, YBR_*, PALETTE COLOR) are converted to interleaved 8-bit RGB.
struct DecodedImage {
    int rows = 0;
    int columns = 0;
    int frames = 0;
    /// The object's frame `data` starts with: 0, unless DecodeOptions::onlyFrame gave one frame alone.
    int firstFrame = 0;
    int samplesPerPixel = 1;      ///< 1 (grayscale) or 3 (RGB, interleaved)
    QString photometric;          ///< MONOCHROME1, MONOCHROME2 or RGB (after conversion)
    SampleType type = SampleType::UInt16;
    std::vector<std::uint8_t> data;  ///< frame-major, row-major, samples interleaved

    /// Modality LUT: either linear per frame, or a lookup table (stored value -> output value).
    std::vector<double> slopes;      ///< one per frame
    std::vector<double> intercepts;  ///< one per frame
    std::vector<double> lut;         ///< non-empty when a Modality LUT Sequence applies
    int lutFirstMapped = 0;

    std::size_t pixelsPerFrame() const { return std::size_t(rows) * std::size_t(columns); }
    bool isColor() const { return samplesPerPixel == 3; }
    /// The stored value of a grayscale pixel (or one sample of a colour pixel).
    double storedValue(int frame, int row, int column, int sample = 0) const;
    /// The value after the Modality LUT (grayscale), e.g. Hounsfield units.
    double modalityValue(int frame, int row, int column) const;
    /// All grayscale values of one frame after the Modality LUT.
    std::vector<float> modalityFrame(int frame) const;
    /// True when `data` holds rows × columns × frames × samples values of `type` (checked
    /// arithmetic) and, for grayscale, a rescale per frame: what every reader of `data` relies on.
    bool sizeMatches() const;
    /// SHA-256 (hex) of the values as `strata info --json` defines it: grayscale as 32-bit
    /// little-endian floats after the Modality LUT, colour as 8-bit interleaved RGB; frame, row,
    /// column order. Empty when the buffer does not match its dimensions (sizeMatches).
    QByteArray valuesSha256() const;
};

struct DecodeOptions {
    /// The decode memory budget: objects whose decoded pixels (palettes at 16-bit RGB) would
    /// exceed this many bytes are refused (TooLarge) before anything is allocated.
    std::size_t maxBytes = std::size_t(2) << 30;
    /// ≥ 0: only this frame (from 0) is wanted. A video, decoded picture after picture, is decoded
    /// up to it and gives it alone (DecodedImage::frames 1, firstFrame this); other syntaxes may
    /// give every frame. The budget then bounds that one frame.
    int onlyFrame = -1;
    /// Set by another thread: a video's decoding stops between pictures (Cancelled) — the one
    /// decode that takes seconds (a long video), so a reader who moves on never waits for it.
    const std::atomic<bool> *cancel = nullptr;
};

/// Decodes the pixel data of a file. Errors name the file and the reason, and for a transfer
/// syntax Strata cannot decode (e.g. HTJ2K), name the syntax. Sizes are computed in checked
/// arithmetic and codec streams are checked against the header before GDCM sees them (see
/// src/PixelChecks.h); the result always satisfies sizeMatches().
Result<DecodedImage> decodePixels(const QString &path, const DecodeOptions &options = {});

} // namespace strata::dicom
