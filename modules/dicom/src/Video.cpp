// Video pixel data decoded by FFmpeg: the encapsulated stream read from memory (never a file or URL
// it names: libavformat's demuxers that open other resources are refused), its video stream decoded
// in display order and converted to RGB picture by picture.
#include "Video.h"

#include <strata/core/Translate.h>

#include <QCoreApplication>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace strata::dicom::detail {

namespace {

QString tr(const char *text) { return translated({"strata::dicom::detail"}, text); }

Error videoError(const QString &path, const QString &why) { return Error(ErrorCode::DecodeFailed, path, why); }

QString avText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

/// The stream in memory, as libavformat reads it (seekable: an MP4 keeps its index at the end).
struct MemoryStream {
    const std::uint8_t *data = nullptr;
    std::int64_t size = 0;
    std::int64_t at = 0;
};

int readPacket(void *opaque, std::uint8_t *buffer, int wanted)
{
    auto *s = static_cast<MemoryStream *>(opaque);
    const std::int64_t n = std::min<std::int64_t>(wanted, s->size - s->at);
    if (n <= 0)
        return AVERROR_EOF;
    std::memcpy(buffer, s->data + s->at, std::size_t(n));
    s->at += n;
    return int(n);
}

std::int64_t seekStream(void *opaque, std::int64_t offset, int whence)
{
    auto *s = static_cast<MemoryStream *>(opaque);
    whence &= ~AVSEEK_FORCE;
    if (whence == AVSEEK_SIZE)
        return s->size;
    const std::int64_t to = whence == SEEK_SET ? offset : whence == SEEK_CUR ? s->at + offset : whence == SEEK_END ? s->size + offset : -1;
    if (to < 0 || to > s->size)
        return AVERROR(EINVAL);
    s->at = to;
    return to;
}

/// A demuxer may ask to open another resource (a playlist's segments, a reference movie's media):
/// never — the pixel data is all there is.
int refuseOpen(AVFormatContext *, AVIOContext **, const char *, int, AVDictionary **) { return AVERROR(EPERM); }

struct IoFree {
    void operator()(AVIOContext *io) const
    {
        if (io) {
            av_freep(&io->buffer);
            avio_context_free(&io);
        }
    }
};
struct FormatFree {
    void operator()(AVFormatContext *f) const { avformat_close_input(&f); }
};
struct CodecFree {
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct PacketFree {
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};
struct FrameFree {
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
struct ScaleFree {
    void operator()(SwsContext *s) const { sws_freeContext(s); }
};

/// An enum field of a decoded picture as the number it holds: libavcodec copies a stream's colour
/// description into it unchecked, and a value outside the enum is no value of its type.
template <typename Enum>
int numberOf(const Enum &field)
{
    static_assert(sizeof(Enum) == sizeof(int));
    int n = 0;
    std::memcpy(&n, &field, sizeof n);
    return n;
}

/// The YUV → RGB coefficients of a picture: as it says, else BT.709 for HD and BT.601 below.
int colourSpace(const AVFrame &f)
{
    switch (numberOf(f.colorspace)) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
        return SWS_CS_ITU601;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    default:
        return f.height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

bool fullRange(const AVFrame &f)
{
    return numberOf(f.color_range) == AVCOL_RANGE_JPEG || f.format == AV_PIX_FMT_YUVJ420P || f.format == AV_PIX_FMT_YUVJ422P
           || f.format == AV_PIX_FMT_YUVJ444P;
}

} // namespace

Result<DecodedImage> decodeVideo(const QString &path, const DicomHeader &h, const FileStructure &fs, const PixelSizes &sizes, const DecodeOptions &options)
{
    const int onlyFrame = options.onlyFrame;
    static std::once_flag quiet;
    std::call_once(quiet, [] { av_log_set_level(AV_LOG_QUIET); });   // errors are Strata's to report
    const PixelDescription &pd = h.pixel;
    if (pd.frames < 1)
        return Error(ErrorCode::Malformed, path, tr("a video needs Number of Frames"));
    auto mappedFile = MappedFile::open(path, fs);
    if (!mappedFile.ok())
        return mappedFile.error();
    const MappedFile &mapped = *mappedFile.value();
    // The stream: one fragment read where it lies, several gathered (a fragmentable syntax).
    std::vector<std::uint8_t> gathered;
    MemoryStream stream;
    if (fs.fragments.size() == 1) {
        const Bytes only = mapped.fragment(fs, 0);
        stream = {only.data, std::int64_t(only.size)};
    } else {
        for (std::size_t i = 0; i < fs.fragments.size(); ++i) {
            const Bytes part = mapped.fragment(fs, i);
            gathered.insert(gathered.end(), part.data, part.data + part.size);
        }
        stream = {gathered.data(), std::int64_t(gathered.size())};
    }

    constexpr int kBuffer = 1 << 16;
    auto *buffer = static_cast<unsigned char *>(av_malloc(kBuffer));
    std::unique_ptr<AVIOContext, IoFree> io(avio_alloc_context(buffer, kBuffer, 0, &stream, readPacket, nullptr, seekStream));
    if (!io) {
        av_free(buffer);
        return Error(ErrorCode::Internal, path, QStringLiteral("libavformat: no I/O context"));
    }
    AVFormatContext *rawFormat = avformat_alloc_context();
    if (!rawFormat)
        return Error(ErrorCode::Internal, path, QStringLiteral("libavformat: no format context"));
    rawFormat->pb = io.get();
    rawFormat->flags |= AVFMT_FLAG_CUSTOM_IO;
    rawFormat->io_open = refuseOpen;
    // Containers a video in DICOM comes in; no playlist, concatenation or image-sequence demuxer.
    rawFormat->format_whitelist = av_strdup("mpeg,mpegts,mpegvideo,h264,hevc,mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi");
    rawFormat->codec_whitelist = av_strdup("mpeg1video,mpeg2video,mpeg4,h264,hevc");
    // Every coded picture counts (Number of Frames counts them): an MP4's edit list, which may hide
    // the pictures before its start, is not applied.
    AVDictionary *demuxerOptions = nullptr;
    av_dict_set(&demuxerOptions, "ignore_editlist", "1", 0);
    const int opened = avformat_open_input(&rawFormat, nullptr, nullptr, &demuxerOptions);   // frees the context when it fails
    av_dict_free(&demuxerOptions);
    if (opened < 0)
        return videoError(path, tr("the video stream is not one FFmpeg recognises (%1)").arg(avText(opened)));
    std::unique_ptr<AVFormatContext, FormatFree> format(rawFormat);
    if (int r = avformat_find_stream_info(format.get(), nullptr); r < 0)
        return videoError(path, tr("the video stream cannot be read (%1)").arg(avText(r)));
    const AVCodec *codec = nullptr;
    const int index = av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (index < 0 || !codec)
        return videoError(path, tr("the pixel data holds no video FFmpeg can decode"));
    std::unique_ptr<AVCodecContext, CodecFree> decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), format->streams[index]->codecpar) < 0)
        return Error(ErrorCode::Internal, path, QStringLiteral("libavcodec: no decoder context"));
    decoder->thread_count = 0;   // as many as the machine has
    if (int r = avcodec_open2(decoder.get(), codec, nullptr); r < 0)
        return videoError(path, tr("the %1 decoder cannot be opened (%2)").arg(QString::fromLatin1(codec->name), avText(r)));

