#include <strata/ui/MainWindow.h>

#include <strata/ui/SeriesLoader.h>
#include <strata/ui/SliceView.h>

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QThreadPool>

namespace strata::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Strata"));
    resize(1024, 800);
    m_view = new SliceView(this);
    setCentralWidget(m_view);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
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
}

MainWindow::~MainWindow()
{
    if (m_loader) {
        m_loader->cancel();
        QThreadPool::globalInstance()->waitForDone();
    }
}

QString MainWindow::statusText() const { return m_status->text(); }

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::openFolder(const QString &folder)
{
    if (m_loader)
        m_loader->cancel();
    auto *loader = new SeriesLoader(folder, this);
    m_loader = loader;
    m_status->setText(tr("Loading %1…").arg(folder));
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
        if (loader == m_loader) {
            m_view->setVolume(loader->volume(), loader->defaultWindowCenter(), loader->defaultWindowWidth());
            m_status->setText(loader->description());
            m_progress->hide();
            emit seriesLoaded();
        }
        loader->deleteLater();
    });
    connect(loader, &Job::failed, this, [this, loader](const Error &e) {
        if (loader == m_loader && e.code != ErrorCode::Cancelled) {
            m_status->setText(e.message());
            m_progress->hide();
            emit loadFailed(e.message());
        }
        loader->deleteLater();
    });
    QThreadPool::globalInstance()->start(loader);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Strata"),
                       tr("<b>Strata</b> %1<br>An open-source DICOM diagnostic workstation.").arg(QApplication::applicationVersion()));
}

} // namespace strata::ui
