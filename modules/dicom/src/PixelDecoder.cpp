#include <strata/dicom/PixelDecoder.h>

#include <strata/core/Sha256.h>
#include <strata/dicom/HeaderReader.h>

#include "GdcmSupport.h"
#include "PixelChecks.h"
#include "Video.h"
#include "StructureCheck.h"

#include <gdcmImage.h>
#include <gdcmImageApplyLookupTable.h>
#include <gdcmImageReader.h>

#include <openjpeg.h>
#include <zlib.h>

#include <QCryptographicHash>
#include <QFile>
#include <QCoreApplication>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>
#include <sstream>

namespace strata::dicom {
namespace {

std::size_t sampleBytes(SampleType t)
{
    switch (t) {
    case SampleType::UInt8:
    case SampleType::Int8: return 1;
    case SampleType::UInt16:
    case SampleType::Int16: return 2;
    case SampleType::UInt32:
    case SampleType::Int32:
    case SampleType::Float32: return 4;
    case SampleType::Float64: return 8;
    }
    return 1;
}

template <typename T>
T loadAt(const std::uint8_t *p, std::size_t index)
{
    T v;
    std::memcpy(&v, p + index * sizeof(T), sizeof(T));
    return v;
}

template <typename T>
void storeAt(std::uint8_t *p, std::size_t index, T v)
{
    std::memcpy(p + index * sizeof(T), &v, sizeof(T));
}

/// Keeps only Bits Stored bits (at High Bit) and sign-extends when Pixel Representation is 1.
/// One pass without branches per value: the stored bits are shifted to the top and back down
/// (arithmetically for signed values), so that the compiler can vectorise it.
template <typename U, typename S>
void maskStoredBits(std::vector<std::uint8_t> &data, int bitsStored, int highBit, bool isSigned)
{
    constexpr int bitsAllocated = int(sizeof(U) * 8);
    if (bitsStored <= 0 || bitsStored >= bitsAllocated)
        return;
    const int shift = std::clamp(highBit + 1 - bitsStored, 0, bitsAllocated - bitsStored);
    const int up = bitsAllocated - bitsStored - shift;  // moves the effective high bit to the top
    const int down = bitsAllocated - bitsStored;
    const std::size_t n = data.size() / sizeof(U);
    std::uint8_t *p = data.data();
    if (isSigned) {
        for (std::size_t i = 0; i < n; ++i) {
            const U v = loadAt<U>(p, i);
            storeAt<S>(p, i, S(S(U(v << up)) >> down));
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const U v = loadAt<U>(p, i);
            storeAt<U>(p, i, U(U(v << up) >> down));
        }
    }
}

/// Sets the sample type of integer grayscale pixels (8, 16 or 32 bits allocated, as the buffer in
/// out.data holds them) and keeps only their stored bits.
void keepStoredBits(DecodedImage &out, int bitsAllocated, const PixelDescription &pd)
{
    const bool isSigned = pd.pixelRepresentation == 1;
    switch (bitsAllocated) {
    case 8:
        out.type = isSigned ? SampleType::Int8 : SampleType::UInt8;
        if (isSigned)
            maskStoredBits<std::uint8_t, std::int8_t>(out.data, pd.bitsStored, pd.highBit, true);
        else
            maskStoredBits<std::uint8_t, std::uint8_t>(out.data, pd.bitsStored, pd.highBit, false);
        break;
    case 16:
        out.type = isSigned ? SampleType::Int16 : SampleType::UInt16;
        if (isSigned)
            maskStoredBits<std::uint16_t, std::int16_t>(out.data, pd.bitsStored, pd.highBit, true);
        else
            maskStoredBits<std::uint16_t, std::uint16_t>(out.data, pd.bitsStored, pd.highBit, false);
        break;
    default:
        out.type = isSigned ? SampleType::Int32 : SampleType::UInt32;
        if (isSigned)
            maskStoredBits<std::uint32_t, std::int32_t>(out.data, pd.bitsStored, pd.highBit, true);
        else
            maskStoredBits<std::uint32_t, std::uint32_t>(out.data, pd.bitsStored, pd.highBit, false);
        break;
    }
}

/// The linear Modality LUT: per frame for enhanced objects, else the image's one rescale.
void setRescale(DecodedImage &out, const DicomHeader &h)
{
    const PixelDescription &pd = h.pixel;
    out.slopes.assign(std::size_t(pd.frames), pd.rescaleSlope);
    out.intercepts.assign(std::size_t(pd.frames), pd.rescaleIntercept);
    for (std::size_t f = 0; f < h.geometry.frames.size() && f < std::size_t(pd.frames); ++f) {
        out.slopes[f] = h.geometry.frames[f].rescaleSlope == 0.0 ? 1.0 : h.geometry.frames[f].rescaleSlope;
        out.intercepts[f] = h.geometry.frames[f].rescaleIntercept;
    }
}

std::uint8_t clampByte(double v)
{
    return std::uint8_t(std::clamp(std::lround(v), 0L, 255L));
}

/// Full-range YCbCr (PS3.3 C.7.6.3.1.2) to RGB, in place on interleaved 8-bit triples.
void ybrFullToRgb(std::vector<std::uint8_t> &d)
{
    for (std::size_t i = 0; i + 2 < d.size(); i += 3) {
        const double y = d[i], cb = d[i + 1] - 128.0, cr = d[i + 2] - 128.0;
        d[i] = clampByte(y + 1.402 * cr);
        d[i + 1] = clampByte(y - 0.344136 * cb - 0.714136 * cr);
        d[i + 2] = clampByte(y + 1.772 * cb);
    }
}

/// Uncompressed YBR_FULL_422: pairs of pixels stored as Y0 Y1 Cb Cr; expands to YBR triples.
std::vector<std::uint8_t> expand422(const std::vector<std::uint8_t> &in, std::size_t pixels)
{
    std::vector<std::uint8_t> out(pixels * 3);
    for (std::size_t pair = 0; pair * 2 < pixels && pair * 4 + 3 < in.size(); ++pair) {
        const std::uint8_t y0 = in[pair * 4], y1 = in[pair * 4 + 1], cb = in[pair * 4 + 2], cr = in[pair * 4 + 3];
        out[pair * 6 + 0] = y0;
        out[pair * 6 + 1] = cb;
        out[pair * 6 + 2] = cr;
        if (pair * 2 + 1 < pixels) {
            out[pair * 6 + 3] = y1;
            out[pair * 6 + 4] = cb;
            out[pair * 6 + 5] = cr;
        }
    }
    return out;
}

/// Reads the Modality LUT Sequence's first LUT into `image`.
void readModalityLut(const gdcm::DataSet &ds, bool pixelSigned, DecodedImage &image)
{
    auto sq = detail::sequence(ds, gdcm::Tag(0x0028, 0x3000));
    if (!sq)
        return;
    const gdcm::DataSet &item = sq->GetItem(1).GetNestedDataSet();
    const QByteArray desc = detail::rawValue(item, gdcm::Tag(0x0028, 0x3002));
    const QByteArray data = detail::rawValue(item, gdcm::Tag(0x0028, 0x3006));
    if (desc.size() < 6 || data.isEmpty())
        return;
    const auto *d = reinterpret_cast<const unsigned char *>(desc.constData());
    const std::uint16_t rawEntries = std::uint16_t(d[0] | d[1] << 8);
    const std::uint16_t rawFirst = std::uint16_t(d[2] | d[3] << 8);
    const int bits = int(std::uint16_t(d[4] | d[5] << 8));
    const std::size_t entries = rawEntries == 0 ? 65536 : rawEntries;
    const int first = pixelSigned ? int(std::int16_t(rawFirst)) : int(rawFirst);
    const auto *v = reinterpret_cast<const unsigned char *>(data.constData());
    std::vector<double> lut;
    lut.reserve(entries);
    if (bits <= 8 && std::size_t(data.size()) == entries) {
        for (std::size_t i = 0; i < entries; ++i)
            lut.push_back(v[i]);
    } else if (std::size_t(data.size()) >= entries * 2) {
        for (std::size_t i = 0; i < entries; ++i)
            lut.push_back(std::uint16_t(v[2 * i] | v[2 * i + 1] << 8));
    } else {
        return;  // inconsistent LUT: fall back to the linear transform
    }
    image.lut = std::move(lut);
    image.lutFirstMapped = first;
}

Error decodeError(const QString &path, const QString &why) { return Error(ErrorCode::DecodeFailed, path, why); }

/// Big-endian samples of `size` bytes made little-endian in place: each sample's bytes reversed.
void reverseEachSample(std::vector<std::uint8_t> &data, std::size_t size)
{
    for (std::size_t i = 0; size > 1 && i + size <= data.size(); i += size)
        std::reverse(data.begin() + std::ptrdiff_t(i), data.begin() + std::ptrdiff_t(i + size));
}

/// Float Pixel Data (7FE0,0008) and Double Float Pixel Data (7FE0,0009), which GDCM's image reader
/// does not handle: native, uncompressed, read straight from the file.
Result<DecodedImage> readFloatPixels(const QString &path, const DicomHeader &h, const detail::FileStructure &fs,
                                     const detail::PixelSizes &sizes)
{
    const PixelDescription &pd = h.pixel;
    const bool isDouble = fs.pixelDataElement == 0x0009;
    const std::size_t size = isDouble ? 8 : 4;
    if (pd.bitsAllocated != int(8 * size) || pd.samplesPerPixel != 1)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "%1 pixel data with %2 bits allocated and %3 samples per pixel")
                                                     .arg(isDouble ? "double float" : "float").arg(pd.bitsAllocated).arg(pd.samplesPerPixel));
    const std::size_t count = std::size_t(sizes.pixelsPerFrame) * std::size_t(pd.frames);  // within the budget: no overflow
    if (fs.pixelDataLength < count * size)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "truncated: float pixel data holds %1 bytes, %2 needed")
                                                     .arg(fs.pixelDataLength).arg(count * size));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(fs.pixelDataOffset)))
        return Error(ErrorCode::IoError, path, file.errorString());
    const QByteArray bytes = file.read(qint64(count * size));
    if (std::size_t(bytes.size()) != count * size)
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "short read of float pixel data"));
    DecodedImage out;
    out.rows = pd.rows;
    out.columns = pd.columns;
    out.frames = pd.frames;
    out.photometric = QStringLiteral("MONOCHROME2");
    out.type = isDouble ? SampleType::Float64 : SampleType::Float32;
    out.data.assign(bytes.begin(), bytes.end());
    if (fs.bigEndian)
        reverseEachSample(out.data, size);
    out.slopes.assign(std::size_t(pd.frames), 1.0);
    out.intercepts.assign(std::size_t(pd.frames), 0.0);
    return out;
}

