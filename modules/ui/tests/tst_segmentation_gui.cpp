// Segmentations over their images (Xvfb): a study of the phantom CT and a DICOM SEG of its largest
// lesion (segmented and written by Strata, as an AI tool or another workstation would send one)
// opens on the CT — not on the SEG's frames —, the status line names the segment, and the slices
// the SEG covers show the lesion in colour on screen (none on the others); View → Show
// Segmentations hides them all, View → Segments one by one; in MPR the coronal and sagittal planes
// show what they cut of it.
#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/measure/DicomExport.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/render3d/VolumeRenderer.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Volume3DView.h>
#include <strata/ui/tools/MeasurementController.h>
#include <strata/ui/tools/MeasurementTools.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>

#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace strata;

namespace {

/// Pixels of the grab that are coloured (not grey): what a segment's colour makes of the CT.
int colouredPixels(const QImage &shot)
{
    const QImage rgb = shot.convertToFormat(QImage::Format_RGB32);
    int coloured = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = rgb.pixel(x, y);
            coloured += std::max({qRed(p), qGreen(p), qBlue(p)}) - std::min({qRed(p), qGreen(p), qBlue(p)}) > 40;
        }
    return coloured;
}

} // namespace

class TestSegmentationGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    // The phantom CT and a SEG of its largest lesion beside it, made once for the tests here.
    QTemporaryDir m_studyDir;
    dicom::PhantomSpec m_spec;
    QString m_folder;
    imaging::Vec3 m_centre{0, 0, 0};
    int m_lesionSlice = -1;
    long long m_lesionVoxels = 0;   ///< the segmented lesion's voxels (those its SEG holds)
    double m_lesionHu = 0;

    bool makeStudy()
    {
        if (!m_folder.isEmpty())
            return true;
        dicom::PhantomSpec &spec = m_spec;
        spec.columns = spec.rows = 192;
        spec.slices = 90;
        spec.pixelSpacingMm = 1.8;
        spec.sliceSpacingMm = 2.0;
        const QString folder = m_studyDir.filePath(QStringLiteral("study"));
        auto written = dicom::writePhantom(spec, folder);
        if (!written.ok())
            return false;
        const std::vector<dicom::PhantomLesion> lesions = dicom::phantomLesions(spec);
        const dicom::PhantomLesion lesion =
            *std::max_element(lesions.begin(), lesions.end(), [](const auto &a, const auto &b) { return a.diameterMm < b.diameterMm; });
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        const dicom::Stack &stack = stacks.front();
        auto series = std::make_shared<imaging::SeriesVolume>(stack, scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        if (!QTest::qWaitFor([&series] { return series->volume() != nullptr; }, 120000))
            return false;
        auto segmented = measure::segmentLesion(*series->volume(), centre, measure::SegmentationOptions::defaultFor(QStringLiteral("CT")));
        if (!segmented.ok())
            return false;
        const int lesionSlice = measure::nearestSlice(stack, centre);
        std::vector<measure::SourceSlice> slices;
        for (const dicom::SliceRef &ref : stack.slices)
            slices.push_back({scan.headers[std::size_t(ref.header)].sopClassUid, scan.headers[std::size_t(ref.header)].sopInstanceUid});
        auto seg = measure::writeLesionSegmentation(segmented.value(), *series->volume(), series->header(lesionSlice).path, slices,
                                                    QStringLiteral("Lesion 1"), folder + QStringLiteral("/seg.dcm"));
        if (!seg.ok() || seg.value().frames <= 3)
            return false;
        m_folder = folder;
        m_centre = centre;
        m_lesionVoxels = segmented.value().voxelCount;
        m_lesionHu = lesion.hu;
        m_lesionSlice = lesionSlice;
        return true;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QApplication::setApplicationName(QStringLiteral("tst_segmentation_gui"));
        QSettings().clear();
        paths::setDataDirOverride(m_data.path());
    }

    void aSegmentationIsDrawnOverItsSlices()
    {
        QVERIFY(makeStudy());
        const dicom::PhantomSpec &spec = m_spec;
        const QString folder = m_folder;
        const imaging::Vec3 centre = m_centre;
        const int lesionSlice = m_lesionSlice;

        ui::MainWindow window(m_data.path());
        QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
        ui::Viewport *view = testing::openSettled(window, folder);
        QVERIFY(view);
        QCOMPARE(view->sliceCount(), spec.slices);   // the CT, not the SEG's frames
        // The SEG is read after the study shows; the status line then names its segment.
        const auto said = [&status] {
            for (const QList<QVariant> &args : status)
                if (args.value(0).toString().contains(QStringLiteral("segmentation")) && args.value(0).toString().contains(QStringLiteral("Lesion 1")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(said(), 30000);

        // On the lesion's slice: the segment, in colour on screen.
        view->setSlice(lesionSlice);
        QTRY_VERIFY_WITH_TIMEOUT(view->segmentsShown() == QStringList{QStringLiteral("Lesion 1")}, 30000);
        QVERIFY(!view->segmentationOverlay().isNull());
        QVERIFY2(view->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("SEG: Lesion 1")),
                 qPrintable(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));
        QTest::qWait(50);
        const int coloured = colouredPixels(view->grab().toImage());

        // Hidden: only what is coloured without it (the active viewport's frame, labels) is left.
        QAction *toggle = window.viewer()->action(QStringLiteral("view.segmentations"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!view->segmentationsVisible());
        QTest::qWait(50);
        const int without = colouredPixels(view->grab().toImage());
        QVERIFY2(coloured > without + 100, qPrintable(QStringLiteral("%1 coloured pixels with the segmentation, %2 without").arg(coloured).arg(without)));
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->segmentsShown() == QStringList{QStringLiteral("Lesion 1")}, 30000);

        // View → Segments: the segment on its own, in its colour; unticked, it is left out.
        auto *segments = window.viewer()->findChild<QMenu *>(QStringLiteral("view.segments"));
        QVERIFY(segments && segments->isEnabled());
        QCOMPARE(segments->actions().size(), 1);
        QAction *lesionSegment = segments->actions().front();
        QCOMPARE(lesionSegment->text(), QStringLiteral("Lesion 1"));
        QVERIFY(lesionSegment->isChecked());
        lesionSegment->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->segmentationOverlay().isNull() && !view->segmentsShown().contains(QStringLiteral("Lesion 1")), 30000);
        QTest::qWait(50);
        QVERIFY(colouredPixels(view->grab().toImage()) <= without + 10);
        lesionSegment->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->segmentsShown() == QStringList{QStringLiteral("Lesion 1")}, 30000);

        // Far from the lesion: nothing drawn.
        QSignalSpy composed(view, &ui::Viewport::segmentationShown);
        view->setSlice(lesionSlice > spec.slices / 2 ? 0 : spec.slices - 1);
        QVERIFY(composed.wait(30000));
        QVERIFY(view->segmentsShown().isEmpty());
        QVERIFY(view->segmentationOverlay().isNull());
        QVERIFY(!view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|')).contains(QStringLiteral("SEG:")));
        QTest::qWait(50);
        QVERIFY(colouredPixels(view->grab().toImage()) <= without + 10);

        // MPR with the crosshair on the lesion: the coronal and sagittal planes cut the axial SEG,
        // the lesion in colour under the crosshair point (the lines leave a gap there), named.
        window.viewer()->action(QStringLiteral("layout.mpr"))->trigger();
        ui::MprModel *mpr = window.viewer()->mprModel();
        QVERIFY(mpr);
        QTRY_VERIFY_WITH_TIMEOUT(mpr->isValid(), 30000);
        mpr->setCenter(centre);
        for (int i : {1, 2}) {
            ui::Viewport *plane = window.viewer()->viewport(i);
            QCOMPARE(plane->mode(), ui::Viewport::Mode::Mpr);
            QTRY_VERIFY_WITH_TIMEOUT(plane->imageGeometry() && std::abs(plane->imageGeometry()->distance(centre)) < 0.01
                                         && plane->segmentsShown() == QStringList{QStringLiteral("Lesion 1")},
                                     30000);
            QVERIFY2(plane->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("SEG: Lesion 1")),
                     qPrintable(plane->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));
            const QPoint at = plane->widgetPosition(centre)->toPoint();
            QTest::qWait(50);
            const QImage shot = plane->grab().toImage();
            const QRgb p = shot.pixel(at);
            QVERIFY2(std::max({qRed(p), qGreen(p), qBlue(p)}) - std::min({qRed(p), qGreen(p), qBlue(p)}) > 20,
                     qPrintable(QStringLiteral("%1: %2 %3 %4 at the lesion's centre").arg(i).arg(qRed(p)).arg(qGreen(p)).arg(qBlue(p))));
            const int withSegment = colouredPixels(shot);
            toggle->trigger();   // hidden: the plane's grey only (and the crosshair's colours)
            QTRY_VERIFY_WITH_TIMEOUT(plane->segmentationOverlay().isNull(), 30000);
            QTest::qWait(50);
            const QImage plain = plane->grab().toImage();
            const QRgb q = plain.pixel(at);
            QVERIFY(std::max({qRed(q), qGreen(q), qBlue(q)}) - std::min({qRed(q), qGreen(q), qBlue(q)}) <= 2);
            QVERIFY2(withSegment > colouredPixels(plain) + 50, qPrintable(QStringLiteral("%1: %2 coloured pixels with the SEG, %3 without")
                                                                              .arg(i).arg(withSegment).arg(colouredPixels(plain))));
            toggle->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(plane->segmentsShown() == QStringList{QStringLiteral("Lesion 1")}, 30000);
        }
        // The crosshair 40 mm in front of the lesion: the coronal plane misses it.
        mpr->setCenter({centre[0], centre[1] - 40, centre[2]});
        ui::Viewport *coronal = window.viewer()->viewport(1);
        QTRY_VERIFY_WITH_TIMEOUT(coronal->imageGeometry() && std::abs(coronal->imageGeometry()->distance(mpr->center())) < 0.01
                                     && coronal->segmentsShown().isEmpty(),
                                 30000);
        QVERIFY(coronal->segmentationOverlay().isNull());
    }

    // The SEG in the 3D view: the lesion's segment as a surface in its colour where the CT (bone
    // preset) shows nothing, on screen; View → Segments unticks it and View → Show Segmentations
    // hides all: the volume's own picture again.
    void aSegmentationIsDrawnIn3D()
    {
        QVERIFY2(render3d::VolumeRenderer::displayProblem().isEmpty(), "this test needs an X display (xvfb-run)");
        QVERIFY(makeStudy());
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = testing::openSettled(window, m_folder);
        QVERIFY(view);
        auto *segments = window.viewer()->findChild<QMenu *>(QStringLiteral("view.segments"));
        QTRY_VERIFY_WITH_TIMEOUT(segments && segments->isEnabled() && segments->actions().size() == 1, 30000);
        window.viewer()->action(QStringLiteral("layout.3d"))->trigger();
        ui::Volume3DView *volume = window.viewer()->volume3DView();
        QVERIFY(volume->isVisible());
        QCOMPARE(volume->presetName(), QStringLiteral("ct-bone"));
        QTRY_VERIFY_WITH_TIMEOUT(volume->segmentsShown() == QStringList{QStringLiteral("Lesion 1")} && volume->isSettled(), 60000);
        QTest::qWait(50);
        const QImage with = volume->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QPoint at = volume->lastFrame().geometry.project({m_centre[0], m_centre[1], m_centre[2]}).toPoint();
        QVERIFY(QRect(QPoint(0, 0), with.size()).contains(at));
        // The segment's colour (its SEG's recommended one) at the lesion's centre, shaded.
        const std::array<int, 3> rgb = [&] {
            QAction *a = segments->actions().front();
            const QColor c = a->icon().pixmap(16, 16).toImage().pixelColor(8, 8);
            return std::array<int, 3>{c.red(), c.green(), c.blue()};
        }();
        const QRgb p = with.pixel(at);
        const auto hueOf = [](int r, int g, int b) { return QColor(r, g, b).hsvHue(); };
        const int expectedHue = hueOf(rgb[0], rgb[1], rgb[2]);
        const int hue = hueOf(qRed(p), qGreen(p), qBlue(p));
        QVERIFY2(std::max({qRed(p), qGreen(p), qBlue(p)}) > 60 && expectedHue >= 0 && std::min(std::abs(hue - expectedHue), 360 - std::abs(hue - expectedHue)) < 25,
                 qPrintable(QStringLiteral("%1 at the lesion, its segment %2").arg(QColor(p).name(), QColor(rgb[0], rgb[1], rgb[2]).name())));

        // 3D menu → Show the Volume off: the lesion alone — the spine's lit pixels go black, the
        // segment stays; on again: the picture as it was.
        auto *volumeShown = volume->findChild<QAction *>(QStringLiteral("volume3d.showVolume"));
        QVERIFY(volumeShown && volumeShown->isChecked());
        const auto lit = [](const QImage &image) {
            int n = 0;
            for (int y = 40; y < image.height() - 80; ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += qGray(image.pixel(x, y)) > 60;
            return n;
        };
        volumeShown->trigger();
        QVERIFY(!volume->isVolumeShown());
        QTRY_VERIFY_WITH_TIMEOUT(volume->isSettled(), 60000);
        QTest::qWait(50);
        const QImage alone = volume->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb lesionAlone = alone.pixel(at);
        QVERIFY2(std::min(std::abs(hueOf(qRed(lesionAlone), qGreen(lesionAlone), qBlue(lesionAlone)) - expectedHue),
                          360 - std::abs(hueOf(qRed(lesionAlone), qGreen(lesionAlone), qBlue(lesionAlone)) - expectedHue)) < 25,
                 qPrintable(QColor(lesionAlone).name()));
        QVERIFY2(lit(alone) < lit(with) / 3, qPrintable(QStringLiteral("%1 lit pixels alone, %2 with the volume").arg(lit(alone)).arg(lit(with))));
        volumeShown->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(volume->isVolumeShown() && volume->isSettled(), 60000);

        // Unticked in View → Segments: gone from the frames, the CT's picture there.
        const auto differing = [](const QImage &a, const QImage &b) {
            int n = 0;
            for (int y = 0; y < a.height(); ++y)
                for (int x = 0; x < a.width(); ++x) {
                    const QRgb u = a.pixel(x, y), v = b.pixel(x, y);
                    n += std::max({std::abs(qRed(u) - qRed(v)), std::abs(qGreen(u) - qGreen(v)), std::abs(qBlue(u) - qBlue(v))}) > 30;
                }
            return n;
        };
        segments->actions().front()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(volume->segmentsShown().isEmpty() && volume->isSettled(), 60000);
        QTest::qWait(50);
        const QImage without = volume->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb q = without.pixel(at);
        QVERIFY2(std::abs(hueOf(qRed(q), qGreen(q), qBlue(q)) - hue) > 10 || std::max({qRed(q), qGreen(q), qBlue(q)}) < 40
                     || std::max({qRed(q), qGreen(q), qBlue(q)}) - std::min({qRed(q), qGreen(q), qBlue(q)}) < 20,
                 qPrintable(QColor(q).name()));
        const int changed = differing(with, without);
        QVERIFY2(changed > 50, qPrintable(QString::number(changed)));
        // Ticked again it returns; View → Show Segmentations off hides it as well.
        segments->actions().front()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(volume->segmentsShown() == QStringList{QStringLiteral("Lesion 1")} && volume->isSettled(), 60000);
        QTest::qWait(50);
        QVERIFY(differing(with, volume->grab().toImage().convertToFormat(QImage::Format_RGB32)) < 20);
        QAction *toggle = window.viewer()->action(QStringLiteral("view.segmentations"));
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(volume->segmentsShown().isEmpty() && volume->isSettled(), 60000);
        QTest::qWait(50);
        QVERIFY(differing(without, volume->grab().toImage().convertToFormat(QImage::Format_RGB32)) < 20);
        toggle->trigger();

        // A lesion measured with the lesion tool on this series: its mask a yellow surface too
        // (the SEG's segment beside it), gone when the measurement is deleted.
        const std::vector<dicom::PhantomLesion> lesions = dicom::phantomLesions(m_spec);
        std::vector<dicom::PhantomLesion> others;
        for (const dicom::PhantomLesion &l : lesions)
            if (std::hypot(l.centerMm[0] - m_centre[0], l.centerMm[2] - m_centre[2]) > 30 && l.diameterMm >= 10)
                others.push_back(l);
        QVERIFY(!others.empty());
        const dicom::PhantomLesion other = others.front();
        const imaging::Vec3 otherCentre{other.centerMm[0], other.centerMm[1], other.centerMm[2]};
        const std::shared_ptr<const dicom::Volume> grid = volume->series()->volume();
        auto segmented = measure::segmentLesion(*grid, otherCentre, measure::SegmentationOptions::defaultFor(QStringLiteral("CT")));
        QVERIFY(segmented.ok());
        const dicom::DicomHeader &h = volume->series()->header(0);
        measure::Measurement lesion = measure::lesionMeasurement(segmented.value(), *grid, QStringLiteral("CT"),
                                                                 {h.studyInstanceUid, h.seriesInstanceUid, h.sopInstanceUid, h.sopClassUid, 0});
        QVERIFY(lesion.mask);
        auto *controller = window.viewer()->findChild<ui::MeasurementController *>();
        QVERIFY(controller);
        controller->list()->add(lesion);
        const QString uid = controller->list()->items().back().uid;
        QTRY_VERIFY_WITH_TIMEOUT(volume->segmentsShown() == (QStringList{QStringLiteral("Lesion 1"), QStringLiteral("Lesion")}) && volume->isSettled(), 60000);
        QTest::qWait(50);
        const QPoint atOther = volume->lastFrame().geometry.project({otherCentre[0], otherCentre[1], otherCentre[2]}).toPoint();
        const QRgb y = volume->grab().toImage().pixel(atOther);
        QVERIFY2(std::abs(hueOf(qRed(y), qGreen(y), qBlue(y)) - QColor(255, 220, 0).hsvHue()) < 15 && qRed(y) > 60,
                 qPrintable(QColor(y).name()));
        controller->list()->remove(uid);
        QTRY_VERIFY_WITH_TIMEOUT(volume->segmentsShown() == QStringList{QStringLiteral("Lesion 1")} && volume->isSettled(), 60000);
        QTest::qWait(50);
        const QRgb gone = volume->grab().toImage().pixel(atOther);
        QVERIFY2(!(std::abs(hueOf(qRed(gone), qGreen(gone), qBlue(gone)) - QColor(255, 220, 0).hsvHue()) < 15 && qRed(gone) > 60),
                 qPrintable(QColor(gone).name()));
    }

    // Measure → Measure the Segments: the SEG's lesion measured on the CT as a lesion named by its
    // segment — its very voxels (the SEG was written from them), its mean the phantom's value, its
    // axes; asked again, nothing new.
    void aSegmentIsMeasuredAsALesion()
    {
        QVERIFY(makeStudy());
        QTemporaryDir data;   // a cache of its own: the measurements it keeps stay out of the other tests
        ui::MainWindow window(data.path());
        ui::Viewport *view = testing::openSettled(window, m_folder);
        QVERIFY(view);
        auto *measureSegments = window.viewer()->findChild<QAction *>(QStringLiteral("measure.segments"));
        QVERIFY(measureSegments);
        QTRY_VERIFY_WITH_TIMEOUT(measureSegments->isEnabled(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(view->series()->volume(), 60000);
        auto *controller = window.viewer()->findChild<ui::MeasurementController *>();
        QSignalSpy measured(controller, &ui::MeasurementController::segmentsMeasured);
        measureSegments->trigger();
        QVERIFY(measured.wait(60000));
        const QStringList uids = measured.first().first().toStringList();
        QCOMPARE(uids.size(), 1);
        const measure::Measurement *m = controller->list()->find(uids.front());
        QVERIFY(m);
        QCOMPARE(m->kind, measure::MeasurementKind::Lesion);
        QCOMPARE(m->text, QStringLiteral("Lesion 1"));
        // The panel names it by its segment.
        QVERIFY2(controller->panel()->item(0)->text().startsWith(QStringLiteral("Lesion “Lesion 1”  ")),
                 qPrintable(controller->panel()->item(0)->text()));
        // Its finding is its segment's property type (Strata's SEG of a lesion: a neoplasm).
        QCOMPARE(m->finding, (std::array<QString, 3>{QStringLiteral("108369006"), QStringLiteral("SCT"), QStringLiteral("Neoplasm")}));
        QCOMPARE(m->image.seriesInstanceUid, view->series()->stack().seriesInstanceUid);
        QCOMPARE(qint64(m->value(QStringLiteral("voxel_count")).value_or(-1)), qint64(m_lesionVoxels));
        const double mean = m->value(QStringLiteral("mean")).value_or(-1000);
        QVERIFY2(std::abs(mean - m_lesionHu) < 15, qPrintable(QStringLiteral("mean %1 HU, the lesion %2").arg(mean).arg(m_lesionHu)));
        QVERIFY(m->value(QStringLiteral("long_axis")).value_or(0) > 5);
        QVERIFY(m->value(QStringLiteral("volume")).value_or(0) > 0);
        QVERIFY(m->mask);
        measured.clear();
        measureSegments->trigger();
        QVERIFY(measured.wait(60000));
        QVERIFY(measured.first().first().toStringList().isEmpty());
        QCOMPARE(controller->list()->items().size(), std::size_t(1));
        // In 3D the measured segment is its segment's surface, once (not a lesion's over it).
        window.viewer()->action(QStringLiteral("layout.3d"))->trigger();
        ui::Volume3DView *volume = window.viewer()->volume3DView();
        QTRY_VERIFY_WITH_TIMEOUT(volume->segmentsShown() == QStringList{QStringLiteral("Lesion 1")} && volume->isSettled(), 60000);
    }

    // An RT Structure Set over its CT slice (the test data's dicompyler set): the contours on the
    // slice's plane drawn in their structures' colours, "RT:" naming them; View → Segments lists
    // the 10 structures; unticking those drawn leaves the slice as it was.
    void aStructureSetIsDrawnOverItsSlice()
    {
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = testing::openSettled(window, QStringLiteral(STRATA_TESTDATA_DIR "/rt/dicompyler-core"));
        QVERIFY(view);
        QCOMPARE(view->sliceCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!view->structuresShown().isEmpty(), 30000);
        const QStringList drawn = view->structuresShown();
        QVERIFY2(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|')).contains(QStringLiteral("RT: ")),
                 qPrintable(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));
        QTest::qWait(50);
        const int coloured = colouredPixels(view->grab().toImage());
        auto *segments = window.viewer()->findChild<QMenu *>(QStringLiteral("view.segments"));
        QVERIFY(segments && segments->isEnabled());
        QCOMPARE(segments->actions().size(), 10);
        for (QAction *a : segments->actions())
            if (drawn.contains(a->text()))
                a->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->structuresShown().isEmpty() && view->segmentationOverlay().isNull(), 30000);
        QTest::qWait(50);
        const int without = colouredPixels(view->grab().toImage());
        QVERIFY2(coloured > without + 200, qPrintable(QStringLiteral("%1 coloured pixels with the contours, %2 without").arg(coloured).arg(without)));
    }
};

QTEST_MAIN(TestSegmentationGui)
#include "tst_segmentation_gui.moc"
