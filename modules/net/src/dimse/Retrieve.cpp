#include <strata/net/dimse/Retrieve.h>

#include "DcmtkSupport.h"
#include "RetrieveClasses.h"
#include "Staging.h"

#include <strata/net/dimse/Find.h>
#include <strata/net/dimse/StorageScp.h>
#include <strata/net/dimse/DimseStatus.h>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmnet/scu.h>

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <QSet>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <map>
#include <mutex>
#include <set>

Q_LOGGING_CATEGORY(lcRetrieve, "strata.net.retrieve")

namespace strata::net {

namespace {

/// The local IPv4 address the system uses to reach `peer` (127.0.0.1 for a peer on loopback): the
/// C-MOVE receiver listens there only. A connected UDP socket asks the routing table; nothing is sent.
QString localAddressTowards(const QString &peer)
{
    const QHostAddress target(peer);
    if (target.protocol() != QAbstractSocket::IPv4Protocol)
        return QStringLiteral("127.0.0.1");
    if (target.isLoopback())
        return QStringLiteral("127.0.0.1");
    int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(104);
    addr.sin_addr.s_addr = htonl(target.toIPv4Address());
    sockaddr_in local{};
    socklen_t len = sizeof local;
    QString out = QStringLiteral("127.0.0.1");
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &len) == 0)
        out = QHostAddress(ntohl(local.sin_addr.s_addr)).toString();
    if (fd >= 0)
        ::close(fd);
    return out;
}

/// The addresses a node's host name stands for (literal addresses as they are), for the C-MOVE
/// receiver to accept associations from that node only.
QStringList peerAddresses(const QString &host)
{
    if (!QHostAddress(host).isNull())
        return {host};
    QStringList out;
    for (const QHostAddress &a : QHostInfo::fromName(host).addresses())
        out << a.toString();
    if (out.isEmpty())
        out << host;   // unresolvable: nothing will match, and the move is refused in words
    return out;
}

/// Where Strata listens for C-MOVE when the request names no port (`strata serve`'s default too).
constexpr quint16 kDefaultScpPort = 11112;

/// What the node's final C-GET / C-MOVE response said.
struct Outcome {
    int completed = 0;
    int failed = 0;
    int warnings = 0;
    int remaining = 0;
    int status = -1;
    QStringList failedUids;
};

void collect(Outcome &o, OFList<RetrieveResponse *> &responses)
{
    for (RetrieveResponse *r : responses) {
        o.completed = std::max<int>(o.completed, r->m_numberOfCompletedSubops);
        o.failed = std::max<int>(o.failed, r->m_numberOfFailedSubops);
        o.warnings = std::max<int>(o.warnings, r->m_numberOfWarningSubops);
        o.remaining = r->m_numberOfRemainingSubops;
        o.status = r->m_status;
        OFString list;
        if (r->m_dataset && r->m_dataset->findAndGetOFStringArray(DCM_FailedSOPInstanceUIDList, list).good() && !list.empty())
            o.failedUids += QString::fromLatin1(list.c_str()).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        delete r;
    }
    responses.clear();
}

