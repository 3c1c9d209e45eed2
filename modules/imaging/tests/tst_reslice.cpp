/// Reslicing against analytic volumes: every voxel holds one of its own patient coordinates
/// (x, y or z), so a resliced pixel must hold the coordinate its returned geometry says it has; any
/// error of direction, spacing, origin, shear or output geometry shows as a wrong value. Also the
/// orientation labels, thick slabs against hand-computed answers, and the written phantom's lesions
/// found at their known positions.
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/Reslicer.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace strata;
using namespace strata::imaging;

Q_DECLARE_METATYPE(strata::imaging::Plane)
Q_DECLARE_METATYPE(strata::imaging::Interpolation)
Q_DECLARE_METATYPE(strata::imaging::SlabEngine)

namespace {

/// An analytic volume: i, j, k axes as columns of `direction`, optional extra slice step for a
/// sheared (tilted) stack, and voxel value = patient coordinate `component`.
dicom::Volume coordinateVolume(const std::array<int, 3> &dims, const std::array<double, 3> &spacing,
                               const std::array<double, 3> &origin, const Mat3 &direction, int component,
                               const Vec3 &shear = {0, 0, 0})
{
    dicom::Volume v;
    v.dimensions = dims;
    v.spacing = spacing;
    v.origin = origin;
    v.direction = direction;
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c)
            v.indexToPatient[std::size_t(r * 4 + c)] = direction[std::size_t(r * 3 + c)] * spacing[std::size_t(c)];
        v.indexToPatient[std::size_t(r * 4 + 2)] += shear[std::size_t(r)];
        v.indexToPatient[std::size_t(r * 4 + 3)] = origin[std::size_t(r)];
    }
    v.sheared = shear != Vec3{0, 0, 0};
    v.voxels.resize(v.voxelCount());
    std::size_t n = 0;
    for (int k = 0; k < dims[2]; ++k)
        for (int j = 0; j < dims[1]; ++j)
            for (int i = 0; i < dims[0]; ++i)
                v.voxels[n++] = float(v.patientPosition(i, j, k)[std::size_t(component)]);
    return v;
}

/// Voxel index of a patient point, by solving indexToPatient (independently of the reslicer).
Vec3 indexOf(const dicom::Volume &v, const Vec3 &p)
{
    const auto &m = v.indexToPatient;
    const double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], i = m[10];
    const double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    const Vec3 q{p[0] - m[3], p[1] - m[7], p[2] - m[11]};
    // Cramer's rule.
    auto det3 = [](double a1, double b1, double c1, double d1, double e1, double f1, double g1, double h1, double i1) {
        return a1 * (e1 * i1 - f1 * h1) - b1 * (d1 * i1 - f1 * g1) + c1 * (d1 * h1 - e1 * g1);
    };
    return {det3(q[0], b, c, q[1], e, f, q[2], h, i) / det, det3(a, q[0], c, d, q[1], f, g, q[2], i) / det,
            det3(a, b, q[0], d, e, q[1], g, h, q[2]) / det};
}

const Mat3 kIdentity{1, 0, 0, 0, 1, 0, 0, 0, 1};
/// Coronal acquisition: rows along +x (patient left), columns down = −z (feet), slices along +y.
const Mat3 kCoronal{1, 0, 0, 0, 0, 1, 0, -1, 0};
/// Sagittal acquisition: rows along +y (posterior), columns down = −z, slices along −x... i × j = −x.
const Mat3 kSagittal{0, 0, -1, 1, 0, 0, 0, -1, 0};

struct Case {
    const char *name;
    std::array<int, 3> dims;
    std::array<double, 3> spacing;
    std::array<double, 3> origin;
    Mat3 direction;
    Vec3 shear;
};

std::vector<Case> cases()
{
    const Mat3 oblique = rotationMatrix({1, 2, 3}, 25);
    return {
        {"LPS axial", {40, 36, 30}, {0.8, 0.9, 2.0}, {-15, -12, 40}, kIdentity, {0, 0, 0}},
        {"coronal acquisition", {38, 26, 34}, {0.7, 1.5, 1.1}, {-12, 8, 30}, kCoronal, {0, 0, 0}},
        {"sagittal acquisition", {30, 28, 24}, {1.0, 1.2, 1.3}, {16, -14, 20}, kSagittal, {0, 0, 0}},
        {"oblique acquisition", {32, 30, 28}, {0.9, 1.0, 1.6}, {-5, 3, -7}, oblique, {0, 0, 0}},
        // Gantry tilt: each slice steps 2 mm up and 0.54 mm back (15°): indexToPatient is sheared.
        {"tilted (sheared)", {36, 34, 26}, {0.8, 0.8, 2.0}, {-14, -13, 0}, kIdentity, {0, 2.0 * std::tan(15 * std::numbers::pi / 180), 0}},
    };
}

} // namespace

