#include "NodeOptions.h"

#include <strata/core/Paths.h>
#include <strata/net/NodeRegistry.h>

namespace strata::cli {

void addNodeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("node"), QStringLiteral("A node from the registry (`strata node list`); repeat for several."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("aec"), QStringLiteral("Ad hoc node: its (called) AE title."), QStringLiteral("ae")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Ad hoc node: host name or address."), QStringLiteral("host")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Ad hoc node: DICOM port."), QStringLiteral("port")});
    parser.addOption({QStringLiteral("dicomweb"), QStringLiteral("Ad hoc node: DICOMweb base URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("aet"), QStringLiteral("Strata's (calling) AE title (default STRATA)."), QStringLiteral("ae"), QStringLiteral("STRATA")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each step (default 30)."), QStringLiteral("s"), QStringLiteral("30")});
}

Result<std::vector<net::Node>> nodesFromOptions(const QCommandLineParser &parser)
{
    std::vector<net::Node> nodes;
    if (parser.isSet(QStringLiteral("node"))) {
        if (parser.isSet(QStringLiteral("host")) || parser.isSet(QStringLiteral("dicomweb")))
            return Error(ErrorCode::InvalidArgument, QStringLiteral("--node"), QStringLiteral("name a node either with --node or ad hoc (--aec/--host/--port, --dicomweb), not both"));
        auto registry = net::NodeRegistry::open(paths::dataDir());
        if (!registry.ok())
            return registry.error();
        for (const QString &name : parser.values(QStringLiteral("node"))) {
            auto node = registry.value()->get(name);  // with its secret from the keychain
            if (!node.ok())
                return node.error();
            if (parser.isSet(QStringLiteral("aet")))
                node.value().callingAeTitle = parser.value(QStringLiteral("aet"));
            nodes.push_back(node.value());
        }
        return nodes;
    }
    if (!parser.isSet(QStringLiteral("host")) && !parser.isSet(QStringLiteral("dicomweb")))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("node"), QStringLiteral("name a node: --node NAME, or --aec AE --host HOST --port PORT, or --dicomweb URL"));
    net::Node node;
    node.name = QStringLiteral("ad hoc");
    node.aeTitle = parser.value(QStringLiteral("aec"));
    node.host = parser.value(QStringLiteral("host"));
    node.callingAeTitle = parser.value(QStringLiteral("aet"));
    node.dicomWebUrl = parser.value(QStringLiteral("dicomweb"));
    if (parser.isSet(QStringLiteral("host"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("--port"), QStringLiteral("a DICOM port between 1 and 65535 is required with --host"));
        if (node.aeTitle.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("--aec"), QStringLiteral("the node's AE title is required with --host"));
        node.port = quint16(port);
    }
    nodes.push_back(node);
    return nodes;
}

net::Timeouts timeoutsFromOptions(const QCommandLineParser &parser)
{
    net::Timeouts t;
    const int s = std::max(1, parser.value(QStringLiteral("timeout")).toInt());
    t.connect = std::min(s, 10);
    t.acse = std::min(s, 15);
    t.dimse = s;
    return t;
}

} // namespace strata::cli
