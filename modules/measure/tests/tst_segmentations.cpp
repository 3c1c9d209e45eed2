// DICOM Segmentations read for display (measure::readSegmentation): the test data's liver SEG
// (pydicom's, 3 frames of 512 × 512, one segment "Liver") as stored natively and in RLE, JPEG 2000
// and Deflated Image Frame Compression: the same segment, colour (its CIELab turned into sRGB),
// frame planes and masks; a 510 × 510 one (frames not ending on a byte); and what is not a SEG.
// RT Structure Sets read for display: structures, colours, contours; their dose–volume histograms.
#include <strata/dicom/HeaderReader.h>
#include <strata/measure/DoseVolume.h>
#include <strata/measure/Segmentations.h>

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace strata;

namespace {
QString testData(const QString &relative) { return QStringLiteral(STRATA_TESTDATA_DIR "/") + relative; }
} // namespace

class TestSegmentations : public QObject {
    Q_OBJECT
private slots:
    void theLiverSegmentationReadsAlikeInEverySyntax_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("size");
        for (const char *name : {"liver_rle", "liver_j2k", "liver_deflate", "liver_expb"})
            QTest::newRow(name) << QStringLiteral("ts-matrix/pydicom-data/%1.dcm").arg(QLatin1String(name)) << QStringLiteral("ts-matrix/pydicom-data/liver.dcm") << 512;
        for (const char *name : {"liver_nonbyte_aligned_rle", "liver_nonbyte_aligned_j2k", "liver_nonbyte_aligned_deflate"})
            QTest::newRow(name) << QStringLiteral("ts-matrix/pydicom-data/%1.dcm").arg(QLatin1String(name))
                                << QStringLiteral("ts-matrix/pydicom-data/liver_nonbyte_aligned.dcm") << 510;
    }
    void theLiverSegmentationReadsAlikeInEverySyntax()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(int, size);
        auto ref = measure::readSegmentation(testData(reference));
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().message()));
        auto seg = measure::readSegmentation(testData(file));
        QVERIFY2(seg.ok(), qPrintable(seg.ok() ? QString() : seg.error().message()));
        QCOMPARE(seg->segments.size(), std::size_t(1));
        QCOMPARE(seg->segments[0].number, 1);
        QCOMPARE(seg->segments[0].label, QStringLiteral("Liver"));
        QCOMPARE(seg->segments[0].propertyType, (std::array<QString, 3>{QStringLiteral("T-62000"), QStringLiteral("SRT"), QStringLiteral("Liver")}));
        // CIELab 41661\41167\40792 (L* 63.6, a* 32.6, b* 31.2 in DICOM's scaling): a warm tan.
        const std::array<int, 3> rgb = seg->segments[0].rgb;
        QVERIFY2(rgb[0] > rgb[1] && rgb[1] > rgb[2] && rgb[0] > 150, qPrintable(QStringLiteral("%1 %2 %3").arg(rgb[0]).arg(rgb[1]).arg(rgb[2])));
        QCOMPARE(seg->segments[0].rgb, ref->segments[0].rgb);
        QCOMPARE(seg->frameOfReferenceUid, QStringLiteral("1.2.392.200103.20080913.113635.3.2009.6.22.21.44.34.23882.1"));
        QCOMPARE(seg->frames.size(), std::size_t(3));
        int inside = 0;
        for (std::size_t f = 0; f < 3; ++f) {
            const measure::SegmentationFrame &a = seg->frames[f], &b = ref->frames[f];
            QCOMPARE(a.segment, 1);
            QCOMPARE(a.plane.width, size);
            QCOMPARE(a.plane.height, size);
            QVERIFY(std::abs(a.plane.spacing[0] - 0.810547) < 1e-5);
            for (int k = 0; k < 3; ++k)
                QVERIFY(std::abs(a.plane.origin[std::size_t(k)] - b.plane.origin[std::size_t(k)]) < 1e-6);
            for (int r = 0; r < size; ++r)
                for (int c = 0; c < size; ++c) {
                    const bool in = seg->inside(f, c, r);
                    if (in != ref->inside(f, c, r))
                        QFAIL(qPrintable(QStringLiteral("frame %1, pixel (%2, %3) differs").arg(f).arg(c).arg(r)));
                    inside += in;
                }
        }
        QVERIFY2(inside > 1000, qPrintable(QString::number(inside)));
        // The frames step 1 mm along the normal, as the file says.
        QVERIFY(std::abs(seg->frames[1].plane.origin[2] - seg->frames[0].plane.origin[2] - 1.0) < 1e-6);
    }

    // A segment resampled onto a series' voxels (segmentMask, what the 3D view draws): on the SEG's
    // own grid voxel for pixel; on a grid of half the pixel size and half the slice step every
    // slice filled (those between two frames from the nearer ones), four voxels a pixel; on one of
    // twice the pixel size a quarter; a grid beside it none; frames across the grid's slices put
    // their pixels into the voxels they lie in.
    void aSegmentIsResampledOntoAVolumesGrid()
    {
        auto read = measure::readSegmentation(testData(QStringLiteral("ts-matrix/pydicom-data/liver.dcm")));
        QVERIFY(read.ok());
        const measure::Segmentation &seg = read.value();
        const imaging::SliceGeometry &first = seg.frames[0].plane;
        std::array<long long, 3> insideOf{0, 0, 0};
        for (std::size_t f = 0; f < 3; ++f)
            for (int r = 0; r < first.height; ++r)
                for (int c = 0; c < first.width; ++c)
                    insideOf[f] += seg.inside(f, c, r);
        // A grid along the frames: `scale` times their pixel spacing, `slices` slices `step` mm apart from frame 0.
        const auto gridOf = [&first](double scale, int slices, double step, double shiftMm = 0) {
            dicom::Volume g;
            const imaging::Vec3 n = first.normal();
            const double ps = first.spacing[0] * scale;
            g.dimensions = {int(std::lround(first.width / scale)), int(std::lround(first.height / scale)), slices};
            g.spacing = {ps, ps, step};
            // Pixel (0, 0) of the coarser or finer grid sits on the frame's pixel (0, 0) corner-aligned.
            imaging::Vec3 o;
            for (int a = 0; a < 3; ++a)
                o[std::size_t(a)] = first.origin[std::size_t(a)] - (first.row[std::size_t(a)] + first.column[std::size_t(a)]) * (first.spacing[0] - ps) / 2
                                    + n[std::size_t(a)] * shiftMm;
            g.origin = {o[0], o[1], o[2]};
            g.direction = {first.row[0], first.column[0], n[0], first.row[1], first.column[1], n[1], first.row[2], first.column[2], n[2]};
            g.indexToPatient = {first.row[0] * ps, first.column[0] * ps, n[0] * step, o[0], first.row[1] * ps, first.column[1] * ps,
                                n[1] * step, o[1], first.row[2] * ps, first.column[2] * ps, n[2] * step, o[2], 0, 0, 0, 1};
            return g;
        };
        const auto countOnSlice = [](const imaging::VoxelMask &m, int k) {
            long long n = 0;
            const int local = k - m.offset[2];
            if (local < 0 || local >= m.size[2])
                return n;
            for (int j = 0; j < m.size[1]; ++j)
                for (int i = 0; i < m.size[0]; ++i)
                    n += m.at(i, j, local);
            return n;
        };

        // Its own grid: voxel for pixel.
        const dicom::Volume own = gridOf(1, 3, 1.0);
        const imaging::VoxelMask exact = measure::segmentMask(seg, 1, own);
        QVERIFY(!exact.empty());
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(countOnSlice(exact, k), insideOf[std::size_t(k)]);
            for (int j = 0; j < exact.size[1]; ++j)
                for (int i = 0; i < exact.size[0]; ++i)
                    if (exact.at(i, j, k - exact.offset[2]) != seg.inside(std::size_t(k), i + exact.offset[0], j + exact.offset[1]))
                        QFAIL(qPrintable(QStringLiteral("voxel (%1, %2, %3) differs from its pixel").arg(i).arg(j).arg(k)));
        }
        QVERIFY(measure::segmentMask(seg, 2, own).empty());   // no segment 2

        // Half the pixel and half the step: 5 slices, each filled, four voxels a pixel on the frames'.
        const dicom::Volume fine = gridOf(0.5, 5, 0.5);
        const imaging::VoxelMask finer = measure::segmentMask(seg, 1, fine);
        for (int k = 0; k < 5; ++k)
            QVERIFY2(countOnSlice(finer, k) > 0, qPrintable(QStringLiteral("slice %1 empty").arg(k)));
        for (int k : {0, 2, 4}) {
            const double ratio = double(countOnSlice(finer, k)) / double(insideOf[std::size_t(k / 2)]);
            QVERIFY2(std::abs(ratio - 4) < 0.15, qPrintable(QStringLiteral("slice %1: %2 voxels a pixel").arg(k).arg(ratio)));
        }
        // Twice the pixel: a quarter.
        const imaging::VoxelMask coarse = measure::segmentMask(seg, 1, gridOf(2, 3, 1.0));
        const double quarter = double(countOnSlice(coarse, 1)) / double(insideOf[1]);
        QVERIFY2(std::abs(quarter - 0.25) < 0.02, qPrintable(QString::number(quarter)));
        // A grid 50 mm beyond the frames: nothing.
        QVERIFY(measure::segmentMask(seg, 1, gridOf(1, 3, 1.0, 50)).empty());

        // The grid turned a quarter about the frames' row axis (its slices across the frames): the
        // frames' pixels land in the voxels they lie in, three planes of them.
        dicom::Volume across = own;
        const imaging::Vec3 n = first.normal();
        const double ps = first.spacing[0];
        across.dimensions = {first.width, 3, first.height};
        across.direction = {first.row[0], n[0], first.column[0], first.row[1], n[1], first.column[1], first.row[2], n[2], first.column[2]};
        across.indexToPatient = {first.row[0] * ps, n[0], first.column[0] * ps, first.origin[0], first.row[1] * ps, n[1], first.column[1] * ps,
                                 first.origin[1], first.row[2] * ps, n[2], first.column[2] * ps, first.origin[2], 0, 0, 0, 1};
        const imaging::VoxelMask turned = measure::segmentMask(seg, 1, across);
        QVERIFY(!turned.empty());
        QCOMPARE(std::count(turned.voxels.begin(), turned.voxels.end(), std::uint8_t(1)), std::ptrdiff_t(insideOf[0] + insideOf[1] + insideOf[2]));
        // A finer grid across the frames (0.4 mm every way, from 0.4 mm before the first frame to 0.4
        // after the last): every voxel within half the frames' step of one takes its pixel — slices
        // at −0.4, 0, 0.4 mm from frame 0, 0.8 and 1.2 from frame 1, 1.6 to 2.4 from frame 2 — about
        // (0.81 / 0.4)² voxels a pixel on each, no holes (a pixel put into its voxel fills a tenth).
        const double side = 0.4;
        dicom::Volume acrossFine;
        acrossFine.dimensions = {int(std::ceil(first.width * ps / side)), 8, int(std::ceil(first.height * ps / side))};
        acrossFine.spacing = {side, side, side};
        imaging::Vec3 o;
        for (std::size_t a = 0; a < 3; ++a)
            o[a] = first.origin[a] - n[a] * 0.4 - (first.row[a] + first.column[a]) * (ps - side) / 2;
        acrossFine.origin = {o[0], o[1], o[2]};
        acrossFine.indexToPatient = {first.row[0] * side, n[0] * side, first.column[0] * side, o[0], first.row[1] * side, n[1] * side,
                                     first.column[1] * side, o[1], first.row[2] * side, n[2] * side, first.column[2] * side, o[2], 0, 0, 0, 1};
        const imaging::VoxelMask filled = measure::segmentMask(seg, 1, acrossFine);
        const double voxels = double(std::count(filled.voxels.begin(), filled.voxels.end(), std::uint8_t(1)));
        const double expected = (ps / side) * (ps / side) * double(3 * insideOf[0] + 2 * insideOf[1] + 3 * insideOf[2]);
        QVERIFY2(std::abs(voxels / expected - 1) < 0.05, qPrintable(QStringLiteral("%1 voxels, about %2 expected").arg(voxels).arg(expected)));
    }

    void otherObjectsAreNotSegmentations()
    {
        auto image = measure::readSegmentation(testData(QStringLiteral("ts-matrix/pydicom-pkg/MR_small.dcm")));
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::Unsupported);
        QVERIFY(image.error().message().contains(QStringLiteral("not a segmentation")));
        QStringList problems;
        std::vector<dicom::DicomHeader> headers{dicom::readHeader(testData(QStringLiteral("ts-matrix/pydicom-data/liver.dcm"))).value(),
                                                dicom::readHeader(testData(QStringLiteral("ts-matrix/pydicom-pkg/MR_small.dcm"))).value()};
        const auto read = measure::readSegmentations(headers, &problems);
        QCOMPARE(read.size(), std::size_t(1));
        QVERIFY(problems.isEmpty());
        QCOMPARE(read[0]->segments[0].label, QStringLiteral("Liver"));
    }

    // An RT Structure Set (the test data's dicompyler set: 10 structures of a breast plan): names,
    // display colours, closed planar contours with their points in patient mm; 4 of them on the
    // plane of the set's CT slice (z 168.56).
    void aStructureSetReadsItsStructuresAndContours()
    {
        auto set = measure::readStructureSet(testData(QStringLiteral("rt/dicompyler-core/rtss.dcm")));
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message()));
        QCOMPARE(set->rois.size(), std::size_t(10));
        QCOMPARE(set->frameOfReferenceUid, QStringLiteral("2.16.840.1.113662.2.12.0.3057.1241703565.36"));
        QStringList names;
        for (const measure::StructureRoi &roi : set->rois)
            names << roi.name;
        QVERIFY2(names.contains(QStringLiteral("BODY")) && names.contains(QStringLiteral("Heart")) && names.contains(QStringLiteral("Tumor Bed Block")),
                 qPrintable(names.join(QLatin1Char(','))));
        bool sawColour = false;
        for (const measure::StructureRoi &roi : set->rois)
            sawColour = sawColour || roi.rgb == std::array<int, 3>{154, 155, 100};
        QVERIFY(sawColour);
        // What each is (RT ROI Observations): the body outline EXTERNAL and coded, the heart an organ.
        const auto named = [&](const QString &name) {
            for (const measure::StructureRoi &roi : set->rois)
                if (roi.name == name)
                    return roi;
            return measure::StructureRoi{};
        };
        QCOMPARE(named(QStringLiteral("BODY")).interpretedType, QStringLiteral("EXTERNAL"));
        QCOMPARE(named(QStringLiteral("BODY")).code, (std::array<QString, 3>{QStringLiteral("C44.9"), QStringLiteral("ICD-O-2"), QStringLiteral("Skin, NOS")}));
        QCOMPARE(named(QStringLiteral("Heart")).interpretedType, QStringLiteral("ORGAN"));
        QVERIFY(named(QStringLiteral("Heart")).code[0].isEmpty());
        QCOMPARE(named(QStringLiteral("Tumor Bed Block")).interpretedType, QStringLiteral("GTV"));
        QVERIFY(set->contours.size() > 50);
        int onTheSlice = 0;
        for (const measure::StructureContour &c : set->contours) {
            QVERIFY(c.closed);
            QVERIFY(set->roi(c.roi));
            QVERIFY(c.points.size() >= 3);
            const double z = c.points.front()[2];
            for (const auto &p : c.points)
                QCOMPARE(p[2], z);   // planar, on one axial plane
            onTheSlice += std::abs(z - 168.56) < 0.01;
        }
        QCOMPARE(onTheSlice, 4);
        // pydicom's small set too, and what is not a structure set.
        auto small = measure::readStructureSet(testData(QStringLiteral("rt/pydicom-pkg/rtstruct.dcm")));
        QVERIFY2(small.ok(), qPrintable(small.ok() ? QString() : small.error().message()));
        QVERIFY(!small->rois.empty());
        auto image = measure::readStructureSet(testData(QStringLiteral("rt/dicompyler-core/ct.0.dcm")));
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::Unsupported);
    }

    // A structure's closed contours filled plane by plane: a 100 mm square with a 40 mm square hole
    // (the hole drawn as a contour inside the outline, as planning systems do) on three axial
    // planes; an open contour and a point fill nothing.
    // Dose–volume histograms against a dose whose answer is known: 0.5 Gy per mm along x on a
    // 2.5 × 2.5 × 3 mm grid (trilinear interpolation reproduces it exactly). A box 40 mm across x
    // (seven planes 3 mm apart) receives 15 to 35 Gy, evenly: its cumulative histogram falls in a
    // straight line, D95 at 16 Gy, V30 25 %. A box reaching beyond the grid counts the part inside;
    // a structure of one plane takes the set's plane spacing.
    void doseVolumeHistogramsOfALinearDose()
    {
        dicom::Volume dose;
        dose.dimensions = {41, 41, 21};
        dose.spacing = {2.5, 2.5, 3};
        dose.origin = {-50, -50, -30};
        dose.indexToPatient = {2.5, 0, 0, -50, 0, 2.5, 0, -50, 0, 0, 3, -30, 0, 0, 0, 1};
        dose.voxels.resize(dose.voxelCount());
        for (int k = 0; k < 21; ++k)
            for (int j = 0; j < 41; ++j)
                for (int i = 0; i < 41; ++i)
                    dose.voxels[(std::size_t(k) * 41 + std::size_t(j)) * 41 + std::size_t(i)] = float(0.5 * (2.5 * i));

        measure::StructureSet set;
        set.rois.push_back({1, QStringLiteral("PTV"), {255, 0, 0}, QStringLiteral("PTV")});
        set.rois.push_back({2, QStringLiteral("Beyond"), {0, 0, 255}, QStringLiteral("ORGAN")});
        set.rois.push_back({3, QStringLiteral("Single"), {0, 255, 0}, QStringLiteral("ORGAN")});
        const auto rectangle = [](int roi, double x0, double x1, double y0, double y1, double z) {
            measure::StructureContour c;
            c.roi = roi;
            c.points = {{x0, y0, z}, {x1, y0, z}, {x1, y1, z}, {x0, y1, z}};
            return c;
        };
        for (int p = -3; p <= 3; ++p) {
            set.contours.push_back(rectangle(1, -20, 20, -10, 10, 3.0 * p));
            set.contours.push_back(rectangle(2, 30, 70, -10, 10, 3.0 * p));
        }
        set.contours.push_back(rectangle(3, -10, 10, -10, 10, 0));
        set.regions = std::make_shared<measure::Segmentation>(measure::structureRegions(set));

        const auto histograms = measure::doseVolumeHistograms(set, dose);
        QCOMPARE(histograms.size(), std::size_t(3));
        const measure::DoseVolumeHistogram &ptv = histograms[0];
        QCOMPARE(ptv.name, QStringLiteral("PTV"));
        QCOMPARE(ptv.interpretedType, QStringLiteral("PTV"));
        const auto near = [](double value, double expected, double tolerance) {
            return std::abs(value - expected) <= tolerance ? QString() : QStringLiteral("%1, expected %2").arg(value).arg(expected);
        };
        const auto expectNear = [&](const char *what, double value, double expected, double tolerance) {
            const QString problem = near(value, expected, tolerance);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), problem)));
        };
        expectNear("PTV volume (cc)", ptv.volumeCc, 40 * 20 * 3 * 7 / 1000.0, 0.02 * 16.8);
        expectNear("PTV covered (cc)", ptv.coveredCc, ptv.volumeCc, 1e-9);
        expectNear("PTV mean", ptv.mean, 25, 0.1);
        expectNear("PTV minimum", ptv.minimum, 15, 0.5);
        expectNear("PTV maximum", ptv.maximum, 35, 0.5);
        expectNear("PTV D95", ptv.doseToVolumePercent(95), 16, 0.3);
        expectNear("PTV D50", ptv.doseToVolumePercent(50), 25, 0.3);
        expectNear("PTV D2", ptv.doseToVolumePercent(2), 34.6, 0.3);
        expectNear("PTV D100", ptv.doseToVolumePercent(100), ptv.minimum, 1e-9);
        expectNear("PTV V30", ptv.volumePercentAtDose(30), 25, 1.5);
        expectNear("PTV V10", ptv.volumePercentAtDose(10), 100, 1e-9);
        expectNear("PTV V40", ptv.volumePercentAtDose(40), 0, 1e-9);
        expectNear("PTV V20 (cc)", ptv.volumeCcAtDose(20), 0.75 * ptv.coveredCc, 0.02 * ptv.coveredCc);
        // The cumulative histogram: the whole volume up to 15 Gy, a straight fall to 35 Gy.
        QVERIFY(!ptv.cumulative.empty());
        QCOMPARE(ptv.cumulative.front(), ptv.coveredCc);
        QCOMPARE(ptv.cumulative.back(), 0.0);
        for (std::size_t k = 1; k < ptv.cumulative.size(); ++k)
            QVERIFY(ptv.cumulative[k] <= ptv.cumulative[k - 1] + 1e-12);
        expectNear("PTV cc at 25 Gy", ptv.cumulative[std::size_t(std::lround(25 / ptv.binWidth))], ptv.coveredCc / 2, 0.02 * ptv.coveredCc);

        // Beyond: x from 30 to 70 mm, the grid's voxels reach 50 mm (its edge half a voxel on, 51.25).
        const measure::DoseVolumeHistogram &beyond = histograms[1];
        expectNear("Beyond volume", beyond.volumeCc, 16.8, 0.02 * 16.8);
        expectNear("Beyond covered", beyond.coveredCc, 16.8 * 21.25 / 40, 0.03 * 16.8);
        expectNear("Beyond maximum", beyond.maximum, 50, 1e-3);   // beyond the last voxel: its value
        expectNear("Beyond minimum", beyond.minimum, 40, 0.5);

        // One plane: the set's 3 mm slab.
        expectNear("Single volume", histograms[2].volumeCc, 20 * 20 * 3 / 1000.0, 0.02 * 1.2);
        expectNear("Single mean", histograms[2].mean, 25, 0.1);

        // Those asked for only; none once cancelled.
        const auto one = measure::doseVolumeHistograms(set, dose, {}, {2});
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one[0].name, QStringLiteral("Beyond"));
        CancellationToken cancelled;
        cancelled.cancel();
        QVERIFY(measure::doseVolumeHistograms(set, dose, {}, {}, cancelled).empty());

        // As CSV: a dose column, each structure's cc at least that dose.
        const QStringList lines = measure::doseVolumeCsv(histograms, QStringLiteral("Gy")).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("dose (Gy),PTV (cc),Beyond (cc),Single (cc)"));
        QCOMPARE(lines.size(), int(std::max({histograms[0].cumulative.size(), histograms[1].cumulative.size(), histograms[2].cumulative.size()})) + 1);
        const QStringList first = lines.at(1).split(u',');
        QCOMPARE(first.at(0), QStringLiteral("0"));
        QVERIFY(std::abs(first.at(1).toDouble() - ptv.coveredCc) < 1e-4);
    }

    void aStructuresContoursAreFilledPlaneByPlane()
    {
        measure::StructureSet set;
        set.sopInstanceUid = QStringLiteral("1.2.3");
        set.rois.push_back({7, QStringLiteral("Ring"), {0, 200, 0}});
        const auto square = [](double x0, double y0, double side, double z, bool clockwise) {
            measure::StructureContour c;
            c.roi = 7;
            c.points = {{x0, y0, z}, {x0 + side, y0, z}, {x0 + side, y0 + side, z}, {x0, y0 + side, z}};
            if (clockwise)
                std::reverse(c.points.begin(), c.points.end());
            return c;
        };
        for (double z : {10.0, 12.0, 14.0}) {
            set.contours.push_back(square(0, 0, 100, z, false));
            set.contours.push_back(square(30, 30, 40, z, z == 12.0));   // a hole, whichever way it winds
        }
        measure::StructureContour open = square(0, 0, 50, 20, false);
        open.closed = false;
        set.contours.push_back(open);
        const measure::Segmentation regions = measure::structureRegions(set);
        QCOMPARE(regions.sopInstanceUid, QStringLiteral("1.2.3"));
        QCOMPARE(regions.segments.size(), std::size_t(1));
        QCOMPARE(regions.segments[0].number, 7);
        QCOMPARE(regions.segments[0].label, QStringLiteral("Ring"));
        QCOMPARE(regions.frames.size(), std::size_t(3));
        for (std::size_t f = 0; f < regions.frames.size(); ++f) {
            const imaging::SliceGeometry &g = regions.frames[f].plane;
            QCOMPARE(regions.frames[f].segment, 7);
            QVERIFY(std::abs(std::abs(imaging::dot(g.normal(), {0, 0, 1})) - 1) < 1e-9);
            QVERIFY(std::abs(g.origin[2] - (10.0 + 2.0 * double(f))) < 1e-9);
            QVERIFY(g.width <= 514 && g.height <= 514);
            // Each pixel's centre in patient mm: inside the ring, not in the hole, not outside.
            double area = 0;
            for (int r = 0; r < g.height; ++r)
                for (int c = 0; c < g.width; ++c)
                    area += regions.inside(f, c, r) ? g.spacing[0] * g.spacing[1] : 0;
            QVERIFY2(std::abs(area - (100.0 * 100 - 40.0 * 40)) < 0.02 * 8400, qPrintable(QString::number(area)));
            const auto at = [&](double x, double y) {
                const auto p = g.pixelPosition({x, y, g.origin[2]});
                return regions.inside(f, int(std::lround(p[0])), int(std::lround(p[1])));
            };
            QVERIFY(at(10, 10));
            QVERIFY(at(90, 50));
            QVERIFY(!at(50, 50));
            QVERIFY(!at(35, 65));
        }
        // The dicompyler set: each of its structures' planes a frame, the body outline filled.
        auto rtss = measure::readStructureSet(testData(QStringLiteral("rt/dicompyler-core/rtss.dcm")));
        QVERIFY(rtss.ok());
        QVERIFY(rtss->regions);
        QCOMPARE(rtss->regions->segments.size(), rtss->rois.size());
        QVERIFY(rtss->regions->frames.size() > 20 && rtss->regions->frames.size() <= rtss->contours.size());
        int bodyPixels = 0;
        for (std::size_t f = 0; f < rtss->regions->frames.size(); ++f)
            if (const measure::StructureRoi *roi = rtss->roi(rtss->regions->frames[f].segment); roi && roi->name == QLatin1String("BODY")) {
                const imaging::SliceGeometry &g = rtss->regions->frames[f].plane;
                for (int r = 0; r < g.height; ++r)
                    for (int c = 0; c < g.width; ++c)
                        bodyPixels += rtss->regions->inside(f, c, r);
            }
        QVERIFY2(bodyPixels > 10000, qPrintable(QString::number(bodyPixels)));
    }
};

QTEST_GUILESS_MAIN(TestSegmentations)
#include "tst_segmentations.moc"
