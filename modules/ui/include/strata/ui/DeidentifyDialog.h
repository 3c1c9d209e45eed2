#pragma once
/// "Export De-identified…": writes studies of the local cache, de-identified by the PS3.15 Basic
/// Profile with the options the user ticks, as a file-set with a DICOMDIR in a folder (a patient
/// CD's content), with the report of every attribute changed beside it. The work runs off the GUI
/// thread, with a progress bar and a cancel; the export is recorded in the audit log.
#include <strata/core/Job.h>

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace strata::ui {

class DeidentifyDialog : public QDialog {
    Q_OBJECT
public:
    DeidentifyDialog(QString dataDir, QStringList studyUids, QWidget *parent = nullptr);
    ~DeidentifyDialog() override;

    /// The option boxes by name: retainDates, retainCharacteristics, cleanDescriptors, retainUids,
    /// keepPrivate, allowBurnedIn, writeReport.
    QCheckBox *option(const QString &name) const;
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *exportButton() const { return m_export; }
    /// The outcome as shown (empty before an export ended).
    QString resultText() const;
    bool isExporting() const { return m_running; }

public slots:
    /// Starts the export into the folder (which must be new or empty).
    void startExport();

signals:
    /// The export ended: written, or failed / cancelled (the text says which).
    void exportFinished(bool ok);

private:
    QString m_dataDir;
    QStringList m_studies;
    QLineEdit *m_folder = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    CancellationToken m_token;
    bool m_running = false;
};

} // namespace strata::ui
