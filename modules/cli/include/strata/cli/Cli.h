#pragma once
/// The headless command line: `strata <command> [options]`. Runs on a QCoreApplication and never
/// creates a window.
#include <QStringList>
#include <QTextStream>

namespace strata::cli {

/// True when `arguments` (argv without the program name) ask for a headless command, --help or
/// --version rather than the GUI.
bool isHeadless(const QStringList &arguments);

/// Runs a command; returns the process exit status (0 success, 1 failure, 2 usage error).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// Applies global options (--data-dir) and removes them from `arguments`.
/// Returns false with a message in `error` when an option is malformed.
bool takeGlobalOptions(QStringList &arguments, QString *error);

/// "strata 0.1.0 (Qt 6.4.2, GDCM 3.0.21)".
QString versionText();

} // namespace strata::cli
