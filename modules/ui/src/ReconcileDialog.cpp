#include <strata/ui/ReconcileDialog.h>

#include <strata/core/Executors.h>
#include <strata/dicom/Reconcile.h>
#include <strata/store/LocalCache.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace strata::ui {

namespace {

struct Loaded {
    std::optional<store::StudyRecord> study;
    QString error;
};

struct Outcome {
    bool ok = false;
    QString text;
};

} // namespace

ReconcileDialog::ReconcileDialog(QString dataDir, QString studyUid, QWidget *parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_study(std::move(studyUid))
{
    setWindowTitle(tr("Change Patient Details"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("File this study under the local patient record (a study from another hospital), or correct its "
                                "patient's details. Every file of the study is written again with the new values; the former ones "
                                "stay in each file. The study's copy on an archive is not changed: send it again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto add = [&](QWidget *w, const QString &label) { form->addRow(label, w); };
    add(m_family = edit("family", tr("Family name")), tr("&Family name:"));
    add(m_given = edit("given", tr("Given name(s)")), tr("&Given name:"));
    add(m_id = edit("id", tr("The local patient ID")), tr("Patient &ID:"));
    add(m_issuer = edit("issuer", tr("Who issued the ID (leave empty to keep)")), tr("I&ssuer of the ID:"));
    add(m_birth = edit("birthDate", tr("YYYYMMDD")), tr("&Birth date:"));
    m_birth->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_birth));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("Unknown"), QString());
    m_sex->addItem(tr("Male (M)"), QStringLiteral("M"));
    m_sex->addItem(tr("Female (F)"), QStringLiteral("F"));
    m_sex->addItem(tr("Other (O)"), QStringLiteral("O"));
    add(m_sex, tr("Se&x:"));
    add(m_accession = edit("accession", tr("The local order's accession number")), tr("&Accession number:"));
    m_correction = new QCheckBox(tr("These values correct errors (else they replace another institution's)"), this);
    m_correction->setObjectName(QStringLiteral("correction"));
    layout->addWidget(m_correction);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result = new QLabel(tr("Reading the study's details…"), this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setEnabled(false);
    m_cancel = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ReconcileDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_token.cancel();
        else
            reject();
    });

    // The study's details as the cache holds them, read off the GUI thread.
    runThen(this, Executor::Jobs,
            [dataDir = m_dataDir, study = m_study] {
                Loaded out;
                auto cache = store::LocalCache::open(dataDir);
                if (!cache.ok()) {
                    out.error = cache.error().message();
                    return out;
                }
                auto record = cache.value()->study(study);
                if (record.ok())
                    out.study = record.value();
                else
                    out.error = record.error().message();
                return out;
            },
            [this](const Loaded &loaded) {
                if (loaded.study) {
                    showStudy(*loaded.study);
                    m_result->clear();
                    m_apply->setEnabled(true);
                    m_loaded = true;
                } else {
                    m_result->setText(tr("The study's details could not be read: %1").arg(loaded.error));
                }
                emit this->loaded();
            });
}

ReconcileDialog::~ReconcileDialog() { m_token.cancel(); }

QLineEdit *ReconcileDialog::edit(const char *name, const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

void ReconcileDialog::showStudy(const store::StudyRecord &study)
{
    m_current = study;
    const QStringList parts = study.patientName.section(QLatin1Char('='), 0, 0).split(QLatin1Char('^'));
    m_family->setText(parts.value(0));
    m_given->setText(parts.value(1));
    m_id->setText(study.patientId);
    m_birth->setText(study.patientBirthDate);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(study.patientSex.trimmed().toUpper())));
    m_accession->setText(study.accessionNumber);
}

QWidget *ReconcileDialog::field(const QString &name) const { return findChild<QWidget *>(name); }

QString ReconcileDialog::resultText() const { return m_result->text(); }

void ReconcileDialog::apply()
{
    if (m_running || !m_loaded)
        return;
    dicom::PatientIdentityChange change;
    // The name: family and given as typed, the middle name, prefix and suffix it had.
    QStringList parts = m_current.patientName.section(QLatin1Char('='), 0, 0).split(QLatin1Char('^'));
    const QString family = m_family->text().trimmed(), given = m_given->text().trimmed();
    if (family != parts.value(0) || given != parts.value(1)) {
        while (parts.size() < 2)
            parts << QString();
        parts[0] = family;
        parts[1] = given;
        while (!parts.isEmpty() && parts.last().isEmpty())
            parts.removeLast();
        change.name = parts.join(QLatin1Char('^'));
    }
    auto differs = [](QLineEdit *e, const QString &was, std::optional<QString> &into) {
        if (const QString v = e->text().trimmed(); v != was)
            into = v;
    };
    differs(m_id, m_current.patientId, change.id);
    differs(m_birth, m_current.patientBirthDate, change.birthDate);
    differs(m_accession, m_current.accessionNumber, change.accessionNumber);
    if (const QString issuer = m_issuer->text().trimmed(); !issuer.isEmpty())
        change.issuer = issuer;
    if (const QString sex = m_sex->currentData().toString(); sex != m_current.patientSex.trimmed().toUpper())
        change.sex = sex;
    if (change.isEmpty()) {
        m_result->setText(tr("Nothing to change: the details are the study's."));
        return;
    }
    if (const QString problem = dicom::checkIdentityChange(change); !problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    const auto reason = m_correction->isChecked() ? dicom::ModificationReason::Correct : dicom::ModificationReason::Coerce;
    m_token = CancellationToken();
    m_running = true;
    m_apply->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_result->clear();
    m_progress->setValue(0);
    m_progress->show();
    QPointer<ReconcileDialog> self(this);
    runThen(this, Executor::Jobs,
            [dataDir = m_dataDir, study = m_study, change, reason, token = m_token, self] {
                Outcome out;
                auto cache = store::LocalCache::open(dataDir);
                if (!cache.ok()) {
                    out.text = cache.error().message();
                    return out;
                }
                auto report = cache.value()->reconcileStudy(study, change, reason, token, [self](const Progress &p) {
                    QMetaObject::invokeMethod(
                        qApp, [self, p] {
                            if (self) {
                                self->m_progress->setRange(0, int(std::max<qint64>(p.total, 0)));
                                self->m_progress->setValue(int(p.done));
                            }
                        },
                        Qt::QueuedConnection);
                });
                if (!report.ok()) {
                    out.text = QCoreApplication::translate("strata::ui::ReconcileDialog", "Nothing was changed: %1").arg(report.error().message());
                    return out;
                }
                out.ok = true;
                out.text = QCoreApplication::translate("strata::ui::ReconcileDialog", "%n file(s) written again. The study is now filed under %1%2.", nullptr,
                                                       report.value().instances)
                               .arg(report.value().patient,
                                    report.value().joinedPatient
                                        ? QCoreApplication::translate("strata::ui::ReconcileDialog", ", with this patient's other studies")
                                        : QString());
                return out;
            },
            [this](const Outcome &outcome) {
                m_running = false;
                m_cancel->setText(tr("Close"));
                m_progress->hide();
                m_result->setText(outcome.text);
                if (!outcome.ok)
                    m_apply->setEnabled(true);
                emit reconciled(outcome.ok);
            });
}

} // namespace strata::ui