/// Native (uncompressed, not deflated) grayscale integer pixels: the bytes in the file are the
/// stored values, so they are read once, straight into the result, and masked in the same buffer.
/// GDCM's image reader would parse the data set again and copy the value twice. Big endian (the
/// retired transfer syntax) for 16 and 32 bits allocated: each sample's bytes reversed — GDCM
/// swaps 32-bit samples as pairs of 16-bit words, which puts their halves the wrong way round (a
/// treatment planning system's 32-bit dose read 200 times too high); 8-bit samples in big endian
/// are stored in swapped pairs (OW), which GDCM undoes.
bool readsNativeGrayscale(const DicomHeader &h, const detail::FileStructure &fs)
{
    const PixelDescription &pd = h.pixel;
    return fs.gdcmReadsFile && !fs.deflated && !fs.pixelDataEncapsulated && (!fs.bigEndian || pd.bitsAllocated >= 16) && fs.pixelDataElement == 0x0010
           && pd.samplesPerPixel == 1 && (pd.bitsAllocated == 8 || pd.bitsAllocated == 16 || pd.bitsAllocated == 32)
           && (pd.photometric == QLatin1String("MONOCHROME2") || pd.photometric == QLatin1String("MONOCHROME1"))
           && !pd.hasModalityLutSequence;  // the LUT's data set is GDCM's: read with the image reader
}

