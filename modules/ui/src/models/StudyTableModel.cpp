#include <strata/ui/models/StudyTableModel.h>

#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/ui/SyncController.h>

#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace strata::ui {

struct StudyTableModel::Fetch {
    store::StudyPage page;
    std::map<QString, store::StudySyncState> sync;
    QString error;
};

namespace {

using SyncKind = store::StudySyncState::Kind;

/// The sync states of `uids` from the cache's index; empty when they cannot be read (the column
/// stays empty rather than the page failing).
std::map<QString, store::StudySyncState> readSyncStates(store::LocalCache &cache, const QStringList &uids)
{
    if (uids.isEmpty())
        return {};
    auto repo = cache.service()->syncJobs();
    if (!repo.ok())
        return {};
    auto states = repo.value()->studySyncStates(uids);
    return states.ok() ? std::move(states).value() : std::map<QString, store::StudySyncState>{};
}

QString formatDate(const QString &yyyymmdd)
{
    const QDate date = QDate::fromString(yyyymmdd.left(8), QStringLiteral("yyyyMMdd"));
    return date.isValid() ? date.toString(Qt::ISODate) : yyyymmdd;
}

} // namespace

StudyTableModel::StudyTableModel(QString dataDir, QObject *parent) : QAbstractTableModel(parent), m_dataDir(std::move(dataDir))
{
}

StudyTableModel::~StudyTableModel() = default;  // m_query drops the result of a query in flight

int StudyTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int StudyTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StudyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const store::StudyRecord &s = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Priority: return priorityName(s.priority);
        case ReadingStatus: return readingStatusName(s.readingStatus);
        case Sync: return syncStateName(syncState(s.studyInstanceUid).kind);
        case Patient: return s.patientNameDisplay.isEmpty() ? s.patientName : s.patientNameDisplay;
        case PatientId: return s.patientId;
        case BirthDate: return formatDate(s.patientBirthDate);
        case StudyDate: return formatDate(s.studyDate);
        case Modalities: return QString(s.modalities).replace(QLatin1Char('\\'), QStringLiteral(", "));
        case Description: return s.studyDescription;
        case Accession: return s.accessionNumber;
        case Series: return s.seriesCount;
        case Images:   // what the viewer shows: withdrawn images are kept, not shown
            return s.withdrawnCount > 0 ? QVariant(tr("%1 (%2 withdrawn)").arg(s.instanceCount - s.withdrawnCount).arg(s.withdrawnCount))
                                        : QVariant(s.instanceCount);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Images && s.withdrawnCount > 0)
            return tr("%n image(s) withdrawn by a rejection note: kept in the cache, not shown or copied", nullptr, s.withdrawnCount);
        if (index.column() == Sync) {
            const store::StudySyncState state = syncState(s.studyInstanceUid);
            if (state.kind != SyncKind::None)
                return syncToolTip(state);
        }
        return tr("%1\nStudy %2").arg(s.patientName, s.studyInstanceUid);
    case Qt::TextAlignmentRole:
        if (index.column() == Series || index.column() == Images)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (s.readingStatus == store::ReadingStatus::Unread) {  // like unread mail
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Priority && s.priority != store::Priority::Routine)
            return priorityColor(s.priority);
        break;
    case Qt::DecorationRole:
        if (index.column() == ReadingStatus) {
            if (s.readingStatus == store::ReadingStatus::Unread)
                return QColor(0x1e, 0x6f, 0xd9);
            if (s.readingStatus == store::ReadingStatus::Reported)
                return QColor(0x2e, 0x8b, 0x3e);
        }
        if (index.column() == Sync)
            if (const QColor c = syncStateColor(syncState(s.studyInstanceUid).kind); c.isValid())
                return c;
        break;
    case StudyUidRole:
        return s.studyInstanceUid;
    case ReadingStatusRole:
        return int(s.readingStatus);
    case PriorityRole:
        return int(s.priority);
    case SyncStateRole:
        return int(syncState(s.studyInstanceUid).kind);
    }
    return {};
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        // The first click on Priority puts Stat on top; on Status, Unread (both newest first within).
        if (section == Priority)
            return int(Qt::DescendingOrder);
        if (section == ReadingStatus)
            return int(Qt::AscendingOrder);
        if (section == Sync)  // failed first, then pending
            return int(Qt::DescendingOrder);
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Sync)
        return tr("Background sync: safe on an archive, pending or failed (empty when no sync rule routes the study)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Priority: return tr("Priority");
    case ReadingStatus: return tr("Status");
    case Sync: return tr("Sync");
    case Patient: return tr("Patient");
    case PatientId: return tr("Patient ID");
    case BirthDate: return tr("Birth date");
    case StudyDate: return tr("Study date");
    case Modalities: return tr("Modalities");
    case Description: return tr("Description");
    case Accession: return tr("Accession");
    case Series: return tr("Series");
    case Images: return tr("Images");
    }
    return {};
}

