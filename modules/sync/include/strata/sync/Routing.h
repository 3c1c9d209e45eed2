#pragma once
/// Background sync's routing: which rules an ingested study matches, rule validation against the
/// node registry, and the ingest listener that queues what the rules match.
#include <strata/core/Clock.h>
#include <strata/core/Result.h>
#include <strata/store/Ingest.h>
#include <strata/store/SyncJobRepository.h>

#include <QStringList>

namespace strata::sync {

/// Does `rule` route a study with these series modalities that came in from `source`?
bool ruleMatches(const store::SyncRule &rule, store::IngestSource source, const QStringList &modalities);

/// What is wrong with a rule, in words that say what to fix (InvalidArgument naming the rule):
/// a name, a known match with a value where it needs one, a primary node of the registry
/// `nodeNames`, a backup node of the registry other than the primary; a rule that sends nothing
/// prefetches, a rule by source does not, and prefetch limits in range.
Status validateRule(const store::SyncRule &rule, const QStringList &nodeNames);

/// Queues `studies` of the cache at `dataDir` for every enabled rule they match. Returns how many
/// jobs were added.
Result<int> queueMatching(const QString &dataDir, store::IngestSource source, const QStringList &studies,
                          const Clock &clock = systemClock());

/// Queues every study of the cache that `rule` matches (All and Modality rules; a Source rule has
/// no source to match for studies already here). Returns how many jobs were added.
Result<int> queueExisting(const QString &dataDir, const store::SyncRule &rule, const Clock &clock = systemClock());

/// Listens to every ingest of this process (store::addIngestListener) and queues what the rules
/// match; once per process (later calls do nothing). `clock` must outlive the process's ingests.
void installIngestRouting(const Clock &clock = systemClock());

} // namespace strata::sync
