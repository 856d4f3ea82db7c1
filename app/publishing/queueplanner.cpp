#include "publishing/queueplanner.h"

#include "publishing/workspacetime.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace vigie {

namespace {
constexpr int kLookAheadDays = 8 * 7;

QString idList(const QList<Id> &ids)
{
    QStringList parts;
    for (Id id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

bool slotBefore(const QueueSlot &a, const QueueSlot &b)
{
    return a.weekday != b.weekday ? a.weekday < b.weekday : a.minuteOfDay < b.minuteOfDay;
}
} // namespace

QList<QueueSlot> QueuePlanner::slotsOf(Id accountId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, account_id, weekday, minute_of_day FROM queue_slots "
                                    "WHERE account_id = ? ORDER BY weekday, minute_of_day"));
    QList<QueueSlot> result;
    if (!q.exec(accountId))
        return result;
    while (q.next()) {
        QueueSlot slot;
        slot.id = q.value(0).toLongLong();
        slot.accountId = q.value(1).toLongLong();
        slot.weekday = q.value(2).toInt();
        slot.minuteOfDay = q.value(3).toInt();
        result << slot;
    }
    return result;
}

Status QueuePlanner::setSlots(Id accountId, const QList<QueueSlot> &wanted, const QString &actor)
{
    QList<QueueSlot> unique;
    for (QueueSlot slot : wanted) {
        if (slot.weekday < 1 || slot.weekday > 7 || slot.minuteOfDay < 0 || slot.minuteOfDay >= 24 * 60)
            return Status::failure(
                tr("A queue time must be on a weekday (Monday to Sunday) between 00:00 and 23:59."));
        slot.id = 0;
        slot.accountId = accountId;
        if (!unique.contains(slot))
            unique << slot;
    }
    std::sort(unique.begin(), unique.end(), slotBefore);

    SqlQuery owner(m_db, QStringLiteral("SELECT workspace_id FROM accounts WHERE id = ?"));
    if (auto st = owner.exec(accountId); !st)
        return st;
    if (!owner.next())
        return Status::failure(tr("This channel no longer exists."));
    const Id workspaceId = owner.value(0).toLongLong();

    Transaction tx(m_db);
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM queue_slots WHERE account_id = ?"));
    if (auto st = clear.exec(accountId); !st)
        return st;
    SqlQuery insert(
        m_db,
        QStringLiteral("INSERT INTO queue_slots (account_id, weekday, minute_of_day) VALUES (?, ?, ?)"));
    QJsonArray recorded;
    for (const QueueSlot &slot : std::as_const(unique)) {
        if (auto st = insert.execWith({accountId, slot.weekday, slot.minuteOfDay}); !st)
            return st;
        recorded << QStringLiteral("%1 %2:%3")
                        .arg(slot.weekday)
                        .arg(slot.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                        .arg(slot.minuteOfDay % 60, 2, 10, QLatin1Char('0'));
    }
    if (auto st = AuditLog(m_db).append(workspaceId, actor, QStringLiteral("queue.slots_set"),
                                        QStringLiteral("account"), accountId,
                                        {{QStringLiteral("slots"), recorded}}, m_clock.now());
        !st)
        return st;
    return tx.commit();
}

QDateTime QueuePlanner::nextFreeSlot(const QList<Id> &accountIds, const QTimeZone &zone,
                                     const QDateTime &after) const
{
    if (accountIds.isEmpty() || !after.isValid())
        return {};
    // Every channel's slots count: a post to Mastodon and LinkedIn may take a Mastodon slot or a
    // LinkedIn one, as long as none of its channels already has a post then.
    QList<QueueSlot> all;
    for (Id accountId : accountIds)
        all << slotsOf(accountId);
    if (all.isEmpty())
        return {};
    std::sort(all.begin(), all.end(), slotBefore);

    const WorkspaceTime time(QString::fromUtf8(zone.id()));
    const QDate firstDay = time.localDate(after);
    const QDateTime horizon = time.startOfDay(firstDay.addDays(kLookAheadDays + 1));

    // What is already planned on these channels in the window, read once.
    QSet<qint64> taken;
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT p.scheduled_at FROM posts p JOIN post_variants v ON "
                                    "v.post_id = p.id WHERE v.account_id IN (%1) AND p.scheduled_at > ? "
                                    "AND p.scheduled_at <= ?")
                         .arg(idList(accountIds)));
    if (!q.exec(toDbTime(after), toDbTime(horizon)))
        return {};
    while (q.next())
        taken.insert(q.value(0).toLongLong());

    for (int day = 0; day <= kLookAheadDays; ++day) {
        const QDate date = firstDay.addDays(day);
        for (const QueueSlot &slot : std::as_const(all)) {
            if (slot.weekday != date.dayOfWeek())
                continue;
            // A slot inside the spring-forward gap (02:30) moves to just after it (03:30).
            const QDateTime candidate = time.toUtc(date, QTime(slot.minuteOfDay / 60, slot.minuteOfDay % 60));
            if (candidate > after && !taken.contains(candidate.toSecsSinceEpoch()))
                return candidate;
        }
    }
    return {};
}

} // namespace vigie
