#include <strata/ui/StartupReport.h>

#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <sys/resource.h>

#include <ctime>

namespace strata::ui {

double wallClockNow()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

/// Watches the window's first paint, then polls (every 5 ms, on the GUI thread) until every
/// visible viewport shows an image; writes the report a second later and quits.
class StartupProbe : public QObject {
public:
    StartupProbe(MainWindow &window, QString file, double mainStarted, bool expectImages)
        : QObject(&window), m_window(window), m_file(std::move(file)), m_expectImages(expectImages)
    {
        m_report[QStringLiteral("main")] = mainStarted;
        window.installEventFilter(this);
        m_poll.setInterval(5);
        connect(&m_poll, &QTimer::timeout, this, &StartupProbe::poll);
        // A bound, so that a benchmark never hangs on a window that cannot show the study.
        QTimer::singleShot(120000, this, [this] { finish(false); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Usable: painted, and the event loop has come round again (it answers input now).
            QTimer::singleShot(0, this, [this] {
                m_report[QStringLiteral("usable")] = wallClockNow();
                if (!m_expectImages) {
                    finish(true);
                    return;
                }
                m_poll.start();
                poll();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void poll()
    {
        Viewer *viewer = m_window.viewer();
        const int count = viewer->viewportCount();
        if (count == 0)
            return;
        for (int i = 0; i < count; ++i)
            if (!viewer->viewport(i)->hasImage())
                return;
        m_report[QStringLiteral("images")] = wallClockNow();
        m_report[QStringLiteral("viewports")] = count;
        m_report[QStringLiteral("peakRssAtImagesKiB")] = double(peakRssKiB());
        m_poll.stop();
        // The peak is read again a second later: what the planes' render threads and the
        // thumbnails still allocate once the images are up counts too.
        QTimer::singleShot(1000, this, [this] { finish(true); });
    }

    void finish(bool complete)
    {
        if (m_done)
            return;
        m_done = true;
        m_poll.stop();
        m_report[QStringLiteral("peakRssKiB")] = double(peakRssKiB());
        m_report[QStringLiteral("complete")] = complete;
        QFile out(m_file);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(QJsonDocument(m_report).toJson(QJsonDocument::Compact) + '\n');
        QApplication::exit(complete ? 0 : 1);
    }

    MainWindow &m_window;
    QString m_file;
    bool m_expectImages;
    bool m_painted = false;
    bool m_done = false;
    QTimer m_poll;
    QJsonObject m_report;
};

} // namespace

void installStartupReport(MainWindow &window, double mainStarted, bool expectImages)
{
    const QString file = qEnvironmentVariable("STRATA_STARTUP_REPORT");
    if (file.isEmpty())
        return;
    new StartupProbe(window, file, mainStarted, expectImages);
}

} // namespace strata::ui
