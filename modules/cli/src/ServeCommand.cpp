// `strata serve`: placeholder until the command lands.
#include "Commands.h"

namespace strata::cli {

int serveCommand(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "strata serve: not available yet\n";
    return 2;
}

} // namespace strata::cli
