// `strata node`: the registry of remote nodes (add, list, test, remove).
#include "Commands.h"
#include "NodeOptions.h"

#include <strata/core/Paths.h>
#include <strata/net/NodeRegistry.h>
#include <strata/net/RemoteArchive.h>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace strata::cli {
namespace {

using net::NodeRegistry;

const char kUsage[] =
    "Usage: strata node <subcommand> [options]\n\n"
    "  add <name> --aec AE --host HOST --port PORT [--aet STRATA] [--dicomweb URL]\n"
    "             [--auth basic --user USER | --auth bearer] [--tls --tls-ca FILE [--tls-cert FILE --tls-key FILE] [--tls-no-verify]]\n"
    "             [--tls-pin SHA256] [--allow-insecure-auth]\n"
    "             the password or token is read from standard input (never from the command line)\n"
    "  list [--json]    the nodes and what each was found to support\n"
    "  test <name>      probe the node (C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS,\n"
    "                   Orthanc REST), store and print what it supports\n"
    "  remove <name>    remove the node and its keychain entry\n";

std::unique_ptr<NodeRegistry> openRegistry(const QString &command, QTextStream &err)
{
    auto registry = NodeRegistry::open(paths::dataDir());
    if (!registry.ok()) {
        err << "strata node " << command << ": " << registry.error().message() << "\n";
        return nullptr;
    }
    return std::move(registry).value();
}

/// Parses `args` (after the subcommand); returns -1 to go on, else the exit code.
int parse(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out, QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("strata node ") + command} + args)) {
        err << "strata node " << command << ": " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return -1;
}

