#include "storage/publishledger.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QSysInfo>
#include <QUrl>

#include <cerrno>
#include <csignal>

namespace vigie {

namespace {
Id workspaceOfPost(Database &db, Id postId)
{
    SqlQuery q(db, QStringLiteral("SELECT workspace_id FROM posts WHERE id = ?"));
    if (!q.exec(postId) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Id postOfVariant(Database &db, Id variantId)
{
    SqlQuery q(db, QStringLiteral("SELECT post_id FROM post_variants WHERE id = ?"));
    if (!q.exec(variantId) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QJsonObject parseProgress(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString progressText(const QJsonObject &progress)
{
    return QString::fromUtf8(QJsonDocument(progress).toJson(QJsonDocument::Compact));
}

// True when claimedBy names a process of this host that no longer exists.
bool claimerIsDead(const QString &claimedBy)
{
    const qsizetype colon = claimedBy.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || claimedBy.left(colon) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = claimedBy.mid(colon + 1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

const QString kNotClaimed = QStringLiteral("'publishing', 'published', 'unconfirmed'");

// Due variants of manual channels (manualOp "=") or of every other network ("<>").
QList<DueVariant> readDue(Database &db, const QDateTime &now, int limit, Id accountId,
                          const QString &manualOp)
{
    // A failed or unconfirmed sibling makes the post itself failed/unconfirmed; its other
    // variants still scheduled must go out all the same.
    SqlQuery q(db, QStringLiteral(
                       "SELECT v.id, v.post_id, v.account_id, v.attempts FROM post_variants v "
                       "CROSS JOIN posts p CROSS JOIN accounts a WHERE p.id = v.post_id "
                       "AND a.id = v.account_id AND a.network %2 'manual' AND p.scheduled_at IS NOT NULL "
                       "AND p.scheduled_at <= ? AND (v.next_attempt_at IS NULL OR v.next_attempt_at <= ?) "
                       "AND ((p.state IN ('scheduled', 'publishing') AND v.state NOT IN (%1, 'failed')) "
                       "  OR (p.state IN ('failed', 'unconfirmed') AND v.state = 'scheduled')) "
                       "AND (? = 0 OR v.account_id = ?) "
                       "ORDER BY p.scheduled_at, v.id LIMIT ?")
                       .arg(kNotClaimed, manualOp));
    QList<DueVariant> due;
    const QVariant t = toDbTime(now);
    if (!q.exec(t, t, accountId, accountId, limit))
        return due;
    while (q.next())
        due.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt()});
    return due;
}
} // namespace

QString PublishLedger::thisClaimer()
{
    return QSysInfo::machineHostName() + QLatin1Char(':') +
           QString::number(QCoreApplication::applicationPid());
}

Status PublishLedger::audit(Id postId, const QString &actor, const QString &action, const QJsonObject &detail)
{
    AuditLog log(m_db);
    return log.append(workspaceOfPost(m_db, postId), actor, action, QStringLiteral("post"), postId, detail,
                      m_clock.now());
}

Status PublishLedger::claim(Id variantId, const QString &newKey, const QString &actor, PostVariant *claimed)
{
    Transaction tx(m_db);
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db, QStringLiteral("UPDATE post_variants SET state = 'publishing', error = '', "
                                    "idempotency_key = CASE WHEN idempotency_key = '' THEN ? ELSE "
                                    "idempotency_key END, claimed_at = ?, claimed_by = ?, "
                                    "attempts = attempts + 1, next_attempt_at = NULL "
                                    "WHERE id = ? AND state NOT IN (%1)")
                         .arg(kNotClaimed));
    if (auto st = q.exec(newKey, toDbTime(now), thisClaimer(), variantId); !st)
        return st;
    SqlQuery read(m_db, QStringLiteral("SELECT id, post_id, account_id, body, state, remote_id, remote_url, "
                                       "idempotency_key, error, attempts, progress, claimed_at, claimed_by "
                                       "FROM post_variants WHERE id = ?"));
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
    v.attempts = read.value(9).toInt();
    v.claimedAt = fromDbTime(read.value(11));
    v.claimedBy = read.value(12).toString();
    QJsonObject progress = parseProgress(read.value(10).toString());
    if (!progress.contains(QLatin1String("first_claimed_at"))) {
        progress.insert(QStringLiteral("first_claimed_at"), now.toSecsSinceEpoch());
        SqlQuery write(m_db, QStringLiteral("UPDATE post_variants SET progress = ? WHERE id = ?"));
        if (auto st = write.exec(progressText(progress), variantId); !st)
            return st;
    }
    v.progress = progressText(progress);
    if (auto st = updatePostState(v.postId); !st)
        return st;
    if (auto st = audit(v.postId, actor, QStringLiteral("variant.claimed"),
                        {{QStringLiteral("variant"), v.id},
                         {QStringLiteral("account"), v.accountId},
                         {QStringLiteral("attempt"), v.attempts},
                         {QStringLiteral("claimed_by"), v.claimedBy}});
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
                              "published_at = ?, next_attempt_at = NULL WHERE id = ?"));
    const QVariant publishedAt = state == PostState::Published ? toDbTime(m_clock.now()) : QVariant();
    if (auto st = q.execWith({postStateKey(state), remoteId, remoteUrl, error, publishedAt, variantId}); !st)
        return st;
    const Id postId = postOfVariant(m_db, variantId);
    if (!postId)
        return Status::failure(tr("This post no longer targets that channel."));
    if (auto st = updatePostState(postId); !st)
        return st;
    QJsonObject detail{{QStringLiteral("variant"), variantId},
                       {QStringLiteral("state"), postStateKey(state)}};
    if (!remoteId.isEmpty())
        detail.insert(QStringLiteral("remote_id"), remoteId);
    if (!error.isEmpty())
        detail.insert(QStringLiteral("error"), error);
    if (auto st = audit(postId, actor, QStringLiteral("variant.") + postStateKey(state), detail); !st)
        return st;
    return tx.commit();
}

QList<DueVariant> PublishLedger::dueVariants(const QDateTime &now, int limit, Id accountId) const
{
    // Manual channels are published by a person (dueManualVariants): never claimed here.
    return readDue(m_db, now, limit, accountId, QStringLiteral("<>"));
}

QList<DueVariant> PublishLedger::dueManualVariants(const QDateTime &now, int limit) const
{
    return readDue(m_db, now, limit, 0, QStringLiteral("="));
}

Status PublishLedger::markPublishedManually(Id variantId, const QString &url, const QString &actor)
{
    const QString address = url.trimmed();
    if (!address.isEmpty()) {
        const QUrl parsed(address, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
            return Status::failure(tr("“%1” is not a web address. Paste the address of the published post, "
                                      "starting with https://.")
                                       .arg(address));
    }
    Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE post_variants SET state = 'published', remote_url = ?, error = '', "
                              "published_at = ?, next_attempt_at = NULL "
                              "WHERE id = ? AND state IN ('draft', 'scheduled', 'approved')"));
    if (auto st = q.exec(address, toDbTime(m_clock.now()), variantId); !st)
        return st;
    if (q.numRowsAffected() < 1) {
        SqlQuery read(m_db, QStringLiteral("SELECT state FROM post_variants WHERE id = ?"));
        if (!read.exec(variantId) || !read.next())
            return Status::failure(tr("This post no longer targets that channel."));
        const PostState state = postStateFromKey(read.value(0).toString());
        return Status::failure(tr("This channel cannot be marked published: its state is “%1”.")
                                   .arg(postStateDisplayName(state)));
    }
    const Id postId = postOfVariant(m_db, variantId);
    if (auto st = updatePostState(postId); !st)
        return st;
    QJsonObject detail{{QStringLiteral("variant"), variantId}};
    if (!address.isEmpty())
        detail.insert(QStringLiteral("url"), address);
    if (auto st = audit(postId, actor, QStringLiteral("variant.published_manually"), detail); !st)
        return st;
    return tx.commit();
}

Status PublishLedger::scheduleRetry(Id variantId, const QDateTime &at, const QString &error,
                                    const QString &actor)
{
    Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE post_variants SET state = 'scheduled', next_attempt_at = ?, error = ?, "
                              "claimed_at = NULL, claimed_by = '' WHERE id = ? AND state = 'publishing'"));
    if (auto st = q.exec(toDbTime(at), error, variantId); !st)
        return st;
    if (q.numRowsAffected() < 1)
        return Status::failure(tr("This channel is no longer being published by Vigie."));
    const Id postId = postOfVariant(m_db, variantId);
    if (auto st = updatePostState(postId); !st)
        return st;
    if (auto st = audit(postId, actor, QStringLiteral("variant.retry_scheduled"),
                        {{QStringLiteral("variant"), variantId},
                         {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("error"), error}});
        !st)
        return st;
    return tx.commit();
}

Status PublishLedger::defer(const QList<Id> &variantIds, const QDateTime &at, const QString &reason,
                            const QString &actor, QList<Id> *deferred)
{
    deferred->clear();
    if (variantIds.isEmpty())
        return Status::success();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE post_variants SET next_attempt_at = ?, error = ? "
                                    "WHERE id = ? AND state NOT IN (%1, 'failed')")
                         .arg(kNotClaimed));
    QList<Id> done;
    for (const Id variantId : variantIds) {
        if (auto st = q.exec(toDbTime(at), reason, variantId); !st)
            return st;
        if (q.numRowsAffected() < 1)
            continue; // another publisher took it meanwhile: nothing to defer
        if (auto st = audit(postOfVariant(m_db, variantId), actor, QStringLiteral("variant.deferred"),
                            {{QStringLiteral("variant"), variantId},
                             {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("reason"), reason}});
            !st)
            return st;
        done.append(variantId);
    }
    if (auto st = tx.commit(); !st)
        return st;
    *deferred = done;
    return Status::success();
}

