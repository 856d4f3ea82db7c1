#include "storage/mentionqueries.h"

#include "storage/database.h"
#include "storage/mentionaggregates.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace vigie {

namespace {

const QString kColumns = QStringLiteral(
    "id, brand_id, other_brand_ids, COALESCE(product_id, 0), product_ids, network, source, author, "
    "author_name, title, body, url, sentiment, adverse_event, reach, created_at");

// "%,12,%": matches 12 in an id-list column once both ends are wrapped in commas.
QString idPattern(Id id)
{
    return QStringLiteral("%,%1,%").arg(id);
}

MentionRow readRow(const SqlQuery &q)
{
    MentionRow row;
    row.id = q.value(0).toLongLong();
    row.brandId = q.value(1).toLongLong();
    row.otherBrandIds = idsFromText(q.value(2).toString());
    const Id productId = q.value(3).toLongLong();
    if (productId > 0)
        row.productIds << productId;
    for (Id id : idsFromText(q.value(4).toString())) {
        if (!row.productIds.contains(id))
            row.productIds << id;
    }
    row.networkKey = q.value(5).toString();
    row.network = networkFromKey(row.networkKey);
    row.source = q.value(6).toString();
    row.author = q.value(7).toString();
    row.authorName = q.value(8).toString();
    row.title = q.value(9).toString();
    row.body = q.value(10).toString();
    row.url = q.value(11).toString();
    const int sentiment = q.value(12).toInt();
    row.sentiment = sentiment > 0   ? Sentiment::Positive
                    : sentiment < 0 ? Sentiment::Negative
                                    : Sentiment::Neutral;
    row.adverseEvent = q.value(13).toLongLong() != 0;
    row.reach = q.value(14).toLongLong();
    row.createdAt = QDateTime::fromSecsSinceEpoch(q.value(15).toLongLong(), QTimeZone::utc());
    return row;
}

bool newerFirst(const MentionRow &a, const MentionRow &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

} // namespace

QList<SourceCount> MentionQueries::sourceTotals(Id workspaceId, const QDate &from, const QDate &to) const
{
    // Walks the covering index mention_source_daily_by_source in group order (no table reads, no
    // sort); still one index entry per source and day, so it is done once for both charts.
    SqlQuery q(m_db, QStringLiteral("SELECT network, source, SUM(total) AS n FROM mention_source_daily "
                                    "WHERE workspace_id = ? AND day >= ? AND day <= ? "
                                    "GROUP BY network, source ORDER BY n DESC, source, network"));
    QList<SourceCount> result;
    if (!from.isValid() || !to.isValid() || !q.exec(workspaceId, from.toJulianDay(), to.toJulianDay()))
        return result;
    while (q.next()) {
        SourceCount c;
        c.networkKey = q.value(0).toString();
        c.network = networkFromKey(c.networkKey);
        c.source = q.value(1).toString();
        c.total = q.value(2).toLongLong();
        result << c;
    }
    return result;
}

QList<NetworkCount> MentionQueries::networkTotals(const QList<SourceCount> &sources)
{
    QList<NetworkCount> result;
    for (const auto &source : sources) {
        auto it = std::find_if(result.begin(), result.end(),
                               [&](const NetworkCount &n) { return n.networkKey == source.networkKey; });
        if (it == result.end())
            result << NetworkCount{source.network, source.networkKey, source.total};
        else
            it->total += source.total;
    }
    std::stable_sort(result.begin(), result.end(), [](const NetworkCount &a, const NetworkCount &b) {
        return a.total != b.total ? a.total > b.total : a.networkKey < b.networkKey;
    });
    return result;
}

QPair<qint64, qint64> MentionQueries::epochRange(const QDate &from, const QDate &to) const
{
    return {QDateTime(from, QTime(0, 0), m_zone).toSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch()};
}

QList<MentionRow> MentionQueries::page(Id workspaceId, const MentionFilter &filter,
                                       const MentionPageCursor &cursor, int limit) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.from > filter.to || limit <= 0)
        return {};
    const auto [lowest, end] = epochRange(filter.from, filter.to);

    // Conditions every part of the query shares, after the time range.
    QString common;
    QVariantList commonValues;
    if (!cursor.isStart()) {
        common += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        commonValues << cursor.createdAt << cursor.createdAt << cursor.id;
    }
    if (filter.sentiment) {
        common += QStringLiteral(" AND sentiment = ?");
        commonValues << int(*filter.sentiment);
    }
    if (filter.productId > 0) {
        common += QStringLiteral(" AND (product_id = ? OR (',' || product_ids || ',') LIKE ?)");
        commonValues << filter.productId << idPattern(filter.productId);
    }
    if (!filter.networkKey.isEmpty()) {
        common += QStringLiteral(" AND network = ?");
        commonValues << filter.networkKey;
    }
    if (filter.source) {
        common += QStringLiteral(" AND source = ?");
        commonValues << *filter.source;
    }
    if (filter.adverseOnly)
        common += QStringLiteral(" AND adverse_event = 1");

    if (filter.brandIds.isEmpty()) {
        return select(QStringLiteral("workspace_id = ? AND created_at >= ? AND created_at < ?") + common,
                      QVariantList{workspaceId, lowest, end} + commonValues, limit);
    }

    // Filed under one of the brands: one walk down mentions_by_brand_time per brand.
    QList<MentionRow> rows;
    QStringList notFiledUnder;
    QStringList namesOne;
    QVariantList brandValues;
    QVariantList patternValues;
    for (Id brandId : filter.brandIds) {
        rows << select(
            QStringLiteral("workspace_id = ? AND brand_id = ? AND created_at >= ? AND created_at < ?") +
                common,
            QVariantList{workspaceId, brandId, lowest, end} + commonValues, limit);
        notFiledUnder << QStringLiteral("brand_id <> ?");
        namesOne << QStringLiteral("(',' || other_brand_ids || ',') LIKE ?");
        brandValues << brandId;
        patternValues << idPattern(brandId);
    }
    std::sort(rows.begin(), rows.end(), newerFirst);
    if (rows.size() > limit)
        rows.resize(limit);
    // Filed under another brand but naming one of these too: no index reaches into
    // other_brand_ids, so the walk down mentions_by_time stops where the page above ends when it
    // is full (nothing older than its last row can be in this page).
    const qint64 from = rows.size() >= limit ? rows.constLast().createdAt.toSecsSinceEpoch() : lowest;
    rows << select(
        QStringLiteral("workspace_id = ? AND ") + notFiledUnder.join(QStringLiteral(" AND ")) +
            QStringLiteral(" AND other_brand_ids <> '' AND (") + namesOne.join(QStringLiteral(" OR ")) +
            QStringLiteral(") AND created_at >= ? AND created_at < ?") + common,
        QVariantList{workspaceId} + brandValues + patternValues + QVariantList{from, end} + commonValues,
        limit);
    std::sort(rows.begin(), rows.end(), newerFirst);
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QList<MentionRow> MentionQueries::select(const QString &where, const QVariantList &values, int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM mentions WHERE ") + where +
                         QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?"));
    QList<MentionRow> rows;
    if (!q.execWith(values + QVariantList{limit}))
        return rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

} // namespace vigie
