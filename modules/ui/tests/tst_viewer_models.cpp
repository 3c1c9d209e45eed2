// The viewer's presentation models without a widget: the view transform (fit, zoom, turns, flips),
// the MPR crosshair model (scroll steps, clamping, rotation about a plane's normal), the layout
// model (presets, a grid with a 3D cell), the corner overlay text, scroll sync by patient position,
// the MPR render queue, key images, the series strip, the windowed image of a viewport, reference
// lines, which series each viewport shows, the window presets' menu, the geometry warnings
// with the MPR bands where a plane crosses a gap between slices, and what a plane across a
// segmentation or a structure set cuts of it (MPR).
#include <strata/imaging/SeriesVolume.h>
#include <strata/imaging/SliceGaps.h>
#include <strata/dicom/Overlays.h>
#include <strata/ui/TimeIntensityDialog.h>
#include <strata/ui/models/DicomOverlay.h>
#include <strata/ui/models/KeyImageSet.h>
#include <strata/ui/models/LayoutModel.h>
#include <strata/ui/models/MprModel.h>
#include <strata/ui/models/MprRenderQueue.h>
#include <strata/ui/models/HangingProtocol.h>
#include <strata/ui/models/OverlayText.h>
#include <strata/ui/models/ReferenceLines.h>
#include <strata/ui/models/SegmentationOverlay.h>
#include <strata/ui/models/SeriesAssignment.h>
#include <strata/ui/models/ScrollSyncModel.h>
#include <strata/ui/models/SeriesStripModel.h>
#include <strata/ui/models/ViewTransform.h>
#include <strata/ui/models/ViewportImage.h>
#include <strata/ui/models/WindowPresetList.h>

#include <QSignalSpy>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
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

/// An axial stack of `count` slices `step` mm apart from z = `z0`, of a frame of reference.
ui::SyncStack axialStack(const void *series, const QString &frame, int count, double z0, double step, int slice)
{
    ui::SyncStack s;
    s.series = series;
    s.frameOfReference = frame;
    for (int k = 0; k < count; ++k)
        s.origins.push_back({-100, -100, z0 + k * step});
    s.normal = {0, 0, 1};
    s.slice = slice;
    return s;
}

/// A stack of `slices` images of a modality and description.
dicom::Stack stackOf(const QString &uid, const QString &modality, const QString &description, int slices)
{
    dicom::Stack s;
    s.seriesInstanceUid = uid;
    s.modality = modality;
    s.seriesDescription = description;
    s.slices.resize(std::size_t(slices));
    return s;
}

} // namespace

