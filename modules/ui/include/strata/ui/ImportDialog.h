#pragma once
/// Imports files into the local cache in the background and shows how it goes: files, data,
/// studies found and time left while it runs, Cancel, then the summary with every file that was
/// not imported and why. Non-modal; the GUI thread never waits on the import.
#include <strata/store/ImportPipeline.h>

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace strata::ui {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(QString dataDir, QStringList sources, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The job, until it has finished and deleted itself. Connect to it before start().
    store::ImportJob *job() const { return m_job; }
    /// Starts the import on the global thread pool.
    void start();
    /// Asks the import to stop; the summary then shows what was imported so far.
    void cancel();
    bool isRunning() const { return m_started && !m_done; }
    bool isDone() const { return m_done; }
    const store::ImportSummary &summary() const { return m_summary; }
    /// Files that were not imported, one line each with the reason.
    QListWidget *problemList() const { return m_problems; }
    QString progressText() const;
    QString summaryText() const;

signals:
    /// The import ended (finished, failed or cancelled); summary() is filled.
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showProgress(const store::ImportProgress &progress);
    void showSummary(const QString &failure);

    QString m_dataDir;
    QStringList m_sources;
    QPointer<store::ImportJob> m_job;
    store::ImportSummary m_summary;
    bool m_started = false;
    bool m_done = false;
    QLabel *m_files = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_studies = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_bar = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace strata::ui
