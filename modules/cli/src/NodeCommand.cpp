// `strata node`: placeholder until the command lands.
#include "Commands.h"

namespace strata::cli {

int nodeCommand(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "strata node: not available yet\n";
    return 2;
}

} // namespace strata::cli
