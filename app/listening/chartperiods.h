#pragma once

#include "listening/daterange.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace vigie {

// The bars of a chart over time: days for ranges up to kMaxDailyPeriods days, ISO weeks
// (Monday to Sunday) beyond, so a year reads as ~52 bars. The first and last weeks may be
// partial: they count only days inside the range.
class ChartPeriods
{
    Q_DECLARE_TR_FUNCTIONS(ChartPeriods)

public:
    enum class Granularity { Day, IsoWeek };
    static constexpr int kMaxDailyPeriods = 62;

    struct Period
    {
        QDate start;
        QDate end;
    };

    ChartPeriods() = default;
    explicit ChartPeriods(const DateRange &range);

    static Granularity granularityFor(const DateRange &range);
    Granularity granularity() const { return m_granularity; }
    int count() const { return int(m_periods.size()); }
    const Period &at(int index) const { return m_periods.at(index); }
    // The period holding day, or -1 outside the range.
    int indexOf(const QDate &day) const;
    // "12 Oct" on the axis; "Sunday 12 October 2026" or "Week 41: 6/10/26 – 12/10/26" in tips.
    QString shortLabel(int index) const;
    QString longLabel(int index) const;
    // A model's vertical header for period section: labels, and PeriodStartRole/PeriodEndRole.
    QVariant headerData(int section, int role) const;

private:
    DateRange m_range;
    Granularity m_granularity = Granularity::Day;
    QList<Period> m_periods;
};

} // namespace vigie
