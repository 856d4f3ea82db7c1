#include "listening/chartperiods.h"

#include "listening/analyticsroles.h"

#include <QLocale>

namespace vigie {

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

ChartPeriods::ChartPeriods(const DateRange &range)
    : m_range(range)
    , m_granularity(granularityFor(range))
{
    if (!range.isValid())
        return;
    const bool daily = m_granularity == Granularity::Day;
    for (QDate start = daily ? range.from : mondayOf(range.from); start <= range.to;
         start = start.addDays(daily ? 1 : 7)) {
        const QDate end = daily ? start : start.addDays(6);
        m_periods << Period{qMax(start, range.from), qMin(end, range.to)};
    }
}

ChartPeriods::Granularity ChartPeriods::granularityFor(const DateRange &range)
{
    return range.dayCount() <= kMaxDailyPeriods ? Granularity::Day : Granularity::IsoWeek;
}

int ChartPeriods::indexOf(const QDate &day) const
{
    if (!m_range.contains(day))
        return -1;
    if (m_granularity == Granularity::Day)
        return int(m_range.from.daysTo(day));
    return int(mondayOf(m_range.from).daysTo(day) / 7);
}

QString ChartPeriods::shortLabel(int index) const
{
    //: Date format of chart axis labels (day and abbreviated month); see QDate::toString
    return QLocale().toString(m_periods.at(index).start, tr("d MMM"));
}

QString ChartPeriods::longLabel(int index) const
{
    const QLocale locale;
    const Period &period = m_periods.at(index);
    if (m_granularity == Granularity::Day)
        return locale.toString(period.start, QLocale::LongFormat);
    return tr("Week %1: %2 – %3")
        .arg(period.start.weekNumber())
        .arg(locale.toString(period.start, QLocale::ShortFormat),
             locale.toString(period.end, QLocale::ShortFormat));
}

QVariant ChartPeriods::headerData(int section, int role) const
{
    if (section < 0 || section >= count())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return shortLabel(section);
    case Qt::ToolTipRole:
        return longLabel(section);
    case PeriodStartRole:
        return at(section).start;
    case PeriodEndRole:
        return at(section).end;
    default:
        return {};
    }
}

} // namespace vigie
