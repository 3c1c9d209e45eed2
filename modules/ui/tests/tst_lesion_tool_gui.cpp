// The lesion tool on screen (Xvfb): the Measure menu's Lesion entry picks it; a click with QTest on
// the centre of a sphere of the written phantom segments it in the background, from the volume the
// series already holds; the lesion's volume, RECIST axes and mean match the sphere's analytic
// values; its axes, outline and label are drawn over the slice; it is stored with the study. A
// click in the air outside the body keeps nothing and says why; a cancelled segmentation keeps
// nothing. The same from a click on a coronal MPR plane, where the outline is drawn. The mask is
// stored: a new controller filled from the store draws the outline again. Narrowing and widening
// the interval shrinks and grows the lesion; undo restores it.
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/measure/DicomExport.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/measure/ReportImport.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/tools/MeasurementController.h>
#include <strata/ui/tools/MeasurementTools.h>

#include <store_reads.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace strata;
using measure::MeasurementKind;

namespace {

/// Pixels of `image` within `box` close to `colour` (each channel within 40).
int pixelsLike(const QImage &image, QRect box, QColor colour)
{
    int n = 0;
    box = box.intersected(image.rect());
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40
                && std::abs(c.blue() - colour.blue()) < 40)
                ++n;
        }
    return n;
}

/// The sample's grid: 256 × 256 × 200 voxels of 1.4 × 1.4 × 1.5 mm (the reference field of view:
/// lesions at full size).
dicom::PhantomSpec sampleGrid()
{
    dicom::PhantomSpec spec;
    spec.columns = spec.rows = 256;
    spec.slices = 200;
    spec.pixelSpacingMm = 1.4;
    spec.sliceSpacingMm = 1.5;
    return spec;
}

} // namespace

