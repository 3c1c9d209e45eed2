#pragma once
// dcmsr and dcmpstat say on the console what Strata reports itself (a document that is not quite
// valid, a character set its VR checker does not know): their warnings are kept off stderr.

namespace strata::measure::detail {

/// Raises the dcmsr and dcmpstat loggers to ERROR (once per process; appenders untouched, so
/// the net module's routing into Qt's logging stays as it is).
void quietDcmtkWarnings();

} // namespace strata::measure::detail
