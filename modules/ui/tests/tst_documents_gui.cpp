// View → Reports and Documents (Xvfb): a study's encapsulated PDF (made by DCMTK's pdf2dcm in the
// real MR study) is rendered page by page and is on screen — dark where the page is black, light
// where it is white —, saved byte for byte and audited; a folder holding only a structured report
// (the test data's) opens its report by itself, as dcmsr renders it.
#include <strata/core/Paths.h>
#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>
#include <strata/ui/DocumentsDialog.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>

#include <pdf_document.h>
#include <presentation_state.h>
#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace strata;

class TestDocumentsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QApplication::setApplicationName(QStringLiteral("tst_documents_gui"));
        QSettings().clear();
        paths::setDataDirOverride(m_data.path());
        store::setDefaultAuditLog(true);
    }

    void aStudysPdfIsShownPageByPage()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("study"));
        QDir().mkpath(folder);
        for (int k = 0; k < 3; ++k)
            QVERIFY(QFile::copy(testing::mrSlice(k), folder + QLatin1Char('/') + QFileInfo(testing::mrSlice(k)).fileName()));
        const QByteArray pdf = testing::halfBlackPdf(true);
        QVERIFY(testing::encapsulatedPdf(pdf, folder + QStringLiteral("/request.dcm"), QStringLiteral("Scanned request"), testing::mrSlice(0)));

        ui::MainWindow window(m_data.path());
        QSignalSpy status(window.viewer(), &ui::Viewer::statusMessage);
        ui::Viewport *view = testing::openSettled(window, folder);
        QVERIFY(view);
        QCOMPARE(view->sliceCount(), 3);   // the PDF is no slice
        QAction *action = window.viewer()->action(QStringLiteral("view.documents"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        bool said = false;
        for (const QList<QVariant> &args : status)
            said = said || args.value(0).toString().contains(QStringLiteral("View → Reports and Documents"));
        QVERIFY2(said, "the status line does not say that the study holds a document");

        // The series strip lists the document after the series: a page for its picture, not
        // draggable into a viewport; a double-click opens it.
        QListWidget *strip = window.viewer()->seriesStrip();
        QCOMPARE(strip->count(), 2);
        QListWidgetItem *report = strip->item(1);
        QVERIFY2(report->text().startsWith(QStringLiteral("Report: Scanned request (PDF)")), qPrintable(report->text()));
        QVERIFY(!(report->flags() & Qt::ItemIsDragEnabled));
        QVERIFY(strip->item(0)->flags() & Qt::ItemIsDragEnabled);
        const QImage picture = report->icon().pixmap(64, 64).toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(qGray(picture.pixel(picture.width() / 2, picture.height() / 6)) > 200);   // the page
        QVERIFY(qGray(picture.pixel(2, 2)) < 60);                                          // around it
        strip->scrollToItem(report);
        // A widget double-click is a press, then the double-click event on the same item.
        const QPoint where = strip->visualItemRect(report).center();
        QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(strip->viewport(), Qt::LeftButton, {}, where);
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->documentsDialog() != nullptr, 10000);
        QCOMPARE(window.viewer()->documentsDialog()->list()->count(), 1);
        QCOMPARE(view->sliceCount(), 3);   // the viewport still shows the series
        window.viewer()->documentsDialog()->close();
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->documentsDialog() == nullptr, 10000);

        action->trigger();
        ui::DocumentsDialog *dialog = window.viewer()->documentsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->list()->count(), 1);
        QVERIFY(dialog->list()->item(0)->text().startsWith(QStringLiteral("Scanned request (PDF)")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pages().size() == 1 && !dialog->pages().front().isNull(), 30000);
        // The page as rendered: its upper half black, its lower half white.
        const QImage page = dialog->pages().front().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(page.width(), 1000);
        QCOMPARE(page.height(), 1000);
        QVERIFY(qGray(page.pixel(500, 250)) < 40);
        QVERIFY(qGray(page.pixel(500, 750)) > 215);
        // And on screen: the view shows the black half (the grab has dark pixels where the page's
        // top lies) and the white half below it.
        QWidget *pdfView = dialog->findChild<QWidget *>(QStringLiteral("pdfView"));
        QVERIFY(pdfView && pdfView->isVisible());
        QTest::qWait(50);
        const QImage shot = pdfView->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int dark = 0, light = 0;
        for (int y = 0; y < shot.height(); y += 4)
            for (int x = 0; x < shot.width(); x += 4) {
                const int g = qGray(shot.pixel(x, y));
                dark += g < 40;
                light += g > 215;
            }
        QVERIFY2(dark > 500 && light > 500, qPrintable(QStringLiteral("dark %1, light %2").arg(dark).arg(light)));
        QVERIFY(dialog->statusText().contains(QStringLiteral("1 page")));

        // Saved as the PDF it is, and recorded.
        const QString saved = tmp.filePath(QStringLiteral("saved.pdf"));
        QVERIFY(dialog->saveTo(saved));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), pdf);
        auto service = store::StoreService::open(m_data.path());
        QVERIFY(service.ok());
        store::AuditFilter filter;
        filter.action = QStringLiteral("document-export");
        const auto records = service.value()->auditLog().value()->list(filter).value();
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records.front().outcome, QStringLiteral("success"));
        QVERIFY(records.front().detail.contains(QString::number(pdf.size()) + QStringLiteral(" bytes")));

        // Another study opened in the window: the first one's documents do not stay beside it.
        const QString other = tmp.filePath(QStringLiteral("other"));
        QDir().mkpath(other);
        QVERIFY(QFile::copy(testing::mrSlice(3), other + QStringLiteral("/slice.dcm")));
        QSignalSpy loaded(&window, &ui::MainWindow::seriesLoaded);
        window.openFolder(other);
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->documentsDialog() == nullptr, 10000);
        QVERIFY(!action->isEnabled());
    }

    // A scanned record of 120 pages: every page can be read (none cut off), each rendered as it
    // comes into view, and those far from the view dropped again (a few pages' memory, not 120).
    void aLongRecordIsRenderedAsItIsRead()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("record"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(testing::mrSlice(0), folder + QStringLiteral("/slice.dcm")));
        QVERIFY(testing::encapsulatedPdf(testing::numberedPdf(120), folder + QStringLiteral("/record.dcm"), QStringLiteral("Outside record"), testing::mrSlice(0)));
        ui::MainWindow window(m_data.path());
        QVERIFY(testing::openSettled(window, folder));
        window.viewer()->showDocuments();
        ui::DocumentsDialog *dialog = window.viewer()->documentsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pages().size() == 120 && !dialog->pages().front().isNull(), 30000);
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("120 page")), qPrintable(dialog->statusText()));
        QVERIFY(dialog->pages().back().isNull());     // not in view: not rendered
        QVERIFY(dialog->renderedPages() <= 8);
        // Page 1 says it is the first: its bar ends near the left edge.
        const QImage first = dialog->pages().front();
        QVERIFY(qGray(first.pixel(3, 60)) < 40);
        QVERIFY(qGray(first.pixel(500, 60)) > 215);

        // Scrolled to the end: the last page rendered (its bar across the whole width) and on
        // screen; the first pages dropped.
        QScrollBar *bar = dialog->pageArea()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->pages().back().isNull(), 30000);
        const QImage last = dialog->pages().back();
        QVERIFY(qGray(last.pixel(990, 60)) < 40);
        QVERIFY(qGray(last.pixel(500, 600)) > 215);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pages().front().isNull(), 10000);
        QVERIFY2(dialog->renderedPages() <= 12, qPrintable(QString::number(dialog->renderedPages())));
        bar->setValue(bar->maximum() - 500);   // the last page's top quarter (its bar) in view
        QTest::qWait(50);
        QVERIFY(!dialog->pages().back().isNull());
        const QImage shot = dialog->pageArea()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int dark = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2)
                dark += qGray(shot.pixel(x, y)) < 40;
        QVERIFY2(dark > 200, qPrintable(QStringLiteral("dark %1").arg(dark)));   // a page's bar on screen, not a bare sheet

        // Back in the middle: page 60 comes back.
        bar->setValue(bar->maximum() / 2);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->pages()[59].isNull() || !dialog->pages()[60].isNull(), 30000);
    }

    void aFolderOfOneReportOpensTheReport()
    {
        // No images: the viewer stays empty and the report is what opens.
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("report"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/test-SR.dcm"), folder + QStringLiteral("/SR.dcm")));
        ui::MainWindow window(m_data.path());
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy failed(window.viewer(), &ui::Viewer::loadFailed);
        window.openFolder(folder);
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->documentsDialog() != nullptr, 30000);
        ui::DocumentsDialog *dialog = window.viewer()->documentsDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->reportView()->toPlainText().contains(QStringLiteral("A mass of")), 30000);
        QVERIFY(dialog->reportView()->toPlainText().contains(QStringLiteral("J\u00f6rg Riesmeier")));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!window.viewer()->viewport(0)->hasImage());
    }
};

QTEST_MAIN(TestDocumentsGui)
#include "tst_documents_gui.moc"
