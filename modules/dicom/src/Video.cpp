// Video pixel data decoded by FFmpeg: the encapsulated stream read from memory (never a file or URL
// it names: libavformat's demuxers that open other resources are refused), its video stream decoded
// in display order and converted to RGB picture by picture.
#include "Video.h"

#include "GdcmSupport.h"
#include <strata/dicom/VideoFrames.h>

#include <strata/core/Translate.h>

#include <QCoreApplication>
#include <QCryptographicHash>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace strata::dicom::detail {

namespace {

QString tr(const char *text) { return translated({"strata::dicom::detail", "strata::dicom::VideoFrames", "strata::dicom::VideoFrames::Private"}, text); }

Error videoError(const QString &path, const QString &why) { return Error(ErrorCode::DecodeFailed, path, why); }

QString avText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

/// The stream as libavformat reads it: the pixel data's fragments where they lie in the mapped
/// file, one after the other (seekable: an MP4 keeps its index at the end).
struct FragmentStream {
    std::vector<Bytes> parts;
    std::vector<std::int64_t> starts;   ///< where each part begins in the stream
    std::int64_t size = 0;
    std::int64_t at = 0;
};

int readPacket(void *opaque, std::uint8_t *buffer, int wanted)
{
    auto *s = static_cast<FragmentStream *>(opaque);
    int done = 0;
    while (done < wanted && s->at < s->size) {
        const auto part = std::size_t(std::upper_bound(s->starts.begin(), s->starts.end(), s->at) - s->starts.begin()) - 1;
        const std::int64_t offset = s->at - s->starts[part];
        const std::int64_t n = std::min<std::int64_t>(wanted - done, std::int64_t(s->parts[part].size) - offset);
        std::memcpy(buffer + done, s->parts[part].data + offset, std::size_t(n));
        done += int(n);
        s->at += n;
    }
    return done > 0 ? done : AVERROR_EOF;
}

std::int64_t seekStream(void *opaque, std::int64_t offset, int whence)
{
    auto *s = static_cast<FragmentStream *>(opaque);
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

namespace {

/// A demuxer over the pixel data's fragments, and its video stream.
struct Demuxer {
    std::unique_ptr<FragmentStream> stream;
    std::unique_ptr<AVIOContext, IoFree> io;
    std::unique_ptr<AVFormatContext, FormatFree> format;
    int index = -1;
    const AVCodec *codec = nullptr;
};

Result<Demuxer> openDemuxer(const QString &path, const std::vector<Bytes> &parts)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { av_log_set_level(AV_LOG_QUIET); });   // errors are Strata's to report
    Demuxer d;
    d.stream = std::make_unique<FragmentStream>();
    for (const Bytes &b : parts) {
        d.stream->starts.push_back(d.stream->size);
        d.stream->parts.push_back(b);
        d.stream->size += std::int64_t(b.size);
    }
    constexpr int kBuffer = 1 << 16;
    auto *buffer = static_cast<unsigned char *>(av_malloc(kBuffer));
    d.io.reset(avio_alloc_context(buffer, kBuffer, 0, d.stream.get(), readPacket, nullptr, seekStream));
    if (!d.io) {
        av_free(buffer);
        return Error(ErrorCode::Internal, path, QStringLiteral("libavformat: no I/O context"));
    }
    AVFormatContext *rawFormat = avformat_alloc_context();
    if (!rawFormat)
        return Error(ErrorCode::Internal, path, QStringLiteral("libavformat: no format context"));
    rawFormat->pb = d.io.get();
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
    d.format.reset(rawFormat);
    if (int r = avformat_find_stream_info(d.format.get(), nullptr); r < 0)
        return videoError(path, tr("the video stream cannot be read (%1)").arg(avText(r)));
    d.index = av_find_best_stream(d.format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &d.codec, 0);
    if (d.index < 0 || !d.codec)
        return videoError(path, tr("the pixel data holds no video FFmpeg can decode"));
    return d;
}

/// A keyframe: where decoding may start.
struct Keyframe {
    int display = 0;           ///< the picture it is, in display order
    std::int64_t seekTo = 0;   ///< its decoding timestamp (else its presentation timestamp)
};

} // namespace

} // namespace strata::dicom::detail

namespace strata::dicom {

using namespace detail;

struct VideoFrames::Private {
    QString path;
    DicomHeader h;
    FileStructure fs;
    std::unique_ptr<MappedFile> mapped;
    std::vector<Bytes> parts;

