#include <strata/ui/ReconcileDialog.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/SendDialog.h>

#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/store/Records.h>
#include <strata/store/StoreService.h>
#include <strata/store/WorklistRepository.h>
#include <strata/ui/models/SeriesThumbnailModel.h>
#include <strata/ui/StudyFilterBar.h>
#include <strata/ui/models/StudyTableModel.h>
#include <strata/ui/SyncController.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QDateEdit>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPixmap>
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
    m_filters->showWorklistFilters(QStringLiteral("browser"));
    connect(m_filters, &StudyFilterBar::searchRequested, this, &StudyBrowser::search);
    connect(m_filters, &StudyFilterBar::cleared, this, &StudyBrowser::search);

    // Study table.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("studyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
            // Status and priority change later: room for their longest words, in bold, with the mark.
            QFont bold = m_table->font();
            bold.setBold(true);
            const QFontMetrics metrics(bold);
            auto widest = [&](std::initializer_list<QString> words) {
                int w = 0;
                for (const QString &word : words)
                    w = std::max(w, metrics.horizontalAdvance(word));
                return w + m_table->iconSize().width() + 24;
            };
            using S = store::ReadingStatus;
            using P = store::Priority;
            m_table->setColumnWidth(StudyTableModel::ReadingStatus,
                                    std::max(m_table->columnWidth(StudyTableModel::ReadingStatus),
                                             widest({StudyTableModel::readingStatusName(S::Unread), StudyTableModel::readingStatusName(S::Read),
                                                     StudyTableModel::readingStatusName(S::Reported)})));
            m_table->setColumnWidth(StudyTableModel::Priority,
                                    std::max(m_table->columnWidth(StudyTableModel::Priority),
                                             widest({StudyTableModel::priorityName(P::Routine), StudyTableModel::priorityName(P::Urgent),
                                                     StudyTableModel::priorityName(P::Stat)}) - m_table->iconSize().width()));
            // Sync: room for its longest word and the mark, no more (empty for most studies without rules).
            m_table->setColumnWidth(StudyTableModel::Sync,
                                    widest({StudyTableModel::syncStateName(store::StudySyncState::Kind::Safe),
                                            StudyTableModel::syncStateName(store::StudySyncState::Kind::Pending),
                                            StudyTableModel::syncStateName(store::StudySyncState::Kind::Failed)}));
            m_sizedColumns = true;
        }
        restoreSelection();
        updatePaging();
    });
    connect(m_model, &StudyTableModel::loadingChanged, this, &StudyBrowser::updatePaging);
    connect(m_model, &StudyTableModel::queryFailed, this, [this](const QString &message) {
        m_paging->setText(tr("Search failed: %1").arg(message));
    });

    createWorklistActions();

    m_liveRefresh.setSingleShot(true);
    m_liveRefresh.setInterval(400);  // at most a few refreshes a second while an import runs
    connect(&m_liveRefresh, &QTimer::timeout, m_model, &StudyTableModel::refresh);

    updatePaging();
    m_model->setFilters(filtersFromBar());  // the remembered worklist filters apply from the start
}

StudyBrowser::~StudyBrowser()
{
    m_writes.waitForDone();  // a status write in flight is one short statement
}

