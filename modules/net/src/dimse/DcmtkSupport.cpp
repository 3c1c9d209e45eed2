#include "DcmtkSupport.h"

#include <strata/dicom/TransferSyntax.h>
#include <strata/net/RemoteArchive.h>

#include <strata/net/dimse/DimseStatus.h>

#include <strata/core/Result.h>

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmtls/tlslayer.h>
#include <dcmtk/dcmnet/dcmtrans.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/oflog/appender.h>
#include <dcmtk/oflog/oflog.h>
#include <dcmtk/oflog/spi/logevent.h>

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QCoreApplication>

#include <cstring>
#include <list>
#include <map>
#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcDcmtk, "strata.net.dcmtk", QtWarningMsg)

namespace strata::net::detail {

namespace {

/// DCMTK's log messages into Strata's category "strata.net.dcmtk", quiet by default: its errors
/// also come back as conditions, which Strata turns into messages naming the peer. Show them with
/// QT_LOGGING_RULES="strata.net.dcmtk.info=true" (or .debug for warnings).
class QtLogAppender : public dcmtk::log4cplus::Appender {
public:
    QtLogAppender() { setName(DCMTK_LOG4CPLUS_TEXT("strata")); }
    ~QtLogAppender() override { destructorImpl(); }
    void close() override {}

protected:
    void append(const dcmtk::log4cplus::spi::InternalLoggingEvent &event) override
    {
        const QString text = QString::fromLocal8Bit(event.getMessage().c_str());
        if (event.getLogLevel() >= dcmtk::log4cplus::ERROR_LOG_LEVEL)
            qCInfo(lcDcmtk).noquote() << QString::fromLocal8Bit(event.getLoggerName().c_str()) << text;
        else
            qCDebug(lcDcmtk).noquote() << QString::fromLocal8Bit(event.getLoggerName().c_str()) << text;
    }
};

/// Why this thread's last TLS handshake refused the peer (set by the verify callback).
thread_local QString t_tlsRefusal;

/// Where a requestor layer keeps its pinned fingerprint (SSL_CTX ex data: the verify callback
/// reaches it from the handshake's X509_STORE_CTX).
int pinIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

QByteArray normalisedFingerprint(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1().replace(':', "").trimmed());
}

/// OpenSSL's verification, with the reason for a refusal kept for the error message, and a pinned
/// certificate (when the layer has one) accepted by its fingerprint instead of its chain and names.
int verifyCallback(int preverified, X509_STORE_CTX *store)
{
    const int depth = X509_STORE_CTX_get_error_depth(store);
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    const auto *pin = ssl ? static_cast<const QByteArray *>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), pinIndex())) : nullptr;
    if (pin && !pin->isEmpty()) {
        if (depth > 0)
            return 1;   // the chain does not matter: only the peer's own certificate is pinned
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        X509 *cert = X509_STORE_CTX_get_current_cert(store);
        if (cert && X509_digest(cert, EVP_sha256(), md, &length) == 1
            && QByteArray(reinterpret_cast<const char *>(md), int(length)) == *pin)
            return 1;
        t_tlsRefusal = QCoreApplication::translate("strata::net", "its certificate is not the pinned one (SHA-256 %1)")
                           .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex(':')));
        return 0;
    }
    if (!preverified) {
        const int error = X509_STORE_CTX_get_error(store);
        if (error == X509_V_ERR_HOSTNAME_MISMATCH || error == X509_V_ERR_IP_ADDRESS_MISMATCH) {
            t_tlsRefusal = QCoreApplication::translate("strata::net", "its certificate does not name the host connected to (%1)")
                               .arg(QString::fromLatin1(X509_verify_cert_error_string(error)));
        } else {
            t_tlsRefusal = QCoreApplication::translate("strata::net", "its certificate does not verify (%1, depth %2)")
                               .arg(QString::fromLatin1(X509_verify_cert_error_string(error))).arg(depth);
        }
    }
    return preverified;
}

} // namespace

