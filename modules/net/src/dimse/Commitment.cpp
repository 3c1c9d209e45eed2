#include <strata/net/dimse/Commitment.h>

#include "DcmtkSupport.h"

#include <strata/core/Translate.h>
#include <strata/net/dimse/DimseStatus.h>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmnet/scp.h>
#include <dcmtk/dcmnet/scu.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

Q_LOGGING_CATEGORY(lcCommit, "strata.net.commitment")

namespace strata::net {

namespace {

QString tr(const char *text) { return translated({"strata::net", "strata::net::CommitmentListener"}, text); }

/// The transactions this process asked about, and the reports that came back for them.
struct Mailbox {
    std::mutex mutex;
    std::condition_variable arrived;
    std::set<QString> requested;
    std::map<QString, CommitmentResult> reports;

    void expect(const QString &uid)
    {
        std::lock_guard lock(mutex);
        requested.insert(uid);
    }
    /// False when nobody here asked about this transaction (the report is dropped).
    bool deliver(CommitmentResult result)
    {
        {
            std::lock_guard lock(mutex);
            if (!requested.count(result.transactionUid))
                return false;
            reports[result.transactionUid] = std::move(result);
        }
        arrived.notify_all();
        return true;
    }
};

Mailbox &mailbox()
{
    static Mailbox box;
    return box;
}

QString str(DcmItem &item, const DcmTagKey &tag)
{
    OFString v;
    item.findAndGetOFString(tag, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}

/// The Storage Commitment Result (event report data set) as a CommitmentResult.
CommitmentResult parseReport(DcmDataset &ds, const QString &fromAe)
{
    CommitmentResult r;
    r.transactionUid = str(ds, DCM_TransactionUID);
    r.fromAeTitle = fromAe;
    DcmSequenceOfItems *seq = nullptr;
    if (ds.findAndGetSequence(DCM_ReferencedSOPSequence, seq).good() && seq)
        for (unsigned long i = 0; i < seq->card(); ++i)
            r.committed << str(*seq->getItem(i), DCM_ReferencedSOPInstanceUID);
    seq = nullptr;
    if (ds.findAndGetSequence(DCM_FailedSOPSequence, seq).good() && seq)
        for (unsigned long i = 0; i < seq->card(); ++i) {
            DcmItem &item = *seq->getItem(i);
            Uint16 reason = 0;
            item.findAndGetUint16(DCM_FailureReason, reason);
            r.failed << str(item, DCM_ReferencedSOPInstanceUID);
            r.failureReasons << int(reason);
        }
    return r;
}

quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    socklen_t len = sizeof addr;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool acceptsConnections(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

/// The listener's DCMTK side: one association at a time (reports are short).
class ReportScp : public DcmSCP {
public:
    explicit ReportScp(std::atomic_bool &stopping) : m_stopping(stopping) {}

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message *message, const DcmPresentationContextInfo &info) override
    {
        if (message->CommandField != DIMSE_N_EVENT_REPORT_RQ)
            return DcmSCP::handleIncomingCommand(message, info);
        DcmDataset *dataset = nullptr;
        Uint16 eventType = 0;
        const OFCondition c = handleEVENTREPORTRequest(message->msg.NEventReportRQ, info.presentationContextID, dataset, eventType);
        if (c.good() && dataset) {
            CommitmentResult r = parseReport(*dataset, QString::fromLatin1(getPeerAETitle().c_str()).trimmed());
            qCInfo(lcCommit) << "storage commitment report" << r.transactionUid << "from" << r.fromAeTitle << ":" << r.committed.size()
                             << "committed," << r.failed.size() << "failed";
            if (!mailbox().deliver(r))
                qCWarning(lcCommit) << "storage commitment report for a transaction not asked about here:" << r.transactionUid;
        }
        delete dataset;
        return c;
    }
    OFBool stopAfterConnectionTimeout() override { return m_stopping.load(); }
    OFBool stopAfterCurrentAssociation() override { return m_stopping.load(); }

private:
    std::atomic_bool &m_stopping;
};

} // namespace

Result<QString> requestStorageCommitment(const Node &node, const Timeouts &timeouts, const std::vector<CommitmentReference> &references,
                                         QString transactionUid, int sameAssociationWaitS)
{
    if (references.empty())
        return Error(ErrorCode::InvalidArgument, node.label(), tr("a storage commitment request needs at least one instance"));
    if (transactionUid.isEmpty()) {
        char uid[100];
        dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
        transactionUid = QString::fromLatin1(uid);
    }
    DcmSCU scu;
    if (auto error = detail::openAssociation(scu, node, timeouts, UID_StorageCommitmentPushModelSOPClass))
        return *error;
    const T_ASC_PresentationContextID id = scu.findPresentationContextID(UID_StorageCommitmentPushModelSOPClass, "");
    if (id == 0) {
        scu.releaseAssociation();
        return Error(ErrorCode::Unsupported, node.label(), tr("the node does not accept Storage Commitment"));
    }
    DcmDataset request;
    request.putAndInsertString(DCM_TransactionUID, transactionUid.toLatin1().constData());
    for (const CommitmentReference &ref : references) {
        DcmItem *item = nullptr;
        if (request.findOrCreateSequenceItem(DCM_ReferencedSOPSequence, item, -2).bad() || !item)
            return Error(ErrorCode::Internal, node.label(), tr("cannot build the storage commitment request"));
        item->putAndInsertString(DCM_ReferencedSOPClassUID, ref.sopClassUid.toLatin1().constData());
        item->putAndInsertString(DCM_ReferencedSOPInstanceUID, ref.sopInstanceUid.toLatin1().constData());
    }
    mailbox().expect(transactionUid);  // before the request: the report may come back at once
    Uint16 status = 0;
    const OFCondition c = scu.sendACTIONRequest(id, UID_StorageCommitmentPushModelSOPInstance, 1, &request, status);
    if (c.bad()) {
        scu.abortAssociation();
        return detail::conditionError(node, tr("N-ACTION (storage commitment) failed"), c);
    }
    if (status != dimse::kSuccess) {
        scu.releaseAssociation();
        return Error(ErrorCode::Unsupported, node.label(), tr("the node refused the storage commitment request: %1").arg(detail::statusText(status)));
    }
    if (sameAssociationWaitS > 0) {
        DcmDataset *report = nullptr;
        Uint16 eventType = 0;
        if (scu.handleEVENTREPORTRequest(report, eventType, sameAssociationWaitS).good() && report)
            mailbox().deliver(parseReport(*report, node.aeTitle));
        delete report;
    }
    scu.releaseAssociation();
    return transactionUid;
}

std::optional<CommitmentResult> takeCommitmentReport(const QString &transactionUid, int timeoutMs, const CancellationToken &cancel)
{
    Mailbox &box = mailbox();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0, timeoutMs));
    std::unique_lock lock(box.mutex);
    for (;;) {
        if (auto it = box.reports.find(transactionUid); it != box.reports.end()) {
            CommitmentResult r = std::move(it->second);
            box.reports.erase(it);
            box.requested.erase(transactionUid);
            return r;
        }
        if (cancel.isCancelled() || std::chrono::steady_clock::now() >= deadline) {
            box.requested.erase(transactionUid);  // a late report is dropped
            return std::nullopt;
        }
        // In slices, so that cancellation is noticed.
        box.arrived.wait_until(lock, std::min(deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(100)));
    }
}

