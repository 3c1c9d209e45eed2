#include <strata/store/ImportPipeline.h>

#include "LocalCachePrivate.h"

#include <strata/core/Logging.h>
#include <strata/core/Sha256.h>
#include <strata/dicom/Dicomdir.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>

#include <quazip/JlCompress.h>

#include <strata/core/WorkPool.h>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace strata::store {
namespace {

constexpr const char *kDicomdirClass = "1.2.840.10008.1.3.10";

struct Parsed {
    QString path;
    qint64 size = 0;
    enum class Kind { Skip, NotDicom, Broken, Directory, Ok } kind = Kind::Skip;
    Error error;
    dicom::DicomHeader header;
    QByteArray sha;
};

bool isZip(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4) == QByteArray("PK\x03\x04", 4);
}

/// Expands the sources into the files to import. Zip files are extracted below `tempRoot`.
QStringList expandSources(const QStringList &sources, const QString &tempRoot, ImportSummary &summary,
                          QStringList &extracted)
{
    QStringList files;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (!info.exists()) {
            summary.broken.push_back(Error(ErrorCode::NotFound, source, QStringLiteral("does not exist")));
            continue;
        }
        if (info.isDir()) {
            files << dicom::listFiles({info.absoluteFilePath()});
        } else if (info.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0) {
            QStringList missing;
            auto referenced = dicom::dicomdirFiles(info.absoluteFilePath(), &missing);
            if (!referenced.ok()) {
                summary.broken.push_back(referenced.error());
                continue;
            }
            files << referenced.value();
            for (const QString &m : missing)
                summary.broken.push_back(Error(ErrorCode::NotFound, m, QStringLiteral("referenced by %1 but not on the media").arg(info.absoluteFilePath())));
        } else if (isZip(info.absoluteFilePath())) {
            const QString target = tempRoot + QStringLiteral("/zip-%1-%2").arg(::getpid()).arg(extracted.size());
            QDir(target).removeRecursively();
            const QStringList out = JlCompress::extractDir(info.absoluteFilePath(), target);
            extracted << target;
            if (out.isEmpty()) {
                summary.broken.push_back(Error(ErrorCode::Malformed, info.absoluteFilePath(), QStringLiteral("the zip file could not be extracted (damaged or empty)")));
                continue;
            }
            files << dicom::listFiles({target});
        } else {
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

Parsed parseAndHash(const QString &path, const CancellationToken &cancel)
{
    Parsed p;
    p.path = path;
    if (cancel.isCancelled())
        return p;
    p.size = QFileInfo(path).size();
    auto header = dicom::readHeader(path);
    if (!header.ok()) {
        p.error = header.error();
        p.kind = header.error().code == ErrorCode::NotDicom ? Parsed::Kind::NotDicom : Parsed::Kind::Broken;
        return p;
    }
    p.header = std::move(header).value();
    if (p.header.sopClassUid == QLatin1String(kDicomdirClass)) {
        p.kind = Parsed::Kind::Directory;
        return p;
    }
    const auto &h = p.header;
    if (h.sopInstanceUid.isEmpty() || h.studyInstanceUid.isEmpty() || h.seriesInstanceUid.isEmpty()) {
        p.kind = Parsed::Kind::Broken;
        p.error = Error(ErrorCode::MissingAttribute, path,
                        QStringLiteral("SOP Instance, Study Instance or Series Instance UID is missing"));
        return p;
    }
    auto sha = sha256OfFile(path);
    if (!sha.ok()) {
        p.kind = Parsed::Kind::Broken;
        p.error = sha.error();
        return p;
    }
    p.sha = sha.value();
    p.kind = Parsed::Kind::Ok;
    return p;
}

/// Copies into the store through a temporary file and an atomic rename.
class StoreWriter {
public:
    StoreWriter(const LocalCache::Private &d, qint64 diskLimit, bool moveSources)
        : m_d(d), m_limit(diskLimit), m_move(moveSources && diskLimit <= 0)
    {
    }

    /// Returns an error (naming source and destination) or nothing.
    std::optional<Error> copy(const QString &source, const QString &relative)
    {
        const QString dest = m_d.absolute(relative);
        if (QFileInfo(dest).size() == QFileInfo(source).size() && QFileInfo::exists(dest))
            return std::nullopt;  // content-addressed: the same bytes are already there
        if (!QDir().mkpath(QFileInfo(dest).absolutePath()))
            return Error(ErrorCode::IoError, dest, QStringLiteral("cannot create the store folder"));
        // The caller's own file (a received instance) on the same file system: one atomic rename
        // instead of writing the bytes a second time. Across file systems: copied as usual.
        if (m_move && ::rename(QFile::encodeName(source).constData(), QFile::encodeName(dest).constData()) == 0)
            return std::nullopt;
        const QString temp = m_d.tempDir() + QStringLiteral("/%1-%2").arg(::getpid()).arg(++m_counter);
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ErrorCode::IoError, source, QStringLiteral("cannot read: ") + in.errorString());
        QFile out(temp);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(ErrorCode::IoError, temp, QStringLiteral("cannot write into the cache: ") + out.errorString());
        QByteArray chunk;
        while (!in.atEnd()) {
            chunk = in.read(1 << 20);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
                out.remove();
                return Error(ErrorCode::IoError, source, QStringLiteral("read failed: ") + in.errorString());
            }
            if (m_limit > 0 && m_written.fetch_add(chunk.size()) + chunk.size() > m_limit) {
                out.remove();
                return Error(ErrorCode::IoError, dest,
                             QStringLiteral("disk full: no space left on device while copying %1 into the cache").arg(source));
            }
            if (out.write(chunk) != chunk.size()) {
                const bool full = errno == ENOSPC || errno == EDQUOT;
                const QString why = out.errorString();
                out.remove();
                return Error(ErrorCode::IoError, dest,
                             full ? QStringLiteral("disk full: %1 while copying %2 into the cache").arg(why, source)
                                  : QStringLiteral("write failed (%1) while copying %2").arg(why, source));
            }
        }
        if (!out.flush()) {
            const QString why = out.errorString();
            out.remove();
            return Error(ErrorCode::IoError, dest, QStringLiteral("disk full or write failed: %1 while copying %2").arg(why, source));
        }
        out.close();
        if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(dest).constData()) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            QFile::remove(temp);
            return Error(ErrorCode::IoError, dest, QStringLiteral("cannot move into place: ") + why);
        }
        return std::nullopt;
    }

