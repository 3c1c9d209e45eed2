#pragma once
/// JPEG 2000 frames read by OpenJPEG directly: the main header checked before GDCM decodes a
/// frame, and the frames GDCM 3.0 cannot decode itself (High-Throughput JPEG 2000, Part 15),
/// which OpenJPEG 2.5 decodes.
#include <QString>

#include <cstdint>
#include <memory>

struct opj_image;

namespace strata::dicom::detail {

/// Bytes of a frame as a codec sees them.
struct Bytes {
    const std::uint8_t *data = nullptr;
    std::uint64_t size = 0;
};

/// Whether `b` starts a JP2 (or JPH) file: its signature box.
bool isJp2File(Bytes b);
/// Whether `b` starts a JPEG 2000 stream: a codestream (SOC) or a JP2/JPH file.
bool startsJ2k(Bytes b);

struct OpenJpegImageDeleter {
    void operator()(opj_image *image) const;
};
using OpenJpegImage = std::unique_ptr<opj_image, OpenJpegImageDeleter>;

/// OpenJPEG's reading of the JPEG 2000 frame `b` (a bare codestream, or a JP2/JPH file): its main
/// header only, or (`decode`) the whole image, on the calling thread alone (frames and files are
/// decoded in parallel by the caller), strictly (a codestream cut short is an error). Null on failure, with OpenJPEG's last error in `*why`.
OpenJpegImage openJpegRead(Bytes b, bool decode, QString *why);

} // namespace strata::dicom::detail
