#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <functional>

namespace vigie {
namespace bench {

// Runs work `runs` times and returns the median wall time in milliseconds (the upper middle one
// for an even count).
inline double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace bench
} // namespace vigie
