#pragma once
/// Reads of the local cache inside QTRY_*: while a background save holds the index a read can fail,
/// and QTRY reads again — but `.value()` of a failed Result throws and ends the whole test process
/// (seen under load). These give a value that simply does not match yet.
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>

#include <optional>
#include <vector>

namespace strata::testing {

/// The number of rows a read gave, or -1 when the read failed.
template <class Read>
int rowsOr(const Read &read)
{
    return read.ok() ? int(read.value().size()) : -1;
}

/// The measurement stored under `uid`, read once; none when the read failed or the row is not
/// (yet) there or does not parse.
template <class Repository>
std::optional<measure::Measurement> savedMeasurement(Repository &repository, const QString &uid)
{
    auto row = repository.measurement(uid);
    if (!row.ok() || !row.value())
        return std::nullopt;
    auto saved = measure::fromRecord(*row.value());
    if (!saved.ok())
        return std::nullopt;
    return std::move(saved).value();
}

/// The audit records of `action` (and about `object`, when given) in the cache at `dataDir`;
/// none when the log cannot be read.
inline std::vector<store::AuditRecord> auditRecords(const QString &dataDir, const QString &action, const QString &object = {})
{
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return {};
    auto log = service.value()->auditLog();
    if (!log.ok())
        return {};
    store::AuditFilter filter;
    filter.action = action;
    filter.object = object;
    auto records = log.value()->list(filter);
    return records.ok() ? std::move(records).value() : std::vector<store::AuditRecord>{};
}

} // namespace strata::testing
