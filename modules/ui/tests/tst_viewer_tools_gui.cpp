// A viewport routes the mouse to its tools: the left button to the handler set (a tool of one's
// own here), the right one to window/level, the middle one to pan, the wheel to the left button's
// handler; the handler paints over the image. On screen (Xvfb), without a series.
#include <strata/ui/Viewport.h>

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

using namespace strata;

namespace {

struct Recorder : ui::ToolHandler {
    std::vector<std::pair<char, Qt::MouseButton>> calls;  ///< 'p'ress, 'm'ove, 'r'elease, 'w'heel
    QPointF last;
    int *paints = nullptr;
    void press(ui::ToolContext &, const ui::ToolEvent &e) override { calls.emplace_back('p', e.button), last = e.position; }
    void move(ui::ToolContext &, const ui::ToolEvent &e) override { calls.emplace_back('m', e.button), last = e.position; }
    void release(ui::ToolContext &, const ui::ToolEvent &e) override { calls.emplace_back('r', e.button); }
    bool wheel(ui::ToolContext &, const ui::ToolEvent &e) override
    {
        calls.emplace_back('w', Qt::NoButton);
        return e.wheelNotches != 0;
    }
    void paint(QPainter &, const ui::ToolContext &) const override { ++*paints; }
};

void drag(QWidget *w, Qt::MouseButton button, QPoint from, QPoint to)
{
    QTest::mousePress(w, button, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), w->mapToGlobal(QPointF(to)), Qt::NoButton, button, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
    QTest::mouseRelease(w, button, {}, to);
}

} // namespace

class TestViewerToolsGui : public QObject {
    Q_OBJECT
private slots:
    void routesButtonsToTheirTools()
    {
        ui::Viewport viewport;
        viewport.resize(300, 200);
        viewport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewport));
        QCOMPARE(viewport.tool(), ui::Viewport::Tool::Browse);
        QVERIFY(dynamic_cast<ui::BrowseTool *>(viewport.toolHandler()));

        int paints = 0;
        auto recorder = std::make_unique<Recorder>();
        recorder->paints = &paints;
        Recorder *r = recorder.get();
        viewport.setToolHandler(std::move(recorder));
        QCOMPARE(viewport.toolHandler(), r);

        drag(&viewport, Qt::LeftButton, QPoint(10, 10), QPoint(40, 30));
        QCOMPARE(r->calls, (std::vector<std::pair<char, Qt::MouseButton>>{{'p', Qt::LeftButton}, {'m', Qt::LeftButton},
                                                                           {'r', Qt::LeftButton}}));
        QCOMPARE(r->last, QPointF(40, 30));

        // The right button sets window/level, the middle one pans: not the left button's tool.
        r->calls.clear();
        const imaging::WindowLevel before = viewport.window();
        drag(&viewport, Qt::RightButton, QPoint(50, 50), QPoint(70, 50));
        QVERIFY(viewport.window().width > before.width);
        QCOMPARE(viewport.window().center, before.center);
        drag(&viewport, Qt::MiddleButton, QPoint(50, 50), QPoint(60, 45));
        QCOMPARE(viewport.viewTransform().pan, QPointF(10, -5));
        QVERIFY(r->calls.empty());

        // The wheel goes to the left button's tool.
        QWheelEvent wheel(QPointF(100, 100), viewport.mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&viewport, &wheel);
        QCOMPARE(r->calls, (std::vector<std::pair<char, Qt::MouseButton>>{{'w', Qt::NoButton}}));

        // The tool paints over the image.
        const int painted = paints;
        viewport.repaint();
        QVERIFY(paints > painted);

        // A built-in tool replaces it.
        viewport.setTool(ui::Viewport::Tool::Zoom);
        QCOMPARE(viewport.tool(), ui::Viewport::Tool::Zoom);
        QVERIFY(dynamic_cast<ui::ZoomTool *>(viewport.toolHandler()));
    }
};

QTEST_MAIN(TestViewerToolsGui)
#include "tst_viewer_tools_gui.moc"
