#pragma once
// What every command shares: option parsing with --help, Ctrl-C as cancellation, sizes in words.
#include <strata/core/Job.h>
#include <strata/store/ImportPipeline.h>

#include <QCommandLineParser>
#include <QTextStream>

namespace strata::cli {

/// Adds --help and parses; returns false (after printing help or the error) when the command
/// should exit with *exitCode.
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out,
                  QTextStream &err, int *exitCode);

/// A token cancelled by SIGINT/SIGTERM while an InterruptScope lives.
class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    const CancellationToken &token() const;
};

QString megabytes(qint64 bytes);

/// Each file an import kept out, and why: "  conflict: …" lines, then "  could not import …".
void printImportProblems(QTextStream &out, const store::ImportSummary &summary);

} // namespace strata::cli
