#pragma once
// Private DCMTK helpers: one-time set-up (logging, TCP_NODELAY), association set-up (presentation
// contexts, TLS) and turning OFCondition into words.
#include <strata/core/Error.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>
#include <dcmtk/dcmnet/scu.h>

#include <optional>
#include <string>
#include <vector>

class DcmTransportLayer;

namespace strata::net::detail {

/// Once per process: DCMTK's own logging quietened (its messages would go to stderr), and
/// TCP_NODELAY on for every association (DCMTK reads the variable; with Nagle's algorithm DIMSE
/// transfers ran several times slower here).
void initializeDcmtk();

/// One presentation context to propose.
struct PresentationContext {
    std::string abstractSyntax;
    std::vector<std::string> transferSyntaxes;
    T_ASC_SC_ROLE role = ASC_SC_ROLE_DEFAULT;   ///< ASC_SC_ROLE_SCP for C-GET's storage sub-operations
};

/// Explicit then implicit VR little endian: what every node accepts.
std::vector<std::string> uncompressedSyntaxes();
/// Every syntax Strata can store and decode, native first (for receiving: the node may send what
/// it stores without transcoding).
std::vector<std::string> allStorageSyntaxes();
/// What the Storage SCP receives: allStorageSyntaxes(), then the encapsulated syntaxes DCMTK
/// knows that Strata stores but does not decode (the retired JPEG processes, JPEG 2000 Part 2,
/// MPEG-2, MPEG-4, HEVC): a level 2 SCP keeps an endoscope's MPEG-4 clip rather than make the
/// sender fail it. Not: JPIP (pixel data by reference), and syntaxes newer than DCMTK 3.6.7
/// (HTJ2K, JPEG XL), which it cannot write into a file.
std::vector<std::string> receivableSyntaxes();
/// MPEG-2, MPEG-4 AVC/H.264 and HEVC/H.265: the syntaxes of the video IODs.
std::vector<std::string> videoSyntaxes();
/// Video Endoscopic, Microscopic or Photographic Image Storage: the classes whose instances come
/// as MPEG or HEVC streams, which a node cannot transcode.
bool isVideoClass(const QString &sopClass);

/// DCMTK's name of a SOP class ("CTImageStorage"), or the UID where it has none.
QString sopClassName(const std::string &uid);
/// A transfer syntax's name (PS3.6's, as `strata info` says it), or the UID where none is known.
QString transferSyntaxName(const std::string &uid);
/// A storage SOP class in DCMTK's list (dcmAllStorageSOPClassUIDs): what the Storage SCP's
/// configuration accepts.
bool isListedStorageClass(const char *uid);
/// A SOP class taken as storage although DCMTK's list does not name it: one DCMTK has no name for
/// (a vendor's private class, a class newer than DCMTK 3.6.7), or one under the standard's root of
/// storage classes (1.2.840.10008.5.1.4.1.1.; retired ones). Services DCMTK knows by name (query,
/// worklist, print, DCMTK's private shutdown class) are not.
bool isUnlistedStorageClass(const char *uid);

/// Checks the node, configures `scu` (AE titles, peer, timeouts, TLS when the node asks for it,
/// the presentation contexts) and negotiates the association. On failure returns the error naming
/// the peer; on success the association is open.
std::optional<Error> openAssociation(DcmSCU &scu, const Node &node, const Timeouts &timeouts,
                                     const std::vector<PresentationContext> &contexts);
/// The same with one context for `abstractSyntax` in explicit/implicit little endian.
std::optional<Error> openAssociation(DcmSCU &scu, const Node &node, const Timeouts &timeouts, const char *abstractSyntax);

/// A TLS transport layer for these settings (requestor or acceptor), created once per distinct
/// settings and kept for the process (DCMTK does not take ownership; associations share it).
/// An acceptor that verifies peers requires a client certificate. A requestor that verifies
/// peers checks that the peer's certificate names `peerHost` (DNS name or IP address), or, with
/// tls.pinnedSha256, that it is exactly the pinned certificate. Errors say which file is wrong.
Result<DcmTransportLayer *> tlsLayer(const TlsSettings &tls, bool acceptor, const QString &peerHost = {});

/// Why the last TLS handshake on this thread refused the peer's certificate ("" when it did not),
/// e.g. "its certificate is not for 127.0.0.1 (hostname mismatch)".
QString lastTlsRefusal();

/// Whether this thread's last openAssociation() failed because the node rejected the association
/// (it answered, with a reason), not because it could not be reached.
bool lastAssociationRejected();

/// An Error naming the peer, from a DCMTK condition.
Error conditionError(const Node &node, const QString &what, const OFCondition &condition);

/// A DIMSE status in words ("0xA700 out of resources", ...).
QString statusText(quint16 status);

} // namespace strata::net::detail
