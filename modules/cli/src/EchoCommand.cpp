// `strata echo`: C-ECHO a DICOM node.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/net/RemoteArchive.h>

#include <QCommandLineParser>

namespace strata::cli {

int echoCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Send a C-ECHO to a DICOM node: is it there, and does it accept Strata?"));
    const QCommandLineOption aec(QStringLiteral("aec"), QStringLiteral("The node's (called) AE title."), QStringLiteral("ae"));
    const QCommandLineOption aet(QStringLiteral("aet"), QStringLiteral("Strata's (calling) AE title (default STRATA)."), QStringLiteral("ae"), QStringLiteral("STRATA"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each step (default 10)."), QStringLiteral("s"), QStringLiteral("10"));
    parser.addOptions({aec, aet, timeout});
    parser.addPositionalArgument(QStringLiteral("host"), QStringLiteral("Host name or address."));
    parser.addPositionalArgument(QStringLiteral("port"), QStringLiteral("DICOM port."));
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("echo"), args, out, err, &parseExit))
        return parseExit;
    bool portOk = false;
    const QStringList pos = parser.positionalArguments();
    const uint port = pos.size() == 2 ? pos[1].toUInt(&portOk) : 0;
    if (pos.size() != 2 || !portOk || port == 0 || port > 65535 || !parser.isSet(aec)) {
        err << "strata echo: usage: strata echo --aec <AE> <host> <port>\n";
        return 2;
    }
    net::Node node;
    node.host = pos[0];
    node.port = quint16(port);
    node.aeTitle = parser.value(aec);
    node.callingAeTitle = parser.value(aet);
    net::Timeouts t;
    t.connect = t.acse = t.dimse = std::max(1, parser.value(timeout).toInt());
    auto reply = net::RemoteArchive(node, t).verify();
    if (!reply.ok()) {
        err << "strata echo: " << reply.error().message() << "\n";
        return 1;
    }
    out << "C-ECHO " << node.label() << ": success in " << QString::number(reply->milliseconds, 'f', 1) << " ms\n";
    return 0;
}

} // namespace strata::cli
