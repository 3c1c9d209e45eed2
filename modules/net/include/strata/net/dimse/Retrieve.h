#pragma once
/// DIMSE retrieval into the local cache: C-GET, or C-MOVE to Strata's own Storage SCP (started for
/// the retrieve) or to a third node. Every received instance goes through the store's import
/// pipeline. Choosing the method, finding what to expect and what is still missing is
/// RemoteArchive's work; this is the transfer.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/net/RemoteTypes.h>

#include <vector>

namespace strata::net {

/// Does this C-MOVE send to another node than Strata (nothing arrives here)?
bool movesToThirdNode(const Node &node, const RetrieveRequest &request);

/// C-GET or C-MOVE (request.method, which must be one of them) of `expected` (the node's C-FIND
/// answer for the request; request.sopInstanceUids narrows it to those instances) into the cache
/// at `dataDir`. The report has the method, the node's sub-operation counts, the per-instance
/// problems and what the import did; `missing` is left to the caller. Cancellation sends
/// C-CANCEL (the report then covers what arrived). Errors: the association, a refusal by the node
/// (in words from the DIMSE status table), a node gone silent. Blocking: run it on a worker.
Result<RetrieveReport> retrieveByDimse(const Node &node, const RetrieveRequest &request, const std::vector<RemoteInstance> &expected,
                                       const QString &dataDir, const Timeouts &timeouts = {}, const CancellationToken &cancel = {},
                                       const RetrieveProgressCallback &progress = {});

} // namespace strata::net
