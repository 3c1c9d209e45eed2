#include <strata/sync/CircuitBreaker.h>

#include <algorithm>
#include <cmath>

namespace strata::sync {

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (m_state == State::Open && nowMs >= m_openUntil)
        return State::HalfOpen;
    return m_state;
}

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probing)
            return false;
        m_state = State::HalfOpen;
        m_probing = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess(qint64)
{
    m_state = State::Closed;
    m_failures = 0;
    m_trips = 0;
    m_openUntil = 0;
    m_probing = false;
}

bool CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    const bool probeFailed = m_state == State::HalfOpen || (m_state == State::Open && nowMs >= m_openUntil);
    m_probing = false;
    if (m_state == State::Open && !probeFailed)
        return false;  // a late failure of an attempt begun before it opened
    if (!probeFailed && m_failures < m_policy.threshold)
        return false;
    ++m_trips;
    const double cooldown = std::min(double(m_policy.maxCooldownMs), double(m_policy.cooldownMs) * std::ldexp(1.0, std::min(m_trips - 1, 30)));
    m_state = State::Open;
    m_openUntil = nowMs + qint64(cooldown);
    return true;
}

void CircuitBreaker::restore(State state, int failures, int trips, qint64 openUntilMs)
{
    m_state = state;
    m_failures = failures;
    m_trips = trips;
    m_openUntil = openUntilMs;
    m_probing = false;
    if (m_state == State::HalfOpen)
        m_state = State::Open;  // its probe died with the process: the next allow() probes again
}

QString breakerStateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed: return QStringLiteral("closed");
    case CircuitBreaker::State::Open: return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen: return QStringLiteral("half-open");
    }
    return QStringLiteral("closed");
}

} // namespace strata::sync
