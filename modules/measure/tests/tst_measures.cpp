/// The tools' geometry and statistics against analytic images: a plane with anisotropic pixels and
/// an oblique orientation where a length of exactly 50 mm, an angle of 30° and an ellipse of known
/// area are drawn through pixel positions; an oblique MPR of an anisotropic, obliquely stored
/// volume holding a ball; calibration sources; the model's JSON round trip.
#include <strata/imaging/Plane.h>
#include <strata/imaging/Reslicer.h>
#include <strata/measure/Calibration.h>
#include <strata/measure/Measurement.h>
#include <strata/measure/Measures.h>
#include <strata/measure/TimeIntensity.h>

#include "dicom_tools.h"

#include <strata/dicom/HeaderReader.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace strata;
using namespace strata::measure;

namespace {

constexpr double kPi = std::numbers::pi;

/// An oblique image plane with 0.6 × 0.9 mm pixels (row and column rotated off every patient axis).
imaging::SliceGeometry obliqueGeometry(int width, int height)
{
    const imaging::Plane tilted = imaging::tilted(imaging::standardPlane(imaging::PlaneOrientation::Axial, {0, 0, 0}), 25, -35);
    imaging::SliceGeometry g;
    g.width = width;
    g.height = height;
    g.row = tilted.row;
    g.column = tilted.column;
    g.origin = {12.5, -40.25, 73.0};
    g.spacing = {0.6, 0.9};
    return g;
}

/// The patient point of a position given in plane millimetres (u along the row, v down the column).
Vec3 atMm(const imaging::SliceGeometry &g, double u, double v) { return g.patientPosition(u / g.spacing[0], v / g.spacing[1]); }

} // namespace

class TestMeasures : public QObject {
    Q_OBJECT
private slots:
    void lengthIsExactOnAnObliqueAnisotropicPlane()
    {
        const ImagePlane plane = ImagePlane::ofVolumeSlice(obliqueGeometry(300, 200), QStringLiteral("CT"));
        // 30 mm along the row and 40 mm down the column: 50 mm, through pixels (50, 44.4) apart.
        const Vec3 a = atMm(plane.geometry, 6.0, 18.0), b = atMm(plane.geometry, 36.0, 58.0);
        QVERIFY(std::abs(length(plane, a, b) - 50.0) < 1e-9);
        // The same as the patient-space distance, as the plane is calibrated by its own spacing.
        const Vec3 d = imaging::difference(a, b);
        QVERIFY(std::abs(std::sqrt(imaging::dot(d, d)) - 50.0) < 1e-9);
    }

    void angleAndCobbAngle()
    {
        const ImagePlane plane = ImagePlane::ofVolumeSlice(obliqueGeometry(300, 200));
        const double u0 = 80, v0 = 60;
        auto arm = [&](double deg, double len) {
            return atMm(plane.geometry, u0 + len * std::cos(deg * kPi / 180), v0 + len * std::sin(deg * kPi / 180));
        };
        const Vec3 vertex = atMm(plane.geometry, u0, v0);
        QVERIFY(std::abs(angleDegrees(plane, arm(0, 40), vertex, arm(30, 25)) - 30.0) < 1e-9);
        QVERIFY(std::abs(angleDegrees(plane, arm(17, 40), vertex, arm(47, 10)) - 30.0) < 1e-9);
        QVERIFY(std::abs(angleDegrees(plane, arm(-100, 40), vertex, arm(80, 10)) - 180.0) < 1e-9);
        // Cobb: endplate lines at +10° and −25° make 35°, whichever way each line was drawn.
        const Vec3 a1 = arm(10, -30), a2 = arm(10, 30);
        const Vec3 b1 = atMm(plane.geometry, 100 - 30 * std::cos(-25 * kPi / 180), 140 - 30 * std::sin(-25 * kPi / 180));
        const Vec3 b2 = atMm(plane.geometry, 100 + 30 * std::cos(-25 * kPi / 180), 140 + 30 * std::sin(-25 * kPi / 180));
        QVERIFY(std::abs(cobbAngleDegrees(plane, a1, a2, b1, b2) - 35.0) < 1e-9);
        QVERIFY(std::abs(cobbAngleDegrees(plane, a2, a1, b1, b2) - 35.0) < 1e-9);
    }

