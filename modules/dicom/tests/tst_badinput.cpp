// Bad input never crashes, hangs or allocates without bound: every broken file in the shared
// test data, and a few hundred truncated and byte-flipped copies of valid files (fixed seed),
// give either a result or an error that names the file and the reason. CI runs this test in the
// AddressSanitizer/UBSan configuration too (build-asan).
#include "TestData.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>

#include "GdcmSupport.h"
#include "StructureCheck.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QtEndian>

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
