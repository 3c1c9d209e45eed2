#pragma once
/// The measurements made on the studies of the local cache, with their author and times. From
/// StoreService::measurements(): reads on a connection of the calling thread, writes on the
/// service's writer thread. Rows are kept by UIDs: they survive restarts, and a study's deletion
/// and re-import (the reader's work is not the cache's to throw away).
#include <strata/core/Result.h>
#include <strata/store/Records.h>

#include <memory>
#include <optional>
#include <vector>

namespace strata::store {

class StoreService;

class MeasurementRepository {
public:
    ~MeasurementRepository();

    /// Adds a measurement, or replaces the one with its uid (its first creation time is kept).
    /// modifiedAt is set to now when not given. InvalidArgument without a uid, study or kind.
    Status saveMeasurement(const MeasurementRecord &record);
    /// Removes one; removing one that does not exist is not an error.
    Status removeMeasurement(const QString &uid);
    /// A study's measurements, oldest first.
    Result<std::vector<MeasurementRecord>> measurements(const QString &studyInstanceUid) const;
    /// One measurement by uid; nothing when there is none.
    Result<std::optional<MeasurementRecord>> measurement(const QString &uid) const;

    /// Whether the measurements of a measurement report (an SR, by SOP Instance UID) were taken
    /// into the table already (see markReportImported).
    Result<bool> reportImported(const QString &sopInstanceUid) const;
    /// Records that a report's measurements were taken into the table (`added` of them new), so
    /// that it is read once: a measurement deleted afterwards is not brought back. Audited.
    Status markReportImported(const QString &sopInstanceUid, const QString &studyInstanceUid, int added);

private:
    friend class StoreService;
    class Private;
    MeasurementRepository();
    std::unique_ptr<Private> d;
};

} // namespace strata::store
