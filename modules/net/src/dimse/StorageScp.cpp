#include <strata/net/dimse/StorageScp.h>

#include "DcmtkSupport.h"
#include "Staging.h"

#include <strata/core/Logging.h>
#include <strata/net/dimse/DimseStatus.h>

#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/dcmtrans.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/scp.h>
#include <dcmtk/dcmnet/scpthrd.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStorageInfo>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QScopeGuard>
#include <QCoreApplication>

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
    quint16 dcmtkPort = 0;                   // the port DCMTK's listening socket was opened on

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
        const OFCondition c = DcmThreadSCP::run(association);
        m_timer = nullptr;
        return c;
    }

protected:
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
            r.reason = QCoreApplication::translate("strata::net", "transfer broke off: %1")
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

    StorageScp::Impl *const m_impl;
    QString m_peerAddress;
    AssociationTimer *m_timer = nullptr;

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

/// The SOP classes an archive sends: every storage class DCMTK knows.
void addStorageContexts(DcmSCPConfig &config)
{
    OFList<OFString> syntaxes;
    for (const std::string &ts : detail::allStorageSyntaxes())
        syntaxes.push_back(ts.c_str());
    OFList<OFString> verification;
    for (const std::string &ts : detail::uncompressedSyntaxes())
        verification.push_back(ts.c_str());
    config.addPresentationContext(UID_VerificationSOPClass, verification);
    for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i)
        config.addPresentationContext(dcmAllStorageSOPClassUIDs[i], syntaxes);
}

quint16 freePort(const QString &address)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    ::inet_pton(AF_INET, address.toLatin1().constData(), &addr.sin_addr);
    quint16 port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

/// A listening IPv4 socket on `address`:`port` (0 = any free port); -1 and errno on failure.
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

/// The descriptor of this process's listening socket on port `port` (DCMTK's), or -1.
int listeningDescriptor(quint16 port)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        if (!ok)
            continue;
        int accepting = 0;
        socklen_t len = sizeof accepting;
        if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &len) == 0 && accepting && localPort(fd) == port)
            return fd;
    }
    return -1;
}

/// Opens and closes one TCP connection to the listener on `address`:`port`. DCMTK's listener
/// waits up to its connection timeout (a second) for a connection before it looks at a stop
/// request; this one ends the wait at once (an association that never starts, dropped quietly).
void wakeListener(const QString &address, quint16 port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    const QString to = address.isEmpty() || address == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : address;
    if (::inet_pton(AF_INET, to.toLatin1().constData(), &addr.sin_addr) == 1)
        ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::close(fd);
}

/// True once something listens on the port (our listener: binding it ourselves then fails).
/// With SO_REUSEADDR, as DCMTK binds: connections of an SCP that just stopped, waiting out
/// TIME_WAIT for a minute, do not count (a restarted `strata serve` was told "the port is
/// already in use"); a listening socket does.
bool portTaken(quint16 port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    int reuse = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool taken = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0;
    ::close(fd);
    return taken;
}

/// Accepts associations and runs each in a thread of its own, joined when it ends.
///
/// DCMTK 3.6.7's DcmSCPPool is not used: its worker deletes itself when its association ends,
/// while the listener may still be in OFThread::start() storing the new thread's id into that
/// worker (a write after free; with a short association, a rejected one or an echo, it corrupted
/// the heap about once in 30 runs of test_retrieve), and it never joins those threads, so each
/// association left its stack mapped (200 C-ECHOs grew the process by 1.7 GB; some 32,000 would
/// use up the process's memory mappings and the SCP could no longer start a thread).
class Listener {
public:
    Listener(StorageScp::Impl *impl, int maxAssociations) : m_impl(impl), m_max(std::size_t(std::max(1, maxAssociations))) {}
    ~Listener() { joinAll(); }

    DcmSCPConfig &config() { return m_config; }

