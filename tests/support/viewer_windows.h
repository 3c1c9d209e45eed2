#pragma once
// GUI tests: the main window shown and a study opened in it, waiting until its first viewport's
// picture is settled (decoded, windowed, its overlays read).
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <algorithm>
#include <functional>

namespace strata::testing {

/// The scale bar's length in screen pixels as drawn: the longest run of bright pixels in its column
/// (10 px from the right edge of the grabbed viewport; the 1.5 px antialiased line spreads over
/// two columns). The run covers both end ticks' rows.
inline int scaleBarPixels(const QImage &shot)
{
    const int x = shot.width() - 10;
    int best = 0, run = 0;
    for (int y = 0; y < shot.height(); ++y) {
        const int grey = std::max({qGray(shot.pixel(x - 1, y)), qGray(shot.pixel(x, y)), qGray(shot.pixel(x + 1, y))});
        run = grey > 150 ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

/// `window` shown at 1000 × 800, `open()` called, then its first viewport once its image is
/// settled; null when the window is not exposed or nothing settles within 30 s.
inline ui::Viewport *showAndOpen(ui::MainWindow &window, const std::function<void()> &open)
{
    window.resize(1000, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
    open();
    if (!loaded.wait(30000))
        return nullptr;
    ui::Viewport *view = window.viewer()->viewport(0);
    return QTest::qWaitFor([&] { return view->hasImage() && view->isSettled(); }, 30000) ? view : nullptr;
}

/// Files or a folder opened in `window` (as File → Open Folder).
inline ui::Viewport *openSettled(ui::MainWindow &window, const QString &file)
{
    return showAndOpen(window, [&] { window.openFolder(file); });
}

/// A study of the window's local cache opened in it.
inline ui::Viewport *openStudySettled(ui::MainWindow &window, const QString &studyInstanceUid)
{
    return showAndOpen(window, [&] { window.openStudy(studyInstanceUid); });
}

/// The mouse over a widget with no button held (a hover: the viewport's cursor readout follows it).
inline void hover(QWidget *w, QPointF p)
{
    QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

/// The mouse out of a widget.
inline void leave(QWidget *w)
{
    QEvent event(QEvent::Leave);
    QApplication::sendEvent(w, &event);
}

} // namespace strata::testing