class TestLesionToolGui : public QObject {
    Q_OBJECT
private slots:
    void segmentsTheClickedLesion()
    {
        QTemporaryDir dir;
        const dicom::PhantomSpec spec = sampleGrid();
        auto written = dicom::writePhantom(spec, dir.filePath(QStringLiteral("sample")));
        QVERIFY(written.ok());
        const QString studyUid = written.value().studyInstanceUid;
        // The largest lesion: its centre, diameter and value are the analytic truth.
        const std::vector<dicom::PhantomLesion> lesions = dicom::phantomLesions(spec);
        QVERIFY(!lesions.empty());
        const dicom::PhantomLesion lesion =
            *std::max_element(lesions.begin(), lesions.end(), [](const auto &a, const auto &b) { return a.diameterMm < b.diameterMm; });
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const double radius = lesion.diameterMm / 2;
        const double truthMl = 4.0 / 3.0 * std::numbers::pi * radius * radius * radius / 1000.0;

        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        QCOMPARE(stacks.size(), std::size_t(1));
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        const int slice = measure::nearestSlice(stacks.front(), centre);

        ui::Viewport viewport;
        viewport.resize(600, 600);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, slice);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled() && series->volume(), 120000);

        const QString data = dir.filePath(QStringLiteral("data"));
        QWidget host;
        ui::MeasurementController controller(data, &host);
        controller.setStudy(studyUid);
        // The Measure menu's entry (with its own shortcut) picks the lesion tool.
        QAction *pick = controller.menu()->findChild<QAction *>(QStringLiteral("measure.lesion"));
        QVERIFY(pick);
        QCOMPARE(pick->shortcut(), QKeySequence(QStringLiteral("Shift+S")));
        std::vector<MeasurementKind> chosen;
        connect(&controller, &ui::MeasurementController::toolChosen, this, [&](MeasurementKind kind) { chosen.push_back(kind); });
        pick->trigger();
        QCOMPARE(chosen.size(), std::size_t(1));
        QVERIFY(chosen.front() == MeasurementKind::Lesion);
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Lesion, &viewport));

        QSignalSpy finished(&controller, &ui::MeasurementController::lesionFinished);
        QSignalSpy status(&controller, &ui::MeasurementController::statusMessage);
        const QPointF at = *viewport.widgetPosition(centre);
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, at.toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QString uid = finished.first().first().toString();
        QVERIFY2(!uid.isEmpty(), qPrintable(status.isEmpty() ? QString() : status.last().first().toString()));
        QCOMPARE(controller.list()->items().size(), std::size_t(1));
        const measure::Measurement m = *controller.list()->find(uid);
        QCOMPARE(m.kind, MeasurementKind::Lesion);
        QCOMPARE(m.image.seriesInstanceUid, stacks.front().seriesInstanceUid);
        QCOMPARE(m.image.sopInstanceUid, series->header(slice).sopInstanceUid);
        const double volumeMl = m.value(QStringLiteral("volume")).value_or(0);
        const double longMm = m.value(QStringLiteral("long_axis")).value_or(0);
        const double shortMm = m.value(QStringLiteral("short_axis")).value_or(0);
        const double mean = m.value(QStringLiteral("mean")).value_or(0);
        qInfo("%s: %.3f mL (truth %.3f, %+.2f %%), long %.1f mm, short %.1f mm (diameter %.1f), mean %.1f HU (truth %.0f); %s",
              qPrintable(lesion.name), volumeMl, truthMl, 100 * (volumeMl / truthMl - 1), longMm, shortMm, lesion.diameterMm,
              mean, lesion.hu, qPrintable(status.last().first().toString()));
        QVERIFY(std::abs(volumeMl / truthMl - 1) < 0.05);
        QVERIFY(std::abs(longMm - lesion.diameterMm) <= spec.pixelSpacingMm);
        QVERIFY(std::abs(shortMm - lesion.diameterMm) <= 2 * spec.pixelSpacingMm);
        QVERIFY(shortMm <= longMm + 0.1);  // the same up to rounding on a sphere
        QVERIFY(std::abs(mean - lesion.hu) < 3.0);
        QVERIFY(status.last().first().toString().contains(QStringLiteral("mL")));
        QVERIFY(ui::MeasurementTool::label(m).contains(QStringLiteral("max")));
        QVERIFY(controller.list()->lesionShape(uid));

        // On screen: the axes (selected: cyan) across the lesion, the outline (green) around it, and
        // the label beside it.
        const QImage shot = viewport.grab().toImage();
        const double r = radius * viewport.toolContext().pixelsPerMm();
        const QRect around = QRectF(at - QPointF(r + 4, r + 4), at + QPointF(r + 4, r + 4)).toAlignedRect();
        const QColor axisColour(0, 220, 255), outlineColour(60, 230, 120);
        QVERIFY2(pixelsLike(shot, around, axisColour) >= int(2 * r), "the RECIST axes are not drawn");
        QVERIFY2(pixelsLike(shot, around, outlineColour) >= int(2 * r), "the outline is not drawn");
        const QRect labelBox(int(at.x()), int(at.y() - r - 40), 300, int(2 * r + 40));
        QVERIFY2(pixelsLike(shot, labelBox.adjusted(int(r) + 6, 0, 0, 0), axisColour) > 20, "no label beside the lesion");

        // Kept with the study, through the store service.
        auto service = store::StoreService::open(data);
        QVERIFY(service.ok());
        auto repo = service.value()->measurements();
        QVERIFY(repo.ok());
        QTRY_COMPARE(testing::rowsOr(repo.value()->measurements(studyUid)), 1);
        const auto stored = measure::fromRecord(repo.value()->measurements(studyUid).value().front());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().uid, uid);
        QCOMPARE(stored.value().kind, MeasurementKind::Lesion);
        QCOMPARE(stored.value().value(QStringLiteral("volume")).value_or(0), volumeMl);

        // Kept with its mask: after a restart (a new controller and viewport filled from the store's
        // rows, as the study's loader reads them) the outline is drawn again, from the same voxels.
        {
            const std::vector<store::MeasurementRecord> rows = repo.value()->measurements(studyUid).value();
            QCOMPARE(int(rows.size()), 1);
            QVERIFY(!rows.front().mask.isEmpty());
            ui::Viewport again;
            again.resize(600, 600);
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            again.showStack(series, slice);
            QTRY_VERIFY_WITH_TIMEOUT(again.hasImage() && again.isSettled(), 60000);
            QWidget host2;
            ui::MeasurementController reopened(data, &host2);
            reopened.setStudy(studyUid, rows);
            QCOMPARE(reopened.list()->items().size(), std::size_t(1));
            const auto shape = reopened.list()->lesionShape(uid);
            QVERIFY(shape);
            QCOMPARE(shape->voxelCount(), qlonglong(m.value(QStringLiteral("voxel_count")).value_or(-1)));
            QCOMPARE(shape->voxelCount(), controller.list()->lesionShape(uid)->voxelCount());
            again.setToolHandler(reopened.makeTool(MeasurementKind::Lesion, &again));
            const QImage reshot = again.grab().toImage();
            const int before = pixelsLike(shot, around, outlineColour), after = pixelsLike(reshot, around, outlineColour);
            qInfo("outline pixels: %d when segmented, %d after the restart; mask %lld voxels, %lld bytes stored", before, after,
                  shape->voxelCount(), qlonglong(rows.front().mask.size()));
            QVERIFY2(after >= int(2 * r), "the outline is not drawn after the restart");
            QVERIFY(std::abs(after - before) <= before / 20);
        }

        // Adjusted: a narrower interval (Measure → Narrow Lesion Interval, three times) keeps fewer
        // voxels, a wider one (twice) more; undo brings the lesion back as it was, mask included.
        {
            QAction *narrow = controller.menu()->findChild<QAction *>(QStringLiteral("measure.narrowLesion"));
            QAction *widen = controller.menu()->findChild<QAction *>(QStringLiteral("measure.widenLesion"));
            QVERIFY(narrow && widen);
            QCOMPARE(narrow->shortcut(), QKeySequence(QStringLiteral("[")));
            QCOMPARE(widen->shortcut(), QKeySequence(QStringLiteral("]")));
            const auto volumeNow = [&] { return controller.list()->find(uid)->value(QStringLiteral("volume")).value_or(0); };
            const auto widthNow = [&] {
                const measure::Measurement *l = controller.list()->find(uid);
                return l->value(QStringLiteral("upper")).value_or(0) - l->value(QStringLiteral("lower")).value_or(0);
            };
            const double width = widthNow();
            const int done = finished.count();
            for (int n = 1; n <= 3; ++n) {
                narrow->trigger();
                QTRY_COMPARE_WITH_TIMEOUT(finished.count(), done + n, 60000);
                QCOMPARE(finished.last().first().toString(), uid);
            }
            QCOMPARE(controller.list()->items().size(), std::size_t(1));
            const double narrowed = volumeNow();
            QVERIFY(std::abs(widthNow() - width * 0.8 * 0.8 * 0.8) < 1e-6 * width);
            QCOMPARE(controller.list()->lesionShape(uid)->voxelCount(),
                     qlonglong(controller.list()->find(uid)->value(QStringLiteral("voxel_count")).value_or(-1)));
            // Saved with its new mask.
            const auto savedVoxels = [&] {
                const auto saved = testing::savedMeasurement(*repo.value(), uid);
                return saved && saved->mask ? saved->mask->voxelCount() : qlonglong(-1);
            };
            QTRY_COMPARE(savedVoxels(), controller.list()->lesionShape(uid)->voxelCount());
            for (int n = 0; n < 3; ++n)
                controller.list()->undo();
            QCOMPARE(volumeNow(), volumeMl);
            QCOMPARE(controller.list()->lesionShape(uid)->voxelCount(), qlonglong(m.value(QStringLiteral("voxel_count")).value_or(-1)));
            for (int n = 1; n <= 2; ++n) {
                widen->trigger();
                QTRY_COMPARE_WITH_TIMEOUT(finished.count(), done + 3 + n, 60000);
                QCOMPARE(finished.last().first().toString(), uid);
            }
            const double widened = volumeNow();
            qInfo("adjusted: %.3f mL; interval ×0.512: %.3f mL; ×1.5625: %.3f mL", volumeMl, narrowed, widened);
            QVERIFY(narrowed < volumeMl);
            QVERIFY(widened > volumeMl);
            controller.list()->undo();
            controller.list()->undo();
            QCOMPARE(volumeNow(), volumeMl);
            const auto savedVolume = [&] {
                const auto saved = testing::savedMeasurement(*repo.value(), uid);
                return saved ? saved->value(QStringLiteral("volume")).value_or(0) : -1.0;
            };
            QTRY_COMPARE(savedVolume(), volumeMl);
            QTRY_COMPARE(savedVoxels(), qlonglong(m.value(QStringLiteral("voxel_count")).value_or(-1)));
            // Nothing selected: nothing to adjust, and it says so.
            controller.list()->setSelected(QString());
            widen->trigger();
            QCOMPARE(finished.count(), done + 6);
            QVERIFY(finished.last().first().toString().isEmpty());
            QVERIFY(status.last().first().toString().contains(QStringLiteral("select a lesion")));
            QCOMPARE(volumeNow(), volumeMl);
        }

        // A click in the air in front of the body: the region leaks; nothing is kept, a message says why.
        const imaging::Vec3 air{0, -165, centre[2]};
        status.clear();
        const int base = finished.count();
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, viewport.widgetPosition(air)->toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), base + 1, 60000);
        QVERIFY(finished.last().first().toString().isEmpty());
        QVERIFY(status.last().first().toString().startsWith(QStringLiteral("Lesion not kept")));
        QCOMPARE(controller.list()->items().size(), std::size_t(1));

        // Cancelled (Esc's action) before its result arrives: nothing kept.
        QAction *cancel = controller.menu()->findChild<QAction *>(QStringLiteral("measure.cancelLesion"));
        QVERIFY(cancel);
        QCOMPARE(cancel->shortcut(), QKeySequence(Qt::Key_Escape));
        QVERIFY(!cancel->isEnabled());
        controller.segmentLesion(&viewport, centre);
        QVERIFY(controller.isSegmenting());
        QVERIFY(cancel->isEnabled());
        cancel->trigger();
        QVERIFY(!controller.isSegmenting());
        QCOMPARE(finished.count(), base + 2);
        QVERIFY(status.last().first().toString().contains(QStringLiteral("cancelled")));
        // A later seed's result arrives; the cancelled one never does.
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, viewport.widgetPosition(air)->toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), base + 3, 60000);
        QCOMPARE(controller.list()->items().size(), std::size_t(1));

        // Undo takes the lesion away (and from the store).
        controller.list()->undo();
        QCOMPARE(controller.list()->items().size(), std::size_t(0));
        QTRY_COMPARE(testing::rowsOr(repo.value()->measurements(studyUid)), 0);
    }

    // A box drawn around the lesion with the lesion tool (a drag, not a click): the aorta, which a
    // click leaks along, is kept to the box — a dashed rectangle on screen while dragging, the
    // lesion the tube's length in it, the status saying it reaches the box; widened, it stays in
    // the box; the box is saved with it.
    void aBoxDrawnAroundTheLesionKeepsItIn()
    {
        QTemporaryDir dir;
        const dicom::PhantomSpec spec = sampleGrid();
        auto written = dicom::writePhantom(spec, dir.filePath(QStringLiteral("sample")));
        QVERIFY(written.ok());
        const QString studyUid = written.value().studyInstanceUid;
        const imaging::Vec3 onAorta{25, 10, 0};   // the phantom's descending aorta: a 24 mm tube of 200 HU
        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        ui::Viewport viewport;
        viewport.resize(600, 600);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, measure::nearestSlice(stacks.front(), onAorta));
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled() && series->volume(), 120000);
        const double sliceZ = viewport.imageGeometry()->origin[2];
        const QString data = dir.filePath(QStringLiteral("data"));
        QWidget host;
        ui::MeasurementController controller(data, &host);
        controller.setStudy(studyUid);
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Lesion, &viewport));
        QSignalSpy finished(&controller, &ui::MeasurementController::lesionFinished);
        QSignalSpy status(&controller, &ui::MeasurementController::statusMessage);

        // A click on it: the tube goes on beyond 60 mm, nothing kept.
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, viewport.widgetPosition(onAorta)->toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.last().first().toString().isEmpty());
        QVERIFY2(status.last().first().toString().startsWith(QStringLiteral("Lesion not kept")), qPrintable(status.last().first().toString()));

        // Dragged from 20 mm up-left of it to 20 mm down-right: a 40 mm box (40 mm deep).
        const QPointF from = *viewport.widgetPosition({onAorta[0] - 20, onAorta[1] - 20, sliceZ}),
                      to = *viewport.widgetPosition({onAorta[0] + 20, onAorta[1] + 20, sliceZ});
        QTest::mousePress(&viewport, Qt::LeftButton, {}, from.toPoint());
        for (int i = 1; i <= 8; ++i) {
            const QPointF p = from + (to - from) * i / 8.0;
            QMouseEvent move(QEvent::MouseMove, p, viewport.mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&viewport, &move);
        }
        // While dragging: the rectangle, dashed yellow, along its top edge.
        const QImage dragging = viewport.grab().toImage();
        const QRect topEdge = QRectF(QPointF(from.x() + 4, from.y() - 2), QPointF(to.x() - 4, from.y() + 2)).toAlignedRect();
        const int yellow = pixelsLike(dragging, topEdge, QColor(255, 220, 0));
        QVERIFY2(yellow > (to.x() - from.x()) / 4, qPrintable(QString::number(yellow)));
        QCOMPARE(finished.count(), 1);   // nothing segmented before the release
        QTest::mouseRelease(&viewport, Qt::LeftButton, {}, to.toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        const QString uid = finished.last().first().toString();
        QVERIFY2(!uid.isEmpty(), qPrintable(status.last().first().toString()));
        QVERIFY2(status.last().first().toString().contains(QStringLiteral("reaches the box")), qPrintable(status.last().first().toString()));
        const measure::Measurement m = *controller.list()->find(uid);   // a copy: widening replaces it in the list
        QVERIFY(m.box);
        QVERIFY(std::abs(m.box->halfSize[0] - 20) < 1.5 && std::abs(m.box->halfSize[2] - m.box->halfSize[0]) < 1e-9);
        // The tube through the box: π r² over the slices within its depth (±halfSize at 1.5 mm).
        const double depth = (2 * std::floor(m.box->halfSize[2] / 1.5) + 1) * 1.5;
        const double tube = std::numbers::pi * 12 * 12 * depth / 1000;
        const double volumeMl = m.value(QStringLiteral("volume")).value_or(0);
        QVERIFY2(std::abs(volumeMl - tube) / tube < 0.06, qPrintable(QStringLiteral("%1 mL, the tube %2 mL").arg(volumeMl).arg(tube)));
        const auto inside = [&](const measure::Measurement &lesion) {
            const std::shared_ptr<const measure::LesionShape> shape = controller.list()->lesionShape(lesion.uid);
            if (!shape)
                return false;
            for (int k = 0; k < shape->mask.size[2]; ++k)
                for (int j = 0; j < shape->mask.size[1]; ++j)
                    for (int i = 0; i < shape->mask.size[0]; ++i)
                        if (shape->mask.at(i, j, k)
                            && !lesion.box->contains(shape->grid.patientPosition(i + shape->mask.offset[0], j + shape->mask.offset[1],
                                                                                 k + shape->mask.offset[2])))
                            return false;
            return true;
        };
        QVERIFY(inside(m));
        // Widened twice: still in the box (a seed alone would leak along the tube).
        QAction *widen = controller.menu()->findChild<QAction *>(QStringLiteral("measure.widenLesion"));
        for (int n = 1; n <= 2; ++n) {
            widen->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2 + n, 60000);
            QCOMPARE(finished.last().first().toString(), uid);
        }
        QVERIFY(controller.list()->find(uid)->box);
        QVERIFY(inside(*controller.list()->find(uid)));
        // Saved with its box.
        auto service = store::StoreService::open(data);
        QVERIFY(service.ok());
        auto repo = service.value()->measurements();
        const auto savedBox = [&]() -> std::optional<measure::LesionBox> {
            const auto saved = testing::savedMeasurement(*repo.value(), uid);
            return saved ? saved->box : std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(savedBox() == m.box, 20000);
        // Esc while dragging: no box, nothing segmented.
        QTest::mousePress(&viewport, Qt::LeftButton, {}, from.toPoint());
        QMouseEvent move(QEvent::MouseMove, to, viewport.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&viewport, &move);
        QTest::keyClick(&viewport, Qt::Key_Escape);
        QTest::mouseRelease(&viewport, Qt::LeftButton, {}, to.toPoint());
        QVERIFY(!controller.isSegmenting());   // a release starts the segmentation at once: none started
        QCOMPARE(finished.count(), 4);
    }

    void segmentsFromAnMprPlane()
    {
        // A coronal MPR plane through the lesion: the seed clicked there, the lesion's outline
        // drawn on that plane (its axes lie on an axial slice).
        QTemporaryDir dir;
        const dicom::PhantomSpec spec = sampleGrid();
        auto written = dicom::writePhantom(spec, dir.filePath(QStringLiteral("sample")));
        QVERIFY(written.ok());
        const std::vector<dicom::PhantomLesion> lesions = dicom::phantomLesions(spec);
        const dicom::PhantomLesion lesion =
            *std::max_element(lesions.begin(), lesions.end(), [](const auto &a, const auto &b) { return a.diameterMm < b.diameterMm; });
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const double radius = lesion.diameterMm / 2;
        const double truthMl = 4.0 / 3.0 * std::numbers::pi * radius * radius * radius / 1000.0;
        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        QTRY_VERIFY_WITH_TIMEOUT(series->volume(), 120000);
        ui::MprModel model;
        model.reset(*series->volume());
        model.setCenter(centre);
        ui::Viewport viewport;
        viewport.resize(600, 600);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showMpr(series, &model, imaging::PlaneOrientation::Coronal);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 60000);
        QVERIFY(std::abs(viewport.imageGeometry()->distance(centre)) < 0.5);

        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        controller.setStudy(written.value().studyInstanceUid);
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Lesion, &viewport));
        QSignalSpy finished(&controller, &ui::MeasurementController::lesionFinished);
        const QPointF at = *viewport.widgetPosition(centre);
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, at.toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QString uid = finished.first().first().toString();
        QVERIFY(!uid.isEmpty());
        const measure::Measurement m = *controller.list()->find(uid);
        const double volumeMl = m.value(QStringLiteral("volume")).value_or(0);
        QVERIFY(std::abs(volumeMl / truthMl - 1) < 0.05);
        QVERIFY(std::abs(m.value(QStringLiteral("long_axis")).value_or(0) - lesion.diameterMm) <= spec.pixelSpacingMm);
        // Named by the native slice nearest the seed, though drawn on an MPR plane.
        QCOMPARE(m.image.sopInstanceUid, series->header(measure::nearestSlice(stacks.front(), centre)).sopInstanceUid);

        // The outline on the coronal plane, about the sphere's size.
        const auto outline = ui::lesionOutline(*controller.list()->lesionShape(uid), *viewport.imageGeometry());
        QVERIFY(!outline.empty());
        double x0 = 1e9, x1 = -1e9;
        for (const QLineF &edge : outline)
            x0 = std::min({x0, edge.x1(), edge.x2()}), x1 = std::max({x1, edge.x1(), edge.x2()});
        const double widthMm = (x1 - x0) * viewport.imageGeometry()->spacing[0];
        QVERIFY2(std::abs(widthMm - lesion.diameterMm) <= 2 * spec.pixelSpacingMm, qPrintable(QString::number(widthMm)));
        const QImage shot = viewport.grab().toImage();
        const double r = radius * viewport.toolContext().pixelsPerMm();
        const QRect around = QRectF(at - QPointF(r + 4, r + 4), at + QPointF(r + 4, r + 4)).toAlignedRect();
        QVERIFY2(pixelsLike(shot, around, QColor(60, 230, 120)) >= int(2 * r), "the outline is not drawn on the MPR plane");
        QVERIFY2(pixelsLike(shot, around.adjusted(int(r), -40, 300, 0), QColor(0, 220, 255)) > 20, "no label");
    }

    void importedReportShowsItsLesion()
    {
        // A study with Strata's SR and the SEG it references, imported into a cache that holds no
        // measurement: opening it turns the report's lesion into a lesion measurement with the
        // segment's mask, whose outline is drawn over the slice.
        QTemporaryDir dir;
        const dicom::PhantomSpec spec = sampleGrid();
        const QString sample = dir.filePath(QStringLiteral("sample"));
        auto written = dicom::writePhantom(spec, sample);
        QVERIFY(written.ok());
        const QString studyUid = written.value().studyInstanceUid;
        const std::vector<dicom::PhantomLesion> lesions = dicom::phantomLesions(spec);
        const dicom::PhantomLesion lesion =
            *std::max_element(lesions.begin(), lesions.end(), [](const auto &a, const auto &b) { return a.diameterMm < b.diameterMm; });
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        const dicom::Stack &stack = stacks.front();
        auto series = std::make_shared<imaging::SeriesVolume>(stack, scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        QTRY_VERIFY_WITH_TIMEOUT(series->volume(), 120000);
        const dicom::Volume &volume = *series->volume();

        // The report and its SEG, as `strata measurements export --sr` writes them.
        auto segmented = measure::segmentLesion(volume, centre, measure::SegmentationOptions::defaultFor(QStringLiteral("CT")));
        QVERIFY(segmented.ok());
        const int slice = measure::nearestSlice(stack, centre);
        const dicom::DicomHeader &h = series->header(slice);
        measure::Measurement original = measure::lesionMeasurement(
            segmented.value(), volume, QStringLiteral("CT"), {studyUid, h.seriesInstanceUid, h.sopInstanceUid, h.sopClassUid, 0});
        original.finding = {QStringLiteral("4147007"), QStringLiteral("SCT"), QStringLiteral("Mass")};   // kept through the report
        std::vector<measure::SourceSlice> slices;
        for (const dicom::SliceRef &ref : stack.slices)
            slices.push_back({scan.headers[std::size_t(ref.header)].sopClassUid, scan.headers[std::size_t(ref.header)].sopInstanceUid});
        const QString segPath = dir.filePath(QStringLiteral("report-seg1.dcm")), srPath = dir.filePath(QStringLiteral("report.dcm"));
        QVERIFY(measure::writeLesionSegmentation(segmented.value(), volume, h.path, slices, QStringLiteral("Lesion 1"), segPath).ok());
        // And a length on the same slice, near its top left corner (air, clear of the lesion).
        const std::optional<imaging::SliceGeometry> sliceGeometry = imaging::imageGeometry(h);
        QVERIFY(sliceGeometry);
        measure::Measurement length;
        length.uid = QStringLiteral("2.25.4242");
        length.kind = MeasurementKind::Length;
        length.image = {studyUid, h.seriesInstanceUid, h.sopInstanceUid, h.sopClassUid, 0};
        length.plane = measure::ImagePlane::ofVolumeSlice(*sliceGeometry, QStringLiteral("CT"));
        length.points = {sliceGeometry->patientPosition(20, 20), sliceGeometry->patientPosition(20, 60)};
        length.values = measure::evaluateGeometry(length);
        QVERIFY(measure::writeMeasurementReport({original, length}, {h.path}, {{original.uid, segPath, h.seriesInstanceUid}},
                                                QStringLiteral("reader"), srPath)
                    .ok());

        const QString data = dir.filePath(QStringLiteral("data"));
        {
            auto cache = store::LocalCache::open(data);
            QVERIFY(cache.ok());
            QVERIFY(!store::runImport(*cache.value(), {sample, srPath, segPath}).fatal);
            // What the study's loader does when the viewer opens it.
            auto imported = measure::importStudyReports(*cache.value()->service(), studyUid);
            QVERIFY(imported.ok());
            QCOMPARE(imported.value().added, 2);
            QVERIFY2(imported.value().problems.isEmpty(), qPrintable(imported.value().problems.join(QLatin1Char('\n'))));
        }
        auto service = store::StoreService::open(data);
        const std::vector<store::MeasurementRecord> rows = service.value()->measurements().value()->measurements(studyUid).value();
        QCOMPARE(int(rows.size()), 2);

        ui::Viewport viewport;
        viewport.resize(600, 600);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, slice);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 60000);
        QWidget host;
        ui::MeasurementController controller(data, &host);
        controller.setStudy(studyUid, rows);
        QCOMPARE(controller.list()->items().size(), std::size_t(2));
        const measure::Measurement &m = *controller.list()->find(original.uid);
        QCOMPARE(m.kind, MeasurementKind::Lesion);
        QCOMPARE(m.finding, original.finding);
        QVERIFY(std::abs(m.value(QStringLiteral("volume")).value_or(0) - segmented.value().volumeMl) < 1e-6);
        QVERIFY(m.mask);
        QCOMPARE(m.mask->voxelCount(), segmented.value().voxelCount);
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Lesion, &viewport));
        const QImage shot = viewport.grab().toImage();
        const QPointF at = *viewport.widgetPosition(centre);
        const double r = lesion.diameterMm / 2 * viewport.toolContext().pixelsPerMm();
        const QRect around = QRectF(at - QPointF(r + 4, r + 4), at + QPointF(r + 4, r + 4)).toAlignedRect();
        const int outline = pixelsLike(shot, around, QColor(60, 230, 120));
        qInfo("imported lesion: %lld voxels, %.3f mL; %d outline pixels", m.mask->voxelCount(),
              m.value(QStringLiteral("volume")).value_or(0), outline);
        QVERIFY2(outline >= int(2 * r), "the imported lesion's outline is not drawn");
        // The length comes back where it was drawn (the report's SCOORD on this slice) and is drawn
        // there: a yellow line between its ends.
        const measure::Measurement *back = controller.list()->find(length.uid);
        QVERIFY(back);
        QCOMPARE(back->points.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i)
            for (std::size_t a = 0; a < 3; ++a)
                QVERIFY(std::abs(back->points[i][a] - length.points[i][a]) < 0.01);
        const QPointF from = *viewport.widgetPosition(length.points[0]), to = *viewport.widgetPosition(length.points[1]);
        // The line runs down a column: nearly every row between its ends has a yellow pixel within
        // 3 px of it (antialiased over the dark air: yellow, not grey).
        int lineRows = 0, yellowRows = 0;
        for (int y = int(std::ceil(std::min(from.y(), to.y()))) + 2; y <= int(std::max(from.y(), to.y())) - 2; ++y, ++lineRows)
            for (int x = int(from.x()) - 3; x <= int(from.x()) + 3; ++x) {
                const QColor c = shot.pixelColor(x, y);
                if (c.red() > 120 && c.green() > 100 && c.red() > c.blue() + 80) {
                    ++yellowRows;
                    break;
                }
            }
        if (qEnvironmentVariableIsSet("STRATA_SAVE_SHOT"))
            shot.save(QStringLiteral("/tmp/imported_length.png"));
        QVERIFY(std::abs(from.x() - to.x()) < 1 && lineRows > 40);
        QVERIFY2(yellowRows >= lineRows - 1, qPrintable(QStringLiteral("%1 of %2 rows").arg(yellowRows).arg(lineRows)));
    }

    void seedOutsideTheVolume()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.slices = 8;
        spec.pixelSpacingMm = 5.6;
        spec.sliceSpacingMm = 37.5;
        auto written = dicom::writePhantom(spec, dir.filePath(QStringLiteral("sample")));
        QVERIFY(written.ok());
        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        ui::Viewport viewport;
        viewport.resize(300, 300);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, 2);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled() && series->volume(), 60000);
        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        controller.setStudy(written.value().studyInstanceUid);
        QSignalSpy finished(&controller, &ui::MeasurementController::lesionFinished);
        QSignalSpy status(&controller, &ui::MeasurementController::statusMessage);
        controller.segmentLesion(&viewport, {0, 0, 5000});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().first().toString().isEmpty());
        QVERIFY(status.last().first().toString().contains(QStringLiteral("outside the volume")));
        QVERIFY(controller.list()->items().empty());
        // No series at all.
        ui::Viewport empty;
        controller.segmentLesion(&empty, {0, 0, 0});
        QCOMPARE(finished.count(), 2);
        QVERIFY(controller.list()->items().empty());
    }
};

QTEST_MAIN(TestLesionToolGui)
#include "tst_lesion_tool_gui.moc"
