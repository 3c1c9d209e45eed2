#pragma once
/// The one way ui, cli and background sync reach a remote archive: echo, find, retrieve and send
/// against a node, each choosing the protocol (DIMSE or DICOMweb) from the node's settings and
/// probed capabilities, so no caller talks a protocol directly.
///
/// Every call is synchronous and meant for a worker thread (a Job, a sync worker): it opens what
/// it needs on the calling thread and returns when done. Long calls take a CancellationToken and a
/// progress callback (called on the calling thread). Errors name the node and say what went wrong.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/net/Probe.h>
#include <strata/net/RemoteTypes.h>

#include <functional>
#include <vector>

namespace strata::net {

enum class Protocol { Dimse, DicomWeb };

enum class SendMethod { Auto, CStore, StowRs };

/// Whether a node holds a study the local cache holds (RemoteArchive::verifyStored).
struct StoredCheck {
    int local = 0;        ///< instances of the study in the cache
    int onNode = 0;       ///< of those, how many the node listed
    QStringList lacking;  ///< SOP Instance UIDs the cache holds and the node does not
    bool marked = false;  ///< the study is now marked as stored remotely in the cache
    bool safe() const { return local > 0 && lacking.isEmpty(); }
};

/// What a verification found: the node answered, over which protocol, and how fast.
struct VerifyReply {
    Protocol protocol = Protocol::Dimse;
    int status = 0;             ///< DIMSE status of the C-ECHO (0 for DICOMweb)
    double milliseconds = 0;    ///< association + echo + release, or the HTTP round trip
};

class RemoteArchive {
public:
    explicit RemoteArchive(Node node, Timeouts timeouts = {});

    const Node &node() const { return m_node; }
    const Timeouts &timeouts() const { return m_timeouts; }

    /// The protocol queries use: DIMSE when the node has an AE title and a host, DICOMweb when it
    /// has only a DICOMweb URL.
    Protocol queryProtocol() const;
    /// The retrieve method for a request: the requested one, or from the node's probed
    /// capabilities (C-GET, then C-MOVE, then WADO-RS), or C-GET for a DIMSE node never probed,
    /// WADO-RS for a web-only one.
    RetrieveMethod retrieveMethod(RetrieveMethod requested = RetrieveMethod::Auto) const;
    /// The send method: the requested one, else C-STORE, or STOW-RS for a node with only a
    /// DICOMweb URL.
    SendMethod sendMethod(SendMethod requested = SendMethod::Auto) const;

    /// Is the node there and does it accept us? C-ECHO for a DIMSE node; for a DICOMweb-only node
    /// a QIDO-RS study search that matches nothing (the server, TLS and credentials answer).
    Result<VerifyReply> verify() const;

    /// What the node supports, found by trying each service (Probe.h says how); the Nodes page's
    /// and `strata node test`'s "Test".
    Result<ProbeReport> probe() const;

    /// Studies matching the query, in the order the node sent them (C-FIND or QIDO-RS).
    Result<std::vector<RemoteStudy>> findStudies(const StudyFindQuery &query, const CancellationToken &cancel = {}) const;
    /// Patients (Patient Root C-FIND; DICOMweb has no patient level: Unsupported there).
    Result<std::vector<RemotePatient>> findPatients(const QString &patientName, const QString &patientId,
                                                    const CancellationToken &cancel = {}) const;
    /// The series of a study, by series number.
    Result<std::vector<RemoteSeries>> findSeries(const QString &studyInstanceUid, const CancellationToken &cancel = {}) const;
    /// The instances of a series, or of every series of the study when `seriesInstanceUid` is empty.
    Result<std::vector<RemoteInstance>> findInstances(const QString &studyInstanceUid, const QString &seriesInstanceUid = {},
                                                      const CancellationToken &cancel = {}) const;

    /// Retrieves into the cache at `dataDir` by retrieveMethod(request.method): C-GET or C-MOVE
    /// (the instances to expect found first by C-FIND), or WADO-RS. Every instance that arrives goes
    /// through the store's import; the report says per instance what failed and what is still
    /// missing, and a second call with `onlyMissing` fetches just those. Cancellation stops the
    /// transfer (C-CANCEL / abort) and keeps only instances that arrived whole. A retrieve that
    /// leaves nothing missing also marks the study as stored remotely when the node holds every
    /// instance the cache has of it (verifyStored, from the list the retrieve asked for).
    Result<RetrieveReport> retrieve(const RetrieveRequest &request, const QString &dataDir, const CancellationToken &cancel = {},
                                    const RetrieveProgressCallback &progress = {}) const;

