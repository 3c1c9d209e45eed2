#pragma once
/// "Change Patient Details…": files a study of the local cache under the local patient record (a
/// study from another hospital's CD, before it is read and sent on), or corrects its patient's
/// details: name, ID and issuer, birth date, sex, accession number. The study's files are written
/// again with the new values, the former ones kept in each file (LocalCache::reconcileStudy); the
/// work runs off the GUI thread with a progress bar and a cancel, and is audited.
#include <strata/core/Job.h>
#include <strata/store/Records.h>

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace strata::ui {

class ReconcileDialog : public QDialog {
    Q_OBJECT
public:
    ReconcileDialog(QString dataDir, QString studyUid, QWidget *parent = nullptr);
    ~ReconcileDialog() override;

    /// The fields by name: family, given, id, issuer, birthDate, accession (line edits); sex (a
    /// combo box: unknown, M, F, O); correction (a check box: the values correct errors).
    QWidget *field(const QString &name) const;
    QPushButton *applyButton() const { return m_apply; }
    /// Whether the study's current details are shown (read off the GUI thread).
    bool isLoaded() const { return m_loaded; }
    QString resultText() const;

public slots:
    /// Writes the details that differ from the study's.
    void apply();

signals:
    /// The study's details were read and shown (or could not be: the text says why).
    void loaded();
    /// The change ended: done, or refused / failed / cancelled (the text says which).
    void reconciled(bool ok);

private:
    QLineEdit *edit(const char *name, const QString &placeholder);
    void showStudy(const store::StudyRecord &study);

    QString m_dataDir;
    QString m_study;
    store::StudyRecord m_current;
    QLineEdit *m_family = nullptr, *m_given = nullptr, *m_id = nullptr, *m_issuer = nullptr, *m_birth = nullptr, *m_accession = nullptr;
    QComboBox *m_sex = nullptr;
    QCheckBox *m_correction = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
    CancellationToken m_token;
    bool m_loaded = false;
    bool m_running = false;
};

} // namespace strata::ui