    void ellipseStatisticsOnAnisotropicPixels()
    {
        const imaging::SliceGeometry g = obliqueGeometry(400, 300);
        const ImagePlane plane = ImagePlane::ofVolumeSlice(g, QStringLiteral("CT"));
        // An ellipse (a = 40 mm, b = 25 mm, turned 20°) centred at (120, 135) mm; the image holds
        // 100 inside it, −50 outside, and the ROI is the same ellipse.
        const double cu = 120, cv = 135, a = 40, b = 25, t = 20 * kPi / 180;
        imaging::SliceImage image;
        image.geometry = g;
        image.pixels.resize(std::size_t(g.width) * std::size_t(g.height));
        for (int y = 0; y < g.height; ++y)
            for (int x = 0; x < g.width; ++x) {
                const double du = x * 0.6 - cu, dv = y * 0.9 - cv;
                const double s = (du * std::cos(t) + dv * std::sin(t)) / a, r = (-du * std::sin(t) + dv * std::cos(t)) / b;
                image.pixels[std::size_t(y) * std::size_t(g.width) + std::size_t(x)] = s * s + r * r <= 1 ? 100.f : -50.f;
            }
        const Roi roi{RoiShape::Ellipse,
                      {atMm(g, cu, cv), atMm(g, cu + a * std::cos(t), cv + a * std::sin(t)),
                       atMm(g, cu - b * std::sin(t), cv + b * std::cos(t))}};
        const double truth = kPi * a * b;
        const RoiStatistics s = roiStatistics(plane, image, roi);
        QVERIFY(std::abs(s.area - truth) < 1e-9 * truth);
        QVERIFY2(std::abs(s.pixelArea - truth) < 0.005 * truth, qPrintable(QString::number(s.pixelArea)));
        QCOMPARE(s.pixelCount, (long long)std::lround(s.pixelArea / 0.54));
        QCOMPARE(s.mean, 100.0);
        QCOMPARE(s.standardDeviation, 0.0);
        QCOMPARE(s.min, 100.0);
        QCOMPARE(s.max, 100.0);

        // A polygon: a 30 × 20 mm rectangle turned 20° has 600 mm² and, inside the ellipse, only 100s.
        std::vector<Vec3> corners;
        for (auto [u, v] : std::array<std::array<double, 2>, 4>{{{-15, -10}, {15, -10}, {15, 10}, {-15, 10}}})
            corners.push_back(atMm(g, cu + u * std::cos(t) - v * std::sin(t), cv + u * std::sin(t) + v * std::cos(t)));
        const RoiStatistics p = roiStatistics(plane, image, Roi{RoiShape::Polygon, corners});
        QVERIFY(std::abs(p.area - 600.0) < 1e-9);
        QVERIFY(std::abs(p.pixelArea - 600.0) < 0.03 * 600.0);
        QCOMPARE(p.mean, 100.0);

        // Pixels without a value (NaN: padding) are left out and counted apart; the shape's area stays.
        imaging::SliceImage padded = image;
        for (int y = 0; y < g.height; ++y)
            for (int x = 0; x < g.width; ++x)
                if (x * 0.6 < cu)   // the left half of the ellipse
                    padded.pixels[std::size_t(y) * std::size_t(g.width) + std::size_t(x)] = std::numeric_limits<float>::quiet_NaN();
        const RoiStatistics half = roiStatistics(plane, padded, roi);
        QCOMPARE(half.area, s.area);
        QCOMPARE(half.pixelCount + half.excludedCount, s.pixelCount);
        QVERIFY(half.excludedCount > s.pixelCount / 3 && half.pixelCount > s.pixelCount / 3);
        QCOMPARE(half.mean, 100.0);
        QCOMPARE(half.min, 100.0);
        QVERIFY(std::isfinite(half.standardDeviation));
        QCOMPARE(s.excludedCount, 0LL);
    }

    void meanAndSpreadOfAGradient()
    {
        // Values = u in mm: inside a circle of radius 20 mm at u = 60 the mean is 60 and the SD
        // is r/2 = 10 (the continuous answer; the pixel sum agrees closely).
        const imaging::SliceGeometry g = obliqueGeometry(250, 150);
        const ImagePlane plane = ImagePlane::ofVolumeSlice(g);
        imaging::SliceImage image{g, {}};
        for (int y = 0; y < g.height; ++y)
            for (int x = 0; x < g.width; ++x)
                image.pixels.push_back(float(x * 0.6));
        const Roi circle{RoiShape::Ellipse, {atMm(g, 60, 70), atMm(g, 80, 70), atMm(g, 60, 90)}};
        const RoiStatistics s = roiStatistics(plane, image, circle);
        QVERIFY(std::abs(s.mean - 60.0) < 0.05);
        QVERIFY(std::abs(s.standardDeviation - 10.0) < 0.1);
        QVERIFY(s.min >= 40.0 && s.max <= 80.0);
    }

