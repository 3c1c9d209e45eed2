// A study's documents: the structured reports of ../shared/testdata rendered by dcmsr (HTML and
// text, their Latin-1 names decoded), and PDFs encapsulated by DCMTK's pdf2dcm given back byte
// for byte, whatever their length's parity.
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/measure/Documents.h>
#include <strata/measure/KeyObjects.h>

#include <pdf_document.h>
#include <presentation_state.h>

#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {
const QString kReport = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/test-SR.dcm");
const QString kTextReport = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/reportsi.dcm");
} // namespace

class TestDocuments : public QObject {
    Q_OBJECT
private slots:
    void structuredReportsAreRenderedForReading()
    {
        auto header = dicom::readHeader(kReport);
        QVERIFY(header.ok());
        QCOMPARE(dicom::documentKind(header.value().sopClassUid), dicom::DocumentKind::StructuredReport);
        QCOMPARE(header.value().documentTitle, QStringLiteral("Diagnosis"));
        QCOMPARE(header.value().contentDate, QStringLiteral("20010213"));

        auto html = measure::structuredReportHtml(kReport);
        QVERIFY2(html.ok(), qPrintable(html.ok() ? QString() : html.error().message()));
        QVERIFY(html.value().contains(QStringLiteral("<h1>Diagnosis</h1>")));
        QVERIFY(html.value().contains(QStringLiteral("A mass of")));
        // The verifying observer's name is Latin-1 in the file (ISO_IR 100): decoded, and the
        // HTML says it is UTF-8 now.
        QVERIFY(html.value().contains(QStringLiteral("J\u00f6rg Riesmeier")));
        QVERIFY(html.value().contains(QStringLiteral("charset=UTF-8")));
        QVERIFY(!html.value().contains(QStringLiteral("ISO-8859-1")));

        auto text = measure::structuredReportText(kTextReport);
        QVERIFY(text.ok());
        QVERIFY(text.value().contains(QStringLiteral("Basic Text SR Document")));
        QVERIFY(text.value().contains(QStringLiteral("\"Report Text\"")));

        // An image or a key object selection is not a report to read.
        auto notReport = measure::structuredReportHtml(testing::mrSlice(0));
        QVERIFY(!notReport.ok());
        QCOMPARE(notReport.error().code, ErrorCode::Unsupported);
        QCOMPARE(notReport.error().subject, testing::mrSlice(0));
        QCOMPARE(dicom::documentKind(QString::fromLatin1(measure::kKeyObjectSelectionClass)), dicom::DocumentKind::None);
    }

    void encapsulatedPdfsComeBackByteForByte_data()
    {
        QTest::addColumn<bool>("odd");
        QTest::newRow("odd length (padded in the file)") << true;
        QTest::newRow("even length") << false;
    }
    void encapsulatedPdfsComeBackByteForByte()
    {
        QFETCH(bool, odd);
        QTemporaryDir dir;
        const QByteArray pdf = testing::halfBlackPdf(odd);
        QCOMPARE(pdf.size() % 2 == 1, odd);
        const QString file = dir.filePath(QStringLiteral("request.dcm"));
        QVERIFY(testing::encapsulatedPdf(pdf, file, QStringLiteral("Scanned request"), testing::mrSlice(0)));
        auto document = measure::encapsulatedDocument(file);
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message()));
        QCOMPARE(document.value().mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(document.value().suffix(), QStringLiteral("pdf"));
        QCOMPARE(document.value().bytes, pdf);

        // Listed with the study's images: the MR slices are not documents, the PDF is, with its
        // title and the study it was put in.
        const auto scan = dicom::scanFiles({testing::mrSlice(0), testing::mrSlice(1), file, kReport});
        const auto documents = measure::studyDocuments(scan.headers);
        QCOMPARE(documents.size(), std::size_t(2));
        QCOMPARE(documents[0].title, QStringLiteral("Diagnosis"));   // 2001: the older first
        QCOMPARE(documents[1].kind, dicom::DocumentKind::Pdf);
        QCOMPARE(documents[1].title, QStringLiteral("Scanned request"));
        QCOMPARE(documents[1].studyInstanceUid, dicom::readHeader(testing::mrSlice(0)).value().studyInstanceUid);
        QVERIFY2(documents[1].label().startsWith(QStringLiteral("Scanned request (PDF)")), qPrintable(documents[1].label()));

        auto notDocument = measure::encapsulatedDocument(kReport);
        QVERIFY(!notDocument.ok());
        QCOMPARE(notDocument.error().code, ErrorCode::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
