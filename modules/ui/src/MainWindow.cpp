#include <strata/ui/MainWindow.h>

#include <strata/core/Paths.h>
#include <strata/store/ImportPipeline.h>
#include <strata/ui/ImportController.h>
#include <strata/ui/ImportDialog.h>
#include <strata/ui/JobRunner.h>
#include <strata/ui/QueryRetrievePanel.h>
#include <strata/ui/RemovableMediaWatcher.h>
#include <strata/ui/SeriesLoader.h>
#include <strata/ui/SliceView.h>
#include <strata/ui/StudyBrowser.h>

#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
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

    m_import = new ImportController(m_dataDir, this);
    m_browser = new StudyBrowser(m_dataDir, this);
    m_view = new SliceView(this);
    m_tabs = new QTabWidget(this);
    m_remote = new QueryRetrievePanel(m_dataDir, this);
    m_tabs->addTab(m_browser, tr("Local"));
    m_tabs->addTab(m_remote, tr("Query/Retrieve"));
    m_tabs->addTab(m_view, tr("Viewer"));
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
    connect(m_remote, &QueryRetrievePanel::studyRetrieved, m_browser, &StudyBrowser::search);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_import->addActions(file);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        auto *dialog = new SettingsDialog(m_dataDir, this);  // nodes (and later more pages)
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Strata"), this, &MainWindow::showAbout);

    m_status = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_import->mediaWatcher()->start();
}

MainWindow::~MainWindow()
{
    m_import->cancelAll();
    m_remote->cancelAll();
    if (m_loader)
        m_loader->cancel();
    // Jobs must not outlive what they report to; they stop soon after being cancelled.
    jobPool()->waitForDone();
}

QString MainWindow::statusText() const { return m_status->text(); }

ImportDialog *MainWindow::importPaths(const QStringList &paths) { return m_import->importPaths(paths); }

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::openFolder(const QString &folder) { startLoader(new SeriesLoader(folder), tr("Loading %1…").arg(folder)); }

void MainWindow::openStudy(const QString &studyUid)
{
    if (!studyUid.isEmpty())
        startLoader(SeriesLoader::forStudy(m_dataDir, studyUid), tr("Loading the study…"));
}

void MainWindow::startLoader(SeriesLoader *loader, const QString &what)
{
    if (m_loader)
        m_loader->cancel();
    m_loader = loader;
    m_status->setText(what);
    m_progress->setRange(0, 0);
    m_progress->show();
    connect(loader, &Job::progressChanged, this, [this, loader](const Progress &p) {
        if (loader != m_loader)
            return;
        if (p.total > 0) {
            m_progress->setRange(0, int(p.total));
            m_progress->setValue(int(p.done));
        }
    });
    connect(loader, &Job::finished, this, [this, loader] {
        if (loader != m_loader)
            return;
        m_view->setVolume(loader->volume(), loader->defaultWindowCenter(), loader->defaultWindowWidth());
        m_status->setText(loader->description());
        m_progress->hide();
        m_tabs->setCurrentWidget(m_view);
        emit seriesLoaded();
    });
    connect(loader, &Job::failed, this, [this, loader](const Error &e) {
        if (loader != m_loader || e.code == ErrorCode::Cancelled)
            return;
        m_status->setText(e.message());
        m_progress->hide();
        emit loadFailed(e.message());
    });
    startOwnedJob(loader);
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
