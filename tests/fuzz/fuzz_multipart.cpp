// Fuzzes the incremental multipart reader of WADO-RS responses. The first bytes choose the
// boundary and how the body is cut into pieces (as the network would deliver it); the reader must
// keep its buffer bounded and give the same parts however the body is cut.
#include "FuzzSupport.h"

#include "dicomweb/MultipartReader.h"

#include <cstdio>

namespace {
using strata::net::web::MultipartReader;

struct Recorder : MultipartReader::Sink {
    QList<QByteArray> parts;
    bool beginPart(const MultipartReader::Headers &) override
    {
        parts.append(QByteArray());
        return true;
    }
    bool partData(const char *data, qsizetype size) override
    {
        parts.last().append(data, size);
        return parts.last().size() < (8 << 20);
    }
    bool endPart() override { return true; }
};

struct Outcome {
    bool ok = true;
    bool atEnd = false;
    QList<QByteArray> parts;
};

Outcome read(const QByteArray &boundary, const QByteArray &body, qsizetype piece)
{
    Recorder sink;
    MultipartReader reader(boundary, sink);
    Outcome out;
    for (qsizetype at = 0; at < body.size() && out.ok; at += piece) {
        out.ok = reader.feed(body.constData() + at, std::min(piece, body.size() - at));
        if (reader.buffered() > MultipartReader::kMaxHeaderBytes + boundary.size() + 8) {
            std::fprintf(stderr, "the reader holds %lld bytes\n", static_cast<long long>(reader.buffered()));
            abort();
        }
    }
    out.atEnd = reader.atEnd();
    out.parts = sink.parts;
    return out;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int boundaryLength = 1 + data[0] % 70;  // RFC 2046: 1 to 70 characters
    const qsizetype piece = 1 + data[1] % 97;
    if (size < std::size_t(2 + boundaryLength))
        return 0;
    const QByteArray boundary(reinterpret_cast<const char *>(data + 2), boundaryLength);
    const QByteArray body(reinterpret_cast<const char *>(data + 2 + boundaryLength), qsizetype(size) - 2 - boundaryLength);
    const Outcome whole = read(boundary, body, std::max<qsizetype>(1, body.size()));
    const Outcome cut = read(boundary, body, piece);
    // Complete parts do not depend on how the bytes arrived.
    if (whole.ok && cut.ok && (whole.atEnd != cut.atEnd || whole.parts != cut.parts)) {
        std::fprintf(stderr, "the parts differ when the body arrives in pieces of %lld bytes\n",
                     static_cast<long long>(piece));
        abort();
    }
    return 0;
}
