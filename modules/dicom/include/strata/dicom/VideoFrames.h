#pragma once
/// A video object's pictures on demand (MPEG-2, MPEG-4 AVC/H.264, HEVC/H.265 pixel data): the
/// stream kept open between reads, so that playing it decodes each picture once and a jump
/// decodes from the keyframe before the picture wanted, not from the start. What a viewer needs
/// for a video longer than the decode budget allows whole (an endoscopy of several minutes).
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/PixelDecoder.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>

namespace strata::dicom {

class VideoFrames {
public:
    /// Opens the video of `path`: a file whose pixel data is encapsulated in a video transfer
    /// syntax. Errors name the file: not a video, not DICOM, a malformed header. The stream itself
    /// is read on the first read().
    static Result<std::unique_ptr<VideoFrames>> open(const QString &path);
    ~VideoFrames();
    VideoFrames(const VideoFrames &) = delete;
    VideoFrames &operator=(const VideoFrames &) = delete;

    const DicomHeader &header() const;
    /// Number of Frames.
    int frameCount() const;

    /// Frames [first, first + count) (count cut at the last frame) as interleaved 8-bit RGB of
    /// the header's size, DecodedImage::firstFrame `first`. Reading on from the last frame read
    /// decodes only the pictures between; reading back, or far ahead, repositions at the keyframe
    /// before `first` where the stream's timestamps say which picture is which (MP4, MPEG-2 program
    /// and transport streams, Matroska), else decodes from the start (a bare elementary stream).
    /// Errors name the file and the reason (as decodePixels); TooLarge when `count` frames exceed
    /// `maxBytes`; Cancelled when `cancel` is set (checked between pictures). Not thread-safe: one
    /// reader per thread at a time.
    Result<DecodedImage> read(int first, int count, const std::atomic<bool> *cancel = nullptr, std::size_t maxBytes = DecodeOptions{}.maxBytes);

    /// DecodedImage::valuesSha256 of the whole video (the RGB of every frame, in order), read a
    /// batch of frames at a time: the same digest as decoding it whole, in the memory of a batch.
    Result<QByteArray> valuesSha256(const std::atomic<bool> *cancel = nullptr);

    /// The frame a read would give next without repositioning: one past the last read; -1 before
    /// the first read, after the stream's end, a failure or a cancel.
    int nextFrame() const;

    /// Pictures decoded since open (whether a read decoded only what it needed).
    std::int64_t picturesDecoded() const;
    /// Times the stream was repositioned at a keyframe, and decoded again from its start.
    int seeks() const;
    int restarts() const;

    struct Private;

private:
    explicit VideoFrames(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace strata::dicom
