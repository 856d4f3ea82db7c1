#pragma once

#include "core/types.h"

#include <QDate>
#include <QTimeZone>
#include <optional>

namespace vigie {

class Database;

// Mentions per (network, source) over a period, from mention_source_daily. A mention naming
// several brands counts once for each, as in every other brand figure (volume, share of voice).
struct SourceCount
{
    Network network = Network::Unknown;
    QString networkKey; // as stored: kept so an unknown network still has a name
    QString source;     // feed title, hashtag or search; may be empty
    qint64 total = 0;
};

struct NetworkCount
{
    Network network = Network::Unknown;
    QString networkKey;
    qint64 total = 0;
};

// Which mentions a list shows: what a chart point counts. Days are in the workspace's timezone.
struct MentionFilter
{
    // Empty = every brand; otherwise mentions filed under one of these brands or naming one too.
    QList<Id> brandIds;
    QDate from;
    QDate to;
    std::optional<Sentiment> sentiment;
    Id productId = 0;              // 0 = any; otherwise a product the mention names
    QString networkKey;            // empty = any
    std::optional<QString> source; // unset = any; set (even empty) = exactly that source
    bool adverseOnly = false;

    bool operator==(const MentionFilter &) const = default;
};

// One row of a mention list, as stored.
struct MentionRow
{
    Id id = 0;
    Id brandId = 0;
    QList<Id> otherBrandIds;
    QList<Id> productIds; // every product named, the main one first
    Network network = Network::Unknown;
    QString networkKey;
    QString source;
    QString author;
    QString authorName;
    QString title;
    QString body;
    QString url;
    Sentiment sentiment = Sentiment::Neutral;
    bool adverseEvent = false;
    qint64 reach = 0;
    QDateTime createdAt; // UTC
};

// Where the next page starts: after the last row of the previous one (newest first).
struct MentionPageCursor
{
    qint64 createdAt = 0; // epoch seconds
    Id id = 0;
    bool isStart() const { return id == 0; }
};

// The analytics reads that go beyond mention_daily: sources, networks, and the mentions behind a
// chart point. Aggregates read the daily tables; the mention list reads one page at a time.
class MentionQueries
{
public:
    MentionQueries(Database &db, QTimeZone zone)
        : m_db(db)
        , m_zone(std::move(zone))
    {}

    // Every (network, source) pair of the period with its mentions, most first. One read of
    // mention_source_daily serves both the sources and the networks charts (networkTotals).
    QList<SourceCount> sourceTotals(Id workspaceId, const QDate &from, const QDate &to) const;
    // Mentions per network, most first, summed from sourceTotals' rows.
    static QList<NetworkCount> networkTotals(const QList<SourceCount> &sources);

    // One page of the mentions matching filter, newest first, starting after cursor. Walks the
    // (workspace, brand, created_at) index for each brand asked for, the (workspace, created_at)
    // one otherwise; each walk stops after a page.
    QList<MentionRow> page(Id workspaceId, const MentionFilter &filter, const MentionPageCursor &cursor,
                           int limit) const;

    // [from 00:00, to + 1 00:00) of the workspace's zone, in UTC epoch seconds.
    QPair<qint64, qint64> epochRange(const QDate &from, const QDate &to) const;

private:
    QList<MentionRow> select(const QString &where, const QVariantList &values, int limit) const;

    Database &m_db;
    QTimeZone m_zone;
};

} // namespace vigie