class TestReslice : public QObject {
    Q_OBJECT

private slots:
    void analytic_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<int>("planeKind");
        QTest::addColumn<Interpolation>("interpolation");
        const char *planes[] = {"axial", "coronal", "sagittal", "oblique 30/-20", "oblique sagittal 15/40", "native"};
        const auto all = cases();
        for (int c = 0; c < int(all.size()); ++c)
            for (int p = 0; p < 6; ++p)
                for (const auto &[name, interp] : std::vector<std::pair<const char *, Interpolation>>{
                         {"linear", Interpolation::Linear}, {"nearest", Interpolation::Nearest}, {"cubic", Interpolation::Cubic}})
                    QTest::addRow("%s, %s, %s", all[std::size_t(c)].name, planes[p], name) << c << p << interp;
    }
    void analytic()
    {
        QFETCH(int, caseIndex);
        QFETCH(int, planeKind);
        QFETCH(Interpolation, interpolation);
        const Case c = cases()[std::size_t(caseIndex)];
        // Off-centre so that nothing is symmetric by accident.
        const dicom::Volume probe = coordinateVolume(c.dims, c.spacing, c.origin, c.direction, 0, c.shear);
        Vec3 center = volumeCenter(probe);
        center = {center[0] + 1.3, center[1] - 0.7, center[2] + 0.9};
        Plane plane;
        switch (planeKind) {
        case 0: plane = standardPlane(PlaneOrientation::Axial, center); break;
        case 1: plane = standardPlane(PlaneOrientation::Coronal, center); break;
        case 2: plane = standardPlane(PlaneOrientation::Sagittal, center); break;
        case 3: plane = tilted(standardPlane(PlaneOrientation::Axial, center), 30, -20); break;
        case 4: plane = tilted(standardPlane(PlaneOrientation::Sagittal, center), 15, 40); break;
        default: plane = nativePlane(probe, 7.0); break;
        }
        ResliceOptions options;
        options.interpolation = interpolation;
        options.background = -9999;
        // Nearest is off by at most half a voxel step along each index axis; linear and cubic
        // reproduce a linear function exactly (cubic only away from the border).
        const double margin = interpolation == Interpolation::Cubic ? 1.01 : 0.01;
        int checked = 0, outside = 0;
        for (int component = 0; component < 3; ++component) {
            const dicom::Volume v = coordinateVolume(c.dims, c.spacing, c.origin, c.direction, component, c.shear);
            auto image = reslice(v, plane, options);
            QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().message()));
            const SliceGeometry &g = image->geometry;
            QVERIFY(g.width > 0 && g.height > 0);
            QCOMPARE(int(image->pixels.size()), g.width * g.height);
            const auto &m = v.indexToPatient;
            const std::size_t r = std::size_t(component) * 4;
            const double tolerance = interpolation == Interpolation::Nearest
                ? 0.5 * (std::abs(m[r]) + std::abs(m[r + 1]) + std::abs(m[r + 2])) + 1e-3
                : 2e-3;
            for (int y = 0; y < g.height; ++y)
                for (int x = 0; x < g.width; ++x) {
                    const Vec3 p = g.patientPosition(x, y);
                    const Vec3 index = indexOf(v, p);
                    bool inside = true, farOutside = false;
                    for (int a = 0; a < 3; ++a) {
                        inside = inside && index[std::size_t(a)] >= margin && index[std::size_t(a)] <= c.dims[std::size_t(a)] - 1 - margin;
                        farOutside = farOutside || index[std::size_t(a)] < -1.0 || index[std::size_t(a)] > c.dims[std::size_t(a)];
                    }
                    const float value = image->at(x, y);
                    if (farOutside) {
                        QCOMPARE(value, -9999.0f);
                        ++outside;
                    }
                    if (!inside)
                        continue;
                    ++checked;
                    if (std::abs(double(value) - p[std::size_t(component)]) > tolerance)
                        QFAIL(qPrintable(QStringLiteral("component %1 at pixel (%2, %3) = patient (%4, %5, %6): value %7")
                                             .arg(component).arg(x).arg(y).arg(p[0]).arg(p[1]).arg(p[2]).arg(value)));
                }
        }
        QVERIFY2(checked > 3 * 200, qPrintable(QStringLiteral("only %1 pixels inside").arg(checked)));
        if (planeKind == 3 || planeKind == 4)
            QVERIFY(outside > 0);  // the oblique image covers the projection: its corners lie outside
    }

    void outputGeometry()
    {
        const dicom::Volume v = coordinateVolume({40, 36, 30}, {0.8, 0.9, 2.0}, {-15, -12, 40}, kIdentity, 0);
        const Vec3 center{1.0, 2.0, 60.0};
        ResliceOptions o;
        // Default: the finer in-plane spacing, square pixels, covering the whole volume.
        auto g = resliceGeometry(v, standardPlane(PlaneOrientation::Axial, center), o);
        QVERIFY(g.ok());
        QCOMPARE(g->spacing[0], 0.8);
        QCOMPARE(g->spacing[1], 0.8);
        QVERIFY(std::abs(g->origin[0] - -15.0) < 1e-9);  // first column at the volume's edge
        QCOMPARE(g->width, 40);
        // Rows: the volume spans y = −12..19.5; on the 0.8 mm grid through y = 2 the centres inside run
        // from 2 − 17·0.8 = −11.6 to 2 + 21·0.8 = 18.8: 39 rows.
        QCOMPARE(g->height, 39);
        QVERIFY(std::abs(g->patientPosition(0, 0)[1] - -11.6) < 1e-9);
        // Explicit size and spacing: the centre is pixel (w/2, h/2).
        o.width = 64;
        o.height = 48;
        o.pixelSpacing = 0.5;
        g = resliceGeometry(v, tilted(standardPlane(PlaneOrientation::Coronal, center), 20, 10), o);
        QVERIFY(g.ok());
        const Vec3 atCenter = g->patientPosition(32, 24);
        for (int a = 0; a < 3; ++a)
            QVERIFY(std::abs(atCenter[std::size_t(a)] - center[std::size_t(a)]) < 1e-9);
        const auto px = g->pixelPosition(g->patientPosition(3.25, 40.5));
        QVERIFY(std::abs(px[0] - 3.25) < 1e-9 && std::abs(px[1] - 40.5) < 1e-9);
        QVERIFY(std::abs(g->distance(center)) < 1e-9);
        const Vec3 n = g->normal();
        QVERIFY(std::abs(g->distance({center[0] + 2 * n[0], center[1] + 2 * n[1], center[2] + 2 * n[2]}) - 2.0) < 1e-9);
        // One pixel step is pixelSpacing mm.
        const Vec3 a = g->patientPosition(0, 0), b = g->patientPosition(1, 0);
        QVERIFY(std::abs(std::hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) - 0.5) < 1e-9);
    }

    void volumeBoundsHoldTheCorners()
    {
        // Axial: from the origin to the last voxel's centre along each axis.
        const dicom::Volume axial = coordinateVolume({40, 36, 30}, {0.8, 0.9, 2.0}, {-15, -12, 40}, kIdentity, 0);
        const std::array<double, 6> a = volumeBounds(axial);
        const std::array<double, 6> expected{-15, -15 + 39 * 0.8, -12, -12 + 35 * 0.9, 40, 40 + 29 * 2.0};
        for (std::size_t f = 0; f < 6; ++f)
            QVERIFY2(std::abs(a[f] - expected[f]) < 1e-9, qPrintable(QStringLiteral("face %1: %2").arg(f).arg(a[f])));
        // Coronal rows go down (−z): the box still runs from low to high on every axis.
        const dicom::Volume coronal = coordinateVolume({20, 10, 8}, {1, 2, 3}, {0, 0, 0}, kCoronal, 0);
        const std::array<double, 6> c = volumeBounds(coronal);
        const std::array<double, 6> expectedCoronal{0, 19, 0, 21, -18, 0};
        for (std::size_t f = 0; f < 6; ++f)
            QVERIFY2(std::abs(c[f] - expectedCoronal[f]) < 1e-9, qPrintable(QStringLiteral("face %1: %2").arg(f).arg(c[f])));
    }

    void referenceLines()
    {
        const dicom::Volume v = coordinateVolume({40, 36, 30}, {0.8, 0.9, 2.0}, {-15, -12, 40}, kIdentity, 0);
        const Vec3 c = volumeCenter(v);
        ResliceOptions o;
        o.width = 200;
        o.height = 150;
        o.pixelSpacing = 0.25;
        const SliceGeometry axial = resliceGeometry(v, standardPlane(PlaneOrientation::Axial, c), o).value();
        // A coronal plane 3 mm posterior of the centre cuts the axial image along one row, edge to edge.
        const SliceGeometry coronal =
            resliceGeometry(v, standardPlane(PlaneOrientation::Coronal, {c[0], c[1] + 3, c[2]}), o).value();
        auto line = referenceLine(axial, coronal);
        QVERIFY(line.has_value());
        const double row = 75 + 3 / 0.25;
        QVERIFY(std::abs(line->from[1] - row) < 1e-9 && std::abs(line->to[1] - row) < 1e-9);
        QVERIFY(std::abs(std::min(line->from[0], line->to[0]) - -0.5) < 1e-9);
        QVERIFY(std::abs(std::max(line->from[0], line->to[0]) - 199.5) < 1e-9);
        // Parallel planes have none; a plane beyond the image's edge neither.
        QVERIFY(!referenceLine(axial, resliceGeometry(v, standardPlane(PlaneOrientation::Axial, {0, 0, 0}), o).value()).has_value());
        QVERIFY(!referenceLine(axial, resliceGeometry(v, standardPlane(PlaneOrientation::Coronal, {c[0], c[1] + 40, c[2]}), o).value()).has_value());
        // Oblique: both ends lie on the other plane and on the image's border.
        const SliceGeometry oblique = resliceGeometry(v, tilted(standardPlane(PlaneOrientation::Sagittal, {c[0] + 2, c[1], c[2]}), 20, 30), o).value();
        line = referenceLine(axial, oblique);
        QVERIFY(line.has_value());
        for (const auto &end : {line->from, line->to}) {
            QVERIFY(std::abs(oblique.distance(axial.patientPosition(end[0], end[1]))) < 1e-9);
            const bool onBorder = std::abs(end[0] + 0.5) < 1e-9 || std::abs(end[0] - 199.5) < 1e-9
                                  || std::abs(end[1] + 0.5) < 1e-9 || std::abs(end[1] - 149.5) < 1e-9;
            QVERIFY(onBorder);
        }
    }

    void errors()
    {
        dicom::Volume empty;
        QVERIFY(!reslice(empty, Plane{}).ok());
        dicom::Volume v = coordinateVolume({4, 4, 4}, {1, 1, 1}, {0, 0, 0}, kIdentity, 0);
        v.voxels.pop_back();
        auto r = reslice(v, Plane{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(r.error().subject.contains(QStringLiteral("4×4×4")));
        v.voxels.push_back(0);
        QVERIFY(!reslice(v, Plane{{0, 0, 0}, {1, 0, 0}, {2, 0, 0}}).ok());  // column parallel to row
        QVERIFY(!reslice(v, Plane{{0, 0, 0}, {0, 0, 0}, {0, 1, 0}}).ok());
        ResliceOptions tooBig;
        tooBig.width = tooBig.height = 20000;
        QCOMPARE(reslice(v, Plane{}, tooBig).error().code, ErrorCode::TooLarge);
        ResliceOptions negative;
        negative.slab = SlabMode::Max;
        negative.slabThicknessMm = -3;
        QVERIFY(!reslice(v, Plane{}, negative).ok());
    }

    void labels_data()
    {
        QTest::addColumn<Plane>("plane");
        QTest::addColumn<QString>("expected");  // left right top bottom
        const Vec3 c{0, 0, 0};
        QTest::newRow("axial") << standardPlane(PlaneOrientation::Axial, c) << "R L A P";
        QTest::newRow("coronal") << standardPlane(PlaneOrientation::Coronal, c) << "R L H F";
        QTest::newRow("sagittal") << standardPlane(PlaneOrientation::Sagittal, c) << "A P H F";
        const dicom::Volume lps = coordinateVolume({8, 8, 8}, {1, 1, 1}, {0, 0, 0}, kIdentity, 0);
        const dicom::Volume coronal = coordinateVolume({8, 8, 8}, {1, 1, 1}, {0, 0, 0}, kCoronal, 0);
        const dicom::Volume sagittal = coordinateVolume({8, 8, 8}, {1, 1, 1}, {0, 0, 0}, kSagittal, 0);
        QTest::newRow("native of an axial LPS acquisition") << nativePlane(lps, 3) << "R L A P";
        QTest::newRow("native of a coronal acquisition") << nativePlane(coronal, 3) << "R L H F";
        QTest::newRow("native of a sagittal acquisition") << nativePlane(sagittal, 3) << "A P H F";
        // Axial turned 30° about the vertical axis: the right edge points left and down to the feet.
        QTest::newRow("axial turned 30") << tilted(standardPlane(PlaneOrientation::Axial, c), 30, 0) << "RH LF A P";
        QTest::newRow("axial turned 10 keeps single letters") << tilted(standardPlane(PlaneOrientation::Axial, c), 10, 0) << "R L A P";
        QTest::newRow("coronal tipped 40") << tilted(standardPlane(PlaneOrientation::Coronal, c), 0, 40) << "R L HA FP";
        QTest::newRow("axial rotated 40 in plane") << rotated(standardPlane(PlaneOrientation::Axial, c), rotationMatrix({0, 0, 1}, 40)) << "RA LP AL PR";
    }
    void labels()
    {
        QFETCH(Plane, plane);
        QFETCH(QString, expected);
        const OrientationLabels l = orientationLabels(plane.row, plane.column);
        QCOMPARE(QStringList({l.left, l.right, l.top, l.bottom}).join(QChar(' ')), expected);
    }
    void labelsOfResliceGeometry()
    {
        // A coronal acquisition shown as axial: the image is labelled by the plane, not by the files.
        const dicom::Volume coronal = coordinateVolume({20, 20, 20}, {1, 1, 1}, {0, 0, 0}, kCoronal, 0);
        auto image = reslice(coronal, standardPlane(PlaneOrientation::Axial, volumeCenter(coronal)));
        QVERIFY(image.ok());
        const OrientationLabels l = orientationLabels(image->geometry);
        QCOMPARE(QStringList({l.left, l.right, l.top, l.bottom}).join(QChar(' ')), QStringLiteral("R L A P"));
        // And its pixels go the right way: x (patient left) grows to the right.
        QVERIFY(image->at(image->geometry.width - 2, 5) > image->at(1, 5));
    }

    /// One bright voxel (1000) in a dark volume (0); 1 mm voxels so slab samples fall on voxel centres.
    // Sampling at the pixels of another series' geometry (fusion): a grid of its own — oblique,
    // 0.7 × 1.3 mm pixels, partly outside the volume —, each pixel inside holding its own patient
    // coordinate, those beyond it the background; the geometry comes back as given.
    void resampledOntoAnotherGrid()
    {
        SliceGeometry g;
        g.width = 90;
        g.height = 70;
        const double a = 20 * std::numbers::pi / 180;
        g.row = {std::cos(a), std::sin(a), 0};
        g.column = {0, std::cos(a), -std::sin(a)};
        g.origin = {-45, -35, 12};
        g.spacing = {0.7, 1.3};
        ResliceOptions options;
        options.background = std::nanf("");
        for (int component = 0; component < 3; ++component) {
            const dicom::Volume v = coordinateVolume({40, 30, 20}, {2, 2, 3}, {-40, -30, -30}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, component);
            auto out = resampleOnto(v, g, options);
            QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message()));
            QCOMPARE(out->geometry.width, g.width);
            QCOMPARE(out->geometry.height, g.height);
            QCOMPARE(out->geometry.spacing, g.spacing);
            int inside = 0, outside = 0;
            for (int y = 0; y < g.height; ++y)
                for (int x = 0; x < g.width; ++x) {
                    const Vec3 p = g.patientPosition(x, y);
                    const bool in = p[0] >= -40 && p[0] <= 38 && p[1] >= -30 && p[1] <= 28 && p[2] >= -30 && p[2] <= 27;
                    const float value = out->at(x, y);
                    if (in && std::abs(p[0] + 40) > 1e-6 && std::abs(p[0] - 38) > 1e-6) {
                        if (std::abs(value - p[std::size_t(component)]) > 1e-3)
                            QFAIL(qPrintable(QStringLiteral("(%1, %2): %3, not %4").arg(x).arg(y).arg(value).arg(p[std::size_t(component)])));
                        ++inside;
                    } else if (p[0] < -42 || p[0] > 40 || p[1] < -32 || p[1] > 30 || p[2] < -33 || p[2] > 30) {
                        QVERIFY(std::isnan(value));   // beyond the half voxel VTK's border takes
                        ++outside;
                    }
                }
            QVERIFY(inside > 1000 && outside > 100);
        }
        SliceGeometry empty = g;
        empty.width = 0;
        QVERIFY(!resampleOnto(coordinateVolume({4, 4, 4}, {1, 1, 1}, {0, 0, 0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 0), empty).ok());
    }

    void slabSingleVoxel_data()
    {
        QTest::addColumn<SlabEngine>("engine");
        QTest::newRow("Strata's loop") << SlabEngine::Strata;
        QTest::newRow("vtkImageReslice") << SlabEngine::Vtk;
        QTest::newRow("auto") << SlabEngine::Auto;
    }
    void slabSingleVoxel()
    {
        QFETCH(SlabEngine, engine);
        dicom::Volume v = coordinateVolume({41, 41, 41}, {1, 1, 1}, {-20, -20, -20}, kIdentity, 0);
        std::fill(v.voxels.begin(), v.voxels.end(), 0.0f);
        const int bi = 20, bj = 22, bk = 25;  // patient (0, 2, 5)
        v.voxels[(std::size_t(bk) * 41 + std::size_t(bj)) * 41 + std::size_t(bi)] = 1000.0f;
        const Vec3 bright{0, 2, 5};
        const Plane axial = standardPlane(PlaneOrientation::Axial, {0, 0, 0});

        auto valueAtBright = [&](SlabMode mode, double thickness, float *elsewhere = nullptr) {
            ResliceOptions o;
            o.slab = mode;
            o.slabThicknessMm = thickness;
            o.slabEngine = engine;
            auto image = reslice(v, axial, o);
            if (!image.ok())
                return -1.0f;
            const auto px = image->geometry.pixelPosition(bright);
            if (elsewhere)
                *elsewhere = image->at(int(std::lround(px[0])) + 3, int(std::lround(px[1])));
            return image->at(int(std::lround(px[0])), int(std::lround(px[1])));
        };
        float elsewhere = -1;
        // 11 mm slab centred on z = 0 samples z = −5..5: contains z = 5.
        QCOMPARE(valueAtBright(SlabMode::Max, 11, &elsewhere), 1000.0f);
        QCOMPARE(elsewhere, 0.0f);
        // 9 mm: −4..4, does not.
        QCOMPARE(valueAtBright(SlabMode::Max, 9), 0.0f);
        QCOMPARE(valueAtBright(SlabMode::None, 11), 0.0f);  // a plain slice at z = 0
        // Mean of 11 samples, one of them bright.
        QVERIFY(std::abs(valueAtBright(SlabMode::Mean, 11) - 1000.0f / 11.0f) < 1e-3);
        // 12 mm: samples at ±0.5 .. ±5.5, between voxel centres. Linear interpolation would share the
        // voxel (500); on an axis-aligned plane vtkImageReslice's permute path samples the nearest
        // voxel instead (1000). Either way a slab that contains it shows it.
        const float between = valueAtBright(SlabMode::Max, 12);
        QVERIFY2(between == 500.0f || between == 1000.0f, qPrintable(QString::number(between)));
        // Oblique by a hair (no permute path): linear, 500 within interpolation error.
        {
            ResliceOptions o;
            o.slab = SlabMode::Max;
            o.slabThicknessMm = 12;
            o.slabEngine = engine;
            auto image = reslice(v, tilted(axial, 0.01, 0), o);
            QVERIFY(image.ok());
            const auto px = image->geometry.pixelPosition(bright);
            QVERIFY(std::abs(image->at(int(std::lround(px[0])), int(std::lround(px[1]))) - 500.0f) < 5.0f);
        }

        // MinIP: one dark voxel in a bright volume.
        std::fill(v.voxels.begin(), v.voxels.end(), 100.0f);
        v.voxels[(std::size_t(bk) * 41 + std::size_t(bj)) * 41 + std::size_t(bi)] = -500.0f;
        QCOMPARE(valueAtBright(SlabMode::Min, 11, &elsewhere), -500.0f);
        QCOMPARE(elsewhere, 100.0f);
        QCOMPARE(valueAtBright(SlabMode::Min, 9), 100.0f);
        QCOMPARE(valueAtBright(SlabMode::Max, 11), 100.0f);
    }

    /// On the z-coordinate volume an oblique slab's MIP/MinIP/mean are the plane's value ± half the
    /// slab's sampled extent along the normal's z component.
    void slabAnalytic_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<double>("thickness");
        QTest::addColumn<SlabEngine>("engine");
        for (int c : {0, 1, 4})
            for (double t : {4.0, 10.0, 20.0})
                for (const SlabEngine e : {SlabEngine::Strata, SlabEngine::Vtk})
                    QTest::addRow("%s, %g mm, %s", cases()[std::size_t(c)].name, t, e == SlabEngine::Vtk ? "VTK" : "Strata")
                        << c << t << e;
    }
    void slabAnalytic()
    {
        QFETCH(int, caseIndex);
        QFETCH(double, thickness);
        QFETCH(SlabEngine, engine);
        const Case c = cases()[std::size_t(caseIndex)];
        const dicom::Volume v = coordinateVolume(c.dims, c.spacing, c.origin, c.direction, 2, c.shear);
        const Plane plane = tilted(standardPlane(PlaneOrientation::Axial, volumeCenter(v)), 20, 25);
        const double nz = plane.normal()[2];
        // The documented sampling: n = ceil(thickness · largest index change per mm along the normal).
        const Vec3 normal = plane.normal(), centre = volumeCenter(v);
        const Vec3 i0 = indexOf(v, centre), i1 = indexOf(v, {centre[0] + normal[0], centre[1] + normal[1], centre[2] + normal[2]});
        const double rate = std::max({std::abs(i1[0] - i0[0]), std::abs(i1[1] - i0[1]), std::abs(i1[2] - i0[2])});
        const int n = std::max(1, int(std::ceil(thickness * rate - 1e-9)));
        const double reach = (thickness - thickness / n) / 2.0;  // centre of the outermost sample
        for (const SlabMode mode : {SlabMode::Max, SlabMode::Min, SlabMode::Mean}) {
            ResliceOptions o;
            o.slab = mode;
            o.slabThicknessMm = thickness;
            o.width = o.height = 16;
            o.pixelSpacing = 0.5;
            o.slabEngine = engine;
            auto image = reslice(v, plane, o);
            QVERIFY(image.ok());
            QCOMPARE(image->geometry.thickness, thickness);
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 16; ++x) {
                    const double z = image->geometry.patientPosition(x, y)[2];
                    const double expected = mode == SlabMode::Max ? z + reach * std::abs(nz)
                                          : mode == SlabMode::Min ? z - reach * std::abs(nz)
                                                                  : z;
                    if (std::abs(image->at(x, y) - expected) > 2e-3)
                        QFAIL(qPrintable(QStringLiteral("mode %1 pixel (%2, %3): %4, expected %5")
                                             .arg(int(mode)).arg(x).arg(y).arg(image->at(x, y)).arg(expected)));
                }
        }
    }

    /// Level of detail (a drag): slabStepMm spaces the samples no finer than asked, so a 20 mm slab
    /// at a 4 mm step has 5 samples, the outermost 8 mm from the plane (every voxel layer: 10
    /// samples on these 2 mm voxels, the outermost 9 mm away).
    void slabLevelOfDetailSamplesFewer_data()
    {
        QTest::addColumn<SlabEngine>("engine");
        QTest::newRow("Strata's loop") << SlabEngine::Strata;
        QTest::newRow("vtkImageReslice") << SlabEngine::Vtk;
    }
    void slabLevelOfDetailSamplesFewer()
    {
        QFETCH(SlabEngine, engine);
        const Case c = cases()[0];
        const dicom::Volume v = coordinateVolume(c.dims, c.spacing, c.origin, c.direction, 2, c.shear);
        const Plane plane = tilted(standardPlane(PlaneOrientation::Axial, volumeCenter(v)), 20, 25);
        const double nz = std::abs(plane.normal()[2]);
        for (const double step : {0.0, 4.0, 100.0}) {
            ResliceOptions o;
            o.slab = SlabMode::Max;
            o.slabThicknessMm = 20;
            o.slabStepMm = step;
            o.width = o.height = 8;
            o.pixelSpacing = 0.5;
            o.slabEngine = engine;
            auto image = reslice(v, plane, o);
            QVERIFY(image.ok());
            const double z = image->geometry.patientPosition(4, 4)[2];
            const double reach = (image->at(4, 4) - z) / nz;
            if (step == 4.0)
                QVERIFY2(std::abs(reach - 8.0) < 1e-2, qPrintable(QString::number(reach)));
            else if (step == 100.0)
                QVERIFY2(std::abs(reach) < 1e-2, qPrintable(QString::number(reach)));  // one sample: the plane
            else
                QVERIFY2(std::abs(reach - 9.0) < 1e-2, qPrintable(QString::number(reach)));  // every voxel layer
        }
    }

    /// Strata's slab loop and vtkImageReslice's slab mode give the same image on a non-linear volume
    /// where the whole slab lies inside, for every mode, on a sheared volume and an oblique plane.
    void slabEnginesAgree()
    {
        const Case c = cases()[4];
        dicom::Volume v = coordinateVolume(c.dims, c.spacing, c.origin, c.direction, 0, c.shear);
        for (int k = 0, n = 0; k < c.dims[2]; ++k)
            for (int j = 0; j < c.dims[1]; ++j)
                for (int i = 0; i < c.dims[0]; ++i, ++n)
                    v.voxels[std::size_t(n)] = float(100 * std::sin(0.7 * i) * std::cos(0.45 * j + 0.3 * k) + ((i * 7 + j * 3 + k * 5) % 11));
        const Plane plane = tilted(standardPlane(PlaneOrientation::Coronal, volumeCenter(v)), 17, -23);
        for (const SlabMode mode : {SlabMode::Max, SlabMode::Min, SlabMode::Mean}) {
            ResliceOptions o;
            o.slab = mode;
            o.slabThicknessMm = 7.5;
            o.width = o.height = 24;
            o.pixelSpacing = 0.4;
            o.threads = 3;
            o.slabEngine = SlabEngine::Strata;
            auto mine = reslice(v, plane, o);
            o.slabEngine = SlabEngine::Vtk;
            auto vtk = reslice(v, plane, o);
            QVERIFY(mine.ok() && vtk.ok());
            float worst = 0;
            for (std::size_t p = 0; p < mine->pixels.size(); ++p)
                worst = std::max(worst, std::abs(mine->pixels[p] - vtk->pixels[p]));
            QVERIFY2(worst < 1e-3f, qPrintable(QStringLiteral("mode %1: differ by %2").arg(int(mode)).arg(worst)));
            QVERIFY(*std::max_element(mine->pixels.begin(), mine->pixels.end())
                    > *std::min_element(mine->pixels.begin(), mine->pixels.end()) + 10);  // not a flat image
        }
    }

    void threadsAgree()
    {
        const Case c = cases()[3];
        const dicom::Volume v = coordinateVolume(c.dims, c.spacing, c.origin, c.direction, 1, c.shear);
        const Plane plane = tilted(standardPlane(PlaneOrientation::Coronal, volumeCenter(v)), 12, 7);
        ResliceOptions one;
        one.threads = 1;
        ResliceOptions four;
        four.threads = 4;
        auto a = reslice(v, plane, one);
        auto b = reslice(v, plane, four);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->pixels == b->pixels);
    }

    /// The written phantom, loaded by dicom's loader: each lesion's known HU at its known position.
    void phantomLesions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 160;
        spec.pixelSpacingMm = 358.4 / 160;
        spec.slices = 60;
        spec.sliceSpacingMm = 5.0;
        spec.noiseHu = 0;
        auto study = dicom::writePhantom(spec, dir.path());
        QVERIFY2(study.ok(), study.ok() ? "" : qPrintable(study.error().message()));
        const auto scan = dicom::scanFiles(study->files);
        QVERIFY(scan.failures.empty());
        const auto stacks = dicom::buildStacks(scan.headers);
        QCOMPARE(int(stacks.size()), 1);
        auto volume = dicom::loadVolume(stacks.front(), scan.headers);
        QVERIFY2(volume.ok(), volume.ok() ? "" : qPrintable(volume.error().message()));
        const dicom::Volume &v = volume.value();
        QCOMPARE(v.dimensions[2], 60);

        const auto lesions = dicom::phantomLesions(spec);
        QCOMPARE(int(lesions.size()), 3);
        for (const dicom::PhantomLesion &lesion : lesions) {
            const Vec3 c{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
            QCOMPARE(dicom::phantomHuAt(spec, c[0], c[1], c[2]), lesion.hu);
            const Plane planes[] = {standardPlane(PlaneOrientation::Axial, c), standardPlane(PlaneOrientation::Coronal, c),
                                    standardPlane(PlaneOrientation::Sagittal, c),
                                    tilted(standardPlane(PlaneOrientation::Axial, c), 35, 20)};
            for (const Plane &plane : planes) {
                auto image = reslice(v, plane);
                QVERIFY(image.ok());
                const auto px = image->geometry.pixelPosition(c);
                const int x = int(std::lround(px[0])), y = int(std::lround(px[1]));
                QVERIFY(std::abs(px[0] - x) < 1e-6 && std::abs(px[1] - y) < 1e-6);  // the centre is on a pixel
                const float hu = image->at(x, y);
                QVERIFY2(std::abs(hu - lesion.hu) <= 1.0,
                         qPrintable(QStringLiteral("%1: %2 HU at its centre, expected %3").arg(lesion.name).arg(hu).arg(lesion.hu)));
                // And outside the lesion (1.5 radii away along the row) the value differs.
                const auto off = image->geometry.pixelPosition({c[0] + 0.75 * lesion.diameterMm * plane.row[0],
                                                                c[1] + 0.75 * lesion.diameterMm * plane.row[1],
                                                                c[2] + 0.75 * lesion.diameterMm * plane.row[2]});
                const float around = image->at(int(std::lround(off[0])), int(std::lround(off[1])));
                QVERIFY2(std::abs(around - lesion.hu) > 5.0,
                         qPrintable(QStringLiteral("%1: %2 HU beside it too").arg(lesion.name).arg(around)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReslice)
#include "tst_reslice.moc"
