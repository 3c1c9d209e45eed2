#pragma once
// A C-GET of a whole study or series starts from the study's SOP classes as the node lists them at
// study level (one quick query) instead of waiting for the instance-level search; these two
// helpers are that query and the follow-up for a node whose list left a class out.
#include <strata/core/Job.h>
#include <strata/net/RemoteTypes.h>
#include <strata/net/dimse/Retrieve.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace strata::net::detail {

/// The SOP classes of a study as its node lists them in one study-level C-FIND (SOP Classes in
/// Study), or none when the node leaves the attribute out, holds no such study, or fails.
QStringList sopClassesInStudy(const Node &node, const QString &studyUid, const Timeouts &timeouts, const CancellationToken &cancel);

/// After a C-GET that offered only the classes `offered`: fetches the instances of `listed` (the
/// node's instance-level listing) of other classes that the cache at `dataDir` still lacks, with
/// their classes, and folds that into `report`: what now arrived is no longer a problem or a
/// failure of the first C-GET.
void fetchUnofferedClasses(const Node &node, const Timeouts &timeouts, const RetrieveRequest &request,
                           const QStringList &offered, const std::vector<RemoteInstance> &listed, const QString &dataDir,
                           const CancellationToken &cancel, const RetrieveProgressCallback &progress, RetrieveReport &report);

} // namespace strata::net::detail
