// Overlay planes (60xx) of real files, checked against DCMTK's rendering of them, and a plane of
// several frames written with DCMTK's dcmodify.
#include "TestData.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/Overlays.h>
#include <strata/dicom/PixelDecoder.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace strata;

/// DCMTK's rendering of a file's overlays: dcm2pnm with a window that turns every image pixel
/// black and the overlays drawn over it in white (its "Replace" mode): the set pixels, row-major.
static std::vector<std::uint8_t> dcmtkOverlayPixels(const QString &file, const QString &out, int *rows, int *columns)
{
    QProcess p;
    p.start(QStringLiteral("dcm2pnm"), {QStringLiteral("+Ww"), QStringLiteral("100000"), QStringLiteral("1"), QStringLiteral("+Omr"), file, out});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray magic = f.readLine().trimmed();
    const QList<QByteArray> size = f.readLine().trimmed().split(' ');
    f.readLine();   // maximum value
    if (magic != "P5" || size.size() != 2)
        return {};
    *columns = size[0].toInt();
    *rows = size[1].toInt();
    const QByteArray pixels = f.readAll();
    std::vector<std::uint8_t> set(pixels.size());
    for (qsizetype i = 0; i < pixels.size(); ++i)
        set[std::size_t(i)] = std::uint8_t(pixels[i]) == 255 ? 1 : 0;
    return set;
}

class TestOverlays : public QObject {
    Q_OBJECT
private slots:
    void siemensGraphicsMatchDcmtk()
    {
        // A Siemens MR image with MedCom object graphics in overlay group 6000: the plane's bits
        // are where DCMTK draws the overlay.
        const QString file = testData(QStringLiteral("ts-matrix/pydicom-data/MR-SIEMENS-DICOM-WithOverlays.dcm"));
        auto header = dicom::readHeader(file);
        QVERIFY(header.ok());
        QVERIFY(header.value().pixel.hasOverlays);
        auto planes = dicom::readOverlays(file);
        QVERIFY2(planes.ok(), qPrintable(planes.ok() ? QString() : planes.error().message()));
        QCOMPARE(planes.value().size(), std::size_t(1));
        const dicom::OverlayPlane &plane = planes.value().front();
        QCOMPARE(plane.group, 0x6000);
        QCOMPARE(plane.rows, 484);
        QCOMPARE(plane.columns, 484);
        QCOMPARE(plane.originRow, 1);
        QCOMPARE(plane.originColumn, 1);
        QCOMPARE(plane.type, QStringLiteral("G"));
        QCOMPARE(plane.description, QStringLiteral("Siemens MedCom Object Graphics"));
        QVERIFY(!plane.embedded);
        QTemporaryDir tmp;
        int rows = 0, columns = 0;
        const std::vector<std::uint8_t> dcmtk = dcmtkOverlayPixels(file, tmp.filePath(QStringLiteral("ov.pgm")), &rows, &columns);
        QCOMPARE(rows, 484);
        QCOMPARE(columns, 484);
        const std::vector<std::uint8_t> ours = plane.onFrame(0);
        QCOMPARE(ours.size(), std::size_t(rows) * std::size_t(columns));
        QCOMPARE(std::count(ours.begin(), ours.end(), 1), std::count(dcmtk.begin(), dcmtk.end(), 1));
        QVERIFY(std::count(ours.begin(), ours.end(), 1) > 100);
        QVERIFY(ours == dcmtk);
    }

