#pragma once
/// Sending instances to a node: C-STORE SCU (transfer syntax negotiated per SOP class: the stored
/// syntax when the node accepts it, otherwise transcoded to one it accepts) and the per-instance
/// report shared with STOW-RS.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/net/dimse/DimseStatus.h>

#include <QStringList>

#include <functional>
#include <vector>

namespace strata::net {

/// The outcome for one instance.
struct SentInstance {
    QString file;
    QString sopInstanceUid;
    int status = -1;            ///< DIMSE status (0 success, 0xB000.. warning, else failure); -1 = not sent
    bool transcoded = false;    ///< sent in another syntax than stored
    QString transferSyntax;     ///< the syntax actually sent
    QString reason;             ///< why it failed or warned, in words
    bool ok() const { return status >= 0 && statusSucceeded(quint16(status)); }
};

struct SendProgress {
    int done = 0;
    int total = 0;
    qint64 bytes = 0;
};

struct SendReport {
    std::vector<SentInstance> instances;
    int succeeded = 0;
    int warnings = 0;
    int failed = 0;
    qint64 bytes = 0;
    double seconds = 0;
    bool cancelled = false;
};

/// Called after each instance (from the sending thread).
using SendProgressCallback = std::function<void(const SendProgress &)>;

/// Sends files (paths) to the node by C-STORE over one association (or a few, if more than 128
/// presentation contexts are needed). Per SOP class it proposes the stored syntax and explicit /
/// implicit little endian; a file whose syntax the node refused is transcoded (decompressed) to
/// one it accepted. Every file gets an entry in the report: a file that cannot be read, or that
/// the node refuses, is a per-instance failure, never an abort of the whole send. Cancelling
/// aborts the association before the next instance; the rest stay unsent (status -1). Returns an
/// error naming the peer (Node::label()) when no association could be opened at all.
/// Blocking: run it on a worker thread.
Result<SendReport> sendFiles(const Node &node, const QStringList &files, const Timeouts &timeouts = {},
                             const CancellationToken &cancel = {}, const SendProgressCallback &progress = {});

/// Sends studies from the local cache at `dataDir` (their stored files, in series and instance
/// order). A study not in the cache is an error before anything is sent.
Result<SendReport> sendStudies(const Node &node, const QString &dataDir, const QStringList &studyUids,
                               const Timeouts &timeouts = {}, const CancellationToken &cancel = {},
                               const SendProgressCallback &progress = {});

/// A C-STORE response status in words, e.g. "0xA700 refused: out of resources".
QString storeStatusText(int status);

} // namespace strata::net
