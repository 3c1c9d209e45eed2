#pragma once
/// Background work primitives: a cancellation token, progress figures, and Job, a QRunnable whose
/// results come back to the caller's thread as queued signals.
#include <strata/core/Error.h>

#include <QObject>
#include <QRunnable>
#include <QString>

#include <atomic>
#include <memory>

namespace strata {

/// Shared flag that a long computation polls; cheap to copy, thread-safe.
class CancellationToken {
public:
    CancellationToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

/// Where a job stands: units done of total (total 0 = unknown), and a short line of what it does.
struct Progress {
    qint64 done = 0;
    qint64 total = 0;
    QString stage;
    double fraction() const { return total > 0 ? double(done) / double(total) : 0.0; }
};

/// A unit of background work. Subclasses implement execute(); run() is final and turns the outcome
/// into exactly one of finished() or failed(), delivered by queued connection to receivers.
/// Runs on a QThreadPool; the pool does not delete it (autoDelete off) so the owner decides.
class Job : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void run() final;
    void cancel() { m_token.cancel(); }
    CancellationToken token() const { return m_token; }

signals:
    void progressChanged(const strata::Progress &progress);
    void finished();
    void failed(const strata::Error &error);

protected:
    /// The work itself, on a pool thread. Return an error (ErrorCode::Cancelled when the token
    /// was cancelled) or a default Error{} for success.
    virtual Error execute() = 0;
    void reportProgress(const Progress &progress) { emit progressChanged(progress); }

private:
    CancellationToken m_token;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::Progress)
Q_DECLARE_METATYPE(strata::Error)
