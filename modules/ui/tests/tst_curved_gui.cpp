// The curved reformat on screen (Xvfb): Tools → Curved Reformat Path (Shift+C), a path clicked on
// the aorta of the written phantom on three axial slices, ended by a click on its last point,
// opens the curved reformat window: the aorta (200 HU) runs along the reformat's middle row as long
// as the path, the cross-section at the marker is its disc; a click on the reformat takes the
// viewport to the slice through that point; a drag across it turns it about the path; a stretched
// reformat of a path laid down the picture says why it cannot be made; Esc drops a path half laid.
// A path is kept with the study as a curved-path measurement (its length along the curve): listed,
// stored, drawn whatever the tool, undone with the reformat following, shown again with its
// reformat from the panel after a restart, and its reformat closed when it is deleted.
#include <strata/core/Paths.h>
#include <strata/dicom/Phantom.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/ui/CurvedReformatView.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/StoreService.h>
#include <strata/ui/tools/CurvedPathTool.h>
#include <strata/ui/tools/MeasurementController.h>

#include <store_reads.h>
#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace strata;

namespace {

/// The folder opened in `window` in the 1×1 layout: its viewport once its volume is in (null when not).
ui::Viewport *openInOneViewport(ui::MainWindow &window, const QString &folder)
{
    if (!testing::openSettled(window, folder))
        return nullptr;
    window.viewer()->action(QStringLiteral("layout.1x1"))->trigger();
    ui::Viewport *view = window.viewer()->viewport(0);
    return QTest::qWaitFor([view] { return view->hasImage() && view->isSettled() && view->series()->volume(); }, 60000) ? view : nullptr;
}

/// The aorta's centre at height z (the phantom's: (25, 10), radius 12 mm, 200 HU).
imaging::Vec3 aortaAt(double z) { return {25, 10, z}; }

/// The axial slice nearest height z.
int sliceAt(const dicom::Stack &stack, double z) { return measure::nearestSlice(stack, {0, 0, z}); }

/// Clicks the aorta on the axial slices nearest the heights `zs`, each shown first: the heights of
/// those slices (empty when one did not settle).
std::vector<double> clickAorta(ui::Viewport *view, std::initializer_list<double> zs)
{
    const dicom::Stack &stack = view->series()->stack();
    std::vector<double> heights;
    for (const double z : zs) {
        const int k = sliceAt(stack, z);
        view->setSlice(k);
        if (!QTest::qWaitFor([&] { return view->isSettled() && view->slice() == k; }, 20000))
            return {};
        heights.push_back(stack.slices[std::size_t(k)].position[2]);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->widgetPosition(aortaAt(heights.back()))->toPoint());
    }
    return heights;
}

/// The mean grey of the grabbed picture's pixels along a horizontal line, between fractions of it.
double meanGrey(const QImage &image, int y, int x0, int x1)
{
    double sum = 0;
    int n = 0;
    for (int x = x0; x <= x1; ++x, ++n)
        sum += qGray(image.pixel(x, y));
    return n ? sum / n : 0;
}

} // namespace

class TestCurvedGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    dicom::PhantomStudy m_study;
    dicom::PhantomSpec m_spec;


