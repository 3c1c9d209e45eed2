#pragma once
/// The application window: menus, a slice view and a status bar. Loading runs as a background job;
/// the window only arranges and reports.
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressBar;

namespace strata::ui {

class SliceView;
class SeriesLoader;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads the largest volume found under `folder` in the background.
    void openFolder(const QString &folder);
    SliceView *sliceView() const { return m_view; }
    QString statusText() const;

signals:
    void seriesLoaded();
    void loadFailed(const QString &message);

private:
    void chooseFolder();
    void showAbout();
    SliceView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPointer<SeriesLoader> m_loader;
};

} // namespace strata::ui