std::optional<store::StudyQuery::Sort> StudyTableModel::sortForColumn(int column)
{
    using Sort = store::StudyQuery::Sort;
    switch (column) {
    case Patient: return Sort::PatientName;
    case PatientId: return Sort::PatientId;
    case StudyDate: return Sort::StudyDate;
    case Modalities: return Sort::Modalities;
    case Description: return Sort::Description;
    case Accession: return Sort::Accession;
    case Images: return Sort::Instances;
    case Priority: return Sort::Priority;
    case ReadingStatus: return Sort::ReadingStatus;
    case Sync: return Sort::SyncState;
    default: return std::nullopt;  // birth date and series count are not indexed for sorting
    }
}

void StudyTableModel::sort(int column, Qt::SortOrder order)
{
    if (!sortForColumn(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_page = 0;
    refresh();
}

void StudyTableModel::setFilters(const store::StudyQuery &filters)
{
    m_filters = filters;
    m_page = 0;
    refresh();
}

void StudyTableModel::setPageSize(int rows)
{
    rows = std::max(1, rows);
    if (rows == m_pageSize)
        return;
    // Keep the first visible study on screen.
    const int first = m_page * m_pageSize;
    m_pageSize = rows;
    m_page = first / rows;
    refresh();
}

void StudyTableModel::setPage(int page)
{
    page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (page == m_page)
        return;
    m_page = page;
    refresh();
}

int StudyTableModel::pageCount() const { return std::max(1, (m_total + m_pageSize - 1) / m_pageSize); }

int StudyTableModel::rowOfStudy(const QString &uid) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].studyInstanceUid == uid)
            return int(i);
    return -1;
}

QString StudyTableModel::readingStatusName(store::ReadingStatus status)
{
    switch (status) {
    case store::ReadingStatus::Unread: return tr("Unread");
    case store::ReadingStatus::Read: return tr("Read");
    case store::ReadingStatus::Reported: return tr("Reported");
    }
    return {};
}

QString StudyTableModel::priorityName(store::Priority priority)
{
    switch (priority) {
    case store::Priority::Routine: return tr("Routine");
    case store::Priority::Urgent: return tr("Urgent");
    case store::Priority::Stat: return tr("Stat");
    }
    return {};
}

QColor StudyTableModel::priorityColor(store::Priority priority)
{
    switch (priority) {
    case store::Priority::Stat: return QColor(0xd3, 0x1f, 0x1f);
    case store::Priority::Urgent: return QColor(0xf0, 0x7c, 0x00);
    case store::Priority::Routine: break;
    }
    return {};
}

QString StudyTableModel::syncStateName(SyncKind kind)
{
    switch (kind) {
    case SyncKind::None: return {};
    case SyncKind::Safe: return tr("Safe");
    case SyncKind::Pending: return tr("Pending");
    case SyncKind::Failed: return tr("Failed");
    }
    return {};
}

QColor StudyTableModel::syncStateColor(SyncKind kind)
{
    // The status-bar light's colours, so the column and the light read alike.
    switch (kind) {
    case SyncKind::None: return {};
    case SyncKind::Safe: return SyncStatusLight::colour(sync::SyncStatus::Health::Safe);
    case SyncKind::Pending: return SyncStatusLight::colour(sync::SyncStatus::Health::Pending);
    case SyncKind::Failed: return SyncStatusLight::colour(sync::SyncStatus::Health::Failing);
    }
    return {};
}

store::StudySyncState StudyTableModel::syncState(const QString &uid) const
{
    const auto it = m_sync.find(uid);
    return it == m_sync.end() ? store::StudySyncState() : it->second;
}

