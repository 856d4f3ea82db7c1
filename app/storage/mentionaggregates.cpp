#include "storage/mentionaggregates.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDateTime>

namespace vigie {

qint64 MentionAggregates::dayOf(qint64 epochSecs)
{
    // Offsets change only on the hour in every zone Vigie's users live in.
    const qint64 hour = epochSecs >= 0 ? epochSecs / 3600 : (epochSecs - 3599) / 3600;
    auto it = m_dayByHour.constFind(hour);
    if (it != m_dayByHour.cend())
        return it.value();
    const qint64 day = QDateTime::fromSecsSinceEpoch(hour * 3600, m_zone).date().toJulianDay();
    m_dayByHour.insert(hour, day);
    return day;
}

void MentionAggregates::add(const Mention &mention)
{
    const qint64 day = dayOf(mention.createdAt.toSecsSinceEpoch());
    BrandDay &b = m_brandDays[qMakePair(qMakePair(mention.workspaceId, mention.brandId), day)];
    ++b.total;
    switch (mention.sentiment) {
    case Sentiment::Positive:
        ++b.positive;
        break;
    case Sentiment::Negative:
        ++b.negative;
        break;
    case Sentiment::Neutral:
        ++b.neutral;
        break;
    }
    if (mention.adverseEvent)
        ++b.adverse;
    if (mention.productId > 0)
        ++m_productDays[qMakePair(mention.productId, day)];
}

Status MentionAggregates::flush(Database &db)
{
    // ON CONFLICT … DO UPDATE is understood by SQLite (3.24+) and PostgreSQL alike.
    SqlQuery brandUpsert(
        db,
        QStringLiteral("INSERT INTO mention_daily (workspace_id, brand_id, day, total, positive, neutral, "
                       "negative, adverse) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (workspace_id, brand_id, day) DO UPDATE SET "
                       "total = mention_daily.total + excluded.total, "
                       "positive = mention_daily.positive + excluded.positive, "
                       "neutral = mention_daily.neutral + excluded.neutral, "
                       "negative = mention_daily.negative + excluded.negative, "
                       "adverse = mention_daily.adverse + excluded.adverse"));
    for (auto it = m_brandDays.cbegin(); it != m_brandDays.cend(); ++it) {
        const BrandDay &b = it.value();
        if (auto st = brandUpsert.execWith({it.key().first.first, it.key().first.second, it.key().second,
                                            b.total, b.positive, b.neutral, b.negative, b.adverse});
            !st)
            return st;
    }
    SqlQuery productUpsert(db, QStringLiteral("INSERT INTO mention_product_daily (product_id, day, total) "
                                              "VALUES (?, ?, ?) ON CONFLICT (product_id, day) DO UPDATE SET "
                                              "total = mention_product_daily.total + excluded.total"));
    for (auto it = m_productDays.cbegin(); it != m_productDays.cend(); ++it) {
        if (auto st = productUpsert.execWith({it.key().first, it.key().second, it.value()}); !st)
            return st;
    }
    m_brandDays.clear();
    m_productDays.clear();
    return Status::success();
}

Status MentionAggregates::rebuild(Database &db)
{
    if (auto st = db.exec(QStringLiteral("DELETE FROM mention_daily")); !st)
        return st;
    if (auto st = db.exec(QStringLiteral("DELETE FROM mention_product_daily")); !st)
        return st;
    SqlQuery workspaces(db, QStringLiteral("SELECT id, timezone FROM workspaces"));
    if (auto st = workspaces.exec(); !st)
        return st;
    while (workspaces.next()) {
        const Id workspaceId = workspaces.value(0).toLongLong();
        QTimeZone zone(workspaces.value(1).toString().toUtf8());
        MentionAggregates aggregates(zone.isValid() ? zone : QTimeZone::utc());
        SqlQuery mentions(
            db, QStringLiteral("SELECT brand_id, COALESCE(product_id, 0), sentiment, adverse_event, "
                               "created_at FROM mentions WHERE workspace_id = ?"));
        if (auto st = mentions.exec(workspaceId); !st)
            return st;
        while (mentions.next()) {
            Mention m;
            m.workspaceId = workspaceId;
            m.brandId = mentions.value(0).toLongLong();
            m.productId = mentions.value(1).toLongLong();
            const int s = mentions.value(2).toInt();
            m.sentiment = s > 0 ? Sentiment::Positive : s < 0 ? Sentiment::Negative : Sentiment::Neutral;
            m.adverseEvent = mentions.value(3).toBool();
            m.createdAt = QDateTime::fromSecsSinceEpoch(mentions.value(4).toLongLong(), QTimeZone::utc());
            aggregates.add(m);
        }
        if (auto st = aggregates.flush(db); !st)
            return st;
    }
    return Status::success();
}

} // namespace vigie
