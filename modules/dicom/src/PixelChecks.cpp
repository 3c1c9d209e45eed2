#include "PixelChecks.h"

#include "GdcmSupport.h"

#include <gdcmReader.h>

#include <strata/dicom/TransferSyntax.h>

#include <QFile>
#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <set>

namespace strata::dicom::detail {
namespace {

thread_local std::uint64_t t_codecHeaders = 0;

/// a × b, or nothing when it overflows.
std::optional<std::uint64_t> mul(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::uint16_t be16(const std::uint8_t *p) { return std::uint16_t(p[0] << 8 | p[1]); }
std::uint32_t be32(const std::uint8_t *p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}
std::uint32_t le32(const std::uint8_t *p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

/// What a codec frame header declares.
struct StreamHeader {
    std::uint32_t columns = 0, rows = 0, components = 0, precision = 0;
    bool subsampled = false;  ///< JPEG 2000 components at less than full resolution
    std::uint8_t frameMarker = 0;  ///< JPEG: the frame header's marker (0xC0 baseline … 0xF7 JPEG-LS)
    int nearLossless = -1;         ///< JPEG-LS: the first scan's NEAR (-1: not read)
};

bool startsJpeg(Bytes b) { return b.size >= 2 && b.data[0] == 0xFF && b.data[1] == 0xD8; }

/// The frame header (SOFn, or SOF55 for JPEG-LS) of a JPEG stream: only its dimensions are read.
std::optional<StreamHeader> jpegFrameHeader(Bytes b, QString *why)
{
    // The markers are walked on up to the scan (what jpeg_read_header reads): the IJG code in
    // GDCM warns about stray bytes between markers, a JFIF version other than 1.x or an Adobe
    // colour transform it does not know, and GDCM's header probe asserts on any warning.
    std::optional<StreamHeader> frame;
    int adobeTransform = -1;
    std::uint64_t o = 2;  // after SOI
    while (o + 4 <= b.size) {
        if (b.data[o] != 0xFF) {
            *why = QCoreApplication::translate("strata::dicom", "a JPEG marker was expected at byte %1 of the frame").arg(o);
            return std::nullopt;
        }
        const std::uint8_t m = b.data[o + 1];
        if (m == 0xFF) {  // fill byte
            ++o;
            continue;
        }
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD8)) {  // TEM, RSTn, SOI: no length
            o += 2;
            continue;
        }
        if (m == 0xDA || m == 0xD9) {
            // JPEG-LS: NEAR follows the scan's component list (Ls, Ns, Ns × (Ci, Tmi), NEAR).
            if (m == 0xDA && frame && frame->frameMarker == 0xF7 && o + 5 <= b.size) {
                const std::uint64_t nearAt = o + 5 + 2 * std::uint64_t(b.data[o + 4]);
                if (nearAt < b.size && nearAt < o + 2 + be16(b.data + o + 2))
                    frame->nearLossless = b.data[nearAt];
            }
            if (!frame) {
                *why = QCoreApplication::translate("strata::dicom", "the JPEG stream has no frame header before its scan");
                return std::nullopt;
            }
            const bool knownTransform = adobeTransform < 0 || (frame->components == 3 && adobeTransform <= 1)
                || (frame->components == 4 && (adobeTransform == 0 || adobeTransform == 2)) || (frame->components != 3 && frame->components != 4);
            if (!knownTransform) {
                *why = QCoreApplication::translate("strata::dicom", "the JPEG stream declares an unknown Adobe colour transform %1").arg(adobeTransform);
                return std::nullopt;
            }
            return frame;
        }
        const std::uint16_t length = be16(b.data + o + 2);
        const std::uint8_t *segment = b.data + o + 4;
        const std::uint64_t segmentSize = length >= 2 ? std::min<std::uint64_t>(length - 2, b.size - (o + 4)) : 0;
        if (m == 0xE0 && segmentSize >= 14 && std::memcmp(segment, "JFIF\0", 5) == 0 && segment[5] != 1) {
            *why = QCoreApplication::translate("strata::dicom", "the JPEG stream declares JFIF version %1").arg(segment[5]);
            return std::nullopt;
        }
        if (m == 0xEE && segmentSize >= 12 && std::memcmp(segment, "Adobe", 5) == 0)
            adobeTransform = segment[11];
        const bool sof = (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) || m == 0xF7;
        if (sof && !frame) {
            if (length < 8 || o + 2 + 8 > b.size) {
                *why = QCoreApplication::translate("strata::dicom", "the JPEG frame header is truncated");
                return std::nullopt;
            }
            const std::uint8_t *f = b.data + o + 4;
            frame = StreamHeader{be16(f + 3), be16(f + 1), f[5], f[0], false, m};
        }
        o += 2 + std::uint64_t(length);
    }
    if (frame)
        return frame;  // the scan lies beyond the bytes looked at
    *why = QCoreApplication::translate("strata::dicom", "no JPEG frame header in the first %1 bytes of the frame").arg(b.size);
    return std::nullopt;
}

/// Whether OpenJPEG reads the main header of a JPEG 2000 frame (`b`: its first bytes). GDCM
/// asks OpenJPEG the same before decoding, and on a refusal leaks what OpenJPEG made (Debian's
/// GDCM 3.0.21, JPEG2000Codec::GetHeaderInfo): such a frame is refused before GDCM sees it.
bool j2kMainHeaderReads(Bytes b)
{
    QString why;
    return openJpegRead(b, false, &why) != nullptr;
}

/// A JP2 box: where it starts, its header's size (8, or 16 with a 64-bit length) and the length
/// it declares (header included; 0: up to the end of the file).
struct Jp2Box {
    std::uint64_t at = 0, header = 8, length = 0;
};

/// The codestream box ('jp2c') of the JP2 file `b`, found by stepping over the boxes before it.
/// Nothing when the walk runs out of bytes first, or meets a box it cannot step over (a length
/// of 0 or shorter than its header: then `*bad` is that box).
std::optional<Jp2Box> codestreamBox(Bytes b, std::optional<Jp2Box> *bad = nullptr)
{
    std::uint64_t o = 0;
    while (o + 8 <= b.size) {
        Jp2Box box{o, 8, be32(b.data + o)};
        if (box.length == 1) {
            if (o + 16 > b.size)
                break;
            box.length = std::uint64_t(be32(b.data + o + 8)) << 32 | be32(b.data + o + 12);
            box.header = 16;
        }
        if (std::memcmp(b.data + o + 4, "jp2c", 4) == 0)
            return box;
        if (box.length == 0 || box.length < box.header) {
            if (bad)
                *bad = box;
            return std::nullopt;
        }
        o += box.length;
    }
    return std::nullopt;
}

/// Whether GDCM's own walk over a JPEG 2000 codestream stays inside it. To tell a reversible
/// stream from an irreversible one, GDCM 3.0 (JPEG2000Codec, in its header probe on a frame's
/// first fragment and again before decoding the frame) steps from marker to marker by the
/// lengths the markers declare, up to the first start of data (SOD) or an irreversible coding
/// style (COD), and trusts each length: a segment declaring more bytes than are left sends the
/// walk past the end of the buffer, reading whatever memory follows until it happens on a
/// marker it stops at or on an unmapped page (a crash found by fuzz_pixels). OpenJPEG reads the
/// main header only, so a tile-part header that lies passes it. The same walk is made here over
/// `declared` bytes of which `real` are at hand; an empty string when it ends inside them.
/// `cut`: the frame goes on beyond `real` (only its first MiB was read).
QString gdcmCodestreamWalk(const std::uint8_t *s, std::uint64_t declared, std::uint64_t real, bool cut, std::uint64_t origin)
{
    auto beyond = [&](std::uint64_t at) {
        return cut ? QCoreApplication::translate("strata::dicom", "the JPEG 2000 markers do not reach the start of data (SOD) in the first MiB")
                   : QCoreApplication::translate("strata::dicom", "the JPEG 2000 markers run past the end of the frame at byte %1").arg(origin + at);
    };
    std::uint64_t at = 0;
    while (declared - at >= 2) {
        if (at + 2 > real)
            return beyond(at);
        const std::uint16_t marker = be16(s + at);
        const std::uint64_t markerAt = at;
        at += 2;
        const bool bare = (marker >= 0xFF30 && marker <= 0xFF3F) || marker == 0xFF4F || marker == 0xFF93 || marker == 0xFFD9 || marker == 0xFF92;
        if (bare) {
            if (marker == 0xFF93)
                return {};  // SOD: the walk stops
            continue;
        }
        if (declared - at < 2)
            return {};  // the walk stops for want of a length
        if (at + 2 > real)
            return beyond(at);
        const std::uint16_t length = be16(s + at);
        at += 2;
        if (length < 2)
            return {};
        const std::uint64_t segment = length - 2u;
        if (marker == 0xFF52) {  // COD: its transform flags are read whatever its length
            if (at + 10 > real)
                return cut ? beyond(at) : QCoreApplication::translate("strata::dicom", "the JPEG 2000 coding style (COD) at byte %1 is cut short").arg(origin + markerAt);
            const std::uint8_t mct = s[at + 4], transform = s[at + 9];
            if (mct > 1 || transform != 1)
                return {};  // irreversible, or flags GDCM gives up on: the walk stops
        }
        if (segment > declared - at)
            return QCoreApplication::translate("strata::dicom", "the JPEG 2000 marker %1 at byte %2 declares %3 bytes where %4 remain")
                .arg(QString::number(marker, 16).toUpper()).arg(origin + markerAt).arg(segment).arg(declared - at);
        at += segment;
    }
    return {};
}

/// GDCM's walk over `b` (a bare codestream, or JP2 boxes around one): see gdcmCodestreamWalk.
/// In JP2 it steps from box to box without counting what it skips, so the codestream box must
/// be reached by boxes that all lie inside the bytes.
QString gdcmJ2kWalk(Bytes b, bool cut)
{
    if (!isJp2File(b))
        return gdcmCodestreamWalk(b.data, b.size, b.size, cut, 0);
    std::optional<Jp2Box> bad;
    const auto box = codestreamBox(b, &bad);
    if (!box && bad && !cut)
        return QCoreApplication::translate("strata::dicom", "the JP2 box at byte %1 declares %2 bytes where %3 remain").arg(bad->at).arg(bad->length).arg(b.size - bad->at);
    if (!box)
        return cut ? QCoreApplication::translate("strata::dicom", "the JPEG 2000 markers do not reach the start of data (SOD) in the first MiB")
                   : QCoreApplication::translate("strata::dicom", "no JPEG 2000 codestream box in the first %1 bytes of the frame").arg(b.size);
    const std::uint64_t start = box->at + box->header, remaining = b.size - start;   // the box's header lies inside
    if (box->length == 0)
        return gdcmCodestreamWalk(b.data + start, remaining, remaining, cut, start);
    if (box->length < box->header || (box->length - box->header > remaining && !cut))
        return QCoreApplication::translate("strata::dicom", "the JP2 box at byte %1 declares %2 bytes where %3 remain").arg(box->at).arg(box->length).arg(b.size - box->at);
    const std::uint64_t declared = box->length - box->header;
    return gdcmCodestreamWalk(b.data + start, declared, std::min(declared, remaining), cut && declared > remaining, start);
}

/// Where the codestream of a JPEG 2000 frame starts: 0 for a bare one, the contents of the 'jp2c'
/// box in a JP2 file; nothing when that box is not among the bytes.
std::optional<std::uint64_t> codestreamStart(Bytes b)
{
    if (!isJp2File(b))
        return 0;
    const auto box = codestreamBox(b);
    return box ? std::optional<std::uint64_t>(box->at + box->header) : std::nullopt;
}

/// The image and tile size (SIZ) of a JPEG 2000 codestream, bare or in a JP2 file.
std::optional<StreamHeader> j2kSize(Bytes b, QString *why)
{
    const std::optional<std::uint64_t> start = codestreamStart(b);
    if (!start) {
        *why = QCoreApplication::translate("strata::dicom", "no JPEG 2000 codestream box in the first %1 bytes of the frame").arg(b.size);
        return std::nullopt;
    }
    const std::uint64_t cs = *start;
    if (cs + 42 > b.size || be16(b.data + cs) != 0xFF4F || be16(b.data + cs + 2) != 0xFF51) {
        *why = QCoreApplication::translate("strata::dicom", "the JPEG 2000 codestream does not start with its image size (SIZ) marker");
        return std::nullopt;
    }
    const std::uint8_t *s = b.data + cs + 4;  // Lsiz
    const std::uint32_t xsiz = be32(s + 4), ysiz = be32(s + 8), xo = be32(s + 12), yo = be32(s + 16);
    const std::uint16_t components = be16(s + 36);
    if (xo > xsiz || yo > ysiz || cs + 42 + 3 * std::uint64_t(components) > b.size) {
        *why = QCoreApplication::translate("strata::dicom", "the JPEG 2000 image size (SIZ) is inconsistent");
        return std::nullopt;
    }
    StreamHeader h{xsiz - xo, ysiz - yo, components, 0, false};
    for (std::uint16_t c = 0; c < components; ++c) {
        const std::uint8_t *comp = s + 38 + 3 * c;
        h.precision = std::max<std::uint32_t>(h.precision, (comp[0] & 0x7Fu) + 1);
        h.subsampled = h.subsampled || comp[1] != 1 || comp[2] != 1;
    }
    return h;
}

/// An RLE frame (PS3.5 G.4): the segment count the header implies, offsets inside the frame, and
/// every segment decoding to exactly one plane of `planeBytes` (GDCM copies what it decodes into
/// a frame-sized buffer without comparing sizes).
QString checkRleFrame(Bytes b, std::uint32_t segments, std::uint64_t planeBytes)
{
    if (b.size < 64)
        return QCoreApplication::translate("strata::dicom", "the RLE header is truncated (%1 bytes)").arg(b.size);
    const std::uint32_t declared = le32(b.data);
    if (declared != segments)
        return QCoreApplication::translate("strata::dicom", "the RLE header declares %1 segments where the image needs %2").arg(declared).arg(segments);
    std::array<std::uint64_t, 16> offsets{};
    for (std::uint32_t i = 0; i < segments; ++i)
        offsets[i] = le32(b.data + 4 + 4 * i);
    if (offsets[0] != 64)
        return QCoreApplication::translate("strata::dicom", "the first RLE segment does not follow the header");
    for (std::uint32_t i = 0; i < segments; ++i) {
        const std::uint64_t end = i + 1 < segments ? offsets[i + 1] : b.size;
        if (offsets[i] >= b.size || end > b.size || end <= offsets[i])
            return QCoreApplication::translate("strata::dicom", "RLE segment %1 lies outside the fragment").arg(i + 1);
        // Decode lengths only; GDCM reads on from where a segment starts, so the bytes it may
        // take are those up to the end of the fragment.
        std::uint64_t out = 0, o = offsets[i];
        while (out < planeBytes) {
            if (o >= b.size)
                return QCoreApplication::translate("strata::dicom", "RLE segment %1 ends after %2 of %3 bytes").arg(i + 1).arg(out).arg(planeBytes);
            const auto n = std::int8_t(b.data[o++]);
            if (n >= 0) {
                out += std::uint64_t(n) + 1;
                o += std::uint64_t(n) + 1;
            } else if (n != -128) {
                out += std::uint64_t(1 - n);
                o += 1;
            }
        }
        if (out != planeBytes)
            return QCoreApplication::translate("strata::dicom", "RLE segment %1 decodes to %2 bytes, more than the %3 of a plane").arg(i + 1).arg(out).arg(planeBytes);
        if (o > b.size)
            return QCoreApplication::translate("strata::dicom", "RLE segment %1 runs past the end of the fragment").arg(i + 1);
    }
    return {};
}

bool isJpegFamily(const QString &uid)
{
    for (const char *u : {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                          "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"})
        if (uid == QLatin1String(u))
            return true;
    return false;
}
bool isDctOrLosslessJpeg(const QString &uid) { return isJpegFamily(uid) && !uid.startsWith(QLatin1String("1.2.840.10008.1.2.4.8")); }
bool isJ2k(const QString &uid)
{
    return uid == QLatin1String("1.2.840.10008.1.2.4.90") || uid == QLatin1String("1.2.840.10008.1.2.4.91")
           || uid == QLatin1String("1.2.840.10008.1.2.4.92") || uid == QLatin1String("1.2.840.10008.1.2.4.93") || isHtj2k(uid);
}

/// The palette descriptors and data as GDCM's LookupTable::SetLUT will take them.
Status checkPalette(const QString &path, const PixelDescription &pd, const FileStructure &fs)
{
    if (pd.bitsAllocated != 8 && pd.bitsAllocated != 16)
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "palette colour with %1 bits allocated").arg(pd.bitsAllocated));
    std::set<gdcm::Tag> tags;
    for (std::uint16_t e : {0x1101, 0x1102, 0x1103, 0x1201, 0x1202, 0x1203, 0x1221, 0x1222, 0x1223})
        tags.insert(gdcm::Tag(0x0028, e));
    auto guarded = readGuarded<gdcm::Reader>(path, fs, [&](gdcm::Reader &r) { return r.ReadSelectedTags(tags); });
    if (guarded->error)
        return *guarded->error;
    if (guarded->outcome != ReadOutcome::Ok) {
        if (guarded->outcome == ReadOutcome::Aborted)
            detail::abandon(guarded.release());  // never destroyed: see readGuarded
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the palette colour lookup tables cannot be read"));
    }
    const gdcm::DataSet &ds = guarded->reader->GetFile().GetDataSet();
    const char *names[] = {"red", "green", "blue"};
    for (std::uint16_t c = 0; c < 3; ++c) {
        const QByteArray desc = rawValue(ds, gdcm::Tag(0x0028, std::uint16_t(0x1101 + c)));
        if (desc.size() < 6)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the %1 palette descriptor is missing or short").arg(QLatin1String(names[c])));
        const auto *d = reinterpret_cast<const std::uint8_t *>(desc.constData());
        const std::uint32_t raw = std::uint32_t(d[0] | d[1] << 8);
        const std::uint32_t entries = raw == 0 ? 65536 : raw;
        const std::uint32_t bits = std::uint32_t(d[4] | d[5] << 8);
        if (bits != 8 && bits != 16)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the %1 palette has %2-bit entries (8 or 16 allowed)").arg(QLatin1String(names[c])).arg(bits));
        if (entries > (1u << pd.bitsAllocated))
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the %1 palette has %2 entries, more than %3-bit pixels can index")
                                                         .arg(QLatin1String(names[c])).arg(entries).arg(pd.bitsAllocated));
        const gdcm::Tag dataTag(0x0028, std::uint16_t(0x1201 + c));
        if (!ds.FindDataElement(dataTag)) {
            if (ds.FindDataElement(gdcm::Tag(0x0028, std::uint16_t(0x1221 + c))))
                continue;  // segmented palette: expanded by GDCM to the descriptor's length
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the %1 palette has no data").arg(QLatin1String(names[c])));
        }
        const std::uint64_t length = std::uint64_t(rawValue(ds, dataTag).size());
        const bool fits = bits == 16 ? length == 2ull * entries
                                     : (length == entries || length == entries + 1ull || length == 2ull * entries);
        if (!fits)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the %1 palette holds %2 bytes where its descriptor (%3 entries of %4 bits) needs %5")
                                                         .arg(QLatin1String(names[c])).arg(length).arg(entries).arg(bits)
                                                         .arg(std::uint64_t(entries) * (bits / 8)));
    }
    return {};
}