Status PublishLedger::refuse(Id variantId, const QString &reason, const QString &actor)
{
    Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE post_variants SET state = 'failed', error = ?, next_attempt_at = NULL "
                              "WHERE id = ? AND state NOT IN (%1)")
                   .arg(kNotClaimed));
    if (auto st = q.exec(reason, variantId); !st)
        return st;
    if (q.numRowsAffected() < 1)
        return Status::failure(tr("This channel is already being published."));
    const Id postId = postOfVariant(m_db, variantId);
    if (auto st = updatePostState(postId); !st)
        return st;
    if (auto st = audit(postId, actor, QStringLiteral("variant.refused"),
                        {{QStringLiteral("variant"), variantId}, {QStringLiteral("reason"), reason}});
        !st)
        return st;
    return tx.commit();
}

Status PublishLedger::recordProgress(Id variantId, const QJsonObject &progress, const QString &actor)
{
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE post_variants SET progress = ? WHERE id = ?"));
    if (auto st = q.exec(progressText(progress), variantId); !st)
        return st;
    if (auto st = audit(postOfVariant(m_db, variantId), actor, QStringLiteral("variant.progress"),
                        {{QStringLiteral("variant"), variantId}, {QStringLiteral("progress"), progress}});
        !st)
        return st;
    return tx.commit();
}

