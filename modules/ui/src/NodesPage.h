#pragma once
// Settings → Nodes: the registry of remote nodes. A list, a form with inline validation messages
// (net::validateNode as the user types), Save / Remove, and Test, which probes the node on the
// Jobs executor and shows what it supports as check marks. The registry (the index, the keychain)
// is only read and written off the GUI thread: the list loads on the Interactive executor while
// the page shows "Loading the nodes…".
#include <strata/core/Executors.h>
#include <strata/net/Node.h>

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace strata::ui {

class NodesPage : public QWidget {
    Q_OBJECT
public:
    explicit NodesPage(const QString &dataDir, QWidget *parent = nullptr);
    ~NodesPage() override;

    /// The node as the form describes it (secret as typed; empty = keep the stored one).
    net::Node formNode() const;
    /// What the form's problems are now (also shown on the page).
    QStringList problems() const;
    /// Is a Test or Save running?
    bool isBusy() const { return m_busy > 0; }
    /// Is the list of nodes still being read?
    bool isLoading() const { return m_loading; }

    /// Fills the form with a new, empty node.
    void addNode();
    /// Shows a node of the registry in the form (read off the GUI thread; shown when it is in).
    void selectNode(const QString &name);
    /// Saves the form (validated; the secret goes to the keychain) on the job pool.
    void save();
    /// Removes the selected node (and its keychain entry) on the job pool.
    void removeSelected();
    /// Probes the form's node on the job pool; the results show as check marks.
    void test();

signals:
    void testFinished(bool ok);
    void saveFinished(bool ok);
    void nodesChanged();
    /// The list of nodes is in (or could not be read: the status says why).
    void nodesLoaded();

private:
    struct Listing;
    struct Selected;
    void showListing(const Listing &listing);
    void showSelected(const net::Node &node, bool secretStored);
    void finishLoading();
    bool formIsBlank() const;
    void showNode(const net::Node &node, bool stored);
    void validate();
    void showCapabilities(const net::Capabilities &caps);
    void setBusy(bool busy);

    QString m_dataDir;
    LatestRequest m_listing{this};     // the list of nodes (at start-up)
    LatestRequest m_selection{this};   // the node the list's selection asks for
    bool m_loading = false;
    QString m_editing;                 // the stored node the form edits (empty: a new one)
    bool m_secretStored = false;
    net::Capabilities m_capabilities;  // what the last Test found for the form's node
    int m_busy = 0;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_aeTitle = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_callingAe = nullptr;
    QLineEdit *m_dicomWeb = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_tlsCa = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QCheckBox *m_tlsVerify = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QMap<QString, QLabel *> m_capabilityLabels;  // key: "echo", "cGet", ... (object names "capability-<key>")
};

} // namespace strata::ui
