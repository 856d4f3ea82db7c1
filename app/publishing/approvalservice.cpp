#include "publishing/approvalservice.h"

#include "publishing/compliance.h"
#include "storage/approvalrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QJsonObject>

namespace vigie {

namespace {
// The post and its unfinished variants move together; published ones keep their state.
Status setState(Database &db, Id postId, PostState state, const QDateTime &now)
{
    SqlQuery post(db, QStringLiteral("UPDATE posts SET state = ?, updated_at = ? WHERE id = ?"));
    if (auto st = post.exec(postStateKey(state), toDbTime(now), postId); !st)
        return st;
    SqlQuery variants(db,
                      QStringLiteral("UPDATE post_variants SET state = ? WHERE post_id = ? AND state NOT IN "
                                     "('published', 'publishing', 'unconfirmed')"));
    return variants.exec(postStateKey(state), postId);
}

QList<ComplianceFinding> complianceOf(Database &db, const Post &post)
{
    return ComplianceChecker::forStoredPost(db, post).check(post);
}
} // namespace

Status ApprovalService::submit(Id postId, const QString &actor)
{
    PostRepository posts(m_db, m_clock);
    const auto post = posts.post(postId);
    if (!post)
        return Status::failure(tr("This post no longer exists."));
    if (post->state != PostState::Draft && post->state != PostState::ChangesRequested)
        return Status::failure(tr("This post is %1: only a draft can be submitted.")
                                   .arg(postStateDisplayName(post->state).toLower()));
    QStringList problems;
    if (post->body.trimmed().isEmpty())
        problems << tr("Write the text of the post.");
    if (post->variants.isEmpty())
        problems << tr("Choose at least one channel.");
    const auto findings = complianceOf(m_db, *post);
    if (ComplianceChecker::hasErrors(findings))
        problems << ComplianceChecker::errorText(findings);
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));

    const QList<ReviewRole> required = posts.requiredReviewsOf(post->brandId);
    const PostState next = !required.isEmpty()           ? PostState::InReview
                           : post->scheduledAt.isValid() ? PostState::Scheduled
                                                         : PostState::Approved;
    Transaction tx(m_db);
    if (auto st = setState(m_db, postId, next, m_clock.now()); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st = audit.append(post->workspaceId, actor, QStringLiteral("post.submitted"),
                               QStringLiteral("post"), postId,
                               {{QStringLiteral("content_hash"), posts.contentHash(*post)},
                                {QStringLiteral("state"), postStateKey(next)},
                                {QStringLiteral("required_reviews"), reviewRolesText(required)}},
                               m_clock.now());
        !st)
        return st;
    return tx.commit();
}

Status ApprovalService::decide(const ReviewDecision &decision)
{
    PostRepository posts(m_db, m_clock);
    const auto post = posts.post(decision.postId);
    if (!post)
        return Status::failure(tr("This post no longer exists."));
    const QString hash = posts.contentHash(*post);
    Transaction tx(m_db);
    if (auto st = decideOne(*post, decision, hash); !st)
        return st;
    // A recurring series is reviewed once: the same decision applies to the other occurrences
    // still waiting with exactly the same content.
    if (post->seriesId != 0) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id FROM posts WHERE series_id = ? AND id <> ? AND state = ?"));
        if (auto st = q.exec(post->seriesId, post->id, postStateKey(PostState::InReview)); !st)
            return st;
        QList<Id> others;
        while (q.next())
            others << q.value(0).toLongLong();
        for (Id other : others) {
            const auto sibling = posts.post(other);
            if (sibling && posts.contentHash(*sibling) == hash) {
                ReviewDecision same = decision;
                same.postId = other;
                if (auto st = decideOne(*sibling, same, hash); !st)
                    return st;
            }
        }
    }
    return tx.commit();
}

