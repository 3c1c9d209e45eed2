// ThumbnailRenderer headless, on real files from ../shared/testdata: the 8-bit rendering through
// the window functions, colour kept as colour, the PNG cache at every size, errors naming the file.
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/imaging/ThumbnailRenderer.h>
#include <strata/imaging/WindowLevel.h>

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

#include "image_stats.h"

using namespace strata;
using imaging::ThumbnailRenderer;

namespace {

const QString kTestData = QStringLiteral(STRATA_TESTDATA_DIR);

using strata::testing::variance;

/// The largest difference of any channel of any pixel between two pictures of the same size.
int largestDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB888), y = b.convertToFormat(QImage::Format_RGB888);
    int worst = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width(); ++c) {
            const QRgb p = x.pixel(c, r), q = y.pixel(c, r);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

} // namespace

class TestThumbnails : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void rendersAFileWithItsStoredWindow()
    {
        const QString file = kTestData + QStringLiteral("/ts-matrix/pydicom-pkg/CT_small.dcm");
        auto image = ThumbnailRenderer::render(file);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message()));
        QCOMPARE(image.value().format(), QImage::Format_Grayscale8);
        QVERIFY(variance(image.value()) > 0);

        // The grey of a pixel follows the file's first window; this CT stores none, so the
        // modality's default (abdomen, 50/400) applies.
        auto header = dicom::readHeader(file);
        auto decoded = dicom::decodePixels(file);
        QVERIFY(header.ok() && decoded.ok());
        QCOMPARE(image.value().size(), QSize(decoded.value().columns, decoded.value().rows));
        const std::vector<float> values = decoded.value().modalityFrame(0);
        double center, width;
        if (!header.value().pixel.windows.empty()) {
            center = header.value().pixel.windows.front().center;
            width = header.value().pixel.windows.front().width;
        } else {
            QCOMPARE(header.value().modality, QStringLiteral("CT"));
            center = 50;
            width = 400;
        }
        for (int i : {0, 1000, 2080, 4095}) {
            const int x = i % decoded.value().columns, y = i / decoded.value().columns;
            const double v = values[std::size_t(i)];
            const double expected = std::clamp((v - (center - 0.5 - (width - 1) / 2)) / (width - 1) * 255.0, 0.0, 255.0);
            QVERIFY2(std::abs(qGray(image.value().pixel(x, y)) - expected) <= 1.0,
                     qPrintable(QStringLiteral("pixel %1: %2 vs %3").arg(i).arg(qGray(image.value().pixel(x, y))).arg(expected)));
        }
    }

    // A CT that stores no window opens in the modality's default window (abdomen, 50/400), not in
    // its min/max (which spans the padding, -1500 in this GE file, and shows a grey smear); the
    // picture is compared with DCMTK's rendering of the same file in that window.
    void aCtWithoutAStoredWindowOpensInTheSoftTissueWindow()
    {
        const QString dcmodify = QStandardPaths::findExecutable(QStringLiteral("dcmodify"));
        const QString dcm2pnm = QStandardPaths::findExecutable(QStringLiteral("dcm2pnm"));
        QVERIFY2(!dcmodify.isEmpty() && !dcm2pnm.isEmpty(), "dcmodify and dcm2pnm (dcmtk) are missing");
        const QString file = m_dir.filePath(QStringLiteral("no-window.dcm"));
        QVERIFY(QFile::copy(kTestData + QStringLiteral("/ct-series/ge-hispeed-dual-gantry-tilt/01.dcm"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QProcess::execute(dcmodify, {QStringLiteral("-nb"), QStringLiteral("-imt"), QStringLiteral("-ea"), QStringLiteral("(0028,1050)"), QStringLiteral("-ea"),
                                              QStringLiteral("(0028,1051)"), QStringLiteral("-ea"), QStringLiteral("(0028,1055)"), file}),
                 0);
        auto header = dicom::readHeader(file);
        QVERIFY(header.ok());
        QCOMPARE(header.value().modality, QStringLiteral("CT"));
        QVERIFY(header.value().pixel.windows.empty());

        auto image = ThumbnailRenderer::render(file);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message()));
        const QString reference = m_dir.filePath(QStringLiteral("no-window.png"));
        QCOMPARE(QProcess::execute(dcm2pnm, {QStringLiteral("+Ww"), QStringLiteral("50"), QStringLiteral("400"), QStringLiteral("+on"), file, reference}), 0);
        QImage dcmtk(reference);
        QVERIFY(!dcmtk.isNull());
        QCOMPARE(image.value().size(), dcmtk.size());
        const int worst = largestDifference(image.value(), dcmtk);
        QVERIFY2(worst <= 1, qPrintable(QStringLiteral("largest difference from dcm2pnm: %1 grey levels").arg(worst)));
    }

    // An image whose display curve is a VOI LUT (VOI LUT Sequence, no window) is shown through it,
    // as DCMTK's dcm2pnm renders it with that table (+Wl 1).
    void aVoiLutIsTheDisplayCurve()
    {
        const QString dcm2pnm = QStandardPaths::findExecutable(QStringLiteral("dcm2pnm"));
        QVERIFY(!dcm2pnm.isEmpty());
        const QString file = kTestData + QStringLiteral("/ts-matrix/pydicom-data/vlut_04.dcm");
        auto header = dicom::readHeader(file);
        QVERIFY(header.ok());
        const auto opening = imaging::openingWindow(header.value().modality, header.value().pixel);
        QVERIFY(opening && opening->table);
        auto image = ThumbnailRenderer::render(file);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message()));
        const QString reference = m_dir.filePath(QStringLiteral("vlut.png"));
        QCOMPARE(QProcess::execute(dcm2pnm, {QStringLiteral("+Wl"), QStringLiteral("1"), QStringLiteral("+on"), file, reference}), 0);
        const QImage dcmtk(reference);
        QVERIFY(!dcmtk.isNull());
        QCOMPARE(image.value().size(), dcmtk.size());
        const int worst = largestDifference(image.value(), dcmtk);
        QVERIFY2(worst <= 1, qPrintable(QStringLiteral("largest difference from dcm2pnm: %1 grey levels").arg(worst)));
        // The file's table is offered among its presets, after its windows (it has none).
        const auto presets = imaging::presetsFromFile(header.value().pixel);
        QCOMPARE(int(presets.size()), 1);
        QCOMPARE(presets.front().name, QStringLiteral("VOI LUT 1"));
    }

    // What the viewer shows, pixel for pixel, against DCMTK's dcmj2pnm rendering of the same file
    // (its own decoders and colour conversions): MONOCHROME1 through the file's window (dcm2pnm
    // inverts it as the standard says), palette colour, and YBR, compressed (JPEG) or not.
    void matchesDcmtkRendering_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("tolerance");
        const QStringList window{QStringLiteral("+Wi"), QStringLiteral("1")};
        QTest::newRow("MONOCHROME1 CR") << "ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm" << window << 1;
        QTest::newRow("12-bit JPEG extended") << "ts-matrix/dwv/nema-mr1_jply.dcm" << window << 1;
        QTest::newRow("palette colour") << "ts-matrix/pydicom-data/OBXXXX1A.dcm" << QStringList() << 0;
        QTest::newRow("palette colour RLE") << "ts-matrix/pydicom-data/OBXXXX1A_rle.dcm" << QStringList() << 0;
        QTest::newRow("palette colour 8 bit") << "ts-matrix/pydicom-data/OT-PAL-8-face.dcm" << QStringList() << 0;
        // YBR → RGB: DCMTK rounds its integer conversion differently, by up to 2 levels.
        QTest::newRow("YBR_FULL") << "ts-matrix/pydicom-data/SC_ybr_full_uncompressed.dcm" << QStringList() << 2;
        QTest::newRow("YBR_FULL_422") << "edge-cases/pydicom-pkg/SC_ybr_full_422_uncompressed.dcm" << QStringList() << 2;
        QTest::newRow("YBR_FULL JPEG baseline") << "ts-matrix/pydicom-pkg/SC_rgb_dcmtk_+eb+cy+n1.dcm" << QStringList() << 2;
        QTest::newRow("YBR_FULL_422 JPEG baseline") << "ts-matrix/pydicom-pkg/SC_rgb_dcmtk_+eb+cy+np.dcm" << QStringList() << 2;
        QTest::newRow("RGB JPEG baseline") << "ts-matrix/pydicom-pkg/SC_rgb_jpeg_dcmtk.dcm" << QStringList() << 2;
    }

    void matchesDcmtkRendering()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(int, tolerance);
        // dcmj2pnm: dcm2pnm with DCMTK's JPEG decoders.
        const QString dcm2pnm = QStandardPaths::findExecutable(QStringLiteral("dcmj2pnm"));
        QVERIFY(!dcm2pnm.isEmpty());
        const QString path = kTestData + QLatin1Char('/') + file;
        auto image = ThumbnailRenderer::render(path, 0);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message()));
        const QString reference = m_dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".png"));
        QCOMPARE(QProcess::execute(dcm2pnm, options + QStringList{QStringLiteral("+on"), path, reference}), 0);
        const QImage dcmtk = QImage(reference).convertToFormat(QImage::Format_RGB888);
        QVERIFY(!dcmtk.isNull());
        const QImage ours = image.value().convertToFormat(QImage::Format_RGB888);
        QCOMPARE(ours.size(), dcmtk.size());
        const int worst = largestDifference(ours, dcmtk);
        QVERIFY2(worst <= tolerance, qPrintable(QStringLiteral("largest difference from dcm2pnm: %1 levels").arg(worst)));
    }

    void rendersColourAsColour()
    {
        auto image = ThumbnailRenderer::render(kTestData + QStringLiteral("/ts-matrix/pydicom-pkg/SC_rgb_rle.dcm"));
        QVERIFY(image.ok());
        QCOMPARE(image.value().format(), QImage::Format_RGB888);
        bool coloured = false;
        for (int y = 0; y < image.value().height() && !coloured; ++y)
            for (int x = 0; x < image.value().width() && !coloured; ++x) {
                const QRgb p = image.value().pixel(x, y);
                coloured = qRed(p) != qGreen(p) || qGreen(p) != qBlue(p);
            }
        QVERIFY(coloured);
    }

    void cachesEverySizeAsPng()
    {
        const QString file = kTestData + QStringLiteral("/mr/dwv-bbmri-6sl/bbmri-53323419.dcm");
        const QString uid = QStringLiteral("1.2.3.4.5");
        auto thumb = ThumbnailRenderer::thumbnail(m_dir.path(), uid, file, 128);
        QVERIFY2(thumb.ok(), qPrintable(thumb.ok() ? QString() : thumb.error().message()));
        QCOMPARE(std::max(thumb.value().width(), thumb.value().height()), 128);
        QVERIFY(variance(thumb.value()) > 0);
        for (int size : ThumbnailRenderer::kCachedSizes) {
            const QString path = ThumbnailRenderer::cachePath(m_dir.path(), uid, size);
            QCOMPARE(path, m_dir.path() + QStringLiteral("/thumbnails/1.2.3.4.5_%1.png").arg(size));
            QImage png(path);
            QVERIFY2(!png.isNull(), qPrintable(path));
            QCOMPARE(std::max(png.width(), png.height()), size);
        }
        // The second time comes from the cache: the file is not even read.
        auto cached = ThumbnailRenderer::thumbnail(m_dir.path(), uid, QStringLiteral("/no/such/file.dcm"), 64);
        QVERIFY(cached.ok());
        QCOMPARE(cached.value().width(), 64);
    }

    void namesTheFileThatCannotBeRendered()
    {
        const QString file = kTestData + QStringLiteral("/edge-cases/pydicom-pkg-charset_files/FileInfo.txt");
        auto thumb = ThumbnailRenderer::thumbnail(m_dir.path(), QStringLiteral("9.9"), file, 128);
        QVERIFY(!thumb.ok());
        QVERIFY2(thumb.error().message().contains(QStringLiteral("FileInfo.txt")), qPrintable(thumb.error().message()));
        QVERIFY(!QFileInfo::exists(ThumbnailRenderer::cachePath(m_dir.path(), QStringLiteral("9.9"), 128)));
    }
};

QTEST_GUILESS_MAIN(TestThumbnails)
#include "tst_thumbnails.moc"
