#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <optional>

namespace vigie {

class Database;

// Posts with their per-channel variants. Every change is recorded in the audit log within the
// same transaction.
class PostRepository
{
    Q_DECLARE_TR_FUNCTIONS(PostRepository)

public:
    explicit PostRepository(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Inserts post and its variants; fills in the ids.
    Status create(Post &post, const QString &actor);
    // Replaces text, brand, schedule, extras and the set of variants of an existing post. When the
    // content changed and the brand requires reviews, an approved or scheduled post goes back to
    // review (post.state is updated) and the voided approval is audit-logged.
    Status update(Post &post, const QString &actor);
    Status remove(Id postId, const QString &actor);
    // Moves a post to another time. Refused once publishing has started.
    Status reschedule(Id postId, const QDateTime &when, const QString &actor);

    std::optional<Post> post(Id id) const;
    // Scheduled posts with from <= scheduled_at < to, with their variants, ordered by time.
    QList<Post> scheduledBetween(Id workspaceId, const QDateTime &from, const QDateTime &to) const;
    // Posts with no date yet (drafts waiting to be planned), newest first.
    QList<Post> unscheduled(Id workspaceId) const;
    // The brand of the most recently created post with a brand (0 if none): what a new post
    // most likely is about.
    Id mostRecentBrand(Id workspaceId) const;
    // What an approval is bound to (see postContentHash): the brand's current safety text included.
    QString contentHash(const Post &post) const;
    QString safetyTextOf(Id brandId) const;
    QList<ReviewRole> requiredReviewsOf(Id brandId) const;

private:
    Status insertVariants(Post &post);
    QList<PostVariant> variantsOf(Id postId) const;
    void attachVariants(QList<Post> &posts) const;

    Database &m_db;
    const Clock &m_clock;
};

class SqlQuery;
// For other readers of post_variants (the publisher): the column list and the row reader.
const QString &postVariantColumns();
PostVariant readPostVariant(const SqlQuery &q);

} // namespace vigie
