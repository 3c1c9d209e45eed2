#pragma once
/// A remote DICOM node (an archive such as Orthanc or dcm4chee) and how long to wait for it.
#include <QString>

namespace strata::net {

struct Node {
    QString name;           ///< what the user calls it
    QString aeTitle;        ///< the peer's (called) AE title
    QString host;
    quint16 port = 104;
    QString callingAeTitle = QStringLiteral("STRATA");

    /// "ORTHANC@127.0.0.1:4242": how errors name the peer.
    QString label() const { return QStringLiteral("%1@%2:%3").arg(aeTitle, host).arg(port); }
};

/// Timeouts in seconds: TCP connect, association negotiation (ACSE), each DIMSE message.
struct Timeouts {
    int connect = 10;
    int acse = 15;
    int dimse = 30;
};

} // namespace strata::net