struct CommitmentListener::Impl {
    QString aeTitle;
    quint16 port = 0;
    std::atomic_bool stopping{false};
    std::atomic_bool failed{false};
    QString failure;
    std::thread thread;
};

CommitmentListener::CommitmentListener(QString aeTitle, quint16 port) : d(std::make_unique<Impl>())
{
    d->aeTitle = std::move(aeTitle);
    d->port = port;
}

CommitmentListener::~CommitmentListener() { stop(); }

Result<quint16> CommitmentListener::start()
{
    if (d->thread.joinable())
        return d->port;
    detail::initializeDcmtk();
    if (d->port == 0)
        d->port = freeLoopbackPort();
    const QString label = QStringLiteral("%1:%2").arg(d->aeTitle).arg(d->port);
    if (d->port == 0)
        return Error(ErrorCode::IoError, label, tr("no free port for the storage commitment listener"));
    d->stopping = false;
    d->failed = false;
    d->thread = std::thread([impl = d.get()] {
        ReportScp scp(impl->stopping);
        DcmSCPConfig &config = scp.getConfig();
        config.setAETitle(impl->aeTitle.toLatin1().constData());
        config.setPort(impl->port);
        config.setConnectionBlockingMode(DUL_NOBLOCK);
        config.setConnectionTimeout(1);
        config.setHostLookupEnabled(OFFalse);
        config.setACSETimeout(10);
        config.setDIMSETimeout(30);
        OFList<OFString> syntaxes;
        for (const std::string &ts : detail::uncompressedSyntaxes())
            syntaxes.push_back(ts.c_str());
        config.addPresentationContext(UID_VerificationSOPClass, syntaxes);
        // The node reports as the SCP of the SOP class: it proposes the SCP role, which is taken.
        config.addPresentationContext(UID_StorageCommitmentPushModelSOPClass, syntaxes, ASC_SC_ROLE_DEFAULT);
        const OFCondition c = scp.listen();
        if (c.bad() && !impl->stopping) {
            impl->failure = QString::fromLocal8Bit(c.text());
            impl->failed = true;
            qCWarning(lcCommit) << "storage commitment listener on port" << impl->port << "stopped:" << impl->failure;
        }
    });
    // Listening once a connection goes through (DCMTK binds on its thread).
    for (int i = 0; i < 100 && !d->failed; ++i) {
        if (acceptsConnections(d->port))
            return d->port;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    stop();
    return Error(ErrorCode::IoError, label, tr("the storage commitment listener could not listen: %1").arg(d->failure.isEmpty() ? tr("no answer on the port") : d->failure));
}

void CommitmentListener::stop()
{
    d->stopping = true;
    if (d->thread.joinable())
        d->thread.join();
}

bool CommitmentListener::isRunning() const { return d->thread.joinable() && !d->stopping && !d->failed; }
quint16 CommitmentListener::port() const { return d->port; }
QString CommitmentListener::aeTitle() const { return d->aeTitle; }

} // namespace strata::net
