// The viewer's mouse tools without a widget: synthetic presses, drags and wheel turns fed through a
// ToolContext that keeps a view transform, an image geometry, a window and a slice index, and the
// state they leave (window/level, zoom, pan, slice, the MPR crosshair point and its planes).
#include <strata/ui/models/MprModel.h>
#include <strata/ui/tools/StandardTools.h>

#include <QTest>

#include <cmath>

using namespace strata;
using ui::ToolEvent;

namespace {

/// A viewport without a widget: what a tool sees, and what it changed.
class FakeViewport : public ui::ToolContext {
public:
    imaging::SliceGeometry geometry;
    QSizeF size{400, 200};
    ui::ViewTransform view;
    imaging::WindowLevel windowLevel{40, 400};
    int slice = 10;
    int sliceCount = 50;
    ui::MprModel *mpr = nullptr;
    imaging::PlaneOrientation plane = imaging::PlaneOrientation::Axial;
    std::vector<imaging::SliceGeometry> references;

    FakeViewport()
    {
        // 200×100 pixels of 1 mm in a 400×200 widget: 2 screen px per mm.
        geometry.width = 200;
        geometry.height = 100;
    }
    std::optional<imaging::SliceGeometry> imageGeometry() const override { return geometry; }
    QSizeF viewportSize() const override { return size; }
    ui::ViewTransform viewTransform() const override { return view; }
    void setViewTransform(const ui::ViewTransform &v) override { view = v; }
    imaging::WindowLevel window() const override { return windowLevel; }
    void setWindow(const imaging::WindowLevel &w) override { windowLevel = w; }
    void scrollBy(int steps) override { slice = std::clamp(slice + steps, 0, sliceCount - 1); }
    ui::MprModel *mprModel() const override { return mpr; }
    imaging::PlaneOrientation mprPlane() const override { return plane; }
    std::vector<imaging::SliceGeometry> referenceGeometries() const override { return references; }
    std::optional<float> valueAt(QPointF p) const override
    {
        // A ramp: the value is the pixel's column.
        const long x = std::lround(p.x()), y = std::lround(p.y());
        if (x < 0 || y < 0 || x >= geometry.width || y >= geometry.height)
            return std::nullopt;
        return float(x);
    }
    void requestUpdate() override { ++updates; }
    int updates = 0;

    /// Press at `from`, drag through `path`, release at the last point.
    void drag(ui::ToolHandler &tool, QPointF from, std::initializer_list<QPointF> path, Qt::MouseButton button = Qt::LeftButton)
    {
        tool.press(*this, ToolEvent::at(*this, from, button));
        QPointF last = from;
        for (QPointF p : path) {
            tool.move(*this, ToolEvent::at(*this, p, button));
            last = p;
        }
        tool.release(*this, ToolEvent::at(*this, last, button));
    }

    bool wheel(ui::ToolHandler &tool, int notches, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ToolEvent e = ToolEvent::at(*this, QPointF(200, 100), Qt::NoButton, modifiers);
        e.wheelNotches = notches;
        return tool.wheel(*this, e);
    }
};

/// A 100×80×50 volume, 0.5×0.5×2 mm, axial, origin (−25, −20, −50); no voxels (the model needs none).
dicom::Volume volumeGeometry()
{
    dicom::Volume v;
    v.dimensions = {100, 80, 50};
    v.spacing = {0.5, 0.5, 2.0};
    v.origin = {-25, -20, -50};
    v.indexToPatient = {0.5, 0, 0, -25, 0, 0.5, 0, -20, 0, 0, 2.0, -50, 0, 0, 0, 1};
    return v;
}

} // namespace

