#include <strata/ui/ImportDialog.h>

#include <strata/core/Executors.h>

#include <QCloseEvent>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace strata::ui {
namespace {

QString megabytes(qint64 bytes) { return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1); }

QString duration(double seconds)
{
    if (seconds < 0)
        return ImportDialog::tr("estimating…");
    const int s = int(std::ceil(seconds));
    return s >= 3600 ? ImportDialog::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
           : s >= 60 ? ImportDialog::tr("%1 min %2 s").arg(s / 60).arg(s % 60)
                     : ImportDialog::tr("%1 s").arg(s);
}

} // namespace

ImportDialog::ImportDialog(QString dataDir, QStringList sources, QWidget *parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_sources(std::move(sources))
{
    setWindowTitle(tr("Import into the local cache"));
    setModal(false);
    resize(560, 420);

    auto *form = new QFormLayout;
    QStringList shown;
    for (const QString &s : std::as_const(m_sources))
        shown << QDir::toNativeSeparators(s);
    auto *source = new QLabel(shown.join(QLatin1Char('\n')), this);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source->setWordWrap(true);
    form->addRow(tr("From:"), source);
    m_files = new QLabel(tr("looking for files…"), this);
    m_bytes = new QLabel(QStringLiteral("–"), this);
    m_studies = new QLabel(QStringLiteral("0"), this);
    m_eta = new QLabel(duration(-1), this);
    form->addRow(tr("Files:"), m_files);
    form->addRow(tr("Data:"), m_bytes);
    form->addRow(tr("Studies found:"), m_studies);
    form->addRow(tr("Time left:"), m_eta);

    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_current = new QLabel(this);
    m_current->setMinimumWidth(100);
    m_current->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->hide();
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAlternatingRowColors(true);
    m_problems->hide();

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_current);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);

    m_job = new store::ImportJob(m_dataDir, m_sources);
    connect(m_job, &store::ImportJob::importProgress, this, &ImportDialog::showProgress);
    connect(m_job, &Job::finished, this, [this] { showSummary({}); });
    connect(m_job, &Job::failed, this, [this](const Error &e) {
        showSummary(e.code == ErrorCode::Cancelled ? QString() : e.message());
    });
}

ImportDialog::~ImportDialog()
{
    if (!m_started)
        delete m_job.data();  // never ran: nobody else will delete it
    else if (m_job)
        m_job->cancel();      // the job deletes itself when it stops
}

void ImportDialog::start()
{
    if (m_started || !m_job)
        return;
    m_started = true;
    startOwnedJob(m_job);
}

void ImportDialog::cancel()
{
    if (!isRunning() || !m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    cancel();  // closing the window while importing means stop
    event->accept();
}

QString ImportDialog::progressText() const
{
    return tr("%1; %2; %3 studies").arg(m_files->text(), m_bytes->text(), m_studies->text());
}

QString ImportDialog::summaryText() const { return m_result->text(); }

void ImportDialog::showProgress(const store::ImportProgress &p)
{
    if (m_done)
        return;
    const QLocale locale;
    m_files->setText(tr("%1 of %2").arg(locale.toString(p.filesDone), locale.toString(p.filesTotal)));
    m_bytes->setText(tr("%1 of %2 MB").arg(megabytes(p.bytesDone), megabytes(p.bytesTotal)));
    m_studies->setText(locale.toString(p.studiesFound));
    m_eta->setText(duration(p.etaSeconds));
    if (p.filesTotal > 0) {
        m_bar->setRange(0, p.filesTotal);
        m_bar->setValue(p.filesDone);
    }
    if (!p.currentFile.isEmpty())
        m_current->setText(m_current->fontMetrics().elidedText(QDir::toNativeSeparators(p.currentFile), Qt::ElideMiddle,
                                                                std::max(100, m_current->width())));
}

void ImportDialog::showSummary(const QString &failure)
{
    m_done = true;
    if (m_job)
        m_summary = m_job->summary();
    const store::ImportSummary &s = m_summary;
    const QLocale locale;

    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_eta->setText(tr("done in %1").arg(duration(s.seconds)));
    m_current->clear();
    m_studies->setText(locale.toString(int(s.studies.size())));

    QString text = tr("Imported %1, duplicates %2, conflicts %3, not DICOM %4, broken %5.")
                       .arg(locale.toString(s.imported), locale.toString(s.duplicates), locale.toString(s.conflicts),
                            locale.toString(int(s.notDicom.size())), locale.toString(int(s.broken.size())));
    if (s.cancelled)
        text.prepend(tr("Cancelled. "));
    if (!failure.isEmpty())
        text = tr("The import stopped: %1").arg(failure) + QLatin1Char('\n') + text;
    m_result->setText(text);
    m_result->setStyleSheet(failure.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_result->show();

    for (const QString &note : s.notes)
        m_problems->addItem(note);
    for (const Error &e : s.broken)
        m_problems->addItem(tr("%1 — broken: %2").arg(QDir::toNativeSeparators(e.subject), e.reason));
    for (const QString &path : s.notDicom)
        m_problems->addItem(tr("%1 — not a DICOM file").arg(QDir::toNativeSeparators(path)));
    for (const QString &line : s.conflictDetails)
        m_problems->addItem(tr("conflict: %1").arg(line));
    for (int i = 0; i < m_problems->count(); ++i)
        m_problems->item(i)->setToolTip(m_problems->item(i)->text());
    m_problems->setVisible(m_problems->count() > 0);

    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    emit importFinished();
}

} // namespace strata::ui
