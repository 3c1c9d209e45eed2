#pragma once
/// What the network layer asks a remote archive and what comes back, whatever the protocol
/// (DIMSE or DICOMweb): the study query, the remote study / series / instance records (a node's
/// values, not the local cache's records), and the requests, progress and reports of retrieving
/// and sending.
#include <strata/core/Error.h>
#include <strata/store/ImportPipeline.h>

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace strata::net {

class StorageScp;

/// How many matches a query (C-FIND or QIDO-RS) accepts unless told otherwise.
inline constexpr int kDefaultMaxResults = 10000;

/// Matching keys as DICOM sends them: empty = universal; '*' and '?' wildcards in names and IDs;
/// dates as a range.
struct StudyFindQuery {
    QString patientName;
    QString patientId;
    QString accessionNumber;
    QString studyDescription;
    QString modality;   ///< Modalities in Study
    QDate from;
    QDate to;
    QString studyInstanceUid;
    /// At most this many studies (C-FIND and QIDO-RS); more fail with "narrow the query".
    int maxResults = kDefaultMaxResults;
};

/// A study as a node describes it (C-FIND or QIDO-RS study level).
struct RemoteStudy {
    QString studyInstanceUid;
    QString patientName;       ///< as the node sent it, components separated by '^'
    QString patientId;
    QString patientBirthDate;  ///< YYYYMMDD
    QString patientSex;
    QString studyDate;         ///< YYYYMMDD
    QString studyTime;
    QString accessionNumber;
    QString studyDescription;
    QString referringPhysician;
    QString modalities;        ///< Modalities in Study, '\\'-separated
    int seriesCount = 0;
    int instanceCount = 0;
};

/// A patient as a node describes it (Patient Root, patient level).
struct RemotePatient {
    QString patientName;
    QString patientId;
    QString birthDate;
    QString sex;
    int studyCount = 0;
};

/// A series as a node describes it.
struct RemoteSeries {
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString modality;
    QString description;
    QString bodyPart;
    int number = 0;
    int instanceCount = 0;
};

/// An instance as a node describes it.
struct RemoteInstance {
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QString sopClassUid;
    int number = 0;
};

/// A study found on one or more nodes.
struct FoundStudy {
    RemoteStudy study;
    QStringList nodes;   ///< names of the nodes that hold it, in the order they answered
};

struct MultiFindResult {
    std::vector<FoundStudy> studies;                  ///< merged by Study Instance UID
    std::vector<QPair<QString, Error>> failures;      ///< node name → why it did not answer
};

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
    /// C-MOVE only: a Storage SCP already running under the node's calling AE title (the
    /// window's receiver). The move goes to it instead of to one started for the retrieve: the
    /// node knows one address for that AE title, and it is this receiver's (its port may also be
    /// the one `moveListenPort` names). It must let the node in.
    std::shared_ptr<StorageScp> moveReceiver;
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

using RetrieveProgressCallback = std::function<void(const RetrieveProgress &)>;

struct RetrieveReport {
    RetrieveMethod method = RetrieveMethod::Auto;  ///< the method used
    int completed = 0;         ///< sub-operations the node reports as completed
    int failed = 0;
    int warnings = 0;
    int expected = 0;          ///< instances the node holds for the request (its C-FIND), when known
    int alreadyCached = 0;     ///< with onlyMissing: instances skipped because the cache had them
    std::vector<InstanceProblem> problems;  ///< per-instance failures (status and reason)
    QStringList missing;       ///< SOP Instance UIDs the node holds but the cache still lacks
    /// Instances the method cannot bring from this node (C-GET: their class got no storage context);
    /// with RetrieveMethod::Auto another method fetches them.
    QStringList cannotCome;
    store::ImportSummary import;           ///< what the pipeline did with what arrived
    double seconds = 0;
    /// How `expected` and `missing` were found: from the node's instance-level listing, or (a
    /// whole study) from its study-level count, which what arrived and what the cache holds met
    /// (no listing needed; see RemoteArchive::retrieve).
    enum class Check { None, Listing, Count };
    Check checkedBy = Check::None;
    bool complete() const { return missing.isEmpty() && problems.empty() && !import.fatal; }
};

/// "C-GET", "C-MOVE", "WADO-RS".
QString methodName(RetrieveMethod method);

/// The outcome of sending one instance (C-STORE or STOW-RS).
struct SentInstance {
    QString file;
    QString sopInstanceUid;
    QString studyInstanceUid;   ///< from the file's header (for the audit log)
    int status = -1;            ///< DIMSE status (0 success, 0xB000.. warning, else failure); -1 = not sent
    bool transcoded = false;    ///< sent in another syntax than stored
    QString transferSyntax;     ///< the syntax actually sent
    QString reason;             ///< why it failed or warned, in words
    bool ok() const;            ///< sent, with success or a warning (see DimseStatus.h)
};

struct SendProgress {
    int done = 0;
    int total = 0;
    qint64 bytes = 0;
};

struct SendReport {
    std::vector<SentInstance> instances;
    int succeeded = 0;
    int warnings = 0;
    int failed = 0;
    qint64 bytes = 0;
    double seconds = 0;
    bool cancelled = false;
};

/// Called after each instance (from the sending thread).
using SendProgressCallback = std::function<void(const SendProgress &)>;

/// Storage Commitment (RemoteArchive::commitStorage, net/dimse/Commitment.h).
/// One instance to commit.
struct CommitmentReference {
    QString sopClassUid;
    QString sopInstanceUid;
};

/// The node's answer to one commitment request.
struct CommitmentResult {
    QString transactionUid;
    QString fromAeTitle;      ///< the AE that sent the report
    QStringList committed;    ///< SOP Instance UIDs the node took responsibility for
    QStringList failed;       ///< SOP Instance UIDs it reported as failed
    QList<int> failureReasons; ///< Failure Reason (0008,1197) of each failed one, same order
};

} // namespace strata::net
