#pragma once
// The sync dashboard: health, queue, nodes with their breakers, alerts, recent history, and
// retry now / pause / resume. It only shows what SyncController reads off the GUI thread.
#include <strata/store/SyncJobRepository.h>
#include <strata/sync/SyncEngine.h>

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace strata::ui {

class SyncController;

class SyncDashboard : public QDialog {
    Q_OBJECT
public:
    SyncDashboard(SyncController *controller, QWidget *parent);
    void showStatus(const sync::SyncStatus &status, const std::vector<store::SyncEvent> &history);

    QLabel *summary() const { return m_summary; }
    QTableWidget *nodes() const { return m_nodes; }
    /// What the prefetching rules fetched (hidden when no rule prefetches).
    QLabel *prefetch() const { return m_prefetch; }
    QListWidget *alerts() const { return m_alerts; }
    QTableWidget *history() const { return m_history; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *pauseButton() const { return m_pause; }

private:
    QLabel *m_summary = nullptr;
    QLabel *m_queue = nullptr;
    QTableWidget *m_nodes = nullptr;
    QLabel *m_prefetch = nullptr;
    QListWidget *m_alerts = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_pause = nullptr;
    bool m_paused = false;
};

} // namespace strata::ui
