// PET/CT fusion (Xvfb): a study of the phantom's CT and its PET (written by Strata: the same
// anatomy's uptake, the lesions hot, in the CT's frame of reference on a coarser grid) opens on
// the CT; View → Fusion offers the PET and fuses it: on the enhancing lesion's slice the liver
// beside it is in colour on screen and the lesion brighter than the CT alone, "Fused: PT" in the
// overlay; the MPR planes through the lesion show it too; None leaves the CT as it was. And on the
// PET itself a probe and a region read SUVbw, the lesion tool its metabolic volume.
#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/imaging/Reslicer.h>
#include <strata/store/AuditLog.h>
#include <strata/ui/DoseVolumeDialog.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/Fusion.h>
#include <strata/ui/models/HangingProtocol.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/tools/MeasurementController.h>
#include <strata/ui/tools/MeasurementTools.h>

#include <dicom_tools.h>
#include <store_reads.h>
#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QLineSeries>
#include <QTableWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using namespace strata;

namespace {

/// How far a pixel is from grey (its largest channel less its smallest).
int colourfulness(QRgb p) { return std::max({qRed(p), qGreen(p), qBlue(p)}) - std::min({qRed(p), qGreen(p), qBlue(p)}); }

/// The phantom's CT (`size`² pixels of `pixelMm`, `slices` of `sliceMm`) in `folder`/ct and its PET
/// on a grid `coarser` times coarser over the same extent in `folder`/pet, in the CT's study and
/// frame of reference.
struct PetCt {
    dicom::PhantomSpec ctSpec, petSpec;
    dicom::PhantomStudy ct, pet;
};
std::optional<PetCt> writePetCt(const QString &folder, int size, double pixelMm, int slices, double sliceMm, int coarser)
{
    PetCt out;
    out.ctSpec.columns = out.ctSpec.rows = size;
    out.ctSpec.pixelSpacingMm = pixelMm;
    out.ctSpec.slices = slices;
    out.ctSpec.sliceSpacingMm = sliceMm;
    auto ct = dicom::writePhantom(out.ctSpec, folder + QStringLiteral("/ct"));
    if (!ct.ok())
        return std::nullopt;
    out.ct = ct.value();
    out.petSpec = dicom::PhantomSpec::pet();
    out.petSpec.columns = out.petSpec.rows = size / coarser;
    out.petSpec.pixelSpacingMm = pixelMm * coarser;
    out.petSpec.slices = slices / coarser;
    out.petSpec.sliceSpacingMm = sliceMm * coarser;
    out.petSpec.studyInstanceUid = out.ct.studyInstanceUid;
    out.petSpec.frameOfReferenceUid = out.ct.frameOfReferenceUid;
    auto pet = dicom::writePhantom(out.petSpec, folder + QStringLiteral("/pet"));
    if (!pet.ok())
        return std::nullopt;
    out.pet = pet.value();
    return out;
}

/// The first action of View → Fusion (filled as when it opens) that `wanted` accepts by its name.
QAction *fusionMenuAction(ui::Viewer *viewer, const std::function<bool(const QString &name)> &wanted)
{
    auto *menu = viewer->findChild<QMenu *>(QStringLiteral("view.fusion"));
    if (!menu)
        return nullptr;
    emit menu->aboutToShow();
    for (QAction *a : menu->actions())
        if (wanted(a->objectName()))
            return a;
    return nullptr;
}

/// The action that fuses a series (not None, not an opacity).
QAction *fuseAction(ui::Viewer *viewer)
{
    return fusionMenuAction(viewer, [](const QString &name) {
        return name.startsWith(QStringLiteral("fusion.")) && name != QStringLiteral("fusion.none") && !name.startsWith(QStringLiteral("fusion.opacity"));
    });
}

QAction *menuAction(ui::Viewer *viewer, const QString &name)
{
    return fusionMenuAction(viewer, [&](const QString &n) { return n == name; });
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
        store::setDefaultAuditLog(true);
    }