/// The wavelet of a JPEG 2000 or HTJ2K codestream's main coding style (COD): its last SPcod
/// parameter, 0 the irreversible 9-7, 1 the reversible 5-3; and whether the stream declares Part
/// 15 capabilities (CAP: HTJ2K). Nothing when the main header ends before a COD.
std::optional<CodestreamCoding> j2kCoding(Bytes b)
{
    const std::optional<std::uint64_t> start = codestreamStart(b);
    if (!start || *start + 4 > b.size || be16(b.data + *start) != 0xFF4F)
        return std::nullopt;
    bool highThroughput = false;
    std::uint64_t o = *start + 2;   // after SOC
    while (o + 4 <= b.size) {
        const std::uint16_t marker = be16(b.data + o);
        if (marker == 0xFF90 || marker == 0xFF93 || marker == 0xFFD9 || (marker >> 8) != 0xFF)
            return std::nullopt;   // SOT, SOD, EOC, or no marker: no COD in the main header
        const std::uint16_t length = be16(b.data + o + 2);
        if (length < 2)
            return std::nullopt;
        highThroughput = highThroughput || marker == 0xFF50;
        if (marker == 0xFF52) {
            // Lcod, Scod, SGcod (progression, layers ×2, MCT), SPcod (levels, xcb, ycb, style, transform).
            const std::uint64_t transformAt = o + 13;
            if (length < 12 || transformAt >= b.size)
                return std::nullopt;
            if (b.data[transformAt] == 1)
                return CodestreamCoding{false, QString()};
            return CodestreamCoding{true, highThroughput ? QStringLiteral("ISO_15444_15") : QStringLiteral("ISO_15444_1")};
        }
        o += 2 + std::uint64_t(length);
    }
    return std::nullopt;
}

} // namespace

