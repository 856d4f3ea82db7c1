#include "storage/autosaverepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {

Status AutosaveRepository::store(const AutosaveEntry &entry)
{
    // ON CONFLICT … DO UPDATE is understood by SQLite and PostgreSQL alike.
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO composer_autosave (workspace_id, post_id, saved_at, payload) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, post_id) DO UPDATE SET "
                              "saved_at = excluded.saved_at, payload = excluded.payload"));
    return q.exec(entry.workspaceId, entry.postId, toDbTime(entry.savedAt), entry.payload);
}

std::optional<AutosaveEntry> AutosaveRepository::find(Id workspaceId, Id postId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT saved_at, payload FROM composer_autosave "
                                    "WHERE workspace_id = ? AND post_id = ?"));
    if (!q.exec(workspaceId, postId) || !q.next())
        return std::nullopt;
    AutosaveEntry entry;
    entry.workspaceId = workspaceId;
    entry.postId = postId;
    entry.savedAt = fromDbTime(q.value(0));
    entry.payload = q.value(1).toString();
    return entry;
}

Status AutosaveRepository::remove(Id workspaceId, Id postId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM composer_autosave WHERE workspace_id = ? AND post_id = ?"));
    return q.exec(workspaceId, postId);
}

} // namespace vigie
