#include "OpenJpeg.h"

#include <strata/dicom/TransferSyntax.h>

#include <openjpeg.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace strata::dicom::detail {
namespace {

const std::uint8_t kJp2Signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A};

/// The memory OpenJPEG reads from, and the last error it reported.
struct Source {
    Bytes bytes;
    std::uint64_t at = 0;
    std::string lastError;
};

} // namespace

bool isJp2File(Bytes b) { return b.size >= sizeof kJp2Signature && std::memcmp(b.data, kJp2Signature, sizeof kJp2Signature) == 0; }

bool startsJ2k(Bytes b) { return (b.size >= 2 && b.data[0] == 0xFF && b.data[1] == 0x4F) || isJp2File(b); }

void OpenJpegImageDeleter::operator()(opj_image *image) const { opj_image_destroy(image); }

OpenJpegImage openJpegRead(Bytes b, bool decode, QString *why)
{
    Source source{b, 0, {}};
    std::unique_ptr<opj_codec_t, void (*)(opj_codec_t *)> codec(opj_create_decompress(isJp2File(b) ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K),
                                                                opj_destroy_codec);
    std::unique_ptr<opj_stream_t, void (*)(opj_stream_t *)> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE), opj_stream_destroy);
    if (!codec || !stream) {
        *why = QCoreApplication::translate("strata::dicom", "OpenJPEG could not start");
        return {};
    }
    auto quiet = [](const char *, void *) {};
    opj_set_info_handler(codec.get(), quiet, nullptr);
    opj_set_warning_handler(codec.get(), quiet, nullptr);
    opj_set_error_handler(codec.get(), [](const char *message, void *user) { static_cast<Source *>(user)->lastError = message ? message : ""; }, &source);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    opj_stream_set_user_data(stream.get(), &source, nullptr);
    opj_stream_set_user_data_length(stream.get(), b.size);
    opj_stream_set_read_function(stream.get(), [](void *buffer, OPJ_SIZE_T n, void *user) -> OPJ_SIZE_T {
        auto *src = static_cast<Source *>(user);
        if (src->at >= src->bytes.size)
            return OPJ_SIZE_T(-1);
        n = OPJ_SIZE_T(std::min<std::uint64_t>(n, src->bytes.size - src->at));
        std::memcpy(buffer, src->bytes.data + src->at, n);
        src->at += n;
        return n;
    });
    opj_stream_set_skip_function(stream.get(), [](OPJ_OFF_T n, void *user) -> OPJ_OFF_T {
        auto *src = static_cast<Source *>(user);
        const std::uint64_t step = n < 0 ? 0 : std::min<std::uint64_t>(std::uint64_t(n), src->bytes.size - src->at);
        src->at += step;
        return OPJ_OFF_T(step);
    });
    opj_stream_set_seek_function(stream.get(), [](OPJ_OFF_T n, void *user) -> OPJ_BOOL {
        auto *src = static_cast<Source *>(user);
        if (n < 0 || std::uint64_t(n) > src->bytes.size)
            return OPJ_FALSE;
        src->at = std::uint64_t(n);
        return OPJ_TRUE;
    });
    opj_image_t *raw = nullptr;
    // Strict: a codestream cut short is an error, not an image decoded from what there was. One
    // thread (an OpenJPEG built without threads says no to that, and decodes on this one anyway).
    bool ok = opj_setup_decoder(codec.get(), &parameters) && opj_decoder_set_strict_mode(codec.get(), OPJ_TRUE);
    if (ok)
        (void)opj_codec_set_threads(codec.get(), 1);
    ok = ok && opj_read_header(stream.get(), codec.get(), &raw);
    OpenJpegImage image(raw);
    if (ok && decode)
        ok = opj_decode(codec.get(), stream.get(), image.get()) && opj_end_decompress(codec.get(), stream.get());
    if (ok && image)
        return image;
    QString error = QString::fromUtf8(source.lastError.c_str()).trimmed();
    *why = error.isEmpty() ? QCoreApplication::translate("strata::dicom", "OpenJPEG cannot read the JPEG 2000 stream")
                           : QCoreApplication::translate("strata::dicom", "OpenJPEG: %1").arg(error);
    return {};
}

} // namespace strata::dicom::detail

namespace strata::dicom {
QString openJpegVersion() { return QString::fromLatin1(opj_version()); }
} // namespace strata::dicom
