#include <strata/net/dimse/StorageScp.h>

#include "DcmtkSupport.h"
#include "Staging.h"

#include <strata/core/Logging.h>
#include <strata/net/NodeRegistry.h>
#include <strata/net/dimse/DimseStatus.h>
#include <strata/store/LocalCache.h>

#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/dcmlayer.h>
#include <dcmtk/dcmnet/dcmtrans.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/scp.h>
#include <dcmtk/dcmnet/scpthrd.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scu.h>

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStorageInfo>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QScopeGuard>
#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcScp, "strata.net.scp")

namespace strata::net {

namespace {
class Listener;

/// A Storage Commitment request taken: whom to report to, and what.
struct CommitmentJob {
    QString callingAe;
    std::optional<Node> node;                                  ///< the requester in the node registry, if it is there
    QString transactionUid;
    std::vector<std::pair<QString, QString>> references;      ///< SOP Class UID, SOP Instance UID
};

/// What the cache holds of a request: the N-EVENT-REPORT's data set and event type, and what the
/// console says of it.
struct CommitmentReport {
    std::shared_ptr<DcmDataset> dataset;
    Uint16 eventType = 0;
    QString outcome;
};

// N-ACTION and N-EVENT-REPORT values of the Storage Commitment Push Model (PS3.4 J.3).
constexpr Uint16 kRequestStorageCommitment = 1;     // Action Type ID
constexpr Uint16 kAllCommitted = 1;                 // Event Type IDs
constexpr Uint16 kSomeFailed = 2;
constexpr Uint16 kProcessingFailure = 0x0110;       // statuses and Failure Reasons
constexpr Uint16 kNoSuchObjectInstance = 0x0112;
constexpr Uint16 kClassInstanceConflict = 0x0119;
constexpr Uint16 kMissingAttribute = 0x0120;
constexpr Uint16 kNoSuchAction = 0x0123;
}

struct StorageScp::Impl {
    StorageScpConfig config;
    StorageScp *owner = nullptr;
    std::unique_ptr<detail::StagingArea> staging;
    std::thread listener;
    std::atomic_bool running{false};
    std::function<void(const ReceivedInstance &)> onInstance;
    std::unique_ptr<Listener> listening;    // defined below
    store::ImportSummary lastSummary;
    std::atomic<qint64> receivedBytes{0};   // written by this SCP since start() (the disk budget)

    /// Why an instance of `size` more bytes cannot be kept now ("" when it can).
    QString outOfResources(qint64 size) const
    {
        if (config.minFreeBytes > 0 && staging) {
            const QStorageInfo volume(staging->dir());
            if (volume.isValid() && volume.bytesAvailable() - size < config.minFreeBytes)
                return QCoreApplication::translate("strata::net", "out of resources: %1 MB free on %2, less than the %3 MB to keep free")
                    .arg(volume.bytesAvailable() >> 20).arg(volume.rootPath()).arg(config.minFreeBytes >> 20);
        }
        if (config.maxReceivedBytes > 0 && receivedBytes + size > config.maxReceivedBytes)
            return QCoreApplication::translate("strata::net", "out of resources: the disk budget of %1 bytes for this SCP is used up (%2 bytes received)")
                .arg(config.maxReceivedBytes).arg(qint64(receivedBytes));
        return {};
    }

    bool acceptsPeer(const QString &hostOrIp) const
    {
        if (config.allowedPeerAddresses.isEmpty())
            return true;
        QHostAddress peer(hostOrIp);
        bool mapped = false;
        if (const quint32 v4 = peer.toIPv4Address(&mapped); mapped)
            peer = QHostAddress(v4);
        for (const QString &allowed : config.allowedPeerAddresses)
            if (QHostAddress(allowed).isEqual(peer, QHostAddress::TolerantConversion))
                return true;
        return false;
    }
    bool accepts(const QString &callingAe) const
    {
        if (config.acceptAnyCallingAe)
            return true;
        for (const QString &ae : config.allowedCallingAeTitles)
            if (ae.trimmed() == callingAe.trimmed())
                return true;
        return false;
    }
    void report(const ReceivedInstance &r)
    {
        if (onInstance)
            onInstance(r);
        emit owner->instanceReceived(r);
    }

    std::mutex commitMutex;
    std::condition_variable commitWake;       // stop() ends the waits between tries
    bool commitStopping = false;              // guarded by commitMutex
    /// A report on its way on an association of its own: its thread, and whether it has ended.
    struct Delivery {
        std::thread thread;
        std::shared_ptr<std::atomic_bool> done;
    };
    std::vector<Delivery> commitThreads;      // joined once ended (by the next delivery) or by stop()

    /// The node the report of a commitment request from `ae` goes to: the registry's node with
    /// that AE title, called as this SCP.
    std::optional<Node> reportNode(const QString &ae) const
    {
        auto registry = NodeRegistry::open(config.dataDir);
        auto nodes = registry.ok() ? registry.value()->list() : Result<std::vector<Node>>(registry.error());
        if (!nodes.ok())
            return std::nullopt;
        for (Node n : nodes.value()) {
            if (n.aeTitle.trimmed() == ae) {
                n.callingAeTitle = config.aeTitle;
                return n;
            }
        }
        return std::nullopt;
    }

    /// Once what arrived before the request is in the cache: each referenced instance is committed
    /// when the cache holds it (indexed, its file there) with that SOP class.
    CommitmentReport evaluate(const CommitmentJob &job)
    {
        if (staging)
            staging->flush();
        CommitmentReport out;
        out.dataset = std::make_shared<DcmDataset>();
        DcmDataset &report = *out.dataset;
        report.putAndInsertString(DCM_TransactionUID, job.transactionUid.toLatin1().constData());
        auto cache = store::LocalCache::open(config.dataDir);
        QStringList failed;
        for (const auto &[sopClass, sopInstance] : job.references) {
            Uint16 reason = 0;
            auto held = cache.ok() ? cache.value()->instance(sopInstance) : Result<std::optional<store::InstanceRecord>>(cache.error());
            if (!held.ok())
                reason = kProcessingFailure;
            else if (!held.value() || !QFileInfo::exists(held.value()->filePath))
                reason = kNoSuchObjectInstance;
            else if (held.value()->sopClassUid != sopClass)
                reason = kClassInstanceConflict;
            DcmItem *item = nullptr;
            if (report.findOrCreateSequenceItem(reason ? DCM_FailedSOPSequence : DCM_ReferencedSOPSequence, item, -2).bad() || !item)
                continue;
            item->putAndInsertString(DCM_ReferencedSOPClassUID, sopClass.toLatin1().constData());
            item->putAndInsertString(DCM_ReferencedSOPInstanceUID, sopInstance.toLatin1().constData());
            if (reason) {
                item->putAndInsertUint16(DCM_FailureReason, reason);
                failed << sopInstance;
            }
        }
        out.eventType = failed.isEmpty() ? kAllCommitted : kSomeFailed;
        const int total = int(job.references.size());
        out.outcome = QCoreApplication::translate("strata::net", "storage commitment %1: %2 of %3 instance(s) committed")
                          .arg(job.transactionUid).arg(total - failed.size()).arg(total);
        if (!failed.isEmpty())
            out.outcome += QCoreApplication::translate("strata::net", "; not held here: %1").arg(failed.join(QStringLiteral(", ")));
        return out;
    }

