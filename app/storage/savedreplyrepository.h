#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// A reply the team answers often, in one language, with placeholders such as {name} filled
// in when it is used (see app/inbox/replytemplate.h).
struct SavedReply
{
    Id id = 0;
    Id workspaceId = 0;
    QString language; // "fr", "en"
    QString title;    // what the picker shows
    QString body;
};

class SavedReplyRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavedReplyRepository)

public:
    explicit SavedReplyRepository(Database &db)
        : m_db(db)
    {}

    // The workspace's saved replies sorted by title; language empty = every language.
    QList<SavedReply> list(Id workspaceId, const QString &language = {}) const;
    // Inserts (id 0) or updates; a title must be unique per language. reply.id is set on insert.
    Status save(SavedReply &reply);
    Status remove(Id id);

private:
    Database &m_db;
};

} // namespace vigie