    void filesWithoutPlanesOrWithEmptyOnes()
    {
        // No overlay: nothing. Overlay elements present but empty (LEADTOOLS' samples): nothing,
        // and no error.
        auto none = dicom::readOverlays(testData(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        QVERIFY(none.ok());
        QVERIFY(none.value().empty());
        for (const char *name : {"ts-matrix/dwv/leadtools-flowers-8-mono2-rle.dcm", "ts-matrix/dwv/leadtools-8BitsJpegLossyGrayScale.dcm"}) {
            auto empty = dicom::readOverlays(testData(QString::fromLatin1(name)));
            QVERIFY2(empty.ok(), name);
            QVERIFY2(empty.value().empty(), name);
        }
        auto missing = dicom::readOverlays(QStringLiteral("/nonexistent/overlay.dcm"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message().contains(QLatin1String("/nonexistent/overlay.dcm")));
    }

    void framesOfAPlaneAndItsOrigin()
    {
        // A plane of two 3 × 4 frames on image frames 2 and 3 (Image Frame Origin 2), at row 5,
        // column -1 (its first two columns lie left of the image), written with DCMTK's dcmodify.
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("ov.dcm"));
        QVERIFY(QFile::copy(testData(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        // Frame 1: the first row set; frame 2: the last column set. 24 bits, packed from bit 0.
        std::vector<int> bits(24, 0);
        for (int c = 0; c < 4; ++c)
            bits[std::size_t(c)] = 1;
        for (int r = 0; r < 3; ++r)
            bits[std::size_t(12 + r * 4 + 3)] = 1;
        QByteArray packed(4, '\0');   // OW: an even length
        for (int i = 0; i < 24; ++i)
            if (bits[std::size_t(i)])
                packed[i / 8] = char(std::uint8_t(packed[i / 8]) | (1u << (i % 8)));
        QFile data(tmp.filePath(QStringLiteral("bits.raw")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(packed);
        data.close();
        const QStringList args{QStringLiteral("-nb"), QStringLiteral("-i"), QStringLiteral("(6002,0010)=3"), QStringLiteral("-i"), QStringLiteral("(6002,0011)=4"),
                               QStringLiteral("-i"), QStringLiteral("(6002,0015)=2"), QStringLiteral("-i"), QStringLiteral("(6002,0040)=R"),
                               QStringLiteral("-i"), QStringLiteral("(6002,0050)=5\\-1"), QStringLiteral("-i"), QStringLiteral("(6002,0051)=2"),
                               QStringLiteral("-i"), QStringLiteral("(6002,0100)=1"), QStringLiteral("-i"), QStringLiteral("(6002,0102)=0"),
                               QStringLiteral("-if"), QStringLiteral("(6002,3000)=") + data.fileName(), file};
        QProcess dcmodify;
        dcmodify.start(QStringLiteral("dcmodify"), args);
        QVERIFY(dcmodify.waitForFinished(30000));
        QVERIFY2(dcmodify.exitCode() == 0, dcmodify.readAllStandardError().constData());
        QVERIFY(dicom::readHeader(file).value().pixel.hasOverlays);
        auto planes = dicom::readOverlays(file);
        QVERIFY2(planes.ok(), qPrintable(planes.ok() ? QString() : planes.error().message()));
        QCOMPARE(planes.value().size(), std::size_t(1));
        const dicom::OverlayPlane &plane = planes.value().front();
        QCOMPARE(plane.group, 0x6002);
        QCOMPARE(plane.type, QStringLiteral("R"));
        QCOMPARE(plane.frames, 2);
        QCOMPARE(plane.firstFrame, 2);
        QCOMPARE(plane.originRow, 5);
        QCOMPARE(plane.originColumn, -1);
        QVERIFY(plane.onFrame(0).empty());   // image frame 1: before the plane's first
        QVERIFY(plane.onFrame(3).empty());   // image frame 4: after its last
        const std::vector<std::uint8_t> first = plane.onFrame(1), second = plane.onFrame(2);
        QCOMPARE(std::vector<int>(first.begin(), first.end()), std::vector<int>(bits.begin(), bits.begin() + 12));
        QCOMPARE(std::vector<int>(second.begin(), second.end()), std::vector<int>(bits.begin() + 12, bits.end()));
    }

    void aPlaneLargerThanItsDataIsLeftOut()
    {
        // A damaged or hostile plane: 65535 × 65535 pixels of 1000 frames announced, four bytes
        // of data. Left out, without making room for what it announces.
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("huge.dcm"));
        QVERIFY(QFile::copy(testData(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QFile data(tmp.filePath(QStringLiteral("bits.raw")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QByteArray(4, '\xff'));
        data.close();
        QCOMPARE(QProcess::execute(QStringLiteral("dcmodify"),
                                   {QStringLiteral("-nb"), QStringLiteral("-i"), QStringLiteral("(6000,0010)=65535"), QStringLiteral("-i"),
                                    QStringLiteral("(6000,0011)=65535"), QStringLiteral("-i"), QStringLiteral("(6000,0015)=1000"), QStringLiteral("-i"),
                                    QStringLiteral("(6000,0100)=1"), QStringLiteral("-if"), QStringLiteral("(6000,3000)=") + data.fileName(), file}),
                 0);
        auto planes = dicom::readOverlays(file);
        QVERIFY(planes.ok());
        QVERIFY(planes.value().empty());
    }

    void planeInThePixelDataBits()
    {
        // The retired form (older MR and CT): a plane in bit 15 of 12-bit pixel data, no Overlay
        // Data. The plane is read from those bits, as DCMTK draws it, and the decoder's values
        // leave them out.
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("embedded.dcm"));
        QVERIFY(QFile::copy(testData(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QByteArray pixels(256 * 256 * 2, '\0');
        int set = 0;
        for (int r = 0; r < 256; ++r) {
            for (int c = 0; c < 256; ++c) {
                std::uint16_t v = std::uint16_t(100 + c);   // within the 12 bits stored
                if (r >= 40 && r < 50 && c >= 60 && c < 90) {
                    v |= 0x8000;
                    ++set;
                }
                pixels[(r * 256 + c) * 2] = char(v & 0xff);
                pixels[(r * 256 + c) * 2 + 1] = char(v >> 8);
            }
        }
        QFile raw(tmp.filePath(QStringLiteral("pixels.raw")));
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(pixels);
        raw.close();
        QProcess dcmodify;
        dcmodify.start(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-i"), QStringLiteral("(6000,0010)=256"), QStringLiteral("-i"),
                                                    QStringLiteral("(6000,0011)=256"), QStringLiteral("-i"), QStringLiteral("(6000,0040)=G"), QStringLiteral("-i"),
                                                    QStringLiteral("(6000,0050)=1\\1"), QStringLiteral("-i"), QStringLiteral("(6000,0100)=16"), QStringLiteral("-i"),
                                                    QStringLiteral("(6000,0102)=15"), QStringLiteral("-if"), QStringLiteral("(7fe0,0010)=") + raw.fileName(), file});
        QVERIFY(dcmodify.waitForFinished(30000));
        QVERIFY2(dcmodify.exitCode() == 0, dcmodify.readAllStandardError().constData());
        auto planes = dicom::readOverlays(file);
        QVERIFY2(planes.ok(), qPrintable(planes.ok() ? QString() : planes.error().message()));
        QCOMPARE(planes.value().size(), std::size_t(1));
        const dicom::OverlayPlane &plane = planes.value().front();
        QVERIFY(plane.embedded);
        const std::vector<std::uint8_t> ours = plane.onFrame(0);
        QCOMPARE(ours.size(), std::size_t(256 * 256));
        QCOMPARE(int(std::count(ours.begin(), ours.end(), 1)), set);
        QCOMPARE(ours[std::size_t(45 * 256 + 70)], std::uint8_t(1));
        QCOMPARE(ours[std::size_t(45 * 256 + 59)], std::uint8_t(0));
        int rows = 0, columns = 0;
        QVERIFY(ours == dcmtkOverlayPixels(file, tmp.filePath(QStringLiteral("ov.pgm")), &rows, &columns));
        auto decoded = dicom::decodePixels(file);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().modalityValue(0, 45, 70), 170.0);   // 100 + 70: the plane's bit is not a value
    }
};

QTEST_GUILESS_MAIN(TestOverlays)
#include "tst_overlays.moc"
