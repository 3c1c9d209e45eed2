#pragma once
/// The application window: the local study browser and the viewer as tabs, menus and a status
/// bar. Features (import, browsing, loading) live in their own classes; the window arranges them.
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace strata::ui {

class ImportController;
class ImportDialog;
class StatisticsPage;
class StudyBrowser;
class ReceiveController;
class SyncController;
class Viewer;
class QueryRetrievePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// A window on the data directory of strata::paths::dataDir().
    explicit MainWindow(QWidget *parent = nullptr);
    /// A window on the local cache under `dataDir`.
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the images under `folder` in the viewer (headers and slices read in the background).
    void openFolder(const QString &folder);
    /// Opens a study of the local cache in the viewer.
    void openStudy(const QString &studyInstanceUid);
    /// Imports files or folders into the local cache (with a progress dialog).
    ImportDialog *importPaths(const QStringList &paths);

    QString dataDir() const { return m_dataDir; }
    Viewer *viewer() const { return m_viewer; }
    StatisticsPage *statisticsPage() const { return m_statistics; }
    StudyBrowser *studyBrowser() const { return m_browser; }
    QueryRetrievePanel *queryRetrievePanel() const { return m_remote; }
    ImportController *importController() const { return m_import; }
    SyncController *syncController() const { return m_sync; }
    ReceiveController *receiveController() const { return m_receive; }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;
    /// Shows the window as the user left it (its saved geometry, maximized or not); the first time,
    /// maximized, so that it uses the screen.
    void showAsLeft();

signals:
    /// A study or folder is open in the viewer (its first series on screen or loading).
    void seriesLoaded();
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFolder();
    void showAbout();

    QString m_dataDir;
    QTabWidget *m_tabs = nullptr;
    StudyBrowser *m_browser = nullptr;
    QueryRetrievePanel *m_remote = nullptr;
    Viewer *m_viewer = nullptr;
    StatisticsPage *m_statistics = nullptr;
    bool m_statisticsCounted = false;
    ImportController *m_import = nullptr;
    SyncController *m_sync = nullptr;
    ReceiveController *m_receive = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace strata::ui
