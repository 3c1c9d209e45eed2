#include "PixelCoding.h"

#include <QFile>

namespace strata::dicom::detail {
namespace {

std::uint16_t be16(const std::uint8_t *p) { return std::uint16_t(p[0] << 8 | p[1]); }
std::uint32_t le32(const std::uint8_t *p) { return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24; }

/// ITU T.81 (JPEG) and T.87 (JPEG-LS): marker segments after SOI up to the frame header, and for
/// JPEG-LS on to the first scan header (NEAR is a scan parameter).
std::optional<CodestreamCoding> jpegCoding(const std::uint8_t *p, std::size_t n)
{
    std::size_t o = 2;   // after SOI
    bool jpegLs = false;
    while (o + 4 <= n) {
        if (p[o] != 0xFF)
            return std::nullopt;
        const std::uint8_t m = p[o + 1];
        if (m == 0xFF) {   // fill byte
            ++o;
            continue;
        }
        if (m == 0x01 || m == 0xD8 || (m >= 0xD0 && m <= 0xD7)) {   // markers without a length
            o += 2;
            continue;
        }
        const std::size_t length = be16(p + o + 2);
        if (length < 2)
            return std::nullopt;
        switch (m) {
        case 0xC0: case 0xC1: case 0xC2: case 0xC5: case 0xC6: case 0xC9: case 0xCA: case 0xCD: case 0xCE:
            return CodestreamCoding{true, QStringLiteral("ISO_10918_1")};   // DCT: baseline, extended, progressive, hierarchical
        case 0xC3: case 0xC7: case 0xCB: case 0xCF:
            return CodestreamCoding{false, QString()};                      // lossless (process 14 and its kin)
        case 0xF7:
            jpegLs = true;                                                  // SOF55: JPEG-LS; the scan says NEAR
            break;
        case 0xDA: {
            if (!jpegLs)
                return std::nullopt;
            // Ls, Ns, Ns × (Ci, Tmi), NEAR, ILV, Al/Ah.
            if (o + 5 > n)
                return std::nullopt;
            const std::size_t components = p[o + 4];
            const std::size_t nearAt = o + 5 + 2 * components;
            if (nearAt >= n || nearAt >= o + 2 + length)
                return std::nullopt;
            return p[nearAt] > 0 ? CodestreamCoding{true, QStringLiteral("ISO_14495_1")} : CodestreamCoding{false, QString()};
        }
        default:
            break;
        }
        o += 2 + length;
    }
    return std::nullopt;
}

/// ITU T.800 (JPEG 2000) and T.814 (HTJ2K): the main header's COD segment, whose last SPcod
/// parameter is the wavelet: 0 the irreversible 9-7, 1 the reversible 5-3.
std::optional<CodestreamCoding> j2kCoding(const std::uint8_t *p, std::size_t n, std::size_t o)
{
    bool highThroughput = false;
    o += 2;   // after SOC
    while (o + 4 <= n) {
        if (p[o] != 0xFF)
            return std::nullopt;
        const std::uint8_t m = p[o + 1];
        if (m == 0x90 || m == 0x93 || m == 0xD9)   // SOT, SOD, EOC: the main header ended without COD
            return std::nullopt;
        const std::size_t length = be16(p + o + 2);
        if (length < 2)
            return std::nullopt;
        if (m == 0x50)   // CAP: Part 15 capabilities
            highThroughput = true;
        if (m == 0x52) {
            // Lcod, Scod, SGcod (progression, layers ×2, MCT), SPcod (levels, xcb, ycb, style, transform).
            const std::size_t transformAt = o + 2 + 2 + 1 + 4 + 4;
            if (length < 12 || transformAt >= n)
                return std::nullopt;
            if (p[transformAt] == 1)
                return CodestreamCoding{false, QString()};
            return CodestreamCoding{true, highThroughput ? QStringLiteral("ISO_15444_15") : QStringLiteral("ISO_15444_1")};
        }
        o += 2 + length;
    }
    return std::nullopt;
}

} // namespace

std::optional<CodestreamCoding> codestreamCoding(const std::uint8_t *p, std::size_t n)
{
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xD8)
        return jpegCoding(p, n);
    // A bare codestream (SOC, SIZ), or one in a JP2 file's boxes as some writers leave it.
    for (std::size_t o = 0; o + 4 <= std::min<std::size_t>(n, 512); ++o)
        if (p[o] == 0xFF && p[o + 1] == 0x4F && p[o + 2] == 0xFF && p[o + 3] == 0x51)
            return j2kCoding(p, n, o);
    return std::nullopt;
}

std::optional<CodestreamCoding> firstFragmentCoding(const QString &path, const FileStructure &fs)
{
    if (!fs.hasPixelData || !fs.pixelDataEncapsulated || fs.deflated)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    constexpr std::uint32_t kEnough = 64 * 1024;   // a main header with generous comments and tables
    if (!fs.fragments.empty()) {   // the walk listed them
        const auto [offset, length] = fs.fragments.front();
        if (!file.seek(qint64(offset)))
            return std::nullopt;
        const QByteArray bytes = file.read(qint64(std::min(length, kEnough)));
        return codestreamCoding(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    }
    // The offset table's item, then the first fragment's.
    std::uint64_t o = fs.pixelDataOffset;
    for (int item = 0; item < 2; ++item) {
        std::uint8_t header[8];
        if (!file.seek(qint64(o)) || file.read(reinterpret_cast<char *>(header), 8) != 8)
            return std::nullopt;
        if (header[0] != 0xFE || header[1] != 0xFF || header[2] != 0x00 || header[3] != 0xE0)
            return std::nullopt;
        const std::uint32_t length = le32(header + 4);
        if (length == 0xFFFFFFFFu)
            return std::nullopt;
        if (item == 1) {
            const QByteArray bytes = file.read(qint64(std::min(length, kEnough)));
            return codestreamCoding(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        }
        o += 8 + length;
    }
    return std::nullopt;
}

} // namespace strata::dicom::detail