    /// Listens until stop(); then waits for the associations in progress to end.
    OFCondition listen()
    {
        T_ASC_Network *network = nullptr;
        OFCondition cond = ASC_initializeNetwork(NET_ACCEPTOR, int(m_config.getPort()), int(m_config.getACSETimeout()), &network);
        if (cond.bad())
            return cond;
        const bool tls = m_config.transportLayerEnabled();
        if (tls && (cond = ASC_setTransportLayer(network, m_config.getTransportLayer(), 0)).bad()) {
            ASC_dropNetwork(&network);
            return cond;
        }
        const DcmSharedSCPConfig shared(m_config);
        while (!m_stop) {
            T_ASC_Association *association = nullptr;
            cond = ASC_receiveAssociation(network, &association, long(m_config.getMaxReceivePDULength()), nullptr, nullptr, tls,
                                          m_config.getConnectionBlockingMode(), int(m_config.getConnectionTimeout()));
            if (cond.bad()) {
                // No request within the connection timeout, stop()'s wake-up, or a peer that
                // connected and said nothing DICOM: nothing to keep.
                if (cond != DUL_NOASSOCIATIONREQUEST) {
                    if (!m_stop)
                        qCDebug(lcScp) << "no association received:" << cond.text();
                    if (association)
                        ASC_dropAssociation(association);
                }
                ASC_destroyAssociation(&association);
                continue;
            }
            reapEnded();
            if (m_stop || m_sessions.size() >= m_max) {
                refuse(association, ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED);
                continue;
            }
            auto session = std::make_unique<Session>(m_impl);
            session->worker.setSharedConfig(shared);
            Session *s = session.get();
            try {
                s->thread = std::thread([s, association] {
                    s->worker.run(association);   // the worker ends and frees the association
                    s->ended = true;
                });
            } catch (const std::system_error &e) {
                qCWarning(lcScp) << "cannot start a thread for an association:" << e.what();
                refuse(association, ASC_REASON_SP_PRES_TEMPORARYCONGESTION);
                continue;
            }
            m_sessions.push_back(std::move(session));
        }
        joinAll();
        ASC_dropNetwork(&network);
        return EC_Normal;
    }

    /// Asks listen() to return once the associations in progress have ended.
    void stop() { m_stop = true; }

private:
    struct Session {
        explicit Session(StorageScp::Impl *impl) : worker(impl) {}
        Worker worker;
        std::thread thread;
        std::atomic_bool ended{false};
    };

    static void refuse(T_ASC_Association *association, T_ASC_RejectParametersReason reason)
    {
        T_ASC_RejectParameters rejection{ASC_RESULT_REJECTEDTRANSIENT, ASC_SOURCE_SERVICEPROVIDER_PRESENTATION_RELATED, reason};
        ASC_rejectAssociation(association, &rejection);
        ASC_dropAssociation(association);
        ASC_destroyAssociation(&association);
    }

