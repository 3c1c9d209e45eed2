#include <strata/ui/StudyFilterBar.h>

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace strata::ui {
namespace {

const QDate kNoDate(1900, 1, 1);

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(StudyFilterBar::tr("any"));  // shown while the date is the minimum: no limit
    edit->setDate(kNoDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit) { return edit->date() == kNoDate ? QDate() : edit->date(); }

} // namespace

StudyFilterBar::StudyFilterBar(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("patientNameFilter"));
    m_name->setPlaceholderText(tr("e.g. smith or sm*th^j*"));
    m_patientId = new QLineEdit(this);
    m_patientId->setObjectName(QStringLiteral("patientIdFilter"));
    m_accession = new QLineEdit(this);
    m_description = new QLineEdit(this);
    for (QLineEdit *edit : {m_name, m_patientId, m_accession, m_description}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::returnPressed, this, &StudyFilterBar::searchRequested);
    }
    m_modality = new QComboBox(this);
    m_modality->addItem(tr("Any"), QString());
    for (const char *m : {"CT", "MR", "CR", "DX", "MG", "US", "NM", "PT", "XA", "RF", "OT", "SC", "SR", "SEG", "RTSTRUCT",
                          "RTPLAN", "RTDOSE", "ECG"})
        m_modality->addItem(QString::fromLatin1(m), QString::fromLatin1(m));
    connect(m_modality, &QComboBox::activated, this, &StudyFilterBar::searchRequested);
    m_from = dateEdit(this);
    m_to = dateEdit(this);
    m_search = new QPushButton(tr("&Search"), this);
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setDefault(true);
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    connect(m_search, &QPushButton::clicked, this, &StudyFilterBar::searchRequested);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        clear();
        emit cleared();
    });

    auto *grid = m_grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Patient name:"), this), 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(new QLabel(tr("Patient ID:"), this), 0, 2);
    grid->addWidget(m_patientId, 0, 3);
    grid->addWidget(new QLabel(tr("Accession:"), this), 0, 4);
    grid->addWidget(m_accession, 0, 5);
    grid->addWidget(new QLabel(tr("Description:"), this), 1, 0);
    grid->addWidget(m_description, 1, 1);
    grid->addWidget(new QLabel(tr("Modality:"), this), 1, 2);
    grid->addWidget(m_modality, 1, 3);
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(new QLabel(tr("Study date from:"), this));
    m_buttons->addWidget(m_from);
    m_buttons->addWidget(new QLabel(tr("to:"), this));
    m_buttons->addWidget(m_to);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_search);
    m_buttons->addWidget(clearButton);
    grid->addLayout(m_buttons, 1, 4, 1, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
}

void StudyFilterBar::addButton(QPushButton *button)
{
    m_buttons->addWidget(button);
}

void StudyFilterBar::showWorklistFilters(const QString &settingsGroup)
{
    if (m_status)
        return;
    m_settingsGroup = settingsGroup;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), int(StatusFilter::All));
    m_status->addItem(tr("Unread"), int(StatusFilter::Unread));
    m_status->addItem(tr("Read"), int(StatusFilter::Read));
    m_status->addItem(tr("Reported"), int(StatusFilter::Reported));
    m_status->addItem(tr("Not reported"), int(StatusFilter::NotReported));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->addItem(tr("All"), int(PriorityFilter::All));
    m_priority->addItem(tr("Stat"), int(PriorityFilter::Stat));
    m_priority->addItem(tr("Urgent and Stat"), int(PriorityFilter::UrgentOrStat));
    const QSettings settings;
    m_status->setCurrentIndex(std::max(0, m_status->findData(settings.value(m_settingsGroup + QStringLiteral("/statusFilter"), 0).toInt())));
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(settings.value(m_settingsGroup + QStringLiteral("/priorityFilter"), 0).toInt())));
    for (QComboBox *combo : {m_status, m_priority})
        connect(combo, &QComboBox::activated, this, [this] {
            saveWorklistFilters();
            emit searchRequested();
        });
    auto *row = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *priorityLabel = new QLabel(tr("P&riority:"), this);
    priorityLabel->setBuddy(m_priority);
    row->addWidget(statusLabel);
    row->addWidget(m_status);
    row->addWidget(priorityLabel);
    row->addWidget(m_priority);
    row->addStretch(1);
    m_grid->addLayout(row, 2, 0, 1, 6);
}

StudyFilterBar::StatusFilter StudyFilterBar::statusFilter() const
{
    return m_status ? StatusFilter(m_status->currentData().toInt()) : StatusFilter::All;
}

StudyFilterBar::PriorityFilter StudyFilterBar::priorityFilter() const
{
    return m_priority ? PriorityFilter(m_priority->currentData().toInt()) : PriorityFilter::All;
}

void StudyFilterBar::setStatusFilter(StatusFilter filter)
{
    if (!m_status)
        return;
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(filter))));
    saveWorklistFilters();
    emit searchRequested();
}

void StudyFilterBar::setPriorityFilter(PriorityFilter filter)
{
    if (!m_priority)
        return;
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(int(filter))));
    saveWorklistFilters();
    emit searchRequested();
}

void StudyFilterBar::saveWorklistFilters() const
{
    if (!m_status)
        return;
    QSettings settings;
    settings.setValue(m_settingsGroup + QStringLiteral("/statusFilter"), m_status->currentData().toInt());
    settings.setValue(m_settingsGroup + QStringLiteral("/priorityFilter"), m_priority->currentData().toInt());
}

store::StudyQuery StudyFilterBar::filters() const
{
    store::StudyQuery q;
    q.patientName = m_name->text().trimmed();
    q.patientId = m_patientId->text().trimmed();
    q.accessionNumber = m_accession->text().trimmed();
    q.studyDescription = m_description->text().trimmed();
    q.modality = m_modality->currentData().toString();
    q.from = dateOf(m_from);
    q.to = dateOf(m_to);
    using S = store::ReadingStatus;
    switch (statusFilter()) {
    case StatusFilter::All: break;
    case StatusFilter::Unread: q.readingStatuses = {S::Unread}; break;
    case StatusFilter::Read: q.readingStatuses = {S::Read}; break;
    case StatusFilter::Reported: q.readingStatuses = {S::Reported}; break;
    case StatusFilter::NotReported: q.readingStatuses = {S::Unread, S::Read}; break;
    }
    switch (priorityFilter()) {
    case PriorityFilter::All: break;
    case PriorityFilter::Stat: q.priorities = {store::Priority::Stat}; break;
    case PriorityFilter::UrgentOrStat: q.priorities = {store::Priority::Urgent, store::Priority::Stat}; break;
    }
    return q;
}

void StudyFilterBar::clear()
{
    for (QLineEdit *edit : {m_name, m_patientId, m_accession, m_description})
        edit->clear();
    m_modality->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
}

} // namespace strata::ui
