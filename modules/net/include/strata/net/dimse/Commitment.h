#pragma once
/// Storage Commitment Push Model as the requesting side: asks a node (N-ACTION) to take
/// responsibility for instances it was sent, and receives its answer (N-EVENT-REPORT), which
/// arrives on an association the node opens back to Strata (Orthanc's way, to the AE it knows as
/// a modality) or on the request's own association.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/CommitmentListener.h>
#include <strata/net/Node.h>
#include <strata/net/RemoteTypes.h>

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace strata::net {

/// Sends one N-ACTION (Request Storage Commitment) with `references` and the transaction UID
/// (a new one when empty); returns the transaction UID once the node has accepted the request.
/// A node that refuses the SOP class or the request is Unsupported; one that cannot be reached
/// is the association's error. When `sameAssociationWaitS` > 0 the association stays open that
/// long for a report sent on it, which is then delivered as if a listener had received it.
Result<QString> requestStorageCommitment(const Node &node, const Timeouts &timeouts,
                                         const std::vector<CommitmentReference> &references,
                                         QString transactionUid = {}, int sameAssociationWaitS = 0);

/// Waits until the report of `transactionUid` has arrived (by any listener of this process, or on
/// the request's association), for at most `timeoutMs` of real time or until `cancel`; the
/// report is taken (a second call does not see it).
std::optional<CommitmentResult> takeCommitmentReport(const QString &transactionUid, int timeoutMs,
                                                     const CancellationToken &cancel = {});

} // namespace strata::net
