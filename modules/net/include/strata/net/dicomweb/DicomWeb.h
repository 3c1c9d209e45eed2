#pragma once
/// DICOMweb client over QtNetwork: QIDO-RS searches, WADO-RS retrieve streamed into the local
/// cache, STOW-RS upload. Basic or Bearer authentication from Node::auth / Node::secret; HTTPS
/// trusts Node::tls.trustedCertificates (PEM) when set, the system CAs otherwise.
///
/// Every function is blocking and meant for a worker thread: it creates its own
/// QNetworkAccessManager and QEventLoop on the calling thread and never touches another
/// thread's event loop. Nothing waits forever: `Timeouts::connect` bounds the wait for the
/// request to go out, `Timeouts::dimse` the longest silence while a request or response is under
/// way. Errors name the URL (without query or credentials) and say what went wrong in words.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/net/RemoteTypes.h>

#include <QStringList>

#include <functional>
#include <vector>

namespace strata::net {

/// Data sets asked for per QIDO-RS page (limit) unless told otherwise.
inline constexpr int kQidoPageSize = 100;

/// QIDO-RS {base}/studies with the query's keys, following limit/offset pages of `pageSize`
/// until a page comes back short. Records carry the node's values.
Result<std::vector<RemoteStudy>> qidoStudies(const Node &node, const StudyFindQuery &query,
                                             const Timeouts &timeouts = {}, int pageSize = kQidoPageSize,
                                             const CancellationToken &cancel = {});

/// QIDO-RS {base}/studies/{study}/series: uid, number, modality, description, body part and
/// instance count of each series (the same records as C-FIND's findSeries).
Result<std::vector<RemoteSeries>> qidoSeries(const Node &node, const QString &studyInstanceUid,
                                              const Timeouts &timeouts = {}, int pageSize = kQidoPageSize,
                                              const CancellationToken &cancel = {});

/// QIDO-RS instances of a study ({base}/studies/{study}/instances) or, with a series UID, of one
/// series: SOP instance and class UIDs, series UID, instance number (as C-FIND's findInstances).
Result<std::vector<RemoteInstance>> qidoInstances(const Node &node, const QString &studyInstanceUid,
                                                  const QString &seriesInstanceUid = {},
                                                  const Timeouts &timeouts = {}, int pageSize = kQidoPageSize,
                                                  const CancellationToken &cancel = {});

/// WADO-RS retrieve of a study, a series or single instances (request.sopInstanceUids) into the
/// cache at `dataDir`. Asks for the instances as stored (multipart/related;
/// type="application/dicom"; transfer-syntax=*), parses the multipart body as it arrives and
/// writes each part to a staging file under <dataDir>/incoming/<unique>/; only complete parts are
/// imported, in batches, by a background importer while the transfer goes on (the transfer waits
/// only when the importer falls far behind). Memory stays bounded whatever the response size.
/// `expected` and `missing` come from a QIDO-RS instance search made beside the transfer; when
/// `listed` is given and that search answered, it gets the instances the search listed. With
/// `studyCount` (a whole study), the search beside the transfer asks the study level how many
/// instances the node holds (qidoStudyInstanceCount) first: when it says, *studyCount and
/// `expected` are that count, nothing is listed, and what is missing is the caller's to find out
/// (RemoteArchive::retrieve checks the counts); when it does not (-1), the instances are listed as
/// above. A broken
/// transfer after instances started arriving is
/// reported (problems + missing) rather than returned as an error; a silence longer than
/// `timeouts.dimse`, an HTTP error, a TLS or authentication failure and cancellation are errors
/// (ErrorCode::Cancelled for the last). The staging folder is always removed.
Result<RetrieveReport> wadoRetrieve(const Node &node, const RetrieveRequest &request, const QString &dataDir,
                                    const Timeouts &timeouts = {}, const CancellationToken &cancel = {},
                                    const std::function<void(const RetrieveProgress &)> &progress = {},
                                    std::vector<RemoteInstance> *listed = nullptr, int *studyCount = nullptr);

/// How many instances the node holds of a study, from one study-level QIDO-RS search (Number of
/// Study Related Instances): cheap where the instance-level search is not (Orthanc reads every
/// file for that). -1 when the node holds no such study or leaves the attribute out.
Result<int> qidoStudyInstanceCount(const Node &node, const QString &studyInstanceUid, const Timeouts &timeouts = {},
                                   const CancellationToken &cancel = {});

/// STOW-RS: POSTs the files to {base}/studies as multipart/related; type="application/dicom", in
/// requests of at most 50 files or 64 MB, each file streamed from disk, and turns the node's
/// answer (Referenced / Failed SOP Sequence, Failure Reason) into a result per file. Files that
/// are not readable DICOM are reported as failed without being sent. Cancellation stops between
/// and during requests and sets SendReport::cancelled. Errors: nothing could be sent at all
/// (connection, TLS, credentials, an HTTP error for the whole request).
Result<SendReport> stowInstances(const Node &node, const QStringList &files, const Timeouts &timeouts = {},
                                 const CancellationToken &cancel = {},
                                 const std::function<void(const SendProgress &)> &progress = {});

} // namespace strata::net
