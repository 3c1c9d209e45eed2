#include "GdcmSupport.h"

#include <strata/core/Logging.h>

#include <gdcmSequenceOfItems.h>
#include <gdcmTrace.h>

#include <QMutex>

#include <mutex>
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

gdcm::SmartPointer<gdcm::SequenceOfItems> sequence(const gdcm::DataSet &ds, const gdcm::Tag &sequenceTag)
{
    if (!ds.FindDataElement(sequenceTag))
        return nullptr;
    gdcm::SmartPointer<gdcm::SequenceOfItems> sq = ds.GetDataElement(sequenceTag).GetValueAsSQ();
    if (!sq || sq->GetNumberOfItems() == 0)
        return nullptr;
    return sq;
}

} // namespace strata::dicom::detail

#include <csetjmp>
#include <csignal>

namespace strata::dicom::detail {
namespace {
thread_local sigjmp_buf *t_abortJump = nullptr;

extern "C" void strataAbortHandler(int)
{
    if (t_abortJump)
        siglongjmp(*t_abortJump, 1);
    std::signal(SIGABRT, SIG_DFL);
    std::raise(SIGABRT);
}
} // namespace

bool runGuarded(const std::function<void()> &work)
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction sa {};
        sa.sa_handler = strataAbortHandler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER;
        sigaction(SIGABRT, &sa, nullptr);
    });
    sigjmp_buf jump;
    sigjmp_buf *previous = t_abortJump;
    bool completed = false;
    if (sigsetjmp(jump, 1) == 0) {
        t_abortJump = &jump;
        try {
            work();
            completed = true;
        } catch (...) {
            completed = false;
        }
    } else {
        qCWarning(lcDicom) << "GDCM stopped on a failed internal check; the file is reported as unreadable";
    }
    t_abortJump = previous;
    return completed;
}

} // namespace strata::dicom::detail