    // One picture wanted (a thumbnail's): the stream decoded up to it, that picture kept alone.
    const bool one = onlyFrame >= 0 && onlyFrame < pd.frames;
    const int wanted = one ? onlyFrame + 1 : pd.frames;
    DecodedImage out;
    out.rows = pd.rows;
    out.columns = pd.columns;
    out.frames = one ? 1 : pd.frames;
    out.firstFrame = one ? onlyFrame : 0;
    out.samplesPerPixel = 3;
    out.photometric = QStringLiteral("RGB");
    out.type = SampleType::UInt8;
    const std::size_t frameBytes = std::size_t(sizes.pixelsPerFrame) * 3;
    out.data.resize(frameBytes * std::size_t(out.frames));

    std::unique_ptr<AVPacket, PacketFree> packet(av_packet_alloc());
    std::unique_ptr<AVFrame, FrameFree> picture(av_frame_alloc());
    std::unique_ptr<SwsContext, ScaleFree> scaler;
    if (!packet || !picture)
        return Error(ErrorCode::Internal, path, QStringLiteral("libavcodec: out of memory"));
    int decoded = 0;
    std::optional<Error> failure;
    // Each picture the decoder gives, in display order, into its frame of `out`.
    auto drain = [&] {
        while (decoded < wanted && !failure) {
            const int r = avcodec_receive_frame(decoder.get(), picture.get());
            if (r == AVERROR(EAGAIN) || r == AVERROR_EOF)
                return;
            if (r < 0) {
                failure = videoError(path, tr("picture %1 of the video cannot be decoded (%2)").arg(decoded + 1).arg(avText(r)));
                return;
            }
            const AVFrame &f = *picture;
            // MPEG codes whole macroblocks: a picture up to 16 pixels larger is cropped to the header's.
            if (f.width < pd.columns || f.height < pd.rows || f.width > pd.columns + 16 || f.height > pd.rows + 16) {
                failure = videoError(path, tr("the video's pictures are %1×%2, the header says %3×%4").arg(f.width).arg(f.height).arg(pd.columns).arg(pd.rows));
                return;
            }
            scaler.reset(sws_getCachedContext(scaler.release(), pd.columns, pd.rows, AVPixelFormat(f.format), pd.columns, pd.rows, AV_PIX_FMT_RGB24,
                                              SWS_BILINEAR | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr, nullptr, nullptr));
            if (!scaler) {
                failure = videoError(path, tr("pictures in pixel format %1 cannot be converted to RGB").arg(f.format));
                return;
            }
            if (decoded < out.firstFrame) {   // before the one picture wanted
                ++decoded;
                av_frame_unref(picture.get());
                continue;
            }
            sws_setColorspaceDetails(scaler.get(), sws_getCoefficients(colourSpace(f)), fullRange(f) ? 1 : 0, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0,
                                     1 << 16, 1 << 16);
            std::uint8_t *dst[4] = {out.data.data() + std::size_t(decoded - out.firstFrame) * frameBytes, nullptr, nullptr, nullptr};
            const int dstStride[4] = {pd.columns * 3, 0, 0, 0};
            sws_scale(scaler.get(), f.data, f.linesize, 0, pd.rows, dst, dstStride);
            ++decoded;
            av_frame_unref(picture.get());
        }
    };
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    while (decoded < wanted && !failure && !cancelled() && av_read_frame(format.get(), packet.get()) >= 0) {
        if (packet->stream_index == index) {
            // A damaged packet costs its pictures, not the video: the count below says so.
            (void)avcodec_send_packet(decoder.get(), packet.get());
            drain();
        }
        av_packet_unref(packet.get());
    }
    if (decoded < wanted && !failure) {
        (void)avcodec_send_packet(decoder.get(), nullptr);   // the pictures held back for reordering
        drain();
    }
    if (cancelled())
        return Error(ErrorCode::Cancelled, path, tr("decoding the video was cancelled"));
    if (failure)
        return *failure;
    if (decoded < wanted)
        return videoError(path, tr("the video holds %1 of the %2 frames the header declares").arg(decoded).arg(pd.frames));
    return out;
}

} // namespace strata::dicom::detail
