#include <strata/ui/ImportController.h>

#include <strata/ui/ImportDialog.h>
#include <strata/ui/RemovableMediaWatcher.h>

#include <QAction>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace strata::ui {

ImportController::ImportController(QString dataDir, QWidget *window)
    : QObject(window), m_dataDir(std::move(dataDir)), m_window(window)
{
    m_importFolder = new QAction(tr("&Import Folder…"), this);
    m_importFolder->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importFolder->setStatusTip(tr("Copy the DICOM files of a folder, a CD or a zip into the local cache"));
    connect(m_importFolder, &QAction::triggered, this, &ImportController::chooseFolder);
    m_importFiles = new QAction(tr("Import &Files…"), this);
    m_importFiles->setStatusTip(tr("Copy DICOM files, DICOMDIRs or zips into the local cache"));
    connect(m_importFiles, &QAction::triggered, this, &ImportController::chooseFiles);

    m_mediaBar = new QFrame(window);
    m_mediaBar->setObjectName(QStringLiteral("mediaBar"));
    m_mediaBar->setFrameShape(QFrame::StyledPanel);
    m_mediaBar->setStyleSheet(QStringLiteral("#mediaBar { background: #fff8e1; }"));
    m_mediaText = new QLabel(m_mediaBar);
    auto *importButton = new QPushButton(m_mediaBar);
    importButton->setObjectName(QStringLiteral("mediaImportButton"));
    auto *dismiss = new QToolButton(m_mediaBar);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    auto *bar = new QHBoxLayout(m_mediaBar);
    bar->setContentsMargins(8, 2, 4, 2);
    bar->addWidget(m_mediaText, 1);
    bar->addWidget(importButton);
    bar->addWidget(dismiss);
    m_mediaImport = new QAction(this);
    connect(importButton, &QPushButton::clicked, m_mediaImport, &QAction::trigger);
    connect(m_mediaImport, &QAction::changed, importButton, [this, importButton] { importButton->setText(m_mediaImport->text()); });
    connect(m_mediaImport, &QAction::triggered, this, [this] {
        m_mediaBar->hide();
        // The disc's DICOMDIR; a disc burnt without one is read whole.
        importPaths({m_mediaDicomdir.isEmpty() ? m_mediaRoot : m_mediaDicomdir});
    });
    connect(dismiss, &QToolButton::clicked, m_mediaBar, &QWidget::hide);
    m_mediaBar->hide();

    m_watcher = new RemovableMediaWatcher(this);
    connect(m_watcher, &RemovableMediaWatcher::dicomMediaMounted, this, &ImportController::offerMedia);
    connect(m_watcher, &RemovableMediaWatcher::mediaUnmounted, this, [this](const QString &root) {
        if (root == m_mediaRoot)
            m_mediaBar->hide();
    });
}

ImportController::~ImportController() { cancelAll(); }

void ImportController::addActions(QMenu *menu)
{
    menu->addAction(m_importFolder);
    menu->addAction(m_importFiles);
}

void ImportController::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a folder of DICOM files"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import DICOM files"), QString(),
                                                            tr("DICOM files (*.dcm *.dicom *.zip *.iso DICOMDIR);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

ImportDialog *ImportController::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_dataDir, paths, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs << dialog;
    connect(dialog, &ImportDialog::importFinished, this, &ImportController::importFinished);
    emit importStarted(dialog->job());
    dialog->start();
    dialog->show();
    return dialog;
}

QList<ImportDialog *> ImportController::runningImports() const
{
    QList<ImportDialog *> running;
    for (const QPointer<ImportDialog> &d : m_dialogs)
        if (d && d->isRunning())
            running << d.data();
    return running;
}

void ImportController::cancelAll()
{
    for (ImportDialog *d : runningImports())
        d->cancel();
}

void ImportController::offerMedia(const QString &root, const QString &name, const QString &dicomdir)
{
    m_mediaRoot = root;
    m_mediaDicomdir = dicomdir;
    m_mediaText->setText(tr("A DICOM disc or drive was inserted: %1").arg(name));
    m_mediaImport->setText(tr("Import this CD (%1)").arg(name));
    m_mediaBar->show();
}

} // namespace strata::ui
