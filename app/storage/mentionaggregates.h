#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QHash>
#include <QTimeZone>

namespace vigie {

class Database;

// Maintains mention_daily and mention_product_daily: per-day counts that analytics read instead
// of grouping every mention. Days are Julian day numbers in the workspace's timezone.
class MentionAggregates
{
public:
    explicit MentionAggregates(QTimeZone zone)
        : m_zone(std::move(zone))
    {}

    void add(const Mention &mention);
    bool isEmpty() const { return m_brandDays.isEmpty(); }
    // Upserts the accumulated counts (inside the caller's transaction) and clears them.
    Status flush(Database &db);

    // Recomputes every aggregate from the mentions table (migration, repair).
    static Status rebuild(Database &db);
    // Julian day of a UTC epoch second in zone; cached per hour because zone lookups are slow.
    qint64 dayOf(qint64 epochSecs);

private:
    struct BrandDay
    {
        qint64 total = 0, positive = 0, neutral = 0, negative = 0, adverse = 0;
    };
    QTimeZone m_zone;
    QHash<QPair<QPair<Id, Id>, qint64>, BrandDay> m_brandDays; // ((workspace, brand), day)
    QHash<QPair<Id, qint64>, qint64> m_productDays;            // (product, day)
    QHash<qint64, qint64> m_dayByHour;
};

} // namespace vigie
