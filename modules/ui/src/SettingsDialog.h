#pragma once
// The settings dialog: a list of pages on the left (Nodes, Receiving, Viewer, Language), the page on the right.
#include <QDialog>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace strata::ui {

class NodesPage;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// Settings of the local cache and registry under `dataDir`.
    explicit SettingsDialog(const QString &dataDir, QWidget *parent = nullptr);

    NodesPage *nodesPage() const { return m_nodes; }
    /// The interface language: "As the system" (no data) or a shipped language (its code).
    QComboBox *languageBox() const { return m_language; }

signals:
    /// The Viewer page changed a setting (already written to QSettings).
    void viewerSettingsChanged();
    /// The Receiving page changed a setting (already written to QSettings, ReceiveSettings).
    void receivingSettingsChanged();

private:
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    NodesPage *m_nodes = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace strata::ui
