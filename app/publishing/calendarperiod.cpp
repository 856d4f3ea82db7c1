#include "publishing/calendarperiod.h"

namespace vigie {

namespace {
QDate startOfWeek(QDate date, Qt::DayOfWeek weekStart)
{
    const int back = (date.dayOfWeek() - int(weekStart) + 7) % 7;
    return date.addDays(-back);
}
} // namespace

CalendarPeriod::CalendarPeriod(Kind kind, QDate anchor, Qt::DayOfWeek weekStart)
    : m_kind(kind)
    , m_anchor(anchor)
    , m_weekStart(weekStart)
{
    if (!anchor.isValid())
        return;
    if (kind == Kind::Month) {
        m_anchor = QDate(anchor.year(), anchor.month(), 1);
        m_firstDay = startOfWeek(m_anchor, weekStart);
    } else {
        m_firstDay = startOfWeek(anchor, weekStart);
        m_anchor = m_firstDay; // any day of the same week is the same period
    }
}

CalendarPeriod CalendarPeriod::month(QDate anyDayInMonth, Qt::DayOfWeek firstDayOfWeek)
{
    return CalendarPeriod(Kind::Month, anyDayInMonth, firstDayOfWeek);
}

CalendarPeriod CalendarPeriod::week(QDate anyDayInWeek, Qt::DayOfWeek firstDayOfWeek)
{
    return CalendarPeriod(Kind::Week, anyDayInWeek, firstDayOfWeek);
}

CalendarPeriod CalendarPeriod::around(QDate date) const
{
    return CalendarPeriod(m_kind, date, m_weekStart);
}

bool CalendarPeriod::isInMainMonth(QDate date) const
{
    return m_kind == Kind::Week ? contains(date)
                                : date.year() == m_anchor.year() && date.month() == m_anchor.month();
}

CalendarPeriod CalendarPeriod::next() const
{
    return around(m_kind == Kind::Month ? m_anchor.addMonths(1) : m_anchor.addDays(7));
}

CalendarPeriod CalendarPeriod::previous() const
{
    return around(m_kind == Kind::Month ? m_anchor.addMonths(-1) : m_anchor.addDays(-7));
}

} // namespace vigie
