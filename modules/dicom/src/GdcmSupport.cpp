#include "GdcmSupport.h"

#include <strata/core/Logging.h>

#include <gdcmSequenceOfItems.h>
#include <gdcmTrace.h>

#include <QCoreApplication>
#include <QMutex>

#include <mutex>
#include <set>
#include <ostream>
#include <streambuf>

namespace strata::dicom::detail {
namespace {

/// A streambuf that hands complete lines to the strata.dicom category.
class LogLineBuf : public std::streambuf {
protected:
    int overflow(int ch) override
    {
        QMutexLocker lock(&m_mutex);
        if (ch == '\n' || ch == EOF) {
            flushLine();
        } else {
            m_line.append(char(ch));
            if (m_line.size() > 4096)
                flushLine();
        }
        return ch == EOF ? 0 : ch;
    }
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        for (std::streamsize i = 0; i < n; ++i)
            overflow(s[i]);
        return n;
    }

private:
    void flushLine()
    {
        const QByteArray line = m_line.trimmed();
        m_line.clear();
        if (!line.isEmpty())
            qCDebug(lcDicom).noquote() << "GDCM:" << QString::fromLocal8Bit(line);
    }
    QMutex m_mutex;
    QByteArray m_line;
};

} // namespace

void installGdcmLogBridge()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static LogLineBuf buf;
        static std::ostream stream(&buf);
        gdcm::Trace::SetStream(stream);
        gdcm::Trace::SetWarningStream(stream);
        gdcm::Trace::SetErrorStream(stream);
        gdcm::Trace::SetDebugStream(stream);
        gdcm::Trace::SetDebug(false);
        gdcm::Trace::SetWarning(lcDicom().isDebugEnabled());
        gdcm::Trace::SetError(lcDicom().isDebugEnabled());
    });
}

QByteArray rawValue(const gdcm::DataSet &ds, const gdcm::Tag &tag)
{
    if (!ds.FindDataElement(tag))
        return {};
    const gdcm::DataElement &de = ds.GetDataElement(tag);
    const gdcm::ByteValue *bv = de.GetByteValue();
    if (!bv || bv->GetLength() == 0 || !bv->GetPointer())
        return {};
    return QByteArray(bv->GetPointer(), qsizetype(bv->GetLength()));
}

QString asciiValue(const gdcm::DataSet &ds, const gdcm::Tag &tag)
{
    QByteArray raw = rawValue(ds, tag);
    while (!raw.isEmpty() && (raw.back() == ' ' || raw.back() == '\0'))
        raw.chop(1);
    qsizetype start = 0;
    while (start < raw.size() && raw.at(start) == ' ')
        ++start;
    return QString::fromLatin1(raw.mid(start));
}

QString textValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, const QByteArray &charset, TextKind kind)
{
    const QByteArray raw = rawValue(ds, tag);
    if (raw.isEmpty())
        return {};
    QString text = decodeText(raw, charset, kind);
    // Leading spaces are insignificant for LO/SH/PN (PS3.5 6.2).
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == QLatin1Char(' '))
        ++start;
    return start ? text.mid(start) : text;
}

std::vector<double> decimalValues(const gdcm::DataSet &ds, const gdcm::Tag &tag)
{
    std::vector<double> out;
    const QByteArray raw = rawValue(ds, tag);
    if (raw.isEmpty())
        return out;
    for (const QByteArray &part : raw.split('\\')) {
        bool ok = false;
        const double v = part.trimmed().replace('\0', "").toDouble(&ok);
        if (ok)
            out.push_back(v);
    }
    return out;
}

std::optional<double> decimalValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, int index)
{
    const auto values = decimalValues(ds, tag);
    if (index < 0 || std::size_t(index) >= values.size())
        return std::nullopt;
    return values[std::size_t(index)];
}

std::optional<int> ushortValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, bool isSigned)
{
    const QByteArray raw = rawValue(ds, tag);
    if (raw.size() < 2)
        return std::nullopt;
    const auto *b = reinterpret_cast<const unsigned char *>(raw.constData());
    const std::uint16_t v = std::uint16_t(b[0] | b[1] << 8);
    return isSigned ? int(std::int16_t(v)) : int(v);
}

