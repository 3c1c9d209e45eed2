#pragma once
/// A node's circuit breaker: after `threshold` consecutive failures it opens and the node is left
/// alone for a cool-down; then it half-opens and lets one probe through; a success closes it, a
/// failure opens it again for a longer cool-down. Times come from the caller's clock. Not
/// thread-safe (the sync engine guards its breakers).
#include <QString>
#include <QtGlobal>

namespace strata::sync {

struct BreakerPolicy {
    int threshold = 5;            ///< consecutive failures that open it
    qint64 cooldownMs = 5000;     ///< the first cool-down; doubled at each reopening
    qint64 maxCooldownMs = 30000; ///< the longest cool-down (bounds the time to resume after a link returns)
};

class CircuitBreaker {
public:
    enum class State { Closed = 0, Open = 1, HalfOpen = 2 };

    explicit CircuitBreaker(BreakerPolicy policy = {}) : m_policy(policy) {}

    /// The state at `nowMs`: an open breaker whose cool-down is over reads as half-open.
    State state(qint64 nowMs) const;
    /// May an attempt go to the node now? Closed: yes. Open: no until the cool-down is over; then
    /// it half-opens and this one attempt is the probe. Half-open: no while the probe is out.
    bool allow(qint64 nowMs);
    void recordSuccess(qint64 nowMs);
    /// The attempt allow() let through as the probe did not go out after all: another may probe.
    void cancelProbe() { m_probing = false; }
    /// Returns true when this failure opened the breaker.
    bool recordFailure(qint64 nowMs);

    /// Half-open at `nowMs` with no probe out: the next allow() lets the probe through.
    bool wantsProbe(qint64 nowMs) const { return state(nowMs) == State::HalfOpen && !m_probing; }
    int failures() const { return m_failures; }         ///< consecutive
    int trips() const { return m_trips; }               ///< openings since it last closed
    qint64 openUntilMs() const { return m_openUntil; }
    /// Restores what was saved (the probe in flight is not saved: a new process may probe).
    void restore(State state, int failures, int trips, qint64 openUntilMs);

private:
    BreakerPolicy m_policy;
    State m_state = State::Closed;
    int m_failures = 0;
    int m_trips = 0;
    qint64 m_openUntil = 0;
    bool m_probing = false;
};

/// "closed", "open", "half-open".
QString breakerStateName(CircuitBreaker::State state);

} // namespace strata::sync