    // The stream being decoded (none before the first read and after a failure).
    Demuxer demuxer;
    std::unique_ptr<AVCodecContext, CodecFree> decoder;
    std::unique_ptr<AVPacket, PacketFree> packet;
    std::unique_ptr<AVFrame, FrameFree> picture;
    std::unique_ptr<SwsContext, ScaleFree> scaler;
    int scalerFormat = -1;
    int next = 0;              ///< the picture (display order) the decoder gives next
    bool drained = false;      ///< the decoder was flushed at the stream's end: reposition first
    bool byTimestamp = false;  ///< since a seek: each picture known by its timestamp, not counted
    bool placed = false;       ///< since a seek: `next` known (the first picture came)
    int trustedFrom = 0;       ///< pictures before it (since a seek) may lack their references

    // Which timestamp is which picture (built on the first jump; empty: the stream cannot say).
    bool indexed = false;
    std::vector<std::int64_t> timestamps;   ///< presentation timestamps in display order
    std::vector<Keyframe> keyframes;        ///< by display

    // Without timestamps (an MPEG-2 program stream stamps only some pictures; an elementary stream
    // none): the keyframes met while counting pictures, each with the byte where its packet
    // starts, so that a jump back seeks there and counts on from its picture.
    struct Checkpoint {
        int display = 0;
        std::int64_t byte = 0;
    };
    std::vector<Checkpoint> checkpoints;   ///< by display
    bool byteSeeks = true;                 ///< false once seeking by byte led elsewhere
    std::int64_t expectedByte = -1;        ///< since a byte seek: where the first picture must come from

    bool opened = false;       ///< the stream was opened once: opening it at its start again is a restart
    std::int64_t pictures = 0;
    int seekCount = 0;
    int restartCount = 0;

    int frames() const { return h.pixel.frames; }
    int rows() const { return h.pixel.rows; }
    int columns() const { return h.pixel.columns; }

    Status openDecoder()
    {
        decoder.reset();
        // The previous demuxer closed before the stream it reads is let go.
        demuxer.format.reset();
        demuxer.io.reset();
        auto made = openDemuxer(path, parts);
        if (!made.ok())
            return made.error();
        demuxer = std::move(made).value();
        opened = true;
        decoder.reset(avcodec_alloc_context3(demuxer.codec));
        if (!decoder || avcodec_parameters_to_context(decoder.get(), demuxer.format->streams[demuxer.index]->codecpar) < 0)
            return Error(ErrorCode::Internal, path, QStringLiteral("libavcodec: no decoder context"));
        decoder->thread_count = 0;   // as many as the machine has
        if (int r = avcodec_open2(decoder.get(), demuxer.codec, nullptr); r < 0) {
            const QString name = QString::fromLatin1(demuxer.codec->name);
            decoder.reset();
            return videoError(path, tr("the %1 decoder cannot be opened (%2)").arg(name, avText(r)));
        }
        if (!packet)
            packet.reset(av_packet_alloc());
        if (!picture)
            picture.reset(av_frame_alloc());
        if (!packet || !picture)
            return Error(ErrorCode::Internal, path, QStringLiteral("libavcodec: out of memory"));
        return {};
    }

    /// Decoding from the first picture, counting them.
    Status startOver()
    {
        if (opened)
            ++restartCount;
        next = 0;
        drained = false;
        byTimestamp = false;
        placed = true;
        trustedFrom = 0;
        return openDecoder();
    }

    /// The timestamps of every picture, from one pass of a second demuxer (no decoding). A stream
    /// whose packets do not all carry distinct presentation timestamps (a bare elementary stream)
    /// leaves the index empty: it is decoded from its start.
    void buildIndex()
    {
        indexed = true;
        auto scan = openDemuxer(path, parts);
        if (!scan.ok())
            return;
        Demuxer &d = scan.value();
        std::unique_ptr<AVPacket, PacketFree> p(av_packet_alloc());
        if (!p)
            return;
        std::vector<std::pair<std::int64_t, std::int64_t>> keys;   // presentation, decoding timestamp
        std::vector<std::int64_t> all;
        bool complete = true;
        while (av_read_frame(d.format.get(), p.get()) >= 0) {
            if (p->stream_index == d.index) {
                if (p->pts == AV_NOPTS_VALUE)
                    complete = false;
                all.push_back(p->pts);
                if (p->flags & AV_PKT_FLAG_KEY)
                    keys.emplace_back(p->pts, p->dts != AV_NOPTS_VALUE ? p->dts : p->pts);
            }
            av_packet_unref(p.get());
        }
        std::sort(all.begin(), all.end());
        if (!complete || int(all.size()) < frames() || std::adjacent_find(all.begin(), all.end()) != all.end() || keys.empty())
            return;
        for (const auto &[pts, seekTo] : keys) {
            const auto at = std::lower_bound(all.begin(), all.end(), pts);
            keyframes.push_back({int(at - all.begin()), seekTo});
        }
        std::sort(keyframes.begin(), keyframes.end(), [](const Keyframe &a, const Keyframe &b) { return a.display < b.display; });
        timestamps = std::move(all);
    }

