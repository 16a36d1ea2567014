#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace CreditDesk::Bench {

/// A 4 ms precise timer on the thread that creates it (the GUI thread in the cases). Anything
/// that holds that thread shows up as a gap between two ticks longer than the interval; the
/// longest gap is what a person would feel as a frozen window (16 ms = one frame at 60 Hz).
class Heartbeat
{
public:
    static constexpr int IntervalMs = 4;

    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start()
    {
        m_maxGapNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    /// Stops and returns the longest gap in milliseconds, counting the time since the last tick.
    double stop()
    {
        tick();
        m_timer.stop();
        return double(m_maxGapNs) / 1e6;
    }

    qint64 ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_maxGapNs = std::max(m_maxGapNs, now - m_last);
        m_last = now;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
};

} // namespace CreditDesk::Bench
