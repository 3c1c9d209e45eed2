// The local cache in the window (Xvfb): import real files through the import dialog, see them in
// the study browser with thumbnails, open one in the viewer; drag-and-drop, the removable-media
// offer and Cancel. A 20 ms timer records how long the GUI thread was ever kept busy.
#include <strata/dicom/Phantom.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/ui/ImportController.h>
#include <strata/ui/ImportDialog.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/QueryRetrievePanel.h>
#include <strata/ui/ReconcileDialog.h>
#include <strata/ui/RemovableMediaWatcher.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/models/SeriesThumbnailModel.h>
#include <strata/ui/models/StudyTableModel.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>

#include "gap_monitor.h"
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSplitter>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "image_stats.h"

#include <memory>

using namespace strata;

namespace {

const QString kTestData = QStringLiteral(STRATA_TESTDATA_DIR);

using strata::testing::GapMonitor;

int cachedStudies(const QString &dataDir, const store::StudyQuery &q = {})
{
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return -1;
    auto page = cache.value()->searchStudies(q);
    return page.ok() ? page.value().total : -1;
}

using strata::testing::variance;

bool waitIdle(ui::StudyTableModel *model, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (model->isLoading() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !model->isLoading();
}

/// Clicks the media bar's button, which must read "Import this CD (<name>)", and waits for the one
/// import it starts; that import's dialog, or nullptr (with why) when any of it did not happen.
ui::ImportDialog *importOfferedDisc(ui::MainWindow &window, const QString &name)
{
    QFrame *bar = window.importController()->mediaBar();
    auto *button = bar->isVisible() ? bar->findChild<QPushButton *>(QStringLiteral("mediaImportButton")) : nullptr;
    if (!button || button->text() != QStringLiteral("Import this CD (%1)").arg(name)) {
        qWarning("no offer to import %s (%s)", qPrintable(name), button ? qPrintable(button->text()) : "no button shown");
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    const QList<ui::ImportDialog *> running = window.importController()->runningImports();
    if (bar->isVisible() || running.size() != 1) {
        qWarning("the offer did not start one import (%d running)", int(running.size()));
        return nullptr;
    }
    QSignalSpy done(running.first(), &ui::ImportDialog::importFinished);
    if (!done.wait(60000)) {
        qWarning("the import did not finish");
        return nullptr;
    }
    return running.first();
}

} // namespace

class TestBrowserGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_phantom;  // a long series (many batches), so an import runs long enough to watch

private slots:
    void initTestCase()
    {
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.slices = 1600;
        spec.pixelSpacingMm = 358.4 / 64;
        spec.sliceSpacingMm = 300.0 / 1600;
        spec.noiseHu = 0;
        auto written = dicom::writePhantom(spec, m_phantom.path());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
    }

    void importsBrowsesAndOpensWithoutBlockingTheGui()
    {
        ui::MainWindow window(m_data.path());
        window.importController()->mediaWatcher()->stop();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::StudyBrowser *browser = window.studyBrowser();
        ui::StudyTableModel *model = browser->studyModel();
        QVERIFY(waitIdle(model));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(window.tabs()->currentWidget(), browser);

        GapMonitor gaps;
        QSignalSpy pages(model, &ui::StudyTableModel::pageLoaded);
        ui::ImportDialog *dialog = window.importPaths(
            {kTestData + QStringLiteral("/ct-series"), kTestData + QStringLiteral("/mr"), kTestData + QStringLiteral("/ts-matrix/pydicom-pkg"),
             kTestData + QStringLiteral("/edge-cases/pydicom-pkg-charset_files")});
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QSignalSpy done(dialog, &ui::ImportDialog::importFinished);
        QVERIFY(done.wait(180000));
        const store::ImportSummary summary = dialog->summary();
        qInfo() << "imported" << summary.imported << "files in" << summary.seconds << "s;" << pages.count() << "browser refreshes";
        QVERIFY2(summary.imported >= 80, qPrintable(QString::number(summary.imported)));
        QVERIFY(!summary.cancelled && !summary.fatal);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("Imported %1").arg(summary.imported)), qPrintable(dialog->summaryText()));
        QVERIFY2(dialog->progressText().contains(QString::number(summary.filesSeen)), qPrintable(dialog->progressText()));

