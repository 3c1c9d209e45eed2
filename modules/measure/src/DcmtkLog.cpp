#include "DcmtkLog.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace strata::measure::detail {

void quietDcmtkWarnings()
{
    static std::once_flag once;
    std::call_once(once, [] {
        for (const char *name : {"dcmtk.dcmsr", "dcmtk.dcmpstat"})
            OFLog::getLogger(name).setLogLevel(OFLogger::ERROR_LOG_LEVEL);
    });
}

} // namespace strata::measure::detail