QString StudyTableModel::syncToolTip(const store::StudySyncState &state) const
{
    const QLocale locale;
    auto when = [&](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    QStringList lines;
    for (const store::StudySyncJob &job : state.jobs) {
        switch (job.state) {
        case store::SyncState::Failed:
            lines << (job.lastError.isEmpty() ? tr("Failed on %1").arg(job.node) : tr("Failed on %1: %2").arg(job.node, job.lastError));
            break;
        case store::SyncState::Queued: lines << tr("Queued for %1").arg(job.node); break;
        case store::SyncState::Sending: lines << tr("Sending to %1").arg(job.node); break;
        case store::SyncState::Verifying: lines << tr("Verifying on %1").arg(job.node); break;
        case store::SyncState::Waiting:
            lines << (job.lastError.isEmpty() ? tr("Waiting for %1, next try %2").arg(job.node, when(job.nextAttemptMs))
                                              : tr("Waiting for %1, next try %2 (last error: %3)").arg(job.node, when(job.nextAttemptMs), job.lastError));
            break;
        case store::SyncState::Done: break;
        }
    }
    if (!state.safeNodes.isEmpty())
        lines << tr("Safe on %1").arg(state.safeNodes.join(QStringLiteral(", ")));
    else if (state.remoteStored)
        lines << tr("Safe: stored on a remote archive");
    return lines.join(QLatin1Char('\n'));
}

void StudyTableModel::showReadingStatus(const QStringList &uids, store::ReadingStatus status)
{
    for (store::StudyRecord &r : m_rows)
        if (uids.contains(r.studyInstanceUid))
            r.readingStatus = status;
    rowsChanged(uids);
}

void StudyTableModel::showPriority(const QStringList &uids, store::Priority priority)
{
    for (store::StudyRecord &r : m_rows)
        if (uids.contains(r.studyInstanceUid))
            r.priority = priority;
    rowsChanged(uids);
}

void StudyTableModel::rowsChanged(const QStringList &uids)
{
    for (const QString &uid : uids)
        if (const int row = rowOfStudy(uid); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StudyTableModel::refresh()
{
    store::StudyQuery query = m_filters;
    query.sort = *sortForColumn(m_sortColumn);
    query.descending = m_sortOrder == Qt::DescendingOrder;
    query.offset = m_page * m_pageSize;
    query.limit = m_pageSize;
    setLoading(true);
    m_syncQuery.cancel();  // the page brings newer sync states than a read started before it
    // A newer query makes this one moot: LatestRequest delivers only the last one started.
    m_query.start(
        [dataDir = m_dataDir, query](const CancellationToken &) {
            Fetch fetch;
            auto cache = store::LocalCache::open(dataDir);
            if (!cache.ok()) {
                fetch.error = cache.error().message();
                return fetch;
            }
            auto page = cache.value()->searchStudies(query);
            if (!page.ok()) {
                fetch.error = page.error().message();
                return fetch;
            }
            fetch.page = std::move(page).value();
            QStringList uids;
            for (const store::StudyRecord &r : fetch.page.studies)
                uids << r.studyInstanceUid;
            fetch.sync = readSyncStates(*cache.value(), uids);  // the whole page in one query
            return fetch;
        },
        [this](const Fetch &fetch) { apply(fetch); });
}

void StudyTableModel::apply(const Fetch &fetch)
{
    if (!fetch.error.isEmpty()) {
        m_lastError = fetch.error;
        setLoading(false);
        emit queryFailed(fetch.error);
        return;
    }
    m_lastError.clear();
    m_total = fetch.page.total;
    if (fetch.page.studies.empty() && m_page > 0 && m_total > 0) {
        // The matches shrank below this page (studies deleted): show the last page instead.
        m_page = pageCount() - 1;
        refresh();
        return;
    }
    const bool sameStudies = std::equal(m_rows.begin(), m_rows.end(), fetch.page.studies.begin(), fetch.page.studies.end(),
                                        [](const store::StudyRecord &a, const store::StudyRecord &b) {
                                            return a.studyInstanceUid == b.studyInstanceUid;
                                        });
    if (sameStudies) {
        // Same rows (a live refresh during an import): update in place so views keep their selection.
        m_rows = fetch.page.studies;
        m_sync = fetch.sync;
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = fetch.page.studies;
        m_sync = fetch.sync;
        endResetModel();
    }
    setLoading(false);
    emit pageLoaded();
}

void StudyTableModel::refreshSyncStates()
{
    QStringList uids;
    for (const store::StudyRecord &r : m_rows)
        uids << r.studyInstanceUid;
    m_syncQuery.start(
        [dataDir = m_dataDir, uids](const CancellationToken &) {
            auto cache = store::LocalCache::open(dataDir);
            return cache.ok() ? readSyncStates(*cache.value(), uids) : std::map<QString, store::StudySyncState>{};
        },
        [this, uids](const std::map<QString, store::StudySyncState> &states) { applySyncStates(uids, states); });
}

void StudyTableModel::applySyncStates(const QStringList &uids, const std::map<QString, store::StudySyncState> &states)
{
    auto same = [](const store::StudySyncState &a, const store::StudySyncState &b) {
        if (a.kind != b.kind || a.safeNodes != b.safeNodes || a.remoteStored != b.remoteStored || a.jobs.size() != b.jobs.size())
            return false;
        for (std::size_t i = 0; i < a.jobs.size(); ++i) {
            const store::StudySyncJob &x = a.jobs[i], &y = b.jobs[i];
            if (x.state != y.state || x.node != y.node || x.nextAttemptMs != y.nextAttemptMs || x.lastError != y.lastError)
                return false;
        }
        return true;
    };
    for (const QString &uid : uids) {
        const auto fresh = states.find(uid);
        const store::StudySyncState now = fresh == states.end() ? store::StudySyncState() : fresh->second;
        if (same(syncState(uid), now))
            continue;
        if (now.kind == SyncKind::None && !now.remoteStored && now.jobs.empty() && now.safeNodes.isEmpty())
            m_sync.erase(uid);
        else
            m_sync[uid] = now;
        // In place (the Sync cell, and SyncStateRole on the row): views keep their selection and
        // scroll position.
        if (const int row = rowOfStudy(uid); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit syncStatesLoaded();
}

void StudyTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace strata::ui
