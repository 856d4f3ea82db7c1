#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace vigie {

class Database;
class PostEditor;

// The composer's safety net: the editing state of a post (or of a new post) written to
// composer_autosave every few seconds and on close, never to the post itself. Reopening the
// composer on that post offers it back; saving the post clears it (PostEditor::save).
class ComposerAutosave
{
    Q_DECLARE_TR_FUNCTIONS(ComposerAutosave)

public:
    struct Pending
    {
        QDateTime savedAt;
        QJsonObject edits; // PostEditor::editsToJson
    };

    ComposerAutosave(Database &db, const Clock &clock, Id workspaceId)
        : m_db(db)
        , m_clock(clock)
        , m_workspaceId(workspaceId)
    {}

    // Writes the editor's edits when they differ from the stored post, clears them otherwise.
    Status store(const PostEditor &editor);
    // What was left unsaved for postId (0 = a new post), if anything.
    std::optional<Pending> pending(Id postId) const;
    Status discard(Id postId);
    // "Restored unsaved text from 10:42" (a date too when not today), in the given timezone.
    static QString restoredMessage(const QDateTime &savedAt, const QDateTime &now, const QString &timezone);

private:
    Database &m_db;
    const Clock &m_clock;
    Id m_workspaceId = 0;
};

} // namespace vigie
