// Bad input never crashes, hangs or allocates without bound: every broken file in the shared
// test data, and a few hundred truncated and byte-flipped copies of valid files (fixed seed),
// give either a result or an error that names the file and the reason. CI runs this test in the
// AddressSanitizer/UBSan configuration too (build-asan).
#include "TestData.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>

#include "GdcmSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cassert>
#include <csignal>
#include <cstring>
#include <random>
#include <stdexcept>

#include <sys/resource.h>

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
