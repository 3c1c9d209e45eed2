// `strata retrieve`: a study or series from a node into the local cache.
#include "CliSupport.h"
#include "Commands.h"
#include "NodeOptions.h"

#include <strata/core/Paths.h>
#include <strata/net/RemoteArchive.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace strata::cli {

int retrieveCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Retrieve a study (or one series) from a node into the local cache, by C-GET, C-MOVE or WADO-RS "
        "(--method; auto chooses from what `strata node test` found). A retrieve that comes back short lists "
        "what is missing; --only-missing fetches just what the cache lacks."));
    addNodeOptions(parser);
    parser.addOption({QStringLiteral("series"), QStringLiteral("Only this series."), QStringLiteral("uid")});
    parser.addOption({QStringLiteral("instances"), QStringLiteral("Only these SOP Instance UIDs (comma-separated)."), QStringLiteral("uids")});
    parser.addOption({QStringLiteral("only-missing"), QStringLiteral("Fetch only the instances the cache does not hold yet.")});
    parser.addOption({QStringLiteral("method"), QStringLiteral("auto (default), get, move or wado."), QStringLiteral("method"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("move-address"), QStringLiteral("C-MOVE: the local address Strata listens on (default: the one the node is reached from)."), QStringLiteral("address")});
    parser.addOption({QStringLiteral("move-port"), QStringLiteral("C-MOVE: the port Strata listens on (the node must know it for our AE title)."), QStringLiteral("port")});
    parser.addOption({QStringLiteral("move-to"), QStringLiteral("C-MOVE to this other AE title (a third node) instead of Strata."), QStringLiteral("ae")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    parser.addPositionalArgument(QStringLiteral("study"), QStringLiteral("Study Instance UID."));
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("retrieve"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << "strata retrieve: give one Study Instance UID\n";
        return 2;
    }
    auto nodes = nodesFromOptions(parser);
    if (!nodes.ok() || nodes.value().size() != 1) {
        err << "strata retrieve: " << (nodes.ok() ? QStringLiteral("retrieve from one node") : nodes.error().message()) << "\n";
        return 2;
    }
    const net::Node &node = nodes.value().front();
    const net::Timeouts timeouts = timeoutsFromOptions(parser);
    net::RetrieveRequest request;
    request.studyInstanceUid = parser.positionalArguments().first();
    request.seriesInstanceUid = parser.value(QStringLiteral("series"));
    request.sopInstanceUids = parser.value(QStringLiteral("instances")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString method = parser.value(QStringLiteral("method")).toLower();
    if (method == QLatin1String("get"))
        request.method = net::RetrieveMethod::CGet;
    else if (method == QLatin1String("move"))
        request.method = net::RetrieveMethod::CMove;
    else if (method == QLatin1String("wado"))
        request.method = net::RetrieveMethod::WadoRs;
    else if (method != QLatin1String("auto")) {
        err << "strata retrieve: --method is auto, get, move or wado\n";
        return 2;
    }
    request.moveListenPort = quint16(parser.value(QStringLiteral("move-port")).toUInt());
    request.moveListenAddress = parser.value(QStringLiteral("move-address"));
    request.moveDestination = parser.value(QStringLiteral("move-to"));
    if (request.method == net::RetrieveMethod::CMove && request.moveDestination.isEmpty() && request.moveListenPort == 0) {
        err << "strata retrieve: C-MOVE to Strata needs --move-port (the port the node sends to for AE " << node.callingAeTitle << ")\n";
        return 2;
    }
    const QString dataDir = paths::dataDir();

    request.onlyMissing = parser.isSet(QStringLiteral("only-missing"));

    InterruptScope interrupt;
    const bool json = parser.isSet(QStringLiteral("json"));
    auto report = net::RemoteArchive(node, timeouts).retrieve(request, dataDir, interrupt.token(), [&](const net::RetrieveProgress &p) {
        if (json)
            return;
        err << "\rretrieving: " << p.received;
        if (p.expected > 0)
            err << "/" << p.expected;
        err << " instances, " << megabytes(p.bytes) << "   ";
        err.flush();
    });
    if (!json)
        err << "\n";
    if (!report.ok()) {
        err << "strata retrieve: " << report.error().message() << "\n";
        return report.error().code == ErrorCode::Cancelled ? 130 : 1;
    }
    const net::RetrieveReport &r = report.value();
    if (request.onlyMissing && r.expected == 0 && !json) {
        out << "Nothing to fetch: the cache holds all " << r.alreadyCached << " instances\n";
        return 0;
    }
    if (json) {
        QJsonArray problems;
        for (const net::InstanceProblem &p : r.problems)
            problems.append(QJsonObject{{QStringLiteral("sopInstanceUid"), p.sopInstanceUid}, {QStringLiteral("reason"), p.reason}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("method"), net::methodName(r.method)},
                                         {QStringLiteral("expected"), r.expected},
                                         {QStringLiteral("alreadyCached"), r.alreadyCached},
                                         {QStringLiteral("completed"), r.completed},
                                         {QStringLiteral("failed"), r.failed},
                                         {QStringLiteral("warnings"), r.warnings},
                                         {QStringLiteral("imported"), r.import.imported},
                                         {QStringLiteral("duplicates"), r.import.duplicates},
                                         {QStringLiteral("conflicts"), r.import.conflicts},
                                         {QStringLiteral("conflictDetails"), QJsonArray::fromStringList(r.import.conflictDetails)},
                                         {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)},
                                         {QStringLiteral("problems"), problems},
                                         {QStringLiteral("checkedBy"), r.checkedBy == net::RetrieveReport::Check::Count     ? QStringLiteral("count")
                                                                       : r.checkedBy == net::RetrieveReport::Check::Listing ? QStringLiteral("listing")
                                                                                                                            : QStringLiteral("none")},
                                         {QStringLiteral("seconds"), r.seconds}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << net::methodName(r.method) << " from " << (node.name.isEmpty() ? node.label() : node.name) << ": " << r.completed
            << " of " << r.expected << " instances in " << QString::number(r.seconds, 'f', 1) << " s";
        if (r.seconds > 0)
            out << " (" << QString::number(r.completed / r.seconds, 'f', 0) << " instances/s)";
        out << "; imported " << r.import.imported << ", already cached " << r.import.duplicates;
        if (r.import.conflicts)   // the cache holds another copy of these instances (kept; the node's was not imported)
            out << ", " << r.import.conflicts << " conflict(s)";
        out << "\n";
        for (const net::InstanceProblem &p : r.problems)
            out << "  failed: " << (p.sopInstanceUid.isEmpty() ? QString() : p.sopInstanceUid + QStringLiteral(": ")) << p.reason << "\n";
        printImportProblems(out, r.import);
        if (!r.missing.isEmpty())
            out << "  missing " << r.missing.size() << " instance(s); fetch just those with --only-missing:\n    "
                << r.missing.mid(0, 20).join(QStringLiteral("\n    ")) << (r.missing.size() > 20 ? QStringLiteral("\n    ...") : QString()) << "\n";
    }
    return r.complete() ? 0 : 1;
}

} // namespace strata::cli
