#include <strata/net/RemoteTypes.h>

#include <strata/net/dimse/DimseStatus.h>

namespace strata::net {

QString methodName(RetrieveMethod method)
{
    switch (method) {
    case RetrieveMethod::CGet: return QStringLiteral("C-GET");
    case RetrieveMethod::CMove: return QStringLiteral("C-MOVE");
    case RetrieveMethod::WadoRs: return QStringLiteral("WADO-RS");
    case RetrieveMethod::Auto: break;
    }
    return QStringLiteral("auto");
}

bool SentInstance::ok() const
{
    return status >= 0 && statusSucceeded(quint16(status));
}

} // namespace strata::net
