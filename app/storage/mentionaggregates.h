#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QHash>
#include <QTimeZone>

namespace vigie {

class Database;

// "3,5,8" in the mentions table's id-list columns (other_brand_ids, product_ids).
QString idsToText(const QList<Id> &ids);
QList<Id> idsFromText(const QString &text); // skips anything that is not a positive id
// The brands a mention counts for (its own first) and every product it names, without repeats.
QList<Id> mentionBrandIds(const Mention &mention);
QList<Id> mentionProductIds(const Mention &mention);

// Maintains mention_daily, mention_product_daily and mention_source_daily: per-day counts that analytics read
// instead of grouping every mention. Days are Julian day numbers in the workspace's timezone.
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
    struct SourceDayKey
    {
        Id workspaceId = 0;
        Id brandId = 0;
        QString network;
        QString source;
        qint64 day = 0;
        bool operator==(const SourceDayKey &) const = default;
        friend size_t qHash(const SourceDayKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.workspaceId, k.brandId, k.network, k.source, k.day);
        }
    };
    QHash<SourceDayKey, qint64> m_sourceDays;
};

} // namespace vigie
