// `strata send`: C-STORE files, folders or cached studies to a DICOM node.
#include "CliSupport.h"
#include "Commands.h"
#include "NodeOptions.h"

#include <strata/core/Paths.h>
#include <strata/net/RemoteArchive.h>
#include <strata/store/LocalCache.h>

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace strata::cli {
namespace {

QStringList filesUnder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {info.absoluteFilePath()};
    QStringList files;
    for (QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    files.sort();  // a stable order: instances of a series go out in their file order
    return files;
}

int transcodedCount(const net::SendReport &r)
{
    int n = 0;
    for (const auto &s : r.instances)
        n += s.transcoded ? 1 : 0;
    return n;
}

double megabytesPerSecond(const net::SendReport &r)
{
    return r.seconds > 0 ? double(r.bytes) / 1e6 / r.seconds : 0.0;
}

QJsonObject toJson(const net::SendReport &r, const QString &peer)
{
    QJsonArray instances;
    for (const auto &s : r.instances)
        instances.append(QJsonObject{{QStringLiteral("file"), s.file},
                                     {QStringLiteral("sopInstanceUid"), s.sopInstanceUid},
                                     {QStringLiteral("status"), s.status},
                                     {QStringLiteral("ok"), s.ok()},
                                     {QStringLiteral("transcoded"), s.transcoded},
                                     {QStringLiteral("transferSyntax"), s.transferSyntax},
                                     {QStringLiteral("reason"), s.reason}});
    return QJsonObject{{QStringLiteral("peer"), peer},
                       {QStringLiteral("sent"), r.succeeded + r.warnings},
                       {QStringLiteral("succeeded"), r.succeeded},
                       {QStringLiteral("warnings"), r.warnings},
                       {QStringLiteral("failed"), r.failed},
                       {QStringLiteral("transcoded"), transcodedCount(r)},
                       {QStringLiteral("cancelled"), r.cancelled},
                       {QStringLiteral("bytes"), double(r.bytes)},
                       {QStringLiteral("seconds"), r.seconds},
                       {QStringLiteral("megabytesPerSecond"), megabytesPerSecond(r)},
                       {QStringLiteral("instances"), instances}};
}

} // namespace

int sendCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Send instances to a DICOM node by C-STORE (or STOW-RS with --stow): files, folders (recursively) and "
        "studies of the local cache (by Study Instance UID). Over C-STORE each instance goes in its stored transfer "
        "syntax when the node accepts it, otherwise transcoded to uncompressed little endian. A cached study that "
        "went out whole is then checked on the node (C-FIND or QIDO-RS): when the node lists every instance, the "
        "study is marked as stored remotely, so the cache quota may evict it (a node that cannot be asked leaves it "
        "unmarked). Exit status 1 when any instance failed."));
    addNodeOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption stow(QStringLiteral("stow"), QStringLiteral("Send by STOW-RS to the node's DICOMweb URL (--dicomweb) instead of C-STORE."));
    parser.addOption(json);
    parser.addOption(stow);
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("Files, folders or study UIDs."), QStringLiteral("<file|folder|study UID>..."));
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("send"), args, out, err, &parseExit))
        return parseExit;
    const QStringList what = parser.positionalArguments();
    if (what.isEmpty()) {
        err << "strata send: name files, folders or study UIDs to send\n";
        return 2;
    }
    auto nodes = nodesFromOptions(parser);
    if (!nodes.ok()) {
        err << "strata send: " << nodes.error().message() << "\n";
        return 2;
    }
    const net::Node node = nodes.value().front();
    const bool byStow = parser.isSet(stow);
    if (byStow && node.dicomWebUrl.isEmpty()) {
        err << "strata send: --stow needs the node's DICOMweb URL (--dicomweb URL)\n";
        return 2;
    }
    if (!byStow && node.host.isEmpty()) {
        err << "strata send: C-STORE needs --aec, --host and --port (or --stow with --dicomweb)\n";
        return 2;
    }
    const net::Timeouts timeouts = timeoutsFromOptions(parser);

    // Files and folders as given; study UIDs resolved to their cached files, all in one send.
    QStringList files;
    QStringList studies;   // cached studies named by UID: checked on the node after the send
    std::unique_ptr<store::LocalCache> cache;
    for (const QString &w : what) {
        if (QFileInfo::exists(w)) {
            files << filesUnder(w);
            continue;
        }
        if (!cache) {
            auto opened = store::LocalCache::open(paths::dataDir());
            if (!opened.ok()) {
                err << "strata send: " << opened.error().message() << "\n";
                return 1;
            }
            cache = std::move(opened).value();
        }
        auto instances = cache->studyInstances(w);
        if (!instances.ok() || instances->empty()) {
            err << "strata send: " << w << ": neither a file or folder nor a study in the local cache\n";
            return 1;
        }
        for (const store::InstanceRecord &r : instances.value())
            files << r.filePath;
        studies << w;
    }
    if (files.isEmpty()) {
        err << "strata send: the folders hold no files\n";
        return 1;
    }

    const net::RemoteArchive archive(node, timeouts);
    auto sent = archive.send(files, byStow ? net::SendMethod::StowRs : net::SendMethod::CStore);
    if (!sent.ok()) {
        err << "strata send: " << sent.error().message() << "\n";
        return 1;
    }
    const net::SendReport report = std::move(sent).value();
    const QString peer = byStow ? node.dicomWebUrl : node.label();

    // The studies that went out whole: does the node now hold each of their instances?
    QJsonArray checks;
    QStringList checkLines;
    for (const QString &study : studies) {
        if (report.failed > 0 || report.cancelled)
            break;
        auto check = archive.verifyStored(study, paths::dataDir());
        if (!check.ok()) {
            checkLines << QStringLiteral("study %1: cannot check it on the node: %2").arg(study, check.error().message());
            checks.append(QJsonObject{{QStringLiteral("study"), study}, {QStringLiteral("error"), check.error().message()}});
            continue;
        }
        const net::StoredCheck &c = check.value();
        checkLines << (c.safe() ? QStringLiteral("study %1: the node holds all %2 instances; marked as stored remotely").arg(study).arg(c.local)
                                : QStringLiteral("study %1: the node lists %2 of %3 instances; %4 missing there")
                                      .arg(study).arg(c.onNode).arg(c.local).arg(c.lacking.size()));
        checks.append(QJsonObject{{QStringLiteral("study"), study},
                                  {QStringLiteral("local"), c.local},
                                  {QStringLiteral("onNode"), c.onNode},
                                  {QStringLiteral("lacking"), QJsonArray::fromStringList(c.lacking)},
                                  {QStringLiteral("storedRemotely"), c.marked}});
    }

    if (parser.isSet(json)) {
        QJsonObject object = toJson(report, peer);
        if (!studies.isEmpty())
            object.insert(QStringLiteral("verified"), checks);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &s : report.instances) {
            if (s.status == 0)
                continue;
            out << (s.ok() ? "warning " : "failed ") << s.file;
            if (!s.sopInstanceUid.isEmpty())
                out << " (" << s.sopInstanceUid << ")";
            out << ": " << s.reason << "\n";
        }
        out << peer << ": " << (report.succeeded + report.warnings) << " sent, " << transcodedCount(report)
            << " transcoded, " << report.warnings << " with warnings, " << report.failed << " failed; "
            << QString::number(double(report.bytes) / 1e6, 'f', 1) << " MB in " << QString::number(report.seconds, 'f', 2)
            << " s (" << QString::number(megabytesPerSecond(report), 'f', 1) << " MB/s, "
            << QString::number(report.seconds > 0 ? double(report.succeeded + report.warnings) / report.seconds : 0.0, 'f', 1)
            << " instances/s)\n";
        for (const QString &line : checkLines)
            out << line << "\n";
    }
    return report.failed > 0 || report.cancelled ? 1 : 0;
}

} // namespace strata::cli
