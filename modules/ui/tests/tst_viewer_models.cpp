// The viewer's presentation models without a widget: the view transform (fit, zoom, turns, flips),
// the MPR crosshair model (scroll steps, clamping, rotation about a plane's normal), the layout
// model (presets, a grid with a 3D cell) and the corner overlay text.
#include <strata/ui/models/LayoutModel.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/models/OverlayText.h>
#include <strata/ui/models/ViewTransform.h>

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace strata;

namespace {

using imaging::dot;

/// A 100×80×50 volume, 0.5×0.5×2 mm, axial, origin (−25, −20, −50); no voxels (the model needs none).
dicom::Volume geometry()
{
    dicom::Volume v;
    v.dimensions = {100, 80, 50};
    v.spacing = {0.5, 0.5, 2.0};
    v.origin = {-25, -20, -50};
    v.indexToPatient = {0.5, 0, 0, -25, 0, 0.5, 0, -20, 0, 0, 2.0, -50, 0, 0, 0, 1};
    return v;
}

} // namespace

class TestViewerModels : public QObject {
    Q_OBJECT
private slots:
    void fitsZoomsTurnsAndFlips()
    {
        ui::ViewTransform view;
        // A 200×100 image of 1×2 mm pixels is 200×200 mm: in a 400×300 widget it fits at 1.5 px/mm.
        const QSizeF image(200, 100), spacing(1, 2), widget(400, 300);
        QCOMPARE(view.pixelsPerMm(image, spacing, widget), 1.5);
        QTransform t = view.imageToWidget(image, spacing, widget);
        // The image's middle (pixel (99.5, 49.5)) is at the widget's centre; pixel (0,0) up-left.
        QCOMPARE(t.map(QPointF(99.5, 49.5)), QPointF(200, 150));
        QVERIFY(t.map(QPointF(0, 0)).x() < 200 && t.map(QPointF(0, 0)).y() < 150);
        // One pixel to the right is 1 mm = 1.5 px; one down is 2 mm = 3 px.
        QCOMPARE(t.map(QPointF(1, 0)) - t.map(QPointF(0, 0)), QPointF(1.5, 0));
        QCOMPARE(t.map(QPointF(0, 1)) - t.map(QPointF(0, 0)), QPointF(0, 3));
        view.zoom = 2;
        view.pan = {10, -20};
        t = view.imageToWidget(image, spacing, widget);
        QCOMPARE(t.map(QPointF(99.5, 49.5)), QPointF(210, 130));
        QCOMPARE(t.map(QPointF(1, 0)) - t.map(QPointF(0, 0)), QPointF(3, 0));
        // A quarter turn clockwise: image right points down on screen, image down points left.
        view.reset();
        view.rotateClockwise();
        t = view.imageToWidget(image, spacing, widget);
        const QPointF right = t.map(QPointF(1, 0)) - t.map(QPointF(0, 0));
        const QPointF down = t.map(QPointF(0, 1)) - t.map(QPointF(0, 0));
        QVERIFY(std::abs(right.x()) < 1e-9 && right.y() > 0);
        QVERIFY(down.x() < 0 && std::abs(down.y()) < 1e-9);
        // Flipped horizontally after the turn: image down now points right.
        view.flipHorizontal = true;
        t = view.imageToWidget(image, spacing, widget);
        QVERIFY((t.map(QPointF(0, 1)) - t.map(QPointF(0, 0))).x() > 0);
        view.rotateCounterClockwise();
        view.rotateCounterClockwise();
        QCOMPARE(view.quarterTurns, 3);
    }

