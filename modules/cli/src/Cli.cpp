#include <strata/cli/Cli.h>

#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/dicom/TransferSyntax.h>
#include <strata/imaging/Reslicer.h>
#include <strata/net/RemoteArchive.h>
#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>


#include <array>

namespace strata::cli {
namespace {

constexpr std::array<Command, 26> kCommands{{
    {"info", "summarise DICOM files or folders: headers, series and geometry verdicts (--json)", infoCommand},
    {"sample", "write the synthetic CT phantom study (--out <dir>)", sampleCommand},
    {"demo", "headless demo: write the sample study, read it back, build its volume", demoCommand},
    {"import", "import files, folders, DICOMDIRs, zips and disc images (.iso) into the local cache", importCommand},
    {"studies", "search the local cache (--name, --id, --accession, --modality, --from/--to, --json)", studiesCommand},
    {"series", "list the series of a study in the local cache", seriesCommand},
    {"delete", "delete a study (its rows and files) from the local cache", deleteCommand},
    {"reconcile", "file a cached study under the local patient record (ID, name, birth date, sex, accession)", reconcileCommand},
    {"verify", "re-hash every stored file and report missing or corrupt ones", verifyCommand},
    {"quota", "show the cache size, set its quota (--set 20G) and evict what is stored remotely", quotaCommand},
    {"echo", "C-ECHO a DICOM node (--aec <AE> <host> <port>)", echoCommand},
    {"query", "C-FIND / QIDO-RS on one or more nodes (--node, --level, filters, --json)", queryCommand},
    {"retrieve", "fetch a study or series from a node into the local cache (C-GET, C-MOVE or WADO-RS)", retrieveCommand},
    {"send", "send studies or files to a node (C-STORE, or STOW-RS with --stow)", sendCommand},
    {"serve", "run the Storage SCP: receive studies into the local cache (import station)", serveCommand},
    {"node", "the registry of remote nodes: add, list, test, remove", nodeCommand},
    {"export", "copy a study's files with a DICOMDIR into a folder or a zip (--to)", exportCommand},
    {"sync", "background sync to remote archives: rule add|list|remove, status, jobs, run, prefetch, retry, pause, resume", syncCommand},
    {"anonymize", "de-identify studies (PS3.15 Basic Profile and options) into a file-set or zip (--out, --report)", anonymizeCommand},
    {"cd", "write studies as a patient CD: file-set with DICOMDIR (--out), ISO image (--iso), --anonymize", cdCommand},
    {"audit", "the audit log: list (filters, --json), verify (names the first bad record), export (DICOM XML)", auditCommand},
    {"segment", "segment a lesion from a seed (--seed X,Y,Z mm): volume, mean, max, RECIST axes (--json, --save)", segmentCommand},
    {"measurements", "a study's measurements: list, or export (--csv F, --json F, --sr F.dcm)", measurementsCommand},
    {"keyimages", "a study's key images: list (--json), or export as a DICOM key object selection (--kos F.dcm)", keyImagesCommand},
    {"documents", "a study's reports and documents (SR, PDF): list, show an SR as text, export a PDF (--out F)", documentsCommand},
    {"dvh", "a radiotherapy plan's dose-volume histograms: each structure's dose figures (--at D, --json, --csv F)", dvhCommand},
}};

void printHelp(QTextStream &out)
{
    out << "Usage: strata [--data-dir <dir>] [<command> [options]]\n\n"
           "Without a command, Strata opens its window. Commands run headless:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(14) << QString::fromLatin1(c.summary) << "\n";
    // Run by the app on the viewer's own painting (the GUI build only; `strata snapshot --help`).
    out << "  " << QStringLiteral("snapshot").leftJustified(14)
        << "render a view as the viewer shows it into a PNG, without a window (--view, --slice, --size, --out)\n";
    out << "\nGlobal options:\n"
           "  --data-dir <dir>  keep the local cache and settings in <dir>\n"
           "  --help, -h        show this help (or `strata <command> --help`)\n"
           "  --version, -v     show the version\n";
}

} // namespace

QString versionText()
{
    // The libraries as loaded at run time where they can say so (Qt, VTK, GDCM, OpenJPEG, SQLite);
    // DCMTK and ITK as built against (Debian ships each with one soname per version).
    const QStringList libraries{QStringLiteral("Qt ") + QString::fromLatin1(qVersion()),
                                QStringLiteral("VTK ") + imaging::vtkVersion(),
                                QStringLiteral("ITK ") + QStringLiteral(STRATA_ITK_VERSION),
                                QStringLiteral("GDCM ") + dicom::gdcmVersion(),
                                QStringLiteral("DCMTK ") + net::dcmtkVersion(),
                                QStringLiteral("SQLite ") + store::sqliteVersion(),
                                QStringLiteral("OpenJPEG ") + dicom::openJpegVersion()};
    return QStringLiteral("strata %1 (Qt %2, GDCM %3)\nlibraries: %4")
        .arg(QStringLiteral(STRATA_VERSION), QString::fromLatin1(qVersion()), dicom::gdcmVersion(), libraries.join(QStringLiteral(", ")));
}

bool takeGlobalOptions(QStringList &arguments, QString *error)
{
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--data-dir")) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("--data-dir needs a folder");
                return false;
            }
            paths::setDataDirOverride(arguments.at(i + 1));
            arguments.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--data-dir="))) {
            paths::setDataDirOverride(a.mid(11));
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return true;
}

bool isHeadless(const QStringList &arguments)
{
    return !arguments.isEmpty();
}

int run(const QStringList &argumentsIn, QTextStream &out, QTextStream &err)
{
    QStringList arguments = argumentsIn;
    QString error;
    if (!takeGlobalOptions(arguments, &error)) {
        err << "strata: " << error << "\n";
        return 2;
    }
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        printHelp(out);
        return 0;
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v")) {
        out << versionText() << "\n";
        return 0;
    }
    const QString name = arguments.takeFirst();
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name)) {
            // The command's opens of the store (cache, node registry, staging) share one start of
            // its service: migrations and recovery run once.
            store::StoreService::keepOpened(true);
            // What the command ingests (import, serve, retrieve) is queued for the sync rules it matches.
            sync::installIngestRouting();
            store::setDefaultAuditLog(true);  // what the command does is recorded in its data directory's log
            const int rc = c.run(arguments, out, err);
            store::StoreService::keepOpened(false);
            return rc;
        }
    err << "strata: unknown command '" << name << "'. Run `strata --help` for the list.\n";
    return 2;
}

} // namespace strata::cli
