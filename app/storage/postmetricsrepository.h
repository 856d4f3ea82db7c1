#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// Engagement of published posts (likes, reposts, replies, quotes), one row per variant,
// replaced each time the metrics are read again from the network.
class PostMetricsRepository
{
    Q_DECLARE_TR_FUNCTIONS(PostMetricsRepository)

public:
    explicit PostMetricsRepository(Database &db)
        : m_db(db)
    {}

    Status save(const PostMetricsRow &row);
    // Published variants of the workspace whose published_at falls in [from, to), newest first,
    // with their last metrics (zeros and an invalid fetchedAt when never read).
    QList<PostMetricsRow> published(Id workspaceId, const QDateTime &from, const QDateTime &to,
                                    int limit = 200) const;
    // Published variants worth reading again: published since 'since', on accounts of the
    // workspace, metrics never read or older than staleBefore. Oldest reading first.
    QList<PostMetricsRow> stale(Id workspaceId, const QDateTime &since, const QDateTime &staleBefore,
                                int limit = 100) const;

private:
    Database &m_db;
};

} // namespace vigie