    void answered(const CommitmentJob &job, const QString &outcome)
    {
        qCInfo(lcScp) << "from" << job.callingAe << ":" << outcome;
        emit owner->commitmentAnswered(job.callingAe, outcome);
    }

    /// The report goes on an association of its own to the requester (a node of the registry),
    /// on a thread of its own; tried again, after each of the configured delays, while it cannot
    /// reach the requester.
    void startDelivery(CommitmentJob job, CommitmentReport report)
    {
        std::lock_guard lock(commitMutex);
        // Those that have ended are joined now: an SCP that runs for months takes thousands of
        // requests, and a thread not joined keeps its stack mapped.
        std::erase_if(commitThreads, [](Delivery &d) {
            if (!d.done->load())
                return false;
            d.thread.join();
            return true;
        });
        auto done = std::make_shared<std::atomic_bool>(false);
        commitThreads.push_back({std::thread([this, done, job = std::move(job), report = std::move(report)]() mutable {
                                     deliver(job, std::move(report));
                                     done->store(true);
                                 }),
                                 done});
    }

    void deliver(const CommitmentJob &job, CommitmentReport report)
    {
        if (!report.dataset)
            report = evaluate(job);
        const Node &node = *job.node;
        const std::vector<int> delays = config.commitmentRetryDelaysMs;
        for (size_t attempt = 0;; ++attempt) {
            QString why;   // why it could not reach the requester this time (tried again)
            DcmSCU scu;
            const std::optional<Error> opened = detail::openAssociation(
                scu, node, config.timeouts, {detail::PresentationContext{UID_StorageCommitmentPushModelSOPClass, detail::uncompressedSyntaxes(), ASC_SC_ROLE_SCP}});
            T_ASC_PresentationContextID id = 0;
            if (!opened) {
                for (const T_ASC_SC_ROLE role : {ASC_SC_ROLE_SCP, ASC_SC_ROLE_SCUSCP, ASC_SC_ROLE_DEFAULT})
                    if (id == 0)
                        id = scu.findPresentationContextID(UID_StorageCommitmentPushModelSOPClass, "", role);
            }
            if (opened) {
                why = opened->message();
            } else if (id == 0) {
                scu.releaseAssociation();
                answered(job, report.outcome + QCoreApplication::translate("strata::net", "; the report could not be sent: %1 took no Storage Commitment context for it").arg(node.label()));
                return;
            } else {
                Uint16 status = 0;
                const OFCondition c = scu.sendEVENTREPORTRequest(id, UID_StorageCommitmentPushModelSOPInstance, report.eventType, report.dataset.get(), status);
                if (c.good()) {
                    scu.releaseAssociation();
                    answered(job, report.outcome + (status == dimse::kSuccess
                                                         ? QCoreApplication::translate("strata::net", "; reported to %1").arg(node.label())
                                                         : QCoreApplication::translate("strata::net", "; %1 answered the report with %2").arg(node.label(), detail::statusText(status))));
                    return;
                }
                scu.abortAssociation();
                why = detail::conditionError(node, QStringLiteral("N-EVENT-REPORT"), c).message();
            }
            const QString tries = attempt == 0 ? QString() : QCoreApplication::translate("strata::net", " (%1 tries)").arg(attempt + 1);   // two or more
            const QString notSent = report.outcome + QCoreApplication::translate("strata::net", "; the report could not be sent%1: %2").arg(tries, why);
            std::unique_lock lock(commitMutex);
            if (attempt >= delays.size()) {
                lock.unlock();
                answered(job, notSent);
                return;
            }
            const int delay = std::max(0, delays[attempt]);
            if (!commitStopping) {
                const QString later = QCoreApplication::translate("strata::net", "storage commitment %1: the report could not be sent yet: %2; next try in %3 s")
                                          .arg(job.transactionUid, why).arg((delay + 999) / 1000);
                qCWarning(lcScp) << "from" << job.callingAe << ":" << later;
                emit owner->commitmentReportDelayed(job.callingAe, later);
            }
            if (commitWake.wait_for(lock, std::chrono::milliseconds(delay), [this] { return commitStopping; })) {
                lock.unlock();
                answered(job, notSent + QCoreApplication::translate("strata::net", "; the receiver stopped before the next try"));
                return;
            }
        }
    }
};

namespace {

/// DcmTransportConnection keeps getSocket() for subclasses; the association timer needs it.
struct SocketAccess : DcmTransportConnection {
    static DcmNativeSocketType of(DcmTransportConnection &c) { return (c.*(&SocketAccess::getSocket))(); }
};

/// The peer's address and port of a connected socket ("" when unknown).
QString peerOf(int fd)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (fd < 0 || ::getpeername(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return {};
    QHostAddress host(reinterpret_cast<sockaddr *>(&addr));
    bool mapped = false;
    if (const quint32 v4 = host.toIPv4Address(&mapped); mapped)
        host = QHostAddress(v4);
    const quint16 port = ntohs(addr.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&addr)->sin6_port
                                                          : reinterpret_cast<sockaddr_in *>(&addr)->sin_port);
    return QStringLiteral("%1|%2").arg(host.toString()).arg(port);
}

/// Cuts an association's connection off when it has been open too long: a thread that waits for
/// the deadline or for the association to end, whichever comes first.
class AssociationTimer {
public:
    AssociationTimer(int fd, int seconds, std::function<void()> onExpiry)
    {
        const QString peer = peerOf(fd);
        m_thread = std::thread([this, fd, seconds, peer, onExpiry = std::move(onExpiry)] {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_done; }))
                return;
            // Still the same connection (not a reused descriptor): shut it down; DCMTK's next
            // read or write fails and the worker ends the association.
            if (peerOf(fd) == peer) {
                ::shutdown(fd, SHUT_RDWR);
                onExpiry();
            }
        });
    }
    ~AssociationTimer() { stop(); }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

/// One association: DCMTK's thread SCP with Strata's checks and its C-STORE handling.
class Worker : public DcmThreadSCP {
public:
    explicit Worker(StorageScp::Impl *impl) : m_impl(impl) {}