private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QApplication::setApplicationName(QStringLiteral("tst_curved_gui"));
        QSettings().clear();
        paths::setDataDirOverride(m_data.path());
        m_spec.columns = m_spec.rows = 160;
        m_spec.slices = 80;
        m_spec.pixelSpacingMm = 358.4 / 160;  // 2.24 mm
        m_spec.sliceSpacingMm = 300.0 / 80;    // 3.75 mm
        m_spec.noiseHu = 0;
        auto written = dicom::writePhantom(m_spec, m_files.filePath(QStringLiteral("ct")));
        QVERIFY(written.ok());
        m_study = written.value();
    }

    void aPathAlongTheAortaShowsItStraight()
    {
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openInOneViewport(window, m_study.folder);
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();

        QAction *pick = viewer->action(QStringLiteral("tool.curved"));
        QVERIFY(pick);
        QCOMPARE(pick->shortcut(), QKeySequence(QStringLiteral("Shift+C")));
        pick->trigger();
        auto *tool = dynamic_cast<ui::CurvedPathTool *>(view->toolHandler());
        QVERIFY(tool);

        // Three clicks on the aorta, 60 mm apart, each on its own slice.
        const dicom::Stack &stack = view->series()->stack();
        const std::vector<double> heights = clickAorta(view, {-60.0, 0.0, 60.0});
        QCOMPARE(heights.size(), std::size_t(3));
        QCOMPARE(tool->points().size(), std::size_t(3));
        QVERIFY(!viewer->curvedReformatView());
        // The path on screen: its point on this slice filled, cyan.
        const QImage onScreen = view->grab().toImage();
        const QPoint last = view->widgetPosition(aortaAt(heights.back()))->toPoint();
        QCOMPARE(onScreen.pixelColor(last).blue(), 255);
        QVERIFY(onScreen.pixelColor(last).red() < 40);

        // A click on the last point again: the reformat.
        QTest::mouseClick(view, Qt::LeftButton, {}, last);
        QVERIFY(tool->points().empty());
        QCOMPARE(tool->endedPath().size(), std::size_t(3));   // still drawn, to read the reformat against
        QTRY_VERIFY_WITH_TIMEOUT(view->grab().toImage().pixelColor(last).blue() == 200, 10000);
        ui::CurvedReformatView *curved = viewer->curvedReformatView();
        QVERIFY(curved);
        QVERIFY(QTest::qWaitForWindowExposed(curved));
        QTRY_VERIFY_WITH_TIMEOUT(curved->image() && curved->crossSection() && !curved->busy(), 30000);
        const auto image = curved->image();
        // As long as the path (120 mm, its ends on slice centres), 2.24 mm a pixel.
        QVERIFY2(std::abs(image->length - (heights.back() - heights.front())) < 2.3, qPrintable(QString::number(image->length)));
        QCOMPARE(image->spacing, m_spec.pixelSpacingMm);
        // Straight down the aorta: its 200 HU along the middle row; 20 mm beside it, not.
        const int mid = int(image->centreRow());
        for (int x = 0; x < image->width; ++x)
            QVERIFY2(std::abs(image->at(x, mid) - 200) < 15, qPrintable(QString::number(image->at(x, mid))));
        QVERIFY(curved->summary().contains(QLatin1String("Straightened along")));

        // On screen, in the abdomen window (50/400): the middle row bright (200 HU: grey 223),
        // 20 mm beside it (behind the aorta: down the axial slices' columns) soft tissue or fat,
        // as the phantom's truth says (grey 150 or less).
        for (const double z : {-50.0, 0.0, 50.0}) {
            QVERIFY(dicom::phantomHuAt(m_spec, 25, 30, z) < 85);
            QVERIFY(dicom::phantomHuAt(m_spec, 45, 10, z) < 85);   // 20 mm to its left: the cross-section's side
        }
        const QImage shown = curved->canvas()->grab().toImage();
        const QRectF r = curved->reformatRect();
        const double rowPx = r.height() / image->height;
        const int yMid = int(r.top() + (mid + 0.5) * rowPx), yBeside = int(r.top() + (mid + 0.5 + 20 / image->spacing) * rowPx);
        const int x0 = int(r.left() + r.width() * 0.1), x1 = int(r.left() + r.width() * 0.9);
        QVERIFY2(meanGrey(shown, yMid, x0, x1) > 200, qPrintable(QString::number(meanGrey(shown, yMid, x0, x1))));
        QVERIFY2(meanGrey(shown, yBeside, x0, x1) < 150, qPrintable(QString::number(meanGrey(shown, yBeside, x0, x1))));
        // The cross-section: the aorta's disc in the middle, darker 20 mm off it.
        const QRectF c = curved->crossSectionRect();
        QVERIFY(!c.isEmpty());
        const double perMm = c.width() / (curved->crossSection()->geometry.width * image->spacing);
        QVERIFY(qGray(shown.pixel(c.center().toPoint() + QPoint(4, 4))) > 200);
        QVERIFY(qGray(shown.pixel((c.center() + QPointF(20 * perMm, 0)).toPoint())) < 150);

        // The mouse over the reformat reads where and what: on the middle row the aorta, 200 HU.
        const QString onAorta = curved->readout(QPointF(r.center().x(), yMid + 0.5 * rowPx - 1));
        QVERIFY2(onAorta.contains(QLatin1String("mm along, 0.0 mm off the path: 200 HU")), qPrintable(onAorta));
        QVERIFY2(curved->readout(c.center()).startsWith(QLatin1String("cross-section, ")) && curved->readout(c.center()).endsWith(QLatin1String(": 200 HU")),
                 qPrintable(curved->readout(c.center())));
        QVERIFY(curved->readout(QPointF(1, 1)).isEmpty() || !r.contains(QPointF(1, 1)));

        // Exported as shown: one pixel per sample, the aorta along the middle row.
        QTemporaryDir exportDir;
        const QString png = exportDir.filePath(QStringLiteral("curved.png"));
        QVERIFY(curved->exportPicture(png).ok());
        const QImage exported(png);
        QCOMPARE(exported.size(), QSize(image->width, image->height));
        QVERIFY(meanGrey(exported, mid, 0, exported.width() - 1) > 200);
        QVERIFY(!curved->exportPicture(exportDir.filePath(QStringLiteral("no/such/folder/x.png"))).ok());

        // The middle point dragged 25 mm to the patient's left, on its slice: the path leaves the
        // aorta there (the middle row dark about the middle), the marker stays; dragged back, the
        // aorta runs straight again.
        const double markerBefore = curved->marker();
        const auto dragPoint = [&](const imaging::Vec3 &from, const imaging::Vec3 &to) {
            QTest::mousePress(view, Qt::LeftButton, {}, view->widgetPosition(from)->toPoint());
            QMouseEvent move(QEvent::MouseMove, *view->widgetPosition(to), view->mapToGlobal(*view->widgetPosition(to)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view, &move);
            QTest::mouseRelease(view, Qt::LeftButton, {}, view->widgetPosition(to)->toPoint());
        };
        view->setSlice(sliceAt(stack, heights[1]));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && view->slice() == sliceAt(stack, heights[1]), 20000);
        const imaging::Vec3 moved{aortaAt(0)[0] + 25, aortaAt(0)[1], heights[1]};
        dragPoint(aortaAt(heights[1]), moved);
        QVERIFY(tool->points().empty());
        QCOMPARE(tool->endedPath().size(), std::size_t(3));
        QVERIFY(std::abs(tool->endedPath()[1][0] - moved[0]) < 1.5);
        QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && curved->image() != image
                                     && curved->image()->at(curved->image()->width / 2, mid) < 100, 30000);
        QCOMPARE(curved->marker(), markerBefore);
        dragPoint(moved, aortaAt(heights[1]));
        QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && std::abs(curved->image()->at(curved->image()->width / 2, mid) - 200) < 15, 30000);
        // Shift+click on the middle point takes it out (the reformat follows, two points); on the
        // line between the two that remain (seen end-on on this slice) puts one in again.
        auto before = curved->image();
        QTest::mouseClick(view, Qt::LeftButton, Qt::ShiftModifier, view->widgetPosition(aortaAt(heights[1]))->toPoint());
        QCOMPARE(tool->endedPath().size(), std::size_t(2));
        QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && curved->image() != before && curved->summary().contains(QLatin1String("(2 points)")), 30000);
        before = curved->image();
        QTest::mouseClick(view, Qt::LeftButton, Qt::ShiftModifier, view->widgetPosition(aortaAt(heights[1]))->toPoint());
        QCOMPARE(tool->endedPath().size(), std::size_t(3));
        QVERIFY(std::abs(tool->endedPath()[1][2] - heights[1]) < 0.01);
        QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && curved->image() != before && curved->summary().contains(QLatin1String("(3 points)")), 30000);

        // A click on the reformat a quarter along: the viewport goes to the slice through it.
        const QPoint quarter(int(r.left() + r.width() * 0.25), yMid);
        QTest::mouseClick(curved->canvas(), Qt::LeftButton, {}, quarter);
        const imaging::Vec3 marked = image->patientPosition(curved->marker(), image->centreRow());
        QVERIFY(std::abs(marked[2] - (heights.front() + 0.25 * image->length)) < 3);
        QTRY_COMPARE_WITH_TIMEOUT(view->slice(), sliceAt(stack, marked[2]), 10000);

        // Shift+click three quarters along: a second mark, half the path from the marker; the
        // stretch between them shaded, its length in the summary; the marker and viewports stay.
        QVERIFY(!curved->secondMark() && !curved->lengthBetweenMarks());
        const QPoint threeQuarters(int(r.left() + r.width() * 0.75), yMid);
        QTest::mouseClick(curved->canvas(), Qt::LeftButton, Qt::ShiftModifier, threeQuarters);
        QVERIFY(curved->secondMark());
        QVERIFY2(std::abs(curved->lengthBetweenMarks().value() - 0.5 * image->length) < 1.5,
                 qPrintable(QString::number(curved->lengthBetweenMarks().value())));
        QVERIFY2(curved->summary().contains(QStringLiteral("%1 mm to the second mark").arg(curved->lengthBetweenMarks().value(), 0, 'f', 1)),
                 qPrintable(curved->summary()));
        QCOMPARE(curved->image()->patientPosition(curved->marker(), curved->image()->centreRow()), marked);
        const QImage spanned = curved->canvas()->grab().toImage();
        const QColor inside = spanned.pixelColor(int(r.left() + r.width() * 0.5), yBeside);
        const QColor outside = spanned.pixelColor(int(r.left() + r.width() * 0.1), yBeside);
        QVERIFY2(inside.red() - inside.blue() > 20 && std::abs(outside.red() - outside.blue()) < 3,
                 qPrintable(QStringLiteral("%1 %2").arg(inside.name(), outside.name())));
        curved->setSecondMark(std::nullopt);
        QVERIFY(!curved->summary().contains(QStringLiteral("second mark")));

        // A drag across it turns it 30° about the path; the aorta stays in the middle.
        QTest::mousePress(curved->canvas(), Qt::LeftButton, {}, quarter);
        QTest::mouseMove(curved->canvas(), quarter + QPoint(30, 0));
        QTest::mouseMove(curved->canvas(), quarter + QPoint(60, 0));
        QTest::mouseRelease(curved->canvas(), Qt::LeftButton, {}, quarter + QPoint(60, 0));
        QVERIFY(std::abs(curved->angle() - 30) < 1e-9);
        QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && curved->summary().contains(QStringLiteral("turned 30°")), 30000);
        QVERIFY(std::abs(curved->image()->at(curved->image()->width / 2, mid) - 200) < 15);
        QVERIFY(std::abs(imaging::dot(curved->image()->across.front(), {0, 1, 0}) - std::cos(M_PI / 6)) < 0.01);

        // In the 1+3 MPR the big plane turns to the cross-section at the marker (the aorta end-on,
        // a disc in its middle), the others along the path; unchecked, the planes stay.
        viewer->action(QStringLiteral("layout.mpr"))->trigger();
        ui::Viewport *big = viewer->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(big->mode() == ui::Viewport::Mode::Mpr && big->isSettled(), 30000);
        curved->setMarker(curved->image()->width * 0.6);
        const imaging::Plane across = curved->image()->crossSection(curved->marker());
        QTRY_VERIFY_WITH_TIMEOUT(big->isSettled() && big->imageGeometry()
                                     && std::abs(std::abs(imaging::dot(big->imageGeometry()->normal(), across.normal())) - 1) < 1e-6
                                     && std::abs(big->imageGeometry()->distance(across.center)) < 0.01, 30000);
        const auto onPlane = big->widgetPosition(across.center);
        QVERIFY(onPlane);
        QVERIFY(qGray(big->grab().toImage().pixel(onPlane->toPoint())) > 200);   // the aorta, end-on
        // The other planes run along the path (the aorta's axis lies in them).
        for (int i = 1; i <= 2; ++i) {
            const auto g = viewer->viewport(i)->imageGeometry();
            QVERIFY(g && std::abs(imaging::dot(g->normal(), across.normal())) < 1e-6);
        }
        curved->setCrossSectionInMpr(false);
        const imaging::Vec3 normalBefore = big->imageGeometry()->normal();
        curved->setMarker(curved->image()->width * 0.3);
        QTRY_VERIFY_WITH_TIMEOUT(!curved->busy(), 30000);
        QCoreApplication::processEvents();
        QVERIFY(std::abs(imaging::dot(big->imageGeometry()->normal(), normalBefore) - 1) < 1e-9);
        QCOMPARE(big->toolHandler(), static_cast<ui::ToolHandler *>(tool));   // the tool in hand stayed in the MPR layout
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->mode() == ui::Viewport::Mode::Stack && view->isSettled(), 30000);
        QCOMPARE(view->toolHandler(), static_cast<ui::ToolHandler *>(tool));

        // Stretched along the axial slices' normal, a path that runs down the picture has no width.
        curved->setMode(imaging::CurvedMode::Stretched);
        QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && curved->summary().contains(QLatin1String("draw it across")), 30000);
        QVERIFY(!curved->image());

        // Esc drops a path half laid.
        QTest::mouseClick(view, Qt::LeftButton, {}, view->widgetPosition(aortaAt(marked[2]))->toPoint());
        QCOMPARE(tool->points().size(), std::size_t(1));
        QVERIFY(tool->endedPath().empty());   // a new path: the old one is no longer drawn
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(tool->points().empty());
        curved->close();
    }

    void aPathIsKeptWithTheStudy()
    {
        QTemporaryDir data;   // this test's own cache: the path above is kept too
        const QString studyUid = m_study.studyInstanceUid;
        std::vector<double> heights;
        QString uid;
        const auto open = [this](ui::MainWindow &window) { return openInOneViewport(window, m_study.folder); };
        {
            ui::MainWindow window(data.path());
            ui::Viewport *view = open(window);
            QVERIFY(view);
            ui::Viewer *viewer = window.viewer();
            auto *measure = viewer->findChild<ui::MeasurementController *>();
            QVERIFY(measure);
            // Measure → Curved Path takes the same tool.
            QAction *fromMeasure = measure->menu()->findChild<QAction *>(QStringLiteral("measure.curved_path"));
            QVERIFY(fromMeasure);
            fromMeasure->trigger();
            auto *tool = dynamic_cast<ui::CurvedPathTool *>(view->toolHandler());
            QVERIFY(tool);
            const dicom::Stack &stack = view->series()->stack();
            heights = clickAorta(view, {-45.0, 15.0, 75.0});
            QCOMPARE(heights.size(), std::size_t(3));
            const QPoint last = view->widgetPosition(aortaAt(heights.back()))->toPoint();
            QTest::mouseClick(view, Qt::LeftButton, {}, last);

            // Kept: one curved path of three points, as long as the straight aorta between them.
            QCOMPARE(measure->list()->items().size(), std::size_t(1));
            const measure::Measurement kept = measure->list()->items().front();
            uid = kept.uid;
            QVERIFY(kept.kind == measure::MeasurementKind::CurvedPath);
            QCOMPARE(kept.points.size(), std::size_t(3));
            QCOMPARE(kept.image.seriesInstanceUid, stack.seriesInstanceUid);
            QVERIFY(kept.image.sopInstanceUid.isEmpty());
            const double length = heights.back() - heights.front();
            QVERIFY2(std::abs(kept.value(QStringLiteral("length")).value_or(0) - length) < 0.01,
                     qPrintable(QString::number(kept.value(QStringLiteral("length")).value_or(0))));
            QCOMPARE(tool->endedUid(), uid);
            QCOMPARE(measure->list()->selected(), uid);
            QCOMPARE(measure->panel()->count(), 1);
            QVERIFY2(measure->panel()->item(0)->text().startsWith(QStringLiteral("Curved path  %1 mm along the path").arg(length, 0, 'f', 1)),
                     qPrintable(measure->panel()->item(0)->text()));
            auto service = store::StoreService::open(data.path());
            QVERIFY(service.ok());
            auto repo = service.value()->measurements();
            QVERIFY(repo.ok());
            QTRY_COMPARE(testing::rowsOr(repo.value()->measurements(studyUid)), 1);
            ui::CurvedReformatView *curved = viewer->curvedReformatView();
            QVERIFY(curved);
            QTRY_VERIFY_WITH_TIMEOUT(curved->image() && !curved->busy(), 30000);

            // With the browse tool the path stays drawn (selected: cyan), filled on its point's slice.
            viewer->action(QStringLiteral("tool.browse"))->trigger();
            QVERIFY(!dynamic_cast<ui::CurvedPathTool *>(view->toolHandler()));
            QTRY_VERIFY_WITH_TIMEOUT(view->grab().toImage().pixelColor(last).blue() == 255, 10000);
            QVERIFY(view->grab().toImage().pixelColor(last).red() < 40);
            // View → Show Measurements (M) off: gone; on again: back.
            QAction *shown = viewer->action(QStringLiteral("view.measurements"));
            QVERIFY(shown && shown->isChecked());
            QCOMPARE(shown->shortcut(), QKeySequence(QStringLiteral("M")));
            shown->trigger();
            QVERIFY(!view->measurementsVisible());
            QVERIFY(view->grab().toImage().pixelColor(last).blue() < 250);
            shown->trigger();
            QVERIFY(view->grab().toImage().pixelColor(last).blue() == 255);
            // On a slice beyond its ends, none of it.
            view->setSlice(sliceAt(stack, heights.back() + 40));
            QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && view->slice() == sliceAt(stack, heights.back() + 40), 20000);
            QVERIFY(view->grab().toImage().pixelColor(last).blue() < 250);

            // Its last point dragged 20 mm to the left with the tool: kept so (saved again); undone,
            // the path and its reformat go back.
            viewer->action(QStringLiteral("tool.curved"))->trigger();
            tool = dynamic_cast<ui::CurvedPathTool *>(view->toolHandler());
            QVERIFY(tool);
            QCOMPARE(tool->endedUid(), uid);   // the path kept is the tool's to edit
            view->setSlice(sliceAt(stack, heights.back()));
            QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && view->slice() == sliceAt(stack, heights.back()), 20000);
            const imaging::Vec3 moved{aortaAt(0)[0] + 20, aortaAt(0)[1], heights.back()};
            QTest::mousePress(view, Qt::LeftButton, {}, last);
            QMouseEvent move(QEvent::MouseMove, *view->widgetPosition(moved), view->mapToGlobal(*view->widgetPosition(moved)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view, &move);
            QTest::mouseRelease(view, Qt::LeftButton, {}, view->widgetPosition(moved)->toPoint());
            QCOMPARE(measure->list()->items().size(), std::size_t(1));
            const measure::Measurement edited = measure->list()->items().front();
            QCOMPARE(edited.uid, uid);
            QVERIFY(std::abs(edited.points.back()[0] - moved[0]) < 1.5);
            QVERIFY(edited.value(QStringLiteral("length")).value_or(0) > length + 1);
            QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && curved->image() && curved->image()->length > length + 1, 30000);
            measure->menu()->findChild<QAction *>(QStringLiteral("measure.undo"))->trigger();
            QVERIFY(measure->list()->items().front().points == kept.points);
            QVERIFY(tool->endedPath() == kept.points);
            QTRY_VERIFY_WITH_TIMEOUT(!curved->busy() && curved->image() && std::abs(curved->image()->length - length) < 2.3, 30000);
            QTRY_VERIFY_WITH_TIMEOUT([&] {
                const auto rows = repo.value()->measurements(studyUid);
                if (!rows.ok() || rows.value().size() != 1)
                    return false;
                const auto m = measure::fromRecord(rows.value().front());
                return m.ok() && m.value().points == kept.points;
            }(), 10000);
            curved->close();

            // A path half laid goes on in the MPR layout: the tool stays in hand there.
            QTest::mouseClick(view, Qt::LeftButton, {}, view->widgetPosition({aortaAt(0)[0] - 30, aortaAt(0)[1], heights.back()})->toPoint());
            QCOMPARE(tool->points().size(), std::size_t(1));
            viewer->action(QStringLiteral("layout.mpr"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(0)->mode() == ui::Viewport::Mode::Mpr && viewer->viewport(0)->isSettled(), 30000);
            QCOMPARE(viewer->viewport(0)->toolHandler(), static_cast<ui::ToolHandler *>(tool));
            QCOMPARE(tool->points().size(), std::size_t(1));
            viewer->action(QStringLiteral("tool.crosshair"))->trigger();   // X takes the crosshair
            QVERIFY(!dynamic_cast<ui::CurvedPathTool *>(viewer->viewport(0)->toolHandler()));
        }
        {
            // After a restart: from the panel, its reformat again and the tool with it; deleted,
            // the reformat closes.
            ui::MainWindow window(data.path());
            ui::Viewport *view = open(window);
            QVERIFY(view);
            ui::Viewer *viewer = window.viewer();
            auto *measure = viewer->findChild<ui::MeasurementController *>();
            QTRY_COMPARE(measure->list()->items().size(), std::size_t(1));
            QCOMPARE(measure->list()->items().front().uid, uid);
            QVERIFY(!viewer->curvedReformatView());
            view->setSlice(0);
            QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && view->slice() == 0, 20000);
            emit measure->panel()->jumpRequested(uid);
            QCOMPARE(view->slice(), sliceAt(view->series()->stack(), heights.front()));   // its first point's slice
            ui::CurvedReformatView *curved = viewer->curvedReformatView();
            QVERIFY(curved);
            QTRY_VERIFY_WITH_TIMEOUT(curved->image() && !curved->busy(), 30000);
            QVERIFY(std::abs(curved->image()->length - (heights.back() - heights.front())) < 2.3);
            auto *tool = dynamic_cast<ui::CurvedPathTool *>(view->toolHandler());
            QVERIFY(tool);
            QCOMPARE(tool->endedUid(), uid);
            QCOMPARE(tool->endedPath().size(), std::size_t(3));
            measure->list()->setSelected(uid);
            measure->menu()->findChild<QAction *>(QStringLiteral("measure.delete"))->trigger();
            QVERIFY(measure->list()->items().empty());
            QTRY_VERIFY_WITH_TIMEOUT(!viewer->curvedReformatView(), 10000);
            QVERIFY(tool->endedPath().empty());
        }
    }
};

QTEST_MAIN(TestCurvedGui)
#include "tst_curved_gui.moc"
