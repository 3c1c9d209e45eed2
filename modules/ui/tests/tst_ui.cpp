// The main window on screen (Xvfb): load the phantom in the background, then check pixels.
#include <strata/core/Paths.h>
#include <strata/dicom/Phantom.h>
#include <strata/ui/MainWindow.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace strata;

class TestUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_data;  // the window's local cache: never the user's own
    dicom::PhantomSpec m_spec;

private slots:
    void initTestCase()
    {
        paths::setDataDirOverride(m_data.path());
        m_spec.columns = m_spec.rows = 128;
        m_spec.slices = 40;
        m_spec.pixelSpacingMm = 358.4 / 128;
        m_spec.sliceSpacingMm = 300.0 / 40;
        m_spec.noiseHu = 0;
        auto written = dicom::writePhantom(m_spec, m_dir.path());
        QVERIFY(written.ok());
    }

    void opensSeriesAndShowsWindowedPixels()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        window.openFolder(m_dir.path());
        QVERIFY(loaded.wait(30000));
        QVERIFY2(window.statusText().contains("40 slices"), qPrintable(window.statusText()));

        ui::Viewport *view = window.viewer()->viewport(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage(), 30000);
        QCOMPARE(view->slice(), 20);
        // Abdomen window (the file's first preset, 40/400): air is black, soft tissue mid-grey.
        QCOMPARE(view->window().center, 40.0);
        QCOMPARE(view->window().width, 400.0);
        const QImage grabbed = view->grab().toImage();
        QVERIFY(!grabbed.isNull());
        const QTransform toScreen = view->imageToWidget();
        auto screenGray = [&](int i, int j) { return qGray(grabbed.pixel(toScreen.map(QPointF(i, j)).toPoint())); };
        QVERIFY2(screenGray(2, 2) < 5, "air outside the body must be black");
        // Soft tissue between the skin and the organs: HU 40 at window 40/400 shows as grey ~128.
        int softTissue = 0;
        for (int j = 30; j < 100; ++j)
            for (int i = 30; i < 100; ++i)
                if (std::abs(screenGray(i, j) - 128) <= 3)
                    ++softTissue;
        QVERIFY2(softTissue > 100, qPrintable(QString::number(softTissue)));

        // Scrolling moves through the slices; the picture changes with them.
        const QImage before = view->displayImage().copy();
        QWheelEvent wheel(QPointF(50, 50), view->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QCOMPARE(view->slice(), 21);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(view->slice(), 11);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && view->series()->isSliceReady(11), 30000);
        QTRY_VERIFY(view->displayImage() != before);

        // Another window shows the same tissue in another grey: the pixel follows W/L.
        const int grayAt40 = qGray(view->displayImage().pixel(64, 64));
        view->setWindow({-600, 1500});
        const int grayLung = qGray(view->displayImage().pixel(64, 64));
        QVERIFY(grayAt40 != grayLung);
    }

    void reportsAFolderWithoutImages()
    {
        QTemporaryDir empty;
        ui::MainWindow window;
        QSignalSpy failed(&window, &ui::MainWindow::loadFailed);
        window.openFolder(empty.path());
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(empty.path()));
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