Result<PixelSizes> pixelSizes(const QString &path, const PixelDescription &pd, std::uint64_t budget)
{
    if (pd.rows <= 0 || pd.columns <= 0 || pd.rows > 65535 || pd.columns > 65535)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "Rows × Columns %1×%2 is not an image size").arg(pd.rows).arg(pd.columns));
    if (pd.frames <= 0 || pd.frames > kMaxFrames)
        return Error(ErrorCode::TooLarge, path, QCoreApplication::translate("strata::dicom", "Number of Frames %1 is more than the %2 allowed").arg(pd.frames).arg(kMaxFrames));
    if (pd.samplesPerPixel <= 0 || pd.bitsAllocated <= 0)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "Samples per Pixel or Bits Allocated is missing"));
    PixelSizes s;
    s.pixelsPerFrame = std::uint64_t(pd.rows) * std::uint64_t(pd.columns);
    const auto samples = mul(s.pixelsPerFrame, std::uint64_t(pd.samplesPerPixel));
    const auto allSamples = samples ? mul(*samples, std::uint64_t(pd.frames)) : std::nullopt;
    const auto bits = allSamples ? mul(*allSamples, std::uint64_t(pd.bitsAllocated)) : std::nullopt;
    const std::uint64_t sampleBytes = std::uint64_t(std::max(1, (pd.bitsAllocated + 7) / 8));
    // Palettes become RGB, at up to 16 bits per sample while GDCM applies them.
    const bool palette = pd.photometric == QLatin1String("PALETTE COLOR");
    const auto decoded = allSamples ? mul(*allSamples, palette ? std::max<std::uint64_t>(sampleBytes, 2) * 3 : sampleBytes)
                                    : std::nullopt;
    auto tooLarge = [&](const QString &what) {
        return Error(ErrorCode::TooLarge, path, QCoreApplication::translate("strata::dicom", "%1×%2 pixels × %3 frame(s) × %4 sample(s) at %5 bits %6")
                                                    .arg(pd.columns).arg(pd.rows).arg(pd.frames).arg(pd.samplesPerPixel)
                                                    .arg(pd.bitsAllocated).arg(what));
    };
    if (!bits || !decoded || *bits > ~std::uint64_t(0) - 7)
        return tooLarge(QCoreApplication::translate("strata::dicom", "overflow 64-bit arithmetic"));
    s.storedBytes = (*bits + 7) / 8;
    s.decodedBytes = std::max(*decoded, s.storedBytes);
    if (s.decodedBytes > budget)
        return tooLarge(QCoreApplication::translate("strata::dicom", "would need %1 MiB, more than the %2 MiB decode budget")
                            .arg(double(s.decodedBytes) / 1048576.0, 0, 'f', 0).arg(double(budget) / 1048576.0, 0, 'f', 0));
    return s;
}

