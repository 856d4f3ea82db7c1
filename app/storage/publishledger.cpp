#include "storage/publishledger.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonObject>

namespace vigie {

namespace {
Id workspaceOfPost(Database &db, Id postId)
{
    SqlQuery q(db, QStringLiteral("SELECT workspace_id FROM posts WHERE id = ?"));
    if (!q.exec(postId) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

Status PublishLedger::claim(Id variantId, const QString &newKey, const QString &actor, PostVariant *claimed)
{
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE post_variants SET state = 'publishing', error = '', "
                         "idempotency_key = CASE WHEN idempotency_key = '' THEN ? ELSE idempotency_key END "
                         "WHERE id = ? AND state NOT IN ('publishing', 'published', 'unconfirmed')"));
    if (auto st = q.exec(newKey, variantId); !st)
        return st;
    SqlQuery read(m_db, QStringLiteral("SELECT id, post_id, account_id, body, state, remote_id, remote_url, "
                                       "idempotency_key, error FROM post_variants WHERE id = ?"));
    if (auto st = read.exec(variantId); !st)
        return st;
    if (!read.next())
        return Status::failure(tr("This post no longer targets that channel."));
    const PostState state = postStateFromKey(read.value(4).toString());
    if (q.numRowsAffected() < 1)
        return Status::failure(
            state == PostState::Unconfirmed
                ? tr("The last attempt on this channel got no answer. Check the account on the "
                     "network, then mark the post published or failed before trying again.")
                : tr("This channel is already %1.").arg(postStateDisplayName(state).toLower()));
    PostVariant v;
    v.id = read.value(0).toLongLong();
    v.postId = read.value(1).toLongLong();
    v.accountId = read.value(2).toLongLong();
    v.body = read.value(3).toString();
    v.state = state;
    v.remoteId = read.value(5).toString();
    v.remoteUrl = read.value(6).toString();
    v.idempotencyKey = read.value(7).toString();
    if (auto st = updatePostState(v.postId); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st = audit.append(workspaceOfPost(m_db, v.postId), actor, QStringLiteral("variant.claimed"),
                               QStringLiteral("post"), v.postId,
                               {{QStringLiteral("variant"), v.id}, {QStringLiteral("account"), v.accountId}},
                               m_clock.now());
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    if (claimed)
        *claimed = v;
    return Status::success();
}

Status PublishLedger::finish(Id variantId, PostState state, const QString &remoteId, const QString &remoteUrl,
                             const QString &error, const QString &actor)
{
    Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE post_variants SET state = ?, remote_id = ?, remote_url = ?, error = ?, "
                              "published_at = ? WHERE id = ?"));
    const QVariant publishedAt = state == PostState::Published ? toDbTime(m_clock.now()) : QVariant();
    if (auto st = q.execWith({postStateKey(state), remoteId, remoteUrl, error, publishedAt, variantId}); !st)
        return st;
    SqlQuery post(m_db, QStringLiteral("SELECT post_id FROM post_variants WHERE id = ?"));
    if (auto st = post.exec(variantId); !st || !post.next())
        return Status::failure(tr("This post no longer targets that channel."));
    const Id postId = post.value(0).toLongLong();
    if (auto st = updatePostState(postId); !st)
        return st;
    AuditLog audit(m_db);
    QJsonObject detail{{QStringLiteral("variant"), variantId},
                       {QStringLiteral("state"), postStateKey(state)}};
    if (!remoteId.isEmpty())
        detail.insert(QStringLiteral("remote_id"), remoteId);
    if (!error.isEmpty())
        detail.insert(QStringLiteral("error"), error);
    if (auto st = audit.append(workspaceOfPost(m_db, postId), actor,
                               QStringLiteral("variant.") + postStateKey(state), QStringLiteral("post"),
                               postId, detail, m_clock.now());
        !st)
        return st;
    return tx.commit();
}

// The post is as far as its least advanced variant: unconfirmed or failed variants show on the
// post so the calendar flags it; published only when every variant is.
Status PublishLedger::updatePostState(Id postId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT state FROM post_variants WHERE post_id = ?"));
    if (auto st = q.exec(postId); !st)
        return st;
    QList<PostState> states;
    while (q.next())
        states << postStateFromKey(q.value(0).toString());
    if (states.isEmpty())
        return Status::success();
    PostState result = PostState::Published;
    for (const PostState s : {PostState::Unconfirmed, PostState::Failed, PostState::Publishing}) {
        if (states.contains(s)) {
            result = s;
            break;
        }
    }
    if (result == PostState::Published &&
        !std::all_of(states.cbegin(), states.cend(), [](PostState s) { return s == PostState::Published; }))
        result = PostState::Publishing; // some published, others not started yet
    SqlQuery update(m_db, QStringLiteral("UPDATE posts SET state = ?, updated_at = ? WHERE id = ?"));
    return update.exec(postStateKey(result), toDbTime(m_clock.now()), postId);
}

} // namespace vigie
