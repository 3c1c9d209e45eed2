#pragma once
/// Retrieve from a node into the local cache: C-GET, C-MOVE (to Strata's own Storage SCP or to a
/// third node) or WADO-RS. Every received instance goes through the store's import pipeline; the
/// report says per instance what failed and what is still missing, and a second call with
/// `sopInstanceUids` set to the missing ones fetches just those.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/store/ImportPipeline.h>

#include <functional>
#include <vector>

namespace strata::net {

enum class RetrieveMethod { Auto, CGet, CMove, WadoRs };

struct RetrieveRequest {
    QString studyInstanceUid;        ///< required
    QString seriesInstanceUid;       ///< optional: one series only
    QStringList sopInstanceUids;     ///< optional: just these instances (of seriesInstanceUid)
    RetrieveMethod method = RetrieveMethod::Auto;  ///< Auto: from the node's capabilities
    /// Fetch only the instances (of the scope above) that the cache does not hold yet: after a
    /// retrieve that came back short, or to complete a study that grew on the node.
    bool onlyMissing = false;
    /// C-MOVE only: the destination AE. Empty = Strata's own Storage SCP (started for the
    /// retrieve on `moveListenPort` when none runs); another AE = a third node (nothing arrives here).
    QString moveDestination;
    quint16 moveListenPort = 0;      ///< where Strata's SCP listens for the move (the node must know it); 0 = 11112
    /// The local address Strata's SCP listens on for the move; empty = the address the node is
    /// reached from (127.0.0.1 for a node on loopback). Never every interface unless "0.0.0.0".
    QString moveListenAddress;
};

/// One instance the retrieve did not bring home, and why.
struct InstanceProblem {
    QString sopInstanceUid;
    QString reason;
};

struct RetrieveProgress {
    int received = 0;          ///< instances received so far
    int expected = 0;          ///< from the node's sub-operation counts (0 while unknown)
    qint64 bytes = 0;
};

struct RetrieveReport {
    RetrieveMethod method = RetrieveMethod::Auto;  ///< the method used
    int completed = 0;         ///< sub-operations the node reports as completed
    int failed = 0;
    int warnings = 0;
    int expected = 0;          ///< instances the node holds for the request (its C-FIND), when known
    int alreadyCached = 0;     ///< with onlyMissing: instances skipped because the cache had them
    std::vector<InstanceProblem> problems;  ///< per-instance failures (status and reason)
    QStringList missing;       ///< SOP Instance UIDs the node holds but the cache still lacks
    store::ImportSummary import;           ///< what the pipeline did with what arrived
    double seconds = 0;
    bool complete() const { return missing.isEmpty() && problems.empty() && !import.fatal; }
};

/// Retrieves into the cache at `dataDir`. Blocking: run it on a worker (RetrieveJob for the GUI).
/// Cancellation aborts the association (C-CANCEL first where the node supports it) and keeps only
/// instances that arrived whole.
Result<RetrieveReport> retrieve(const Node &node, const RetrieveRequest &request, const QString &dataDir,
                                const Timeouts &timeouts = {}, const CancellationToken &cancel = {},
                                const std::function<void(const RetrieveProgress &)> &progress = {});

/// The method for a request: the requested one, or from the node's probed capabilities (C-GET,
/// then C-MOVE, then WADO-RS), or C-GET for a DIMSE node never probed, WADO-RS for a web-only one.
RetrieveMethod chooseMethod(const Node &node, RetrieveMethod requested);

/// "C-GET", "C-MOVE", "WADO-RS".
QString methodName(RetrieveMethod method);

} // namespace strata::net