    void scrollsClampsAndRotates()
    {
        ui::MprModel mpr;
        QSignalSpy changed(&mpr, &ui::MprModel::changed);
        QVERIFY(!mpr.isValid());
        mpr.reset(geometry());
        QVERIFY(mpr.isValid());
        QCOMPARE(changed.count(), 1);
        // The centre voxel (49.5, 39.5, 24.5) → (−0.25, −0.25, −1).
        QCOMPARE(mpr.center(), (imaging::Vec3{-0.25, -0.25, -1}));
        // One step: a voxel along each normal.
        QCOMPARE(mpr.scrollStep(imaging::PlaneOrientation::Axial), 2.0);
        QCOMPARE(mpr.scrollStep(imaging::PlaneOrientation::Coronal), 0.5);
        mpr.scroll(imaging::PlaneOrientation::Axial, 2.0);
        QCOMPARE(mpr.center()[2], 1.0);
        // Never out of the volume: z stops at the last slice (k = 49 → 48 mm).
        mpr.scroll(imaging::PlaneOrientation::Axial, 1000);
        QCOMPARE(mpr.center()[2], 48.0);
        mpr.setCenter({-1000, 1000, -1000});
        QCOMPARE(mpr.center(), (imaging::Vec3{-25, 19.5, -50}));

        // Turning about the axial normal turns the coronal and sagittal planes, not the axial one.
        QVERIFY(!mpr.isOblique());
        const imaging::Plane axial = mpr.plane(imaging::PlaneOrientation::Axial);
        mpr.rotate(imaging::PlaneOrientation::Axial, 30);
        QVERIFY(mpr.isOblique());
        QCOMPARE(mpr.plane(imaging::PlaneOrientation::Axial).row, axial.row);
        const imaging::Vec3 n = mpr.plane(imaging::PlaneOrientation::Coronal).normal();
        QVERIFY(std::abs(std::acos(std::abs(dot(n, {0, 1, 0}))) * 180 / M_PI - 30) < 1e-9);
        QVERIFY(std::abs(n[2]) < 1e-12);  // still vertical: turned about z only
        // The planes stay perpendicular to each other.
        const imaging::Vec3 s = mpr.plane(imaging::PlaneOrientation::Sagittal).normal();
        QVERIFY(std::abs(dot(n, s)) < 1e-12);
        mpr.resetRotation();
        QVERIFY(!mpr.isOblique());

        mpr.setSlab(imaging::SlabMode::Max, 20);
        QCOMPARE(mpr.slabMode(), imaging::SlabMode::Max);
        QCOMPARE(mpr.slabThicknessMm(), 20.0);
        const int before = changed.count();
        mpr.setSlab(imaging::SlabMode::Max, 20);
        QCOMPARE(changed.count(), before);  // nothing changed, nothing re-rendered
    }

    void layoutPresetsAndKeys()
    {
        using Preset = ui::LayoutModel::Preset;
        for (Preset p : ui::LayoutModel::presets()) {
            QCOMPARE(ui::LayoutModel::fromKey(ui::LayoutModel::key(p)), p);
            QVERIFY(!ui::LayoutModel::name(p).isEmpty());
        }
        QCOMPARE(ui::LayoutModel::fromKey(QStringLiteral("MPR")), Preset::Mpr);
        QVERIFY(!ui::LayoutModel::fromKey(QStringLiteral("3x3")));

        ui::LayoutModel layout;
        QCOMPARE(layout.preset(), Preset::Single);
        QCOMPARE(layout.count(), 1);
        layout.setPreset(Preset::TwoByTwo);
        QCOMPARE(layout.count(), 4);
        QCOMPARE(layout.rows(), 2);
        QCOMPARE(layout.columns(), 2);
        QVERIFY(!layout.contains(ui::ViewKind::MprPlane));
        QCOMPARE(layout.columnStretch(0), 1);
        layout.setPreset(Preset::TwoByOne);
        QCOMPARE(layout.rows(), 2);
        QCOMPARE(layout.columns(), 1);

        // 1+3 MPR: axial big on the left (three rows high, twice as wide), coronal, sagittal and
        // the native slices in the right column.
        layout.setPreset(Preset::Mpr);
        QCOMPARE(layout.count(), 4);
        QCOMPARE(layout.cell(0), (ui::LayoutCell{0, 0, 3, 1, ui::ViewKind::MprPlane, imaging::PlaneOrientation::Axial}));
        QCOMPARE(layout.cell(1).plane, imaging::PlaneOrientation::Coronal);
        QCOMPARE(layout.cell(2).plane, imaging::PlaneOrientation::Sagittal);
        QCOMPARE(layout.indexOf(ui::ViewKind::Slices), 3);
        QCOMPARE(layout.columnStretch(0), 2);
        QCOMPARE(layout.columnStretch(1), 1);
        QCOMPARE(layout.rows(), 3);
    }

    void layoutHoldsA3DView()
    {
        // Three planes and a 3D view, 2×2: a grid of one's own, no preset.
        ui::LayoutModel layout(ui::LayoutModel::Preset::Mpr);
        using K = ui::ViewKind;
        using O = imaging::PlaneOrientation;
        QVERIFY(layout.setCells({{0, 0, 1, 1, K::MprPlane, O::Axial}, {0, 1, 1, 1, K::Volume3D},
                                 {1, 0, 1, 1, K::MprPlane, O::Coronal}, {1, 1, 1, 1, K::MprPlane, O::Sagittal}}));
        QVERIFY(!layout.preset());
        QCOMPARE(layout.indexOf(K::Volume3D), 1);
        QVERIFY(layout.contains(K::MprPlane));
        QVERIFY(!layout.contains(K::Slices));
        QCOMPARE(layout.columnStretch(0), 1);
        // Refused: overlapping cells, more cells than viewports, none at all.
        const auto before = layout.cells();
        QVERIFY(!layout.setCells({{0, 0, 2, 1}, {1, 0, 1, 1}}));
        QVERIFY(!layout.setCells({{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 4}}));
        QVERIFY(!layout.setCells({}));
        QCOMPARE(layout.cells(), before);
        layout.setPreset(ui::LayoutModel::Preset::Single);
        QCOMPARE(layout.preset(), ui::LayoutModel::Preset::Single);
    }

