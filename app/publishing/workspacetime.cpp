#include "publishing/workspacetime.h"

#include <QLoggingCategory>

namespace vigie {

Q_LOGGING_CATEGORY(lcWorkspaceTime, "vigie.publishing.time")

WorkspaceTime::WorkspaceTime(const QString &timezoneId)
    : m_zone(timezoneId.toUtf8())
{
    if (!m_zone.isValid()) {
        qCWarning(lcWorkspaceTime) << "unknown timezone" << timezoneId << "- using UTC";
        m_zone = QTimeZone::utc();
    }
}

QDateTime WorkspaceTime::toLocal(const QDateTime &instant) const
{
    return instant.isValid() ? instant.toTimeZone(m_zone) : QDateTime();
}

QDateTime WorkspaceTime::toUtc(QDate date, QTime time) const
{
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime local(date, time, m_zone);
    if (local.isValid())
        return local.toUTC();
    // Inside a spring-forward gap (02:30 when clocks jump from 02:00 to 03:00) Qt gives an
    // invalid time. Read it with the offset in force before the gap, as a clock that was not
    // changed would: 02:30 becomes 03:30, the time the user meant after the jump.
    const QDateTime asIfUtc(date, time, QTimeZone::utc());
    const int offsetBefore = m_zone.offsetFromUtc(asIfUtc.addDays(-1));
    return asIfUtc.addSecs(-offsetBefore);
}

QDateTime WorkspaceTime::startOfDay(QDate date) const
{
    return date.startOfDay(m_zone).toUTC();
}

QDateTime firstOccurrence(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime asIfUtc(date, time, QTimeZone::utc());
    QDateTime first;
    for (int offset : {zone.offsetFromUtc(asIfUtc.addDays(-1)), zone.offsetFromUtc(asIfUtc.addDays(1))}) {
        const QDateTime candidate = asIfUtc.addSecs(-offset);
        const QDateTime local = candidate.toTimeZone(zone);
        if (local.date() == date && local.time() == time && (!first.isValid() || candidate < first))
            first = candidate;
    }
    return first;
}

} // namespace vigie
