#include <strata/store/Ingest.h>

#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>

#include <strata/core/Logging.h>

#include <QMutex>

#include <memory>
#include <vector>

namespace strata::store {
namespace {

QMutex g_auditMutex;
std::shared_ptr<const IngestAuditHook> g_auditHook;
int g_nextListener = 1;
std::shared_ptr<const std::vector<std::pair<int, IngestListener>>> g_listeners;

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

/// The import policy's audit step: one record of what came in, and one per study the quota evicted.
void recordIngest(LocalCache &cache, IngestSource source, const QStringList &sources, const ImportSummary &summary)
{
    const std::shared_ptr<StoreService> service = cache.service();
    if (!service)
        return;
    QStringList counts{QStringLiteral("%1 imported").arg(summary.imported)};
    if (summary.duplicates)
        counts << QStringLiteral("%1 duplicate(s)").arg(summary.duplicates);
    if (summary.conflicts)
        counts << QStringLiteral("%1 conflict(s)").arg(summary.conflicts);
    if (!summary.broken.empty())
        counts << QStringLiteral("%1 unreadable").arg(summary.broken.size());
    if (summary.cancelled)
        counts << QStringLiteral("cancelled");
    if (summary.fatal)
        counts << summary.fatal->message();
    // Received instances come from staging folders: their paths say nothing; the source does.
    const QString peer = source == IngestSource::Import ? sources.join(QLatin1Char(' ')) : ingestSourceName(source);
    const QString action = source == IngestSource::Import ? QStringLiteral("import") : QStringLiteral("receive");
    audit(*service, {action, summary.studies.join(QLatin1Char(' ')),
                     summary.fatal ? QStringLiteral("failure") : QStringLiteral("success"), peer,
                     QStringLiteral("%1: %2").arg(ingestSourceName(source), counts.join(QStringLiteral(", ")))});
    if (summary.eviction)
        for (const QString &uid : summary.eviction->evictedStudies)
            audit(*service, {QStringLiteral("delete"), uid, QStringLiteral("success"), {},
                             QStringLiteral("evicted by the cache quota")});
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
    case IngestSource::Reconcile: return QStringLiteral("reconcile");
    }
    return QStringLiteral("import");
}

void setIngestAuditHook(IngestAuditHook hook)
{
    QMutexLocker lock(&g_auditMutex);
    g_auditHook = hook ? std::make_shared<const IngestAuditHook>(std::move(hook)) : nullptr;
}

int addIngestListener(IngestListener listener)
{
    QMutexLocker lock(&g_auditMutex);
    auto next = g_listeners ? std::make_shared<std::vector<std::pair<int, IngestListener>>>(*g_listeners)
                            : std::make_shared<std::vector<std::pair<int, IngestListener>>>();
    const int id = g_nextListener++;
    next->emplace_back(id, std::move(listener));
    g_listeners = std::move(next);
    return id;
}

void removeIngestListener(int id)
{
    QMutexLocker lock(&g_auditMutex);
    if (!g_listeners)
        return;
    auto next = std::make_shared<std::vector<std::pair<int, IngestListener>>>(*g_listeners);
    std::erase_if(*next, [id](const auto &l) { return l.first == id; });
    g_listeners = std::move(next);
}

void notifyIngestListeners(IngestSource source, const QString &dataDir, const ImportSummary &summary)
{
    std::shared_ptr<const std::vector<std::pair<int, IngestListener>>> listeners;
    {
        QMutexLocker lock(&g_auditMutex);
        listeners = g_listeners;
    }
    if (listeners)
        for (const auto &l : *listeners)
            l.second(source, dataDir, summary);
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
    notifyIngestListeners(source, cache.dataDir(), summary);
    recordIngest(cache, source, sources, summary);
    return summary;
}

} // namespace strata::store
