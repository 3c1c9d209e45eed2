#include <strata/ui/StartupReport.h>

#include <strata/ui/MainWindow.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/models/StudyTableModel.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
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
/// visible viewport shows an image; writes the report a second later and quits. Without a study
/// to open, it waits instead for the study browser's first page of the cache's studies to be
/// painted in its table.
class StartupProbe : public QObject {
public:
    StartupProbe(MainWindow &window, QString file, double mainStarted, bool expectImages)
        : QObject(&window), m_window(window), m_file(std::move(file)), m_expectImages(expectImages)
    {
        m_report[QStringLiteral("main")] = mainStarted;
        window.installEventFilter(this);
        if (StudyBrowser *browser = window.studyBrowser()) {
            m_table = browser->table();
            StudyTableModel *model = browser->studyModel();
            connect(model, &StudyTableModel::pageLoaded, this, [this, model] {
                if (m_pageLoaded)
                    return;
                m_pageLoaded = true;
                m_report[QStringLiteral("browserLoaded")] = wallClockNow();
                m_report[QStringLiteral("browserRows")] = model->rowCount();
                m_report[QStringLiteral("browserTotal")] = model->totalMatches();
                m_table->viewport()->installEventFilter(this);
                m_table->viewport()->update();
            });
            connect(model, &StudyTableModel::queryFailed, this, [this](const QString &message) {
                m_report[QStringLiteral("browserError")] = message;
                m_browserDone = true;
                maybeFinishWithoutImages();
            });
        } else {
            m_browserDone = true;
        }
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
                m_usable = true;
                if (!m_expectImages) {
                    maybeFinishWithoutImages();
                    return;
                }
                m_poll.start();
                poll();
            });
        }
        if (m_table && watched == m_table->viewport() && event->type() == QEvent::Paint && m_pageLoaded && !m_browserDone) {
            m_browserDone = true;
            // Shown: the table painted the page, and the event loop has come round again.
            QTimer::singleShot(0, this, [this] {
                m_report[QStringLiteral("browserPage")] = wallClockNow();
                maybeFinishWithoutImages();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void maybeFinishWithoutImages()
    {
        if (!m_expectImages && m_usable && m_browserDone && m_report.contains(QStringLiteral("browserPage")) == m_pageLoaded)
            finish(true);
    }

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
    bool m_usable = false;
    bool m_pageLoaded = false;   ///< the study browser's first page came back from the index
    bool m_browserDone = false;  ///< its table painted it (or the query failed)
    QTableView *m_table = nullptr;
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
