/// Curved reformats against volumes with known anatomy: a tube bent along a quarter circle and one
/// wound along a helix (a vessel), a plate at a known height (the head-to-feet direction). A
/// straightened reformat along the tube's centre line must show it as a straight band in its middle
/// row at every angle, as long as the arc; a stretched one keeps heights; a thick one finds a tube
/// the path misses; the cross-section at a column is a disc of the tube's area.
#include <strata/imaging/CurvedReformat.h>
#include <strata/imaging/Reslicer.h>

#include <QTest>

#include <cmath>
#include <numbers>

using namespace strata;
using namespace strata::imaging;

namespace {

/// An axial volume of cubic voxels `spacing` mm wide, centred on the origin, all zero.
dicom::Volume emptyVolume(const std::array<int, 3> &dims, double spacing)
{
    dicom::Volume v;
    v.dimensions = dims;
    v.spacing = {spacing, spacing, spacing};
    v.origin = {-(dims[0] - 1) * spacing / 2, -(dims[1] - 1) * spacing / 2, -(dims[2] - 1) * spacing / 2};
    v.indexToPatient = {spacing, 0, 0, v.origin[0], 0, spacing, 0, v.origin[1], 0, 0, spacing, v.origin[2], 0, 0, 0, 1};
    v.voxels.assign(v.voxelCount(), 0.f);
    return v;
}

/// Sets every voxel within `radius` of the curve (given densely) to `value`.
void paintTube(dicom::Volume &v, const std::vector<Vec3> &curve, double radius, float value)
{
    const double s = v.spacing[0];
    const int reach = int(std::ceil(radius / s)) + 1;
    for (const Vec3 &c : curve) {
        const auto centre = v.indexPosition(c);
        for (int k = int(centre[2]) - reach; k <= int(centre[2]) + reach; ++k)
            for (int j = int(centre[1]) - reach; j <= int(centre[1]) + reach; ++j)
                for (int i = int(centre[0]) - reach; i <= int(centre[0]) + reach; ++i) {
                    if (i < 0 || j < 0 || k < 0 || i >= v.dimensions[0] || j >= v.dimensions[1] || k >= v.dimensions[2])
                        continue;
                    const auto p = v.patientPosition(i, j, k);
                    const Vec3 d = difference({p[0], p[1], p[2]}, c);
                    if (dot(d, d) <= radius * radius)
                        v.voxels[(std::size_t(k) * std::size_t(v.dimensions[1]) + std::size_t(j)) * std::size_t(v.dimensions[0]) + std::size_t(i)] = value;
                }
    }
}

constexpr double kR = 40;                       // the arc's radius, mm
const Vec3 kArcCentre{-30, -30, 0};

Vec3 onArc(double degrees, double radius = kR)
{
    const double a = degrees * std::numbers::pi / 180;
    return {kArcCentre[0] + radius * std::cos(a), kArcCentre[1] + radius * std::sin(a), kArcCentre[2]};
}

std::vector<Vec3> denseArc(double radius = kR)
{
    std::vector<Vec3> out;
    for (int i = 0; i <= 900; ++i)
        out.push_back(onArc(i * 0.1, radius));
    return out;
}

/// The few points a reader would click along the arc, unevenly.
std::vector<Vec3> clickedArc(double radius = kR)
{
    return {onArc(0, radius), onArc(20, radius), onArc(45, radius), onArc(70, radius), onArc(90, radius)};
}

/// The arc's tube (radius 3 mm, 400) and a plate 1.6 mm thick at z = +8 mm (300) in 0.8 mm voxels.
const dicom::Volume &arcVolume()
{
    static const dicom::Volume v = [] {
        dicom::Volume v = emptyVolume({120, 120, 40}, 0.8);
        paintTube(v, denseArc(), 3.0, 400.f);
        for (int k = 0; k < v.dimensions[2]; ++k) {
            const double z = v.patientPosition(0, 0, k)[2];
            if (std::abs(z - 8.0) <= 0.8)
                for (std::size_t n = 0; n < std::size_t(v.dimensions[0] * v.dimensions[1]); ++n)
                    v.voxels[std::size_t(k) * std::size_t(v.dimensions[0] * v.dimensions[1]) + n] = 300.f;
        }
        return v;
    }();
    return v;
}

/// How many pixels of column x are above `threshold`.
int brightInColumn(const CurvedImage &image, int x, float threshold)
{
    int n = 0;
    for (int y = 0; y < image.height; ++y)
        n += image.at(x, y) > threshold;
    return n;
}

} // namespace