    void aPetIsFusedOverItsCt()
    {
        QTemporaryDir dir;
        const auto written = writePetCt(dir.filePath(QStringLiteral("study")), 192, 1.8, 90, 2.0, 3);
        QVERIFY(written);
        const dicom::PhantomSpec &ct = written->ctSpec, &pet = written->petSpec;
        const dicom::PhantomStudy &writtenCt = written->ct;

        // The enhancing lesion, and a point of the liver beside it (the truth of both phantoms).
        const dicom::PhantomLesion lesion = writtenCt.lesions[2];
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
        const auto scan = dicom::scanFiles(writtenCt.files);
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

        // A probe on the CT reads the PET there too: the liver's 60 HU and its SUVbw (8000 Bq/ml).
        auto *measure = window.viewer()->findChild<ui::MeasurementController *>();
        QVERIFY(measure);
        QAction *probeTool = measure->menu()->findChild<QAction *>(QStringLiteral("measure.probe"));
        QVERIFY(probeTool);
        probeTool->trigger();
        const std::size_t measured = measure->list()->items().size();
        QTest::mouseClick(view, Qt::LeftButton, {}, atLiver);
        QTRY_COMPARE(measure->list()->items().size(), measured + 1);
        const measure::Measurement probe = measure->list()->items().back();
        const double fusedSuv = probe.value(QStringLiteral("fused_suv")).value_or(0);
        QVERIFY2(std::abs(fusedSuv - 8000 * dicom::phantomSuvFactor()) < 0.25, qPrintable(QString::number(fusedSuv)));   // 5 % noise
        QVERIFY2(ui::MeasurementTool::label(probe).contains(QStringLiteral(" HU · fused SUVbw ")), qPrintable(ui::MeasurementTool::label(probe)));
        measure->menu()->findChild<QAction *>(QStringLiteral("measure.delete"))->trigger();   // its mark off the liver
        QTRY_COMPARE(measure->list()->items().size(), measured);
        window.viewer()->action(QStringLiteral("tool.browse"))->trigger();
        // So does the cursor readout, with the mouse over the liver.
        testing::hover(view, atLiver);
        const auto readout = view->cursorReadout();
        QVERIFY(readout && readout->fusedValue);
        QCOMPARE(readout->value, view->valueAt(atLiver));   // the liver's 60 HU and the CT's noise
        QCOMPARE(readout->fusedModality, QStringLiteral("PT"));
        QVERIFY2(std::abs(readout->fusedSuv - 8000 * dicom::phantomSuvFactor()) < 0.25, qPrintable(QString::number(readout->fusedSuv)));
        QVERIFY2(view->overlayText(ui::Viewport::Corner::BottomLeft).contains(QStringLiteral("Px %1, %2: %3 HU · fused SUVbw %4")
                                                                                 .arg(readout->column).arg(readout->row)
                                                                                 .arg(ui::OverlayText::formatValue(*readout->value))
                                                                                 .arg(readout->fusedSuv, 0, 'f', 2)),
                 qPrintable(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));
        testing::leave(view);

        // Opacity 100 %: the liver's colour stronger still.
        QAction *opaque = menuAction(window.viewer(), QStringLiteral("fusion.opacity.100"));
        QVERIFY(opaque);
        opaque->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->fusionOpacity() == 1.0 && !view->fusionPicture().isNull(), 30000);
        QTest::qWait(50);
        QVERIFY(colourfulness(view->grab().toImage().pixel(atLiver)) > colourfulness(fused.pixel(atLiver)));
        menuAction(window.viewer(), QStringLiteral("fusion.opacity.50"))->trigger();