/// Receives C-GET's storage sub-operations into the staging area (file names from us, never from
/// the peer's UID), and sends C-CANCEL when the caller cancels.
class GetScu : public DcmSCU {
public:
    GetScu(detail::StagingArea &staging, CancellationToken cancel, std::function<void(const RetrieveProgress &)> progress)
        : m_staging(staging), m_cancel(std::move(cancel)), m_progress(std::move(progress))
    {
    }
    RetrieveProgress state;
    std::vector<InstanceProblem> problems;
    bool cancelSent = false;
    /// Why the first instance that did not arrive whole broke off (a reset, invalid data, a
    /// timeout). DcmSCU answers that instance with a C-STORE-RSP and returns what sending the
    /// answer gave: a success over a connection that still carries bytes, or an unrelated
    /// error ("bad presentation context") over one that is gone. This is the cause to report.
    OFCondition receiveFailure = EC_Normal;
    /// The receive failure in words where DCMTK's text does not say it (a full disk: DCMTK says
    /// only "Cannot write to file"); empty otherwise.
    QString receiveFailureText;

protected:
    OFCondition handleSTORERequestFile(T_ASC_PresentationContextID *presID, const OFString &, T_DIMSE_C_StoreRQ *request) override
    {
        const QString uid = QString::fromLatin1(request->AffectedSOPInstanceUID).trimmed();
        const QString final = m_staging.pathFor(uid);
        const QString part = final + QStringLiteral(".part");
        OFCondition cond = DcmSCU::handleSTORERequestFile(presID, OFString(part.toLocal8Bit().constData()), request);
        QString why;
        if (cond.bad()) {
            // Asked before the part is removed: removing it frees its space.
            const QString full = detail::diskFullIn(m_staging.dir());
            const QString text = QString::fromLocal8Bit(cond.text()).simplified();
            why = full.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(full, text);
            if (receiveFailure.good()) {
                receiveFailure = cond;
                if (!full.isEmpty())
                    receiveFailureText = why;
            }
        }
        if (cond.good() && QFile::rename(part, final)) {
            m_staging.add(final);
            ++state.received;
            state.bytes += QFileInfo(final).size();
        } else {
            QFile::remove(part);
            problems.push_back({uid, QCoreApplication::translate("strata::net", "not received whole: %1").arg(cond.bad() ? why : QCoreApplication::translate("strata::net", "cannot write the staging file"))});
        }
        report();
        return cond;
    }

    void notifyInstanceStored(const OFString &, const OFString &, const OFString &) const override {}

    OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID, RetrieveResponse *response, OFBool &continueSession) override
    {
        OFCondition c = DcmSCU::handleCGETResponse(presID, response, continueSession);
        state.expected = response->m_numberOfCompletedSubops + response->m_numberOfFailedSubops
                         + response->m_numberOfWarningSubops + response->m_numberOfRemainingSubops;
        report();
        return c;
    }

private:
    void report()
    {
        if (m_cancel.isCancelled() && !cancelSent) {
            cancelSent = true;
            sendCANCELRequest(findPresentationContextID(UID_GETStudyRootQueryRetrieveInformationModel, ""));
        }
        if (m_progress)
            m_progress(state);
    }

    detail::StagingArea &m_staging;
    CancellationToken m_cancel;
    std::function<void(const RetrieveProgress &)> m_progress;
};

class MoveScu : public DcmSCU {
public:
    MoveScu(CancellationToken cancel, std::function<void(const RetrieveProgress &)> progress)
        : m_cancel(std::move(cancel)), m_progress(std::move(progress))
    {
    }
    RetrieveProgress state;
    bool cancelSent = false;

protected:
    OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID, RetrieveResponse *response, OFBool &wait) override
    {
        OFCondition c = DcmSCU::handleMOVEResponse(presID, response, wait);
        state.received = response->m_numberOfCompletedSubops + response->m_numberOfWarningSubops;
        state.expected = response->m_numberOfCompletedSubops + response->m_numberOfFailedSubops
                         + response->m_numberOfWarningSubops + response->m_numberOfRemainingSubops;
        if (m_cancel.isCancelled() && !cancelSent && wait) {
            cancelSent = true;
            sendCANCELRequest(presID);
        }
        if (m_progress)
            m_progress(state);
        return c;
    }

private:
    CancellationToken m_cancel;
    std::function<void(const RetrieveProgress &)> m_progress;
};

/// The requests to send: the whole study, one series, or instances grouped by their series.
struct Identifier {
    QString level;
    QString series;
    QStringList instances;
};

std::vector<Identifier> identifiers(const RetrieveRequest &request, const std::vector<RemoteInstance> &expected)
{
    if (!request.sopInstanceUids.isEmpty()) {
        std::map<QString, QStringList> bySeries;
        const QSet<QString> wanted(request.sopInstanceUids.begin(), request.sopInstanceUids.end());
        for (const RemoteInstance &m : expected)
            if (wanted.contains(m.sopInstanceUid))
                bySeries[m.seriesInstanceUid] << m.sopInstanceUid;
        std::vector<Identifier> ids;
        for (auto &[series, uids] : bySeries)
            ids.push_back({QStringLiteral("IMAGE"), series, uids});
        return ids;
    }
    if (!request.seriesInstanceUid.isEmpty())
        return {{QStringLiteral("SERIES"), request.seriesInstanceUid, {}}};
    return {{QStringLiteral("STUDY"), {}, {}}};
}