    void obliqueMprOfAnObliqueAnisotropicVolume()
    {
        // A volume with 0.7 × 0.8 × 2.0 mm voxels stored obliquely; a ball of radius 30 mm (100)
        // in 0 around the volume's centre. Measured on an oblique MPR through the centre.
        dicom::Volume v;
        v.dimensions = {120, 110, 45};
        v.spacing = {0.7, 0.8, 2.0};
        const imaging::Mat3 r = imaging::rotationMatrix({0.3, -0.5, 0.81}, 27);
        // direction's columns are the i, j, k axes: the rotation's columns.
        v.direction = r;
        const imaging::Vec3 half{0.5 * 119 * 0.7, 0.5 * 109 * 0.8, 0.5 * 44 * 2.0};
        const imaging::Vec3 originOffset = imaging::times(r, half);
        v.origin = {10 - originOffset[0], -20 - originOffset[1], 35 - originOffset[2]};
        for (int row = 0; row < 3; ++row) {
            for (int c = 0; c < 3; ++c)
                v.indexToPatient[std::size_t(row * 4 + c)] = r[std::size_t(row * 3 + c)] * v.spacing[std::size_t(c)];
            v.indexToPatient[std::size_t(row * 4 + 3)] = v.origin[std::size_t(row)];
        }
        const imaging::Vec3 centre{10, -20, 35};
        v.voxels.resize(v.voxelCount());
        std::size_t n = 0;
        for (int k = 0; k < 45; ++k)
            for (int j = 0; j < 110; ++j)
                for (int i = 0; i < 120; ++i) {
                    const auto p = v.patientPosition(i, j, k);
                    const auto d = imaging::difference(p, centre);
                    v.voxels[n++] = imaging::dot(d, d) <= 900 ? 100.f : 0.f;
                }
        QVERIFY(imaging::dot(imaging::difference(imaging::volumeCenter(v), centre), imaging::difference(imaging::volumeCenter(v), centre)) < 1e-12);
        const imaging::Plane plane = imaging::tilted(imaging::standardPlane(imaging::PlaneOrientation::Coronal, centre), 33, 21);
        auto sliced = imaging::reslice(v, plane, {.pixelSpacing = 0.5, .interpolation = imaging::Interpolation::Nearest});
        QVERIFY2(sliced.ok(), qPrintable(sliced.ok() ? QString() : sliced.error().message()));
        const imaging::SliceImage &image = sliced.value();
        const ImagePlane mpr = ImagePlane::ofVolumeSlice(image.geometry, QStringLiteral("CT"));

        // 50 mm between two points chosen on the MPR through their pixel positions.
        const auto c = image.geometry.pixelPosition(centre);
        const Vec3 a = image.geometry.patientPosition(c[0] - 30 / 0.5, c[1] + 20 / 0.5);
        const Vec3 b = image.geometry.patientPosition(c[0], c[1] - 20 / 0.5);
        QVERIFY(std::abs(length(mpr, a, b) - 50.0) < 1e-9);

        // A 20 mm circle inside the ball: all 100, area π·20².
        const Roi circle{RoiShape::Ellipse, {centre, image.geometry.patientPosition(c[0] + 40, c[1]),
                                             image.geometry.patientPosition(c[0], c[1] + 40)}};
        const RoiStatistics s = roiStatistics(mpr, image, circle);
        QVERIFY(std::abs(s.area - kPi * 400) < 1e-6);
        QVERIFY(std::abs(s.pixelArea - kPi * 400) < 0.005 * kPi * 400);
        QCOMPARE(s.mean, 100.0);
        // A 40 mm circle crosses the ball's surface (r = 30): the mean is 100 · 900/1600 within 1 %.
        const Roi wide{RoiShape::Ellipse, {centre, image.geometry.patientPosition(c[0] + 80, c[1]),
                                           image.geometry.patientPosition(c[0], c[1] + 80)}};
        QVERIFY(std::abs(roiStatistics(mpr, image, wide).mean - 56.25) < 0.6);

        const ProbeValue at = probe(image, centre);
        QVERIFY(at.inside);
        QCOMPARE(at.value, 100.0);
        QVERIFY(imaging::dot(imaging::difference(at.patient, centre), imaging::difference(at.patient, centre)) < 1e-12);
    }

    void calibrationSources()
    {
        dicom::DicomHeader h;
        QVERIFY(!calibrationOf(h).calibrated());
        QCOMPARE(calibrationOf(h).lengthUnit(), QStringLiteral("px"));
        QVERIFY(!calibrationOf(h).note().isEmpty());
        h.geometry.pixelSpacing = std::array<double, 2>{0.5, 0.25};  // between rows, between columns
        Calibration c = calibrationOf(h);
        QVERIFY(c.source == CalibrationSource::Patient);
        QCOMPARE(c.spacing[0], 0.25);
        QCOMPARE(c.spacing[1], 0.5);
        QVERIFY(c.note().isEmpty());
        h.geometry.pixelSpacingAtDetector = true;
        c = calibrationOf(h);
        QVERIFY(c.source == CalibrationSource::Detector);
        QCOMPARE(c.note(), QStringLiteral("calibration: detector"));
        h.geometry.pixelSpacing = std::array<double, 2>{0.0, 0.25};
        QVERIFY(!calibrationOf(h).calibrated());

        // Ultrasound: 0.01 cm per pixel in the region holding the point, nothing outside it.
        const std::vector<UltrasoundRegion> regions{{10, 20, 400, 300, 3, 3, 0.01, 0.02}, {500, 0, 600, 100, 0, 0, 1, 1}};
        const auto us = ultrasoundCalibration(regions, 50, 50);
        QVERIFY(us.has_value());
        QVERIFY(us->source == CalibrationSource::Ultrasound);
        QVERIFY(std::abs(us->spacing[0] - 0.1) < 1e-12 && std::abs(us->spacing[1] - 0.2) < 1e-12);
        QVERIFY(!ultrasoundCalibration(regions, 550, 50).has_value());  // not in centimetres
        QVERIFY(!ultrasoundCalibration(regions, 5, 5).has_value());

        // An uncalibrated image measures in pixels (3-4-5), whatever its geometry's spacing says.
        imaging::SliceGeometry g;
        g.width = g.height = 100;
        g.spacing = {0.7, 0.7};
        ImagePlane plane{g, Calibration{}, QString()};
        Measurement m;
        m.uid = QStringLiteral("2.25.1");
        m.kind = MeasurementKind::Length;
        m.plane = plane;
        m.points = {g.patientPosition(10, 10), g.patientPosition(13, 14)};
        m.values = evaluateGeometry(m);
        QCOMPARE(m.values.size(), std::size_t(1));
        QVERIFY(std::abs(m.values[0].value - 5.0) < 1e-9);
        QCOMPARE(m.values[0].unit, QStringLiteral("px"));
        QCOMPARE(displayText(m), QStringLiteral("5.0 px (no calibration: pixels)"));
        // Ultrasound spacing on the same plane: 3 px · 0.1 mm and 4 px · 0.2 mm.
        m.plane.calibration = *us;
        m.values = evaluateGeometry(m);
        QVERIFY(std::abs(m.values[0].value - std::hypot(0.3, 0.8)) < 1e-9);
        QCOMPARE(m.values[0].unit, QStringLiteral("mm"));
    }