Result<DecodedImage> readNativeGrayscale(const QString &path, const DicomHeader &h, const detail::FileStructure &fs,
                                         const detail::PixelSizes &sizes)
{
    const PixelDescription &pd = h.pixel;
    const std::size_t bytes = std::size_t(sizes.storedBytes);  // within the budget, and the value holds them
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot open: ") + QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st {};
    const bool unchanged = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && std::uint64_t(st.st_size) == fs.fileSize;
    DecodedImage out;
    std::size_t done = 0;
    int readErrno = 0;
    if (unchanged) {
        out.data.resize(bytes);
        while (done < bytes) {
            const ssize_t n = ::pread(fd, out.data.data() + done, bytes - done, off_t(fs.pixelDataOffset + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                readErrno = n < 0 ? errno : 0;
                break;
            }
            done += std::size_t(n);
        }
    }
    ::close(fd);
    if (!unchanged)
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "the file changed while it was read"));
    if (done != bytes)
        return Error(ErrorCode::IoError, path,
                     readErrno ? QCoreApplication::translate("strata::dicom", "read failed: ") + QString::fromLocal8Bit(std::strerror(readErrno))
                               : QCoreApplication::translate("strata::dicom", "short read of pixel data"));
    if (fs.bigEndian)
        reverseEachSample(out.data, std::size_t(pd.bitsAllocated / 8));
    out.rows = pd.rows;
    out.columns = pd.columns;
    out.frames = pd.frames;
    out.samplesPerPixel = 1;
    out.photometric = pd.photometric;
    keepStoredBits(out, pd.bitsAllocated, pd);
    setRescale(out, h);
    return out;
}

/// The Modality LUT of grayscale pixels Strata decoded itself (no GDCM image): the linear one, or
/// the LUT sequence read from the data set up to the pixel data.
Result<DecodedImage> withModalityLut(DecodedImage out, const QString &path, const DicomHeader &h, const detail::FileStructure &fs)
{
    setRescale(out, h);
    if (h.pixel.hasModalityLutSequence) {
        auto dataset = detail::readUpToPixelData(path, fs);
        if (!dataset.ok())
            return dataset.error();
        readModalityLut(dataset.value()->reader->GetFile().GetDataSet(), h.pixel.pixelRepresentation == 1, out);
    }
    return out;
}