class TestCurved : public QObject {
    Q_OBJECT
private slots:
    void straightensATubeAlongAnArc()
    {
        for (const double angle : {0.0, 45.0, 90.0, 137.0, -90.0}) {
            CurvedOptions o;
            o.angleDeg = angle;
            o.widthMm = 40;
            const auto r = curvedReformat(arcVolume(), clickedArc(), o);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
            const CurvedImage &image = r.value();
            QCOMPARE(image.spacing, 0.8);
            // As long as the arc (π/2 · 40 mm), one column per 0.8 mm.
            QVERIFY2(std::abs(image.length - kR * std::numbers::pi / 2) < 0.6, qPrintable(QString::number(image.length)));
            QCOMPARE(image.width, int(std::floor(image.length / 0.8)) + 1);
            QCOMPARE(image.height, 51);  // 40 mm, odd: the middle row is the curve
            for (int x = 3; x < image.width - 3; ++x) {
                // The curve goes through the tube's axis: the middle row inside it, whatever the angle...
                QVERIFY2(image.at(x, 25) > 350, qPrintable(QStringLiteral("angle %1, column %2: %3").arg(angle).arg(x).arg(image.at(x, 25))));
                // ...and the tube crosses every column about as wide as it is (6 mm: 7 or 8 pixels),
                // not more: the band is straight. (At 90° the plate runs along the picture: rows
                // 8 mm off the middle, away from the tube, hold it.)
                const int across = brightInColumn(image, x, 350);
                QVERIFY2(across >= 6 && across <= 9, qPrintable(QStringLiteral("angle %1, column %2: %3 px").arg(angle).arg(x).arg(across)));
                // The curve follows the arc (a spline through five of its points: within 0.5 mm).
                const Vec3 d = difference(image.centre[std::size_t(x)], kArcCentre);
                QVERIFY2(std::abs(std::hypot(d[0], d[1]) - kR) < 0.5, qPrintable(QString::number(std::hypot(d[0], d[1]) - kR)));
                QVERIFY(std::abs(d[2]) < 1e-9);
            }
        }
    }

    void theHeadIsAtTheTopAndHeightsAreTrue()
    {
        // Angle 0 along the default `down` (the feet): the plate 8 mm above the arc, 10 rows up.
        for (const CurvedMode mode : {CurvedMode::Straightened, CurvedMode::Stretched}) {
            CurvedOptions o;
            o.mode = mode;
            o.widthMm = 40;
            const CurvedImage image = curvedReformat(arcVolume(), clickedArc(), o).value();
            QVERIFY(std::abs(image.length - kR * std::numbers::pi / 2) < 0.6);  // the arc lies across `down`
            for (int x = 0; x < image.width; ++x) {
                QVERIFY2(image.at(x, 25 - 10) >= 299, qPrintable(QString::number(image.at(x, 25 - 10))));
                QCOMPARE(image.at(x, 25 + 10), 0.f);
            }
            // Each pixel's patient position: the curve's point, 0.8 mm a row further along `across`.
            for (int x : {0, image.width / 2, image.width - 1}) {
                const Vec3 c = image.patientPosition(x, image.centreRow());
                QVERIFY(std::abs(c[0] - image.centre[std::size_t(x)][0]) < 1e-9 && std::abs(c[1] - image.centre[std::size_t(x)][1]) < 1e-9);
                const Vec3 up = image.patientPosition(x, image.centreRow() - 10);
                QVERIFY(std::abs(up[2] - 8.0) < 1e-9);
            }
        }
    }

