#pragma once
/// Sending instances to a node by C-STORE SCU (transfer syntax negotiated per SOP class: the stored
/// syntax when the node accepts it, otherwise transcoded to one it accepts). The report is the one
/// STOW-RS gives too (RemoteTypes.h); callers outside net send through RemoteArchive.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>
#include <strata/net/RemoteTypes.h>

#include <QStringList>

#include <functional>
#include <vector>

namespace strata::net {

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
