#include "CliSupport.h"

#include <QFileInfo>

#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/store/LocalCache.h>

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

void addWithdrawnOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("include-withdrawn"),
                      QStringLiteral("Also copy the images a rejection note withdraws (IHE IOCM: rejected for quality, wrong patient, …); "
                                     "they are left out by default.")});
}

std::optional<store::StudyCopy> filesForCopy(const QString &command, const QStringList &studyUids, const QCommandLineParser &parser,
                                             QTextStream &err)
{
    auto opened = store::LocalCache::open(paths::dataDir());
    if (!opened.ok()) {
        err << "strata " << command << ": " << opened.error().message() << "\n";
        return std::nullopt;
    }
    auto copy = opened.value()->filesForCopy(studyUids, parser.isSet(QStringLiteral("include-withdrawn")));
    if (!copy.ok()) {
        if (copy.error().code == ErrorCode::NotFound)
            err << "strata " << command << ": study " << copy.error().subject << " is not in the local cache\n";
        else
            err << "strata " << command << ": " << copy.error().message() << "\n";
        return std::nullopt;
    }
    if (copy->files.isEmpty()) {
        err << "strata " << command << ": nothing to copy: " << copy->withdrawnNote() << "; --include-withdrawn copies them\n";
        return std::nullopt;
    }
    if (copy->withdrawnCount() > 0)
        err << "strata " << command << ": " << copy->withdrawnNote() << " (--include-withdrawn copies them)\n";
    return std::move(copy).value();
}

Result<std::vector<dicom::DicomHeader>> headersOf(const QStringList &where, const std::function<bool(const QString &sopClassUid)> &wanted)
{
    if (where.size() != 1 || QFileInfo::exists(where.first()))
        return dicom::scanFiles(dicom::listFiles(where), {}).headers;
    auto cache = store::LocalCache::open(paths::dataDir());
    if (!cache.ok())
        return cache.error();
    auto instances = cache.value()->studyInstances(where.first());
    if (!instances.ok())
        return instances.error();
    if (instances.value().empty())
        return Error(ErrorCode::NotFound, where.first(), QStringLiteral("neither a file nor a study in the local cache"));
    std::vector<dicom::DicomHeader> headers;
    for (const store::InstanceRecord &i : instances.value()) {
        if (!wanted(i.sopClassUid))
            continue;   // the images' headers are not needed
        auto h = dicom::readHeader(i.filePath);
        if (!h.ok())
            return h.error();
        headers.push_back(std::move(h).value());
    }
    return headers;
}

} // namespace strata::cli
