/// Key Object Selection documents: Strata's KOS of real images passes dicom3tools' dciodvfy and
/// reads back (title, description, observer, frames of a multi-frame image, the patient); a KOS
/// built with DCMTK's own dcmsr API ("For Teaching", frames) and an IHE rejection note are read;
/// and in a local cache the study's KOS marks its key images once (with its title as the note),
/// waits for images that are not there yet, and a rejection note marks none.
#include <strata/dicom/HeaderReader.h>
#include <strata/measure/KeyObjects.h>
#include <strata/measure/ReportImport.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <dicom_tools.h>
#include <presentation_state.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrimgvl.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::measure;
using strata::testing::dciodvfy;
using strata::testing::mrSlice;

namespace {

const QString kFirst = QStringLiteral("1.3.12.2.1107.5.2.32.35162.2012021516005773746856698");
const QString kSecond = QStringLiteral("1.3.12.2.1107.5.2.32.35162.2012021516010143595256902");
const QString kEnhanced = QStringLiteral(STRATA_TESTDATA_DIR "/multiframe-enhanced/dcm_qa_enh-Philips");

QString tag(const QString &file, const DcmTagKey &key)
{
    DcmFileFormat ff;
    OFString v;
    if (ff.loadFile(file.toUtf8().constData()).good())
        ff.getDataset()->findAndGetOFStringArray(key, v);
    return QString::fromUtf8(v.c_str());
}

QString firstFile(const QString &folder)
{
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    return files.isEmpty() ? QString() : folder + QLatin1Char('/') + files.first();
}

/// A KOS made with dcmsr's API (not Strata's writer): `title`, a description, the first MR slice
/// and frames 2 and 5 of `multiFrameUid` (of class `multiFrameClass`), in `studyUid`, for the MR's
/// patient.
bool dcmtkKos(const QString &path, const DSRCodedEntryValue &title, const QString &studyUid, const QString &multiFrameClass,
              const QString &multiFrameUid)
{
    DSRDocument doc(DSRTypes::DT_KeyObjectSelectionDocument);
    DSRDocumentTree &tree = doc.getTree();
    if (tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container, title).bad())
        return false;
    if (tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, DSRCodedEntryValue("113012", "DCM", "Key Object Description")).bad())
        return false;
    tree.getCurrentContentItem().setStringValue("Fracture of the left radius", OFFalse);
    tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image, DSRTypes::AM_afterCurrent);
    tree.getCurrentContentItem().setImageReference(DSRImageReferenceValue("1.2.840.10008.5.1.4.1.1.4", kFirst.toLatin1().constData()), OFFalse);
    tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image, DSRTypes::AM_afterCurrent);
    DSRImageReferenceValue frames(multiFrameClass.toLatin1().constData(), multiFrameUid.toLatin1().constData());
    frames.getFrameList().addItem(2);
    frames.getFrameList().addItem(5);
    tree.getCurrentContentItem().setImageReference(frames, OFFalse);
    doc.createNewSeriesInStudy(studyUid.toLatin1().constData());
    doc.getCurrentRequestedProcedureEvidence().addItem(studyUid.toLatin1().constData(), "1.2.3.4.5", "1.2.840.10008.5.1.4.1.1.4",
                                                       kFirst.toLatin1().constData());
    DcmFileFormat ff;
    if (doc.write(*ff.getDataset()).bad())
        return false;
    // The patient of the MR series (dcmsr leaves the patient to the caller).
    for (const DcmTagKey &key : {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex})
        ff.getDataset()->putAndInsertString(key, tag(mrSlice(0), key).toUtf8().constData());
    return ff.saveFile(path.toUtf8().constData(), EXS_LittleEndianExplicit).good();
}

} // namespace

