#pragma once
// A C-GET of a whole study or series starts from the study's SOP classes as the node lists them at
// study level (one quick query) instead of waiting for the instance-level search; these two
// helpers are that query and the follow-up for a node whose list left a class out.
#include <strata/core/Job.h>
#include <strata/net/RemoteTypes.h>
#include <strata/net/dimse/Retrieve.h>

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace strata::net::detail {

/// The SOP Instance UIDs of a study the cache at `dataDir` holds (none when it cannot be read).
QSet<QString> cachedInstances(const QString &dataDir, const QString &studyUid);

/// What one study-level C-FIND says of a study: its SOP classes (SOP Classes in Study; none when
/// the node leaves the attribute out, holds no such study, or fails) and how many instances it
/// holds (Number of Study Related Instances; -1 when not said).
struct StudyFacts {
    QStringList classes;
    int instances = -1;
};
StudyFacts studyFacts(const Node &node, const QString &studyUid, const Timeouts &timeouts, const CancellationToken &cancel);
inline QStringList sopClassesInStudy(const Node &node, const QString &studyUid, const Timeouts &timeouts, const CancellationToken &cancel)
{
    return studyFacts(node, studyUid, timeouts, cancel).classes;
}

/// A whole-study retrieve needs no instance-level listing of the node (Orthanc reads every file
/// for one) when three counts agree: the instances the node says the study has (`nodeCount`, its
/// study-level answer), the instances of the study that arrived and the cache now holds identical
/// copies of (report.import.instances), and every instance of the study the cache holds. Then each
/// instance the cache holds came from the node, and the node holds no other: the report is
/// complete (expected = nodeCount, nothing missing) and the study is marked as stored on the node.
/// False, and nothing changed, otherwise (the caller lists the node's instances to name what is
/// missing or lacking).
bool settleByCount(RetrieveReport &report, int nodeCount, const QString &dataDir, const QString &studyUid);

/// After a C-GET that offered only the classes `offered`: fetches the instances of `listed` (the
/// node's instance-level listing) of other classes that the cache at `dataDir` still lacks, with
/// their classes, and folds that into `report`: what now arrived is no longer a problem or a
/// failure of the first C-GET.
void fetchUnofferedClasses(const Node &node, const Timeouts &timeouts, const RetrieveRequest &request,
                           const QStringList &offered, const std::vector<RemoteInstance> &listed, const QString &dataDir,
                           const CancellationToken &cancel, const RetrieveProgressCallback &progress, RetrieveReport &report);

} // namespace strata::net::detail