    void aHelixStaysInTheMiddleAtEveryAngle()
    {
        // A vessel winding through the slices: radius 25 mm, 30 mm a turn, one and a half turns.
        dicom::Volume v = emptyVolume({90, 90, 70}, 0.8);
        auto helix = [](double t) {
            return Vec3{25 * std::cos(t), 25 * std::sin(t), -22 + 30 * t / (2 * std::numbers::pi)};
        };
        std::vector<Vec3> dense, clicked;
        for (int i = 0; i <= 3000; ++i)
            dense.push_back(helix(3 * std::numbers::pi * i / 3000.0));
        for (int i = 0; i <= 12; ++i)  // every 45°
            clicked.push_back(helix(3 * std::numbers::pi * i / 12.0));
        paintTube(v, dense, 2.5, 500.f);
        const double truth = 1.5 * std::hypot(2 * std::numbers::pi * 25, 30.0);
        for (const double angle : {0.0, 90.0, 180.0, 270.0}) {
            CurvedOptions o;
            o.angleDeg = angle;
            o.widthMm = 30;
            const CurvedImage image = curvedReformat(v, clicked, o).value();
            QVERIFY2(std::abs(image.length - truth) / truth < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(image.length).arg(truth)));
            int inside = 0;
            for (int x = 0; x < image.width; ++x)
                inside += image.at(x, int(image.centreRow())) > 400;
            QVERIFY2(inside >= image.width - 6, qPrintable(QStringLiteral("angle %1: %2 of %3").arg(angle).arg(inside).arg(image.width)));
            // The frame does not twist about the curve: the across direction stays across it.
            for (std::size_t x = 0; x < image.across.size(); ++x)
                QVERIFY(std::abs(dot(image.across[x], image.tangent[x])) < 1e-6);
        }
    }

    void aThickReformatFindsTheVesselThePathMisses()
    {
        // The path 4 mm outside a 2 mm tube, off in the direction across the picture's plane.
        dicom::Volume v = emptyVolume({120, 120, 40}, 0.8);
        paintTube(v, denseArc(), 2.0, 400.f);
        CurvedOptions o;
        o.widthMm = 20;
        const CurvedImage thin = curvedReformat(v, clickedArc(kR + 4), o).value();
        o.thicknessMm = 12;
        const CurvedImage thick = curvedReformat(v, clickedArc(kR + 4), o).value();
        const int mid = int(thin.centreRow());
        for (int x = 3; x < thin.width - 3; ++x) {
            QCOMPARE(thin.at(x, mid), 0.f);
            QVERIFY2(thick.at(x, mid) > 350, qPrintable(QString::number(thick.at(x, mid))));
        }
    }

    void theCrossSectionIsTheTubesDisc()
    {
        // Where the arc starts the tube runs along y, its cross-section plane is the grid's x-z
        // plane; half way round it runs diagonally through the grid. Cut across the path, both
        // show the same round section (an oblique cut would show a longer one).
        const CurvedImage image = curvedReformat(arcVolume(), clickedArc()).value();
        auto section = [&](double x, double tiltDeg) {
            Plane plane = image.crossSection(x);
            if (tiltDeg != 0)
                plane = tilted(plane, 0, tiltDeg);
            ResliceOptions ro;
            ro.width = ro.height = 41;
            ro.pixelSpacing = 0.4;
            const SliceImage slice = reslice(arcVolume(), plane, ro).value();
            int bright = 0, top = 41, bottom = -1, left = 41, right = -1;
            for (int y = 0; y < 41; ++y)
                for (int x2 = 0; x2 < 41; ++x2)
                    if (slice.at(x2, y) > 350) {  // the tube (400), not the plate (300)
                        ++bright;
                        top = std::min(top, y), bottom = std::max(bottom, y);
                        left = std::min(left, x2), right = std::max(right, x2);
                    }
            return std::array<double, 4>{bright * 0.4 * 0.4, double(right - left + 1), double(bottom - top + 1), slice.at(20, 20)};
        };
        const int x = image.width / 2;
        QVERIFY(std::abs(std::abs(dot(image.crossSection(x).normal(), image.tangent[std::size_t(x)])) - 1) < 1e-9);
        // Between two columns: through the very point the reformat shows there.
        const Vec3 between = image.patientPosition(x + 0.4, image.centreRow());
        const Plane cut = image.crossSection(x + 0.4);
        QVERIFY(std::abs(dot(difference(between, cut.center), cut.normal())) < 1e-9);
        QVERIFY(std::abs(dot(cut.row, cut.column)) < 1e-9);
        const auto aligned = section(0, 0), diagonal = section(x, 0), oblique = section(x, 45);
        QVERIFY(aligned[3] > 350 && diagonal[3] > 350);
        // Round: as wide as high, about 6 mm across (above 350: 12 to 18 pixels of 0.4 mm).
        for (const auto &s : {aligned, diagonal}) {
            QVERIFY2(std::abs(s[1] - s[2]) <= 3, qPrintable(QStringLiteral("%1 x %2").arg(s[1]).arg(s[2])));
            QVERIFY2(s[1] >= 12 && s[1] <= 18, qPrintable(QString::number(s[1])));
        }
        QVERIFY2(std::abs(diagonal[0] - aligned[0]) / aligned[0] < 0.2, qPrintable(QStringLiteral("%1 vs %2 mm²").arg(diagonal[0]).arg(aligned[0])));
        QVERIFY2(oblique[0] > 1.3 * aligned[0], qPrintable(QStringLiteral("%1 vs %2 mm²").arg(oblique[0]).arg(aligned[0])));
    }

    void everyPixelShowsThePointItSaysInATiltedObliqueVolume()
    {
        // Each voxel holds one of its own patient coordinates (a linear field, which trilinear
        // sampling reproduces exactly): every pixel of the reformat must hold that coordinate of
        // the point patientPosition() gives it — through an oblique direction and a gantry tilt's
        // shear alike.
        const double c = std::cos(0.3), sn = std::sin(0.3);
        const Mat3 oblique{c, 0, sn, 0, 1, 0, -sn, 0, c};
        const Vec3 shear{0, 0.35, 0};   // each slice 0.35 mm further along y: a tilted gantry
        for (int component = 0; component < 3; ++component) {
            dicom::Volume v;
            v.dimensions = {80, 80, 60};
            v.spacing = {0.9, 0.9, 1.2};
            v.origin = {-36, -36, -36};
            v.direction = oblique;
            for (int r = 0; r < 3; ++r) {
                for (int k = 0; k < 3; ++k)
                    v.indexToPatient[std::size_t(r * 4 + k)] = oblique[std::size_t(r * 3 + k)] * v.spacing[std::size_t(k)];
                v.indexToPatient[std::size_t(r * 4 + 2)] += shear[std::size_t(r)];
                v.indexToPatient[std::size_t(r * 4 + 3)] = v.origin[std::size_t(r)];
            }
            v.sheared = true;
            v.voxels.resize(v.voxelCount());
            std::size_t n = 0;
            for (int k = 0; k < v.dimensions[2]; ++k)
                for (int j = 0; j < v.dimensions[1]; ++j)
                    for (int i = 0; i < v.dimensions[0]; ++i)
                        v.voxels[n++] = float(v.patientPosition(i, j, k)[std::size_t(component)]);
            for (const CurvedMode mode : {CurvedMode::Straightened, CurvedMode::Stretched}) {
                CurvedOptions o;
                o.mode = mode;
                o.angleDeg = 35;
                o.widthMm = 16;
                o.background = -9999;
                const CurvedImage image = curvedReformat(v, {{-15, -10, 2}, {0, 8, 6}, {14, -4, -3}, {20, 12, 4}}, o).value();
                int checked = 0;
                for (int y = 0; y < image.height; ++y)
                    for (int x = 0; x < image.width; ++x) {
                        if (image.at(x, y) == -9999)
                            continue;   // outside the volume
                        const Vec3 p = image.patientPosition(x, y);
                        QVERIFY2(std::abs(image.at(x, y) - p[std::size_t(component)]) < 0.01,
                                 qPrintable(QStringLiteral("component %1, pixel %2,%3: %4 vs %5").arg(component).arg(x).arg(y)
                                                .arg(image.at(x, y)).arg(p[std::size_t(component)])));
                        ++checked;
                    }
                QVERIFY(checked > image.width * image.height * 9 / 10);
            }
        }
    }

    void smoothPathIsEvenAndGoesThroughThePoints()
    {
        const auto path = smoothPath(clickedArc(), 0.5).value();
        for (std::size_t i = 1; i < path.size(); ++i)
            QVERIFY(std::abs(std::sqrt(dot(difference(path[i], path[i - 1]), difference(path[i], path[i - 1]))) - 0.5) < 0.01);
        // Through each clicked point (within half a step; the last within a step: the samples stop
        // short of the end by less than one).
        const std::vector<Vec3> clicked = clickedArc();
        for (std::size_t i = 0; i < clicked.size(); ++i) {
            const Vec3 &p = clicked[i];
            double nearest = 1e9;
            for (const Vec3 &q : path)
                nearest = std::min(nearest, std::sqrt(dot(difference(p, q), difference(p, q))));
            QVERIFY2(nearest < (i + 1 == clicked.size() ? 0.5 : 0.26), qPrintable(QString::number(nearest)));
        }
        // Two points: the straight line between them.
        const auto line = smoothPath({{0, 0, 0}, {0, 0, 0}, {10, 0, 0}}, 1.0).value();
        QCOMPARE(int(line.size()), 11);
        QVERIFY(std::abs(line[7][0] - 7) < 1e-9 && line[7][1] == 0);
    }

    void simplifyPathKeepsTheShapeWithFewPoints()
    {
        // A helix written a millimetre a point (radius 40 mm, 30 mm a turn): a handful of points
        // keep every sample within the tolerance of their polyline; the ends stay.
        const auto dense = smoothPath({{40, 0, 0}, {0, 40, 7.5}, {-40, 0, 15}, {0, -40, 22.5}, {40, 0, 30}}, 1.0).value();
        QVERIFY(dense.size() > 200);
        const std::vector<Vec3> kept = simplifyPath(dense, 0.5);
        QVERIFY2(kept.size() >= 8 && kept.size() <= 40, qPrintable(QString::number(kept.size())));
        QVERIFY(kept.front() == dense.front() && kept.back() == dense.back());
        const auto offPolyline = [&](const Vec3 &p) {
            double nearest = 1e9;
            for (std::size_t i = 1; i < kept.size(); ++i) {
                const Vec3 ab = difference(kept[i], kept[i - 1]), ap = difference(p, kept[i - 1]);
                const double t = std::clamp(dot(ap, ab) / dot(ab, ab), 0.0, 1.0);
                const Vec3 d = difference(ap, {t * ab[0], t * ab[1], t * ab[2]});
                nearest = std::min(nearest, std::sqrt(dot(d, d)));
            }
            return nearest;
        };
        for (const Vec3 &p : dense)
            QVERIFY2(offPolyline(p) <= 0.5 + 1e-9, qPrintable(QString::number(offPolyline(p))));
        // A straight line: its ends; two points or fewer: as they are.
        QCOMPARE(simplifyPath({{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {5, 5, 5}}, 0.1).size(), std::size_t(2));
        QCOMPARE(simplifyPath({{0, 0, 0}, {1, 0, 0}}, 5).size(), std::size_t(2));
        QVERIFY(simplifyPath({}, 1).empty());
    }

    void downAsOnTheImageThePathWasLaidOn()
    {
        const Vec3 x{1, 0, 0}, y{0, 1, 0}, feet{0, 0, -1};
        const std::vector<Vec3> acrossX{{-20, 0, 0}, {0, 5, 0}, {20, 0, 0}}, downZ{{0, 0, 40}, {3, 0, 0}, {0, 0, -40}};
        // An arch on an axial slice: stretched down to the feet (a panorama, head up); straightened
        // as the slice shows it (its column, posterior).
        QCOMPARE(downOnImage(acrossX, CurvedMode::Stretched, x, y), feet);
        QCOMPARE(downOnImage(acrossX, CurvedMode::Straightened, x, y), y);
        // A vessel followed down a coronal plane: straightened across it (the plane's row), so the
        // picture is not the vessel seen end-on; stretched towards the back.
        QCOMPARE(downOnImage(downZ, CurvedMode::Straightened, x, feet), x);
        QCOMPARE(downOnImage(downZ, CurvedMode::Stretched, x, feet), y);
        // Whichever way the image faces, stretched goes to the feet.
        QCOMPARE(downOnImage(acrossX, CurvedMode::Stretched, y, x), feet);
    }

    void refusesWhatCannotBeReformatted()
    {
        const auto one = curvedReformat(arcVolume(), {{0, 0, 0}, {0, 0, 0}});
        QVERIFY(!one.ok());
        QVERIFY(one.error().reason.contains(QLatin1String("two distinct points")));
        CurvedOptions o;
        o.down = {0, 0, 0};
        QVERIFY(!curvedReformat(arcVolume(), clickedArc(), o).ok());
        // A stretched reformat along a path that runs down the picture has no width.
        o.down = {0, 0, -1};
        o.mode = CurvedMode::Stretched;
        const auto vertical = curvedReformat(arcVolume(), {{0, 0, -10}, {0, 0, 10}}, o);
        QVERIFY(!vertical.ok());
        QVERIFY(vertical.error().reason.contains(QLatin1String("draw it across")));
        QVERIFY(!curvedReformat(dicom::Volume{}, clickedArc()).ok());
        QVERIFY(!smoothPath(clickedArc(), 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestCurved)
#include "tst_curved.moc"