/// High-Throughput JPEG 2000 (Part 15), which GDCM 3.0 does not know: each frame's codestream
/// is gathered from its fragments and decoded by OpenJPEG 2.5, and its samples are laid out as
/// GDCM lays out a decoded JPEG 2000 frame (the checks before decoding have compared every
/// frame's SIZ with the header, and the memory budget bounds the result).
Result<DecodedImage> decodeHtj2k(const QString &path, const DicomHeader &h, const detail::FileStructure &fs, const detail::PixelSizes &sizes)
{
    const PixelDescription &pd = h.pixel;
    const bool color = pd.samplesPerPixel == 3;
    if (pd.photometric == QLatin1String("PALETTE COLOR") || (!color && pd.bitsAllocated != 8 && pd.bitsAllocated != 16 && pd.bitsAllocated != 32)
        || (color && pd.bitsAllocated != 8 && pd.bitsAllocated != 16))
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "HTJ2K with %1 bits allocated as %2 is not supported")
                                                       .arg(pd.bitsAllocated).arg(pd.photometric));
    auto mappedFile = detail::MappedFile::open(path, fs);
    if (!mappedFile.ok())
        return mappedFile.error();
    const detail::MappedFile &mapped = *mappedFile.value();

    const std::size_t pixels = std::size_t(sizes.pixelsPerFrame);
    const std::size_t frameSamples = pixels * std::size_t(pd.samplesPerPixel);
    const std::size_t sampleSize = color ? 1 : std::size_t(pd.bitsAllocated / 8);
    DecodedImage out;
    out.rows = pd.rows;
    out.columns = pd.columns;
    out.frames = pd.frames;
    out.samplesPerPixel = pd.samplesPerPixel;
    out.data.resize(frameSamples * std::size_t(pd.frames) * sampleSize);

    std::vector<std::uint8_t> gathered;
    const auto streams = mapped.streamFrames(fs, detail::startsJ2k);
    for (int frame = 0; frame < pd.frames; ++frame) {
        if (std::size_t(frame) >= streams.size())
            return decodeError(path, QCoreApplication::translate("strata::dicom", "the pixel data holds %1 of the %2 frames declared").arg(frame).arg(pd.frames));
        // A frame in one fragment is read where it lies; one in several, gathered.
        const auto [first, end] = streams[std::size_t(frame)];
        detail::Bytes stream = mapped.fragment(fs, first);
        if (end - first > 1) {
            gathered.clear();
            for (std::size_t j = first; j < end; ++j) {
                const detail::Bytes part = mapped.fragment(fs, j);
                gathered.insert(gathered.end(), part.data, part.data + part.size);
            }
            stream = {gathered.data(), gathered.size()};
        }

        QString why;
        const detail::OpenJpegImage image = detail::openJpegRead(stream, true, &why);
        if (!image)
            return decodeError(path, QCoreApplication::translate("strata::dicom", "frame %1 of the HTJ2K pixel data could not be decoded (%2)").arg(frame + 1).arg(why));
        bool fits = image->numcomps == OPJ_UINT32(pd.samplesPerPixel);
        for (OPJ_UINT32 c = 0; fits && c < image->numcomps; ++c) {
            const opj_image_comp_t &comp = image->comps[c];
            fits = comp.data && comp.w == OPJ_UINT32(pd.columns) && comp.h == OPJ_UINT32(pd.rows) && comp.dx == 1 && comp.dy == 1
                   && comp.prec >= 1 && comp.prec <= OPJ_UINT32(color ? 16 : pd.bitsAllocated);
        }
        if (!fits)
            return decodeError(path, QCoreApplication::translate("strata::dicom", "frame %1: the decoded HTJ2K image does not match the header's %2×%3, %4 sample(s) of %5 bits")
                                         .arg(frame + 1).arg(pd.columns).arg(pd.rows).arg(pd.samplesPerPixel).arg(pd.bitsAllocated));
        std::uint8_t *dst = out.data.data() + std::size_t(frame) * frameSamples * sampleSize;
        if (color) {
            // Interleaved 8-bit samples; OpenJPEG has undone the codestream's colour transform.
            for (int c = 0; c < 3; ++c) {
                const opj_image_comp_t &comp = image->comps[c];
                const int shift = std::max(0, int(comp.prec) - 8);
                const int offset = comp.sgnd ? 1 << (comp.prec - 1) : 0;
                for (std::size_t i = 0; i < pixels; ++i)
                    dst[i * 3 + std::size_t(c)] = std::uint8_t(std::clamp((comp.data[i] + offset) >> shift, 0, 255));
            }
            continue;
        }
        // Grayscale: the stored bits as the file would hold them natively, masked below.
        const OPJ_INT32 *src = image->comps[0].data;
        for (std::size_t i = 0; i < pixels; ++i) {
            const auto v = std::uint32_t(src[i]);
            if (sampleSize == 1)
                dst[i] = std::uint8_t(v);
            else if (sampleSize == 2)
                storeAt<std::uint16_t>(dst, i, std::uint16_t(v));
            else
                storeAt<std::uint32_t>(dst, i, v);
        }
    }
    if (color) {
        out.photometric = QStringLiteral("RGB");
        out.type = SampleType::UInt8;
        if (pd.photometric == QLatin1String("YBR_FULL"))
            ybrFullToRgb(out.data);
        return out;
    }
    out.photometric = pd.photometric == QLatin1String("MONOCHROME1") ? QStringLiteral("MONOCHROME1") : QStringLiteral("MONOCHROME2");
    keepStoredBits(out, pd.bitsAllocated, pd);
    return withModalityLut(std::move(out), path, h, fs);
}

