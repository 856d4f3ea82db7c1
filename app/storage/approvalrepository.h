#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <optional>

namespace vigie {

class Database;

// Reviewers' decisions. Rows are only ever added; the caller records the audit entry in the
// same transaction.
class ApprovalRepository
{
public:
    explicit ApprovalRepository(Database &db)
        : m_db(db)
    {}
    Status add(Approval &approval);
    QList<Approval> forPost(Id postId) const; // oldest first

private:
    Database &m_db;
};

// The people of a workspace and the reviews each may sign. A workspace with no members
// listed does not check who signs (a one-person team).
class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}
    QList<Member> members(Id workspaceId) const;
    std::optional<Member> member(Id workspaceId, const QString &name) const;
    // Adds (id 0) or updates a member; audit-logged.
    Status save(Member &member, const QString &actor);
    Status remove(Id memberId, const QString &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
