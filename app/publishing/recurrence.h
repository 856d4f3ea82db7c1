#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace vigie {

class Database;

// How a recurring post (a weekly health tip) repeats. Stored on each post of the series as
// its key ("weekly:1:8" = every week, 8 times).
struct Recurrence
{
    enum class Frequency { None, Daily, Weekly, Monthly };
    Frequency frequency = Frequency::None;
    int interval = 1; // every `interval` days / weeks / months
    int count = 1;    // occurrences in all, the first included

    bool isRecurring() const { return frequency != Frequency::None && count > 1; }
    QString toKey() const;
    static Recurrence fromKey(const QString &key); // None when unreadable
    QString describe() const;                      // translated: "Every week, 8 times"
    bool operator==(const Recurrence &) const = default;
};

// The occurrences' times in UTC. Each keeps the first one's wall-clock time in zone, across
// daylight-saving changes (09:00 in Paris stays 09:00 in summer and winter). A wall-clock time
// that does not exist on a spring-forward day moves forward by the gap (02:30 → 03:30).
QList<QDateTime> recurrenceTimes(const QDateTime &firstUtc, const Recurrence &recurrence,
                                 const QTimeZone &zone);

// Creates a series: first (already checked, not yet stored) and one copy per further
// occurrence, all sharing series_id = the first's id, in one transaction; audit-logged.
class RecurrencePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RecurrencePlanner)

public:
    RecurrencePlanner(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}
    Status createSeries(Post &first, const Recurrence &recurrence, const QTimeZone &zone,
                        const QString &actor, QList<Id> *createdIds = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