        // The table follows the import and ends with every study of the cache.
        const int expected = cachedStudies(m_data.path());
        QVERIFY(expected > 15);
        QTRY_COMPARE_WITH_TIMEOUT(model->totalMatches(), expected, 10000);
        QVERIFY(waitIdle(model));
        QTableView *table = browser->table();
        QCOMPARE(table->model()->rowCount(), expected);
        QCOMPARE(browser->pagingText(), QStringLiteral("1–%1 of %1").arg(expected));
        QStringList names;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            names << table->model()->index(r, ui::StudyTableModel::Patient).data().toString();
        QVERIFY2(names.contains(QStringLiteral("Buc, Jérôme")), qPrintable(names.join(QLatin1Char('|'))));

        // Select the 20-slice oblique MR ("BRAIN"): its series strip shows a real thumbnail.
        int mrRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->study(r).studyDescription == QLatin1String("BRAIN") && model->study(r).modalities == QLatin1String("MR"))
                mrRow = r;
        QVERIFY(mrRow >= 0);
        QVERIFY2(model->study(mrRow).instanceCount >= 19, qPrintable(QString::number(model->study(mrRow).instanceCount)));
        ui::SeriesThumbnailModel *series = browser->seriesModel();
        QSignalSpy thumbs(series, &ui::SeriesThumbnailModel::thumbnailsReady);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(mrRow, 0)).center());
        QCOMPARE(browser->selectedStudy(), model->study(mrRow).studyInstanceUid);
        QVERIFY(thumbs.wait(30000));
        QCOMPARE(series->rowCount(), 1);
        QVERIFY(!series->thumbnail(0).isNull());
        QListView *strip = browser->seriesStrip();
        QTest::qWait(50);
        const QImage shot = strip->viewport()->grab().toImage();
        const QRect item = strip->visualRect(series->index(0));
        QVERIFY(!item.isEmpty());
        const QRect icon(item.center().x() - 40, item.top() + 24, 80, 80);  // inside the 128 px picture
        const double v = variance(shot.copy(icon));
        qInfo() << "thumbnail variance on screen" << v;
        QVERIFY2(v > 0, "the thumbnail on screen must not be uniform");

        // Double-click opens the study in the viewer.
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        QSignalSpy open(browser, &ui::StudyBrowser::openStudyRequested);
        // A widget double-click is a press, then the double-click event on the same cell.
        const QPoint cell = table->visualRect(model->index(mrRow, 1)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(open.count(), 1);
        QVERIFY2(loaded.wait(30000), qPrintable(window.statusText()));
        QCOMPARE(window.tabs()->currentWidget(), window.viewer());
        QVERIFY2(window.statusText().contains(QStringLiteral("AXIAL OBL")) && window.statusText().contains(QStringLiteral("slices")), qPrintable(window.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->viewport(0)->hasImage(), 30000);

        qInfo() << "longest GUI thread gap during import, browsing and loading:" << gaps.maxGapMs() << "ms";
        QVERIFY2(gaps.maxGapMs() < 1000, qPrintable(QString::number(gaps.maxGapMs())));
        dialog->close();
    }

    void filtersFromTheBar()
    {
        ui::MainWindow window(m_data.path());
        window.importController()->mediaWatcher()->stop();
        window.show();
        ui::StudyBrowser *browser = window.studyBrowser();
        QVERIFY(waitIdle(browser->studyModel()));
        auto *name = browser->findChild<QLineEdit *>(QStringLiteral("patientNameFilter"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("jerome"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(waitIdle(browser->studyModel()));
        QVERIFY(browser->studyModel()->rowCount() >= 1);
        for (int r = 0; r < browser->studyModel()->rowCount(); ++r)
            QVERIFY(browser->studyModel()->study(r).patientName.startsWith(QStringLiteral("Buc^J")));
        browser->clearFilters();
        QVERIFY(waitIdle(browser->studyModel()));
        QCOMPARE(browser->studyModel()->totalMatches(), cachedStudies(m_data.path()));
    }

    void dropImportsAndListsWhatWasNotImported()
    {
        ui::MainWindow window(m_data.path());
        window.importController()->mediaWatcher()->stop();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kTestData + QStringLiteral("/edge-cases/pydicom-pkg"))});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        const QList<ui::ImportDialog *> running = window.importController()->runningImports();
        QCOMPARE(running.size(), 1);
        ui::ImportDialog *dialog = running.first();
        QSignalSpy done(dialog, &ui::ImportDialog::importFinished);
        QVERIFY(done.wait(60000));
        const store::ImportSummary &s = dialog->summary();
        const int problems = int(s.notes.size() + s.broken.size() + s.notDicom.size()) + int(s.conflictDetails.size());
        qInfo() << "edge cases:" << s.imported << "imported," << s.broken.size() << "broken," << s.notDicom.size() << "not DICOM,"
                << s.conflicts << "conflicts";
        QVERIFY(problems > 0);
        QCOMPARE(dialog->problemList()->count(), problems);
        QVERIFY(dialog->problemList()->isVisible());
        // The edge cases hold JPEG copies (lossy, the file not saying so): said first.
        QVERIFY(s.lossyImages > 0);
        QVERIFY2(dialog->problemList()->item(0)->text().startsWith(QStringLiteral("Compressed with loss: %1 image(s)").arg(s.lossyImages)),
                 qPrintable(dialog->problemList()->item(0)->text()));
        bool namesAFile = false;
        for (int i = 0; i < dialog->problemList()->count(); ++i)
            namesAFile = namesAFile || dialog->problemList()->item(i)->text().contains(QStringLiteral("edge-cases"));
        QVERIFY(namesAFile);
        // A drop that carries no local files is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void theWindowOpensAsTheUserLeftIt()
    {
        QSettings().remove(QStringLiteral("mainWindow"));
        QSettings().remove(QStringLiteral("splitters"));
        QTemporaryDir data;
        QList<int> sizes;
        QSize left;
        {
            // The first time: maximized, to use the screen.
            ui::MainWindow window(data.path());
            window.showAsLeft();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.windowState() & Qt::WindowMaximized);
            // The reader makes it smaller and moves the Query/Retrieve splitter, then closes it.
            window.showNormal();
            window.setGeometry(60, 80, 900, 650);
            QTRY_VERIFY(!(window.windowState() & Qt::WindowMaximized) && window.height() == 650);
            left = window.size();   // 900 × 650, or wider where the contents need it
            window.tabs()->setCurrentWidget(window.queryRetrievePanel());
            auto *split = window.queryRetrievePanel()->findChild<QSplitter *>(QStringLiteral("splitters/queryRetrieve"));
            QVERIFY(split);
            QTRY_VERIFY(split->isVisible() && split->width() > 600);
            split->setSizes({300, split->width() - 300});
            sizes = split->sizes();
            emit split->splitterMoved(sizes.at(0), 1);   // what a drag of the handle emits
            window.close();
        }
        ui::MainWindow again(data.path());
        again.showAsLeft();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!(again.windowState() & Qt::WindowMaximized));
        QTRY_COMPARE(again.size(), left);
        again.tabs()->setCurrentWidget(again.queryRetrievePanel());
        auto *split = again.queryRetrievePanel()->findChild<QSplitter *>(QStringLiteral("splitters/queryRetrieve"));
        QVERIFY(split);
        QTRY_VERIFY(split->isVisible() && split->width() > 600);
        QCOMPARE(split->sizes(), sizes);
    }

    void offersToImportAMountedDisc()
    {
        // A "CD": the DICOMDIR file-set copied to a folder, reported as a newly mounted volume.
        QTemporaryDir media;
        const QString source = kTestData + QStringLiteral("/dicomdir-cd/pydicom-dicomdirtests");
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = media.path() + file.mid(source.size());
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()) && QFile::copy(file, target));
        }
        ui::MainWindow window(m_data.path());
        ui::RemovableMediaWatcher *watcher = window.importController()->mediaWatcher();
        watcher->stop();
        QList<ui::RemovableMediaWatcher::Volume> volumes;
        watcher->setVolumeSource([&volumes] { return volumes; });  // read on the worker while the GUI thread waits
        window.show();
        QSignalSpy polled(watcher, &ui::RemovableMediaWatcher::polled);
        watcher->poll();
        QVERIFY(polled.wait(30000));
        QVERIFY(!window.importController()->mediaBar()->isVisible());
        volumes << ui::RemovableMediaWatcher::Volume{media.path(), QStringLiteral("PATIENT_CD")};
        watcher->poll();
        QVERIFY(polled.wait(30000));
        ui::ImportDialog *dialog = importOfferedDisc(window, QStringLiteral("PATIENT_CD"));
        QVERIFY(dialog);
        qInfo() << "from the disc:" << dialog->summary().imported << "imported," << dialog->summary().duplicates << "duplicates";
        QVERIFY(dialog->summary().imported + dialog->summary().duplicates > 20);
        QVERIFY(dialog->summary().broken.empty());
    }

    void offersToImportADiscWithoutADicomdir()
    {
        // A disc burnt without a DICOMDIR (six MR images in folders of their own): offered too,
        // and the import reads the whole volume.
        QTemporaryDir media, data;
        const QString source = kTestData + QStringLiteral("/mr/dwv-bbmri-6sl");
        int n = 0;
        for (const QString &f : QDir(source).entryList({QStringLiteral("*.dcm")}, QDir::Files)) {
            const QString target = media.path() + QStringLiteral("/IMAGES/S%1/IM%1").arg(++n);
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()) && QFile::copy(source + QLatin1Char('/') + f, target));
        }
        QCOMPARE(n, 6);
        ui::MainWindow window(data.path());
        ui::RemovableMediaWatcher *watcher = window.importController()->mediaWatcher();
        watcher->stop();
        const QList<ui::RemovableMediaWatcher::Volume> volumes{{media.path(), QStringLiteral("NO_INDEX")}};
        watcher->setVolumeSource([volumes] { return volumes; });
        window.show();
        QSignalSpy polled(watcher, &ui::RemovableMediaWatcher::polled);
        // (The window's own first look, at the machine's volumes, may still be running: a poll
        // meanwhile does nothing. Two looks of ours, one after the other.)
        for (int i = 0; i < 2; ++i) {
            watcher->poll();
            QVERIFY(polled.wait(30000));
        }
        ui::ImportDialog *dialog = importOfferedDisc(window, QStringLiteral("NO_INDEX"));
        QVERIFY(dialog);
        QCOMPARE(dialog->summary().imported, 6);
        QVERIFY(dialog->summary().broken.empty());
    }

    void importsADiscImageInTheBackground()
    {
        // A CD sent as an ISO file, imported from the window: unpacked by xorriso from the import's
        // worker thread (QProcess off the GUI thread), then imported as the disc.
        const QString xorriso = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
        QVERIFY2(!xorriso.isEmpty(), "xorriso is needed (make installs it)");
        QTemporaryDir work, data;
        const QString iso = work.filePath(QStringLiteral("cd.iso"));
        QProcess make;
        make.start(xorriso, {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"), QStringLiteral("-R"), QStringLiteral("-o"), iso,
                             kTestData + QStringLiteral("/mr/dwv-bbmri-6sl")});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        ui::MainWindow window(data.path());
        window.importController()->mediaWatcher()->stop();
        window.show();
        ui::ImportDialog *dialog = window.importController()->importPaths({iso});
        QVERIFY(dialog);
        QSignalSpy done(dialog, &ui::ImportDialog::importFinished);
        QVERIFY(done.wait(60000));
        QCOMPARE(dialog->summary().imported, 6);
        QVERIFY(dialog->summary().broken.empty());
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("Imported 6")), qPrintable(dialog->summaryText()));
    }

    void refreshesWhenAnImportCommitsABatch()
    {
        QTemporaryDir data;
        ui::MainWindow window(data.path());
        window.importController()->mediaWatcher()->stop();
        window.show();
        ui::StudyBrowser *browser = window.studyBrowser();
        ui::StudyTableModel *model = browser->studyModel();
        QVERIFY(waitIdle(model));
        QCOMPARE(model->rowCount(), 0);
        // A job that is never started stands in for a running import: the browser only listens to it.
        store::ImportJob job(data.path(), {});
        browser->watchImport(&job);
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        (void)store::runImport(*cache.value(), {kTestData + QStringLiteral("/mr/dwv-bbmri-6sl")});
        emit job.batchCommitted();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalMatches(), 1, 30000);
        browser->selectStudy(model->study(0).studyInstanceUid);
        const QString selected = browser->selectedStudy();
        QVERIFY(!selected.isEmpty());

        // More studies arrive: the table grows and the selected study stays selected.
        (void)store::runImport(*cache.value(), {kTestData + QStringLiteral("/ts-matrix/pydicom-pkg")});
        emit job.batchCommitted();
        emit job.batchCommitted();  // bursts are coalesced into one refresh
        QTRY_COMPARE_WITH_TIMEOUT(model->totalMatches(), cachedStudies(data.path()), 30000);
        QVERIFY(waitIdle(model));
        QCOMPARE(browser->selectedStudy(), selected);
        const QModelIndexList rows = browser->table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(ui::StudyTableModel::StudyUidRole).toString(), selected);
    }

    void changesThePatientDetailsOfAStudy()
    {
        // A study from elsewhere filed under the local record from the study's context menu: the
        // dialog shows the study's details, Apply writes them, and the browser lists the study
        // under the new patient. A value DICOM does not allow is said in the dialog, nothing run.
        QTemporaryDir data;
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY(cache.ok());
            QCOMPARE(store::runImport(*cache.value(), {kTestData + QStringLiteral("/mr/dwv-bbmri-6sl")}).imported, 6);
        }
        ui::MainWindow window(data.path());
        window.importController()->mediaWatcher()->stop();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::StudyBrowser *browser = window.studyBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(browser->studyModel()->rowCount(), 1, 30000);
        QVERIFY(!browser->reconcileAction()->isEnabled());
        // Open in the viewer meanwhile: it opens the study again from its new files.
        window.openStudy(browser->studyModel()->study(0).studyInstanceUid);
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->study() && !window.viewer()->study()->headers.empty(), 30000);
        const std::shared_ptr<const ui::LoadedStudy> before = window.viewer()->study();
        browser->table()->selectRow(0);
        QTRY_VERIFY(browser->reconcileAction()->isEnabled());
        QVERIFY(browser->contextMenu()->actions().contains(browser->reconcileAction()));
        QSignalSpy opened(browser, &ui::StudyBrowser::reconcileDialogOpened);
        browser->reconcileAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = browser->findChild<ui::ReconcileDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
        auto *family = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("family")));
        auto *given = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("given")));
        auto *id = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("id")));
        auto *birth = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("birthDate")));
        auto *sex = qobject_cast<QComboBox *>(dialog->field(QStringLiteral("sex")));
        QVERIFY(family && given && id && birth && sex);
        QCOMPARE(family->text(), QStringLiteral("20120215_ASLtest_human"));   // the study's own
        QCOMPARE(id->text(), QStringLiteral("12.02.15-15:49:23-STD-1.3.12.2.1107.5.2.32.35162"));
        QCOMPARE(birth->text(), QStringLiteral("19830101"));
        QCOMPARE(sex->currentData().toString(), QStringLiteral("M"));

        // A birth date that is no date: said, nothing written.
        QSignalSpy reconciled(dialog, &ui::ReconcileDialog::reconciled);
        birth->setText(QStringLiteral("19701399"));
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("not a date")), qPrintable(dialog->resultText()));
        QCOMPARE(reconciled.count(), 0);

        family->setText(QStringLiteral("MÜLLER"));
        given->setText(QStringLiteral("ANNA"));
        id->setText(QStringLiteral("LOCAL-0042"));
        birth->setText(QStringLiteral("19700101"));
        sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(reconciled.wait(60000));
        QCOMPARE(reconciled.first().at(0).toBool(), true);
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("6 file(s) written again")), qPrintable(dialog->resultText()));
        // The browser lists it under the new patient.
        QTRY_VERIFY_WITH_TIMEOUT(browser->studyModel()->rowCount() == 1 && browser->studyModel()->study(0).patientId == QStringLiteral("LOCAL-0042"), 30000);
        QCOMPARE(browser->studyModel()->study(0).patientName, QStringLiteral("MÜLLER^ANNA"));
        QCOMPARE(browser->studyModel()->study(0).patientSex, QStringLiteral("F"));
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->study() != before && window.viewer()->study() && !window.viewer()->study()->headers.empty(), 30000);
        QCOMPARE(window.viewer()->study()->headers.front().patientId, QStringLiteral("LOCAL-0042"));
        for (const dicom::DicomHeader &h : window.viewer()->study()->headers)
            QVERIFY2(QFile::exists(h.path), qPrintable(h.path));
        dialog->close();
    }

    void followsARunningImportAndCancels()
    {
        // The import is held right after its first batch is committed (the importer's test hook
        // at a batch boundary): what the browser shows and what Cancel does are then the same on
        // every machine, fast or slow.
        auto held = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        store::setImportTestHook([held, release](store::ImportStage stage, int batch) {
            if (stage == store::ImportStage::BatchCommitted && batch == 1) {
                held->release();
                release->acquire();
            }
        });
        const auto unhook = qScopeGuard([release] {
            store::setImportTestHook({});
            release->release(1000);  // never leave an import blocked, whatever failed
        });
        QTemporaryDir data;
        ui::MainWindow window(data.path());
        window.importController()->mediaWatcher()->stop();
        window.show();
        ui::StudyTableModel *model = window.studyBrowser()->studyModel();
        // The window's first search creates the cache; opening a brand-new cache from two threads
        // at once can fail in the store ("database is locked" while migrating; see the report).
        QVERIFY(waitIdle(model));
        ui::ImportDialog *dialog = window.importPaths({m_phantom.path()});
        QSignalSpy done(dialog, &ui::ImportDialog::importFinished);
        QTRY_VERIFY_WITH_TIMEOUT(held->available() == 1, 120000);  // (no side effect: QTRY evaluates it again)
        // The phantom's study shows up with the first batch's images while the import is held.
        QTRY_VERIFY_WITH_TIMEOUT(model->totalMatches() == 1 && model->study(0).instanceCount > 0, 60000);
        QVERIFY(!dialog->isDone());
        const int imagesWhileRunning = model->study(0).instanceCount;
        QVERIFY2(imagesWhileRunning < 1600, qPrintable(QString::number(imagesWhileRunning)));
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        release->release();
        QVERIFY(done.count() == 1 || done.wait(120000));
        const store::ImportSummary &s = dialog->summary();
        QVERIFY(s.cancelled);
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("Cancelled")), qPrintable(dialog->summaryText()));
        QVERIFY(!cancel->isVisible());
        // Cancel came before the second batch: only the first is in, and the table ends showing it.
        QCOMPARE(s.imported, imagesWhileRunning);
        QVERIFY2(s.imported + s.duplicates + s.conflicts + int(s.notDicom.size()) + int(s.broken.size()) < s.filesSeen,
                 qPrintable(QStringLiteral("%1 imported of %2 files").arg(s.imported).arg(s.filesSeen)));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount() == 1 ? model->study(0).instanceCount : -1, s.imported, 10000);
    }
};

QTEST_MAIN(TestBrowserGui)
#include "tst_browser_gui.moc"
