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
