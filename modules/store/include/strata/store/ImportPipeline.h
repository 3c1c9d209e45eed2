#pragma once
/// Import into the local cache: scan → parse → SHA-256 → copy into the store → index in batched
/// transactions. Sources are folders (recursive), single files, DICOMDIR files (the referenced
/// files are resolved, including upper-case 8.3 names without extension; DICOM files on the disc
/// that the DICOMDIR does not list are imported too, and a DICOMDIR that cannot be read falls back
/// to scanning its disc, both said in the summary's notes) and zip files.
/// Crash-safe: a kill at any moment leaves the index and the store consistent; the next open
/// rolls back the files of the interrupted batch.
#include <strata/core/Job.h>
#include <strata/store/LocalCache.h>

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace strata::store {

struct ImportProgress {
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int studiesFound = 0;
    double etaSeconds = -1;  ///< -1 while unknown
    QString currentFile;
};

/// Policy for a second copy of a SOP Instance UID (docs/cache.md): identical bytes are a
/// duplicate and skipped; different bytes are a conflict: the stored copy is kept and the
/// incoming one reported, never silently replaced.
struct ImportSummary {
    int filesSeen = 0;
    int imported = 0;
    int duplicates = 0;
    int conflicts = 0;
    QStringList notDicom;       ///< paths of files that are not DICOM
    std::vector<Error> broken;  ///< DICOM files that could not be read, with the reason
    QStringList conflictDetails;///< "<uid>: <incoming path> differs from the stored copy"
    QStringList studies;        ///< Study Instance UIDs touched
    qint64 bytesImported = 0;
    double seconds = 0;
    bool cancelled = false;     ///< files were left out because Cancel came first
    std::optional<Error> fatal; ///< the import stopped (disk full, index unwritable, ...)
    /// What the user should know about how the sources were read: a DICOMDIR that could not be
    /// read (the disc was scanned instead), files on a disc that its DICOMDIR does not list.
    QStringList notes;
    /// What the import policy's quota step evicted (ingest(), when a quota is set).
    std::optional<EvictionReport> eviction;
    /// With ImportOptions::listInstances: the SOP Instance UIDs of the files that the cache now
    /// holds an identical copy of (imported, or duplicates of what it held), once each.
    QStringList instances;
    /// Images read whose pixels were compressed with loss (Lossy Image Compression 01, or the
    /// pixel data's own coding: dicom::LossyCompression), and how ("JPEG 10:1", "JPEG 2000"),
    /// each way once; runImport() says so in `notes` ("Compressed with loss: …").
    int lossyImages = 0;
    QStringList lossyMethods;
};

/// Points of an import where a test can hold it or kill it (ImportOptions::testHook).
enum class ImportStage {
    BeforeFirstBatch, ///< the sources are listed, nothing is stored yet (n = 0)
    FileStored,       ///< a file entered the store (n = files stored by this import so far; a worker thread)
    BeforeIndex,      ///< a batch's files are stored, its index transaction has not begun (n = batch)
    BatchCommitted,   ///< a batch's index transaction committed (n = batch)
};
/// Batches are counted from 1, and only those that store files (a batch of duplicates only is not).
using ImportTestHook = std::function<void(ImportStage stage, int n)>;

struct ImportOptions {
    int batchSize = 200;          ///< instances per index transaction
    /// Testing hook: fail writes into the store once this many bytes were written (simulates a
    /// full disk with the same code path as a real ENOSPC). 0 = off. Also STRATA_TEST_DISK_LIMIT.
    qint64 simulatedDiskLimit = 0;
    /// The sources are the caller's own files (received instances in a staging folder): move
    /// them into the store (one rename on the same file system) instead of copying. Sources that
    /// are not moved (duplicates, conflicts, unreadable files) stay where they are.
    bool moveSources = false;
    /// With moveSources: the SHA-256 (lower-case hex) of sources the caller wrote and hashed as it
    /// wrote them (a WADO-RS part as it streamed in), by path. Those are not read again to hash
    /// them; the others are. Ignored when copying (the copy is hashed as it is written).
    QHash<QString, QByteArray> knownSha256;
    /// Fill ImportSummary::instances (a retrieve checks what arrived against what the node holds;
    /// off for long-lived imports, whose list would only grow).
    bool listInstances = false;
    /// Called on the importing thread after each committed batch (the browser refreshes).
    std::function<void()> onBatchCommitted;
    /// Testing hook: called at each ImportStage (may block to hold the import there). Also
    /// setImportTestHook() for imports started where no options can be passed, and
    /// STRATA_TEST_PAUSE_AT=<start|stored|index|committed>:<n>, which prints
    /// "strata: test pause at <stage> <n>" on stderr at that point and then blocks the import for
    /// good (a crash test kills the process there).
    ImportTestHook testHook;
};

/// Testing: a hook every import in this process calls as it calls ImportOptions::testHook (the
/// GUI's ImportJob holds an import at a batch boundary this way). An empty function removes it.
void setImportTestHook(ImportTestHook hook);

/// Adds `batch` into `total` (counts, lists, errors; the first fatal error is kept).
void mergeSummary(ImportSummary &total, const ImportSummary &batch);

/// Runs an import on the calling thread (the pipeline's writer) with a worker pool for parsing,
/// hashing and copying. `cache` must belong to the calling thread.
ImportSummary runImport(LocalCache &cache, const QStringList &sources, const ImportOptions &options = {},
                        const CancellationToken &cancel = {},
                        const std::function<void(const ImportProgress &)> &progress = {});

/// An import as a background Job (GUI): opens its own LocalCache on `dataDir` and goes through
/// ingest() (the import policy included).
class ImportJob : public Job {
    Q_OBJECT
public:
    ImportJob(QString dataDir, QStringList sources, QObject *parent = nullptr);
    const ImportSummary &summary() const { return m_summary; }

signals:
    void importProgress(const strata::store::ImportProgress &progress);
    /// Emitted after each committed batch: the browser refreshes.
    void batchCommitted();

protected:
    Error execute() override;

private:
    QString m_dataDir;
    QStringList m_sources;
    ImportSummary m_summary;
};

} // namespace strata::store

Q_DECLARE_METATYPE(strata::store::ImportProgress)