/// The first line of standard input (the secret), without its line end.
QString readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int add(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add a node to the registry. It is validated first; a password or token "
                                                    "is read from standard input and kept in the system keychain."));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("What to call the node (unique)."));
    parser.addOptions({
        {QStringLiteral("aec"), QStringLiteral("The node's (called) AE title."), QStringLiteral("ae")},
        {QStringLiteral("host"), QStringLiteral("Host name or address."), QStringLiteral("host")},
        {QStringLiteral("port"), QStringLiteral("DICOM port."), QStringLiteral("port")},
        {QStringLiteral("aet"), QStringLiteral("Strata's (calling) AE title (default STRATA)."), QStringLiteral("ae"), QStringLiteral("STRATA")},
        {QStringLiteral("dicomweb"), QStringLiteral("DICOMweb base URL, e.g. http://127.0.0.1:8042/dicom-web."), QStringLiteral("url")},
        {QStringLiteral("auth"), QStringLiteral("DICOMweb authentication: basic or bearer (secret from standard input)."), QStringLiteral("kind")},
        {QStringLiteral("user"), QStringLiteral("User name for basic authentication."), QStringLiteral("user")},
        {QStringLiteral("password-stdin"), QStringLiteral("Read the password or token from standard input (implied by --auth).")},
        {QStringLiteral("tls"), QStringLiteral("DIMSE over TLS.")},
        {QStringLiteral("tls-ca"), QStringLiteral("PEM file of the certificates to trust."), QStringLiteral("file")},
        {QStringLiteral("tls-cert"), QStringLiteral("Strata's certificate (PEM), if the node asks for one."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("Its private key (PEM)."), QStringLiteral("file")},
        {QStringLiteral("tls-no-verify"), QStringLiteral("Do not verify the node's certificate.")},
        {QStringLiteral("tls-pin"), QStringLiteral("Accept exactly the node's certificate with this SHA-256 fingerprint (instead of a CA and its host name)."), QStringLiteral("sha256")},
        {QStringLiteral("allow-insecure-auth"), QStringLiteral("Send the Basic password or Bearer token over plain http:// too (refused otherwise).")},
    });
    if (const int code = parse(parser, QStringLiteral("add"), args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        err << "strata node add: name the node once, e.g. strata node add \"Main archive\" --aec ORTHANC --host 127.0.0.1 --port 4242\n";
        return 2;
    }
    QStringList problems;
    net::Node node;
    node.name = pos[0];
    node.aeTitle = parser.value(QStringLiteral("aec"));
    node.host = parser.value(QStringLiteral("host"));
    node.callingAeTitle = parser.value(QStringLiteral("aet"));
    node.dicomWebUrl = parser.value(QStringLiteral("dicomweb"));
    if (!parser.isSet(QStringLiteral("port"))) {
        problems << QStringLiteral("Port is missing: give the node's DICOM port with --port (often 104, 11112 or 4242)");
        node.port = 104;  // so that validation does not report it twice
    } else {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            problems << QStringLiteral("Port '%1' is not a port number: use 1 to 65535").arg(parser.value(QStringLiteral("port")));
            node.port = 104;
        } else {
            node.port = quint16(port);
        }
    }
    node.tls.enabled = parser.isSet(QStringLiteral("tls"));
    node.tls.trustedCertificates = parser.value(QStringLiteral("tls-ca"));
    node.tls.certificateFile = parser.value(QStringLiteral("tls-cert"));
    node.tls.privateKeyFile = parser.value(QStringLiteral("tls-key"));
    node.tls.verifyPeer = !parser.isSet(QStringLiteral("tls-no-verify"));
    node.tls.pinnedSha256 = parser.value(QStringLiteral("tls-pin"));
    node.allowInsecureAuth = parser.isSet(QStringLiteral("allow-insecure-auth"));
    if (!node.tls.enabled && (parser.isSet(QStringLiteral("tls-ca")) || parser.isSet(QStringLiteral("tls-pin")) || parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"))))
        problems << QStringLiteral("TLS files were given without --tls: add --tls to use TLS");
    const QString auth = parser.value(QStringLiteral("auth")).toLower();
    if (auth == QLatin1String("basic"))
        node.auth = net::AuthKind::Basic;
    else if (auth == QLatin1String("bearer"))
        node.auth = net::AuthKind::Bearer;
    else if (!auth.isEmpty() && auth != QLatin1String("none"))
        problems << QStringLiteral("--auth '%1' is unknown: use basic or bearer").arg(auth);
    node.username = parser.value(QStringLiteral("user"));
    if (!node.username.isEmpty() && node.auth != net::AuthKind::Basic)
        problems << QStringLiteral("--user is for basic authentication: add --auth basic");
    if (node.auth != net::AuthKind::None || parser.isSet(QStringLiteral("password-stdin"))) {
        node.secret = readSecretFromStdin();
        if (node.secret.isEmpty() && node.auth != net::AuthKind::None)
            problems << QStringLiteral("no password or token on standard input: pipe it in, e.g. printf '%s' \"$SECRET\" | strata node add ...");
    }

    auto registry = openRegistry(QStringLiteral("add"), err);
    if (!registry)
        return 1;
    if (problems.isEmpty()) {
        if (const auto e = registry->save(node)) {
            if (e->code != ErrorCode::InvalidArgument) {
                err << "strata node add: " << e->message() << "\n";
                return 1;
            }
            problems << e->reason.split(QLatin1Char('\n'));
        }
    } else {
        // Report the validation problems too, all at once.
        auto nodes = registry->list();
        net::NodeValidationContext context;
        if (nodes.ok())
            for (const net::Node &n : nodes.value())
                context.takenNames << n.name;
        context.secretStored = !node.secret.isEmpty() || node.auth == net::AuthKind::None;
        for (const QString &p : net::validateNode(node, context))
            if (!problems.contains(p))
                problems << p;
    }
    if (!problems.isEmpty()) {
        err << "strata node add: node '" << node.name << "' was not saved:\n";
        for (const QString &p : problems)
            err << "  - " << p << "\n";
        return 2;
    }
    out << "added node '" << node.name << "' (" << node.label() << ")";
    if (!node.secret.isEmpty())
        out << "; its " << (node.auth == net::AuthKind::Basic ? "password" : "token") << " is in the system keychain";
    out << "\nrun `strata node test \"" << node.name << "\"` to find out what it supports\n";
    return 0;
}

QJsonObject nodeJson(const net::Node &n, bool secretStored)
{
    QJsonObject o{
        {QStringLiteral("name"), n.name},
        {QStringLiteral("aeTitle"), n.aeTitle},
        {QStringLiteral("host"), n.host},
        {QStringLiteral("port"), int(n.port)},
        {QStringLiteral("callingAeTitle"), n.callingAeTitle},
        {QStringLiteral("dicomWebUrl"), n.dicomWebUrl},
        {QStringLiteral("auth"), n.auth == net::AuthKind::Basic ? QStringLiteral("basic")
                                 : n.auth == net::AuthKind::Bearer ? QStringLiteral("bearer") : QStringLiteral("none")},
        {QStringLiteral("secretInKeychain"), secretStored},
        {QStringLiteral("allowInsecureAuth"), n.allowInsecureAuth},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("enabled"), n.tls.enabled},
                                            {QStringLiteral("trustedCertificates"), n.tls.trustedCertificates},
                                            {QStringLiteral("certificateFile"), n.tls.certificateFile},
                                            {QStringLiteral("privateKeyFile"), n.tls.privateKeyFile},
                                            {QStringLiteral("verifyPeer"), n.tls.verifyPeer},
                                            {QStringLiteral("pinnedSha256"), n.tls.pinnedSha256}}},
        {QStringLiteral("capabilities"), QJsonDocument::fromJson(net::capabilitiesToJson(n.capabilities)).object()},
    };
    if (n.auth == net::AuthKind::Basic)
        o.insert(QStringLiteral("username"), n.username);
    return o;
}

