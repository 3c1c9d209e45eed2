// PET/CT fusion (Xvfb): a study of the phantom's CT and its PET (written by Strata: the same
// anatomy's uptake, the lesions hot, in the CT's frame of reference on a coarser grid) opens on
// the CT; View → Fusion offers the PET and fuses it: on the enhancing lesion's slice the liver
// beside it is in colour on screen and the lesion brighter than the CT alone, "Fused: PT" in the
// overlay; the MPR planes through the lesion show it too; None leaves the CT as it was.
#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>

#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace strata;

namespace {

/// How far a pixel is from grey (its largest channel less its smallest).
int colourfulness(QRgb p) { return std::max({qRed(p), qGreen(p), qBlue(p)}) - std::min({qRed(p), qGreen(p), qBlue(p)}); }

/// The fusion menu's action that fuses a series (not None, not an opacity), after the menu is filled.
QAction *fuseAction(ui::Viewer *viewer)
{
    auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.fusion"));
    if (!menu)
        return nullptr;
    emit menu->aboutToShow();
    for (QAction *a : menu->actions())
        if (a->objectName().startsWith(QStringLiteral("fusion.")) && a->objectName() != QStringLiteral("fusion.none")
            && !a->objectName().startsWith(QStringLiteral("fusion.opacity")))
            return a;
    return nullptr;
}

QAction *menuAction(ui::Viewer *viewer, const QString &name)
{
    auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.fusion"));
    emit menu->aboutToShow();
    for (QAction *a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

} // namespace

class TestFusionGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QApplication::setApplicationName(QStringLiteral("tst_fusion_gui"));
        QSettings().clear();
        paths::setDataDirOverride(m_data.path());
    }

    void aPetIsFusedOverItsCt()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec ct;
        ct.columns = ct.rows = 192;
        ct.slices = 90;
        ct.pixelSpacingMm = 1.8;
        ct.sliceSpacingMm = 2.0;
        auto writtenCt = dicom::writePhantom(ct, dir.filePath(QStringLiteral("study/ct")));
        QVERIFY(writtenCt.ok());
        dicom::PhantomSpec pet = dicom::PhantomSpec::pet();
        pet.columns = pet.rows = 64;   // the CT's extent on a grid three times coarser
        pet.pixelSpacingMm = 5.4;
        pet.slices = 36;
        pet.sliceSpacingMm = 5.0;
        pet.studyInstanceUid = writtenCt.value().studyInstanceUid;
        pet.frameOfReferenceUid = writtenCt.value().frameOfReferenceUid;
        auto writtenPet = dicom::writePhantom(pet, dir.filePath(QStringLiteral("study/pet")));
        QVERIFY(writtenPet.ok());

        // The enhancing lesion, and a point of the liver beside it (the truth of both phantoms).
        const dicom::PhantomLesion lesion = writtenCt.value().lesions[2];
        QCOMPARE(lesion.name, QStringLiteral("liver_enhancing"));
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const imaging::Vec3 liver{centre[0] - lesion.diameterMm, centre[1], centre[2]};
        QCOMPARE(dicom::phantomHuAt(ct, liver[0], liver[1], liver[2]), 60.0);
        QCOMPARE(dicom::phantomActivityAt(pet, liver[0], liver[1], liver[2]), 8000.0);
        QCOMPARE(dicom::phantomActivityAt(pet, centre[0], centre[1], centre[2]), 40000.0);

