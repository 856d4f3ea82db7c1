#pragma once

#include <QDate>

namespace vigie {

// The days a calendar view shows: a month as a 6x7 grid (the weeks around the month, so every
// month has the same shape) or one week, starting on the locale's first day of the week.
class CalendarPeriod
{
public:
    enum class Kind { Month, Week };

    CalendarPeriod() = default;
    static CalendarPeriod month(QDate anyDayInMonth, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    static CalendarPeriod week(QDate anyDayInWeek, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    // The same kind of period containing date.
    CalendarPeriod around(QDate date) const;

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_anchor.isValid(); }
    // The first day of the month (month period) or of the week (week period).
    QDate anchor() const { return m_anchor; }
    QDate firstDay() const { return m_firstDay; }
    int dayCount() const { return m_kind == Kind::Month ? 42 : 7; }
    QDate lastDay() const { return m_firstDay.addDays(dayCount() - 1); }
    // The day after the last one: ranges are [firstDay, endDay).
    QDate endDay() const { return m_firstDay.addDays(dayCount()); }
    bool contains(QDate date) const { return date >= m_firstDay && date <= lastDay(); }
    // For a month, whether date belongs to the month itself rather than the weeks around it.
    bool isInMainMonth(QDate date) const;
    Qt::DayOfWeek firstDayOfWeek() const { return m_weekStart; }

    CalendarPeriod next() const;
    CalendarPeriod previous() const;

    bool operator==(const CalendarPeriod &other) const = default;

private:
    CalendarPeriod(Kind kind, QDate anchor, Qt::DayOfWeek weekStart);

    Kind m_kind = Kind::Month;
    QDate m_anchor;
    QDate m_firstDay;
    Qt::DayOfWeek m_weekStart = Qt::Monday;
};

} // namespace vigie
