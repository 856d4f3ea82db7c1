#include "storage/postmetricsrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT v.id, v.post_id, v.account_id, a.network, CASE WHEN v.body <> '' THEN v.body ELSE p.body END, "
    "v.published_at, COALESCE(m.likes, 0), COALESCE(m.reposts, 0), COALESCE(m.replies, 0), "
    "COALESCE(m.quotes, 0), m.fetched_at FROM post_variants v JOIN posts p ON p.id = v.post_id "
    "JOIN accounts a ON a.id = v.account_id LEFT JOIN post_metrics m ON m.variant_id = v.id "
    "WHERE p.workspace_id = ? AND v.state = 'published' AND v.remote_id <> '' AND v.published_at IS NOT "
    "NULL ");

PostMetricsRow readRow(const SqlQuery &q)
{
    PostMetricsRow row;
    row.variantId = q.value(0).toLongLong();
    row.postId = q.value(1).toLongLong();
    row.accountId = q.value(2).toLongLong();
    row.network = networkFromKey(q.value(3).toString());
    row.body = q.value(4).toString();
    row.publishedAt = fromDbTime(q.value(5));
    row.likes = q.value(6).toLongLong();
    row.reposts = q.value(7).toLongLong();
    row.replies = q.value(8).toLongLong();
    row.quotes = q.value(9).toLongLong();
    row.fetchedAt = fromDbTime(q.value(10));
    return row;
}

} // namespace

Status PostMetricsRepository::save(const PostMetricsRow &row)
{
    if (row.variantId <= 0 || !row.fetchedAt.isValid())
        return Status::failure(tr("Engagement figures need a published post and the time they were read."));
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO post_metrics (variant_id, likes, reposts, replies, quotes, "
                         "fetched_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (variant_id) DO UPDATE SET "
                         "likes = excluded.likes, reposts = excluded.reposts, replies = excluded.replies, "
                         "quotes = excluded.quotes, fetched_at = excluded.fetched_at"));
    return q.execWith({row.variantId, qMax<qint64>(0, row.likes), qMax<qint64>(0, row.reposts),
                       qMax<qint64>(0, row.replies), qMax<qint64>(0, row.quotes), toDbTime(row.fetchedAt)});
}

QList<PostMetricsRow> PostMetricsRepository::published(Id workspaceId, const QDateTime &from,
                                                       const QDateTime &to, int limit) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral("AND v.published_at >= ? AND v.published_at < ? "
                                              "ORDER BY v.published_at DESC, v.id DESC LIMIT ?"));
    QList<PostMetricsRow> rows;
    if (!q.exec(workspaceId, toDbTime(from), toDbTime(to), limit))
        return rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

QList<PostMetricsRow> PostMetricsRepository::stale(Id workspaceId, const QDateTime &since,
                                                   const QDateTime &staleBefore, int limit) const
{
    SqlQuery q(
        m_db, kSelect + QStringLiteral("AND v.published_at >= ? AND (m.fetched_at IS NULL OR "
                                       "m.fetched_at < ?) ORDER BY COALESCE(m.fetched_at, 0), v.id LIMIT ?"));
    QList<PostMetricsRow> rows;
    if (!q.exec(workspaceId, toDbTime(since), toDbTime(staleBefore), limit))
        return rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

} // namespace vigie
