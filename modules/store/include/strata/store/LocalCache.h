#pragma once
/// The local PACS cache's studies repository: the SQLite index (patients, studies, series,
/// instances; search, including the worklist's filters, and statistics) and the content-addressed
/// file store under the data directory. One LocalCache per thread: its reads run on a SQLite
/// connection of the thread that opened it, its writes (deletion, remote-stored, touch, imports) on
/// the StoreService's writer thread; any number may be open on the same data directory at once.
/// They come from the data directory's StoreService, which ran the migrations and the crash
/// recovery when it started: what an interrupted import or deletion left behind is finished or
/// rolled back before anything else happens. The worklist and key images have repositories of
/// their own (`service()->worklist()`, `service()->keyImages()`).
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/store/Records.h>

#include <memory>
#include <optional>

namespace strata::dicom {
struct PatientIdentityChange;      // strata/dicom/Reconcile.h
enum class ModificationReason;
} // namespace strata::dicom

namespace strata::store {

struct RecoveryReport {
    int orphanFilesRemoved = 0;     ///< files copied by an interrupted import, never indexed
    int pendingDeletesFinished = 0; ///< files of deleted studies whose removal was interrupted
    int tempFilesRemoved = 0;       ///< temporary copies and extracted zips of dead processes
    int stagingFoldersRemoved = 0;  ///< <data>/incoming folders of received instances whose process died
};

struct VerifyReport {
    int checked = 0;
    QStringList missing;   ///< SOP Instance UIDs whose file is gone
    QStringList corrupt;   ///< SOP Instance UIDs whose file's SHA-256 changed
    QStringList details;   ///< one line per problem: "<uid> <path>: <reason>"
    bool ok() const { return missing.isEmpty() && corrupt.isEmpty(); }
};

struct EvictionReport {
    QStringList evictedStudies;
    qint64 bytesFreed = 0;
    qint64 bytesAfter = 0;
    bool quotaMet = true;  ///< false when only local-only studies are left and the quota is still exceeded
};

/// What LocalCache::reconcileStudy() did.
struct ReconcileReport {
    int instances = 0;         ///< files written again
    QString formerPatient;     ///< "ID '…', name '…', born '…'"
    QString patient;           ///< the same of the patient the study now belongs to
    bool joinedPatient = false;  ///< the cache held that patient already (other studies of theirs)
    QStringList changed;       ///< the attributes whose value changed ("Patient ID", …)
};

class StoreService;

class LocalCache {
public:
    ~LocalCache();
    /// The studies repository of the cache under `dataDir` (StoreService::open(dataDir)->studies():
    /// the first open in the process creates, migrates and recovers the cache).
    static Result<std::unique_ptr<LocalCache>> open(const QString &dataDir);
    /// The store service this repository belongs to.
    std::shared_ptr<StoreService> service() const;

    QString dataDir() const;
    QString storeDir() const;  ///< where the files live
    int schemaVersion() const;
    /// The SQLite index file, for modules that keep their own tables in it (net's node registry).
    QString indexFile() const;
    const RecoveryReport &recovery() const;

    Result<StudyPage> searchStudies(const StudyQuery &query) const;
    /// The same search; `plan`, when given, also receives SQLite's plan of its two statements
    /// (EXPLAIN QUERY PLAN: the count's steps, then the page's), one line a step. Tests use it to
    /// check that every filter and sort is served by an index (docs/cache.md, "Search").
    Result<StudyPage> searchStudies(const StudyQuery &query, QStringList *plan) const;
    Result<StudyRecord> study(const QString &studyInstanceUid) const;
    Result<std::vector<SeriesRecord>> series(const QString &studyInstanceUid) const;
    Result<std::vector<InstanceRecord>> instances(const QString &seriesInstanceUid) const;
    Result<std::vector<InstanceRecord>> studyInstances(const QString &studyInstanceUid) const;
    /// The instance with this SOP Instance UID, if the cache holds it.
    Result<std::optional<InstanceRecord>> instance(const QString &sopInstanceUid) const;
    /// The stored files of the studies, study by study in studyInstances() order (what a send
    /// sends); NotFound, naming the UID, for a study the cache does not hold.
    Result<QStringList> studyFiles(const QStringList &studyInstanceUids) const;
    /// The stored files of the studies for a copy made for people (export, CD, de-identified
    /// copy), in studyFiles() order: without the instances a rejection note withdraws unless
    /// `keepWithdrawn` (a send keeps them: the archive applies the note). NotFound as studyFiles().
    Result<StudyCopy> filesForCopy(const QStringList &studyInstanceUids, bool keepWithdrawn) const;
    /// The stored files of cached series, in reading order; a series not in the cache is an error.
    Result<QStringList> seriesFiles(const QStringList &seriesInstanceUids) const;
    Result<qint64> totalBytes() const;
    Result<qint64> instanceCount() const;

