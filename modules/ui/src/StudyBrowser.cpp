#include <strata/ui/StudyBrowser.h>

#include <strata/store/ImportPipeline.h>
#include <strata/store/Records.h>
#include <strata/ui/models/SeriesThumbnailModel.h>
#include <strata/ui/StudyFilterBar.h>
#include <strata/ui/models/StudyTableModel.h>

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace strata::ui {
StudyBrowser::StudyBrowser(QString dataDir, QWidget *parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_model = new StudyTableModel(m_dataDir, this);
    m_series = new SeriesThumbnailModel(m_dataDir, this);

    // Filter bar.
    m_filters = new StudyFilterBar(this);
    connect(m_filters, &StudyFilterBar::searchRequested, this, &StudyBrowser::search);
    connect(m_filters, &StudyFilterBar::cleared, this, &StudyBrowser::search);

    // Study table.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("studyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!StudyTableModel::sortForColumn(column))  // not sortable: put the indicator back
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StudyBrowser::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openStudyRequested(index.data(StudyTableModel::StudyUidRole).toString());
    });

    // Paging bar.
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_paging = new QLabel(this);
    m_paging->setObjectName(QStringLiteral("pagingLabel"));
    m_pageSize = new QComboBox(this);
    for (int n : {50, 100, 200, 500})
        m_pageSize->addItem(tr("%1 per page").arg(n), n);
    m_pageSize->setCurrentIndex(1);
    m_model->setPageSize(100);
    connect(m_previous, &QPushButton::clicked, this, &StudyBrowser::previousPage);
    connect(m_next, &QPushButton::clicked, this, &StudyBrowser::nextPage);
    connect(m_pageSize, &QComboBox::activated, this, [this] { m_model->setPageSize(m_pageSize->currentData().toInt()); });
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    paging->addWidget(m_paging, 1);
    paging->addWidget(m_pageSize);

    // Series strip.
    m_strip = new QListView(this);
    m_strip->setObjectName(QStringLiteral("seriesStrip"));
    m_strip->setModel(m_series);
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setMovement(QListView::Static);
    m_strip->setIconSize(QSize(m_series->thumbnailSize(), m_series->thumbnailSize()));
    m_strip->setGridSize(QSize(m_series->thumbnailSize() + 40, m_series->thumbnailSize() + 48));
    m_strip->setUniformItemSizes(true);
    m_strip->setWordWrap(true);
    m_strip->setTextElideMode(Qt::ElideRight);
    m_strip->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_strip->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_strip->setFixedHeight(m_series->thumbnailSize() + 48 + m_strip->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    connect(m_strip, &QListView::doubleClicked, this, [this] {
        if (!m_selected.isEmpty())
            emit openStudyRequested(m_selected);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(paging);
    layout->addWidget(m_strip);

    connect(m_model, &StudyTableModel::pageLoaded, this, [this] {
        if (!m_sizedColumns && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c)  // a 60-character ID must not push the rest away
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
            m_sizedColumns = true;
        }
        restoreSelection();
        updatePaging();
    });
    connect(m_model, &StudyTableModel::loadingChanged, this, &StudyBrowser::updatePaging);
    connect(m_model, &StudyTableModel::queryFailed, this, [this](const QString &message) {
        m_paging->setText(tr("Search failed: %1").arg(message));
    });

    m_liveRefresh.setSingleShot(true);
    m_liveRefresh.setInterval(400);  // at most a few refreshes a second while an import runs
    connect(&m_liveRefresh, &QTimer::timeout, m_model, &StudyTableModel::refresh);

    updatePaging();
    m_model->refresh();
}

StudyBrowser::~StudyBrowser() = default;

store::StudyQuery StudyBrowser::filtersFromBar() const
{
    return m_filters->filters();
}

void StudyBrowser::search() { m_model->setFilters(filtersFromBar()); }

void StudyBrowser::clearFilters()
{
    m_filters->clear();
    search();
}

void StudyBrowser::nextPage() { m_model->setPage(m_model->page() + 1); }

void StudyBrowser::previousPage() { m_model->setPage(m_model->page() - 1); }

QString StudyBrowser::pagingText() const { return m_paging->text(); }

QString StudyBrowser::selectedStudy() const { return m_selected; }

void StudyBrowser::selectStudy(const QString &uid)
{
    const int row = m_model->rowOfStudy(uid);
    if (row >= 0)
        m_table->selectRow(row);
}

void StudyBrowser::watchImport(store::ImportJob *job)
{
    auto later = [this] {
        if (!m_liveRefresh.isActive())
            m_liveRefresh.start();
    };
    connect(job, &store::ImportJob::batchCommitted, this, later);
    connect(job, &Job::finished, m_model, &StudyTableModel::refresh);
    connect(job, &Job::failed, m_model, &StudyTableModel::refresh);
}

void StudyBrowser::updatePaging()
{
    const int total = m_model->totalMatches();
    const int rows = m_model->rowCount();
    const QLocale locale;
    QString text;
    if (rows == 0)
        text = m_model->isLoading() ? tr("Searching…") : tr("No studies");
    else {
        const int first = m_model->page() * m_model->pageSize() + 1;
        text = tr("%1–%2 of %3").arg(locale.toString(first), locale.toString(first + rows - 1), locale.toString(total));
        if (m_model->isLoading())
            text += tr(" (searching…)");
    }
    m_paging->setText(text);
    m_previous->setEnabled(m_model->page() > 0);
    m_next->setEnabled(m_model->page() + 1 < m_model->pageCount());
}

void StudyBrowser::restoreSelection()
{
    if (m_selected.isEmpty())
        return;
    const int row = m_model->rowOfStudy(m_selected);
    if (row < 0) {  // no longer on this page
        m_selected.clear();
        m_selectedInstances = -1;
        m_series->setStudy({});
        return;
    }
    if (!m_table->selectionModel()->isRowSelected(row, {}))
        m_table->selectRow(row);
    const int instances = m_model->study(row).instanceCount;
    if (instances != m_selectedInstances) {  // the study grew during an import: new series may be there
        m_selectedInstances = instances;
        m_series->reload();
    }
}

void StudyBrowser::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString uid = rows.isEmpty() ? QString() : rows.first().data(StudyTableModel::StudyUidRole).toString();
    if (uid == m_selected)
        return;
    m_selected = uid;
    m_selectedInstances = rows.isEmpty() ? -1 : m_model->study(rows.first().row()).instanceCount;
    m_series->setStudy(uid);
}

} // namespace strata::ui