    /// The picture a decoded timestamp is, or -1.
    int pictureAt(std::int64_t ts) const
    {
        const auto at = std::lower_bound(timestamps.begin(), timestamps.end(), ts);
        return at != timestamps.end() && *at == ts ? int(at - timestamps.begin()) : -1;
    }

    /// The last keyframe at or before picture `k` (by display), or null.
    const Keyframe *keyframeBefore(int k) const
    {
        auto at = std::upper_bound(keyframes.begin(), keyframes.end(), k, [](int v, const Keyframe &kf) { return v < kf.display; });
        return at == keyframes.begin() ? nullptr : &*(at - 1);
    }

    /// Repositions at `key`: the demuxer at its packet (or before), the decoder emptied.
    bool seek(const Keyframe &key)
    {
        if (!decoder || av_seek_frame(demuxer.format.get(), demuxer.index, key.seekTo, AVSEEK_FLAG_BACKWARD) < 0)
            return false;
        avcodec_flush_buffers(decoder.get());
        ++seekCount;
        drained = false;
        byTimestamp = true;
        placed = false;
        trustedFrom = key.display;
        return true;
    }

    /// A keyframe met while counting (its picture known): a place to come back to. False when
    /// the place was known as another picture's.
    bool learn(int display, const AVFrame &f)
    {
        if (!f.key_frame || f.pkt_pos < 0 || !byteSeeks)
            return true;
        auto at = std::lower_bound(checkpoints.begin(), checkpoints.end(), display, [](const Checkpoint &c, int v) { return c.display < v; });
        if (at != checkpoints.end() && at->display == display)
            return at->byte == f.pkt_pos;
        if (std::any_of(checkpoints.begin(), checkpoints.end(), [&](const Checkpoint &c) { return c.byte == f.pkt_pos; }))
            return false;
        checkpoints.insert(at, {display, f.pkt_pos});
        return true;
    }

    /// Repositions at a checkpoint: the demuxer at its byte, counting on from its picture once
    /// the first picture proves to be that keyframe's.
    bool seek(const Checkpoint &c)
    {
        if (!decoder || !byteSeeks || (demuxer.format->iformat->flags & AVFMT_NO_BYTE_SEEK)
            || av_seek_frame(demuxer.format.get(), demuxer.index, c.byte, AVSEEK_FLAG_BYTE) < 0)
            return false;
        avcodec_flush_buffers(decoder.get());
        ++seekCount;
        drained = false;
        byTimestamp = false;
        placed = false;
        next = c.display;
        trustedFrom = c.display;
        expectedByte = c.byte;
        return true;
    }

    /// Places the decoder so that picture `first` comes: on from where it is when that is the
    /// least work, else at the keyframe before it (a keyframe further back on each `attempt`: a
    /// demuxer may land after the one asked for), else at the start.
    Status position(int first, int attempt)
    {
        const bool onward = decoder && !drained && placed && next <= first;
        if (onward && next == first)
            return {};
        if (first == 0 && !onward)
            return startOver();
        if (!indexed && (!onward || first - next > 1))
            buildIndex();
        if (!timestamps.empty()) {
            const Keyframe *key = keyframeBefore(first);
            for (int i = 0; key && i < attempt; ++i)
                key = key == keyframes.data() ? nullptr : key - 1;
            if (key && (!onward || key->display > next)) {
                if (!decoder)
                    if (Status s = openDecoder(); !s.ok())
                        return s;
                if (seek(*key))
                    return {};
            }
        } else if (attempt == 0 && decoder) {
            auto at = std::upper_bound(checkpoints.begin(), checkpoints.end(), first, [](int v, const Checkpoint &c) { return v < c.display; });
            if (at != checkpoints.begin() && (!onward || (at - 1)->display > next) && seek(*(at - 1)))
                return {};
        }
        return onward ? Status{} : startOver();
    }

