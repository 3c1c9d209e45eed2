#pragma once
/// The study filters a reader types (patient name, ID, accession, description, modality, study
/// dates), shared by the local browser and the query/retrieve panel so both search alike.
#include <strata/store/Records.h>

#include <QWidget>

class QComboBox;
class QGridLayout;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QPushButton;

namespace strata::ui {

class StudyFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit StudyFilterBar(QWidget *parent = nullptr);

    /// The filters as typed (empty fields = no limit).
    store::StudyQuery filters() const;
    QLineEdit *patientNameEdit() const { return m_name; }
    QLineEdit *patientIdEdit() const { return m_patientId; }
    QPushButton *searchButton() const { return m_search; }
    /// Extra buttons (e.g. Cancel) go after Search and Clear.
    void addButton(QPushButton *button);
    /// Adds the reading worklist filters (status: All / Unread / Read / Reported / Not reported;
    /// priority: All / Stat / Urgent and Stat) for the local cache; their choice is remembered in
    /// QSettings under `settingsGroup` and restored here. Without this call the bar has none
    /// (a remote archive knows no reading status).
    void showWorklistFilters(const QString &settingsGroup = QStringLiteral("browser"));
    enum class StatusFilter { All, Unread, Read, Reported, NotReported };
    enum class PriorityFilter { All, Stat, UrgentOrStat };
    StatusFilter statusFilter() const;
    PriorityFilter priorityFilter() const;
    /// Chooses a worklist filter as the user would (remembered, emits searchRequested).
    void setStatusFilter(StatusFilter filter);
    void setPriorityFilter(PriorityFilter filter);
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *priorityCombo() const { return m_priority; }

public slots:
    void clear();

signals:
    /// Return pressed in a field, Search clicked, or the modality chosen.
    void searchRequested();
    /// Clear clicked (the fields are empty by then).
    void cleared();

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_patientId = nullptr;
    QLineEdit *m_accession = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_modality = nullptr;
    QComboBox *m_status = nullptr;    ///< null until showWorklistFilters()
    QComboBox *m_priority = nullptr;
    QString m_settingsGroup;
    QGridLayout *m_grid = nullptr;
    void saveWorklistFilters() const;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_search = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace strata::ui
