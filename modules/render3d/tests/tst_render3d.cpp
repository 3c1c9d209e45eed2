// The 3D view's renderer on synthetic phantoms: presets, clipping, MIP against the maximum along
// each ray computed here, the six standard views, latest-wins requests and level of detail.
#include <strata/render3d/RotationExport.h>
#include <strata/render3d/VolumePreset.h>
#include <strata/render3d/VolumeRenderer.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace strata;
using namespace strata::render3d;

namespace {

/// A cube of n³ voxels, 1 mm apart, centred on the patient origin, filled by f(x, y, z) in mm (LPS).
std::shared_ptr<dicom::Volume> phantom(int n, const std::function<float(double, double, double)> &f)
{
    auto v = std::make_shared<dicom::Volume>();
    v->dimensions = {n, n, n};
    v->spacing = {1, 1, 1};
    const double o = -(n - 1) / 2.0;
    v->origin = {o, o, o};
    v->indexToPatient = {1, 0, 0, o, 0, 1, 0, o, 0, 0, 1, o, 0, 0, 0, 1};
    v->voxels.resize(v->voxelCount());
    std::size_t at = 0;
    for (int k = 0; k < n; ++k)
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i)
                v->voxels[at++] = f(o + i, o + j, o + k);
    return v;
}

float sphere(double x, double y, double z, Vec3 c, double r, float inside, float outside)
{
    const double dx = x - c[0], dy = y - c[1], dz = z - c[2];
    return dx * dx + dy * dy + dz * dz <= r * r ? inside : outside;
}

/// The largest difference of any channel between two pictures of one size (-1: sizes differ).
int largestDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

int brightness(QRgb c) { return std::max({qRed(c), qGreen(c), qBlue(c)}); }

/// Centre of the pixels brighter than `threshold`, and their number.
QPointF centroid(const QImage &image, int threshold, int *count = nullptr)
{
    double sx = 0, sy = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (brightness(image.pixel(x, y)) > threshold) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
    if (count)
        *count = n;
    return n ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

} // namespace

class TestRender3d : public QObject {
    Q_OBJECT
private:
    VolumeRenderer renderer;

