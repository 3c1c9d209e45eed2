// The start-up benchmark's floor (run_startup_bench.sh): a bare Qt Widgets window, a QMainWindow
// with a menu bar, a tool bar and a status bar, maximised as Strata's first window is, started the same way
// and timed the same way as `strata` with STRATA_STARTUP_REPORT (main() entered; first painted and
// the event loop ran again). Any Qt application pays this; what Strata adds is on top of it.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <ctime>

namespace {

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

class FirstPaint : public QObject {
public:
    FirstPaint(QWidget &window, QJsonObject &report, QString file) : m_report(report), m_file(std::move(file))
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                m_report[QStringLiteral("usable")] = now();
                QFile out(m_file);
                if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    out.write(QJsonDocument(m_report).toJson(QJsonDocument::Compact) + '\n');
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QJsonObject &m_report;
    QString m_file;
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QJsonObject report;
    report[QStringLiteral("main")] = now();
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("Open…"));
    window.addToolBar(QStringLiteral("Tools"))->addAction(QStringLiteral("Open"));
    window.setCentralWidget(new QLabel(QStringLiteral("peer")));
    window.statusBar()->showMessage(QStringLiteral("ready"));
    FirstPaint probe(window, report, qEnvironmentVariable("STRATA_STARTUP_REPORT"));
    window.showMaximized();  // as Strata's window first shows
    return app.exec();
}
