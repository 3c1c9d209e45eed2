// Bad input never crashes, hangs or allocates without bound: every broken file in the shared
// test data, and a few hundred truncated and byte-flipped copies of valid files (fixed seed),
// give either a result or an error that names the file and the reason. CI runs this test in the
// AddressSanitizer/UBSan configuration too (build-asan).
#include "TestData.h"

#include <strata/dicom/Dicomdir.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/Transcode.h>

#include "GdcmSupport.h"
#include "PixelChecks.h"
#include "StructureCheck.h"
#include "encoded_copy.h"

#include <QDirIterator>
#include <QLocalServer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QtEndian>

#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmWriter.h>

#include <zlib.h>

#include <cassert>
#include <csignal>
#include <cstring>
#include <random>
#include <stdexcept>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace strata;
using namespace strata::dicom;

namespace {

/// Reads the header and the pixels; checks that any failure names the file and a reason.
void exercise(const QString &path, int *failures, QStringList *problems)
{
    auto h = readHeader(path);
    if (!h.ok()) {
        ++*failures;
        if (h.error().subject != path || h.error().reason.isEmpty())
            *problems << QStringLiteral("header error without file/reason for %1: %2").arg(path, h.error().message());
        return;
    }
    if (!h->pixel.hasPixelData)
        return;
    DecodeOptions options;
    options.maxBytes = std::size_t(256) << 20;
    auto d = decodePixels(path, options);
    if (!d.ok()) {
        ++*failures;
        if (d.error().subject != path || d.error().reason.isEmpty())
            *problems << QStringLiteral("decode error without file/reason for %1: %2").arg(path, d.error().message());
        return;
    }
    if (d->data.size() < d->pixelsPerFrame() * std::size_t(d->frames) * std::size_t(d->samplesPerPixel))
        *problems << QStringLiteral("decoded buffer shorter than its dimensions for %1").arg(path);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

/// The message of a failed result, for QVERIFY2 (which evaluates it either way).
template <typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message().toUtf8();
}

/// Where the top-level pixel data element starts (its tag, little endian).
qsizetype pixelTagAt(const QByteArray &bytes) { return bytes.lastIndexOf(QByteArray::fromHex("e07f1000")); }

/// The data set of a Part 10 file (after the file meta group, whose group length is its first element).
QByteArray dataSetOf(const QByteArray &file)
{
    const quint32 groupLength = qFromLittleEndian<quint32>(file.constData() + 140);
    return file.mid(144 + qsizetype(groupLength));
}

/// A Part 10 file: preamble, file meta with the transfer syntax `ts`, then `dataSet`.
QByteArray partTen(QByteArray ts, const QByteArray &dataSet)
{
    if (ts.size() % 2)
        ts.append('\0');
    QByteArray out(128, '\0');
    out += "DICM";
    QByteArray meta;
    meta += QByteArray::fromHex("02001000") + "UI";
    meta += char(ts.size() & 0xFF);
    meta += char(ts.size() >> 8);
    meta += ts;
    out += QByteArray::fromHex("02000000") + "UL" + QByteArray::fromHex("0400");
    const quint32 length = quint32(meta.size());
    for (int i = 0; i < 4; ++i)
        out += char((length >> (8 * i)) & 0xFF);
    return out + meta + dataSet;
}

/// Raw deflate (PS3.5 A.5) of `prefix`, `zeros` zero bytes, then `suffix`, streamed.
QByteArray deflated(const QByteArray &prefix, quint64 zeros, const QByteArray &suffix)
{
    z_stream zs{};
    deflateInit2(&zs, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    std::vector<char> chunk(1 << 16);
    auto feed = [&](const char *data, std::size_t n, int flush) {
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        zs.avail_in = uInt(n);
        do {
            zs.next_out = reinterpret_cast<Bytef *>(chunk.data());
            zs.avail_out = uInt(chunk.size());
            deflate(&zs, flush);
            out.append(chunk.data(), qsizetype(chunk.size() - zs.avail_out));
        } while (zs.avail_out == 0);
    };
    feed(prefix.constData(), std::size_t(prefix.size()), Z_NO_FLUSH);
    const QByteArray block(1 << 20, '\0');
    for (quint64 left = zeros; left > 0;) {
        const std::size_t n = std::size_t(std::min<quint64>(left, quint64(block.size())));
        feed(block.constData(), n, Z_NO_FLUSH);
        left -= n;
    }
    feed(suffix.constData(), std::size_t(suffix.size()), Z_FINISH);
    deflateEnd(&zs);
    return out;
}

/// An explicit VR little endian element header with a 4-byte length (OB, OW, UN, ...).
QByteArray longElement(quint16 group, quint16 element, const char *vr, quint32 length)
{
    QByteArray h;
    for (quint16 v : {group, element}) {
        h += char(v & 0xFF);
        h += char(v >> 8);
    }
    h += vr;
    h += QByteArray(2, '\0');
    for (int i = 0; i < 4; ++i)
        h += char((length >> (8 * i)) & 0xFF);
    return h;
}

/// An explicit VR little endian element with a 2-byte length, padded to even length.
QByteArray shortElement(quint16 group, quint16 element, const char *vr, QByteArray value)
{
    if (value.size() % 2)
        value.append(std::strcmp(vr, "UI") == 0 ? '\0' : ' ');
    QByteArray h;
    for (quint16 v : {group, element, quint16(0), quint16(value.size())})
        if (v || h.size() != 4) {
            h += char(v & 0xFF);
            h += char(v >> 8);
        }
    return h.left(4) + vr + h.mid(4) + value;
}

QByteArray us(quint16 v) { return QByteArray(1, char(v & 0xFF)) + char(v >> 8); }

/// A synthetic image: explicit VR little endian data set with the image attributes given and
/// `pixelElement` (native or encapsulated, built by the caller) at the end.
QByteArray imageDataSet(int rows, int columns, qint64 frames, int samples, int bits, const QByteArray &photometric,
                        const QByteArray &pixelElement, const QByteArray &extra0028 = {})
{
    QByteArray ds;
    ds += shortElement(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7");
    ds += shortElement(0x0008, 0x0018, "UI", "1.2.826.0.1.3680043.2.1143.11");
    ds += shortElement(0x0020, 0x000D, "UI", "1.2.826.0.1.3680043.2.1143.12");
    ds += shortElement(0x0020, 0x000E, "UI", "1.2.826.0.1.3680043.2.1143.13");
    ds += shortElement(0x0028, 0x0002, "US", us(quint16(samples)));
    ds += shortElement(0x0028, 0x0004, "CS", photometric);
    ds += shortElement(0x0028, 0x0008, "IS", QByteArray::number(frames));
    ds += shortElement(0x0028, 0x0010, "US", us(quint16(rows)));
    ds += shortElement(0x0028, 0x0011, "US", us(quint16(columns)));
    ds += shortElement(0x0028, 0x0100, "US", us(quint16(bits)));
    ds += shortElement(0x0028, 0x0101, "US", us(quint16(bits)));
    ds += shortElement(0x0028, 0x0102, "US", us(quint16(bits - 1)));
    ds += shortElement(0x0028, 0x0103, "US", us(0));
    ds += extra0028;
    return ds + pixelElement;
}

QByteArray nativePixels(const QByteArray &bytes) { return longElement(0x7FE0, 0x0010, "OW", quint32(bytes.size())) + bytes; }

/// Encapsulated pixel data: an empty offset table, then one item per fragment.
QByteArray encapsulatedPixels(const QList<QByteArray> &fragments)
{
    QByteArray out = longElement(0x7FE0, 0x0010, "OB", 0xFFFFFFFFu) + QByteArray::fromHex("feff00e000000000");
    for (QByteArray f : fragments) {
        if (f.size() % 2)
            f.append('\0');
        out += QByteArray::fromHex("feff00e0");
        for (int i = 0; i < 4; ++i)
            out += char((quint32(f.size()) >> (8 * i)) & 0xFF);
        out += f;
    }
    return out + QByteArray::fromHex("feffdde000000000");
}

/// A baseline JPEG that is nothing but its headers: SOI and a frame header (SOF0) of the size given.
QByteArray tinyJpeg(quint16 rows, quint16 columns)
{
    QByteArray j = QByteArray::fromHex("ffd8ffc0000b08");
    j += char(rows >> 8);
    j += char(rows & 0xFF);
    j += char(columns >> 8);
    j += char(columns & 0xFF);
    j += QByteArray::fromHex("01011100ffd9");
    return j;
}

/// Copies the shared CD file-set into `dir` (writable copies).
QString copyFileSet(const QTemporaryDir &dir)
{
    const QString source = testData("dicomdir-cd/pydicom-dicomdirtests");
    const QString target = dir.filePath(QStringLiteral("cd"));
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + from.mid(source.size());
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(from, to);
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return target;
}

/// Rewrites the Referenced File ID of the first record that has one; returns the old ID.
QByteArray rewriteFirstReference(const QString &dicomdir, const QByteArray &newId)
{
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(dicomdir).constData());
    if (!reader.Read())
        return {};
    gdcm::DataSet &ds = reader.GetFile().GetDataSet();
    gdcm::DataElement records = ds.GetDataElement(gdcm::Tag(0x0004, 0x1220));
    gdcm::SmartPointer<gdcm::SequenceOfItems> sq = records.GetValueAsSQ();
    QByteArray old;
    if (!sq)
        return {};
    // Lengths change: every item and the sequence get undefined lengths (GDCM recomputes none).
    sq->SetLengthToUndefined();
    for (std::size_t i = 1; i <= sq->GetNumberOfItems(); ++i)
        sq->GetItem(i).SetVLToUndefined();
    for (std::size_t i = 1; i <= sq->GetNumberOfItems() && old.isEmpty(); ++i) {
        gdcm::DataSet &item = sq->GetItem(i).GetNestedDataSet();
        const gdcm::Tag id(0x0004, 0x1500);
        if (!item.FindDataElement(id))
            continue;
        old = detail::rawValue(item, id).trimmed();
        QByteArray value = newId;
        if (value.size() % 2)
            value.append(' ');
        gdcm::DataElement de(id);
        de.SetVR(gdcm::VR::CS);
        de.SetByteValue(value.constData(), gdcm::VL(quint32(value.size())));
        item.Replace(de);
    }
    records.SetValue(*sq);
    records.SetVLToUndefined();
    ds.Replace(records);
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(dicomdir).constData());
    return writer.Write() ? old : QByteArray();
}

/// Child process of abortsInsideAGuardAreNotRecovered: aborts inside a guarded region in the way
/// `how` names. Returning at all means the abort was recovered from (exit code 0).
int dieInsideGuard(const char *how)
{
    detail::runGuarded([how] {
        if (std::strcmp(how, "abort") == 0)
            std::abort();
        else if (std::strcmp(how, "raise") == 0)
            std::raise(SIGABRT);
        else if (std::strcmp(how, "assert-outside-gdcm") == 0)
            __assert_fail("an assertion of Strata's own code", __FILE__, __LINE__, __func__);
    });
    return 0;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void everyEdgeCaseFile()
    {
        const QStringList roots{testData("edge-cases"), testData("dicomdir-cd")};
        int files = 0, failures = 0;
        QStringList problems;
        for (const QString &root : roots) {
            QVERIFY2(QFileInfo::exists(root), qPrintable(root));
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                exercise(it.next(), &failures, &problems);
                ++files;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QVERIFY(files > 100);
        QVERIFY(failures >= 6);  // truncated files, gzip, zip, text: errors, not crashes
        qInfo("%d files, %d refused with a reason", files, failures);
    }

    void mutatedCopiesOfValidFiles()
    {
        const QStringList sources{
            "ts-matrix/pydicom-pkg/MR_small.dcm",           "ts-matrix/pydicom-pkg/CT_small.dcm",
            "ts-matrix/pydicom-pkg/MR_small_RLE.dcm",       "ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm",
            "ts-matrix/pydicom-pkg/MR_small_jpeg_ls_lossless.dcm", "ts-matrix/pydicom-pkg/MR_small_implicit.dcm",
            "ts-matrix/pydicom-pkg/MR_small_bigendian.dcm", "ts-matrix/pydicom-pkg/image_dfl.dcm",
            "ts-matrix/pydicom-pkg/JPGExtended.dcm",        "ts-matrix/pydicom-pkg/SC_rgb_rle.dcm",
            "ts-matrix/pydicom-data/JPEG-LL.dcm",           "ts-matrix/pydicom-data/liver.dcm",
            "edge-cases/pydicom-pkg-charset_files/chrH31.dcm", "rt/pydicom-pkg/rtplan.dcm",
            "multiframe-enhanced/dcm_qa_enh-Siemens-XA10/6_1.dcm", "ts-matrix/pydicom-data/OT-PAL-8-face.dcm",
        };
        QTemporaryDir dir;
        std::mt19937 rng(20261123);
        int cases = 0, failures = 0;
        QStringList problems;
        QElapsedTimer timer;
        timer.start();
        for (const QString &source : sources) {
            QFile in(testData(source));
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(source));
            const QByteArray original = in.readAll();
            QVERIFY(original.size() > 200);
            for (int m = 0; m < 20; ++m) {
                QByteArray bytes = original;
                const int kind = m % 4;
                const auto headerEnd = std::min<qsizetype>(bytes.size(), 2048);
                if (kind == 0) {
                    bytes.truncate(qsizetype(rng() % quint32(bytes.size())));
                } else if (kind == 1) {
                    for (int f = 0; f < 1 + int(rng() % 8); ++f)
                        bytes[qsizetype(rng() % quint32(headerEnd))] = char(rng());
                } else if (kind == 2) {
                    // A lying length: 0xFFFFFFF0 or a large value at a random header offset.
                    const qsizetype at = qsizetype(rng() % quint32(std::max<qsizetype>(1, headerEnd - 4)));
                    const quint32 lie = (rng() % 2) ? 0xFFFFFFF0u : (rng() % 0x7FFFFFFFu);
                    for (int b = 0; b < 4; ++b)
                        bytes[at + b] = char((lie >> (8 * b)) & 0xFF);
                } else {
                    for (int f = 0; f < 1 + int(rng() % 32); ++f)
                        bytes[qsizetype(rng() % quint32(bytes.size()))] = char(rng());
                }
                const QString path = dir.filePath(QStringLiteral("case-%1.dcm").arg(cases, 4, 10, QLatin1Char('0')));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(bytes);
                out.close();
                exercise(path, &failures, &problems);
                ++cases;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(cases, 320);
        QVERIFY(failures > 0);
        qInfo("%d mutated files, %d refused with a reason, %lld ms", cases, failures, timer.elapsed());
    }

    /// A real MR header followed by 8 MB of zero bytes and one other byte: refused with the
    /// offset of the zeros, after work linear in the file size (the padding check used to scan
    /// to the end of the file at every zero element: quadratic, minutes for this file).
    void zeroRunIsRefusedInLinearTime()
    {
        QByteArray bytes = fileBytes(testData("ts-matrix/pydicom-pkg/MR_small_implicit.dcm"));
        bytes.truncate(pixelTagAt(bytes));
        const qsizetype zerosAt = bytes.size();
        bytes += QByteArray(8 << 20, '\0');
        bytes += '\x01';
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mr-then-zeros.dcm"), bytes);
        const std::uint64_t before = detail::structureWalkWork();
        auto h = readHeader(path);
        const std::uint64_t work = detail::structureWalkWork() - before;
        QVERIFY(!h.ok());
        QCOMPARE(h.error().subject, path);
        QCOMPARE(h.error().code, ErrorCode::Malformed);
        QVERIFY2(h.error().reason.contains(QStringLiteral("zero bytes")) && h.error().reason.contains(QString::number(zerosAt)),
                 qPrintable(h.error().message()));
        QVERIFY2(work <= std::uint64_t(bytes.size()), qPrintable(QString::number(work)));
        // Zero padding at the very end is still what it was: padding.
        QByteArray padded = fileBytes(testData("ts-matrix/pydicom-pkg/MR_small_implicit.dcm")) + QByteArray(1 << 20, '\0');
        QVERIFY(readHeader(writeFile(dir, QStringLiteral("padded.dcm"), padded)).ok());
    }

    /// A file of zero bytes only is not DICOM, whatever its size, with or without a "DICM".
    void zeroBytesAreNotDicom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (int size : {1, 7, 8, 132, 4096, 1 << 20})
            QTest::addRow("%d zero bytes", size) << QByteArray(size, '\0');
        QTest::newRow("preamble, DICM, zeros") << QByteArray(128, '\0') + "DICM" + QByteArray(4096, '\0');
    }
    void zeroBytesAreNotDicom()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("zeros.dcm"), bytes);
        auto h = readHeader(path);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, ErrorCode::NotDicom);
        QCOMPARE(h.error().subject, path);
    }

    /// A header read of a deflated file inflates only up to the pixel data (here 100 MB of zeros
    /// that deflate to 100 KB follow it), and a header that inflates beyond the limit is refused.
    void deflatedHeaderReadsInflateOnlyTheHeader()
    {
        const QByteArray mr = fileBytes(testData("ts-matrix/pydicom-pkg/MR_small.dcm"));
        const QByteArray header = dataSetOf(mr).left(pixelTagAt(dataSetOf(mr)));
        const quint32 pixels = 100u << 20;
        QTemporaryDir dir;
        const QString big = writeFile(dir, QStringLiteral("deflated-big-pixels.dcm"),
                                      partTen("1.2.840.10008.1.2.1.99",
                                              deflated(header + longElement(0x7FE0, 0x0010, "OW", pixels), pixels, {})));
        auto fs = detail::checkFileStructure(big, detail::StructureScope::Header);
        QVERIFY2(fs.ok(), why(fs));
        QVERIFY(fs->deflated && fs->hasPixelData);
        QVERIFY2(fs->inflated->size() < (4u << 20), qPrintable(QString::number(fs->inflated->size())));
        auto h = readHeader(big);
        QVERIFY2(h.ok(), why(h));
        QCOMPARE(h.value().pixel.rows, 64);

        // 100 MB of a private OB element before the pixel data: beyond what a header may inflate to.
        const QString bomb = writeFile(dir, QStringLiteral("deflated-header-bomb.dcm"),
                                       partTen("1.2.840.10008.1.2.1.99",
                                               deflated(header + longElement(0x0009, 0x1010, "OB", pixels), pixels,
                                                        longElement(0x7FE0, 0x0010, "OW", 2) + QByteArray(2, '\0'))));
        auto refused = readHeader(bomb);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::TooLarge);
        QCOMPARE(refused.error().subject, bomb);
    }

    /// A FIFO (or socket, device) is refused without being opened for reading: that would block.
    void fifoIsRefusedWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fifo.dcm"));
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        auto h = readHeader(path);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().subject, path);
        QVERIFY2(h.error().reason.contains(QStringLiteral("not a regular file")), qPrintable(h.error().message()));
    }

    /// Hostile sizes: each refused quickly, before anything is allocated, with an error naming the
    /// file; by the decoder, the transcoder and the info command's hash alike.
    /// Two capitals GDCM does not know as a VR are UN to GDCM, with a 32-bit length (fuzz_header:
    /// GDCM allocated 1.5 GiB for a 1,938-byte file whose walk had read a 16-bit length there).
    /// The walk reads such a VR as GDCM does, so the lying length is refused before GDCM reads.
    void unknownVrIsReadAsGdcmReadsIt()
    {
        QTemporaryDir dir;
        const QByteArray lying = shortElement(0x0008, 0x0001, "PO", QByteArray::fromHex("0000005e") + "Buc^Jerome\\Buc^Jerome");
        const QString path = writeFile(dir, QStringLiteral("unknown-vr.dcm"),
                                       partTen("1.2.840.10008.1.2.1", lying + imageDataSet(8, 8, 1, 1, 8, "MONOCHROME2",
                                                                                          nativePixels(QByteArray(64, '\x01')))));
        auto h = readHeader(path);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, ErrorCode::Malformed);
        QCOMPARE(h.error().subject, path);
        QVERIFY2(h.error().reason.contains(QStringLiteral("(0008,0001) declares 1577058304 bytes")), qPrintable(h.error().message()));
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Malformed);
    }

    /// A command group length (0000,0000) UL 0 inside the data set, as DCMTK's storescu sends a
    /// file whose trailing zeros it read as elements and its receiver stores it: the file reads
    /// and decodes as the original does (it was refused as "zero bytes where a data element was
    /// expected", and the received instance was not imported). Zeros that are not such an
    /// element are still refused.
    void commandGroupLengthInTheDataSetIsRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("element");
        QTest::newRow("explicit VR") << "ts-matrix/pydicom-pkg/MR_small.dcm" << QByteArray::fromHex("00000000554c040000000000");
        QTest::newRow("implicit VR") << "ts-matrix/pydicom-pkg/MR_small_implicit.dcm" << QByteArray::fromHex("000000000400000000000000");
    }
    void commandGroupLengthInTheDataSetIsRead()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, element);
        const QByteArray original = fileBytes(testData(file));
        QVERIFY(!original.isEmpty());
        const qsizetype dataSetAt = original.size() - dataSetOf(original).size();
        QTemporaryDir dir;
        const QString plain = writeFile(dir, QStringLiteral("plain.dcm"), original);
        const QString withGroupLength = writeFile(dir, QStringLiteral("group-length.dcm"), QByteArray(original).insert(dataSetAt, element));
        auto expected = readHeader(plain);
        QVERIFY2(expected.ok(), why(expected));
        auto h = readHeader(withGroupLength);
        QVERIFY2(h.ok(), why(h));
        QCOMPARE(h.value().sopInstanceUid, expected.value().sopInstanceUid);
        QCOMPARE(h.value().pixel.rows, expected.value().pixel.rows);
        auto pixels = decodePixels(withGroupLength);
        QVERIFY2(pixels.ok(), why(pixels));
        QVERIFY(pixels.value().data == decodePixels(plain).value().data);
        // Twelve zero bytes in its place are not an element.
        const QString zeros = writeFile(dir, QStringLiteral("zeros.dcm"), QByteArray(original).insert(dataSetAt, QByteArray(12, '\0')));
        auto refused = readHeader(zeros);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().reason.contains(QStringLiteral("zero bytes")), why(refused));
    }

    /// Zero bytes after a big endian data set: GDCM gives up its reading at the first (0000,0000)
    /// and reads the whole file again as little endian explicit/implicit, with lengths nobody
    /// checked (fuzz_pixels: a 3 GiB allocation). GDCM reads such a file only from the normalised
    /// copy, which leaves the padding out: the image decodes as it does without the padding.
    void zeroPaddingAfterBigEndianDataSet()
    {
        const QByteArray original = fileBytes(testData("ts-matrix/pydicom-pkg/MR_small_bigendian.dcm"));
        QVERIFY(!original.isEmpty());
        QTemporaryDir dir;
        const QString plain = writeFile(dir, QStringLiteral("be.dcm"), original);
        const QString padded = writeFile(dir, QStringLiteral("be-padded.dcm"), original + QByteArray(4096, '\0'));
        auto plainStructure = detail::checkFileStructure(plain);
        QVERIFY2(plainStructure.ok(), why(plainStructure));
        QVERIFY(plainStructure.value().gdcmReadsFile);  // the common case reads the file itself
        QVERIFY(!plainStructure.value().paddingOffset);
        auto paddedStructure = detail::checkFileStructure(padded);
        QVERIFY2(paddedStructure.ok(), why(paddedStructure));
        QVERIFY(paddedStructure.value().bigEndian);
        QVERIFY(!paddedStructure.value().gdcmReadsFile);
        QCOMPARE(paddedStructure.value().paddingOffset.value_or(0), std::uint64_t(original.size()));
        QVERIFY2(readHeader(padded).ok(), why(readHeader(padded)));
        auto expected = decodePixels(plain);
        QVERIFY2(expected.ok(), why(expected));
        auto d = decodePixels(padded);
        QVERIFY2(d.ok(), why(d));
        QCOMPARE(d.value().rows, expected.value().rows);
        QCOMPARE(d.value().frames, expected.value().frames);
        QVERIFY(d.value().data == expected.value().data);
    }

    /// An implicit VR sequence of defined length is a byte value to GDCM until the header reader
    /// asks for its items (GetValueAsSQ): an item inside that declares 1 GiB would then be
    /// allocated. The walk checks such values as sequences, as GDCM will read them.
    void itemsInsideImplicitValuesAreChecked()
    {
        auto implicitElement = [](quint16 g, quint16 e, const QByteArray &value, quint32 length) {
            QByteArray out;
            for (quint16 v : {g, e})
                out += char(v & 0xFF), out += char(v >> 8);
            for (int i = 0; i < 4; ++i)
                out += char((length >> (8 * i)) & 0xFF);
            return out + value;
        };
        const QByteArray lyingItem = QByteArray::fromHex("feff00e010000000") + implicitElement(0x0020, 0x0032, "1\\2\\3.0 ", 0x40000000u);
        QByteArray ds = implicitElement(0x0008, 0x0016, QByteArray("1.2.840.10008.5.1.4.1.1.4.1") + '\0', 28)
            + implicitElement(0x0020, 0x000D, "1.2.3.4 ", 8) + implicitElement(0x0020, 0x000E, "1.2.3.5 ", 8)
            + implicitElement(0x5200, 0x9230, lyingItem, quint32(lyingItem.size()));
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("implicit-items.dcm"), partTen("1.2.840.10008.1.2", ds));
        auto h = readHeader(path);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, ErrorCode::Malformed);
        QCOMPARE(h.error().subject, path);
        QVERIFY2(h.error().reason.contains(QStringLiteral("(5200,9230) holds items that are damaged")), qPrintable(h.error().message()));
        // The same sequence with an honest item is read.
        const QByteArray item = QByteArray::fromHex("feff00e010000000") + implicitElement(0x0020, 0x0032, "1\\2\\3.0 ", 8);
        ds.truncate(ds.size() - lyingItem.size() - 8);
        ds += implicitElement(0x5200, 0x9230, item, quint32(item.size()));
        const QString honest = writeFile(dir, QStringLiteral("implicit-items-ok.dcm"), partTen("1.2.840.10008.1.2", ds));
        QVERIFY2(readHeader(honest).ok(), why(readHeader(honest)));
    }

    /// A file meta element cut short inside its header: GDCM's meta reader asserts on it (fuzz_header:
    /// recovered, but what the aborted read held was lost). Refused by the walk, also when the
    /// cut element is all that follows the meta group.
    void truncatedMetaElementIsRefused()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("meta-cut.dcm"), partTen("1.2.840.10008.1.2", QByteArray::fromHex("0200130020")));
        auto h = readHeader(path);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, ErrorCode::Malformed);
        QCOMPARE(h.error().subject, path);
        QVERIFY2(h.error().reason.contains(QStringLiteral("truncated inside the file meta information")), qPrintable(h.error().message()));
    }

    /// A Planar Configuration other than 0 or 1 in a colour image: GDCM asserts on it (fuzz_pixels,
    /// recovered, but the aborted read's dimensions were lost). Refused before GDCM reads.
    void planarConfigurationMustBeZeroOrOne()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("planar.dcm"),
                                       partTen("1.2.840.10008.1.2.1", imageDataSet(8, 8, 1, 3, 8, "RGB", nativePixels(QByteArray(192, '\x40')),
                                                                                  shortElement(0x0028, 0x0006, "US", us(2)))));
        QVERIFY2(readHeader(path).ok(), why(readHeader(path)));
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Malformed);
        QCOMPARE(d.error().subject, path);
        QVERIFY2(d.error().reason.contains(QStringLiteral("Planar Configuration 2 is neither 0 nor 1")), qPrintable(d.error().message()));
    }

    /// Rows as SS (fuzz_pixels): GDCM's image reader asserts that an image attribute's VR fits
    /// its dictionary entry. The decode is refused with the reason; the header still reads.
    void imageAttributeWithWrongVrIsRefusedForDecoding()
    {
        QByteArray ds = imageDataSet(8, 8, 1, 1, 8, "MONOCHROME2", nativePixels(QByteArray(64, '\x40')));
        const QByteArray rows = shortElement(0x0028, 0x0010, "US", us(8));
        QVERIFY(ds.contains(rows));
        ds.replace(rows, shortElement(0x0028, 0x0010, "SS", us(8)));
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("rows-ss.dcm"), partTen("1.2.840.10008.1.2.1", ds));
        QVERIFY2(readHeader(path).ok(), why(readHeader(path)));
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Malformed);
        QCOMPARE(d.error().subject, path);
        QVERIFY2(d.error().reason.contains(QStringLiteral("(0028,0010) has VR SS where US is expected")), qPrintable(d.error().message()));
    }

    void hostileSizesAreRefused_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("code");
        // The file: rows × columns × frames × 3 overflows 64 bits and came to 16 MiB.
        QTest::newRow("54000×57052 RGB × 1,995,877,280 frames") << 54000 << 57052 << qint64(1995877280) << 3 << 8 << int(ErrorCode::TooLarge);
        QTest::newRow("65535×65535×2 bytes: 32-bit overflow") << 65535 << 65535 << qint64(1) << 1 << 16 << int(ErrorCode::TooLarge);
        QTest::newRow("4096×4096×2 × 300 frames: 32-bit overflow") << 4096 << 4096 << qint64(300) << 1 << 16 << int(ErrorCode::TooLarge);
        QTest::newRow("65535×65535 RGB 64-bit samples × 1,048,576 frames") << 65535 << 65535 << qint64(1 << 20) << 3 << 64 << int(ErrorCode::TooLarge);
        QTest::newRow("no rows") << 0 << 512 << qint64(1) << 1 << 16 << int(ErrorCode::MissingAttribute);
    }
    void hostileSizesAreRefused()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(qint64, frames);
        QFETCH(int, samples);
        QFETCH(int, bits);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QByteArray photometric = samples == 3 ? "RGB" : "MONOCHROME2";
        const QString path = writeFile(dir, QStringLiteral("huge.dcm"),
                                       partTen("1.2.840.10008.1.2.1", imageDataSet(rows, columns, frames, samples, bits, photometric,
                                                                                  nativePixels(QByteArray(16 << 20, '\x7f')))));
        QVERIFY2(readHeader(path).ok(), why(readHeader(path)));
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().code), code);
        QCOMPARE(d.error().subject, path);
        auto t = transcode(path, QStringLiteral("1.2.840.10008.1.2.5"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().subject, path);
    }

    /// Pixel data shorter than the header declares (CVE-2024-25569: GDCM's RAWCodec reads what
    /// the header declares): refused, also when the data set is deflated.
    void shortPixelDataIsRefused()
    {
        QTemporaryDir dir;
        const QByteArray ds = imageDataSet(512, 512, 1, 1, 16, "MONOCHROME2", nativePixels(QByteArray(100, '\x01')));
        const QString plain = writeFile(dir, QStringLiteral("short.dcm"), partTen("1.2.840.10008.1.2.1", ds));
        const QString deflatedPath = writeFile(dir, QStringLiteral("short-deflated.dcm"),
                                               partTen("1.2.840.10008.1.2.1.99", deflated(ds, 0, {})));
        for (const QString &path : {plain, deflatedPath}) {
            auto d = decodePixels(path);
            QVERIFY2(!d.ok(), qPrintable(path));
            QCOMPARE(d.error().code, ErrorCode::Malformed);
            QCOMPARE(d.error().subject, path);
            QVERIFY2(d.error().reason.contains(QStringLiteral("truncated: pixel data holds 100 bytes")), qPrintable(d.error().message()));
            auto t = transcode(path, QStringLiteral("1.2.840.10008.1.2.5"));
            QVERIFY(!t.ok());
            QCOMPARE(t.error().code, ErrorCode::Malformed);
        }
    }

    /// A codec stream whose own dimensions disagree with the header is not decoded: a tiny JPEG
    /// asking for 65535×65535 (4 GiB), JPEG 2000 with a larger image or other components than
    /// declared (CVE-2024-22373: GDCM writes the decoded image into a header-sized buffer), a
    /// tiny JPEG for a 4000×4000 frame, and more frames encoded than declared.
    void codecStreamsMustMatchTheHeader_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray jpegTs = "1.2.840.10008.1.2.4.50";
        QTest::newRow("JPEG asking for 65535×65535 in a 64×64 image")
            << partTen(jpegTs, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2", encapsulatedPixels({tinyJpeg(65535, 65535)})))
            << int(ErrorCode::Malformed) << "holds 65535×65535 pixels";
        QTest::newRow("tiny JPEG in a 65535×65535 image")
            << partTen(jpegTs, imageDataSet(65535, 65535, 1, 1, 8, "MONOCHROME2", encapsulatedPixels({tinyJpeg(65535, 65535)})))
            << int(ErrorCode::TooLarge) << "decode budget";
        QTest::newRow("tiny JPEG for a 4000×4000 frame")
            << partTen(jpegTs, imageDataSet(4000, 4000, 1, 1, 8, "MONOCHROME2", encapsulatedPixels({tinyJpeg(4000, 4000)})))
            << int(ErrorCode::Malformed) << "cannot hold";
        QTest::newRow("two JPEG frames where one is declared")
            << partTen(jpegTs, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2",
                                            encapsulatedPixels({tinyJpeg(64, 64) + QByteArray(8192, '\0'), tinyJpeg(64, 64)})))
            << int(ErrorCode::Malformed) << "more frames";

        // What the IJG code in GDCM warns about while reading the header, and GDCM's header probe
        // then asserts on (fuzz_pixels): a stray byte between markers, JFIF 2.x, an unknown
        // Adobe transform. Refused before GDCM sees them.
        const QByteArray sos = QByteArray::fromHex("ffda0008010100003f00ffd9");
        QTest::newRow("JPEG with a stray byte between markers")
            << partTen(jpegTs, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2",
                                            encapsulatedPixels({QByteArray::fromHex("ffd8ffc0000b080040004001011100") + QByteArray(1, '\xf7') + sos})))
            << int(ErrorCode::Malformed) << "a JPEG marker was expected";
        QTest::newRow("JPEG declaring JFIF 2")
            << partTen(jpegTs, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2",
                                            encapsulatedPixels({QByteArray::fromHex("ffd8ffe000104a46494600020100000100010000ffc0000b080040004001011100") + sos})))
            << int(ErrorCode::Malformed) << "declares JFIF version 2";
        QTest::newRow("JPEG with an unknown Adobe transform")
            << partTen(jpegTs, imageDataSet(64, 64, 1, 3, 8, "RGB",
                                            encapsulatedPixels({QByteArray::fromHex("ffd8ffee000e41646f626500640000000005"
                                                                                    "ffc000110800400040030111000211000311 00").replace(' ', "") + sos})))
            << int(ErrorCode::Malformed) << "unknown Adobe colour transform 5";

        const QByteArray j2k = fileBytes(testData("ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm"));
        const qsizetype siz = j2k.indexOf(QByteArray::fromHex("ff4fff51"));
        QVERIFY(siz > 0);
        QByteArray wider = j2k;
        wider[siz + 10] = char(0x01);  // Xsiz 64 -> 0x140 = 320
        QTest::newRow("JPEG 2000 image wider than the header") << wider << int(ErrorCode::Malformed) << "holds 320×64 pixels";
        QByteArray threeComponents = j2k;
        threeComponents[siz + 41] = char(3);  // Csiz 1 -> 3 (its component list now runs on into COD)
        QTest::newRow("JPEG 2000 with 3 components for 1 sample")
            << threeComponents << int(ErrorCode::Malformed) << "3 component(s)";
        // A main header OpenJPEG cannot read (the marker after SIZ claims a 1-byte segment): GDCM's
        // header probe leaks what OpenJPEG made for it (fuzz_pixels), so Strata asks OpenJPEG first.
        QByteArray badMainHeader = j2k;
        QCOMPARE(quint8(badMainHeader[siz + 45]), quint8(0xFF));
        badMainHeader[siz + 47] = char(0x00);
        badMainHeader[siz + 48] = char(0x01);
        QTest::newRow("JPEG 2000 main header OpenJPEG cannot read")
            << badMainHeader << int(ErrorCode::Malformed) << "OpenJPEG cannot read the JPEG 2000 main header";
        // A tile-part header that lies (fuzz_pixels): the start of tile (SOT) declares 65520 bytes
        // in a stream of a few thousand. OpenJPEG's header read stops at SOT and passes it; GDCM's
        // own marker walk (reversible or not) would step by that length past the fragment's end.
        QByteArray tilePartOverrun = j2k;
        const qsizetype sot = tilePartOverrun.indexOf(QByteArray::fromHex("ff90000a"), siz);
        QVERIFY(sot > siz);
        tilePartOverrun[sot + 2] = char(0xFF);
        tilePartOverrun[sot + 3] = char(0xF2);
        QTest::newRow("JPEG 2000 tile-part header past the fragment")
            << tilePartOverrun << int(ErrorCode::Malformed) << QStringLiteral("the JPEG 2000 marker FF90 at byte %1 declares 65520 bytes where").arg(sot - siz);

        // High-Throughput JPEG 2000 (decoded by OpenJPEG, not GDCM): the same checks, and a
        // codestream cut short is an error, not an image decoded from what there was.
        QTemporaryDir dir;
        const testing::SourceImage mr{testData("ts-matrix/pydicom-data/emri_small.dcm"), 64, 64, 10, false, 12};
        const QByteArray ht = fileBytes(testing::htj2kCopy(dir, QStringLiteral("ht.dcm"), mr));
        const qsizetype htSiz = ht.indexOf(QByteArray::fromHex("ff4fff51"));
        QVERIFY2(htSiz > 0, "ojph_compress (openjph-tools) made no copy");
        QByteArray htWider = ht;
        htWider[htSiz + 10] = char(0x01);  // Xsiz 64 -> 320
        QTest::newRow("HTJ2K image wider than the header") << htWider << int(ErrorCode::Malformed) << "holds 320×64 pixels";
        QByteArray htOneFrame = ht;
        const qsizetype frames = htOneFrame.indexOf(QByteArray("\x28\x00\x08\x00IS\x02\x00" "10", 10));
        QVERIFY(frames > 0);
        htOneFrame.replace(frames + 8, 2, "1 ");
        QTest::newRow("ten HTJ2K frames where one is declared") << htOneFrame << int(ErrorCode::Malformed) << "more frames";
        testing::Htj2kOptions cut;
        cut.keepBytes = 120;
        const QByteArray htCut = fileBytes(testing::htj2kCopy(dir, QStringLiteral("cut.dcm"), mr, cut));
        QVERIFY(!htCut.isEmpty());
        QTest::newRow("HTJ2K codestream cut short") << htCut << int(ErrorCode::DecodeFailed) << "frame 1 of the HTJ2K pixel data could not be decoded";

    }
    void codecStreamsMustMatchTheHeader()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("codec.dcm"), file);
        const std::uint64_t before = detail::codecHeadersChecked();
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().code), code);
        QCOMPARE(d.error().subject, path);
        QVERIFY2(d.error().reason.contains(reason), qPrintable(d.error().message()));
        if (code == int(ErrorCode::Malformed))
            QVERIFY(detail::codecHeadersChecked() > before);
        auto t = transcode(path, QStringLiteral("1.2.840.10008.1.2.1"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().subject, path);
    }

    /// Deflated image frames (inflated by Strata with zlib, GDCM does not know the syntax): never
    /// more than a frame is inflated (a 64 MiB bomb stops at the frame's size), a short or broken
    /// stream is named, and each frame is one fragment. A transcode fails the same way.
    void deflatedFramesInflateWithinTheFrame_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray deflated = "1.2.840.10008.1.2.8.1";
        QTest::newRow("deflated frame inflating past the frame")
            << partTen(deflated, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2", encapsulatedPixels({testing::rawDeflate(QByteArray(64 << 20, '\0'))})))
            << int(ErrorCode::Malformed) << "deflated frame 1 inflates to more than the 4096 bytes of a frame";
        QTest::newRow("deflated frame too short")
            << partTen(deflated, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2", encapsulatedPixels({testing::rawDeflate(QByteArray(4000, '\x11'))})))
            << int(ErrorCode::DecodeFailed) << "deflated frame 1 inflates to 4000 of its 4096 bytes";
        QTest::newRow("deflated frame cut")
            << partTen(deflated, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2", encapsulatedPixels({testing::rawDeflate(QByteArray(4096, '\x11')).left(6)})))
            << int(ErrorCode::DecodeFailed) << "deflated frame 1 inflates to";
        QTest::newRow("two deflated fragments for one frame")
            << partTen(deflated, imageDataSet(64, 64, 1, 1, 8, "MONOCHROME2",
                                              encapsulatedPixels({testing::rawDeflate(QByteArray(4096, '\x11')), testing::rawDeflate(QByteArray(10, '\x11'))})))
            << int(ErrorCode::Malformed) << "2 fragments for 1 frames";
    }
    void deflatedFramesInflateWithinTheFrame()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("deflated.dcm"), file);
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().code), code);
        QCOMPARE(d.error().subject, path);
        QVERIFY2(d.error().reason.contains(reason), qPrintable(d.error().message()));
        auto t = transcode(path, QStringLiteral("1.2.840.10008.1.2.1"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().subject, path);
        QVERIFY2(t.error().reason.contains(reason), qPrintable(t.error().message()));
    }

    /// RLE frames whose header lies (CVE-2025-48429: GDCM reads segment offsets past its 15-entry
    /// table for a segment count above 15) or whose segments decode to more than a plane.
    void rleHeadersMustMatchTheImage_data()
    {
        QTest::addColumn<int>("segments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("16 segments") << 16 << "declares 16 segments";
        QTest::newRow("4294967295 segments") << -1 << "declares 4294967295 segments";
        QTest::newRow("0 segments") << 0 << "declares 0 segments";
        QTest::newRow("one segment too long") << 1000 << "decodes to";
    }
    void rleHeadersMustMatchTheImage()
    {
        QFETCH(int, segments);
        QFETCH(QString, reason);
        QByteArray bytes = fileBytes(testData("ts-matrix/pydicom-pkg/MR_small_RLE.dcm"));
        // Pixel data: tag, OB, length; the offset table item; the first fragment's item header.
        const qsizetype pixel = pixelTagAt(bytes);
        QVERIFY(pixel > 0);
        const quint32 tableLength = qFromLittleEndian<quint32>(bytes.constData() + pixel + 16);
        const qsizetype frame = pixel + 12 + 8 + qsizetype(tableLength) + 8;
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + frame), 2u);  // 16 bits: two segments
        if (segments == 1000) {
            // The first segment's first run: a replicate run of 128 where a literal run was.
            const quint32 first = qFromLittleEndian<quint32>(bytes.constData() + frame + 4);
            bytes[frame + qsizetype(first)] = char(-127);
        } else {
            qToLittleEndian<quint32>(quint32(segments), bytes.data() + frame);
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("rle.dcm"), bytes);
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Malformed);
        QCOMPARE(d.error().subject, path);
        QVERIFY2(d.error().reason.contains(reason), qPrintable(d.error().message()));
        QVERIFY(!transcode(path, QStringLiteral("1.2.840.10008.1.2.1")).ok());
        QVERIFY(decodePixels(testData("ts-matrix/pydicom-pkg/MR_small_RLE.dcm")).ok());
    }

    /// Palette descriptors that disagree with the pixel depth or with their data
    /// (CVE-2024-22391: GDCM's LookupTable::SetLUT writes a descriptor's worth of entries into a
    /// table sized by the pixel depth).
    void paletteDescriptorsMustMatch_data()
    {
        QTest::addColumn<QByteArray>("entries");  // the descriptor's first value, little endian
        QTest::addColumn<QString>("reason");
        QTest::newRow("65536 entries for 8-bit pixels") << QByteArray::fromHex("0000") << "65536 entries";
        QTest::newRow("300 entries for 8-bit pixels") << QByteArray::fromHex("2c01") << "300 entries";
        QTest::newRow("100 entries in 400 bytes") << QByteArray::fromHex("6400") << "holds 400 bytes";
    }
    void paletteDescriptorsMustMatch()
    {
        QFETCH(QByteArray, entries);
        QFETCH(QString, reason);
        QByteArray bytes = fileBytes(testData("ts-matrix/pydicom-data/OT-PAL-8-face.dcm"));
        // Implicit VR: the green descriptor (0028,1102), 6 bytes: 200, 0, 16.
        const qsizetype at = bytes.indexOf(QByteArray::fromHex("2800021106000000c80000001000"));
        QVERIFY(at > 0);
        bytes.replace(at + 8, 2, entries);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("palette.dcm"), bytes);
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Malformed);
        QCOMPARE(d.error().subject, path);
        QVERIFY2(d.error().reason.contains(reason), qPrintable(d.error().message()));
    }

    /// DICOMDIR references that leave the media root or name no regular file are refused,
    /// reported and never opened; the other references still resolve.
    void hostileDicomdirReferencesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<QString>("make");  // what to create in the file-set's folder first
        QTest::addColumn<QString>("reason");
        QTest::newRow("..\\..") << QByteArray("..\\..\\..\\..\\etc\\passwd") << "" << "\"..\" component";
        QTest::newRow("../ in one component") << QByteArray("../../../../etc/passwd") << "" << "\"/\"";
        QTest::newRow("absolute") << QByteArray("\\etc\\passwd") << "" << "absolute path";
        QTest::newRow("drive") << QByteArray("C:\\WINDOWS\\WIN.INI") << "" << "\":\"";
        QTest::newRow("symlinked folder outside") << QByteArray("OUTSIDE\\IMAGE") << "link-folder" << "outside the DICOMDIR's folder";
        QTest::newRow("symlinked file outside") << QByteArray("OUTFILE") << "link-file" << "outside the DICOMDIR's folder";
        QTest::newRow("symlink to a device") << QByteArray("NULLDEV") << "link-device" << "outside the DICOMDIR's folder";
        QTest::newRow("FIFO") << QByteArray("FIFO") << "fifo" << "FIFO";
        QTest::newRow("socket") << QByteArray("SOCK") << "socket" << "socket";
    }
    void hostileDicomdirReferencesAreRefused()
    {
        QFETCH(QByteArray, id);
        QFETCH(QString, make);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString root = copyFileSet(dir);
        const QString dicomdir = root + QStringLiteral("/DICOMDIR");
        QStringList missing;
        auto before = dicomdirFiles(dicomdir, &missing);
        QVERIFY2(before.ok(), why(before));
        QVERIFY(before.value().size() > 10);

        // Outside the media root: a folder with a real DICOM file in it.
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QFile::copy(testData("ts-matrix/pydicom-pkg/MR_small.dcm"), outside + QStringLiteral("/IMAGE")));
        QLocalServer socket;
        if (make == QLatin1String("link-folder"))
            QVERIFY(QFile::link(outside, root + QStringLiteral("/OUTSIDE")));
        else if (make == QLatin1String("link-file"))
            QVERIFY(QFile::link(outside + QStringLiteral("/IMAGE"), root + QStringLiteral("/OUTFILE")));
        else if (make == QLatin1String("link-device"))
            QVERIFY(QFile::link(QStringLiteral("/dev/null"), root + QStringLiteral("/NULLDEV")));
        else if (make == QLatin1String("fifo"))
            QCOMPARE(mkfifo(QFile::encodeName(root + QStringLiteral("/FIFO")).constData(), 0600), 0);
        else if (make == QLatin1String("socket"))
            QVERIFY(socket.listen(root + QStringLiteral("/SOCK")));

        const QByteArray old = rewriteFirstReference(dicomdir, id);
        QVERIFY(!old.isEmpty());
        QList<Error> refused;
        missing.clear();
        auto after = dicomdirFiles(dicomdir, &missing, &refused);
        QVERIFY2(after.ok(), why(after));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.front().subject, dicomdir);
        QVERIFY2(refused.front().reason.contains(QString::fromLatin1(id)) && refused.front().reason.contains(reason),
                 qPrintable(refused.front().message()));
        QVERIFY(missing.isEmpty());
        QCOMPARE(after.value().size(), before.value().size() - 1);
        for (const QString &f : after.value())
            QVERIFY2(f.startsWith(root + QLatin1Char('/')) && QFileInfo(f).isFile() && !QFileInfo(f).isSymLink(), qPrintable(f));
    }

    /// A failed GDCM assertion (a palette index beyond the palette: GDCM's LookupTable asserts)
    /// becomes an error naming the file; the process goes on and decodes the next file.
    void gdcmAssertionBecomesAnError()
    {
        QFile in(testData("ts-matrix/pydicom-data/OT-PAL-8-face.dcm"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        // The 200-entry palette; the pixel data (640×480, 8 bits) ends the file.
        QCOMPARE(bytes.size() - bytes.lastIndexOf(QByteArray::fromHex("e07f1000")), 8 + 307200);
        bytes[bytes.size() - 307200] = char(250);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("palette-index-250.dcm"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("GDCM stopped on a failed internal check .*gdcmLookupTable")));
        auto d = decodePixels(path);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().subject, path);
        QVERIFY2(d.error().reason.contains(QLatin1String("palette")), qPrintable(d.error().message()));
        QVERIFY(decodePixels(testData("ts-matrix/pydicom-data/OT-PAL-8-face.dcm")).ok());
    }

    /// GDCM's assertions reach Strata's __assert_fail (the executable exports it), not glibc's.
    void gdcmAssertionsBindToStrata() { QVERIFY(detail::assertionBinding()); }

    /// Only GDCM's assertions are recovered from: abort() (as glibc's heap checks and the stack
    /// protector call it), SIGABRT and assertions of other code end the process even inside a
    /// guarded region.
    void abortsInsideAGuardAreNotRecovered_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("abort()") << "abort";
        QTest::newRow("raise(SIGABRT)") << "raise";
        QTest::newRow("assertion outside GDCM") << "assert-outside-gdcm";
    }
    void abortsInsideAGuardAreNotRecovered()
    {
        QFETCH(QString, how);
        QProcess child;
        child.setChildProcessModifier([] {
            const rlimit noCore{0, 0};
            setrlimit(RLIMIT_CORE, &noCore);
        });
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--die-inside-guard"), how});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(child.exitCode(), int(SIGABRT));
        if (how == QLatin1String("assert-outside-gdcm"))
            QVERIFY2(child.readAllStandardError().contains("Assertion `an assertion of Strata's own code' failed"),
                     "the assertion is printed as glibc prints it");
    }

    /// The cost of the guard: one sigsetjmp without a signal mask per guarded GDCM call, a few
    /// calls per file. Printed next to the decode time of the transfer-syntax matrix.
    void guardCost()
    {
        constexpr int kCalls = 200000;
        int ran = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kCalls; ++i)
            QVERIFY(detail::runGuarded([&] { ++ran; }));
        const double nsPerCall = double(timer.nsecsElapsed()) / kCalls;
        QCOMPARE(ran, kCalls);
        QVERIFY(!detail::runGuarded([] { throw std::runtime_error("GDCM threw"); }));

        QDirIterator it(testData("ts-matrix/pydicom-pkg"), {QStringLiteral("*.dcm")}, QDir::Files);
        int files = 0, decoded = 0;
        timer.restart();
        while (it.hasNext()) {
            ++files;
            decoded += decodePixels(it.next()).ok() ? 1 : 0;
        }
        const double msPerFile = double(timer.nsecsElapsed()) / 1e6 / std::max(1, files);
        QVERIFY(files > 20);
        QVERIFY(decoded > 20);
        qInfo("guard: %.1f ns per guarded call; decode: %.2f ms per file over %d files (%d decoded); "
              "at 3 guarded calls per file the guard is %.5f%% of the decode time",
              nsPerCall, msPerFile, files, decoded, 3 * nsPerCall / (msPerFile * 1e4));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--die-inside-guard") == 0)
        return dieInsideGuard(argv[2]);
    QCoreApplication app(argc, argv);
    TestBadInput test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_badinput.moc"
