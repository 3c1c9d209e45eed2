#pragma once
/// The one way into the local cache for every source — folder, CD and zip import, the Storage SCP,
/// C-GET, C-MOVE and WADO-RS: the import pipeline (runImport, with its identity checks: a second
/// copy of an instance is a duplicate or a conflict, never a replacement; a study or series whose
/// patient or study clashes is refused), then the import policy: the cache quota is enforced
/// (remotely stored studies are evicted, least recently used first) and the audit hook is told.
#include <strata/store/ImportPipeline.h>

#include <functional>

namespace strata::store {

/// Where ingested instances come from.
enum class IngestSource {
    Import,      ///< files, folders, DICOMDIRs and zip files (CLI `import`, the GUI's import)
    StorageScp,  ///< received by the Storage SCP (also what a C-MOVE sends here)
    CGet,        ///< received over the C-GET association
    CMove,       ///< a C-MOVE's instances, when received by a staging area of its own
    WadoRs,      ///< fetched with WADO-RS
    Reconcile,   ///< no new instances: a cached study's files written again with another patient's identity (LocalCache::reconcileStudy)
};

/// "import", "storage-scp", "c-get", "c-move", "wado-rs", "reconcile".
QString ingestSourceName(IngestSource source);

/// Runs runImport() on `cache` (the calling thread's) and then the import policy. The summary's
/// `eviction` is set when the quota (the data directory's cache/quotaBytes) was enforced. A fatal
/// import error skips the policy's quota step.
ImportSummary ingest(LocalCache &cache, IngestSource source, const QStringList &sources,
                     const ImportOptions &options = {}, const CancellationToken &cancel = {},
                     const std::function<void(const ImportProgress &)> &progress = {});

/// The audit hook of the import policy: called after every ingest, on the ingesting thread, with
/// what it did, before ingest() records it in the audit log (AuditLog.h: an "import" or "receive"
/// record, and a "delete" per study the quota evicted). An empty function removes the hook.
using IngestAuditHook = std::function<void(IngestSource source, const QString &dataDir, const ImportSummary &summary)>;
void setIngestAuditHook(IngestAuditHook hook);

/// More listeners of the import policy, beside the audit hook (background sync queues what its
/// routing rules match): each is called after every ingest, after the audit hook, on the ingesting
/// thread. Returns an id for removeIngestListener().
using IngestListener = IngestAuditHook;
int addIngestListener(IngestListener listener);
void removeIngestListener(int id);
/// Tells the listeners (not the audit hook) of studies whose files changed otherwise than by an
/// ingest: a reconciliation (`summary.studies` the study), which background sync sends again.
void notifyIngestListeners(IngestSource source, const QString &dataDir, const ImportSummary &summary);

} // namespace strata::store
