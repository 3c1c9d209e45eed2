#pragma once
/// The process-wide "interactive work is running" signal: a query, a retrieve or a viewer load
/// raises it while it runs, and background sync reads it to yield (fewer associations, or no new
/// jobs) until the user's work is done.
#include <QtGlobal>

namespace strata::net {

/// How many interactive operations run in this process now.
int interactiveActivity();

/// Raises the signal for its lifetime (nestable, any thread).
class InteractiveScope {
public:
    InteractiveScope();
    ~InteractiveScope();
    InteractiveScope(const InteractiveScope &) = delete;
    InteractiveScope &operator=(const InteractiveScope &) = delete;
};

} // namespace strata::net
