#include <strata/net/Echo.h>

#include "DcmtkSupport.h"

#include <dcmtk/dcmnet/scu.h>

#include <QElapsedTimer>

namespace strata::net {

Result<EchoReply> echo(const Node &node, const Timeouts &timeouts)
{
    detail::initializeDcmtk();
    if (node.host.isEmpty() || node.aeTitle.isEmpty() || node.port == 0)
        return Error(ErrorCode::InvalidArgument, node.label(), QStringLiteral("host, port and AE title are required"));
    QElapsedTimer timer;
    timer.start();
    DcmSCU scu;
    scu.setAETitle(node.callingAeTitle.toLatin1().constData());
    scu.setPeerAETitle(node.aeTitle.toLatin1().constData());
    scu.setPeerHostName(node.host.toLatin1().constData());
    scu.setPeerPort(node.port);
    scu.setConnectionTimeout(timeouts.connect);
    scu.setACSETimeout(Uint32(timeouts.acse));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu.setDIMSETimeout(Uint32(timeouts.dimse));
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(UID_VerificationSOPClass, syntaxes);
    OFCondition cond = scu.initNetwork();
    if (cond.bad())
        return detail::conditionError(node, QStringLiteral("network initialisation failed"), cond);
    cond = scu.negotiateAssociation();
    if (cond.bad())
        return detail::conditionError(node, QStringLiteral("association failed"), cond);
    cond = scu.sendECHORequest(0);
    if (cond.bad()) {
        scu.abortAssociation();
        return detail::conditionError(node, QStringLiteral("C-ECHO failed"), cond);
    }
    scu.releaseAssociation();
    EchoReply reply;
    reply.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return reply;
}

} // namespace strata::net
