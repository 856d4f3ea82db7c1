#pragma once

#include "core/types.h"

#include <QDate>

namespace vigie {

class Clock;

// An inclusive range of calendar days in the workspace's timezone, the unit every analytics
// query and chart works in.
struct DateRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // Number of days from `from` to `to`, both included; 0 for an invalid range.
    int dayCount() const { return isValid() ? int(from.daysTo(to)) + 1 : 0; }
    bool contains(const QDate &day) const { return isValid() && day >= from && day <= to; }
    bool operator==(const DateRange &) const = default;
};

// The ready-made periods of the date-range bar, all ending today.
enum class RangePreset { Last7Days, Last30Days, Last90Days, Last12Months };

DateRange presetRange(RangePreset preset, const QDate &today);
// "Today" where the workspace is, which is not the computer's day near midnight.
QDate workspaceToday(const Workspace &workspace, const Clock &clock);

} // namespace vigie
