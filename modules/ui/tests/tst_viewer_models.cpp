// The viewer's presentation models without a widget: the view transform (fit, zoom, turns, flips)
// and the MPR crosshair model (scroll steps, clamping, rotation about a plane's normal).
#include <strata/ui/models/MprModel.h>
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
};

QTEST_MAIN(TestViewerModels)
#include "tst_viewer_models.moc"