    OFCondition run(T_ASC_Association *association) override
    {
        // The peer's address from the socket (DCMTK hands checkCallingHostAccepted an empty
        // string here), and the association's time limit.
        DcmTransportConnection *connection = association ? DUL_getTransportConnection(association->DULassociation) : nullptr;
        const int fd = connection ? int(SocketAccess::of(*connection)) : -1;
        m_peerAddress = peerOf(fd).section(QLatin1Char('|'), 0, 0);
        StorageScp::Impl *impl = m_impl;
        std::unique_ptr<AssociationTimer> timer;
        if (impl->config.maxAssociationSeconds > 0 && fd >= 0) {
            const int limit = impl->config.maxAssociationSeconds;
            const QString peer = m_peerAddress;
            timer = std::make_unique<AssociationTimer>(fd, limit, [impl, peer, limit] {
                const QString why = QCoreApplication::translate("strata::net", "association open longer than %1 s: cut off").arg(limit);
                qCWarning(lcScp) << "association from" << peer << ":" << why;
                emit impl->owner->associationRejected(peer, why);
            });
        }
        m_timer = timer.get();
        m_association = association;
        const OFCondition c = DcmThreadSCP::run(association);
        m_association = nullptr;
        m_timer = nullptr;
        return c;
    }

protected:
    /// DCMTK's configuration answers Verification and Storage Commitment; the storage contexts are answered here, for
    /// every storage class DCMTK lists (a DCMTK configuration takes at most 128 contexts: the 59
    /// classes from the 128th on, ultrasound, XA and ECG among them, were refused while they were
    /// configured there) and, with StorageScpConfig::acceptUnlistedStorageClasses, those it does not list.
    /// The syntax accepted is the first of receivableSyntaxes() the sender offers. What stays
    /// refused of a storage class is reported: the sender's log says only "no presentation context".
    OFCondition negotiateAssociation() override
    {
        const OFCondition c = DcmThreadSCP::negotiateAssociation();
        if (c.bad() || !m_association)
            return c;
        StorageScp::Impl *impl = m_impl;
        T_ASC_Parameters *params = m_association->params;
        const std::vector<std::string> syntaxes = detail::receivableSyntaxes();
        const QString ae = QString::fromLatin1(params->DULparams.callingAPTitle).trimmed();
        const int count = ASC_countPresentationContexts(params);
        QSet<QString> said;   // a sender may propose one class in several contexts: said once
        auto refused = [&](const QString &what) {
            if (!said.contains(what)) {
                said.insert(what);
                qCWarning(lcScp) << "refused to receive from" << ae << ":" << what;
                emit impl->owner->contextRefused(ae, what);
            }
        };
        for (int i = 0; i < count; ++i) {
            T_ASC_PresentationContext proposed;
            if (ASC_getPresentationContext(params, i, &proposed).bad())
                continue;
            T_ASC_PresentationContext answer;
            if (ASC_findAcceptedPresentationContext(params, proposed.presentationContextID, &answer).good()
                && answer.resultReason == ASC_P_ACCEPTANCE)
                continue;   // Verification
            const bool listed = detail::isListedStorageClass(proposed.abstractSyntax);
            if (!listed && !detail::isUnlistedStorageClass(proposed.abstractSyntax))
                continue;   // a service this SCP does not provide (query, worklist, ...): refused
            const QString sopClass = detail::sopClassName(proposed.abstractSyntax);
            if (!listed && !impl->config.acceptUnlistedStorageClasses) {
                refused(QCoreApplication::translate("strata::net", "%1: a SOP class this SCP is set not to take (it takes only the storage classes DCMTK lists)")
                                .arg(sopClass));
                continue;
            }
            auto offered = [&](const std::string &ts) {
                for (int k = 0; k < int(proposed.transferSyntaxCount); ++k)
                    if (ts == proposed.proposedTransferSyntaxes[k])
                        return true;
                return false;
            };
            const auto chosen = std::find_if(syntaxes.begin(), syntaxes.end(), offered);
            if (chosen == syntaxes.end()) {
                QStringList names;
                for (int k = 0; k < int(proposed.transferSyntaxCount); ++k)
                    names << detail::transferSyntaxName(proposed.proposedTransferSyntaxes[k]);
                ASC_refusePresentationContext(params, proposed.presentationContextID, ASC_P_TRANSFERSYNTAXESNOTSUPPORTED);
                refused(QCoreApplication::translate("strata::net", "%1 in %2 only: no transfer syntax this SCP receives")
                                .arg(sopClass, names.join(QStringLiteral(", "))));
                continue;
            }
            const OFCondition accepted = ASC_acceptPresentationContext(params, proposed.presentationContextID, chosen->c_str());
            if (accepted == ASC_SCPSCUROLESELECTIONFAILED) {
                // The sender asked to be the SCP of storage (C-GET's role) on an association it
                // opened to this SCP: nothing to receive on that context.
                ASC_refusePresentationContext(params, proposed.presentationContextID, ASC_P_NOREASON);
                refused(QCoreApplication::translate("strata::net", "%1: the sender proposed another role than storage user").arg(sopClass));
            } else if (accepted.bad()) {
                return accepted;
            } else if (!listed) {
                qCInfo(lcScp) << "accepted" << sopClass << "from" << ae << "as a storage class DCMTK does not list";
            }
        }
        return c;
    }

    void notifyAssociationTermination() override
    {
        if (m_timer)
            m_timer->stop();   // before DCMTK closes the connection: the descriptor stays ours
        DcmThreadSCP::notifyAssociationTermination();
    }

    OFBool checkCallingHostAccepted(const OFString &hostOrIp) override
    {
        StorageScp::Impl *impl = m_impl;
        const QString peer = m_peerAddress.isEmpty() ? QString::fromLatin1(hostOrIp.c_str()) : m_peerAddress;
        if (impl->acceptsPeer(peer))
            return OFTrue;
        qCWarning(lcScp) << "rejected an association from" << peer << "(not an allowed peer address)";
        emit impl->owner->associationRejected(peer, QCoreApplication::translate("strata::net", "peer address %1 not allowed").arg(peer));
        return OFFalse;
    }

    OFBool checkCallingAETitleAccepted(const OFString &callingAE) override
    {
        StorageScp::Impl *impl = m_impl;
        const QString ae = QString::fromLatin1(callingAE.c_str()).trimmed();
        if (impl->accepts(ae))
            return OFTrue;
        qCWarning(lcScp) << "rejected an association from calling AE" << ae << "(not in the allowed list)";
        emit impl->owner->associationRejected(ae, QCoreApplication::translate("strata::net", "calling AE title not allowed"));
        return OFFalse;
    }

