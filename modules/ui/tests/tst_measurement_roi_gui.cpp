// The polygon, freehand and text tools, ultrasound calibration and the panel's jump on MPR, on
// screen (Xvfb) with QTest mouse events: a polygon clicked out over a phantom slice shows the area
// its image positions and the pixel spacing give (shoelace, computed here) and the phantom's soft
// tissue (40 HU); its vertex and the whole outline move, undo and delete work; a freehand circle
// drawn with the mouse has the area of the path; a text annotation is placed and edited; on a real
// ultrasound image a length inside its calibrated region reads the region's Physical Delta with
// a note, one leaving it reads pixels; a polygon drawn on an oblique MPR plane is found again by
// the panel's jump after the planes moved and turned (and from the store, as after a restart).
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/store/StoreService.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/models/OverlayText.h>
#include <strata/ui/tools/MeasurementController.h>
#include <strata/ui/tools/MeasurementTools.h>

#include <store_reads.h>

#include <dicom_tools.h>
#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <tuple>

using namespace strata;
using measure::MeasurementKind;

namespace {

void moveTo(QWidget *w, QPointF to)
{
    QMouseEvent move(QEvent::MouseMove, to, w->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

void drag(QWidget *w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    moveTo(w, QPointF(to));
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

/// The area (mm²) of the outline through these widget points, from their image positions.
double shoelace(ui::Viewport &v, const std::vector<QPoint> &points)
{
    const imaging::SliceGeometry g = *v.imageGeometry();
    double twice = 0;
    for (std::size_t i = 0, j = points.size() - 1; i < points.size(); j = i++) {
        const QPointF a = *v.toolContext().imagePosition(points[j]), b = *v.toolContext().imagePosition(points[i]);
        twice += a.x() * g.spacing[0] * b.y() * g.spacing[1] - b.x() * g.spacing[0] * a.y() * g.spacing[1];
    }
    return std::abs(twice) / 2;
}

/// Where image pixel (x, y) of the slice shown lies in the viewport.
QPoint widgetAt(const ui::Viewport &viewport, double x, double y)
{
    return viewport.widgetPosition(viewport.imageGeometry()->patientPosition(x, y))->toPoint();
}

/// A line dragged with the viewport's tool between two widget points: the measurement it added,
/// and the length it must have at `mmPerPixel` between the image points the viewport put its ends on.
std::pair<measure::Measurement, double> dragLine(ui::Viewport &viewport, const ui::MeasurementController &controller, QPoint from, QPoint to,
                                                 double mmPerPixel)
{
    drag(&viewport, from, to);
    const QPointF a = *viewport.toolContext().imagePosition(from), b = *viewport.toolContext().imagePosition(to);
    return {controller.list()->items().back(), std::hypot(b.x() - a.x(), b.y() - a.y()) * mmPerPixel};
}

/// The files' one stack, loading; null when they make none or several.
std::shared_ptr<imaging::SeriesVolume> seriesOf(const QStringList &files)
{
    const auto scan = dicom::scanFiles(files);
    const auto stacks = dicom::buildStacks(scan.headers);
    if (stacks.size() != 1)
        return nullptr;
    auto series = std::make_shared<imaging::SeriesVolume>(stacks.front(), scan.headers, imaging::SeriesVolume::Options{});
    series->start();
    return series;
}

/// `viewport` at `size`, on screen, showing `series` from its first image once settled; false when
/// it is not.
bool showIn(ui::Viewport &viewport, const std::shared_ptr<imaging::SeriesVolume> &series, QSize size)
{
    if (!series)
        return false;
    viewport.resize(size);
    viewport.show();
    if (!QTest::qWaitForWindowExposed(&viewport))
        return false;
    viewport.showStack(series, 0);
    return QTest::qWaitFor([&] { return viewport.hasImage() && viewport.isSettled(); }, 30000);
}

std::shared_ptr<imaging::SeriesVolume> phantomSeries(const QString &folder, dicom::PhantomSpec spec, QString *study = nullptr)
{
    auto written = dicom::writePhantom(spec, folder);
    if (!written.ok())
        return nullptr;
    if (study)
        *study = written.value().studyInstanceUid;
    return seriesOf(written.value().files);
}

/// A right and a left CC view (made from the shared data's 440 × 440 chest CR: modality MG, Patient
/// Orientation P\\L and A\\R, Image Laterality, View Position, instance numbers 1 and 2) in one
/// series, in `folder`; empty paths when dcmodify failed.
std::pair<QString, QString> mammograms(const QString &folder)
{
    const QString source = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm");
    const QString right = folder + QStringLiteral("/rcc.dcm"), left = folder + QStringLiteral("/lcc.dcm");
    for (const auto &[file, orientation, side, number] : {std::tuple{right, "P\\L", "R", "1"}, std::tuple{left, "A\\R", "L", "2"}})
        if (!testing::modifiedCopyOf(source, file,
                                     {QStringLiteral("(0008,0060)=MG"), QStringLiteral("(0020,0020)=%1").arg(QLatin1String(orientation)),
                                      QStringLiteral("(0020,0062)=%1").arg(QLatin1String(side)), QStringLiteral("(0018,5101)=CC"),
                                      QStringLiteral("(0020,0013)=%1").arg(QLatin1String(number))}))
            return {};
    // Both in one series (as many mammography units store a study's views), each its own instance.
    if (QProcess::execute(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-gin"), left}) != 0
        || !testing::dcmodify(left, {QStringLiteral("(0020,000e)=") + testing::tagValue(right, QStringLiteral("0020,000e"))}))
        return {};
    return {right, left};
}

} // namespace

class TestMeasurementRoiGui : public QObject {
    Q_OBJECT
private slots:
    void polygonAndFreehandOnASlice()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 128;
        spec.slices = 12;
        spec.pixelSpacingMm = 2.8;
        spec.sliceSpacingMm = 25.0;
        spec.noiseHu = 0;
        auto series = phantomSeries(dir.path(), spec);
        QVERIFY(series);
        ui::Viewport viewport;
        viewport.resize(500, 500);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, 6);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);
        const imaging::SliceGeometry g = *viewport.imageGeometry();

        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        auto list = controller.list();
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Polygon, &viewport));
        // A quadrilateral in the body's soft tissue (40 HU) around (0, -60) mm, clicked vertex by
        // vertex and closed on its first vertex.
        const QPointF c = *viewport.widgetPosition({0, -60, g.origin[2]});
        const std::vector<QPoint> quad{(c + QPointF(-22, -10)).toPoint(), (c + QPointF(20, -14)).toPoint(),
                                       (c + QPointF(25, 12)).toPoint(), (c + QPointF(-18, 15)).toPoint()};
        // Esc drops a polygon half drawn: the next clicks start a new one.
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, quad[0]);
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, quad[1]);
        auto *polygonTool = dynamic_cast<ui::MeasurementTool *>(viewport.toolHandler());
        QVERIFY(polygonTool && polygonTool->pending());
        QTest::keyClick(&viewport, Qt::Key_Escape);
        QVERIFY(!polygonTool->pending());
        QVERIFY(list->items().empty());
        for (const QPoint &p : quad)
            QTest::mouseClick(&viewport, Qt::LeftButton, {}, p);
        QVERIFY(list->items().empty());  // not closed yet
        QCOMPARE(polygonTool->pending()->points.size(), quad.size() + 1);   // and the point that follows the mouse
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, quad.front() + QPoint(2, 1));
        QCOMPARE(list->items().size(), std::size_t(1));
        const measure::Measurement polygon = list->items().front();
        QCOMPARE(polygon.kind, MeasurementKind::Polygon);
        QCOMPARE(polygon.points.size(), std::size_t(4));
        const double area = shoelace(viewport, quad);
        QVERIFY(area > 500);
        QVERIFY2(std::abs(polygon.value(QStringLiteral("area")).value() - area) < 1e-6 * area,
                 qPrintable(QString::number(polygon.value(QStringLiteral("area")).value())));
        QVERIFY(polygon.value(QStringLiteral("pixel_count")).value() > 20);
        QVERIFY(std::abs(polygon.value(QStringLiteral("mean")).value() - 40.0) < 0.5);
        QVERIFY(std::abs(polygon.value(QStringLiteral("sd")).value()) < 0.5);
        QCOMPARE(polygon.value(QStringLiteral("min")).value(), polygon.value(QStringLiteral("max")).value());
        // What is shown: the area and the mean in HU, in the view and in the panel.
        const QString shown = ui::MeasurementTool::label(polygon);
        QVERIFY2(shown.startsWith(QStringLiteral("A %1 mm²").arg(area, 0, 'f', 1)), qPrintable(shown));
        QVERIFY(shown.endsWith(QStringLiteral("HU")));
        QVERIFY(controller.panel()->item(0)->text().contains(QStringLiteral("%1 mm²").arg(area, 0, 'f', 1)));
        viewport.repaint();

        // A vertex dragged: the area follows.
        const QPoint moved = quad[2] + QPoint(15, 10);
        drag(&viewport, quad[2], moved);
        std::vector<QPoint> edited = quad;
        edited[2] = moved;
        QVERIFY(std::abs(list->items().front().value(QStringLiteral("area")).value() - shoelace(viewport, edited)) < 1e-6 * area);
        // Dragged from inside: the whole outline moves, its area stays.
        const double before = list->items().front().value(QStringLiteral("area")).value();
        const imaging::Vec3 first = list->items().front().points[0];
        drag(&viewport, c.toPoint(), c.toPoint() + QPoint(30, 0));
        QCOMPARE(list->items().size(), std::size_t(1));
        QVERIFY(std::abs(list->items().front().value(QStringLiteral("area")).value() - before) < 1e-6 * before);
        const auto shifted = viewport.widgetPosition(list->items().front().points[0]);
        QVERIFY(std::abs(shifted->x() - viewport.widgetPosition(first)->x() - 30) < 1.0);
        // Undo twice: the first outline again; delete; undo.
        list->undo();
        list->undo();
        QVERIFY(std::abs(list->items().front().value(QStringLiteral("area")).value() - area) < 1e-6 * area);
        list->remove(polygon.uid);
        QVERIFY(list->items().empty());
        list->undo();
        QCOMPARE(list->items().front().uid, polygon.uid);

        // A freehand circle (radius 45 screen px), drawn while the button is held.
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Freehand, &viewport));
        const QPointF f = c + QPointF(0, 0);
        std::vector<QPoint> path;
        for (int i = 0; i < 72; ++i) {
            const double t = 2 * std::numbers::pi * i / 72;
            path.push_back((f + QPointF(45 * std::cos(t), 45 * std::sin(t))).toPoint());
        }
        QTest::mousePress(&viewport, Qt::LeftButton, {}, path.front());
        for (std::size_t i = 1; i < path.size(); ++i)
            moveTo(&viewport, QPointF(path[i]));
        QTest::mouseRelease(&viewport, Qt::LeftButton, {}, path.back());
        QCOMPARE(list->items().size(), std::size_t(2));
        const measure::Measurement freehand = list->items().back();
        QCOMPARE(freehand.kind, MeasurementKind::Freehand);
        QCOMPARE(freehand.points.size(), path.size());
        const double circle = shoelace(viewport, path);
        QVERIFY(std::abs(freehand.value(QStringLiteral("area")).value() - circle) < 1e-6 * circle);
        QVERIFY(std::abs(freehand.value(QStringLiteral("mean")).value() - 40.0) < 0.5);
        viewport.repaint();

        // Text: placed with the text asked for, then edited, undone.
        QString answer = QStringLiteral("Cyst?");
        controller.setTextProvider([&answer](const QString &) { return std::optional<QString>(answer); });
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Text, &viewport));
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, QPoint(60, 60));
        QCOMPARE(list->items().size(), std::size_t(3));
        QCOMPARE(list->items().back().kind, MeasurementKind::Text);
        QCOMPARE(ui::MeasurementTool::label(list->items().back()), QStringLiteral("Cyst?"));
        answer = QStringLiteral("Simple cyst");
        controller.editSelectedText();
        QCOMPARE(list->items().back().text, QStringLiteral("Simple cyst"));
        QCOMPARE(measure::toJson(list->items().back()).value(QStringLiteral("text")).toString(), QStringLiteral("Simple cyst"));
        list->undo();
        QCOMPARE(list->items().back().text, QStringLiteral("Cyst?"));
        viewport.repaint();
    }

    void ultrasoundRegionCalibration()
    {
        // A real ultrasound image: region 1 spans x 120–800, y 60–518 in centimetres, Physical
        // Delta 0.026228787661969974 cm per pixel both ways; below it a Doppler strip (not cm).
        const QString file = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/OBXXXX1A.dcm");
        const auto series = seriesOf({file});
        QVERIFY(series);
        ui::Viewport viewport;
        viewport.resize(900, 700);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        // The tool chosen while the viewport is empty (a layout's cell filled later, a series
        // dropped in): the regions are read once the ultrasound series is shown.
        QTemporaryDir dir;
        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Length, &viewport));
        viewport.showStack(series, 0);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(controller.ultrasoundRegionsKnown(file), 30000);
        const auto at = [&](double x, double y) { return widgetAt(viewport, x, y); };
        const auto [inside, mm] = dragLine(viewport, controller, at(300, 150), at(600, 400), 0.26228787661969974);
        QVERIFY2(std::abs(inside.value(QStringLiteral("length")).value() - mm) < 1e-6 * mm,
                 qPrintable(QString::number(inside.value(QStringLiteral("length")).value())));
        QCOMPARE(ui::MeasurementTool::label(inside), QStringLiteral("%1 mm (calibration: ultrasound region)").arg(mm, 0, 'f', 1));
        // Into the Doppler strip: no region holds both ends, so pixels, said so.
        drag(&viewport, at(300, 300), at(400, 540));
        const measure::Measurement across = controller.list()->items().back();
        QCOMPARE(across.plane.calibration.source, measure::CalibrationSource::Uncalibrated);
        QVERIFY(ui::MeasurementTool::label(across).endsWith(QStringLiteral(" px (no calibration: pixels)")));
        viewport.repaint();
    }

    // A real chest CR (440 × 440) as a modality writes it with a detector of 0.4 mm: Imager Pixel
    // Spacing copied into Pixel Spacing, and an Estimated Radiographic Magnification Factor of
    // 1.25. A line measures in millimetres at the patient (0.32 mm a pixel), says so, and the
    // scale bar is drawn in the same millimetres.
    void radiographCorrectedForMagnification()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cr.dcm"));
        QVERIFY(testing::modifiedCopyOf(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm"), file,
                                        {QStringLiteral("(0018,1164)=0.4\\0.4"), QStringLiteral("(0028,0030)=0.4\\0.4"), QStringLiteral("(0018,1114)=1.25")}));
        ui::Viewport viewport;
        QVERIFY(showIn(viewport, seriesOf({file}), QSize(700, 700)));
        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Length, &viewport));
        const auto [m, mm] = dragLine(viewport, controller, widgetAt(viewport, 100, 100), widgetAt(viewport, 300, 400), 0.32);
        QVERIFY2(std::abs(m.value(QStringLiteral("length")).value() - mm) < 1e-6 * mm,
                 qPrintable(QString::number(m.value(QStringLiteral("length")).value())));
        QCOMPARE(ui::MeasurementTool::label(m), QStringLiteral("%1 mm (calibration: magnification corrected, ERMF 1.25)").arg(mm, 0, 'f', 1));

        // The bar's length in corrected millimetres is one of its round lengths (in the detector's
        // it would be 0.8 of one: 40, 80, 16 mm …).
        viewport.setToolHandler(nullptr);
        const QTransform t = viewport.imageToWidget();
        const QPointF step = t.map(QPointF(1, 0)) - t.map(QPointF(0, 0));
        const double pixelsPerMm = std::hypot(step.x(), step.y()) / 0.32;
        // A window that leaves the image black, so that only the bar is bright in its column.
        viewport.setWindow(imaging::WindowLevel{1e6, 1});
        const double bar = (testing::scaleBarPixels(viewport.grab().toImage()) - 1) / pixelsPerMm;
        bool round = false;
        for (double candidate : {5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
            round = round || std::abs(bar - candidate) < 0.03 * candidate;
        QVERIFY2(round, qPrintable(QStringLiteral("a scale bar of %1 mm").arg(bar)));
    }

    // Mammograms hang back to back: a right CC view (rows towards P: the chest wall at its last
    // column) stands against the viewport's right edge, a left CC view (rows towards A) against
    // the left one, on screen, scrolled from one to the other; mirrored, the chest wall goes to
    // the other edge; the chest CR the two were made from stays centred.
    void mammogramsStandAgainstTheirChestWall()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm");
        const auto [right, left] = mammograms(dir.path());
        QVERIFY(!right.isEmpty());
        ui::Viewport viewport;
        QVERIFY(showIn(viewport, seriesOf({right, left}), QSize(900, 600)));   // 440 × 440 fits 600 px high: 300 px across to spare
        // Every image pixel white, the background black: the image's columns on a middle row.
        const auto columns = [&] {
            viewport.setWindow(imaging::WindowLevel{-1e6, 1});
            const QImage shot = viewport.grab().toImage();
            int first = -1, last = -1;
            for (int x = 0; x < shot.width(); ++x)
                if (qGray(shot.pixel(x, shot.height() / 2 + 40)) > 200) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            return std::pair{first, last};
        };
        const int w = viewport.width(), h = viewport.height();
        QCOMPARE(viewport.series()->header(viewport.slice()).laterality, QStringLiteral("R"));
        QCOMPARE(viewport.chestWallSide(), 1);
        auto [first, last] = columns();
        QVERIFY2(last >= w - 2 && std::abs(first - (w - h)) <= 2, qPrintable(QStringLiteral("R CC in columns %1–%2").arg(first).arg(last)));
        viewport.setSlice(1);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.isSettled(), 30000);
        QCOMPARE(viewport.series()->header(viewport.slice()).laterality, QStringLiteral("L"));
        std::tie(first, last) = columns();
        QVERIFY2(first <= 1 && std::abs(last - (h - 1)) <= 2, qPrintable(QStringLiteral("L CC in columns %1–%2").arg(first).arg(last)));
        // Mirrored, and then the view reset: the chest wall follows, and comes back.
        viewport.flipHorizontal();
        std::tie(first, last) = columns();
        QVERIFY2(last >= w - 2, qPrintable(QStringLiteral("mirrored L CC in columns %1–%2").arg(first).arg(last)));
        viewport.setViewTransform({});
        std::tie(first, last) = columns();
        QVERIFY2(first <= 1, qPrintable(QStringLiteral("reset L CC in columns %1–%2").arg(first).arg(last)));

        // Not a mammogram: centred.
        QVERIFY(showIn(viewport, seriesOf({source}), QSize(900, 600)));
        QCOMPARE(viewport.chestWallSide(), 0);
        std::tie(first, last) = columns();
        QVERIFY2(std::abs(first - (w - h) / 2) <= 2 && std::abs(last - (w + h) / 2) <= 2, qPrintable(QStringLiteral("CR in columns %1–%2").arg(first).arg(last)));
    }

    // Opened in 1×2, a mammography study hangs R CC on the left and L CC on the right (in the order
    // their series does not give), their chest walls meeting in the middle: the image of the left
    // viewport against its right edge, the right one's against its left edge.
    void aMammographyStudyHangsBackToBack()
    {
        QTemporaryDir dir, data;
        const auto [right, left] = mammograms(dir.path());
        QVERIFY(!right.isEmpty());
        // Stored L CC first.
        QVERIFY(testing::dcmodify(right, {QStringLiteral("(0020,0013)=2")}));
        QVERIFY(testing::dcmodify(left, {QStringLiteral("(0020,0013)=1")}));
        ui::Viewer viewer(data.path());
        viewer.resize(1260, 480);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.action(QStringLiteral("layout.1x2"))->trigger();
        QSignalSpy loaded(&viewer, &ui::Viewer::studyLoaded);
        viewer.openPaths({dir.path()});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(viewer.viewportCount(), 2);
        for (int i = 0; i < 2; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(viewer.viewport(i)->hasImage() && viewer.viewport(i)->isSettled(), 30000);
        ui::Viewport *r = viewer.viewport(0), *l = viewer.viewport(1);
        QCOMPARE(r->series()->header(r->slice()).laterality, QStringLiteral("R"));
        QCOMPARE(l->series()->header(l->slice()).laterality, QStringLiteral("L"));
        // On screen: every image pixel white; the columns of each image on a middle row.
        const auto columns = [](ui::Viewport *v) {
            v->setWindow(imaging::WindowLevel{-1e6, 1});
            const QImage shot = v->grab().toImage();
            int first = -1, last = -1;
            for (int x = 0; x < shot.width(); ++x)
                if (qGray(shot.pixel(x, shot.height() / 2 + 40)) > 200) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            return std::pair{first, last};
        };
        const auto [rFirst, rLast] = columns(r);
        const auto [lFirst, lLast] = columns(l);
        QVERIFY2(r->width() - r->height() > 40, qPrintable(QStringLiteral("no room across to tell: %1 × %2").arg(r->width()).arg(r->height())));
        QVERIFY2(rLast >= r->width() - 4 && rFirst > 20, qPrintable(QStringLiteral("R CC in columns %1–%2 of %3").arg(rFirst).arg(rLast).arg(r->width())));
        QVERIFY2(lFirst <= 3 && lLast < l->width() - 20, qPrintable(QStringLiteral("L CC in columns %1–%2 of %3").arg(lFirst).arg(lLast).arg(l->width())));
    }

    // A real GE CT (Pixel Padding Value −1500: a quarter of its pixels lie outside the circular
    // field of view): a region in the corner has no image pixels and says so; one across the
    // field's edge counts only the pixels inside it; the probe and the cursor readout in the
    // corner say padding, not −1500 HU.
    void paddingIsNoImage()
    {
        const QString file = QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt/14.dcm");
        const auto series = seriesOf({file});
        QVERIFY(series);
        QCOMPARE(series->header(0).pixel.paddingValue, std::optional<double>(-1500));
        ui::Viewport viewport;
        QVERIFY(showIn(viewport, series, QSize(600, 600)));
        const auto at = [&](double x, double y) { return widgetAt(viewport, x, y); };
        QCOMPARE(viewport.toolContext().valueAt(QPointF(20, 20)), std::optional<float>(-1500.f));

        QTemporaryDir dir;
        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        // The measurement a tool has just added (the list keeps its own order).
        const auto added = [&](const std::function<void()> &draw) {
            QSet<QString> before;
            for (const measure::Measurement &m : controller.list()->items())
                before.insert(m.uid);
            draw();
            for (const measure::Measurement &m : controller.list()->items())
                if (!before.contains(m.uid))
                    return m;
            return measure::Measurement{};
        };
        auto polygon = [&](const std::vector<QPoint> &vertices) {
            return added([&] {
                viewport.setToolHandler(controller.makeTool(MeasurementKind::Polygon, &viewport));
                for (const QPoint &p : vertices)
                    QTest::mouseClick(&viewport, Qt::LeftButton, {}, p);
                QTest::mouseClick(&viewport, Qt::LeftButton, {}, vertices.front());
            });
        };
        const measure::Measurement corner = polygon({at(10, 10), at(60, 10), at(60, 60), at(10, 60)});
        QCOMPARE(corner.value(QStringLiteral("pixel_count")), std::optional<double>(0));
        QVERIFY(corner.value(QStringLiteral("excluded_pixel_count")).value_or(0) > 2000);
        QVERIFY(!corner.value(QStringLiteral("mean")));   // no −1500 HU "air"
        QVERIFY2(ui::MeasurementTool::label(corner).contains(QLatin1String("outside the image left out")),
                 qPrintable(ui::MeasurementTool::label(corner)));
        // Across the edge of the field of view (on the diagonal it starts at pixel 90, 90).
        const measure::Measurement edge = polygon({at(66, 66), at(136, 66), at(136, 136), at(66, 136)});
        const double counted = edge.value(QStringLiteral("pixel_count")).value_or(0);
        const double excluded = edge.value(QStringLiteral("excluded_pixel_count")).value_or(0);
        QVERIFY2(counted > 1000 && excluded > 200, qPrintable(QStringLiteral("%1 counted, %2 left out").arg(counted).arg(excluded)));
        QVERIFY2(edge.value(QStringLiteral("min")).value() > -1500, qPrintable(QString::number(edge.value(QStringLiteral("min")).value())));
        QVERIFY(edge.value(QStringLiteral("mean")).value() > -1100);

        const measure::Measurement probe = added([&] {
            viewport.setToolHandler(controller.makeTool(MeasurementKind::Probe, &viewport));
            QTest::mouseClick(&viewport, Qt::LeftButton, {}, at(20, 20));
        });
        QCOMPARE(probe.kind, MeasurementKind::Probe);
        QVERIFY(!probe.value(QStringLiteral("value")));
        QVERIFY2(ui::MeasurementTool::label(probe).startsWith(QLatin1String("outside the image (padding)")), qPrintable(ui::MeasurementTool::label(probe)));
        // The cursor readout over the corner, and over the head.
        testing::hover(&viewport, at(20, 20));
        QVERIFY(viewport.cursorReadout() && viewport.cursorReadout()->padding);
        QVERIFY(ui::OverlayText::cursorLines(*viewport.cursorReadout()).front().contains(QLatin1String("padding (-1500), no image")));
        testing::hover(&viewport, at(256, 256));
        QVERIFY(viewport.cursorReadout() && !viewport.cursorReadout()->padding);
    }

    void panelJumpsToAnObliqueMprPlane()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 96;
        spec.slices = 60;
        spec.pixelSpacingMm = 3.5;
        spec.sliceSpacingMm = 4.0;
        spec.noiseHu = 0;
        QString study;
        auto series = phantomSeries(dir.filePath(QStringLiteral("sample")), spec, &study);
        QVERIFY(series);
        QTRY_VERIFY_WITH_TIMEOUT(series->volume(), 120000);
        ui::MprModel model;
        model.reset(*series->volume());
        model.rotate(imaging::PlaneOrientation::Axial, 25);    // the coronal plane turned ...
        model.rotate(imaging::PlaneOrientation::Sagittal, 15);  // ... and tilted: oblique
        model.setCenter({10, -20, 15});
        ui::Viewport viewport;
        viewport.resize(500, 500);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showMpr(series, &model, imaging::PlaneOrientation::Coronal);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 60000);
        const imaging::SliceGeometry drawnOn = *viewport.imageGeometry();

        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        // The tool chosen while another study was open: the measurement names the study shown.
        controller.setStudy(QStringLiteral("2.25.1234"));
        viewport.setToolHandler(controller.makeTool(MeasurementKind::Polygon, &viewport));
        controller.setStudy(study);
        const std::vector<QPoint> triangle{{200, 200}, {300, 210}, {250, 300}};
        for (const QPoint &p : triangle)
            QTest::mouseClick(&viewport, Qt::LeftButton, {}, p);
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, triangle.front());
        QCOMPARE(controller.list()->items().size(), std::size_t(1));
        const measure::Measurement m = controller.list()->items().front();
        QVERIFY(m.image.sopInstanceUid.isEmpty());  // an MPR plane, no stored image
        QCOMPARE(m.image.studyInstanceUid, study);
        QVERIFY(std::abs(m.value(QStringLiteral("area")).value() - shoelace(viewport, triangle)) < 1e-3);

        // Saved with the study in the background; a new controller (as after a restart) has it
        // back from the store's rows, outline and values.
        auto service = store::StoreService::open(dir.filePath(QStringLiteral("data")));
        QVERIFY(service.ok());
        auto repo = service.value()->measurements();
        QVERIFY(repo.ok());
        QTRY_COMPARE(testing::rowsOr(repo.value()->measurements(study)), 1);
        {
            QWidget other;
            ui::MeasurementController reloaded(dir.filePath(QStringLiteral("data")), &other);
            reloaded.setStudy(study, repo.value()->measurements(study).value());
            QCOMPARE(reloaded.list()->items().size(), std::size_t(1));
            const measure::Measurement &back = reloaded.list()->items().front();
            QCOMPARE(back.kind, MeasurementKind::Polygon);
            QCOMPARE(back.points.size(), std::size_t(3));
            for (std::size_t i = 0; i < 3; ++i)
                for (std::size_t a = 0; a < 3; ++a)
                    QVERIFY(std::abs(back.points[i][a] - m.points[i][a]) < 1e-9);
            QCOMPARE(back.value(QStringLiteral("area")), m.value(QStringLiteral("area")));
        }

        // The planes move and turn back; the measurement is selected off; the jump restores them.
        model.resetRotation();
        model.setCenter({-30, 40, -50});
        controller.list()->setSelected(QString());
        QTRY_VERIFY_WITH_TIMEOUT(viewport.isSettled(), 60000);
        QVERIFY(std::abs(viewport.targetGeometry()->distance(m.points[0])) > 5);
        QVERIFY(controller.showIn(&viewport, m.uid));
        QCOMPARE(controller.list()->selected(), m.uid);
        const imaging::SliceGeometry target = *viewport.targetGeometry();
        QVERIFY(imaging::dot(target.row, drawnOn.row) > 1 - 1e-9);
        QVERIFY(imaging::dot(target.column, drawnOn.column) > 1 - 1e-9);
        for (const imaging::Vec3 &p : m.points)
            QVERIFY2(std::abs(target.distance(p)) < 0.5, qPrintable(QString::number(target.distance(p))));
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 60000);
        // The polygon is on screen again about where it was drawn (the view is unchanged; the
        // resliced image's grid may move by a pixel or two with the plane's new centre).
        for (std::size_t i = 0; i < triangle.size(); ++i) {
            const QPointF w = *viewport.widgetPosition(m.points[i]);
            QVERIFY2(QLineF(w, QPointF(triangle[i])).length() < 5.0, qPrintable(QStringLiteral("%1,%2").arg(w.x()).arg(w.y())));
        }
        viewport.repaint();
    }
};

QTEST_MAIN(TestMeasurementRoiGui)
#include "tst_measurement_roi_gui.moc"
