#pragma once
/// C-FIND: what does a node hold? Any level (patient, study, series, image) in the Study Root or
/// Patient Root information model, as generic keyword → value matches, plus typed helpers for the
/// usual questions and a query over several nodes at once with merged results.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/store/Records.h>

#include <QList>
#include <QMap>
#include <QPair>

#include <functional>
#include <vector>

namespace strata::net {

enum class QueryModel { StudyRoot, PatientRoot };

/// How many matches a query (C-FIND or QIDO-RS) accepts unless told otherwise.
inline constexpr int kDefaultMaxResults = 10000;
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

/// Matching keys as DICOM sends them: empty = universal; '*' and '?' wildcards in names and IDs;
/// dates as a range.
struct StudyFindQuery {
    QString patientName;
    QString patientId;
    QString accessionNumber;
    QString studyDescription;
    QString modality;   ///< Modalities in Study
    QDate from;
    QDate to;
    QString studyInstanceUid;
    /// At most this many studies (C-FIND and QIDO-RS); more fail with "narrow the query".
    int maxResults = kDefaultMaxResults;
};

struct PatientMatch {
    QString patientName;
    QString patientId;
    QString birthDate;
    QString sex;
    int studyCount = 0;
};

struct SeriesMatch {
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString modality;
    QString description;
    QString bodyPart;
    int number = 0;
    int instanceCount = 0;
};

struct InstanceMatch {
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QString sopClassUid;
    int number = 0;
};

/// Runs one C-FIND. Errors name the peer; a keyword DICOM does not know is an InvalidArgument.
/// Cancellation sends C-CANCEL and returns what arrived so far as an error "cancelled".
Result<std::vector<FindMatch>> find(const Node &node, const FindRequest &request, const Timeouts &timeouts = {},
                                    const CancellationToken &cancel = {});

/// Studies matching the query (Study Root, study level), in the order the node sent them; each
/// record has the node's values (the local-cache fields such as sizes stay empty).
Result<std::vector<store::StudyRecord>> findStudies(const Node &node, const StudyFindQuery &query,
                                                     const Timeouts &timeouts = {});
/// Patients (Patient Root, patient level).
Result<std::vector<PatientMatch>> findPatients(const Node &node, const QString &patientName, const QString &patientId,
                                               const Timeouts &timeouts = {});
/// The series of a study (Study Root, series level).
Result<std::vector<SeriesMatch>> findSeries(const Node &node, const QString &studyInstanceUid, const Timeouts &timeouts = {});
/// The instances of a series, or of every series of the study when `seriesInstanceUid` is empty
/// (one association; one image-level query per series, as hierarchical nodes require).
Result<std::vector<InstanceMatch>> findInstances(const Node &node, const QString &studyInstanceUid,
                                                 const QString &seriesInstanceUid = {}, const Timeouts &timeouts = {});

/// A study found on one or more nodes.
struct RemoteStudy {
    store::StudyRecord study;
    QStringList nodes;   ///< names of the nodes that hold it, in the order they answered
};

struct MultiFindResult {
    std::vector<RemoteStudy> studies;                 ///< merged by Study Instance UID
    std::vector<QPair<QString, Error>> failures;      ///< node name → why it did not answer
};

/// Queries every node at once (C-FIND, or QIDO-RS for nodes with only a DICOMweb URL), one thread
/// per node; `onNodeResults` is called (on that node's thread) as each node answers, so a GUI can
/// show results as they arrive. A node that fails does not stop the others.
MultiFindResult findStudiesOnNodes(const std::vector<Node> &nodes, const StudyFindQuery &query, const Timeouts &timeouts = {},
                                   const std::function<void(const QString &nodeName, const std::vector<store::StudyRecord> &)>
                                       &onNodeResults = {});

} // namespace strata::net
