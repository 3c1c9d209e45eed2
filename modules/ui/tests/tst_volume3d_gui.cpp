// The viewer's 3D cell on screen (under Xvfb): the phantom rendered through render3d in the "3D"
// and "MPR + 3D" layouts, the rotate tool's drag at reduced quality then full quality, the MPR
// crosshair's point drawn in 3D, the preset chooser, and export as PNG. Pixels of the grabbed widget.
#include <strata/dicom/Phantom.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/ui/TransferFunctionEditor.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/Volume3DView.h>
#include <strata/ui/models/MprModel.h>

#include "gap_monitor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;

namespace {

int brightness(QRgb c) { return std::max({qRed(c), qGreen(c), qBlue(c)}); }

/// Sends a mouse event with the buttons held (QTest's moves do not carry them everywhere).
void sendMouse(QWidget *w, QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons held)
{
    QMouseEvent e(type, QPointF(at), w->mapToGlobal(QPointF(at)), button, held, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

/// Share of non-black pixels in a band of columns, over the middle half of the rows (clear of the
/// preset chooser at the top and the orientation marker at the bottom).
double litShare(const QImage &image, int x0, int x1, int threshold = 40)
{
    int lit = 0, all = 0;
    for (int y = image.height() / 4; y < image.height() * 3 / 4; ++y)
        for (int x = x0; x < x1; ++x, ++all)
            lit += brightness(image.pixel(x, y)) > threshold ? 1 : 0;
    return all ? double(lit) / all : 0;
}

} // namespace

class TestVolume3dGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_folder;
    dicom::PhantomSpec m_spec;

private slots:
    void initTestCase()
    {
        QVERIFY2(render3d::VolumeRenderer::displayProblem().isEmpty(), "this test needs an X display (xvfb-run)");
        dicom::PhantomSpec &spec = m_spec;
        spec.columns = 128;
        spec.rows = 128;
        spec.slices = 80;
        spec.pixelSpacingMm = 358.4 / 128;
        spec.sliceSpacingMm = 300.0 / 80;
        spec.noiseHu = 0;
        m_folder = m_dir.filePath(QStringLiteral("phantom"));
        QVERIFY(dicom::writePhantom(spec, m_folder).ok());
    }

    void rendersTurnsAndShowsTheCrosshair()
    {
        strata::testing::GapMonitor gaps;
        ui::Viewer viewer(m_dir.filePath(QStringLiteral("data")));
        viewer.resize(1000, 800);
        viewer.show();
        QSignalSpy loaded(&viewer, &ui::Viewer::studyLoaded);
        viewer.openPaths({m_folder});
        QVERIFY(loaded.wait(60000));
        viewer.action(QStringLiteral("layout.3d"))->trigger();
        ui::Volume3DView *view = viewer.volume3DView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->presetName(), QStringLiteral("ct-bone"));   // a CT
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);

        // Bone from the front: the spine down the middle, air at both sides.
        QImage picture = view->grab().toImage();
        if (qEnvironmentVariableIsSet("STRATA_SAVE_3D"))
            picture.save(QStringLiteral("/tmp/h3d_grab.png"));
        const int w = picture.width();
        QVERIFY2(litShare(picture, w / 2 - 6, w / 2 + 6) > 0.5, "the spine in the middle");
        QVERIFY(litShare(picture, 0, w / 8) < 0.02);
        QVERIFY(litShare(picture, w - w / 8, w) < 0.02);

        // A drag turns it: interactive frames (coarser) while dragging, the full one after release.
        const QPoint c(view->width() / 2, view->height() / 2);
        QSignalSpy shown(view, &ui::Volume3DView::frameShown);
        // The mouse "rests" no sooner than this test lets it: on a loaded machine the coarse frame
        // can take longer than the settle delay, and the settled frame would overtake it.
        view->setSettleDelay(3600 * 1000);
        sendMouse(view, QEvent::MouseButtonPress, c, Qt::LeftButton, Qt::LeftButton);
        sendMouse(view, QEvent::MouseMove, c + QPoint(50, 0), Qt::NoButton, Qt::LeftButton);
        sendMouse(view, QEvent::MouseMove, c + QPoint(225, 0), Qt::NoButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->lastFrame().quality == render3d::Quality::Interactive, 30000);
        QVERIFY(view->lastFrame().imageSampleDistance > 1.0);
        sendMouse(view, QEvent::MouseButtonRelease, c + QPoint(225, 0), Qt::LeftButton, Qt::NoButton);
        view->setSettleDelay(ui::Volume3DView::kSettleMs);
        QCOMPARE(view->camera().azimuth, -225 * ui::RotateTool3D::kDegreesPerPixel);   // −90: from the patient's right
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        QCOMPARE(view->lastFrame().imageSampleDistance, 1.0);
        // From the patient's right, anterior is on the picture's right: the spine (posterior) on its left.
        picture = view->grab().toImage();
        QVERIFY(litShare(picture, 0, w / 2) > 2 * litShare(picture, w / 2, w));

