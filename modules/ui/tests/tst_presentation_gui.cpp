// Presentation states (GSPS) on screen (Xvfb): a reader's state, made by DCMTK's dcmpsmk for the
// real MR series of ../shared/testdata and completed with dcmodify, opened beside the series. The
// newest state that references the series is applied: its window, turn and mirror, and its red
// marks and text where it puts them (grabbed pixels); per image what belongs to that image; the
// picture against DCMTK's own rendering of the state (dcmp2pgm); and the View menu's choice of
// none or another state. And a key object selection (KOS) sent with a series marks its key image.
#include <strata/core/Paths.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/imaging/WindowLevel.h>
#include <strata/measure/KeyObjects.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/measure/PresentationState.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/store/StoreService.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/DicomOverlay.h>
#include <strata/dicom/Overlays.h>

#include <cad_report.h>
#include <dicom_tools.h>
#include <presentation_state.h>
#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace strata;
using strata::testing::annotatedStateChanges;
using strata::testing::mrSlice;
using strata::testing::openSettled;
using strata::testing::openStudySettled;
using strata::testing::presentationState;

namespace {

const QString kSecond = QStringLiteral("1.3.12.2.1107.5.2.32.35162.2012021516010143595256902");

/// Pixels near `at` (a square of `radius`) that are red: a mark of the state's layer (the MR
/// image itself is grey: red equals green and blue there).
int redNear(const QImage &image, QPointF at, int radius = 3)
{
    int n = 0;
    const QPoint c = at.toPoint();
    for (int y = c.y() - radius; y <= c.y() + radius; ++y)
        for (int x = c.x() - radius; x <= c.x() + radius; ++x)
            if (image.rect().contains(x, y)) {
                const QColor p = image.pixelColor(x, y);
                if (p.red() > 180 && p.green() < 90 && p.blue() < 90)
                    ++n;
            }
    return n;
}

int redIn(const QImage &image, const QRectF &region)
{
    int n = 0;
    const QRect r = region.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (p.red() > 180 && p.green() < 90 && p.blue() < 90)
                ++n;
        }
    return n;
}

/// The six MR slices copied into `dir`/series.
QString seriesFolder(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("series"));
    QDir().mkpath(folder);
    for (int k = 0; k < 6; ++k)
        if (!QFile::copy(mrSlice(k), folder + QLatin1Char('/') + QFileInfo(mrSlice(k)).fileName()))
            return {};
    return folder;
}

QStringList allSlices()
{
    QStringList slices;
    for (int k = 0; k < 6; ++k)
        slices << mrSlice(k);
    return slices;
}

/// The six slices in `dir`/series with the reader's state beside them (all six
/// slices, without dcmpsmk's windows: the reader's 300/600 for all). Empty when that fails.
QString readerSeries(const QTemporaryDir &dir)
{
    const QString folder = seriesFolder(dir);
    if (folder.isEmpty()
        || presentationState(dir, QStringLiteral("series/reader.dcm"), allSlices(), annotatedStateChanges(kSecond), {}, {QStringLiteral("-V")})
               .isEmpty())
        return {};
    return folder;
}

/// The View menu's presentation state entries, filled as when it opens.
QAction *presentationEntry(ui::Viewer *viewer, const QString &name)
{
    auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.presentationStates"));
    if (!menu)
        return nullptr;
    emit menu->aboutToShow();
    for (QAction *a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

/// Pixels of the measurements' yellow (255, 220, 0), nearly (antialiased over grey): nothing else
/// the viewport draws over the grey MR has it (the orientation letters' amber, 255, 220, 120, is
/// bluer, antialiased too).
int yellowPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 170 && c.green() > 150 && c.blue() < 0.35 * c.red())
                ++n;
        }
    return n;
}

/// Whether the viewer says, within 30 s, a status message (its statusMessage signals in `status`)
/// that `matches`.
template <class Matches>
bool saidSoon(QSignalSpy &status, Matches matches)
{
    return QTest::qWaitFor([&] {
        for (const QList<QVariant> &args : status)
            if (matches(args.value(0).toString()))
                return true;
        return false;
    }, 30000);
}

/// Shows the slice of `sop` in `view`; whether it is there.
bool showImage(ui::Viewport *view, const QString &sop)
{
    for (int k = 0; k < view->series()->sliceCount(); ++k)
        if (view->series()->header(k).sopInstanceUid == sop) {
            view->setSlice(k);
            return QTest::qWaitFor([&] { return view->hasImage() && view->shownImage().sopInstanceUid == sop; }, 30000);
        }
    return false;
}

} // namespace

class TestPresentationGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;   // the window's local cache (the files are opened from folders)

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QApplication::setApplicationName(QStringLiteral("tst_presentation_gui"));
        QSettings().clear();
        paths::setDataDirOverride(m_data.path());
    }

    void appliesTheNewestStateOfTheSeries()
    {
        // The reader's state, an older one, and one of another study's CT image.
        QTemporaryDir tmp;
        const QString folder = readerSeries(tmp);
        QVERIFY(!folder.isEmpty());
        QVERIFY(!presentationState(tmp, QStringLiteral("series/older.dcm"), allSlices(),
                                   {QStringLiteral("(0070,0080)=OLDER"), QStringLiteral("(0070,0082)=20200101")})
                     .isEmpty());
        QVERIFY(!presentationState(tmp, QStringLiteral("series/ct.dcm"),
                                   {QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt/01.dcm")},
                                   {QStringLiteral("(0070,0080)=CT STATE")})
                     .isEmpty());
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openSettled(window, folder);
        QVERIFY(view);
        QCOMPARE(view->availablePresentationStates().size(), std::size_t(2));   // not the CT's
        QVERIFY(view->presentationState());
        QCOMPARE(view->presentationState()->label(), QStringLiteral("KEY FINDING"));
        QVERIFY(view->imagePresentation());
        // The reader's window; a quarter turn clockwise, then flipped.
        QCOMPARE(view->window().center, 300.0);
        QCOMPARE(view->window().width, 600.0);
        QVERIFY(!view->window().inverted);
        QCOMPARE(view->viewTransform().quarterTurns, 1);
        QVERIFY(view->viewTransform().flipHorizontal);
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("PR: KEY FINDING")));

        // The red marks where the state puts them (pixel units: the first pixel's corner at 0).
        const QTransform t = view->imageToWidget();
        auto at = [&](double column, double row) { return t.map(QPointF(column - 0.5, row - 0.5)); };
        QImage screen = view->grab().toImage();
        QVERIFY(redNear(screen, at(120, 40)) > 0);    // on the polyline's first segment
        QVERIFY(redNear(screen, at(200, 80)) > 0);    // on its second
        QVERIFY(redNear(screen, at(148, 128)) > 0);   // on the circle
        QVERIFY(redNear(screen, at(128, 108)) > 0);
        QCOMPARE(redNear(screen, at(90, 90), 2), 0);   // inside neither
        // "Lesion" beside its anchor, with a line to it.
        const QPointF anchor = at(128, 128);
        QVERIFY(redIn(screen, QRectF(anchor + QPointF(8, 8), QSizeF(40, 14))) > 10);
        // "Series note" in the displayed area's top right (display units: the image as on screen).
        const QRectF area = t.mapRect(QRectF(-0.5, -0.5, 256, 256));
        const QRectF note(area.left() + 0.6 * area.width(), area.top() + 0.02 * area.height(), 0.38 * area.width(), 0.08 * area.height());
        QVERIFY(redIn(screen, note) > 10);
        QCOMPARE(redIn(screen, note.translated(-0.55 * area.width(), 0.8 * area.height())), 0);   // the bottom left: none

        // The point belongs to the second slice alone.
        int second = -1;
        for (int i = 0; i < view->sliceCount(); ++i)
            if (view->series()->header(i).sopInstanceUid == kSecond)
                second = i;
        QVERIFY(second >= 0);
        const int other = second == 0 ? 1 : 0;
        view->setSlice(other);
        QVERIFY(QTest::qWaitFor([&] { return view->hasImage() && view->isSettled() && view->slice() == other; }, 10000));
        QCOMPARE(redNear(view->grab().toImage(), at(64, 192)), 0);
        view->setSlice(second);
        QVERIFY(QTest::qWaitFor([&] { return view->hasImage() && view->isSettled() && view->slice() == second; }, 10000));
        screen = view->grab().toImage();
        QVERIFY(redNear(screen, at(64, 192)) > 0);
        QVERIFY(redNear(screen, at(120, 40)) > 0);
    }

    void matchesDcmtksRenderingOfTheState()
    {
        // One slice and a state with a window, a turn and a mirror, INVERSE and a rectangular
        // shutter in a light grey: the picture (no annotations) against dcmp2pgm's of the same state.
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("one"));
        QDir().mkpath(folder);
        const QString slice = folder + QStringLiteral("/slice.dcm");
        QVERIFY(QFile::copy(mrSlice(0), slice));
        const QString state = presentationState(tmp, QStringLiteral("one/state.dcm"), {slice},
                                                {QStringLiteral("(0028,3110)[0].(0028,1050)=350"), QStringLiteral("(0028,3110)[0].(0028,1051)=500"),
                                                 QStringLiteral("(0070,0042)=270"), QStringLiteral("(0070,0041)=Y"),
                                                 QStringLiteral("(2050,0020)=INVERSE"), QStringLiteral("(0018,1600)=RECTANGULAR"),
                                                 QStringLiteral("(0018,1602)=20"), QStringLiteral("(0018,1604)=230"),
                                                 QStringLiteral("(0018,1606)=30"), QStringLiteral("(0018,1608)=200"),
                                                 QStringLiteral("(0018,1622)=40000")},
                                                {}, {QStringLiteral("-V")});
        QVERIFY(!state.isEmpty());
        const QString pgm = tmp.filePath(QStringLiteral("dcmtk.pgm"));
        QCOMPARE(QProcess::execute(QStringLiteral("dcmp2pgm"), {QStringLiteral("-p"), state, slice, pgm}), 0);
        QImage dcmtk(pgm);
        QVERIFY(!dcmtk.isNull());
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openSettled(window, folder);
        QVERIFY(view);
        QVERIFY(view->presentationState());
        QVERIFY(view->window().inverted);
        const QImage strata = view->exportImage(false);
        QCOMPARE(strata.size(), dcmtk.size());
        // dcmp2pgm's picture has the window, black and white, turn and mirror, but no geometric
        // shutter: inside the shutter the two agree, outside it Strata shows the shutter's grey
        // (40000 of 65535). Turned 270° and then mirrored, the picture's (x, y) is the image's
        // column 255 − y and row 255 − x (0-based).
        double sum = 0;
        int seen = 0, far = 0, shuttered = 0, notGrey = 0;
        for (int y = 0; y < strata.height(); ++y)
            for (int x = 0; x < strata.width(); ++x) {
                const int column = 255 - y, row = 255 - x;
                if (column >= 19 && column <= 229 && row >= 29 && row <= 199) {
                    const int d = std::abs(qGray(strata.pixel(x, y)) - qGray(dcmtk.pixel(x, y)));
                    sum += d;
                    ++seen;
                    if (d > 2)
                        ++far;
                } else {
                    ++shuttered;
                    if (std::abs(qGray(strata.pixel(x, y)) - 156) > 1)
                        ++notGrey;
                }
            }
        const double mean = sum / seen;
        QVERIFY2(mean < 1.0 && far < seen / 1000,   // rounding: within one grey level
                 qPrintable(QStringLiteral("mean difference %1, %2 pixels more than 2 apart").arg(mean).arg(far)));
        QVERIFY(shuttered > 10000);
        QCOMPARE(notGrey, 0);
    }

    void aRadiographsStateKeepsItsBlackAndWhite()
    {
        // A MONOCHROME1 radiograph (the lowest values white) and the state dcmpsmk makes for it
        // (its window, Presentation LUT Shape INVERSE): shown with the state, it looks as without.
        const QString cr = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm");
        QTemporaryDir tmp;
        const QString plain = tmp.filePath(QStringLiteral("plain"));
        const QString withState = tmp.filePath(QStringLiteral("state"));
        QDir().mkpath(plain);
        QDir().mkpath(withState);
        QVERIFY(QFile::copy(cr, plain + QStringLiteral("/cr.dcm")));
        QVERIFY(QFile::copy(cr, withState + QStringLiteral("/cr.dcm")));
        QVERIFY(!presentationState(tmp, QStringLiteral("state/pr.dcm"), {cr}).isEmpty());
        QImage without, with;
        {
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = openSettled(window, plain);
            QVERIFY(view);
            QVERIFY(!view->presentationState());
            QVERIFY(view->window().inverted);
            without = view->exportImage(false);
        }
        {
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = openSettled(window, withState);
            QVERIFY(view);
            QVERIFY(view->presentationState());
            QVERIFY(view->imagePresentation() && view->imagePresentation()->inverse);
            QVERIFY(view->window().inverted);
            with = view->exportImage(false);
        }
        QVERIFY(!without.isNull());
        QCOMPARE(with, without);
    }

    void zoomsToTheDisplayedArea()
    {
        // The reader zoomed on the middle: displayed area columns and rows 65 to 192 (1-based),
        // turned a quarter. The viewport shows that area filling it, centred.
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("one"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(mrSlice(0), folder + QStringLiteral("/slice.dcm")));
        QVERIFY(!presentationState(tmp, QStringLiteral("one/state.dcm"), {mrSlice(0)},
                                   {QStringLiteral("(0070,005a)[0].(0070,0052)=65\\65"), QStringLiteral("(0070,005a)[0].(0070,0053)=192\\192"),
                                    QStringLiteral("(0070,0042)=90"), QStringLiteral("(0070,0041)=N")})
                     .isEmpty());
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openSettled(window, folder);
        QVERIFY(view);
        QVERIFY(view->imagePresentation());
        QCOMPARE(view->imagePresentation()->displayedArea, std::optional<QRect>(QRect(QPoint(65, 65), QPoint(192, 192))));
        const QRectF area = view->imageToWidget().mapRect(QRectF(QPointF(63.5, 63.5), QPointF(191.5, 191.5)));
        const QSizeF size = view->size();
        // Filling the viewport's shorter side, centred (within a pixel).
        QVERIFY2(std::abs(std::max(area.width() / size.width(), area.height() / size.height()) - 1.0) < 0.01,
                 qPrintable(QStringLiteral("area %1×%2 in %3×%4").arg(area.width()).arg(area.height()).arg(size.width()).arg(size.height())));
        QVERIFY(std::abs(area.center().x() - size.width() / 2) < 1 && std::abs(area.center().y() - size.height() / 2) < 1);
        QCOMPARE(view->viewTransform().quarterTurns, 1);
        // The whole image no longer fits: it reaches past the viewport.
        const QRectF whole = view->imageToWidget().mapRect(QRectF(-0.5, -0.5, 256, 256));
        QVERIFY(whole.width() > size.width() || whole.height() > size.height());
    }

    void showsTheStatesMagnificationAndTrueSize()
    {
        // MAGNIFY 3: three display pixels a column; TRUE SIZE with a presentation pixel spacing of
        // 0.5 mm: this screen's physical pixels for 0.5 mm a column. Both centred on the area.
        const std::vector<std::pair<QStringList, std::function<double(ui::Viewport *)>>> cases{
            {{QStringLiteral("(0070,005a)[0].(0070,0100)=MAGNIFY"), QStringLiteral("(0070,005a)[0].(0070,0103)=3")},
             [](ui::Viewport *) { return 3.0; }},
            {{QStringLiteral("(0070,005a)[0].(0070,0100)=TRUE SIZE"), QStringLiteral("(0070,005a)[0].(0070,0101)=0.5\\0.5")},
             [](ui::Viewport *v) { return v->screen()->physicalDotsPerInchX() / 25.4 * 0.5; }},
        };
        for (const auto &[changes, wanted] : cases) {
            QTemporaryDir tmp;
            const QString folder = tmp.filePath(QStringLiteral("one"));
            QDir().mkpath(folder);
            QVERIFY(QFile::copy(mrSlice(0), folder + QStringLiteral("/slice.dcm")));
            QVERIFY(!presentationState(tmp, QStringLiteral("one/state.dcm"), {mrSlice(0)},
                                       QStringList(changes) << QStringLiteral("(0070,005a)[0].(0070,0052)=101\\101")
                                                            << QStringLiteral("(0070,005a)[0].(0070,0053)=156\\156"))
                         .isEmpty());
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = openSettled(window, folder);
            QVERIFY(view && view->imagePresentation());
            QVERIFY(view->imagePresentation()->sizeMode != measure::ImagePresentation::SizeMode::ScaleToFit);
            const QTransform t = view->imageToWidget();
            const double perColumn = QLineF(t.map(QPointF(0, 0)), t.map(QPointF(1, 0))).length();
            QVERIFY2(std::abs(perColumn - wanted(view)) < 1e-3 * wanted(view),
                     qPrintable(QStringLiteral("%1 display pixels a column, %2 wanted").arg(perColumn).arg(wanted(view))));
            // The area's middle (columns and rows 101 to 156) in the viewport's middle.
            const QPointF middle = t.map(QPointF(127.5, 127.5));
            QVERIFY(std::abs(middle.x() - view->width() / 2.0) < 1 && std::abs(middle.y() - view->height() / 2.0) < 1);
        }
    }

    void aBrokenStateIsNamedAndTheSeriesShown()
    {
        // A state cut short (a CD written half, a transfer broken off) beside the series: the
        // series opens as stored, and the status line names the file.
        QTemporaryDir tmp;
        const QString folder = seriesFolder(tmp);
        QVERIFY(!folder.isEmpty());
        const QString whole = presentationState(tmp, QStringLiteral("whole.dcm"), allSlices(), annotatedStateChanges(kSecond));
        QVERIFY(!whole.isEmpty());
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString cut = folder + QStringLiteral("/cut.dcm");
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() * 2 / 3));
        out.close();
        ui::MainWindow window(m_data.path());
        QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
        ui::Viewport *view = openSettled(window, folder);
        QVERIFY(view);
        QCOMPARE(view->sliceCount(), 6);
        QVERIFY(!view->presentationState());
        QVERIFY(view->availablePresentationStates().empty());
        bool named = false;
        for (const QList<QVariant> &args : status)
            named = named || args.value(0).toString().contains(QStringLiteral("cut.dcm"));
        QVERIFY2(named, "no status message names cut.dcm");
    }

    void aKeyObjectSelectionMarksItsKeyImages()
    {
        // The PACS sent a KOS ("Of Interest") with the series: opened from the cache, its slice
        // wears the key image star, the others do not.
        const QString kos = QDir(m_data.path()).filePath(QStringLiteral("kos.dcm"));
        QVERIFY(measure::writeKeyObjectSelection({{mrSlice(1), 0}}, QStringLiteral("Compare"), QStringLiteral("Doe^Jane"), kos).ok());
        auto cache = store::LocalCache::open(m_data.path());
        QVERIFY(cache.ok());
        const store::ImportSummary imported = store::runImport(*cache.value(), QStringList(allSlices()) << kos);
        QCOMPARE(imported.imported, 7);
        QCOMPARE(imported.studies.size(), 1);
        ui::MainWindow window(m_data.path());
        ui::Viewport *view = openStudySettled(window, imported.studies.front());
        QVERIFY(view);
        int second = -1;
        for (int i = 0; i < view->sliceCount(); ++i)
            if (view->series()->header(i).sopInstanceUid == kSecond)
                second = i;
        QVERIFY(second >= 0);
        view->setSlice(second);
        QVERIFY(QTest::qWaitFor([&] { return view->isKeyImage(); }, 10000));
        // Its note under the star, in gold.
        QCOMPARE(view->keyImageNote(), QStringLiteral("Of Interest: Compare"));
        QVERIFY(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
        // Gold pixels in the top middle third (the star, and the note under it).
        auto goldAtTop = [&](const QImage &picture) {
            int n = 0;
            for (int y = 0; y < 80; ++y)
                for (int x = view->width() / 3; x < 2 * view->width() / 3; ++x) {
                    const QColor c = picture.pixelColor(x, y);
                    if (c.red() > 200 && c.green() > 170 && c.blue() < 60)
                        ++n;
                }
            return n;
        };
        const int gold = goldAtTop(view->grab().toImage());
        QVERIFY2(gold > 60, qPrintable(QString::number(gold)));
        view->setKeyImage(true);   // a mark of one's own: the star alone
        QVERIFY(view->keyImageNote().isEmpty());
        const int goldAlone = goldAtTop(view->grab().toImage());
        QVERIFY2(goldAlone < gold, qPrintable(QStringLiteral("%1 of %2").arg(goldAlone).arg(gold)));
        view->setSlice(second == 0 ? 1 : 0);
        QVERIFY(QTest::qWaitFor([&] { return !view->isKeyImage(); }, 10000));
        auto keys = cache.value()->service()->keyImages().value()->keyImages(imported.studies.front());
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), std::size_t(1));
        QCOMPARE(keys.value().front().note, QStringLiteral("Of Interest: Compare"));
    }

    void aCadReportMarksItsImages()
    {
        // A CAD system's report (a Mammography CAD SR, TID 4000, made with dcmsr; the marks do not
        // depend on the images' modality) on the second slice: a cluster of calcifications with its
        // centre and outline, a mass, and a finding below the CAD's operating point. The marks are
        // off until asked for (a CAD is a second reader); then drawn in cyan where the report puts
        // them, a triangle for the cluster and a star for the mass, on that slice alone.
        QTemporaryDir tmp;
        const QString folder = seriesFolder(tmp);
        QVERIFY(!folder.isEmpty());
        QString secondFile;
        for (int k = 0; k < 6; ++k)
            if (testing::tagValue(mrSlice(k), QStringLiteral("0008,0018")) == kSecond)
                secondFile = mrSlice(k);
        QVERIFY(!secondFile.isEmpty());
        testing::CadFinding cluster;
        cluster.center = {{128, 100}};
        cluster.outline = {{108, 80}, {148, 80}, {148, 120}, {108, 120}};
        const testing::CadFinding mass{"4147007", "SCT", "Mass", 0, {{60, 180}}, {}};
        const testing::CadFinding optional{"4147007", "SCT", "Mass", 0, {{200, 200}}, {}, "111151"};
        QVERIFY(testing::writeCadReport(folder + QStringLiteral("/cad.dcm"), {secondFile}, {cluster, mass, optional}));
        // And another reader's nodule in the patient (a Comprehensive 3D SR's SCOORD3D point), put
        // on the second slice at pixel (200, 60) through its geometry.
        auto secondHeader = dicom::readHeader(secondFile);
        QVERIFY(secondHeader.ok());
        const auto secondPlane = imaging::imageGeometry(secondHeader.value());
        QVERIFY(secondPlane);
        QVERIFY(testing::writePatientFindings(folder + QStringLiteral("/nodule.dcm"), secondFile,
                                              {{"Nodule", DSRTypes::GT3_Point, {secondPlane->patientPosition(199.5, 59.5)}}}));

        ui::MainWindow window(m_data.path());
        QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
        ui::Viewport *view = openSettled(window, folder);
        QVERIFY(view);
        QVERIFY(saidSoon(status, [](const QString &s) {
            return s.contains(QStringLiteral("2 report(s): 4 mark(s), View → Show CAD and Report Marks (Shift+K)"));
        }));
        auto *toggle = window.viewer()->findChild<QAction *>(QStringLiteral("view.reportMarks"));
        QVERIFY(toggle);
        QVERIFY(!toggle->isChecked());
        QVERIFY(!view->reportMarksShown());
        QVERIFY(showImage(view, kSecond));
        QCOMPARE(int(view->reportMarksHere().size()), 4);
        QVERIFY(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
        // The marks' cyan (90, 230, 255): nothing else on the grey MR has it.
        auto cyanIn = [](const QImage &image, const QRectF &region) {
            int n = 0;
            const QRect r = region.toAlignedRect().intersected(image.rect());
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor p = image.pixelColor(x, y);
                    if (p.red() < 150 && p.green() > 170 && p.blue() > 200 && p.blue() > p.red() + 60)
                        ++n;
                }
            return n;
        };
        auto near = [&](const QImage &image, QPointF at, double radius) {
            return cyanIn(image, QRectF(at - QPointF(radius, radius), at + QPointF(radius, radius)));
        };
        QImage screen = view->grab().toImage();
        QCOMPARE(cyanIn(screen, screen.rect()), 0);

        toggle->trigger();
        QVERIFY(view->reportMarksShown());
        QVERIFY(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
        const QTransform t = view->imageToWidget();
        auto at = [&](double column, double row) { return t.map(QPointF(column - 0.5, row - 0.5)); };
        screen = view->grab().toImage();
        QVERIFY(near(screen, at(128, 80), 2) > 0);    // the outline's top edge
        QVERIFY(near(screen, at(148, 100), 2) > 0);   // its right edge
        QCOMPARE(near(screen, at(128, 95), 1), 0);    // inside it, above the triangle: none
        // The cluster's triangle around its centre, its middle empty; the mass's star through its centre.
        QVERIFY(near(screen, at(128, 100), 12) > 10);
        QCOMPARE(near(screen, at(128, 100), 1), 0);
        QVERIFY(near(screen, at(60, 180), 1) > 0);
        // Each finding's name beside it, to the right.
        QVERIFY(cyanIn(screen, QRectF(at(60, 180) + QPointF(8, -22), QSizeF(80, 24))) > 10);
        // The optional finding is not drawn; the nodule in the patient is, a star on its slice.
        QCOMPARE(near(screen, at(200, 200), 10), 0);
        QVERIFY(near(screen, at(200, 60), 1) > 0);
        // Each finding named once (the cluster's outline and centre are one finding), and the
        // report named in the lower left.
        QCOMPARE(cyanIn(screen, QRectF(at(148, 80) + QPointF(4, -12), QSizeF(120, 18))), 0);
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("Marks: Mammography CAD Report (Strata Test CAD 2.1)")));
        QVERIFY(view->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("Marks: Diagnostic Imaging Report")));

        // Another slice: none of them.
        const int second = view->slice();
        const int other = second == 0 ? 1 : 0;
        view->setSlice(other);
        QVERIFY(QTest::qWaitFor([&] { return view->hasImage() && view->isSettled() && view->slice() == other; }, 10000));
        QVERIFY(view->reportMarksHere().empty());
        screen = view->grab().toImage();
        QCOMPARE(cyanIn(screen, screen.rect()), 0);
        // Back, and hidden again (Shift+K): the setting kept for the next study.
        view->setSlice(second);
        QVERIFY(QTest::qWaitFor([&] { return view->hasImage() && view->isSettled() && view->slice() == second; }, 10000));
        QVERIFY(cyanIn(view->grab().toImage(), screen.rect()) > 30);
        toggle->trigger();
        QCOMPARE(cyanIn(view->grab().toImage(), screen.rect()), 0);
        QVERIFY(!view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('\n')).contains(QStringLiteral("Marks:")));
        QCOMPARE(QSettings().value(QStringLiteral("viewer/reportMarks")).toBool(), false);
    }

    void aRejectionNoteWithdrawsItsImages()
    {
        // The modality rejected two slices (IHE IOCM: a KOS "Rejected for Quality Reasons"): the
        // series opens with the other four, and the status line says why two are missing.
        QTemporaryDir tmp;
        const QString folder = seriesFolder(tmp);
        QVERIFY(!folder.isEmpty());
        QVERIFY(measure::writeKeyObjectSelection({{mrSlice(0), 0}, {mrSlice(1), 0}}, {}, {}, folder + QStringLiteral("/rejection.dcm"),
                                                 {QStringLiteral("113001"), QStringLiteral("DCM"), QStringLiteral("Rejected for Quality Reasons")})
                    .ok());
        ui::MainWindow window(m_data.path());
        QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
        ui::Viewport *view = openSettled(window, folder);
        QVERIFY(view);
        QCOMPARE(view->sliceCount(), 4);
        for (int i = 0; i < view->sliceCount(); ++i)
            QVERIFY(view->series()->header(i).sopInstanceUid != kSecond);
        bool said = false;
        for (const QList<QVariant> &args : status)
            said = said || args.value(0).toString().contains(QStringLiteral("2 images withdrawn by a rejection note (Rejected for Quality Reasons)"));
        QVERIFY2(said, "no status message says why two slices are missing");
    }

    void savesTheKeyImagesIntoTheStudy()
    {
        // K on a slice, then Image → Save Key Images to the Study: a KOS of the study in the cache
        // naming that slice. The mark removed afterwards stays removed when the study opens again.
        QTemporaryDir data;
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        const store::ImportSummary imported = store::runImport(*cache.value(), allSlices());
        QCOMPARE(imported.imported, 6);
        const QString study = imported.studies.front();
        QString marked;
        {
            ui::MainWindow window(data.path());
            ui::Viewport *view = openStudySettled(window, study);
            QVERIFY(view);
            ui::Viewer *viewer = window.viewer();
            marked = view->series()->header(view->slice()).sopInstanceUid;
            viewer->action(QStringLiteral("image.key"))->trigger();
            QVERIFY(view->isKeyImage());
            QSignalSpy status(viewer, &ui::Viewer::statusMessage);
            viewer->action(QStringLiteral("image.saveKeyImages"))->trigger();
            QVERIFY(saidSoon(status, [](const QString &said) { return said.startsWith(QStringLiteral("Key images saved to the study")); }));
            viewer->action(QStringLiteral("image.key"))->trigger();   // removed again
            QVERIFY(!view->isKeyImage());
        }
        auto instances = cache.value()->studyInstances(study);
        QVERIFY(instances.ok());
        QString kos;
        for (const store::InstanceRecord &i : instances.value())
            if (i.sopClassUid == QLatin1String(measure::kKeyObjectSelectionClass))
                kos = i.filePath;
        QVERIFY(!kos.isEmpty());
        auto read = measure::readKeyObjectSelection(kos);
        QVERIFY(read.ok());
        QCOMPARE(read.value().images.size(), std::size_t(1));
        QCOMPARE(read.value().images[0].sopInstanceUid, marked);
        {
            ui::MainWindow window(data.path());
            ui::Viewport *view = openStudySettled(window, study);
            QVERIFY(view);
            QCOMPARE(view->series()->header(view->slice()).sopInstanceUid, marked);
            QVERIFY(!view->isKeyImage());
        }
    }

    void showsTheOverlaysTheStateActivates()
    {
        // A Siemens MR image with its MedCom graphics in overlay group 6000. A state that does not
        // activate the plane hides it while it applies (None brings it back); a state carrying
        // its own copy of the plane in a red layer shows that copy, red, over an image whose own
        // plane is gone.
        const QString original = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/MR-SIEMENS-DICOM-WithOverlays.dcm");
        auto own = dicom::readOverlays(original);
        QVERIFY(own.ok() && own.value().size() == 1);
        const QImage ownPicture = ui::composeOverlays(own.value(), 0, 484, 484);
        QVERIFY(!ownPicture.isNull());
        QTemporaryDir tmp;
        QDir().mkpath(tmp.filePath(QStringLiteral("hidden")));
        QVERIFY(QFile::copy(original, tmp.filePath(QStringLiteral("hidden/image.dcm"))));
        QVERIFY(!presentationState(tmp, QStringLiteral("hidden/state.dcm"), {original}, {}, {}, {QStringLiteral("-o")}).isEmpty());
        {
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = openSettled(window, tmp.filePath(QStringLiteral("hidden")));
            QVERIFY(view && view->presentationState());
            QVERIFY(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
            QVERIFY(view->dicomOverlay().isNull());
            presentationEntry(window.viewer(), QStringLiteral("presentation.none"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!view->dicomOverlay().isNull(), 30000);
            QCOMPARE(view->dicomOverlay().convertToFormat(QImage::Format_ARGB32), ownPicture.convertToFormat(QImage::Format_ARGB32));
        }
        // The image without its plane (its bits and size erased), the state with the copy, red.
        QDir().mkpath(tmp.filePath(QStringLiteral("copied")));
        const QString bare = tmp.filePath(QStringLiteral("copied/image.dcm"));
        QVERIFY(QFile::copy(original, bare));
        QFile::setPermissions(bare, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(strata::testing::dcmodify(bare, {}, {}, {QStringLiteral("(6000,3000)"), QStringLiteral("(6000,0010)"), QStringLiteral("(6000,0011)")}));
        auto left = dicom::readOverlays(bare);
        QVERIFY(left.ok() && left.value().empty());
        QVERIFY(!presentationState(tmp, QStringLiteral("copied/state.dcm"), {original}, {QStringLiteral("(0070,0060)[0].(0070,0401)=34885\\53486\\50171")}, {},
                                   {QStringLiteral("+oc")})
                     .isEmpty());
        {
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = openSettled(window, tmp.filePath(QStringLiteral("copied")));
            QVERIFY(view && view->presentationState());
            QTRY_VERIFY_WITH_TIMEOUT(!view->dicomOverlay().isNull(), 30000);
            const QImage shown = view->dicomOverlay().convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(shown.size(), QSize(484, 484));
            // Where the plane is set, red; elsewhere nothing.
            const QImage expected = ui::composeOverlays(own.value(), 0, 484, 484, qRgb(255, 0, 0)).convertToFormat(QImage::Format_ARGB32);
            int set = 0, differ = 0;
            for (int y = 0; y < 484; ++y)
                for (int x = 0; x < 484; ++x) {
                    const QRgb a = shown.pixel(x, y), b = expected.pixel(x, y);
                    set += qAlpha(b) == 255 ? 1 : 0;
                    if (qAlpha(a) != qAlpha(b) || (qAlpha(b) == 255 && (qRed(a) < 240 || qGreen(a) > 30 || qBlue(a) > 30)))
                        ++differ;
                }
            QVERIFY2(set > 100 && differ == 0, qPrintable(QStringLiteral("%1 set, %2 differ").arg(set).arg(differ)));
            // On screen too: red pixels where nothing else is red.
            QVERIFY(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
            QTRY_VERIFY_WITH_TIMEOUT(redIn(view->grab().toImage(), view->rect()) > 100, 30000);
            window.viewer()->action(QStringLiteral("view.dicomOverlays"))->trigger();   // Shift+O: hidden
            QTRY_COMPARE_WITH_TIMEOUT(redIn(view->grab().toImage(), view->rect()), 0, 30000);
        }
    }

    void savesTheMeasurementsIntoTheStudyAsAPresentationState()
    {
        // A length on the second slice, read in window 300/600, turned and mirrored, zoomed in on a
        // part: Measure → Save to the Study as Presentation States keeps a GSPS in the study with
        // that window, turn, mirror and displayed area and the length. Opened
        // again, the state is applied and the length drawn once: its own copy in the state is not
        // drawn over it (Show Measurements off leaves no yellow). In a cache that has the state but
        // not the measurement, the state's marks are drawn, yellow.
        QTemporaryDir data;
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        const store::ImportSummary imported = store::runImport(*cache.value(), allSlices());
        QCOMPARE(imported.imported, 6);
        const QString study = imported.studies.front();
        {
            auto header = dicom::readHeader(mrSlice(1));
            QVERIFY(header.ok());
            const auto g = imaging::imageGeometry(header.value());
            QVERIFY(g);
            measure::Measurement m;
            measure::stamp(m);
            m.kind = measure::MeasurementKind::Length;
            m.plane.geometry = *g;
            m.plane.calibration = measure::volumeCalibration(g->spacing);
            m.plane.modality = QStringLiteral("MR");
            m.image = {study, header.value().seriesInstanceUid, kSecond, header.value().sopClassUid, 0};
            m.points = {g->patientPosition(60, 128), g->patientPosition(200, 128)};
            m.values = measure::evaluateGeometry(m);
            QVERIFY(cache.value()->service()->measurements().value()->saveMeasurement(measure::toRecord(m)).ok());
        }
        QRect shownArea;      // the part of the image in view when saved
        {
            ui::MainWindow window(data.path());
            ui::Viewport *view = openStudySettled(window, study);
            QVERIFY(view);
            QVERIFY(showImage(view, kSecond));
            view->setWindow(imaging::WindowLevel{300, 600});
            ui::ViewTransform hung = view->viewTransform();   // turned a quarter clockwise, mirrored top to bottom
            hung.quarterTurns = 1;
            hung.flipVertical = true;
            hung.setZoom(2.0);   // zoomed in on a part, a little off centre
            hung.pan = QPointF(30, -20);
            view->setViewTransform(hung);
            QTRY_VERIFY_WITH_TIMEOUT(yellowPixels(view->grab().toImage()) > 50, 30000);
            const auto reading = view->readingView();
            QVERIFY(reading && reading->displayedArea);
            shownArea = *reading->displayedArea;
            QVERIFY(shownArea.width() < 200 && shownArea.height() < 200);
            ui::Viewer *viewer = window.viewer();
            QSignalSpy status(viewer, &ui::Viewer::statusMessage);
            QAction *save = viewer->action(QStringLiteral("measure.savePresentationStates"));
            QVERIFY(save);
            save->trigger();
            QVERIFY(saidSoon(status, [](const QString &said) {
                return said.startsWith(QStringLiteral("Saved 1 presentation state")) && said.contains(QStringLiteral("to the study: 1 measurement(s)"));
            }));
            // Listed at once in View → Presentation State (read back off the GUI thread).
            QTRY_COMPARE_WITH_TIMEOUT(view->availablePresentationStates().size(), std::size_t(1), 30000);
            QCOMPARE(view->availablePresentationStates().front()->label(), QStringLiteral("MEASUREMENTS"));
            QVERIFY(presentationEntry(viewer, QStringLiteral("presentation.0")) != nullptr);
        }
        auto instances = cache.value()->studyInstances(study);
        QVERIFY(instances.ok());
        QString stateFile;
        for (const store::InstanceRecord &i : instances.value())
            if (i.sopClassUid == QLatin1String(measure::kGrayscalePresentationStateClass))
                stateFile = i.filePath;
        QVERIFY(!stateFile.isEmpty());
        auto state = measure::PresentationState::read(stateFile);
        QVERIFY(state.ok());
        QCOMPARE(state.value()->referencedInstances().size(), 6);
        const auto onSecond = state.value()->forImage(kSecond);
        QVERIFY(onSecond);
        QCOMPARE(onSecond->windowCenter.value_or(0), 300.0);
        QCOMPARE(onSecond->windowWidth.value_or(0), 600.0);
        QCOMPARE(onSecond->rotation, 270);   // a quarter turn and a vertical mirror: three quarters, then the horizontal mirror
        QVERIFY(onSecond->flipped);
        QCOMPARE(onSecond->displayedArea, std::optional<QRect>(shownArea));
        QVERIFY(onSecond->hasAnnotations());
        {
            ui::MainWindow window(data.path());
            ui::Viewport *view = openStudySettled(window, study);
            QVERIFY(view);
            QVERIFY(showImage(view, kSecond));
            QTRY_VERIFY_WITH_TIMEOUT(view->presentationState() && view->presentationState()->sopInstanceUid() == state.value()->sopInstanceUid(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(std::abs(view->window().width - 600) < 1e-6, 30000);
            QCOMPARE(view->viewTransform().quarterTurns, 3);   // the same picture as it was hung
            QVERIFY(view->viewTransform().flipHorizontal);
            // Zoomed in on the same part, whatever shape the viewport has now: the whole part in
            // view and filling it one way, its middle in the middle.
            const auto fills = [&] {
                const auto shown = view->readingView();
                if (!shown || !shown->displayedArea)
                    return false;
                const QRect seen = *shown->displayedArea;
                const bool within = seen.adjusted(-1, -1, 1, 1).contains(shownArea);
                const bool filled = std::abs(seen.width() - shownArea.width()) <= 2 || std::abs(seen.height() - shownArea.height()) <= 2;
                const QPointF middle = view->imageToWidget().inverted().map(QPointF(view->rect().center()));
                const QPointF areaMiddle = QRectF(QPointF(shownArea.left() - 1.5, shownArea.top() - 1.5),
                                                  QPointF(shownArea.right() - 0.5, shownArea.bottom() - 0.5)).center();
                return within && filled && QLineF(middle, areaMiddle).length() < 1.5;
            };
            QTRY_VERIFY_WITH_TIMEOUT(fills(), 30000);
            QVERIFY(view->viewTransform().zoom > 1.2);
            // The window made narrow and tall: fitted again, as nobody zoomed or panned since.
            window.resize(window.width() * 2 / 3, window.height());
            QTRY_VERIFY_WITH_TIMEOUT(fills(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(yellowPixels(view->grab().toImage()) > 50, 30000);
            window.viewer()->action(QStringLiteral("view.measurements"))->trigger();   // M: hidden
            QTRY_COMPARE_WITH_TIMEOUT(yellowPixels(view->grab().toImage()), 0, 30000);
        }
        // Another cache with the images and the state, not the measurement: the state's marks.
        QTemporaryDir otherData;
        auto other = store::LocalCache::open(otherData.path());
        QVERIFY(other.ok());
        QCOMPARE(store::runImport(*other.value(), QStringList(allSlices()) << stateFile).imported, 7);
        {
            ui::MainWindow window(otherData.path());
            ui::Viewport *view = openStudySettled(window, study);
            QVERIFY(view);
            QVERIFY(showImage(view, kSecond));
            QTRY_VERIFY_WITH_TIMEOUT(view->presentationState() != nullptr, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(yellowPixels(view->grab().toImage()) > 50, 30000);
        }
    }

    void noneGivesTheImagesOwnDisplayBack()
    {
        QTemporaryDir tmp;
        const QString folder = readerSeries(tmp);
        QVERIFY(!folder.isEmpty());
        {
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = openSettled(window, folder);
            QVERIFY(view);
            ui::Viewer *viewer = window.viewer();
            QVERIFY(view->presentationState());
            QAction *none = presentationEntry(viewer, QStringLiteral("presentation.none"));
            QVERIFY(none && none->isEnabled() && !none->isChecked());
            QAction *reader = presentationEntry(viewer, QStringLiteral("presentation.0"));
            QVERIFY(reader && reader->isChecked());
            QVERIFY(reader->text().startsWith(QStringLiteral("KEY FINDING — Lesion in the left lobe (Doe, Jane")));
            presentationEntry(viewer, QStringLiteral("presentation.none"))->trigger();
            QVERIFY(!view->presentationState());
            QVERIFY(!view->imagePresentation());
            // The file's own window of the series, unturned, no marks.
            const auto own = imaging::openingWindow(view->series()->header(0).modality, view->series()->header(0).pixel);
            QVERIFY(own);
            QCOMPARE(view->window().center, own->center);
            QCOMPARE(view->window().width, own->width);
            QCOMPARE(view->viewTransform().quarterTurns, 0);
            QVERIFY(!view->viewTransform().flipHorizontal);
            QVERIFY(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
            const QTransform t = view->imageToWidget();
            QCOMPARE(redNear(view->grab().toImage(), t.map(QPointF(119.5, 39.5))), 0);
            QVERIFY(!view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('\n')).contains(QStringLiteral("PR:")));
            // Chosen again from the menu.
            presentationEntry(viewer, QStringLiteral("presentation.0"))->trigger();
            QVERIFY(view->presentationState());
            QCOMPARE(view->viewTransform().quarterTurns, 1);
            QCOMPARE(view->window().center, 300.0);

            // Not applying states by themselves: the state goes, and stays off for the next study.
            QAction *apply = viewer->action(QStringLiteral("view.applyPresentationStates"));
            QVERIFY(apply && apply->isChecked());
            apply->trigger();
            QVERIFY(!view->presentationState());
            QCOMPARE(QSettings().value(QStringLiteral("viewer/presentationStates")).toBool(), false);
        }
        {
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = openSettled(window, folder);
            QVERIFY(view);
            QVERIFY(!view->presentationState());
            QCOMPARE(view->availablePresentationStates().size(), std::size_t(1));   // still offered
            window.viewer()->action(QStringLiteral("view.applyPresentationStates"))->trigger();
            QVERIFY(view->presentationState());
        }
    }
};

QTEST_MAIN(TestPresentationGui)
#include "tst_presentation_gui.moc"