QString lastTlsRefusal()
{
    return t_tlsRefusal;
}

namespace {
thread_local bool t_rejected = false;
}

bool lastAssociationRejected()
{
    return t_rejected;
}

void initializeDcmtk()
{
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::WARN_LOG_LEVEL);
        dcmtk::log4cplus::Logger root = dcmtk::log4cplus::Logger::getRoot();
        root.removeAllAppenders();
        root.addAppender(dcmtk::log4cplus::SharedAppenderPtr(new QtLogAppender));
        qputenv("TCP_NODELAY", "1");
        // No reverse DNS lookup of each caller: Strata uses the peer's address, and a lookup
        // against a name server that does not answer (an offline department) would hold each
        // association back for the resolver's timeouts.
        dcmDisableGethostbyaddr.set(OFTrue);
    });
}

std::vector<std::string> uncompressedSyntaxes()
{
    return {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax};
}

std::vector<std::string> allStorageSyntaxes()
{
    return {UID_LittleEndianExplicitTransferSyntax,
            UID_JPEG2000LosslessOnlyTransferSyntax,
            UID_JPEG2000TransferSyntax,
            UID_JPEGLSLosslessTransferSyntax,
            UID_JPEGLSLossyTransferSyntax,
            UID_JPEGProcess14SV1TransferSyntax,
            UID_JPEGProcess14TransferSyntax,
            UID_JPEGProcess1TransferSyntax,
            UID_JPEGProcess2_4TransferSyntax,
            UID_RLELosslessTransferSyntax,
            UID_DeflatedExplicitVRLittleEndianTransferSyntax,
            UID_BigEndianExplicitTransferSyntax,
            UID_LittleEndianImplicitTransferSyntax};
}

QString sopClassName(const std::string &uid)
{
    return QString::fromLatin1(dcmFindNameOfUID(uid.c_str(), uid.c_str()));
}

QString transferSyntaxName(const std::string &uid)
{
    const dicom::TransferSyntaxInfo info = dicom::transferSyntaxInfo(QString::fromStdString(uid));
    if (info.known)
        return info.name;
    const DcmXfer xfer(uid.c_str());
    return xfer.getXfer() == EXS_Unknown ? QString::fromStdString(uid) : QString::fromLatin1(xfer.getXferName());
}

bool isListedStorageClass(const char *uid)
{
    for (int i = 0; uid && i < numberOfDcmAllStorageSOPClassUIDs; ++i)
        if (std::strcmp(uid, dcmAllStorageSOPClassUIDs[i]) == 0)
            return true;
    return false;
}

bool isUnlistedStorageClass(const char *uid)
{
    static constexpr char kStorageRoot[] = "1.2.840.10008.5.1.4.1.1.";
    if (!uid || !*uid || isListedStorageClass(uid) || std::strcmp(uid, UID_PrivateShutdownSOPClass) == 0)
        return false;
    return dcmFindNameOfUID(uid) == nullptr || std::strncmp(uid, kStorageRoot, sizeof kStorageRoot - 1) == 0;
}

std::vector<std::string> videoSyntaxes()
{
    return {UID_MPEG2MainProfileAtMainLevelTransferSyntax, UID_MPEG2MainProfileAtHighLevelTransferSyntax,
            UID_MPEG4HighProfileLevel4_1TransferSyntax, UID_MPEG4BDcompatibleHighProfileLevel4_1TransferSyntax,
            UID_MPEG4HighProfileLevel4_2_For2DVideoTransferSyntax, UID_MPEG4HighProfileLevel4_2_For3DVideoTransferSyntax,
            UID_MPEG4StereoHighProfileLevel4_2TransferSyntax, UID_HEVCMainProfileLevel5_1TransferSyntax,
            UID_HEVCMain10ProfileLevel5_1TransferSyntax};
}

