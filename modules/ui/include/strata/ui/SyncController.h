#pragma once
/// Background sync in the window: runs the sync engine on a thread of its own while rules exist,
/// queues what imports and retrieves bring in (the ingest routing), reads the sync status off the
/// GUI thread every few seconds, shows it as a light in the status bar (green: all safe; amber:
/// pending; red: failing or at risk) and opens the sync dashboard (queue, nodes, history, alerts,
/// retry now, pause, resume) when the light is clicked.
#include <strata/core/Executors.h>
#include <strata/sync/SyncEngine.h>

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace strata::ui {

class SyncDashboard;

/// The status bar's light: a coloured dot and a word; clicked, it asks for the dashboard.
class SyncStatusLight : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusLight(QWidget *parent = nullptr);
    /// The status shown; nothing before the first read.
    std::optional<sync::SyncStatus::Health> health() const { return m_health; }
    QString text() const { return m_text; }
    /// The dot's colour for a health.
    static QColor colour(sync::SyncStatus::Health health);
    void showStatus(const sync::SyncStatus &status);
    QSize sizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    std::optional<sync::SyncStatus::Health> m_health;
    QString m_text;
};

class SyncController : public QObject {
    Q_OBJECT
public:
    /// A controller on the cache at `dataDir`; the light's parent is `parent`'s window.
    explicit SyncController(const QString &dataDir, QWidget *parent);
    ~SyncController() override;

    SyncStatusLight *light() const { return m_light; }
    /// The dashboard, created on first use.
    SyncDashboard *dashboard();
    /// The last status read; nothing before the first.
    const std::optional<sync::SyncStatus> &status() const { return m_status; }
    /// Reads the status now (off the GUI thread); statusChanged() follows.
    void refresh();
    /// Whether the engine thread runs (it starts once a rule exists).
    bool engineRunning() const;

    void retryNow();
    void pause();
    void resume();

signals:
    void statusChanged(const strata::sync::SyncStatus &status);

private:
    void startEngine();

    QString m_dataDir;
    QWidget *m_window = nullptr;
    SyncStatusLight *m_light = nullptr;
    QPointer<SyncDashboard> m_dashboard;
    QTimer *m_timer = nullptr;
    LatestRequest m_read;
    std::optional<sync::SyncStatus> m_status;
    struct Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace strata::ui
