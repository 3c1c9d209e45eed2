#pragma once
/// C-FIND: what does a node hold? Any level (patient, study, series, image) in the Study Root or
/// Patient Root information model, as generic keyword → value matches, plus typed helpers for the
/// usual questions. Callers outside net go through RemoteArchive, which picks C-FIND or QIDO-RS.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/net/RemoteTypes.h>

#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

#include <vector>

namespace strata::net {

enum class QueryModel { StudyRoot, PatientRoot };

enum class QueryLevel { Patient, Study, Series, Image };

/// One match: DICOM keyword ("PatientName", "SeriesInstanceUID", ...) → value as the node sent it
/// (multi-valued elements joined with '\').
using FindMatch = QMap<QString, QString>;

struct FindRequest {
    QueryModel model = QueryModel::StudyRoot;
    QueryLevel level = QueryLevel::Study;
    /// Keys by DICOM keyword; an empty value asks for the attribute to be returned, anything else
    /// matches (wildcards '*' '?', ranges "20200101-20201231", UID lists "1.2\1.3").
    QList<QPair<QString, QString>> keys;
    /// At most this many matches: a node that sends more is stopped (C-CANCEL, then the
    /// association aborted) and the query fails with "more than N results; narrow the query".
    int maxResults = kDefaultMaxResults;
};

/// Runs one C-FIND. Errors name the peer; a keyword DICOM does not know is an InvalidArgument.
/// Cancellation sends C-CANCEL and returns what arrived so far as an error "cancelled".
Result<std::vector<FindMatch>> find(const Node &node, const FindRequest &request, const Timeouts &timeouts = {},
                                    const CancellationToken &cancel = {});

/// Studies matching the query (Study Root, study level), in the order the node sent them.
Result<std::vector<RemoteStudy>> findStudies(const Node &node, const StudyFindQuery &query, const Timeouts &timeouts = {},
                                             const CancellationToken &cancel = {});
/// Patients (Patient Root, patient level).
Result<std::vector<RemotePatient>> findPatients(const Node &node, const QString &patientName, const QString &patientId,
                                                const Timeouts &timeouts = {}, const CancellationToken &cancel = {});
/// The series of a study (Study Root, series level), by series number.
Result<std::vector<RemoteSeries>> findSeries(const Node &node, const QString &studyInstanceUid, const Timeouts &timeouts = {},
                                             const CancellationToken &cancel = {});
/// The instances of a series, or of every series of the study when `seriesInstanceUid` is empty
/// (one association; one image-level query per series, as hierarchical nodes require).
Result<std::vector<RemoteInstance>> findInstances(const Node &node, const QString &studyInstanceUid,
                                                  const QString &seriesInstanceUid = {}, const Timeouts &timeouts = {},
                                                  const CancellationToken &cancel = {});
/// The instances of each study, all over one association (findInstances for each, in order).
Result<std::vector<std::vector<RemoteInstance>>> findInstancesOfStudies(const Node &node, const QStringList &studyInstanceUids,
                                                                       const Timeouts &timeouts = {}, const CancellationToken &cancel = {});

} // namespace strata::net
