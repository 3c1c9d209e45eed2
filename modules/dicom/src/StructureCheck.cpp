#include "StructureCheck.h"

#include <strata/dicom/TransferSyntax.h>

#include <gdcmTransferSyntax.h>
#include <gdcmVR.h>

#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>

#include <zlib.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

namespace strata::dicom::detail {
namespace {

constexpr int kMaxDepth = 48;
constexpr std::uint32_t kUndefined = 0xFFFFFFFFu;

thread_local std::uint64_t t_walkWork = 0;

QString tagText(std::uint16_t g, std::uint16_t e)
{
    return QStringLiteral("(%1,%2)")
        .arg(g, 4, 16, QLatin1Char('0'))
        .arg(e, 4, 16, QLatin1Char('0'))
        .toUpper();
}

bool isLongVr(const char *vr)
{
    static const char *kLong[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT", "SV", "UV"};
    for (const char *l : kLong)
        if (vr[0] == l[0] && vr[1] == l[1])
            return true;
    return false;
}

bool isVrChars(const char *vr)
{
    return vr[0] >= 'A' && vr[0] <= 'Z' && vr[1] >= 'A' && vr[1] <= 'Z';
}

/// The VR as GDCM's explicit reader takes it: INVALID makes GDCM abandon the explicit reading
/// and try others (VR16Explicit, ExplicitImplicit) in which lengths mean something else, and two
/// capitals it does not know are UN to it, with a 32-bit length. The walk reads each VR so too.
gdcm::VR::VRType gdcmVr(const char *vr)
{
    return gdcm::VR::GetVRTypeFromFile(vr);
}

/// A VR that GDCM knows by name (not one it takes for UN).
bool isGdcmVr(const char *vr)
{
    const gdcm::VR::VRType t = gdcmVr(vr);
    return t != gdcm::VR::INVALID && (t != gdcm::VR::UN || (vr[0] == 'U' && vr[1] == 'N'));
}

/// One attempt to walk a data set in one encoding.
class Walker {
public:
    /// `completeData`: the data end where the data set ends (not so while a deflated data set is
    /// inflated only in part). `stopAtPixelData`: a header read, which ends with the top-level
    /// pixel data element (its length checked, nothing after it walked).
    Walker(const std::uint8_t *data, bool bigEndian, bool stopAtPixelData, bool completeData)
        : m_p(data), m_big(bigEndian), m_stopAtPixelData(stopAtPixelData), m_completeData(completeData)
    {
    }

    QString error;          ///< empty while all is well
    std::uint64_t errorAt = 0;
    bool hasPixelData = false;
    bool encapsulated = false;
    std::uint64_t pixelOffset = 0;
    std::uint64_t pixelLength = 0;
    std::uint16_t pixelElement = 0x0010;
    std::uint64_t pixelElementOffset = 0;
    int fragments = 0;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> fragmentList;
    int elementsSeen = 0;
    bool stoppedAtPixelData = false;
    /// The first image attribute with a VR GDCM's image reader asserts on (see checkImageAttributeVr).
    QString attributeProblem;
    /// Where zero bytes that end the data set start (GDCM does not read them as padding).
    std::optional<std::uint64_t> paddingAt;

    /// (0000,0000) at `o` encoded as a group length: UL, 4 bytes.
    bool commandGroupLength(std::uint64_t o, std::uint64_t end, bool explicitVr) const
    {
        if (end - o < 12)
            return false;
        if (explicitVr)
            return m_p[o + 4] == 'U' && m_p[o + 5] == 'L' && rd16(o + 6, m_big) == 4;
        return rd32(o + 4, m_big) == 4;
    }

    /// Walks [begin, end) as a data set; with untilDelimiter, stops after an item delimiter.
    bool walk(std::uint64_t begin, std::uint64_t end, int depth, bool topLevel, bool explicitVr,
              bool untilDelimiter, std::uint64_t *stoppedAt)
    {
        if (depth > kMaxDepth)
            return fail(begin, QCoreApplication::translate("strata::dicom", "sequences nested deeper than %1 levels").arg(kMaxDepth));
        std::uint64_t o = begin;
        while (o < end) {
            if (end - o < 8) {
                // Trailing padding shorter than an element header is tolerated at the very end:
                // zero bytes, or fewer than a tag (GDCM stops there cleanly). A tag and part of a
                // VR or length would make GDCM assert, or, zeros, start reading again otherwise.
                if (topLevel && !untilDelimiter) {
                    if (!m_completeData)
                        return true;
                    bool zeros = true;
                    for (std::uint64_t i = o; i < end; ++i)
                        zeros = zeros && m_p[i] == 0;
                    if (zeros || end - o < 4) {
                        paddingAt = o;
                        return true;
                    }
                }
                return fail(o, QCoreApplication::translate("strata::dicom", "data ends in the middle of an element header"));
            }
            const std::uint16_t g = rd16(o, m_big);
            const std::uint16_t e = rd16(o + 2, m_big);
            ++t_walkWork;
            // Zero bytes up to the end of the file after a complete data set: padding that some
            // writers leave (GDCM and DCMTK ignore it too). Where the zeros start is found once
            // per walk: testing "only zeros from here on" at each (0000,0000) made a long run of
            // zeros followed by one other byte quadratic.
            if (topLevel && !untilDelimiter && g == 0 && e == 0 && m_completeData && o >= zeroTailStart(begin, end)) {
                paddingAt = o;
                return true;
            }
            // Zero bytes that are not the end of the file, unless they are a command group length
            // (0000,0000) UL of 4 bytes: DCMTK's storescu sends one inside the data set when it
            // read trailing zeros as elements, and the receiver stores it (GDCM and DCMTK read
            // such files; refusing one lost a received instance).
            if (g == 0 && e == 0 && !commandGroupLength(o, end, explicitVr))
                return fail(o, QCoreApplication::translate("strata::dicom", "zero bytes where a data element was expected"));
            if (g == 0xFFFE) {
                if (e == 0xE00D && untilDelimiter) {
                    if (stoppedAt)
                        *stoppedAt = o + 8;
                    return true;
                }
                return fail(o, QCoreApplication::translate("strata::dicom", "unexpected item tag %1 inside a data set").arg(tagText(g, e)));
            }
            std::uint64_t header = 8;
            std::uint32_t length = 0;
            char vr[2] = {0, 0};
            bool vrKnown = false;
            if (explicitVr) {
                std::memcpy(vr, m_p + o + 4, 2);
                const gdcm::VR::VRType type = gdcmVr(vr);
                if (type == gdcm::VR::INVALID || !isVrChars(vr))
                    return fail(o, QCoreApplication::translate("strata::dicom", "element %1 has an invalid VR").arg(tagText(g, e)));
                if (type == gdcm::VR::UN) {
                    vr[0] = 'U';  // an unknown VR: GDCM reads it as UN
                    vr[1] = 'N';
                }
                vrKnown = true;
                if (isLongVr(vr)) {
                    if (end - o < 12)
                        return fail(o, QCoreApplication::translate("strata::dicom", "data ends in the middle of element %1").arg(tagText(g, e)));
                    length = rd32(o + 8, m_big);
                    header = 12;
                } else {
                    length = rd16(o + 6, m_big);
                    // GDCM reads 6 as 4 here (a fix for one vendor's files): the rest of the data
                    // set would then be read misaligned, with lengths the walk never saw.
                    if (length == 6 && g == 0x0009 && vr[0] == 'U' && vr[1] == 'L')
                        return fail(o, QCoreApplication::translate("strata::dicom", "element %1 (UL) declares 6 bytes").arg(tagText(g, e)));
                }
            } else {
                length = rd32(o + 4, m_big);
            }
            ++elementsSeen;
            if (topLevel && vrKnown && attributeProblem.isEmpty())
                checkImageAttributeVr(g, e, vr);
            const std::uint64_t value = o + header;
            const bool isPixel = topLevel && g == 0x7FE0 && (e == 0x0010 || e == 0x0008 || e == 0x0009);
            if (isPixel && m_stopAtPixelData && !m_completeData) {
                // A header read of a deflated file that is inflated only this far: the pixel data
                // is neither inflated nor walked.
                hasPixelData = true;
                stoppedAtPixelData = true;
                pixelElement = e;
                pixelElementOffset = o;
                pixelOffset = value;
                encapsulated = length == kUndefined;
                pixelLength = encapsulated ? 0 : length;
                return true;
            }
            if (length == kUndefined) {
                const bool sq = !vrKnown || (vr[0] == 'S' && vr[1] == 'Q') || (vr[0] == 'U' && vr[1] == 'N');
                if (isPixel && e == 0x0010 && (!vrKnown || vr[0] == 'O' || (vr[0] == 'U' && vr[1] == 'N'))) {
                    std::uint64_t after = 0;
                    if (!walkFragments(value, end, g, e, &after))
                        return false;
                    pixelElementOffset = o;
                    o = after;
                    if (m_stopAtPixelData)
                        return stopAtPixelData();
                    continue;
                }
                if (!sq)
                    return fail(o, QCoreApplication::translate("strata::dicom", "element %1 (VR %2) has undefined length")
                                       .arg(tagText(g, e), QString::fromLatin1(vr, 2)));
                // Items of a UN sequence of undefined length are implicit VR little endian.
                const bool itemsExplicit = (vrKnown && vr[0] == 'U') ? false : explicitVr;
                std::uint64_t after = 0;
                if (!walkSequence(value, end, depth + 1, itemsExplicit, true, &after, g, e))
                    return false;
                o = after;
                continue;
            }
            if (length > end - value) {
                if (isPixel)
                    return fail(o, QCoreApplication::translate("strata::dicom", "truncated: pixel data %1 declares %2 bytes but only %3 remain")
                                       .arg(tagText(g, e)).arg(length).arg(end - value));
                return fail(o, QCoreApplication::translate("strata::dicom", "element %1 declares %2 bytes but only %3 remain")
                                   .arg(tagText(g, e)).arg(length).arg(end - value));
            }
            if (vrKnown && vr[0] == 'S' && vr[1] == 'Q' && length > 0) {
                if (!walkSequence(value, value + length, depth + 1, explicitVr, false, nullptr, g, e))
                    return false;
            }
            // A value of defined length without a known VR (implicit, or UN) that starts with an
            // item is a sequence to GDCM when asked for one (GetValueAsSQ reads it as implicit,
            // then as explicit VR): its items must hold as well as the walk's own. In a big
            // endian data set too: an element inside one that declared 1.5 GB made GDCM allocate
            // it (fuzz_dicomdir).
            if ((!vrKnown || (vr[0] == 'U' && vr[1] == 'N')) && !isPixel && length >= 8
                && rd16(value, m_big) == 0xFFFE && rd16(value + 2, m_big) == 0xE000) {
                if (!walkNestedValue(value, length, depth, g, e))
                    return false;
            }
            if (isPixel && !hasPixelData) {
                hasPixelData = true;
                pixelElement = e;
                pixelElementOffset = o;
                pixelOffset = value;
                pixelLength = length;
                if (m_stopAtPixelData)
                    return stopAtPixelData();
            }
            o = value + length;
        }
        if (untilDelimiter)
            return fail(end, QCoreApplication::translate("strata::dicom", "truncated: an item of undefined length is not closed"));
        return true;
    }

private:
    const std::uint8_t *m_p;
    bool m_big;
    bool m_stopAtPixelData;
    bool m_completeData;

    /// An image attribute whose explicit VR GDCM's image reader asserts on (Attribute<>: the VR
    /// must be compatible with the dictionary's). Recorded, not refused: a header read is fine.
    void checkImageAttributeVr(std::uint16_t g, std::uint16_t e, const char *vr)
    {
        gdcm::VR::VRType expected = gdcm::VR::INVALID;
        if (g == 0x0028 && (e == 0x0002 || e == 0x0006 || e == 0x0010 || e == 0x0011 || (e >= 0x0100 && e <= 0x0103)))
            expected = gdcm::VR::US;
        else if (g == 0x0028 && e == 0x0008)
            expected = gdcm::VR::IS;
        else if ((g == 0x0028 && (e == 0x0030 || e == 0x1052 || e == 0x1053)) || (g == 0x0020 && (e == 0x0032 || e == 0x0037))
                 || (g == 0x0018 && (e == 0x0050 || e == 0x0088)))
            expected = gdcm::VR::DS;
        if (expected == gdcm::VR::INVALID)
            return;
        const gdcm::VR::VRType found = gdcmVr(vr);
        if (found == gdcm::VR::UN || gdcm::VR(expected).Compatible(gdcm::VR(found)))
            return;
        attributeProblem = QCoreApplication::translate("strata::dicom", "element %1 has VR %2 where %3 is expected")
                               .arg(tagText(g, e), QString::fromLatin1(vr, 2), QString::fromLatin1(gdcm::VR::GetVRString(expected)));
    }

    /// A value that GDCM may read as a sequence: implicit VR first, explicit VR when that fails.
    bool walkNestedValue(std::uint64_t value, std::uint32_t length, int depth, std::uint16_t g, std::uint16_t e)
    {
        const QString before = error;
        const std::uint64_t beforeAt = errorAt;
        if (m_big) {
            // Big endian items fail GDCM's implicit little endian reading at their first tag; it
            // then reads them as explicit VR big endian, as the walk does here.
            if (walkSequence(value, value + length, depth + 1, true, false, nullptr, g, e))
                return true;
            const QString explicitError = error;
            const std::uint64_t explicitAt = errorAt;
            error = before;
            errorAt = beforeAt;
            return fail(explicitAt, QCoreApplication::translate("strata::dicom", "element %1 holds items that are damaged: %2").arg(tagText(g, e), explicitError));
        }
        if (walkSequence(value, value + length, depth + 1, false, false, nullptr, g, e))
            return true;
        const QString implicitError = error;
        const std::uint64_t implicitAt = errorAt;
        error = before;
        errorAt = beforeAt;
        if (walkSequence(value, value + length, depth + 1, true, false, nullptr, g, e))
            return true;
        error = before;
        errorAt = beforeAt;
        return fail(implicitAt, QCoreApplication::translate("strata::dicom", "element %1 holds items that are damaged: %2").arg(tagText(g, e), implicitError));
    }

    bool stopAtPixelData()
    {
        stoppedAtPixelData = true;
        return true;
    }
    std::uint64_t m_zeroTail = ~std::uint64_t(0);

    /// Where the run of zero bytes that ends the top-level range starts (computed once).
    std::uint64_t zeroTailStart(std::uint64_t begin, std::uint64_t end)
    {
        if (m_zeroTail == ~std::uint64_t(0)) {
            std::uint64_t at = end;
            while (at > begin && m_p[at - 1] == 0)
                --at;
            t_walkWork += end - at + 1;
            m_zeroTail = at;
        }
        return m_zeroTail;
    }

    std::uint16_t rd16(std::uint64_t o, bool big) const
    {
        return big ? std::uint16_t(m_p[o] << 8 | m_p[o + 1]) : std::uint16_t(m_p[o] | m_p[o + 1] << 8);
    }
    std::uint32_t rd32(std::uint64_t o, bool big) const
    {
        if (big)
            return std::uint32_t(m_p[o]) << 24 | std::uint32_t(m_p[o + 1]) << 16 | std::uint32_t(m_p[o + 2]) << 8 | m_p[o + 3];
        return std::uint32_t(m_p[o]) | std::uint32_t(m_p[o + 1]) << 8 | std::uint32_t(m_p[o + 2]) << 16 | std::uint32_t(m_p[o + 3]) << 24;
    }

    bool fail(std::uint64_t at, const QString &why)
    {
        if (error.isEmpty()) {
            error = why;
            errorAt = at;
        }
        return false;
    }

    bool readItemHeader(std::uint64_t o, std::uint64_t end, std::uint16_t *g, std::uint16_t *e, std::uint32_t *len)
    {
        if (end - o < 8 || o > end)
            return fail(o, QCoreApplication::translate("strata::dicom", "truncated: data ends inside a sequence"));
        *g = rd16(o, m_big);
        *e = rd16(o + 2, m_big);
        *len = rd32(o + 4, m_big);
        return true;
    }

    bool walkSequence(std::uint64_t begin, std::uint64_t end, int depth, bool explicitVr, bool undefinedLength,
                      std::uint64_t *after, std::uint16_t sg, std::uint16_t se)
    {
        if (depth > kMaxDepth)
            return fail(begin, QCoreApplication::translate("strata::dicom", "sequences nested deeper than %1 levels").arg(kMaxDepth));
        std::uint64_t o = begin;
        while (o < end) {
            std::uint16_t g, e;
            std::uint32_t len;
            if (!readItemHeader(o, end, &g, &e, &len))
                return false;
            if (g == 0xFFFE && e == 0xE0DD) {
                if (!undefinedLength)
                    return fail(o, QCoreApplication::translate("strata::dicom", "sequence delimiter inside sequence %1 of defined length").arg(tagText(sg, se)));
                *after = o + 8;
                return true;
            }
            if (g != 0xFFFE || e != 0xE000)
                return fail(o, QCoreApplication::translate("strata::dicom", "sequence %1 holds %2 where an item was expected")
                                   .arg(tagText(sg, se), tagText(g, e)));
            const std::uint64_t value = o + 8;
            if (len == kUndefined) {
                std::uint64_t stopped = 0;
                if (!walk(value, end, depth + 1, false, explicitVr, true, &stopped))
                    return false;
                o = stopped;
            } else {
                if (len > end - value)
                    return fail(o, QCoreApplication::translate("strata::dicom", "an item of sequence %1 declares %2 bytes but only %3 remain")
                                       .arg(tagText(sg, se)).arg(len).arg(end - value));
                if (!walk(value, value + len, depth + 1, false, explicitVr, false, nullptr))
                    return false;
                o = value + len;
            }
        }
        if (undefinedLength)
            return fail(end, QCoreApplication::translate("strata::dicom", "truncated: sequence %1 is not closed").arg(tagText(sg, se)));
        return true;
    }

    bool walkFragments(std::uint64_t begin, std::uint64_t end, std::uint16_t pg, std::uint16_t pe, std::uint64_t *after)
    {
        hasPixelData = true;
        encapsulated = true;
        pixelOffset = begin;
        pixelLength = 0;
        fragments = 0;
        fragmentList.clear();
        std::uint64_t o = begin;
        bool first = true;
        while (o < end) {
            std::uint16_t g, e;
            std::uint32_t len;
            if (!readItemHeader(o, end, &g, &e, &len))
                return false;
            if (g == 0xFFFE && e == 0xE0DD) {
                // GDCM reads a delimiter's length as a fragment's and allocates it (4 GiB for
                // 0xFFFFFFFA): one that is not 0 is refused here.
                if (len != 0)
                    return fail(o, QCoreApplication::translate("strata::dicom", "the sequence delimiter of encapsulated pixel data %1 declares %2 bytes (none are allowed)")
                                       .arg(tagText(pg, pe)).arg(len));
                *after = o + 8;
                return true;
            }
            if (g != 0xFFFE || e != 0xE000)
                return fail(o, QCoreApplication::translate("strata::dicom", "encapsulated pixel data %1 holds %2 where a fragment was expected")
                                   .arg(tagText(pg, pe), tagText(g, e)));
            if (len == kUndefined || len > end - (o + 8))
                return fail(o, QCoreApplication::translate("strata::dicom", "truncated: a pixel data fragment declares %1 bytes but only %2 remain")
                                   .arg(len).arg(end - (o + 8)));
            ++t_walkWork;
            if (!first) {
                ++fragments;
                pixelLength += len;
                fragmentList.emplace_back(o + 8, len);
            }
            first = false;
            o += 8 + std::uint64_t(len);
        }
        return fail(end, QCoreApplication::translate("strata::dicom", "truncated: encapsulated pixel data is not closed by a sequence delimiter"));
    }
};

bool looksLikeDataSetStart(const std::uint8_t *p, std::uint64_t size)
{
    if (size < 8)
        return false;
    const std::uint16_t le = std::uint16_t(p[0] | p[1] << 8);
    const std::uint16_t be = std::uint16_t(p[0] << 8 | p[1]);
    // Group 0000 (commands) never starts a stored data set: a file of zero bytes is not DICOM.
    auto plausible = [](std::uint16_t g) { return g != 0 && g % 2 == 0 && g <= 0x0028; };
    return plausible(le) || plausible(be);
}

/// Raw deflate (PS3.5 A.5) inflated on demand, never beyond a limit.
class Inflater {
public:
    Inflater(const QString &path, const std::uint8_t *p, std::uint64_t size) : m_path(path), m_in(p), m_left(size) {}
    ~Inflater()
    {
        if (m_started)
            inflateEnd(&m_zs);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    std::vector<std::uint8_t> out;
    bool finished() const { return m_finished; }

    /// Inflates until `out` holds at least `target` bytes or the stream ends; more than `limit`
    /// bytes is an error (TooLarge).
    Status inflateTo(std::uint64_t target, std::uint64_t limit, const char *limitName)
    {
        if (!m_started) {
            if (inflateInit2(&m_zs, -MAX_WBITS) != Z_OK)
                return Error(ErrorCode::Internal, m_path, QCoreApplication::translate("strata::dicom", "zlib could not be initialised"));
            m_started = true;
        }
        std::uint8_t chunk[65536];
        while (!m_finished && out.size() < target) {
            if (m_zs.avail_in == 0 && m_left > 0) {
                const std::uint64_t n = std::min<std::uint64_t>(m_left, 1u << 30);
                m_zs.next_in = const_cast<Bytef *>(m_in);
                m_zs.avail_in = uInt(n);
                m_in += n;
                m_left -= n;
            }
            m_zs.next_out = chunk;
            m_zs.avail_out = sizeof chunk;
            const int rc = inflate(&m_zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && m_zs.avail_in == 0))
                return Error(ErrorCode::Malformed, m_path, QCoreApplication::translate("strata::dicom", "deflated data set is corrupt (zlib: %1)")
                                                               .arg(QString::fromLatin1(m_zs.msg ? m_zs.msg : "error")));
            const std::size_t produced = sizeof chunk - m_zs.avail_out;
            if (out.size() + produced > limit)
                return Error(ErrorCode::TooLarge, m_path, QCoreApplication::translate("strata::dicom", "the deflated data set inflates beyond the %1 MiB allowed for %2")
                                                              .arg(limit >> 20).arg(QLatin1String(limitName)));
            out.insert(out.end(), chunk, chunk + produced);
            // The end marker, or input exhausted without one: take what there is, the walk judges.
            if (rc == Z_STREAM_END || (m_zs.avail_in == 0 && m_left == 0 && produced < sizeof chunk))
                m_finished = true;
        }
        return {};
    }

private:
    QString m_path;
    const std::uint8_t *m_in;
    std::uint64_t m_left;
    z_stream m_zs{};
    bool m_started = false;
    bool m_finished = false;
};

} // namespace

Result<FileStructure> checkStructure(const QString &path, const char *bytes, std::uint64_t size, StructureScope scope)
{
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes);
    FileStructure fs;
    fs.fileSize = size;
    fs.scope = scope;
    const bool header = scope == StructureScope::Header;
    if (size == 0)
        return Error(ErrorCode::NotDicom, path, QCoreApplication::translate("strata::dicom", "empty file"));