class TestKeyObjects : public QObject {
    Q_OBJECT
private slots:
    void writesAKosThatDciodvfyAcceptsAndReadsItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kos.dcm"));
        auto written = writeKeyObjectSelection({{mrSlice(0), 0}, {mrSlice(1), 0}, {mrSlice(0), 0}}, QStringLiteral("Lesion grows"),
                                               QStringLiteral("Doe^Jane"), path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        const QString check = dciodvfy(path);
        QVERIFY2(!check.contains(QStringLiteral("Error")), qPrintable(check));
        QCOMPARE(tag(path, DCM_Modality), QStringLiteral("KO"));
        QCOMPARE(tag(path, DCM_StudyInstanceUID), tag(mrSlice(0), DCM_StudyInstanceUID));
        QCOMPARE(tag(path, DCM_PatientName), tag(mrSlice(0), DCM_PatientName));
        QVERIFY(tag(path, DCM_SeriesInstanceUID) != tag(mrSlice(0), DCM_SeriesInstanceUID));

        auto read = readKeyObjectSelection(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const KeyObjectDocument &doc = read.value();
        QCOMPARE(doc.sopInstanceUid, written.value());
        QCOMPARE(doc.titleCode, QStringLiteral("113000"));
        QCOMPARE(doc.titleMeaning, QStringLiteral("Of Interest"));
        QCOMPARE(doc.description, QStringLiteral("Lesion grows"));
        QCOMPARE(doc.observer, QStringLiteral("Doe, Jane"));
        QVERIFY(!doc.isRejection());
        QCOMPARE(doc.note(), QStringLiteral("Of Interest: Lesion grows"));
        QCOMPARE(doc.images.size(), std::size_t(2));   // the first slice once
        QCOMPARE(doc.images[0].sopInstanceUid, kFirst);
        QCOMPARE(doc.images[0].sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.4"));
        QVERIFY(doc.images[0].frames.empty());
        QCOMPARE(doc.images[1].sopInstanceUid, kSecond);
    }

    void listsTheFramesOfAMultiFrameImage()
    {
        QTemporaryDir dir;
        const QString enhanced = firstFile(kEnhanced);
        QVERIFY(!enhanced.isEmpty());
        const QString path = dir.filePath(QStringLiteral("frames.dcm"));
        auto written = writeKeyObjectSelection({{enhanced, 9}, {enhanced, 2}}, {}, {}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        const QString check = dciodvfy(path);
        QVERIFY2(!check.contains(QStringLiteral("Error")), qPrintable(check));
        auto read = readKeyObjectSelection(path);
        QVERIFY(read.ok());
        QCOMPARE(read.value().images.size(), std::size_t(1));
        QCOMPARE(read.value().images[0].frames, (std::vector<int>{10, 3}));
        QCOMPARE(read.value().note(), QStringLiteral("Of Interest"));
    }

    void refusesImagesOfTwoStudiesAndOtherObjects()
    {
        QTemporaryDir dir;
        const QString ct = QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt/01.dcm");
        auto mixed = writeKeyObjectSelection({{mrSlice(0), 0}, {ct, 0}}, {}, {}, dir.filePath(QStringLiteral("mixed.dcm")));
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().subject, ct);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("mixed.dcm"))));
        auto image = readKeyObjectSelection(mrSlice(0));
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::Unsupported);
        QCOMPARE(image.error().subject, mrSlice(0));
        QVERIFY(!writeKeyObjectSelection({}, {}, {}, dir.filePath(QStringLiteral("none.dcm"))).ok());
    }

    void readsWhatDcmsrWrites()
    {
        QTemporaryDir dir;
        const QString study = tag(mrSlice(0), DCM_StudyInstanceUID);
        const QString teaching = dir.filePath(QStringLiteral("teaching.dcm"));
        QVERIFY(dcmtkKos(teaching, DSRCodedEntryValue("113004", "DCM", "For Teaching"), study, QStringLiteral("1.2.840.10008.5.1.4.1.1.4.1"),
                         QStringLiteral("1.2.3.4.99")));
        auto read = readKeyObjectSelection(teaching);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        QCOMPARE(read.value().titleMeaning, QStringLiteral("For Teaching"));
        QCOMPARE(read.value().description, QStringLiteral("Fracture of the left radius"));
        QCOMPARE(read.value().studyInstanceUid, study);
        QCOMPARE(read.value().images.size(), std::size_t(2));
        QCOMPARE(read.value().images[1].frames, (std::vector<int>{2, 5}));
        QVERIFY(!read.value().isRejection());
        const QString rejection = dir.filePath(QStringLiteral("rejection.dcm"));
        QVERIFY(dcmtkKos(rejection, DSRCodedEntryValue("113001", "DCM", "Rejected for Quality Reasons"), study,
                         QStringLiteral("1.2.840.10008.5.1.4.1.1.4.1"), QStringLiteral("1.2.3.4.99")));
        auto rejected = readKeyObjectSelection(rejection);
        QVERIFY(rejected.ok());
        QVERIFY(rejected.value().isRejection());
    }

    void aStudysKosMarksItsKeyImagesInTheCache()
    {
        QTemporaryDir data, files;
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        // The study's first slice only; the KOS names it and the second slice (not here yet).
        const QString study = tag(mrSlice(0), DCM_StudyInstanceUID);
        const QString kos = files.filePath(QStringLiteral("kos.dcm"));
        QVERIFY(writeKeyObjectSelection({{mrSlice(0), 0}, {mrSlice(1), 0}}, QStringLiteral("Compare"), QStringLiteral("Doe^Jane"), kos).ok());
        const QString rejection = files.filePath(QStringLiteral("rejection.dcm"));
        QVERIFY(dcmtkKos(rejection, DSRCodedEntryValue("113001", "DCM", "Rejected for Quality Reasons"), study,
                         QStringLiteral("1.2.840.10008.5.1.4.1.1.4"), kSecond));
        auto first = store::runImport(*cache.value(), {mrSlice(0), kos, rejection});
        QCOMPARE(first.imported, 3);
        auto keys = cache.value()->service()->keyImages();
        QVERIFY(keys.ok());

        auto summary = importStudyReports(*cache.value()->service(), study);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        QCOMPARE(summary.value().keyImages, 1);
        QVERIFY2(summary.value().problems.join(QLatin1Char('\n')).contains(QStringLiteral("Rejected for Quality Reasons")),
                 qPrintable(summary.value().problems.join(QLatin1Char('\n'))));
        auto marked = keys.value()->keyImages(study);
        QVERIFY(marked.ok());
        QCOMPARE(marked.value().size(), std::size_t(1));
        QCOMPARE(marked.value()[0].sopInstanceUid, kFirst);
        QCOMPARE(marked.value()[0].note, QStringLiteral("Of Interest: Compare"));

        // The second slice arrives: the KOS is read again and marks it; the rejection note's
        // slice is not marked (nor hidden).
        QCOMPARE(store::runImport(*cache.value(), {mrSlice(1)}).imported, 1);
        summary = importStudyReports(*cache.value()->service(), study);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().keyImages, 1);
        marked = keys.value()->keyImages(study);
        QVERIFY(marked.ok());
        QCOMPARE(marked.value().size(), std::size_t(2));
        // Unmarked by the reader: a KOS read once does not mark it again.
        QVERIFY(keys.value()->removeKeyImage(kFirst, 0).ok());
        summary = importStudyReports(*cache.value()->service(), study);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().keyImages, 0);
        QCOMPARE(keys.value()->keyImages(study).value().size(), std::size_t(1));
    }

    // A KOS that names a multi-frame image without frame numbers selects the whole image: every
    // frame is a key image (the real 10-frame MR); one with frame numbers, those frames only.
    void aWholeMultiFrameImageIsKeyInEveryFrame()
    {
        QTemporaryDir data, files;
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        const QString mr = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/emri_small.dcm");
        const QString study = tag(mr, DCM_StudyInstanceUID), sop = tag(mr, DCM_SOPInstanceUID), sopClass = tag(mr, DCM_SOPClassUID);
        auto kos = [&](const QString &path, const std::vector<Sint32> &frames) {
            DSRDocument doc(DSRTypes::DT_KeyObjectSelectionDocument);
            DSRDocumentTree &tree = doc.getTree();
            tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container, DSRCodedEntryValue("113000", "DCM", "Of Interest"));
            tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image, DSRCodedEntryValue());
            DSRImageReferenceValue image(sopClass.toLatin1().constData(), sop.toLatin1().constData());
            for (Sint32 f : frames)
                image.getFrameList().addItem(f);
            tree.getCurrentContentItem().setImageReference(image, OFFalse);
            doc.createNewSeriesInStudy(study.toLatin1().constData());
            doc.getCurrentRequestedProcedureEvidence().addItem(study.toLatin1().constData(), tag(mr, DCM_SeriesInstanceUID).toLatin1().constData(),
                                                               sopClass.toLatin1().constData(), sop.toLatin1().constData());
            DcmFileFormat ff;
            if (doc.write(*ff.getDataset()).bad())
                return false;
            for (const DcmTagKey &key : {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex})
                ff.getDataset()->putAndInsertString(key, tag(mr, key).toUtf8().constData());
            return ff.saveFile(path.toUtf8().constData(), EXS_LittleEndianExplicit).good();
        };
        const QString whole = files.filePath(QStringLiteral("whole.dcm"));
        QVERIFY(kos(whole, {}));
        QCOMPARE(store::runImport(*cache.value(), {mr, whole}).imported, 2);
        auto summary = importStudyReports(*cache.value()->service(), study);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        QCOMPARE(summary.value().keyImages, 10);
        auto keys = cache.value()->service()->keyImages();
        QVERIFY(keys.ok());
        auto marked = keys.value()->keyImages(study);
        QVERIFY(marked.ok());
        QCOMPARE(marked.value().size(), std::size_t(10));
        for (int f = 0; f < 10; ++f)
            QCOMPARE(marked.value()[std::size_t(f)].frame, f);

        // Frames named: only they.
        QTemporaryDir data2;
        auto cache2 = store::LocalCache::open(data2.path());
        QVERIFY(cache2.ok());
        const QString some = files.filePath(QStringLiteral("some.dcm"));
        QVERIFY(kos(some, {3, 7}));
        QCOMPARE(store::runImport(*cache2.value(), {mr, some}).imported, 2);
        summary = importStudyReports(*cache2.value()->service(), study);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().keyImages, 2);
        marked = cache2.value()->service()->keyImages().value()->keyImages(study);
        QCOMPARE(marked.value().size(), std::size_t(2));
        QCOMPARE(marked.value()[0].frame, 2);
        QCOMPARE(marked.value()[1].frame, 6);
    }

    void theIndexKnowsWhatARejectionNoteWithdraws()
    {
        // The modality withdraws two of the six slices (IHE IOCM, Rejected for Quality Reasons);
        // the note comes first, the images after it, as a PACS may forward them.
        QTemporaryDir data, files;
        const QString note = files.filePath(QStringLiteral("rejection.dcm"));
        auto written = writeKeyObjectSelection({{mrSlice(2), 0}, {mrSlice(3), 0}}, {}, {}, note,
                                               {QStringLiteral("113001"), QStringLiteral("DCM"), QStringLiteral("Rejected for Quality Reasons")});
        QVERIFY(written.ok());
        const QStringList withdrawnUids{tag(mrSlice(2), DCM_SOPInstanceUID), tag(mrSlice(3), DCM_SOPInstanceUID)};
        auto header = dicom::readHeader(note);
        QVERIFY(header.ok());
        QVERIFY(header.value().rejection);
        QCOMPARE(header.value().rejection->code, QStringLiteral("113001"));
        QCOMPARE(header.value().rejection->meaning, QStringLiteral("Rejected for Quality Reasons"));
        QCOMPARE(header.value().rejection->instances, withdrawnUids);
        const QString ofInterest = files.filePath(QStringLiteral("kos.dcm"));
        QVERIFY(writeKeyObjectSelection({{mrSlice(4), 0}}, {}, {}, ofInterest).ok());
        QVERIFY(!dicom::readHeader(ofInterest).value().rejection);   // key images are not withdrawn

        const QString study = tag(mrSlice(0), DCM_StudyInstanceUID);
        QStringList slices;
        for (int i = 0; i < 6; ++i)
            slices << mrSlice(i);
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY(cache.ok());
            QCOMPARE(store::runImport(*cache.value(), {note, ofInterest}).imported, 2);
            QCOMPARE(store::runImport(*cache.value(), slices).imported, 6);
            auto instances = cache.value()->studyInstances(study);
            QVERIFY(instances.ok());
            QCOMPARE(instances.value().size(), std::size_t(8));
            QStringList rejected;
            for (const store::InstanceRecord &i : instances.value())
                if (!i.rejectedFor.isEmpty()) {
                    QCOMPARE(i.rejectedFor, QStringLiteral("Rejected for Quality Reasons"));
                    rejected << i.sopInstanceUid;
                }
            rejected.sort();
            QStringList expected = withdrawnUids;
            expected.sort();
            QCOMPARE(rejected, expected);
            // The browser's study rows count them apart.
            QCOMPARE(cache.value()->study(study).value().instanceCount, 8);
            QCOMPARE(cache.value()->study(study).value().withdrawnCount, 2);
            store::StudyQuery everything;
            everything.limit = 10;
            const auto page = cache.value()->searchStudies(everything);
            QVERIFY(page.ok() && page.value().studies.size() == 1);
            QCOMPARE(page.value().studies.front().withdrawnCount, 2);

            // A copy for people leaves them out and says so; kept when asked.
            auto copy = cache.value()->filesForCopy({study}, false);
            QVERIFY(copy.ok());
            QCOMPARE(copy.value().files.size(), 6);
            QCOMPARE(copy.value().withdrawnCount(), 2);
            QCOMPARE(copy.value().withdrawnNote(), QStringLiteral("2 instance(s) withdrawn by a rejection note (Rejected for Quality Reasons) left out"));
            for (const store::InstanceRecord &i : instances.value())
                QCOMPARE(copy.value().files.contains(i.filePath), i.rejectedFor.isEmpty());
            auto all = cache.value()->filesForCopy({study}, true);
            QVERIFY(all.ok());
            QCOMPARE(all.value().files.size(), 8);
            QCOMPARE(all.value().withdrawnCount(), 0);
            QCOMPARE(cache.value()->studyFiles({study}).value().size(), 8);   // what a send sends: the archive applies the note
            auto missing = cache.value()->filesForCopy({QStringLiteral("1.2.3.404")}, false);
            QVERIFY(!missing.ok());
            QCOMPARE(missing.error().code, ErrorCode::NotFound);
        }

        // A cache indexed before the index knew of rejections (schema 11) learns them from the
        // notes it holds when it opens.
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {data.filePath(QStringLiteral("index.sqlite")),
                                                 QStringLiteral("DROP TABLE rejected_instances; DELETE FROM schema_version WHERE version >= 12;")});
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.exitCode(), 0);
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().message()));
            QCOMPARE(cache.value()->filesForCopy({study}, false).value().withdrawnCount(), 2);

            // The study deleted (its note with it) and its images imported again without the
            // note: nothing is withdrawn any more.
            QVERIFY(cache.value()->deleteStudy(study).ok());
            QCOMPARE(store::runImport(*cache.value(), slices).imported, 6);
            QCOMPARE(cache.value()->filesForCopy({study}, false).value().withdrawnCount(), 0);
            QCOMPARE(cache.value()->study(study).value().withdrawnCount, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyObjects)
#include "tst_key_objects.moc"
