#pragma once
/// "Send to…": sends studies of the local cache (or some of their series) to one or more registered nodes at once, with a
/// progress bar, a cancel and a result per node (sent, failed, and whether the node now holds each
/// study whole). The node list is read and the sends run off the GUI thread.
#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <map>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QGridLayout;

namespace strata::net {
class SendJob;
}

namespace strata::ui {

class SendDialog : public QDialog {
    Q_OBJECT
public:
    /// With seriesUids, only those series (of the given study) are sent, not the studies whole.
    SendDialog(QString dataDir, QStringList studyUids, QWidget *parent = nullptr, QStringList seriesUids = {});
    ~SendDialog() override;

    /// The registered nodes, checkable (filled in the background; nodesLoaded() says when).
    QListWidget *nodeList() const { return m_nodes; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// Whether a send is still running.
    bool isSending() const;
    /// What happened at a node, as its row shows it (empty before its send started).
    QString resultText(const QString &nodeName) const;
    /// Starts sending to the checked nodes.
    void send();

signals:
    void nodesLoaded();
    /// Every node's send has ended (done, failed or cancelled).
    void sendFinished();

private:
    struct Row {
        QPointer<net::SendJob> job;
        QProgressBar *bar = nullptr;
        QLabel *label = nullptr;
        bool done = false;
    };
    void loadNodes();
    void finishRow(const QString &node, const QString &text, bool ok);

    QString m_dataDir;
    QStringList m_studies;
    QStringList m_series;
    QListWidget *m_nodes = nullptr;
    QGridLayout *m_rowsLayout = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    std::map<QString, Row> m_rows;
};

} // namespace strata::ui