    std::uint64_t o = 0;
    if (size >= 132 && std::memcmp(p + 128, "DICM", 4) == 0) {
        fs.hasPreamble = true;
        o = 132;
    } else if (!looksLikeDataSetStart(p, size)) {
        return Error(ErrorCode::NotDicom, path,
                     QCoreApplication::translate("strata::dicom", "not a DICOM file (no \"DICM\" marker and the data does not start like a DICOM data set)"));
    }

    // File meta information: always explicit VR little endian.
    const std::uint64_t metaStart = o;
    bool metaPlain = true;  // every meta element explicit, in a VR GDCM knows
    bool seenSyntax = false;
    std::optional<std::uint64_t> declaredMetaEnd;
    while (size - o >= 8 && p[o] == 0x02 && p[o + 1] == 0x00) {
        const std::uint16_t e = std::uint16_t(p[o + 2] | p[o + 3] << 8);
        const char vr[2] = {char(p[o + 4]), char(p[o + 5])};
        std::uint64_t header = 8;
        std::uint64_t length = 0;
        if (!isGdcmVr(vr))
            metaPlain = false;
        if (!isVrChars(vr)) {
            // Some writers put an implicit VR meta group; accept it.
            length = std::uint32_t(p[o + 4] | p[o + 5] << 8 | p[o + 6] << 16 | std::uint32_t(p[o + 7]) << 24);
        } else if (isLongVr(vr)) {
            if (size - o < 12)
                return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "truncated inside the file meta information"));
            length = std::uint32_t(p[o + 8] | p[o + 9] << 8 | p[o + 10] << 16 | std::uint32_t(p[o + 11]) << 24);
            header = 12;
        } else {
            length = std::uint16_t(p[o + 6] | p[o + 7] << 8);
        }
        if (length > size - o - header)
            return Error(ErrorCode::Malformed, path,
                         QCoreApplication::translate("strata::dicom", "file meta element (0002,%1) at byte %2 declares %3 bytes but only %4 remain")
                             .arg(e, 4, 16, QLatin1Char('0')).arg(o).arg(length).arg(size - o - header));
        if (e == 0x0000 && length == 4 && o == metaStart)
            declaredMetaEnd = o + header + length + (std::uint64_t(p[o + header]) | std::uint64_t(p[o + header + 1]) << 8
                                                     | std::uint64_t(p[o + header + 2]) << 16 | std::uint64_t(p[o + header + 3]) << 24);
        if (e == 0x0010 && seenSyntax)
            metaPlain = false;  // GDCM keeps the first, the walk the last: the copy settles it
        if (e == 0x0010) {
            seenSyntax = true;
            QByteArray uid(reinterpret_cast<const char *>(p + o + header), qsizetype(length));
            while (!uid.isEmpty() && (uid.back() == '\0' || uid.back() == ' '))
                uid.chop(1);
            fs.transferSyntaxUid = QString::fromLatin1(uid);
        }
        o += header + length;
    }
    // A file meta element cut short of its header: GDCM asserts reading it.
    if (size > o && p[o] == 0x02 && (size - o < 2 || p[o + 1] == 0x00))
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "truncated inside the file meta information"));
    fs.hasFileMeta = o > metaStart;
    if (declaredMetaEnd && *declaredMetaEnd != o)
        metaPlain = false;  // a group length that lies: GDCM might end the meta elsewhere

    // The data set, in the declared encoding first, then in the others (files that lie about it
    // are common enough that GDCM and DCMTK accept them too).
    struct Encoding { bool explicitVr; bool big; const char *uid; };
    std::vector<Encoding> tries;
    const QString &ts = fs.transferSyntaxUid;
    const std::uint8_t *ds = p + o;
    std::uint64_t dsSize = size - o;
    bool completeData = true;
    if (ts == QLatin1String("1.2.840.10008.1.2.1.99")) {
        // Inflated once, here, within a limit; a header read inflates only up to the pixel data:
        // a little at first, twice as much each time the walk runs out of data.
        auto inflater = std::make_shared<Inflater>(path, ds, dsSize);
        const std::uint64_t limit = header ? kMaxInflatedHeader : kMaxInflatedWhole;
        std::uint64_t target = header ? std::uint64_t(1) << 20 : limit;
        for (;;) {
            if (Status st = inflater->inflateTo(target, limit, header ? "a header read" : "a whole read"); !st.ok())
                return st.error();
            if (inflater->finished() || !header)
                break;
            Walker probe(inflater->out.data(), false, true, false);
            if (probe.walk(0, inflater->out.size(), 0, true, true, false, nullptr) && probe.stoppedAtPixelData)
                break;
            target = std::min(limit, target * 2);
            if (inflater->out.size() >= limit)
                return Error(ErrorCode::TooLarge, path, QCoreApplication::translate("strata::dicom", "the deflated data set's header inflates beyond the %1 MiB allowed")
                                                            .arg(limit >> 20));
        }
        completeData = inflater->finished();
        auto inflated = std::make_shared<std::vector<std::uint8_t>>(std::move(inflater->out));
        ds = inflated->data();
        dsSize = inflated->size();
        fs.inflated = std::move(inflated);
        fs.deflated = true;
        tries.push_back({true, false, "1.2.840.10008.1.2.1.99"});
    } else if (ts == QLatin1String("1.2.840.10008.1.2")) {
        tries = {{false, false, "1.2.840.10008.1.2"}, {true, false, "1.2.840.10008.1.2.1"}};
    } else if (ts == QLatin1String("1.2.840.10008.1.2.2")) {
        tries = {{true, true, "1.2.840.10008.1.2.2"}, {true, false, "1.2.840.10008.1.2.1"}};
    } else if (!ts.isEmpty()) {
        tries = {{true, false, nullptr}, {false, false, "1.2.840.10008.1.2"}};
    } else {
        const bool vrLooksExplicit = dsSize >= 6 && isVrChars(reinterpret_cast<const char *>(ds + 4));
        const bool bigGroup = dsSize >= 2 && ds[0] == 0x00 && ds[1] != 0x00;
        if (vrLooksExplicit && bigGroup)
            tries = {{true, true, "1.2.840.10008.1.2.2"}, {true, false, "1.2.840.10008.1.2.1"}};
        else if (vrLooksExplicit)
            tries = {{true, false, "1.2.840.10008.1.2.1"}, {false, false, "1.2.840.10008.1.2"}};
        else
            tries = {{false, false, "1.2.840.10008.1.2"}, {true, false, "1.2.840.10008.1.2.1"}};
    }

    QString firstError;
    std::uint64_t firstErrorAt = 0;
    for (std::size_t i = 0; i < tries.size(); ++i) {
        const Encoding &enc = tries[i];
        Walker w(ds, enc.big, header, completeData);
        if (w.walk(0, dsSize, 0, true, enc.explicitVr, false, nullptr)) {
            if (w.elementsSeen == 0 && !fs.hasFileMeta)
                return Error(ErrorCode::NotDicom, path, QCoreApplication::translate("strata::dicom", "not a DICOM file (no data elements)"));
            fs.explicitVr = enc.explicitVr;
            fs.bigEndian = enc.big;
            if (enc.uid && (ts.isEmpty() || i > 0)) {
                if (!ts.isEmpty() && i > 0)
                    fs.declaredSyntaxProblem = QCoreApplication::translate("strata::dicom", "the data set does not follow its transfer syntax %1: %2 (at byte %3)")
                                                   .arg(ts, firstError).arg(firstErrorAt);
                fs.transferSyntaxUid = QString::fromLatin1(enc.uid);
                fs.transferSyntaxGuessed = true;
            }
            fs.hasPixelData = w.hasPixelData;
            fs.pixelDataEncapsulated = w.encapsulated;
            fs.pixelDataOffset = (fs.deflated ? 0 : o) + w.pixelOffset;
            fs.pixelDataLength = w.pixelLength;
            fs.pixelDataFragments = w.fragments;
            fs.pixelDataElement = w.pixelElement;
            fs.pixelElementOffset = (fs.deflated ? 0 : o) + w.pixelElementOffset;
            fs.fragments = std::move(w.fragmentList);
            if (!fs.deflated)
                for (auto &f : fs.fragments)
                    f.first += o;
            fs.dataSetOffset = o;
            // GDCM reads the file itself only where it reads it as the walk did: the declared
            // syntax (one GDCM 3.0 knows, exactly), followed, behind a preamble and a plain file meta.
            // Anywhere else GDCM's own guesses (explicit/implicit mixtures, 16-bit VRs, a
            // syntax derived from the data) would read lengths the walk never checked.
            fs.declaredSyntaxFollowed = i == 0 && !fs.deflated && transferSyntaxInfo(ts).uid == ts
                && gdcm::TransferSyntax::GetTSType(ts.toLatin1().constData()) != gdcm::TransferSyntax::TS_END;
            // Zero bytes after the data set are no element to GDCM: it gives up its reading there
            // and starts again as explicit/implicit little endian, whatever the file said.
            fs.imageAttributeProblem = w.attributeProblem;
            if (w.paddingAt)
                fs.paddingOffset = (fs.deflated ? 0 : o) + *w.paddingAt;
            fs.gdcmReadsFile = fs.declaredSyntaxFollowed && fs.hasPreamble && fs.hasFileMeta && metaPlain
                && !w.paddingAt;
            return fs;
        }
        if (i == 0) {
            firstError = w.error;
            firstErrorAt = (fs.deflated ? 0 : o) + w.errorAt;
        }
    }
    if (!fs.hasPreamble && !fs.hasFileMeta && firstErrorAt < 16)
        return Error(ErrorCode::NotDicom, path, QCoreApplication::translate("strata::dicom", "not a DICOM file (%1)").arg(firstError));
    return Error(ErrorCode::Malformed, path,
                 QCoreApplication::translate("strata::dicom", "%1 (at byte %2%3)").arg(firstError).arg(firstErrorAt)
                     .arg(fs.deflated ? QCoreApplication::translate("strata::dicom", " of the inflated data set") : QString()));
}