    OFCondition handleIncomingCommand(T_DIMSE_Message *message, const DcmPresentationContextInfo &info) override
    {
        if (message->CommandField == DIMSE_N_ACTION_RQ && m_impl->config.storageCommitment)
            return commitmentRequest(message->msg.NActionRQ, info.presentationContextID);
        if (message->CommandField != DIMSE_C_STORE_RQ)
            return DcmSCP::handleIncomingCommand(message, info);
        T_DIMSE_C_StoreRQ &request = message->msg.CStoreRQ;
        StorageScp::Impl *impl = m_impl;
        ReceivedInstance r;
        r.callingAeTitle = QString::fromLatin1(getPeerAETitle().c_str()).trimmed();
        r.sopInstanceUid = QString::fromLatin1(request.AffectedSOPInstanceUID).trimmed();
        if (!impl->staging) {
            ignore(info.presentationContextID, request);
            return sendSTOREResponse(info.presentationContextID, request, dimse::kOutOfResources);
        }
        // An instance not asked for, or no disk for it (budget or free space): refused before
        // anything is written; the data set is read and dropped so the association can go on.
        Uint16 refusal = 0;
        if (!impl->config.expectedInstances.isEmpty() && !impl->config.expectedInstances.contains(r.sopInstanceUid)) {
            refusal = dimse::kNotAuthorised;
            r.reason = QCoreApplication::translate("strata::net", "not asked for: the instance is not one of those requested");
        } else if (QString why = impl->outOfResources(0); !why.isEmpty()) {
            refusal = dimse::kOutOfResources;
            r.reason = why;
        }
        if (refusal) {
            r.status = refusal;
            const OFCondition c = receiveSTORERequest(request, info.presentationContextID, OFString("/dev/null"));
            qCWarning(lcScp) << "instance" << r.sopInstanceUid << "from" << r.callingAeTitle << "refused:" << r.reason;
            impl->report(r);
            return c.bad() ? c : sendSTOREResponse(info.presentationContextID, request, refusal);
        }
        // The file name comes from us, never from the peer's UID.
        const QString final = impl->staging->pathFor(r.sopInstanceUid);
        const QString part = final + QStringLiteral(".part");
        OFCondition cond = receiveSTORERequest(request, info.presentationContextID, OFString(part.toLocal8Bit().constData()));
        if (cond.bad()) {
            // Asked before the part is removed (removing it frees its space): DCMTK says only
            // that it could not write.
            const QString full = detail::diskFullIn(impl->staging->dir());
            const QString text = QString::fromLocal8Bit(cond.text());
            QFile::remove(part);
            r.reason = m_cutOff ? QCoreApplication::translate("strata::net", "cut off: the Storage SCP stopped before the instance had arrived (the sender may send it again)")
                                : QCoreApplication::translate("strata::net", "transfer broke off: %1")
                                      .arg(full.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(full, text));
            r.status = full.isEmpty() ? 0 : dimse::kOutOfResources;
            qCWarning(lcScp) << "instance" << r.sopInstanceUid << "from" << r.callingAeTitle << ":" << r.reason;
            impl->report(r);
            return cond;   // the association is gone or broken; nothing of it is kept
        }
        Uint16 status = dimse::kSuccess;
        const qint64 size = QFileInfo(part).size();
        if (QString study = impl->config.expectedStudy.isEmpty() ? QString() : studyOf(part); study != impl->config.expectedStudy) {
            QFile::remove(part);
            status = dimse::kNotAuthorised;
            r.studyInstanceUid = study;
            r.reason = QCoreApplication::translate("strata::net", "not asked for: the instance is of study %1, not of the study requested")
                           .arg(study.isEmpty() ? QCoreApplication::translate("strata::net", "(none given)") : study);
            qCWarning(lcScp) << "instance" << r.sopInstanceUid << "from" << r.callingAeTitle << "refused:" << r.reason;
        } else if (QString why = impl->outOfResources(size); !why.isEmpty()) {
            QFile::remove(part);
            status = dimse::kOutOfResources;
            r.reason = why;
            qCWarning(lcScp) << "instance" << r.sopInstanceUid << "from" << r.callingAeTitle << "refused:" << why;
        } else if (!QFile::rename(part, final)) {
            QFile::remove(part);
            status = dimse::kOutOfResources;
            r.reason = QCoreApplication::translate("strata::net", "cannot write into %1").arg(impl->staging->dir());
        } else {
            impl->receivedBytes += size;
            impl->staging->add(final);
            r.stored = true;
        }
        r.status = status;
        impl->report(r);
        return sendSTOREResponse(info.presentationContextID, request, status);
    }

    /// N-ACTION of the Storage Commitment Push Model: answered at once. The report follows on an
    /// association of its own to the requester when it is a node of the registry (Impl::deliver);
    /// otherwise on this association, when the requester keeps it open for it (a portable
    /// modality has no listener to take it elsewhere).
    OFCondition commitmentRequest(T_DIMSE_N_ActionRQ &request, T_ASC_PresentationContextID id)
    {
        StorageScp::Impl *impl = m_impl;
        DcmDataset *received = nullptr;
        Uint16 actionType = 0;
        const OFCondition c = receiveACTIONRequest(request, id, received, actionType);
        std::unique_ptr<DcmDataset> dataset(received);
        if (c.bad())
            return c;
        CommitmentJob job;
        job.callingAe = QString::fromLatin1(getPeerAETitle().c_str()).trimmed();
        Uint16 status = dimse::kSuccess;
        QString why;
        OFString transaction;
        if (actionType != kRequestStorageCommitment) {
            status = kNoSuchAction;
            why = QCoreApplication::translate("strata::net", "action type %1 is not Request Storage Commitment (1)").arg(actionType);
        } else if (!dataset || dataset->findAndGetOFString(DCM_TransactionUID, transaction).bad() || transaction.empty()) {
            status = kMissingAttribute;
            why = QCoreApplication::translate("strata::net", "the request has no Transaction UID");
        } else {
            job.transactionUid = QString::fromLatin1(transaction.c_str()).trimmed();
            DcmSequenceOfItems *sequence = nullptr;
            if (dataset->findAndGetSequence(DCM_ReferencedSOPSequence, sequence).good() && sequence) {
                for (unsigned long k = 0; k < sequence->card(); ++k) {
                    OFString sopClass, sopInstance;
                    sequence->getItem(k)->findAndGetOFString(DCM_ReferencedSOPClassUID, sopClass);
                    sequence->getItem(k)->findAndGetOFString(DCM_ReferencedSOPInstanceUID, sopInstance);
                    job.references.emplace_back(QString::fromLatin1(sopClass.c_str()).trimmed(), QString::fromLatin1(sopInstance.c_str()).trimmed());
                }
            }
            if (job.references.empty()) {
                status = kMissingAttribute;
                why = QCoreApplication::translate("strata::net", "the request names no instance (Referenced SOP Sequence)");
            }
        }
        const OFCondition answered = sendACTIONResponse(id, request.MessageID, UID_StorageCommitmentPushModelSOPClass,
                                                        UID_StorageCommitmentPushModelSOPInstance, status);
        if (status != dimse::kSuccess) {
            const QString what = QCoreApplication::translate("strata::net", "storage commitment request refused: %1").arg(why);
            qCWarning(lcScp) << "from" << job.callingAe << ":" << what;
            emit impl->owner->commitmentAnswered(job.callingAe, what);
            return answered;
        }
        job.node = impl->reportNode(job.callingAe);
        // A requester the registry knows gets the report where its listener is: a modality that
        // keeps the association open a while without reading from it (some do before they
        // release) would leave a report sent here unanswered. One it does not know can only get
        // it here: a requester that waits for it stays quiet; one that releases the association
        // (or goes on storing) does so at once. Quiet for a second: the report is made ready
        // and, if it is still quiet then, sent here.
        OFCondition next = answered;
        if (!job.node && answered.good() && m_association && !ASC_dataWaiting(m_association, 1)) {
            CommitmentReport report = impl->evaluate(job);
            if (!ASC_dataWaiting(m_association, 0)) {
                Uint16 reportStatus = 0;
                next = sendEVENTREPORTRequest(id, UID_StorageCommitmentPushModelSOPInstance, m_association->nextMsgID++, report.eventType,
                                              report.dataset.get(), reportStatus);
                if (next.good()) {
                    impl->answered(job, report.outcome
                                            + (reportStatus == dimse::kSuccess
                                                   ? QCoreApplication::translate("strata::net", "; reported to %1 on its association").arg(job.callingAe)
                                                   : QCoreApplication::translate("strata::net", "; %1 answered the report with %2").arg(job.callingAe, detail::statusText(reportStatus))));
                    return next;
                }
                // The requester released or aborted the association meanwhile (its release
                // collided with the report), or does not take reports on it.
                qCInfo(lcScp) << "the storage commitment report to" << job.callingAe << "did not go on its association:" << next.text();
            }
            deliverElsewhere(std::move(job), std::move(report));
            return next;
        }
        deliverElsewhere(std::move(job), {});
        return next;
    }

