#include <strata/net/dimse/StorageScp.h>

#include "DcmtkSupport.h"
#include "Staging.h"

#include <strata/core/Logging.h>
#include <strata/net/dimse/DimseStatus.h>

#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/dcmtrans.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/dcmnet/scp.h>
#include <dcmtk/dcmnet/scppool.h>
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
#include <map>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcScp, "strata.net.scp")

namespace strata::net {

struct StorageScp::Impl {
    StorageScpConfig config;
    StorageScp *owner = nullptr;
    std::unique_ptr<detail::StagingArea> staging;
    std::thread listener;
    std::atomic_bool running{false};
    std::function<void(const ReceivedInstance &)> onInstance;
    void *pool = nullptr;   // DcmSCPPool<Worker>*, typed below
    store::ImportSummary lastSummary;
    std::atomic<qint64> receivedBytes{0};   // written by this SCP since start() (the disk budget)
    quint16 dcmtkPort = 0;                   // the port DCMTK's listener was given (its workers find us by it)

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

// The pool creates its workers itself (default constructor); they find their SCP by its port.
std::mutex g_registryMutex;
std::map<quint16, StorageScp::Impl *> g_registry;

StorageScp::Impl *implFor(quint16 port)
{
    std::lock_guard lock(g_registryMutex);
    auto it = g_registry.find(port);
    return it == g_registry.end() ? nullptr : it->second;
}

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

class Worker : public DcmThreadSCP {
public:
    OFCondition run(T_ASC_Association *association) override
    {
        // The peer's address from the socket (DCMTK hands checkCallingHostAccepted an empty
        // string here), and the association's time limit.
        DcmTransportConnection *connection = association ? DUL_getTransportConnection(association->DULassociation) : nullptr;
        const int fd = connection ? int(SocketAccess::of(*connection)) : -1;
        m_peerAddress = peerOf(fd).section(QLatin1Char('|'), 0, 0);
        StorageScp::Impl *impl = implFor(getConfig().getPort());
        std::unique_ptr<AssociationTimer> timer;
        if (impl && impl->config.maxAssociationSeconds > 0 && fd >= 0) {
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
        StorageScp::Impl *impl = implFor(getConfig().getPort());
        const QString peer = m_peerAddress.isEmpty() ? QString::fromLatin1(hostOrIp.c_str()) : m_peerAddress;
        if (impl && impl->acceptsPeer(peer))
            return OFTrue;
        qCWarning(lcScp) << "rejected an association from" << peer << "(not an allowed peer address)";
        if (impl)
            emit impl->owner->associationRejected(peer, QCoreApplication::translate("strata::net", "peer address %1 not allowed").arg(peer));
        return OFFalse;
    }

    OFBool checkCallingAETitleAccepted(const OFString &callingAE) override
    {
        StorageScp::Impl *impl = implFor(getConfig().getPort());
        const QString ae = QString::fromLatin1(callingAE.c_str()).trimmed();
        if (impl && impl->accepts(ae))
            return OFTrue;
        qCWarning(lcScp) << "rejected an association from calling AE" << ae << "(not in the allowed list)";
        if (impl)
            emit impl->owner->associationRejected(ae, QCoreApplication::translate("strata::net", "calling AE title not allowed"));
        return OFFalse;
    }

    OFCondition handleIncomingCommand(T_DIMSE_Message *message, const DcmPresentationContextInfo &info) override
    {
        if (message->CommandField != DIMSE_C_STORE_RQ)
            return DcmSCP::handleIncomingCommand(message, info);
        T_DIMSE_C_StoreRQ &request = message->msg.CStoreRQ;
        StorageScp::Impl *impl = implFor(getConfig().getPort());
        ReceivedInstance r;
        r.callingAeTitle = QString::fromLatin1(getPeerAETitle().c_str()).trimmed();
        r.sopInstanceUid = QString::fromLatin1(request.AffectedSOPInstanceUID).trimmed();
        if (!impl || !impl->staging) {
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

using Pool = DcmSCPPool<Worker>;

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
bool portTaken(quint16 port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool taken = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0;
    ::close(fd);
    return taken;
}

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

    auto *pool = new Pool;
    DcmSCPConfig &cfg = pool->getConfig();
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
            delete pool;
            d->staging->finish();
            d->staging.reset();
            return Error(layer.error().code, label, QCoreApplication::translate("strata::net", "TLS set-up: %1").arg(layer.error().message()));
        }
        cfg.setTransportLayer(layer.value());
    }
    pool->setMaxThreads(Uint16(std::max(1, d->config.maxAssociations)));
    d->pool = pool;
    {
        std::lock_guard lock(g_registryMutex);
        g_registry[d->dcmtkPort] = d.get();
    }
    // Bind in the listener thread; report a bind failure here.
    auto outcome = std::make_shared<std::atomic<int>>(0);   // 0 waiting, 1 listening, 2 ended
    auto failure = std::make_shared<QString>();
    d->running = true;
    d->listener = std::thread([impl = d.get(), pool, outcome, failure] {
        const OFCondition c = pool->listen();
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
    auto *pool = static_cast<Pool *>(d->pool);
    if (pool) {
        pool->stopAfterCurrentAssociations();
        if (d->running)
            wakeListener(d->config.bindAddress, d->config.port);
        if (d->listener.joinable())
            d->listener.join();
        delete pool;
        d->pool = nullptr;
    }
    {
        std::lock_guard lock(g_registryMutex);
        auto it = g_registry.find(d->dcmtkPort);
        if (it != g_registry.end() && it->second == d.get())
            g_registry.erase(it);
    }
    if (d->staging) {
        d->lastSummary = d->staging->finish();
        d->staging.reset();
    }
    d->running = false;
}

} // namespace strata::net
