#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

namespace vigie {

// Column A of a bulk-composer row as written, before the day/month order is known:
// "04/05/2026 09:30", "4/5/2026 9:30", "04/05/2026 09:30:00", or ISO "2026-05-04 09:30".
struct ImportDateText
{
    int first = 0;  // day or month (the year for ISO dates is in year)
    int second = 0; // month or day
    int year = 0;
    int hour = 0;
    int minute = 0;
    bool iso = false; // year-month-day: first is the month, second the day, never ambiguous

    // Which orders the numbers allow by themselves.
    bool allowsDayMonth() const { return iso || second <= 12; }
    bool allowsMonthDay() const { return iso || first <= 12; }
    bool isAmbiguous() const { return !iso && first <= 12 && second <= 12 && first != second; }

    // The calendar date read day first (dayFirst) or month first; invalid if there is none.
    QDate date(bool dayFirst) const;
    QTime time() const { return QTime(hour, minute); }

    // nullopt when the text is not a date and time in one of those shapes (checked: hours
    // 0–23, minutes 0–59, seconds only ":00").
    static std::optional<ImportDateText> parse(const QString &text);
};

} // namespace vigie