Result<std::string> normalizedCopy(const QString &path, const FileStructure &fs)
{
    // A header read copies only the data set before the pixel data; a deflated one, what the
    // walk inflated (no second inflation).
    const bool header = fs.scope == StructureScope::Header;
    QByteArray fileBytes;
    const std::uint8_t *ds = nullptr;
    std::uint64_t dsSize = 0;
    if (fs.deflated) {
        if (!fs.inflated)
            return Error(ErrorCode::Internal, path, QCoreApplication::translate("strata::dicom", "the inflated data set was not kept"));
        ds = fs.inflated->data();
        dsSize = fs.inflated->size();
        if (header && fs.hasPixelData)
            dsSize = std::min<std::uint64_t>(dsSize, fs.pixelElementOffset);
        if (fs.paddingOffset)
            dsSize = std::min<std::uint64_t>(dsSize, *fs.paddingOffset);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot open: ") + file.errorString());
        std::uint64_t wanted = header && fs.hasPixelData ? fs.pixelElementOffset : fs.fileSize;
        if (fs.paddingOffset)
            wanted = std::min(wanted, *fs.paddingOffset);  // GDCM would not read the padding as such
        fileBytes = file.read(qint64(wanted));
        if (std::uint64_t(fileBytes.size()) != wanted || wanted < fs.dataSetOffset)
            return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "the file changed while it was read"));
        ds = reinterpret_cast<const std::uint8_t *>(fileBytes.constData()) + fs.dataSetOffset;
        dsSize = wanted - fs.dataSetOffset;
    }
    QByteArray uid;
    if (fs.declaredSyntaxFollowed)
        uid = fs.transferSyntaxUid.toLatin1();  // a syntax GDCM knows, followed (e.g. encapsulated)
    else if (!fs.explicitVr)
        uid = "1.2.840.10008.1.2";
    else if (fs.bigEndian)
        uid = "1.2.840.10008.1.2.2";
    else
        uid = "1.2.840.10008.1.2.1";
    if (uid.size() % 2)
        uid.append('\0');
    std::string out;
    out.reserve(std::size_t(dsSize) + 256);
    out.assign(128, '\0');
    out += "DICM";
    auto put16 = [&](std::uint16_t v) { out.push_back(char(v & 0xFF)); out.push_back(char(v >> 8)); };
    auto put32 = [&](std::uint32_t v) { for (int i = 0; i < 4; ++i) out.push_back(char((v >> (8 * i)) & 0xFF)); };
    // (0002,0000) UL group length, (0002,0010) UI transfer syntax.
    put16(0x0002); put16(0x0000); out += "UL"; put16(4); put32(std::uint32_t(8 + uid.size()));
    put16(0x0002); put16(0x0010); out += "UI"; put16(std::uint16_t(uid.size())); out.append(uid.constData(), std::size_t(uid.size()));
    out.append(reinterpret_cast<const char *>(ds), std::size_t(dsSize));
    return out;
}