    /// The report of `job` on an association of its own (made ready on the delivering thread when
    /// `report` is empty), or said to be impossible when the registry has no node for the requester.
    void deliverElsewhere(CommitmentJob job, CommitmentReport report)
    {
        StorageScp::Impl *impl = m_impl;
        if (job.node) {
            impl->startDelivery(std::move(job), std::move(report));
            return;
        }
        const QString outcome = report.dataset ? report.outcome : QCoreApplication::translate("strata::net", "storage commitment %1").arg(job.transactionUid);
        impl->answered(job, outcome
                                + QCoreApplication::translate("strata::net", "; the report could not be sent: %1 did not wait for it on its association, "
                                                                             "and no node of the registry has that AE title (add it: strata node add)")
                                      .arg(job.callingAe));
    }

public:
    /// Set by the listener before it shuts the connection down because the SCP stops.
    std::atomic_bool m_cutOff{false};

private:
    StorageScp::Impl *const m_impl;
    QString m_peerAddress;
    AssociationTimer *m_timer = nullptr;
    T_ASC_Association *m_association = nullptr;   // while run() runs

    /// The Study Instance UID of a received file, read up to it (empty when it cannot be read).
    static QString studyOf(const QString &file)
    {
        DcmFileFormat format;
        OFString uid;
        if (format.loadFileUntilTag(OFFilename(QFile::encodeName(file).constData()), EXS_Unknown, EGL_noChange, DCM_MaxReadLength,
                                    ERM_autoDetect, DCM_SeriesInstanceUID).bad()
            || format.getDataset()->findAndGetOFString(DCM_StudyInstanceUID, uid).bad())
            return {};
        return QString::fromLatin1(uid.c_str()).trimmed();
    }

    void ignore(T_ASC_PresentationContextID id, T_DIMSE_C_StoreRQ &request)
    {
        DcmDataset *dataset = nullptr;
        if (receiveSTORERequest(request, id, dataset).good())
            delete dataset;
    }
};

/// Verification and Storage Commitment: DCMTK's configuration answers them. Storage contexts are
/// answered by Worker::negotiateAssociation (a configuration holds at most 128; DCMTK lists 186
/// classes).
void addServiceContexts(DcmSCPConfig &config, bool storageCommitment)
{
    OFList<OFString> syntaxes;
    for (const std::string &ts : detail::uncompressedSyntaxes())
        syntaxes.push_back(ts.c_str());
    config.addPresentationContext(UID_VerificationSOPClass, syntaxes);
    if (storageCommitment)
        config.addPresentationContext(UID_StorageCommitmentPushModelSOPClass, syntaxes);
}

/// A listening IPv4 socket on `address`:`port` (0 = any free port); -1 and errno on failure.
/// SO_REUSEADDR: connections of an SCP that just stopped, waiting out TIME_WAIT for a minute,
/// do not keep a restarted one off its port; another listener on it does.
int listenOn(const QString &address, quint16 port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int reuse = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &addr.sin_addr) != 1
        || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(fd, 64) != 0) {
        const int e = errno;
        ::close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

quint16 localPort(int fd)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    return ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0 ? ntohs(addr.sin_port) : 0;
}

/// DCMTK takes a connection Strata accepted through its process-wide dcmExternalSocketHandle
/// (it then reads the association request from it instead of accepting one itself). Every
/// acceptor call of DCMTK in this process is in this file and holds this lock while that
/// handle is set.
std::mutex g_handOver;
/// The hand-over lock this thread holds while DCMTK takes a connection (null otherwise).
thread_local std::unique_lock<std::mutex> *t_handingOver = nullptr;

/// The listener's transport layer: DCMTK asks it for the connection object right after it read
/// the socket handle, and it then lets go of the hand-over lock, before the TLS handshake and
/// the association request are read: a peer slow at those holds only its own connection. The
/// connection itself comes from the TLS layer, or is a plain one.
class HandOverLayer : public DcmTransportLayer {
public:
    explicit HandOverLayer(DcmTransportLayer *tls) : m_tls(tls) {}
    DcmTransportConnection *createConnection(DcmNativeSocketType socket, OFBool useSecureLayer) override
    {
        DcmTransportConnection *connection = m_tls ? m_tls->createConnection(socket, useSecureLayer)
                                                   : DcmTransportLayer::createConnection(socket, useSecureLayer);
        if (t_handingOver && t_handingOver->owns_lock()) {
            dcmExternalSocketHandle.set(-1);
            t_handingOver->unlock();
        }
        return connection;
    }

private:
    DcmTransportLayer *m_tls;
};