bool isVideoClass(const QString &sopClass)
{
    return sopClass == QLatin1String(UID_VideoEndoscopicImageStorage) || sopClass == QLatin1String(UID_VideoMicroscopicImageStorage)
           || sopClass == QLatin1String(UID_VideoPhotographicImageStorage);
}

std::vector<std::string> receivableSyntaxes()
{
    std::vector<std::string> syntaxes = allStorageSyntaxes();
    for (const char *uid : {UID_JPEGProcess3_5TransferSyntax, UID_JPEGProcess6_8TransferSyntax, UID_JPEGProcess7_9TransferSyntax,
                            UID_JPEGProcess10_12TransferSyntax, UID_JPEGProcess11_13TransferSyntax, UID_JPEGProcess15TransferSyntax,
                            UID_JPEGProcess16_18TransferSyntax, UID_JPEGProcess17_19TransferSyntax, UID_JPEGProcess20_22TransferSyntax,
                            UID_JPEGProcess21_23TransferSyntax, UID_JPEGProcess24_26TransferSyntax, UID_JPEGProcess25_27TransferSyntax,
                            UID_JPEGProcess28TransferSyntax, UID_JPEGProcess29TransferSyntax,
                            UID_JPEG2000Part2MulticomponentImageCompressionLosslessOnlyTransferSyntax,
                            UID_JPEG2000Part2MulticomponentImageCompressionTransferSyntax})
        syntaxes.push_back(uid);
    for (const std::string &uid : videoSyntaxes())
        syntaxes.push_back(uid);
    return syntaxes;
}

