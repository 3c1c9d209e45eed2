#pragma once
/// What background sync needs of an archive — send files, ask which instances of a study it holds,
/// find and fetch studies for prefetch — as an interface, so that the engine's state machine can be tested with a scripted archive;
/// the real one is net's RemoteArchive (remoteArchiveClients()).
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/net/RemoteArchive.h>

#include <functional>
#include <memory>

namespace strata::sync {

class ArchiveClient {
public:
    virtual ~ArchiveClient() = default;
    /// RemoteArchive::send.
    virtual Result<net::SendReport> send(const QStringList &files, const CancellationToken &cancel) = 0;
    /// RemoteArchive::verifyStored (marks the study stored remotely when the node holds all of it).
    virtual Result<net::StoredCheck> verifyStored(const QString &studyInstanceUid, const QString &dataDir,
                                                  const CancellationToken &cancel) = 0;
    /// verifyStored for several studies (RemoteArchive::verifyStoredMany: one association);
    /// by default one verifyStored after the other.
    virtual Result<std::vector<net::StoredCheck>> verifyStoredMany(const QStringList &studyInstanceUids, const QString &dataDir,
                                                                   const CancellationToken &cancel);
    /// Storage Commitment: one N-ACTION for `references`, then the node's report, awaited for
    /// at most `timeoutMs`. Unsupported where the node does not take part (DICOMweb-only nodes,
    /// scripted archives that do not script it); a timeout is an IoError.
    virtual Result<net::CommitmentResult> commit(const std::vector<net::CommitmentReference> &references, int timeoutMs,
                                                 const CancellationToken &cancel);
    /// RemoteArchive::findStudies (prefetch); Unsupported by default.
    virtual Result<std::vector<net::RemoteStudy>> findStudies(const net::StudyFindQuery &query, const CancellationToken &cancel);
    /// RemoteArchive::retrieve into the cache at `dataDir` (prefetch); Unsupported by default.
    virtual Result<net::RetrieveReport> retrieve(const net::RetrieveRequest &request, const QString &dataDir,
                                                 const CancellationToken &cancel);
};

/// Makes the client of a node; called on the worker thread that uses it.
using ArchiveClientFactory = std::function<std::unique_ptr<ArchiveClient>(const net::Node &node)>;

/// Clients that go through net::RemoteArchive with these timeouts.
ArchiveClientFactory remoteArchiveClients(net::Timeouts timeouts = {});

} // namespace strata::sync
