#include <strata/ui/QueryRetrievePanel.h>

#include <strata/core/Executors.h>
#include <strata/net/NetJobs.h>
#include <strata/net/NodeRegistry.h>
#include <strata/ui/StudyFilterBar.h>

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>

#include "RememberedLayout.h"
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace strata::ui {
namespace {

/// Draws the status column as a progress bar while a retrieve runs.
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant progress = index.data(QueryRetrievePanel::ProgressRole);
        if (!progress.isValid() || progress.toInt() < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = progress.toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

QString formatDate(const QString &dicomDate)
{
    const QDate d = QDate::fromString(dicomDate, QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d.toString(Qt::ISODate) : dicomDate;
}

} // namespace

QueryRetrievePanel::QueryRetrievePanel(QString dataDir, QWidget *parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_filters = new StudyFilterBar(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_filters->addButton(m_cancel);
    connect(m_filters, &StudyFilterBar::searchRequested, this, &QueryRetrievePanel::search);
    connect(m_cancel, &QPushButton::clicked, this, &QueryRetrievePanel::cancelAll);

    m_nodes = new QListWidget(this);
    m_nodes->setObjectName(QStringLiteral("nodeList"));
    m_nodes->setToolTip(tr("Tick the nodes to search; Settings → Nodes adds more."));
    m_nodes->setMaximumWidth(260);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Node"), tr("Patient name"), tr("Patient ID"), tr("Study date"), tr("Modality"),
                                        tr("Description"), tr("Accession"), tr("Series"), tr("Images"), tr("Status")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("remoteStudyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(StatusColumn, new ProgressDelegate(m_table));
    connect(m_table, &QTableView::doubleClicked, this, &QueryRetrievePanel::retrieveSelected);

    m_retrieve = new QPushButton(tr("&Retrieve"), this);
    m_retrieve->setObjectName(QStringLiteral("retrieveButton"));
    m_retrieve->setToolTip(tr("Fetch the selected studies into the local cache (C-GET, C-MOVE or WADO-RS, as the node allows)."));
    connect(m_retrieve, &QPushButton::clicked, this, &QueryRetrievePanel::retrieveSelected);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queryStatus"));
    m_status->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_retrieve);
    rightLayout->addLayout(bottom);
    auto *split = new QSplitter(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Nodes:"), left));
    leftLayout->addWidget(m_nodes, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    rememberSplitter(split, QStringLiteral("splitters/queryRetrieve"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(split, 1);

    reloadNodes();
}

QueryRetrievePanel::~QueryRetrievePanel()
{
    cancelAll();
}

QString QueryRetrievePanel::statusText() const
{
    return m_status->text();
}

void QueryRetrievePanel::reloadNodes()
{
    // The registry is on disk: read it on a worker.
    const QString dataDir = m_dataDir;
    runThen(this, Executor::Interactive, [dataDir] {
        QStringList entries;
        auto registry = net::NodeRegistry::open(dataDir);
        if (!registry.ok())
            return entries;
        auto nodes = registry.value()->list();
        if (!nodes.ok())
            return entries;
        QStringList names;
        for (const net::Node &n : nodes.value())
            names << n.name;
        for (const net::Node &n : nodes.value()) {
            net::NodeValidationContext context;
            context.takenNames = names;
            context.takenNames.removeAll(n.name);
            context.secretStored = registry.value()->hasStoredSecret(n.name);
            const QStringList problems = net::validateNode(n, context);
            entries << n.name + QLatin1Char('\n') + n.label() + QStringLiteral(" — ") + net::capabilitiesSummary(n.capabilities)
                           + QLatin1Char('\n') + problems.join(QLatin1Char(' '));
        }
        return entries;
    }, [this](const QStringList &entries) {
        QStringList checked;
        for (int i = 0; i < m_nodes->count(); ++i)
            if (m_nodes->item(i)->checkState() == Qt::Checked)
                checked << m_nodes->item(i)->text();
        const bool first = m_nodes->count() == 0;
        m_nodes->clear();
        QStringList invalid;
        for (const QString &entry : entries) {
            const QStringList parts = entry.split(QLatin1Char('\n'));
            auto *item = new QListWidgetItem(parts.value(0), m_nodes);
            item->setToolTip(parts.value(1));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool valid = parts.value(2).isEmpty();
            item->setCheckState(valid && (first || checked.contains(parts.value(0))) ? Qt::Checked : Qt::Unchecked);
            if (!valid) {
                // Checked again at start: a node saved by an older version, or whose TLS files moved.
                item->setForeground(Qt::red);
                item->setToolTip(parts.value(1) + QLatin1Char('\n') + parts.value(2));
                invalid << tr("%1: %2").arg(parts.value(0), parts.value(2));
            }
        }
        if (!invalid.isEmpty())
            m_status->setText(tr("Fix in Settings → Nodes: %1").arg(invalid.join(QStringLiteral("; "))));
        if (entries.isEmpty())
            m_status->setText(tr("No remote nodes yet: add one in Settings → Nodes."));
        emit nodesLoaded(int(entries.size()));
    });
}

void QueryRetrievePanel::search()
{
    QStringList names;
    for (int i = 0; i < m_nodes->count(); ++i)
        if (m_nodes->item(i)->checkState() == Qt::Checked)
            names << m_nodes->item(i)->text();
    if (names.isEmpty()) {
        m_status->setText(tr("Tick at least one node to search."));
        return;
    }
    if (m_query)
        m_query->cancel();
    m_model->removeRows(0, m_model->rowCount());
    m_nodeErrors.clear();
    const store::StudyQuery f = m_filters->filters();
    net::StudyFindQuery query;
    query.patientName = f.patientName;
    query.patientId = f.patientId;
    query.accessionNumber = f.accessionNumber;
    query.studyDescription = f.studyDescription;
    query.modality = f.modality;
    query.from = f.from;
    query.to = f.to;
    // Names: the local search is forgiving (no wildcard needed); remote nodes match exactly
    // unless told otherwise, so a bare name becomes a prefix match.
    if (!query.patientName.isEmpty() && !query.patientName.contains(QLatin1Char('*')) && !query.patientName.contains(QLatin1Char('?')))
        query.patientName += QLatin1Char('*');
    auto *job = new net::QueryJob(m_dataDir, names, query);
    m_query = job;
    m_status->setText(tr("Searching %1…").arg(names.join(QStringLiteral(", "))));
    m_cancel->setEnabled(true);
    connect(job, &net::QueryJob::nodeAnswered, this, [this, job](const QString &node, const QList<net::RemoteStudy> &studies) {
        if (job != m_query)
            return;
        m_table->setSortingEnabled(false);
        for (const net::RemoteStudy &s : studies) {
            const int existing = rowForStudy(s.studyInstanceUid);
            if (existing >= 0) {
                QStandardItem *nodes = m_model->item(existing, NodesColumn);
                const QStringList holders = nodes->data(NodesRole).toStringList() << node;
                nodes->setData(holders, NodesRole);
                nodes->setText(holders.join(QStringLiteral(", ")));
                continue;
            }
            QList<QStandardItem *> row;
            for (const QString &text : {node, s.patientName, s.patientId, formatDate(s.studyDate), s.modalities, s.studyDescription,
                                        s.accessionNumber, QString::number(s.seriesCount), QString::number(s.instanceCount), QString()})
                row << new QStandardItem(text);
            row[NodesColumn]->setData(s.studyInstanceUid, StudyUidRole);
            row[NodesColumn]->setData(QStringList{node}, NodesRole);
            row[SeriesColumn]->setData(s.seriesCount, Qt::DisplayRole);
            row[InstancesColumn]->setData(s.instanceCount, Qt::DisplayRole);
            m_model->appendRow(row);
        }
        m_table->setSortingEnabled(true);
        m_table->resizeColumnsToContents();
    });
    connect(job, &net::QueryJob::nodeFailed, this, [this, job](const QString &node, const QString &message) {
        if (job == m_query)
            m_nodeErrors << tr("%1: %2").arg(node, message);
    });
    auto done = [this, job] {
        if (job != m_query)
            return;
        m_query.clear();
        m_cancel->setEnabled(!m_retrieves.isEmpty());
        QString text = tr("%n studies found.", nullptr, m_model->rowCount());
        if (!m_nodeErrors.isEmpty())
            text += QLatin1Char(' ') + tr("Not answered: %1").arg(m_nodeErrors.join(QStringLiteral("; ")));
        m_status->setText(text);
        emit queryFinished();
    };
    connect(job, &Job::finished, this, done);
    connect(job, &Job::failed, this, done);
    startOwnedJob(job);
}

int QueryRetrievePanel::rowForStudy(const QString &studyUid) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, NodesColumn)->data(StudyUidRole).toString() == studyUid)
            return r;
    return -1;
}

void QueryRetrievePanel::setStatus(int row, const QString &text, int progress)
{
    if (row < 0)
        return;
    QStandardItem *item = m_model->item(row, StatusColumn);
    item->setText(text);
    item->setData(progress, ProgressRole);
}

void QueryRetrievePanel::retrieveSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(NodesColumn);
    if (rows.isEmpty()) {
        m_status->setText(tr("Select the studies to retrieve."));
        return;
    }
    for (const QModelIndex &index : rows) {
        const QString studyUid = index.data(StudyUidRole).toString();
        const QString node = index.data(NodesRole).toStringList().value(0);   // the first node that answered
        bool running = false;
        for (const auto &r : m_retrieves)
            running = running || (r && r->studyInstanceUid() == studyUid);
        if (running)
            continue;
        net::RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.onlyMissing = true;   // a second Retrieve completes a study instead of fetching it again
        if (m_moveReceiver)
            request.moveReceiver = m_moveReceiver();
        auto *job = new net::RetrieveJob(m_dataDir, node, request);
        m_retrieves << job;
        setStatus(index.row(), tr("waiting…"), 0);
        m_cancel->setEnabled(true);
        connect(job, &Job::progressChanged, this, [this, studyUid](const Progress &p) {
            const int percent = p.total > 0 ? int(100 * p.done / p.total) : 0;
            setStatus(rowForStudy(studyUid), p.total > 0 ? tr("%1 / %2").arg(p.done).arg(p.total) : tr("%1 received").arg(p.done), percent);
        });
        auto finish = [this, job] {
            m_retrieves.removeAll(job);
            m_cancel->setEnabled(!m_retrieves.isEmpty() || m_query);
        };
        connect(job, &Job::finished, this, [this, job, studyUid, finish] {
            const net::RetrieveReport &r = job->report();
            setStatus(rowForStudy(studyUid), r.expected == 0 ? tr("in the cache (all %n images were already there)", nullptr, r.alreadyCached)
                                                             : tr("in the cache (%n images, %1)", nullptr, r.expected + r.alreadyCached).arg(net::methodName(r.method)));
            finish();
            emit studyRetrieved(studyUid);
        });
        connect(job, &Job::failed, this, [this, studyUid, finish](const Error &e) {
            setStatus(rowForStudy(studyUid), e.code == ErrorCode::Cancelled ? tr("cancelled") : tr("failed: %1").arg(e.message()));
            finish();
            emit retrieveFailed(studyUid, e.message());
        });
        startOwnedJob(job);
    }
}

void QueryRetrievePanel::cancelAll()
{
    if (m_query)
        m_query->cancel();
    for (const auto &r : m_retrieves)
        if (r)
            r->cancel();
}

} // namespace strata::ui
