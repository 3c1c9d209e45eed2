/// `strata sample --json`, `strata segment`, `strata measurements` and `strata keyimages` end to end: the sample's
/// lesions (the phantom's ground truth, as the command reports it) segmented from their centres in
/// the written files, within 3 % of the spheres' volumes; the result kept with the study and
/// exported as CSV and JSON, also after the study's deletion and re-import; and as a TID 1500 SR
/// with a SEG per lesion that dciodvfy finds no error in, dsrdump reads, Strata reads back and
/// imports into its cache.
#include "orthanc_rest.h"
#include "dicom_tools.h"
#include "pdf_document.h"
#include "presentation_state.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/imaging/Plane.h>
#include <strata/measure/DicomExport.h>
#include <strata/measure/KeyObjects.h>
#include <strata/measure/PresentationState.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace strata;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runStrata(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STRATA_EXE), args);
    if (!p.waitForFinished(300000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

} // namespace

class TestMeasureCli : public QObject {
    Q_OBJECT
private slots:
    /// A polygon ROI and a text note kept with a study are exported: CSV with a row per value
    /// (area, pixel count, mean, SD, min, max) and the note's text; JSON with the outline's points.
    void polygonAndTextExportedAsCsvAndJson()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString study = QStringLiteral("2.25.4242");
        measure::Measurement polygon;
        polygon.kind = measure::MeasurementKind::Polygon;
        polygon.image.studyInstanceUid = study;
        polygon.plane.geometry.width = polygon.plane.geometry.height = 100;
        polygon.plane.calibration = measure::volumeCalibration({1, 1});
        polygon.plane.modality = QStringLiteral("CT");
        polygon.points = {{0, 0, 0}, {30, 0, 0}, {30, 20, 0}, {10, 25, 0}, {0, 20, 0}};
        imaging::SliceImage image{polygon.plane.geometry, std::vector<float>(100 * 100, 40.f)};
        polygon.values = measure::evaluatePixels(polygon, image);
        measure::stamp(polygon);
        measure::Measurement note;
        note.kind = measure::MeasurementKind::Text;
        note.image.studyInstanceUid = study;
        note.points = {{5, 5, 0}};
        note.text = QStringLiteral("Check, next visit");
        measure::stamp(note);
        {
            auto service = store::StoreService::open(data);
            QVERIFY(service.ok());
            QVERIFY(service.value()->measurements().value()->saveMeasurement(measure::toRecord(polygon)).ok());
            QVERIFY(service.value()->measurements().value()->saveMeasurement(measure::toRecord(note)).ok());
        }
        const QString csv = dir.filePath(QStringLiteral("m.csv")), jsonFile = dir.filePath(QStringLiteral("m.json"));
        const Run exported = runStrata({"--data-dir", data, "measurements", "export", study, "--csv", csv, "--json", jsonFile});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(c.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // area = 30·20 + the triangle on top (30 wide, 5 high, apex at x 10) = 675 mm².
        QVERIFY(rows.filter(polygon.uid + QStringLiteral(",polygon,")).filter(QStringLiteral(",area,675,mm²,")).size() == 1);
        for (const char *name : {",pixel_count,", ",mean,40,HU,", ",sd,0,HU,", ",min,40,HU,", ",max,40,HU,"})
            QVERIFY2(rows.filter(polygon.uid).filter(QString::fromLatin1(name)).size() == 1, name);
        QVERIFY(rows.filter(note.uid + QStringLiteral(",text,")).filter(QStringLiteral("\"Check, next visit\"")).size() == 1);
        QFile j(jsonFile);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonArray list = QJsonDocument::fromJson(j.readAll()).object().value(QStringLiteral("measurements")).toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("polygon"))
                QCOMPARE(o.value(QStringLiteral("points")).toArray().size(), 5);
            else
                QCOMPARE(o.value(QStringLiteral("text")).toString(), note.text);
        }
    }

    /// A study's documents: listed from the cache, a PDF exported byte for byte (audited), an SR
    /// shown as text, an image refused; a 12-lead ECG listed, shown and exported as CSV.
    void documentsListedShownAndExported()
    {
        // A study in the cache with a scanned request (PDF, pdf2dcm) beside its images; the test
        // data's structured report read from its file.
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString request = dir.filePath(QStringLiteral("request.dcm"));
        const QByteArray pdf = testing::halfBlackPdf(true);
        QVERIFY(testing::encapsulatedPdf(pdf, request, QStringLiteral("Scanned request"), testing::mrSlice(0)));
        QVERIFY(runStrata({"--data-dir", data, "import", "--quiet", testing::mrSlice(0), testing::mrSlice(1), request}).exitCode == 0);
        const QString study = dicom::readHeader(testing::mrSlice(0)).value().studyInstanceUid;
        const QString sop = dicom::readHeader(request).value().sopInstanceUid;

        const Run listed = runStrata({"--data-dir", data, "documents", "list", study, "--json"});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray documents = json(listed).value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pdf"));
        QCOMPARE(documents[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Scanned request"));
        QCOMPARE(documents[0].toObject().value(QStringLiteral("sopInstanceUid")).toString(), sop);

        const QString out = dir.filePath(QStringLiteral("request.pdf"));
        const Run exported = runStrata({"--data-dir", data, "documents", "export", sop, "--out", out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), pdf);
        const Run audit = runStrata({"--data-dir", data, "audit", "list", "--action", "document-export", "--json"});
        QVERIFY2(audit.out.contains(sop) && audit.out.contains(study), qPrintable(audit.out));
        const Run notText = runStrata({"--data-dir", data, "documents", "show", sop});
        QCOMPARE(notText.exitCode, 1);
        QVERIFY(notText.err.contains(QStringLiteral("documents export")));

        const QString report = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/test-SR.dcm");
        const Run shown = runStrata({"documents", "show", report});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY(shown.out.contains(QStringLiteral("Comprehensive SR Document")));
        QVERIFY(shown.out.contains(QStringLiteral("Riesmeier^J\u00f6rg")));   // Latin-1 in the file
        const Run image = runStrata({"documents", "show", testing::mrSlice(0)});
        QCOMPARE(image.exitCode, 1);
        QVERIFY2(image.err.contains(QStringLiteral("not a report or document (MR Image Storage)")), qPrintable(image.err));

        // A 12-lead ECG: listed as a waveform, shown as its groups, leads and the device's
        // findings, exported as CSV (its rhythm group, a column a lead in µV).
        const QString ecg = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/waveform_ecg.dcm");
        const Run ecgListed = runStrata({"documents", "list", ecg, "--json"});
        QVERIFY2(ecgListed.exitCode == 0, qPrintable(ecgListed.err));
        QCOMPARE(json(ecgListed).value(QStringLiteral("documents")).toArray()[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("waveform"));
        const Run ecgShown = runStrata({"documents", "show", ecg});
        QVERIFY2(ecgShown.exitCode == 0, qPrintable(ecgShown.err));
        for (const char *line : {"12-lead ECG Waveform\n", "Group 1: RHYTHM, 12 channels, 1000 Hz, 10.00 s (10000 samples)",
                                 "Group 2: MEDIAN BEAT (derived), 12 channels, 1000 Hz, 1.20 s (1200 samples)",
                                 "  V6     Lead V6, microvolt, filters 0.05–300 Hz", "  RITMO SINUSALE\n", "  QT Interval 368 ms\n",
                                 "Heart rate: 61 /min"})
            QVERIFY2(ecgShown.out.contains(QString::fromUtf8(line)), qPrintable(QString::fromUtf8(line) + QStringLiteral(" not in:\n") + ecgShown.out));
        const QString csv = dir.filePath(QStringLiteral("ecg.csv"));
        const Run ecgExported = runStrata({"--data-dir", data, "documents", "export", ecg, "--out", csv});
        QVERIFY2(ecgExported.exitCode == 0, qPrintable(ecgExported.err));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(c.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 10001);
        QCOMPARE(rows[0], QStringLiteral("time_s,I (uV),II (uV),III (uV),aVR (uV),aVL (uV),aVF (uV),V1 (uV),V2 (uV),V3 (uV),V4 (uV),V5 (uV),V6 (uV)"));
    }

    // A radiotherapy plan's dose–volume histograms (`strata dvh`): the test data's breast plan
    // structures (dicompyler's RTSTRUCT) under the test data's treatment-planning dose grid, placed
    // over them in their frame of reference with DCMTK. Every structure's figures in order (min ≤
    // D98 ≤ … ≤ D2 ≤ max, the mean between), the body the largest; the same grid with twice its
    // Dose Grid Scaling doubles every dose and no volume; moved away from the patient, no
    // structure is in it; another frame of reference is refused, naming it; the CSV export audited.
    void doseVolumeHistogramsOfAPlan()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString structures = QStringLiteral(STRATA_TESTDATA_DIR "/rt/dicompyler-core/rtss.dcm");
        const QString frameOfReference = testing::tagValue(structures, QStringLiteral("0020,0052"));
        const QString study = testing::tagValue(structures, QStringLiteral("0020,000d"));
        QVERIFY(!frameOfReference.isEmpty() && !study.isEmpty());
        const auto plan = [&](const QString &name, const QStringList &changes) {
            const QString folder = dir.filePath(name);
            QDir().mkpath(folder);
            QFile::copy(structures, folder + QStringLiteral("/rtss.dcm"));
            return testing::modifiedCopyOf(QStringLiteral(STRATA_TESTDATA_DIR "/rt/pydicom-pkg/rtdose.dcm"), folder + QStringLiteral("/dose.dcm"),
                                           QStringList{QStringLiteral("(0020,0052)=") + frameOfReference, QStringLiteral("(0020,000d)=") + study,
                                                       QStringLiteral("(0028,0030)=55\\55"),
                                                       QStringLiteral("(3004,000c)=0\\21\\42\\63\\84\\105\\126\\147\\168\\189\\210\\231\\252\\273\\294"),
                                                       QStringLiteral("(3004,0002)=GY"), QStringLiteral("(3004,000a)=PLAN")}
                                               + changes)
                       ? folder
                       : QString();
        };
        const QString covering = plan(QStringLiteral("plan"), {QStringLiteral("(0020,0032)=-240\\-430\\-125")});
        const QString doubled = plan(QStringLiteral("doubled"), {QStringLiteral("(0020,0032)=-240\\-430\\-125"), QStringLiteral("(3004,000e)=2e-6")});
        const QString away = plan(QStringLiteral("away"), {QStringLiteral("(0020,0032)=-240\\-430\\1000")});
        const QString elsewhere = plan(QStringLiteral("elsewhere"), {QStringLiteral("(0020,0032)=-240\\-430\\-125")});
        QVERIFY(!covering.isEmpty() && !doubled.isEmpty() && !away.isEmpty() && !elsewhere.isEmpty());
        QVERIFY(testing::dcmodify(elsewhere + QStringLiteral("/dose.dcm"), {QStringLiteral("(0020,0052)=1.2.3.4.5")}));

        const Run run = runStrata({"--data-dir", data, "dvh", covering, "--json", "--at", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = json(run);
        QCOMPARE(result.value(QStringLiteral("dose")).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("Gy"));
        QCOMPARE(result.value(QStringLiteral("dose")).toObject().value(QStringLiteral("summation")).toString(), QStringLiteral("PLAN"));
        const QJsonArray list = result.value(QStringLiteral("structures")).toArray();
        QCOMPARE(list.size(), 10);
        QCOMPARE(list[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("BODY"));
        QCOMPARE(list[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("EXTERNAL"));
        const double bodyCc = list[0].toObject().value(QStringLiteral("volumeCc")).toDouble();
        int measured = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            const double volume = o.value(QStringLiteral("volumeCc")).toDouble(), covered = o.value(QStringLiteral("coveredCc")).toDouble();
            QVERIFY2(volume <= bodyCc && covered <= volume + 1e-9, qPrintable(name));
            if (!(covered > 0))
                continue;
            ++measured;
            const double min = o.value(QStringLiteral("min")).toDouble(), max = o.value(QStringLiteral("max")).toDouble(),
                         mean = o.value(QStringLiteral("mean")).toDouble();
            QVERIFY2(min > 0 && max < 1.25 && min <= mean && mean <= max, qPrintable(name));   // the grid's values: up to 1.249 Gy
            double previous = min;
            for (const char *d : {"D98", "D95", "D50", "D2"}) {
                const double value = o.value(QLatin1String(d)).toDouble();
                QVERIFY2(value >= previous - 1e-9 && value <= max + 1e-9, qPrintable(name + QLatin1Char(' ') + QLatin1String(d)));
                previous = value;
            }
            const double v1 = o.value(QStringLiteral("volumePercentAt")).toObject().value(QStringLiteral("1")).toDouble(-1);
            QVERIFY2(v1 >= 0 && v1 <= 100 && (min >= 1 ? v1 == 100 : true) && (max < 1 ? v1 == 0 : true), qPrintable(name));
        }
        QVERIFY(measured >= 8);

        // Twice the scaling: twice every dose, the same volumes.
        const Run twice = runStrata({"--data-dir", data, "dvh", doubled, "--json"});
        QVERIFY2(twice.exitCode == 0, qPrintable(twice.err));
        const QJsonArray twiceList = json(twice).value(QStringLiteral("structures")).toArray();
        QCOMPARE(twiceList.size(), list.size());
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject a = list[i].toObject(), b = twiceList[i].toObject();
            QCOMPARE(b.value(QStringLiteral("volumeCc")).toDouble(), a.value(QStringLiteral("volumeCc")).toDouble());
            for (const char *key : {"min", "mean", "max", "D95", "D50"}) {
                const double single = a.value(QLatin1String(key)).toDouble(), two = b.value(QLatin1String(key)).toDouble();
                QVERIFY2(std::abs(two - 2 * single) <= 0.002 * two + 1e-9,
                         qPrintable(QStringLiteral("%1 %2: %3, twice %4").arg(a.value(QStringLiteral("name")).toString(), QLatin1String(key)).arg(single).arg(two)));
            }
        }

        // The table, one structure asked for; the CSV, audited as the dose leaving the cache.
        const QString csv = dir.filePath(QStringLiteral("dvh.csv"));
        const Run heart = runStrata({"--data-dir", data, "dvh", covering, "--structure", "heart", "--csv", csv});
        QVERIFY2(heart.exitCode == 0, qPrintable(heart.err));
        QVERIFY2(heart.out.contains(QStringLiteral("Heart ")) && !heart.out.contains(QStringLiteral("BODY")), qPrintable(heart.out));
        QVERIFY(heart.out.contains(QStringLiteral("Dose: plan dose (physical), Gy, 15 planes")));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(c.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), QStringLiteral("dose (Gy),Heart (cc)"));
        QVERIFY(rows.size() > 100);
        const Run audit = runStrata({"--data-dir", data, "audit", "list", "--action", "dose-volume-export", "--json"});
        QVERIFY2(audit.out.contains(csv) && audit.out.contains(study), qPrintable(audit.out));

        // Away from the patient: each structure said to lie outside the grid.
        const Run outside = runStrata({"--data-dir", data, "dvh", away});
        QVERIFY2(outside.exitCode == 0, qPrintable(outside.err));
        QVERIFY2(outside.out.contains(QStringLiteral("Heart")) && outside.out.count(QStringLiteral("outside the dose grid")) >= 8, qPrintable(outside.out));

        // Another frame of reference: no histogram, the reason named.
        const Run other = runStrata({"--data-dir", data, "dvh", elsewhere});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(QStringLiteral("frame of reference 1.2.3.4.5")), qPrintable(other.err));
        const Run none = runStrata({"--data-dir", data, "dvh", structures});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no RT Dose grid")), qPrintable(none.err));
    }

    void withdrawnImagesStayOutOfCopies()
    {
        // Two slices of another patient slipped into the series; the modality withdrew them with
        // an IHE rejection note. An export, a CD and a de-identified copy leave them out and say
        // so; --include-withdrawn keeps them (a send always does: the archive applies the note).
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString note = dir.filePath(QStringLiteral("rejection.dcm"));
        QVERIFY(measure::writeKeyObjectSelection({{testing::mrSlice(4), 0}, {testing::mrSlice(5), 0}}, {}, {}, note,
                                                 {QStringLiteral("113037"), QStringLiteral("DCM"),
                                                  QStringLiteral("Rejected for Patient Safety Reasons")})
                    .ok());
        QStringList files{note};
        for (int i = 0; i < 6; ++i)
            files << testing::mrSlice(i);
        const Run imported = runStrata(QStringList{"--data-dir", data, "import", "--quiet"} + files);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString study = dicom::readHeader(note).value().studyInstanceUid;
        const QStringList withdrawn{dicom::readHeader(testing::mrSlice(4)).value().sopInstanceUid,
                                    dicom::readHeader(testing::mrSlice(5)).value().sopInstanceUid};
        // The SOP Instance UIDs of the DICOM files written under `folder` (the DICOMDIR aside).
        auto written = [](const QString &folder) {
            QStringList uids;
            QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).fileName() != QLatin1String("DICOMDIR"))
                    uids << dicom::readHeader(path).value().sopInstanceUid;
            }
            return uids;
        };
        const QString said = QStringLiteral("2 instance(s) withdrawn by a rejection note (Rejected for Patient Safety Reasons) left out");

        const QString exported = dir.filePath(QStringLiteral("export"));
        const Run exportRun = runStrata({"--data-dir", data, "export", study, "--to", exported, "--quiet"});
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QVERIFY2(exportRun.err.contains(said), qPrintable(exportRun.err));
        QVERIFY2(exportRun.out.contains(QStringLiteral(": 5 file(s)")), qPrintable(exportRun.out));
        QStringList uids = written(exported);
        QCOMPARE(uids.size(), 5);
        for (const QString &uid : withdrawn)
            QVERIFY(!uids.contains(uid));
        const Run audit = runStrata({"--data-dir", data, "audit", "list", "--action", "export", "--json"});
        QVERIFY2(audit.out.contains(said), qPrintable(audit.out));

        const QString everything = dir.filePath(QStringLiteral("everything"));
        const Run keepRun = runStrata({"--data-dir", data, "export", study, "--to", everything, "--quiet", "--include-withdrawn"});
        QVERIFY2(keepRun.exitCode == 0, qPrintable(keepRun.err));
        QVERIFY(!keepRun.err.contains(QStringLiteral("withdrawn")));
        QCOMPARE(written(everything).size(), 7);

        const QString cd = dir.filePath(QStringLiteral("cd"));
        const Run cdRun = runStrata({"--data-dir", data, "cd", study, "--out", cd, "--quiet"});
        QVERIFY2(cdRun.exitCode == 0, qPrintable(cdRun.err));
        QVERIFY2(cdRun.err.contains(said), qPrintable(cdRun.err));
        uids = written(cd);
        QCOMPARE(uids.size(), 5);
        for (const QString &uid : withdrawn)
            QVERIFY(!uids.contains(uid));

        const QString anonymous = dir.filePath(QStringLiteral("anonymous"));
        const Run anonymizeRun = runStrata({"--data-dir", data, "anonymize", study, "--out", anonymous, "--quiet"});
        QVERIFY2(anonymizeRun.exitCode == 0, qPrintable(anonymizeRun.err));
        QVERIFY2(anonymizeRun.err.contains(said), qPrintable(anonymizeRun.err));
        QCOMPARE(written(anonymous).size(), 5);
    }

    /// A key image marked in one cache leaves as a KOS (`strata keyimages export`) that dciodvfy
    /// accepts and `strata info` describes, and marks the same image in another cache the KOS is
    /// imported into (as from an archive), with its title and description as the note.
    void keyImagesExportedAsKosAndMarkedWhereImported()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString first = QStringLiteral("1.3.12.2.1107.5.2.32.35162.2012021516005773746856698");
        const Run imported = runStrata({"--data-dir", data, "import", "--quiet", testing::mrSlice(0), testing::mrSlice(1)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QString study;
        {
            auto cache = store::LocalCache::open(data);
            QVERIFY(cache.ok());
            store::KeyImage k;
            k.sopInstanceUid = first;
            k.note = QStringLiteral("mine");
            QVERIFY(cache.value()->service()->keyImages().value()->setKeyImage(k).ok());
            auto all = cache.value()->searchStudies({});
            QVERIFY(all.ok() && all.value().studies.size() == 1);
            study = all.value().studies.front().studyInstanceUid;
        }
        const Run listed = runStrata({"--data-dir", data, "keyimages", "list", study, "--json"});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray keys = json(listed).value(QStringLiteral("keyImages")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].toObject().value(QStringLiteral("sopInstanceUid")).toString(), first);
        QCOMPARE(keys[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("mine"));

        const QString kos = dir.filePath(QStringLiteral("key.dcm"));
        const Run exported = runStrata({"--data-dir", data, "keyimages", "export", study, "--kos", kos, "--description", "For the board"});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString verdict = testing::dciodvfy(kos);
        QVERIFY2(!verdict.contains(QStringLiteral("Error")), qPrintable(verdict));
        auto read = measure::readKeyObjectSelection(kos);
        QVERIFY(read.ok());
        QCOMPARE(read.value().description, QStringLiteral("For the board"));
        QCOMPARE(read.value().images.size(), std::size_t(1));
        QCOMPARE(read.value().images[0].sopInstanceUid, first);

        // `strata info` says what it is, and DCMTK's own warnings stay off the console.
        const Run info = runStrata({"info", kos});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QStringLiteral("Key Object Selection Document Storage")), qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("Key object selection: Of Interest: For the board, 1 image(s)")), qPrintable(info.out));
        QVERIFY2(!info.err.contains(QStringLiteral("W: ")), qPrintable(info.err));
        QTemporaryDir states;
        const QString state = testing::presentationState(states, QStringLiteral("pr.dcm"), {testing::mrSlice(0)},
                                                         {QStringLiteral("(0070,0080)=KEY FINDING")});
        QVERIFY(!state.isEmpty());
        const Run stateInfo = runStrata({"info", state});
        QCOMPARE(stateInfo.exitCode, 0);
        QVERIFY2(stateInfo.out.contains(QStringLiteral("Grayscale Softcopy Presentation State Storage")), qPrintable(stateInfo.out));
        QVERIFY2(stateInfo.out.contains(QStringLiteral("Presentation state: KEY FINDING")), qPrintable(stateInfo.out));

        // Another cache receives the images and the KOS.
        const QString other = dir.filePath(QStringLiteral("other"));
        const Run again = runStrata({"--data-dir", other, "import", "--quiet", testing::mrSlice(0), testing::mrSlice(1), kos});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const Run there = runStrata({"--data-dir", other, "keyimages", "list", study, "--json"});
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        const QJsonArray marked = json(there).value(QStringLiteral("keyImages")).toArray();
        QCOMPARE(marked.size(), 1);
        QCOMPARE(marked[0].toObject().value(QStringLiteral("sopInstanceUid")).toString(), first);
        QCOMPARE(marked[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("Of Interest: For the board"));

        // Kept in the study of the first cache: a KO instance there, naming the key image.
        const Run kept = runStrata({"--data-dir", data, "keyimages", "export", study, "--store"});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        {
            auto cache = store::LocalCache::open(data);
            QVERIFY(cache.ok());
            auto instances = cache.value()->studyInstances(study);
            QVERIFY(instances.ok());
            QCOMPARE(instances.value().size(), std::size_t(3));
            const auto kosRecord = std::find_if(instances.value().begin(), instances.value().end(), [](const store::InstanceRecord &i) {
                return i.sopClassUid == QLatin1String(measure::kKeyObjectSelectionClass);
            });
            QVERIFY(kosRecord != instances.value().end());
            auto stored = measure::readKeyObjectSelection(kosRecord->filePath);
            QVERIFY(stored.ok());
            QCOMPARE(stored.value().images.size(), std::size_t(1));
        }

        // Nothing to export: said, and no file.
        const Run none = runStrata({"--data-dir", dir.filePath(QStringLiteral("empty")), "keyimages", "export", study, "--kos",
                                    dir.filePath(QStringLiteral("none.dcm"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no key images")), qPrintable(none.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.dcm"))));
    }

    void measurementsKeptAsPresentationStates()
    {
        // A length on the second of six MR slices and one on an MPR plane: `--gsps` writes one
        // state for the series (all six slices, the window given), drawing the first; `--store-gsps`
        // keeps it in the study, as Strata's own (its marks are the measurements themselves).
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QStringList slices;
        for (int k = 0; k < 6; ++k)
            slices << testing::mrSlice(k);
        const Run imported = runStrata(QStringList{"--data-dir", data, "import", "--quiet"} + slices);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString second = QStringLiteral("1.3.12.2.1107.5.2.32.35162.2012021516010143595256902");
        QString study;
        {
            auto cache = store::LocalCache::open(data);
            QVERIFY(cache.ok());
            auto all = cache.value()->searchStudies({});
            QVERIFY(all.ok() && all.value().studies.size() == 1);
            study = all.value().studies.front().studyInstanceUid;
            auto header = dicom::readHeader(testing::mrSlice(1));
            QVERIFY(header.ok());
            imaging::SliceGeometry g;
            g.width = g.height = 256;
            g.spacing = {0.9, 0.9};
            for (const bool onImage : {true, false}) {
                measure::Measurement m;
                measure::stamp(m);
                m.kind = measure::MeasurementKind::Length;
                m.plane.geometry = g;
                m.plane.calibration = measure::volumeCalibration(g.spacing);
                m.image = {study, header.value().seriesInstanceUid, onImage ? second : QString(), onImage ? header.value().sopClassUid : QString(), 0};
                m.points = {g.patientPosition(10, 20), g.patientPosition(60, 20)};
                m.values = measure::evaluateGeometry(m);
                QVERIFY(cache.value()->service()->measurements().value()->saveMeasurement(measure::toRecord(m)).ok());
            }
        }
        const QString folder = dir.filePath(QStringLiteral("gsps"));
        const Run exported = runStrata({"--data-dir", data, "measurements", "export", study, "--gsps", folder, "--window", "300,600"});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString file = folder + QStringLiteral("/pr-1.dcm");
        QVERIFY2(exported.out.contains(QStringLiteral("Wrote %1: 1 measurement(s) on 6 image(s)").arg(file)), qPrintable(exported.out));
        QVERIFY2(exported.out.contains(QStringLiteral("1 measurement(s) not on a stored grayscale image")), qPrintable(exported.out));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/pr-2.dcm")));
        QCOMPARE(QProcess::execute(QStringLiteral("dcmpschk"), {QStringLiteral("-q"), file}), 0);
        auto state = measure::PresentationState::read(file);
        QVERIFY(state.ok());
        QCOMPARE(state.value()->referencedInstances().size(), 6);
        const auto onSecond = state.value()->forImage(second);
        QVERIFY(onSecond && onSecond->hasAnnotations());
        QCOMPARE(onSecond->windowCenter.value_or(0), 300.0);
        QCOMPARE(onSecond->layers.front().texts.front().text, QStringLiteral("45.0 mm"));
        QVERIFY(!state.value()->forImage(state.value()->referencedInstances().front())->hasAnnotations());

        const Run kept = runStrata({"--data-dir", data, "measurements", "export", study, "--store-gsps"});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        QVERIFY2(kept.out.contains(QStringLiteral("Stored 1 presentation state(s) in study %1: 1 measurement(s) drawn").arg(study)), qPrintable(kept.out));
        QString stored;
        {
            auto cache = store::LocalCache::open(data);
            QVERIFY(cache.ok());
            auto instances = cache.value()->studyInstances(study);
            QVERIFY(instances.ok());
            QCOMPARE(instances.value().size(), std::size_t(7));
            for (const store::InstanceRecord &i : instances.value())
                if (i.sopClassUid == QLatin1String(measure::kGrayscalePresentationStateClass))
                    stored = i.filePath;
            QVERIFY(!stored.isEmpty());
            auto read = measure::PresentationState::read(stored);
            QVERIFY(read.ok());
            // The series' own window (none was given), and recorded as Strata's own.
            QCOMPARE(read.value()->forImage(second)->windowCenter.value_or(0), 441.0);
            auto own = cache.value()->service()->measurements().value()->reportImported(read.value()->sopInstanceUid());
            QVERIFY(own.ok() && own.value());
        }
        // Another cache that receives it has no such measurements: the state is not its own.
        const QString other = dir.filePath(QStringLiteral("other"));
        const Run again = runStrata(QStringList{"--data-dir", other, "import", "--quiet", stored} + slices);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        {
            auto cache = store::LocalCache::open(other);
            QVERIFY(cache.ok());
            auto read = measure::PresentationState::read(stored);
            QVERIFY(read.ok());
            auto own = cache.value()->service()->measurements().value()->reportImported(read.value()->sopInstanceUid());
            QVERIFY(own.ok() && !own.value());
        }

        // Nothing to draw and no window: said, exit 1, no file.
        const Run none = runStrata({"--data-dir", other, "measurements", "export", study, "--gsps", dir.filePath(QStringLiteral("none"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no measurement of the study is on a stored grayscale image")), qPrintable(none.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none/pr-1.dcm"))));
        // A study the cache does not hold: said so.
        const Run elsewhere = runStrata({"--data-dir", dir.filePath(QStringLiteral("empty")), "measurements", "export", study, "--store-gsps"});
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.contains(QStringLiteral("the study is not in the local cache")), qPrintable(elsewhere.err));
        const Run badWindow = runStrata({"--data-dir", other, "measurements", "export", study, "--gsps", folder, "--window", "40,-1"});
        QCOMPARE(badWindow.exitCode, 2);
    }

    void aPathAloneIsReportedInItsFrameOfReference()
    {
        // A study whose only measurement is a curved path (no stored image: it runs across them):
        // the SR is written, its curve a SCOORD3D in the series' frame of reference.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ct = QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt/01.dcm");
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(runStrata({"--data-dir", data, "import", ct}).exitCode == 0);
        const auto header = dicom::readHeader(ct);
        QVERIFY(header.ok() && !header.value().frameOfReferenceUid.isEmpty());
        QString studyUid;
        {
            auto service = store::StoreService::open(data);
            QVERIFY(service.ok());
            studyUid = header.value().studyInstanceUid;
            measure::Measurement path;
            path.kind = measure::MeasurementKind::CurvedPath;
            path.image = {studyUid, header.value().seriesInstanceUid, {}, {}, 0};
            path.points = {{0, 0, 0}, {20, 10, -30}, {25, 30, -60}};
            path.values = measure::evaluateGeometry(path);
            measure::stamp(path);
            QVERIFY(service.value()->measurements().value()->saveMeasurement(measure::toRecord(path)).ok());
        }
        const QString sr = dir.filePath(QStringLiteral("report.dcm"));
        const Run exported = runStrata({"--data-dir", data, "measurements", "export", studyUid, "--sr", sr});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const auto groups = measure::readMeasurementReportGroups(sr);
        QVERIFY(groups.ok());
        QCOMPARE(groups.value().size(), std::size_t(1));
        QVERIFY(groups.value().front().measurement.kind == measure::MeasurementKind::CurvedPath);
        QVERIFY(groups.value().front().patientCoordinates.size() > 50);
        QProcess dump;
        dump.start(QStringLiteral("dcmdump"), {"+P", "3006,0024", sr});
        QVERIFY(dump.waitForFinished(60000));
        const QString frame = QString::fromUtf8(dump.readAllStandardOutput());
        QVERIFY2(frame.contains(header.value().frameOfReferenceUid), qPrintable(frame));
    }

    /// Images in Latin-1 (ISO_IR 100) with an umlaut in the patient's name: the report is UTF-8
    /// throughout (ISO_IR 192) and the name reads the same.
    void reportOfLatin1ImagesIsUtf8()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString utf8 = dir.filePath(QStringLiteral("utf8.dcm")), latin1 = dir.filePath(QStringLiteral("latin1.dcm"));
        QVERIFY(QFile::copy(QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt/01.dcm"), utf8));
        QFile::setPermissions(utf8, QFile::ReadOwner | QFile::WriteOwner);
        QProcess tool;
        tool.start(QStringLiteral("dcmodify"), {"-nb", "-i", "(0008,0005)=ISO_IR 192", "-i", QStringLiteral("(0010,0010)=Müller^Jörg"), utf8});
        QVERIFY(tool.waitForFinished(60000) && tool.exitCode() == 0);
        tool.start(QStringLiteral("dcmconv"), {"+L1", utf8, latin1});
        QVERIFY(tool.waitForFinished(60000) && tool.exitCode() == 0);
        QFile raw(latin1);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().contains(QByteArray("M\xfcller^J\xf6rg")));  // Latin-1 bytes on disk

        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(runStrata({"--data-dir", data, "import", latin1}).exitCode == 0);
        QString studyUid;
        {
            auto service = store::StoreService::open(data);
            QVERIFY(service.ok());
            auto cache = service.value()->studies();
            QVERIFY(cache.ok());
            const auto studies = cache.value()->searchStudies(store::StudyQuery()).value().studies;
            QCOMPARE(int(studies.size()), 1);
            studyUid = studies.front().studyInstanceUid;
            const auto instances = cache.value()->studyInstances(studyUid).value();
            QCOMPARE(int(instances.size()), 1);
            measure::Measurement length;
            length.kind = measure::MeasurementKind::Length;
            length.image = {studyUid, instances[0].seriesInstanceUid, instances[0].sopInstanceUid, instances[0].sopClassUid, 0};
            length.plane.calibration = measure::volumeCalibration({0.5, 0.5});
            length.points = {{0, 0, 0}, {30, 40, 0}};
            length.plane.geometry.spacing = {0.5, 0.5};
            length.values = measure::evaluateGeometry(length);
            measure::stamp(length);
            QVERIFY(service.value()->measurements().value()->saveMeasurement(measure::toRecord(length)).ok());
        }
        const QString sr = dir.filePath(QStringLiteral("report.dcm"));
        const Run exported = runStrata({"--data-dir", data, "measurements", "export", studyUid, "--sr", sr});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QProcess dump;
        dump.start(QStringLiteral("dcmdump"), {"+P", "0008,0005", "+P", "0010,0010", sr});
        QVERIFY(dump.waitForFinished(60000));
        const QString attributes = QString::fromUtf8(dump.readAllStandardOutput());
        QVERIFY2(attributes.contains(QStringLiteral("[ISO_IR 192]")), qPrintable(attributes));
        QVERIFY2(attributes.contains(QStringLiteral("[Müller^Jörg]")), qPrintable(attributes));
    }

    void sampleLesionsSegmentedSavedAndExported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data")), sample = dir.filePath(QStringLiteral("sample"));
        // The full field of view and scan range at 1.4 × 1.4 × 1.5 mm: the lesions at full size.
        const Run written = runStrata({"sample", "--out", sample, "--size", "256", "--slices", "200",
                                       "--pixel-spacing", "1.4", "--slice-spacing", "1.5", "--json"});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const QJsonObject study = json(written);
        const QJsonArray lesions = study.value(QStringLiteral("lesions")).toArray();
        QCOMPARE(lesions.size(), 3);
        const QString studyUid = study.value(QStringLiteral("studyInstanceUid")).toString();
        QVERIFY(!studyUid.isEmpty());
        for (const QJsonValue &value : lesions) {
            const QJsonObject l = value.toObject();
            const double r = l.value(QStringLiteral("radiusMm")).toDouble();
            QCOMPARE(l.value(QStringLiteral("diameterMm")).toDouble(), 2 * r);
            QVERIFY(std::abs(l.value(QStringLiteral("volumeMl")).toDouble() - 4.0 / 3.0 * M_PI * r * r * r / 1000) < 1e-9);
        }

        QVERIFY(runStrata({"--data-dir", data, "import", sample}).exitCode == 0);
        QHash<QString, double> voxelsOf;  // measurement uid → the voxels `segment` counted
        for (const QJsonValue &value : lesions) {
            const QJsonObject l = value.toObject();
            const QJsonArray c = l.value(QStringLiteral("centerMm")).toArray();
            const QString seed = QStringLiteral("%1,%2,%3").arg(c[0].toDouble()).arg(c[1].toDouble()).arg(c[2].toDouble());
            const Run seg = runStrata({"--data-dir", data, "segment", study.value(QStringLiteral("seriesInstanceUid")).toString(),
                                       "--seed", seed, "--json", "--save"});
            QVERIFY2(seg.exitCode == 0, qPrintable(seg.err));
            const QJsonObject r = json(seg);
            const double truth = l.value(QStringLiteral("volumeMl")).toDouble();
            const double measured = r.value(QStringLiteral("volumeMl")).toDouble();
            qInfo("%s: %.3f mL (truth %.3f, %+.2f %%), long %.1f mm, short %.1f mm (diameter %.1f)",
                  qPrintable(l.value(QStringLiteral("name")).toString()), measured, truth, 100 * (measured / truth - 1),
                  r.value(QStringLiteral("longAxisMm")).toDouble(), r.value(QStringLiteral("shortAxisMm")).toDouble(),
                  l.value(QStringLiteral("diameterMm")).toDouble());
            QVERIFY(std::abs(measured - truth) < 0.03 * truth);
            QVERIFY(std::abs(r.value(QStringLiteral("mean")).toDouble() - l.value(QStringLiteral("value")).toDouble()) < 3);
            QCOMPARE(r.value(QStringLiteral("studyInstanceUid")).toString(), studyUid);
            QVERIFY(!r.value(QStringLiteral("measurementUid")).toString().isEmpty());
            voxelsOf.insert(r.value(QStringLiteral("measurementUid")).toString(), r.value(QStringLiteral("voxels")).toDouble());
        }
        // The same from the folder, without saving.
        const QJsonArray c0 = lesions[2].toObject().value(QStringLiteral("centerMm")).toArray();
        const Run fromFolder = runStrata({"segment", sample, "--seed",
                                          QStringLiteral("%1,%2,%3").arg(c0[0].toDouble()).arg(c0[1].toDouble()).arg(c0[2].toDouble())});
        QVERIFY2(fromFolder.exitCode == 0, qPrintable(fromFolder.err));
        QVERIFY(fromFolder.out.contains(QStringLiteral(" mL (")));
        QVERIFY(runStrata({"segment", sample, "--seed", "9999,0,0"}).exitCode == 1);
        // A region that reaches the box around the seed (a 30 mm lesion in a box of ±5 mm) leaked:
        // reported, not saved (the list below still has three lesions).
        const Run leaked = runStrata({"--data-dir", data, "segment", study.value(QStringLiteral("seriesInstanceUid")).toString(), "--seed",
                                      QStringLiteral("%1,%2,%3").arg(c0[0].toDouble()).arg(c0[1].toDouble()).arg(c0[2].toDouble()),
                                      "--max-radius", "5", "--save"});
        QCOMPARE(leaked.exitCode, 1);
        QVERIFY2(leaked.err.contains(QStringLiteral("leaked")) && leaked.err.contains(QStringLiteral("not saved")), qPrintable(leaked.err));
        QVERIFY(!leaked.out.contains(QStringLiteral("Saved as measurement")));
        // Within a box: the descending aorta (a 24 mm tube at x 25, y 10) in a box 30 mm deep is
        // kept, no leak, the box reached; a seed outside its box is refused.
        const Run inBox = runStrata({"segment", sample, "--box", "5,-10,-15,45,30,15", "--json"});
        QVERIFY2(inBox.exitCode == 0, qPrintable(inBox.err));
        const QJsonObject tube = json(inBox);
        QCOMPARE(tube.value(QStringLiteral("reachedLimit")).toBool(), false);
        QCOMPARE(tube.value(QStringLiteral("touchedBox")).toBool(), true);
        const double tubeMl = tube.value(QStringLiteral("volumeMl")).toDouble();
        QVERIFY2(tubeMl > 3.14159 * 144 * 27 / 1000 && tubeMl < 3.14159 * 144 * 33 / 1000, qPrintable(QString::number(tubeMl)));
        QCOMPARE(runStrata({"segment", sample, "--box", "5,-10,-15,45,30,15", "--seed", "100,0,0"}).exitCode, 2);
        QCOMPARE(runStrata({"segment", sample, "--box", "5,-10,-15,45,30"}).exitCode, 2);
        // "nan" and "inf" are no coordinates (Qt reads them as numbers): refused as such.
        const Run notANumber = runStrata({"segment", sample, "--seed", "nan,0,0"});
        QCOMPARE(notANumber.exitCode, 2);
        QVERIFY2(notANumber.err.contains(QStringLiteral("--seed takes three numbers")), qPrintable(notANumber.err));
        QCOMPARE(runStrata({"segment", sample, "--box", "5,-10,-15,inf,30,15"}).exitCode, 2);

        // Kept with the study: listed, exported; still there after deleting and re-importing it.
        QVERIFY(runStrata({"--data-dir", data, "delete", studyUid}).exitCode == 0);
        QVERIFY(runStrata({"--data-dir", data, "import", sample}).exitCode == 0);
        const Run list = runStrata({"--data-dir", data, "measurements", "list", studyUid, "--json"});
        // The option before the study works as well (--json takes no file with list).
        const Run before = runStrata({"--data-dir", data, "measurements", "list", "--json", studyUid});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.out, list.out);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray saved = json(list).value(QStringLiteral("measurements")).toArray();
        QCOMPARE(saved.size(), 3);
        for (const QJsonValue &m : saved) {
            QCOMPARE(m.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("lesion"));
            QVERIFY(!m.toObject().value(QStringLiteral("author")).toString().isEmpty());
            // The mask came back from the store (another process) with the voxels segment counted.
            const QJsonObject mask = m.toObject().value(QStringLiteral("mask")).toObject();
            QVERIFY(mask.value(QStringLiteral("present")).toBool());
            const QString uid = m.toObject().value(QStringLiteral("uid")).toString();
            QVERIFY(voxelsOf.contains(uid));
            QCOMPARE(mask.value(QStringLiteral("voxels")).toDouble(), voxelsOf.value(uid));
            QCOMPARE(mask.value(QStringLiteral("box")).toArray().size(), 3);
        }
        const QString csv = dir.filePath(QStringLiteral("m.csv")), js = dir.filePath(QStringLiteral("m.json"));
        QVERIFY(runStrata({"--data-dir", data, "measurements", "export", studyUid, "--csv", csv, "--json", js}).exitCode == 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QVERIFY(rows[0].startsWith("uid,kind,study"));
        // Eight values per lesion.
        QCOMPARE(rows.size(), 1 + 3 * 8);
        QCOMPARE(std::count_if(rows.begin(), rows.end(), [](const QByteArray &row) { return row.contains(",volume,"); }), 3);
        QFile jsonFile(js);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("measurements")).toArray().size(), 3);
        const Run text = runStrata({"--data-dir", data, "measurements", "list", studyUid});
        QCOMPARE(text.out.count(QStringLiteral(" mL")), 3);
        // The export is in the audit log: the study, both files, the count.
        const Run audit = runStrata({"--data-dir", data, "audit", "list", "--action", "measurements-export", "--json"});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        const QJsonArray exports = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports[0][QStringLiteral("object")].toString(), studyUid);
        QCOMPARE(exports[0][QStringLiteral("outcome")].toString(), QStringLiteral("success"));
        QVERIFY(exports[0][QStringLiteral("peer")].toString().contains(QFileInfo(csv).absoluteFilePath()));
        QVERIFY(exports[0][QStringLiteral("peer")].toString().contains(QFileInfo(js).absoluteFilePath()));
        QCOMPARE(exports[0][QStringLiteral("detail")].toString(), QStringLiteral("3 measurement(s)"));

        // A length on one slice, saved as the viewer saves it (through the store service).
        const QString seriesUid = study.value(QStringLiteral("seriesInstanceUid")).toString();
        QString lengthUid;
        std::vector<imaging::Vec3> lengthPoints;
        QString lengthSop;
        {
            auto service = store::StoreService::open(data);
            QVERIFY(service.ok());
            auto cache = service.value()->studies();
            QVERIFY(cache.ok());
            const auto instances = cache.value()->instances(seriesUid).value();
            QVERIFY(!instances.empty());
            measure::Measurement length;
            length.kind = measure::MeasurementKind::Length;
            length.image = {studyUid, seriesUid, instances[10].sopInstanceUid, instances[10].sopClassUid, 0};
            // On that image's plane (its own header), 30 mm along its rows and 40 mm down: 50 mm.
            const auto header = dicom::readHeader(instances[10].filePath);
            QVERIFY(header.ok());
            const auto geometry = imaging::imageGeometry(header.value());
            QVERIFY(geometry);
            length.plane = measure::ImagePlane::ofVolumeSlice(*geometry, header.value().modality);
            const imaging::Vec3 a = geometry->patientPosition(100.25, 120.5);
            const imaging::Vec3 b{a[0] + 30 * geometry->row[0] + 40 * geometry->column[0], a[1] + 30 * geometry->row[1] + 40 * geometry->column[1],
                                  a[2] + 30 * geometry->row[2] + 40 * geometry->column[2]};
            length.points = {a, b};
            lengthPoints = length.points;
            lengthSop = instances[10].sopInstanceUid;
            length.values = measure::evaluateGeometry(length);
            measure::stamp(length);
            lengthUid = length.uid;
            auto repo = service.value()->measurements();
            QVERIFY(repo.ok());
            QVERIFY(repo.value()->saveMeasurement(measure::toRecord(length)).ok());
        }

        // DICOM: the SR and a SEG per lesion, valid for dciodvfy, readable by dsrdump and by Strata.
        const QString sr = dir.filePath(QStringLiteral("report.dcm"));
        const Run exported = runStrata({"--data-dir", data, "measurements", "export", studyUid, "--sr", sr});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QStringList dicomFiles{sr};
        for (int n = 1; n <= 3; ++n)
            dicomFiles << dir.filePath(QStringLiteral("report-seg%1.dcm").arg(n));
        for (const QString &file : dicomFiles) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const QString report = testing::dciodvfy(file);
            QVERIFY2(!report.contains(QStringLiteral("Error")), qPrintable(file + QStringLiteral(":\n") + report));
        }
        QProcess dump;
        dump.start(QStringLiteral("dsrdump"), {sr});
        QVERIFY(dump.waitForFinished(60000));
        QCOMPARE(dump.exitCode(), 0);
        const QString tree = QString::fromUtf8(dump.readAllStandardOutput());
        QVERIFY(tree.contains(QStringLiteral("Imaging Measurement Report")));
        QCOMPARE(tree.count(QStringLiteral("Referenced Segment")), 3);
        QVERIFY(tree.contains(QStringLiteral("Source of Measurement")));

        // Strata reads its report back: the same measurements (tracking UIDs) and values.
        const auto back = measure::readMeasurementReport(sr);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message()));
        QCOMPARE(back.value().size(), std::size_t(4));
        int lesionsBack = 0;
        for (const measure::Measurement &m : back.value()) {
            if (m.kind == measure::MeasurementKind::Lesion) {
                ++lesionsBack;
                const QJsonObject original = [&] {
                    for (const QJsonValue &v : saved)
                        if (v.toObject().value(QStringLiteral("uid")).toString() == m.uid)
                            return v.toObject();
                    return QJsonObject();
                }();
                QVERIFY(!original.isEmpty());
                double volume = 0;
                for (const QJsonValue &q : original.value(QStringLiteral("values")).toArray())
                    if (q.toObject().value(QStringLiteral("name")).toString() == QLatin1String("volume"))
                        volume = q.toObject().value(QStringLiteral("value")).toDouble();
                QVERIFY(std::abs(m.value(QStringLiteral("volume")).value_or(-1) - volume) < 1e-6 * volume);
                QVERIFY(m.value(QStringLiteral("long_axis")).has_value());
                QVERIFY(m.value(QStringLiteral("mean")).has_value());
            } else {
                QCOMPARE(m.uid, lengthUid);
                QVERIFY(m.kind == measure::MeasurementKind::Length);
                QVERIFY(std::abs(m.value(QStringLiteral("length")).value_or(0) - 50.0) < 1e-9);
            }
        }
        QCOMPARE(lesionsBack, 3);
        // And imports them into its cache with the study.
        const Run imported = runStrata(QStringList{"--data-dir", data, "import"} + dicomFiles);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run series = runStrata({"--data-dir", data, "series", studyUid, "--json"});
        QStringList modalities;
        for (const QJsonValue &v : QJsonDocument::fromJson(series.out.toUtf8()).array())
            modalities << v.toObject().value(QStringLiteral("modality")).toString();
        QVERIFY2(modalities.contains(QStringLiteral("SR")) && modalities.contains(QStringLiteral("SEG")), qPrintable(modalities.join(',')));

        // The report and its SEGs go to a node as any DICOM does (`strata send`): the fixture's
        // Orthanc stores each, with its modality.
        {
            const net::Node orthanc = testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
            const Run sent = runStrata(QStringList{"send", "--aec", orthanc.aeTitle, "--host", orthanc.host, "--port",
                                                   QString::number(orthanc.port)}
                                       + dicomFiles);
            QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
            QStringList modalitiesThere;
            for (const QString &file : dicomFiles) {
                const auto header = dicom::readHeader(file);
                QVERIFY(header.ok());
                const QString uid = header.value().sopInstanceUid;
                QString id;
                for (const QJsonValue &v : QJsonDocument::fromJson(testing::orthancRestBody(QStringLiteral(STRATA_ORTHANC_DIR), "POST",
                                                                                            QStringLiteral("/tools/lookup"), uid.toLatin1()))
                                               .array())
                    if (v.toObject().value(QStringLiteral("Type")).toString() == QLatin1String("Instance"))
                        id = v.toObject().value(QStringLiteral("ID")).toString();
                QVERIFY2(!id.isEmpty(), qPrintable(file + QStringLiteral(" is not on the archive")));
                const QJsonObject tags = QJsonDocument::fromJson(testing::orthancRestBody(QStringLiteral(STRATA_ORTHANC_DIR), "GET",
                                                                                          QStringLiteral("/instances/%1/simplified-tags").arg(id)))
                                             .object();
                modalitiesThere << tags.value(QStringLiteral("Modality")).toString();
                testing::orthancRest(QStringLiteral(STRATA_ORTHANC_DIR), "DELETE", QStringLiteral("/instances/") + id);
            }
            QCOMPARE(modalitiesThere, (QStringList{"SR", "SEG", "SEG", "SEG"}));
        }

        // Its own report in the cache doubles nothing: the tracking UIDs are the measurements'.
        const Run again = runStrata({"--data-dir", data, "measurements", "list", studyUid, "--json"});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(json(again).value(QStringLiteral("measurements")).toArray().size(), 4);

        // Into a fresh cache, the study with the SR and SEGs: the measurements come back from the
        // report, editable rows of the study with the same UIDs and values, the lesions with their
        // segment's mask (the voxels that were saved) and RECIST axes measured on it.
        const QString fresh = dir.filePath(QStringLiteral("fresh"));
        QVERIFY(runStrata({"--data-dir", fresh, "import", sample}).exitCode == 0);
        // The SR before its SEGs: the length now, the lesions once their SEGs are there.
        QVERIFY(runStrata({"--data-dir", fresh, "import", sr}).exitCode == 0);
        const Run early = runStrata({"--data-dir", fresh, "measurements", "list", studyUid, "--json"});
        QVERIFY2(early.exitCode == 0, qPrintable(early.err));
        QCOMPARE(json(early).value(QStringLiteral("measurements")).toArray().size(), 1);
        QCOMPARE(early.err.count(QStringLiteral("is not in the study yet")), 3);
        QVERIFY(runStrata(QStringList{"--data-dir", fresh, "import"} + dicomFiles.mid(1)).exitCode == 0);
        const Run adopted = runStrata({"--data-dir", fresh, "measurements", "list", studyUid, "--json"});
        QVERIFY2(adopted.exitCode == 0, qPrintable(adopted.err));
        QVERIFY2(!adopted.err.contains(QStringLiteral("strata measurements")), qPrintable(adopted.err));  // no problem reported
        const QJsonArray back2 = json(adopted).value(QStringLiteral("measurements")).toArray();
        QCOMPARE(back2.size(), 4);
        const auto valueOf = [](const QJsonObject &m, const QString &name) {
            for (const QJsonValue &q : m.value(QStringLiteral("values")).toArray())
                if (q.toObject().value(QStringLiteral("name")).toString() == name)
                    return q.toObject().value(QStringLiteral("value")).toDouble();
            return -1.0;
        };
        int lesionsAdopted = 0;
        for (const QJsonValue &v : back2) {
            const QJsonObject m = v.toObject();
            const QString uid = m.value(QStringLiteral("uid")).toString();
            if (uid == lengthUid) {
                QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("length"));
                QVERIFY(std::abs(valueOf(m, QStringLiteral("length")) - 50.0) < 1e-9);
                // Where it was drawn, from the SR's SCOORD on the image: drawn there again.
                const QJsonArray points = m.value(QStringLiteral("points")).toArray();
                QCOMPARE(points.size(), 2);
                for (int i = 0; i < 2; ++i)
                    for (int c = 0; c < 3; ++c)
                        QVERIFY2(std::abs(points[i].toArray()[c].toDouble() - lengthPoints[std::size_t(i)][std::size_t(c)]) < 0.01,
                                 qPrintable(QStringLiteral("point %1: %2").arg(i).arg(QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact)))));
                QCOMPARE(m.value(QStringLiteral("sop_instance")).toString(), lengthSop);
                continue;
            }
            QJsonObject original;
            for (const QJsonValue &o : saved)
                if (o.toObject().value(QStringLiteral("uid")).toString() == uid)
                    original = o.toObject();
            QVERIFY2(!original.isEmpty(), qPrintable(uid));
            ++lesionsAdopted;
            QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("lesion"));
            for (const QString name : {QStringLiteral("volume"), QStringLiteral("mean"), QStringLiteral("max"),
                                       QStringLiteral("long_axis"), QStringLiteral("short_axis")})
                QVERIFY2(std::abs(valueOf(m, name) - valueOf(original, name)) <= 1e-6 * std::abs(valueOf(original, name)),
                         qPrintable(name));
            const QJsonObject mask = m.value(QStringLiteral("mask")).toObject();
            QVERIFY(mask.value(QStringLiteral("present")).toBool());
            QCOMPARE(mask.value(QStringLiteral("voxels")).toDouble(),
                     original.value(QStringLiteral("mask")).toObject().value(QStringLiteral("voxels")).toDouble());
            QCOMPARE(valueOf(m, QStringLiteral("voxel_count")), valueOf(original, QStringLiteral("voxel_count")));
            // The seed and both axes, on the same slice's plane as before: drawn as the original was.
            QCOMPARE(m.value(QStringLiteral("points")).toArray().size(), 5);
            QCOMPARE(m.value(QStringLiteral("series")).toString(), original.value(QStringLiteral("series")).toString());
        }
        QCOMPARE(lesionsAdopted, 3);
        // Read once: listing again adds nothing, and the import is in the audit log.
        const Run third = runStrata({"--data-dir", fresh, "measurements", "list", studyUid, "--json"});
        QCOMPARE(json(third).value(QStringLiteral("measurements")).toArray().size(), 4);
        const Run changes = runStrata({"--data-dir", fresh, "audit", "list", "--action", "measurement-change", "--json"});
        QVERIFY(changes.out.contains(QStringLiteral("imported: 3 new measurement(s)")));
    }
};

QTEST_GUILESS_MAIN(TestMeasureCli)
#include "tst_measure_cli.moc"