std::vector<int> ushortValues(const gdcm::DataSet &ds, const gdcm::Tag &tag)
{
    const QByteArray raw = rawValue(ds, tag);
    std::vector<int> out;
    out.reserve(std::size_t(raw.size() / 2));
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        out.push_back(int(std::uint8_t(raw[i])) | int(std::uint8_t(raw[i + 1])) << 8);
    return out;
}

std::optional<VoiLut> voiLut(const gdcm::DataSet &item, bool signedPixels, const QByteArray &charset)
{
    const QByteArray descriptor = rawValue(item, gdcm::Tag(0x0028, 0x3002));
    const QByteArray data = rawValue(item, gdcm::Tag(0x0028, 0x3006));
    if (descriptor.size() < 6 || data.size() < 2)
        return std::nullopt;
    const auto *d = reinterpret_cast<const unsigned char *>(descriptor.constData());
    auto word = [](const unsigned char *b) { return std::uint16_t(b[0] | b[1] << 8); };
    VoiLut lut;
    const std::size_t entries = word(d) == 0 ? 65536 : word(d);   // 0 means 2^16 entries
    lut.firstMapped = signedPixels ? int(std::int16_t(word(d + 2))) : int(word(d + 2));
    lut.bits = word(d + 4);
    if (lut.bits < 8 || lut.bits > 16)
        return std::nullopt;
    const auto *b = reinterpret_cast<const unsigned char *>(data.constData());
    const std::size_t words = std::size_t(data.size()) / 2;
    lut.data.reserve(entries);
    if (words >= entries) {
        for (std::size_t i = 0; i < entries; ++i)
            lut.data.push_back(word(b + 2 * i));
    } else if (lut.bits == 8 && std::size_t(data.size()) >= entries) {
        for (std::size_t i = 0; i < entries; ++i)   // two 8-bit entries in each 16-bit word
            lut.data.push_back(b[i]);
    } else {
        return std::nullopt;
    }
    lut.explanation = textValue(item, gdcm::Tag(0x0028, 0x3003), charset);
    return lut;
}

gdcm::SmartPointer<gdcm::SequenceOfItems> sequence(const gdcm::DataSet &ds, const gdcm::Tag &sequenceTag)
{
    if (!ds.FindDataElement(sequenceTag))
        return nullptr;
    gdcm::SmartPointer<gdcm::SequenceOfItems> sq = ds.GetDataElement(sequenceTag).GetValueAsSQ();
    if (!sq || sq->GetNumberOfItems() == 0)
        return nullptr;
    return sq;
}

QByteArray trimmedValue(QByteArray value)
{
    while (!value.isEmpty() && (value.endsWith('\0') || value.endsWith(' ')))
        value.chop(1);
    return value.trimmed();
}

gdcm::DataElement sequenceElement(const gdcm::Tag &tag, const gdcm::SmartPointer<gdcm::SequenceOfItems> &items)
{
    gdcm::DataElement de(tag);
    de.SetVR(gdcm::VR::SQ);
    de.SetValue(*items);
    de.SetVLToUndefined();
    return de;
}

gdcm::DataElement valueElement(const gdcm::Tag &tag, gdcm::VR vr, QByteArray value)
{
    if (value.size() % 2)
        value.append(vr == gdcm::VR::UI ? '\0' : ' ');
    gdcm::DataElement de(tag);
    de.SetVR(vr);
    de.SetByteValue(value.constData(), gdcm::VL(uint32_t(value.size())));
    return de;
}

} // namespace strata::dicom::detail

#include <cassert>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>

// GDCM's failed assertions, and only those, are recovered from.
//
// Debian builds GDCM with assertions on, and GDCM asserts on conditions that a damaged file can
// bring about: without a recovery, one file would end the process. Recovering from any SIGABRT is
// not safe though: glibc's heap-corruption checks ("malloc(): corrupted ...") and the stack
// protector abort too, after memory is already corrupt. So there is no SIGABRT handler: instead
// the process defines __assert_fail, which the assert() macro calls. The executable exports it
// (libgdcm* references it), so libgdcm's PLT calls bind here and not to glibc. A failed
// assertion returns (siglongjmp) into runGuarded only when a guarded region is active on this
// thread and the assertion was made by GDCM or one of the codec libraries it drives (OpenJPEG,
// CharLS); every other assertion prints glibc's message and aborts as before. glibc's own
// internal checks do not call __assert_fail through the PLT, so they cannot land here.