/// Waits until the peer has sent its first PDU whole (or `wake` is signalled, or the time is
/// up): DCMTK then reads it at once. An A-ASSOCIATE-RQ is a few KB; past 64 KB, or once the peer
/// has closed, it is handed over as it is and DCMTK decides. With TLS only the first bytes
/// (the handshake's) are waited for. False when nothing usable came.
bool requestArrived(int fd, int wake, std::chrono::milliseconds limit, bool wholePdu)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd fds[2] = {{fd, POLLIN | POLLRDHUP, 0}, {wake, POLLIN, 0}};
        const int n = ::poll(fds, 2, int(std::min<qint64>(left.count(), 1000)));
        if (n < 0 && errno != EINTR)
            return false;
        if (fds[1].revents)
            return false;   // the SCP stops
        if (fds[0].revents & (POLLERR | POLLNVAL))
            return false;
        if (fds[0].revents & (POLLHUP | POLLRDHUP))
            return true;    // whatever came; DCMTK reports what is missing
        if (!(fds[0].revents & POLLIN))
            continue;
        if (!wholePdu)
            return true;
        unsigned char head[6];
        const ssize_t got = ::recv(fd, head, sizeof head, MSG_PEEK | MSG_DONTWAIT);
        if (got <= 0)
            return got == 0;   // closed: DCMTK sees it; an error: nothing usable
        int buffered = 0;
        if (got < ssize_t(sizeof head) || ::ioctl(fd, FIONREAD, &buffered) != 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));   // more of the header is on its way
            continue;
        }
        const quint64 length = (quint64(head[2]) << 24) | (quint64(head[3]) << 16) | (quint64(head[4]) << 8) | quint64(head[5]);
        if (quint64(buffered) >= std::min<quint64>(length + 6, 64 * 1024))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));   // the rest of the request is on its way
    }
}

/// Accepts connections on Strata's own socket and runs each association in a thread of its
/// own, joined when it ends.
///
/// The connection is accepted here and its association request read in its own thread: DCMTK's
/// listener reads the request in the listening thread, so one connection that sent nothing held
/// every other sender off for the ACSE timeout (an echo waited 15 s behind an idle connection).
/// And DCMTK 3.6.7's DcmSCPPool is not used: its worker deletes itself when its association ends,
/// while the listener may still be in OFThread::start() storing the new thread's id into that
/// worker (a write after free; with a short association, a rejected one or an echo, it corrupted
/// the heap about once in 30 runs of test_retrieve), and it never joins those threads, so each
/// association left its stack mapped (200 C-ECHOs grew the process by 1.7 GB; some 32,000 would
/// use up the process's memory mappings and the SCP could no longer start a thread).
class Listener {
public:
    Listener(StorageScp::Impl *impl, int listening, int maxAssociations)
        : m_impl(impl), m_listening(listening), m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)),
          m_max(std::max(1, maxAssociations)), m_graceMs(std::max(0, impl->config.stopGraceMilliseconds))
    {
    }
    ~Listener()
    {
        joinAll();
        if (m_network) {
            std::lock_guard lock(g_handOver);
            ASC_dropNetwork(&m_network);
        }
        ::close(m_listening);
        if (m_wake >= 0)
            ::close(m_wake);
    }

    DcmSCPConfig &config() { return m_config; }

    /// DCMTK's side of the listener: no socket of its own (it is handed each connection).
    OFCondition open()
    {
        if (m_wake < 0)
            return makeOFCondition(0, 1, OF_error, std::strerror(errno));
        std::lock_guard lock(g_handOver);
        dcmExternalSocketHandle.set(m_listening);   // set while the network is made: DCMTK opens no socket
        OFCondition cond = ASC_initializeNetwork(NET_ACCEPTOR, int(m_config.getPort()), int(m_config.getACSETimeout()), &m_network);
        dcmExternalSocketHandle.set(-1);
        m_layer = std::make_unique<HandOverLayer>(m_config.transportLayerEnabled() ? m_config.getTransportLayer() : nullptr);
        if (cond.good())
            cond = ASC_setTransportLayer(m_network, m_layer.get(), 0);
        if (cond.bad() && m_network)
            ASC_dropNetwork(&m_network);
        if (cond.good())
            m_shared = std::make_unique<DcmSharedSCPConfig>(m_config);
        return cond;
    }

    /// Accepts until stop(); then waits for the associations in progress to end.
    void listen()
    {
        std::vector<pollfd> fds;
        while (!m_stop) {
            fds.assign({{m_listening, POLLIN, 0}, {m_wake, POLLIN, 0}});
            int wait = -1;
            const auto now = std::chrono::steady_clock::now();
            for (const TurnedAway &t : m_turnedAway) {
                fds.push_back({t.fd, POLLIN, 0});
                const int left = int(std::clamp<qint64>(std::chrono::duration_cast<std::chrono::milliseconds>(t.until - now).count(), 0, 60000));
                wait = wait < 0 ? left : std::min(wait, left);   // the first one whose time is up
            }
            if (::poll(fds.data(), nfds_t(fds.size()), wait) < 0) {
                if (errno == EINTR)
                    continue;
                qCWarning(lcScp) << "the Storage SCP stops listening:" << std::strerror(errno);
                break;
            }
            if (fds[1].revents || m_stop)
                break;
            lingerTurnedAway(fds);
            if (!(fds[0].revents & POLLIN))
                continue;
            const int fd = ::accept4(m_listening, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                // The peer gave up meanwhile; or no descriptor is free: the connection waits in
                // the backlog, and the listener rests instead of spinning on it.
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                    qCWarning(lcScp) << "cannot accept a connection:" << std::strerror(errno);
                    std::this_thread::sleep_for(std::chrono::milliseconds(200));
                }
                continue;
            }
            reapEnded();
            // Connections still on their request count too: a flood of them gets no threads.
            if (m_sessions.size() >= std::size_t(2 * m_max + 8)) {
                turnAway(fd);
                continue;
            }
            // A second descriptor of the socket, the listener's own until the connection's
            // thread ends: stop() shuts the connection down through it, whatever DCMTK has done
            // with the first (it may have closed it, and the number may belong to another file).
            const int cut = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
            if (cut < 0) {
                qCWarning(lcScp) << "cannot accept a connection:" << std::strerror(errno);
                ::close(fd);
                continue;
            }
            auto session = std::make_unique<Session>(m_impl, cut, peerOf(fd).section(u'|', 0, 0));
            Session *s = session.get();
            try {
                s->thread = std::thread([this, s, fd] {
                    serve(*s, fd);
                    s->release();   // the last descriptor: the socket closes now
                    {
                        std::lock_guard lock(m_endedMutex);
                        s->ended = true;
                    }
                    m_endedSignal.notify_all();
                });
            } catch (const std::system_error &e) {
                qCWarning(lcScp) << "cannot start a thread for a connection:" << e.what();
                ::close(fd);
                continue;   // the session's destructor closes its descriptor
            }
            m_sessions.push_back(std::move(session));
        }
        for (const TurnedAway &t : m_turnedAway)
            ::close(t.fd);
        m_turnedAway.clear();
        cutOffWhenGraceEnds();
        joinAll();
    }

    /// Asks listen() to return once the associations in progress have ended; connections that
    /// have not sent their request yet are closed.
    void stop()
    {
        m_stop = true;
        const quint64 one = 1;
        if (m_wake >= 0)
            (void)!::write(m_wake, &one, sizeof one);
    }

