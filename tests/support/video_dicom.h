#pragma once
// Tests: video in DICOM as endoscopes, ultrasound and capture devices write it — real frames of
// ../shared/testdata encoded by FFmpeg's encoders (MPEG-2, x264), wrapped as a device wraps them
// (an MPEG-2 program stream, an H.264 elementary stream, an MP4 file), in a Video Endoscopic Image
// with DCMTK: encapsulated pixel data in one fragment or several. Links libavformat, libavcodec,
// libswscale (PkgConfig::FFMPEG) and DCMTK::dcmdata.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <strata/dicom/PixelDecoder.h>

#include <QByteArray>
#include <QString>

#include <cstring>
#include <functional>
#include <vector>

namespace strata::testing {

/// Frames of interleaved 8-bit RGB, `width` × `height` each.
struct RgbFrames {
    int width = 0, height = 0;
    std::vector<std::vector<std::uint8_t>> frames;
};

struct VideoSpec {
    const char *encoder = "mpeg2video";  ///< FFmpeg's encoder: mpeg2video, libx264, libx265
    const char *container = "mpeg";      ///< FFmpeg's muxer: mpeg (program stream), h264 (elementary), mp4
    E_TransferSyntax syntax = EXS_MPEG2MainProfileAtMainLevel;
    int fragments = 1;                   ///< the stream cut into this many fragments
    int declaredFrames = 0;              ///< Number of Frames written; 0: as many as encoded
    int declaredRows = 0, declaredColumns = 0;   ///< 0: the frames' own
};

/// The first `count` frames of an 8-bit grayscale multi-frame (the test data's angiography run)
/// as RGB grey, each with a white 24 × 24 block on a black band (rows 0–47) whose place moves 8
/// pixels a frame: block k at rows 12–35, columns 16 + 8k to 39 + 8k. Which frame a picture is
/// shows. Empty when Strata cannot decode the source.
inline RgbFrames markedRun(const QString &source, int count)
{
    RgbFrames out;
    auto run = dicom::decodePixels(source);
    if (!run.ok() || run.value().frames < count)
        return out;
    const dicom::DecodedImage &img = run.value();
    out.width = img.columns;
    out.height = img.rows;
    for (int f = 0; f < count; ++f) {
        std::vector<std::uint8_t> rgb(std::size_t(img.columns) * std::size_t(img.rows) * 3);
        for (int r = 0; r < img.rows; ++r)
            for (int c = 0; c < img.columns; ++c) {
                std::uint8_t v = std::uint8_t(img.storedValue(f, r, c));
                if (r < 48)
                    v = (r >= 12 && r < 36 && c >= 16 + 8 * f && c < 40 + 8 * f) ? 255 : 0;
                std::memset(rgb.data() + (std::size_t(r) * std::size_t(img.columns) + std::size_t(c)) * 3, v, 3);
            }
        out.frames.push_back(std::move(rgb));
    }
    return out;
}

/// `count` frames of `size` × `size` (the top left of the source's frames, taken in turn) that
/// say which they are: their number in binary on a black band (rows 0–31), bit b (from the
/// lowest, ten of them) a 16 × 16 block at rows 8–23, columns 16 + 24b, white for 1. Long runs
/// (numberIn reads it back). Empty when Strata cannot decode the source.
inline RgbFrames numberedRun(const QString &source, int count, int size = 256)
{
    RgbFrames out;
    auto run = dicom::decodePixels(source);
    if (!run.ok() || run.value().rows < size || run.value().columns < size)
        return out;
    const dicom::DecodedImage &img = run.value();
    out.width = out.height = size;
    for (int f = 0; f < count; ++f) {
        std::vector<std::uint8_t> rgb(std::size_t(size) * std::size_t(size) * 3);
        for (int r = 0; r < size; ++r)
            for (int c = 0; c < size; ++c) {
                std::uint8_t v = std::uint8_t(img.storedValue(f % img.frames, r, c));
                if (r < 32) {
                    const int bit = (c - 16) / 24;
                    v = (r >= 8 && r < 24 && c >= 16 && (c - 16) % 24 < 16 && bit < 10 && ((f >> bit) & 1)) ? 255 : 0;
                }
                std::memset(rgb.data() + (std::size_t(r) * std::size_t(size) + std::size_t(c)) * 3, v, 3);
            }
        out.frames.push_back(std::move(rgb));
    }
    return out;
}

/// The number a numberedRun frame shows, from `grey(x, y)`, its grey level (0–255) at an image
/// pixel: each bit's block averaged over its middle 10 × 10 pixels. -1 when a block is neither
/// black nor white (not such a frame).
inline int numberFrom(const std::function<double(int x, int y)> &grey)
{
    int n = 0;
    for (int bit = 0; bit < 10; ++bit) {
        double sum = 0;
        for (int y = 11; y < 21; ++y)
            for (int x = 19 + 24 * bit; x < 29 + 24 * bit; ++x)
                sum += grey(x, y);
        const double mean = sum / 100.0;
        if (mean > 180)
            n |= 1 << bit;
        else if (mean > 70)
            return -1;
    }
    return n;
}

/// The number a numberedRun frame shows, read from frame `frame` of decoded RGB.
inline int numberIn(const dicom::DecodedImage &img, int frame)
{
    return numberFrom([&](int x, int y) { return img.storedValue(frame, y, x, 1); });
}

namespace detail {
struct GrowingBuffer {
    std::vector<std::uint8_t> bytes;
    std::int64_t at = 0;
};
inline int writeBuffer(void *opaque, std::uint8_t *data, int size)   // FFmpeg 5: a non-const buffer
{
    auto *b = static_cast<GrowingBuffer *>(opaque);
    if (std::size_t(b->at) + std::size_t(size) > b->bytes.size())
        b->bytes.resize(std::size_t(b->at) + std::size_t(size));
    std::memcpy(b->bytes.data() + b->at, data, std::size_t(size));
    b->at += size;
    return size;
}
inline std::int64_t seekBuffer(void *opaque, std::int64_t offset, int whence)
{
    auto *b = static_cast<GrowingBuffer *>(opaque);
    whence &= ~AVSEEK_FORCE;
    if (whence == AVSEEK_SIZE)
        return std::int64_t(b->bytes.size());
    const std::int64_t to = whence == SEEK_SET ? offset : whence == SEEK_CUR ? b->at + offset : std::int64_t(b->bytes.size()) + offset;
    if (to < 0)
        return -1;
    b->at = to;
    return to;
}
} // namespace detail

/// `frames` encoded and muxed as `spec` says, in memory; empty when FFmpeg refuses.
inline std::vector<std::uint8_t> encodeVideo(const RgbFrames &frames, const VideoSpec &spec)
{
    av_log_set_level(AV_LOG_QUIET);   // the muxers' notes are no test output
    const AVCodec *codec = avcodec_find_encoder_by_name(spec.encoder);
    const AVOutputFormat *muxer = av_guess_format(spec.container, nullptr, nullptr);
    if (!codec || !muxer || frames.frames.empty())
        return {};
    AVCodecContext *enc = avcodec_alloc_context3(codec);
    enc->width = frames.width;
    enc->height = frames.height;
    enc->pix_fmt = AV_PIX_FMT_YUV420P;
    enc->time_base = {1, 30};
    enc->framerate = {30, 1};
    enc->gop_size = 12;
    enc->max_b_frames = 2;   // pictures out of order in the stream: the decoder puts them back
    enc->colorspace = AVCOL_SPC_SMPTE170M;
    enc->color_range = AVCOL_RANGE_MPEG;
    if (std::strcmp(spec.encoder, "mpeg2video") == 0) {
        enc->flags |= AV_CODEC_FLAG_QSCALE;
        enc->global_quality = FF_QP2LAMBDA * 2;
    } else {
        av_opt_set(enc->priv_data, "crf", "14", 0);
        av_opt_set(enc->priv_data, "preset", "veryfast", 0);
        if (std::strcmp(spec.encoder, "libx265") == 0)
            av_opt_set(enc->priv_data, "x265-params", "log-level=error", 0);   // its notes are no test output
    }
    if (muxer->flags & AVFMT_GLOBALHEADER)
        enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    std::vector<std::uint8_t> out;
    if (avcodec_open2(enc, codec, nullptr) < 0) {
        avcodec_free_context(&enc);
        return out;
    }
    AVFormatContext *mux = nullptr;
    avformat_alloc_output_context2(&mux, muxer, nullptr, nullptr);
    detail::GrowingBuffer buffer;
    auto *ioBuffer = static_cast<unsigned char *>(av_malloc(1 << 16));
    AVIOContext *io = avio_alloc_context(ioBuffer, 1 << 16, 1, &buffer, nullptr, detail::writeBuffer, detail::seekBuffer);
    mux->pb = io;
    mux->flags |= AVFMT_FLAG_CUSTOM_IO;
    AVStream *stream = avformat_new_stream(mux, nullptr);
    avcodec_parameters_from_context(stream->codecpar, enc);
    stream->time_base = enc->time_base;
    bool ok = avformat_write_header(mux, nullptr) >= 0;
    SwsContext *toYuv = sws_getContext(frames.width, frames.height, AV_PIX_FMT_RGB24, frames.width, frames.height, AV_PIX_FMT_YUV420P,
                                       SWS_BILINEAR | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INP, nullptr, nullptr, nullptr);
    sws_setColorspaceDetails(toYuv, sws_getCoefficients(SWS_CS_DEFAULT), 1, sws_getCoefficients(SWS_CS_ITU601), 0, 0, 1 << 16, 1 << 16);
    AVFrame *picture = av_frame_alloc();
    picture->format = AV_PIX_FMT_YUV420P;
    picture->width = frames.width;
    picture->height = frames.height;
    av_frame_get_buffer(picture, 0);
    AVPacket *packet = av_packet_alloc();
    auto drain = [&] {
        while (ok && avcodec_receive_packet(enc, packet) == 0) {
            av_packet_rescale_ts(packet, enc->time_base, stream->time_base);
            packet->stream_index = stream->index;
            ok = av_interleaved_write_frame(mux, packet) >= 0;
        }
    };
    for (std::size_t i = 0; ok && i < frames.frames.size(); ++i) {
        av_frame_make_writable(picture);
        const std::uint8_t *src[1] = {frames.frames[i].data()};
        const int srcStride[1] = {frames.width * 3};
        sws_scale(toYuv, src, srcStride, 0, frames.height, picture->data, picture->linesize);
        picture->pts = std::int64_t(i);
        ok = avcodec_send_frame(enc, picture) >= 0;
        drain();
    }
    if (ok) {
        avcodec_send_frame(enc, nullptr);
        drain();
        ok = av_write_trailer(mux) >= 0;
    }
    avio_flush(io);
    if (ok)
        out = buffer.bytes;
    av_packet_free(&packet);
    av_frame_free(&picture);
    sws_freeContext(toYuv);
    av_freep(&io->buffer);
    avio_context_free(&io);
    avformat_free_context(mux);
    avcodec_free_context(&enc);
    return out;
}

/// `stream` as the pixel data of a Video Endoscopic Image at `path` (patient and study of
/// `template_`), `frames` frames of `rows` × `columns` declared; false when DCMTK refuses.
inline bool writeVideoDicom(const QString &path, const QString &template_, const std::vector<std::uint8_t> &stream, int frames, int rows,
                            int columns, const VideoSpec &spec)
{
    DcmFileFormat source;
    if (source.loadFile(template_.toUtf8().constData()).bad())
        return false;
    DcmFileFormat ff;
    DcmDataset *ds = ff.getDataset();
    for (const DcmTagKey &key : {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex, DCM_StudyInstanceUID, DCM_StudyDate,
                                 DCM_StudyTime, DCM_StudyID, DCM_AccessionNumber}) {
        OFString v;
        source.getDataset()->findAndGetOFStringArray(key, v);
        ds->putAndInsertOFStringArray(key, v);
    }
    char uid[100];
    ds->putAndInsertString(DCM_SOPClassUID, UID_VideoEndoscopicImageStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    ds->putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT));
    ds->putAndInsertString(DCM_Modality, "ES");
    ds->putAndInsertString(DCM_SeriesNumber, "7");
    ds->putAndInsertString(DCM_InstanceNumber, "1");
    ds->putAndInsertString(DCM_SeriesDescription, "Endoscopy video");
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 3);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "YBR_PARTIAL_420");
    ds->putAndInsertUint16(DCM_PlanarConfiguration, 0);
    ds->putAndInsertUint16(DCM_Rows, Uint16(spec.declaredRows ? spec.declaredRows : rows));
    ds->putAndInsertUint16(DCM_Columns, Uint16(spec.declaredColumns ? spec.declaredColumns : columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, 8);
    ds->putAndInsertUint16(DCM_BitsStored, 8);
    ds->putAndInsertUint16(DCM_HighBit, 7);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    ds->putAndInsertString(DCM_NumberOfFrames, QByteArray::number(spec.declaredFrames ? spec.declaredFrames : frames).constData());
    ds->putAndInsertString(DCM_FrameTime, "33.3333");
    ds->putAndInsertTagKey(DCM_FrameIncrementPointer, DCM_FrameTime);
    ds->putAndInsertString(DCM_CineRate, "30");
    ds->putAndInsertString(DCM_LossyImageCompression, "01");
    auto *sequence = new DcmPixelSequence(DcmTag(DCM_PixelData, EVR_OB));
    sequence->insert(new DcmPixelItem(DcmTag(DCM_Item, EVR_OB)));   // an empty offset table
    const std::size_t parts = std::size_t(std::max(1, spec.fragments));
    const std::size_t step = ((stream.size() + parts - 1) / parts + 1) & ~std::size_t(1);   // even: only the last is padded
    for (std::size_t at = 0; at < stream.size(); at += step) {
        // Fragments of even length (the last padded), as DICOM wants them.
        std::vector<std::uint8_t> part(stream.begin() + std::ptrdiff_t(at), stream.begin() + std::ptrdiff_t(std::min(stream.size(), at + step)));
        if (part.size() % 2)
            part.push_back(0);
        auto *item = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
        item->putUint8Array(part.data(), Uint32(part.size()));
        sequence->insert(item);
    }
    auto *pixels = new DcmPixelData(DCM_PixelData);
    pixels->putOriginalRepresentation(spec.syntax, nullptr, sequence);
    ds->insert(pixels);
    return ff.saveFile(path.toUtf8().constData(), spec.syntax).good();
}

} // namespace strata::testing