    Frame render(RenderRequest request)
    {
        auto frame = renderer.renderSync(std::move(request));
        if (!frame.ok())
            qWarning() << frame.error().message();
        return frame.ok() ? frame.value() : Frame{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(VolumeRenderer::displayProblem().isEmpty(), "these tests need an X display (xvfb-run)");
    }

    void presets()
    {
        for (const char *name : {"ct-bone", "ct-soft-tissue", "ct-lung", "ct-angio", "mr-default", "pet", "mip", "minip", "average"})
            QVERIFY2(findPreset(QString::fromLatin1(name)), name);
        QCOMPARE(findPreset(QStringLiteral("mip"))->blend, BlendMode::Maximum);
        QVERIFY(findPreset(QStringLiteral("ct-bone"))->shade);
        const VolumePreset mip = findPreset(QStringLiteral("mip"))->resolved(-1000, 3000);
        QCOMPARE(mip.colors.back().value, 3000.0);
        auto bad = parsePresets(R"({"presets": [{"name": "x", "blend": "sideways", "colors": [[0,0,0,0]], "opacity": [[0,1]]}]})", QStringLiteral("mine.json"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message().contains(QLatin1String("mine.json")));
        QVERIFY(bad.error().message().contains(QLatin1String("sideways")));
        QVERIFY(!parsePresets("{}", QStringLiteral("empty.json")).ok());
    }

    void histogramCountsEveryVoxel()
    {
        // Half the voxels 0, half 100 (x < 0 and x > 0 of a 20-voxel cube): two full bins at the ends.
        auto volume = phantom(20, [](double x, double, double) { return x < 0 ? 0.0f : 100.0f; });
        const Histogram h = histogram(*volume, 10);
        QCOMPARE(h.low, 0.0);
        QCOMPARE(h.high, 100.0);
        QCOMPARE(h.counts.size(), std::size_t(10));
        QCOMPARE(h.counts.front(), qint64(4000));
        QCOMPARE(h.counts.back(), qint64(4000));
        for (std::size_t i = 1; i + 1 < h.counts.size(); ++i)
            QCOMPARE(h.counts[i], qint64(0));
    }

    void boneShowsDenseSphereHidesSoftOne()
    {
        // Dense (1000 HU) sphere on the patient's right, soft-tissue (40 HU) one on the left, in air.
        const Vec3 dense{-14, 0, 0}, soft{14, 0, 0};
        auto volume = phantom(64, [&](double x, double y, double z) {
            return std::max(sphere(x, y, z, dense, 9, 1000, -1000), sphere(x, y, z, soft, 9, 40, -1000));
        });
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("ct-bone"));
        r.size = QSize(128, 128);
        const Frame f = render(r);
        QVERIFY(!f.image.isNull());
        const QPointF pd = f.geometry.project(dense), ps = f.geometry.project(soft);
        QVERIFY(pd.x() < 64 && ps.x() > 64);  // anterior view: patient right on the left
        QVERIFY2(brightness(f.image.pixel(pd.toPoint())) > 100, "the dense sphere shows");
        QCOMPARE(brightness(f.image.pixel(ps.toPoint())), 0);
        // Soft tissue shows it, bone hides it: the soft-tissue preset makes it visible.
        r.preset = *findPreset(QStringLiteral("ct-soft-tissue"));
        QVERIFY(brightness(render(r).image.pixel(ps.toPoint())) > 20);
    }

    void clipPlaneRemovesHalf()
    {
        auto volume = phantom(64, [](double x, double y, double z) { return sphere(x, y, z, {0, 0, 0}, 20, 1000, -1000); });
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("ct-bone"));
        r.shade = false;
        r.size = QSize(128, 128);
        int whole = 0, half = 0;
        centroid(render(r).image, 30, &whole);
        r.clipPlane = ClipPlane{{0, 0, 0}, {1, 0, 0}};  // keeps the patient's left half
        const Frame f = render(r);
        const QPointF c = centroid(f.image, 30, &half);
        QVERIFY(whole > 1000);
        QVERIFY2(std::abs(half - whole / 2.0) < whole * 0.06, qPrintable(QStringLiteral("%1 of %2").arg(half).arg(whole)));
        QVERIFY(c.x() > 64);  // the patient's left is on the image's right from the front
        for (int y = 0; y < 128; ++y)
            for (int x = 0; x < 60; ++x)
                QVERIFY2(brightness(f.image.pixel(x, y)) <= 30, "nothing left of the plane");
        // A clipping box keeping the upper half (z ≥ 0).
        r.clipPlane.reset();
        r.clipBox = std::array<double, 6>{-100, 100, -100, 100, 0, 100};
        int top = 0;
        const QPointF cb = centroid(render(r).image, 30, &top);
        QVERIFY(std::abs(top - whole / 2.0) < whole * 0.06);
        QVERIFY(cb.y() < 64);
    }