    /// Removes a study's rows, files and cached thumbnails (crash-safe: interrupted removals finish
    /// at the next start).
    Status deleteStudy(const QString &studyInstanceUid);
    /// Gives a study the patient identity (and accession number) of `change`: a study brought
    /// from elsewhere filed under the local patient record before it is read and sent on (IHE
    /// Import Reconciliation). Every instance of the study is written again
    /// (dicom::reconcileFile: the former values kept in its Original Attributes Sequence, UIDs
    /// and pixels unchanged) and replaces its file in one index transaction: the study moves to
    /// that patient — one the cache already holds when the identity rule says it is the same
    /// ("Identity", docs/cache.md), else a new one — and, as its copy on any archive now differs,
    /// is no longer marked as stored there. Refused, with nothing changed, when the new ID
    /// belongs to another patient in the cache (another name or birth date), for values DICOM
    /// or a file's character set does not allow, when a file cannot be rewritten, when the study
    /// changes meanwhile, or when cancelled. Crash-safe as an import (the former files stay
    /// until the transaction commits). Audited (reconcile).
    Result<ReconcileReport> reconcileStudy(const QString &studyInstanceUid, const dicom::PatientIdentityChange &change,
                                           dicom::ModificationReason reason, const CancellationToken &cancel = {},
                                           const std::function<void(const Progress &)> &progress = {});
    /// Marks a study as safely stored on a remote archive (the sync module sets it).
    Status setRemoteStored(const QString &studyInstanceUid, bool stored);
    /// Records that a study was opened now (for least-recently-used eviction).
    Status touch(const QString &studyInstanceUid);

    /// Statistics, from the stored per-study and per-series counts and the per-hour import counts
    /// (no instance row is read; milliseconds to tens of milliseconds at a million instances, see
    /// docs/cache.md). Run them off the GUI thread.
    Result<CacheTotals> totals() const;
    /// Per modality of the series, most instances first.
    Result<std::vector<ModalityCount>> modalityCounts() const;
    /// Per day from `first` to `last` (inclusive, local days; every day listed, zeros included). By
    /// import date the counts are kept per UTC hour, so in a time zone offset by a half hour the
    /// half hour around midnight falls on one side.
    Result<std::vector<DayCount>> dayCounts(DateBasis basis, const QDate &first, const QDate &last) const;
    /// Totals, modalities and the `days` days up to `today` (inclusive), in one read transaction.
    Result<CacheStatistics> statistics(DateBasis basis, int days, const QDate &today = QDate::currentDate()) const;

    /// Evicts least-recently-used studies that are stored remotely until the cache is at most
    /// `quotaBytes`. Never evicts a study that exists only here.
    Result<EvictionReport> enforceQuota(qint64 quotaBytes);
    /// Re-hashes every stored file and compares with the index.
    Result<VerifyReport> verify(const CancellationToken &cancel = {},
                                const std::function<void(const Progress &)> &progress = {}) const;

    class Private;
    Private *d() const { return m_d.get(); }

private:
    friend class StoreService;
    LocalCache();
    std::unique_ptr<Private> m_d;
};

/// Folds a name or text for search: case-folded, accents removed, '^' and runs of spaces as one space.
QString foldForSearch(const QString &text);

} // namespace strata::store