/// Deflated Image Frame Compression (1.2.840.10008.1.2.8.1, PS3.5 A.4.11), which GDCM 3.0 does not
/// know: each frame is its own fragment, deflated (RFC 1951) from the frame's native bytes — a
/// 1-bit frame padded to a whole byte — and is inflated here into a frame-sized buffer, never more.
Result<DecodedImage> decodeDeflatedFrames(const QString &path, const DicomHeader &h, const detail::FileStructure &fs, const detail::PixelSizes &sizes)
{
    const PixelDescription &pd = h.pixel;
    const bool color = pd.samplesPerPixel == 3;
    if (pd.photometric == QLatin1String("PALETTE COLOR") || (color && pd.bitsAllocated != 8)
        || (pd.bitsAllocated != 1 && pd.bitsAllocated != 8 && pd.bitsAllocated != 16 && pd.bitsAllocated != 32))
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "deflated image frames with %1 bits allocated as %2 are not supported")
                                                       .arg(pd.bitsAllocated).arg(pd.photometric));
    if (fs.fragments.size() != std::size_t(pd.frames))
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "deflated image frames: %1 fragments for %2 frames (one each)")
                                                     .arg(fs.fragments.size()).arg(pd.frames));
    auto mappedFile = detail::MappedFile::open(path, fs);
    if (!mappedFile.ok())
        return mappedFile.error();
    const detail::MappedFile &mapped = *mappedFile.value();

    const std::size_t pixels = std::size_t(sizes.pixelsPerFrame);
    const std::size_t frameSamples = pixels * std::size_t(pd.samplesPerPixel);
    const std::size_t frameBytes = pd.bitsAllocated == 1 ? (pixels + 7) / 8 : frameSamples * std::size_t(pd.bitsAllocated / 8);
    std::vector<std::uint8_t> native(frameBytes * std::size_t(pd.frames));
    for (int frame = 0; frame < pd.frames; ++frame) {
        const detail::Bytes deflated = mapped.fragment(fs, std::size_t(frame));
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return Error(ErrorCode::Internal, path, QStringLiteral("zlib: inflateInit2 failed"));
        std::uint8_t *dst = native.data() + std::size_t(frame) * frameBytes;
        z.next_in = const_cast<Bytef *>(deflated.data);
        z.avail_in = uInt(deflated.size);
        z.next_out = dst;
        z.avail_out = uInt(frameBytes);
        int rc = inflate(&z, Z_FINISH);
        std::uint64_t produced = frameBytes - z.avail_out;
        bool overlong = false;
        if (rc == Z_BUF_ERROR && z.avail_out == 0) {
            // The frame is full: the stream must end here, one padding byte at most after it.
            std::uint8_t extra[2];
            z.next_out = extra;
            z.avail_out = sizeof extra;
            rc = inflate(&z, Z_FINISH);
            overlong = rc != Z_STREAM_END || z.avail_out == 0;
        }
        const QString zlibMessage = z.msg ? QString::fromLatin1(z.msg) : QString();
        inflateEnd(&z);
        if (overlong)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "deflated frame %1 inflates to more than the %2 bytes of a frame")
                                                         .arg(frame + 1).arg(frameBytes));
        if (rc != Z_STREAM_END || produced != frameBytes)
            return decodeError(path, QCoreApplication::translate("strata::dicom", "deflated frame %1 inflates to %2 of its %3 bytes%4")
                                         .arg(frame + 1).arg(produced).arg(frameBytes)
                                         .arg(zlibMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(zlibMessage)));
    }

    DecodedImage out;
    out.rows = pd.rows;
    out.columns = pd.columns;
    out.frames = pd.frames;
    out.samplesPerPixel = pd.samplesPerPixel;
    if (color) {
        out.photometric = QStringLiteral("RGB");
        out.type = SampleType::UInt8;
        if (pd.planarConfiguration == 1) {
            out.data.resize(native.size());
            for (int f = 0; f < pd.frames; ++f)
                for (std::size_t i = 0; i < pixels; ++i)
                    for (std::size_t c = 0; c < 3; ++c)
                        out.data[std::size_t(f) * frameSamples + i * 3 + c] = native[std::size_t(f) * frameSamples + c * pixels + i];
        } else {
            out.data = std::move(native);
        }
        if (pd.photometric == QLatin1String("YBR_FULL"))
            ybrFullToRgb(out.data);
        return out;
    }
    out.photometric = pd.photometric == QLatin1String("MONOCHROME1") ? QStringLiteral("MONOCHROME1") : QStringLiteral("MONOCHROME2");
    if (pd.bitsAllocated == 1) {
        out.type = SampleType::UInt8;
        out.data.resize(pixels * std::size_t(pd.frames));
        for (int f = 0; f < pd.frames; ++f) {
            const std::uint8_t *bits = native.data() + std::size_t(f) * frameBytes;
            std::uint8_t *dst = out.data.data() + std::size_t(f) * pixels;
            for (std::size_t i = 0; i < pixels; ++i)
                dst[i] = (bits[i / 8] >> (i % 8)) & 1u;
        }
    } else {
        out.data = std::move(native);
        keepStoredBits(out, pd.bitsAllocated, pd);
    }
    return withModalityLut(std::move(out), path, h, fs);
}

/// RLE of 1-bit frames (segmentations), which GDCM's RLE codec does not decode: each frame's one
/// segment (PackBits, PS3.5 G.3) holds the frame's bits packed, first pixel in the lowest bit.
/// checkBeforeDecoding has walked every segment to exactly a frame's bytes.
Result<DecodedImage> decodeRleBits(const QString &path, const DicomHeader &h, const detail::FileStructure &fs, const detail::PixelSizes &sizes)
{
    const PixelDescription &pd = h.pixel;
    auto mappedFile = detail::MappedFile::open(path, fs);
    if (!mappedFile.ok())
        return mappedFile.error();
    const detail::MappedFile &mapped = *mappedFile.value();
    const std::size_t pixels = std::size_t(sizes.pixelsPerFrame), frameBytes = (pixels + 7) / 8;
    DecodedImage out;
    out.rows = pd.rows;
    out.columns = pd.columns;
    out.frames = pd.frames;
    out.type = SampleType::UInt8;
    out.photometric = QStringLiteral("MONOCHROME2");
    out.data.resize(pixels * std::size_t(pd.frames));
    std::vector<std::uint8_t> packed(frameBytes);
    for (int frame = 0; frame < pd.frames; ++frame) {
        const detail::Bytes b = mapped.fragment(fs, std::size_t(frame));
        std::size_t o = 64, n = 0;   // the first segment follows the 64-byte header
        while (n < frameBytes && o < b.size) {
            const auto run = std::int8_t(b.data[o++]);
            if (run >= 0) {
                const std::size_t count = std::min<std::size_t>({std::size_t(run) + 1, frameBytes - n, std::size_t(b.size - o)});
                std::memcpy(packed.data() + n, b.data + o, count);
                n += count;
                o += std::size_t(run) + 1;
            } else if (run != -128 && o < b.size) {
                const std::size_t count = std::min<std::size_t>(std::size_t(1 - run), frameBytes - n);
                std::memset(packed.data() + n, b.data[o++], count);
                n += count;
            }
        }
        if (n != frameBytes)
            return decodeError(path, QCoreApplication::translate("strata::dicom", "RLE frame %1 decodes to %2 of its %3 bytes").arg(frame + 1).arg(n).arg(frameBytes));
        std::uint8_t *dst = out.data.data() + std::size_t(frame) * pixels;
        for (std::size_t i = 0; i < pixels; ++i)
            dst[i] = (packed[i / 8] >> (i % 8)) & 1u;
    }
    setRescale(out, h);
    return out;
}