void fillIdentifier(DcmDataset &ds, const RetrieveRequest &request, const Identifier &id)
{
    ds.putAndInsertString(DCM_QueryRetrieveLevel, id.level.toLatin1().constData());
    ds.putAndInsertString(DCM_StudyInstanceUID, request.studyInstanceUid.toLatin1().constData());
    if (!id.series.isEmpty())
        ds.putAndInsertString(DCM_SeriesInstanceUID, id.series.toLatin1().constData());
    if (!id.instances.isEmpty())
        ds.putAndInsertString(DCM_SOPInstanceUID, id.instances.join(QLatin1Char('\\')).toLatin1().constData());
}

/// The C-GET requests for the instances of `request` whose classes are not in `refused`, by series
/// at image level (from `expected`, or from an image-level C-FIND when it holds no instances: a
/// C-GET that began from the study's classes alone); each instance of a refused class is a
/// problem of the report.
Result<std::vector<Identifier>> narrowGet(const Node &node, const RetrieveRequest &request, const std::vector<RemoteInstance> &expected,
                                          const QStringList &refused, const Timeouts &timeouts, const CancellationToken &cancel,
                                          RetrieveReport &report)
{
    std::vector<RemoteInstance> listed;
    for (const RemoteInstance &m : expected)
        if (!m.sopInstanceUid.isEmpty())
            listed.push_back(m);
    if (listed.empty()) {
        auto found = findInstances(node, request.studyInstanceUid, request.seriesInstanceUid, timeouts, cancel);
        if (!found.ok())
            return found.error();
        listed = std::move(found).value();
    }
    const QSet<QString> wanted(request.sopInstanceUids.begin(), request.sopInstanceUids.end());
    RetrieveRequest narrowed = request;
    narrowed.sopInstanceUids.clear();
    for (const RemoteInstance &m : listed) {
        if (!wanted.isEmpty() && !wanted.contains(m.sopInstanceUid))
            continue;
        if (refused.contains(m.sopClassUid)) {
            report.problems.push_back({m.sopInstanceUid, QCoreApplication::translate("strata::net", "not fetched: the node took no storage context for %1 on the C-GET association, so it cannot send it that way (retrieve it by C-MOVE or WADO-RS)")
                                                             .arg(detail::sopClassName(m.sopClassUid.toStdString()))});
            report.cannotCome << m.sopInstanceUid;
        } else
            narrowed.sopInstanceUids << m.sopInstanceUid;
    }
    qCInfo(lcRetrieve) << node.label() << "took no storage context for" << refused << "; fetching the" << narrowed.sopInstanceUids.size()
                       << "other instance(s) by instance";
    if (narrowed.sopInstanceUids.isEmpty())
        return std::vector<Identifier>{};
    return identifiers(narrowed, listed);
}

void addOutcome(RetrieveReport &report, const Outcome &o)
{
    report.completed += o.completed;
    report.failed += o.failed;
    report.warnings += o.warnings;
    for (const QString &uid : o.failedUids)
        report.problems.push_back({uid, QCoreApplication::translate("strata::net", "the node reported this sub-operation as failed")});
}

