// The audit log's window.
#include <strata/ui/AuditView.h>

#include <strata/core/Executors.h>
#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::ui {
namespace {

/// The records of `dataDir` that match, or an error in words.
/// The records the filter selects, and with `patients` each study's patient as the index knows it
/// now (for the DICOM audit messages).
Result<std::vector<store::AuditRecord>> readRecords(const QString &dataDir, const store::AuditFilter &filter,
                                                    store::AuditPatients *patients = nullptr)
{
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    auto log = service.value()->auditLog();
    if (!log.ok())
        return log.error();
    auto records = log.value()->list(filter);
    if (!records.ok() || !patients)
        return records;
    auto known = log.value()->patientsOf(records.value());
    if (!known.ok())
        return known.error();
    *patients = std::move(known.value());
    return records;
}

const QDate kAnyDate(2000, 1, 1);  // the date edits' "any" (their minimum)

} // namespace

AuditView::AuditView(QString dataDir, QWidget *parent) : QDialog(parent), m_dataDir(std::move(dataDir))
{
    setWindowTitle(tr("Audit Log"));
    setObjectName(QStringLiteral("auditView"));
    resize(1000, 600);

    m_action = new QComboBox(this);
    m_action->addItem(tr("All actions"), QString());
    for (const char *a : {"import", "receive", "retrieve", "query", "send", "export", "anonymize", "cd", "delete", "study-opened",
                          "node-change", "audit-export"})
        m_action->addItem(QLatin1String(a), QLatin1String(a));
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Success"), QStringLiteral("success"));
    m_outcome->addItem(tr("Failure"), QStringLiteral("failure"));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("OS user"));
    m_object = new QLineEdit(this);
    m_object->setPlaceholderText(tr("Study UID, node or text"));
    auto dateEdit = [this] {
        auto *d = new QDateEdit(this);
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAnyDate);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return d;
    };
    m_from = dateEdit();
    m_to = dateEdit();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_outcome);
    filters->addWidget(m_user);
    filters->addWidget(m_object, 1);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To"), this));
    filters->addWidget(m_to);

    m_table = new QTableWidget(0, 8, this);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Object"), tr("Outcome"), tr("Peer"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_verify = new QPushButton(tr("&Verify Chain"), this);
    auto *exportButton = new QPushButton(tr("&Export as DICOM Audit Messages…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_verdict, 1);
    buttons->addWidget(exportButton);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_user, &QLineEdit::editingFinished, this, &AuditView::reload);
    connect(m_object, &QLineEdit::editingFinished, this, &AuditView::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export Audit Messages"), QString(), tr("XML files (*.xml)"));
        if (!file.isEmpty())
            exportTo(file);
    });
    reload();
}

store::AuditFilter AuditView::filter() const
{
    store::AuditFilter f;
    f.action = m_action->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.user = m_user->text().trimmed();
    f.object = m_object->text().trimmed();
    if (m_from->date() > kAnyDate)
        f.from = m_from->date().startOfDay();
    if (m_to->date() > kAnyDate)
        f.to = m_to->date().addDays(1).startOfDay();
    return f;
}

void AuditView::reload()
{
    const quint64 generation = ++m_generation;
    runThen(this, Executor::Interactive, [dataDir = m_dataDir, f = filter()] { return readRecords(dataDir, f); },
            [this, generation](const Result<std::vector<store::AuditRecord>> &records) {
                if (generation != m_generation)
                    return;  // a newer filter is on its way
                if (!records.ok()) {
                    m_table->setRowCount(0);
                    m_verdict->setText(tr("The audit log cannot be read: %1").arg(records.error().message()));
                } else {
                    showRecords(records.value());
                }
                emit loaded();
            });
}

void AuditView::showRecords(const std::vector<store::AuditRecord> &records)
{
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < int(records.size()); ++row) {
        const store::AuditRecord &r = records[size_t(row)];
        const QString cells[] = {QString::number(r.id), r.time.toUTC().toString(Qt::ISODate), r.user, r.action, r.object,
                                 r.outcome, r.peer, r.detail};
        for (int c = 0; c < 8; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

void AuditView::verify()
{
    m_verify->setEnabled(false);
    runThen(this, Executor::Jobs,
            [dataDir = m_dataDir]() -> Result<store::AuditVerification> {
                auto service = store::StoreService::open(dataDir);
                if (!service.ok())
                    return service.error();
                auto log = service.value()->auditLog();
                if (!log.ok())
                    return log.error();
                return log.value()->verify();
            },
            [this](const Result<store::AuditVerification> &v) {
                m_verify->setEnabled(true);
                bool ok = false;
                if (!v.ok()) {
                    m_verdict->setText(tr("Verification failed to run: %1").arg(v.error().message()));
                } else if (v->ok) {
                    ok = true;
                    m_verdict->setText(tr("Verified: %n record(s); the chain is whole and matches its anchor.", nullptr, int(v->records))
                                       + (v->note.isEmpty() ? QString() : QStringLiteral(" ") + tr("Note: %1.").arg(v->note)));
                } else {
                    m_verdict->setText(tr("NOT verified: the first bad record is %1: %2").arg(v->firstBad).arg(v->reason));
                }
                emit verified(ok);
            });
}

QString AuditView::verifyText() const { return m_verdict->text(); }

void AuditView::exportTo(const QString &file)
{
    runThen(this, Executor::Jobs,
            [dataDir = m_dataDir, f = filter(), file]() -> Status {
                store::AuditPatients patients;   // as `strata audit export` names them
                auto records = readRecords(dataDir, f, &patients);
                if (!records.ok())
                    return records.error();
                const QByteArray xml = store::dicomAuditMessages(records.value(), patients);
                QSaveFile out(file);
                if (!out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size() || !out.commit())
                    return Error(ErrorCode::IoError, file, out.errorString());
                store::audit({QStringLiteral("audit-export"), QStringLiteral("%1 record(s)").arg(records->size()),
                              QStringLiteral("success"), file, {}},
                             dataDir);
                return {};
            },
            [this, file](const Status &s) {
                m_verdict->setText(s.ok() ? tr("Exported to %1").arg(file) : tr("Export failed: %1").arg(s.error().message()));
                emit exported(s.ok());
            });
}

} // namespace strata::ui
