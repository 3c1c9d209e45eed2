#pragma once
// Command-line options that name a node: ad hoc (--aec/--host/--port, --dicomweb) or from the
// registry (--node NAME, repeatable where a command takes several).
#include <strata/core/Result.h>
#include <strata/net/Node.h>

#include <QCommandLineParser>

#include <vector>

namespace strata::cli {

void addNodeOptions(QCommandLineParser &parser);
/// The nodes the options name (several with repeated --node); an error says what is missing.
Result<std::vector<net::Node>> nodesFromOptions(const QCommandLineParser &parser);
net::Timeouts timeoutsFromOptions(const QCommandLineParser &parser);

} // namespace strata::cli
