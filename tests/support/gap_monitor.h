#pragma once
// GUI tests: the longest gap between ticks of a 20 ms timer on the GUI thread, i.e. how long the
// GUI thread was busy at a stretch (reported, not timed).
#include <QDebug>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace strata::testing {

class GapMonitor : public QObject {
public:
    GapMonitor()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            if (now - m_last > 150 && qEnvironmentVariableIsSet("STRATA_GAP_DEBUG"))
                qInfo() << "gap" << now - m_last << "ms ending at" << now;
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

} // namespace strata::testing
