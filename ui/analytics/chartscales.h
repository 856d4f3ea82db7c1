#pragma once

#include "listening/daterange.h"

#include <QDateTime>
#include <QStringList>

namespace vigie {
namespace ui {

// A value axis for counts: whole-number ticks at 1, 2 or 5 times a power of ten, from 0 to max.
struct CountScale
{
    qint64 max = 1;
    int tickCount = 2;
};
CountScale countScale(qint64 largestValue, int maxIntervals = 5);

// Category labels with only every n-th one kept so that at most maxVisible show. The others
// become distinct invisible strings (a bar category axis needs unique categories) so each bar
// keeps its slot.
QStringList thinnedLabels(const QStringList &labels, int maxVisible);

// A date axis whose ticks fall on whole days: Qt's date axis only spreads tickCount ticks
// evenly between min and max, so max is moved to the next whole step after range.to.
struct DateAxisScale
{
    QDateTime min;
    QDateTime max;
    int tickCount = 2;
    int daysPerTick = 1;
};
// toChartTime turns a day into the X value the series use for it.
DateAxisScale dateAxisScale(const DateRange &range, int maxTicks, QDateTime (*toChartTime)(const QDate &));

} // namespace ui
} // namespace vigie