        // Clipping at the centre, facing the camera, cuts away the front half: from the front of the
        // phantom the spine (behind the centre) stays, from behind it goes (it is in front of the cut).
        view->resetView(render3d::ViewSide::Posterior);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        const double spineFromBehind = litShare(view->grab().toImage(), w / 2 - 6, w / 2 + 6);
        view->setClipping(true);
        QVERIFY(view->isClipping());
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        const double clipped = litShare(view->grab().toImage(), w / 2 - 6, w / 2 + 6);
        QVERIFY2(spineFromBehind > 0.3 && clipped < spineFromBehind / 2,
                 qPrintable(QStringLiteral("%1 then %2").arg(spineFromBehind).arg(clipped)));
        view->setClipping(false);

        // The transfer function over the histogram: dragging bone's threshold point (180 HU, opacity 0)
        // to 0 HU at full opacity shows the body (soft tissue, 40 HU) where bone showed air.
        view->resetView(render3d::ViewSide::Anterior);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        const int band0 = w / 2 - w / 5, band1 = w / 2 - w / 8;   // inside the body, beside the spine
        QVERIFY(litShare(view->grab().toImage(), band0, band1, 10) < 0.05);
        view->setTransferFunctionEditorVisible(true);
        ui::TransferFunctionEditor *editor = view->transferFunctionEditor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->isVisible(), 30000);
        QVERIFY(!editor->preset().relative);
        const auto &points = editor->preset().opacity;
        int threshold = -1;
        for (int i = 0; i < int(points.size()); ++i)
            if (points[std::size_t(i)].value == 180)
                threshold = i;
        QVERIFY(threshold > 0 && threshold + 1 < int(points.size()));
        // The editor's value axis is linear: from two handles, the x of 0 HU; opacity 1 is the top.
        const QPointF from = editor->handlePosition(threshold), after = editor->handlePosition(threshold + 1);
        const double v0 = points[std::size_t(threshold)].value, vAfter = points[std::size_t(threshold + 1)].value;
        const QPoint to(int(std::lround(from.x() + (0 - v0) * (after.x() - from.x()) / (vAfter - v0))), 6);
        sendMouse(editor, QEvent::MouseButtonPress, from.toPoint(), Qt::LeftButton, Qt::LeftButton);
        sendMouse(editor, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        sendMouse(editor, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        const render3d::OpacityPoint dragged = editor->preset().opacity[std::size_t(threshold)];
        QVERIFY2(std::abs(dragged.value) < 30 && dragged.opacity > 0.97, qPrintable(QStringLiteral("%1 HU, %2").arg(dragged.value).arg(dragged.opacity)));
        QCOMPARE(view->effectivePreset().opacity[std::size_t(threshold)].value, dragged.value);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        const QImage edited = view->grab().toImage();
        if (qEnvironmentVariableIsSet("STRATA_SAVE_3D"))
            edited.save(QStringLiteral("/tmp/h3d_edited.png"));
        // (Dim: bone's colours are dark below 150 HU.)
        QVERIFY2(litShare(edited, band0, band1, 10) > 0.3, qPrintable(QString::number(litShare(edited, band0, band1, 10))));
        view->setTransferFunctionEditorVisible(false);

        // The preset chooser: MIP shows the body (soft tissue is above air) across the middle.
        view->presetChooser()->setCurrentIndex(view->presetChooser()->findData(QStringLiteral("mip")));
        emit view->presetChooser()->activated(view->presetChooser()->currentIndex());
        QCOMPARE(view->presetName(), QStringLiteral("mip"));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        picture = view->grab().toImage();
        QVERIFY(brightness(picture.pixel(w / 2, picture.height() / 2)) > 60);

        // Export as PNG at a size of one's own.
        const QString png = m_dir.filePath(QStringLiteral("view3d.png"));
        QVERIFY(view->exportImage(png, QSize(256, 200)).ok());
        QCOMPARE(QImage(png).size(), QSize(256, 200));
        // And in the background: the picture, and a turn of 12 frames (a movie only with ffmpeg).
        const QString background = m_dir.filePath(QStringLiteral("view3d-bg.png"));
        bool saved = false;
        view->exportImageInBackground(background, [&saved](const Status &s) { saved = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 60000);
        QCOMPARE(QImage(background).size(), view->size());
        QString line;
        view->exportRotationInBackground(m_dir.filePath(QStringLiteral("turn")), 12, [&line](const QString &l) { line = l; });
        QTRY_VERIFY_WITH_TIMEOUT(!line.isEmpty(), 120000);
        QVERIFY2(QFileInfo::exists(m_dir.filePath(QStringLiteral("turn/rotation_011.png"))), qPrintable(line));

        // MPR + 3D: the planes and the 3D view, the crosshair's point drawn (yellow) where it projects.
        viewer.action(QStringLiteral("layout.mpr3d"))->trigger();
        QCOMPARE(viewer.viewportCount(), 4);
        QVERIFY(view->isVisible());
        QVERIFY(view->x() > viewer.viewport(0)->x());
        view->resetView(render3d::ViewSide::Anterior);
        ui::MprModel *mpr = viewer.mprModel();
        QTRY_VERIFY_WITH_TIMEOUT(mpr->isValid(), 30000);
        const imaging::Vec3 moved{mpr->center()[0] + 60, mpr->center()[1], mpr->center()[2] + 40};
        mpr->setCenter(moved);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        const QPointF at = view->lastFrame().geometry.project({moved[0], moved[1], moved[2]});
        QVERIFY(at.x() > view->width() / 2 && at.y() < view->height() / 2);   // patient left and up: right, top
        picture = view->grab().toImage();
        int yellow = 0;
        for (int dy = -8; dy <= 8; ++dy)
            for (int dx = -8; dx <= 8; ++dx) {
                const QRgb p = picture.pixel(int(at.x()) + dx, int(at.y()) + dy);
                yellow += qRed(p) > 200 && qGreen(p) > 170 && qBlue(p) < 90 ? 1 : 0;
            }
        QVERIFY2(yellow >= 8, qPrintable(QString::number(yellow)));

        // Shift over the picture: the crosshair goes to the bone the picture shows under the pointer
        // (the planes through it, the yellow cross with it); over air nothing moves.
        QVERIFY(view->setPreset(QStringLiteral("ct-bone")));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        picture = view->grab().toImage();
        QPoint onBone(-1, -1);
        for (int dx = 0; dx < view->width() / 2 && onBone.x() < 0; ++dx)
            for (const int x : {view->width() / 2 - dx, view->width() / 2 + dx})
                if (onBone.x() < 0 && brightness(picture.pixel(x, view->height() / 2)) > 120)
                    onBone = QPoint(x, view->height() / 2);
        QVERIFY(onBone.x() >= 0);
        const std::optional<imaging::Vec3> bone = view->pointAt(onBone);
        QVERIFY(bone);
        const double hu = dicom::phantomHuAt(m_spec, (*bone)[0], (*bone)[1], (*bone)[2]);
        QVERIFY2(hu > 150, qPrintable(QStringLiteral("%1 HU at the point picked").arg(hu)));
        QSignalSpy located(view, &ui::Volume3DView::pointLocated);
        QMouseEvent shiftMove(QEvent::MouseMove, QPointF(onBone), view->mapToGlobal(QPointF(onBone)), Qt::NoButton, Qt::NoButton, Qt::ShiftModifier);
        QApplication::sendEvent(view, &shiftMove);
        QCOMPARE(located.count(), 1);
        for (int a = 0; a < 3; ++a)
            QVERIFY(std::abs(mpr->center()[std::size_t(a)] - (*bone)[std::size_t(a)]) < 1e-6);
        int planes = 0;
        for (int i = 0; i < viewer.viewportCount(); ++i)
            if (viewer.viewport(i)->mode() == ui::Viewport::Mode::Mpr && ++planes)
                QTRY_VERIFY2_WITH_TIMEOUT(viewer.viewport(i)->imageGeometry() && std::abs(viewer.viewport(i)->imageGeometry()->distance(*bone)) < 0.01,
                                      qPrintable(QStringLiteral("viewport %1: %2 mm").arg(i).arg(viewer.viewport(i)->imageGeometry() ? viewer.viewport(i)->imageGeometry()->distance(*bone) : -999)), 30000);
        QCOMPARE(planes, 3);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        const QPointF cross = view->lastFrame().geometry.project({(*bone)[0], (*bone)[1], (*bone)[2]});
        QVERIFY((cross - QPointF(onBone)).manhattanLength() < 2.5);
        // A plain move and a Shift move over air locate nothing.
        QMouseEvent plainMove(QEvent::MouseMove, QPointF(onBone + QPoint(3, 0)), view->mapToGlobal(QPointF(onBone)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view, &plainMove);
        const QPointF air(view->width() * 0.05, view->height() / 2.0);
        QVERIFY(!view->pointAt(air));
        QMouseEvent airMove(QEvent::MouseMove, air, view->mapToGlobal(air), Qt::NoButton, Qt::NoButton, Qt::ShiftModifier);
        QApplication::sendEvent(view, &airMove);
        QCOMPARE(located.count(), 1);
        qInfo() << "longest GUI-thread gap while rendering in 3D:" << gaps.maxGapMs() << "ms";

        // Another layout lets go of the series (its renderer of the volume: tst_render3d).
        viewer.action(QStringLiteral("layout.1x1"))->trigger();
        QVERIFY(!view->isVisible());
        QVERIFY(!view->series());
    }

    void clipBoxFromItsSliders()
    {
        ui::Viewer viewer(m_dir.filePath(QStringLiteral("data-clip")));
        viewer.resize(1000, 800);
        viewer.show();
        QSignalSpy loaded(&viewer, &ui::Viewer::studyLoaded);
        viewer.openPaths({m_folder});
        QVERIFY(loaded.wait(60000));
        viewer.action(QStringLiteral("layout.3d"))->trigger();
        ui::Volume3DView *view = viewer.volume3DView();
        QVERIFY(view->setPreset(QStringLiteral("mip")));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        QVERIFY(!view->clipBox());
        // The phantom's centre (the origin) on screen: from the front, patient right is on the left.
        const int cx = int(std::lround(view->lastFrame().geometry.project({0, 0, 0}).x()));
        const QImage before = view->grab().toImage();
        QVERIFY2(litShare(before, cx + 10, cx + 60) > 0.5 && litShare(before, cx - 60, cx - 10) > 0.5,
                 qPrintable(QStringLiteral("%1 %2").arg(litShare(before, cx + 10, cx + 60)).arg(litShare(before, cx - 60, cx - 10))));

        // The menu's Clip Box shows the sliders; the box starts as the whole volume (nothing cut).
        auto *action = view->findChild<QAction *>(QStringLiteral("volume3d.clipBoxAction"));
        QVERIFY(action);
        action->trigger();
        QWidget *panel = view->clipBoxPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(view->clipBox());
        const auto whole = *view->clipBox();
        QVERIFY(whole[0] < -150 && whole[1] > 150);   // 358 mm wide, centred

        // Dragging the left face (x max) to the middle: coarse frames while held, full after release;
        // the patient's left half (the picture's right) is gone, the right half stays.
        auto *xmax = panel->findChild<QSlider *>(QStringLiteral("volume3d.clipBox.xmax"));
        QVERIFY(xmax);
        view->setSettleDelay(3600 * 1000);  // as for the drag above: no settled frame while held
        xmax->setSliderDown(true);
        xmax->setValue(700);
        QTRY_VERIFY_WITH_TIMEOUT(view->lastFrame().quality == render3d::Quality::Interactive, 30000);
        xmax->setValue(500);
        xmax->setSliderDown(false);
        view->setSettleDelay(ui::Volume3DView::kSettleMs);
        QVERIFY(std::abs((*view->clipBox())[1] - (whole[0] + whole[1]) / 2) < 0.5);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        QVERIFY(panel->x() > cx + 60);   // the sliders stay clear of the checked columns
        QImage cut = view->grab().toImage();
        if (qEnvironmentVariableIsSet("STRATA_SAVE_3D"))
            cut.save(QStringLiteral("/tmp/h3d_clipbox.png"));
        QVERIFY2(litShare(cut, cx + 10, cx + 60) < 0.02, qPrintable(QString::number(litShare(cut, cx + 10, cx + 60))));
        QVERIFY(litShare(cut, cx - 60, cx - 10) > 0.5);
        // The panel names the box in mm.
        bool named = false;
        for (QLabel *label : panel->findChildren<QLabel *>())
            named = named || label->text().contains(QStringLiteral("%1 to 0.0 mm").arg(whole[0], 0, 'f', 1));
        QVERIFY(named);

        // The lower face pushed past the upper one takes it along: never an inverted box.
        auto *xmin = panel->findChild<QSlider *>(QStringLiteral("volume3d.clipBox.xmin"));
        xmin->setValue(800);
        QCOMPARE(xmax->value(), 800);
        QVERIFY((*view->clipBox())[0] <= (*view->clipBox())[1]);

        // "Whole Volume" restores it; switching the box off hides the sliders.
        panel->findChild<QPushButton *>(QStringLiteral("volume3d.clipBox.reset"))->click();
        QCOMPARE(*view->clipBox(), whole);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 60000);
        QVERIFY(litShare(view->grab().toImage(), cx + 10, cx + 60) > 0.5);
        action->trigger();
        QVERIFY(!panel->isVisible());
        QVERIFY(!view->clipBox());

        // Set from code (clamped to the volume) the sliders follow.
        view->setClipBox(std::array<double, 6>{0, 1e6, -1e6, 1e6, -1e6, 1e6});
        QVERIFY(panel->isVisible() && action->isChecked());
        QCOMPARE(xmin->value(), 500);
        QCOMPARE((*view->clipBox())[1], whole[1]);
    }
};

QTEST_MAIN(TestVolume3dGui)
#include "tst_volume3d_gui.moc"