    // A real CR (Imager Pixel Spacing 0.1 mm, no Pixel Spacing) as modalities write it (PS3.3
    // 10.7.1.3): Pixel Spacing copied from the detector's is the detector's; an Estimated
    // Radiographic Magnification Factor corrects it; a Pixel Spacing that differs, or one
    // calibrated by GEOMETRY or FIDUCIAL, was corrected by the modality. Kept through JSON.
    void projectionRadiographCalibration_data()
    {
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<int>("source");
        QTest::addColumn<double>("spacing");
        QTest::addColumn<QString>("note");
        using S = CalibrationSource;
        QTest::newRow("imager spacing only") << QStringList{} << int(S::Detector) << 0.1 << "calibration: detector";
        QTest::newRow("pixel spacing copied") << QStringList{QStringLiteral("(0028,0030)=0.1\\0.1")} << int(S::Detector) << 0.1
                                              << "calibration: detector";
        QTest::newRow("ERMF 1.25") << QStringList{QStringLiteral("(0018,1114)=1.25")} << int(S::Magnification) << 0.08
                                   << "calibration: magnification corrected, ERMF 1.25";
        QTest::newRow("copied, ERMF 1.25") << QStringList{QStringLiteral("(0028,0030)=0.1\\0.1"), QStringLiteral("(0018,1114)=1.25")}
                                           << int(S::Magnification) << 0.08 << "calibration: magnification corrected, ERMF 1.25";
        QTest::newRow("ERMF below 1 ignored") << QStringList{QStringLiteral("(0018,1114)=0.8")} << int(S::Detector) << 0.1
                                              << "calibration: detector";
        QTest::newRow("corrected by the modality") << QStringList{QStringLiteral("(0028,0030)=0.09\\0.09"), QStringLiteral("(0018,1114)=1.11")}
                                                   << int(S::Magnification) << 0.09 << "calibration: magnification corrected";
        QTest::newRow("GEOMETRY") << QStringList{QStringLiteral("(0028,0030)=0.1\\0.1"), QStringLiteral("(0028,0a02)=GEOMETRY")}
                                  << int(S::Magnification) << 0.1 << "calibration: magnification corrected";
        QTest::newRow("FIDUCIAL") << QStringList{QStringLiteral("(0028,0030)=0.085\\0.085"), QStringLiteral("(0028,0a02)=FIDUCIAL"),
                                                 QStringLiteral("(0028,0a04)=Ball 25 mm")}
                                  << int(S::Fiducial) << 0.085 << "calibration: fiducial";
    }
    void projectionRadiographCalibration()
    {
        QFETCH(QStringList, changes);
        QFETCH(int, source);
        QFETCH(double, spacing);
        QFETCH(QString, note);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cr.dcm"));
        QVERIFY(testing::modifiedCopyOf(QStringLiteral(STRATA_TESTDATA_DIR "/dicomdir-cd/pydicom-dicomdirtests/77654033/CR1/6154"), file, changes));
        const auto header = dicom::readHeader(file);
        QVERIFY(header.ok());
        const Calibration c = calibrationOf(header.value());
        QCOMPARE(int(c.source), source);
        QVERIFY2(std::abs(c.spacing[0] - spacing) < 1e-9 && std::abs(c.spacing[1] - spacing) < 1e-9, qPrintable(QString::number(c.spacing[0])));
        QCOMPARE(c.note(), note);
        if (c.source == CalibrationSource::Fiducial)
            QCOMPARE(header.value().geometry.pixelSpacingCalibrationDescription, QStringLiteral("Ball 25 mm"));

        // A 30 × 40 px line measures 50 px × the spacing; saved and read back, it says the same.
        imaging::SliceGeometry g;
        g.width = g.height = 100;
        g.spacing = {0.1, 0.1};
        Measurement m;
        m.uid = QStringLiteral("2.25.7");
        m.kind = MeasurementKind::Length;
        m.plane = ImagePlane{g, c, QStringLiteral("CR")};
        m.points = {g.patientPosition(10, 10), g.patientPosition(40, 50)};
        m.values = evaluateGeometry(m);
        QVERIFY(std::abs(m.values[0].value - 50 * spacing) < 1e-9);
        const auto back = measurementFromJson(toJson(m));
        QVERIFY(back.ok());
        QCOMPARE(int(back.value().plane.calibration.source), source);
        QCOMPARE(back.value().plane.calibration.note(), note);
        QCOMPARE(displayText(back.value()), displayText(m));
    }