Status checkBeforeDecoding(const QString &path, const DicomHeader &h, const FileStructure &fs, const PixelSizes &sizes)
{
    const PixelDescription &pd = h.pixel;
    const QString &ts = fs.transferSyntaxUid;
    if (!fs.imageAttributeProblem.isEmpty())
        return Error(ErrorCode::Malformed, path, fs.imageAttributeProblem);
    // GDCM asserts on any other value for a three-sample image (Bitmap::SetPlanarConfiguration).
    if (pd.samplesPerPixel == 3 && pd.planarConfiguration > 1)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "Planar Configuration %1 is neither 0 nor 1").arg(pd.planarConfiguration));
    if (!fs.pixelDataEncapsulated) {
        // CVE-2024-25569: GDCM's RAWCodec reads as many bytes as the header declares.
        const bool ybr422 = pd.photometric == QLatin1String("YBR_FULL_422");
        const std::uint64_t needed = ybr422 ? sizes.storedBytes / 3 * 2 : sizes.storedBytes;
        if (fs.pixelDataLength < needed)
            return Error(ErrorCode::Malformed, path,
                         QCoreApplication::translate("strata::dicom", "truncated: pixel data holds %1 bytes but %2×%3×%4 at %5 bits needs %6")
                             .arg(fs.pixelDataLength).arg(pd.columns).arg(pd.rows).arg(pd.frames).arg(pd.bitsAllocated).arg(needed));
    }
    if (pd.photometric == QLatin1String("PALETTE COLOR"))
        if (Status st = checkPalette(path, pd, fs); !st.ok())
            return st;
    if (!fs.pixelDataEncapsulated)
        return {};
    if (fs.fragments.empty())
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "encapsulated pixel data has no fragments"));
    const bool jpeg = isJpegFamily(ts), j2k = isJ2k(ts), rle = ts == QLatin1String("1.2.840.10008.1.2.5");
    if (!jpeg && !j2k && !rle)
        return {};  // not decoded by GDCM here (refused before) or no dimensions to compare

    auto mappedFile = MappedFile::open(path, fs);
    if (!mappedFile.ok())
        return mappedFile.error();
    const MappedFile &mapped = *mappedFile.value();
    auto fragment = [&](std::size_t i) { return mapped.fragment(fs, i); };

    if (rle) {
        // 1 bit (a segmentation): one segment of the frame's packed bits, decoded by Strata.
        const bool bits = pd.bitsAllocated == 1 && pd.samplesPerPixel == 1;
        if (!bits && pd.bitsAllocated != 8 && pd.bitsAllocated != 16 && pd.bitsAllocated != 32)
            return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "RLE with %1 bits allocated").arg(pd.bitsAllocated));
        if (fs.fragments.size() != std::size_t(pd.frames))
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "RLE pixel data has %1 fragments for %2 frames").arg(fs.fragments.size()).arg(pd.frames));
        const std::uint32_t segments = bits ? 1 : std::uint32_t(pd.samplesPerPixel * pd.bitsAllocated / 8);
        const std::uint64_t planeBytes = bits ? (sizes.pixelsPerFrame + 7) / 8 : sizes.pixelsPerFrame;
        if (segments > 15)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "RLE cannot hold %1 segments").arg(segments));
        for (std::size_t i = 0; i < fs.fragments.size(); ++i) {
            ++t_codecHeaders;
            const QString why = checkRleFrame(fragment(i), segments, planeBytes);
            if (!why.isEmpty())
                return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "frame %1: %2").arg(i + 1).arg(why));
        }
        return {};
    }

    // JPEG, JPEG-LS, JPEG 2000: every fragment that starts a codec stream starts a frame.
    const auto starts = jpeg ? startsJpeg : startsJ2k;
    if (!starts(fragment(0)))
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the first fragment does not start a %1 stream").arg(jpeg ? "JPEG" : "JPEG 2000"));
    const std::uint64_t frameBytes = sizes.decodedBytes / std::uint64_t(pd.frames);
    const auto streams = mapped.streamFrames(fs, starts);
    for (std::size_t k = 0; k < streams.size(); ++k) {
        const auto [i, end] = streams[k];
        const int frames = int(k) + 1;   // the frame's number, for the messages
        if (frames > pd.frames)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the pixel data encodes more frames than the %1 declared").arg(pd.frames));
        // The frame's bytes, its first 64 KiB of them being enough for the headers.
        // JPEG 2000: up to 1 MiB, for OpenJPEG to read the main header from.
        const std::uint64_t keep = jpeg ? (64u << 10) : (1u << 20);
        std::vector<std::uint8_t> gathered;
        std::uint64_t compressed = 0;
        for (std::size_t j = i; j < end; ++j) {
            const Bytes f = fragment(j);
            compressed += f.size;
            const std::uint64_t take = std::min<std::uint64_t>(f.size, keep - std::min<std::uint64_t>(gathered.size(), keep));
            gathered.insert(gathered.end(), f.data, f.data + take);
        }
        QString why;
        ++t_codecHeaders;
        const Bytes head{gathered.data(), gathered.size()};
        const auto sh = jpeg ? jpegFrameHeader(head, &why) : j2kSize(head, &why);
        if (!sh)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "frame %1: %2").arg(frames).arg(why));
        if (sh->columns != std::uint32_t(pd.columns) || sh->rows != std::uint32_t(pd.rows)
            || sh->components != std::uint32_t(pd.samplesPerPixel) || sh->precision > std::uint32_t(pd.bitsAllocated)
            || sh->precision == 0 || sh->subsampled)
            return Error(ErrorCode::Malformed, path,
                         QCoreApplication::translate("strata::dicom", "frame %1: the %2 stream holds %3×%4 pixels, %5 component(s) of %6 bits%7 where the header "
                                        "declares %8×%9, %10 sample(s) in %11 bits")
                             .arg(frames).arg(jpeg ? "JPEG" : "JPEG 2000").arg(sh->columns).arg(sh->rows).arg(sh->components)
                             .arg(sh->precision).arg(sh->subsampled ? QStringLiteral(" (subsampled)") : QString())
                             .arg(pd.columns).arg(pd.rows).arg(pd.samplesPerPixel).arg(pd.bitsAllocated));
        if (!jpeg && !j2kMainHeaderReads(head))
            return Error(ErrorCode::Malformed, path,
                         QCoreApplication::translate("strata::dicom", "frame %1: OpenJPEG cannot read the JPEG 2000 main header%2").arg(frames)
                             .arg(gathered.size() < compressed ? QCoreApplication::translate("strata::dicom", " in the first MiB") : QString()));
        if (!jpeg && !isHtj2k(ts)) {
            // GDCM walks the frame's first fragment alone (header probe, and the decoding of a
            // multi-frame image) and the whole frame (decoding a single frame).
            QString walk = gdcmJ2kWalk(fragment(i), false);
            if (walk.isEmpty() && compressed > fragment(i).size)
                walk = gdcmJ2kWalk(head, gathered.size() < compressed);
            if (!walk.isEmpty())
                return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "frame %1: %2").arg(frames).arg(walk));
        }
        // DCT and lossless JPEG cannot compress beyond ~1:512 (a 2-bit DC code and an end of
        // block per 8×8 block): a tiny stream that asks for a huge frame is not decoded.
        if (isDctOrLosslessJpeg(ts) && compressed * 1024 < frameBytes)
            return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "frame %1: %2 bytes of JPEG cannot hold a %3-byte frame")
                                                         .arg(frames).arg(compressed).arg(frameBytes));
    }
    return {};
}