Status ApprovalService::decideOne(const Post &post, const ReviewDecision &d, const QString &hash)
{
    if (post.state != PostState::InReview)
        return Status::failure(tr("This post is %1: only a post in review can be approved or sent back.")
                                   .arg(postStateDisplayName(post.state).toLower()));
    PostRepository posts(m_db, m_clock);
    const QList<ReviewRole> required = posts.requiredReviewsOf(post.brandId);
    if (d.role == ReviewRole::Unknown)
        return Status::failure(tr("Choose the review: medical, legal or regulatory."));
    if (!required.contains(d.role))
        return Status::failure(
            tr("This brand does not require a %1 review (it requires: %2).")
                .arg(reviewRoleDisplayName(d.role).toLower(), reviewRolesDisplayList(required)));
    const QString reviewer = d.reviewer.trimmed();
    if (reviewer.isEmpty())
        return Status::failure(tr("Say who is reviewing."));
    if (!post.author.isEmpty() && reviewer.compare(post.author, Qt::CaseInsensitive) == 0)
        return Status::failure(tr("%1 wrote this post and may not review it.").arg(reviewer));
    MemberRepository members(m_db, m_clock);
    if (!members.members(post.workspaceId).isEmpty()) {
        const auto member = members.member(post.workspaceId, reviewer);
        if (!member)
            return Status::failure(tr("%1 is not a member of this workspace.").arg(reviewer));
        if (!member->roles.contains(d.role))
            return Status::failure(tr("%1 may not sign the %2 review.")
                                       .arg(member->name, reviewRoleDisplayName(d.role).toLower()));
    }
    const QDateTime now = m_clock.now();
    if (d.expiresAt.isValid() && d.expiresAt <= now)
        return Status::failure(tr("The expiry date has already passed."));

    Approval approval;
    approval.postId = post.id;
    approval.role = d.role;
    approval.reviewer = reviewer;
    approval.decision = d.approve ? Approval::Decision::Approved : Approval::Decision::ChangesRequested;
    approval.contentHash = hash;
    approval.mlrCode = d.mlrCode.trimmed();
    approval.expiresAt = d.expiresAt;
    approval.comment = d.comment.trimmed();
    approval.decidedAt = now;
    if (auto st = ApprovalRepository(m_db).add(approval); !st)
        return st;

    PostState next = PostState::InReview;
    if (!d.approve)
        next = PostState::ChangesRequested;
    else if (status(post).isComplete())
        next = post.scheduledAt.isValid() ? PostState::Scheduled : PostState::Approved;
    if (next != post.state) {
        if (auto st = setState(m_db, post.id, next, now); !st)
            return st;
    }
    QJsonObject detail{{QStringLiteral("role"), reviewRoleKey(d.role)},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("content_hash"), hash},
                       {QStringLiteral("state"), postStateKey(next)}};
    if (!approval.mlrCode.isEmpty())
        detail.insert(QStringLiteral("mlr_code"), approval.mlrCode);
    if (approval.expiresAt.isValid())
        detail.insert(QStringLiteral("expires_at"), approval.expiresAt.toUTC().toString(Qt::ISODate));
    if (!approval.comment.isEmpty())
        detail.insert(QStringLiteral("comment"), approval.comment);
    AuditLog audit(m_db);
    return audit.append(post.workspaceId, reviewer,
                        d.approve ? QStringLiteral("post.approved")
                                  : QStringLiteral("post.changes_requested"),
                        QStringLiteral("post"), post.id, detail, now);
}

Status ApprovalService::withdraw(Id postId, const QString &actor)
{
    PostRepository posts(m_db, m_clock);
    const auto post = posts.post(postId);
    if (!post)
        return Status::failure(tr("This post no longer exists."));
    const QList<PostState> withdrawable = {PostState::InReview, PostState::ChangesRequested,
                                           PostState::Approved, PostState::Scheduled};
    if (!withdrawable.contains(post->state))
        return Status::failure(tr("This post is %1: it cannot go back to draft.")
                                   .arg(postStateDisplayName(post->state).toLower()));
    Transaction tx(m_db);
    if (auto st = setState(m_db, postId, PostState::Draft, m_clock.now()); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st =
            audit.append(post->workspaceId, actor, QStringLiteral("post.withdrawn"), QStringLiteral("post"),
                         postId, {{QStringLiteral("from"), postStateKey(post->state)}}, m_clock.now());
        !st)
        return st;
    return tx.commit();
}

QList<Approval> ApprovalService::history(Id postId) const
{
    return ApprovalRepository(m_db).forPost(postId);
}

ApprovalStatus ApprovalService::status(const Post &post) const
{
    PostRepository posts(m_db, m_clock);
    ApprovalStatus s;
    s.contentHash = posts.contentHash(post);
    s.required = posts.requiredReviewsOf(post.brandId);
    // Per role, the latest decision on this exact content counts.
    QHash<ReviewRole, Approval> latest;
    for (const Approval &a : history(post.id)) {
        if (a.contentHash == s.contentHash && s.required.contains(a.role))
            latest.insert(a.role, a);
    }
    for (ReviewRole role : s.required) {
        const auto it = latest.constFind(role);
        if (it == latest.cend() || it->decision != Approval::Decision::Approved) {
            s.missing << role;
            continue;
        }
        s.approvals.insert(role, *it);
        if (it->expiresAt.isValid() && (!s.expiresAt.isValid() || it->expiresAt < s.expiresAt))
            s.expiresAt = it->expiresAt;
        if (!it->mlrCode.isEmpty() && !s.mlrCodes.contains(it->mlrCode))
            s.mlrCodes << it->mlrCode;
    }
    return s;
}

QString ApprovalService::publishBlocker(const Post &post) const
{
    const ApprovalStatus s = status(post);
    if (!s.isComplete())
        return tr("This post is not approved for its current content: the %1 review is missing.")
            .arg(reviewRolesDisplayList(s.missing));
    if (s.isExpired(m_clock.now()))
        return tr("The approval %1 expired on %2: renew it before publishing.")
            .arg(s.mlrCodes.isEmpty() ? QString() : s.mlrCodes.join(QStringLiteral(", ")),
                 s.expiresAt.toUTC().date().toString(Qt::ISODate))
            .simplified();
    const auto findings = complianceOf(m_db, post);
    if (ComplianceChecker::hasErrors(findings))
        return ComplianceChecker::errorText(findings);
    return QString();
}

} // namespace vigie