    /// Sends files by sendMethod(method): C-STORE (one association, transcoding where the node
    /// refuses the stored syntax) or STOW-RS. Every file gets an entry in the report.
    Result<SendReport> send(const QStringList &files, SendMethod method = SendMethod::Auto, const CancellationToken &cancel = {},
                            const SendProgressCallback &progress = {}) const;

    /// Asks the node (C-FIND or QIDO-RS, instance level) which instances of a study of the cache at
    /// `dataDir` it holds; when it holds every one, the study is marked as stored remotely there
    /// (LocalCache::setRemoteStored), which is what lets the quota evict it. Called after a send and
    /// a retrieve; background sync calls it after its own sends. A study the cache does not hold is
    /// NotFound; a node that lacks instances leaves the mark as it was.
    Result<StoredCheck> verifyStored(const QString &studyInstanceUid, const QString &dataDir, const CancellationToken &cancel = {}) const;
    /// verifyStored for several studies at once: over DIMSE all their C-FINDs go over one
    /// association (background sync's batches); the checks come back in the order asked.
    Result<std::vector<StoredCheck>> verifyStoredMany(const QStringList &studyInstanceUids, const QString &dataDir,
                                                      const CancellationToken &cancel = {}) const;

    /// Storage Commitment over DIMSE: one N-ACTION for `references`, then the node's report (to
    /// a CommitmentListener of this process, or on the request's association), awaited for at
    /// most `timeoutMs`. Unsupported for a node without DIMSE; a report that does not come is an
    /// IoError.
    Result<CommitmentResult> commitStorage(const std::vector<CommitmentReference> &references, int timeoutMs,
                                           const CancellationToken &cancel = {}) const;

    /// Queries every node at once, one thread per node, each by its own protocol; `onNodeResults`
    /// is called (on that node's thread) as each node answers, so a GUI can show results as they
    /// arrive. A node that fails does not stop the others. Results merge by Study Instance UID.
    static MultiFindResult findStudiesOnNodes(
        const std::vector<Node> &nodes, const StudyFindQuery &query, const Timeouts &timeouts = {},
        const std::function<void(const QString &nodeName, const std::vector<RemoteStudy> &)> &onNodeResults = {},
        const CancellationToken &cancel = {});

private:
    // The operations themselves; the public ones record them in the audit log (store::audit).
    Result<std::vector<RemoteStudy>> findStudiesUnaudited(const StudyFindQuery &query, const CancellationToken &cancel) const;
    Result<std::vector<RemotePatient>> findPatientsUnaudited(const QString &patientName, const QString &patientId,
                                                             const CancellationToken &cancel) const;
    Result<std::vector<RemoteSeries>> findSeriesUnaudited(const QString &studyInstanceUid, const CancellationToken &cancel) const;
    Result<RetrieveReport> retrieveUnaudited(const RetrieveRequest &request, const QString &dataDir, const CancellationToken &cancel,
                                             const RetrieveProgressCallback &progress) const;
    void markRetrievedStored(const RetrieveReport &report, const RetrieveRequest &request, const QString &dataDir,
                             const std::vector<RemoteInstance> &studyList, const CancellationToken &cancel) const;
    void fetchTheRestAnotherWay(const RetrieveRequest &request, const std::vector<RemoteInstance> &listed, const QString &dataDir,
                                const CancellationToken &cancel, const RetrieveProgressCallback &progress, RetrieveReport &report) const;

    Node m_node;
    Timeouts m_timeouts;
};

/// RemoteArchive(node, timeouts).retrieve(...): the one-call form.
Result<RetrieveReport> retrieve(const Node &node, const RetrieveRequest &request, const QString &dataDir,
                                const Timeouts &timeouts = {}, const CancellationToken &cancel = {},
                                const RetrieveProgressCallback &progress = {});

/// The method RemoteArchive::retrieveMethod picks for this node.
RetrieveMethod chooseMethod(const Node &node, RetrieveMethod requested);

/// RemoteArchive::findStudiesOnNodes.
MultiFindResult findStudiesOnNodes(const std::vector<Node> &nodes, const StudyFindQuery &query, const Timeouts &timeouts = {},
                                   const std::function<void(const QString &nodeName, const std::vector<RemoteStudy> &)>
                                       &onNodeResults = {});

/// The version of DCMTK that Strata's DIMSE runs on, e.g. "3.6.7".
QString dcmtkVersion();

} // namespace strata::net