class TestViewerTools : public QObject {
    Q_OBJECT
private slots:
    void eventsCarryImageCoordinates()
    {
        FakeViewport v;
        // Fitted: the image's middle (99.5, 49.5) is at the widget's centre, 2 px per pixel.
        QCOMPARE(v.pixelsPerMm(), 2.0);
        QCOMPARE(ToolEvent::at(v, QPointF(200, 100)).image.value(), QPointF(99.5, 49.5));
        QCOMPARE(ToolEvent::at(v, QPointF(202, 100)).image.value(), QPointF(100.5, 49.5));
        v.view.zoom = 2;
        QCOMPARE(ToolEvent::at(v, QPointF(202, 100)).image.value(), QPointF(100, 49.5));
    }

    void browseScrollsByDragAndWheel()
    {
        FakeViewport v;
        ui::BrowseTool browse;
        // 5 screen px per slice, fractions carried over between moves.
        v.drag(browse, QPointF(100, 100), {QPointF(100, 110), QPointF(100, 112.5), QPointF(100, 115)});
        QCOMPARE(v.slice, 13);
        v.drag(browse, QPointF(100, 100), {QPointF(100, 97.5), QPointF(100, 80)});
        QCOMPARE(v.slice, 9);
        // Dragging past the last slice stops there.
        v.drag(browse, QPointF(0, 0), {QPointF(0, 1000)});
        QCOMPARE(v.slice, 49);
        // The wheel: a notch away from the user goes back, towards the user onwards; Ctrl zooms.
        v.slice = 10;
        QVERIFY(v.wheel(browse, 1));
        QCOMPARE(v.slice, 9);
        QVERIFY(v.wheel(browse, -3));
        QCOMPARE(v.slice, 12);
        QVERIFY(v.wheel(browse, 2, Qt::ControlModifier));
        QCOMPARE(v.slice, 12);
        QVERIFY(std::abs(v.view.zoom - 1.15 * 1.15) < 1e-12);
        QVERIFY(!v.wheel(browse, 0));  // less than a notch: left to the widget
    }

    void windowLevelFollowsTheDrag()
    {
        FakeViewport v;
        ui::WindowLevelTool tool;
        // Sensitivity: width / 256 per px (400 / 256 = 1.5625), at least 0.5.
        tool.press(v, ToolEvent::at(v, QPointF(50, 50), Qt::RightButton));
        tool.move(v, ToolEvent::at(v, QPointF(60, 70), Qt::RightButton));
        QCOMPARE(v.windowLevel.width, 400 + 10 * 1.5625);
        QCOMPARE(v.windowLevel.center, 40 + 20 * 1.5625);
        // Measured from the press, not accumulated: back at the press, back to the start.
        tool.move(v, ToolEvent::at(v, QPointF(50, 50), Qt::RightButton));
        QCOMPARE(v.windowLevel, (imaging::WindowLevel{40, 400}));
        // Never narrower than 1; a narrow window moves at half a unit per pixel.
        tool.move(v, ToolEvent::at(v, QPointF(-5000, 50), Qt::RightButton));
        QCOMPARE(v.windowLevel.width, 1.0);
        v.windowLevel = {10, 20};
        v.drag(tool, QPointF(0, 0), {QPointF(4, -6)}, Qt::RightButton);
        QCOMPARE(v.windowLevel.width, 22.0);
        QCOMPARE(v.windowLevel.center, 7.0);
        // The rest of the window (function, inversion) is kept.
        v.windowLevel = {40, 400, imaging::VoiFunction::Sigmoid, true};
        v.drag(tool, QPointF(0, 0), {QPointF(1, 1)});
        QCOMPARE(v.windowLevel.function, imaging::VoiFunction::Sigmoid);
        QVERIFY(v.windowLevel.inverted);
        // Dragging from the file's VOI LUT continues as a window over the table's input range.
        auto lut = std::make_shared<dicom::VoiLut>();
        lut->data.assign(256, 0);
        v.windowLevel = {128, 256};
        v.windowLevel.table = lut;
        v.drag(tool, QPointF(0, 0), {QPointF(0, 0)});
        QVERIFY(!v.windowLevel.table);
        QCOMPARE(v.windowLevel.width, 256.0);
        QCOMPARE(v.windowLevel.center, 128.0);
    }