    void mipEqualsMaximumAlongRays()
    {
        // Smooth blobs, so that the ray caster's samples and the function agree closely.
        auto f = [](double x, double y, double z) {
            auto g = [](double dx, double dy, double dz, double s) { return std::exp(-(dx * dx + dy * dy + dz * dz) / (2 * s * s)); };
            return float(1000 * g(x + 8, y - 5, z - 4, 7) + 600 * g(x - 10, y + 9, z + 6, 6) + 300 * g(x - 2, y - 12, z + 12, 8));
        };
        const int n = 48;
        auto volume = phantom(n, f);
        const auto [lowIt, highIt] = std::minmax_element(volume->voxels.begin(), volume->voxels.end());
        const double low = *lowIt, high = *highIt;
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("mip"));
        r.size = QSize(96, 96);
        const Frame frame = render(r);
        QVERIFY(!frame.image.isNull());
        const ViewGeometry &g = frame.geometry;
        const double half = (n - 1) / 2.0;
        double sumError = 0, worst = 0;
        int compared = 0;
        for (int py = 0; py < 96; ++py) {
            for (int px = 0; px < 96; ++px) {
                // The ray through this pixel's centre (anterior view: along +y, right = +x, up = +z).
                const double a = (px + 0.5 - 48) * g.mmPerPixel, b = -(py + 0.5 - 48) * g.mmPerPixel;
                const double x = g.center[0] + a * g.right[0] + b * g.up[0], z = g.center[2] + a * g.right[2] + b * g.up[2];
                if (std::abs(x) > half - 1 || std::abs(z) > half - 1)
                    continue;
                double best = -1e9;
                for (double y = -half; y <= half; y += 0.05)
                    best = std::max(best, double(f(x, y, z)));
                const double expected = 255.0 * (best - low) / (high - low);
                const double error = std::abs(qRed(frame.image.pixel(px, py)) - expected);
                sumError += error;
                worst = std::max(worst, error);
                ++compared;
            }
        }
        QVERIFY(compared > 2000);
        QVERIFY2(sumError / compared < 2.0 && worst < 10,
                 qPrintable(QStringLiteral("mean %1, worst %2 grey levels").arg(sumError / compared).arg(worst)));
    }

    void standardViewsPutMarkersWhereTheyBelong_data()
    {
        QTest::addColumn<int>("side");
        // Where the marker on the patient's right, the anterior one and the superior one appear:
        // 'l' left, 'r' right, 'u' up, 'd' down, 'c' centre of the picture.
        QTest::addColumn<QString>("expected");
        QTest::newRow("anterior") << int(ViewSide::Anterior) << QStringLiteral("lcu");
        QTest::newRow("posterior") << int(ViewSide::Posterior) << QStringLiteral("rcu");
        QTest::newRow("left") << int(ViewSide::Left) << QStringLiteral("clu");
        QTest::newRow("right") << int(ViewSide::Right) << QStringLiteral("cru");
        QTest::newRow("superior") << int(ViewSide::Superior) << QStringLiteral("ruc");
        QTest::newRow("inferior") << int(ViewSide::Inferior) << QStringLiteral("luc");
    }

    void standardViewsPutMarkersWhereTheyBelong()
    {
        QFETCH(int, side);
        QFETCH(QString, expected);
        // One volume per marker: on the patient's right (−x), anterior (−y), superior (+z).
        const Vec3 markers[] = {{-18, 0, 0}, {0, -18, 0}, {0, 0, 18}};
        for (int m = 0; m < 3; ++m) {
            auto volume = phantom(56, [&](double x, double y, double z) { return sphere(x, y, z, markers[m], 5, 1000, 0); });
            RenderRequest r;
            r.volume = volume;
            r.preset = *findPreset(QStringLiteral("mip"));
            r.camera.side = ViewSide(side);
            r.size = QSize(100, 100);
            const QPointF c = centroid(render(r).image, 128) - QPointF(50, 50);
            QChar where = QLatin1Char('c');
            if (c.manhattanLength() > 10)
                where = std::abs(c.x()) > std::abs(c.y()) ? QLatin1Char(c.x() < 0 ? 'l' : 'r') : QLatin1Char(c.y() < 0 ? 'u' : 'd');
            QVERIFY2(where == expected.at(m), qPrintable(QStringLiteral("marker %1 at (%2, %3)").arg(m).arg(c.x()).arg(c.y())));
        }
    }

    // Segments as surfaces with the volume: a mask on the patient's left shows in its colour where
    // the volume is empty; one behind a bone sphere (posterior of it) is hidden by the bone from the
    // front and shows from the back — the ray caster stops at the surface's depth; a clip plane
    // cuts surfaces as it cuts the volume; without surfaces the picture is the volume's alone.
    void surfacesShowWithTheVolumeAndAreHiddenBehindIt()
    {
        const Vec3 bone{0, -14, 0}, behind{0, 14, 0}, left{22, 0, 0};
        auto volume = phantom(64, [&](double x, double y, double z) { return sphere(x, y, z, bone, 10, 1000, -1000); });
        const auto ball = [&volume](const Vec3 &centre, double radius) {
            auto mask = std::make_shared<imaging::VoxelMask>();
            const double o = volume->origin[0];
            const int r = int(std::ceil(radius)) + 1;
            mask->offset = {int(std::lround(centre[0] - o)) - r, int(std::lround(centre[1] - o)) - r, int(std::lround(centre[2] - o)) - r};
            mask->size = {2 * r + 1, 2 * r + 1, 2 * r + 1};
            for (int k = 0; k < mask->size[2]; ++k)
                for (int j = 0; j < mask->size[1]; ++j)
                    for (int i = 0; i < mask->size[0]; ++i)
                        mask->voxels.push_back(sphere(o + mask->offset[0] + i, o + mask->offset[1] + j, o + mask->offset[2] + k, centre, radius, 1, 0) > 0.5f);
            return std::shared_ptr<const imaging::VoxelMask>(mask);
        };
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("ct-bone"));
        r.size = QSize(128, 128);
        const Frame plain = render(r);
        r.surfaces.push_back({QStringLiteral("seg/1"), ball(left, 7), QColor(255, 0, 0), 1.0});
        r.surfaces.push_back({QStringLiteral("seg/2"), ball(behind, 7), QColor(0, 255, 0), 1.0});
        const auto red = [](QRgb p) { return qRed(p) > 80 && qRed(p) > 2 * qGreen(p) && qRed(p) > 2 * qBlue(p); };
        // No time to make surfaces (a drag's frame): none drawn, both pending.
        r.surfaceBudgetMs = 0;
        const Frame hurried = render(r);
        QCOMPARE(hurried.surfacesPending, 2);
        QVERIFY(largestDifference(hurried.image, plain.image) <= 2);
        r.surfaceBudgetMs = -1;
        const Frame front = render(r);
        QCOMPARE(front.surfacesPending, 0);
        // Once made they are kept: a frame without time for new ones draws them.
        r.surfaceBudgetMs = 0;
        QVERIFY(largestDifference(render(r).image, front.image) <= 2);
        r.surfaceBudgetMs = -1;
        const auto green = [](QRgb p) { return qGreen(p) > 80 && qGreen(p) > 2 * qRed(p) && qGreen(p) > 2 * qBlue(p); };
        const QPoint atLeft = front.geometry.project(left).toPoint(), atBone = front.geometry.project(bone).toPoint();
        QCOMPARE(brightness(plain.image.pixel(atLeft)), 0);
        QVERIFY2(red(front.image.pixel(atLeft)), qPrintable(QColor(front.image.pixel(atLeft)).name()));
        QVERIFY(atLeft.x() > 64);   // the patient's left on the picture's right
        // The green ball lies behind the bone from the front: the bone's own picture there.
        QVERIFY2(!green(front.image.pixel(atBone)), qPrintable(QColor(front.image.pixel(atBone)).name()));
        QVERIFY(std::abs(brightness(front.image.pixel(atBone)) - brightness(plain.image.pixel(atBone))) <= 3);
        int greenPixels = 0;
        for (int y = 0; y < 128; ++y)
            for (int x = 0; x < 128; ++x)
                greenPixels += green(front.image.pixel(x, y));
        QVERIFY2(greenPixels < 20, qPrintable(QString::number(greenPixels)));   // at most its rim beside the bone
        // From the back it is in front of the bone.
        r.camera.side = ViewSide::Posterior;
        const Frame back = render(r);
        const QPoint behindBack = back.geometry.project(behind).toPoint();
        QVERIFY2(green(back.image.pixel(behindBack)), qPrintable(QColor(back.image.pixel(behindBack)).name()));
        // The surfaces alone: the ball behind the bone shows from the front, the bone does not.
        r.camera.side = ViewSide::Anterior;
        r.showVolume = false;
        const Frame alone = render(r);
        QVERIFY2(green(alone.image.pixel(atBone)), qPrintable(QColor(alone.image.pixel(atBone)).name()));
        QVERIFY2(red(alone.image.pixel(atLeft)), qPrintable(QColor(alone.image.pixel(atLeft)).name()));
        QCOMPARE(brightness(alone.image.pixel(front.geometry.project({0, -14, 9}).toPoint())), 0);   // the bone's top: nothing
        QVERIFY(pickPoint(r, alone, atBone) && std::abs((*pickPoint(r, alone, atBone))[1] - 7) < 1.5);   // the ball's front (y 14 − 7)
        r.showVolume = true;
        // Clipped to the patient's right half: the left ball is gone, the rest stays.
        r.camera.side = ViewSide::Anterior;
        r.clipPlane = ClipPlane{{0, 0, 0}, {-1, 0, 0}};
        const Frame clipped = render(r);
        QVERIFY2(!red(clipped.image.pixel(atLeft)), qPrintable(QColor(clipped.image.pixel(atLeft)).name()));
        // Taken out again: the volume alone.
        r.clipPlane.reset();
        r.surfaces.clear();
        QVERIFY(largestDifference(render(r).image, plain.image) <= 2);
    }

    // A segment of more than 2 M voxels is drawn from 2 × 2 × 2 blocks (each by its share of voxels
    // inside): its outline from the front stays the ball's, neither grown nor shrunk by the blocks.
    void largeSurfacesKeepTheirSize()
    {
        auto volume = phantom(160, [](double, double, double) { return -1000.0f; });
        const double radius = 66;   // a box of 135³ voxels: 2.46 M
        auto mask = std::make_shared<imaging::VoxelMask>();
        const int r = int(radius) + 1;
        mask->offset = {80 - r, 80 - r, 80 - r};
        mask->size = {2 * r + 1, 2 * r + 1, 2 * r + 1};
        const double o = volume->origin[0];
        for (int k = 0; k < mask->size[2]; ++k)
            for (int j = 0; j < mask->size[1]; ++j)
                for (int i = 0; i < mask->size[0]; ++i)
                    mask->voxels.push_back(sphere(o + mask->offset[0] + i, o + mask->offset[1] + j, o + mask->offset[2] + k, {0, 0, 0}, radius, 1, 0) > 0.5f);
        QVERIFY(mask->voxels.size() > std::size_t(2) << 20);
        RenderRequest req;
        req.volume = volume;
        req.preset = *findPreset(QStringLiteral("ct-bone"));
        req.size = QSize(200, 200);
        req.surfaces.push_back({QStringLiteral("ball"), mask, QColor(255, 0, 0), 1.0});
        const Frame f = render(req);
        int covered = 0;
        centroid(f.image, 20, &covered);
        const double expected = M_PI * std::pow(radius / f.geometry.mmPerPixel, 2);
        QVERIFY2(std::abs(covered - expected) < 0.03 * expected, qPrintable(QStringLiteral("%1 pixels, a disc of %2").arg(covered).arg(expected)));
        // While dragging it is drawn from blocks of 4 (a sixteenth of the triangles): still its disc.
        req.quality = Quality::Interactive;
        const Frame dragged = render(req);
        int coveredDragged = 0;
        centroid(dragged.image, 20, &coveredDragged);
        QVERIFY2(std::abs(coveredDragged - expected) < 0.05 * expected, qPrintable(QStringLiteral("%1 pixels dragged, a disc of %2").arg(coveredDragged).arg(expected)));
    }

    // The point a pixel shows (what pointing at the 3D view locates): the front of a bone sphere
    // from the front, its far side from the back, nothing beside it; the clip plane's face where
    // it cuts the sphere; an opaque surface in front of the sphere; a MIP's brightest sample.
    void picksThePointAPixelShows()
    {
        const Vec3 dense{-14, 0, 0};
        auto volume = phantom(64, [&](double x, double y, double z) { return sphere(x, y, z, dense, 9, 1000, -1000); });
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("ct-bone"));
        r.size = QSize(128, 128);
        const auto near = [](const std::optional<Vec3> &p, const Vec3 &q, double tolerance) {
            return p && std::hypot((*p)[0] - q[0], (*p)[1] - q[1], (*p)[2] - q[2]) <= tolerance;
        };
        const auto text = [](const std::optional<Vec3> &p) {
            return p ? QStringLiteral("(%1, %2, %3)").arg((*p)[0]).arg((*p)[1]).arg((*p)[2]) : QStringLiteral("none");
        };
        Frame front = render(r);
        const QPointF at = front.geometry.project(dense);
        std::optional<Vec3> picked = pickPoint(r, front, at);
        QVERIFY2(near(picked, {-14, -9, 0}, 1.5), qPrintable(text(picked)));   // anterior is −y
        QVERIFY(!pickPoint(r, front, front.geometry.project({20, 0, 0})));     // air beside it
        QVERIFY(!pickPoint(r, front, QPointF(2, 2)));                          // beside the volume
        r.camera.side = ViewSide::Posterior;
        const Frame back = render(r);
        picked = pickPoint(r, back, back.geometry.project(dense));
        QVERIFY2(near(picked, {-14, 9, 0}, 1.5), qPrintable(text(picked)));
        // Clipped to y ≥ 0 from the front: the cut face.
        r.camera.side = ViewSide::Anterior;
        r.clipPlane = ClipPlane{{0, 0, 0}, {0, 1, 0}};
        picked = pickPoint(r, front, at);
        QVERIFY2(near(picked, {-14, 0, 0}, 1.5), qPrintable(text(picked)));
        r.clipPlane.reset();
        // An opaque surface in front of it is met first; a see-through one is not.
        auto ball = std::make_shared<imaging::VoxelMask>();
        const double o = volume->origin[0];
        ball->offset = {int(std::lround(-14 - o)) - 4, int(std::lround(-22 - o)) - 4, int(std::lround(0 - o)) - 4};
        ball->size = {9, 9, 9};
        for (int k = 0; k < 9; ++k)
            for (int j = 0; j < 9; ++j)
                for (int i = 0; i < 9; ++i)
                    ball->voxels.push_back((i - 4) * (i - 4) + (j - 4) * (j - 4) + (k - 4) * (k - 4) <= 16 ? 1 : 0);
        r.surfaces.push_back({QStringLiteral("ball"), ball, Qt::red, 1.0});
        picked = pickPoint(r, front, at);
        QVERIFY2(near(picked, {-14, -26, 0}, 1.5), qPrintable(text(picked)));
        r.surfaces.front().opacity = 0.3;
        QVERIFY2(near(pickPoint(r, front, at), {-14, -9, 0}, 1.5), qPrintable(text(pickPoint(r, front, at))));
        r.surfaces.clear();
        // MIP: the brightest sample along the ray (inside the sphere); over air none.
        r.preset = *findPreset(QStringLiteral("mip"));
        const Frame mip = render(r);
        picked = pickPoint(r, mip, at);
        QVERIFY2(near(picked, dense, 9.5), qPrintable(text(picked)));
        QVERIFY(!pickPoint(r, mip, mip.geometry.project({20, 0, 0})));
        // The average projection has no depth.
        r.preset = *findPreset(QStringLiteral("average"));
        QVERIFY(!pickPoint(r, render(r), at));
    }

    void azimuthTurnsTheCamera()
    {
        // Azimuth 90 from the front looks from the patient's left.
        auto volume = phantom(56, [](double x, double y, double z) { return sphere(x, y, z, {0, -18, 0}, 5, 1000, 0); });
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("mip"));
        r.size = QSize(100, 100);
        r.camera.azimuth = 90;
        QVERIFY(centroid(render(r).image, 128).x() < 40);  // anterior on the left, as in the left view
        r.camera.azimuth = 0;
        r.camera.elevation = 90;  // tilted up over the head: looking down, the view's up now posterior
        QVERIFY(centroid(render(r).image, 128).y() > 60);  // anterior at the bottom
    }

    void averageAndMinimumProjections()
    {
        // A slab of 500 in a volume of 0: the mean along y of a column that crosses 1/4 of it is 125.
        auto volume = phantom(40, [](double, double y, double) { return std::abs(y) < 5 ? 500.0f : 0.0f; });
        volume->voxels[0] = 1000;  // the range: 0..1000
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("average"));
        r.size = QSize(64, 64);
        const Frame avg = render(r);
        QVERIFY(!avg.image.isNull());
        QVERIFY2(std::abs(qRed(avg.image.pixel(32, 32)) - 255.0 * 125 / 1000 * 40 / 40) < 12,
                 qPrintable(QString::number(qRed(avg.image.pixel(32, 32)))));
        r.preset = *findPreset(QStringLiteral("minip"));
        QCOMPARE(qRed(render(r).image.pixel(32, 32)), 0);
        r.preset = *findPreset(QStringLiteral("mip"));
        QVERIFY(std::abs(qRed(render(r).image.pixel(32, 32)) - 128) < 6);
    }

    void gpuAndCpuRayCastersAgree_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("mip") << QStringLiteral("mip");
        QTest::newRow("ct-bone") << QStringLiteral("ct-bone");
    }

    void gpuAndCpuRayCastersAgree()
    {
        // The GPU mapper runs wherever OpenGL does (llvmpipe too, slowly): both pictures of the same
        // request agree within a tolerance (the mappers sample and shade a little differently).
        QFETCH(QString, preset);
        auto volume = phantom(48, [](double x, double y, double z) {
            return std::max(sphere(x, y, z, {-8, 0, 4}, 9, 1000, -1000), sphere(x, y, z, {10, 4, -6}, 6, 500, -1000));
        });
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(preset);
        r.size = QSize(96, 96);
        r.backend = Backend::Cpu;
        const Frame cpu = render(r);
        r.backend = Backend::Gpu;
        const Frame gpu = render(r);
        QVERIFY(!cpu.gpu && gpu.gpu);
        QCOMPARE(gpu.image.size(), cpu.image.size());
        double sum = 0;
        for (int y = 0; y < 96; ++y)
            for (int x = 0; x < 96; ++x)
                sum += std::abs(qGray(cpu.image.pixel(x, y)) - qGray(gpu.image.pixel(x, y)));
        const double mean = sum / (96 * 96);
        int litCpu = 0, litGpu = 0;
        centroid(cpu.image, 30, &litCpu);
        centroid(gpu.image, 30, &litGpu);
        qInfo("%s: mean grey difference GPU vs CPU %.2f, lit pixels %d vs %d", qPrintable(preset), mean, litGpu, litCpu);
        QVERIFY2(mean < 6, qPrintable(QString::number(mean)));
        QVERIFY(std::abs(litCpu - litGpu) < 0.1 * litCpu);
        // Auto picks the CPU on a software renderer and the GPU on a real one. Xvfb's GLX is always
        // Mesa's llvmpipe; STRATA_EXPECT_GPU=1 says the display has a real GPU.
        r.backend = Backend::Auto;
        QCOMPARE(render(r).gpu, !QByteArray(qgetenv("STRATA_EXPECT_GPU")).isEmpty());
    }

    void latestRequestWins()
    {
        auto volume = phantom(64, [](double x, double y, double z) { return sphere(x, y, z, {0, 0, 0}, 20, 1000, -1000); });
        QSignalSpy frames(&renderer, &VolumeRenderer::frameReady);
        quint64 last = 0;
        for (int i = 0; i < 8; ++i) {
            RenderRequest r;
            r.volume = volume;
            r.preset = *findPreset(QStringLiteral("ct-bone"));
            r.camera.azimuth = i * 10;
            r.quality = Quality::Interactive;
            r.size = QSize(256, 256);
            last = renderer.request(r);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty() && frames.last().at(0).value<Frame>().serial == last, 30000);
        QVERIFY(frames.size() <= 8);
        const Frame f = frames.last().at(0).value<Frame>();
        QCOMPARE(f.quality, Quality::Interactive);
        QVERIFY(f.imageSampleDistance >= 1.0);
        QCOMPARE(f.image.size(), QSize(256, 256));
    }

    void exportsARotation()
    {
        auto volume = phantom(40, [](double x, double y, double z) { return sphere(x, y, z, {-8, 0, 6}, 5, 1000, 0); });
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("mip"));
        r.size = QSize(64, 64);
        QTemporaryDir dir;
        int reports = 0;
        auto files = exportRotation(r, 8, dir.filePath(QStringLiteral("turn")), true, 24, {}, [&reports](const strata::Progress &) { ++reports; });
        QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().message()));
        QCOMPARE(files.value().frames.size(), 8);
        QCOMPARE(reports, 8);
        // Frame 0 is the view itself; frame 4, half a turn on, its mirror image (parallel MIP).
        const QImage first(files.value().frames.at(0)), half(files.value().frames.at(4));
        QVERIFY(largestDifference(first, render(r).image) <= 1);
        const QImage mirrored = first.mirrored(true, false);
        // (Edge pixels of the ball differ a little: the rays sample it at other depths from behind.)
        QVERIFY2(largestDifference(half, mirrored) <= 10, qPrintable(QString::number(largestDifference(half, mirrored))));
        QVERIFY(largestDifference(half, first) > 200);
        // The movie exists exactly when ffmpeg does.
        if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
            QVERIFY(files.value().movie.isEmpty());
            QVERIFY(files.value().movieProblem.contains(QLatin1String("ffmpeg")));
        } else {
            QVERIFY2(QFileInfo(files.value().movie).size() > 0, qPrintable(files.value().movieProblem));
        }
        QVERIFY(!exportRotation(r, 0, dir.path()).ok());
    }

    void releasesTheVolume()
    {
        auto volume = phantom(32, [](double x, double y, double z) { return sphere(x, y, z, {0, 0, 0}, 8, 1000, 0); });
        RenderRequest r;
        r.volume = volume;
        r.preset = *findPreset(QStringLiteral("mip"));
        r.size = QSize(32, 32);
        QVERIFY(!render(r).image.isNull());
        r.volume.reset();
        QCOMPARE(volume.use_count(), 2L);  // this test and the renderer's scene (no copy of the voxels)
        renderer.releaseVolume();
        QTRY_COMPARE(volume.use_count(), 1L);
    }

    void failsWithAReason()
    {
        RenderRequest r;
        r.preset = *findPreset(QStringLiteral("mip"));
        auto frame = renderer.renderSync(r);
        QVERIFY(!frame.ok());
        QVERIFY(frame.error().message().contains(QLatin1String("no volume")));
    }
};

QTEST_MAIN(TestRender3d)
#include "tst_render3d.moc"