std::optional<Error> runGet(const Node &node, const RetrieveRequest &request, const std::vector<RemoteInstance> &expected,
                            detail::StagingArea &staging, const Timeouts &timeouts, const CancellationToken &cancel,
                            const std::function<void(const RetrieveProgress &)> &progress, RetrieveReport &report)
{
    std::vector<detail::PresentationContext> contexts;
    contexts.push_back({UID_GETStudyRootQueryRetrieveInformationModel, detail::uncompressedSyntaxes()});
    std::set<QString> classes;
    bool unknownClass = false;
    for (const RemoteInstance &m : expected) {
        if (m.sopClassUid.isEmpty())
            unknownClass = true;
        else
            classes.insert(m.sopClassUid);
    }
    const std::set<QString> studyClasses = classes;   // before the common ones offered in case
    // Some nodes leave SOP Class UID out of C-FIND answers (Orthanc with StorageAccessOnFind
    // "Never"): offer the common storage classes too, so the node has a way to send them.
    for (int i = 0; unknownClass && i < numberOfDcmShortSCUStorageSOPClassUIDs && classes.size() < 120; ++i)
        classes.insert(QString::fromLatin1(dcmShortSCUStorageSOPClassUIDs[i]));
    if (classes.size() > 120)
        return Error(ErrorCode::Unsupported, node.label(), QCoreApplication::translate("strata::net", "the study has %1 SOP classes; C-GET can negotiate at most 127 at once").arg(classes.size()));
    for (const QString &sopClass : classes)
        contexts.push_back({sopClass.toStdString(), detail::allStorageSyntaxes(), ASC_SC_ROLE_SCP});
    // The node accepts one syntax per context, its own choice (Orthanc takes Explicit VR Little
    // Endian), and must transcode what it stores in another; a node that cannot (Orthanc has no
    // JPEG 2000 encoder or decoder of its own, and nobody transcodes video) fails the whole C-GET
    // at that instance. So each compressed syntax gets a context of its own for the study's
    // classes, and the video syntaxes for the video classes, as far as the 128 contexts go: the
    // node sends each instance as it stores it.
    std::vector<std::string> compressed;
    for (const std::string &syntax : detail::allStorageSyntaxes())
        if (DcmXfer(syntax.c_str()).isEncapsulated())
            compressed.push_back(syntax);
    const std::vector<std::string> video = detail::videoSyntaxes();
    for (const QString &sopClass : studyClasses) {
        for (const std::string &syntax : detail::isVideoClass(sopClass) ? video : compressed)
            if (contexts.size() < 128)
                contexts.push_back({sopClass.toStdString(), {syntax}, ASC_SC_ROLE_SCP});
    }

    GetScu scu(staging, cancel, progress);
    scu.setStorageMode(DCMSCU_STORAGE_BIT_PRESERVING);
    scu.setStorageDir(staging.dir().toLocal8Bit().constData());
    if (auto error = detail::openAssociation(scu, node, timeouts, contexts))
        return error;
    const T_ASC_PresentationContextID context = scu.findPresentationContextID(UID_GETStudyRootQueryRetrieveInformationModel, "");
    if (context == 0) {
        scu.releaseAssociation();
        return Error(ErrorCode::Unsupported, node.label(), QCoreApplication::translate("strata::net", "the node does not accept Study Root C-GET"));
    }
    std::vector<Identifier> gets = identifiers(request, expected);
    QStringList refusedClasses;
    for (const QString &sopClass : studyClasses)
        if (scu.findPresentationContextID(sopClass.toLatin1().constData(), "", ASC_SC_ROLE_SCP) == 0
            && scu.findPresentationContextID(sopClass.toLatin1().constData(), "", ASC_SC_ROLE_SCUSCP) == 0)
            refusedClasses << sopClass;
    if (!refusedClasses.isEmpty()) {
        // The node took no storage context for these classes (Orthanc refuses classes DCMTK does
        // not list unless UnknownSopClassAccepted), so it cannot send them over this association,
        // and a node may fail the whole C-GET at the first one (Orthanc: "No presentation
        // context"). The others are fetched by instance; those left are named.
        auto narrowed = narrowGet(node, request, expected, refusedClasses, timeouts, cancel, report);
        if (!narrowed.ok()) {
            scu.releaseAssociation();
            return narrowed.error();
        }
        gets = std::move(narrowed).value();
    }
    for (const Identifier &id : gets) {
        DcmDataset ds;
        fillIdentifier(ds, request, id);
        OFList<RetrieveResponse *> responses;
        const OFCondition cond = scu.sendCGETRequest(context, &ds, &responses);
        Outcome outcome;
        collect(outcome, responses);
        addOutcome(report, outcome);
        report.problems.insert(report.problems.end(), scu.problems.begin(), scu.problems.end());
        scu.problems.clear();
        if (cond.bad() || scu.receiveFailure.bad()) {
            scu.abortAssociation();
            const QString what = QCoreApplication::translate("strata::net", "C-GET failed after %1 instances").arg(scu.state.received);
            if (!scu.receiveFailureText.isEmpty())   // a local failure: named by its folder, not the node
                return Error(ErrorCode::IoError, staging.dir(), QStringLiteral("%1: %2").arg(what, scu.receiveFailureText));
            return detail::conditionError(node, what, scu.receiveFailure.bad() ? scu.receiveFailure : cond);
        }
        if (scu.cancelSent || cancel.isCancelled())
            break;
        if (outcome.status == -1 || statusClass(quint16(outcome.status)) == StatusClass::Pending) {
            // No final response: the node went silent (DIMSE timeout) or the session broke off.
            scu.abortAssociation();
            return Error(ErrorCode::IoError, node.label(),
                         QCoreApplication::translate("strata::net", "C-GET ended without the node's final response (timed out after %1 s of silence, or the connection broke) after %2 instances")
                             .arg(timeouts.dimse).arg(scu.state.received));
        }
        if (statusClass(quint16(outcome.status)) == StatusClass::Failure && outcome.failedUids.isEmpty()) {
            scu.releaseAssociation();
            return Error(ErrorCode::IoError, node.label(), QCoreApplication::translate("strata::net", "C-GET refused: %1").arg(detail::statusText(quint16(outcome.status))));
        }
    }
    scu.releaseAssociation();
    return std::nullopt;
}