    void zoomAndPan()
    {
        FakeViewport v;
        ui::ZoomTool zoom;
        // Up by 150·ln 2 px doubles the zoom; the zoom stays within its limits.
        v.drag(zoom, QPointF(0, 200), {QPointF(0, 200 - 150 * std::log(2.0))});
        QVERIFY(std::abs(v.view.zoom - 2.0) < 1e-12);
        v.drag(zoom, QPointF(0, 200), {QPointF(0, -5000)});
        QCOMPARE(v.view.zoom, ui::ViewTransform::kMaxZoom);
        v.drag(zoom, QPointF(0, 0), {QPointF(0, 5000)});
        QCOMPARE(v.view.zoom, ui::ViewTransform::kMinZoom);

        v.view.reset();
        ui::PanTool pan;
        // The image point under the pointer at the press stays under it.
        const QPointF grabbed = ToolEvent::at(v, QPointF(120, 40)).image.value();
        v.drag(pan, QPointF(120, 40), {QPointF(130, 45), QPointF(160, 20)}, Qt::MiddleButton);
        QCOMPARE(v.view.pan, QPointF(40, -20));
        const QPointF now = ToolEvent::at(v, QPointF(160, 20)).image.value();
        QVERIFY(std::abs(now.x() - grabbed.x()) < 1e-9 && std::abs(now.y() - grabbed.y()) < 1e-9);
        // A second drag starts from where the first left the image.
        v.drag(pan, QPointF(0, 0), {QPointF(-10, 0)});
        QCOMPARE(v.view.pan, QPointF(30, -20));
    }

    void crosshairMovesThePointAndTurnsThePlanes()
    {
        ui::MprModel mpr;
        mpr.reset(volumeGeometry());
        const imaging::Vec3 c0 = mpr.center();  // (−0.25, −0.25, −1)
        FakeViewport v;
        v.mpr = &mpr;
        // The axial plane through the point: 100×80 pixels of 0.5 mm in a 400×320 widget (8 px/mm).
        v.geometry.width = 100;
        v.geometry.height = 80;
        v.geometry.spacing = {0.5, 0.5};
        v.geometry.origin = {-25, -20, c0[2]};
        v.size = QSizeF(400, 320);
        // The coronal and sagittal planes through the point: a horizontal and a vertical line.
        imaging::SliceGeometry coronal, sagittal;
        coronal.origin = sagittal.origin = c0;
        coronal.row = {1, 0, 0};
        coronal.column = {0, 0, -1};
        sagittal.row = {0, 1, 0};
        sagittal.column = {0, 0, -1};
        v.references = {coronal, sagittal};

        ui::CrosshairTool tool;
        const QPointF centre = v.widgetPosition(c0).value();
        // A press away from the lines moves the point there; the drag carries it.
        const QPointF away = centre + QPointF(80, 60);
        tool.press(v, ToolEvent::at(v, away));
        QCOMPARE(tool.drag(), ui::CrosshairTool::Drag::Move);
        QVERIFY(std::abs(mpr.center()[0] - (c0[0] + 10)) < 1e-9);
        QVERIFY(std::abs(mpr.center()[1] - (c0[1] + 7.5)) < 1e-9);
        QCOMPARE(mpr.center()[2], c0[2]);  // in the plane shown
        tool.move(v, ToolEvent::at(v, away + QPointF(-8, 0)));
        QVERIFY(std::abs(mpr.center()[0] - (c0[0] + 9)) < 1e-9);
        tool.release(v, ToolEvent::at(v, away));
        QCOMPARE(tool.drag(), ui::CrosshairTool::Drag::None);

        // A press on a line, away from the point, grabs it: turning it by 45° turns the other planes.
        mpr.setCenter(c0);
        const QPointF onLine = v.widgetPosition(c0).value() + QPointF(100, 3);
        tool.press(v, ToolEvent::at(v, onLine));
        QCOMPARE(tool.drag(), ui::CrosshairTool::Drag::Rotate);
        QCOMPARE(mpr.center(), c0);  // grabbing does not move the point
        QVERIFY(!mpr.isOblique());
        const QPointF c = v.widgetPosition(c0).value();
        tool.move(v, ToolEvent::at(v, c + QPointF(100, 100)));
        QVERIFY(mpr.isOblique());
        const imaging::Vec3 n = mpr.plane(imaging::PlaneOrientation::Coronal).normal();
        const double turned = std::acos(std::abs(imaging::dot(n, {0, 1, 0}))) * 180 / M_PI;
        QVERIFY2(std::abs(turned - (45 - std::atan2(3, 100) * 180 / M_PI)) < 1e-6, qPrintable(QString::number(turned)));
        QVERIFY(std::abs(n[2]) < 1e-12);  // about the axial normal only
        tool.release(v, ToolEvent::at(v, c));

        // Near the point itself a press never grabs a line: it moves the point.
        tool.press(v, ToolEvent::at(v, c + QPointF(20, 2)));
        QCOMPARE(tool.drag(), ui::CrosshairTool::Drag::Move);
        tool.release(v, ToolEvent::at(v, c));
    }

