/// Lesion segmentation against the sample phantom's spheres (known centre, diameter and HU): each
/// lesion's neighbourhood is sampled from the phantom's analytic function on an anisotropic grid,
/// with deterministic noise as the written phantom has, straight and stored obliquely.
#include <strata/dicom/Phantom.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/Measurement.h>
#include <strata/measure/MeasurementRecords.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace strata;
using namespace strata::measure;

namespace {

/// The phantom's values (plus Gaussian noise of `noise` HU) on a grid around `centre`: `halfMm` on
/// each side, voxels of `spacing`, axes the columns of `direction`; the centre lies `shift` (in
/// voxels) off a voxel centre.
dicom::Volume phantomBox(const dicom::PhantomSpec &spec, const imaging::Vec3 &centre, double halfMm,
                         const std::array<double, 3> &spacing, const imaging::Mat3 &direction, double noise,
                         const imaging::Vec3 &shift = {0, 0, 0}, bool pet = false)
{
    dicom::Volume v;
    v.spacing = spacing;
    v.direction = direction;
    std::array<int, 3> half{};
    for (std::size_t a = 0; a < 3; ++a) {
        half[a] = int(std::ceil(halfMm / spacing[a]));
        v.dimensions[a] = 2 * half[a] + 1;
    }
    const imaging::Vec3 offset = imaging::times(direction, {(half[0] + shift[0]) * spacing[0], (half[1] + shift[1]) * spacing[1],
                                                            (half[2] + shift[2]) * spacing[2]});
    v.origin = {centre[0] - offset[0], centre[1] - offset[1], centre[2] - offset[2]};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c)
            v.indexToPatient[std::size_t(r * 4 + c)] = direction[std::size_t(r * 3 + c)] * spacing[std::size_t(c)];
        v.indexToPatient[std::size_t(r * 4 + 3)] = v.origin[std::size_t(r)];
    }
    std::mt19937 random(20261203);
    std::normal_distribution<double> gauss(0.0, noise);
    v.voxels.resize(v.voxelCount());
    std::size_t n = 0;
    for (int k = 0; k < v.dimensions[2]; ++k)
        for (int j = 0; j < v.dimensions[1]; ++j)
            for (int i = 0; i < v.dimensions[0]; ++i) {
                const auto p = v.patientPosition(i, j, k);
                if (pet) {   // uptake, noise in per cent of it
                    const double a = dicom::phantomActivityAt(spec, p[0], p[1], p[2]);
                    v.voxels[n++] = float(a * (1 + (noise > 0 ? gauss(random) / 100 : 0.0)));
                    continue;
                }
                v.voxels[n++] = float(dicom::phantomHuAt(spec, p[0], p[1], p[2]) + (noise > 0 ? gauss(random) : 0.0));
            }
    return v;
}

double sphereMl(double diameterMm) { return std::numbers::pi * diameterMm * diameterMm * diameterMm / 6.0 / 1000.0; }

} // namespace

Q_DECLARE_METATYPE(strata::imaging::Mat3)

