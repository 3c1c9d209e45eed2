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
    /// transfer (C-CANCEL / abort) and keeps only instances that arrived whole.
    Result<RetrieveReport> retrieve(const RetrieveRequest &request, const QString &dataDir, const CancellationToken &cancel = {},
                                    const RetrieveProgressCallback &progress = {}) const;

    /// Sends files by sendMethod(method): C-STORE (one association, transcoding where the node
    /// refuses the stored syntax) or STOW-RS. Every file gets an entry in the report.
    Result<SendReport> send(const QStringList &files, SendMethod method = SendMethod::Auto, const CancellationToken &cancel = {},
                            const SendProgressCallback &progress = {}) const;

    /// Queries every node at once, one thread per node, each by its own protocol; `onNodeResults`
    /// is called (on that node's thread) as each node answers, so a GUI can show results as they
    /// arrive. A node that fails does not stop the others. Results merge by Study Instance UID.
    static MultiFindResult findStudiesOnNodes(
        const std::vector<Node> &nodes, const StudyFindQuery &query, const Timeouts &timeouts = {},
        const std::function<void(const QString &nodeName, const std::vector<RemoteStudy> &)> &onNodeResults = {},
        const CancellationToken &cancel = {});

private:
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

} // namespace strata::net
