#pragma once
/// What the objects Strata writes into a study (key object selections, presentation states) share
/// on their way into the local cache.
#include <strata/core/Result.h>

#include <QStringList>

namespace strata::store {
class LocalCache;
}

namespace strata::measure::detail {

/// Moves `files` (written beside the store, on its file system) into the cache by the import, and
/// records each of `sopInstanceUids` as read (MeasurementRepository::markReportImported, adding
/// nothing): what they hold — key images marked, measurements drawn — is the cache's own already.
/// `notStored` is the reason given, naming the staging folder, when the import took fewer files.
Status importOwnObjects(store::LocalCache &cache, const QStringList &files, const QStringList &sopInstanceUids, const QString &studyUid,
                        const QString &notStored);

} // namespace strata::measure::detail
