#pragma once
/// The local cache's studies as a table, one page at a time: filters, paging and sorting map to a
/// store::StudyQuery. Queries run on the Interactive executor (each with its own LocalCache) as a
/// LatestRequest: results come back to the GUI thread, and only the latest query's are shown.
/// Unread studies are drawn bold (FontRole), priorities coloured (ForegroundRole: Stat red,
/// Urgent orange), the status carries a coloured mark (DecorationRole: Unread blue, Reported green).
/// The Sync column shows each study's background-sync state (safe, pending, failed; empty when no
/// rule routes it) with the status light's colours, read for the whole page in one batched query
/// with the page and again by refreshSyncStates() (in place: selection and scroll stay).
#include <strata/core/Executors.h>
#include <strata/store/Records.h>
#include <strata/store/SyncJobRepository.h>

#include <QAbstractTableModel>
#include <QColor>

#include <map>
#include <optional>
#include <vector>

namespace strata::ui {

class StudyTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Column { Priority, ReadingStatus, Sync, Patient, PatientId, BirthDate, StudyDate, Modalities, Description, Accession, Series,
                  Images, ColumnCount };
    enum Role {
        StudyUidRole = Qt::UserRole + 1,
        ReadingStatusRole,  ///< int(store::ReadingStatus), on every column
        PriorityRole,       ///< int(store::Priority), on every column
        SyncStateRole,      ///< int(store::StudySyncState::Kind), on every column
    };

    explicit StudyTableModel(QString dataDir, QObject *parent = nullptr);
    ~StudyTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts by a column the index can sort by; other columns are ignored (see sortForColumn).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The search fields of `filters` (its paging and sort fields are ignored); back to page 0.
    void setFilters(const store::StudyQuery &filters);
    const store::StudyQuery &filters() const { return m_filters; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    /// Matches of the current filters over all pages (as of the last query).
    int totalMatches() const { return m_total; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const store::StudyRecord &study(int row) const { return m_rows.at(std::size_t(row)); }
    int rowOfStudy(const QString &studyInstanceUid) const;
    /// Shows a status / priority on the rows of these studies now, before the write to the index
    /// has finished (the next refresh shows what the index holds).
    void showReadingStatus(const QStringList &studyInstanceUids, store::ReadingStatus status);
    void showPriority(const QStringList &studyInstanceUids, store::Priority priority);
    static QString readingStatusName(store::ReadingStatus status);
    static QString priorityName(store::Priority priority);
    /// The text colour of a priority (invalid for Routine: the view's own).
    static QColor priorityColor(store::Priority priority);
    /// The Sync column's word and mark colour (the status light's; invalid for None).
    static QString syncStateName(store::StudySyncState::Kind kind);
    static QColor syncStateColor(store::StudySyncState::Kind kind);
    /// The sync state shown for a study (Kind::None when it has none or is not on this page).
    store::StudySyncState syncState(const QString &studyInstanceUid) const;
    /// The index order a column sorts by, if it can be sorted.
    static std::optional<store::StudyQuery::Sort> sortForColumn(int column);

public slots:
    /// Runs the current query again (e.g. after an import committed a batch).
    void refresh();
    /// Reads the sync state of the rows on screen again (one query, off the GUI thread) and updates
    /// the Sync column in place; e.g. when the sync status changed.
    void refreshSyncStates();

signals:
    void loadingChanged(bool loading);
    /// A query's rows are in (also when they did not change).
    void pageLoaded();
    /// A refreshSyncStates() read is in (also when nothing changed).
    void syncStatesLoaded();
    void queryFailed(const QString &message);

private:
    struct Fetch;
    void apply(const Fetch &fetch);
    void setLoading(bool loading);
    void rowsChanged(const QStringList &uids);
    void applySyncStates(const QStringList &uids, const std::map<QString, store::StudySyncState> &states);
    QString syncToolTip(const store::StudySyncState &state) const;

    QString m_dataDir;
    store::StudyQuery m_filters;
    int m_pageSize = 100;
    int m_page = 0;
    int m_sortColumn = StudyDate;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::vector<store::StudyRecord> m_rows;
    int m_total = 0;
    bool m_loading = false;
    QString m_lastError;
    std::map<QString, store::StudySyncState> m_sync;  ///< by study; studies without a state are absent
    LatestRequest m_query{this};
    LatestRequest m_syncQuery{this};
};

} // namespace strata::ui
