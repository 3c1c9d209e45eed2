// `strata query`: placeholder until the command lands.
#include "Commands.h"

namespace strata::cli {

int queryCommand(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "strata query: not available yet\n";
    return 2;
}

} // namespace strata::cli