    void overlayTextOfASlice()
    {
        ui::OverlayState s;
        s.header.patientName = dicom::PersonName::fromDecoded(QStringLiteral("Doe^Jane"));
        s.header.patientId = QStringLiteral("P42");
        s.header.patientBirthDate = QStringLiteral("19700102");
        s.header.patientSex = QStringLiteral("F");
        s.header.institutionName = QStringLiteral("General");
        s.header.studyDescription = QStringLiteral("CT Chest");
        s.header.studyDate = QStringLiteral("20240131");
        s.header.studyTime = QStringLiteral("093015.5");
        s.header.accessionNumber = QStringLiteral("A7");
        s.header.seriesNumber = 3;
        s.header.seriesDescription = QStringLiteral("Lung");
        s.slice = 4;
        s.sliceCount = 50;
        s.readyCount = 50;
        imaging::SliceGeometry g;
        g.width = 200;
        g.height = 100;
        g.origin = {0, 0, -12.5};
        g.spacing = {0.5, 1.0};
        g.thickness = 1.25;
        s.geometry = s.imageGeometry = g;
        s.window = {-600, 1500};
        s.viewportSize = QSizeF(400, 400);

        using C = ui::OverlayCorner;
        QCOMPARE(ui::OverlayText::lines(C::TopLeft, s),
                 (QStringList{s.header.patientName.display(), QStringLiteral("ID: P42"), QStringLiteral("1970-01-02 F")}));
        QCOMPARE(ui::OverlayText::lines(C::TopRight, s),
                 (QStringList{QStringLiteral("General"), QStringLiteral("CT Chest"), QStringLiteral("2024-01-31 09:30"),
                              QStringLiteral("Acc: A7")}));
        QCOMPARE(ui::OverlayText::lines(C::BottomLeft, s),
                 (QStringList{QStringLiteral("Se: 3 Lung"), QStringLiteral("Im: 5/50"), QStringLiteral("Pos: -12.5 mm"),
                              QStringLiteral("Thk: 1.25 mm")}));
        // 100 mm × 100 mm in 400 px: 4 px/mm, 2 screen px per 0.5 mm pixel.
        QCOMPARE(ui::OverlayText::lines(C::BottomRight, s), (QStringList{QStringLiteral("W: 1500 L: -600"), QStringLiteral("Zoom: 200%")}));

        // Still loading, inverted, turned and flipped; colour images have no window.
        s.readyCount = 20;
        s.window.inverted = true;
        s.view.rotateClockwise();
        s.view.flipVertical = true;
        QCOMPARE(ui::OverlayText::lines(C::BottomLeft, s).last(), QStringLiteral("Loading 20/50"));
        QCOMPARE(ui::OverlayText::lines(C::BottomRight, s),
                 (QStringList{QStringLiteral("W: 1500 L: -600"), QStringLiteral("Inverted"), QStringLiteral("Zoom: 200%"),
                              QStringLiteral("Rot 90° Flip V")}));
        s.fullVolume = false;  // a large series read slice by slice: no loading line
        QCOMPARE(ui::OverlayText::lines(C::BottomLeft, s).size(), 4);
        s.color = true;
        QCOMPARE(ui::OverlayText::lines(C::BottomRight, s).first(), QStringLiteral("Zoom: 200%"));
    }

    void overlayTextOfAnMprPlane()
    {
        ui::OverlayState s;
        s.header.seriesNumber = 2;
        s.mpr = true;
        s.sliceCount = 40;
        s.readyCount = 40;
        s.planeTitle = ui::OverlayText::planeTitle(imaging::PlaneOrientation::Coronal, true);
        imaging::SliceGeometry g;  // coronal: normal along y
        g.width = g.height = 64;
        g.row = {1, 0, 0};
        g.column = {0, 0, -1};
        s.geometry = g;
        s.mprCenter = imaging::Vec3{5, -7.25, 3};
        s.slab = imaging::SlabMode::Max;
        s.slabThicknessMm = 10;
        const QStringList lines = ui::OverlayText::lines(ui::OverlayCorner::BottomLeft, s);
        QCOMPARE(lines, (QStringList{QStringLiteral("Se: 2"), imaging::planeOrientationName(imaging::PlaneOrientation::Coronal)
                                                                  + QStringLiteral(" (oblique)"),
                                     QStringLiteral("Pos: -7.3 mm"), QStringLiteral("MIP slab: 10.0 mm")}));
        QCOMPARE(ui::OverlayText::planeTitle(imaging::PlaneOrientation::Axial, false),
                 imaging::planeOrientationName(imaging::PlaneOrientation::Axial));
        // No image on screen yet: no zoom line.
        QCOMPARE(ui::OverlayText::lines(ui::OverlayCorner::BottomRight, s), (QStringList{QStringLiteral("W: 400 L: 40")}));
    }
};

QTEST_MAIN(TestViewerModels)
#include "tst_viewer_models.moc"
