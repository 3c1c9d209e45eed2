#include "MultipartReader.h"

#include <QCoreApplication>

namespace strata::net::web {
namespace {

/// Splits "type/sub; a=1; b=\"x;y\"" at the semicolons that are not inside quotes.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> out;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    out << current.trimmed();
    return out;
}

} // namespace

QByteArray multipartBoundary(const QByteArray &contentType)
{
    const QList<QByteArray> params = splitParameters(contentType);
    for (qsizetype i = 1; i < params.size(); ++i) {
        const qsizetype eq = params[i].indexOf('=');
        if (eq <= 0 || params[i].left(eq).trimmed().toLower() != "boundary")
            continue;
        QByteArray v = params[i].mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

QByteArray mediaType(const QByteArray &contentType)
{
    return splitParameters(contentType).value(0).toLower();
}

MultipartReader::MultipartReader(const QByteArray &boundary, Sink &sink)
    : m_dashBoundary("--" + boundary), m_delimiter("\r\n--" + boundary), m_sink(sink)
{
    if (boundary.isEmpty() || boundary.size() > 200)
        fail(QCoreApplication::translate("strata::net", "the multipart boundary is missing or longer than 200 characters"));
}

bool MultipartReader::fail(const QString &why)
{
    if (m_state != State::Failed)
        m_error = why;
    m_state = State::Failed;
    m_buffer.clear();
    m_pos = 0;
    return false;
}

bool MultipartReader::feed(const char *data, qsizetype size)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Epilogue)
        return true;
    m_buffer.append(data, size);
    bool progressed = true;
    while (progressed) {
        progressed = false;
        if (!step(progressed))
            return false;
    }
    // Keep only what is not consumed yet (a delimiter's length at most, or one part's headers).
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    return true;
}

bool MultipartReader::step(bool &progressed)
{
    const qsizetype size = m_buffer.size();
    switch (m_state) {
    case State::Preamble: {
        // The first delimiter may open the body without a CRLF before it.
        for (qsizetype idx = m_buffer.indexOf(m_dashBoundary, m_pos); idx >= 0;
             idx = m_buffer.indexOf(m_dashBoundary, idx + 1)) {
            const bool atStart = idx == 0 && m_atBodyStart;
            const bool afterCrlf = idx >= 2 && m_buffer[idx - 2] == '\r' && m_buffer[idx - 1] == '\n';
            if (atStart || afterCrlf) {
                m_pos = idx + m_dashBoundary.size();
                m_state = State::AfterDelimiter;
                progressed = true;
                return true;
            }
        }
        // Keep enough for a delimiter split across reads; drop the rest of the preamble.
        m_pos = std::max(m_pos, size - (m_delimiter.size() - 1));
        if (m_pos > 0)
            m_atBodyStart = false;
        return true;
    }
    case State::AfterDelimiter: {
        if (size - m_pos < 2)
            return true;
        if (m_buffer[m_pos] == '-' && m_buffer[m_pos + 1] == '-') {
            m_state = State::Epilogue;
            m_pos = size;
            progressed = true;
            return true;
        }
        const qsizetype crlf = m_buffer.indexOf("\r\n", m_pos);
        if (crlf < 0)
            return size - m_pos > 1024 ? fail(QCoreApplication::translate("strata::net", "a multipart delimiter is not followed by a line end")) : true;
        for (qsizetype i = m_pos; i < crlf; ++i)
            if (m_buffer[i] != ' ' && m_buffer[i] != '\t')
                return fail(QCoreApplication::translate("strata::net", "a multipart delimiter is followed by unexpected characters"));
        m_pos = crlf + 2;
        m_state = State::Headers;
        progressed = true;
        return true;
    }
    case State::Headers: {
        Headers headers;
        qsizetype end = -1;
        if (size - m_pos >= 2 && m_buffer[m_pos] == '\r' && m_buffer[m_pos + 1] == '\n') {
            end = m_pos;  // no headers at all
        } else {
            end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0)
                return size - m_pos > kMaxHeaderBytes ? fail(QCoreApplication::translate("strata::net", "a part's headers are longer than 64 KiB")) : true;
            const QList<QByteArray> lines = QByteArray::fromRawData(m_buffer.constData() + m_pos, end - m_pos).split('\n');
            for (QByteArray line : lines) {
                if (line.endsWith('\r'))
                    line.chop(1);
                if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t') && !headers.isEmpty()) {
                    headers.last().second += ' ' + line.trimmed();  // folded header line
                    continue;
                }
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return fail(QCoreApplication::translate("strata::net", "a part header has no name"));
                headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
            }
        }
        m_pos = end + (end == m_pos ? 2 : 4);
        m_state = State::Body;
        progressed = true;
        if (!m_sink.beginPart(headers))
            return fail(QCoreApplication::translate("strata::net", "the receiver stopped at part %1").arg(m_parts + 1));
        return true;
    }
    case State::Body: {
        const qsizetype idx = m_buffer.indexOf(m_delimiter, m_pos);
        if (idx >= 0) {
            if (idx > m_pos && !m_sink.partData(m_buffer.constData() + m_pos, idx - m_pos))
                return fail(QCoreApplication::translate("strata::net", "the receiver stopped in part %1").arg(m_parts + 1));
            m_pos = idx + m_delimiter.size();
            ++m_parts;
            m_state = State::AfterDelimiter;
            progressed = true;
            if (!m_sink.endPart())
                return fail(QCoreApplication::translate("strata::net", "the receiver stopped after part %1").arg(m_parts));
            return true;
        }
        const qsizetype safeEnd = size - (m_delimiter.size() - 1);
        if (safeEnd > m_pos) {
            if (!m_sink.partData(m_buffer.constData() + m_pos, safeEnd - m_pos))
                return fail(QCoreApplication::translate("strata::net", "the receiver stopped in part %1").arg(m_parts + 1));
            m_pos = safeEnd;
        }
        return true;
    }
    case State::Epilogue:
        m_pos = size;
        return true;
    case State::Failed:
        return false;
    }
    return false;
}

} // namespace strata::net::web
