#include <strata/ui/SyncController.h>

#include "SyncDashboard.h"

#include <strata/core/Logging.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>

#include <QMouseEvent>
#include <QPainter>
#include <QThread>
#include <QTimer>

#include <thread>

namespace strata::ui {

namespace {
constexpr int kRefreshMs = 5000;

struct Snapshot {
    std::optional<sync::SyncStatus> status;
    std::vector<store::SyncEvent> history;
    QString error;
};

Snapshot readSnapshot(const QString &dataDir)
{
    Snapshot s;
    auto status = sync::readSyncStatus(dataDir);
    if (!status.ok()) {
        s.error = status.error().message();
        return s;
    }
    s.status = std::move(status).value();
    auto service = store::StoreService::open(dataDir);
    if (service.ok())
        if (auto repo = service.value()->syncJobs(); repo.ok())
            if (auto events = repo.value()->events(50); events.ok())
                s.history = std::move(events).value();
    return s;
}
} // namespace

// ---- the light ----

SyncStatusLight::SyncStatusLight(QWidget *parent) : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Background sync: click for the dashboard"));
    m_text = tr("Sync…");
}

QColor SyncStatusLight::colour(sync::SyncStatus::Health health)
{
    switch (health) {
    case sync::SyncStatus::Health::Safe: return QColor(0x2e, 0xa0, 0x43);
    case sync::SyncStatus::Health::Pending: return QColor(0xe0, 0x9b, 0x12);
    case sync::SyncStatus::Health::Failing: return QColor(0xd0, 0x2b, 0x2b);
    }
    return Qt::gray;
}

void SyncStatusLight::showStatus(const sync::SyncStatus &s)
{
    m_health = s.health;
    switch (s.health) {
    case sync::SyncStatus::Health::Safe: m_text = tr("All safe"); break;
    case sync::SyncStatus::Health::Pending: m_text = tr("Sync: %n pending", nullptr, s.queue.pending()); break;
    case sync::SyncStatus::Health::Failing:
        m_text = s.alerts.isEmpty() ? tr("Sync failing") : tr("Sync: %1").arg(s.alerts.first());
        break;
    }
    if (s.paused)
        m_text += tr(" (paused)");
    setToolTip(s.alerts.isEmpty() ? tr("Background sync: click for the dashboard") : s.alerts.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QSize SyncStatusLight::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.height() + 8 + fm.horizontalAdvance(m_text) + 6, fm.height() + 4};
}

void SyncStatusLight::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int d = std::min(height() - 4, fontMetrics().height() - 2);
    const QRect dot(2, (height() - d) / 2, d, d);
    p.setPen(Qt::NoPen);
    p.setBrush(m_health ? colour(*m_health) : QColor(Qt::gray));
    p.drawEllipse(dot);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(dot.right() + 6, 0, width() - dot.right() - 6, height()), Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

void SyncStatusLight::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
}

// ---- the controller ----

struct SyncController::Engine {
    CancellationToken cancel;
    std::thread thread;
};

SyncController::SyncController(const QString &dataDir, QWidget *parent)
    : QObject(parent), m_dataDir(dataDir), m_window(parent), m_read(this, Executor::Interactive)
{
    sync::installIngestRouting();
    m_light = new SyncStatusLight(parent);
    connect(m_light, &SyncStatusLight::clicked, this, [this] {
        SyncDashboard *d = dashboard();
        d->show();
        d->raise();
        refresh();
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SyncController::refresh);
    m_timer->start();
    QTimer::singleShot(0, this, &SyncController::refresh);
}

SyncController::~SyncController()
{
    m_read.cancel();
    if (m_engine) {
        m_engine->cancel.cancel();
        if (m_engine->thread.joinable())
            m_engine->thread.join();
    }
}

SyncDashboard *SyncController::dashboard()
{
    if (!m_dashboard)
        m_dashboard = new SyncDashboard(this, m_window);
    return m_dashboard;
}

bool SyncController::engineRunning() const { return m_engine != nullptr; }

void SyncController::refresh()
{
    const QString dataDir = m_dataDir;
    m_read.start([dataDir](const CancellationToken &) { return readSnapshot(dataDir); },
                 [this](Snapshot s) {
                     if (!s.status) {
                         qCWarning(lcCore) << "sync status:" << s.error;
                         return;
                     }
                     m_status = s.status;
                     m_light->showStatus(*s.status);
                     if (m_dashboard)
                         m_dashboard->showStatus(*s.status, s.history);
                     // The engine runs once there is something to route to.
                     if (!m_engine && !s.status->nodes.empty())
                         startEngine();
                     emit statusChanged(*s.status);
                 });
}

void SyncController::startEngine()
{
    m_engine = std::make_unique<Engine>();
    const QString dataDir = m_dataDir;
    const CancellationToken cancel = m_engine->cancel;
    // A thread of its own for as long as the window lives: the engine waits on archives for
    // minutes at a time, which would hold a thread of the shared executors.
    m_engine->thread = std::thread([dataDir, cancel] {
        sync::SyncEngine engine(dataDir);
        if (Status s = engine.start(); !s.ok()) {
            qCWarning(lcCore) << "sync engine:" << s.error().message();
            return;
        }
        while (!cancel.isCancelled()) {
            auto r = engine.run({}, cancel);
            if (!r.ok())
                qCWarning(lcCore) << "sync engine:" << r.error().message();
            for (int i = 0; i < 10 && !cancel.isCancelled(); ++i)  // paused or failed: look again in a second
                QThread::msleep(100);
        }
    });
}

void SyncController::retryNow()
{
    const QString dataDir = m_dataDir;
    runThen(this, Executor::Interactive, [dataDir] {
        sync::SyncEngine engine(dataDir);
        return engine.start().ok() && engine.retryNow().ok();
    }, [this](bool) { refresh(); });
}

void SyncController::pause()
{
    const QString dataDir = m_dataDir;
    runThen(this, Executor::Interactive, [dataDir] {
        sync::SyncEngine engine(dataDir);
        return engine.start().ok() && engine.pause().ok();
    }, [this](bool) { refresh(); });
}

void SyncController::resume()
{
    const QString dataDir = m_dataDir;
    runThen(this, Executor::Interactive, [dataDir] {
        sync::SyncEngine engine(dataDir);
        return engine.start().ok() && engine.resume().ok();
    }, [this](bool) { refresh(); });
}

} // namespace strata::ui
