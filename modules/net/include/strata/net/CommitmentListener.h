#pragma once
/// Where a node's Storage Commitment reports come back to: a listener (DIMSE, net/dimse/Commitment.cpp)
/// that background sync starts beside its RemoteArchive calls (RemoteArchive::commitStorage).
#include <strata/core/Result.h>

#include <QString>

#include <memory>

namespace strata::net {

/// A listener for N-EVENT-REPORTs of Storage Commitment (and C-ECHO): accepts associations on a
/// port of its own under `aeTitle`, answers each report and hands it to takeCommitmentReport().
/// Reports of transactions this process did not request are answered and dropped.
class CommitmentListener {
public:
    explicit CommitmentListener(QString aeTitle, quint16 port = 0);
    ~CommitmentListener();
    CommitmentListener(const CommitmentListener &) = delete;
    CommitmentListener &operator=(const CommitmentListener &) = delete;

    /// Binds and listens on a thread of its own; returns the port (a free one when 0 was given).
    Result<quint16> start();
    /// Stops accepting (within about a second) and joins the thread.
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QString aeTitle() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace strata::net
