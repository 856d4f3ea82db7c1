#include "storage/savedreplyrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {

QList<SavedReply> SavedReplyRepository::list(Id workspaceId, const QString &language) const
{
    QString sql = QStringLiteral("SELECT id, workspace_id, language, title, body FROM saved_replies "
                                 "WHERE workspace_id = ?");
    QVariantList values{workspaceId};
    if (!language.isEmpty()) {
        sql += QStringLiteral(" AND language = ?");
        values << language;
    }
    sql += QStringLiteral(" ORDER BY title, language");
    SqlQuery q(m_db, sql);
    QList<SavedReply> replies;
    if (!q.execWith(values))
        return replies;
    while (q.next())
        replies << SavedReply{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()};
    return replies;
}

Status SavedReplyRepository::save(SavedReply &reply)
{
    const QString title = reply.title.trimmed();
    if (title.isEmpty())
        return Status::failure(tr("Give the saved reply a title."));
    if (reply.body.trimmed().isEmpty())
        return Status::failure(tr("Write the text of the saved reply."));
    if (reply.language.isEmpty())
        return Status::failure(tr("Choose the language of the saved reply."));
    SqlQuery clash(m_db,
                   QStringLiteral("SELECT id FROM saved_replies WHERE workspace_id = ? AND language = ? "
                                  "AND title = ? AND id <> ?"));
    if (auto st = clash.exec(reply.workspaceId, reply.language, title, reply.id); !st)
        return st;
    if (clash.next())
        return Status::failure(
            tr("There is already a saved reply called \u201c%1\u201d in this language.").arg(title));
    if (reply.id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO saved_replies (workspace_id, language, title, body) "
                                        "VALUES (?, ?, ?, ?)"));
        if (auto st = q.exec(reply.workspaceId, reply.language, title, reply.body); !st)
            return st;
        reply.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db,
                   QStringLiteral("UPDATE saved_replies SET language = ?, title = ?, body = ? WHERE id = ?"));
        if (auto st = q.exec(reply.language, title, reply.body, reply.id); !st)
            return st;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("This saved reply no longer exists."));
    }
    reply.title = title;
    return Status::success();
}

Status SavedReplyRepository::remove(Id id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM saved_replies WHERE id = ?"));
    if (auto st = q.exec(id); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("This saved reply no longer exists."));
    return Status::success();
}

} // namespace vigie
