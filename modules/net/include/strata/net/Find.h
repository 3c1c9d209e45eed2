#pragma once
/// C-FIND (Study Root) at study level: which studies does a node hold that match these keys?
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/store/Records.h>

#include <vector>

namespace strata::net {

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
};

/// Studies matching the query, in the order the node sent them; each record has the node's values
/// (the local-cache fields such as sizes stay empty).
Result<std::vector<store::StudyRecord>> findStudies(const Node &node, const StudyFindQuery &query,
                                                     const Timeouts &timeouts = {});

} // namespace strata::net