Result<FileStructure> checkFileStructure(const QString &path, StructureScope scope)
{
    // Opened without blocking and checked to be a regular file before anything is read: opening
    // a FIFO (on a disc image, in a DICOMDIR's folder) for reading would wait for a writer.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return Error(ErrorCode::NotFound, path, QCoreApplication::translate("strata::dicom", "file does not exist"));
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot open: ") + QString::fromLocal8Bit(std::strerror(err)));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error(ErrorCode::NotDicom, path, QCoreApplication::translate("strata::dicom", "not a regular file (a folder, FIFO, socket or device)"));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot open: ") + file.errorString());
    }
    const qint64 size = file.size();
    if (size == 0)
        return Error(ErrorCode::NotDicom, path, QCoreApplication::translate("strata::dicom", "empty file"));
    uchar *mapped = file.map(0, size);
    if (mapped) {
        auto r = checkStructure(path, reinterpret_cast<const char *>(mapped), std::uint64_t(size), scope);
        file.unmap(mapped);
        return r;
    }
    const QByteArray all = file.readAll();
    if (all.size() != size)
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "read failed: ") + file.errorString());
    return checkStructure(path, all.constData(), std::uint64_t(all.size()), scope);
}

Result<QString> declaredTransferSyntax(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, path, QCoreApplication::translate("strata::dicom", "file does not exist"));
    if (!info.isFile())
        return Error(ErrorCode::NotDicom, path, QCoreApplication::translate("strata::dicom", "not a regular file (a folder, FIFO, socket or device)"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot open: ") + file.errorString());
    // The meta group is small; 64 KiB bounds a lying one.
    const QByteArray head = file.read(132 + (64 << 10));
    if (head.size() < 132 || !head.mid(128, 4).startsWith("DICM"))
        return QString();
    const auto *p = reinterpret_cast<const std::uint8_t *>(head.constData());
    const std::uint64_t size = std::uint64_t(head.size());
    std::uint64_t o = 132;
    while (size - o >= 8 && p[o] == 0x02 && p[o + 1] == 0x00) {
        const std::uint16_t e = std::uint16_t(p[o + 2] | p[o + 3] << 8);
        const char vr[2] = {char(p[o + 4]), char(p[o + 5])};
        std::uint64_t header = 8;
        std::uint64_t length = 0;
        if (!isVrChars(vr)) {
            length = std::uint32_t(p[o + 4] | p[o + 5] << 8 | p[o + 6] << 16 | std::uint32_t(p[o + 7]) << 24);
        } else if (isLongVr(vr)) {
            if (size - o < 12)
                break;
            length = std::uint32_t(p[o + 8] | p[o + 9] << 8 | p[o + 10] << 16 | std::uint32_t(p[o + 11]) << 24);
            header = 12;
        } else {
            length = std::uint16_t(p[o + 6] | p[o + 7] << 8);
        }
        if (length > size - o - header)
            break;
        if (e == 0x0010) {
            QByteArray uid(reinterpret_cast<const char *>(p + o + header), qsizetype(length));
            while (!uid.isEmpty() && (uid.back() == '\0' || uid.back() == ' '))
                uid.chop(1);
            return QString::fromLatin1(uid);
        }
        o += header + length;
    }
    return QString();
}

std::uint64_t structureWalkWork() { return t_walkWork; }

} // namespace strata::dicom::detail