void StudyBrowser::createWorklistActions()
{
    auto action = [this](const QString &text, const QString &keys, const char *name) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!keys.isEmpty())
            a->setShortcut(QKeySequence(keys));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setEnabled(false);
        addAction(a);
        return a;
    };
    m_open = action(tr("&Open"), {}, "openStudyAction");
    m_markUnread = action(tr("Mark as &Unread"), tr("Ctrl+Shift+U"), "markUnreadAction");
    m_markRead = action(tr("Mark as &Read"), tr("Ctrl+Shift+R"), "markReadAction");
    m_markReported = action(tr("Mark as Re&ported"), tr("Ctrl+Shift+D"), "markReportedAction");
    m_routine = action(tr("Priority: R&outine"), tr("Ctrl+Alt+1"), "routinePriorityAction");
    m_urgent = action(tr("Priority: Ur&gent"), tr("Ctrl+Alt+2"), "urgentPriorityAction");
    m_stat = action(tr("Priority: &Stat"), tr("Ctrl+Alt+3"), "statPriorityAction");
    m_sendTo = action(tr("Send &to…"), tr("Ctrl+Shift+S"), "sendToAction");
    m_sendTo->setStatusTip(tr("Send the selected studies to one or more DICOM nodes"));
    connect(m_sendTo, &QAction::triggered, this, [this] {
        const QStringList studies = selectedStudies();
        if (studies.isEmpty())
            return;
        auto *dialog = new SendDialog(m_dataDir, studies, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();   // not exec(): the browser keeps working while it sends
        emit sendDialogOpened(dialog);
    });
    // The patient's details of one study (a study from another hospital filed under the local
    // record, or a correction): the study's files are written again.
    m_reconcile = action(tr("Change &Patient Details…"), {}, "reconcileAction");
    m_reconcile->setStatusTip(tr("File the study under the local patient record, or correct its patient's name, ID, birth date, sex or accession number"));
    connect(m_reconcile, &QAction::triggered, this, [this] {
        const QStringList studies = selectedStudies();
        if (studies.size() != 1)
            return;
        auto *dialog = new ReconcileDialog(m_dataDir, studies.front(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReconcileDialog::reconciled, this, [this, study = studies.front()](bool ok) {
            if (!ok)
                return;
            m_model->refresh();
            emit studyReconciled(study);
        });
        dialog->show();
        emit reconcileDialogOpened(dialog);
    });
    // The same, for some series of the study the strip shows.
    m_sendSeriesTo = action(tr("Send &series to…"), {}, "sendSeriesToAction");
    m_sendSeriesTo->setStatusTip(tr("Send the series selected in the strip to one or more DICOM nodes"));
    connect(m_sendSeriesTo, &QAction::triggered, this, [this] {
        QStringList series;
        for (const QModelIndex &index : m_strip->selectionModel()->selectedIndexes())
            series << index.data(SeriesThumbnailModel::SeriesUidRole).toString();
        series.removeAll(QString());
        if (m_selected.isEmpty() || series.isEmpty())
            return;
        auto *dialog = new SendDialog(m_dataDir, {m_selected}, this, series);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        emit sendDialogOpened(dialog);
    });
    m_strip->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_strip->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_sendSeriesTo->setEnabled(m_strip->selectionModel()->hasSelection()); });
    connect(m_series, &QAbstractItemModel::modelReset, this, [this] { m_sendSeriesTo->setEnabled(false); });
    auto *seriesMenu = new QMenu(this);
    seriesMenu->setObjectName(QStringLiteral("seriesContextMenu"));
    seriesMenu->addAction(m_sendSeriesTo);
    m_strip->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_strip, &QWidget::customContextMenuRequested, this, [this, seriesMenu](const QPoint &pos) {
        const QModelIndex index = m_strip->indexAt(pos);
        if (!index.isValid())
            return;
        if (!m_strip->selectionModel()->isSelected(index))
            m_strip->setCurrentIndex(index);
        seriesMenu->popup(m_strip->viewport()->mapToGlobal(pos));
    });
    m_markRead->setStatusTip(tr("The viewer marks an unread study as read when it opens it"));
    m_stat->setIcon([] {
        QPixmap dot(12, 12);
        dot.fill(StudyTableModel::priorityColor(store::Priority::Stat));
        return QIcon(dot);
    }());
    m_urgent->setIcon([] {
        QPixmap dot(12, 12);
        dot.fill(StudyTableModel::priorityColor(store::Priority::Urgent));
        return QIcon(dot);
    }());
    connect(m_open, &QAction::triggered, this, [this] {
        if (!m_selected.isEmpty())
            emit openStudyRequested(m_selected);
    });
    const std::pair<QAction *, store::ReadingStatus> statuses[] = {
        {m_markUnread, store::ReadingStatus::Unread}, {m_markRead, store::ReadingStatus::Read}, {m_markReported, store::ReadingStatus::Reported}};
    for (const auto &[a, status] : statuses)
        connect(a, &QAction::triggered, this, [this, status = status] { setReadingStatus(selectedStudies(), status); });
    const std::pair<QAction *, store::Priority> priorities[] = {
        {m_routine, store::Priority::Routine}, {m_urgent, store::Priority::Urgent}, {m_stat, store::Priority::Stat}};
    for (const auto &[a, priority] : priorities)
        connect(a, &QAction::triggered, this, [this, priority = priority] { setPriority(selectedStudies(), priority); });

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("studyContextMenu"));
    m_menu->addAction(m_open);
    m_menu->addSeparator();
    m_menu->addActions({m_markUnread, m_markRead, m_markReported});
    m_menu->addSeparator();
    m_menu->addActions({m_routine, m_urgent, m_stat});
    m_menu->addSeparator();
    m_menu->addAction(m_sendTo);
    m_menu->addSeparator();
    m_menu->addAction(m_reconcile);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        if (!m_table->selectionModel()->isRowSelected(index.row(), {}))  // right-click outside the selection selects that row
            m_table->selectRow(index.row());
        m_menu->popup(m_table->viewport()->mapToGlobal(pos));  // not exec(): the event loop keeps running
    });
}

