#pragma once
/// The local cache's study browser: a filter bar, the paged and sortable study table, and a strip
/// with a thumbnail per series of the selected study. Follows running imports live. All database
/// and decoding work happens in its models, off the GUI thread.
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace strata::store {
class ImportJob;
struct StudyQuery;
}

namespace strata::ui {

class SeriesThumbnailModel;
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
    void selectStudy(const QString &studyInstanceUid);
    /// Refreshes the table while `job` commits batches, and once more when it ends.
    void watchImport(store::ImportJob *job);
    /// The filters as typed in the bar.
    store::StudyQuery filtersFromBar() const;

public slots:
    void search();
    void clearFilters();
    void nextPage();
    void previousPage();

signals:
    void openStudyRequested(const QString &studyInstanceUid);

private:
    void updatePaging();
    void restoreSelection();
    void selectionChanged();

    QString m_dataDir;
    StudyTableModel *m_model = nullptr;
    SeriesThumbnailModel *m_series = nullptr;
    class StudyFilterBar *m_filters = nullptr;
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
};

} // namespace strata::ui
