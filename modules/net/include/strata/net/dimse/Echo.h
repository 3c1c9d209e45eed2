#pragma once
/// C-ECHO (Verification): is the peer there, and does it accept us?
#include <strata/core/Result.h>
#include <strata/net/Node.h>

namespace strata::net {

struct EchoReply {
    int status = 0;          ///< DIMSE status (0x0000 success)
    double milliseconds = 0; ///< association + echo + release
};

/// Opens an association, sends C-ECHO, releases. Errors name the peer (Node::label()) and the
/// reason (refused, timed out, association rejected with its reason, ...). Blocking: call it off
/// the GUI thread.
Result<EchoReply> echo(const Node &node, const Timeouts &timeouts = {});

} // namespace strata::net
