// The local cache with real files: import, dedupe, conflicts, search, DICOMDIR, zip, delete,
// quota, verify, disk full and crash recovery.
#include <strata/core/Sha256.h>
#include <strata/dicom/Phantom.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>

#include <quazip/JlCompress.h>

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <QTest>

#include <unistd.h>

using namespace strata;
using namespace strata::store;

namespace {
QString testData(const QString &relative) { return QDir(QStringLiteral(STRATA_TESTDATA_DIR)).filePath(relative); }

std::unique_ptr<LocalCache> openOrFail(const QString &dir)
{
    auto c = LocalCache::open(dir);
    if (!c.ok())
        qFatal("cannot open cache: %s", qPrintable(c.error().message()));
    return std::move(c).value();
}

/// Files in the store that the index does not reference, and indexed files that are missing.
QStringList inconsistencies(LocalCache &cache)
{
    QStringList problems;
    QSet<QString> indexed;
    StudyQuery all;
    all.limit = 1000000;
    for (const StudyRecord &s : cache.searchStudies(all).value().studies)
        for (const InstanceRecord &i : cache.studyInstances(s.studyInstanceUid).value()) {
            indexed.insert(i.filePath);
            if (!QFile::exists(i.filePath))
                problems << "missing " + i.filePath;
        }
    QDirIterator it(cache.storeDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!indexed.contains(f))
            problems << "unindexed " + f;
    }
    return problems;
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void importsRealFilesOnceAndKeepsCounts()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        QCOMPARE(cache->schemaVersion(), 2);
        const ImportSummary s = runImport(*cache, {testData("mr"), testData("ct-series")});
        QVERIFY2(!s.fatal, qPrintable(s.fatal ? s.fatal->message() : QString()));
        // mr: 20 + 7 (6 images + DICOMDIR) + 3; ct: 28. The three 12-bit files share one SOP
        // Instance UID with different pixels: the first is stored, the other two are conflicts.
        QCOMPARE(s.filesSeen, 58);
        QCOMPARE(s.imported, 55);
        QCOMPARE(s.conflicts, 2);
        QVERIFY(s.broken.empty());
        QCOMPARE(cache->instanceCount().value(), qint64(55));

        auto ge = cache->searchStudies(StudyQuery{});
        QVERIFY(ge.ok());
        int instances = 0;
        for (const StudyRecord &st : ge->studies) {
            instances += st.instanceCount;
            auto seriesResult = cache->series(st.studyInstanceUid);
            QVERIFY2(seriesResult.ok(), qPrintable(seriesResult.ok() ? QString() : seriesResult.error().message()));
            const auto &series = seriesResult.value();
            QCOMPARE(int(series.size()), st.seriesCount);
            int inSeries = 0;
            for (const SeriesRecord &se : series)
                inSeries += int(cache->instances(se.seriesInstanceUid).value().size());
            QCOMPARE(inSeries, st.instanceCount);
        }
        QCOMPARE(instances, 55);
        // Content-addressed: each file lies under its SHA-256 and is byte-identical to its source.
        auto firstStudy = cache->studyInstances(ge->studies.front().studyInstanceUid);
        QVERIFY2(firstStudy.ok(), qPrintable(firstStudy.ok() ? QString() : firstStudy.error().message()));
        QVERIFY(!firstStudy->empty());
        for (const InstanceRecord &i : firstStudy.value()) {
            QVERIFY2(i.filePath.endsWith(QString::fromLatin1(i.sha256) + ".dcm"), qPrintable(i.filePath + " " + i.sha256));
            QCOMPARE(sha256OfFile(i.filePath).value(), i.sha256);
            QCOMPARE(sha256OfFile(i.source).value(), i.sha256);
        }

