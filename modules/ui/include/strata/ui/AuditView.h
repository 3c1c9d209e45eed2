#pragma once
/// The audit log in a window: its records with filters (action, user, object, outcome, dates), the
/// chain's verification and an export as DICOM audit messages. Reads, verification and the export
/// run off the GUI thread.
#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace strata::store {
struct AuditFilter;
struct AuditRecord;
} // namespace strata::store

namespace strata::ui {

class AuditView : public QDialog {
    Q_OBJECT
public:
    explicit AuditView(QString dataDir, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *actionFilter() const { return m_action; }
    QLineEdit *userFilter() const { return m_user; }
    QLineEdit *objectFilter() const { return m_object; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    QPushButton *verifyButton() const { return m_verify; }
    /// The verification's verdict as shown (empty before one ran).
    QString verifyText() const;
    /// Writes the shown records as DICOM audit messages to `file` (off the GUI thread; exported() says when).
    void exportTo(const QString &file);

public slots:
    /// Reads the records that match the filters (loaded() says when they are shown).
    void reload();
    /// Checks the chain (verified() says when the verdict is shown).
    void verify();

signals:
    void loaded();
    void verified(bool ok);
    void exported(bool ok);

private:
    void showRecords(const std::vector<store::AuditRecord> &records);
    store::AuditFilter filter() const;

    QString m_dataDir;
    QComboBox *m_action = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_object = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verdict = nullptr;
    quint64 m_generation = 0;
};

} // namespace strata::ui
