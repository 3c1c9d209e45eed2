#pragma once
/// Measurements to and from the store's rows (MeasurementRepository), and who is measuring.
#include <strata/core/Result.h>
#include <strata/measure/Measurement.h>
#include <strata/store/Records.h>

#include <vector>

namespace strata::measure {

/// The store's row of a measurement: its references, author, times, JSON and a lesion's mask
/// (encodeLesionShape).
store::MeasurementRecord toRecord(const Measurement &m);
/// The measurement of a row (its JSON, with the row's author and times, and a lesion's mask).
Result<Measurement> fromRecord(const store::MeasurementRecord &record);

/// The author a new measurement gets: the operating system's user name (USER, else USERNAME),
/// or "unknown".
QString currentAuthor();

/// A new measurement's identity and provenance: a fresh UID, the current author, created and
/// modified now (UTC).
void stamp(Measurement &m);

} // namespace strata::measure
