#pragma once
/// The import feature of the window: its actions (Import Folder…, Import Files…), the import
/// dialogs it starts, and the offer to import a CD/DVD/USB stick with a DICOMDIR when one is
/// mounted. The window only places the actions and the media bar.
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QWidget;

namespace strata::store {
class ImportJob;
}

namespace strata::ui {

class ImportDialog;
class RemovableMediaWatcher;

class ImportController : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dialogs and the media bar.
    ImportController(QString dataDir, QWidget *window);
    ~ImportController() override;

    void addActions(QMenu *menu);
    QAction *importFolderAction() const { return m_importFolder; }
    QAction *importFilesAction() const { return m_importFiles; }
    /// A bar that offers to import newly mounted media; hidden until there is something to offer.
    QFrame *mediaBar() const { return m_mediaBar; }
    RemovableMediaWatcher *mediaWatcher() const { return m_watcher; }
    /// Starts importing files, folders, DICOMDIRs or zips, with a dialog that shows how it goes.
    ImportDialog *importPaths(const QStringList &paths);
    /// The dialogs of imports that are still running.
    QList<ImportDialog *> runningImports() const;
    /// Stops every running import (the window closes).
    void cancelAll();

signals:
    /// An import is about to start: connect to its job (the browser follows it).
    void importStarted(strata::store::ImportJob *job);
    void importFinished();

private:
    void chooseFolder();
    void chooseFiles();
    void offerMedia(const QString &root, const QString &name, const QString &dicomdir);

    QString m_dataDir;
    QWidget *m_window = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_importFiles = nullptr;
    QFrame *m_mediaBar = nullptr;
    QLabel *m_mediaText = nullptr;
    QAction *m_mediaImport = nullptr;
    QString m_mediaRoot;
    QString m_mediaDicomdir;
    RemovableMediaWatcher *m_watcher = nullptr;
    QList<QPointer<ImportDialog>> m_dialogs;
};

} // namespace strata::ui
