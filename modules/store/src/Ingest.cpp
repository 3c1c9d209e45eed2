#include <strata/store/Ingest.h>

#include <strata/store/StoreService.h>

#include <strata/core/Logging.h>

#include <QMutex>

#include <memory>

namespace strata::store {
namespace {

QMutex g_auditMutex;
std::shared_ptr<const IngestAuditHook> g_auditHook;

/// The quota step of the import policy.
std::optional<EvictionReport> applyQuota(LocalCache &cache)
{
    const std::shared_ptr<StoreService> service = cache.service();
    const qint64 quota = service ? service->quotaBytes() : 0;
    if (quota <= 0)
        return std::nullopt;
    auto evicted = cache.enforceQuota(quota);
    if (!evicted.ok()) {
        qCWarning(lcCore) << "quota not enforced:" << evicted.error().message();
        return std::nullopt;
    }
    return std::move(evicted).value();
}

} // namespace

QString ingestSourceName(IngestSource source)
{
    switch (source) {
    case IngestSource::Import: return QStringLiteral("import");
    case IngestSource::StorageScp: return QStringLiteral("storage-scp");
    case IngestSource::CGet: return QStringLiteral("c-get");
    case IngestSource::CMove: return QStringLiteral("c-move");
    case IngestSource::WadoRs: return QStringLiteral("wado-rs");
    }
    return QStringLiteral("import");
}

void setIngestAuditHook(IngestAuditHook hook)
{
    QMutexLocker lock(&g_auditMutex);
    g_auditHook = hook ? std::make_shared<const IngestAuditHook>(std::move(hook)) : nullptr;
}

ImportSummary ingest(LocalCache &cache, IngestSource source, const QStringList &sources, const ImportOptions &options,
                     const CancellationToken &cancel, const std::function<void(const ImportProgress &)> &progress)
{
    ImportSummary summary = runImport(cache, sources, options, cancel, progress);
    if (!summary.fatal)
        summary.eviction = applyQuota(cache);
    std::shared_ptr<const IngestAuditHook> audit;
    {
        QMutexLocker lock(&g_auditMutex);
        audit = g_auditHook;
    }
    if (audit)
        (*audit)(source, cache.dataDir(), summary);
    return summary;
}

} // namespace strata::store
