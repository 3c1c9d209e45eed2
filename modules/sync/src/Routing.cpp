#include <strata/sync/Routing.h>

#include <strata/core/Logging.h>
#include <strata/store/StoreService.h>

#include <QCoreApplication>

#include <atomic>

namespace strata::sync {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("strata::sync", text); }

const QStringList &sourceNames()
{
    static const QStringList names{QStringLiteral("import"), QStringLiteral("storage-scp"), QStringLiteral("c-get"),
                                   QStringLiteral("c-move"), QStringLiteral("wado-rs"), QStringLiteral("reconcile")};
    return names;
}

bool modalityMatches(const store::SyncRule &rule, const QStringList &modalities)
{
    for (const QString &m : modalities)
        if (m.compare(rule.value, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

bool ruleMatches(const store::SyncRule &rule, store::IngestSource source, const QStringList &modalities)
{
    if (!rule.enabled)
        return false;
    switch (rule.match) {
    case store::SyncMatch::All: return true;
    case store::SyncMatch::Modality: return modalityMatches(rule, modalities);
    case store::SyncMatch::Source: return rule.value.compare(store::ingestSourceName(source), Qt::CaseInsensitive) == 0;
    case store::SyncMatch::None: return false;
    }
    return false;
}

Status validateRule(const store::SyncRule &rule, const QStringList &nodeNames)
{
    const auto bad = [&](const QString &why) { return Error(ErrorCode::InvalidArgument, rule.name, why); };
    const auto known = [&](const QString &node) { return nodeNames.contains(node, Qt::CaseInsensitive); };
    if (rule.name.trimmed().isEmpty())
        return bad(tr("give the rule a name"));
    if (rule.match == store::SyncMatch::Modality && rule.value.trimmed().isEmpty())
        return bad(tr("name the modality the rule routes (e.g. CT, MR, SR, SEG)"));
    if (rule.match == store::SyncMatch::Source && !sourceNames().contains(rule.value, Qt::CaseInsensitive))
        return bad(tr("the source must be one of %1").arg(sourceNames().join(QStringLiteral(", "))));
    if (rule.match == store::SyncMatch::None && rule.prefetch == store::PrefetchMode::None)
        return bad(tr("a rule that sends nothing must prefetch (new studies or priors)"));
    if (rule.match == store::SyncMatch::Source && rule.prefetch != store::PrefetchMode::None)
        return bad(tr("a rule by ingest source cannot prefetch: the node's studies have no local source (prefetch by modality or for every study)"));
    if (rule.prefetch == store::PrefetchMode::New && (rule.prefetchDays < 1 || rule.prefetchDays > 366))
        return bad(tr("prefetch new studies of 1 to 366 days"));
    if (rule.prefetch == store::PrefetchMode::Priors && (rule.prefetchPriors < 1 || rule.prefetchPriors > 50))
        return bad(tr("prefetch 1 to 50 prior studies per patient"));
    if (rule.primaryNode.isEmpty())
        return bad(tr("name the node the rule sends to"));
    if (!known(rule.primaryNode))
        return bad(tr("there is no node '%1' in the registry (add it with `strata node add`)").arg(rule.primaryNode));
    if (!rule.backupNode.isEmpty()) {
        if (!known(rule.backupNode))
            return bad(tr("there is no backup node '%1' in the registry").arg(rule.backupNode));
        if (rule.backupNode.compare(rule.primaryNode, Qt::CaseInsensitive) == 0)
            return bad(tr("the backup node must be another node than the primary one"));
    }
    return {};
}

Result<int> queueMatching(const QString &dataDir, store::IngestSource source, const QStringList &studies, const Clock &clock)
{
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    auto repo = service.value()->syncJobs();
    if (!repo.ok())
        return repo.error();
    auto rules = repo.value()->rules();
    if (!rules.ok())
        return rules.error();
    if (rules.value().empty() || studies.isEmpty())
        return 0;
    auto cache = service.value()->studies();
    if (!cache.ok())
        return cache.error();
    int added = 0;
    for (const QString &uid : studies) {
        auto study = cache.value()->study(uid);
        if (!study.ok())
            continue;  // gone again (evicted, deleted) before it could be queued
        const QStringList modalities = study.value().modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        for (const store::SyncRule &rule : rules.value()) {
            if (!ruleMatches(rule, source, modalities))
                continue;
            auto queued = repo.value()->enqueue(uid, rule.id, clock.nowMs());
            if (!queued.ok())
                return queued.error();
            added += queued.value() ? 1 : 0;
        }
    }
    return added;
}

Result<int> queueExisting(const QString &dataDir, const store::SyncRule &rule, const Clock &clock)
{
    if (rule.match == store::SyncMatch::Source || rule.match == store::SyncMatch::None)
        return 0;
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    auto repo = service.value()->syncJobs();
    if (!repo.ok())
        return repo.error();
    auto cache = service.value()->studies();
    if (!cache.ok())
        return cache.error();
    store::StudyQuery query;
    if (rule.match == store::SyncMatch::Modality)
        query.modality = rule.value;
    query.limit = 1000;
    int added = 0;
    for (query.offset = 0;; query.offset += query.limit) {
        auto page = cache.value()->searchStudies(query);
        if (!page.ok())
            return page.error();
        for (const store::StudyRecord &s : page.value().studies) {
            auto queued = repo.value()->enqueue(s.studyInstanceUid, rule.id, clock.nowMs());
            if (!queued.ok())
                return queued.error();
            added += queued.value() ? 1 : 0;
        }
        if (int(page.value().studies.size()) < query.limit)
            break;
    }
    return added;
}

void installIngestRouting(const Clock &clock)
{
    static std::atomic<bool> installed{false};
    if (installed.exchange(true))
        return;
    store::addIngestListener([&clock](store::IngestSource source, const QString &dataDir, const store::ImportSummary &summary) {
        if (summary.studies.isEmpty())
            return;
        auto queued = queueMatching(dataDir, source, summary.studies, clock);
        if (!queued.ok())
            qCWarning(lcCore) << "sync: could not queue imported studies:" << queued.error().message();
    });
}

} // namespace strata::sync