bool isHtj2k(const QString &uid)
{
    return uid == QLatin1String("1.2.840.10008.1.2.4.201") || uid == QLatin1String("1.2.840.10008.1.2.4.202")
           || uid == QLatin1String("1.2.840.10008.1.2.4.203");
}

Result<std::unique_ptr<MappedFile>> MappedFile::open(const QString &path, const FileStructure &fs)
{
    auto mapped = std::make_unique<MappedFile>();
    mapped->m_file.setFileName(path);
    if (!mapped->m_file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot open: ") + mapped->m_file.errorString());
    const qint64 size = mapped->m_file.size();
    mapped->m_data = size > 0 ? mapped->m_file.map(0, size) : nullptr;
    if (!mapped->m_data || std::uint64_t(size) != fs.fileSize)
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "the file changed while it was read"));
    return mapped;
}

std::vector<std::pair<std::size_t, std::size_t>> MappedFile::streamFrames(const FileStructure &fs, bool (*starts)(Bytes)) const
{
    std::vector<std::pair<std::size_t, std::size_t>> frames;
    for (std::size_t i = 0; i < fs.fragments.size(); ++i) {
        if (starts(fragment(fs, i)))
            frames.emplace_back(i, i + 1);
        else if (!frames.empty())
            frames.back().second = i + 1;
    }
    return frames;
}