class TestLesion : public QObject {
    Q_OBJECT
private slots:
    void phantomLesions_data()
    {
        QTest::addColumn<int>("lesion");
        QTest::addColumn<imaging::Mat3>("direction");
        const imaging::Mat3 identity{1, 0, 0, 0, 1, 0, 0, 0, 1};
        const imaging::Mat3 oblique = imaging::rotationMatrix({0.2, 0.4, 0.89}, 30);
        for (int lesion = 0; lesion < 3; ++lesion) {
            QTest::addRow("lesion %d axial", lesion) << lesion << identity;
            QTest::addRow("lesion %d oblique", lesion) << lesion << oblique;
        }
    }
    void phantomLesions()
    {
        QFETCH(int, lesion);
        QFETCH(imaging::Mat3, direction);
        dicom::PhantomSpec spec;  // 512 × 512 × 300 at 0.7 × 0.7 × 1.0 mm: the lesions at full size
        const std::vector<dicom::PhantomLesion> lesions = dicom::phantomLesions(spec);
        QCOMPARE(lesions.size(), std::size_t(3));
        const dicom::PhantomLesion &truth = lesions[std::size_t(lesion)];
        const imaging::Vec3 centre{truth.centerMm[0], truth.centerMm[1], truth.centerMm[2]};
        // Anisotropic voxels (0.7 × 0.7 × 1.25 mm), noise as the written phantom's (8 HU).
        // Stored obliquely, the grid is also shifted off the sphere's centre by a fraction of a voxel.
        const bool oblique = direction[0] != 1.0;
        const dicom::Volume volume = phantomBox(spec, centre, truth.diameterMm / 2 + 12, {0.7, 0.7, 1.25}, direction, 8.0,
                                                oblique ? imaging::Vec3{0.31, 0.47, 0.62} : imaging::Vec3{0, 0, 0});
        // Seeded off-centre, as a click would be.
        const imaging::Vec3 seed{centre[0] + truth.diameterMm / 8, centre[1] - truth.diameterMm / 10, centre[2]};
        auto result = segmentLesion(volume, seed, SegmentationOptions::defaultFor(QStringLiteral("CT")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        const LesionResult &r = result.value();
        const double truthMl = sphereMl(truth.diameterMm);
        qInfo("%s: %.4f mL (truth %.4f, %+.2f %%), mean %.1f HU (truth %.0f), long %.2f mm, short %.2f mm (diameter %.1f)",
              qPrintable(truth.name), r.volumeMl, truthMl, 100 * (r.volumeMl / truthMl - 1), r.mean, truth.hu,
              r.longAxisMm, r.shortAxisMm, truth.diameterMm);
        QVERIFY(!r.reachedLimit);
        QVERIFY(std::abs(r.volumeMl - truthMl) < 0.03 * truthMl);
        QVERIFY(std::abs(r.mean - truth.hu) < 2.0);
        QVERIFY(r.max > truth.hu && r.max < truth.hu + 6 * 8.0);
        QVERIFY(std::abs(r.longAxisMm - truth.diameterMm) < 1.0);
        QVERIFY(std::abs(r.shortAxisMm - truth.diameterMm) < 1.5);
        QVERIFY(r.shortAxisMm <= r.longAxisMm + 1e-9);
        // The long axis's endpoints lie on the sphere's surface (within a voxel: noise may add or
        // take one at the edge).
        for (const auto &end : r.longAxis) {
            const auto d = imaging::difference(end, centre);
            QVERIFY(std::sqrt(imaging::dot(d, d)) < truth.diameterMm / 2 + 1.0);
            QVERIFY(std::sqrt(imaging::dot(d, d)) > truth.diameterMm / 2 - 1.5);
        }
        // The axes are perpendicular.
        const auto l = imaging::difference(r.longAxis[1], r.longAxis[0]), s = imaging::difference(r.shortAxis[1], r.shortAxis[0]);
        QVERIFY(std::abs(imaging::dot(l, s)) / std::sqrt(imaging::dot(l, l) * imaging::dot(s, s)) < 0.1);
    }

    void leakReachesTheLimit()
    {
        dicom::PhantomSpec spec;
        // A seed in the liver itself: the region fills the whole box and says so.
        const dicom::Volume volume = phantomBox(spec, {-65, -5, -45}, 25, {0.7, 0.7, 1.0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 8.0);
        SegmentationOptions options = SegmentationOptions::defaultFor(QStringLiteral("CT"));
        options.maxRadiusMm = 10;
        auto result = segmentLesion(volume, {-65, -5, -45}, options);
        QVERIFY(result.ok());
        QVERIFY(result.value().reachedLimit);
    }

    // A box drawn around the lesion keeps the region in it: the aorta (a 24 mm tube of 200 HU)
    // from a seed on it leaks beyond any radius, within a box 30 mm deep it is that length of the
    // tube (π r² h), every voxel inside the box, the box touched and no leak reported; turned 30°
    // about the seed the same; the box kept through the JSON. On a PET the hottest voxel of the box.
    void aDrawnBoxKeepsTheLesionInIt()
    {
        dicom::PhantomSpec spec;
        const imaging::Vec3 onAorta{25, 10, 0};
        const dicom::Volume volume = phantomBox(spec, onAorta, 45, {0.7, 0.7, 1.0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 8.0);
        SegmentationOptions options = SegmentationOptions::defaultFor(QStringLiteral("CT"));
        options.maxRadiusMm = 30;
        auto free = segmentLesion(volume, onAorta, options);
        QVERIFY(free.ok());
        QVERIFY(free.value().reachedLimit);   // the tube goes on: a leak
        QVERIFY(!free.value().touchedBox);
        // mL: the 31 slices of 1 mm whose centres lie within ±15 mm.
        const double tube = std::numbers::pi * 12 * 12 * 31 / 1000;
        for (const double turn : {0.0, 30.0}) {
            const double t = turn * std::numbers::pi / 180;
            const imaging::Vec3 row{std::cos(t), std::sin(t), 0}, column{-std::sin(t), std::cos(t), 0};
            // Dragged from corner to corner on an axial plane: 40 mm wide, so 40 mm deep; the
            // tube's 30 mm asked for by a 30 mm deep box.
            LesionBox box = LesionBox::ofRectangle({onAorta[0] - 20 * row[0] - 20 * column[0], onAorta[1] - 20 * row[1] - 20 * column[1], 0},
                                                   {onAorta[0] + 20 * row[0] + 20 * column[0], onAorta[1] + 20 * row[1] + 20 * column[1], 0}, row, column);
            QCOMPARE(box.halfSize[2], 20.0);
            QVERIFY(std::abs(box.halfSize[0] - 20) < 1e-9 && std::abs(box.halfSize[1] - 20) < 1e-9);
            QVERIFY(std::abs(box.axes[2][2] - 1) < 1e-9);
            box.halfSize[2] = 15;
            options.box = box;
            auto kept = segmentLesion(volume, onAorta, options);
            QVERIFY(kept.ok());
            const LesionResult &r = kept.value();
            QVERIFY(!r.reachedLimit);
            QVERIFY(r.touchedBox);
            QVERIFY2(std::abs(r.volumeMl - tube) / tube < 0.03, qPrintable(QStringLiteral("%1 mL, the tube %2").arg(r.volumeMl).arg(tube)));
            for (int k = 0; k < r.mask.size[2]; ++k)
                for (int j = 0; j < r.mask.size[1]; ++j)
                    for (int i = 0; i < r.mask.size[0]; ++i)
                        if (r.mask.at(i, j, k))
                            QVERIFY(box.contains(volume.patientPosition(i + r.mask.offset[0], j + r.mask.offset[1], k + r.mask.offset[2])));
            // The long axis across the tube, 24 mm (voxel centres plus one voxel).
            QVERIFY2(std::abs(r.longAxisMm - 24) < 1.5, qPrintable(QString::number(r.longAxisMm)));
        }
        // Kept with the measurement.
        Measurement m = lesionMeasurement(segmentLesion(volume, onAorta, options).value(), volume, QStringLiteral("CT"), {});
        m.uid = QStringLiteral("2.25.77");
        m.box = options.box;
        const auto back = measurementFromJson(toJson(m));
        QVERIFY(back.ok());
        QVERIFY(back.value().box);
        QCOMPARE(*back.value().box, *options.box);
        m.box.reset();
        QVERIFY(!measurementFromJson(toJson(m)).value().box);

        // PET: a box around the enhancing liver lesion whose seed (its centre) is off the lesion:
        // the lesion's hottest voxel, wherever in the box, gives the same volume as its centre.
        const dicom::PhantomLesion lesion = dicom::phantomLesions(spec)[2];
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const dicom::Volume pet = phantomBox(spec, centre, 40, {2.8, 2.8, 3.0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 0.0, {0, 0, 0}, true);
        SegmentationOptions petOptions = SegmentationOptions::defaultFor(QStringLiteral("PT"));
        const auto atCentre = segmentLesion(pet, centre, petOptions);
        QVERIFY(atCentre.ok());
        // The box's centre 30 mm from the lesion's (15 mm beyond its edge, farther than the 10 mm
        // a seed alone searches).
        petOptions.box = LesionBox::ofRectangle({centre[0] - 20, centre[1] - 30, centre[2]}, {centre[0] + 80, centre[1] + 30, centre[2]},
                                                {1, 0, 0}, {0, 1, 0});
        QCOMPARE(petOptions.box->centre[0], centre[0] + 30);
        const auto inBox = segmentLesion(pet, petOptions.box->centre, petOptions);
        QVERIFY(inBox.ok());
        QCOMPARE(inBox.value().voxelCount, atCentre.value().voxelCount);
    }

    void seedOutsideTheVolume()
    {
        dicom::PhantomSpec spec;
        const dicom::Volume volume = phantomBox(spec, {0, 0, 0}, 5, {1, 1, 1}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 0.0);
        const auto result = segmentLesion(volume, {100, 0, 0}, SegmentationOptions::defaultFor(QStringLiteral("CT")));
        QVERIFY(!result.ok());
        QVERIFY(result.error().code == ErrorCode::InvalidArgument);
    }

    void cancelled()
    {
        dicom::PhantomSpec spec;
        const dicom::Volume volume = phantomBox(spec, {-65, -5, -45}, 15, {1, 1, 1}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 0.0);
        CancellationToken token;
        token.cancel();
        const auto result = segmentLesion(volume, {-65, -5, -45}, SegmentationOptions::defaultFor(QStringLiteral("CT")), token);
        QVERIFY(!result.ok());
        QVERIFY(result.error().code == ErrorCode::Cancelled);
    }

    void asAMeasurement()
    {
        // What `strata segment --save` and the viewer keep: seed and axes, values, the RECIST plane.
        dicom::PhantomSpec spec;
        const auto lesions = dicom::phantomLesions(spec);
        const dicom::PhantomLesion &lesion = lesions.front();
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const dicom::Volume volume = phantomBox(spec, centre, lesion.diameterMm, {0.7, 0.7, 1.0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 0.0);
        auto result = segmentLesion(volume, centre, SegmentationOptions::defaultFor(QStringLiteral("CT")));
        QVERIFY(result.ok());
        const LesionResult &r = result.value();
        const Measurement m = lesionMeasurement(r, volume, QStringLiteral("CT"), {QStringLiteral("1.2"), QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4"), QString(), 0});
        QVERIFY(m.kind == MeasurementKind::Lesion);
        QCOMPARE(m.points.size(), std::size_t(5));
        QCOMPARE(m.points[0], centre);
        QCOMPARE(m.points[1], r.longAxis[0]);
        QCOMPARE(m.points[4], r.shortAxis[1]);
        QCOMPARE(m.image.sopInstanceUid, QStringLiteral("1.2.3.4"));
        QCOMPARE(m.value(QStringLiteral("volume")).value_or(0), r.volumeMl);
        QCOMPARE(m.value(QStringLiteral("long_axis")).value_or(0), r.longAxisMm);
        QCOMPARE(m.value(QStringLiteral("lower")).value_or(0), r.lower);
        QCOMPARE(m.plane.valueUnit(), QStringLiteral("HU"));
        QVERIFY(std::abs(m.plane.geometry.distance(r.longAxis[0])) < 1e-6);
        QVERIFY(!m.uid.isEmpty() && m.created.isValid());
    }

    void maskKeptCompactly()
    {
        // The mask goes with the measurement, cropped to its voxels' box, and through the store's
        // encoding unchanged: the same voxels on the same grid (oblique, anisotropic).
        dicom::PhantomSpec spec;
        const auto lesions = dicom::phantomLesions(spec);
        const dicom::PhantomLesion &lesion =
            *std::max_element(lesions.begin(), lesions.end(), [](const auto &a, const auto &b) { return a.diameterMm < b.diameterMm; });
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const dicom::Volume volume = phantomBox(spec, centre, lesion.diameterMm, {0.7, 0.7, 1.0},
                                                imaging::rotationMatrix({0.2, 0.4, 0.89}, 30), 8.0, {0.3, 0.2, 0.4});
        auto result = segmentLesion(volume, centre, SegmentationOptions::defaultFor(QStringLiteral("CT")));
        QVERIFY(result.ok());
        const LesionResult &r = result.value();
        const Measurement m = lesionMeasurement(r, volume, QStringLiteral("CT"), {QStringLiteral("1.2"), QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4"), QString(), 0});
        QVERIFY(m.mask);
        const LesionShape &shape = *m.mask;
        QCOMPARE(shape.voxelCount(), r.voxelCount);
        QCOMPARE(shape.grid.indexToPatient, volume.indexToPatient);
        QVERIFY(shape.grid.voxels.empty());
        // Tight: smaller than the segmentation's box, and every voxel of the original is in it.
        QVERIFY(shape.mask.voxels.size() < r.mask.voxels.size());
        long long same = 0;
        for (int k = 0; k < r.mask.size[2]; ++k)
            for (int j = 0; j < r.mask.size[1]; ++j)
                for (int i = 0; i < r.mask.size[0]; ++i) {
                    if (!r.mask.at(i, j, k))
                        continue;
                    const int a = i + r.mask.offset[0] - shape.mask.offset[0], b = j + r.mask.offset[1] - shape.mask.offset[1],
                              c = k + r.mask.offset[2] - shape.mask.offset[2];
                    QVERIFY(a >= 0 && b >= 0 && c >= 0 && a < shape.mask.size[0] && b < shape.mask.size[1] && c < shape.mask.size[2]);
                    same += shape.mask.at(a, b, c) ? 1 : 0;
                }
        QCOMPARE(same, r.voxelCount);

        const QByteArray bytes = encodeLesionShape(shape);
        qInfo("%lld voxels (%.2f mL) in a %d x %d x %d box: %lld bytes encoded", r.voxelCount, r.volumeMl, shape.mask.size[0],
              shape.mask.size[1], shape.mask.size[2], qlonglong(bytes.size()));
        QVERIFY(bytes.size() < qsizetype(shape.mask.voxels.size() / 8));  // below one bit a voxel
        auto decoded = decodeLesionShape(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().mask.voxels, shape.mask.voxels);
        QCOMPARE(decoded.value().mask.offset, shape.mask.offset);
        QCOMPARE(decoded.value().mask.size, shape.mask.size);
        QCOMPARE(decoded.value().grid.dimensions, volume.dimensions);
        QCOMPARE(decoded.value().grid.indexToPatient, volume.indexToPatient);
        QCOMPARE(decoded.value().grid.direction, volume.direction);

        // Through the store's row and back.
        const store::MeasurementRecord record = toRecord(m);
        QCOMPARE(record.mask, bytes);
        auto back = fromRecord(record);
        QVERIFY(back.ok());
        QVERIFY(back.value().mask);
        QCOMPARE(back.value().mask->voxelCount(), r.voxelCount);
        QVERIFY(!QJsonDocument::fromJson(record.payload).object().contains(QStringLiteral("mask")));

        // A mask read back (a SEG's segment) is measured as the segmentation measured it.
        const LesionResult again = lesionOfMask(decoded.value());
        QCOMPARE(again.voxelCount, r.voxelCount);
        QCOMPARE(again.volumeMl, r.volumeMl);
        QCOMPARE(again.longAxisMm, r.longAxisMm);
        QCOMPARE(again.shortAxisMm, r.shortAxisMm);
        QCOMPARE(again.recistSlice, r.recistSlice);
        const imaging::Vec3 off = imaging::difference(again.seed, centre);
        QVERIFY(std::sqrt(imaging::dot(off, off)) < 1.0);  // the centroid of a sphere
        // Its values from the volume: the segmentation's mean and max, its interval the values inside
        // (the grown region's holes filled: not the interval it grew in).
        LesionResult valued = again;
        addMaskValues(valued, volume);
        QVERIFY(std::abs(valued.mean - r.mean) < 1e-3 * std::max(1.0, std::abs(r.mean)));
        QCOMPARE(valued.max, r.max);
        QVERIFY(valued.lower < valued.mean && valued.mean < valued.upper);
        QCOMPARE(valued.upper, valued.max);

        // Broken bytes are said to be broken, not read as a mask.
        QVERIFY(decodeLesionShape(bytes.left(bytes.size() - 5)).error().code == ErrorCode::Malformed);
        QVERIFY(decodeLesionShape(QByteArray("not a mask")).error().code == ErrorCode::Malformed);
        store::MeasurementRecord broken = record;
        broken.mask = bytes.left(40);
        QVERIFY(!fromRecord(broken).ok());
        // A measurement without a mask has none in its row.
        Measurement plain = m;
        plain.mask.reset();
        QVERIFY(toRecord(plain).mask.isEmpty());
    }

    // PET: the metabolic tumour volume — what connects to the hottest voxel near the click at 41 %
    // of its uptake or more — of the phantom PET's lesions (2.8 × 2.8 × 3 mm voxels, 5 % noise),
    // clicked off-centre: the sphere's volume, none of the liver around it; read in SUV with its
    // total lesion glycolysis.
    void petLesionsByTheirPeak_data()
    {
        QTest::addColumn<int>("lesion");
        QTest::newRow("lung nodule") << 0;
        QTest::newRow("liver, hypodense on CT") << 1;
        QTest::newRow("liver, enhancing") << 2;
    }
    void petLesionsByTheirPeak()
    {
        QFETCH(int, lesion);
        const dicom::PhantomSpec spec = dicom::PhantomSpec::pet();
        const dicom::PhantomLesion truth = dicom::phantomLesions(spec)[std::size_t(lesion)];
        const imaging::Vec3 centre{truth.centerMm[0], truth.centerMm[1], truth.centerMm[2]};
        const dicom::Volume volume = phantomBox(spec, centre, truth.diameterMm / 2 + 20, {2.8, 2.8, 3.0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 5.0,
                                                {0, 0, 0}, true);
        const imaging::Vec3 seed{centre[0] + truth.diameterMm / 5, centre[1], centre[2] - truth.diameterMm / 6};
        const SegmentationOptions options = SegmentationOptions::defaultFor(QStringLiteral("PT"));
        QCOMPARE(options.peakFraction.value_or(0), 0.41);
        auto result = segmentLesion(volume, seed, options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        const LesionResult &r = result.value();
        const double truthMl = sphereMl(truth.diameterMm);
        qInfo("%s: MTV %.3f mL (truth %.3f, %+.1f %%), threshold %.0f of peak %.0f Bq/ml", qPrintable(truth.name), r.volumeMl, truthMl,
              100 * (r.volumeMl / truthMl - 1), r.lower, r.max);
        QVERIFY(!r.reachedLimit);
        QVERIFY(r.max > truth.activityBqMl * 0.95 && r.max < truth.activityBqMl * 1.25);
        QVERIFY(std::abs(r.lower - 0.41 * r.max) < 0.2 * r.max);
        // A 10 mm nodule is 22 voxels of 23.5 mm³: a voxel more or less on its surface is 5 %.
        const double tolerance = truth.diameterMm < 15 ? 0.3 : 0.05;
        QVERIFY2(std::abs(r.volumeMl - truthMl) < tolerance * truthMl, qPrintable(QString::number(r.volumeMl)));
        QVERIFY(std::abs(r.mean - truth.activityBqMl) < 0.03 * truth.activityBqMl);   // no liver in it
        // In SUV: SUVmax, SUVmean and TLG = MTV × SUVmean.
        Measurement m = lesionMeasurement(r, volume, QStringLiteral("PT"), {});
        addSuvValues(m, {dicom::phantomSuvFactor()});
        QVERIFY(std::abs(m.value(QStringLiteral("suv_max")).value() - r.max * dicom::phantomSuvFactor()) < 1e-9);
        QVERIFY(std::abs(m.value(QStringLiteral("tlg")).value() - r.volumeMl * r.mean * dicom::phantomSuvFactor()) < 1e-6);
        // SUVpeak: the best 1 mL sphere — the uptake itself in the larger spheres (5 % noise over
        // ~42 voxels is 0.8 % a sphere; the best of some hundreds lies ~3 of those above), less
        // than it in the 10 mm nodule (0.52 mL: the sphere takes in lung).
        const double peak = m.value(QStringLiteral("peak")).value();
        QVERIFY(std::abs(m.value(QStringLiteral("suv_peak")).value() - peak * dicom::phantomSuvFactor()) < 1e-9);
        QVERIFY(peak < r.max);
        if (truth.diameterMm >= 20)
            QVERIFY2(std::abs(peak - truth.activityBqMl) < 0.05 * truth.activityBqMl, qPrintable(QString::number(peak)));
        else
            QVERIFY2(peak < 0.9 * truth.activityBqMl, qPrintable(QString::number(peak)));
    }

    void otherModalitiesUseARelativeInterval()
    {
        const SegmentationOptions mr = SegmentationOptions::defaultFor(QStringLiteral("MR"));
        QVERIFY(mr.relativeSdFloor);
        QCOMPARE(mr.multiplier, 2.5);
        QVERIFY(!SegmentationOptions::defaultFor(QStringLiteral("CT")).relativeSdFloor);
    }
};

QTEST_GUILESS_MAIN(TestLesion)
#include "tst_lesion.moc"
