#include "OwnObjects.h"

#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/store/StoreService.h>

#include <QFileInfo>

namespace strata::measure::detail {

Status importOwnObjects(store::LocalCache &cache, const QStringList &files, const QStringList &sopInstanceUids, const QString &studyUid,
                        const QString &notStored)
{
    store::ImportOptions options;
    options.moveSources = true;
    const store::ImportSummary summary = store::runImport(cache, files, options);
    if (summary.fatal)
        return *summary.fatal;
    if (!summary.broken.empty())
        return summary.broken.front();
    if (summary.imported != int(files.size()))
        return Error(ErrorCode::Internal, files.isEmpty() ? cache.dataDir() : QFileInfo(files.front()).absolutePath(), notStored);
    auto repo = cache.service()->measurements();
    if (!repo.ok())
        return repo.error();
    for (const QString &uid : sopInstanceUids)
        if (Status s = repo.value()->markReportImported(uid, studyUid, 0); !s.ok())
            return s.error();
    return {};
}

} // namespace strata::measure::detail
