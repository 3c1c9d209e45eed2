// The store service: one start (migrations, recovery) per process and data directory, the data
// directory's layout (staging folders, extracted zips, thumbnails), the nodes repository, the one
// writer thread every write runs on, and the one ingest path with its import policy.
#include <strata/store/ImportPipeline.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>
#include <strata/store/NodeRepository.h>
#include <strata/store/StoreService.h>

#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <atomic>
#include <future>
#include <thread>

#include <sys/time.h>
#include <unistd.h>

using namespace strata;
using namespace strata::store;

Q_DECLARE_METATYPE(strata::store::IngestSource)

namespace {

QString testData(const QString &relative) { return QDir(QStringLiteral(STRATA_TESTDATA_DIR)).filePath(relative); }

std::shared_ptr<StoreService> openService(const QString &dir)
{
    auto s = StoreService::open(dir);
    if (!s.ok())
        qFatal("cannot open the store: %s", qPrintable(s.error().message()));
    return s.value();
}

void touchFile(const QString &path, const QByteArray &content = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

/// Sets a folder's modification time `days` days back.
void ageFolder(const QString &path, int days)
{
    struct timeval times[2];
    ::gettimeofday(&times[0], nullptr);
    times[0].tv_sec -= days * 86400;
    times[1] = times[0];
    QCOMPARE(::utimes(QFile::encodeName(path).constData(), times), 0);
}

/// Columns of a table of the index under `dir`.
QStringList columns(const QString &dir, const QString &table)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        db.setDatabaseName(dir + QStringLiteral("/index.sqlite"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (q.next())
                out << q.value(1).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    return out;
}

} // namespace

class TestStoreService : public QObject {
    Q_OBJECT

private slots:
    void startsOncePerProcessWhileHeld()
    {
        QTemporaryDir dir;
        const int before = StoreService::startCount();
        auto service = openService(dir.path());
        QCOMPARE(StoreService::startCount(), before + 1);
        QCOMPARE(service->schemaVersion(), int(detail::kMigrations.back().version));
        // Repositories, other opens of the folder (also by another spelling of it) and other
        // threads share the started service.
        {
            auto a = LocalCache::open(dir.path());
            auto b = LocalCache::open(dir.path() + QStringLiteral("/."));
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(a.value()->service(), service);
            QCOMPARE(b.value()->service(), service);
            QCOMPARE(StoreService::open(dir.path()).value(), service);
            std::atomic<bool> ok{false};
            QThread *t = QThread::create([&] {
                auto c = LocalCache::open(dir.path());
                ok = c.ok() && c.value()->totals().ok() && c.value()->service() == service;
            });
            t->start();
            t->wait();
            delete t;
            QVERIFY(ok);
            auto nodes = service->nodes();
            QVERIFY(nodes.ok());
            QVERIFY(nodes.value()->list().ok());
        }
        QCOMPARE(StoreService::startCount(), before + 1);
        // Let go: the next open is a new start (as in a new process).
        const std::weak_ptr<StoreService> old = service;
        service.reset();
        QVERIFY(old.expired());
        auto again = openService(dir.path());
        QCOMPARE(StoreService::startCount(), before + 2);
    }

    void keepOpenedHoldsWhatOpensMeanwhile()
    {
        QTemporaryDir dir;
        const int before = StoreService::startCount();
        StoreService::keepOpened(true);
        std::weak_ptr<StoreService> kept;
        for (int i = 0; i < 3; ++i) {  // as a CLI command opens the cache, then the registry, then the cache
            auto cache = LocalCache::open(dir.path());
            QVERIFY(cache.ok());
            kept = cache.value()->service();
        }
        QCOMPARE(StoreService::startCount(), before + 1);
        QVERIFY(!kept.expired());
        StoreService::keepOpened(false);
        QVERIFY(kept.expired());
        QVERIFY(LocalCache::open(dir.path()).ok());
        QCOMPARE(StoreService::startCount(), before + 2);
    }

    void writersOfTheProcessGoOneAtATime()
    {
        QTemporaryDir dir;
        auto service = openService(dir.path());
        {
            auto cache = service->studies().value();
            QVERIFY(!runImport(*cache, {testData(QStringLiteral("mr/dwv-bbmri-6sl")), testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))}).fatal);
        }
        const StudyPage page = service->studies().value()->searchStudies({}).value();
        QCOMPARE(page.total, 2);

        // A write waits for the write before it, however long that takes, and then goes through.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::atomic<bool> holding{false};
        QThread *holder = QThread::create([&] {
            (void)service->write([&](QSqlDatabase &) {
                holding = true;
                released.wait();
                return Status();
            });
        });
        holder->start();
        QTRY_VERIFY(holding.load());
        std::atomic<bool> started{false}, done{false}, ok{false};
        QThread *waiting = QThread::create([&] {
            auto worklist = service->worklist().value();
            started = true;
            ok = worklist->setPriority(page.studies.at(0).studyInstanceUid, Priority::Stat).ok();
            done = true;
        });
        waiting->start();
        QTRY_VERIFY(started.load());
        QVERIFY(!done.load());
        release.set_value();
        QTRY_VERIFY(done.load());
        waiting->wait();
        holder->wait();
        delete waiting;
        delete holder;
        QVERIFY(ok.load());

        // Writers on many threads (an import among them) all succeed.
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int t = 0; t < 6; ++t)
            threads << QThread::create([&, t] {
                auto worklist = service->worklist();
                if (!worklist.ok()) {
                    ++failures;
                    return;
                }
                for (int i = 0; i < 30; ++i) {
                    const QString uid = page.studies.at((t + i) % 2).studyInstanceUid;
                    if (!worklist.value()->setPriority(uid, Priority((t + i) % 3)).ok() || !worklist.value()->markOpened(uid).ok()
                        || !worklist.value()->setReadingStatus(uid, ReadingStatus::Reported).ok())
                        ++failures;
                }
            });
        threads << QThread::create([&] {
            auto cache = service->studies();
            if (!cache.ok() || runImport(*cache.value(), {testData(QStringLiteral("ct-series"))}).fatal)
                ++failures;
        });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(service->studies().value()->searchStudies({}).value().total, 3);
    }

    void everyWriteRunsOnTheWriterThread()
    {
        QTemporaryDir dir;
        auto service = openService(dir.path());
        const std::thread::id writer = service->writerThreadId();
        QVERIFY(writer != std::thread::id());
        QVERIFY(writer != std::this_thread::get_id());
        std::atomic<int> writes{0}, elsewhere{0};
        StoreService::setWriteTestHook([&] {
            ++writes;
            if (std::this_thread::get_id() != writer)
                ++elsewhere;
        });
        // Every repository's writes, from several threads at once: an import, the worklist, key
        // images, nodes, a deletion and the service's own write().
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        threads << QThread::create([&] {
            auto cache = service->studies().value();
            const ImportSummary mr = runImport(*cache, {testData(QStringLiteral("mr/dwv-bbmri-6sl"))});
            if (mr.fatal || mr.studies.size() != 1) {
                ++failures;
                return;
            }
            const QString uid = mr.studies.at(0);
            const QString sop = cache->studyInstances(uid).value().at(0).sopInstanceUid;
            auto worklist = service->worklist().value();
            auto keyImages = service->keyImages().value();
            if (!worklist->setPriority(uid, Priority::Urgent).ok() || !worklist->markOpened(uid).ok()
                || !keyImages->setKeyImage({sop, 0, {}, {}, QStringLiteral("note"), {}}).ok() || !keyImages->removeKeyImage(sop, 0).ok()
                || !cache->setRemoteStored(uid, true).ok() || !cache->touch(uid).ok() || !cache->deleteStudy(uid).ok())
                ++failures;
        });
        threads << QThread::create([&] {
            auto cache = service->studies().value();
            if (runImport(*cache, {testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))}).fatal)
                ++failures;
        });
        threads << QThread::create([&] {
            auto nodes = service->nodes().value();
            NodeRow row;
            row.name = QStringLiteral("pacs");
            row.aeTitle = QStringLiteral("PACS");
            row.host = QStringLiteral("localhost");
            row.port = 104;
            row.callingAeTitle = QStringLiteral("STRATA");
            row.auth = QStringLiteral("none");
            row.capabilities = "{}";
            if (!nodes->save(row, {}, QStringLiteral("saving")).ok() || !nodes->updateCapabilities(row.name, "{}", {}, QStringLiteral("probing")).ok()
                || !nodes->remove(row.name, QStringLiteral("removing")).ok())
                ++failures;
        });
        for (int t = 0; t < 3; ++t)
            threads << QThread::create([&] {
                for (int i = 0; i < 20; ++i) {
                    const Status s = service->write([&](QSqlDatabase &db) {
                        if (std::this_thread::get_id() != service->writerThreadId())
                            return Status(Error(ErrorCode::Internal, {}, QStringLiteral("not on the writer thread")));
                        QSqlQuery q(db);
                        return q.exec(QStringLiteral("SELECT COUNT(*) FROM studies")) ? Status() : Status(Error(ErrorCode::IoError, {}, q.lastError().text()));
                    });
                    if (!s.ok())
                        ++failures;
                }
            });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        StoreService::setWriteTestHook({});
        QCOMPARE(failures.load(), 0);
        QVERIFY(writes.load() >= 60 + 10);
        QCOMPARE(elsewhere.load(), 0);
        QCOMPARE(service->studies().value()->searchStudies({}).value().total, 1);  // the MR went, the CT stayed
    }

    void aWriteInsideAWriteRunsAtOnce()
    {
        QTemporaryDir dir;
        auto service = openService(dir.path());
        auto cache = service->studies().value();
        QVERIFY(!runImport(*cache, {testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))}).fatal);
        const QString uid = cache->searchStudies({}).value().studies.at(0).studyInstanceUid;
        bool inner = false;
        const Status outer = service->write([&](QSqlDatabase &db) {
            // A repository's write and the service's write, from inside a write: on this thread.
            auto worklist = service->worklist().value();
            if (Status s = worklist->setPriority(uid, Priority::Stat); !s.ok())
                return s;
            return service->write([&](QSqlDatabase &nested) {
                inner = std::this_thread::get_id() == service->writerThreadId() && nested.connectionName() == db.connectionName();
                return Status();
            });
        });
        QVERIFY(outer.ok());
        QVERIFY(inner);
        QCOMPARE(cache->study(uid).value().priority, Priority::Stat);
    }

    void aServiceLetGoOfInsideAWriteEnds()
    {
        QTemporaryDir dir;
        auto service = openService(dir.path());
        const int before = StoreService::startCount();
        const std::weak_ptr<StoreService> weak = service;
        StoreService *raw = service.get();
        // The task holds the last reference and lets it go: the service goes on the writer thread,
        // which cannot wait for itself; it ends after the task, and the write still returns.
        const Status s = raw->write([&](QSqlDatabase &) {
            service.reset();
            return Status();
        });
        QVERIFY(s.ok());
        QVERIFY(weak.expired());
        // The folder starts again, with a new writer thread.
        auto again = openService(dir.path());
        QCOMPARE(StoreService::startCount(), before + 1);
        QVERIFY(again->write([](QSqlDatabase &db) { return QSqlQuery(db).exec(QStringLiteral("SELECT 1")) ? Status() : Status(Error(ErrorCode::IoError, {}, {})); }).ok());
        QVERIFY(!runImport(*again->studies().value(), {testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))}).fatal);
    }

    void recoveryRemovesStagingFoldersOfDeadProcesses()
    {
        QTemporaryDir dir;
        openService(dir.path());  // created, then let go
        const QString incoming = dir.filePath(QStringLiteral("incoming"));
        const QString dead = incoming + QStringLiteral("/scp-p999999-1f2e3d");
        const QString live = incoming + QStringLiteral("/get-p%1-4c5b6a").arg(::getpid());
        const QString oldUnnamed = incoming + QStringLiteral("/wado-0e2b3c4d-aaaa-bbbb-cccc-000000000001");
        const QString newUnnamed = incoming + QStringLiteral("/scp-0e2b3c4d-aaaa-bbbb-cccc-000000000002");
        for (const QString &d : {dead, live, oldUnnamed, newUnnamed})
            touchFile(d + QStringLiteral("/1-1.2.3.dcm"));
        ageFolder(oldUnnamed, 3);

        auto service = openService(dir.path());
        QCOMPARE(service->recovery().stagingFoldersRemoved, 2);
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(!QFileInfo::exists(oldUnnamed));
        QVERIFY(QFileInfo::exists(live + QStringLiteral("/1-1.2.3.dcm")));
        QVERIFY(QFileInfo::exists(newUnnamed));

        // A staging folder the service makes carries this process's id: the next start keeps it
        // while the process lives.
        auto made = service->createStagingDir(QStringLiteral("scp"));
        QVERIFY(made.ok());
        QVERIFY(QFileInfo(made.value()).isDir());
        QCOMPARE(QFileInfo(made.value()).absolutePath(), QFileInfo(incoming).absoluteFilePath());
        QVERIFY(QFileInfo(made.value()).fileName().startsWith(QStringLiteral("scp-p%1-").arg(::getpid())));
        service.reset();
        openService(dir.path());
        QVERIFY(QFileInfo::exists(made.value()));
    }

    void recoveryRemovesZipsAndImagesExtractedByADeadProcess()
    {
        QTemporaryDir dir;
        openService(dir.path());
        const QString dead = dir.filePath(QStringLiteral("store/tmp/zip-999999-Ab12Cd"));
        const QString live = dir.filePath(QStringLiteral("store/tmp/zip-%1-Ef34Gh").arg(::getpid()));
        touchFile(dead + QStringLiteral("/a/b.dcm"));
        touchFile(live + QStringLiteral("/a/b.dcm"));
        // A disc image's, with its folders read-only as the image recorded them.
        const QString deadImage = dir.filePath(QStringLiteral("store/tmp/iso-999999-Ij56Kl"));
        touchFile(deadImage + QStringLiteral("/disc/DICOM/IM1"));
        for (const QString &f : {QStringLiteral("/disc/DICOM"), QStringLiteral("/disc")})
            QVERIFY(QFile::setPermissions(deadImage + f, QFile::ReadOwner | QFile::ExeOwner));
        auto service = openService(dir.path());
        QCOMPARE(service->recovery().tempFilesRemoved, 2);
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(!QFileInfo::exists(deadImage));
        QVERIFY(QFileInfo::exists(live + QStringLiteral("/a/b.dcm")));
    }

    void deletingAStudyRemovesItsThumbnails()
    {
        QTemporaryDir dir;
        auto service = openService(dir.path());
        auto cache = service->studies().value();
        QVERIFY(!runImport(*cache, {testData(QStringLiteral("mr/dwv-bbmri-6sl")), testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))}).fatal);
        const StudyPage page = cache->searchStudies({}).value();
        QCOMPARE(page.total, 2);
        const QString doomed = page.studies.at(0).studyInstanceUid;
        const QString kept = page.studies.at(1).studyInstanceUid;
        const ThumbnailRepository thumbnails = service->thumbnails();
        QStringList doomedFiles, keptFiles;
        for (const SeriesRecord &s : cache->series(doomed).value())
            for (int size : {64, 128})
                doomedFiles << thumbnails.path(s.seriesInstanceUid, size);
        for (const SeriesRecord &s : cache->series(kept).value())
            keptFiles << thumbnails.path(s.seriesInstanceUid, 128);
        keptFiles << thumbnails.dir() + QStringLiteral("/notes.txt");
        for (const QString &f : doomedFiles + keptFiles)
            touchFile(f);
        QVERIFY(!doomedFiles.isEmpty());
        QCOMPARE(thumbnails.files(cache->series(doomed).value().at(0).seriesInstanceUid).size(), 2);

        QVERIFY(cache->deleteStudy(doomed).ok());
        for (const QString &f : doomedFiles)
            QVERIFY2(!QFileInfo::exists(f), qPrintable(f));
        for (const QString &f : keptFiles)
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
    }

    void nodesRepositorySavesReplacesAndRemoves()
    {
        QTemporaryDir dir;
        auto service = openService(dir.path());
        auto nodes = service->nodes().value();
        NodeRow row;
        row.name = QStringLiteral("Main archive");
        row.aeTitle = QStringLiteral("ORTHANC");
        row.host = QStringLiteral("127.0.0.1");
        row.port = 4242;
        row.callingAeTitle = QStringLiteral("STRATA");
        row.auth = QStringLiteral("none");
        row.capabilities = "{}";
        QVERIFY(nodes->save(row, {}, QStringLiteral("saving")).ok());
        QVERIFY(!nodes->save(row, {}, QStringLiteral("saving")).ok());  // the name is taken
        auto found = nodes->find(QStringLiteral("main ARCHIVE")).value();
        QVERIFY(found);
        QCOMPARE(found->port, 4242);
        QCOMPARE(found->tlsPinnedSha256, QStringLiteral(""));
        QVERIFY(!found->allowInsecureAuth);
        const QString created = found->createdAt;
        QVERIFY(!created.isEmpty());

        NodeRow renamed = row;
        renamed.name = QStringLiteral("Archive");
        renamed.tlsPinnedSha256 = QStringLiteral("ab:cd");
        renamed.allowInsecureAuth = true;
        QVERIFY(nodes->save(renamed, row.name, QStringLiteral("saving")).ok());
        QVERIFY(!nodes->find(row.name).value());
        found = nodes->find(QStringLiteral("archive")).value();
        QVERIFY(found);
        QCOMPARE(found->createdAt, created);
        QCOMPARE(found->tlsPinnedSha256, QStringLiteral("ab:cd"));
        QVERIFY(found->allowInsecureAuth);

        QVERIFY(nodes->updateCapabilities(QStringLiteral("Archive"), "{\"echo\":true}", {}, QStringLiteral("probing")).value());
        QVERIFY(!nodes->updateCapabilities(QStringLiteral("gone"), "{}", {}, QStringLiteral("probing")).value());
        QCOMPARE(nodes->list().value().size(), std::size_t(1));
        QCOMPARE(nodes->list().value().at(0).capabilities, QByteArray("{\"echo\":true}"));
        QVERIFY(nodes->remove(QStringLiteral("ARCHIVE"), QStringLiteral("removing")).ok());
        QVERIFY(nodes->list().value().empty());
    }

    void schema5AddsTheNodeColumnsTheRegistryUsedToAdd_data()
    {
        QTest::addColumn<bool>("registryAddedThem");
        QTest::newRow("missing") << false;
        QTest::newRow("added by the registry") << true;
    }

    void schema5AddsTheNodeColumnsTheRegistryUsedToAdd()
    {
        QFETCH(bool, registryAddedThem);
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema4"));
            db.setDatabaseName(dir.filePath(QStringLiteral("index.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version(version INTEGER NOT NULL)")));
            for (const detail::Migration &m : detail::kMigrations) {
                if (m.version > 4)
                    continue;
                for (const char *const *st = m.statements; *st; ++st)
                    QVERIFY2(q.exec(QString::fromLatin1(*st)), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version(version) VALUES(%1)").arg(m.version)));
            }
            if (registryAddedThem) {
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE nodes ADD COLUMN tls_pinned_sha256 TEXT NOT NULL DEFAULT ''")));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE nodes ADD COLUMN allow_insecure_auth INTEGER NOT NULL DEFAULT 0")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO nodes(name, ae_title, host, port, calling_ae_title, tls_pinned_sha256,"
                                              " allow_insecure_auth) VALUES('pacs', 'PACS', 'localhost', 104, 'STRATA', 'aa:bb', 1)")));
            } else {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO nodes(name, ae_title, host, port, calling_ae_title)"
                                              " VALUES('pacs', 'PACS', 'localhost', 104, 'STRATA')")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema4"));

        auto service = openService(dir.path());
        QCOMPARE(service->schemaVersion(), int(detail::kMigrations.back().version));
        const QStringList nodeColumns = columns(dir.path(), QStringLiteral("nodes"));
        QCOMPARE(nodeColumns.count(QStringLiteral("tls_pinned_sha256")), 1);
        QCOMPARE(nodeColumns.count(QStringLiteral("allow_insecure_auth")), 1);
        auto pacs = service->nodes().value()->find(QStringLiteral("pacs")).value();
        QVERIFY(pacs);
        QCOMPARE(pacs->aeTitle, QStringLiteral("PACS"));
        QCOMPARE(pacs->tlsPinnedSha256, registryAddedThem ? QStringLiteral("aa:bb") : QStringLiteral(""));
        QCOMPARE(pacs->allowInsecureAuth, registryAddedThem);
    }

    void ingestAppliesTheQuotaForEverySource_data()
    {
        QTest::addColumn<IngestSource>("source");
        QTest::newRow("import") << IngestSource::Import;
        QTest::newRow("storage scp") << IngestSource::StorageScp;
        QTest::newRow("c-get") << IngestSource::CGet;
        QTest::newRow("c-move") << IngestSource::CMove;
        QTest::newRow("wado-rs") << IngestSource::WadoRs;
    }

    void ingestAppliesTheQuotaForEverySource()
    {
        QFETCH(IngestSource, source);
        QTemporaryDir dir;
        auto service = openService(dir.path());
        auto cache = service->studies().value();
        // No quota: nothing is evicted, and the summary says no quota step ran.
        const ImportSummary first = ingest(*cache, IngestSource::Import, {testData(QStringLiteral("mr/dwv-bbmri-6sl"))});
        QVERIFY(!first.fatal);
        QVERIFY(!first.eviction);
        QCOMPARE(first.studies.size(), 1);
        const QString remote = first.studies.at(0);
        QVERIFY(cache->setRemoteStored(remote, true).ok());

        QSettings(service->settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("cache/quotaBytes"), 1);
        QCOMPARE(service->quotaBytes(), qint64(1));
        std::vector<std::pair<IngestSource, QString>> audited;
        setIngestAuditHook([&](IngestSource s, const QString &dataDir, const ImportSummary &summary) {
            audited.push_back({s, dataDir});
            QVERIFY(summary.eviction.has_value());
        });
        // As net ingests received instances: staged files of its own, moved into the store.
        auto staging = service->createStagingDir(ingestSourceName(source));
        QVERIFY(staging.ok());
        const QString staged = staging.value() + QStringLiteral("/1-ct.dcm");
        QVERIFY(QFile::copy(testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm")), staged));
        ImportOptions options;
        options.moveSources = source != IngestSource::Import;
        const ImportSummary second = ingest(*cache, source, {source == IngestSource::Import ? testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm")) : staged}, options);
        setIngestAuditHook({});
        QVERIFY(!second.fatal);
        QCOMPARE(second.imported, 1);
        QVERIFY(second.eviction);
        QCOMPARE(second.eviction->evictedStudies, QStringList{remote});
        QVERIFY(second.eviction->bytesFreed > 0);
        QVERIFY(!second.eviction->quotaMet);  // what is left exists only here
        QVERIFY(!cache->study(remote).ok());
        QCOMPARE(cache->searchStudies({}).value().total, 1);
        QCOMPARE(audited.size(), std::size_t(1));
        QCOMPARE(audited.at(0).first, source);
        QCOMPARE(audited.at(0).second, cache->dataDir());
    }
};

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_service.moc"