    void crosshairBrowsesOutsideMpr()
    {
        FakeViewport v;
        ui::CrosshairTool tool;
        v.drag(tool, QPointF(10, 10), {QPointF(10, 20)});
        QCOMPARE(v.slice, 12);
        QCOMPARE(tool.drag(), ui::CrosshairTool::Drag::None);
    }

    void aToolOfOnesOwnPlugsIn()
    {
        // A probe, as a measurement tool would be: it reads the value under the pointer, keeps the
        // points it was dragged through and asks for a repaint to draw them.
        struct Probe : ui::ToolHandler {
            std::vector<QPointF> points;
            std::optional<float> value;
            void press(ui::ToolContext &c, const ToolEvent &e) override
            {
                points = {*e.image};
                value = c.valueAt(*e.image);
                c.requestUpdate();
            }
            void move(ui::ToolContext &c, const ToolEvent &e) override
            {
                points.push_back(*e.image);
                value = c.valueAt(*e.image);
                c.requestUpdate();
            }
        } probe;
        FakeViewport v;
        v.drag(probe, QPointF(200, 100), {QPointF(210, 100), QPointF(230, 120)});
        QCOMPARE(probe.points, (std::vector<QPointF>{{99.5, 49.5}, {104.5, 49.5}, {114.5, 59.5}}));
        QCOMPARE(probe.value, std::optional<float>(115));  // pixel 114.5 rounds to 115
        QCOMPARE(v.updates, 3);
        // The wheel still scrolls (the default), unless the tool takes it.
        QVERIFY(v.wheel(probe, -1));
        QCOMPARE(v.slice, 11);
    }

    void makesEachBuiltInTool()
    {
        QVERIFY(dynamic_cast<ui::BrowseTool *>(ui::makeTool(ui::ToolKind::Browse).get()));
        QVERIFY(dynamic_cast<ui::WindowLevelTool *>(ui::makeTool(ui::ToolKind::WindowLevel).get()));
        QVERIFY(dynamic_cast<ui::ZoomTool *>(ui::makeTool(ui::ToolKind::Zoom).get()));
        QVERIFY(dynamic_cast<ui::PanTool *>(ui::makeTool(ui::ToolKind::Pan).get()));
        QVERIFY(dynamic_cast<ui::CrosshairTool *>(ui::makeTool(ui::ToolKind::Crosshair).get()));
    }
};

QTEST_GUILESS_MAIN(TestViewerTools)
#include "tst_viewer_tools.moc"
