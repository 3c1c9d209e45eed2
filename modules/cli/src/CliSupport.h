#pragma once
// What every command shares: option parsing with --help, Ctrl-C as cancellation, sizes in words.
#include <strata/core/Job.h>

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

} // namespace strata::cli
