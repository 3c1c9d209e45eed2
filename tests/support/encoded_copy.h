#pragma once
// Tests: copies of real uncompressed images in the transfer syntaxes newer than GDCM 3.0 and DCMTK
// 3.6.7, which scanners and archives write: High-Throughput JPEG 2000 (HTJ2K, encoded by OpenJPH's
// ojph_compress) and Deflated Image Frame Compression (each frame deflated, by Qt's zlib).
#include <QByteArray>
#include <QList>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>

namespace strata::testing {

/// What the test knows of the source image (Explicit VR Little Endian, 16 bits allocated, one
/// sample per pixel, pixel data the last element).
struct SourceImage {
    QString file;
    int rows = 0, columns = 0, frames = 1;
    bool isSigned = false;  ///< Pixel Representation 1
    int bitDepth = 16;      ///< the encoded precision (Bits Stored)
};

/// How the copy is made.
struct Htj2kOptions {
    QString transferSyntax = QStringLiteral("1.2.840.10008.1.2.4.201");
    int fragmentsPerFrame = 1;  ///< each frame's codestream cut into this many fragments
    bool reversible = true;     ///< false: lossy (9/7 wavelet)
    int keepBytes = 0;          ///< > 0: each codestream cut to its first keepBytes (a damaged frame)
    /// Signed samples coded as signed (SIZ); false: their bits coded as unsigned samples, as some
    /// encoders write them.
    bool signedCodestream = true;
};

namespace detail {
inline void putLe16(QByteArray &b, std::uint16_t v) { b.append(char(v & 0xFF)).append(char(v >> 8)); }
inline void putLe32(QByteArray &b, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}
inline std::uint32_t le32At(const QByteArray &b, qsizetype at)
{
    return std::uint32_t(std::uint8_t(b[at])) | std::uint32_t(std::uint8_t(b[at + 1])) << 8 | std::uint32_t(std::uint8_t(b[at + 2])) << 16
           | std::uint32_t(std::uint8_t(b[at + 3])) << 24;
}
} // namespace detail

/// The pixel data of `source` (as SourceImage describes it), frame by frame.
inline QList<QByteArray> nativeFrames(const SourceImage &source, QByteArray *whole = nullptr, qsizetype *pixelAt = nullptr)
{
    QFile in(source.file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = in.readAll();
    const qsizetype frameBytes = qsizetype(source.rows) * source.columns * 2;
    // The pixel data element: (7FE0,0010) OW whose value runs to the end of the file.
    const qsizetype at = bytes.lastIndexOf(QByteArray("\xE0\x7F\x10\x00OW\x00\x00", 8));
    if (at < 0 || qsizetype(detail::le32At(bytes, at + 8)) != frameBytes * source.frames || at + 12 + frameBytes * source.frames > bytes.size())
        return {};
    QList<QByteArray> frames;
    for (int f = 0; f < source.frames; ++f)
        frames << bytes.mid(at + 12 + f * frameBytes, frameBytes);
    if (whole)
        *whole = bytes;
    if (pixelAt)
        *pixelAt = at;
    return frames;
}

/// A copy of `source` in `dir` (named `name`) whose pixel data is `frames`, encapsulated (each
/// frame cut into `fragmentsPerFrame` fragments) under the transfer syntax `syntax`: the data set
/// as it is, the file meta's syntax and group length changed. Empty when it cannot be made.
inline QString encapsulatedCopy(const QTemporaryDir &dir, const QString &name, const SourceImage &source, const QString &syntax,
                                const QList<QByteArray> &frames, int fragmentsPerFrame = 1)
{
    QByteArray bytes;
    qsizetype pixelAt = -1;
    if (nativeFrames(source, &bytes, &pixelAt).isEmpty() || frames.isEmpty())
        return {};
    // The file meta's transfer syntax, and its group length.
    const QByteArray tsTag("\x02\x00\x10\x00UI", 6);
    const qsizetype tsAt = bytes.indexOf(tsTag);
    if (tsAt < 0 || bytes.mid(128, 4) != "DICM" || bytes.mid(132, 6) != QByteArray("\x02\x00\x00\x00UL", 6))
        return {};
    const int oldLength = std::uint8_t(bytes[tsAt + 6]) | std::uint8_t(bytes[tsAt + 7]) << 8;
    QByteArray uid = syntax.toLatin1();
    if (uid.size() % 2)
        uid.append('\0');
    QByteArray out = bytes.left(tsAt);
    out.append(tsTag);
    detail::putLe16(out, std::uint16_t(uid.size()));
    out.append(uid);
    out.append(bytes.mid(tsAt + 8 + oldLength, pixelAt - (tsAt + 8 + oldLength)));
    const std::uint32_t groupLength = detail::le32At(bytes, 140) + std::uint32_t(uid.size() - oldLength);
    for (int i = 0; i < 4; ++i)
        out[140 + i] = char((groupLength >> (8 * i)) & 0xFF);

    // Encapsulated pixel data: an empty offset table, then each frame's fragments.
    out.append(QByteArray("\xE0\x7F\x10\x00OB\x00\x00\xFF\xFF\xFF\xFF", 12));
    out.append(QByteArray("\xFE\xFF\x00\xE0\x00\x00\x00\x00", 8));
    for (const QByteArray &stream : frames) {
        const int parts = std::max(1, fragmentsPerFrame);
        const qsizetype step = std::max<qsizetype>(2, (stream.size() / parts + 1) & ~qsizetype(1));
        for (qsizetype at = 0; at < stream.size(); at += step) {
            QByteArray fragment = stream.mid(at, step);
            if (fragment.size() % 2)
                fragment.append('\0');
            out.append(QByteArray("\xFE\xFF\x00\xE0", 4));
            detail::putLe32(out, std::uint32_t(fragment.size()));
            out.append(fragment);
        }
    }
    out.append(QByteArray("\xFE\xFF\xDD\xE0\x00\x00\x00\x00", 8));
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size())
        return {};
    return path;
}

/// Raw deflate (RFC 1951) of `bytes`: Qt's zlib stream without its length prefix, zlib header and
/// Adler-32 trailer.
inline QByteArray rawDeflate(const QByteArray &bytes)
{
    const QByteArray z = qCompress(bytes, 6);
    return z.size() > 10 ? z.mid(6, z.size() - 10) : QByteArray();
}

/// A Deflated Image Frame Compression (1.2.840.10008.1.2.8.1) copy of `source`: each frame deflated.
inline QString deflatedFramesCopy(const QTemporaryDir &dir, const QString &name, const SourceImage &source)
{
    QList<QByteArray> frames = nativeFrames(source);
    for (QByteArray &f : frames)
        f = rawDeflate(f);
    return encapsulatedCopy(dir, name, source, QStringLiteral("1.2.840.10008.1.2.8.1"), frames);
}

/// An HTJ2K copy of `source` in `dir` (named `name`): its data set as it is, each frame's stored
/// values encoded by ojph_compress, the transfer syntax in the file meta changed. Empty when it
/// cannot be made.
inline QString htj2kCopy(const QTemporaryDir &dir, const QString &name, const SourceImage &source, const Htj2kOptions &options = {})
{
    const QList<QByteArray> native = nativeFrames(source);
    if (native.isEmpty())
        return {};
    QList<QByteArray> coded;
    for (int f = 0; f < native.size(); ++f) {
        const QString raw = dir.filePath(QStringLiteral("%1.frame%2.raw").arg(name).arg(f));
        const QString j2c = dir.filePath(QStringLiteral("%1.frame%2.j2c").arg(name).arg(f));
        QByteArray samples = native[f];
        const bool codedSigned = source.isSigned && options.signedCodestream;
        if (codedSigned) {
            // Debian 12's OpenJPH (0.9) codes negative samples wrongly (as if unsigned). A signed
            // sample x is coded exactly as the unsigned sample x + 2^(depth-1) (the unsigned one's
            // DC level shift takes the offset off again before the wavelet): the offset values are
            // encoded and the component is then marked signed in SIZ — a conformant signed stream.
            for (qsizetype i = 0; i + 1 < samples.size(); i += 2) {
                const std::uint16_t v = std::uint16_t(std::uint8_t(samples[i]) | std::uint8_t(samples[i + 1]) << 8) + std::uint16_t(1u << (source.bitDepth - 1));
                samples[i] = char(v & 0xFF);
                samples[i + 1] = char(v >> 8);
            }
        }
        QFile rawFile(raw);
        if (!rawFile.open(QIODevice::WriteOnly) || rawFile.write(samples) != samples.size())
            return {};
        rawFile.close();
        const QStringList args{QStringLiteral("-i"), raw, QStringLiteral("-o"), j2c, QStringLiteral("-reversible"),
                               options.reversible ? QStringLiteral("true") : QStringLiteral("false"), QStringLiteral("-dims"),
                               QStringLiteral("{%1,%2}").arg(source.columns).arg(source.rows), QStringLiteral("-num_comps"), QStringLiteral("1"),
                               QStringLiteral("-signed"), QStringLiteral("false"),
                               QStringLiteral("-bit_depth"), QString::number(source.bitDepth), QStringLiteral("-downsamp"), QStringLiteral("{1,1}")};
        QProcess encode;
        encode.start(QStringLiteral("ojph_compress"), args);
        if (!encode.waitForFinished(120000) || encode.exitStatus() != QProcess::NormalExit || encode.exitCode() != 0)
            return {};
        QFile codedFile(j2c);
        if (!codedFile.open(QIODevice::ReadOnly))
            return {};
        QByteArray stream = codedFile.readAll();
        // SOC, SIZ: the first component's Ssiz is byte 42.
        if (stream.size() < 44 || std::uint8_t(stream[0]) != 0xFF || std::uint8_t(stream[1]) != 0x4F || std::uint8_t(stream[3]) != 0x51)
            return {};
        if (codedSigned)
            stream[42] = char(std::uint8_t(stream[42]) | 0x80);
        if (options.keepBytes > 0)
            stream.truncate(options.keepBytes);
        coded << stream;
    }
    return encapsulatedCopy(dir, name, source, options.transferSyntax, coded, options.fragmentsPerFrame);
}

} // namespace strata::testing