class TestViewerModels : public QObject {
    Q_OBJECT
private slots:
    void composesOverlayPlanesOneBitAPixel()
    {
        // The Siemens graphics plane of ../shared: every set bit is one coloured pixel, the rest
        // transparent, at one bit a pixel (the viewer keeps dozens of these).
        auto planes = dicom::readOverlays(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/MR-SIEMENS-DICOM-WithOverlays.dcm"));
        QVERIFY(planes.ok());
        QCOMPARE(planes.value().size(), std::size_t(1));
        const std::vector<std::uint8_t> bits = planes.value().front().onFrame(0);
        const QImage picture = ui::composeOverlays(planes.value(), 0, 484, 484, qRgb(255, 255, 0));
        QCOMPARE(picture.size(), QSize(484, 484));
        int set = 0, matching = 0;
        for (int y = 0; y < 484; ++y)
            for (int x = 0; x < 484; ++x) {
                const QRgb p = picture.pixel(x, y);
                const bool on = qAlpha(p) == 255;
                set += on ? 1 : 0;
                matching += (on == (bits[std::size_t(y) * 484 + std::size_t(x)] == 1) && (!on || p == qRgb(255, 255, 0))) ? 1 : 0;
            }
        QCOMPARE(set, int(std::count(bits.begin(), bits.end(), 1)));
        QCOMPARE(matching, 484 * 484);
        QVERIFY2(picture.sizeInBytes() < 64 * 1024, qPrintable(QString::number(picture.sizeInBytes())));

        // A plane over the image's top right corner: what lies outside is cut off.
        dicom::OverlayPlane corner;
        corner.rows = 2;
        corner.columns = 3;
        corner.originRow = 0;
        corner.originColumn = 483;
        corner.packed = QByteArray(1, char(0x3f));   // all six set
        const QImage cut = ui::composeOverlays({corner}, 0, 484, 484);
        QVERIFY(!cut.isNull());
        QList<QPoint> on;
        for (int y = 0; y < 484; ++y)
            for (int x = 0; x < 484; ++x)
                if (qAlpha(cut.pixel(x, y)) == 255)
                    on << QPoint(x, y);
        QCOMPARE(on, (QList<QPoint>{QPoint(482, 0), QPoint(483, 0)}));
        QVERIFY(ui::composeOverlays(std::vector<dicom::OverlayPlane>{}, 0, 484, 484).isNull());

        // Planes in two colours (a presentation state's layers): eight bits a pixel, the later
        // plane over the earlier where both are set.
        dicom::OverlayPlane left = corner;
        left.originColumn = 481;   // columns 480 to 482 (0-based); the red one's 482 and 483
        const QImage two = ui::composeOverlays(std::vector<ui::ColouredPlane>{{&corner, qRgb(255, 0, 0)}, {&left, qRgb(0, 255, 0)}}, 0, 484, 484);
        QCOMPARE(two.format(), QImage::Format_Indexed8);
        QCOMPARE(two.pixel(483, 0), qRgb(255, 0, 0));   // the red plane's alone
        QCOMPARE(two.pixel(482, 0), qRgb(0, 255, 0));   // both: the later green
        QCOMPARE(two.pixel(480, 0), qRgb(0, 255, 0));
        QCOMPARE(qAlpha(two.pixel(479, 0)), 0);
    }

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

    // A side of the image kept against the widget's edge it faces (a mammogram's chest wall): a
    // 100×200 image of 1 mm pixels fits a 400×300 widget at 1.5 px/mm, 150 px wide; its last
    // column's side at the right edge, its first at the left; turned, mirrored, zoomed and panned
    // as the view says; reset keeps it.
    void keepsTheAnchoredSideAtTheEdge()
    {
        const QSizeF image(100, 200), spacing(1, 1), widget(400, 300);
        ui::ViewTransform view;
        view.anchorColumnSide = 1;
        auto box = [&] { return view.imageToWidget(image, spacing, widget).mapRect(QRectF(-0.5, -0.5, 100, 200)); };
        QCOMPARE(box(), QRectF(250, 0, 150, 300));
        view.anchorColumnSide = -1;
        QCOMPARE(box(), QRectF(0, 0, 150, 300));
        // Mirrored: the first column is on the right, at the right edge.
        view.flipHorizontal = true;
        QCOMPARE(box(), QRectF(250, 0, 150, 300));
        QVERIFY(view.imageToWidget(image, spacing, widget).map(QPointF(-0.5, 100)).x() > 399.9);
        // A quarter turn: the first column's side faces the top (200×100 mm fits at 2 px/mm): no
        // room across, none to spare down either — the edge touches the top.
        view.flipHorizontal = false;
        view.rotateClockwise();
        QCOMPARE(box(), QRectF(0, 0, 400, 200));
        QVERIFY(std::abs(view.imageToWidget(image, spacing, widget).map(QPointF(-0.5, 100)).y()) < 1e-9);
        // Zoomed and panned from there; reset keeps the anchor.
        view.quarterTurns = 0;
        view.zoom = 2;
        view.pan = {-30, 5};
        QCOMPARE(box(), QRectF(-30, -145, 300, 600));
        view.reset();
        QCOMPARE(view.anchorColumnSide, -1);
        QCOMPARE(box(), QRectF(0, 0, 150, 300));
        view.anchorColumnSide = 0;
        QCOMPARE(box(), QRectF(125, 0, 150, 300));
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
        // A mammogram's side and view, under the series.
        s.header.laterality = QStringLiteral("R");
        s.header.viewPosition = QStringLiteral("MLO");
        QCOMPARE(ui::OverlayText::lines(C::BottomLeft, s).mid(0, 2), (QStringList{QStringLiteral("Se: 3 Lung"), QStringLiteral("View: R MLO")}));
        s.header.viewModifier = QStringLiteral("implant displaced");   // and how it differs from the standard view
        QCOMPARE(ui::OverlayText::lines(C::BottomLeft, s)[1], QStringLiteral("View: R MLO, implant displaced"));
        s.header.laterality.clear();
        s.header.viewPosition.clear();
        s.header.viewModifier.clear();
        // One volume of a 4-D series: which one, after the series.
        s.volumeLabel = QStringLiteral("b 1000");
        QCOMPARE(ui::OverlayText::lines(C::BottomLeft, s).front(), QStringLiteral("Se: 3 Lung (b 1000)"));
        s.volumeLabel.clear();

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

    // The cursor readout, as a reader reads it: under the bottom-left lines, the pixel and its
    // value in the image's unit, a PET's SUVbw beside it, the fused series' value, a colour
    // pixel's channels, and the point in the patient; values shown with the decimals they need.
    void cursorReadoutLines()
    {
        using ui::OverlayText;
        QCOMPARE(OverlayText::formatValue(42), QStringLiteral("42"));
        QCOMPARE(OverlayText::formatValue(-1000), QStringLiteral("-1000"));
        QCOMPARE(OverlayText::formatValue(3.14159), QStringLiteral("3.14"));
        QCOMPARE(OverlayText::formatValue(-0.5), QStringLiteral("-0.50"));
        QCOMPARE(OverlayText::formatValue(123.456), QStringLiteral("123.5"));
        QCOMPARE(OverlayText::formatValue(5234.7), QStringLiteral("5235"));

        ui::CursorReadout c;
        c.column = 245;
        c.row = 310;
        c.position = {-12.34, 45.6, 100};
        c.value = 42;
        c.unit = QStringLiteral("HU");
        QCOMPARE(OverlayText::cursorLines(c), (QStringList{QStringLiteral("Px 245, 310: 42 HU"), QStringLiteral("(-12.3, 45.6, 100.0) mm")}));
        // A PET: its unit and SUVbw; over a CT, the fused PET's SUVbw, else its value and unit.
        c.value = 40000;
        c.unit = QStringLiteral("Bq/ml");
        c.suv = 7.4123;
        QCOMPARE(OverlayText::cursorLines(c).first(), QStringLiteral("Px 245, 310: 40000 Bq/ml · SUVbw 7.41"));
        // A PET without SUV says why (its header's note), where one with SUV shows it.
        c.suvNote = QStringLiteral("the images are not corrected for attenuation");
        QCOMPARE(OverlayText::cursorLines(c).first(), QStringLiteral("Px 245, 310: 40000 Bq/ml · SUVbw 7.41"));
        c.suv = 0;
        QCOMPARE(OverlayText::cursorLines(c).first(),
                 QStringLiteral("Px 245, 310: 40000 Bq/ml · no SUV: the images are not corrected for attenuation"));
        c.suvNote.clear();
        c.value = 60;
        c.unit = QStringLiteral("HU");
        c.suv = 0;
        c.fusedValue = 8000;
        c.fusedModality = QStringLiteral("PT");
        c.fusedUnit = QStringLiteral("Bq/ml");
        QCOMPARE(OverlayText::cursorLines(c).first(), QStringLiteral("Px 245, 310: 60 HU · fused PT 8000 Bq/ml"));
        c.fusedSuv = 1.4826;
        QCOMPARE(OverlayText::cursorLines(c).first(), QStringLiteral("Px 245, 310: 60 HU · fused SUVbw 1.48"));
        // An MR's values have no unit; a colour image its channels.
        c = {};
        c.value = 311.4f;
        QCOMPARE(OverlayText::cursorLines(c).first(), QStringLiteral("Px 0, 0: 311.4"));
        c.value.reset();
        c.rgb = qRgb(120, 80, 40);
        QCOMPARE(OverlayText::cursorLines(c).first(), QStringLiteral("Px 0, 0: R 120 G 80 B 40"));

        // In the overlay: the last two lines of the bottom-left corner, and only there.
        ui::OverlayState s;
        s.header.seriesNumber = 3;
        s.sliceCount = s.readyCount = 1;
        const QStringList without = OverlayText::lines(ui::OverlayCorner::BottomLeft, s);
        s.cursor = c;
        const QStringList with = OverlayText::lines(ui::OverlayCorner::BottomLeft, s);
        QCOMPARE(with, without + OverlayText::cursorLines(c));
        QCOMPARE(OverlayText::lines(ui::OverlayCorner::BottomRight, s), OverlayText::lines(ui::OverlayCorner::BottomRight, {}));
    }

    void placeholderWithoutAPicture()
    {
        ui::OverlayState s;
        QCOMPARE(ui::OverlayText::placeholder(s), QStringLiteral("Drop a series here"));
        s.hasSeries = true;
        s.sliceCount = 40;
        s.readyCount = 12;
        QCOMPARE(ui::OverlayText::placeholder(s), QStringLiteral("Loading…"));
        s.mpr = true;
        QCOMPARE(ui::OverlayText::placeholder(s), QStringLiteral("Building the volume… 12 of 40 slices"));
        s.complete = true;
        QCOMPARE(ui::OverlayText::placeholder(s), QStringLiteral("This series does not form a volume"));
        s.hasVolume = true;  // complete, a volume, the plane not resliced yet
        QCOMPARE(ui::OverlayText::placeholder(s), QStringLiteral("Building the volume… 12 of 40 slices"));
        s.fullVolume = false;
        QCOMPARE(ui::OverlayText::placeholder(s), QStringLiteral("This series is larger than the memory budget: it opens in 2D only"));
        s.color = true;
        QCOMPARE(ui::OverlayText::placeholder(s), QStringLiteral("Colour series are shown as 2D images only (no MPR)"));
        s.loadError = QStringLiteral("/a/b.dcm: not a DICOM file");
        QCOMPARE(ui::OverlayText::placeholder(s), s.loadError);
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

    void scrollSyncFollowsByPosition()
    {
        int a = 0, b = 0, c = 0, d = 0;  // series identities
        // Viewport 0: 1 mm slices from z = 0; 1: 2.5 mm slices from z = −10, same frame; 2: nothing;
        // 3: a sagittal stack of the same frame (not parallel).
        ui::ScrollSyncModel::Stacks stacks(4);
        stacks[0] = axialStack(&a, QStringLiteral("F1"), 100, 0, 1, 50);
        stacks[1] = axialStack(&b, QStringLiteral("F1"), 40, -10, 2.5, 0);
        ui::SyncStack sagittal = axialStack(&c, QStringLiteral("F1"), 10, 0, 1, 3);
        sagittal.normal = {1, 0, 0};
        stacks[3] = sagittal;
        ui::ScrollSyncModel sync;
        sync.link(0, stacks);
        QCOMPARE(sync.offset(1), 0.0);  // one frame of reference: no offset
        // Viewport 0 at z = 50: viewport 1 to its slice nearest z = 50 (k = 24, z = 50); the sagittal
        // one stays.
        QCOMPARE(sync.follow(0, stacks), (std::vector<std::pair<int, int>>{{1, 24}}));
        stacks[0]->slice = 52;  // z = 52: nearest is k = 25 (z = 52.5) rather than 24 (z = 50)
        QCOMPARE(sync.follow(0, stacks), (std::vector<std::pair<int, int>>{{1, 25}}));
        // Already there: nothing to move. The same series in two viewports never moves the other.
        stacks[1]->slice = 25;
        QVERIFY(sync.follow(0, stacks).empty());
        stacks[1]->series = &a;
        stacks[1]->slice = 0;
        QVERIFY(sync.follow(0, stacks).empty());
        stacks[1]->series = &b;
        // Scrolling the other one moves the first.
        stacks[1]->slice = 4;  // z = 0
        QCOMPARE(sync.follow(1, stacks), (std::vector<std::pair<int, int>>{{0, 0}}));
        // A viewport without slices moves nothing.
        QVERIFY(sync.follow(2, stacks).empty());
    }

    // The linked cursor's slice: a point found in a sagittal stack (any orientation) by the slice
    // whose plane is nearest, within half a step; beyond the first or last slice, or beside the
    // field of view, none.
    void sliceThroughAPoint()
    {
        // 20 sagittal slices, 4 mm apart from x = -40, 100 × 80 pixels of 2 mm (y from -100, z from +60 down).
        std::vector<imaging::SliceGeometry> sagittal;
        for (int k = 0; k < 20; ++k) {
            imaging::SliceGeometry g;
            g.width = 100;
            g.height = 80;
            g.spacing = {2, 2};
            g.thickness = 3;
            g.row = {0, 1, 0};
            g.column = {0, 0, -1};
            g.origin = {-40.0 + 4 * k, -100, 60};
            sagittal.push_back(g);
        }
        using ui::ScrollSyncModel;
        QCOMPARE(ScrollSyncModel::sliceThrough(sagittal, {0, 0, 0}), std::optional<int>(10));
        QCOMPARE(ScrollSyncModel::sliceThrough(sagittal, {1.9, 50, -90}), std::optional<int>(10));
        QCOMPARE(ScrollSyncModel::sliceThrough(sagittal, {2.1, 50, -90}), std::optional<int>(11));
        QCOMPARE(ScrollSyncModel::onSliceTolerance(sagittal, 10), 2.0);
        // Just past the last slice (x = 36) by less than half a step, then by more; before the first.
        QCOMPARE(ScrollSyncModel::sliceThrough(sagittal, {37.5, 0, 0}), std::optional<int>(19));
        QVERIFY(!ScrollSyncModel::sliceThrough(sagittal, {38.5, 0, 0}));
        QVERIFY(!ScrollSyncModel::sliceThrough(sagittal, {-43, 0, 0}));
        // Beside the field of view: in front of it (y < -101), above it (z > 61), below it.
        QVERIFY(!ScrollSyncModel::sliceThrough(sagittal, {0, -102, 0}));
        QVERIFY(!ScrollSyncModel::sliceThrough(sagittal, {0, 0, 62}));
        QCOMPARE(ScrollSyncModel::sliceThrough(sagittal, {0, 0, -98}), std::optional<int>(10));
        QVERIFY(!ScrollSyncModel::sliceThrough(sagittal, {0, 0, -100}));
        // A single slice: half its thickness (1.5 mm).
        const std::vector<imaging::SliceGeometry> one{sagittal[10]};
        QCOMPARE(ScrollSyncModel::sliceThrough(one, {1.4, 0, 0}), std::optional<int>(0));
        QVERIFY(!ScrollSyncModel::sliceThrough(one, {1.6, 0, 0}));
        QVERIFY(!ScrollSyncModel::sliceThrough({}, {0, 0, 0}));
    }

    // Hanging protocols: descriptions match whole (case, spaces aside; * and ? wildcards, '/' in
    // descriptions too); the most specific protocol fits; viewports take their series by pattern,
    // the rest the next series not shown; kept in the settings and replaced by modality and study.
    void hangingProtocols()
    {
        using ui::HangingProtocol;
        using ui::HangingProtocols;
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_viewer_models"));
        QSettings().clear();
        QVERIFY(ui::descriptionMatches(QStringLiteral("brain w/o"), QStringLiteral(" BRAIN W/O ")));
        QVERIFY(!ui::descriptionMatches(QStringLiteral("BRAIN"), QStringLiteral("BRAIN W/O")));
        QVERIFY(ui::descriptionMatches(QStringLiteral("*brain*"), QStringLiteral("MR BRAIN W/O")));
        QVERIFY(ui::descriptionMatches(QStringLiteral("T1 *"), QStringLiteral("T1 W/O GD")));
        QVERIFY(ui::descriptionMatches(QStringLiteral("T? FLAIR"), QStringLiteral("T2 FLAIR")));
        QVERIFY(!ui::descriptionMatches(QStringLiteral("T? FLAIR"), QStringLiteral("T12 FLAIR")));
        QVERIFY(ui::descriptionMatches(QStringLiteral("a+b (1)"), QStringLiteral("A+B (1)")));   // no regex of its own

        HangingProtocol mr{QStringLiteral("MR"), {}, QStringLiteral("2x2"), {}, {}, {}};
        HangingProtocol brain{QStringLiteral("MR"), QStringLiteral("*BRAIN*"), QStringLiteral("2x2"),
                              {QStringLiteral("*T1*"), QStringLiteral("*T2*"), QStringLiteral("*FLAIR*"), QString()}, {}, {}};
        HangingProtocol ct{QStringLiteral("CT"), QStringLiteral("CT CHEST"), QStringLiteral("mpr"), {}, {}, {}};
        QCOMPARE(mr.name(), QStringLiteral("MR"));
        QCOMPARE(brain.name(), QStringLiteral("MR — *BRAIN*"));
        QVERIFY(brain.fits({QStringLiteral("SR"), QStringLiteral("mr")}, QStringLiteral("MR Brain w/o")));
        QVERIFY(!brain.fits({QStringLiteral("CT")}, QStringLiteral("MR Brain w/o")));
        // The specific one before the modality's; for another MR study the modality's; none for a CR.
        const std::vector<HangingProtocol> all{brain, mr, ct};
        QCOMPARE(HangingProtocols::match(all, {QStringLiteral("MR")}, QStringLiteral("BRAIN")), std::optional(brain));
        QCOMPARE(HangingProtocols::match(all, {QStringLiteral("MR")}, QStringLiteral("KNEE")), std::optional(mr));
        QVERIFY(!HangingProtocols::match(all, {QStringLiteral("CR")}, QStringLiteral("CHEST")));
        // Among equals, the one saved last.
        HangingProtocol mr1x2 = mr;
        mr1x2.layout = QStringLiteral("1x2");
        QCOMPARE(HangingProtocols::match({mr, mr1x2}, {QStringLiteral("MR")}, {}), std::optional(mr1x2));

        // The stacks chosen, -1 for none, the prior's as 100 + stack.
        const auto stacks = [](const std::vector<ui::StackChoice> &choices) {
            std::vector<int> out;
            for (const ui::StackChoice &c : choices)
                out.push_back(c.stack < 0 ? -1 : c.stack + (c.prior ? 100 : 0));
            return out;
        };
        // T1, T2, FLAIR by pattern wherever they are in the study; the fourth the next not shown.
        const QStringList series{QStringLiteral("LOCALIZER"), QStringLiteral("AX FLAIR"), QStringLiteral("AX T2 TSE"),
                                 QStringLiteral("DWI"), QStringLiteral("AX T1 SE")};
        QCOMPARE(stacks(HangingProtocols::assign(brain, series, 4)), (std::vector<int>{4, 2, 1, 0}));
        // No T1 in the study: that viewport takes the next not shown.
        QStringList noT1 = series;
        noT1.removeLast();
        QCOMPARE(stacks(HangingProtocols::assign(brain, noT1, 4)), (std::vector<int>{0, 2, 1, 3}));
        // Two series, four viewports: round again; no series at all: none.
        QCOMPARE(stacks(HangingProtocols::assign(mr, {QStringLiteral("A"), QStringLiteral("B")}, 4)), (std::vector<int>{0, 1, 0, 1}));
        QCOMPARE(stacks(HangingProtocols::assign(mr, {}, 2)), (std::vector<int>{-1, -1}));

        // A saved description the scanner words a little differently today: the series with the
        // most of its words, not the next one.
        HangingProtocol saved = mr;
        saved.series = QStringList{QStringLiteral("AX T2 FSE"), QStringLiteral("AX T1 SE")};
        QCOMPARE(ui::descriptionLikeness(QStringLiteral("Ax T2 FSE 3mm"), QStringLiteral("AX T2 FSE")), 0.75);
        QCOMPARE(ui::descriptionLikeness(QStringLiteral("DWI"), QStringLiteral("AX T2 FSE")), 0.0);
        QCOMPARE(stacks(HangingProtocols::assign(saved, {QStringLiteral("LOCALIZER"), QStringLiteral("Ax T1 3mm"), QStringLiteral("Ax T2 FSE 3mm")}, 2)),
                 (std::vector<int>{2, 1}));

        // Comparing: today's T1 and T2 above, the prior's below, each by pattern in its own study
        // (the prior's T1 is its third series); the prior's are chosen apart from today's.
        HangingProtocol compare = brain;
        compare.series = QStringList{QStringLiteral("*T1*"), QStringLiteral("*T2*"), QStringLiteral("*T1*"), QStringLiteral("*T2*")};
        compare.prior = QList<bool>{false, false, true, true};
        QVERIFY(compare.comparesPrior() && compare.fromPrior(2) && !compare.fromPrior(1) && !compare.fromPrior(4));
        QVERIFY(!brain.comparesPrior() && !brain.fromPrior(0));
        const QStringList priorSeries{QStringLiteral("LOCALIZER"), QStringLiteral("AX T2"), QStringLiteral("AX T1")};
        QCOMPARE(stacks(HangingProtocols::assign(compare, series, 4, &priorSeries)), (std::vector<int>{4, 2, 102, 101}));
        // A prior without the pattern's series: its next not shown.
        const QStringList priorFlair{QStringLiteral("AX FLAIR"), QStringLiteral("AX T2")};
        QCOMPARE(stacks(HangingProtocols::assign(compare, series, 4, &priorFlair)), (std::vector<int>{4, 2, 100, 101}));
        // No prior (none in the cache, or one without series): its viewports show the study's own
        // series, after the study's viewports have theirs.
        QCOMPARE(stacks(HangingProtocols::assign(compare, series, 4)), (std::vector<int>{4, 2, 0, 1}));
        const QStringList none;
        QCOMPARE(stacks(HangingProtocols::assign(compare, series, 4, &none)), (std::vector<int>{4, 2, 0, 1}));

        // JSON both ways; an unknown layout or no modality is no protocol.
        QCOMPARE(HangingProtocol::fromJson(brain.toJson()), std::optional(brain));
        QVERIFY(!brain.toJson().contains(QStringLiteral("prior")));   // a protocol of one study says nothing of priors
        QCOMPARE(HangingProtocol::fromJson(compare.toJson()), std::optional(compare));
        QJsonObject noneFromPrior = compare.toJson();
        noneFromPrior[QStringLiteral("prior")] = QJsonArray{false, false};
        QCOMPARE(HangingProtocol::fromJson(noneFromPrior)->prior, QList<bool>());
        // A PET/CT's fusion both ways; out-of-range values kept in range, an unknown map hot iron.
        HangingProtocol petCt{QStringLiteral("CT"), QStringLiteral("PET^WB"), QStringLiteral("mpr"), {}, {},
                              ui::ProtocolFusion{QStringLiteral("PET AC*"), 0.7, 5, imaging::ColorMap::Pet}};
        QCOMPARE(HangingProtocol::fromJson(petCt.toJson()), std::optional(petCt));
        QJsonObject oddFusion = petCt.toJson();
        oddFusion[QStringLiteral("fusion")] = QJsonObject{{QStringLiteral("series"), QStringLiteral("PET")}, {QStringLiteral("opacity"), 3},
                                                         {QStringLiteral("suvTop"), -1}, {QStringLiteral("colorMap"), QStringLiteral("jet")}};
        QCOMPARE(HangingProtocol::fromJson(oddFusion)->fusion,
                 std::optional(ui::ProtocolFusion{QStringLiteral("PET"), 1.0, 0.0, imaging::ColorMap::HotIron}));
        oddFusion[QStringLiteral("fusion")] = QJsonObject{{QStringLiteral("opacity"), 0.5}};   // no series: no fusion
        QVERIFY(!HangingProtocol::fromJson(oddFusion)->fusion);
        QJsonObject bad = brain.toJson();
        bad[QStringLiteral("layout")] = QStringLiteral("5x5");
        QVERIFY(!HangingProtocol::fromJson(bad));
        bad = brain.toJson();
        bad.remove(QStringLiteral("modality"));
        QVERIFY(!HangingProtocol::fromJson(bad));
        // Kept in the settings; put replaces the one of the same modality and study (case aside).
        HangingProtocols::save(all);
        QCOMPARE(HangingProtocols::load(), all);
        HangingProtocol again = brain;
        again.studyDescription = QStringLiteral("*brain* ");
        again.layout = QStringLiteral("1x1");
        const auto replaced = HangingProtocols::put(HangingProtocols::load(), again);
        QCOMPARE(replaced, (std::vector<HangingProtocol>{mr, ct, again}));
        QCOMPARE(HangingProtocols::remove(replaced, QStringLiteral("ct"), QStringLiteral("ct chest")), (std::vector<HangingProtocol>{mr, again}));
        QSettings().setValue(QStringLiteral("viewer/hangingProtocols"), QByteArray("not json"));
        QVERIFY(HangingProtocols::load().empty());
        QSettings().remove(QStringLiteral("viewer/hangingProtocols"));
    }

    void scrollSyncKeepsAPriorsOffset()
    {
        int cur = 0, prior = 0;
        ui::ScrollSyncModel::Stacks stacks(2);
        stacks[0] = axialStack(&cur, QStringLiteral("F1"), 100, 0, 1, 30);      // z = 30
        stacks[1] = axialStack(&prior, QStringLiteral("F2"), 100, 500, 1, 10);  // z = 510
        ui::ScrollSyncModel sync;
        sync.link(0, stacks);
        // Linked where they stand: the prior is kept 480 mm away.
        QCOMPARE(sync.offset(0), 0.0);
        QCOMPARE(sync.offset(1), 30.0 - 510.0);
        QVERIFY(sync.follow(0, stacks).empty());
        stacks[0]->slice = 35;
        QCOMPARE(sync.follow(0, stacks), (std::vector<std::pair<int, int>>{{1, 15}}));
        stacks[1]->slice = 5;
        QCOMPARE(sync.follow(1, stacks), (std::vector<std::pair<int, int>>{{0, 25}}));
        // An unknown frame of reference is never taken for the same.
        stacks[1]->frameOfReference.clear();
        stacks[0]->frameOfReference.clear();
        sync.link(0, stacks);
        QCOMPARE(sync.offset(1), 35.0 - 505.0);
        sync.clear(1);
        QCOMPARE(sync.offset(1), 0.0);
        sync.link(0, stacks);
        sync.clear();
        QCOMPARE(sync.offset(1), 0.0);
        // The nearest slice along another normal, and the fallback when there are none.
        QCOMPARE(ui::ScrollSyncModel::nearestSlice(stacks[0]->origins, {0, 0, -1}, -20.2, 7), 20);
        QCOMPARE(ui::ScrollSyncModel::nearestSlice({}, {0, 0, 1}, 3, 7), 7);
    }

    void mprRenderQueueLatestWins()
    {
        ui::MprRenderQueue q;
        QVERIFY(!q.isRendering());
        QVERIFY(q.request());  // idle: start at once
        const quint64 first = q.start();
        QVERIFY(q.isRendering());
        // Three requests while it runs fold into one pending render.
        QVERIFY(!q.request());
        QVERIFY(!q.request());
        QVERIFY(!q.request());
        QVERIFY(q.isPending());
        auto f = q.finish(first);
        QVERIFY(f.show);
        QVERIFY(f.startNext);
        const quint64 second = q.start();
        QVERIFY(!q.isPending());
        f = q.finish(second);
        QVERIFY(f.show);
        QVERIFY(!f.startNext);
        QVERIFY(!q.isRendering());

        // Another series while a render runs: its result is not shown; the new one follows it.
        QVERIFY(q.request());
        const quint64 stale = q.start();
        q.invalidate();
        QVERIFY(!q.request());
        f = q.finish(stale);
        QVERIFY(!f.show);
        QVERIFY(f.startNext);
        f = q.finish(q.start());
        QVERIFY(f.show);
    }

    void keyImagesToggleAndRevert()
    {
        ui::KeyImageSet keys;
        const ui::KeyImageSet::Image a{QStringLiteral("1.2.3"), 0}, b{QStringLiteral("1.2.3"), 4};
        keys.reset({a});
        QVERIFY(keys.contains(a));
        QVERIFY(!keys.contains(b));  // another frame of the same instance
        QVERIFY(keys.toggle(b));
        QVERIFY(keys.contains(b));
        QVERIFY(!keys.toggle(a));
        QVERIFY(!keys.contains(a));
        // Storing failed: each goes back.
        keys.revert(b, true);
        keys.revert(a, false);
        QCOMPARE(keys.images(), (std::set<ui::KeyImageSet::Image>{a}));
    }

    void seriesStripEntries()
    {
        ui::LoadedStudy study;
        study.dataDir = QStringLiteral("/data");
        for (int i = 0; i < 5; ++i) {
            dicom::DicomHeader h;
            h.path = QStringLiteral("/data/f%1.dcm").arg(i);
            h.studyDate = QStringLiteral("20240131");
            study.headers.push_back(h);
        }
        dicom::Stack ct;
        ct.seriesInstanceUid = QStringLiteral("1.1");
        ct.seriesNumber = 3;
        ct.seriesDescription = QStringLiteral("Lung");
        ct.modality = QStringLiteral("CT");
        for (int k = 0; k < 3; ++k) {
            dicom::SliceRef r;
            r.header = k;
            ct.slices.push_back(r);
        }
        dicom::Stack single = ct;
        single.seriesInstanceUid = QStringLiteral("1.2");
        single.seriesNumber = 4;
        single.seriesDescription.clear();
        single.slices = {ct.slices[0]};
        single.slices[0].header = 4;
        dicom::Stack echo = ct;
        echo.volumeIndex = 1;
        echo.volumeCount = 2;
        study.stacks = {ct, single, echo};
        ui::LoadedStudy prior = study;
        prior.dataDir.clear();
        prior.headers[0].studyDate = QStringLiteral("20230101");
        prior.stacks = {ct};
        prior.stacks[0].seriesInstanceUid = QStringLiteral("9.9");

        ui::SeriesStripModel strip;
        strip.setStudies(&study, nullptr);
        QCOMPARE(strip.count(), 3);
        const auto &e = strip.entries();
        QCOMPARE(e[0].text, QStringLiteral("Se 3: Lung\nCT, 3 images"));
        QCOMPARE(e[0].key, imaging::stackKey(ct));
        QCOMPARE(e[0].file, QStringLiteral("/data/f1.dcm"));  // the middle slice
        QCOMPARE(e[0].seriesUid, QStringLiteral("1.1"));
        QCOMPARE(e[0].dataDir, QStringLiteral("/data"));
        QCOMPARE(e[1].text, QStringLiteral("Se 4: (no description)\nCT, 1 image"));
        QCOMPARE(e[1].file, QStringLiteral("/data/f4.dcm"));
        QCOMPARE(e[2].text, QStringLiteral("Se 3: Lung\nCT, 3 images (2 of 2)"));
        QVERIFY(e[0].key != e[2].key);
        QCOMPARE(strip.indexOf(imaging::stackKey(echo)), 2);
        QCOMPARE(strip.indexOf(QStringLiteral("nope")), -1);
        // A volume whose slices say which it is: named so.
        study.stacks[2].volumeLabel = QStringLiteral("TE 90 ms");
        strip.setStudies(&study, nullptr);
        QCOMPARE(strip.entries()[2].text, QStringLiteral("Se 3: Lung\nCT, 3 images (TE 90 ms)"));
        QVERIFY2(study.description(2).contains(QStringLiteral("Lung (TE 90 ms), 3 slices")), qPrintable(study.description(2)));
        study.stacks[2].volumeLabel.clear();

        // The prior's series after the study's, dated.
        strip.setStudies(&study, &prior);
        QCOMPARE(strip.count(), 4);
        QCOMPARE(strip.entries()[3].text, QStringLiteral("Prior 20230101\nSe 3: Lung\nCT, 3 images"));
        QVERIFY(strip.entries()[3].prior);
        QVERIFY(strip.entries()[3].dataDir.isEmpty());
        strip.setStudies(nullptr, &prior);
        QCOMPARE(strip.count(), 0);
    }

    void viewportImageWindowsItsValues()
    {
        ui::ViewportImage image;
        dicom::PixelDescription pixel;
        pixel.photometric = QStringLiteral("MONOCHROME2");
        pixel.windows = {{100, 201, QStringLiteral("Soft")}};
        image.startSeries(pixel);
        QVERIFY(image.windowIsSet());
        QCOMPARE(image.window().center, 100.0);
        QCOMPARE(image.window().width, 201.0);
        QVERIFY(!image.hasPicture());
        // Without a stored window a CT opens in the modality's default (abdomen 50/400); another
        // modality waits for its first picture (the automatic window).
        ui::ViewportImage ct, mr;
        ct.startSeries(dicom::PixelDescription{}, QStringLiteral("CT"));
        QVERIFY(ct.windowIsSet());
        QCOMPARE(ct.window().center, 50.0);
        QCOMPARE(ct.window().width, 400.0);
        mr.startSeries(dicom::PixelDescription{}, QStringLiteral("MR"));
        QVERIFY(!mr.windowIsSet());

        // 3×2 values: below, at and above the window, windowed to 0, 128 and 255.
        auto values = std::make_shared<std::vector<float>>(std::vector<float>{-1000, 100, 1000, 0, 99.5, 200.5});
        imaging::SliceGeometry g;
        g.width = 3;
        g.height = 2;
        image.setValues(values, std::span<const float>(*values), g);
        QVERIFY(image.rewindow());
        QVERIFY(image.hasPicture());
        QCOMPARE(image.picture().size(), QSize(3, 2));
        QCOMPARE(qGray(image.picture().pixel(0, 0)), 0);
        QCOMPARE(qGray(image.picture().pixel(1, 0)), imaging::displayValue(100, image.window()));
        QCOMPARE(qGray(image.picture().pixel(2, 0)), 255);
        QCOMPARE(image.valueAt(QPointF(1.4, 0.2)), std::optional<float>(100));
        QCOMPARE(image.valueAt(QPointF(2, 1)), std::optional<float>(200.5));
        QVERIFY(!image.valueAt(QPointF(3, 0)));
        QVERIFY(!image.valueAt(QPointF(-0.6, 0)));

        // A new window re-windows the same values; the same one again changes nothing; an invalid one
        // is ignored. Inverted swaps black and white.
        imaging::WindowLevel w = image.window();
        QVERIFY(!image.setWindow(w));
        w.inverted = true;
        QVERIFY(image.setWindow(w));
        QVERIFY(image.rewindow());
        QCOMPARE(qGray(image.picture().pixel(0, 0)), 255);
        QVERIFY(!image.setWindow({0, 0}));
        QVERIFY(image.window().inverted);
        QVERIFY(image.setColorMap(imaging::ColorMap::HotIron));
        QVERIFY(!image.setColorMap(imaging::ColorMap::HotIron));

        // A file without a window: unset until the first image, then automatic; MONOCHROME1 inverted.
        pixel.windows.clear();
        pixel.photometric = QStringLiteral("MONOCHROME1");
        image.startSeries(pixel);
        QVERIFY(!image.hasPicture());
        QVERIFY(!image.geometry());
        QVERIFY(!image.windowIsSet());
        QVERIFY(image.window().inverted);
        std::vector<float> ramp(1000);
        for (std::size_t i = 0; i < ramp.size(); ++i)
            ramp[i] = float(i);
        g.width = 100;
        g.height = 10;
        image.setValues(nullptr, ramp, g);
        image.setAutomaticWindow(QStringLiteral("MR"));
        QVERIFY(image.windowIsSet());
        QVERIFY(image.window().inverted);
        QVERIFY(image.window().width > 900 && image.window().width < 1000);

        // No values: no picture. Colour: shown as stored, never windowed.
        image.clear();
        QVERIFY(!image.rewindow());
        QVERIFY(!image.hasPicture());
        auto rgb = std::make_shared<const std::vector<std::uint32_t>>(std::vector<std::uint32_t>{0xffff0000u, 0xff00ff00u});
        g.width = 2;
        g.height = 1;
        image.setColor(rgb, g);
        QVERIFY(image.isColor());
        QVERIFY(!image.rewindow());
        QCOMPARE(image.picture().pixel(0, 0), 0xffff0000u);
        QCOMPARE(image.picture().pixel(1, 0), 0xff00ff00u);
        QVERIFY(!image.valueAt(QPointF(0, 0)));
    }

    void referenceLinesByFrameOfReference()
    {
        using O = imaging::PlaneOrientation;
        auto view = [](const QString &frame, bool mpr, O plane, double z) {
            ui::ReferenceView v;
            v.hasSeries = true;
            v.frameOfReference = frame;
            v.mpr = mpr;
            v.plane = plane;
            imaging::SliceGeometry g;
            g.origin = {0, 0, z};
            v.target = g;
            return v;
        };
        // 1+3 MPR: three planes and the native stack, one frame of reference.
        std::vector<ui::ReferenceView> views{view(QStringLiteral("F"), true, O::Axial, 1), view(QStringLiteral("F"), true, O::Coronal, 2),
                                             view(QStringLiteral("F"), true, O::Sagittal, 3), view(QStringLiteral("F"), false, O::Axial, 4)};
        auto lines = ui::ReferenceLines::compute(views);
        QCOMPARE(lines.size(), std::size_t(4));
        // A plane shows the other two planes (the crosshair), not the native stack.
        QCOMPARE(lines[0].size(), std::size_t(2));
        QCOMPARE(lines[0][0].color, ui::ReferenceLines::planeColor(O::Coronal));
        QCOMPARE(lines[0][0].geometry.origin[2], 2.0);
        QCOMPARE(lines[0][1].color, ui::ReferenceLines::planeColor(O::Sagittal));
        // The native stack shows all three planes.
        QCOMPARE(lines[3].size(), std::size_t(3));
        QCOMPARE(lines[3][0].color, ui::ReferenceLines::planeColor(O::Axial));

        // Two stacks and a prior of another frame of reference; an unknown frame shows nothing.
        views = {view(QStringLiteral("F"), false, O::Axial, 1), view(QStringLiteral("F"), false, O::Axial, 2),
                 view(QStringLiteral("P"), false, O::Axial, 3), view(QString(), false, O::Axial, 4)};
        views[1].target.reset();  // not known yet: drawn by none
        lines = ui::ReferenceLines::compute(views);
        QCOMPARE(lines[0].size(), std::size_t(0));
        QCOMPARE(lines[1].size(), std::size_t(1));
        QCOMPARE(lines[1][0].color, ui::ReferenceLines::stackColor());
        QVERIFY(lines[2].empty());
        QVERIFY(lines[3].empty());
        views[0].hasSeries = false;
        QVERIFY(ui::ReferenceLines::compute(views)[1].empty());
    }

    void seriesAssignmentPerLayout()
    {
        ui::LoadedStudy study;
        study.stacks = {stackOf(QStringLiteral("1"), QStringLiteral("CT"), QStringLiteral("Scout"), 2),
                        stackOf(QStringLiteral("2"), QStringLiteral("CT"), QStringLiteral("Abdomen"), 300),
                        stackOf(QStringLiteral("3"), QStringLiteral("CT"), QStringLiteral("Abdomen thin"), 600)};
        using P = ui::LayoutModel::Preset;
        using C = ui::StackChoice;
        // The current stack first, then the next ones in turn (wrapping).
        ui::LayoutModel layout(P::TwoByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, 1, nullptr), (std::vector<C>{{false, 1}, {false, 2}, {false, 0}, {false, 1}}));
        layout.setPreset(P::Single);
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, 2, nullptr), (std::vector<C>{{false, 2}}));
        // MPR: every cell shows the current stack.
        layout.setPreset(P::Mpr);
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, 1, nullptr), (std::vector<C>(4, C{false, 1})));

        // 1×2 beside a prior: its series most like the current one (the same description, else
        // the most words in common: "Abdomen thin" beside the prior's Abdomen, not its larger Chest).
        ui::LoadedStudy prior;
        prior.stacks = {stackOf(QStringLiteral("p1"), QStringLiteral("CT"), QStringLiteral("Chest"), 400),
                        stackOf(QStringLiteral("p2"), QStringLiteral("CT"), QStringLiteral("Abdomen"), 100)};
        layout.setPreset(P::OneByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, 1, &prior), (std::vector<C>{{false, 1}, {true, 1}}));
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, 2, &prior), (std::vector<C>{{false, 2}, {true, 1}}));
        // Another layout ignores the prior.
        layout.setPreset(P::TwoByOne);
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, 1, &prior), (std::vector<C>{{false, 1}, {false, 2}}));
        // Nothing to show: empty choices.
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, -1, nullptr), (std::vector<C>(2)));
        // A 3D cell renders the series being read, in a grid of slices too.
        using K = ui::ViewKind;
        QVERIFY(layout.setCells({{0, 0, 1, 1, K::Slices}, {0, 1, 1, 1, K::Volume3D}, {1, 0, 1, 2, K::Slices}}));
        QCOMPARE(ui::SeriesAssignment::assign(layout, study, 1, nullptr), (std::vector<C>{{false, 1}, {false, 1}, {false, 2}}));
    }

    // A mammography study hangs its views as mammography is read, whether each view is a series of
    // its own or the four are one series: R CC and L CC over R MLO and L MLO in 2×2; the CCs (else
    // the MLOs) in 1×2; a missing view leaves its cell empty. Beside a prior, or with an image of
    // another modality, the usual assignment.
    void mammographyHangsItsViews()
    {
        using P = ui::LayoutModel::Preset;
        using C = ui::StackChoice;
        const auto mg = [](const char *side, const char *view) {
            dicom::DicomHeader h;
            h.modality = QStringLiteral("MG");
            h.laterality = QLatin1String(side);
            h.viewPosition = QLatin1String(view);
            return h;
        };
        ui::LoadedStudy one;   // one series, stored LMLO, RCC, LCC, RMLO
        one.headers = {mg("L", "MLO"), mg("R", "CC"), mg("L", "CC"), mg("R", "MLO")};
        one.stacks = {stackOf(QStringLiteral("1"), QStringLiteral("MG"), QStringLiteral("Screening"), 4)};
        for (int k = 0; k < 4; ++k)
            one.stacks[0].slices[std::size_t(k)].header = k;
        ui::LayoutModel layout(P::TwoByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, one, 0, nullptr), (std::vector<C>{{false, 0, 1}, {false, 0, 2}, {false, 0, 3}, {false, 0, 0}}));
        layout.setPreset(P::OneByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, one, 0, nullptr), (std::vector<C>{{false, 0, 1}, {false, 0, 2}}));
        // A woman with implants: each view also implant displaced, stored first. The standard views
        // hang; a modified view only where the standard one is missing (the L MLO here).
        ui::LoadedStudy implants;
        const auto displaced = [&](const char *side, const char *view) {
            dicom::DicomHeader h = mg(side, view);
            h.viewModifier = QStringLiteral("implant displaced");
            return h;
        };
        implants.headers = {displaced("R", "CC"), displaced("L", "CC"), displaced("R", "MLO"), displaced("L", "MLO"),
                            mg("R", "CC"), mg("L", "CC"), mg("R", "MLO")};
        implants.stacks = {stackOf(QStringLiteral("1"), QStringLiteral("MG"), QStringLiteral("Screening"), 7)};
        for (int k = 0; k < 7; ++k)
            implants.stacks[0].slices[std::size_t(k)].header = k;
        layout.setPreset(P::TwoByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, implants, 0, nullptr), (std::vector<C>{{false, 0, 4}, {false, 0, 5}, {false, 0, 6}, {false, 0, 3}}));

        ui::LoadedStudy four;  // a series per view, the R CC missing
        four.headers = {mg("L", "MLO"), mg("L", "CC"), mg("R", "MLO")};
        for (int s = 0; s < 3; ++s) {
            four.stacks.push_back(stackOf(QString::number(s), QStringLiteral("MG"), QString(), 1));
            four.stacks.back().slices[0].header = s;
        }
        layout.setPreset(P::TwoByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, four, 2, nullptr), (std::vector<C>{{}, {false, 1, 0}, {false, 2, 0}, {false, 0, 0}}));
        // MLOs only: 1×2 shows them.
        ui::LoadedStudy mlo = four;
        mlo.headers = {mg("R", "MLO"), mg("L", "MLO"), mg("R", "MLO")};
        layout.setPreset(P::OneByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, mlo, 2, nullptr), (std::vector<C>{{false, 0, 0}, {false, 1, 0}}));
        // One side only (a mastectomy, a diagnostic exam of one breast): in 1×2 its CC beside its
        // MLO; in 2×2 its views in their places, the other side's cells empty.
        mlo.headers[1] = mg("R", "CC");
        QCOMPARE(ui::SeriesAssignment::assign(layout, mlo, 2, nullptr), (std::vector<C>{{false, 1, 0}, {false, 0, 0}}));
        layout.setPreset(P::TwoByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, mlo, 2, nullptr), (std::vector<C>{{false, 1, 0}, {}, {false, 0, 0}, {}}));
        ui::LoadedStudy leftOnly = mlo;
        leftOnly.headers = {mg("L", "MLO"), mg("L", "CC"), mg("L", "MLO")};
        layout.setPreset(P::OneByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, leftOnly, 0, nullptr), (std::vector<C>{{false, 1, 0}, {false, 0, 0}}));
        // Beside a mammography prior in 1×2: the R CC and the prior's R CC (a series per view there).
        ui::LoadedStudy prior;
        prior.headers = {mg("R", "MLO"), mg("L", "CC"), mg("R", "CC")};
        for (int s = 0; s < 3; ++s) {
            prior.stacks.push_back(stackOf(QStringLiteral("p") + QString::number(s), QStringLiteral("MG"), QString(), 1));
            prior.stacks.back().slices[0].header = s;
        }
        layout.setPreset(P::OneByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, one, 0, &prior), (std::vector<C>{{false, 0, 1}, {true, 2, 0}}));
        // A prior without that view: its cell waits empty.
        prior.headers[2] = mg("R", "MLO");
        QCOMPARE(ui::SeriesAssignment::assign(layout, one, 0, &prior), (std::vector<C>{{false, 0, 1}, {true, -1, -1}}));
        // A prior that is no mammogram: the usual comparison.
        prior.headers[0].modality = QStringLiteral("CT");
        QCOMPARE(ui::SeriesAssignment::assign(layout, one, 0, &prior)[0], (C{false, 0}));
        QCOMPARE(ui::SeriesAssignment::assign(layout, one, 0, &prior)[1].prior, true);
        // Not every image a mammogram: the next series in turn.
        four.headers[0].modality = QStringLiteral("OT");
        layout.setPreset(P::TwoByTwo);
        QCOMPARE(ui::SeriesAssignment::assign(layout, four, 2, nullptr), (std::vector<C>{{false, 2}, {false, 0}, {false, 1}, {false, 2}}));
    }

    // The curve's dialog classes an MR curve's kinetics and says them; a CT's curve is charted
    // without them (HU are no signal relative to a baseline).
    void timeIntensityDialogClassesMrCurves()
    {
        std::vector<measure::TimePoint> curve;
        const double seconds[] = {0, 60, 120, 360}, means[] = {100, 250, 280, 240};
        for (int i = 0; i < 4; ++i) {
            measure::TimePoint p;
            p.seconds = seconds[i];
            p.timed = true;
            p.mean = means[i];
            p.label = QStringLiteral("phase %1").arg(i + 1);
            curve.push_back(p);
        }
        ui::TimeIntensityDialog mr(QStringLiteral("Ellipse"), curve, QString(), QStringLiteral("MR"));
        QCOMPARE(mr.kinetics().type, measure::CurveType::Washout);
        QVERIFY2(mr.kineticsText().endsWith(QStringLiteral("initial enhancement +180 %, late phase −14 % from the early peak: type III, washout")),
                 qPrintable(mr.kineticsText()));
        ui::TimeIntensityDialog ct(QStringLiteral("Ellipse"), curve, QStringLiteral("HU"), QStringLiteral("CT"));
        QCOMPARE(ct.kinetics().type, measure::CurveType::Undetermined);
        QVERIFY2(ct.kineticsText().endsWith(QStringLiteral("contrast kinetics are classed for MR series only")), qPrintable(ct.kineticsText()));
        QVERIFY(ct.csv().startsWith(QStringLiteral("seconds,phase,mean (HU),sd (HU),pixels\n0.000,\"phase 1\",100,")));
    }

    // A prior's series as a scanner names them from one visit to the next: words in common, the
    // plane, the slice spacing; another modality's series only when the prior has none of its own.
    void priorSeriesMostLikeTheCurrent()
    {
        const auto stack = [](const QString &modality, const QString &description, std::array<double, 3> normal, double spacing) {
            dicom::Stack s = stackOf(description, modality, description, 40);
            s.normal = normal;
            s.sliceSpacing = spacing;
            return s;
        };
        const std::array<double, 3> axial{0, 0, 1}, coronal{0, 1, 0};
        ui::LoadedStudy prior;
        prior.stacks = {stack(QStringLiteral("MR"), QStringLiteral("AX T1 SE"), axial, 5), stack(QStringLiteral("MR"), QStringLiteral("Ax T2 FSE 3mm"), axial, 3),
                        stack(QStringLiteral("MR"), QStringLiteral("COR T2 FSE"), coronal, 3), stack(QStringLiteral("MR"), QStringLiteral("Ax  t2 fse"), axial, 5)};
        using A = ui::SeriesAssignment;
        // The very description, case and spaces aside, before one with more words of it.
        QCOMPARE(A::priorMatch(prior, stack(QStringLiteral("MR"), QStringLiteral("AX T2 FSE"), axial, 4)), 3);
        prior.stacks.pop_back();
        // Words in common and the plane: the axial T2, not the coronal one nor the axial T1.
        QCOMPARE(A::priorMatch(prior, stack(QStringLiteral("MR"), QStringLiteral("AX T2 FSE"), axial, 4)), 1);
        QCOMPARE(A::priorMatch(prior, stack(QStringLiteral("MR"), QStringLiteral("COR T2 FS"), coronal, 4)), 2);
        // Words equally alike: the nearest slice spacing.
        ui::LoadedStudy ct;
        ct.stacks = {stack(QStringLiteral("CT"), QStringLiteral("CHEST 1mm"), axial, 1), stack(QStringLiteral("CT"), QStringLiteral("CHEST 5mm"), axial, 5)};
        QCOMPARE(A::priorMatch(ct, stack(QStringLiteral("CT"), QStringLiteral("CHEST 4mm"), axial, 4)), 1);
        QCOMPARE(A::priorMatch(ct, stack(QStringLiteral("CT"), QStringLiteral("CHEST 1.25mm"), axial, 1.25)), 0);
        // A diffusion series: b 1000 beside the prior's b 1000, wherever it stands among its volumes.
        ui::LoadedStudy dwi;
        dwi.stacks = {stack(QStringLiteral("MR"), QStringLiteral("AX DWI"), axial, 5), stack(QStringLiteral("MR"), QStringLiteral("AX DWI"), axial, 5),
                      stack(QStringLiteral("MR"), QStringLiteral("AX DWI"), axial, 5)};
        const QStringList order{QStringLiteral("b 1000"), QStringLiteral("b 0"), QStringLiteral("b 500")};
        for (int v = 0; v < 3; ++v) {
            dwi.stacks[std::size_t(v)].volumeIndex = v;
            dwi.stacks[std::size_t(v)].volumeCount = 3;
            dwi.stacks[std::size_t(v)].volumeLabel = order[v];
        }
        dicom::Stack b1000 = stack(QStringLiteral("MR"), QStringLiteral("AX DWI"), axial, 5);
        b1000.volumeIndex = 1;
        b1000.volumeCount = 2;
        b1000.volumeLabel = QStringLiteral("b 1000");
        QCOMPARE(A::priorMatch(dwi, b1000), 0);
        // No series of the modality: the prior's largest.
        ct.stacks.front().slices.resize(100);
        QCOMPARE(A::priorMatch(ct, stack(QStringLiteral("MR"), QStringLiteral("CHEST 5mm"), axial, 5)), 0);
    }

    void windowPresetsAndTheirShortcuts()
    {
        // CT with one stored window: the file's first (Shift+1), then the CT presets on 1…8.
        dicom::PixelDescription pixel;
        pixel.windows = {{40, 400, QStringLiteral("Soft tissue")}};
        auto entries = ui::WindowPresetList::forSeries(QStringLiteral("CT"), pixel);
        QCOMPARE(entries.size(), 1 + imaging::ctPresets().size());
        QCOMPARE(entries[0].shortcut, QStringLiteral("Shift+1"));
        QCOMPARE(entries[0].text, entries[0].preset.name + QStringLiteral("  (40/400)"));
        for (std::size_t i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries[i].preset.id, imaging::ctPresets()[i - 1].id);
            QCOMPARE(entries[i].shortcut, QString::number(i));
        }
        QCOMPARE(entries[4].text, QStringLiteral("%1  (-600/1500)").arg(imaging::ctPreset(QStringLiteral("ct.lung"))->name));
        // MR with eleven stored windows: Shift+1…9, the last two without a shortcut; no CT presets.
        pixel.windows.clear();
        for (int i = 0; i < 11; ++i)
            pixel.windows.push_back({100.0 + i, 200, QString()});
        entries = ui::WindowPresetList::forSeries(QStringLiteral("MR"), pixel);
        QCOMPARE(entries.size(), std::size_t(11));
        QCOMPARE(entries[8].shortcut, QStringLiteral("Shift+9"));
        QVERIFY(entries[9].shortcut.isEmpty());
        QVERIFY(entries[10].shortcut.isEmpty());
        QVERIFY(ui::WindowPresetList::forSeries(QStringLiteral("MR"), {}).empty());

        // A file's VOI LUTs are offered after its windows, and the first opens the series when
        // there is no window.
        dicom::PixelDescription withLut;
        dicom::VoiLut lut;
        lut.firstMapped = 100;
        lut.data.assign(50, 0);
        lut.explanation = QStringLiteral("NORMAL");
        withLut.voiLuts = {lut};
        entries = ui::WindowPresetList::forSeries(QStringLiteral("DX"), withLut);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries[0].preset.name, QStringLiteral("NORMAL"));
        QVERIFY(entries[0].preset.window.table);
        QCOMPARE(entries[0].preset.window.center, 125.0);
        ui::ViewportImage opened;
        opened.startSeries(withLut, QStringLiteral("DX"));
        QVERIFY(opened.windowIsSet() && opened.window().table);
        withLut.windows = {{40, 80, QStringLiteral("W")}};
        entries = ui::WindowPresetList::forSeries(QStringLiteral("DX"), withLut);
        QCOMPARE(entries.size(), std::size_t(2));
        QVERIFY(!entries[0].preset.window.table && entries[1].preset.window.table);
    }

    // A gap of known size at a known place: the band at the expected rows of a coronal plane.
    void gapBandOnCoronalPlane()
    {
        // Axial slices every 2 mm from z = 0, the one at z = 8 missing: a 4 mm step 6 → 10.
        const std::vector<double> distances{0, 2, 4, 6, 10, 12, 14};
        const auto gaps = imaging::sliceGaps(distances, 2.0);
        QCOMPARE(gaps.size(), std::size_t(1));
        QCOMPARE(gaps[0].before, 3);
        QCOMPARE(gaps[0].from, 6.0);
        QCOMPARE(gaps[0].to, 10.0);
        QVERIFY(imaging::sliceGaps(distances, 3.0).empty());   // 4 mm ≤ 1.5 × 3 mm: no gap
        QVERIFY(imaging::sliceGaps(distances, 0.0).empty());

        // Coronal plane 40 × 30 pixels of 0.5 mm, top row at z = 14, rows going down (feet).
        imaging::SliceGeometry coronal;
        coronal.width = 40;
        coronal.height = 30;
        coronal.origin = {-10, 0, 14};
        coronal.row = {1, 0, 0};
        coronal.column = {0, 0, -1};
        coronal.spacing = {0.5, 0.5};
        const imaging::Vec3 normal{0, 0, 1};
        const auto band = imaging::gapRegion(coronal, normal, gaps[0].from, gaps[0].to);
        QVERIFY(band.size() >= 4);
        double top = 1e9, bottom = -1e9, left = 1e9, right = -1e9;
        for (const auto &p : band) {
            top = std::min(top, p[1]);
            bottom = std::max(bottom, p[1]);
            left = std::min(left, p[0]);
            right = std::max(right, p[0]);
        }
        // z = 10 at row (14 − 10) / 0.5 = 8, z = 6 at row 16; across the whole width.
        QCOMPARE(top, 8.0);
        QCOMPARE(bottom, 16.0);
        QCOMPARE(left, -0.5);
        QCOMPARE(right, 39.5);

        // A gap beyond the plane's extent: nothing; one clipped by its edge: the part inside.
        QVERIFY(imaging::gapRegion(coronal, normal, 20, 30).empty());
        const auto clipped = imaging::gapRegion(coronal, normal, 12, 20);
        double clippedTop = 1e9, clippedBottom = -1e9;
        for (const auto &p : clipped) {
            clippedTop = std::min(clippedTop, p[1]);
            clippedBottom = std::max(clippedBottom, p[1]);
        }
        QCOMPARE(clippedTop, -0.5);
        QCOMPARE(clippedBottom, 4.0);

        // An axial plane inside the gap is interpolated all over; one on a native slice not at all.
        imaging::SliceGeometry axial;
        axial.width = 20;
        axial.height = 10;
        axial.origin = {0, 0, 8};
        QCOMPARE(imaging::gapRegion(axial, normal, 6, 10).size(), std::size_t(4));
        axial.origin = {0, 0, 4};
        QVERIFY(imaging::gapRegion(axial, normal, 6, 10).empty());

        // An oblique plane (turned 45° about the x axis): the band is a parallelogram whose rows
        // follow the distance along the normal (row y lies at z = 14 − y · 0.5 · √½).
        imaging::SliceGeometry oblique = coronal;
        oblique.column = {0, std::sqrt(0.5), -std::sqrt(0.5)};
        const auto tilted = imaging::gapRegion(oblique, normal, 6, 10);
        double tiltedTop = 1e9, tiltedBottom = -1e9;
        for (const auto &p : tilted) {
            tiltedTop = std::min(tiltedTop, p[1]);
            tiltedBottom = std::max(tiltedBottom, p[1]);
        }
        QVERIFY(std::abs(tiltedTop - 4 / (0.5 * std::sqrt(0.5))) < 1e-9);
        QVERIFY(std::abs(tiltedBottom - 8 / (0.5 * std::sqrt(0.5))) < 1e-9);
    }

    // The short warning lines of each geometry issue, with the figures of the stack.
    void geometryWarningText()
    {
        dicom::Stack regular;
        for (int k = 0; k < 6; ++k) {
            dicom::SliceRef r;
            r.distance = 2.0 * k;
            regular.slices.push_back(r);
        }
        regular.sliceSpacing = regular.minStep = regular.maxStep = 2.0;
        QVERIFY(ui::OverlayText::geometryWarnings(regular).isEmpty());

        dicom::Stack gap = regular;
        for (std::size_t k = 4; k < gap.slices.size(); ++k)
            gap.slices[k].distance += 10.5;  // a 12.5 mm step between images 4 and 5
        gap.maxStep = 12.5;
        gap.issues = {dicom::GeometryIssue::MissingSlices, dicom::GeometryIssue::IrregularSpacing};
        QCOMPARE(ui::OverlayText::geometryWarnings(gap),
                 QStringList({QStringLiteral("Missing slices: gap of 12.5 mm between images 4 and 5"),
                              QStringLiteral("Irregular spacing 2.0–12.5 mm")}));

        dicom::Stack tilted = regular;
        tilted.tiltDegrees = 18.46;
        tilted.issues = {dicom::GeometryIssue::GantryTilt};
        QCOMPARE(ui::OverlayText::geometryWarnings(tilted), QStringList(QStringLiteral("Gantry tilt 18.5°")));

        dicom::Stack two = gap;
        two.slices[2].distance = 4.1;
        two.slices.back().distance += 7;  // a second gap, smaller
        two.issues = {dicom::GeometryIssue::MissingSlices};
        QCOMPARE(ui::OverlayText::geometryWarnings(two),
                 QStringList(QStringLiteral("Missing slices: 2 gaps, largest 12.5 mm (images 4–5)")));

        dicom::Stack single = regular;
        single.slices.resize(1);
        single.issues = {dicom::GeometryIssue::SingleSlice};
        QVERIFY(ui::OverlayText::geometryWarnings(single).isEmpty());

        // The strip marks such a series and gives the messages as its tooltip.
        ui::LoadedStudy study;
        study.headers.resize(1);
        for (dicom::SliceRef &r : tilted.slices)
            r.header = 0;
        for (dicom::SliceRef &r : regular.slices)
            r.header = 0;
        tilted.messages << QStringLiteral("gantry tilt: slices are stacked 18.5° off their normal");
        tilted.seriesInstanceUid = QStringLiteral("1.2");
        regular.seriesInstanceUid = QStringLiteral("1.3");
        study.stacks = {tilted, regular};
        ui::SeriesStripModel strip;
        strip.setStudies(&study, nullptr);
        QCOMPARE(strip.count(), 2);
        QVERIFY(strip.entries()[0].warning);
        QVERIFY(strip.entries()[0].text.startsWith(QStringLiteral("⚠ Se ")));
        QCOMPARE(strip.entries()[0].toolTip, QStringLiteral("Gantry tilt: slices are stacked 18.5° off their normal"));
        QVERIFY(!strip.entries()[1].warning);
        QVERIFY(strip.entries()[1].toolTip.isEmpty());
    }

    // The 3D view's surfaces of a study's segmentations (segmentSurfaces): the liver SEG on its own
    // grid, once per segmentation, in batches (first, count) over the whole list; another frame of
    // reference none; the opacities: a box holding another's see-through.
    void segmentSurfacesInBatches()
    {
        auto read = measure::readSegmentation(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/liver.dcm"));
        QVERIFY(read.ok());
        auto liver = std::make_shared<const measure::Segmentation>(std::move(read).value());
        const imaging::SliceGeometry &f0 = liver->frames[0].plane;
        const imaging::Vec3 n = f0.normal();
        dicom::Volume grid;
        grid.dimensions = {f0.width, f0.height, 3};
        const double ps = f0.spacing[0];
        grid.spacing = {ps, ps, 1};
        grid.origin = {f0.origin[0], f0.origin[1], f0.origin[2]};
        grid.indexToPatient = {f0.row[0] * ps, f0.column[0] * ps, n[0], f0.origin[0], f0.row[1] * ps, f0.column[1] * ps, n[1], f0.origin[1],
                               f0.row[2] * ps, f0.column[2] * ps, n[2], f0.origin[2], 0, 0, 0, 1};
        const std::vector<std::shared_ptr<const measure::Segmentation>> two{liver, liver};
        std::size_t total = 0;
        const auto all = ui::segmentSurfaces(two, {}, grid, liver->frameOfReferenceUid, {}, 0, std::size_t(-1), &total);
        QCOMPARE(total, std::size_t(2));
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].label, QStringLiteral("Liver"));
        QCOMPARE(all[0].key, ui::segmentKey(*liver, 1));
        const auto second = ui::segmentSurfaces(two, {}, grid, liver->frameOfReferenceUid, {}, 1, 1, &total);
        QCOMPARE(second.size(), std::size_t(1));
        QCOMPARE(second[0].mask->voxels, all[1].mask->voxels);
        QVERIFY(ui::segmentSurfaces(two, {}, grid, liver->frameOfReferenceUid, {}, 2, 1, &total).empty());
        QCOMPARE(total, std::size_t(2));
        QVERIFY(ui::segmentSurfaces(two, {}, grid, QStringLiteral("1.2.3.another"), {}, 0, std::size_t(-1), &total).empty());
        QCOMPARE(total, std::size_t(0));
        // Opacities: the liver's box holds a small box inside it: the liver see-through, the small one not.
        imaging::VoxelMask inner = *all[0].mask;
        inner.offset = {inner.offset[0] + 2, inner.offset[1] + 2, inner.offset[2]};
        inner.size = {2, 2, 1};
        inner.voxels.assign(4, 1);
        const std::vector<double> opacity = ui::surfaceOpacities({all[0].mask.get(), &inner});
        QCOMPARE(opacity, (std::vector<double>{0.3, 1.0}));
        QCOMPARE(ui::surfaceOpacities({&inner}), std::vector<double>{1.0});

        // A structure set's structures carry their code (what Measure the Segments reports as the
        // finding): the dicompyler set's body outline on a grid of one of its planes.
        auto rtss = measure::readStructureSet(QStringLiteral(STRATA_TESTDATA_DIR "/rt/dicompyler-core/rtss.dcm"));
        QVERIFY(rtss.ok());
        auto set = std::make_shared<const measure::StructureSet>(std::move(rtss).value());
        const measure::SegmentationFrame *bodyFrame = nullptr;
        for (const measure::SegmentationFrame &f : set->regions->frames)
            if (set->roi(f.segment)->name == QLatin1String("BODY") && !bodyFrame)
                bodyFrame = &f;
        QVERIFY(bodyFrame);
        const imaging::SliceGeometry &b = bodyFrame->plane;
        dicom::Volume bodyGrid;
        bodyGrid.dimensions = {b.width, b.height, 1};
        bodyGrid.spacing = {b.spacing[0], b.spacing[1], 1};
        const imaging::Vec3 bn = b.normal();
        bodyGrid.indexToPatient = {b.row[0] * b.spacing[0], b.column[0] * b.spacing[1], bn[0], b.origin[0],
                                   b.row[1] * b.spacing[0], b.column[1] * b.spacing[1], bn[1], b.origin[1],
                                   b.row[2] * b.spacing[0], b.column[2] * b.spacing[1], bn[2], b.origin[2], 0, 0, 0, 1};
        bool sawBody = false;
        for (const ui::SegmentSurface &surface : ui::segmentSurfaces({}, {set}, bodyGrid, set->frameOfReferenceUid, {}, 0, std::size_t(-1), nullptr))
            if (surface.label == QLatin1String("BODY")) {
                sawBody = true;
                QCOMPARE(surface.propertyType, (std::array<QString, 3>{QStringLiteral("C44.9"), QStringLiteral("ICD-O-2"), QStringLiteral("Skin, NOS")}));
            }
        QVERIFY(sawBody);
    }

    // A plane across an axial segmentation (a coronal MPR plane through the test data's liver SEG:
    // 3 frames 1 mm apart): each row of the plane at a frame's level is that frame's mask along the
    // line the planes share, pixel for pixel; beyond half a spacing from the frames, nothing.
    void aPlaneAcrossASegmentationCutsItsFrames()
    {
        auto read = measure::readSegmentation(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/liver.dcm"));
        QVERIFY(read.ok());
        auto liver = std::make_shared<const measure::Segmentation>(std::move(read).value());
        QCOMPARE(liver->frames.size(), std::size_t(3));
        const imaging::SliceGeometry &f0 = liver->frames[0].plane;
        const imaging::Vec3 n = f0.normal();
        // The frame row with the most liver in the middle frame.
        int line = 0, most = -1;
        for (int r = 0; r < f0.height; ++r) {
            int count = 0;
            for (int c = 0; c < f0.width; ++c)
                count += liver->inside(1, c, r);
            if (count > most)
                most = count, line = r;
        }
        QVERIFY(most > 20);
        imaging::SliceGeometry plane;
        plane.width = f0.width;
        plane.height = 17;   // 1 mm before the first frame to 1 mm after the last, 0.25 mm a row
        plane.row = f0.row;
        plane.column = n;
        plane.spacing = {f0.spacing[0], 0.25};
        for (std::size_t k = 0; k < 3; ++k)
            plane.origin[k] = f0.origin[k] + line * f0.spacing[1] * f0.column[k] - 1.0 * n[k];
        const QString frameOfReference = liver->frameOfReferenceUid;
        const ui::SegmentationOverlay cut = ui::composeSegmentations({liver}, {}, plane, frameOfReference, 0.5);
        QCOMPARE(cut.labels, QStringList{QStringLiteral("Liver")});
        QVERIFY(!cut.picture.isNull());
        for (std::size_t f = 0; f < 3; ++f) {
            const int y = 4 + 4 * int(f);   // the row at the frame's level
            QVERIFY(std::abs(imaging::dot(imaging::difference(plane.patientPosition(0, y), liver->frames[f].plane.origin), n)) < 1e-6);
            for (int x = 0; x < plane.width; ++x)
                if ((qAlpha(cut.picture.pixel(x, y)) > 0) != liver->inside(f, x, line))
                    QFAIL(qPrintable(QStringLiteral("frame %1, column %2: the plane and the frame differ").arg(f).arg(x)));
        }
        for (int x = 0; x < plane.width; ++x)
            QVERIFY(qAlpha(cut.picture.pixel(x, 0)) == 0 && qAlpha(cut.picture.pixel(x, 16)) == 0);
        // Another frame of reference, or the segment hidden: nothing.
        QVERIFY(ui::composeSegmentations({liver}, {}, plane, QStringLiteral("1.2.3"), 0.5).picture.isNull());
        QVERIFY(ui::composeSegmentations({liver}, {}, plane, frameOfReference, 0.5, {ui::segmentKey(*liver, 1)}).picture.isNull());
    }

    // A plane across a structure (a 100 mm square with a 40 mm hole, contoured on three axial
    // planes 2 mm apart): its outline where the plane cuts it — the four edges the plane crosses —,
    // nothing inside it or in the hole; on a contour's own plane, the contour is drawn once.
    void aPlaneAcrossAStructureOutlinesIt()
    {
        measure::StructureSet set;
        set.sopInstanceUid = QStringLiteral("1.2.3");
        set.rois.push_back({7, QStringLiteral("Ring"), {0, 200, 0}});
        for (double z : {10.0, 12.0, 14.0})
            for (const auto &[x0, side] : {std::pair{0.0, 100.0}, std::pair{30.0, 40.0}}) {
                measure::StructureContour c;
                c.roi = 7;
                c.points = {{x0, x0, z}, {x0 + side, x0, z}, {x0 + side, x0 + side, z}, {x0, x0 + side, z}};
                set.contours.push_back(c);
            }
        set.regions = std::make_shared<const measure::Segmentation>(measure::structureRegions(set));
        auto shared = std::make_shared<const measure::StructureSet>(set);
        imaging::SliceGeometry plane;   // coronal through y = 50 mm: x −10…110 mm, z 8…16 mm
        plane.width = 241;
        plane.height = 17;
        plane.origin = {-10, 50, 8};
        plane.row = {1, 0, 0};
        plane.column = {0, 0, 1};
        plane.spacing = {0.5, 0.5};
        const ui::SegmentationOverlay cut = ui::composeSegmentations({}, {shared}, plane, {}, 0.5);
        QCOMPARE(cut.structures, QStringList{QStringLiteral("Ring")});
        QVERIFY(!cut.picture.isNull());
        const int y = 8;   // z = 12
        const auto drawnNear = [&](double xMm) {
            const int x = int(std::lround((xMm + 10) / 0.5));
            for (int dx = -2; dx <= 2; ++dx)
                if (qAlpha(cut.picture.pixel(x + dx, y)) == 255 && qGreen(cut.picture.pixel(x + dx, y)) == 200)
                    return true;
            return false;
        };
        for (double edge : {0.0, 30.0, 70.0, 100.0})
            QVERIFY2(drawnNear(edge), qPrintable(QStringLiteral("no outline at x = %1 mm").arg(edge)));
        for (double inner : {15.0, 50.0, 85.0, -5.0, 105.0})
            QCOMPARE(qAlpha(cut.picture.pixel(int(std::lround((inner + 10) / 0.5)), y)), 0);
        // Beyond the contours (z 16, more than half their spacing past the last): nothing.
        for (int x = 0; x < plane.width; ++x)
            QCOMPARE(qAlpha(cut.picture.pixel(x, 16)), 0);
        // On the plane of a contour: its lines, the structure named once.
        imaging::SliceGeometry axial;
        axial.width = axial.height = 240;
        axial.origin = {-10, -10, 12};
        axial.spacing = {0.5, 0.5};
        const ui::SegmentationOverlay on = ui::composeSegmentations({}, {shared}, axial, {}, 0.5);
        QCOMPARE(on.structures, QStringList{QStringLiteral("Ring")});
        QCOMPARE(qAlpha(on.picture.pixel(int(std::lround((15 + 10) / 0.5)), int(std::lround((50 + 10) / 0.5)))), 0);   // not filled
    }
};

QTEST_MAIN(TestViewerModels)
#include "tst_viewer_models.moc"
