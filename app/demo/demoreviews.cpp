#include "demo/demoreviews.h"

#include "storage/approvalrepository.h"
#include "storage/auditlog.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <QJsonObject>

namespace vigie {
namespace demo {

namespace {
struct Reviewer
{
    const char *name;
    QList<ReviewRole> roles;
};

const Reviewer kReviewers[] = {
    {kDemoAuthor, {}},
    {"Dr Hélène Martin", {ReviewRole::Medical}},
    {"Dr Paul Roux", {ReviewRole::Medical, ReviewRole::Regulatory}},
    {"Maître Julien Lefèvre", {ReviewRole::Legal}},
    {"Sophie Bernard", {ReviewRole::Regulatory}},
};

QString reviewerFor(ReviewRole role, DemoRandom &rng)
{
    QStringList names;
    for (const Reviewer &r : kReviewers) {
        if (r.roles.contains(role))
            names << QString::fromUtf8(r.name);
    }
    return names.at(rng.below(int(names.size())));
}

const char *const kChangeRequests[] = {
    "Ajouter la posologie maximale et le renvoi vers la notice.",
    "« Soulage vite » : préciser en combien de temps, avec la source.",
    "Retirer la comparaison avec les autres marques.",
};

Status record(Database &db, const Post &post, ReviewRole role, bool approve, const QString &hash,
              const QDateTime &at, int serial, DemoRandom &rng)
{
    Approval a;
    a.postId = post.id;
    a.role = role;
    a.reviewer = reviewerFor(role, rng);
    a.decision = approve ? Approval::Decision::Approved : Approval::Decision::ChangesRequested;
    a.contentHash = hash;
    a.decidedAt = at;
    if (approve) {
        a.mlrCode =
            QStringLiteral("MLR-HEL-%1-%2").arg(at.date().year()).arg(serial, 4, 10, QLatin1Char('0'));
        a.expiresAt = at.addMonths(12);
    } else {
        a.comment = QString::fromUtf8(kChangeRequests[rng.below(int(std::size(kChangeRequests)))]);
    }
    if (auto st = ApprovalRepository(db).add(a); !st)
        return st;
    QJsonObject detail{{QStringLiteral("role"), reviewRoleKey(role)}, {QStringLiteral("content_hash"), hash}};
    if (!a.mlrCode.isEmpty())
        detail.insert(QStringLiteral("mlr_code"), a.mlrCode);
    return AuditLog(db).append(post.workspaceId, a.reviewer,
                               approve ? QStringLiteral("post.approved")
                                       : QStringLiteral("post.changes_requested"),
                               QStringLiteral("post"), post.id, detail, at);
}
} // namespace

Status createReviews(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng)
{
    MemberRepository members(db, clock);
    for (const Reviewer &r : kReviewers) {
        Member m{0, world.workspace.id, QString::fromUtf8(r.name), r.roles};
        if (auto st = members.save(m, QStringLiteral("demo")); !st)
            return st;
    }
    PostRepository posts(db, clock);
    QList<Post> all = posts.scheduledBetween(world.workspace.id, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                             world.now.addYears(5));
    int serial = 0;
    for (const Post &post : std::as_const(all)) {
        const QList<ReviewRole> required = posts.requiredReviewsOf(post.brandId);
        if (required.isEmpty())
            continue;
        const QString hash = posts.contentHash(post);
        // Reviews come a day or two after writing, and before the post is due.
        QDateTime at = post.createdAt.addSecs(3600 * (20 + rng.below(30)));
        if (post.scheduledAt.isValid() && at >= post.scheduledAt)
            at = post.scheduledAt.addSecs(-3600);
        switch (post.state) {
        case PostState::Draft:
            break;
        case PostState::InReview:
            if (required.size() > 1 && rng.chance(0.5)) {
                if (auto st = record(db, post, required.first(), true, hash, at, ++serial, rng); !st)
                    return st;
            }
            break;
        case PostState::ChangesRequested:
            if (auto st = record(db, post, required.last(), false, hash, at, ++serial, rng); !st)
                return st;
            break;
        default:
            for (ReviewRole role : required) {
                if (auto st = record(db, post, role, true, hash, at, ++serial, rng); !st)
                    return st;
                at = at.addSecs(3600 * (1 + rng.below(5)));
            }
        }
    }
    return Status::success();
}

} // namespace demo
} // namespace vigie
