#include <strata/dicom/Charset.h>

#include <QByteArrayView>
#include <QList>

#include <array>
#include <cerrno>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include <iconv.h>

namespace strata::dicom {
namespace {

/// Byte encodings a decoded run is handed to. Latin-1 and UTF-8 are decoded by Qt, the rest by
/// glibc iconv. Every one of them reads bytes below 0x80 as ASCII.
enum class Codec : std::uint8_t {
    Latin1, Utf8, Latin2, Latin3, Latin4, Cyrillic, Arabic, Greek, Hebrew, Latin5, Latin9, Thai,
    EucJp, EucKr, Gb2312, Gb18030, Gbk,
};
constexpr std::array<const char *, 17> kIconvNames = {
    "ISO-8859-1", "UTF-8",      "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5",
    "ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "ISO-8859-9", "ISO-8859-15", "TIS-620",
    "EUC-JP",     "EUC-KR",     "GB2312",     "GB18030",    "GBK",
};

/// A code element designated to G0 or G1 (PS3.3 C.12.1.1.2, PS3.5 6.1.2.5).
struct Element {
    enum Kind : std::uint8_t {
        None,     ///< nothing designated (G1 only): bytes >= 0x80 read as Latin-1
        Ascii,    ///< ISO-IR 6, and JIS X 0201 romaji read the same way
        Katakana, ///< JIS X 0201 katakana, passed to EUC-JP as SS2 + byte
        Direct,   ///< bytes go to `codec` as they are (ISO 8859, TIS-620, KS X 1001, GB 2312)
        Jis0208,  ///< 7-bit pairs, passed to EUC-JP with the high bits set
        Jis0212,  ///< 7-bit pairs, passed to EUC-JP as SS3 + pair with the high bits set
    };
    Kind kind = None;
    Codec codec = Codec::Latin1;
};

struct Term {
    std::string_view name;
    bool defined;   ///< a defined term of PS3.3 (else a common misspelling Strata accepts)
    bool extension; ///< read escape sequences (false: the whole value goes to g1.codec)
    Element g0;
    Element g1;
};

constexpr Element kAscii{Element::Ascii};
constexpr Element direct(Codec c) { return {Element::Direct, c}; }

// Multi-byte sets with code extensions start in ASCII; value 1 normally never names them.
constexpr Term kTerms[] = {
    {"ISO_IR 100", true, true, kAscii, direct(Codec::Latin1)},
    {"ISO_IR 101", true, true, kAscii, direct(Codec::Latin2)},
    {"ISO_IR 109", true, true, kAscii, direct(Codec::Latin3)},
    {"ISO_IR 110", true, true, kAscii, direct(Codec::Latin4)},
    {"ISO_IR 144", true, true, kAscii, direct(Codec::Cyrillic)},
    {"ISO_IR 127", true, true, kAscii, direct(Codec::Arabic)},
    {"ISO_IR 126", true, true, kAscii, direct(Codec::Greek)},
    {"ISO_IR 138", true, true, kAscii, direct(Codec::Hebrew)},
    {"ISO_IR 148", true, true, kAscii, direct(Codec::Latin5)},
    {"ISO_IR 203", true, true, kAscii, direct(Codec::Latin9)},
    {"ISO_IR 166", true, true, kAscii, direct(Codec::Thai)},
    {"ISO_IR 13", true, true, kAscii, {Element::Katakana}},
    {"ISO_IR 192", true, false, kAscii, direct(Codec::Utf8)},
    {"GB18030", true, false, kAscii, direct(Codec::Gb18030)},
    {"GBK", true, false, kAscii, direct(Codec::Gbk)},
    {"ISO 2022 IR 6", true, true, kAscii, {}},
    {"ISO 2022 IR 100", true, true, kAscii, direct(Codec::Latin1)},
    {"ISO 2022 IR 101", true, true, kAscii, direct(Codec::Latin2)},
    {"ISO 2022 IR 109", true, true, kAscii, direct(Codec::Latin3)},
    {"ISO 2022 IR 110", true, true, kAscii, direct(Codec::Latin4)},
    {"ISO 2022 IR 144", true, true, kAscii, direct(Codec::Cyrillic)},
    {"ISO 2022 IR 127", true, true, kAscii, direct(Codec::Arabic)},
    {"ISO 2022 IR 126", true, true, kAscii, direct(Codec::Greek)},
    {"ISO 2022 IR 138", true, true, kAscii, direct(Codec::Hebrew)},
    {"ISO 2022 IR 148", true, true, kAscii, direct(Codec::Latin5)},
    {"ISO 2022 IR 203", true, true, kAscii, direct(Codec::Latin9)},
    {"ISO 2022 IR 166", true, true, kAscii, direct(Codec::Thai)},
    {"ISO 2022 IR 13", true, true, kAscii, {Element::Katakana}},
    {"ISO 2022 IR 87", true, true, kAscii, {}},
    {"ISO 2022 IR 159", true, true, kAscii, {}},
    {"ISO 2022 IR 149", true, true, kAscii, direct(Codec::EucKr)},
    {"ISO 2022 IR 58", true, true, kAscii, direct(Codec::Gb2312)},
    {"ISO_IR 6", false, true, kAscii, {}},
    {"UTF-8", false, false, kAscii, direct(Codec::Utf8)},
    {"GB2312", false, true, kAscii, direct(Codec::Gb2312)},
};

/// Upper-cased, without ' ', '_' and '-': "iso-ir 100" and "ISO_IR100" both match "ISO_IR 100".
std::string normalized(std::string_view s)
{
    std::string n;
    for (char c : s) {
        if (c == ' ' || c == '_' || c == '-')
            continue;
        n += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    return n;
}

const Term *findTerm(QByteArrayView value, bool strict)
{
    const std::string_view v(value.data(), size_t(value.size()));
    for (const Term &t : kTerms)
        if (t.defined && t.name == v)
            return &t;
    if (strict)
        return nullptr;
    const std::string n = normalized(v);
    for (const Term &t : kTerms)
        if (normalized(t.name) == n)
            return &t;
    return nullptr;
}

QByteArrayView trimmed(QByteArrayView v)
{
    auto pad = [](char c) { return c == ' ' || c == '\0'; };
    while (!v.isEmpty() && pad(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && pad(v.back()))
        v.chop(1);
    return v;
}

/// The values of (0008,0005), each without padding.
QList<QByteArrayView> charsetValues(QByteArrayView spec)
{
    QList<QByteArrayView> values;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= spec.size(); ++i) {
        if (i == spec.size() || spec[i] == '\\') {
            values.append(trimmed(spec.sliced(start, i - start)));
            start = i + 1;
        }
    }
    return values;
}

/// iconv descriptors to UTF-8, opened lazily and owned by the calling thread.
class IconvCache {
public:
    IconvCache() { m_cds.fill(kInvalid); }
    ~IconvCache()
    {
        for (iconv_t cd : m_cds)
            if (cd != kInvalid)
                iconv_close(cd);
    }
    IconvCache(const IconvCache &) = delete;
    IconvCache &operator=(const IconvCache &) = delete;

    iconv_t get(Codec c)
    {
        const auto i = size_t(c);
        if (m_cds[i] == kInvalid && !m_tried[i]) {
            m_tried[i] = true;
            m_cds[i] = iconv_open("UTF-8", kIconvNames[i]);
        }
        return m_cds[i];
    }
    static inline const iconv_t kInvalid = reinterpret_cast<iconv_t>(-1);

private:
    std::array<iconv_t, kIconvNames.size()> m_cds{};
    std::array<bool, kIconvNames.size()> m_tried{};
};

/// How many bytes at `p` to replace by one U+FFFD after iconv rejected them: a whole
/// well-formed but unmapped double-byte character, else one byte.
qsizetype rejectedLength(Codec c, const unsigned char *p, size_t left)
{
    auto in = [](unsigned char b, int lo, int hi) { return b >= lo && b <= hi; };
    if (left >= 2 && (c == Codec::EucJp || c == Codec::EucKr || c == Codec::Gb2312)) {
        if (c == Codec::EucJp && p[0] == 0x8F)
            return left >= 3 && in(p[1], 0xA1, 0xFE) && in(p[2], 0xA1, 0xFE) ? 3 : 1;
        return in(p[0], 0xA1, 0xFE) && in(p[1], 0xA1, 0xFE) ? 2 : 1;
    }
    if (left >= 2 && (c == Codec::Gbk || c == Codec::Gb18030))
        return in(p[0], 0x81, 0xFE) && in(p[1], 0x40, 0xFE) && p[1] != 0x7F ? 2 : 1;
    return 1;
}

QString iconvDecode(Codec codec, QByteArrayView bytes)
{
    thread_local IconvCache cache;
    const iconv_t cd = cache.get(codec);
    if (cd == IconvCache::kInvalid)
        return QString::fromLatin1(bytes);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);

    std::string out(size_t(bytes.size()) * 4 + 16, '\0');
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    size_t used = 0;
    while (inLeft > 0) {
        char *outPtr = out.data() + used;
        size_t outLeft = out.size() - used;
        const size_t r = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        const int err = errno;
        used = size_t(outPtr - out.data());
        if (r != size_t(-1))
            break;
        if (err == E2BIG || out.size() - used < 3) {
            out.resize(out.size() * 2);
            if (err == E2BIG)
                continue;
        }
        out.replace(used, 3, "\xEF\xBF\xBD"); // U+FFFD
        used += 3;
        if (err == EINVAL) // truncated at the end
            break;
        const auto *p = reinterpret_cast<const unsigned char *>(in);
        const auto skip = size_t(rejectedLength(codec, p, inLeft));
        in += skip;
        inLeft -= skip;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    return QString::fromUtf8(out.data(), qsizetype(used));
}

QString decodeRun(Codec codec, QByteArrayView bytes)
{
    switch (codec) {
    case Codec::Latin1: return QString::fromLatin1(bytes);
    case Codec::Utf8: return QString::fromUtf8(bytes);
    default: return iconvDecode(codec, bytes);
    }
}

/// Collects the bytes of consecutive characters that share a codec and decodes them together.
class Output {
public:
    void put(Codec codec, std::initializer_list<unsigned char> bytes)
    {
        if (m_codec != codec)
            flush();
        m_codec = codec;
        for (unsigned char b : bytes)
            m_run.append(char(b));
    }
    /// ASCII reads the same in every codec, so it joins the current run.
    void putAscii(unsigned char b) { m_run.append(char(b)); }
    void replacement()
    {
        flush();
        m_text.append(QChar::ReplacementCharacter);
    }
    QString finish()
    {
        flush();
        return std::move(m_text);
    }

private:
    void flush()
    {
        if (!m_run.isEmpty())
            m_text += decodeRun(m_codec, m_run);
        m_run.clear();
    }
    QString m_text;
    QByteArray m_run;
    Codec m_codec = Codec::Latin1;
};

struct State {
    Element g0 = kAscii;
    Element g1;
};

/// Reads an escape sequence at `raw[i]` (ESC), updates `state`; returns its length, 0 if unknown.
qsizetype designate(QByteArrayView raw, qsizetype i, State &state)
{
    auto at = [&](qsizetype k) { return i + k < raw.size() ? raw[i + k] : '\0'; };
    const char a = at(1), b = at(2), c = at(3);
    if (a == '(' && (b == 'B' || b == 'J')) { state.g0 = kAscii; return 3; }
    if (a == '(' && b == 'I') { state.g0 = {Element::Katakana}; return 3; }
    if (a == ')' && b == 'I') { state.g1 = {Element::Katakana}; return 3; }
    if (a == '$' && (b == 'B' || b == '@')) { state.g0 = {Element::Jis0208}; return 3; }
    if (a == '$' && b == '(' && c == 'D') { state.g0 = {Element::Jis0212}; return 4; }
    if (a == '$' && b == ')' && c == 'C') { state.g1 = direct(Codec::EucKr); return 4; }
    if (a == '$' && b == ')' && c == 'A') { state.g1 = direct(Codec::Gb2312); return 4; }
    if (a == '-') {
        constexpr std::string_view finals = "ABCDLGFHMbT";
        constexpr std::array<Codec, 11> codecs = {
            Codec::Latin1, Codec::Latin2, Codec::Latin3,   Codec::Latin4,
            Codec::Cyrillic, Codec::Arabic, Codec::Greek, Codec::Hebrew,
            Codec::Latin5, Codec::Latin9, Codec::Thai};
        if (const size_t k = finals.find(b); b != '\0' && k != std::string_view::npos) {
            state.g1 = direct(codecs[k]);
            return 3;
        }
    }
    return 0;
}

/// Length of a syntactically complete but unsupported escape sequence (ESC, intermediates
/// 0x20-0x2F, final 0x30-0x7E), or 1 for a lone ESC.
qsizetype unknownEscapeLength(QByteArrayView raw, qsizetype i)
{
    qsizetype k = i + 1;
    while (k < raw.size() && raw[k] >= 0x20 && raw[k] <= 0x2F)
        ++k;
    return k > i + 1 && k < raw.size() && raw[k] >= 0x30 && raw[k] <= 0x7E ? k + 1 - i : 1;
}

bool isDelimiter(unsigned char b, TextKind kind)
{
    return b == '\\' || (kind == TextKind::PersonName && (b == '^' || b == '='));
}

QString decodeIso2022(QByteArrayView raw, const State &initial, TextKind kind)
{
    auto in = [](unsigned char b, int lo, int hi) { return b >= lo && b <= hi; };
    Output out;
    State state = initial;
    for (qsizetype i = 0; i < raw.size();) {
        const auto b = static_cast<unsigned char>(raw[i]);
        if (b == 0x1B) {
            const qsizetype n = designate(raw, i, state);
            if (n == 0)
                out.replacement();
            i += n ? n : unknownEscapeLength(raw, i);
            continue;
        }
        ++i;
        if (b >= 0x80) { // G1
            switch (state.g1.kind) {
            case Element::Katakana:
                if (in(b, 0xA1, 0xDF))
                    out.put(Codec::EucJp, {0x8E, b});
                else
                    out.replacement();
                break;
            case Element::Direct: out.put(state.g1.codec, {b}); break;
            default: out.put(Codec::Latin1, {b}); break;
            }
            continue;
        }
        if (b <= 0x20 || b == 0x7F) { // controls and space are the same in every G0 set
            out.putAscii(b);
            if (b < 0x20) // CR, LF, FF, TAB, ... end the designations
                state = initial;
            continue;
        }
        switch (state.g0.kind) {
        case Element::Jis0208:
        case Element::Jis0212:
            if (i < raw.size() && in(static_cast<unsigned char>(raw[i]), 0x21, 0x7E)) {
                const unsigned char hi1 = b | 0x80, hi2 = raw[i++] | 0x80;
                if (state.g0.kind == Element::Jis0208)
                    out.put(Codec::EucJp, {hi1, hi2});
                else
                    out.put(Codec::EucJp, {0x8F, hi1, hi2});
            } else {
                out.replacement();
            }
            break;
        case Element::Katakana:
            if (b <= 0x5F)
                out.put(Codec::EucJp, {0x8E, static_cast<unsigned char>(b | 0x80)});
            else
                out.replacement();
            break;
        default:
            out.putAscii(b);
            if (isDelimiter(b, kind))
                state = initial;
            break;
        }
    }
    return out.finish();
}

} // namespace

QString decodeText(const QByteArray &raw, const QByteArray &specificCharacterSet, TextKind kind)
{
    const QList<QByteArrayView> values = charsetValues(specificCharacterSet);
    const Term *first = values.isEmpty() ? nullptr : findTerm(values.front(), false);

    QString text;
    if (first && !first->extension) {
        text = decodeRun(first->g1.codec, raw);
    } else {
        State initial;
        if (first)
            initial = {first->g0, first->g1};
        // Bytes >= 0x80 before any designation are illegal; rather than Latin-1, read them with
        // the first G1 set the other values name (e.g. "\ISO 2022 IR 149" without ESC $ ) C).
        for (qsizetype k = 1; k < values.size() && initial.g1.kind == Element::None; ++k)
            if (const Term *t = findTerm(values[k], false); t && t->extension)
                initial.g1 = t->g1;
        text = decodeIso2022(raw, initial, kind);
    }

    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == u' ' || text[end - 1] == QChar(0)))
        --end;
    text.truncate(end);
    return text;
}

bool isKnownCharacterSet(const QByteArray &specificCharacterSet)
{
    for (QByteArrayView value : charsetValues(specificCharacterSet))
        if (!value.isEmpty() && !findTerm(value, true))
            return false;
    return true;
}

} // namespace strata::dicom
