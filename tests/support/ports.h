#pragma once
// Tests: a TCP port on 127.0.0.1 that nothing listens on right now (for peers a test starts).
#include <QHostAddress>
#include <QTcpServer>

namespace strata::testing {

/// 0 when no port could be had.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace strata::testing
