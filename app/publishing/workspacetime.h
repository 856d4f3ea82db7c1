#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace vigie {

// Converts between stored instants (UTC) and the wall-clock time of the workspace, so a post
// planned at 09:00 Europe/Paris shows at 09:00 whatever the computer's own timezone, on both
// sides of a daylight-saving change. Every calendar conversion goes through here.
class WorkspaceTime
{
public:
    // An unknown timezone id (a newer Vigie, a typo in the database) falls back to UTC.
    explicit WorkspaceTime(const QString &timezoneId = QStringLiteral("UTC"));

    const QTimeZone &zone() const { return m_zone; }
    QString zoneId() const { return QString::fromUtf8(m_zone.id()); }

    // The instant in the workspace's timezone (for display: date(), time()).
    QDateTime toLocal(const QDateTime &instant) const;
    QDate localDate(const QDateTime &instant) const { return toLocal(instant).date(); }
    // The UTC instant of a wall-clock time in the workspace. A time that does not exist (skipped
    // by the spring change, e.g. 02:30) moves forward by the length of the gap (03:30).
    QDateTime toUtc(QDate date, QTime time) const;
    // The UTC instant at which a local day starts.
    QDateTime startOfDay(QDate date) const;
    // Today's date in the workspace for the given "now".
    QDate today(const QDateTime &now) const { return localDate(now); }

private:
    QTimeZone m_zone;
};

// The UTC instant of a wall-clock time in zone, the earlier one when the autumn change makes it
// happen twice; invalid when the spring change skips it (imports refuse such a time instead of
// moving it). Both offsets around the day are tried and kept only if they read back as the same
// wall-clock time, so the choice does not depend on how a Qt version resolves such times.
QDateTime firstOccurrence(QDate date, QTime time, const QTimeZone &zone);

} // namespace vigie
