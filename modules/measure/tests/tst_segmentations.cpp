// DICOM Segmentations read for display (measure::readSegmentation): the test data's liver SEG
// (pydicom's, 3 frames of 512 × 512, one segment "Liver") as stored natively and in RLE, JPEG 2000
// and Deflated Image Frame Compression: the same segment, colour (its CIELab turned into sRGB),
// frame planes and masks; a 510 × 510 one (frames not ending on a byte); and what is not a SEG.
// RT Structure Sets read for display: structures, colours, contours.
#include <strata/dicom/HeaderReader.h>
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
