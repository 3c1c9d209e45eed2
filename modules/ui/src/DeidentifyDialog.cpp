// The de-identified export dialog.
#include <strata/ui/DeidentifyDialog.h>

#include <strata/core/Executors.h>
#include <strata/dicom/Deidentify.h>
#include <strata/store/AuditLog.h>
#include <strata/store/LocalCache.h>

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

namespace strata::ui {
namespace {

/// What the export did, in words for the dialog.
struct Outcome {
    bool ok = false;
    QString text;
};

Outcome runExport(const QString &dataDir, const QStringList &studies, const QString &folder, const dicom::DeidentifyOptions &options,
                  bool report, const CancellationToken &cancel, const std::function<void(const Progress &)> &progress)
{
    auto fail = [&](const QString &why) {
        store::audit({QStringLiteral("anonymize"), studies.join(QLatin1Char(' ')), QStringLiteral("failure"), folder, why}, dataDir);
        return Outcome{false, why};
    };
    const QFileInfo target(folder);
    if (target.exists() && (!target.isDir() || !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return Outcome{false, QCoreApplication::translate("strata::ui::DeidentifyDialog", "%1 is not an empty folder").arg(folder)};
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return fail(cache.error().message());
    // Images a rejection note withdraws (wrong patient, rejected for quality) are left out.
    auto copy = cache.value()->filesForCopy(studies, false);
    if (!copy.ok())
        return fail(copy.error().message());
    if (copy->files.isEmpty())
        return fail(copy->withdrawnNote());
    const dicom::Deidentifier deid(options);
    auto set = dicom::writeDeidentifiedFileSet(deid, copy->files, target.absoluteFilePath(), cancel, progress);
    if (!set.ok())
        return fail(set.error().message());
    QString reportFile;
    if (report) {
        reportFile = target.absoluteFilePath() + QStringLiteral("-report.json");
        QSaveFile f(reportFile);
        const QByteArray bytes = dicom::deidentificationReport(deid, set.value(), true);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(QStringLiteral("%1: %2").arg(reportFile, f.errorString()));
    }
    store::audit({QStringLiteral("anonymize"), studies.join(QLatin1Char(' ')),
                  set->refused.isEmpty() ? QStringLiteral("success") : QStringLiteral("failure"), target.absoluteFilePath(),
                  QStringLiteral("%1 file(s) written, %2 refused; %3").arg(set->files.size()).arg(set->refused.size()).arg(deid.methodText())
                      + (copy->withdrawn.isEmpty() ? QString() : QStringLiteral("; ") + copy->withdrawnNote())},
                 dataDir);
    QString text = QCoreApplication::translate("strata::ui::DeidentifyDialog", "Wrote %n de-identified file(s) with a DICOMDIR.", nullptr,
                                               int(set->files.size()));
    if (!set->refused.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("strata::ui::DeidentifyDialog", "%n file(s) refused (first: %1).", nullptr,
                                                               int(set->refused.size())).arg(set->refused.first());
    if (!copy->withdrawn.isEmpty())
        text += QLatin1Char(' ') + copy->withdrawnNote() + QLatin1Char('.');
    if (!reportFile.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("strata::ui::DeidentifyDialog", "Report: %1").arg(reportFile);
    return Outcome{true, text};
}

} // namespace

DeidentifyDialog::DeidentifyDialog(QString dataDir, QStringList studyUids, QWidget *parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_studies(std::move(studyUids))
{
    setWindowTitle(tr("Export De-identified"));
    setObjectName(QStringLiteral("deidentifyDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n study(ies), de-identified by the DICOM Basic Application Level Confidentiality Profile "
                                    "(PS3.15 Annex E), as a file-set with a DICOMDIR.", nullptr, int(m_studies.size())),
                                 this));
    auto box = [this, layout](const char *name, const QString &text, bool checked) {
        auto *b = new QCheckBox(text, this);
        b->setObjectName(QLatin1String(name));
        b->setChecked(checked);
        layout->addWidget(b);
        return b;
    };
    box("retainDates", tr("Retain longitudinal dates (shifted by one offset per patient)"), false);
    box("retainCharacteristics", tr("Retain patient characteristics (sex, age, size, weight…)"), false);
    box("cleanDescriptors", tr("Keep descriptions, cleaned of names and IDs"), false);
    box("retainUids", tr("Retain UIDs (else replaced consistently)"), false);
    box("keepPrivate", tr("Keep safe private elements (Retain Safe Private)"), false);
    box("allowBurnedIn", tr("Allow images with burned-in annotation (with a warning)"), false);
    box("writeReport", tr("Write a report of every attribute changed beside the folder"), true);

    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    layout->addLayout(folderRow);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_export = new QPushButton(tr("&Export"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export De-identified To"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_export, &QPushButton::clicked, this, &DeidentifyDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_token.cancel();
        else
            reject();
    });
}

DeidentifyDialog::~DeidentifyDialog() { m_token.cancel(); }

QCheckBox *DeidentifyDialog::option(const QString &name) const { return findChild<QCheckBox *>(name); }

QString DeidentifyDialog::resultText() const { return m_result->text(); }

void DeidentifyDialog::startExport()
{
    if (m_running)
        return;
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_result->setText(tr("Choose a folder to export to."));
        return;
    }
    dicom::DeidentifyOptions o;
    o.retainLongitudinal = option(QStringLiteral("retainDates"))->isChecked();
    o.retainPatientCharacteristics = option(QStringLiteral("retainCharacteristics"))->isChecked();
    o.cleanDescriptors = option(QStringLiteral("cleanDescriptors"))->isChecked();
    o.retainUids = option(QStringLiteral("retainUids"))->isChecked();
    o.keepPrivate = option(QStringLiteral("keepPrivate"))->isChecked();
    o.allowBurnedIn = option(QStringLiteral("allowBurnedIn"))->isChecked();
    const bool report = option(QStringLiteral("writeReport"))->isChecked();
    m_token = CancellationToken();
    m_running = true;
    m_export->setEnabled(false);
    m_cancel->setText(tr("Cancel Export"));
    m_result->clear();
    m_progress->setValue(0);
    m_progress->show();
    QPointer<DeidentifyDialog> self(this);
    runThen(this, Executor::Jobs,
            [dataDir = m_dataDir, studies = m_studies, folder, o, report, token = m_token, self] {
                return runExport(dataDir, studies, folder, o, report, token, [self](const Progress &p) {
                    QMetaObject::invokeMethod(
                        qApp, [self, p] {
                            if (self) {
                                self->m_progress->setRange(0, int(std::max<qint64>(p.total, 0)));
                                self->m_progress->setValue(int(p.done));
                                self->m_progress->setFormat(p.stage + QStringLiteral(" %v/%m"));
                            }
                        },
                        Qt::QueuedConnection);
                });
            },
            [this](const Outcome &outcome) {
                m_running = false;
                m_export->setEnabled(true);
                m_cancel->setText(tr("Close"));
                m_progress->hide();
                m_result->setText(outcome.text);
                emit exportFinished(outcome.ok);
            });
}

} // namespace strata::ui
