#pragma once
/// The time as scheduling code reads it (retries, breakers, ages): the system's clock in the
/// program, a hand-driven one in tests, so that a month offline is a loop, not a month.
#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace strata {

class Clock {
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()).toUTC(); }
};

/// The system's wall clock.
const Clock &systemClock();

/// A clock that moves only when told (tests). Thread-safe.
class ManualClock : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1767225600000 /* 2026-01-01T00:00Z */) : m_ms(startMs) {}
    qint64 nowMs() const override { return m_ms.load(); }
    void set(qint64 ms) { m_ms.store(ms); }
    void advance(qint64 ms) { m_ms.fetch_add(ms); }

private:
    std::atomic<qint64> m_ms;
};

} // namespace strata
