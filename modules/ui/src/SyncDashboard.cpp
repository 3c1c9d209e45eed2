#include "SyncDashboard.h"

#include <strata/ui/SyncController.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::ui {

namespace {
QString age(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return SyncDashboard::tr("%n second(s)", nullptr, int(s));
    if (s < 7200)
        return SyncDashboard::tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return SyncDashboard::tr("%n hour(s)", nullptr, int(s / 3600));
    return SyncDashboard::tr("%n day(s)", nullptr, int(s / 86400));
}

QString healthText(sync::SyncStatus::Health h)
{
    switch (h) {
    case sync::SyncStatus::Health::Safe: return SyncDashboard::tr("Everything is safe on the archive");
    case sync::SyncStatus::Health::Pending: return SyncDashboard::tr("Studies are waiting to be sent");
    case sync::SyncStatus::Health::Failing: return SyncDashboard::tr("Sync is failing or at risk");
    }
    return {};
}
} // namespace

SyncDashboard::SyncDashboard(SyncController *controller, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sync"));
    resize(760, 560);
    m_summary = new QLabel(this);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_summary->setFont(big);
    m_queue = new QLabel(this);
    m_queue->setWordWrap(true);
    m_nodes = new QTableWidget(0, 5, this);
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Breaker"), tr("Failures"), tr("Offline for"), tr("Last error")});
    m_nodes->horizontalHeader()->setStretchLastSection(true);
    m_nodes->verticalHeader()->hide();
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_prefetch = new QLabel(this);
    m_prefetch->setWordWrap(true);
    m_prefetch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prefetch->hide();
    m_alerts = new QListWidget(this);
    m_alerts->setMaximumHeight(90);
    m_history = new QTableWidget(0, 4, this);
    m_history->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Node"), tr("What"), tr("Details")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_retry = new QPushButton(tr("Retry now"), this);
    m_pause = new QPushButton(tr("Pause"), this);
    connect(m_retry, &QPushButton::clicked, controller, &SyncController::retryNow);
    connect(m_pause, &QPushButton::clicked, this, [this, controller] {
        if (m_paused)
            controller->resume();
        else
            controller->pause();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_pause);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_queue);
    layout->addWidget(new QLabel(tr("Nodes"), this));
    layout->addWidget(m_nodes, 1);
    layout->addWidget(m_prefetch);
    layout->addWidget(new QLabel(tr("Alerts"), this));
    layout->addWidget(m_alerts);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history, 2);
    layout->addLayout(buttons);
}

void SyncDashboard::showStatus(const sync::SyncStatus &s, const std::vector<store::SyncEvent> &history)
{
    m_paused = s.paused;
    m_pause->setText(s.paused ? tr("Resume") : tr("Pause"));
    m_summary->setText(healthText(s.health) + (s.paused ? tr(" (paused)") : QString()));
    QString queue = tr("%1 pending: %2 queued, %3 sending, %4 verifying, %5 waiting to retry, %6 failed; %7 done.")
                        .arg(s.queue.pending())
                        .arg(s.queue.queued)
                        .arg(s.queue.sending)
                        .arg(s.queue.verifying)
                        .arg(s.queue.waiting)
                        .arg(s.queue.failed)
                        .arg(s.queue.done);
    if (s.queue.pending() > 0)
        queue += QLatin1Char(' ') + tr("%1 instance(s), %2 MB not yet safe; the oldest waits for %3.")
                                        .arg(s.queue.pendingInstances)
                                        .arg(double(s.queue.pendingBytes) / 1048576.0, 0, 'f', 1)
                                        .arg(age(s.oldestPendingAgeMs));
    queue += QLatin1Char(' ') + tr("Last hour: %1 sent, %2 verified.").arg(s.sentPerHour).arg(s.verifiedPerHour);
    if (s.daysUntilDiskFull >= 0)
        queue += QLatin1Char(' ') + tr("The local disk is full in %1 days at the last week's import rate.").arg(s.daysUntilDiskFull, 0, 'f', 0);
    m_queue->setText(queue);

    m_nodes->setRowCount(int(s.nodes.size()));
    for (int r = 0; r < int(s.nodes.size()); ++r) {
        const sync::NodeSyncStatus &n = s.nodes[size_t(r)];
        const QStringList cells{n.node, n.breaker, QString::number(n.failures), n.offlineForMs > 0 ? age(n.offlineForMs) : tr("online"),
                                n.lastError};
        for (int c = 0; c < cells.size(); ++c)
            m_nodes->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    QStringList prefetch;
    for (const sync::PrefetchStatus &p : s.prefetch) {
        QString line = (p.mode == QLatin1String("priors") ? tr("Prefetch \"%1\": priors from %2") : tr("Prefetch \"%1\": new studies from %2"))
                           .arg(p.rule, p.node)
                       + QStringLiteral(": ") + tr("%1 fetched, %2 failed").arg(p.fetched).arg(p.failed) + QStringLiteral("; ")
                       + (p.checkedMs > 0 ? tr("last asked %1 UTC").arg(QDateTime::fromMSecsSinceEpoch(p.checkedMs).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                          : tr("not asked yet"));
        if (!p.lastError.isEmpty())
            line += QStringLiteral(" (") + tr("last error: %1").arg(p.lastError) + QLatin1Char(')');
        prefetch << line;
    }
    m_prefetch->setText(prefetch.join(QLatin1Char('\n')));
    m_prefetch->setVisible(!prefetch.isEmpty());
    m_alerts->clear();
    m_alerts->addItems(s.alerts.isEmpty() ? QStringList{tr("No alerts")} : s.alerts);
    m_history->setRowCount(int(history.size()));
    for (int r = 0; r < int(history.size()); ++r) {
        const store::SyncEvent &e = history[size_t(r)];
        const QStringList cells{QDateTime::fromMSecsSinceEpoch(e.atMs).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.node,
                                e.instances > 0 ? QStringLiteral("%1 (%2)").arg(e.kind).arg(e.instances) : e.kind, e.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

} // namespace strata::ui