private:
    const LocalCache::Private &m_d;
    qint64 m_limit;
    bool m_move = false;
    std::atomic<qint64> m_written{0};
    std::atomic<quint64> m_counter{0};
};

/// Flushes the store's file system, so that an index commit never refers to data still in flight.
void syncStore(const QString &storeDir)
{
    const int fd = ::open(QFile::encodeName(storeDir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
}

QString patientKey(const dicom::DicomHeader &h)
{
    return h.patientId + QLatin1Char('|') + h.patientName.raw + QLatin1Char('|') + h.patientBirthDate;
}

/// Indexes one batch in one transaction; clears its pending rows in the same transaction.
std::optional<Error> indexBatch(LocalCache::Private &d, const std::vector<const Parsed *> &batch, qint64 owner)
{
    if (batch.empty())
        return std::nullopt;
    QSqlDatabase &db = d.db;
    if (!db.transaction())
        return d.sqlError(QStringLiteral("starting the index transaction"), db.lastError());
    auto fail = [&](const QString &what, const QSqlError &e) {
        const Error err = d.sqlError(what, e);
        db.rollback();
        return std::optional<Error>(err);
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QHash<QString, qint64> patients, studies, seriesIds;
    QSqlQuery q(db);
    QSet<qint64> touchedSeries, touchedStudies;
    QHash<qint64, int> newInstancesOfStudy;  // for the statistics by import hour
    for (const Parsed *p : batch) {
        const dicom::DicomHeader &h = p->header;
        const QString key = patientKey(h);
        qint64 patient = patients.value(key, 0);
        if (!patient) {
            q.prepare(QStringLiteral("INSERT INTO patients(patient_key, patient_id, name, name_display, name_fold, birth_date, sex)"
                                     " VALUES(?,?,?,?,?,?,?) ON CONFLICT(patient_key) DO UPDATE SET sex = excluded.sex RETURNING id"));
            q.addBindValue(key);
            q.addBindValue(h.patientId);
            q.addBindValue(h.patientName.raw);
            q.addBindValue(h.patientName.display());
            q.addBindValue(foldForSearch(h.patientName.raw.split(QLatin1Char('=')).join(QLatin1Char(' '))));
            q.addBindValue(h.patientBirthDate);
            q.addBindValue(h.patientSex);
            if (!q.exec() || !q.next())
                return fail(QStringLiteral("indexing patient"), q.lastError());
            patient = q.value(0).toLongLong();
            patients.insert(key, patient);
        }
        qint64 study = studies.value(h.studyInstanceUid, 0);
        if (!study) {
            q.prepare(QStringLiteral("INSERT INTO studies(study_uid, patient_ref, study_date, study_time, accession, description,"
                                     " description_fold, referring, imported_at, last_access) VALUES(?,?,?,?,?,?,?,?,?,?)"
                                     " ON CONFLICT(study_uid) DO UPDATE SET imported_at = excluded.imported_at RETURNING id"));
            q.addBindValue(h.studyInstanceUid);
            q.addBindValue(patient);
            q.addBindValue(h.studyDate);
            q.addBindValue(h.studyTime);
            q.addBindValue(h.accessionNumber);
            q.addBindValue(h.studyDescription);
            q.addBindValue(foldForSearch(h.studyDescription));
            q.addBindValue(h.referringPhysician.raw);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec() || !q.next())
                return fail(QStringLiteral("indexing study"), q.lastError());
            study = q.value(0).toLongLong();
            studies.insert(h.studyInstanceUid, study);
        }
        qint64 series = seriesIds.value(h.seriesInstanceUid, 0);
        if (!series) {
            q.prepare(QStringLiteral("INSERT INTO series(series_uid, study_ref, number, modality, description, body_part)"
                                     " VALUES(?,?,?,?,?,?) ON CONFLICT(series_uid) DO UPDATE SET number = excluded.number RETURNING id"));
            q.addBindValue(h.seriesInstanceUid);
            q.addBindValue(study);
            q.addBindValue(h.seriesNumber);
            q.addBindValue(h.modality);
            q.addBindValue(h.seriesDescription);
            q.addBindValue(h.bodyPartExamined);
            if (!q.exec() || !q.next())
                return fail(QStringLiteral("indexing series"), q.lastError());
            series = q.value(0).toLongLong();
            seriesIds.insert(h.seriesInstanceUid, series);
        }
        touchedSeries.insert(series);
        touchedStudies.insert(study);
        q.prepare(QStringLiteral("INSERT INTO instances(sop_uid, series_ref, sop_class, instance_number, transfer_syntax, sha256,"
                                 " size_bytes, file, source, imported_at, frames) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(h.sopInstanceUid);
        q.addBindValue(series);
        q.addBindValue(h.sopClassUid);
        q.addBindValue(h.instanceNumber);
        q.addBindValue(h.transferSyntax.uid);
        q.addBindValue(QString::fromLatin1(p->sha));
        q.addBindValue(p->size);
        q.addBindValue(storePathFor(p->sha));
        q.addBindValue(p->path);
        q.addBindValue(now);
        q.addBindValue(h.pixel.frames);
        if (!q.exec())
            return fail(QStringLiteral("indexing instance %1").arg(h.sopInstanceUid), q.lastError());
        ++newInstancesOfStudy[study];
        q.prepare(QStringLiteral("DELETE FROM pending_files WHERE file = ? AND owner = ?"));
        q.addBindValue(storePathFor(p->sha));
        q.addBindValue(owner);
        if (!q.exec())
            return fail(QStringLiteral("clearing pending files"), q.lastError());
    }
    for (auto it = newInstancesOfStudy.cbegin(); it != newInstancesOfStudy.cend(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO import_hours(hour, study_ref, instances) VALUES(?,?,?)"
                                 " ON CONFLICT(hour, study_ref) DO UPDATE SET instances = instances + excluded.instances"));
        q.addBindValue(now.left(13));  // "YYYY-MM-DDTHH", UTC
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail(QStringLiteral("counting the import hour"), q.lastError());
    }
    for (qint64 s : touchedSeries) {
        q.prepare(QStringLiteral("UPDATE series SET instance_count = (SELECT COUNT(*) FROM instances WHERE series_ref = :id),"
                                 " size_bytes = (SELECT COALESCE(SUM(size_bytes), 0) FROM instances WHERE series_ref = :id) WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), s);
        if (!q.exec())
            return fail(QStringLiteral("updating series counts"), q.lastError());
    }
    for (qint64 s : touchedStudies) {
        q.prepare(QStringLiteral(
            "UPDATE studies SET series_count = (SELECT COUNT(*) FROM series WHERE study_ref = :id),"
            " instance_count = (SELECT COALESCE(SUM(instance_count), 0) FROM series WHERE study_ref = :id),"
            " size_bytes = (SELECT COALESCE(SUM(size_bytes), 0) FROM series WHERE study_ref = :id),"
            " modalities = (SELECT group_concat(m, '\\') FROM (SELECT DISTINCT modality AS m FROM series"
            "   WHERE study_ref = :id AND modality <> '' ORDER BY m)) WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), s);
        if (!q.exec())
            return fail(QStringLiteral("updating study counts"), q.lastError());
    }
    if (!db.commit())
        return fail(QStringLiteral("committing the index transaction"), db.lastError());
    return std::nullopt;
}

} // namespace

ImportSummary runImport(LocalCache &cache, const QStringList &sources, const ImportOptions &options,
                        const CancellationToken &cancel, const std::function<void(const ImportProgress &)> &progress)
{
    LocalCache::Private &d = *cache.d();
    ImportSummary summary;
    QElapsedTimer timer;
    timer.start();
    const qint64 owner = qint64(::getpid());
    QStringList extracted;
    const QStringList files = expandSources(sources, d.tempDir(), summary, extracted);
    summary.filesSeen = int(files.size());

    ImportProgress prog;
    prog.filesTotal = int(files.size());
    for (const QString &f : files)
        prog.bytesTotal += QFileInfo(f).size();
    auto report = [&] {
        const double elapsed = timer.elapsed() / 1000.0;
        prog.etaSeconds = prog.bytesDone > 0 && elapsed > 0.5
                              ? elapsed * double(prog.bytesTotal - prog.bytesDone) / double(prog.bytesDone) : -1;
        if (progress)
            progress(prog);
    };
    report();

    qint64 diskLimit = options.simulatedDiskLimit;
    if (diskLimit == 0 && qEnvironmentVariableIsSet("STRATA_TEST_DISK_LIMIT"))
        diskLimit = qEnvironmentVariable("STRATA_TEST_DISK_LIMIT").toLongLong();
    StoreWriter writer(d, diskLimit, options.moveSources);
    QSet<QString> studiesSeen;
    const int batchSize = std::max(1, options.batchSize);

    for (qsizetype start = 0; start < files.size() && !summary.fatal; start += batchSize) {
        if (cancel.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        const QStringList chunk = files.mid(start, batchSize);
        // A: parse and hash, on all cores.
        const std::function<Parsed(const QString &)> parse = [&cancel](const QString &f) { return parseAndHash(f, cancel); };
        const QList<Parsed> parsed = QtConcurrent::blockingMapped(workPool(), chunk, parse);

        // B: sort out what is new, a duplicate, or a conflict.
        QHash<QString, QByteArray> known;  // SOP UID -> SHA-256 of the stored copy (or of this batch's)
        {
            QStringList uids;
            for (const Parsed &p : parsed)
                if (p.kind == Parsed::Kind::Ok)
                    uids << p.header.sopInstanceUid;
            QSqlQuery q(d.db);
            for (qsizetype i = 0; i < uids.size(); i += 400) {
                const QStringList part = uids.mid(i, 400);
                q.prepare(QStringLiteral("SELECT sop_uid, sha256 FROM instances WHERE sop_uid IN (%1)")
                              .arg(QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))));
                for (const QString &u : part)
                    q.addBindValue(u);
                if (!q.exec()) {
                    summary.fatal = d.sqlError(QStringLiteral("looking up instances"), q.lastError());
                    break;
                }
                while (q.next())
                    known.insert(q.value(0).toString(), q.value(1).toString().toLatin1());
            }
        }
        if (summary.fatal)
            break;
        std::vector<const Parsed *> fresh;
        for (const Parsed &p : parsed) {
            switch (p.kind) {
            case Parsed::Kind::Skip:
                summary.cancelled = true;
                continue;
            case Parsed::Kind::NotDicom: summary.notDicom << p.path; continue;
            case Parsed::Kind::Broken: summary.broken.push_back(p.error); continue;
            case Parsed::Kind::Directory: continue;  // a DICOMDIR describes files, it is not one
            case Parsed::Kind::Ok: break;
            }
            studiesSeen.insert(p.header.studyInstanceUid);
            auto it = known.find(p.header.sopInstanceUid);
            if (it != known.end()) {
                if (it.value() == p.sha) {
                    ++summary.duplicates;
                } else {
                    ++summary.conflicts;
                    summary.conflictDetails << QStringLiteral("%1: %2 differs from the stored copy (kept the stored one)")
                                                   .arg(p.header.sopInstanceUid, p.path);
                }
                continue;
            }
            known.insert(p.header.sopInstanceUid, p.sha);
            fresh.push_back(&p);
        }

        // C: record the files about to enter the store, so a crash can roll them back.
        if (!fresh.empty()) {
            if (!d.db.transaction()) {
                summary.fatal = d.sqlError(QStringLiteral("starting a transaction"), d.db.lastError());
                break;
            }
            QSqlQuery q(d.db);
            q.prepare(QStringLiteral("INSERT INTO pending_files(file, owner) VALUES(?, ?)"));
            bool ok = true;
            for (const Parsed *p : fresh) {
                q.addBindValue(storePathFor(p->sha));
                q.addBindValue(owner);
                ok = ok && q.exec();
            }
            if (!ok || !d.db.commit()) {
                summary.fatal = d.sqlError(QStringLiteral("recording pending files"), q.lastError());
                d.db.rollback();
                break;
            }
        }

        // D: copy, on all cores.
        std::vector<std::optional<Error>> copyErrors(fresh.size());
        std::vector<int> indices(fresh.size());
        std::iota(indices.begin(), indices.end(), 0);
        std::atomic<bool> stop{false};
        QtConcurrent::blockingMap(workPool(), indices, [&](int &i) {
            if (stop.load())
                return;
            copyErrors[std::size_t(i)] = writer.copy(fresh[std::size_t(i)]->path, storePathFor(fresh[std::size_t(i)]->sha));
            if (copyErrors[std::size_t(i)])
                stop = true;
        });
        std::vector<const Parsed *> copied;
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (copyErrors[i]) {
                if (!summary.fatal)
                    summary.fatal = *copyErrors[i];
            } else if (!stop.load() || QFileInfo::exists(d.absolute(storePathFor(fresh[i]->sha)))) {
                copied.push_back(fresh[i]);
            }
        }
        // E: data on disk before the index says it is there.
        syncStore(d.storeDir());
        // F: index.
        if (auto e = indexBatch(d, copied, owner)) {
            summary.fatal = *e;
            break;
        }
        for (const Parsed *p : copied) {
            ++summary.imported;
            summary.bytesImported += p->size;
        }
        // Files of this batch that were not copied: their pending rows go (nothing was stored).
        if (copied.size() != fresh.size()) {
            QSqlQuery q(d.db);
            q.prepare(QStringLiteral("DELETE FROM pending_files WHERE owner = ? AND NOT EXISTS"
                                     " (SELECT 1 FROM instances i WHERE i.file = pending_files.file)"));
            q.addBindValue(owner);
            q.exec();
        }
        if (options.onBatchCommitted)
            options.onBatchCommitted();
        prog.filesDone = int(std::min<qsizetype>(files.size(), start + chunk.size()));
        for (const Parsed &p : parsed)
            prog.bytesDone += p.size;
        prog.studiesFound = int(studiesSeen.size());
        prog.currentFile = chunk.last();
        report();
    }
    // A Cancel that comes after the last batch was committed cancels nothing: every file was
    // imported, and the summary says so (cancelled is set above only when files were left out).
    summary.studies = QStringList(studiesSeen.begin(), studiesSeen.end());
    summary.studies.sort();
    for (const QString &dir : extracted)
        QDir(dir).removeRecursively();
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

ImportJob::ImportJob(QString dataDir, QStringList sources, QObject *parent)
    : Job(parent), m_dataDir(std::move(dataDir)), m_sources(std::move(sources))
{
    qRegisterMetaType<strata::store::ImportProgress>();
}

Error ImportJob::execute()
{
    auto cache = LocalCache::open(m_dataDir);
    if (!cache.ok())
        return cache.error();
    ImportOptions options;
    options.onBatchCommitted = [this] { emit batchCommitted(); };
    m_summary = runImport(*cache.value(), m_sources, options, token(), [this](const ImportProgress &p) {
        emit importProgress(p);
        reportProgress({p.filesDone, p.filesTotal, tr("Importing")});
    });
    if (m_summary.fatal)
        return *m_summary.fatal;
    if (m_summary.cancelled)
        return Error(ErrorCode::Cancelled, m_dataDir, tr("import cancelled"));
    return {};
}

} // namespace strata::store