    // A region's curve over the phases of a dynamic series, and its kinetics: a uniform 100 before
    // contrast, 250 a minute after, 280 at two minutes, then 240, 290 or 330 at six: washout,
    // plateau, persistent; timed by acquisition time (over midnight too) or by phase.
    void timeIntensityCurveAndKinetics()
    {
        imaging::SliceGeometry g;
        g.width = g.height = 100;
        g.spacing = {1, 1};
        Measurement region;
        region.uid = QStringLiteral("2.25.9");
        region.kind = MeasurementKind::Ellipse;
        region.plane = ImagePlane::ofVolumeSlice(g, QStringLiteral("MR"));
        region.points = {g.patientPosition(50, 50), g.patientPosition(60, 50), g.patientPosition(50, 60)};
        auto phase = [&](float value, const char *time, const char *label) {
            PhaseSlice p;
            p.image.geometry = g;
            p.image.pixels.assign(100 * 100, value);
            p.image.pixels[50 * 100 + 50] = value + 10;   // the mean moves by 10 / pixel count
            p.acquisitionTime = QLatin1String(time);
            p.label = QLatin1String(label);
            return p;
        };
        std::vector<PhaseSlice> phases{phase(100, "120000", "pre"), phase(250, "120100.5", "1"), phase(280, "120200", "2"), phase(240, "120600", "3")};
        std::vector<TimePoint> curve = timeIntensityCurve(region, phases);
        QCOMPARE(curve.size(), std::size_t(4));
        const long long n = curve[0].pixels;
        QVERIFY(n > 300 && n < 330);   // π · 10² pixels
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY(curve[i].timed);
            QVERIFY(std::abs(curve[i].mean - (phases[i].image.pixels[0] + 10.0 / double(n))) < 1e-6);
            QCOMPARE(curve[i].pixels, n);
        }
        QCOMPARE(curve[1].seconds, 60.5);
        QCOMPARE(curve[3].seconds, 360.0);
        Kinetics k = curveKinetics(curve);
        QCOMPARE(k.type, CurveType::Washout);
        QCOMPARE(k.earlyPeak, 2);
        QVERIFY(std::abs(k.initialEnhancementPercent - 180) < 0.2);
        QVERIFY(std::abs(k.latePercent - (240.0 - 280.0) / 280.0 * 100) < 0.1);
        QCOMPARE(curveTypeName(k.type), QStringLiteral("type III, washout"));
        curve[3].mean = 290;
        QCOMPARE(curveKinetics(curve).type, CurveType::Plateau);
        curve[3].mean = 330;
        QCOMPARE(curveKinetics(curve).type, CurveType::Persistent);
        // Three phases: no late phase after the early ones.
        QCOMPARE(curveKinetics({curve[0], curve[1], curve[2]}).type, CurveType::Undetermined);