std::optional<Error> runMove(const Node &node, const RetrieveRequest &request, const std::vector<RemoteInstance> &expected,
                             const QString &destination, const Timeouts &timeouts, const CancellationToken &cancel,
                             const std::function<void(const RetrieveProgress &)> &progress, RetrieveReport &report)
{
    MoveScu scu(cancel, progress);
    if (auto error = detail::openAssociation(scu, node, timeouts, UID_MOVEStudyRootQueryRetrieveInformationModel))
        return error;
    const T_ASC_PresentationContextID context = scu.findPresentationContextID(UID_MOVEStudyRootQueryRetrieveInformationModel, "");
    if (context == 0) {
        scu.releaseAssociation();
        return Error(ErrorCode::Unsupported, node.label(), QCoreApplication::translate("strata::net", "the node does not accept Study Root C-MOVE"));
    }
    for (const Identifier &id : identifiers(request, expected)) {
        DcmDataset ds;
        fillIdentifier(ds, request, id);
        OFList<RetrieveResponse *> responses;
        const OFCondition cond = scu.sendMOVERequest(context, destination.toLatin1().constData(), &ds, &responses);
        Outcome outcome;
        collect(outcome, responses);
        addOutcome(report, outcome);
        if (cond.bad()) {
            scu.abortAssociation();
            if (outcome.status == -1 && scu.state.received == 0)
                return detail::conditionError(node, QCoreApplication::translate("strata::net", "C-MOVE to '%1' failed before any instance was sent (the node may not know "
                                                                   "the destination AE title '%1' or may not accept C-MOVE from '%2')")
                                                        .arg(destination, node.callingAeTitle), cond);
            return detail::conditionError(node, QCoreApplication::translate("strata::net", "C-MOVE failed"), cond);
        }
        if (scu.cancelSent || cancel.isCancelled())
            break;
        if (outcome.status == -1 || statusClass(quint16(outcome.status)) == StatusClass::Pending) {
            scu.abortAssociation();
            return Error(ErrorCode::IoError, node.label(),
                         QCoreApplication::translate("strata::net", "C-MOVE ended without the node's final response (timed out after %1 s of silence, or the connection broke)")
                             .arg(timeouts.dimse));
        }
        if (outcome.status == dimse::kMoveDestinationUnknown) {
            scu.releaseAssociation();
            return Error(ErrorCode::InvalidArgument, node.label(),
                         QCoreApplication::translate("strata::net", "C-MOVE refused: the node does not know the destination AE title '%1' (configure it on the node with Strata's host and port)").arg(destination));
        }
        if (statusClass(quint16(outcome.status)) == StatusClass::Failure && outcome.failedUids.isEmpty()) {
            scu.releaseAssociation();
            return Error(ErrorCode::IoError, node.label(),
                         QCoreApplication::translate("strata::net", "C-MOVE to '%1' refused: %2%3")
                             .arg(destination, detail::statusText(quint16(outcome.status)),
                                  outcome.completed == 0 ? QCoreApplication::translate("strata::net", " (does the node know the destination AE title '%1'?)").arg(destination) : QString()));
        }
    }
    scu.releaseAssociation();
    return std::nullopt;
}

