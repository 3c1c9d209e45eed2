#pragma once
/// Where background work runs (named executors) and the one helper for "run this off the GUI
/// thread, deliver the result on it, cancellable, latest request wins".
///
/// Four executors, each a QThreadPool that lives as long as the process:
/// - Compute: data-parallel work split across the cores (header scans, decoding, hashing); what
///   workPool() returns. Code on it must not block on it (no nested blocking maps).
/// - Jobs: long, cancellable work with progress (imports, series loads, retrievals, sends); one
///   `Job` per task, at least two threads so a long import never starves a load.
/// - Interactive: short reads the window asks for (a search page, a series listing, a node list,
///   statistics, the keychain); a few threads, so a slow job never delays them.
/// - Render: slice and MPR rendering for the viewports, two threads.
/// None is QThreadPool::globalInstance(): Qt's painter uses that one and waits on it on the GUI
/// thread, so long work there froze the window (seen: 4 s during an import).
///
/// When the application object is destroyed (main() returning), the executors are drained: what is
/// queued or running finishes first (at most 30 s), so no work outlives the statics it uses and no
/// write the user made is cut off. Long jobs should be cancelled before, as the window does.
#include <strata/core/Job.h>

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>

namespace strata {

enum class Executor { Compute, Jobs, Interactive, Render };

QThreadPool *executor(Executor which);

/// Waits until every executor is idle — nothing queued, nothing running, including work that
/// running tasks start elsewhere — or `msecs` have passed (-1: no limit). Returns whether all were.
bool waitForExecutors(int msecs = -1);

/// Starts `job` on `which` and deletes it on its owner thread once run() has returned, so that its
/// finished()/failed() reach receivers first. For a job nobody keeps: connect to it before.
void startOwnedJob(Job *job, Executor which = Executor::Jobs);

/// Runs `work()` on `which`, then `done(result)` on `context`'s thread — unless `context` was
/// destroyed meanwhile, in which case the result is dropped. For one-off requests; for a request
/// that a newer one replaces, use LatestRequest.
template <class Work, class Done>
void runThen(QObject *context, Executor which, Work work, Done done);

namespace detail {
/// Registers, once per application object, the drain run by its destructor (called by executor()
/// and workPool(), so any use of an executor arranges it).
void arrangeDrainAtExit();

/// What a delivery checks before it posts to its owner: the owner, cleared under the mutex when
/// the owner goes (postIfAlive).
struct Guard {
    QMutex mutex;
    QObject *owner = nullptr;  ///< cleared, under the mutex, when the owner goes
};
} // namespace detail

/// The latest of a series of requests: start() cancels the request before it (its token is
/// cancelled, and its result, should it still finish, is never delivered), runs the new one on an
/// executor and delivers its result on the owner's thread. Destroying the LatestRequest (a member
/// of the QObject that owns it) cancels what is running and drops its result. Use from one thread.
class LatestRequest {
public:
    explicit LatestRequest(QObject *owner, Executor which = Executor::Interactive);
    ~LatestRequest();
    LatestRequest(const LatestRequest &) = delete;
    LatestRequest &operator=(const LatestRequest &) = delete;

    /// `work(const CancellationToken &)` runs on the executor and returns a value;
    /// `done(value)` runs on the owner's thread if no newer start() or cancel() came first.
    template <class Work, class Done>
    void start(Work work, Done done);

    /// Cancels the request in flight; its result will not be delivered.
    void cancel();
    /// Whether a started request has not yet delivered its result (or been cancelled).
    bool busy() const { return m_busy; }
    /// How many requests were started; the one delivered is always the last of them.
    quint64 started() const { return m_generation; }

private:
    struct Shared : detail::Guard {
        quint64 latest = 0;  ///< read and written on the owner's thread only
    };
    QThreadPool *m_pool;
    std::shared_ptr<Shared> m_shared;
    CancellationToken m_token;
    quint64 m_generation = 0;
    bool m_busy = false;

    void finished(quint64 generation);
};

namespace detail {

/// Posts `call` to `owner`'s thread while `shared->owner` is still set (checked under its mutex, so
/// the owner cannot be destroyed between the check and the post; events posted to an object that
/// is then destroyed are discarded by Qt).
template <class Shared, class Call>
void postIfAlive(const std::shared_ptr<Shared> &shared, Call call)
{
    QMutexLocker lock(&shared->mutex);
    if (shared->owner)
        QMetaObject::invokeMethod(shared->owner, std::move(call), Qt::QueuedConnection);
}

/// Runs `work()` here, then posts `done(result)` (or `done()` for void work) to the guard's owner
/// while it lives: the body of runThen and SerialQueue's tasks.
template <class Shared, class Work, class Done>
void runAndDeliver(const std::shared_ptr<Shared> &guard, Work &work, Done &done)
{
    if constexpr (std::is_void_v<decltype(work())>) {
        work();
        postIfAlive(guard, [done = std::move(done)]() mutable { done(); });
    } else {
        auto result = work();
        postIfAlive(guard, [done = std::move(done), result = std::move(result)]() mutable {
            done(std::move(result));
        });
    }
}

/// The guard of `context` (one per object, shared by its requests), cleared when it is destroyed.
std::shared_ptr<Guard> guardFor(QObject *context);

} // namespace detail

template <class Work, class Done>
void runThen(QObject *context, Executor which, Work work, Done done)
{
    auto guard = detail::guardFor(context);
    executor(which)->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        detail::runAndDeliver(guard, work, done);
    });
}

template <class Work, class Done>
void LatestRequest::start(Work work, Done done)
{
    m_token.cancel();
    m_token = CancellationToken();
    const quint64 generation = ++m_generation;
    m_shared->latest = generation;
    m_busy = true;
    auto shared = m_shared;
    CancellationToken token = m_token;
    m_pool->start([this, shared, token, generation, work = std::move(work), done = std::move(done)]() mutable {
        if (token.isCancelled())
            return;
        auto result = work(token);
        if (token.isCancelled())
            return;
        detail::postIfAlive(shared, [this, shared, generation, done = std::move(done),
                                     result = std::move(result)]() mutable {
            // On the owner's thread. The owner is alive (Qt drops events posted to a destroyed
            // object); `owner` is cleared by ~LatestRequest on this same thread.
            if (!shared->owner || shared->latest != generation)
                return;
            finished(generation);
            done(std::move(result));
        });
    });
}

} // namespace strata