Result<DcmTransportLayer *> tlsLayer(const TlsSettings &tls, bool acceptor, const QString &peerHost)
{
    static std::mutex mutex;
    static std::list<QByteArray> pins;  // the SSL contexts' pinned fingerprints, outliving the layers
    static std::map<QString, std::unique_ptr<DcmTLSTransportLayer>> layers;
    auto stamp = [](const QString &path) {
        return path.isEmpty() ? QString() : path + QLatin1Char('@') + QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
    };
    const QString key = QStringList{acceptor ? QStringLiteral("A") : QStringLiteral("R"), stamp(tls.certificateFile),
                                    stamp(tls.privateKeyFile), stamp(tls.trustedCertificates),
                                    tls.verifyPeer ? QStringLiteral("v") : QStringLiteral("n"),
                                    acceptor ? QString() : peerHost, acceptor ? QString() : tls.pinnedSha256}
                            .join(QLatin1Char('|'));
    std::lock_guard lock(mutex);
    if (auto it = layers.find(key); it != layers.end())
        return static_cast<DcmTransportLayer *>(it->second.get());

    auto layer = std::make_unique<DcmTLSTransportLayer>(acceptor ? NET_ACCEPTOR : NET_REQUESTOR, nullptr, OFTrue);
    auto fail = [](const QString &file, const QString &what, const OFCondition &c) {
        return Error(ErrorCode::InvalidArgument, file, QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(c.text())));
    };
    if (!tls.trustedCertificates.isEmpty()) {
        const QFileInfo info(tls.trustedCertificates);
        if (!info.exists())
            return Error(ErrorCode::NotFound, tls.trustedCertificates, QCoreApplication::translate("strata::net", "the trusted certificates file does not exist"));
        const OFCondition c = info.isDir() ? layer->addTrustedCertificateDir(tls.trustedCertificates.toLocal8Bit().constData(), DCF_Filetype_PEM)
                                           : layer->addTrustedCertificateFile(tls.trustedCertificates.toLocal8Bit().constData(), DCF_Filetype_PEM);
        if (c.bad())
            return fail(tls.trustedCertificates, QCoreApplication::translate("strata::net", "cannot read the trusted certificates (PEM expected)"), c);
    }
    if (!tls.privateKeyFile.isEmpty() || !tls.certificateFile.isEmpty()) {
        if (tls.privateKeyFile.isEmpty() || tls.certificateFile.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("TLS"), QCoreApplication::translate("strata::net", "a certificate needs its private key and the key its certificate"));
        OFCondition c = layer->setPrivateKeyFile(tls.privateKeyFile.toLocal8Bit().constData(), DCF_Filetype_PEM);
        if (c.bad())
            return fail(tls.privateKeyFile, QCoreApplication::translate("strata::net", "cannot read the private key (PEM, unencrypted)"), c);
        c = layer->setCertificateFile(tls.certificateFile.toLocal8Bit().constData(), DCF_Filetype_PEM);
        if (c.bad())
            return fail(tls.certificateFile, QCoreApplication::translate("strata::net", "cannot read the certificate (PEM)"), c);
        if (!layer->checkPrivateKeyMatchesCertificate())
            return Error(ErrorCode::InvalidArgument, tls.certificateFile, QCoreApplication::translate("strata::net", "the private key does not belong to this certificate"));
    } else if (acceptor) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("TLS"), QCoreApplication::translate("strata::net", "serving TLS needs a certificate and its private key"));
    }
    OFCondition c = layer->setTLSProfile(TSP_Profile_BCP195);
    if (c.good())
        c = layer->activateCipherSuites();
    if (c.bad())
        return fail(QStringLiteral("TLS"), QCoreApplication::translate("strata::net", "cipher suites"), c);
    // DCV_checkCertificate lets a client that sends no certificate in: an acceptor that verifies
    // peers (strata serve --tls-ca) requires one.
    layer->setCertificateVerification(tls.verifyPeer || !tls.pinnedSha256.isEmpty() ? DCV_requireCertificate : DCV_ignoreCertificate);
    SSL_CTX *context = layer->getNativeHandle();
    if (!acceptor && !tls.pinnedSha256.isEmpty()) {
        const QByteArray pin = normalisedFingerprint(tls.pinnedSha256);
        if (pin.size() != 32)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("TLS"),
                         QCoreApplication::translate("strata::net", "the pinned certificate fingerprint '%1' is not a SHA-256 (64 hex digits)").arg(tls.pinnedSha256));
        pins.push_back(pin);
        SSL_CTX_set_ex_data(context, pinIndex(), &pins.back());
    } else if (!acceptor && tls.verifyPeer) {
        // DCMTK 3.6.7 checks no names: OpenSSL checks the peer's certificate against the host
        // connected to (subject alternative names, else the common name) during the handshake.
        if (peerHost.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("TLS"), QCoreApplication::translate("strata::net", "no peer host name to check the certificate against"));
        X509_VERIFY_PARAM *param = SSL_CTX_get0_param(context);
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        const bool isIp = !QHostAddress(peerHost).isNull();
        const int set = isIp ? X509_VERIFY_PARAM_set1_ip_asc(param, peerHost.toLatin1().constData())
                             : X509_VERIFY_PARAM_set1_host(param, peerHost.toLatin1().constData(), 0);
        if (set != 1)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("TLS"), QCoreApplication::translate("strata::net", "cannot check certificates against the host '%1'").arg(peerHost));
    }
    SSL_CTX_set_verify(context, SSL_CTX_get_verify_mode(context), verifyCallback);
    DcmTransportLayer *raw = layer.get();
    layers.emplace(key, std::move(layer));
    return raw;
}