/// What most likely made GDCM refuse an image, for the message.
QString gdcmHint(const PixelDescription &pd)
{
    if (pd.bitsAllocated % 8 != 0)
        return QCoreApplication::translate("strata::dicom", "%1 bits allocated in this encoding").arg(pd.bitsAllocated);
    return QCoreApplication::translate("strata::dicom", "e.g. Number of Frames missing where a Frame Increment Pointer is given");
}

} // namespace

double DecodedImage::storedValue(int frame, int row, int column, int sample) const
{
    const std::size_t index = ((std::size_t(frame) * std::size_t(rows) + std::size_t(row)) * std::size_t(columns)
                               + std::size_t(column)) * std::size_t(samplesPerPixel) + std::size_t(sample);
    const std::uint8_t *p = data.data();
    switch (type) {
    case SampleType::UInt8: return loadAt<std::uint8_t>(p, index);
    case SampleType::Int8: return loadAt<std::int8_t>(p, index);
    case SampleType::UInt16: return loadAt<std::uint16_t>(p, index);
    case SampleType::Int16: return loadAt<std::int16_t>(p, index);
    case SampleType::UInt32: return loadAt<std::uint32_t>(p, index);
    case SampleType::Int32: return loadAt<std::int32_t>(p, index);
    case SampleType::Float32: return loadAt<float>(p, index);
    case SampleType::Float64: return loadAt<double>(p, index);
    }
    return 0;
}

double DecodedImage::modalityValue(int frame, int row, int column) const
{
    const double stored = storedValue(frame, row, column);
    if (!lut.empty()) {
        const long long idx = std::clamp<long long>(std::llround(stored) - lutFirstMapped, 0, (long long)lut.size() - 1);
        return lut[std::size_t(idx)];
    }
    const std::size_t f = std::min<std::size_t>(std::size_t(frame), slopes.size() - 1);
    return stored * slopes[f] + intercepts[f];
}

std::vector<float> DecodedImage::modalityFrame(int frame) const
{
    std::vector<float> out(pixelsPerFrame());
    std::size_t i = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            out[i++] = float(modalityValue(frame, r, c));
    return out;
}

bool DecodedImage::sizeMatches() const
{
    if (rows <= 0 || columns <= 0 || frames <= 0 || (samplesPerPixel != 1 && samplesPerPixel != 3))
        return false;
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(std::uint64_t(rows) * std::uint64_t(columns), std::uint64_t(frames), &bytes)
        || __builtin_mul_overflow(bytes, std::uint64_t(samplesPerPixel) * sampleBytes(type), &bytes))
        return false;
    if (data.size() < bytes)
        return false;
    return isColor() || (slopes.size() >= std::size_t(frames) && intercepts.size() >= std::size_t(frames)) || !lut.empty();
}

QByteArray DecodedImage::valuesSha256() const
{
    if (!sizeMatches())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (isColor()) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(data.data()), qsizetype(data.size())));
        return hash.result().toHex();
    }
    for (int f = 0; f < frames; ++f) {
        const std::vector<float> values = modalityFrame(f);
        std::vector<std::uint8_t> le(values.size() * 4);
        for (std::size_t i = 0; i < values.size(); ++i) {
            std::uint32_t bits;
            std::memcpy(&bits, &values[i], 4);
            le[4 * i] = std::uint8_t(bits);
            le[4 * i + 1] = std::uint8_t(bits >> 8);
            le[4 * i + 2] = std::uint8_t(bits >> 16);
            le[4 * i + 3] = std::uint8_t(bits >> 24);
        }
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(le.data()), qsizetype(le.size())));
    }
    return hash.result().toHex();
}