private:
    struct Session {
        Session(StorageScp::Impl *impl, int cut, QString peer) : worker(impl), peer(std::move(peer)), m_cut(cut) {}
        ~Session() { release(); }
        Worker worker;
        const QString peer;   // its address
        std::thread thread;
        bool ended = false;   // under the listener's m_endedMutex

        /// Shuts the connection down: DCMTK's next read or write fails and the association ends.
        void cutOff()
        {
            std::lock_guard lock(m_mutex);
            if (m_cut < 0)
                return;
            worker.m_cutOff = true;
            ::shutdown(m_cut, SHUT_RDWR);
        }
        void release()
        {
            std::lock_guard lock(m_mutex);
            if (m_cut >= 0)
                ::close(m_cut);
            m_cut = -1;
        }

    private:
        std::mutex m_mutex;
        int m_cut;   // the listener's descriptor of the connection's socket
    };

    /// After stop(): the associations in progress get the grace period to end (a release under
    /// way, the last instance of a C-MOVE); those still open then are cut off. A sender that
    /// keeps its association open, or is in the middle of a long study, does not hold the
    /// SCP (`strata serve`'s Ctrl-C, the end of a C-MOVE) until the DIMSE timeout.
    void cutOffWhenGraceEnds()
    {
        std::unique_lock lock(m_endedMutex);
        const auto allEnded = [this] {
            return std::all_of(m_sessions.begin(), m_sessions.end(), [](const auto &s) { return s->ended; });
        };
        if (m_endedSignal.wait_for(lock, std::chrono::milliseconds(m_graceMs), allEnded))
            return;
        for (auto &session : m_sessions) {
            if (session->ended)
                continue;
            qCWarning(lcScp) << "connection from" << session->peer << "cut off: still open" << m_graceMs << "ms after the Storage SCP was asked to stop";
            session->cutOff();
        }
    }

    /// A connection past the flood limit, turned away by the listener itself (no thread, nothing
    /// of DCMTK): it is sent the rejection an association over the limit gets, "rejected
    /// (transient): local limit exceeded" (PS3.8 9.3.4: an A-ASSOCIATE-RJ whose source is the
    /// presentation service provider, reason 2), so that a sender of a busy moment tries again as
    /// it would after any rejection, rather than reporting a connection that broke. The socket is
    /// then half-closed and kept until the peer has read the rejection and closed its end (or for
    /// a few seconds): closed at once, with the peer's request unread, it would be reset and the
    /// rejection lost. Over TLS nothing can be said before a handshake: it is closed.
    void turnAway(int fd)
    {
        const QString peer = peerOf(fd).section(u'|', 0, 0);
        static constexpr unsigned char kRejected[] = {0x03, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x02, 0x03, 0x02};
        if (m_config.transportLayerEnabled() || m_turnedAway.size() >= kMaxTurnedAway
            || ::send(fd, kRejected, sizeof kRejected, MSG_DONTWAIT | MSG_NOSIGNAL) != ssize_t(sizeof kRejected)) {
            qCWarning(lcScp) << "connection from" << peer << "closed:" << m_sessions.size() << "connections are open";
            ::close(fd);
            return;
        }
        qCWarning(lcScp) << "association from" << peer << "rejected (local limit exceeded):" << m_sessions.size() << "connections are open";
        ::shutdown(fd, SHUT_WR);
        m_turnedAway.push_back({fd, std::chrono::steady_clock::now() + std::chrono::seconds(5)});
    }

    /// Reads and drops what the turned-away peers send (their requests); closes those that have
    /// closed their end, or whose time is up.
    void lingerTurnedAway(const std::vector<pollfd> &fds)
    {
        const auto now = std::chrono::steady_clock::now();
        std::size_t i = 2;   // the turned-away connections follow the listening socket and the wake-up
        for (auto it = m_turnedAway.begin(); it != m_turnedAway.end(); ++i) {
            bool done = now >= it->until;
            if (!done && i < fds.size() && fds[i].fd == it->fd && fds[i].revents) {
                char sink[4096];
                const ssize_t n = ::recv(it->fd, sink, sizeof sink, MSG_DONTWAIT);
                done = n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
            }
            if (done) {
                ::close(it->fd);
                it = m_turnedAway.erase(it);
            } else {
                ++it;
            }
        }
    }

    /// One connection: its association request, then the association.
    void serve(Session &s, int fd)
    {
        const bool tls = m_config.transportLayerEnabled();
        const QString &peer = s.peer;
        if (peer.isEmpty() || !requestArrived(fd, m_wake, std::chrono::seconds(std::max<Uint32>(1, m_config.getACSETimeout())), !tls)) {
            if (!m_stop)
                qCInfo(lcScp) << "connection from" << peer << "closed: no association request within" << m_config.getACSETimeout() << "s";
            ::close(fd);
            return;
        }
        T_ASC_Association *association = nullptr;
        OFCondition cond;
        {
            std::unique_lock lock(g_handOver);   // let go by HandOverLayer once DCMTK has the socket
            t_handingOver = &lock;
            dcmExternalSocketHandle.set(fd);   // DCMTK owns the descriptor from here
            cond = ASC_receiveAssociation(m_network, &association, long(m_config.getMaxReceivePDULength()), nullptr, nullptr, tls,
                                          DUL_NOBLOCK, int(std::max<Uint32>(1, m_config.getACSETimeout())));
            if (lock.owns_lock())
                dcmExternalSocketHandle.set(-1);
            t_handingOver = nullptr;
        }
        if (cond.bad()) {
            qCInfo(lcScp) << "no association from" << peer << ":" << cond.text();
            if (association)
                ASC_dropAssociation(association);
            ASC_destroyAssociation(&association);
            return;
        }
        if (m_active.fetch_add(1) >= m_max) {
            m_active--;
            refuse(association, ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED);
            return;
        }
        s.worker.setSharedConfig(*m_shared);
        s.worker.run(association);   // the worker ends and frees the association
        m_active--;
    }

    static void refuse(T_ASC_Association *association, T_ASC_RejectParametersReason reason)
    {
        T_ASC_RejectParameters rejection{ASC_RESULT_REJECTEDTRANSIENT, ASC_SOURCE_SERVICEPROVIDER_PRESENTATION_RELATED, reason};
        ASC_rejectAssociation(association, &rejection);
        ASC_dropAssociation(association);
        ASC_destroyAssociation(&association);
    }

    /// Joins the threads whose connection has ended (each holds a stack until joined).
    void reapEnded()
    {
        for (auto it = m_sessions.begin(); it != m_sessions.end();) {
            bool ended;
            {
                std::lock_guard lock(m_endedMutex);
                ended = (*it)->ended;
            }
            if (ended) {
                (*it)->thread.join();
                it = m_sessions.erase(it);
            } else {
                ++it;
            }
        }
    }

    void joinAll()
    {
        for (auto &session : m_sessions)
            if (session->thread.joinable())
                session->thread.join();
        m_sessions.clear();
    }

    StorageScp::Impl *const m_impl;
    const int m_listening;   // Strata's socket, bound where the configuration says
    const int m_wake;        // readable once stop() was called
    const int m_max;
    DcmSCPConfig m_config;
    T_ASC_Network *m_network = nullptr;
    std::unique_ptr<HandOverLayer> m_layer;   // the network's, not owned by it
    std::unique_ptr<DcmSharedSCPConfig> m_shared;
    std::atomic_bool m_stop{false};
    std::atomic_int m_active{0};                      // associations past their request
    std::list<std::unique_ptr<Session>> m_sessions;   // the listener thread's own
    std::mutex m_endedMutex;
    std::condition_variable m_endedSignal;   // a session ended
    const int m_graceMs;   // StorageScpConfig::stopGraceMilliseconds
    struct TurnedAway {
        int fd;
        std::chrono::steady_clock::time_point until;   // closed then, whatever the peer does
    };
    static constexpr std::size_t kMaxTurnedAway = 256;   // more are closed at once
    std::vector<TurnedAway> m_turnedAway;                // the listener thread's own
};

} // namespace