        // Untimed (a phase without a time): by index; the early phases are the first two after.
        phases[2].acquisitionTime.clear();
        curve = timeIntensityCurve(region, phases);
        QVERIFY(!curve[0].timed);
        QCOMPARE(curve[3].seconds, 3.0);
        QCOMPARE(curveKinetics(curve).earlyPeak, 2);
        // Over midnight.
        phases = {phase(100, "235930", "a"), phase(200, "000030", "b")};
        QCOMPARE(timeIntensityCurve(region, phases)[1].seconds, 60.0);
        QCOMPARE(dicom::secondsOfDay(QStringLiteral("08:36:34.5")), std::optional<double>(8 * 3600 + 36 * 60 + 34.5));
        QVERIFY(!dicom::secondsOfDay(QStringLiteral("2561")));
        // Not an outline: no curve. As CSV: a header, then a line a phase.
        Measurement line = region;
        line.kind = MeasurementKind::Length;
        QVERIFY(timeIntensityCurve(line, phases).empty());
        const QStringList csv = timeIntensityCsv(timeIntensityCurve(region, phases), QStringLiteral("MR units")).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(csv.size(), 3);
        QCOMPARE(csv[0], QStringLiteral("seconds,phase,mean (MR units),sd (MR units),pixels"));
        QVERIFY2(csv[2].startsWith(QStringLiteral("60.000,\"b\",200.0")), qPrintable(csv[2]));
    }

    void polygonOfKnownAreaAndStatistics()
    {
        // An L-shaped polygon given in plane millimetres on the oblique plane with 0.6 × 0.9 mm
        // pixels: 40 × 30 mm less a 25 × 18 mm corner = 750 mm².
        const int w = 200, h = 150;
        const ImagePlane plane = ImagePlane::ofVolumeSlice(obliqueGeometry(w, h), QStringLiteral("CT"));
        const double u0 = 20.13, v0 = 15.27;
        const std::vector<std::array<double, 2>> mm{{u0, v0}, {u0 + 40, v0}, {u0 + 40, v0 + 12}, {u0 + 15, v0 + 12},
                                                    {u0 + 15, v0 + 30}, {u0, v0 + 30}};
        Roi roi{RoiShape::Polygon, {}};
        for (const auto &p : mm)
            roi.points.push_back(atMm(plane.geometry, p[0], p[1]));
        const double area = roiArea(plane, roi);
        QVERIFY2(std::abs(area - 750.0) < 0.005 * 750.0, qPrintable(QString::number(area)));
        QVERIFY(std::abs(area - 750.0) < 1e-6);

        // Pixel values 3·x − 2·y + 0.01·x·y: the statistics of the pixels whose centres lie in the
        // L, found here as the union of two rectangles (not by a point-in-polygon test).
        imaging::SliceImage image{plane.geometry, std::vector<float>(std::size_t(w) * std::size_t(h))};
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                image.pixels[std::size_t(y) * std::size_t(w) + std::size_t(x)] = float(3.0 * x - 2.0 * y + 0.01 * x * y);
        std::vector<double> inside;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const double u = x * 0.6, v = y * 0.9;
                const bool top = u > u0 && u < u0 + 40 && v > v0 && v < v0 + 12;
                const bool left = u > u0 && u < u0 + 15 && v > v0 && v < v0 + 30;
                if (top || left)
                    inside.push_back(image.at(x, y));
            }
        double sum = 0, lo = inside.front(), hi = inside.front();
        for (double v : inside)
            sum += v, lo = std::min(lo, v), hi = std::max(hi, v);
        const double mean = sum / double(inside.size());
        double squares = 0;
        for (double v : inside)
            squares += (v - mean) * (v - mean);
        const double sd = std::sqrt(squares / double(inside.size() - 1));
        const RoiStatistics s = roiStatistics(plane, image, roi);
        QCOMPARE(s.pixelCount, (long long)inside.size());
        QVERIFY(std::abs(s.mean - mean) < 1e-6 * std::abs(mean));
        QVERIFY(std::abs(s.standardDeviation - sd) < 1e-6 * sd);
        QCOMPARE(s.min, lo);
        QCOMPARE(s.max, hi);
        // The pixels' own area comes near the shape's (one pixel is 0.54 mm², the outline 140 mm long).
        QVERIFY2(std::abs(s.pixelArea - 750.0) < 0.05 * 750.0, qPrintable(QString::number(s.pixelArea)));

        // The measurement model gives the same (HU on CT), for the polygon and the freehand kind.
        for (MeasurementKind kind : {MeasurementKind::Polygon, MeasurementKind::Freehand}) {
            Measurement m;
            m.kind = kind;
            m.points = roi.points;
            m.plane = plane;
            m.values = evaluatePixels(m, image);
            QVERIFY(std::abs(m.value(QStringLiteral("area")).value() - 750.0) < 1e-6);
            QCOMPARE(m.value(QStringLiteral("pixel_count")).value(), double(inside.size()));
            QVERIFY(std::abs(m.value(QStringLiteral("mean")).value() - mean) < 1e-6 * std::abs(mean));
            QVERIFY(displayText(m).startsWith(QStringLiteral("A 750.0 mm²")));
            QVERIFY(displayText(m).endsWith(QStringLiteral("HU")));
        }
    }

    // A PET's region and probe: the values in Bq/ml and SUVbw beside them (the factor of the
    // image's header), shown as a PET reader reads them; again, not added twice; none without it.
    void petValuesInSuv()
    {
        const int w = 40, h = 40;
        const ImagePlane plane = ImagePlane::ofVolumeSlice(obliqueGeometry(w, h), QStringLiteral("PT"));
        imaging::SliceImage image{plane.geometry, std::vector<float>(std::size_t(w) * std::size_t(h), 4000.f)};
        image.pixels[std::size_t(20) * std::size_t(w) + 20] = 40000.f;   // one hot pixel
        Measurement roi;
        roi.kind = MeasurementKind::Ellipse;
        roi.plane = plane;
        const auto at = [&](double x, double y) { return plane.geometry.patientPosition(x, y); };
        roi.points = {at(20, 20), at(28, 20), at(20, 28)};
        roi.values = evaluatePixels(roi, image);
        const double factor = 2.96e-4;
        addSuvValues(roi, {factor});
        addSuvValues(roi, {factor});   // computed again, not twice
        QCOMPARE(roi.value(QStringLiteral("max")).value(), 40000.0);
        QVERIFY(std::abs(roi.value(QStringLiteral("suv_max")).value() - 40000 * factor) < 1e-9);
        const double mean = roi.value(QStringLiteral("mean")).value();
        QVERIFY(mean > 4000 && mean < 40000);
        QVERIFY(std::abs(roi.value(QStringLiteral("suv_mean")).value() - mean * factor) < 1e-9);
        QCOMPARE(std::count_if(roi.values.begin(), roi.values.end(), [](const Quantity &q) { return q.unit == QLatin1String("SUVbw"); }), 2);
        for (const Quantity &q : roi.values)
            if (q.name == QLatin1String("mean") || q.name == QLatin1String("sd"))
                QCOMPARE(q.unit, QStringLiteral("Bq/ml"));
        QVERIFY2(displayText(roi).contains(QStringLiteral("· SUVmax 11.84 · SUVmean ")), qPrintable(displayText(roi)));
        QVERIFY2(displayText(roi).contains(QStringLiteral("Bq/ml")), qPrintable(displayText(roi)));

        Measurement probe;
        probe.kind = MeasurementKind::Probe;
        probe.plane = plane;
        probe.points = {at(20, 20)};
        probe.values = {{QStringLiteral("value"), 40000, {}}};
        addSuvValues(probe, {factor});
        QVERIFY2(displayText(probe).startsWith(QStringLiteral("SUVbw 11.84 · 40000.0 Bq/ml (")), qPrintable(displayText(probe)));
        // A Philips PET in counts: the values stay counts, SUVbw beside them.
        Measurement counts = probe;
        counts.values = {{QStringLiteral("value"), 40000, {}}};
        addSuvValues(counts, {factor, 0, QStringLiteral("counts")});
        QVERIFY2(displayText(counts).startsWith(QStringLiteral("SUVbw 11.84 · 40000.0 counts (")), qPrintable(displayText(counts)));
        Measurement plain = probe;
        plain.values = {{QStringLiteral("value"), 40000, {}}};
        addSuvValues(plain, {});
        QCOMPARE(plain.values.size(), std::size_t(1));
        QVERIFY(displayText(plain).startsWith(QStringLiteral("40000.0 (")));
        // With the lean body mass known: SUL beside each SUVbw (PERCIST), once however often asked.
        const double sulFactor = factor * 0.8;
        addSuvValues(roi, {factor, sulFactor});
        addSuvValues(roi, {factor, sulFactor});
        QCOMPARE(std::count_if(roi.values.begin(), roi.values.end(), [](const Quantity &q) { return q.unit == QLatin1String("SUL"); }), 2);
        QVERIFY(std::abs(roi.value(QStringLiteral("sul_max")).value() - 40000 * sulFactor) < 1e-9);
        QVERIFY(std::abs(roi.value(QStringLiteral("sul_mean")).value() - mean * sulFactor) < 1e-9);
        QVERIFY(std::abs(roi.value(QStringLiteral("suv_max")).value() - 40000 * factor) < 1e-9);
        addSuvValues(roi, {factor});   // no lean body mass now: no SUL
        QVERIFY(!roi.value(QStringLiteral("sul_max")));
    }

    void freehandCircleArea()
    {
        // A freehand outline of 720 points on a circle of radius 20 mm: within 0.5 % of π·r²
        // (the inscribed polygon is short by 0.0013 %).
        const ImagePlane plane = ImagePlane::ofVolumeSlice(obliqueGeometry(200, 150));
        Measurement m;
        m.kind = MeasurementKind::Freehand;
        m.uid = QStringLiteral("2.25.1");
        m.plane = plane;
        for (int i = 0; i < 720; ++i) {
            const double t = 2 * kPi * i / 720.0;
            m.points.push_back(atMm(plane.geometry, 60 + 20 * std::cos(t), 70 + 20 * std::sin(t)));
        }
        const double area = evaluateGeometry(m).front().value;
        QVERIFY2(std::abs(area - kPi * 400) < 0.005 * kPi * 400, qPrintable(QString::number(area)));
        // JSON keeps every point.
        const auto back = measurementFromJson(toJson(m));
        QVERIFY(back.ok());
        QCOMPARE(back.value().kind, MeasurementKind::Freehand);
        QCOMPARE(back.value().points.size(), std::size_t(720));
    }

    void ultrasoundRegionsFromTheHeader()
    {
        // A real ultrasound image: its first region is in centimetres (Physical Delta
        // 0.026228787661969974 cm), the second (a Doppler strip) is not.
        const QString file = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/OBXXXX1A.dcm");
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const std::vector<UltrasoundRegion> regions = readUltrasoundRegions(file);
        QCOMPARE(regions.size(), std::size_t(2));
        QCOMPARE(regions[0].minX, 120);
        QCOMPARE(regions[0].minY, 60);
        QCOMPARE(regions[0].maxX, 800);
        QCOMPARE(regions[0].maxY, 518);
        QCOMPARE(regions[0].unitsX, 3);
        QCOMPARE(regions[0].deltaX, 0.026228787661969974);
        QCOMPARE(regions[1].unitsX, 4);
        // A 100-pixel line inside the first region: 26.23 mm, noted as an ultrasound calibration.
        const auto inside = ultrasoundCalibration(regions, {{200, 100}, {300, 100}});
        QVERIFY(inside.has_value());
        QCOMPARE(inside->source, CalibrationSource::Ultrasound);
        QVERIFY(std::abs(inside->spacing[0] * 100 - 2.6228787661969974 * 10) < 1e-9);
        // Reaching into the Doppler strip, or outside any region: no calibration.
        QVERIFY(!ultrasoundCalibration(regions, {{200, 100}, {300, 540}}).has_value());
        QVERIFY(!ultrasoundCalibration(regions, {{10, 10}, {20, 20}}).has_value());

        // A length measured there shows millimetres with the note; one across regions pixels.
        imaging::SliceGeometry g;
        g.width = 1000;
        g.height = 600;
        Measurement m;
        m.kind = MeasurementKind::Length;
        m.points = {g.patientPosition(200, 100), g.patientPosition(300, 100)};
        m.plane.geometry = g;
        m.plane.calibration = *inside;
        m.values = evaluateGeometry(m);
        QVERIFY(std::abs(m.value(QStringLiteral("length")).value() - 26.228787661969974) < 1e-9);
        QCOMPARE(displayText(m), QStringLiteral("26.2 mm (calibration: ultrasound region)"));
        m.plane.calibration = Calibration{};
        m.values = evaluateGeometry(m);
        QCOMPARE(displayText(m), QStringLiteral("100.0 px (no calibration: pixels)"));
    }

    void curvedPathMeasuresAlongItsCurve()
    {
        // A centreline: its length is the smooth curve's through its points, in any direction
        // across slices, not the straight lines between them.
        Measurement m;
        m.kind = MeasurementKind::CurvedPath;
        QCOMPARE(kindName(m.kind), QStringLiteral("curved_path"));
        QVERIFY(kindFromName(QStringLiteral("curved_path")) == MeasurementKind::CurvedPath);
        QCOMPARE(minimumPoints(m.kind), 2);
        QCOMPARE(minimumPoints(MeasurementKind::Polygon), 3);
        QCOMPARE(minimumPoints(MeasurementKind::Angle), 3);
        m.plane = ImagePlane::ofVolumeSlice(obliqueGeometry(512, 512), QStringLiteral("CT"));
        m.points = {{10, 20, 30}};
        QVERIFY(evaluateGeometry(m).empty());   // one point is no path
        // Two points: the straight line between them, (15, 20, 60) mm apart: 65 mm.
        m.points = {{10, 20, 30}, {25, 40, 90}};
        auto values = evaluateGeometry(m);
        QCOMPARE(values.size(), std::size_t(1));
        QCOMPARE(values[0].name, QStringLiteral("length"));
        QCOMPARE(values[0].unit, QStringLiteral("mm"));
        QVERIFY2(std::abs(values[0].value - 65.0) < 1e-6, qPrintable(QString::number(values[0].value)));
        // A helix of radius 40 mm rising 30 mm a turn, one turn through 9 of its points: as long
        // as the helix (√((2π·40)² + 30²) = 253.1 mm) within 1 %; the chords between the points
        // alone are 3 % shorter.
        const double radius = 40, rise = 30;
        m.points.clear();
        double chords = 0;
        for (int i = 0; i <= 8; ++i) {
            const double t = 2 * kPi * i / 8;
            m.points.push_back({radius * std::cos(t), radius * std::sin(t), rise * i / 8});
            if (i > 0) {
                const Vec3 d = imaging::difference(m.points[std::size_t(i)], m.points[std::size_t(i - 1)]);
                chords += std::sqrt(imaging::dot(d, d));
            }
        }
        const double helix = std::hypot(2 * kPi * radius, rise);
        m.values = evaluateGeometry(m);
        const double along = m.value(QStringLiteral("length")).value();
        QVERIFY2(std::abs(along - helix) < 0.01 * helix, qPrintable(QStringLiteral("%1 vs %2").arg(along).arg(helix)));
        QVERIFY(chords < 0.98 * helix);
        QCOMPARE(displayText(m), QStringLiteral("%1 mm along the path").arg(along, 0, 'f', 1));
        // Kept with its points and plane through the JSON.
        m.uid = QStringLiteral("2.25.77");
        const auto back = measurementFromJson(toJson(m));
        QVERIFY(back.ok());
        QVERIFY(back.value().kind == MeasurementKind::CurvedPath);
        QVERIFY(back.value().points == m.points);
        QVERIFY(back.value().plane.geometry.row == m.plane.geometry.row);
    }

    void jsonRoundTrip()
    {
        Measurement m;
        m.uid = QStringLiteral("2.25.42");
        m.kind = MeasurementKind::Ellipse;
        m.plane = ImagePlane::ofVolumeSlice(obliqueGeometry(300, 200), QStringLiteral("CT"));
        m.points = {{1.5, 2.5, 3.5}, {11.5, 2.5, 3.5}, {1.5, 8.5, 3.5}};
        m.image = {QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.4.5"),
                   QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), 0};
        m.author = QStringLiteral("radiologist");
        m.created = m.modified = QDateTime::fromString(QStringLiteral("2026-12-03T04:05:06.789Z"), Qt::ISODateWithMs);
        m.values = {{QStringLiteral("area"), 123.4, QStringLiteral("mm²")}, {QStringLiteral("mean"), 40.5, QStringLiteral("HU")}};
        m.text = QStringLiteral("liver");
        const auto back = measurementFromJson(toJson(m));
        QVERIFY(back.ok());
        const Measurement &b = back.value();
        QCOMPARE(b.uid, m.uid);
        QVERIFY(b.kind == m.kind);
        QVERIFY(b.points == m.points);
        QCOMPARE(b.image.sopInstanceUid, m.image.sopInstanceUid);
        QCOMPARE(b.author, m.author);
        QCOMPARE(b.created, m.created);
        QVERIFY(b.values == m.values);
        QVERIFY(b.plane.geometry.row == m.plane.geometry.row);
        QCOMPARE(b.plane.geometry.spacing[1], 0.9);
        QVERIFY(b.plane.calibration.source == CalibrationSource::Patient);
        QCOMPARE(b.plane.modality, QStringLiteral("CT"));
        QCOMPARE(displayText(b), QStringLiteral("A 123.4 mm² · 40.5 ± 0.0 HU"));
        QVERIFY(!measurementFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("nonsense")}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