bool decodedByStrataOnly(const QString &uid) { return isHtj2k(uid) || uid == QLatin1String(kDeflatedImageFrame); }

std::uint64_t codecHeadersChecked() { return t_codecHeaders; }

std::optional<CodestreamCoding> codestreamCoding(Bytes b)
{
    if (startsJpeg(b)) {
        QString why;
        const std::optional<StreamHeader> frame = jpegFrameHeader(b, &why);
        if (!frame)
            return std::nullopt;
        switch (frame->frameMarker) {
        case 0xC0: case 0xC1: case 0xC2: case 0xC5: case 0xC6: case 0xC9: case 0xCA: case 0xCD: case 0xCE:
            return CodestreamCoding{true, QStringLiteral("ISO_10918_1")};   // DCT: baseline, extended, progressive, hierarchical
        case 0xF7:   // JPEG-LS: lossy when its scan allows an error (NEAR)
            if (frame->nearLossless < 0)
                return std::nullopt;
            return frame->nearLossless > 0 ? CodestreamCoding{true, QStringLiteral("ISO_14495_1")} : CodestreamCoding{false, QString()};
        default:
            return CodestreamCoding{false, QString()};   // lossless (process 14 and its kin)
        }
    }
    if (startsJ2k(b))
        return j2kCoding(b);
    return std::nullopt;
}

std::optional<CodestreamCoding> firstFragmentCoding(const QString &path, const FileStructure &fs)
{
    if (!fs.hasPixelData || !fs.pixelDataEncapsulated || fs.deflated || fs.fragments.empty())
        return std::nullopt;
    auto mapped = MappedFile::open(path, fs);
    if (!mapped.ok())
        return std::nullopt;
    return codestreamCoding(mapped.value()->fragment(fs, 0));
}

} // namespace strata::dicom::detail
