#pragma once
// Private DCMTK helpers: one-time set-up (logging, TCP_NODELAY) and turning OFCondition into words.
#include <strata/core/Error.h>
#include <strata/net/Node.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>

namespace strata::net::detail {

/// Once per process: DCMTK's own logging quietened (its messages would go to stderr), and
/// TCP_NODELAY on for every association (DCMTK reads the variable; with Nagle's algorithm DIMSE
/// transfers ran several times slower here).
void initializeDcmtk();

/// An Error naming the peer, from a DCMTK condition.
Error conditionError(const Node &node, const QString &what, const OFCondition &condition);

} // namespace strata::net::detail
