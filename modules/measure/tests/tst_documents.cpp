// A study's documents: the structured reports of ../shared/testdata rendered by dcmsr (HTML and
// text, their Latin-1 names decoded), and PDFs encapsulated by DCMTK's pdf2dcm given back byte
// for byte, whatever their length's parity.
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/imaging/Plane.h>
#include <strata/measure/Documents.h>
#include <strata/measure/KeyObjects.h>
#include <strata/measure/ReportMarks.h>
#include <strata/measure/Waveform.h>

#include <cad_report.h>
#include <dicom_tools.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <pdf_document.h>
#include <presentation_state.h>

#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {
const QString kReport = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/test-SR.dcm");
const QString kTextReport = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/reportsi.dcm");
/// A Mortara cardiograph's 12-lead ECG: 10 s at 1000 Hz (RHYTHM) and a median beat, µV, with the
/// device's interpretation, intervals, axes and marked points.
const QString kEcg = QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg/waveform_ecg.dcm");
/// A legacy multi-frame MR: 16 frames of 256 × 256.
const QString kMultiFrame = QStringLiteral(STRATA_TESTDATA_DIR "/multiframe-enhanced/dwv/multiframe-test1.dcm");
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

    void cadReportsMarkTheirImages()
    {
        // A CAD system's report on an MR slice and a multi-frame MR: a cluster of calcifications
        // with its centre and outline, a mass, one below the operating point (optional), one not
        // for presentation, and a finding on the second frame of the multi-frame alone.
        QTemporaryDir dir;
        const QStringList images = {testing::mrSlice(0), kMultiFrame};
        const QString path = dir.filePath(QStringLiteral("cad.dcm"));
        testing::CadFinding cluster;
        cluster.center = {{100.5, 120.25}};
        cluster.outline = {{90, 110}, {112, 110}, {112, 131}, {90, 131}};
        testing::CadFinding mass{"4147007", "SCT", "Mass", 1, {{50, 60}}, {}};
        testing::CadFinding optional{"4147007", "SCT", "Mass", 0, {{30, 30}}, {}, "111151"};
        testing::CadFinding hidden{"129748009", "SCT", "Calcification cluster", 0, {{40, 40}}, {}, "111152"};
        testing::CadFinding onFrame{"129748009", "SCT", "Calcification cluster", 1, {{70, 80}, {75, 85}}, {}, "111150", 2};
        QVERIFY(testing::writeCadReport(path, images, {cluster, mass, optional, hidden, onFrame}));

        auto read = measure::readReportMarks(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const measure::ReportMarks &report = read.value();
        QCOMPARE(report.sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.88.50"));
        QVERIFY(measure::mayMarkImages(report.sopClassUid));
        QCOMPARE(report.title, QStringLiteral("Mammography CAD Report"));
        QCOMPARE(report.algorithm, QStringLiteral("Strata Test CAD 2.1"));
        QCOMPARE(report.label(), QStringLiteral("Mammography CAD Report (Strata Test CAD 2.1)"));
        QVERIFY(!report.measurementReport);
        QCOMPARE(report.optional, 1);
        QCOMPARE(report.notForPresentation, 1);
        // The cluster's centre and outline, the mass's centre, the two points on frame 2.
        QCOMPARE(int(report.marks.size()), 5);
        const QString first = testing::tagValue(images[0], QStringLiteral("0008,0018"));
        const QString second = testing::tagValue(images[1], QStringLiteral("0008,0018"));
        using Shape = measure::PresentationGraphic::Shape;
        const measure::ReportMark &centre = report.marks[0];
        QCOMPARE(centre.sopInstanceUid, first);   // by reference to the image library's entry
        QVERIFY(centre.frames.empty());
        QCOMPARE(centre.graphic.shape, Shape::Point);
        QCOMPARE(centre.graphic.units, measure::AnnotationUnits::Pixel);
        QCOMPARE(centre.graphic.points.front(), QPointF(100.5, 120.25));
        QCOMPARE(centre.finding, QStringLiteral("Calcification cluster"));
        QCOMPARE(centre.role, QStringLiteral("Center"));
        QCOMPARE(centre.symbol, measure::ReportMark::Symbol::Calcification);
        const measure::ReportMark &outline = report.marks[1];
        QCOMPARE(outline.graphic.shape, Shape::Polyline);
        QCOMPARE(int(outline.graphic.points.size()), 5);   // closed: the last point is the first
        QCOMPARE(outline.graphic.points.back(), outline.graphic.points.front());
        QCOMPARE(outline.graphic.points[2], QPointF(112, 131));
        QCOMPARE(outline.role, QStringLiteral("Outline"));
        QCOMPARE(outline.group, centre.group);   // one finding: labelled once
        QVERIFY(report.marks[2].group != centre.group);
        QCOMPARE(report.marks[2].sopInstanceUid, second);
        QCOMPARE(report.marks[2].symbol, measure::ReportMark::Symbol::Mass);
        QCOMPARE(report.marks[2].graphic.points.front(), QPointF(50, 60));
        QCOMPARE(report.marks[3].frames, std::vector<int>{2});
        QCOMPARE(report.marks[4].graphic.points.front(), QPointF(75, 85));   // a MULTIPOINT: one mark each

        // Which marks an image (and a frame of it) gets.
        const std::vector<std::shared_ptr<const measure::ReportMarks>> reports{std::make_shared<measure::ReportMarks>(report)};
        QCOMPARE(int(measure::marksOnImage(reports, first, 1).size()), 2);
        QCOMPARE(int(measure::marksOnImage(reports, second, 1).size()), 1);
        QCOMPARE(int(measure::marksOnImage(reports, second, 2).size()), 3);
        QCOMPARE(measure::marksOnImage(reports, second, 2).front().report, reports.front().get());
        QVERIFY(measure::marksOnImage(reports, QStringLiteral("1.2.3"), 1).empty());

        // A chest CAD's nodule is drawn as a mass is.
        const QString chest = dir.filePath(QStringLiteral("chest.dcm"));
        QVERIFY(testing::writeCadReport(chest, {images[0]}, {{"27925004", "SCT", "Nodule", 0, {{10, 20}}, {}}}, true));
        auto chestMarks = measure::readReportMarks(chest);
        QVERIFY(chestMarks.ok());
        QCOMPARE(chestMarks.value().title, QStringLiteral("Chest CAD Report"));
        QCOMPARE(int(chestMarks.value().marks.size()), 1);
        QCOMPARE(chestMarks.value().marks[0].finding, QStringLiteral("Nodule"));
        QCOMPARE(chestMarks.value().marks[0].symbol, measure::ReportMark::Symbol::Mass);

        // The test data's Comprehensive SR: a circle selected from no image marks nothing.
        auto comprehensive = measure::readReportMarks(kReport);
        QVERIFY(comprehensive.ok());
        QCOMPARE(comprehensive.value().title, QStringLiteral("Diagnosis"));
        QVERIFY(comprehensive.value().marks.empty());
        // Not a report: refused by name.
        QVERIFY(!measure::mayMarkImages(QStringLiteral("1.2.840.10008.5.1.4.1.1.88.11")));   // Basic Text
        auto image = measure::readReportMarks(images[0]);
        QVERIFY(!image.ok());
        QCOMPARE(image.error().subject, images[0]);
    }

    void marksInThePatientLieOnTheirSlices()
    {
        // A report's nodule (a SCOORD3D point) and a lesion outline (a polygon) in the MR series'
        // patient space, placed through the second slice's own geometry: drawn on that slice where
        // they were put, not on its neighbour 9 mm away, nor in another frame of reference.
        const QString slice = testing::mrSlice(1);
        auto header = dicom::readHeader(slice);
        QVERIFY(header.ok());
        const auto plane = imaging::imageGeometry(header.value());
        QVERIFY(plane);
        auto neighbour = dicom::readHeader(testing::mrSlice(2));
        QVERIFY(neighbour.ok());
        const auto next = imaging::imageGeometry(neighbour.value());
        QVERIFY(next && std::abs(plane->distance(next->origin)) > 4);
        // Pixel (column, row) of the slice → patient: column + 0.5 is its SCOORD column.
        auto at = [&](double column, double row) { return plane->patientPosition(column, row); };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("3d.dcm"));
        QVERIFY(testing::writePatientFindings(path, slice,
                                              {{"Nodule", DSRTypes::GT3_Point, {at(100, 80)}},
                                               {"Lesion", DSRTypes::GT3_Polygon, {at(40, 40), at(60, 40), at(60, 70)}}}));
        auto read = measure::readReportMarks(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        QCOMPARE(int(read.value().marks.size()), 2);
        const measure::ReportMark &nodule = read.value().marks[0];
        QVERIFY(nodule.sopInstanceUid.isEmpty());
        QCOMPARE(nodule.frameOfReferenceUid, header.value().frameOfReferenceUid);
        QCOMPARE(nodule.finding, QStringLiteral("Nodule"));
        QCOMPARE(nodule.symbol, measure::ReportMark::Symbol::Mass);
        QCOMPARE(int(read.value().marks[1].patientPoints.size()), 4);   // the polygon closed

        const std::vector<std::shared_ptr<const measure::ReportMarks>> reports{std::make_shared<measure::ReportMarks>(read.value())};
        const auto here = measure::marksOnPlane(reports, header.value().frameOfReferenceUid, *plane, 4.5);
        QCOMPARE(int(here.size()), 2);
        QCOMPARE(here[0].mark.graphic.shape, measure::PresentationGraphic::Shape::Point);
        // Float32 in the SR: within a hundredth of a pixel.
        QVERIFY(std::abs(here[0].mark.graphic.points[0].x() - 100.5) < 0.01 && std::abs(here[0].mark.graphic.points[0].y() - 80.5) < 0.01);
        QCOMPARE(here[1].mark.graphic.shape, measure::PresentationGraphic::Shape::Polyline);
        QVERIFY(std::abs(here[1].mark.graphic.points[2].x() - 60.5) < 0.01 && std::abs(here[1].mark.graphic.points[2].y() - 70.5) < 0.01);
        QVERIFY(measure::marksOnPlane(reports, header.value().frameOfReferenceUid, *next, 4.5).empty());
        QVERIFY(measure::marksOnPlane(reports, QStringLiteral("1.2.3.4"), *plane, 4.5).empty());
        QVERIFY(measure::marksOnImage(reports, header.value().sopInstanceUid, 1).empty());   // not an image's
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

    void twelveLeadEcgIsReadLeadByLead()
    {
        auto header = dicom::readHeader(kEcg);
        QVERIFY(header.ok());
        QCOMPARE(dicom::documentKind(header.value().sopClassUid), dicom::DocumentKind::Waveform);
        const auto documents = measure::studyDocuments({header.value()});
        QCOMPARE(documents.size(), std::size_t(1));
        QCOMPARE(documents[0].label(), QStringLiteral("12-lead ECG Waveform, 2013-01-25 10:59"));

        auto read = measure::readWaveform(kEcg);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const measure::Waveform &w = read.value();
        QCOMPARE(w.groups.size(), std::size_t(2));
        QCOMPARE(w.identity(), QStringLiteral("Anonymous · ID 642341 · born 1971-01-23 · F · 042Y · 2013-01-25 10:59:19 · Mortara Instrument, Inc. el250"));
        const measure::WaveformGroup &rhythm = w.groups[0];
        QCOMPARE(rhythm.label, QStringLiteral("RHYTHM"));
        QVERIFY(!rhythm.derived);
        QCOMPARE(rhythm.samplingHz, 1000.0);
        QCOMPARE(rhythm.samples, 10000);
        QCOMPARE(rhythm.durationSeconds(), 10.0);
        QCOMPARE(rhythm.channels.size(), std::size_t(12));
        QCOMPARE(rhythm.channels[0].label, QStringLiteral("I"));
        QCOMPARE(rhythm.channels[0].source, QStringLiteral("Lead I (Einthoven)"));
        QCOMPARE(rhythm.channels[3].label, QStringLiteral("aVR"));
        QCOMPARE(rhythm.channels[11].label, QStringLiteral("V6"));
        QCOMPARE(rhythm.channels[0].unit, QStringLiteral("uV"));
        QCOMPARE(rhythm.channels[0].millivoltsPerUnit().value(), 1e-3);
        QCOMPARE(rhythm.channels[0].filterLowHz.value(), 0.05);
        QCOMPARE(rhythm.channels[0].filterHighHz.value(), 300.0);
        QVERIFY(measure::isElectrical(rhythm));
        const std::vector<int> leads = measure::standardLeads(rhythm);
        QCOMPARE(leads, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QVERIFY(w.groups[1].derived);
        QCOMPARE(w.groups[1].label, QStringLiteral("MEDIAN BEAT"));
        QCOMPARE(w.groups[1].samples, 1200);

        // The first sample of each lead as stored (0050 005a 000a ffab, 1.25 µV a step).
        QCOMPARE(rhythm.channels[0].values[0], 100.0f);
        QCOMPARE(rhythm.channels[1].values[0], 112.5f);
        QCOMPARE(rhythm.channels[2].values[0], 12.5f);
        QCOMPARE(rhythm.channels[3].values[0], -106.25f);
        // The limb leads are bound by Einthoven's and Goldberger's laws through the whole strip:
        // III = II − I, aVR = −(I + II)/2, aVL = I − II/2, aVF = II − I/2 (within the
        // cardiograph's rounding) — which only holds when the samples are taken apart channel by
        // channel in the order the file multiplexes them.
        const auto &I = rhythm.channels[0].values, &II = rhythm.channels[1].values, &III = rhythm.channels[2].values;
        const auto &aVR = rhythm.channels[3].values, &aVL = rhythm.channels[4].values, &aVF = rhythm.channels[5].values;
        float largest = 0;
        for (int s = 0; s < rhythm.samples; ++s) {
            QVERIFY2(std::abs(III[s] - (II[s] - I[s])) <= 2.5f, qPrintable(QString::number(s)));
            QVERIFY2(std::abs(aVR[s] + (I[s] + II[s]) / 2) <= 2.5f, qPrintable(QString::number(s)));
            QVERIFY2(std::abs(aVL[s] - (I[s] - II[s] / 2)) <= 2.5f, qPrintable(QString::number(s)));
            QVERIFY2(std::abs(aVF[s] - (II[s] - I[s] / 2)) <= 2.5f, qPrintable(QString::number(s)));
            largest = std::max(largest, II[s]);
        }
        QVERIFY2(largest > 500 && largest < 3000, qPrintable(QString::number(largest)));   // an R wave of lead II, in µV

        // What the device said: its statements and its measurements, the marked points aside.
        QStringList findings;
        for (const measure::WaveformAnnotation &a : w.findings())
            findings << a.display();
        QVERIFY2(findings.contains(QStringLiteral("RITMO SINUSALE")), qPrintable(findings.join(u'|')));
        QVERIFY(findings.contains(QStringLiteral("ECG NORMALE")));
        QVERIFY(findings.contains(QStringLiteral("RR Interval 982 ms")));
        QVERIFY(findings.contains(QStringLiteral("PR Interval 161 ms")));
        QVERIFY(findings.contains(QStringLiteral("QRS Duration 75 ms")));
        QVERIFY(findings.contains(QStringLiteral("QTc Interval 370 ms")));
        QVERIFY(findings.contains(QStringLiteral("QRS Axis 52°")));
        QCOMPARE(std::lround(w.heartRatePerMinute().value()), 61L);
        const auto marked = std::count_if(w.annotations.begin(), w.annotations.end(), [](const measure::WaveformAnnotation &a) { return !a.samples.empty(); });
        QCOMPARE(marked, 66L);
        const auto pOnset = std::find_if(w.annotations.begin(), w.annotations.end(), [](const measure::WaveformAnnotation &a) { return a.name == QLatin1String("P Onset"); });
        QVERIFY(pOnset != w.annotations.end());
        QCOMPARE(pOnset->samples, std::vector<double>{298});   // stored 299, counted from 1
        QCOMPARE(pOnset->group, 0);
        QCOMPARE(pOnset->channel, -1);

        // CSV: a column per lead in its unit, a row per sample.
        const QString csv = measure::waveformCsv(rhythm);
        const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10001);
        QVERIFY(lines[0].startsWith(QStringLiteral("time_s,I (uV),II (uV),III (uV),aVR (uV)")));
        QVERIFY2(lines[1].startsWith(QStringLiteral("0,100,112.5,12.5,-106.25,")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("0.001,")), qPrintable(lines[2]));
        auto exported = measure::documentFileBytes(kEcg, dicom::DocumentKind::Waveform);
        QVERIFY(exported.ok());
        QCOMPARE(QString::fromUtf8(exported.value()), csv);

        const QString text = measure::waveformText(w);
        QVERIFY2(text.contains(QStringLiteral("Group 1: RHYTHM, 12 channels, 1000 Hz, 10.00 s (10000 samples)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Heart rate: 61 /min")));
        QVERIFY(text.contains(QStringLiteral("Marked points: 66 (P Onset, P Offset, QRS Onset, Fiducial Point, QRS Offset, T Offset)")));
    }

    // Many cardiographs store eight leads (I, II, V1–V6) and leave the other four limb leads to
    // the reader: the test data's ECG rewritten so (its III, aVR, aVL, aVF taken out of the
    // samples and the channel definitions) gets them derived, equal to those the cardiograph
    // stored within its rounding, and is a 12-lead sheet again.
    void eightLeadEcgGetsItsLimbLeadsDerived()
    {
        QTemporaryDir dir;
        const QString eight = dir.filePath(QStringLiteral("eight.dcm"));
        {
            DcmFileFormat file;
            QVERIFY(file.loadFile(kEcg.toUtf8().constData()).good());
            DcmItem *group = nullptr;
            QVERIFY(file.getDataset()->findAndGetSequenceItem(DCM_WaveformSequence, group, 0).good());
            const Uint16 *words = nullptr;
            unsigned long count = 0;
            QVERIFY(group->findAndGetUint16Array(DCM_WaveformData, words, &count).good());
            QCOMPARE(count, 12UL * 10000UL);
            std::vector<Uint16> kept;
            for (unsigned long s = 0; s < 10000; ++s)
                for (unsigned long c : {0, 1, 6, 7, 8, 9, 10, 11})
                    kept.push_back(words[s * 12 + c]);
            DcmSequenceOfItems *definitions = nullptr;
            QVERIFY(group->findAndGetSequence(DCM_ChannelDefinitionSequence, definitions).good());
            for (unsigned long c = 5; c >= 2; --c)
                delete definitions->remove(c);
            QVERIFY(group->putAndInsertUint16(DCM_NumberOfWaveformChannels, 8).good());
            QVERIFY(group->putAndInsertUint16Array(DCM_WaveformData, kept.data(), kept.size()).good());
            QVERIFY(file.saveFile(eight.toUtf8().constData(), EXS_LittleEndianExplicit).good());
        }
        auto stored = measure::readWaveform(kEcg);
        auto read = measure::readWaveform(eight);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const measure::WaveformGroup &g = read.value().groups[0];
        QCOMPARE(g.channels.size(), std::size_t(12));
        QStringList labels;
        for (const measure::WaveformChannel &c : g.channels)
            labels << c.label + (c.derived ? QStringLiteral("*") : QString());
        QCOMPARE(labels.join(u' '), QStringLiteral("I II V1 V2 V3 V4 V5 V6 III* aVR* aVL* aVF*"));
        QCOMPARE(g.channels[8].source, QStringLiteral("derived: II − I"));
        QCOMPARE(g.channels[9].unit, QStringLiteral("uV"));
        QCOMPARE(measure::standardLeads(g), (std::vector<int>{0, 1, 8, 9, 10, 11, 2, 3, 4, 5, 6, 7}));
        const measure::WaveformGroup &original = stored.value().groups[0];
        for (int lead = 0; lead < 4; ++lead) {
            const auto &derived = g.channels[std::size_t(8 + lead)].values, &recorded = original.channels[std::size_t(2 + lead)].values;
            float worst = 0;
            for (std::size_t s = 0; s < derived.size(); ++s)
                worst = std::max(worst, std::abs(derived[s] - recorded[s]));
            QVERIFY2(worst <= 2.5f, qPrintable(QStringLiteral("%1: %2 µV").arg(g.channels[std::size_t(8 + lead)].label).arg(worst)));
        }
        QVERIFY(measure::waveformText(read.value()).contains(QStringLiteral("  III    derived: II − I, microvolt")));
        // Leads of an ECG stored with all twelve are never derived.
        for (const measure::WaveformChannel &c : original.channels)
            QVERIFY(!c.derived);
    }

    // The beats of lead II, found by their slope, lie where the cardiograph marked its beats
    // (its Fiducial Points); the rate they give is the cardiograph's (its RR interval). An ECG
    // without the device's annotations gets that rate measured, and says so.
    void beatsAreFoundWhereTheCardiographMarkedThem()
    {
        const measure::Waveform w = measure::readWaveform(kEcg).value();
        const measure::WaveformGroup &rhythm = w.groups[0];
        std::vector<double> marked;
        for (const measure::WaveformAnnotation &a : w.annotations)
            if (a.name == QLatin1String("Fiducial Point") && !a.samples.empty())
                marked.push_back(a.samples.front());
        QCOMPARE(marked.size(), std::size_t(11));
        const std::vector<int> beats = measure::detectBeats(rhythm, 1);
        QCOMPARE(beats.size(), std::size_t(10));
        auto nearest = [](double at, const auto &among) {
            double best = 1e9;
            for (const auto &x : among)
                best = std::min(best, std::abs(double(x) - at));
            return best;
        };
        // Each beat found within 5 ms of a marked one, and each marked one within 30 ms of a beat
        // found (the first is the median beat's own, 26 ms before the first beat's).
        for (int b : beats)
            QVERIFY2(nearest(b, marked) <= 5, qPrintable(QString::number(b)));
        for (double m : marked)
            QVERIFY2(nearest(m, beats) <= 30, qPrintable(QString::number(m)));
        const auto rate = measure::measuredHeartRate(rhythm);
        QVERIFY(rate);
        QCOMPARE(rate->lead, QStringLiteral("II"));
        QCOMPARE(rate->beats, 10);
        QVERIFY2(std::abs(rate->perMinute - w.heartRatePerMinute().value()) < 1, qPrintable(QString::number(rate->perMinute)));
        QVERIFY(!measure::waveformText(w).contains(QStringLiteral("measured by Strata")));   // the device's own rate is given

        QTemporaryDir dir;
        const QString bare = dir.filePath(QStringLiteral("bare.dcm"));
        QVERIFY(testing::modifiedCopyOf(kEcg, bare, {}, {QStringLiteral("(0040,b020)")}));
        const measure::Waveform unannotated = measure::readWaveform(bare).value();
        QVERIFY(unannotated.annotations.empty());
        QVERIFY(!unannotated.heartRatePerMinute());
        QVERIFY2(measure::waveformText(unannotated).contains(QStringLiteral("Heart rate: 61 /min (measured by Strata: 10 beats of lead II)")),
                 qPrintable(measure::waveformText(unannotated)));
        // A lead without a signal has no beats.
        measure::WaveformGroup flat = rhythm;
        std::fill(flat.channels[1].values.begin(), flat.channels[1].values.end(), 0.0f);
        QVERIFY(measure::detectBeats(flat, 1).empty());
    }

    void waveformValuesFollowTheirChannelDefinition()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("ecg.dcm"));
        // A channel's correction factor and baseline (value = sample × sensitivity × factor +
        // baseline), and a padding value: no signal where a sample holds it.
        QVERIFY(testing::modifiedCopyOf(kEcg, copy, {QStringLiteral("(5400,0100)[0].(003a,0200)[1].(003a,0212)=2"),
                                                     QStringLiteral("(5400,0100)[0].(003a,0200)[1].(003a,0213)=-50"),
                                                     QStringLiteral("(5400,0100)[0].(5400,100a)=0050")}));
        auto read = measure::readWaveform(copy);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const measure::WaveformGroup &g = read.value().groups[0];
        QVERIFY(std::isnan(g.channels[0].values[0]));               // stored 0x0050: padding
        QCOMPARE(g.channels[1].values[0], float(90 * 1.25 * 2 - 50)); // stored 0x005a
        QCOMPARE(g.channels[2].values[0], 12.5f);
        QVERIFY(measure::waveformCsv(g).split(u'\n')[1].startsWith(QStringLiteral("0,,175,12.5,")));

        // A group that says it holds more samples than its data does: refused, naming the file.
        const QString shortData = dir.filePath(QStringLiteral("short.dcm"));
        QVERIFY(testing::modifiedCopyOf(kEcg, shortData, {QStringLiteral("(5400,0100)[0].(003a,0010)=20000")}));
        auto refused = measure::readWaveform(shortData);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().subject, shortData);
        QVERIFY2(refused.error().reason.contains(QStringLiteral("240000 bytes of samples where 12 channels × 20000 samples need 480000")),
                 qPrintable(refused.error().reason));
        // An unknown sample encoding is said, not guessed.
        const QString odd = dir.filePath(QStringLiteral("odd.dcm"));
        QVERIFY(testing::modifiedCopyOf(kEcg, odd, {QStringLiteral("(5400,0100)[0].(5400,1006)=XX")}));
        QVERIFY(!measure::readWaveform(odd).ok());
        QCOMPARE(measure::readWaveform(odd).error().code, ErrorCode::Unsupported);
        // An image is not a waveform.
        QCOMPARE(measure::readWaveform(testing::mrSlice(0)).error().code, ErrorCode::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
