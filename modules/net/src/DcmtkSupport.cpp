#include "DcmtkSupport.h"

#include <dcmtk/oflog/oflog.h>

#include <QByteArray>

#include <mutex>

namespace strata::net::detail {

void initializeDcmtk()
{
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
        qputenv("TCP_NODELAY", "1");
    });
}

std::optional<Error> openAssociation(DcmSCU &scu, const Node &node, const Timeouts &timeouts, const char *abstractSyntax)
{
    initializeDcmtk();
    if (node.host.isEmpty() || node.aeTitle.isEmpty() || node.port == 0)
        return Error(ErrorCode::InvalidArgument, node.label(), QStringLiteral("host, port and AE title are required"));
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
    scu.addPresentationContext(abstractSyntax, syntaxes);
    OFCondition cond = scu.initNetwork();
    if (cond.bad())
        return conditionError(node, QStringLiteral("network initialisation failed"), cond);
    cond = scu.negotiateAssociation();
    if (cond.bad())
        return conditionError(node, QStringLiteral("association failed"), cond);
    return std::nullopt;
}

Error conditionError(const Node &node, const QString &what, const OFCondition &condition)
{
    QString reason = QString::fromLocal8Bit(condition.text());
    ErrorCode code = ErrorCode::IoError;
    const QString lower = reason.toLower();
    if (lower.contains(QLatin1String("timeout")) || lower.contains(QLatin1String("timed out")))
        reason = QStringLiteral("timed out (%1)").arg(reason);
    else if (lower.contains(QLatin1String("refused")))
        reason = QStringLiteral("connection refused: nothing listens there (%1)").arg(reason);
    else if (lower.contains(QLatin1String("reject")))
        code = ErrorCode::InvalidArgument;
    return Error(code, node.label(), QStringLiteral("%1: %2").arg(what, reason));
}

} // namespace strata::net::detail