    /// Joins the threads whose association has ended (each holds a stack until joined).
    void reapEnded()
    {
        for (auto it = m_sessions.begin(); it != m_sessions.end();) {
            if ((*it)->ended) {
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
    const std::size_t m_max;
    DcmSCPConfig m_config;
    std::atomic_bool m_stop{false};
    std::list<std::unique_ptr<Session>> m_sessions;   // the listener thread's own
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
    // DCMTK 3.6.7's listener binds every interface. To listen on one address only, Strata binds
    // that address itself, lets DCMTK listen on a throw-away port, and puts its own socket in
    // place of DCMTK's (dup2) before announcing the port: DCMTK then accepts on the address asked for.
    const bool everyInterface = d->config.bindAddress.isEmpty() || d->config.bindAddress == QLatin1String("0.0.0.0");
    int ownSocket = -1;
    if (everyInterface) {
        if (d->config.port == 0)
            d->config.port = freePort(QStringLiteral("0.0.0.0"));
        else if (portTaken(d->config.port))
            return Error(ErrorCode::IoError, label, QCoreApplication::translate("strata::net", "cannot listen: the port is already in use"));
        d->dcmtkPort = d->config.port;
    } else {
        if (QHostAddress(d->config.bindAddress).protocol() != QAbstractSocket::IPv4Protocol)
            return Error(ErrorCode::InvalidArgument, label, QCoreApplication::translate("strata::net", "the address to listen on must be an IPv4 address (e.g. 127.0.0.1)"));
        ownSocket = listenOn(d->config.bindAddress, d->config.port);
        if (ownSocket < 0)
            return Error(ErrorCode::IoError, label, QCoreApplication::translate("strata::net", "cannot listen: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        d->config.port = localPort(ownSocket);
        d->dcmtkPort = freePort(QStringLiteral("0.0.0.0"));
    }
    auto closeOwn = qScopeGuard([&ownSocket] {
        if (ownSocket >= 0)
            ::close(ownSocket);
    });
    auto staging = detail::StagingArea::create(d->config.dataDir, d->config.moveReceiver ? QStringLiteral("move") : QStringLiteral("scp"),
                                               d->config.moveReceiver);
    if (!staging.ok())
        return staging.error();
    d->staging = std::move(staging).value();

    auto listening = std::make_unique<Listener>(d.get(), d->config.maxAssociations);
    DcmSCPConfig &cfg = listening->config();
    cfg.setAETitle(d->config.aeTitle.toLatin1().constData());
    cfg.setPort(d->dcmtkPort);
    cfg.setConnectionBlockingMode(DUL_NOBLOCK);
    cfg.setConnectionTimeout(1);   // the listener checks for stop() once a second
    cfg.setACSETimeout(Uint32(d->config.timeouts.acse));
    cfg.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    cfg.setDIMSETimeout(Uint32(d->config.timeouts.dimse));
    cfg.setHostLookupEnabled(OFFalse);
    cfg.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    addStorageContexts(cfg);
    if (d->config.tls.enabled) {
        auto layer = detail::tlsLayer(d->config.tls, true);
        if (!layer.ok()) {
            d->staging->finish();
            d->staging.reset();
            return Error(layer.error().code, label, QCoreApplication::translate("strata::net", "TLS set-up: %1").arg(layer.error().message()));
        }
        cfg.setTransportLayer(layer.value());
    }
    d->listening = std::move(listening);
    // Bind in the listener thread; report a bind failure here.
    auto outcome = std::make_shared<std::atomic<int>>(0);   // 0 waiting, 1 listening, 2 ended
    auto failure = std::make_shared<QString>();
    d->running = true;
    d->listener = std::thread([impl = d.get(), listening = d->listening.get(), outcome, failure] {
        const OFCondition c = listening->listen();
        if (c.bad())
            *failure = QString::fromLocal8Bit(c.text());
        *outcome = 2;
        impl->running = false;
    });
    // Listening means a socket of this process accepts on the port: DCMTK binds before it listens,
    // and another process may hold the port, so "cannot bind it ourselves" is not enough (a loaded
    // machine caught the listener between its bind and its listen, and the socket swap below found
    // no listening socket). Up to 10 s for a slow start; a bind failure ends the wait at once.
    int dcmtkSocket = -1;
    for (int i = 0; i < 500 && *outcome == 0; ++i) {
        dcmtkSocket = listeningDescriptor(d->dcmtkPort);
        if (dcmtkSocket >= 0) {
            *outcome = 1;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (*outcome != 1) {
        stop();
        return Error(ErrorCode::IoError, label,
                     QCoreApplication::translate("strata::net", "cannot listen: %1").arg(failure->isEmpty() ? QCoreApplication::translate("strata::net", "the port is taken or not allowed") : *failure));
    }
    if (ownSocket >= 0) {
        if (::dup2(ownSocket, dcmtkSocket) < 0) {
            stop();
            return Error(ErrorCode::IoError, label, QCoreApplication::translate("strata::net", "cannot listen on %1 only: %2").arg(d->config.bindAddress, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
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
        if (d->running)
            wakeListener(d->config.bindAddress, d->config.port);
        if (d->listener.joinable())
            d->listener.join();
        d->listening.reset();
    }
    if (d->staging) {
        d->lastSummary = d->staging->finish();
        d->staging.reset();
    }
    d->running = false;
}

} // namespace strata::net
