// `strata send`: placeholder until the command lands.
#include "Commands.h"

namespace strata::cli {

int sendCommand(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "strata send: not available yet\n";
    return 2;
}

} // namespace strata::cli
