#include "CliSupport.h"

#include <csignal>

namespace strata::cli {
namespace {
CancellationToken g_interrupt;
extern "C" void onInterrupt(int)
{
    g_interrupt.cancel();
}
} // namespace

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out,
                  QTextStream &err, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("strata ") + command} + args)) {
        err << "strata " << command << ": " << parser.errorText() << "\n";
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

InterruptScope::InterruptScope()
{
    g_interrupt = CancellationToken();
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptScope::~InterruptScope()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const CancellationToken &InterruptScope::token() const
{
    return g_interrupt;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1) + QStringLiteral(" MB");
}

void printImportProblems(QTextStream &out, const store::ImportSummary &summary)
{
    for (const QString &c : summary.conflictDetails)
        out << "  conflict: " << c << "\n";
    for (const Error &e : summary.broken)
        out << "  could not import " << e.message() << "\n";
}

} // namespace strata::cli
