#include "storage/postrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QHash>
#include <QJsonObject>

namespace vigie {

namespace {
const QString kPostColumns = QStringLiteral(
    "id, workspace_id, COALESCE(brand_id, 0), body, state, scheduled_at, created_at, updated_at, "
    "extras, author, COALESCE(series_id, 0), recurrence");
const QString kVariantColumns =
    QStringLiteral("id, post_id, account_id, body, state, remote_id, remote_url, idempotency_key, error, "
                   "attempts, next_attempt_at, claimed_at, claimed_by, progress");

Post readPost(const SqlQuery &q)
{
    Post p;
    p.id = q.value(0).toLongLong();
    p.workspaceId = q.value(1).toLongLong();
    p.brandId = q.value(2).toLongLong();
    p.body = q.value(3).toString();
    p.state = postStateFromKey(q.value(4).toString());
    p.scheduledAt = fromDbTime(q.value(5));
    p.createdAt = fromDbTime(q.value(6));
    p.updatedAt = fromDbTime(q.value(7));
    p.extras = PostExtras::fromJsonText(q.value(8).toString());
    p.author = q.value(9).toString();
    p.seriesId = q.value(10).toLongLong();
    p.recurrence = q.value(11).toString();
    return p;
}

PostVariant readVariant(const SqlQuery &q)
{
    PostVariant v;
    v.id = q.value(0).toLongLong();
    v.postId = q.value(1).toLongLong();
    v.accountId = q.value(2).toLongLong();
    v.body = q.value(3).toString();
    v.state = postStateFromKey(q.value(4).toString());
    v.remoteId = q.value(5).toString();
    v.remoteUrl = q.value(6).toString();
    v.idempotencyKey = q.value(7).toString();
    v.error = q.value(8).toString();
    v.attempts = q.value(9).toInt();
    v.nextAttemptAt = fromDbTime(q.value(10));
    v.claimedAt = fromDbTime(q.value(11));
    v.claimedBy = q.value(12).toString();
    v.progress = q.value(13).toString();
    return v;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

PostVariant readPostVariant(const SqlQuery &q)
{
    return readVariant(q);
}

const QString &postVariantColumns()
{
    return kVariantColumns;
}

Status PostRepository::insertVariants(Post &post)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO post_variants (post_id, account_id, body, state, remote_id, "
                              "remote_url, idempotency_key, error, attempts, next_attempt_at, claimed_at, "
                              "claimed_by, progress) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto &variant : post.variants) {
        variant.postId = post.id;
        if (auto st = q.execWith({post.id, variant.accountId, variant.body, postStateKey(variant.state),
                                  variant.remoteId, variant.remoteUrl, variant.idempotencyKey, variant.error,
                                  variant.attempts, toDbTime(variant.nextAttemptAt),
                                  toDbTime(variant.claimedAt), variant.claimedBy, variant.progress});
            !st)
            return st;
        variant.id = q.lastInsertId();
    }
    return Status::success();
}

Status PostRepository::create(Post &post, const QString &actor)
{
    Transaction tx(m_db);
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO posts (workspace_id, brand_id, body, state, scheduled_at, "
                                    "created_at, updated_at, extras, author, series_id, recurrence) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto st =
            q.execWith({post.workspaceId, toDbId(post.brandId), post.body, postStateKey(post.state),
                        toDbTime(post.scheduledAt), toDbTime(now), toDbTime(now), post.extras.toJsonText(),
                        post.author.isEmpty() ? actor : post.author, toDbId(post.seriesId), post.recurrence});
        !st)
        return st;
    if (post.author.isEmpty())
        post.author = actor;
    post.id = q.lastInsertId();
    post.createdAt = post.updatedAt = now;
    if (auto st = insertVariants(post); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st =
            audit.append(post.workspaceId, actor, QStringLiteral("post.created"), QStringLiteral("post"),
                         post.id, {{QStringLiteral("scheduled_at"), timeText(post.scheduledAt)}}, now);
        !st)
        return st;
    return tx.commit();
}

Status PostRepository::update(Post &post, const QString &actor)
{
    Transaction tx(m_db);
    const QDateTime now = m_clock.now();
    const auto before = this->post(post.id);
    if (!before)
        return Status::failure(tr("This post no longer exists."));
    // Any change to what will be published voids the approvals given on the old content: the
    // post goes back to review. Moving only its date keeps them.
    const QString safety = safetyTextOf(post.brandId);
    const QString newHash = postContentHash(post, safety);
    const bool contentChanged = postContentHash(*before, safetyTextOf(before->brandId)) != newHash;
    bool approvalVoided = false;
    if (contentChanged &&
        (post.state == PostState::Approved || post.state == PostState::Scheduled ||
         post.state == PostState::InReview) &&
        !requiredReviewsOf(post.brandId).isEmpty()) {
        approvalVoided = post.state != PostState::InReview;
        post.state = PostState::InReview;
        for (PostVariant &v : post.variants) {
            if (v.state == PostState::Approved || v.state == PostState::Scheduled)
                v.state = PostState::InReview;
        }
    }
    SqlQuery q(m_db,
               QStringLiteral("UPDATE posts SET brand_id = ?, body = ?, state = ?, scheduled_at = ?, "
                              "updated_at = ?, extras = ?, series_id = ?, recurrence = ? WHERE id = ?"));
    if (auto st = q.execWith({toDbId(post.brandId), post.body, postStateKey(post.state),
                              toDbTime(post.scheduledAt), toDbTime(now), post.extras.toJsonText(),
                              toDbId(post.seriesId), post.recurrence, post.id});
        !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("This post no longer exists."));
    // Variants are replaced as a set; published ones keep their remote ids through the caller.
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM post_variants WHERE post_id = ?"));
    if (auto st = clear.exec(post.id); !st)
        return st;
    if (auto st = insertVariants(post); !st)
        return st;
    post.updatedAt = now;
    AuditLog audit(m_db);
    if (auto st = audit.append(post.workspaceId, actor, QStringLiteral("post.edited"), QStringLiteral("post"),
                               post.id,
                               {{QStringLiteral("scheduled_at"), timeText(post.scheduledAt)},
                                {QStringLiteral("content_hash"), newHash}},
                               now);
        !st)
        return st;
    if (approvalVoided) {
        if (auto st =
                audit.append(post.workspaceId, actor, QStringLiteral("post.approval_voided"),
                             QStringLiteral("post"), post.id,
                             {{QStringLiteral("content_hash"), newHash},
                              {QStringLiteral("reason"), QStringLiteral("content edited after approval")}},
                             now);
            !st)
            return st;
    }
    return tx.commit();
}

Status PostRepository::remove(Id postId, const QString &actor)
{
    const auto existing = post(postId);
    if (!existing)
        return Status::failure(tr("This post no longer exists."));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM posts WHERE id = ?"));
    if (auto st = q.exec(postId); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st =
            audit.append(existing->workspaceId, actor, QStringLiteral("post.deleted"), QStringLiteral("post"),
                         postId, {{QStringLiteral("body"), existing->body}}, m_clock.now());
        !st)
        return st;
    return tx.commit();
}

Status PostRepository::reschedule(Id postId, const QDateTime &when, const QString &actor)
{
    const auto existing = post(postId);
    if (!existing)
        return Status::failure(tr("This post no longer exists."));
    if (!isReschedulable(existing->state))
        return Status::failure(
            tr("This post cannot be moved: it is %1.").arg(postStateDisplayName(existing->state).toLower()));
    if (!when.isValid())
        return Status::failure(tr("Choose a date and time for the post."));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE posts SET scheduled_at = ?, updated_at = ? WHERE id = ?"));
    if (auto st = q.exec(toDbTime(when), toDbTime(m_clock.now()), postId); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st = audit.append(existing->workspaceId, actor, QStringLiteral("post.rescheduled"),
                               QStringLiteral("post"), postId,
                               {{QStringLiteral("from"), timeText(existing->scheduledAt)},
                                {QStringLiteral("to"), timeText(when)}},
                               m_clock.now());
        !st)
        return st;
    return tx.commit();
}

QList<PostVariant> PostRepository::variantsOf(Id postId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1 FROM post_variants WHERE post_id = ? ORDER BY id").arg(kVariantColumns));
    QList<PostVariant> result;
    if (!q.exec(postId))
        return result;
    while (q.next())
        result << readVariant(q);
    return result;
}

std::optional<Post> PostRepository::post(Id id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM posts WHERE id = ?").arg(kPostColumns));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Post p = readPost(q);
    p.variants = variantsOf(id);
    return p;
}

void PostRepository::attachVariants(QList<Post> &posts) const
{
    if (posts.isEmpty())
        return;
    QHash<Id, qsizetype> indexById;
    QStringList ids;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        indexById.insert(posts[i].id, i);
        ids << QString::number(posts[i].id);
    }
    // One query for the whole page instead of one per post (a month can hold a thousand posts).
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM post_variants WHERE post_id IN (%2) ORDER BY id")
                         .arg(kVariantColumns, ids.join(QLatin1Char(','))));
    if (!q.exec())
        return;
    while (q.next()) {
        PostVariant v = readVariant(q);
        posts[indexById.value(v.postId)].variants << v;
    }
}

