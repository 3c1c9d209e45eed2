#pragma once
#include <strata/store/AuditLog.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/SyncJobRepository.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/store/WorklistRepository.h>

#include <strata/dicom/DicomHeader.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace strata::store {

class StoreService;

class LocalCache::Private {
public:
    std::shared_ptr<StoreService> service;  // kept alive while this repository lives
    QString dataDir;
    QString connection;
    QSqlDatabase db;  ///< this thread's reader connection, or in a write (`writer`) the write connection
    RecoveryReport recovery;
    int version = 0;
    bool writer = false;  ///< a view on the writer connection, inside a write (writeIndex)

    QString storeDir() const { return dataDir + QStringLiteral("/store"); }
    QString tempDir() const { return dataDir + QStringLiteral("/store/tmp"); }
    QString absolute(const QString &relative) const { return storeDir() + QLatin1Char('/') + relative; }

    /// An error about the index, naming the database file.
    Error sqlError(const QString &what, const QSqlError &e) const
    {
        return Error(ErrorCode::IoError, dataDir + QStringLiteral("/index.sqlite"),
                     QStringLiteral("%1: %2").arg(what, e.text()));
    }
    /// Runs a statement; on failure returns the error.
    std::optional<Error> exec(QSqlQuery &q, const QString &what) const
    {
        if (!q.exec())
            return sqlError(what, q.lastError());
        return std::nullopt;
    }
};

/// The worklist's and the key images' repositories: the worklist only writes (no reader
/// connection), the key images read on a connection of the calling thread, as the studies.
class WorklistRepository::Private : public LocalCache::Private {};
class KeyImageRepository::Private : public LocalCache::Private {};
class SyncJobRepository::Private : public LocalCache::Private {};
class AuditLog::Private : public LocalCache::Private {};
class MeasurementRepository::Private : public LocalCache::Private {};

namespace detail {
/// Opens a new connection of the calling thread on `indexFile`, named "<prefix>-<n>" (`name` gets
/// it, also on failure, for closeConnection), with the per-connection settings; `setWal` also
/// switches the index to WAL (the store service's first connection; it stays so in the file).
std::optional<Error> openConnection(const QString &indexFile, const QString &prefix, bool setWal,
                                    QSqlDatabase &db, QString &name);
void closeConnection(QSqlDatabase &db, const QString &name);
/// An error about the index, naming its file.
Error indexError(const QString &indexFile, const QString &what, const QSqlError &e);
/// The words of a folded patient name (foldForSearch: words apart by single spaces), each once.
QStringList nameWords(const QString &nameFold);
/// Adds the words of `patient`'s folded name to patient_words (those already there stay); false
/// with `error` set on failure. The importer calls it for each patient it adds.
bool indexPatientWords(const QSqlDatabase &db, qint64 patient, const QString &nameFold, QSqlError *error);
/// Records the instances a rejection note withdraws (rejected_instances; an instance another note
/// withdrew first keeps that note); false with `error` set on failure. The importer calls it for
/// each rejection note it indexes.
bool indexRejection(const QSqlDatabase &db, const QString &noteUid, const QString &studyUid, const dicom::RejectionNote &note,
                    QSqlError *error);
/// The index's key of a patient: ID, name as stored and birth date.
inline QString patientKey(const QString &id, const QString &nameRaw, const QString &birthDate)
{
    return id + QLatin1Char('|') + nameRaw + QLatin1Char('|') + birthDate;
}
/// A patient's name as the search folds it (every component group's words).
inline QString nameFold(const QString &raw) { return foldForSearch(raw.split(QLatin1Char('=')).join(QLatin1Char(' '))); }

/// A patient as the index knows one, for the identity rule (docs/cache.md, "Identity").
struct PatientIdentity {
    QString id, name, birthDate;
    /// The same patient: the same Patient ID, the same name once case, accents and separators
    /// are folded, and the same birth date where both have one. Anything else is another patient.
    bool sameAs(const PatientIdentity &o) const
    {
        return id.trimmed() == o.id.trimmed() && nameFold(name) == nameFold(o.name)
               && (birthDate.isEmpty() || o.birthDate.isEmpty() || birthDate == o.birthDate);
    }
    QString text() const
    {
        return QCoreApplication::translate("strata::store", "ID '%1', name '%2', born '%3'").arg(id, name, birthDate);
    }
};
} // namespace detail

/// Runs `work` as one write of the store service (StoreService::write: on its writer thread, the
/// caller waiting), with `w`: `d`'s data directory on the process's write connection. Every write
/// of the repositories goes through here; reads stay on `d.db`.
Status writeIndex(const LocalCache::Private &d, const std::function<Status(LocalCache::Private &w)> &work);

// The functions below that write take `d` on the writer connection (d.writer: inside a write).

/// Applies the schema migrations that the index lacks (Schema.h); sets `d.version`.
Status migrate(LocalCache::Private &d);
/// Finishes or rolls back what an interrupted import or deletion left behind, and removes the
/// staging folders and extracted zips of dead processes; counts in `d.recovery`.
Status recover(LocalCache::Private &d);

/// Whether the process `pid` still runs (this process counts as alive).
bool processAlive(qint64 pid);

/// The owner of an import's pending files: its process id in the high 32 bits and a number unique
/// in the process in the low ones, so that two imports in one process never touch each other's
/// rows, while recovery can still ask whether the owning process is alive. (Owners written by
/// older versions are a bare process id.)
qint64 newImportOwner();
inline qint64 ownerProcess(qint64 owner) { return owner >> 32 ? owner >> 32 : owner; }

/// Rolls back what `owner` has pending: its files that no instance references are removed (unless
/// another live importer has them pending too) and its rows go. In one write transaction (BEGIN
/// IMMEDIATE), so that no importer records one of these files between the check and the unlink.
/// Returns the number of files removed.
Result<int> rollBackPending(LocalCache::Private &d, qint64 owner);

/// Finishes deletions: removes the files in pending_deletes that no instance references and no
/// live importer has pending (it re-uses a file it found in the store), under the same write lock.
/// Returns the number removed; `failed` gets the files that could not be removed.
Result<int> finishPendingDeletes(LocalCache::Private &d, QStringList *failed = nullptr);

/// Flushes the store's file system, so that an index commit never refers to data still in flight.
void syncStore(const QString &storeDir);

/// A file in the store's tmp folder with a unique name (mkstemp) that starts with this process's
/// id: recovery removes it once the process is gone, and never while it runs. Its descriptor
/// (the caller closes it) and path, or why it cannot be made.
struct StoreTemp {
    int fd = -1;
    QString path;
};
Result<StoreTemp> openStoreTemp(const LocalCache::Private &d);

/// Relative store path of a new file with this SHA-256: "ab/abcd….dcm", one level of at most 256
/// folders. A folder costs as much to create as a file (about 0.4 ms of CPU each on ext4 here);
/// with two levels (65,536 folders) nearly every file of a cache under ~100,000 instances made one
/// or two, a tenth of a retrieve's time (docs/performance.md). The index keeps each file's path, so
/// the files of a cache written with two levels ("ab/cd/abcd….dcm") stay where they are.
inline QString storePathFor(const QByteArray &sha256Hex)
{
    const QString h = QString::fromLatin1(sha256Hex);
    return h.left(2) + QLatin1Char('/') + h + QStringLiteral(".dcm");
}

} // namespace strata::store
