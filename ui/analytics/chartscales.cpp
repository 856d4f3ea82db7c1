#include "ui/analytics/chartscales.h"

#include <QSet>

namespace vigie {
namespace ui {

CountScale countScale(qint64 largestValue, int maxIntervals)
{
    maxIntervals = qMax(1, maxIntervals);
    const qint64 largest = qMax<qint64>(1, largestValue);
    qint64 magnitude = 1;
    while (true) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * magnitude;
            const qint64 intervals = (largest + step - 1) / step;
            if (intervals <= maxIntervals)
                return {intervals * step, int(intervals) + 1};
        }
        magnitude *= 10;
    }
}

QStringList thinnedLabels(const QStringList &labels, int maxVisible)
{
    const int count = int(labels.size());
    const int every = qMax(1, (count + qMax(1, maxVisible) - 1) / qMax(1, maxVisible));
    QStringList result;
    result.reserve(count);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        // Zero-width spaces draw nothing; appending them keeps every category distinct (a hidden
        // slot, or a label repeated a year later) without changing what is shown.
        QString label = i % every == 0 ? labels.at(i) : QString(i, QChar(0x200B));
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        result << label;
    }
    return result;
}

DateAxisScale dateAxisScale(const DateRange &range, int maxTicks, QDateTime (*toChartTime)(const QDate &))
{
    DateAxisScale scale;
    if (!range.isValid())
        return scale;
    const int spanDays = qMax(1, range.dayCount() - 1); // a one-day range still needs a width
    const int maxIntervals = qMax(1, maxTicks - 1);
    scale.daysPerTick = (spanDays + maxIntervals - 1) / maxIntervals;
    const int intervals = (spanDays + scale.daysPerTick - 1) / scale.daysPerTick;
    scale.tickCount = intervals + 1;
    scale.min = toChartTime(range.from);
    scale.max = toChartTime(range.from.addDays(qint64(intervals) * scale.daysPerTick));
    return scale;
}

} // namespace ui
} // namespace vigie
