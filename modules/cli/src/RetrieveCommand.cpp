// `strata retrieve`: placeholder until the command lands.
#include "Commands.h"

namespace strata::cli {

int retrieveCommand(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "strata retrieve: not available yet\n";
    return 2;
}

} // namespace strata::cli
