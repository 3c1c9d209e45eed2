#include <strata/ui/SendDialog.h>

#include <strata/core/Executors.h>
#include <strata/net/NetJobs.h>
#include <strata/net/NodeRegistry.h>

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::ui {

SendDialog::SendDialog(QString dataDir, QStringList studyUids, QWidget *parent, QStringList seriesUids)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_studies(std::move(studyUids)), m_series(std::move(seriesUids))
{
    setWindowTitle(tr("Send to"));
    setObjectName(QStringLiteral("sendDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_series.isEmpty() ? tr("Send %n studies to:", nullptr, int(m_studies.size()))
                                                    : tr("Send %n series to:", nullptr, int(m_series.size())),
                                 this));
    m_nodes = new QListWidget(this);
    m_nodes->setObjectName(QStringLiteral("sendNodes"));
    layout->addWidget(m_nodes, 1);
    m_rowsLayout = new QGridLayout;
    m_rowsLayout->setColumnStretch(2, 1);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &SendDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!isSending()) {
            reject();
            return;
        }
        for (auto &[name, row] : m_rows)
            if (row.job)
                row.job->cancel();
    });
    connect(m_nodes, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_nodes->count(); ++i)
            any = any || m_nodes->item(i)->checkState() == Qt::Checked;
        m_send->setEnabled(any && !isSending());
    });
    loadNodes();
}

SendDialog::~SendDialog()
{
    for (auto &[name, row] : m_rows)
        if (row.job)
            row.job->cancel();
}

void SendDialog::loadNodes()
{
    // The registry is on disk: read it on a worker.
    runThen(this, Executor::Interactive, [dataDir = m_dataDir] {
        QStringList names;
        if (auto registry = net::NodeRegistry::open(dataDir); registry.ok())
            if (auto nodes = registry.value()->list(); nodes.ok())
                for (const net::Node &n : nodes.value())
                    names << n.name;
        return names;
    }, [this](const QStringList &names) {
        for (const QString &name : names) {
            auto *item = new QListWidgetItem(name, m_nodes);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        if (names.isEmpty())
            m_nodes->addItem(tr("No nodes are registered: add one on the Nodes page."));
        emit nodesLoaded();
    });
}

bool SendDialog::isSending() const
{
    for (const auto &[name, row] : m_rows)
        if (!row.done)
            return true;
    return false;
}

QString SendDialog::resultText(const QString &nodeName) const
{
    const auto it = m_rows.find(nodeName);
    return it == m_rows.end() ? QString() : it->second.label->text();
}

void SendDialog::send()
{
    QStringList chosen;
    for (int i = 0; i < m_nodes->count(); ++i)
        if (m_nodes->item(i)->checkState() == Qt::Checked)
            chosen << m_nodes->item(i)->text();
    if (chosen.isEmpty() || isSending())
        return;
    m_send->setEnabled(false);
    m_nodes->setEnabled(false);
    for (const QString &name : chosen) {
        Row &row = m_rows[name];
        if (!row.bar) {
            const int r = m_rowsLayout->rowCount();
            m_rowsLayout->addWidget(new QLabel(name, this), r, 0);
            row.bar = new QProgressBar(this);
            row.label = new QLabel(this);
            row.label->setObjectName(QStringLiteral("sendResult"));
            m_rowsLayout->addWidget(row.bar, r, 1);
            m_rowsLayout->addWidget(row.label, r, 2);
        }
        row.done = false;
        row.bar->setRange(0, 0);
        row.label->setText(tr("waiting…"));
        auto *job = new net::SendJob(m_dataDir, name, m_studies);
        if (!m_series.isEmpty())
            job->limitToSeries(m_series);
        row.job = job;
        connect(job, &Job::progressChanged, this, [this, name](const Progress &p) {
            Row &r = m_rows[name];
            r.bar->setRange(0, int(std::max<qint64>(1, p.total)));
            r.bar->setValue(int(p.done));
            r.label->setText(tr("%1 of %2 instances").arg(p.done).arg(p.total));
        });
        connect(job, &Job::finished, this, [this, name, job] {
            const net::SendReport &report = job->report();
            QString text = tr("sent %n instances", nullptr, report.succeeded + report.warnings);
            if (report.warnings)
                text += tr(", %n with warnings", nullptr, report.warnings);
            text += QStringLiteral("; ") + (job->studiesStoredRemotely() == int(m_studies.size())
                                                ? tr("the node holds every study whole (stored remotely)")
                                                : job->verification().join(QStringLiteral("; ")));
            finishRow(name, text, true);
        });
        connect(job, &Job::failed, this, [this, name](const Error &e) {
            finishRow(name, e.code == ErrorCode::Cancelled ? tr("cancelled: %1").arg(e.reason) : tr("failed: %1").arg(e.message()), false);
        });
        startOwnedJob(job);
    }
}

void SendDialog::finishRow(const QString &node, const QString &text, bool ok)
{
    Row &row = m_rows[node];
    row.done = true;
    row.bar->setRange(0, 1);
    row.bar->setValue(ok ? 1 : 0);
    row.label->setText(text);
    row.label->setToolTip(text);
    row.label->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    if (!isSending()) {
        m_nodes->setEnabled(true);
        m_send->setEnabled(true);
        m_cancel->setText(tr("Close"));
        emit sendFinished();
    }
}

} // namespace strata::ui