/// What a C-MOVE's receiver refused of what the node sent (from the node's AE title, or from
/// anyone when `from` is empty), which the node's answer cannot say: instances it had no room
/// for (a full disk, below its free-space floor), and contexts refused in negotiation (a
/// transfer syntax it does not receive). Its state outlives a late signal.
class ReceiverWatch {
public:
    ReceiverWatch(StorageScp &scp, QString from) : m_state(std::make_shared<State>())
    {
        auto state = m_state;
        m_connections << QObject::connect(&scp, &StorageScp::instanceReceived, &scp, [state, from](const ReceivedInstance &r) {
            if (!r.stored && r.status == dimse::kOutOfResources && (from.isEmpty() || r.callingAeTitle == from)) {
                std::lock_guard lock(state->mutex);
                state->noRoom.push_back({r.sopInstanceUid, r.reason});
            }
        }, Qt::DirectConnection);
        m_connections << QObject::connect(&scp, &StorageScp::contextRefused, &scp, [state, from](const QString &ae, const QString &what) {
            std::lock_guard lock(state->mutex);
            if ((from.isEmpty() || ae == from) && !state->refused.contains(what))
                state->refused << what;
        }, Qt::DirectConnection);
    }
    ~ReceiverWatch()
    {
        for (const QMetaObject::Connection &c : std::as_const(m_connections))
            QObject::disconnect(c);
    }
    ReceiverWatch(const ReceiverWatch &) = delete;
    ReceiverWatch &operator=(const ReceiverWatch &) = delete;

