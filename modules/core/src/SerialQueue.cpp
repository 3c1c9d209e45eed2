#include <strata/core/SerialQueue.h>

namespace strata {

SerialQueue::SerialQueue(QObject *owner, Executor which)
    : m_pool(executor(which)), m_state(std::make_shared<State>()), m_guard(detail::guardFor(owner))
{
}

void SerialQueue::enqueue(std::function<void()> task)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tasks.push_back(std::move(task));
    if (m_state->running)
        return;  // the drain in progress takes it after the ones before it
    m_state->running = true;
    m_pool->start([state = m_state] { drain(state); });
}

void SerialQueue::drain(const std::shared_ptr<State> &state)
{
    // One drain at a time per queue, on one pool thread: the tasks run in the order posted.
    for (;;) {
        std::function<void()> task;
        {
            QMutexLocker lock(&state->mutex);
            if (state->tasks.empty()) {
                state->running = false;
                state->idle.wakeAll();
                return;
            }
            task = std::move(state->tasks.front());
            state->tasks.pop_front();
        }
        task();
    }
}

void SerialQueue::waitForDone()
{
    QMutexLocker lock(&m_state->mutex);
    while (m_state->running)
        m_state->idle.wait(&m_state->mutex);
}

bool SerialQueue::busy() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->running;
}

} // namespace strata