QList<Post> PostRepository::scheduledBetween(Id workspaceId, const QDateTime &from, const QDateTime &to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM posts WHERE workspace_id = ? AND scheduled_at >= ? "
                                    "AND scheduled_at < ? ORDER BY scheduled_at, id")
                         .arg(kPostColumns));
    QList<Post> result;
    if (!q.exec(workspaceId, toDbTime(from), toDbTime(to)))
        return result;
    while (q.next())
        result << readPost(q);
    attachVariants(result);
    return result;
}

QString PostRepository::safetyTextOf(Id brandId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT safety_text FROM brands WHERE id = ?"));
    return q.exec(brandId) && q.next() ? q.value(0).toString() : QString();
}

QList<ReviewRole> PostRepository::requiredReviewsOf(Id brandId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT required_reviews FROM brands WHERE id = ?"));
    return q.exec(brandId) && q.next() ? reviewRolesFromText(q.value(0).toString()) : QList<ReviewRole>();
}

QString PostRepository::contentHash(const Post &post) const
{
    return postContentHash(post, safetyTextOf(post.brandId));
}

Id PostRepository::mostRecentBrand(Id workspaceId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT brand_id FROM posts WHERE workspace_id = ? AND brand_id IS NOT NULL "
                              "ORDER BY created_at DESC, id DESC LIMIT 1"));
    return q.exec(workspaceId) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Post> PostRepository::unscheduled(Id workspaceId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM posts WHERE workspace_id = ? AND scheduled_at IS NULL "
                                    "ORDER BY updated_at DESC, id DESC")
                         .arg(kPostColumns));
    QList<Post> result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next())
        result << readPost(q);
    attachVariants(result);
    return result;
}

} // namespace vigie
