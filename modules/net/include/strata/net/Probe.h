#pragma once
/// Capability auto-detection ("Test"): what a node supports, found by trying it.
///
/// DIMSE: one association proposes Verification, Study and Patient Root C-FIND, Study Root C-GET
/// and C-MOVE and a few storage classes. C-ECHO is sent; C-FIND asks at study level for a Study
/// Instance UID that cannot exist; C-GET and C-MOVE ask for that UID too (C-MOVE to
/// node.callingAeTitle). A service counts as supported when its context was accepted and the
/// node answered the request with a status that is not "SOP class not supported", "refused",
/// "unrecognised operation" or (C-MOVE) "move destination unknown". C-STORE counts when a storage
/// context is accepted (nothing is stored while testing).
/// HTTP (when the node has a DICOMweb URL): QIDO-RS = GET {url}/studies?limit=1 answers 200/204
/// with DICOM JSON; Orthanc REST = GET {scheme://host:port}/system answers JSON with "Version".
/// WADO-RS = the metadata of a study QIDO-RS returned can be fetched, or the server is Orthanc
/// with its DICOMweb plugin; STOW-RS cannot be proven without storing, so it counts only where
/// the server is Orthanc with the DICOMweb plugin (which takes STOW-RS).
/// HTTPS trusts node.tls.trustedCertificates when set (as the DICOMweb client does); redirects are
/// not followed (credentials must not travel to another host).
#include <strata/core/Result.h>
#include <strata/net/Node.h>

#include <QStringList>

namespace strata::net {

struct ProbeReport {
    Capabilities capabilities;
    QStringList notes;   ///< one line per check: what was tried and what the node answered
};

/// Probes the node (blocking: run it on a worker). Fails only when the node cannot be reached at
/// all (neither DIMSE nor DICOMweb answered); the error names the peer and the reason.
Result<ProbeReport> probe(const Node &node, const Timeouts &timeouts = {});
/// The same, capabilities only.
Result<Capabilities> probeNode(const Node &node, const Timeouts &timeouts = {});

} // namespace strata::net