    /// One picture into its slot of `out`; false (and `failure` set) when it cannot be.
    bool convert(const AVFrame &f, DecodedImage &out, int index, std::optional<Error> &failure)
    {
        const int cols = columns(), rowCount = rows();
        // MPEG codes whole macroblocks: a picture up to 16 pixels larger is cropped to the header's.
        if (f.width < cols || f.height < rowCount || f.width > cols + 16 || f.height > rowCount + 16) {
            failure = videoError(path, tr("the video's pictures are %1×%2, the header says %3×%4").arg(f.width).arg(f.height).arg(cols).arg(rowCount));
            return false;
        }
        // One converter per pixel format, its bands of rows on every core (libswscale's own threads:
        // the conversion with full chroma interpolation costs twice the decoding of H.264).
        if (!scaler || scalerFormat != f.format) {
            scaler.reset(sws_alloc_context());
            scalerFormat = f.format;
            // Bands on several threads pay from 512 × 512 up; a small picture converts on this one.
            const int threads = std::int64_t(cols) * rowCount >= 512 * 512 ? int(std::max(1u, std::thread::hardware_concurrency())) : 1;
            const bool made = scaler && av_opt_set_int(scaler.get(), "srcw", cols, 0) >= 0 && av_opt_set_int(scaler.get(), "srch", rowCount, 0) >= 0
                              && av_opt_set_int(scaler.get(), "src_format", f.format, 0) >= 0 && av_opt_set_int(scaler.get(), "dstw", cols, 0) >= 0
                              && av_opt_set_int(scaler.get(), "dsth", rowCount, 0) >= 0
                              && av_opt_set_int(scaler.get(), "dst_format", AV_PIX_FMT_RGB24, 0) >= 0
                              && av_opt_set_int(scaler.get(), "sws_flags", SWS_BILINEAR | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, 0) >= 0
                              && av_opt_set_int(scaler.get(), "threads", threads, 0) >= 0
                              && sws_init_context(scaler.get(), nullptr, nullptr) >= 0;
            if (!made)
                scaler.reset();
        }
        if (!scaler) {
            failure = videoError(path, tr("pictures in pixel format %1 cannot be converted to RGB").arg(f.format));
            return false;
        }
        sws_setColorspaceDetails(scaler.get(), sws_getCoefficients(colourSpace(f)), fullRange(f) ? 1 : 0, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0,
                                 1 << 16, 1 << 16);
        // The picture as the header sizes it (MPEG's padding left out), into the slot of `out`.
        std::unique_ptr<AVFrame, FrameFree> source(av_frame_clone(&f));
        std::unique_ptr<AVFrame, FrameFree> target(av_frame_alloc());
        const std::size_t frameBytes = out.pixelsPerFrame() * 3;
        std::uint8_t *slot = out.data.data() + std::size_t(index) * frameBytes;
        if (!source || !target) {
            failure = Error(ErrorCode::Internal, path, QStringLiteral("libavutil: out of memory"));
            return false;
        }
        source->width = cols;
        source->height = rowCount;
        target->format = AV_PIX_FMT_RGB24;
        target->width = cols;
        target->height = rowCount;
        target->data[0] = slot;
        target->linesize[0] = cols * 3;
        target->buf[0] = av_buffer_create(slot, frameBytes, [](void *, std::uint8_t *) {}, nullptr, 0);   // Strata's memory, not freed here
        if (!target->buf[0] || sws_scale_frame(scaler.get(), target.get(), source.get()) < 0) {
            failure = videoError(path, tr("pictures in pixel format %1 cannot be converted to RGB").arg(f.format));
            return false;
        }
        return true;
    }

    enum class Outcome { Done, Late, Lost, Failed, Cancelled };