        ui::MainWindow window(m_data.path());
        ui::Viewport *view = testing::openSettled(window, dir.filePath(QStringLiteral("study")));
        QVERIFY(view);
        QCOMPARE(view->sliceCount(), ct.slices);   // the CT
        QCOMPARE(view->series()->header(0).modality, QStringLiteral("CT"));
        const auto scan = dicom::scanFiles(writtenCt.value().files);
        const dicom::Stack stack = dicom::buildStacks(scan.headers).front();
        view->setSlice(measure::nearestSlice(stack, centre));
        QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && std::abs(view->imageGeometry()->distance(centre)) < 1.01, 30000);
        QTest::qWait(50);
        const QImage before = view->grab().toImage();
        const QPoint atLesion = view->widgetPosition(centre)->toPoint(), atLiver = view->widgetPosition(liver)->toPoint();
        QVERIFY(colourfulness(before.pixel(atLiver)) <= 2 && colourfulness(before.pixel(atLesion)) <= 2);

        // View → Fusion: the PET (the CT itself is not offered).
        QAction *fuse = fuseAction(window.viewer());
        QVERIFY(fuse);
        QVERIFY2(fuse->text().contains(QStringLiteral("PET")), qPrintable(fuse->text()));
        fuse->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view->fusionPicture().isNull(), 60000);
        QVERIFY(view->fusion());
        QCOMPARE(view->fusion()->header(0).modality, QStringLiteral("PT"));
        QVERIFY2(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|')).contains(QStringLiteral("Fused: PT PET AC")),
                 qPrintable(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));
        QTest::qWait(50);
        const QImage fused = view->grab().toImage();
        // The liver's uptake in colour; the lesion's (five times the liver's) brighter than the CT alone.
        QVERIFY2(colourfulness(fused.pixel(atLiver)) > 40, qPrintable(QString::number(colourfulness(fused.pixel(atLiver)))));
        QVERIFY2(qGray(fused.pixel(atLesion)) > qGray(before.pixel(atLesion)) + 20,
                 qPrintable(QStringLiteral("%1 → %2").arg(qGray(before.pixel(atLesion))).arg(qGray(fused.pixel(atLesion)))));
        // Outside the body (no uptake): the CT as it was.
        const QPoint outside = view->widgetPosition({centre[0], -170, centre[2]})->toPoint();
        QCOMPARE(fused.pixel(outside), before.pixel(outside));

        // Opacity 100 %: the liver's colour stronger still.
        QAction *opaque = menuAction(window.viewer(), QStringLiteral("fusion.opacity.100"));
        QVERIFY(opaque);
        opaque->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->fusionOpacity() == 1.0 && !view->fusionPicture().isNull(), 30000);
        QTest::qWait(50);
        QVERIFY(colourfulness(view->grab().toImage().pixel(atLiver)) > colourfulness(fused.pixel(atLiver)));
        menuAction(window.viewer(), QStringLiteral("fusion.opacity.50"))->trigger();

        // MPR through the lesion: the coronal plane fused too (at a point of the liver off the
        // crosshair's lines).
        const imaging::Vec3 liverOff{liver[0], liver[1], liver[2] + lesion.diameterMm / 2};
        QCOMPARE(dicom::phantomActivityAt(pet, liverOff[0], liverOff[1], liverOff[2]), 8000.0);
        window.viewer()->action(QStringLiteral("layout.mpr"))->trigger();
        ui::MprModel *mpr = window.viewer()->mprModel();
        QTRY_VERIFY_WITH_TIMEOUT(mpr->isValid(), 30000);
        mpr->setCenter(centre);
        ui::Viewport *coronal = window.viewer()->viewport(1);
        QTRY_VERIFY_WITH_TIMEOUT(coronal->imageGeometry() && std::abs(coronal->imageGeometry()->distance(centre)) < 0.01
                                     && !coronal->fusionPicture().isNull(),
                                 30000);
        QTest::qWait(50);
        const QPoint onCoronal = coronal->widgetPosition(liverOff)->toPoint();
        QVERIFY2(colourfulness(coronal->grab().toImage().pixel(onCoronal)) > 40,
                 qPrintable(QString::number(colourfulness(coronal->grab().toImage().pixel(onCoronal)))));

        // None: the CT alone again.
        menuAction(window.viewer(), QStringLiteral("fusion.none"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(coronal->fusionPicture().isNull() && !coronal->fusion(), 30000);
        QVERIFY(window.viewer()->fusionKey().isEmpty());
        QTest::qWait(50);
        QVERIFY(colourfulness(coronal->grab().toImage().pixel(onCoronal)) <= 2);
    }
};

QTEST_MAIN(TestFusionGui)
#include "tst_fusion_gui.moc"
