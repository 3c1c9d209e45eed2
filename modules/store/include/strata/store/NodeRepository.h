#pragma once
/// The rows of the remote nodes' registry (table `nodes` of the index): net::NodeRegistry keeps its
/// nodes here and their secrets in the system keychain (a row holds only the keychain key). One
/// repository per thread (it reads on that thread's SQLite connection, writes on the store service's
/// writer thread); from StoreService::nodes().
#include <strata/core/Result.h>

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace strata::store {

class StoreService;

/// One stored node, column by column.
struct NodeRow {
    QString name;  ///< unique, case-insensitive
    QString aeTitle;
    QString host;
    int port = 0;
    QString callingAeTitle;
    bool tlsEnabled = false;
    QString tlsCertificate;
    QString tlsPrivateKey;
    QString tlsTrusted;
    bool tlsVerifyPeer = true;
    QString tlsPinnedSha256;
    bool allowInsecureAuth = false;
    QString dicomWebUrl;
    QString auth;         ///< "none", "basic" or "bearer"
    QString username;
    QString secretRef;    ///< the keychain key of the node's secret, empty when none
    QByteArray capabilities;  ///< JSON
    QString probedAt;     ///< ISO 8601 UTC, empty when never probed
    QString createdAt;
    QString updatedAt;
};

class NodeRepository {
public:
    ~NodeRepository();

    /// Every node, sorted by name (case-insensitive).
    Result<std::vector<NodeRow>> list() const;
    /// The node called `name` (case-insensitive), or nothing.
    Result<std::optional<NodeRow>> find(const QString &name) const;
    /// Writes `row` in one transaction: as a new node (`replacing` empty) or in place of the node
    /// called `replacing` (which may rename it; its creation time is kept). `what` names the
    /// operation in an error ("saving node 'x'").
    Status save(const NodeRow &row, const QString &replacing, const QString &what);
    /// Removes the node's row (none is not an error).
    Status remove(const QString &name, const QString &what);
    /// Updates a node's capabilities; NotFound-free: returns whether a row was updated.
    Result<bool> updateCapabilities(const QString &name, const QByteArray &capabilitiesJson, const QString &probedAt,
                                    const QString &what);

    QString indexFile() const;

private:
    Status saveRow(const NodeRow &row, const QString &replacing, const QString &what);
    friend class StoreService;
    NodeRepository();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace strata::store
