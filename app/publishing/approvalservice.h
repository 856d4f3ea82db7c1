#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QHash>

namespace vigie {

class Database;

// One reviewer's decision, as the composer's review panel or `vigie approve` gives it.
struct ReviewDecision
{
    Id postId = 0;
    ReviewRole role = ReviewRole::Unknown;
    QString reviewer;
    bool approve = true; // false = changes requested
    QString mlrCode;     // e.g. "MLR-2026-0142"
    QDateTime expiresAt; // invalid = no expiry; after it the post cannot publish
    QString comment;
};

// Where a post stands with its MLR review, for its current content.
struct ApprovalStatus
{
    QString contentHash;                   // of the content as it is now
    QList<ReviewRole> required;            // what the brand requires
    QHash<ReviewRole, Approval> approvals; // valid ones: given on this exact content
    QList<ReviewRole> missing;             // required roles without a valid approval
    QDateTime expiresAt;                   // the earliest expiry among them (invalid = none)
    QStringList mlrCodes;
    bool isComplete() const { return missing.isEmpty(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

// The MLR workflow: draft → in review → changes requested / approved → scheduled. Approvals
// are bound to the hash of the exact content (postContentHash); an edit voids them
// (PostRepository::update), moving the date does not. Every step is audit-logged with the hash.
class ApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalService)

public:
    explicit ApprovalService(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Runs the compliance checks; refuses with every blocking problem in words. Then the post
    // goes to review when its brand requires any, otherwise straight to scheduled (or approved
    // when it has no date yet).
    Status submit(Id postId, const QString &actor);
    // Records a reviewer's decision on the post's current content. The reviewer must not be
    // the post's author, the brand must require that role, and when the workspace lists its
    // members the reviewer must hold it. When every required role approved, the post becomes
    // scheduled (approved when it has no date). Other posts of the same recurring series still
    // in review with the same content get the same decision.
    Status decide(const ReviewDecision &decision);
    // Sends a post under review or approved back to draft (the author withdraws it).
    Status withdraw(Id postId, const QString &actor);

    ApprovalStatus status(const Post &post) const;
    QList<Approval> history(Id postId) const; // every decision, oldest first
    // Empty when the post may publish now; otherwise why not, in words (review incomplete or
    // given on other content, approval expired, compliance errors).
    QString publishBlocker(const Post &post) const;

private:
    Status decideOne(const Post &post, const ReviewDecision &decision, const QString &hash);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