namespace {
/// DcmSCU keeps the association's parameters to itself, and with them why a node rejected the
/// association (it only logs that at debug level). An explicit instantiation may name a private
/// member; this one hands out a pointer to DcmSCU::m_params.
struct ScuParameters {
    using Member = T_ASC_Parameters *DcmSCU::*;
    friend Member member(ScuParameters);
};
template <typename Tag, typename Tag::Member M>
struct ExposeMember {
    friend typename Tag::Member member(Tag) { return M; }
};
template struct ExposeMember<ScuParameters, &DcmSCU::m_params>;

/// Why the node rejected the association, in the words of PS3.8 Table 9-21, with what to check.
QString rejection(DcmSCU &scu, const Node &node)
{
    T_ASC_Parameters *params = scu.*member(ScuParameters{});
    T_ASC_RejectParameters rejected{};
    if (!params || ASC_getRejectParameters(params, &rejected).bad())
        return {};
    QString why;
    switch (rejected.reason) {
    case ASC_REASON_SU_CALLINGAETITLENOTRECOGNIZED:
        why = QCoreApplication::translate("strata::net", "it does not know the calling AE title %1 (add it to the node's list of DICOM peers)").arg(node.callingAeTitle);
        break;
    case ASC_REASON_SU_CALLEDAETITLENOTRECOGNIZED:
        why = QCoreApplication::translate("strata::net", "its AE title is not %1 (check the node's AE title)").arg(node.aeTitle);
        break;
    case ASC_REASON_SU_APPCONTEXTNAMENOTSUPPORTED:
        why = QCoreApplication::translate("strata::net", "application context name not supported");
        break;
    case ASC_REASON_SP_ACSE_PROTOCOLVERSIONNOTSUPPORTED:
        why = QCoreApplication::translate("strata::net", "protocol version not supported");
        break;
    case ASC_REASON_SP_PRES_TEMPORARYCONGESTION:
        why = QCoreApplication::translate("strata::net", "temporary congestion");
        break;
    case ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED:
        why = QCoreApplication::translate("strata::net", "it serves as many associations as it allows (local limit exceeded)");
        break;
    default:
        why = QCoreApplication::translate("strata::net", "no reason given");
        break;
    }
    return rejected.result == ASC_RESULT_REJECTEDTRANSIENT
               ? QCoreApplication::translate("strata::net", "association rejected for now: %1; try again later").arg(why)
               : QCoreApplication::translate("strata::net", "association rejected: %1").arg(why);
}

/// DcmSCU keeps useSecureConnection() for subclasses; every SCU here may need TLS.
struct TlsAccess : DcmSCU {
    static OFCondition use(DcmSCU &scu, DcmTransportLayer *layer) { return (scu.*(&TlsAccess::useSecureConnection))(layer); }
};
} // namespace

std::optional<Error> openAssociation(DcmSCU &scu, const Node &node, const Timeouts &timeouts,
                                     const std::vector<PresentationContext> &contexts)
{
    initializeDcmtk();
    t_rejected = false;
    if (node.host.isEmpty() || node.aeTitle.isEmpty() || node.port == 0)
        return Error(ErrorCode::InvalidArgument, node.label(), QCoreApplication::translate("strata::net", "host, port and AE title are required"));
    scu.setAETitle(node.callingAeTitle.toLatin1().constData());
    scu.setPeerAETitle(node.aeTitle.toLatin1().constData());
    scu.setPeerHostName(node.host.toLatin1().constData());
    scu.setPeerPort(node.port);
    scu.setConnectionTimeout(timeouts.connect);
    scu.setACSETimeout(Uint32(timeouts.acse));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu.setDIMSETimeout(Uint32(timeouts.dimse));
    // A peer that stops in the middle of a PDU is caught by the socket timeouts, not by the ACSE and
    // DIMSE ones (those wait between PDUs): DCMTK's default of 60 s let a stalled peer hold a call
    // far past the configured timeouts. Process-wide in DCMTK, read when a socket is created.
    dcmSocketReceiveTimeout.set(Sint32(timeouts.dimse));
    dcmSocketSendTimeout.set(Sint32(timeouts.dimse));
    scu.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    for (const PresentationContext &pc : contexts) {
        OFList<OFString> syntaxes;
        for (const std::string &ts : pc.transferSyntaxes)
            syntaxes.push_back(ts.c_str());
        scu.addPresentationContext(pc.abstractSyntax.c_str(), syntaxes, pc.role);
    }
    OFCondition cond = scu.initNetwork();
    if (cond.bad())
        return conditionError(node, QCoreApplication::translate("strata::net", "network initialisation failed"), cond);
    if (node.tls.enabled) {
        auto layer = tlsLayer(node.tls, false, node.host);
        if (!layer.ok())
            return Error(layer.error().code, node.label(), QCoreApplication::translate("strata::net", "TLS set-up: %1").arg(layer.error().message()));
        cond = TlsAccess::use(scu, layer.value());
        if (cond.bad())
            return conditionError(node, QCoreApplication::translate("strata::net", "TLS set-up failed"), cond);
    }
    t_tlsRefusal.clear();
    cond = scu.negotiateAssociation();
    t_rejected = cond == DUL_ASSOCIATIONREJECTED;
    if (cond.bad() && node.tls.enabled && !t_tlsRefusal.isEmpty())
        return Error(ErrorCode::InvalidArgument, node.label(),
                     QCoreApplication::translate("strata::net", "TLS association failed: the peer %1 was refused: %2").arg(node.host, t_tlsRefusal));
    if (cond == DUL_ASSOCIATIONREJECTED) {
        if (const QString why = rejection(scu, node); !why.isEmpty())
            return Error(ErrorCode::InvalidArgument, node.label(), why);
    }
    if (cond.bad())
        return conditionError(node, node.tls.enabled ? QCoreApplication::translate("strata::net", "TLS association failed") : QCoreApplication::translate("strata::net", "association failed"), cond);
    return std::nullopt;
}