        // Importing again stores nothing new.
        const ImportSummary again = runImport(*cache, {testData("mr"), testData("ct-series")});
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 55);
        QCOMPARE(cache->instanceCount().value(), qint64(55));
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void differingCopyIsAConflictAndTheStoredOneIsKept()
    {
        QTemporaryDir dir, src;
        auto cache = openOrFail(dir.path());
        const QString original = testData("ts-matrix/pydicom-pkg/CT_small.dcm");
        QVERIFY(runImport(*cache, {original}).imported == 1);
        QFile in(original);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0x55);  // one pixel differs
        QFile out(src.filePath("changed.dcm"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const ImportSummary s = runImport(*cache, {out.fileName()});
        QCOMPARE(s.imported, 0);
        QCOMPARE(s.conflicts, 1);
        QVERIFY(s.conflictDetails.first().contains("changed.dcm"));
        const auto study = cache->searchStudies({}).value().studies.front();
        QCOMPARE(cache->studyInstances(study.studyInstanceUid).value().front().sha256, sha256OfFile(original).value());
    }

    void searchFiltersPagesAndSorts()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        runImport(*cache, {testData("edge-cases/pydicom-pkg-charset_files"), testData("ts-matrix/pydicom-pkg"),
                           testData("ct-series")});
        StudyQuery q;
        q.patientName = QStringLiteral("jerome");  // stored as Buc^Jérôme
        auto r = cache->searchStudies(q);
        QVERIFY(r.ok());
        QCOMPARE(r->total, 1);
        QCOMPARE(r->studies.front().patientName, QStringLiteral("Buc^Jérôme"));
        q.patientName = QStringLiteral("BUC");
        QCOMPARE(cache->searchStudies(q).value().total, 1);
        q.patientName = QStringLiteral("b?c*");
        QCOMPARE(cache->searchStudies(q).value().total, 1);
        q.patientName = QStringLiteral("山田");  // ideographic group of Yamada^Tarou
        QVERIFY(cache->searchStudies(q).value().total >= 1);
        q.patientName = QStringLiteral("zzz-nobody");
        QCOMPARE(cache->searchStudies(q).value().total, 0);

        StudyQuery ct;
        ct.modality = QStringLiteral("CT");
        const auto cts = cache->searchStudies(ct).value();
        QVERIFY(cts.total >= 2);
        for (const StudyRecord &s : cts.studies)
            QVERIFY(s.modalities.split('\\').contains("CT"));

        StudyQuery byId;
        byId.patientId = QStringLiteral("SCSFREN");
        QCOMPARE(cache->searchStudies(byId).value().total, 1);
        byId.patientId = QStringLiteral("SCS*");
        QCOMPARE(cache->searchStudies(byId).value().total, 6);  // the six single-byte charset samples

        StudyQuery dates;
        dates.from = QDate(2000, 1, 1);
        dates.to = QDate(2030, 12, 31);
        for (const StudyRecord &s : cache->searchStudies(dates).value().studies)
            QVERIFY(s.studyDate >= "20000101" && s.studyDate <= "20301231");

        // Paging: pages of 3 cover everything once, in sort order.
        StudyQuery page;
        page.sort = StudyQuery::Sort::PatientName;
        page.descending = false;
        page.limit = 3;
        const int total = cache->searchStudies(page).value().total;
        QVERIFY(total > 6);
        QStringList seen, names;
        for (page.offset = 0; page.offset < total; page.offset += 3)
            for (const StudyRecord &s : cache->searchStudies(page).value().studies) {
                seen << s.studyInstanceUid;
                names << foldForSearch(s.patientName);
            }
        QCOMPARE(int(seen.size()), total);
        QCOMPARE(int(QSet<QString>(seen.begin(), seen.end()).size()), total);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
    }

    void importsDicomdirWithUpperCaseNames()
    {
        QTemporaryDir dir, cd;
        auto cache = openOrFail(dir.path());
        // The CD's file names in lower case, as some systems mount them; its DICOMDIR says upper case.
        const QString from = testData("dicomdir-cd/pydicom-dicomdirtests/TINY_ALPHA");
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString rel = QDir(from).relativeFilePath(f);
            const QString target = cd.filePath(QFileInfo(rel).fileName() == "DICOMDIR" ? rel : rel.toLower());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(f, target));
        }
        const ImportSummary s = runImport(*cache, {cd.filePath("DICOMDIR")});
        QVERIFY(s.broken.empty());
        QCOMPARE(s.imported, 50);
        const ImportSummary cdSet = runImport(*cache, {testData("dicomdir-cd/pydicom-dicomdirtests/DICOMDIR")});
        QCOMPARE(cdSet.imported, 31);
        QCOMPARE(int(cdSet.studies.size()), 6);
    }

    void importsZipFiles()
    {
        QTemporaryDir dir, work;
        auto cache = openOrFail(dir.path());
        const QString zip = work.filePath("study.zip");
        QVERIFY(JlCompress::compressDir(zip, testData("mr/dwv-bbmri-6sl")));
        const ImportSummary s = runImport(*cache, {zip});
        QCOMPARE(s.imported, 6);
        QVERIFY(s.broken.empty());
        // A damaged zip is reported by name.
        const ImportSummary bad = runImport(*cache, {testData("edge-cases/dwv/dwv-test_bad.zip")});
        QCOMPARE(bad.imported, 0);
        QVERIFY(!bad.broken.empty() || !bad.notDicom.isEmpty());
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void deleteRemovesRowsAndFiles()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        runImport(*cache, {testData("mr/dwv-bbmri-6sl"), testData("ts-matrix/pydicom-pkg/CT_small.dcm")});
        const auto studies = cache->searchStudies({}).value().studies;
        QCOMPARE(int(studies.size()), 2);
        const auto files = cache->studyInstances(studies.front().studyInstanceUid).value();
        QVERIFY(cache->deleteStudy(studies.front().studyInstanceUid).ok());
        for (const InstanceRecord &i : files)
            QVERIFY(!QFile::exists(i.filePath));
        QCOMPARE(cache->searchStudies({}).value().total, 1);
        QCOMPARE(cache->deleteStudy(studies.front().studyInstanceUid).error().code, ErrorCode::NotFound);
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void quotaEvictsOnlyRemotelyStoredStudiesLeastRecentlyUsedFirst()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        runImport(*cache, {testData("mr/dwv-bbmri-6sl"), testData("ct-series"), testData("ts-matrix/pydicom-pkg/CT_small.dcm"),
                           testData("ts-matrix/pydicom-pkg/MR_small.dcm")});
        auto studies = cache->searchStudies({}).value().studies;
        QCOMPARE(int(studies.size()), 4);
        // Remote copies of all but the GE CT; opened in this order: CT_small, MR_small, bbmri.
        QString ge, ctSmall, mrSmall, bbmri;
        for (const StudyRecord &s : studies) {
            if (s.instanceCount == 28) ge = s.studyInstanceUid;
            else if (s.instanceCount == 6) bbmri = s.studyInstanceUid;
            else if (s.modalities == "CT") ctSmall = s.studyInstanceUid;
            else mrSmall = s.studyInstanceUid;
        }
        for (const QString &uid : {ctSmall, mrSmall, bbmri}) {
            QVERIFY(cache->setRemoteStored(uid, true).ok());
            QVERIFY(cache->touch(uid).ok());
            QTest::qWait(5);
        }
        const qint64 total = cache->totalBytes().value();
        const qint64 geBytes = cache->study(ge).value().sizeBytes;
        const qint64 ctBytes = cache->study(ctSmall).value().sizeBytes;
        // A quota just below the total: the least recently used remote study goes, and only it.
        auto r = cache->enforceQuota(total - 1);
        QVERIFY(r.ok());
        QCOMPARE(r->evictedStudies, QStringList{ctSmall});
        QCOMPARE(r->bytesFreed, ctBytes);
        // A quota below what exists only here: every remote study goes, the local one stays.
        r = cache->enforceQuota(geBytes / 2);
        QVERIFY(r.ok());
        QCOMPARE(r->evictedStudies, (QStringList{mrSmall, bbmri}));
        QVERIFY(!r->quotaMet);
        QVERIFY(cache->study(ge).ok());
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void verifyFindsMissingAndCorruptFiles()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        runImport(*cache, {testData("mr/dwv-bbmri-6sl")});
        auto ok = cache->verify();
        QVERIFY(ok.ok());
        QCOMPARE(ok->checked, 6);
        QVERIFY(ok->ok());
        const auto files = cache->studyInstances(cache->searchStudies({}).value().studies.front().studyInstanceUid).value();
        QVERIFY(QFile::remove(files[0].filePath));
        QFile f(files[1].filePath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 3);
        f.write("xyz");
        f.close();
        auto bad = cache->verify();
        QCOMPARE(bad->missing, QStringList{files[0].sopInstanceUid});
        QCOMPARE(bad->corrupt, QStringList{files[1].sopInstanceUid});
        QVERIFY(bad->details.join('\n').contains(files[1].filePath));
    }

    void movedSourcesEndUpInTheStoreAndVerify()
    {
        // Received instances (the caller's own files on the cache's file system) are renamed into
        // the store instead of copied; a duplicate stays where it was.
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        const QString staging = dir.filePath("incoming/test");
        QVERIFY(QDir().mkpath(staging));
        QStringList staged;
        for (const QString &f : QDir(testData("mr/dwv-bbmri-6sl")).entryList({"*.dcm"})) {
            QVERIFY(QFile::copy(testData("mr/dwv-bbmri-6sl/" + f), staging + "/" + f));
            staged << staging + "/" + f;
        }
        QVERIFY(QFile::copy(testData("mr/dwv-bbmri-6sl/" + QFileInfo(staged[0]).fileName()), staging + "/again.dcm"));
        ImportOptions options;
        options.moveSources = true;
        const ImportSummary s = runImport(*cache, staged + QStringList{staging + "/again.dcm"}, options);
        QCOMPARE(s.imported, 6);
        QCOMPARE(s.duplicates, 1);
        for (const QString &f : staged)
            QVERIFY2(!QFile::exists(f), qPrintable(f));   // moved
        QVERIFY(QFile::exists(staging + "/again.dcm"));    // the duplicate was left alone
        auto verify = cache->verify();
        QVERIFY(verify.ok());
        QCOMPARE(verify->checked, 6);
        QVERIFY(verify->ok());
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void diskFullStopsCleanlyAndKeepsWhatWasImported()
    {
        QTemporaryDir dir, src;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.slices = 60;
        QVERIFY(dicom::writePhantom(spec, src.path()).ok());
        auto cache = openOrFail(dir.path());
        ImportOptions options;
        options.batchSize = 10;
        options.simulatedDiskLimit = 25 * 9000;  // room for about 25 of the 60 files (≈ 8.9 kB each)
        const ImportSummary s = runImport(*cache, {src.path()}, options);
        QVERIFY(s.fatal.has_value());
        QVERIFY2(s.fatal->message().contains("disk full"), qPrintable(s.fatal->message()));
        QVERIFY2(s.fatal->message().contains(src.path()), qPrintable(s.fatal->message()));
        QVERIFY(s.imported >= 10 && s.imported < 60);
        QCOMPARE(cache->instanceCount().value(), qint64(s.imported));
        cache.reset();
        // The next open finds nothing to repair beyond the interrupted batch, and all is consistent.
        auto reopened = openOrFail(dir.path());
        QVERIFY(inconsistencies(*reopened).isEmpty());
        QVERIFY(reopened->verify().value().ok());
        // With room again, the rest comes in.
        const ImportSummary rest = runImport(*reopened, {src.path()});
        QVERIFY(!rest.fatal);
        QCOMPARE(reopened->instanceCount().value(), qint64(60));
    }

    void openingFromManyThreadsAtOnce()
    {
        // First launch: the browser, an import and a thumbnail worker all open the new cache.
        QTemporaryDir dir;
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int i = 0; i < 12; ++i)
            threads << QThread::create([&] {
                auto c = LocalCache::open(dir.path());
                if (!c.ok() || c.value()->schemaVersion() != 2)
                    ++failures;
            });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
    }

    void recoveryRemovesFilesOfADeadImporter()
    {
        QTemporaryDir dir;
        {
            auto cache = openOrFail(dir.path());
            runImport(*cache, {testData("mr/dwv-bbmri-6sl")});
        }
        // What a killed importer leaves: a pending row and its file, and a temp file.
        const QString orphan = "ab/cd/abcdef.dcm";
        QDir().mkpath(dir.filePath("store/ab/cd"));
        QFile f(dir.filePath("store/" + orphan));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("partial");
        f.close();
        QFile t(dir.filePath("store/tmp/999999-1"));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
            db.setDatabaseName(dir.filePath("index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pending_files(file, owner) VALUES('%1', 999999)").arg(orphan)));
            db.close();
        }
        QSqlDatabase::removeDatabase("raw");
        auto cache = openOrFail(dir.path());
        QCOMPARE(cache->recovery().orphanFilesRemoved, 1);
        QCOMPARE(cache->recovery().tempFilesRemoved, 1);
        QVERIFY(!QFile::exists(f.fileName()));
        QVERIFY(inconsistencies(*cache).isEmpty());
        QCOMPARE(cache->instanceCount().value(), qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