    /// Decodes on until pictures [first, first + out.frames) are in `out`.
    Outcome decodeInto(int first, DecodedImage &out, const std::atomic<bool> *cancel, std::optional<Error> &failure)
    {
        const int end = first + out.frames;
        std::vector<char> filled(std::size_t(out.frames), 0);
        int count = 0;
        std::optional<Outcome> stop;
        auto drain = [&] {
            while (count < out.frames && !stop) {
                const int r = avcodec_receive_frame(decoder.get(), picture.get());
                if (r == AVERROR(EAGAIN) || r == AVERROR_EOF)
                    return;
                if (r < 0) {
                    failure = videoError(path, tr("picture %1 of the video cannot be decoded (%2)").arg(next + 1).arg(avText(r)));
                    stop = Outcome::Failed;
                    return;
                }
                ++pictures;
                int k = next;
                if (byTimestamp) {
                    k = pictureAt(picture->best_effort_timestamp);
                    if (k < 0) {   // a picture the index does not know: counting from the start is safe
                        stop = Outcome::Lost;
                        return;
                    }
                    if (!placed && k > first) {   // the seek landed after the picture wanted
                        stop = Outcome::Late;
                        return;
                    }
                    if (k >= trustedFrom)
                        placed = true;
                } else {
                    // Since a byte seek, the keyframe sought must come first (a program stream's
                    // demuxer may not say where a picture began); a keyframe met again where it
                    // was met before must be the same picture. Else the count is wrong: from the start.
                    const bool sought = placed || (picture->key_frame && (picture->pkt_pos == expectedByte || picture->pkt_pos < 0));
                    if (!sought || !learn(k, *picture)) {
                        byteSeeks = false;
                        checkpoints.clear();
                        stop = Outcome::Lost;
                        return;
                    }
                    placed = true;
                }
                next = k + 1;
                if (k >= first && k < end && k >= trustedFrom && !filled[std::size_t(k - first)]) {
                    if (!convert(*picture, out, k - first, failure)) {
                        stop = Outcome::Failed;
                        return;
                    }
                    filled[std::size_t(k - first)] = 1;
                    ++count;
                } else if (byTimestamp && placed && k >= end) {
                    // Past the pictures wanted with one of them missing: the decoder dropped it.
                    for (int i = 0; i < out.frames; ++i)
                        if (!filled[std::size_t(i)]) {
                            failure = videoError(path, tr("picture %1 of the video cannot be decoded").arg(first + i + 1));
                            break;
                        }
                    stop = Outcome::Failed;
                    return;
                }
                av_frame_unref(picture.get());
            }
        };
        auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
        while (count < out.frames && !stop && !cancelled()) {
            if (av_read_frame(demuxer.format.get(), packet.get()) < 0) {
                (void)avcodec_send_packet(decoder.get(), nullptr);   // the pictures held back for reordering
                drained = true;
                drain();
                break;
            }
            if (packet->stream_index == demuxer.index) {
                // A damaged packet costs its pictures, not the video: the count below says so.
                (void)avcodec_send_packet(decoder.get(), packet.get());
                drain();
            }
            av_packet_unref(packet.get());
        }
        av_frame_unref(picture.get());
        if (stop)
            return *stop;
        if (cancelled())
            return Outcome::Cancelled;
        if (count < out.frames) {
            failure = byTimestamp ? videoError(path, tr("the video ends before picture %1").arg(first + 1))
                                  : videoError(path, tr("the video holds %1 of the %2 frames the header declares").arg(next).arg(frames()));
            return Outcome::Failed;
        }
        return Outcome::Done;
    }

