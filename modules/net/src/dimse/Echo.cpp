#include <strata/net/dimse/Echo.h>

#include "DcmtkSupport.h"

#include <dcmtk/dcmnet/scu.h>

#include <QElapsedTimer>
#include <QCoreApplication>

namespace strata::net {

Result<EchoReply> echo(const Node &node, const Timeouts &timeouts)
{
    QElapsedTimer timer;
    timer.start();
    DcmSCU scu;
    if (auto error = detail::openAssociation(scu, node, timeouts, UID_VerificationSOPClass))
        return *error;
    OFCondition cond = scu.sendECHORequest(0);
    if (cond.bad()) {
        scu.abortAssociation();
        return detail::conditionError(node, QCoreApplication::translate("strata::net", "C-ECHO failed"), cond);
    }
    scu.releaseAssociation();
    EchoReply reply;
    reply.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return reply;
}

} // namespace strata::net