namespace strata::dicom::detail {
namespace {
thread_local sigjmp_buf *t_assertJump = nullptr;

/// True when `address` lies in GDCM or a codec library GDCM calls.
bool inRecoverableLibrary(const void *address)
{
    Dl_info info{};
    if (!address || dladdr(address, &info) == 0 || !info.dli_fname)
        return false;
    const char *slash = std::strrchr(info.dli_fname, '/');
    const char *base = slash ? slash + 1 : info.dli_fname;
    for (const char *prefix : {"libgdcm", "libopenjp2.", "libcharls."})
        if (std::strncmp(base, prefix, std::strlen(prefix)) == 0)
            return true;
    return false;
}
} // namespace

void abandon(const void *object)
{
    static QMutex mutex;
    static std::vector<const void *> *kept = new std::vector<const void *>;  // never destroyed
    QMutexLocker lock(&mutex);
    kept->push_back(object);
}

bool assertionBinding()
{
    // The __assert_fail that the dynamic linker hands to a libgdcm caller must be this one.
    void *bound = dlsym(RTLD_DEFAULT, "__assert_fail");
    return bound == reinterpret_cast<void *>(&::__assert_fail);
}

bool runGuarded(const std::function<void()> &work)
{
    sigjmp_buf jump;
    sigjmp_buf *const previous = t_assertJump;
    volatile bool completed = false;  // read after a siglongjmp
    // No signal mask to restore: the jump comes from a plain call, not from a signal handler.
    if (sigsetjmp(jump, 0) == 0) {
        t_assertJump = &jump;
        try {
            work();
            completed = true;
        } catch (...) {
            completed = false;
        }
    }
    t_assertJump = previous;
    return completed;
}

} // namespace strata::dicom::detail

extern "C" void __assert_fail(const char *assertion, const char *file, unsigned int line, const char *function) noexcept
{
    using namespace strata::dicom::detail;
    // The caller's return address, less one: a noreturn call may be the last instruction of its
    // function, and the address after it may belong to the next one.
    const auto *caller = static_cast<const char *>(__builtin_return_address(0)) - 1;
    if (t_assertJump && inRecoverableLibrary(caller)) {
        sigjmp_buf *jump = t_assertJump;
        t_assertJump = nullptr;
        qCWarning(lcDicom).noquote()
            << QStringLiteral("GDCM stopped on a failed internal check (%1:%2: %3); the file is reported as unreadable")
                   .arg(QString::fromLocal8Bit(file)).arg(line).arg(QString::fromLocal8Bit(assertion));
        siglongjmp(*jump, 1);
    }
    // As glibc prints it, then abort.
    std::fprintf(stderr, "%s%s%s:%u: %s%sAssertion `%s' failed.\n", program_invocation_short_name,
                 program_invocation_short_name[0] ? ": " : "", file, line, function ? function : "",
                 function ? ": " : "", assertion);
    std::fflush(stderr);
    std::abort();
}

namespace strata::dicom::detail {

Result<std::unique_ptr<GuardedRead<gdcm::Reader>>> readUpToPixelData(const QString &path, const FileStructure &fs)
{
    // Skip the pixel value itself: a header read must not touch megabytes of pixels.
    const gdcm::Tag pixelTag = pixelDataTag(fs);
    const std::set<gdcm::Tag> skip{pixelTag};
    auto guarded = readGuarded<gdcm::Reader>(path, fs, [&](gdcm::Reader &r) { return r.ReadUpToTag(pixelTag, skip); });
    if (guarded->error)
        return *guarded->error;
    if (guarded->outcome == ReadOutcome::Aborted) {
        abandon(guarded.release());
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the data set is inconsistent (GDCM stopped on an internal check)"));
    }
    if (guarded->outcome != ReadOutcome::Ok)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "cannot be parsed as a DICOM data set"));
    return guarded;
}

} // namespace strata::dicom::detail
