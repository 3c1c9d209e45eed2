// `strata export`: a study's original files from the local cache, as a DICOMDIR file-set in a
// folder or a zip file.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/dicom/FileSet.h>
#include <strata/store/AuditLog.h>
#include <strata/store/LocalCache.h>

#include <quazip/JlCompress.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>

namespace strata::cli {

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy a study's original files from the local cache, with a DICOMDIR, into a folder (which must not exist or be "
        "empty) or into a zip file (when the target ends in .zip)."));
    parser.addOption({QStringLiteral("to"), QStringLiteral("Where to write: a folder, or a file ending in .zip."), QStringLiteral("dir|file.zip")});
    addWithdrawnOption(parser);
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress line.")});
    parser.addPositionalArgument(QStringLiteral("study-uid"), QStringLiteral("Study Instance UID of a study in the local cache."));
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("export"), args, out, err, &parseExit))
        return parseExit;
    if (parser.positionalArguments().size() != 1) {
        err << "strata export: give one Study Instance UID (see `strata studies`)\n";
        return 2;
    }
    const QString target = parser.value(QStringLiteral("to"));
    if (target.isEmpty()) {
        err << "strata export: say where to write with --to <dir|file.zip>\n";
        return 2;
    }
    const QString uid = parser.positionalArguments().first();
    const bool zip = target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    const QFileInfo targetInfo(target);

    // The target first: a mistake there should not wait for the cache.
    if (zip) {
        if (targetInfo.exists()) {
            err << "strata export: " << targetInfo.absoluteFilePath() << " already exists\n";
            return 1;
        }
        if (!targetInfo.absoluteDir().exists()) {
            err << "strata export: " << targetInfo.absolutePath() << ": no such folder\n";
            return 1;
        }
    } else if (targetInfo.exists()
               && (!targetInfo.isDir() || !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))) {
        err << "strata export: " << targetInfo.absoluteFilePath()
            << (targetInfo.isDir() ? " is not empty" : " is a file, not a folder") << "\n";
        return 1;
    }

    const auto copy = filesForCopy(QStringLiteral("export"), {uid}, parser, err);
    if (!copy)
        return 1;
    const QStringList &files = copy->files;

    // A zip is written from a file-set in a temporary folder beside it (on the same disk).
    std::optional<QTemporaryDir> staging;
    if (zip) {
        staging.emplace(targetInfo.absolutePath() + QStringLiteral("/.strata-export-XXXXXX"));
        if (!staging->isValid()) {
            err << "strata export: cannot create a temporary folder in " << targetInfo.absolutePath() << ": "
                << staging->errorString() << "\n";
            return 1;
        }
    }
    const QString folder = zip ? staging->path() : targetInfo.absoluteFilePath();
    const bool createdFolder = !zip && !targetInfo.exists();

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    auto written = [&] {
        InterruptScope interrupt;
        return dicom::writeFileSet(files, folder, interrupt.token(), [&](const Progress &p) {
            if (quiet)
                return;
            err << "\rexporting: " << p.stage << " " << p.done << "/" << p.total << "   ";
            err.flush();
        });
    }();
    if (!quiet)
        err << "\n";
    if (!written.ok()) {
        store::audit({QStringLiteral("export"), uid, QStringLiteral("failure"), targetInfo.absoluteFilePath(), written.error().message()});
        if (createdFolder)
            QDir().rmdir(folder);  // only if writeFileSet left it empty
        err << "strata export: study " << uid << ": " << written.error().message() << "\n";
        return 1;
    }

    QString where = QDir::toNativeSeparators(written->dicomdir);
    if (zip) {
        const QString zipPath = targetInfo.absoluteFilePath();
        if (!JlCompress::compressDir(zipPath, folder, true)) {
            QFile::remove(zipPath);
            store::audit({QStringLiteral("export"), uid, QStringLiteral("failure"), zipPath, QStringLiteral("the zip file could not be written")});
            err << "strata export: " << zipPath << ": the zip file could not be written\n";
            return 1;
        }
        where = QDir::toNativeSeparators(zipPath);
    }
    store::audit({QStringLiteral("export"), uid, QStringLiteral("success"), QDir::fromNativeSeparators(where),
                  QStringLiteral("%1 file(s)").arg(written->copies.size())
                      + (copy->withdrawn.isEmpty() ? QString() : QStringLiteral("; ") + copy->withdrawnNote())});
    out << "Exported study " << uid << ": " << written->copies.size() << " file(s), " << megabytes(written->bytes) << ", "
        << written->series << " series, with a DICOMDIR\n"
        << "  " << where << "\n";
    return 0;
}

} // namespace strata::cli
