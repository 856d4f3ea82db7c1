#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QDateTime>
#include <optional>

namespace vigie {

class Database;

// What the composer was holding when it last autosaved: kept apart from the post itself, so
// an unfinished edit never changes what is scheduled, approved or published.
struct AutosaveEntry
{
    Id workspaceId = 0;
    Id postId = 0; // 0 = a new post not saved yet
    QDateTime savedAt;
    QString payload; // JSON written by the composer's editing session
};

// One autosave per workspace and post (composer_autosave). Not audit-logged: nothing here is
// published or approved; it only protects typing from a crash.
class AutosaveRepository
{
public:
    explicit AutosaveRepository(Database &db)
        : m_db(db)
    {}
    // Replaces the post's autosave.
    Status store(const AutosaveEntry &entry);
    std::optional<AutosaveEntry> find(Id workspaceId, Id postId) const;
    Status remove(Id workspaceId, Id postId);

private:
    Database &m_db;
};

} // namespace vigie
