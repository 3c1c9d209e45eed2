#pragma once
/// The query/retrieve panel beside the local browser: the same filters, any number of registered
/// nodes queried at once (results appear as each node answers, marked by node), and retrieve into
/// the local cache with per-study progress and cancel. All network work runs in jobs.
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace strata::net {
class QueryJob;
class RetrieveJob;
class StorageScp;
} // namespace strata::net

namespace strata::ui {

class StudyFilterBar;

class QueryRetrievePanel : public QWidget {
    Q_OBJECT
public:
    enum Column { NodesColumn, NameColumn, IdColumn, DateColumn, ModalityColumn, DescriptionColumn, AccessionColumn,
                  SeriesColumn, InstancesColumn, StatusColumn, ColumnCount };
    enum Role { StudyUidRole = Qt::UserRole + 1, ProgressRole, NodesRole /* QStringList: the nodes holding the study */ };

    explicit QueryRetrievePanel(QString dataDir, QWidget *parent = nullptr);
    ~QueryRetrievePanel() override;

    StudyFilterBar *filterBar() const { return m_filters; }
    QListWidget *nodeList() const { return m_nodes; }
    QTableView *table() const { return m_table; }
    QStandardItemModel *results() const { return m_model; }
    QPushButton *retrieveButton() const { return m_retrieve; }
    QString statusText() const;
    bool isQuerying() const { return !m_query.isNull(); }
    int retrievesRunning() const { return m_retrieves.size(); }
    /// The window's receiver while it runs (null otherwise): a C-MOVE under its AE title goes into
    /// it (net::RetrieveRequest::moveReceiver).
    void setMoveReceiver(std::function<std::shared_ptr<net::StorageScp>()> receiver) { m_moveReceiver = std::move(receiver); }

public slots:
    /// Reads the registry again (after the nodes page changed it).
    void reloadNodes();
    void search();
    void retrieveSelected();
    void cancelAll();

signals:
    void nodesLoaded(int count);
    void queryFinished();
    /// A study is now in the local cache (the browser refreshes).
    void studyRetrieved(const QString &studyInstanceUid);
    void retrieveFailed(const QString &studyInstanceUid, const QString &message);

private:
    int rowForStudy(const QString &studyUid) const;
    void setStatus(int row, const QString &text, int progress = -1);

    QString m_dataDir;
    StudyFilterBar *m_filters = nullptr;
    QListWidget *m_nodes = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_retrieve = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPointer<net::QueryJob> m_query;
    QList<QPointer<net::RetrieveJob>> m_retrieves;
    QStringList m_nodeErrors;
    std::function<std::shared_ptr<net::StorageScp>()> m_moveReceiver;
};

} // namespace strata::ui
