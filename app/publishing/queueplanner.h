#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace vigie {

class Database;

// Each channel's queue: weekly time slots in the workspace's timezone ("Mon–Fri 09:00 and
// 17:30"). "Add to queue" gives a post the first slot, after a moment, at which none of its
// channels already has a post.
class QueuePlanner
{
    Q_DECLARE_TR_FUNCTIONS(QueuePlanner)

public:
    QueuePlanner(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}
    // Ordered by weekday then time. (Not "slots": that is a Qt keyword macro.)
    QList<QueueSlot> slotsOf(Id accountId) const;
    // Makes the account's slots exactly these, in one transaction; audit-logged.
    Status setSlots(Id accountId, const QList<QueueSlot> &wanted, const QString &actor);
    // The first free slot strictly after `after` (UTC) shared by the accounts' queues, looking at
    // most 8 weeks ahead; invalid when none of the accounts has slots or all are taken.
    QDateTime nextFreeSlot(const QList<Id> &accountIds, const QTimeZone &zone, const QDateTime &after) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
