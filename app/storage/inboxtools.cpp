// The team's tools on a conversation (assignee, tags, notes) and on a message (moderation):
// InboxRepository's methods that change no message, each audit-logged with its actor.
#include "storage/inboxrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {

Status InboxRepository::auditThread(Id threadId, const QString &actor, const QString &action,
                                    const QJsonObject &detail)
{
    SqlQuery ws(m_db,
                QStringLiteral("SELECT a.workspace_id FROM threads t JOIN accounts a ON a.id = t.account_id "
                               "WHERE t.id = ?"));
    if (auto st = ws.exec(threadId); !st)
        return st;
    if (!ws.next())
        return Status::failure(tr("This conversation no longer exists."));
    return AuditLog(m_db).append(ws.value(0).toLongLong(), actor, action, QStringLiteral("thread"), threadId,
                                 detail, m_clock.now());
}

Status InboxRepository::setAssignee(Id threadId, const QString &assignee, const QString &actor)
{
    const auto row = conversation(threadId);
    if (!row)
        return Status::failure(tr("This conversation no longer exists."));
    const QString who = assignee.trimmed();
    if (row->assignee == who)
        return Status::success();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE threads SET assignee = ? WHERE id = ?"));
    if (auto st = q.exec(who, threadId); !st)
        return st;
    if (auto st = auditThread(threadId, actor, QStringLiteral("thread.assign"),
                              {{QStringLiteral("from"), row->assignee}, {QStringLiteral("to"), who}});
        !st)
        return st;
    return tx.commit();
}

Status InboxRepository::setTags(Id threadId, const QStringList &tags, const QString &actor)
{
    QStringList clean;
    for (const QString &tag : tags) {
        QString t = tag.simplified();
        if (t.startsWith(QLatin1Char('#')))
            t.remove(0, 1);
        if (t.isEmpty())
            continue;
        if (t.size() > 40)
            return Status::failure(
                tr("A tag can have at most 40 characters: \u201c%1\u201d is longer.").arg(t));
        bool seen = false;
        for (const QString &kept : clean)
            seen = seen || kept.compare(t, Qt::CaseInsensitive) == 0;
        if (!seen)
            clean << t;
    }
    const QStringList before = this->tags(threadId);
    if (!conversation(threadId))
        return Status::failure(tr("This conversation no longer exists."));
    Transaction tx(m_db);
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM thread_tags WHERE thread_id = ?"));
    if (auto st = clear.exec(threadId); !st)
        return st;
    SqlQuery add(m_db, QStringLiteral("INSERT INTO thread_tags (thread_id, tag) VALUES (?, ?)"));
    for (const QString &tag : clean)
        if (auto st = add.exec(threadId, tag); !st)
            return st;
    if (auto st = auditThread(threadId, actor, QStringLiteral("thread.tags"),
                              {{QStringLiteral("from"), before.join(QStringLiteral(", "))},
                               {QStringLiteral("to"), clean.join(QStringLiteral(", "))}});
        !st)
        return st;
    return tx.commit();
}

QStringList InboxRepository::tags(Id threadId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT tag FROM thread_tags WHERE thread_id = ? ORDER BY tag"));
    QStringList result;
    if (!q.exec(threadId))
        return result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QStringList InboxRepository::workspaceTags(Id workspaceId) const
{
    // Hops from one distinct tag to the next through the (tag, thread) index instead of reading
    // every tagged conversation (60,000 rows for nine names at 1M messages), then keeps the tags
    // one of the workspace's conversations carries.
    SqlQuery q(
        m_db, QStringLiteral(
                  "WITH RECURSIVE names(tag) AS (SELECT MIN(tag) FROM thread_tags UNION ALL "
                  "SELECT (SELECT MIN(tag) FROM thread_tags WHERE tag > names.tag) FROM names "
                  "WHERE names.tag IS NOT NULL) "
                  "SELECT n.tag FROM names n WHERE n.tag IS NOT NULL AND EXISTS (SELECT 1 FROM thread_tags g "
                  "JOIN threads t ON t.id = g.thread_id JOIN accounts a ON a.id = t.account_id "
                  "WHERE g.tag = n.tag AND a.workspace_id = ?) ORDER BY n.tag"));
    QStringList result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

Status InboxRepository::addNote(Id threadId, const QString &body, const QString &author, Id *noteId)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return Status::failure(tr("Write the note before adding it."));
    if (!conversation(threadId))
        return Status::failure(tr("This conversation no longer exists."));
    Transaction tx(m_db);
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO thread_notes (thread_id, author, body, created_at) VALUES (?, ?, ?, ?)"));
    if (auto st = q.exec(threadId, author, text, m_clock.now().toSecsSinceEpoch()); !st)
        return st;
    const Id id = q.lastInsertId();
    if (auto st =
            auditThread(threadId, author, QStringLiteral("thread.note"), {{QStringLiteral("note"), id}});
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    if (noteId)
        *noteId = id;
    return Status::success();
}

QList<ThreadNote> InboxRepository::notes(Id threadId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, thread_id, author, body, created_at FROM thread_notes "
                                    "WHERE thread_id = ? ORDER BY created_at, id"));
    QList<ThreadNote> result;
    if (!q.exec(threadId))
        return result;
    while (q.next())
        result << ThreadNote{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                             q.value(3).toString(), fromDbTime(q.value(4))};
    return result;
}

Status InboxRepository::setModeration(Id messageId, const QString &moderation, const QString &actor)
{
    if (!moderation.isEmpty() && moderation != QLatin1String("hidden") &&
        moderation != QLatin1String("deleted"))
        return Status::failure(tr("Unknown moderation state \u201c%1\u201d.").arg(moderation));
    const auto m = message(messageId);
    if (!m)
        return Status::failure(tr("There is no message %1.").arg(messageId));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE messages SET moderation = ? WHERE id = ?"));
    if (auto st = q.exec(moderation, messageId); !st)
        return st;
    const QString action = moderation.isEmpty()                    ? QStringLiteral("message.unhide")
                           : moderation == QLatin1String("hidden") ? QStringLiteral("message.hide")
                                                                   : QStringLiteral("message.delete");
    if (auto st =
            auditThread(m->threadId, actor, action,
                        {{QStringLiteral("message"), messageId}, {QStringLiteral("remote_id"), m->remoteId}});
        !st)
        return st;
    return tx.commit();
}

} // namespace vigie