    /// Adds what was refused to the report's problems; a failed move whose failure was the
    /// receiver's refusal gets that reason.
    std::optional<Error> explain(const Node &node, const QString &dataDir, std::optional<Error> error, RetrieveReport &report) const
    {
        std::lock_guard lock(m_state->mutex);
        const std::vector<InstanceProblem> &noRoom = m_state->noRoom;
        const QStringList &refused = m_state->refused;
        report.problems.insert(report.problems.end(), noRoom.begin(), noRoom.end());
        for (const QString &what : refused)
            report.problems.push_back({QString(), QCoreApplication::translate("strata::net", "Strata's receiver refused %1").arg(what)});
        if (error && noRoom.empty() && !refused.isEmpty())
            return Error(ErrorCode::Unsupported, node.label(),
                         QCoreApplication::translate("strata::net", "C-MOVE failed: Strata's receiver refused what the node offered: %1").arg(refused.join(QStringLiteral("; "))));
        if (error && !noRoom.empty())   // the node's failure is the receiver's refusal
            return Error(ErrorCode::IoError, dataDir,
                         QCoreApplication::translate("strata::net", "C-MOVE failed: Strata's receiver could not keep the %1 instance(s) the node sent: %2")
                             .arg(noRoom.size()).arg(noRoom.front().reason));
        return error;
    }

private:
    struct State {
        std::mutex mutex;
        std::vector<InstanceProblem> noRoom;
        QStringList refused;
    };
    std::shared_ptr<State> m_state;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace

bool movesToThirdNode(const Node &node, const RetrieveRequest &request)
{
    return request.method == RetrieveMethod::CMove && !request.moveDestination.isEmpty()
           && request.moveDestination != node.callingAeTitle;
}

Result<RetrieveReport> retrieveByDimse(const Node &node, const RetrieveRequest &request, const std::vector<RemoteInstance> &expected,
                                       const QString &dataDir, const Timeouts &timeouts, const CancellationToken &cancel,
                                       const RetrieveProgressCallback &progress)
{
    RetrieveReport report;
    report.method = request.method;
    if (request.method != RetrieveMethod::CGet && request.method != RetrieveMethod::CMove)
        return Error(ErrorCode::InvalidArgument, node.label(), QCoreApplication::translate("strata::net", "a DIMSE retrieve is C-GET or C-MOVE, not %1").arg(methodName(request.method)));
    report.expected = int(expected.size());

    std::optional<Error> error;
    store::ImportSummary imported;
    if (request.method == RetrieveMethod::CGet) {
        auto staging = detail::StagingArea::create(dataDir, QStringLiteral("get"), true);
        if (!staging.ok())
            return staging.error();
        error = runGet(node, request, expected, *staging.value(), timeouts, cancel, progress, report);
        imported = staging.value()->finish();
    } else if (movesToThirdNode(node, request)) {
        error = runMove(node, request, expected, request.moveDestination, timeouts, cancel, progress, report);
    } else if (const std::shared_ptr<StorageScp> receiver = request.moveReceiver;
               receiver && receiver->isRunning() && receiver->aeTitle().trimmed() == node.callingAeTitle.trimmed()) {
        // Into the receiver that runs already (the window's): the node has one address for this AE
        // title, and it is that receiver's. What arrived is counted from the cache once the
        // receiver has imported everything received until the move ended.
        if (!receiver->letsIn(node.aeTitle))
            return Error(ErrorCode::InvalidArgument, node.label(),
                         QCoreApplication::translate("strata::net", "C-MOVE: Strata's receiver %1 (port %2) does not let %3 in: add %3 to the senders it lets in "
                                                                    "(File → Settings → Receiving)")
                             .arg(receiver->aeTitle()).arg(receiver->port()).arg(node.aeTitle));
        const QSet<QString> before = detail::cachedInstances(dataDir, request.studyInstanceUid);
        ReceiverWatch watch(*receiver, node.aeTitle.trimmed());
        error = runMove(node, request, expected, receiver->aeTitle(), timeouts, cancel, progress, report);
        receiver->flush();
        const QSet<QString> after = detail::cachedInstances(dataDir, request.studyInstanceUid);
        imported.imported = int((after - before).size());
        error = watch.explain(node, dataDir, std::move(error), report);
    } else {
        StorageScpConfig config;
        config.aeTitle = node.callingAeTitle;
        config.port = request.moveListenPort ? request.moveListenPort : kDefaultScpPort;
        config.allowedCallingAeTitles = {node.aeTitle};
        // Only the node asked, from its own address(es), and only the instances asked for.
        config.allowedPeerAddresses = peerAddresses(node.host);
        config.bindAddress = request.moveListenAddress.isEmpty() ? localAddressTowards(config.allowedPeerAddresses.value(0))
                                                                 : request.moveListenAddress;
        for (const RemoteInstance &m : expected)
            config.expectedInstances.insert(m.sopInstanceUid);
        config.expectedStudy = request.studyInstanceUid;   // with no list (a whole study), the study only
        config.dataDir = dataDir;
        config.timeouts = timeouts;
        config.moveReceiver = true;
        StorageScp scp(config);
        ReceiverWatch watch(scp, QString());
        auto port = scp.start();
        if (!port.ok())
            return port.error();
        error = runMove(node, request, expected, node.callingAeTitle, timeouts, cancel, progress, report);
        scp.stop();   // imports what arrived
        imported = scp.lastImport();
        error = watch.explain(node, dataDir, std::move(error), report);
    }
    report.import = imported;
    detail::reportImportFailure(report);
    if (error) {
        // Refused or unreachable before anything arrived, or cancelled: an error. A transfer that
        // broke off after instances arrived is a report, as WADO-RS gives one: what arrived is in
        // the cache, the break-off is a problem, and the caller lists what is still missing (so a
        // retrieve of just the missing instances can complete the study).
        const bool somethingArrived = report.completed > 0 || imported.imported > 0 || imported.duplicates > 0;
        if (!somethingArrived || cancel.isCancelled())
            return *error;
        report.problems.push_back({QString(), QCoreApplication::translate("strata::net", "the transfer broke off: %1").arg(error->message())});
    }
    return report;
}

} // namespace strata::net