        // In SUVbw: 0 to 5 (the PET's header gives it), named in the overlay: the liver (SUV 2.4)
        // half way up, fully blended; 0 to 10: a quarter, fading in.
        const auto liverAlpha = [&] {
            const auto px = view->imageGeometry()->pixelPosition(liver);
            return qAlpha(view->fusionPicture().pixel(int(std::lround(px[0])), int(std::lround(px[1]))));
        };
        QAction *suv5 = menuAction(window.viewer(), QStringLiteral("fusion.scale.suv5"));
        QVERIFY(suv5 && suv5->isEnabled());
        suv5->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(view->fusionWindowShown().width - 5 / dicom::phantomSuvFactor()) < 1e-6
                                     && !view->fusionPicture().isNull(),
                                 30000);
        QVERIFY2(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|')).contains(QStringLiteral("SUV 0–5")),
                 qPrintable(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));
        QVERIFY2(std::abs(liverAlpha() - 128) <= 1, qPrintable(QString::number(liverAlpha())));
        menuAction(window.viewer(), QStringLiteral("fusion.scale.suv10"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(view->fusionWindowShown().width - 10 / dicom::phantomSuvFactor()) < 1e-6
                                     && !view->fusionPicture().isNull(),
                                 30000);
        QVERIFY2(liverAlpha() > 70 && liverAlpha() < 110, qPrintable(QString::number(liverAlpha())));
        // Shift + right drag to the left: the PET's window narrows about its middle (from SUV 0–10
        // to about 2.4–7.6), the liver (SUV 1.5) falls below it and shows grey, the overlay names
        // the SUV range, no scale is checked any more; the scale chosen again takes over.
        {
            const double before = view->fusionWindowShown().width;
            const int alphaBefore = liverAlpha();
            const QPoint from(view->width() / 2, view->height() / 2), to = from - QPoint(120, 0);
            QTest::mousePress(view, Qt::RightButton, Qt::ShiftModifier, from);
            for (int i = 1; i <= 6; ++i) {
                const QPointF p = QPointF(from) + QPointF(to - from) * i / 6.0;
                QMouseEvent move(QEvent::MouseMove, p, view->mapToGlobal(p), Qt::NoButton, Qt::RightButton, Qt::ShiftModifier);
                QApplication::sendEvent(view, &move);
            }
            QTest::mouseRelease(view, Qt::RightButton, Qt::ShiftModifier, to);
            const double narrowed = view->fusionWindowShown().width;
            QVERIFY2(narrowed < before * 0.7, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(narrowed)));
            QCOMPARE(view->window().width, 400.0);   // the CT's own window as it was
            QVERIFY(alphaBefore > 50);
            QTRY_VERIFY_WITH_TIMEOUT(!view->fusionPicture().isNull() && liverAlpha() < alphaBefore / 4, 30000);
            const QString label = ui::fusionWindowLabel(view->fusionWindowShown(), dicom::phantomSuvFactor());
            QVERIFY(label.startsWith(QStringLiteral("SUV ")));
            QVERIFY2(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|')).contains(label),
                     qPrintable(view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));
            QVERIFY(!menuAction(window.viewer(), QStringLiteral("fusion.scale.suv10"))->isChecked());
            menuAction(window.viewer(), QStringLiteral("fusion.scale.suv10"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(std::abs(view->fusionWindowShown().width - 10 / dicom::phantomSuvFactor()) < 1e-6
                                         && !view->fusionPicture().isNull(),
                                     30000);
            QCOMPARE(liverAlpha(), alphaBefore);
        }
        // The PET rainbow instead of hot iron: the liver, halfway up, no longer red.
        const auto liverColour = [&] {
            const auto px = view->imageGeometry()->pixelPosition(liver);
            return view->fusionPicture().pixel(int(std::lround(px[0])), int(std::lround(px[1])));
        };
        const QRgb hot = liverColour();
        QVERIFY(qRed(hot) > qBlue(hot) + 20);
        menuAction(window.viewer(), QStringLiteral("fusion.map.%1").arg(int(imaging::ColorMap::Pet)))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->fusionColorMap() == imaging::ColorMap::Pet && !view->fusionPicture().isNull(), 30000);
        QVERIFY2(liverColour() != hot, qPrintable(QString::number(liverColour(), 16)));
        menuAction(window.viewer(), QStringLiteral("fusion.map.%1").arg(int(imaging::ColorMap::HotIron)))->trigger();
        menuAction(window.viewer(), QStringLiteral("fusion.scale.auto"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(view->fusionWindowShown().width - 5 / dicom::phantomSuvFactor()) > 1 && !view->fusionPicture().isNull(),
                                 30000);

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
        // A fused window dragged on the axial plane is the coronal plane's too.
        {
            ui::Viewport *axial = window.viewer()->viewport(0);
            const double before = coronal->fusionWindowShown().width;
            const QPoint from(axial->width() / 2, axial->height() / 2);
            QTest::mousePress(axial, Qt::RightButton, Qt::ShiftModifier, from);
            QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(80, 0)), axial->mapToGlobal(QPointF(from + QPoint(80, 0))), Qt::NoButton,
                             Qt::RightButton, Qt::ShiftModifier);
            QApplication::sendEvent(axial, &move);
            QTest::mouseRelease(axial, Qt::RightButton, Qt::ShiftModifier, from + QPoint(80, 0));
            QVERIFY(axial->fusionWindowShown().width > before * 1.2);
            QCOMPARE(coronal->fusionWindowShown().width, axial->fusionWindowShown().width);
            QCOMPARE(coronal->fusionWindowShown().center, axial->fusionWindowShown().center);
        }

        // None: the CT alone again.
        menuAction(window.viewer(), QStringLiteral("fusion.none"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(coronal->fusionPicture().isNull() && !coronal->fusion(), 30000);
        QVERIFY(window.viewer()->fusionKey().isEmpty());
        QTest::qWait(50);
        QVERIFY(colourfulness(coronal->grab().toImage().pixel(onCoronal)) <= 2);

        // A PET larger than the memory for decoded series is read slice by slice: no volume to
        // sample planes from, and the status line says so (the CT stays as it is).
        window.viewer()->seriesCache()->setBudgetBytes(1000);
        QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
        QAction *again = fuseAction(window.viewer());
        QVERIFY(again);
        again->trigger();
        QVERIFY(window.viewer()->fusionKey().isEmpty());
        QVERIFY(!coronal->fusion());
        QVERIFY(!status.isEmpty() && status.last().first().toString().startsWith(QStringLiteral("Fusion needs the volume of PET AC")));
    }

    // A radiotherapy plan (the test data's breast plan: its CT slice, structure set and plan
    // prescribing 14 Gy, with the test data's dose grid placed over them in their frame of
    // reference and scaled to about 15 Gy by DCMTK) opens on the CT, not the dose. View → Fusion
    // offers the dose: its isodose lines at 107 … 30 % of the prescription, each pixel of the 100 %
    // line at or above 14 Gy beside one below, every level the slice's dose crosses drawn and no
    // other; their legend; the overlay names the prescription. Lines and wash switch off on their
    // own. View → Dose–Volume Histogram: each structure's curve and figures, saved as CSV, audited.
    void aPlansDoseIsDrawnAsIsodosesAndHistograms()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan"));
        QVERIFY(QDir().mkpath(plan));
        const QString rt = QStringLiteral(STRATA_TESTDATA_DIR "/rt/dicompyler-core/");
        for (const char *name : {"ct.0.dcm", "rtss.dcm", "rtplan.dcm"})
            QVERIFY(QFile::copy(rt + QLatin1String(name), plan + QLatin1Char('/') + QLatin1String(name)));
        const QString structures = rt + QStringLiteral("rtss.dcm");
        const QString study = testing::tagValue(structures, QStringLiteral("0020,000d"));
        QVERIFY(testing::modifiedCopyOf(QStringLiteral(STRATA_TESTDATA_DIR "/rt/pydicom-pkg/rtdose.dcm"), plan + QStringLiteral("/dose.dcm"),
                                        {QStringLiteral("(0020,0052)=") + testing::tagValue(structures, QStringLiteral("0020,0052")),
                                         QStringLiteral("(0020,000d)=") + study, QStringLiteral("(0020,0032)=-240\\-430\\-125"),
                                         QStringLiteral("(0028,0030)=55\\55"), QStringLiteral("(3004,000e)=1.2e-5"),
                                         QStringLiteral("(3004,000c)=0\\21\\42\\63\\84\\105\\126\\147\\168\\189\\210\\231\\252\\273\\294"),
                                         QStringLiteral("(3004,0002)=GY"), QStringLiteral("(3004,000a)=PLAN")}));

        ui::MainWindow window(m_data.path());
        ui::Viewport *view = testing::openSettled(window, plan);
        QVERIFY(view);
        QCOMPARE(view->series()->header(0).modality, QStringLiteral("CT"));   // not the dose grid
        QTest::qWait(50);
        const QImage before = view->grab().toImage();

        QAction *fuse = fuseAction(window.viewer());
        QVERIFY(fuse);
        QVERIFY2(fuse->text().contains(QStringLiteral("RTDOSE")), qPrintable(fuse->text()));
        fuse->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view->fusionPicture().isNull() && !view->isodosesShown().empty(), 60000);
        const std::vector<ui::IsodoseLevel> levels = view->isodosesShown();
        QCOMPARE(int(levels.size()), 8);
        QCOMPARE(view->isodoseReference(), 14.0);   // the plan's prescription
        QCOMPARE(levels[1].percent, 100.0);
        QCOMPARE(levels[1].value, 14.0);
        const QString overlay = view->overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'));
        QVERIFY2(overlay.contains(QStringLiteral("100 % = 14 Gy prescribed")), qPrintable(overlay));

        // The dose on the slice's pixels, sampled apart, against the lines drawn.
        const imaging::SliceGeometry plane = *view->imageGeometry();
        imaging::ResliceOptions options;
        options.interpolation = imaging::Interpolation::Linear;
        options.background = std::nanf("");
        auto sampled = imaging::resampleOnto(*view->fusion()->volume(), plane, options);
        QVERIFY(sampled.ok());
        const std::vector<float> &dose = sampled.value().pixels;
        const auto doseAt = [&](int x, int y) { return dose[std::size_t(y) * std::size_t(plane.width) + std::size_t(x)]; };
        float lowest = HUGE_VALF, highest = -HUGE_VALF;   // where the grid is
        for (const float d : dose)
            if (!std::isnan(d))
                lowest = std::min(lowest, d), highest = std::max(highest, d);
        QVERIFY(lowest < highest);
        const QImage picture = view->fusionPicture();
        int crossed = 0;
        for (const ui::IsodoseLevel &level : levels) {
            const QRgb colour = qRgb(qRed(level.colour), qGreen(level.colour), qBlue(level.colour));
            int drawn = 0;
            for (int y = 0; y < plane.height; ++y)
                for (int x = 0; x < plane.width; ++x) {
                    if (picture.pixel(x, y) != colour)
                        continue;
                    ++drawn;
                    const bool below = (x > 0 && doseAt(x - 1, y) < level.value) || (x + 1 < plane.width && doseAt(x + 1, y) < level.value)
                                       || (y > 0 && doseAt(x, y - 1) < level.value) || (y + 1 < plane.height && doseAt(x, y + 1) < level.value);
                    QVERIFY2(doseAt(x, y) >= level.value && below, qPrintable(QStringLiteral("%1 %: pixel %2,%3 at %4 Gy").arg(level.percent).arg(x).arg(y).arg(doseAt(x, y))));
                }
            const bool crosses = lowest < level.value && highest >= level.value;
            QVERIFY2(crosses == (drawn > 0), qPrintable(QStringLiteral("%1 %: %2 pixels; the slice's dose %3–%4 Gy").arg(level.percent).arg(drawn).arg(lowest).arg(highest)));
            crossed += crosses ? 1 : 0;
        }
        QVERIFY2(crossed >= 3, qPrintable(QString::number(crossed)));
        // On screen: the lines in their colours, the legend's swatches beside their levels.
        QTest::qWait(50);
        const auto count = [](const QImage &image, QRgb colour, const QRect &area) {
            int n = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    n += image.pixel(x, y) == colour ? 1 : 0;
            return n;
        };
        QImage shown = view->grab().toImage();
        const QRect legend(shown.width() / 2, 0, shown.width() / 2, shown.height() / 2);
        const QRgb magenta = qRgb(255, 0, 255), violet = qRgb(150, 80, 255);
        QVERIFY2(count(shown, violet, legend) >= 20 && count(shown, magenta, legend) >= 20,
                 qPrintable(QStringLiteral("%1, %2").arg(count(shown, violet, legend)).arg(count(shown, magenta, legend))));
        QVERIFY(count(before, violet, before.rect()) == 0 && count(before, magenta, before.rect()) == 0);
        const QRgb red = qRgb(255, 0, 0);
        QVERIFY(count(shown, red, shown.rect()) > 20);

        // Lines off: none of their colours, no legend; wash off too: the CT as it was.
        QAction *lines = menuAction(window.viewer(), QStringLiteral("fusion.isodoses"));
        QVERIFY(lines && lines->isChecked());
        lines->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->isodosesShown().empty(), 30000);
        QTest::qWait(100);
        shown = view->grab().toImage();
        QCOMPARE(count(shown, magenta, shown.rect()) + count(shown, violet, shown.rect()) + count(shown, red, shown.rect()), 0);
        QVERIFY(shown != before);   // the wash
        QAction *wash = menuAction(window.viewer(), QStringLiteral("fusion.wash"));
        QVERIFY(wash && wash->isChecked());
        wash->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view->grab().toImage().pixel(shown.width() / 2, shown.height() / 2) == before.pixel(shown.width() / 2, shown.height() / 2), 30000);
        menuAction(window.viewer(), QStringLiteral("fusion.isodoses"))->trigger();
        menuAction(window.viewer(), QStringLiteral("fusion.wash"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isodosesShown().empty(), 30000);

        // The histograms: every structure of the set, the body the largest.
        QAction *dvh = window.viewer()->action(QStringLiteral("view.dvh"));
        QVERIFY(dvh);
        QTRY_VERIFY_WITH_TIMEOUT(dvh->isEnabled(), 60000);   // once the structure set is read
        dvh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->doseVolumeDialog() && window.viewer()->doseVolumeDialog()->isComputed(), 60000);
        ui::DoseVolumeDialog *dialog = window.viewer()->doseVolumeDialog();
        const auto &histograms = dialog->histograms();
        QCOMPARE(int(histograms.size()), 10);
        QCOMPARE(histograms[0].name, QStringLiteral("BODY"));
        QCOMPARE(histograms[0].coveredCc, histograms[0].volumeCc);   // the grid covers the patient
        QCOMPARE(dialog->table()->rowCount(), 10);
        QVERIFY(!dialog->table()->isColumnHidden(11));   // the volume at the prescription
        QCOMPARE(dialog->table()->horizontalHeaderItem(11)->text(), QStringLiteral("V 14 Gy"));
        for (int i = 0; i < 10; ++i) {
            const measure::DoseVolumeHistogram &h = histograms[std::size_t(i)];
            QVERIFY(h.volumeCc <= histograms[0].volumeCc);
            if (h.empty()) {
                QVERIFY(!dialog->curve(i));
                continue;
            }
            QCOMPARE(dialog->table()->item(i, 5)->text(), QString::number(h.mean, 'f', 2));
            QLineSeries *curve = dialog->curve(i);
            QVERIFY(curve && curve->isVisible());
            QCOMPARE(curve->color(), QColor(h.rgb[0], h.rgb[1], h.rgb[2]));
            QCOMPARE(curve->points().front().y(), 100.0);
            QCOMPARE(curve->points().back().y(), 0.0);
        }
        // A structure's row unchecked: its curve hidden.
        dialog->table()->item(0, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog->curve(0)->isVisible());
        // Saved as CSV and recorded.
        const QString csv = dir.filePath(QStringLiteral("dvh.csv"));
        QVERIFY(dialog->saveTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("dose (Gy),BODY (cc),Areola (cc)"));
        const auto records = testing::auditRecords(m_data.path(), QStringLiteral("dose-volume-export"));
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records.front().object, study);
        QCOMPARE(records.front().peer, csv);
    }

    // A viewport keeps its fusion while it shows series of the fused one's frame of reference and
    // drops it for a series of another (another patient's or another scan's CT).
    void fusionEndsWithItsFrameOfReference()
    {
        QTemporaryDir dir;
        const auto seriesOf = [](const dicom::PhantomStudy &study) {
            const auto scan = dicom::scanFiles(study.files);
            auto series = std::make_shared<imaging::SeriesVolume>(dicom::buildStacks(scan.headers).front(), scan.headers,
                                                                  imaging::SeriesVolume::Options{});
            series->start();
            return series;
        };
        const auto written = writePetCt(dir.path(), 64, 5.6, 20, 15, 2);
        QVERIFY(written);
        auto other = dicom::writePhantom(written->ctSpec, dir.filePath(QStringLiteral("other")));   // a frame of reference of its own
        QVERIFY(other.ok());
        auto ctSeries = seriesOf(written->ct), petSeries = seriesOf(written->pet), otherSeries = seriesOf(other.value());

        ui::Viewport viewport;
        viewport.resize(300, 300);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(ctSeries, 10);
        viewport.setFusion(petSeries);
        QTRY_VERIFY_WITH_TIMEOUT(!viewport.fusionPicture().isNull(), 30000);
        viewport.showStack(ctSeries, 11);   // the same frame of reference: it stays
        QTRY_VERIFY_WITH_TIMEOUT(!viewport.fusionPicture().isNull(), 30000);
        QCOMPARE(viewport.fusion(), petSeries);
        viewport.showStack(otherSeries, 10);
        QVERIFY(!viewport.fusion());
        QVERIFY(viewport.fusionPicture().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);
        QVERIFY(viewport.fusionPicture().isNull());

        // A viewport given the loaded PET and another opacity straight away (as the viewer gives a
        // viewport a new layout brings) fuses it all the same: the opacity's new pictures do not
        // drop the fused volume's window on its way.
        ui::Viewport second;
        second.resize(300, 300);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        second.showStack(ctSeries, 10);
        QVERIFY(petSeries->volume());
        second.setFusion(petSeries);
        second.setFusionOpacity(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(!second.fusionPicture().isNull(), 30000);
        QCOMPARE(second.fusionOpacity(), 1.0);
    }

    // A hanging protocol saved while the PET is fused (70 %, SUV 0–5, the PET rainbow) opens every
    // PET/CT of the kind fused so, named in the status line; without a protocol a study opens
    // unfused.
    void aProtocolOpensAPetCtFused()
    {
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
        QTemporaryDir dir;
        const auto written = writePetCt(dir.filePath(QStringLiteral("study")), 96, 3.6, 40, 7.5, 2);
        QVERIFY(written);
        const dicom::PhantomLesion lesion = written->ct.lesions[2];
        QCOMPARE(lesion.name, QStringLiteral("liver_enhancing"));
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const imaging::Vec3 liver{centre[0] - lesion.diameterMm, centre[1], centre[2]};
        QString petDescription;
        {
            ui::MainWindow window(m_data.path());
            ui::Viewport *view = testing::openSettled(window, dir.filePath(QStringLiteral("study")));
            QVERIFY(view);
            QCOMPARE(view->series()->header(0).modality, QStringLiteral("CT"));
            window.viewer()->action(QStringLiteral("layout.1x1"))->trigger();   // native slices
            QAction *fuse = fuseAction(window.viewer());
            QVERIFY(fuse);
            fuse->trigger();
            menuAction(window.viewer(), QStringLiteral("fusion.opacity.70"))->trigger();
            menuAction(window.viewer(), QStringLiteral("fusion.scale.suv5"))->trigger();
            menuAction(window.viewer(), QStringLiteral("fusion.map.%1").arg(int(imaging::ColorMap::Pet)))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(view->fusion() && !view->fusionPicture().isNull(), 30000);
            petDescription = view->fusion()->stack().seriesDescription;
            auto *menu = window.viewer()->findChild<QMenu *>(QStringLiteral("view.protocols"));
            QVERIFY(menu);
            emit menu->aboutToShow();
            menu->findChild<QAction *>(QStringLiteral("protocol.save"))->trigger();
            const auto saved = ui::HangingProtocols::load();
            QCOMPARE(saved.size(), std::size_t(1));
            QCOMPARE(saved.front().fusion, std::optional(ui::ProtocolFusion{petDescription, 0.7, 5, imaging::ColorMap::Pet}));
        }
        const auto openFused = [&](bool protocol) {
            ui::MainWindow window(m_data.path());
            QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
            ui::Viewport *view = testing::openSettled(window, dir.filePath(QStringLiteral("study")));
            QVERIFY(view);
            QCOMPARE(view->series()->header(0).modality, QStringLiteral("CT"));
            if (!protocol) {
                QVERIFY(window.viewer()->fusionKey().isEmpty());
                QVERIFY(!view->fusion());
                return;
            }
            QVERIFY(!window.viewer()->fusionKey().isEmpty());
            QVERIFY(view->fusion());
            QCOMPARE(view->fusion()->header(0).modality, QStringLiteral("PT"));
            QCOMPARE(view->fusionOpacity(), 0.7);
            QCOMPARE(view->fusionColorMap(), imaging::ColorMap::Pet);
            QTRY_VERIFY_WITH_TIMEOUT(std::abs(view->fusionWindowShown().width - 5 / dicom::phantomSuvFactor()) < 1e-6, 30000);
            QStringList messages;
            for (const auto &m : status)
                messages << m.first().toString();
            QVERIFY2(messages.join(QLatin1Char('|')).contains(QStringLiteral("%1 fused").arg(petDescription)), qPrintable(messages.join(QLatin1Char('|'))));
            // On screen: the liver in colour through the lesion's slice.
            const auto scan = dicom::scanFiles(written->ct.files);
            view->setSlice(measure::nearestSlice(dicom::buildStacks(scan.headers).front(), centre));
            QCOMPARE(window.viewer()->viewportCount(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(view->hasImage() && std::abs(view->imageGeometry()->distance(centre)) < 3.8
                                         && !view->fusionPicture().isNull(),
                                     30000);
            QTest::qWait(50);
            const QPoint atLiver = view->widgetPosition(liver)->toPoint();
            QVERIFY2(colourfulness(view->grab().toImage().pixel(atLiver)) > 40,
                     qPrintable(QString::number(colourfulness(view->grab().toImage().pixel(atLiver)))));
        };
        openFused(true);
        if (QTest::currentTestFailed())
            return;
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
        openFused(false);
    }

    // The PET read as a PET reader reads it: a probe clicked on the enhancing lesion gives its
    // uptake in Bq/ml and SUVbw (the header's weight, dose and times), an ellipse dragged around
    // it SUVmax and SUVmean, on screen in the measurement's label.
    void aPetIsMeasuredInSuv()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec spec = dicom::PhantomSpec::pet();
        spec.noiseHu = 0;
        auto written = dicom::writePhantom(spec, dir.filePath(QStringLiteral("pet")));
        QVERIFY(written.ok());
        // The patient a woman of 1.62 m (the phantom says neither): SUL too.
        QProcess modify;
        modify.start(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb"), QStringLiteral("-m"), QStringLiteral("(0010,0040)=F"),
                                                             QStringLiteral("-i"), QStringLiteral("(0010,1020)=1.62")}
                                                     + written.value().files);
        QVERIFY(modify.waitForFinished(60000) && modify.exitCode() == 0);
        const auto scan = dicom::scanFiles(written.value().files);
        QVERIFY(std::abs(scan.headers.front().suvPerValue - dicom::phantomSuvFactor()) < 1e-12);
        const double lbm = 9270 * 75 / (8780 + 244 * 75 / (1.62 * 1.62));
        QVERIFY(std::abs(scan.headers.front().sulPerValue - dicom::phantomSuvFactor() * lbm / 75) < 1e-12);
        const dicom::Stack stack = dicom::buildStacks(scan.headers).front();
        auto series = std::make_shared<imaging::SeriesVolume>(stack, scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        const dicom::PhantomLesion lesion = written.value().lesions[2];
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        ui::Viewport viewport;
        viewport.resize(500, 500);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        QWidget host;
        ui::MeasurementController controller(dir.filePath(QStringLiteral("data")), &host);
        auto list = controller.list();
        // The probe chosen before the PET is shown (a series dropped into the viewport later): its
        // values are the PET's, in Bq/ml and SUVbw, not the modality-less values of no series.
        viewport.setToolHandler(controller.makeTool(measure::MeasurementKind::Probe, &viewport));
        viewport.showStack(series, measure::nearestSlice(stack, centre));
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);

        const QPoint at = viewport.widgetPosition(centre)->toPoint();
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, at);
        QTRY_COMPARE(list->items().size(), std::size_t(1));
        const measure::Measurement probe = list->items().front();
        QCOMPARE(probe.value(QStringLiteral("value")).value(), 40000.0);
        const double suv = 40000 * dicom::phantomSuvFactor();
        QVERIFY(std::abs(probe.value(QStringLiteral("suv")).value_or(-1) - suv) < 1e-9);
        QVERIFY2(ui::MeasurementTool::label(probe).startsWith(QStringLiteral("SUVbw %1 · 40000.0 Bq/ml").arg(suv, 0, 'f', 2)),
                 qPrintable(ui::MeasurementTool::label(probe)));
        // The cursor readout there: the uptake in its unit and SUVbw.
        testing::hover(&viewport, at);
        const auto readout = viewport.cursorReadout();
        QVERIFY(readout && !readout->fusedValue);
        QVERIFY(std::abs(readout->suv - suv) < 1e-4);
        QVERIFY2(viewport.overlayText(ui::Viewport::Corner::BottomLeft)
                     .contains(QStringLiteral("Px %1, %2: 40000 Bq/ml · SUVbw %3").arg(readout->column).arg(readout->row).arg(suv, 0, 'f', 2)),
                 qPrintable(viewport.overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'))));

        viewport.setToolHandler(controller.makeTool(measure::MeasurementKind::Ellipse, &viewport));
        const QPoint from = at - QPoint(40, 40), to = at + QPoint(40, 40);
        QTest::mousePress(&viewport, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport.mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&viewport, &move);
        QTest::mouseRelease(&viewport, Qt::LeftButton, {}, to);
        QTRY_COMPARE(list->items().size(), std::size_t(2));
        const measure::Measurement region = list->items().back();
        QVERIFY(std::abs(region.value(QStringLiteral("suv_max")).value() - suv) < 1e-9);
        const double suvMean = region.value(QStringLiteral("suv_mean")).value();
        QVERIFY2(suvMean > 8000 * dicom::phantomSuvFactor() && suvMean < suv, qPrintable(QString::number(suvMean)));
        QVERIFY2(ui::MeasurementTool::label(region).contains(QStringLiteral("SUVmax %1").arg(suv, 0, 'f', 2)),
                 qPrintable(ui::MeasurementTool::label(region)));

        // The lesion tool clicked beside the lesion's centre: its metabolic volume (41 % of the
        // peak: the 30 mm sphere, not the liver around it), SUVmax, SUVmean and TLG in its label.
        // (A list of its own: a click on the probe or the region would take hold of them.)
        QTRY_VERIFY_WITH_TIMEOUT(series->volume(), 60000);
        ui::MeasurementController lesions(dir.filePath(QStringLiteral("lesions")), &host);
        viewport.setToolHandler(lesions.makeTool(measure::MeasurementKind::Lesion, &viewport));
        QSignalSpy finished(&lesions, &ui::MeasurementController::lesionFinished);
        QTest::mouseClick(&viewport, Qt::LeftButton, {}, viewport.widgetPosition({centre[0] + 5, centre[1], centre[2]})->toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const measure::Measurement *lesionMeasure = lesions.list()->find(finished.first().first().toString());
        QVERIFY(lesionMeasure);
        const double ml = lesionMeasure->value(QStringLiteral("volume")).value_or(0);
        QVERIFY2(std::abs(ml - 14.14) < 0.7, qPrintable(QString::number(ml)));
        QVERIFY(std::abs(lesionMeasure->value(QStringLiteral("suv_max")).value_or(0) - suv) < 1e-9);
        const QString label = ui::MeasurementTool::label(*lesionMeasure);
        QVERIFY2(label.contains(QStringLiteral("SUVmax %1 · SUVpeak %1 · SUVmean %1 · TLG").arg(suv, 0, 'f', 2)), qPrintable(label));
        // PERCIST's SULpeak beside them: SUVpeak by lean body mass.
        const double sulPeak = lesionMeasure->value(QStringLiteral("suv_peak")).value_or(0) * lbm / 75;
        QVERIFY(std::abs(lesionMeasure->value(QStringLiteral("sul_peak")).value_or(0) - sulPeak) < 1e-9);
        QVERIFY2(label.endsWith(QStringLiteral(" · SULpeak %1").arg(sulPeak, 0, 'f', 2)), qPrintable(label));
        // Without a lean body mass (most PETs give no height): the label ends with the TLG, and
        // never adds the plain mean and max of other modalities.
        measure::Measurement withoutSul = *lesionMeasure;
        std::erase_if(withoutSul.values, [](const measure::Quantity &q) { return q.unit == QLatin1String("SUL"); });
        const QString plainLabel = ui::MeasurementTool::label(withoutSul);
        QVERIFY2(plainLabel.endsWith(QStringLiteral(" g")) && !plainLabel.contains(QStringLiteral(" · mean ")), qPrintable(plainLabel));
        QVERIFY(std::abs(probe.value(QStringLiteral("sul")).value_or(0) - 40000 * dicom::phantomSuvFactor() * lbm / 75) < 1e-9);
    }

    // A PET reconstructed again after the scan: its Series Time (10:00) is no longer the start
    // the values are decay-corrected to. Its first slice was acquired at 09:35:12, before that
    // stamp, the others at 10:10, after it: each of those alone would pass, so the series is
    // judged by its first acquisition (dicom::settleSeriesSuv in SeriesVolume). On the lesion's
    // slice the cursor gives no SUV and says why.
    void aPetRestampedAfterItsScanHasNoSuv()
    {
        QTemporaryDir dir;
        dicom::PhantomSpec spec = dicom::PhantomSpec::pet();
        spec.noiseHu = 0;
        auto written = dicom::writePhantom(spec, dir.filePath(QStringLiteral("pet")));
        QVERIFY(written.ok());
        QStringList files = written.value().files;
        const auto modify = [](const QStringList &args, const QStringList &which) {
            QProcess p;
            p.start(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb")} + args + which);
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        QVERIFY(modify({QStringLiteral("-m"), QStringLiteral("(0008,0031)=100000"), QStringLiteral("-m"), QStringLiteral("(0008,0032)=101000")}, files));
        auto scan = dicom::scanFiles(files);
        dicom::Stack stack = dicom::buildStacks(scan.headers).front();
        const QString first = scan.headers[std::size_t(stack.slices.front().header)].path;
        QVERIFY(modify({QStringLiteral("-m"), QStringLiteral("(0008,0032)=093512")}, {first}));
        scan = dicom::scanFiles(files);
        stack = dicom::buildStacks(scan.headers).front();
        const dicom::PhantomLesion lesion = written.value().lesions[2];
        const imaging::Vec3 centre{lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]};
        const int slice = measure::nearestSlice(stack, centre);
        QVERIFY(slice > 0);
        const dicom::DicomHeader &alone = scan.headers[std::size_t(stack.slices[std::size_t(slice)].header)];
        QVERIFY2(alone.suvPerValue > 0, "the lesion's slice, read alone, passes");
        QCOMPARE(scan.headers[std::size_t(stack.slices.front().header)].suvPerValue, 0.0);

        auto series = std::make_shared<imaging::SeriesVolume>(stack, scan.headers, imaging::SeriesVolume::Options{});
        series->start();
        QCOMPARE(series->header(slice).suvPerValue, 0.0);
        ui::Viewport viewport;
        viewport.resize(500, 500);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        viewport.showStack(series, slice);
        QTRY_VERIFY_WITH_TIMEOUT(viewport.hasImage() && viewport.isSettled(), 30000);
        testing::hover(&viewport, viewport.widgetPosition(centre)->toPoint());
        const auto readout = viewport.cursorReadout();
        QVERIFY(readout && readout->value && readout->suv == 0);
        const QString line = viewport.overlayText(ui::Viewport::Corner::BottomLeft).join(QLatin1Char('|'));
        QVERIFY2(line.contains(QStringLiteral(": 40000 Bq/ml · no SUV: the scan's start is not known")), qPrintable(line));
    }
};

QTEST_MAIN(TestFusionGui)
#include "tst_fusion_gui.moc"
