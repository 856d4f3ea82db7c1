#include "storage/mentionaggregates.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDateTime>

namespace vigie {

QString idsToText(const QList<Id> &ids)
{
    QStringList parts;
    for (Id id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QList<Id> idsFromText(const QString &text)
{
    QList<Id> ids;
    for (const auto &part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const Id id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

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

QList<Id> mentionBrandIds(const Mention &mention)
{
    QList<Id> ids{mention.brandId};
    for (Id other : mention.otherBrandIds) {
        if (other > 0 && !ids.contains(other))
            ids << other;
    }
    return ids;
}

QList<Id> mentionProductIds(const Mention &mention)
{
    QList<Id> ids;
    if (mention.productId > 0)
        ids << mention.productId;
    for (Id product : mention.productIds) {
        if (product > 0 && !ids.contains(product))
            ids << product;
    }
    return ids;
}

void MentionAggregates::add(const Mention &mention)
{
    const qint64 day = dayOf(mention.createdAt.toSecsSinceEpoch());
    const QString network = networkKey(mention.network);
    // A mention naming several brands counts once for each: share of voice is "how many
    // mentions talk about you", and one post can talk about two brands.
    for (Id brandId : mentionBrandIds(mention)) {
        BrandDay &b = m_brandDays[qMakePair(qMakePair(mention.workspaceId, brandId), day)];
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
        ++m_sourceDays[SourceDayKey{mention.workspaceId, brandId, network, mention.source, day}];
    }
    for (Id productId : mentionProductIds(mention))
        ++m_productDays[qMakePair(productId, day)];
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
    SqlQuery sourceUpsert(
        db, QStringLiteral("INSERT INTO mention_source_daily (workspace_id, brand_id, network, source, day, "
                           "total) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, brand_id, network, "
                           "source, day) DO UPDATE SET total = mention_source_daily.total + excluded.total"));
    for (auto it = m_sourceDays.cbegin(); it != m_sourceDays.cend(); ++it) {
        const SourceDayKey &k = it.key();
        if (auto st =
                sourceUpsert.execWith({k.workspaceId, k.brandId, k.network, k.source, k.day, it.value()});
            !st)
            return st;
    }
    m_brandDays.clear();
    m_productDays.clear();
    m_sourceDays.clear();
    return Status::success();
}

Status MentionAggregates::rebuild(Database &db)
{
    if (auto st = db.exec(QStringLiteral("DELETE FROM mention_daily")); !st)
        return st;
    if (auto st = db.exec(QStringLiteral("DELETE FROM mention_product_daily")); !st)
        return st;
    if (auto st = db.exec(QStringLiteral("DELETE FROM mention_source_daily")); !st)
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
                               "created_at, network, source, other_brand_ids, product_ids "
                               "FROM mentions WHERE workspace_id = ?"));
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
            m.network = networkFromKey(mentions.value(5).toString());
            m.source = mentions.value(6).toString();
            m.otherBrandIds = idsFromText(mentions.value(7).toString());
            m.productIds = idsFromText(mentions.value(8).toString());
            aggregates.add(m);
        }
        if (auto st = aggregates.flush(db); !st)
            return st;
    }
    return Status::success();
}

} // namespace vigie