int list(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the registry's nodes and what each was found to support."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (const int code = parse(parser, QStringLiteral("list"), args, out, err); code >= 0)
        return code;
    auto registry = openRegistry(QStringLiteral("list"), err);
    if (!registry)
        return 1;
    auto nodes = registry->list();
    if (!nodes.ok()) {
        err << "strata node list: " << nodes.error().message() << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const net::Node &n : nodes.value())
            array.append(nodeJson(n, registry->hasStoredSecret(n.name)));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (nodes.value().empty()) {
        out << "no nodes: add one with `strata node add <name> --aec AE --host HOST --port PORT`\n";
        return 0;
    }
    for (const net::Node &n : nodes.value()) {
        out << n.name << "  " << n.label();
        if (n.tls.enabled)
            out << " (TLS)";
        if (!n.dicomWebUrl.isEmpty())
            out << "  " << n.dicomWebUrl;
        out << "\n  supports: " << net::capabilitiesSummary(n.capabilities);
        if (n.capabilities.probedAt.isValid())
            out << " (tested " << n.capabilities.probedAt.toUTC().toString(Qt::ISODate) << ")";
        out << "\n";
    }
    return 0;
}

int test(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Probe a node: what does it support? The result is stored with the node."));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The node (see `strata node list`)."));
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each step (default 10)."), QStringLiteral("s"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Print what each check tried and what the node answered.")});
    if (const int code = parse(parser, QStringLiteral("test"), args, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << "strata node test: name one node, e.g. strata node test \"Main archive\"\n";
        return 2;
    }
    const QString name = parser.positionalArguments().first();
    auto registry = openRegistry(QStringLiteral("test"), err);
    if (!registry)
        return 1;
    auto node = registry->get(name);
    if (!node.ok()) {
        err << "strata node test: " << node.error().message() << "\n";
        return 1;
    }
    net::Timeouts t;
    const int s = std::max(1, parser.value(QStringLiteral("timeout")).toInt());
    t.connect = t.acse = t.dimse = s;
    auto report = net::RemoteArchive(node.value(), t).probe();
    if (!report.ok()) {
        err << "strata node test: " << report.error().message() << "\n";
        return 1;
    }
    const net::Capabilities &c = report.value().capabilities;
    if (const auto e = registry->saveCapabilities(node.value().name, c)) {
        err << "strata node test: " << e->message() << "\n";
        return 1;
    }
    out << "node '" << node.value().name << "' (" << node.value().label() << ")\n";
    auto line = [&](const char *what, bool on) { out << "  " << QString::fromLatin1(what).leftJustified(24) << (on ? "yes" : "no") << "\n"; };
    line("C-ECHO", c.echo);
    line("C-FIND study root", c.findStudyRoot);
    line("C-FIND patient root", c.findPatientRoot);
    line("C-GET", c.cGet);
    line("C-MOVE", c.cMove);
    line("C-STORE", c.cStore);
    line("QIDO-RS", c.qidoRs);
    line("WADO-RS", c.wadoRs);
    line("STOW-RS", c.stowRs);
    line("Orthanc REST", c.orthancRest);
    if (parser.isSet(QStringLiteral("verbose")))
        for (const QString &note : report.value().notes)
            out << "  · " << note << "\n";
    return 0;
}

int remove(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove a node from the registry (and its keychain entry)."));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The node (see `strata node list`)."));
    if (const int code = parse(parser, QStringLiteral("remove"), args, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << "strata node remove: name one node, e.g. strata node remove \"Main archive\"\n";
        return 2;
    }
    auto registry = openRegistry(QStringLiteral("remove"), err);
    if (!registry)
        return 1;
    const QString name = parser.positionalArguments().first();
    if (const auto e = registry->remove(name)) {
        err << "strata node remove: " << e->message() << "\n";
        return 1;
    }
    out << "removed node '" << name << "'\n";
    return 0;
}

} // namespace

int nodeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return add(rest, out, err);
    if (sub == QLatin1String("list"))
        return list(rest, out, err);
    if (sub == QLatin1String("test"))
        return test(rest, out, err);
    if (sub == QLatin1String("remove"))
        return remove(rest, out, err);
    err << "strata node: unknown subcommand '" << sub << "'\n" << kUsage;
    return 2;
}

} // namespace strata::cli
