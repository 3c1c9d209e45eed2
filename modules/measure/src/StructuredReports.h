#pragma once
// One way of reading a structured report for a person (the documents window, the marks a report
// leaves on its images): dcmsr, leniently.
#include <strata/core/Result.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QString>

#include <memory>
#include <utility>

namespace strata::measure::detail {

/// The SR of `path` read by dcmsr, leniently (a report from other software with an unknown
/// relationship or an invalid item is still read, as DCMTK's dsr2html does with its options). Fails,
/// naming the file, for another object or a document dcmsr cannot read.
Result<std::pair<std::unique_ptr<DcmFileFormat>, std::unique_ptr<DSRDocument>>> readStructuredReport(const QString &path);

} // namespace strata::measure::detail
