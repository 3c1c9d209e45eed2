// Bad input never crashes, hangs or allocates without bound: every broken file in the shared
// test data, and a few hundred truncated and byte-flipped copies of valid files (fixed seed),
// give either a result or an error that names the file and the reason. CI runs this test in the
// AddressSanitizer/UBSan configuration too (build-asan).
#include "TestData.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <random>

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
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