StorageScp::StorageScp(StorageScpConfig config, QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
    d->config = std::move(config);
    d->owner = this;
    qRegisterMetaType<strata::net::ReceivedInstance>();
}

StorageScp::~StorageScp()
{
    stop();
}

void StorageScp::setOnInstance(std::function<void(const ReceivedInstance &)> callback)
{
    d->onInstance = std::move(callback);
}

store::ImportSummary StorageScp::lastImport() const
{
    return d->lastSummary;
}

quint16 StorageScp::port() const
{
    return d->config.port;
}

bool StorageScp::isRunning() const
{
    return d->running;
}

QString StorageScp::aeTitle() const
{
    return d->config.aeTitle;
}

bool StorageScp::letsIn(const QString &callingAeTitle) const
{
    return d->accepts(callingAeTitle.trimmed());
}

Result<quint16> StorageScp::start()
{
    if (d->running)
        return d->config.port;
    detail::initializeDcmtk();
    const QString label = QStringLiteral("%1@%2:%3").arg(d->config.aeTitle, d->config.bindAddress).arg(d->config.port);
    if (d->config.dataDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, label, QCoreApplication::translate("strata::net", "the Storage SCP needs a local cache to import into"));
    if (!d->config.acceptAnyCallingAe && d->config.allowedCallingAeTitles.isEmpty())
        qCWarning(lcScp) << "no calling AE title is allowed: every association will be rejected";
    {
        std::lock_guard lock(d->commitMutex);
        d->commitStopping = false;
    }
    // Strata listens itself, on the address asked for (DCMTK 3.6.7's listener binds every
    // interface), and hands DCMTK each connection.
    const bool everyInterface = d->config.bindAddress.isEmpty() || d->config.bindAddress == QLatin1String("0.0.0.0");
    if (!everyInterface && QHostAddress(d->config.bindAddress).protocol() != QAbstractSocket::IPv4Protocol)
        return Error(ErrorCode::InvalidArgument, label, QCoreApplication::translate("strata::net", "the address to listen on must be an IPv4 address (e.g. 127.0.0.1)"));
    const int socket = listenOn(everyInterface ? QStringLiteral("0.0.0.0") : d->config.bindAddress, d->config.port);
    if (socket < 0)
        return Error(ErrorCode::IoError, label,
                     errno == EADDRINUSE ? QCoreApplication::translate("strata::net", "cannot listen: the port is already in use")
                                         : QCoreApplication::translate("strata::net", "cannot listen: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    auto listening = std::make_unique<Listener>(d.get(), socket, d->config.maxAssociations);   // owns the socket
    d->config.port = localPort(socket);

    auto staging = detail::StagingArea::create(d->config.dataDir, d->config.moveReceiver ? QStringLiteral("move") : QStringLiteral("scp"),
                                               d->config.moveReceiver);
    if (!staging.ok())
        return staging.error();
    d->staging = std::move(staging).value();
    d->staging->setOnBatch([owner = this](const store::ImportSummary &batch) { emit owner->imported(batch.imported, batch.studies); });
    auto dropStaging = qScopeGuard([this] {
        d->staging->finish();
        d->staging.reset();
    });

    DcmSCPConfig &cfg = listening->config();
    cfg.setAETitle(d->config.aeTitle.toLatin1().constData());
    cfg.setPort(d->config.port);
    cfg.setACSETimeout(Uint32(d->config.timeouts.acse));
    cfg.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    cfg.setDIMSETimeout(Uint32(d->config.timeouts.dimse));
    cfg.setHostLookupEnabled(OFFalse);
    cfg.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    addServiceContexts(cfg, d->config.storageCommitment);
    if (d->config.tls.enabled) {
        auto layer = detail::tlsLayer(d->config.tls, true);
        if (!layer.ok())
            return Error(layer.error().code, label, QCoreApplication::translate("strata::net", "TLS set-up: %1").arg(layer.error().message()));
        cfg.setTransportLayer(layer.value());
    }
    if (const OFCondition c = listening->open(); c.bad())
        return Error(ErrorCode::IoError, label, QCoreApplication::translate("strata::net", "cannot listen: %1").arg(QString::fromLocal8Bit(c.text())));
    dropStaging.dismiss();
    d->listening = std::move(listening);
    d->running = true;
    d->listener = std::thread([impl = d.get(), listening = d->listening.get()] {
        listening->listen();
        impl->running = false;
    });
    qCInfo(lcScp) << "Storage SCP" << d->config.aeTitle << "listening on" << d->config.bindAddress << d->config.port;
    return d->config.port;
}

void StorageScp::flush()
{
    if (d->staging)
        d->staging->flush();
}

void StorageScp::stop()
{
    if (d->listening) {
        d->listening->stop();
        if (d->listener.joinable())
            d->listener.join();
        d->listening.reset();
    }
    std::vector<Impl::Delivery> commitments;   // the reports of the requests taken go out first (not tried again)
    {
        std::lock_guard lock(d->commitMutex);
        d->commitStopping = true;
        commitments.swap(d->commitThreads);
    }
    d->commitWake.notify_all();
    for (Impl::Delivery &t : commitments)
        t.thread.join();
    if (d->staging) {
        d->lastSummary = d->staging->finish();
        d->staging.reset();
    }
    d->running = false;
}

} // namespace strata::net
