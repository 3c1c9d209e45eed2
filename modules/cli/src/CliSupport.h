#pragma once
// What every command shares: option parsing with --help, Ctrl-C as cancellation, sizes in words.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/Records.h>

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <optional>
#include <vector>

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

/// --include-withdrawn, for the commands that copy studies for people (export, cd, anonymize).
void addWithdrawnOption(QCommandLineParser &parser);

/// The studies' files for such a copy, from the cache in the data folder: the instances a
/// rejection note withdraws are left out (said on `err`) unless --include-withdrawn. On an error
/// (a study not in the cache, say) it is printed and nothing returned.
std::optional<store::StudyCopy> filesForCopy(const QString &command, const QStringList &studyUids, const QCommandLineParser &parser,
                                             QTextStream &err);

/// The headers a command reads: of a study in the local cache (`where` one Study Instance UID that
/// is no file; only its instances whose SOP Class UID `wanted` accepts are read), else of the DICOM
/// files among the files and folders of `where`.
Result<std::vector<dicom::DicomHeader>> headersOf(const QStringList &where, const std::function<bool(const QString &sopClassUid)> &wanted);

} // namespace strata::cli
