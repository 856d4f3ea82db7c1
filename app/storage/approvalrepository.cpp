#include "storage/approvalrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

namespace vigie {

namespace {
QString decisionKey(Approval::Decision d)
{
    return d == Approval::Decision::Approved ? QStringLiteral("approved")
                                             : QStringLiteral("changes_requested");
}
} // namespace

Status ApprovalRepository::add(Approval &approval)
{
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO approvals (post_id, role, reviewer, decision, content_hash, "
                         "mlr_code, expires_at, comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto st = q.execWith({approval.postId, reviewRoleKey(approval.role), approval.reviewer,
                              decisionKey(approval.decision), approval.contentHash, approval.mlrCode,
                              toDbTime(approval.expiresAt), approval.comment, toDbTime(approval.decidedAt)});
        !st)
        return st;
    approval.id = q.lastInsertId();
    return Status::success();
}

QList<Approval> ApprovalRepository::forPost(Id postId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, post_id, role, reviewer, decision, content_hash, mlr_code, "
                                    "expires_at, comment, decided_at FROM approvals WHERE post_id = ? "
                                    "ORDER BY decided_at, id"));
    QList<Approval> result;
    if (!q.exec(postId))
        return result;
    while (q.next()) {
        Approval a;
        a.id = q.value(0).toLongLong();
        a.postId = q.value(1).toLongLong();
        a.role = reviewRoleFromKey(q.value(2).toString());
        a.reviewer = q.value(3).toString();
        a.decision = q.value(4).toString() == QLatin1String("approved")
                         ? Approval::Decision::Approved
                         : Approval::Decision::ChangesRequested;
        a.contentHash = q.value(5).toString();
        a.mlrCode = q.value(6).toString();
        a.expiresAt = fromDbTime(q.value(7));
        a.comment = q.value(8).toString();
        a.decidedAt = fromDbTime(q.value(9));
        result << a;
    }
    return result;
}

QList<Member> MemberRepository::members(Id workspaceId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, workspace_id, name, roles FROM members WHERE workspace_id = ? "
                              "ORDER BY name"));
    QList<Member> result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next()) {
        Member m;
        m.id = q.value(0).toLongLong();
        m.workspaceId = q.value(1).toLongLong();
        m.name = q.value(2).toString();
        m.roles = reviewRolesFromText(q.value(3).toString());
        result << m;
    }
    return result;
}

std::optional<Member> MemberRepository::member(Id workspaceId, const QString &name) const
{
    for (const Member &m : members(workspaceId)) {
        if (m.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

Status MemberRepository::save(Member &member, const QString &actor)
{
    const QString name = member.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("A member needs a name."));
    if (const auto same = this->member(member.workspaceId, name); same && same->id != member.id)
        return Status::failure(tr("%1 is already a member of this workspace.").arg(name));
    Transaction tx(m_db);
    if (member.id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO members (workspace_id, name, roles) VALUES (?, ?, ?)"));
        if (auto st = q.exec(member.workspaceId, name, reviewRolesText(member.roles)); !st)
            return st;
        member.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE members SET name = ?, roles = ? WHERE id = ?"));
        if (auto st = q.exec(name, reviewRolesText(member.roles), member.id); !st)
            return st;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("This member no longer exists."));
    }
    member.name = name;
    AuditLog audit(m_db);
    if (auto st = audit.append(
            member.workspaceId, actor, QStringLiteral("member.saved"), QStringLiteral("member"), member.id,
            {{QStringLiteral("name"), name}, {QStringLiteral("roles"), reviewRolesText(member.roles)}},
            m_clock.now());
        !st)
        return st;
    return tx.commit();
}

Status MemberRepository::remove(Id memberId, const QString &actor)
{
    SqlQuery read(m_db, QStringLiteral("SELECT workspace_id, name FROM members WHERE id = ?"));
    if (!read.exec(memberId) || !read.next())
        return Status::failure(tr("This member no longer exists."));
    const Id workspaceId = read.value(0).toLongLong();
    const QString name = read.value(1).toString();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM members WHERE id = ?"));
    if (auto st = q.exec(memberId); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st = audit.append(workspaceId, actor, QStringLiteral("member.removed"), QStringLiteral("member"),
                               memberId, {{QStringLiteral("name"), name}}, m_clock.now());
        !st)
        return st;
    return tx.commit();
}

} // namespace vigie
