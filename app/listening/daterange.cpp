#include "listening/daterange.h"

#include "core/clock.h"

#include <QTimeZone>

namespace vigie {

DateRange presetRange(RangePreset preset, const QDate &today)
{
    switch (preset) {
    case RangePreset::Last7Days:
        return {today.addDays(-6), today};
    case RangePreset::Last30Days:
        return {today.addDays(-29), today};
    case RangePreset::Last90Days:
        return {today.addDays(-89), today};
    case RangePreset::Last12Months:
        return {today.addYears(-1).addDays(1), today};
    }
    return {today, today};
}

QDate workspaceToday(const Workspace &workspace, const Clock &clock)
{
    const QTimeZone zone(workspace.timezone.toUtf8());
    return clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

} // namespace vigie