    Result<DecodedImage> read(int first, int count, const std::atomic<bool> *cancel, std::size_t maxBytes)
    {
        if (first < 0 || first >= frames() || count < 1)
            return Error(ErrorCode::InvalidArgument, path, tr("the video has no frame %1").arg(first + 1));
        count = std::min(count, frames() - first);
        PixelDescription wanted = h.pixel;
        wanted.frames = count;
        wanted.samplesPerPixel = 3;
        wanted.bitsAllocated = wanted.bitsStored = 8;
        if (auto sizes = pixelSizes(path, wanted, maxBytes); !sizes.ok())
            return sizes.error();
        DecodedImage out;
        out.rows = rows();
        out.columns = columns();
        out.frames = count;
        out.firstFrame = first;
        out.samplesPerPixel = 3;
        out.photometric = QStringLiteral("RGB");
        out.type = SampleType::UInt8;
        out.data.resize(out.pixelsPerFrame() * 3 * std::size_t(count));
        for (int attempt = 0;; ++attempt) {
            if (Status placedOk = position(first, attempt); !placedOk.ok()) {
                decoder.reset();
                return placedOk.error();
            }
            std::optional<Error> failure;
            const Outcome outcome = decodeInto(first, out, cancel, failure);
            switch (outcome) {
            case Outcome::Done:
                return out;
            case Outcome::Cancelled:
                decoder.reset();   // stopped anywhere: the next read starts afresh
                return Error(ErrorCode::Cancelled, path, tr("decoding the video was cancelled"));
            case Outcome::Failed:
                decoder.reset();
                return *failure;
            case Outcome::Lost:   // the timestamps do not say which picture is which: count from the start
            case Outcome::Late:
                if (outcome == Outcome::Lost || attempt >= 3) {
                    timestamps.clear();
                    keyframes.clear();
                    if (Status s = startOver(); !s.ok()) {
                        decoder.reset();
                        return s.error();
                    }
                }
                break;
            }
        }
    }
};

VideoFrames::VideoFrames(std::unique_ptr<Private> p) : d(std::move(p)) {}
VideoFrames::~VideoFrames() = default;

Result<std::unique_ptr<VideoFrames>> VideoFrames::open(const QString &path)
{
    auto structure = checkFileStructure(path);
    if (!structure.ok())
        return structure.error();
    auto header = detail::readHeader(path, structure.value());
    if (!header.ok())
        return header.error();
    auto p = std::make_unique<Private>();
    p->path = path;
    p->h = std::move(header).value();
    p->fs = std::move(structure).value();
    const PixelDescription &pd = p->h.pixel;
    if (!pd.hasPixelData || !p->fs.pixelDataEncapsulated || !p->h.transferSyntax.video)
        return Error(ErrorCode::Unsupported, path, tr("the pixel data is not a video (%1)").arg(p->h.transferSyntax.name));
    if (pd.rows <= 0 || pd.columns <= 0)
        return Error(ErrorCode::MissingAttribute, path, tr("Rows or Columns is missing or zero"));
    if (pd.frames < 1)
        return Error(ErrorCode::Malformed, path, tr("a video needs Number of Frames"));
    // Sizes in checked arithmetic and at most kMaxFrames frames (a reader's tables are per frame);
    // each read is held to the budget, not the whole video.
    if (auto sizes = pixelSizes(path, pd, std::numeric_limits<std::uint64_t>::max()); !sizes.ok())
        return sizes.error();
    auto mapped = MappedFile::open(path, p->fs);
    if (!mapped.ok())
        return mapped.error();
    p->mapped = std::move(mapped).value();
    for (std::size_t i = 0; i < p->fs.fragments.size(); ++i)
        p->parts.push_back(p->mapped->fragment(p->fs, i));
    return std::unique_ptr<VideoFrames>(new VideoFrames(std::move(p)));
}

const DicomHeader &VideoFrames::header() const { return d->h; }
int VideoFrames::frameCount() const { return d->frames(); }
Result<DecodedImage> VideoFrames::read(int first, int count, const std::atomic<bool> *cancel, std::size_t maxBytes)
{
    return d->read(first, count, cancel, maxBytes);
}
Result<QByteArray> VideoFrames::valuesSha256(const std::atomic<bool> *cancel)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr int kBatch = 16;
    for (int first = 0; first < frameCount(); first += kBatch) {
        auto batch = read(first, kBatch, cancel);
        if (!batch.ok())
            return batch.error();
        const std::vector<std::uint8_t> &bytes = batch.value().data;
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
    }
    return hash.result().toHex();
}

int VideoFrames::nextFrame() const { return d->decoder && !d->drained && d->placed ? d->next : -1; }
std::int64_t VideoFrames::picturesDecoded() const { return d->pictures; }
int VideoFrames::seeks() const { return d->seekCount; }
int VideoFrames::restarts() const { return d->restartCount; }

namespace detail {

Result<DecodedImage> decodeVideo(const QString &path, const DicomHeader &h, const FileStructure &fs, const PixelSizes &, const DecodeOptions &options)
{
    if (h.pixel.frames < 1)
        return Error(ErrorCode::Malformed, path, tr("a video needs Number of Frames"));
    VideoFrames::Private p;
    p.path = path;
    p.h = h;
    p.fs = fs;
    auto mapped = MappedFile::open(path, fs);
    if (!mapped.ok())
        return mapped.error();
    p.mapped = std::move(mapped).value();
    for (std::size_t i = 0; i < fs.fragments.size(); ++i)
        p.parts.push_back(p.mapped->fragment(fs, i));
    // One picture wanted (a thumbnail's): the stream decoded up to it, that picture kept alone.
    const bool one = options.onlyFrame >= 0 && options.onlyFrame < h.pixel.frames;
    return p.read(one ? options.onlyFrame : 0, one ? 1 : h.pixel.frames, options.cancel, options.maxBytes);
}

} // namespace detail

} // namespace strata::dicom
