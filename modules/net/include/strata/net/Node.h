#pragma once
/// A remote DICOM node (an archive such as Orthanc or dcm4chee): how to reach it over DIMSE and
/// DICOMweb, how to authenticate, what it was found to support, and how long to wait for it.
#include <QDateTime>
#include <QString>

namespace strata::net {

/// DIMSE over TLS (DCMTK's dcmtls). Files are PEM paths; a node without `enabled` uses plain TCP.
struct TlsSettings {
    bool enabled = false;
    QString certificateFile;       ///< Strata's certificate (optional: only if the peer asks for one)
    QString privateKeyFile;        ///< its private key
    QString trustedCertificates;   ///< PEM file (or folder) of CA / peer certificates to trust
    bool verifyPeer = true;        ///< refuse a peer whose certificate does not verify
    /// As a client: the peer's certificate pinned by its SHA-256 fingerprint (hex, ':' allowed).
    /// When set, exactly that certificate is accepted, whoever signed it and whatever names it
    /// holds; when empty (and verifyPeer), the certificate must verify against
    /// trustedCertificates and name the host Strata connects to (DNS or IP subject alternative
    /// name, or the common name).
    QString pinnedSha256;
};

enum class AuthKind { None, Basic, Bearer };

/// What "Test" found a node to support (stored with the node; retrieve chooses from it).
struct Capabilities {
    bool probed = false;
    bool echo = false;
    bool findStudyRoot = false;
    bool findPatientRoot = false;
    bool cGet = false;
    bool cMove = false;
    bool cStore = false;
    bool qidoRs = false;
    bool wadoRs = false;
    bool stowRs = false;
    bool orthancRest = false;
    QDateTime probedAt;
};

struct Node {
    QString name;           ///< what the user calls it (unique in the registry)
    QString aeTitle;        ///< the peer's (called) AE title
    QString host;
    quint16 port = 104;
    QString callingAeTitle = QStringLiteral("STRATA");
    TlsSettings tls;

    QString dicomWebUrl;    ///< DICOMweb base, e.g. http://127.0.0.1:8042/dicom-web (empty: none)
    AuthKind auth = AuthKind::None;
    QString username;       ///< Basic auth user name
    /// The password or bearer token. Never persisted with the node: the registry stores it in the
    /// system keychain and fills it in when the node is loaded for use.
    QString secret;
    /// Send the Basic password or Bearer token over plain http:// too. Off by default: a secret
    /// goes only over https://, and a call to an http:// URL with authentication is refused.
    bool allowInsecureAuth = false;

    Capabilities capabilities;

    /// "ORTHANC@127.0.0.1:4242": how errors name the peer.
    QString label() const { return QStringLiteral("%1@%2:%3").arg(aeTitle, host).arg(port); }
};

/// Timeouts in seconds: TCP connect, association negotiation (ACSE), each DIMSE message (and, for
/// DICOMweb, the longest silence on a transfer).
struct Timeouts {
    int connect = 10;
    int acse = 15;
    int dimse = 30;
};

} // namespace strata::net
