#pragma once
/// The registry of remote nodes: validation and the keychain here, the rows in the store's
/// nodes repository (store::NodeRepository, table `nodes` of the index). Everything but the secret
/// is stored there; the password or token goes to the system keychain (QtKeychain, service
/// "Strata", key "node/<name>") and is never written in plain text. One registry per thread (its
/// repository owns that thread's SQLite connection). Keychain calls wait at most 20 s.
#include <strata/core/Result.h>
#include <strata/net/Node.h>

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace strata::net {

/// What `validateNode` needs to know besides the node itself.
struct NodeValidationContext {
    QStringList takenNames;     ///< names of the other nodes (a new name must not be one of them)
    bool secretStored = false;  ///< the keychain already holds this node's secret (editing)
};

/// Everything wrong with a node, one message per problem, each saying what to fix, e.g.
/// "AE title 'ORTHANC_ARCHIVE_1' is 17 characters; DICOM allows at most 16". Empty = valid.
QStringList validateNode(const Node &node, const NodeValidationContext &context = {});

/// The keychain key of a node's secret: "node/<name>".
QString keychainKey(const QString &nodeName);

class NodeRegistry {
public:
    ~NodeRegistry();
    /// Opens the registry of the local cache under `dataDir` (through its store service).
    static Result<std::unique_ptr<NodeRegistry>> open(const QString &dataDir);

    /// All nodes, sorted by name; secrets are not filled in (no keychain access).
    Result<std::vector<Node>> list() const;
    /// One node by name (case-insensitive); with `withSecret`, its secret from the keychain.
    Result<Node> get(const QString &name, bool withSecret = true) const;
    /// Does the keychain hold a secret for this node (recorded when it was saved)?
    bool hasStoredSecret(const QString &name) const;
    /// Validates, then adds the node (`replacing` empty: the name must be new) or replaces the
    /// node called `replacing` (which may rename it). A non-empty secret goes to the keychain
    /// first: when there is no keychain the node is not saved and the error says so. An empty
    /// secret keeps the one already stored. Validation problems come back as one error whose
    /// reason lists every message (one per line).
    std::optional<Error> save(const Node &node, const QString &replacing = {});
    /// Removes the node and its keychain entry.
    std::optional<Error> remove(const QString &name);
    /// Records what a probe found (capabilities.probedAt included).
    std::optional<Error> saveCapabilities(const QString &name, const Capabilities &capabilities);

private:
    NodeRegistry();
    struct Private;
    std::unique_ptr<Private> d;
};

/// Capabilities as JSON (stored in the index, printed by `strata node list --json`) and back.
QByteArray capabilitiesToJson(const Capabilities &capabilities);
Capabilities capabilitiesFromJson(const QByteArray &json);
/// "echo, find (study root), C-GET, QIDO-RS, ..." or "not tested".
QString capabilitiesSummary(const Capabilities &capabilities);

} // namespace strata::net
