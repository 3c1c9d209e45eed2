#pragma once
// An incremental reader of multipart bodies (RFC 2046, as WADO-RS sends multipart/related): bytes
// are fed as they arrive, in pieces of any size; each part's headers and body go to a Sink as soon
// as they are known, so a response of any size passes through a bounded buffer (the delimiter
// length plus at most one part's headers).
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace strata::net::web {

/// The boundary parameter of a multipart Content-Type, unquoted; empty if there is none.
QByteArray multipartBoundary(const QByteArray &contentType);

/// The media type of a Content-Type value ("multipart/related"), lower case, without parameters.
QByteArray mediaType(const QByteArray &contentType);

class MultipartReader {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;  ///< names in lower case

    class Sink {
    public:
        virtual ~Sink() = default;
        /// A part starts. Return false to stop reading (error() says why).
        virtual bool beginPart(const Headers &headers) = 0;
        /// More of the current part's body.
        virtual bool partData(const char *data, qsizetype size) = 0;
        /// The current part is complete (its closing delimiter arrived).
        virtual bool endPart() = 0;
    };

    MultipartReader(const QByteArray &boundary, Sink &sink);

    /// Feeds the next bytes of the body. False when the body is malformed or the sink stopped.
    bool feed(const char *data, qsizetype size);
    /// The closing delimiter arrived: the body is complete.
    bool atEnd() const { return m_state == State::Epilogue; }
    /// A part was begun and not ended (a body that stops now is truncated inside it).
    bool inPart() const { return m_state == State::Body; }
    int partsCompleted() const { return m_parts; }
    /// Bytes held between feeds: at most the delimiter length, or one part's headers.
    qsizetype buffered() const { return m_buffer.size(); }
    QString error() const { return m_error; }

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

private:
    enum class State { Preamble, AfterDelimiter, Headers, Body, Epilogue, Failed };
    bool fail(const QString &why);
    bool step(bool &progressed);

    QByteArray m_dashBoundary;   // "--" boundary
    QByteArray m_delimiter;      // CRLF "--" boundary
    Sink &m_sink;
    State m_state = State::Preamble;
    QByteArray m_buffer;
    qsizetype m_pos = 0;         // unconsumed bytes start here
    int m_parts = 0;
    bool m_atBodyStart = true;   // nothing of the body was dropped yet
    QString m_error;
};

} // namespace strata::net::web
