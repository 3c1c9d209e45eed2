#pragma once
// Private DCMTK helpers: one-time set-up (logging, TCP_NODELAY) and turning OFCondition into words.
#include <strata/core/Error.h>
#include <strata/net/Node.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>
#include <dcmtk/dcmnet/scu.h>

#include <optional>

namespace strata::net::detail {

/// Once per process: DCMTK's own logging quietened (its messages would go to stderr), and
/// TCP_NODELAY on for every association (DCMTK reads the variable; with Nagle's algorithm DIMSE
/// transfers ran several times slower here).
void initializeDcmtk();

/// Checks the node, configures `scu` (AE titles, peer, timeouts, one presentation context for
/// `abstractSyntax` in explicit/implicit little endian) and negotiates the association. On
/// failure returns the error naming the peer; on success the association is open.
std::optional<Error> openAssociation(DcmSCU &scu, const Node &node, const Timeouts &timeouts, const char *abstractSyntax);

/// An Error naming the peer, from a DCMTK condition.
Error conditionError(const Node &node, const QString &what, const OFCondition &condition);

} // namespace strata::net::detail
