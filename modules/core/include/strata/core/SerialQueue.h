#pragma once
/// Background tasks that must run one at a time, in the order they were posted (worklist writes
/// that reach the index in the order the user made them, polls that must not overlap), on a named
/// executor; each result is delivered on the owner's thread unless the owner is gone.
#include <strata/core/Executors.h>

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <type_traits>

namespace strata {

class SerialQueue {
public:
    explicit SerialQueue(QObject *owner, Executor which = Executor::Interactive);
    /// Does not wait: tasks already posted still run (in order), their results are dropped once
    /// the owner is gone. Call waitForDone() first where the work must be finished.
    ~SerialQueue() = default;
    SerialQueue(const SerialQueue &) = delete;
    SerialQueue &operator=(const SerialQueue &) = delete;

    /// Queues `work()` behind the tasks posted before it; `done(result)` (or `done()` for void
    /// work) then runs on the owner's thread, in the same order.
    template <class Work, class Done>
    void post(Work work, Done done);

    /// Blocks until every task posted so far has run (e.g. a write the user made, at shutdown).
    void waitForDone();
    /// Whether a posted task has not finished running yet.
    bool busy() const;

private:
    struct State {
        mutable QMutex mutex;
        QWaitCondition idle;
        std::deque<std::function<void()>> tasks;
        bool running = false;
    };
    QThreadPool *m_pool;
    std::shared_ptr<State> m_state;
    std::shared_ptr<detail::Guard> m_guard;

    void enqueue(std::function<void()> task);
    static void drain(const std::shared_ptr<State> &state);
};

template <class Work, class Done>
void SerialQueue::post(Work work, Done done)
{
    // std::function needs a copyable callable: the task lives behind a shared_ptr.
    auto task = std::make_shared<std::function<void()>>(
        [guard = m_guard, work = std::move(work), done = std::move(done)]() mutable {
            detail::runAndDeliver(guard, work, done);
        });
    enqueue([task] { (*task)(); });
}

} // namespace strata
