// View → Reports and Documents (Xvfb): a study's encapsulated PDF (made by DCMTK's pdf2dcm in the
// real MR study) is rendered page by page and is on screen — dark where the page is black, light
// where it is white —, saved byte for byte and audited; a folder holding only a structured report
// (the test data's) opens its report by itself, as dcmsr renders it, and one holding only an ECG
// its sheet; the test data's 12-lead ECG is drawn on its paper where its values put it.
#include <strata/core/Paths.h>
#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>
#include <strata/ui/DocumentsDialog.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/WaveformView.h>

#include <dicom_tools.h>

#include <pdf_document.h>
#include <presentation_state.h>
#include <store_reads.h>
#include <viewer_windows.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
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
        const auto records = testing::auditRecords(m_data.path(), QStringLiteral("document-export"));
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

    void aFolderOfOneDocumentOpensIt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("waveform");
        QTest::newRow("structured report") << QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/test-SR.dcm") << false;
        QTest::newRow("ECG (from the cardiology system)") << QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/waveform_ecg.dcm") << true;
    }

    void aFolderOfOneDocumentOpensIt()
    {
        // No images: the viewer stays empty and the document is what opens — the report as dcmsr
        // renders it, the ECG on its sheet.
        QFETCH(QString, file);
        QFETCH(bool, waveform);
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("document"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(file, folder + QStringLiteral("/document.dcm")));
        ui::MainWindow window(m_data.path());
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy failed(window.viewer(), &ui::Viewer::loadFailed);
        window.openFolder(folder);
        QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->documentsDialog() != nullptr, 30000);
        ui::DocumentsDialog *dialog = window.viewer()->documentsDialog();
        if (waveform) {
            QTRY_VERIFY_WITH_TIMEOUT(dialog->waveformView()->waveform() != nullptr, 30000);
            QVERIFY(dialog->waveformView()->isVisible());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(dialog->reportView()->toPlainText().contains(QStringLiteral("A mass of")), 30000);
            QVERIFY(dialog->reportView()->toPlainText().contains(QStringLiteral("J\u00f6rg Riesmeier")));
        }
        QCOMPARE(failed.count(), 0);
        QVERIFY(!window.viewer()->viewport(0)->hasImage());
    }

    // The patient's 12-lead ECG (a Mortara cardiograph's, in the MR study): listed in the series
    // strip; opened, it lies on its paper grid at 25 mm/s and 10 mm/mV, as the 12-lead sheet over
    // lead II's rhythm strip, every trace where its values put it; calipers measure an RR
    // interval; the sheet and the samples can be saved (audited).
    void anEcgIsReadOnItsPaper()
    {
        const QString ecg = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/waveform_ecg.dcm");
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("study"));
        QDir().mkpath(folder);
        for (int k = 0; k < 2; ++k)
            QVERIFY(QFile::copy(testing::mrSlice(k), folder + QLatin1Char('/') + QFileInfo(testing::mrSlice(k)).fileName()));
        const QString study = testing::tagValue(testing::mrSlice(0), QStringLiteral("0020,000d"));
        const QString patient = testing::tagValue(testing::mrSlice(0), QStringLiteral("0010,0020"));
        QVERIFY(!study.isEmpty());
        QVERIFY(testing::modifiedCopyOf(ecg, folder + QStringLiteral("/ecg.dcm"),
                                        {QStringLiteral("(0020,000d)=") + study, QStringLiteral("(0010,0020)=") + patient,
                                         QStringLiteral("(0010,0010)=") + testing::tagValue(testing::mrSlice(0), QStringLiteral("0010,0010"))}));

        ui::MainWindow window(m_data.path());
        ui::Viewport *view = testing::openSettled(window, folder);
        QVERIFY(view);
        QCOMPARE(view->sliceCount(), 2);   // the ECG is no slice
        QListWidget *strip = window.viewer()->seriesStrip();
        QCOMPARE(strip->count(), 2);
        QVERIFY2(strip->item(1)->text().startsWith(QStringLiteral("Waveform: 12-lead ECG Waveform, 2013-01-25 10:59")), qPrintable(strip->item(1)->text()));
        window.viewer()->action(QStringLiteral("view.documents"))->trigger();
        ui::DocumentsDialog *dialog = window.viewer()->documentsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        ui::WaveformView *sheet = dialog->waveformView();
        QTRY_VERIFY_WITH_TIMEOUT(sheet->waveform() != nullptr, 30000);
        QVERIFY(sheet->isVisible());
        QCOMPARE(sheet->layout(), ui::WaveformView::Layout::Standard);
        QCOMPARE(sheet->speed(), 25.0);
        QCOMPARE(sheet->gain(), 10.0);
        QCOMPARE(dialog->waveformGroups()->count(), 2);   // RHYTHM, MEDIAN BEAT
        const QStringList header = sheet->headerLines();
        // Whose it is first (the MR study's patient now), and when it was taken.
        const QString patientName = testing::tagValue(testing::mrSlice(0), QStringLiteral("0010,0010"));
        QVERIFY2(header.first().contains(QStringLiteral("ID ") + patient) && header.first().contains(QStringLiteral("2013-01-25 10:59:19")),
                 qPrintable(header.first()));
        QVERIFY(!patientName.isEmpty() && header.first().contains(patientName.section(u'^', 0, 0)));
        QVERIFY2(header.join(u'|').contains(QStringLiteral("RITMO SINUSALE · ECG NORMALE")), qPrintable(header.join(u'|')));
        QVERIFY(header.join(u'|').contains(QStringLiteral("Heart rate 61 /min · RR Interval 982 ms")));
        QVERIFY(header.join(u'|').contains(QStringLiteral("25 mm/s · 10 mm/mV · filters 0.05–300 Hz")));

        const measure::WaveformGroup &rhythm = sheet->waveform()->groups[0];
        const double mm = sheet->pixelsPerMm();
        // Lead II's largest R wave along the rhythm strip (between 2 and 8 s: away from the
        // lead's name at the strip's start, with a beat after it), and lead V2 where the sheet
        // shows it (its column: 5 to 7.5 s).
        int peak = 2000;
        for (int s = 2000; s < 8000; ++s)
            if (rhythm.channels[1].values[std::size_t(s)] > rhythm.channels[1].values[std::size_t(peak)])
                peak = s;
        const QImage shot = sheet->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (!qEnvironmentVariableIsEmpty("STRATA_TEST_SHOTS"))
            shot.save(qEnvironmentVariable("STRATA_TEST_SHOTS") + QStringLiteral("/ecg.png"));
        const qreal dpr = shot.devicePixelRatio();
        // In the column of a point, the dark (trace) pixels near it: the one nearest to where the
        // trace's value puts it (10 mm a millivolt from the row's zero line, 25 mm a second
        // along), and the topmost (an R wave's tip).
        // A pixel column holds the trace of about ten samples: the column either side is looked at too.
        auto darkNear = [&](QPointF point) {
            double nearest = 1e9, top = 1e9;
            for (int x = int(std::lround(point.x() * dpr)) - 1; x <= int(std::lround(point.x() * dpr)) + 1; ++x)
                for (int y = int(point.y() * dpr) - int(8 * mm * dpr); y <= int(point.y() * dpr) + int(8 * mm * dpr); ++y)
                    if (y >= 0 && y < shot.height() && qGray(shot.pixel(x, y)) < 110) {
                        nearest = std::min(nearest, std::abs(y / dpr - point.y()));
                        top = std::min(top, y / dpr);
                    }
            return std::make_pair(nearest, top);
        };
        const auto rPeak = sheet->tracePoint(1, peak / rhythm.samplingHz, true);
        QVERIFY(rPeak);
        const double peakMv = rhythm.channels[1].values[std::size_t(peak)] / 1000.0;
        const double zeroLine = rPeak->y() + peakMv * 10 * mm;
        const auto [peakDistance, peakTop] = darkNear(*rPeak);
        QVERIFY2(peakDistance <= 1.5 && std::abs(peakTop - rPeak->y()) <= 2,
                 qPrintable(QStringLiteral("R peak (%1 mV) drawn up to %2, expected %3").arg(peakMv).arg(peakTop).arg(rPeak->y())));
        for (double t : {5.3, 6.1, 7.2}) {
            const auto v2 = sheet->tracePoint(7, t);
            QVERIFY(v2);
            const double distance = darkNear(*v2).first;
            QVERIFY2(distance <= 2, qPrintable(QStringLiteral("V2 at %1 s: no trace within 2 px of %2 (%3)").arg(t).arg(v2->y()).arg(distance)));
        }
        QVERIFY(!sheet->tracePoint(7, 2.0));   // the sheet shows V2 from 5 s to 7.5 s only
        // Only what is exposed is painted (a day's Holter record is metres of paper): a part of
        // the sheet painted alone is the same as that part of the whole.
        const QRect part(int(rPeak->x()) - 150, 0, 300, sheet->height());
        QImage partial(part.size() * dpr, QImage::Format_RGB32);
        partial.setDevicePixelRatio(dpr);
        partial.fill(Qt::blue);
        sheet->render(&partial, QPoint(), QRegion(part));
        int differing = 0;
        for (int y = 0; y < partial.height(); ++y)
            for (int x = 4; x < partial.width() - 4; ++x)
                differing += std::abs(qGray(partial.pixel(x, y)) - qGray(shot.pixel(int(part.x() * dpr) + x, y))) > 40;
        QVERIFY2(differing < 20, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        // The paper between the traces: pink, with its 5 mm lines darker than its 1 mm ones.
        const QRgb paper = shot.pixel(int((rPeak->x() + 2.5 * mm) * dpr), int((zeroLine + 0.6 * 3 * 10 * mm / 2) * dpr));
        QVERIFY2(qRed(paper) > qGreen(paper) + 10, qPrintable(QString::number(paper, 16)));

        // The device's marks (P, QRS and T onsets and offsets of each beat): 66 of them, off at
        // first; ticked, each one's dashed blue line on the rhythm strip where its sample lies,
        // none on the sheet's short strips, no blue before.
        const std::vector<ui::WaveformView::Mark> marks = sheet->marks();
        QCOMPARE(int(marks.size()), 66);
        QVERIFY(!dialog->waveformMarks()->isChecked());
        const auto fiducial = std::find_if(marks.begin(), marks.end(), [](const ui::WaveformView::Mark &m) { return m.label == QStringLiteral("fid") && m.seconds > 2; });
        QVERIFY(fiducial != marks.end());
        QCOMPARE(std::count_if(marks.begin(), marks.end(), [](const ui::WaveformView::Mark &m) { return m.label == QStringLiteral("QRS on"); }), 11);
        const QPointF onRhythm = *sheet->tracePoint(1, fiducial->seconds, true);
        const auto blueIn = [&](const QImage &image, double x, double y0, double y1) {
            int n = 0;
            for (int xi = int(std::lround(x * dpr)) - 1; xi <= int(std::lround(x * dpr)) + 1; ++xi)
                for (int y = int(y0 * dpr); y <= int(y1 * dpr); ++y)
                    n += y >= 0 && y < image.height() && qBlue(image.pixel(xi, y)) > qRed(image.pixel(xi, y)) + 60 ? 1 : 0;   // the marks' blue
            return n;
        };
        QCOMPARE(blueIn(shot, onRhythm.x(), onRhythm.y() - 12 * mm, onRhythm.y() + 12 * mm), 0);
        dialog->waveformMarks()->setChecked(true);
        QVERIFY(sheet->marksShown());
        const QImage marked = sheet->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (!qEnvironmentVariableIsEmpty("STRATA_TEST_SHOTS"))
            marked.save(qEnvironmentVariable("STRATA_TEST_SHOTS") + QStringLiteral("/ecg-marks.png"));
        QVERIFY2(blueIn(marked, onRhythm.x(), onRhythm.y() - 12 * mm, onRhythm.y() + 12 * mm) > 10,
                 qPrintable(QString::number(blueIn(marked, onRhythm.x(), onRhythm.y() - 12 * mm, onRhythm.y() + 12 * mm))));
        const auto onSheet = sheet->tracePoint(7, 5.3);   // V2's short strip: no marks drawn on it
        QCOMPARE(blueIn(marked, onSheet->x(), onSheet->y() - 5 * mm, onSheet->y() + 5 * mm), 0);
        dialog->waveformMarks()->setChecked(false);

        // 25 mm a second: half a second of the strip is 12.5 mm; at 50 mm/s it is twice as far.
        const double xHalf = sheet->tracePoint(1, 3.5, true)->x() - sheet->tracePoint(1, 3.0, true)->x();
        QVERIFY(std::abs(xHalf - 12.5 * mm) < 0.01);
        dialog->waveformSpeeds()->setCurrentIndex(2);
        QCOMPARE(sheet->speed(), 50.0);
        QVERIFY(std::abs(sheet->tracePoint(1, 3.5, true)->x() - sheet->tracePoint(1, 3.0, true)->x() - 25 * mm) < 0.01);
        dialog->waveformSpeeds()->setCurrentIndex(1);

        // Calipers from one R wave to the next on the rhythm strip: the RR interval and its rate.
        int next = peak + 600;
        for (int s = peak + 600; s < peak + 1400; ++s)
            if (rhythm.channels[1].values[std::size_t(s)] > rhythm.channels[1].values[std::size_t(next)])
                next = s;
        const QPointF a = *sheet->tracePoint(1, peak / rhythm.samplingHz, true);
        const QPointF b = *sheet->tracePoint(1, next / rhythm.samplingHz, true);
        QTest::mousePress(sheet, Qt::LeftButton, {}, a.toPoint());
        QTest::mouseMove(sheet, ((a + b) / 2).toPoint());
        QTest::mouseMove(sheet, b.toPoint());
        QTest::mouseRelease(sheet, Qt::LeftButton, {}, b.toPoint());
        const QString calipers = sheet->caliperText();
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Δt (\\d+) ms \\((\\d+) /min\\)")).match(calipers);
        QVERIFY2(m.hasMatch(), qPrintable(calipers));
        const double expected = std::abs(next - peak);   // ms at 1000 Hz
        QVERIFY2(std::abs(m.captured(1).toDouble() - expected) <= 1000.0 / (25 * mm) + 1, qPrintable(calipers + QStringLiteral(" vs %1 ms").arg(expected)));
        QVERIFY2(std::abs(m.captured(2).toDouble() - 60000 / expected) <= 2, qPrintable(calipers));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("waveformCalipers"))->text(), calipers);
        // The caliper lines are on screen.
        const QImage withCalipers = sheet->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb line = withCalipers.pixel(int(std::lround(a.x() * dpr)), int((a.y() + 10 * mm) * dpr));
        QVERIFY2(qBlue(line) > qRed(line) + 60, qPrintable(QString::number(line, 16)));

        // Every lead along the whole recording: V2 at 2 s now shown; the median beat as its group.
        dialog->waveformLayouts()->setCurrentIndex(1);
        QCOMPARE(sheet->layout(), ui::WaveformView::Layout::Stacked);
        QVERIFY(sheet->tracePoint(7, 2.0));
        dialog->waveformGroups()->setCurrentIndex(1);
        QCOMPARE(sheet->group(), 1);
        QVERIFY(sheet->headerLines().last().startsWith(QStringLiteral("MEDIAN BEAT (derived), 1.20 s")));

        // Saved: the shown group's samples as CSV, the sheet as a picture; both audited.
        const QString csv = tmp.filePath(QStringLiteral("beat.csv"));
        QVERIFY(dialog->saveTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), measure::waveformCsv(sheet->waveform()->groups[1]));
        const QString png = tmp.filePath(QStringLiteral("sheet.png"));
        QVERIFY(dialog->saveTo(png));
        const QImage saved(png);
        QCOMPARE(saved.size(), sheet->grab().size());
        QStringList written;
        for (const store::AuditRecord &r : testing::auditRecords(m_data.path(), QStringLiteral("document-export"), study))
            if (r.outcome == QLatin1String("success"))
                written << r.peer;
        QVERIFY2(written.contains(csv) && written.contains(png), qPrintable(written.join(u' ')));
    }
};

QTEST_MAIN(TestDocumentsGui)
#include "tst_documents_gui.moc"