QStringList StudyBrowser::selectedStudies() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList uids;
    for (const QModelIndex &row : rows)
        uids << row.data(StudyTableModel::StudyUidRole).toString();
    return uids;
}

void StudyBrowser::setReadingStatus(const QStringList &uids, store::ReadingStatus status)
{
    if (uids.isEmpty())
        return;
    m_model->showReadingStatus(uids, status);
    writeWorklist(uids, [uids, status](store::WorklistRepository &worklist) -> Status {
        for (const QString &uid : uids)
            if (Status s = worklist.setReadingStatus(uid, status); !s.ok())
                return s;
        return {};
    });
}

void StudyBrowser::setPriority(const QStringList &uids, store::Priority priority)
{
    if (uids.isEmpty())
        return;
    m_model->showPriority(uids, priority);
    writeWorklist(uids, [uids, priority](store::WorklistRepository &worklist) -> Status {
        for (const QString &uid : uids)
            if (Status s = worklist.setPriority(uid, priority); !s.ok())
                return s;
        return {};
    });
}

void StudyBrowser::markOpened(const QString &uid)
{
    if (uid.isEmpty())
        return;
    const int row = m_model->rowOfStudy(uid);
    if (row >= 0 && m_model->study(row).readingStatus == store::ReadingStatus::Unread)
        m_model->showReadingStatus({uid}, store::ReadingStatus::Read);
    writeWorklist({uid}, [uid](store::WorklistRepository &worklist) -> Status {
        auto changed = worklist.markOpened(uid);
        return changed.ok() ? Status() : Status(changed.error());
    });
}

void StudyBrowser::writeWorklist(const QStringList &uids, std::function<Status(store::WorklistRepository &)> write)
{
    m_writes.post(
        [dataDir = m_dataDir, write = std::move(write)]() -> QString {
            auto service = store::StoreService::open(dataDir);
            if (!service.ok())
                return service.error().message();
            auto worklist = service.value()->worklist();
            if (!worklist.ok())
                return worklist.error().message();
            const Status s = write(*worklist.value());
            return s.ok() ? QString() : s.error().message();
        },
        [this, uids](const QString &error) {
            m_model->refresh();
            if (error.isEmpty())
                emit worklistChanged(uids);
            else
                emit worklistChangeFailed(error);
        });
}

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

void StudyBrowser::followSync(SyncController *sync)
{
    connect(sync, &SyncController::statusChanged, m_model, &StudyTableModel::refreshSyncStates);
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
    if (row < 0) {  // no longer on this page (or filtered out)
        for (QAction *a : {m_open, m_markUnread, m_markRead, m_markReported, m_routine, m_urgent, m_stat, m_sendTo})
            a->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
        m_reconcile->setEnabled(m_table->selectionModel()->selectedRows().size() == 1);
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
    for (QAction *a : {m_open, m_markUnread, m_markRead, m_markReported, m_routine, m_urgent, m_stat, m_sendTo})
        a->setEnabled(!rows.isEmpty());
    m_reconcile->setEnabled(rows.size() == 1);
    // With several rows selected, the strip shows the current one (the last clicked) if selected.
    QModelIndex shown = rows.isEmpty() ? QModelIndex() : rows.first();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        shown = current;
    const QString uid = shown.isValid() ? shown.data(StudyTableModel::StudyUidRole).toString() : QString();
    if (uid == m_selected)
        return;
    m_selected = uid;
    m_selectedInstances = shown.isValid() ? m_model->study(shown.row()).instanceCount : -1;
    m_series->setStudy(uid);
}

} // namespace strata::ui
