#include <strata/ui/MainWindow.h>

#include <strata/core/Executors.h>
#include <strata/core/Paths.h>
#include <strata/store/ImportPipeline.h>
#include <strata/ui/AuditView.h>
#include <strata/ui/DeidentifyDialog.h>
#include <strata/ui/ImportController.h>
#include <strata/ui/ImportDialog.h>
#include <strata/ui/QueryRetrievePanel.h>
#include <strata/ui/RemovableMediaWatcher.h>
#include <strata/ui/StatisticsPage.h>
#include <strata/ui/models/StudyTableModel.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/ReceiveController.h>
#include <strata/ui/SyncController.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>

#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QCloseEvent>
#include <QSettings>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace strata::ui {
namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (mime && mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(paths::dataDir(), parent) {}

MainWindow::MainWindow(const QString &dataDir, QWidget *parent) : QMainWindow(parent), m_dataDir(dataDir)
{
    setWindowTitle(tr("Strata"));
    resize(1200, 850);
    setAcceptDrops(true);

    m_status = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_import = new ImportController(m_dataDir, this);
    m_browser = new StudyBrowser(m_dataDir, this);
    m_viewer = new Viewer(m_dataDir, this);
    m_tabs = new QTabWidget(this);
    m_remote = new QueryRetrievePanel(m_dataDir, this);
    m_tabs->addTab(m_browser, tr("Local"));
    m_tabs->addTab(m_remote, tr("Query/Retrieve"));
    m_tabs->addTab(m_viewer, tr("Viewer"));
    m_statistics = new StatisticsPage(m_dataDir, this);
    m_tabs->addTab(m_statistics, tr("Statistics"));
    // Counted when first shown and after each import (in the background).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_statistics && !m_statisticsCounted) {
            m_statisticsCounted = true;
            m_statistics->refresh();
        }
    });
    auto recount = [this] {
        if (m_statisticsCounted)
            m_statistics->refresh();
    };
    connect(m_import, &ImportController::importFinished, this, recount);
    connect(m_remote, &QueryRetrievePanel::studyRetrieved, this, recount);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_import->mediaBar());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_import, &ImportController::importStarted, m_browser, &StudyBrowser::watchImport);
    connect(m_import, &ImportController::importStarted, this, [this] { m_tabs->setCurrentWidget(m_browser); });
    connect(m_browser, &StudyBrowser::openStudyRequested, this, &MainWindow::openStudy);
    // A study shown in the viewer whose files were written again: opened again from its new files
    // (the former ones are gone), with its new patient details.
    connect(m_browser, &StudyBrowser::studyReconciled, this, [this](const QString &study) {
        if (m_viewer->study() && m_viewer->study()->studyUid == study && !m_viewer->study()->dataDir.isEmpty())
            m_viewer->openStudy(study);
    });
    connect(m_remote, &QueryRetrievePanel::studyRetrieved, m_browser, &StudyBrowser::search);
    connect(m_viewer, &Viewer::statusMessage, m_status, &QLabel::setText);
    connect(m_viewer, &Viewer::progressChanged, this, [this](const Progress &p) {
        m_progress->setVisible(true);
        m_progress->setRange(0, int(std::max<qint64>(p.total, 0)));
        m_progress->setValue(int(p.done));
    });
    connect(m_viewer, &Viewer::studyLoaded, this, [this] {
        // The loader marked the study read in the index: the worklist shows it.
        m_browser->studyModel()->refresh();
        m_progress->hide();
        m_tabs->setCurrentWidget(m_viewer);
        m_viewer->activeViewport()->setFocus();
        emit seriesLoaded();
    });
    connect(m_viewer, &Viewer::loadFailed, this, [this](const QString &message) {
        m_progress->hide();
        emit loadFailed(message);
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_import->addActions(file);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        auto *dialog = new SettingsDialog(m_dataDir, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::viewerSettingsChanged, m_viewer, &Viewer::applySettings);
        connect(dialog, &SettingsDialog::receivingSettingsChanged, m_receive, &ReceiveController::apply);
        dialog->open();
    });
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    // Privacy: the studies selected in the browser, de-identified; the audit log.
    file->addAction(tr("Export &De-identified…"), this, [this] {
        const QStringList studies = m_browser->selectedStudies();
        if (studies.isEmpty()) {
            m_status->setText(tr("Select the studies to export in the study browser first."));
            return;
        }
        auto *dialog = new DeidentifyDialog(m_dataDir, studies, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    file->addAction(tr("&Audit Log…"), this, [this] {
        auto *view = new AuditView(m_dataDir, this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    for (QMenu *menu : m_viewer->menus())
        menuBar()->addMenu(menu);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Strata"), this, &MainWindow::showAbout);

    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_sync = new SyncController(m_dataDir, this);
    statusBar()->addPermanentWidget(m_sync->light());
    m_browser->followSync(m_sync);
    // Studies pushed to this workstation (Settings → Receiving) show in the Local tab as they arrive.
    m_receive = new ReceiveController(m_dataDir, this);
    statusBar()->addPermanentWidget(m_receive->label());
    connect(m_receive, &ReceiveController::studiesArrived, m_browser, &StudyBrowser::search);
    // A C-MOVE from the Query/Retrieve tab goes into that receiver while it runs (the PACS knows
    // one address for this workstation's AE title).
    m_remote->setMoveReceiver([receive = QPointer<ReceiveController>(m_receive)] { return receive ? receive->receiver() : nullptr; });

    m_import->mediaWatcher()->start();
}

void MainWindow::showAsLeft()
{
    const QByteArray geometry = QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        show();   // restoreGeometry() brings back the maximized state too
    else
        showMaximized();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    m_import->cancelAll();
    m_remote->cancelAll();
    // Jobs must not outlive what they report to; they stop soon after being cancelled. The
    // window's short reads finish too, so nothing touches the index once the window is gone.
    executor(Executor::Jobs)->waitForDone();
    executor(Executor::Interactive)->waitForDone();
    executor(Executor::Render)->waitForDone();
}

QString MainWindow::statusText() const { return m_status->text(); }

ImportDialog *MainWindow::importPaths(const QStringList &paths) { return m_import->importPaths(paths); }

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::openFolder(const QString &folder)
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_viewer->openPaths({folder});
}

void MainWindow::openStudy(const QString &studyUid)
{
    if (studyUid.isEmpty())
        return;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_viewer->openStudy(studyUid);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Strata"),
                       tr("<b>Strata</b> %1<br>An open-source DICOM diagnostic workstation.").arg(QApplication::applicationVersion()));
}

} // namespace strata::ui