QList<StaleClaim> PublishLedger::staleClaims(const QDateTime &now, int leaseSeconds) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT v.id, v.post_id, v.account_id, a.network, v.claimed_at, v.claimed_by, "
                              "v.progress FROM post_variants v CROSS JOIN accounts a "
                              "WHERE a.id = v.account_id AND v.state = 'publishing' ORDER BY v.id"));
    QList<StaleClaim> stale;
    if (!q.exec())
        return stale;
    while (q.next()) {
        StaleClaim c{q.value(0).toLongLong(),
                     q.value(1).toLongLong(),
                     q.value(2).toLongLong(),
                     networkFromKey(q.value(3).toString()),
                     fromDbTime(q.value(4)),
                     q.value(5).toString(),
                     parseProgress(q.value(6).toString())};
        const bool expired = !c.claimedAt.isValid() || c.claimedAt.secsTo(now) > leaseSeconds;
        if (expired || claimerIsDead(c.claimedBy))
            stale.append(c);
    }
    return stale;
}

Status PublishLedger::recoverClaim(const StaleClaim &claim, bool resend, const QString &reason,
                                   const QString &actor, bool *recovered)
{
    *recovered = false;
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE post_variants SET state = ?, error = ?, next_attempt_at = NULL, "
                                    "claimed_at = NULL, claimed_by = '' "
                                    "WHERE id = ? AND state = 'publishing' AND claimed_by = ?"));
    const PostState state = resend ? PostState::Scheduled : PostState::Unconfirmed;
    if (auto st = q.exec(postStateKey(state), resend ? QString() : reason, claim.variantId, claim.claimedBy);
        !st)
        return st;
    if (q.numRowsAffected() < 1)
        return Status::success();
    if (auto st = updatePostState(claim.postId); !st)
        return st;
    if (auto st = audit(claim.postId, actor, QStringLiteral("variant.claim_recovered"),
                        {{QStringLiteral("variant"), claim.variantId},
                         {QStringLiteral("claimed_by"), claim.claimedBy},
                         {QStringLiteral("state"), postStateKey(state)},
                         {QStringLiteral("reason"), reason}});
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    *recovered = true;
    return Status::success();
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
        result =
            std::all_of(states.cbegin(), states.cend(), [](PostState s) { return s == PostState::Scheduled; })
                ? PostState::Scheduled
                : PostState::Publishing; // some published, others not started yet
    SqlQuery update(m_db, QStringLiteral("UPDATE posts SET state = ?, updated_at = ? WHERE id = ?"));
    return update.exec(postStateKey(result), toDbTime(m_clock.now()), postId);
}

} // namespace vigie