Result<DecodedImage> decodePixels(const QString &path, const DecodeOptions &options)
{
    // One walk of the whole file serves the header read and the checks before decoding.
    auto structure = detail::checkFileStructure(path);
    if (!structure.ok())
        return structure.error();
    const detail::FileStructure &fs = structure.value();
    auto headerResult = detail::readHeader(path, fs);
    if (!headerResult.ok())
        return headerResult.error();
    const DicomHeader &h = headerResult.value();
    const PixelDescription &pd = h.pixel;
    const TransferSyntaxInfo &ts = h.transferSyntax;

    if (!pd.hasPixelData)
        return Error(ErrorCode::MissingAttribute, path, QCoreApplication::translate("strata::dicom", "has no pixel data (%1)").arg(sopClassName(h.sopClassUid)));
    if (!ts.decodable)
        return Error(ErrorCode::Unsupported, path,
                     QCoreApplication::translate("strata::dicom", "pixel data in transfer syntax %1 (%2) cannot be decoded")
                         .arg(ts.name, ts.uid.isEmpty() ? QCoreApplication::translate("strata::dicom", "no UID") : ts.uid));
    if (pd.rows <= 0 || pd.columns <= 0)
        return Error(ErrorCode::MissingAttribute, path, QCoreApplication::translate("strata::dicom", "Rows or Columns is missing or zero"));
    if (pd.samplesPerPixel != 1 && pd.samplesPerPixel != 3)
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "%1 samples per pixel are not supported").arg(pd.samplesPerPixel));
    if (!(pd.bitsAllocated == 1 || pd.bitsAllocated == 8 || pd.bitsAllocated == 16 || pd.bitsAllocated == 32 || pd.bitsAllocated == 64))
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "Bits Allocated is %1").arg(pd.bitsAllocated));
    if (pd.bitsStored <= 0 || pd.bitsStored > pd.bitsAllocated)
        return Error(ErrorCode::Malformed, path,
                     QCoreApplication::translate("strata::dicom", "Bits Stored (%1) does not fit Bits Allocated (%2)").arg(pd.bitsStored).arg(pd.bitsAllocated));

    // Every size in checked arithmetic, within the decode budget, before anything is allocated.
    // A video asked for one picture holds that one (DecodeOptions::onlyFrame).
    PixelDescription budgeted = pd;
    if (options.onlyFrame >= 0 && options.onlyFrame < pd.frames && ts.video)
        budgeted.frames = 1;
    auto sizesResult = detail::pixelSizes(path, budgeted, options.maxBytes);
    if (!sizesResult.ok())
        return sizesResult.error();
    const detail::PixelSizes &sizes = sizesResult.value();
    const std::size_t pixels = std::size_t(sizes.pixelsPerFrame);
    const std::size_t expectedBytes = std::size_t(sizes.storedBytes);

    if (Status checked = detail::checkBeforeDecoding(path, h, fs, sizes); !checked.ok())
        return checked.error();

    if ((fs.pixelDataElement == 0x0008 || fs.pixelDataElement == 0x0009) && !fs.deflated && !fs.pixelDataEncapsulated)
        return readFloatPixels(path, h, fs, sizes);
    if (readsNativeGrayscale(h, fs))
        return readNativeGrayscale(path, h, fs, sizes);
    if (fs.pixelDataEncapsulated && detail::isHtj2k(fs.transferSyntaxUid))
        return decodeHtj2k(path, h, fs, sizes);
    if (fs.pixelDataEncapsulated && fs.transferSyntaxUid == QLatin1String(detail::kDeflatedImageFrame))
        return decodeDeflatedFrames(path, h, fs, sizes);
    if (fs.pixelDataEncapsulated && ts.video)
        return detail::decodeVideo(path, h, fs, sizes, options);
    if (fs.pixelDataEncapsulated && fs.transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.5") && pd.bitsAllocated == 1)
        return decodeRleBits(path, h, fs, sizes);

    auto guarded = detail::readGuarded<gdcm::ImageReader>(path, fs, [](gdcm::ImageReader &r) { return r.Read(); });
    if (guarded->error)
        return *guarded->error;
    if (guarded->outcome == detail::ReadOutcome::Aborted) {
        detail::abandon(guarded.release());  // never destroyed: see readGuarded
        return Error(ErrorCode::Malformed, path,
                     QCoreApplication::translate("strata::dicom", "the image attributes are inconsistent (GDCM refused them: %1)").arg(gdcmHint(pd)));
    }
    if (guarded->outcome != detail::ReadOutcome::Ok)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the image could not be parsed"));
    gdcm::ImageReader &reader = *guarded->reader;
    const gdcm::Image &image = reader.GetImage();

    // GDCM's own idea of the size, checked against ours before a buffer of that size exists.
    const unsigned long length = image.GetBufferLength();
    if (length == 0 || length > options.maxBytes || length > sizes.decodedBytes + 16)
        return decodeError(path, QCoreApplication::translate("strata::dicom", "unexpected decoded size %1 bytes (expected %2)").arg(length).arg(expectedBytes));
    std::vector<std::uint8_t> buffer(length);
    bool decoded = false;
    if (!detail::runGuarded([&] { decoded = image.GetBuffer(reinterpret_cast<char *>(buffer.data())); })) {
        detail::abandon(guarded.release());  // the image's codec state is undefined after the abort
        decoded = false;
    }
    if (!decoded)
        return decodeError(path, QCoreApplication::translate("strata::dicom", "%1 pixel data could not be decoded (corrupt or unsupported encoding)").arg(ts.name));

    DecodedImage out;
    out.rows = pd.rows;
    out.columns = pd.columns;
    out.frames = pd.frames;
    const gdcm::PixelFormat pf = image.GetPixelFormat();
    const gdcm::PhotometricInterpretation::PIType pi = image.GetPhotometricInterpretation();

    if (pi == gdcm::PhotometricInterpretation::PALETTE_COLOR) {
        auto applyLut = std::make_unique<gdcm::ImageApplyLookupTable>();
        bool applied = false;
        std::vector<std::uint8_t> rgbBuf;
        int lutBits = 8;
        const bool completed = detail::runGuarded([&] {
            applyLut->SetInput(image);
            if (!applyLut->Apply())
                return;
            const gdcm::Image &rgb = applyLut->GetOutput();
            rgbBuf.resize(rgb.GetBufferLength());
            lutBits = rgb.GetPixelFormat().GetBitsAllocated();
            applied = rgbBuf.size() >= pixels * 3 * std::size_t(pd.frames) * std::size_t(lutBits == 16 ? 2 : 1)
                      && rgb.GetBuffer(reinterpret_cast<char *>(rgbBuf.data()));
        });
        if (!completed) {
            detail::abandon(applyLut.release());
            detail::abandon(guarded.release());
        }
        if (!completed || !applied)
            return decodeError(path, QCoreApplication::translate("strata::dicom", "the palette colour lookup table could not be applied (an index outside the table?)"));
        out.samplesPerPixel = 3;
        out.photometric = QStringLiteral("RGB");
        out.type = SampleType::UInt8;
        const std::size_t n = pixels * 3 * std::size_t(pd.frames);
        if (lutBits == 16) {
            out.data.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                out.data[i] = std::uint8_t(loadAt<std::uint16_t>(rgbBuf.data(), i) >> 8);
        } else {
            rgbBuf.resize(n);
            out.data = std::move(rgbBuf);
        }
        return out;
    }

    if (pf.GetSamplesPerPixel() == 3 || pd.samplesPerPixel == 3) {
        out.samplesPerPixel = 3;
        out.photometric = QStringLiteral("RGB");
        out.type = SampleType::UInt8;
        const std::size_t n = pixels * 3 * std::size_t(pd.frames);
        std::vector<std::uint8_t> rgb;
        const bool is422 = pi == gdcm::PhotometricInterpretation::YBR_FULL_422;
        if (is422 && buffer.size() < n) {
            rgb = expand422(buffer, pixels * std::size_t(pd.frames));
        } else if (pf.GetBitsAllocated() == 16) {
            const int shift = std::max(0, int(pf.GetBitsStored()) - 8);
            rgb.resize(n);
            for (std::size_t i = 0; i < n && i * 2 + 1 < buffer.size(); ++i)
                rgb[i] = std::uint8_t(std::min<unsigned>(loadAt<std::uint16_t>(buffer.data(), i) >> shift, 255u));
        } else if (pf.GetBitsAllocated() == 32) {
            const int shift = std::max(0, int(pf.GetBitsStored()) - 8);
            rgb.resize(n);
            for (std::size_t i = 0; i < n && i * 4 + 3 < buffer.size(); ++i)
                rgb[i] = std::uint8_t(std::min<std::uint32_t>(loadAt<std::uint32_t>(buffer.data(), i) >> shift, 255u));
        } else if (pf.GetBitsAllocated() == 8) {
            rgb = std::move(buffer);
            rgb.resize(n);
        } else {
            return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "colour images with %1 bits allocated are not supported").arg(pf.GetBitsAllocated()));
        }
        if (image.GetPlanarConfiguration() == 1 && !is422) {
            std::vector<std::uint8_t> interleaved(n);
            for (int f = 0; f < pd.frames; ++f) {
                const std::uint8_t *src = rgb.data() + std::size_t(f) * pixels * 3;
                std::uint8_t *dst = interleaved.data() + std::size_t(f) * pixels * 3;
                for (std::size_t i = 0; i < pixels; ++i)
                    for (int s = 0; s < 3; ++s)
                        dst[i * 3 + std::size_t(s)] = src[std::size_t(s) * pixels + i];
            }
            rgb = std::move(interleaved);
        }
        if (pi == gdcm::PhotometricInterpretation::YBR_FULL || pi == gdcm::PhotometricInterpretation::YBR_FULL_422)
            ybrFullToRgb(rgb);
        out.data = std::move(rgb);
        return out;
    }

    // Grayscale.
    out.samplesPerPixel = 1;
    out.photometric = pi == gdcm::PhotometricInterpretation::MONOCHROME1 ? QStringLiteral("MONOCHROME1") : QStringLiteral("MONOCHROME2");
    const bool isSigned = pd.pixelRepresentation == 1;
    switch (pf.GetBitsAllocated()) {
    case 1: {
        out.type = SampleType::UInt8;
        const std::size_t n = pixels * std::size_t(pd.frames);
        out.data.resize(n);
        if (buffer.size() >= n) {
            // Some codecs (JPEG 2000) hand back one byte per pixel.
            for (std::size_t i = 0; i < n; ++i)
                out.data[i] = buffer[i] ? 1 : 0;
        } else {
            // DICOM's own layout: bits packed contiguously across rows and frames, first pixel in
            // the lowest bit (GDCM may report a longer, row-padded buffer length: ignore the rest).
            for (std::size_t i = 0; i < n && i / 8 < buffer.size(); ++i)
                out.data[i] = (buffer[i / 8] >> (i % 8)) & 1u;
        }
        break;
    }
    case 8:
    case 16:
        out.data = std::move(buffer);
        keepStoredBits(out, int(pf.GetBitsAllocated()), pd);
        break;
    case 32:
        out.data = std::move(buffer);
        if (pf.GetScalarType() == gdcm::PixelFormat::FLOAT32)
            out.type = SampleType::Float32;
        else
            keepStoredBits(out, 32, pd);
        break;
    case 64:
        out.type = SampleType::Float64;
        out.data = std::move(buffer);
        break;
    default:
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "%1 bits allocated are not supported").arg(pf.GetBitsAllocated()));
    }
    out.data.resize(pixels * std::size_t(pd.frames) * sampleBytes(out.type));

    // Modality LUT: per frame for enhanced objects, else the one linear transform or the LUT.
    setRescale(out, h);
    if (pd.hasModalityLutSequence)
        readModalityLut(reader.GetFile().GetDataSet(), isSigned, out);
    return out;
}

} // namespace strata::dicom
