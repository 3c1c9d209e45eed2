#pragma once
/// Strata's Storage SCP: accepts C-STORE (and C-ECHO) from configured calling AE titles, limits
/// concurrent associations, and imports what it receives through the store's pipeline in batches.
/// Used by `strata serve` (import station) and as the destination of C-MOVE.
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/store/ImportPipeline.h>

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace strata::net {

struct StorageScpConfig {
    QString aeTitle = QStringLiteral("STRATA");
    /// The IPv4 address to listen on; "0.0.0.0" (or empty) = every interface.
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 0;                 ///< 0 = pick a free port (see StorageScp::port())
    QStringList allowedCallingAeTitles; ///< empty + !acceptAnyCallingAe = refuse everyone
    bool acceptAnyCallingAe = false;  ///< off by default: unknown callers are rejected and logged
    int maxAssociations = 8;          ///< concurrent; more are rejected (transient, "local limit exceeded")
    QString dataDir;                  ///< the local cache to import into
    TlsSettings tls;                  ///< certificate + key to serve DIMSE over TLS
    Timeouts timeouts;
    /// Disk budget: the bytes this SCP may write in all while it runs (0 = no budget). An
    /// instance that would go past it is refused with 0xA700 (out of resources) and not kept.
    qint64 maxReceivedBytes = 0;
    /// Free space to leave on the cache's volume: while less is free, instances are refused with
    /// 0xA700 before anything of them is written.
    qint64 minFreeBytes = qint64(256) << 20;
    /// Peer addresses to accept associations from (IPv4/IPv6 literals); empty = any address.
    /// The C-MOVE receiver accepts only the node it asked.
    QStringList allowedPeerAddresses;
    /// The SOP Instance UIDs to accept; empty = any. Others are refused with 0x0124 (not
    /// authorised) and reported: the C-MOVE receiver takes only the instances it asked for.
    QSet<QString> expectedInstances;
    /// The Study Instance UID every instance must have; empty = any. Others are refused with
    /// 0x0124 once received (the study is in the data set, not the request) and not kept: the
    /// C-MOVE receiver of a whole study takes only that study.
    QString expectedStudy;
    /// An association open longer than this many seconds is cut off (its connection shut down;
    /// an instance in transfer is dropped), whatever the peer does meanwhile. 0 = no limit.
    int maxAssociationSeconds = 0;
    /// How long stop() lets the associations in progress go on before it cuts them off (the
    /// instance in transfer is not kept; the sender sees the association aborted).
    int stopGraceMilliseconds = 3000;
    /// The receiver of Strata's own C-MOVE (RetrieveMethod::CMove): what it takes in goes into the
    /// cache as a C-MOVE's instances (the ingest policy and the audit see that source), not as
    /// instances pushed to the Storage SCP.
    bool moveReceiver = false;
    /// Storage SOP classes that DCMTK's list does not name are accepted as storage too: a vendor's
    /// private class (Siemens' CSA non-image objects, which come with MR studies), a standard class
    /// newer than DCMTK 3.6.7, a retired one. Off: only the listed classes (the sender's other
    /// contexts are refused, and DCMTK's storescu then gives up the whole association).
    bool acceptUnlistedStorageClasses = true;
    /// Storage Commitment Push Model as SCP: a modality asks whether its instances are safe here;
    /// each is committed once the cache holds it. The report (N-EVENT-REPORT) goes on the
    /// requester's association when it keeps it open for it (a modality without a listener of its
    /// own must), otherwise on an association of its own to the requester, a node of the registry
    /// with its AE title.
    bool storageCommitment = true;
    /// A report that cannot reach the requester on an association of its own (the modality is off,
    /// busy, or its network is down) is tried again after each of these delays while the SCP runs;
    /// a requester that answers the report, even with an error, is not asked again.
    std::vector<int> commitmentRetryDelaysMs{10'000, 60'000, 300'000, 900'000};
};

/// What happened to one received instance (signals, CLI log).
struct ReceivedInstance {
    QString callingAeTitle;
    QString sopInstanceUid;
    QString studyInstanceUid;
    bool stored = false;
    QString reason;                   ///< why not, when !stored
    quint16 status = 0;               ///< the C-STORE status answered (0 success; 0xA700 out of resources; …)
};

class StorageScp : public QObject {
    Q_OBJECT
public:
    explicit StorageScp(StorageScpConfig config, QObject *parent = nullptr);
    ~StorageScp() override;

    /// Binds and starts listening on its own thread; returns once it listens (or why it cannot).
    Result<quint16> start();
    /// Stops accepting and closes the connections that have not asked for an association; gives
    /// the associations in progress `stopGraceMilliseconds` to end, then cuts them off (an
    /// instance whose transfer was cut is not kept: the sender sees its C-STORE fail); imports
    /// what arrived in full, then returns.
    void stop();
    /// Waits until everything received so far is in the cache (C-MOVE waits on this).
    void flush();
    /// What the importer did with everything received, once stop() has returned.
    store::ImportSummary lastImport() const;
    quint16 port() const;
    bool isRunning() const;
    QString aeTitle() const;
    /// Whether an association from `callingAeTitle` is let in (the allowed list, or any).
    bool letsIn(const QString &callingAeTitle) const;

    /// Callback on the SCP's thread after each batch import (count of instances imported so far).
    void setOnInstance(std::function<void(const ReceivedInstance &)> callback);

signals:
    void instanceReceived(const strata::net::ReceivedInstance &instance);
    void associationRejected(const QString &callingAeTitle, const QString &reason);
    /// A sender proposed to store something the SCP refused in negotiation (a SOP class it does not
    /// take, or only transfer syntaxes it does not receive): what, and why. The association goes on
    /// with its other contexts; the sender cannot send those instances on it.
    void contextRefused(const QString &callingAeTitle, const QString &what);
    /// A storage commitment request was answered: refused (why), or what was committed and whether
    /// the report reached the requester.
    void commitmentAnswered(const QString &callingAeTitle, const QString &what);
    /// The report of a storage commitment request could not be sent yet: why, and when it is tried
    /// again (commitmentAnswered follows once it went, or was given up).
    void commitmentReportDelayed(const QString &callingAeTitle, const QString &what);
    /// A batch of what arrived is in the cache (on the importer's thread): how many instances it
    /// added, and the studies it touched.
    void imported(int instances, const QStringList &studyInstanceUids);

public:
    struct Impl;   // defined in the .cpp (its DCMTK workers reach it)

private:
    std::unique_ptr<Impl> d;
};

} // namespace strata::net

Q_DECLARE_METATYPE(strata::net::ReceivedInstance)
