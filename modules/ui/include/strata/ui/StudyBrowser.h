#pragma once
/// The local cache's study browser: a filter bar, the paged and sortable study table, and a strip
/// with a thumbnail per series of the selected study. Follows running imports live. All database
/// and decoding work happens in its models, off the GUI thread. The reading worklist lives here too:
/// status and priority columns, actions (context menu and shortcuts) that set them on the selected
/// studies, and status/priority filters in the bar.
#include <strata/core/Result.h>
#include <strata/core/SerialQueue.h>
#include <strata/store/Records.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;

namespace strata::ui {
class ReconcileDialog;
class SendDialog;
}
class QComboBox;
class QMenu;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace strata::store {
class ImportJob;
class WorklistRepository;
}

namespace strata::ui {

class SeriesThumbnailModel;
class StudyFilterBar;
class SyncController;
class StudyTableModel;

class StudyBrowser : public QWidget {
    Q_OBJECT
public:
    explicit StudyBrowser(QString dataDir, QWidget *parent = nullptr);
    ~StudyBrowser() override;

    StudyTableModel *studyModel() const { return m_model; }
    SeriesThumbnailModel *seriesModel() const { return m_series; }
    QTableView *table() const { return m_table; }
    QListView *seriesStrip() const { return m_strip; }
    /// "1–100 of 2 345", or what the browser is doing.
    QString pagingText() const;
    QString selectedStudy() const;
    /// Every selected study (Ctrl/Shift-click selects several), in table order.
    QStringList selectedStudies() const;
    void selectStudy(const QString &studyInstanceUid);
    StudyFilterBar *filterBar() const { return m_filters; }

    /// Worklist actions on the selected studies, in the table's context menu; their shortcuts work
    /// while the browser has focus (Qt::WidgetWithChildrenShortcut), so they cannot clash with the
    /// viewer's. Mark as unread Ctrl+Shift+U, read Ctrl+Shift+R, reported Ctrl+Shift+D;
    /// priority Routine Ctrl+Alt+1, Urgent Ctrl+Alt+2, Stat Ctrl+Alt+3.
    QAction *markUnreadAction() const { return m_markUnread; }
    QAction *markReadAction() const { return m_markRead; }
    QAction *markReportedAction() const { return m_markReported; }
    QAction *routinePriorityAction() const { return m_routine; }
    QAction *urgentPriorityAction() const { return m_urgent; }
    QAction *statPriorityAction() const { return m_stat; }
    /// "Send to…" the selected studies (opens a SendDialog).
    QAction *sendToAction() const { return m_sendTo; }
    /// "Change Patient Details…" of the one selected study (opens a ReconcileDialog).
    QAction *reconcileAction() const { return m_reconcile; }
    /// "Send series to…" on the series selected in the strip (of the study it shows).
    QAction *sendSeriesToAction() const { return m_sendSeriesTo; }
    /// The table's context menu (Open, the status and priority actions).
    QMenu *contextMenu() const { return m_menu; }
    /// Refreshes the table while `job` commits batches, and once more when it ends.
    void watchImport(store::ImportJob *job);
    /// Updates the Sync column whenever `sync` reads a new status (in place: the selection and
    /// scroll position stay).
    void followSync(SyncController *sync);
    /// The filters as typed in the bar.
    store::StudyQuery filtersFromBar() const;

public slots:
    void search();
    void clearFilters();
    void nextPage();
    void previousPage();
    /// Writes a status / priority to the index (off the GUI thread, in call order); the rows show
    /// it at once and the table refreshes once the write is in.
    void setReadingStatus(const QStringList &studyInstanceUids, strata::store::ReadingStatus status);
    void setPriority(const QStringList &studyInstanceUids, strata::store::Priority priority);
    /// What the viewer calls when it opens a study: Unread becomes Read (WorklistRepository::markOpened,
    /// which also records the access for eviction), off the GUI thread; Read and Reported stay.
    void markOpened(const QString &studyInstanceUid);

signals:
    void openStudyRequested(const QString &studyInstanceUid);
    /// A status or priority write reached the index.
    void worklistChanged(const QStringList &studyInstanceUids);
    /// A status or priority write failed; the message names the study and the reason.
    void worklistChangeFailed(const QString &message);
    /// "Send to…" opened its dialog (it lives until closed).
    void sendDialogOpened(strata::ui::SendDialog *dialog);
    /// "Change Patient Details…" opened its dialog (it lives until closed).
    void reconcileDialogOpened(strata::ui::ReconcileDialog *dialog);
    /// A study's files were written again with other patient details (its former files are gone).
    void studyReconciled(const QString &studyInstanceUid);

private:
    void updatePaging();
    void restoreSelection();
    void selectionChanged();
    void createWorklistActions();
    /// Runs `write` on the data directory's worklist repository on the write thread, then refreshes.
    void writeWorklist(const QStringList &uids, std::function<Status(store::WorklistRepository &)> write);

    QString m_dataDir;
    StudyTableModel *m_model = nullptr;
    SeriesThumbnailModel *m_series = nullptr;
    StudyFilterBar *m_filters = nullptr;
    QAction *m_open = nullptr;
    QAction *m_markUnread = nullptr;
    QAction *m_markRead = nullptr;
    QAction *m_markReported = nullptr;
    QAction *m_routine = nullptr;
    QAction *m_urgent = nullptr;
    QAction *m_stat = nullptr;
    QAction *m_sendTo = nullptr;
    QAction *m_sendSeriesTo = nullptr;
    QAction *m_reconcile = nullptr;
    QMenu *m_menu = nullptr;
    QTableView *m_table = nullptr;
    QListView *m_strip = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_paging = nullptr;
    QString m_selected;         ///< the selected study, kept across refreshes
    int m_selectedInstances = -1;
    bool m_sizedColumns = false;
    QTimer m_liveRefresh;
    SerialQueue m_writes{this};  ///< worklist writes reach the index in the order they were made
};

} // namespace strata::ui