std::optional<Error> openAssociation(DcmSCU &scu, const Node &node, const Timeouts &timeouts, const char *abstractSyntax)
{
    return openAssociation(scu, node, timeouts, {PresentationContext{abstractSyntax, uncompressedSyntaxes()}});
}

Error conditionError(const Node &node, const QString &what, const OFCondition &condition)
{
    // DCMTK's text may hold a condition and its cause on separate lines: one line for the user.
    QString reason = QString::fromLocal8Bit(condition.text()).simplified();
    ErrorCode code = ErrorCode::IoError;
    const QString lower = reason.toLower();
    auto has = [&lower](const char *word) { return lower.contains(QLatin1String(word)); };
    if (has("timeout") || has("timed out"))
        reason = QCoreApplication::translate("strata::net", "timed out (%1)").arg(reason);
    else if (has("refused"))
        reason = QCoreApplication::translate("strata::net", "connection refused: nothing listens there (%1)").arg(reason);
    else if (has("reject"))
        code = ErrorCode::InvalidArgument;
    else if (has("connection reset") || has("broken pipe"))
        reason = QCoreApplication::translate("strata::net", "the peer reset or closed the connection (%1)").arg(reason);
    else if (has("network closed"))
        // DCMTK says the same when the socket's receive timeout expires in the middle of a PDU.
        reason = QCoreApplication::translate("strata::net", "the peer closed or reset the connection, or sent nothing for %1 s (%2)")
                     .arg(dcmSocketReceiveTimeout.get()).arg(reason);
    else if (has("inappropriate data") || has("bad presentation context"))
        // A message cut short or garbled in the middle: DCMTK cannot tell which.
        reason = QCoreApplication::translate("strata::net", "the peer reset the connection or sent invalid data in the middle of a message (%1)").arg(reason);
    else if (has("peer aborted"))
        reason = QCoreApplication::translate("strata::net", "the connection was reset or the association aborted by the peer (%1)").arg(reason);
    else if (has("pdu") || has("parse") || has("read() failed") || has("illegal") || has("unexpected")) {
        code = ErrorCode::Malformed;
        reason = QCoreApplication::translate("strata::net", "the peer sent invalid data, not a valid DICOM PDU (%1)").arg(reason);
    }
    return Error(code, node.label(), QStringLiteral("%1: %2").arg(what, reason));
}

QString statusText(quint16 status)
{
    return QStringLiteral("0x%1 %2").arg(status, 4, 16, QLatin1Char('0')).arg(dimseStatus(status).words);
}

} // namespace strata::net::detail

namespace strata::net {
QString dcmtkVersion() { return QString::fromLatin1(OFFIS_DCMTK_VERSION_STRING); }
} // namespace strata::net
