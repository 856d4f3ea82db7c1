#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace vigie {

class Database;

// A message as a sync (or the demo generator) hands it over: the thread is found or created
// from (account, rootRemoteId).
struct IncomingMessage
{
    Message message;
    QString rootRemoteId; // the conversation's root post; the message's own id when it starts one
    Id brandId = 0;
};

// Where an account's sync stream stopped ("notifications", "search:#tag"…), saved in the same
// transaction as the messages it covers so a crash can neither skip nor lose a page.
struct SyncCursor
{
    Id accountId = 0;
    QString stream;
    QString cursor;
};

struct ConversationFilter
{
    Id workspaceId = 0;
    Network network = Network::Unknown;   // Unknown = every network
    Id brandId = 0;                       // 0 = every brand
    std::optional<ThreadStatus> status{}; // nullopt = every status
    std::optional<QString> assignee{};    // nullopt = anyone; "" = nobody assigned yet
    QString tag{};                        // empty = any tag or none
    std::optional<Sentiment> sentiment{}; // of the latest incoming message; nullopt = any
    bool adverseOnly = false;             // only conversations with a possible adverse event
    QDateTime from{};                     // last message at or after; invalid = no lower bound
    QDateTime to{};                       // last message before; invalid = no upper bound

    bool operator==(const ConversationFilter &) const = default;
};

// A full-text search: the words a person typed (see parseSearchQuery) within a filter.
struct MessageSearch
{
    ConversationFilter filter{};
    QString text{};
};

// One message found by a search, with what the list shows about its conversation.
struct SearchHit
{
    Message message;
    Network network = Network::Unknown;
    QString accountHandle;
    Id brandId = 0;
};

// An internal note on a conversation: seen by the team, never sent.
struct ThreadNote
{
    Id id = 0;
    Id threadId = 0;
    QString author;
    QString body;
    QDateTime createdAt;
};

// One row of the conversation list: everything shown without reading the messages.
struct ConversationRow
{
    Id threadId = 0;
    Id accountId = 0;
    Network network = Network::Unknown;
    QString accountHandle;
    Id brandId = 0;
    ThreadStatus status = ThreadStatus::Open;
    bool read = false;
    QDateTime lastMessageAt;
    int messageCount = 0;
    QString lastAuthor;
    QString snippet;
    bool adverseEvent = false;
    QString assignee;                         // empty = nobody
    Sentiment sentiment = Sentiment::Neutral; // of the latest incoming message
};

// Keyset position in the conversation list (newest first), so page N costs the same as page 1.
struct ConversationCursor
{
    QDateTime lastMessageAt;
    Id threadId = 0;
};

class InboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(InboxRepository)

public:
    explicit InboxRepository(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Stores new messages in one transaction; a message already stored (same account and remote
    // id) is skipped. insertedCount receives how many were new.
    // With cursor, the stream's position is stored in the same transaction.
    Status ingest(const QList<IncomingMessage> &messages, int *insertedCount = nullptr,
                  const SyncCursor *cursor = nullptr);
    // The stored position of an account's stream; empty before its first sync.
    QString syncCursor(Id accountId, const QString &stream) const;

    QList<ConversationRow> conversations(const ConversationFilter &filter,
                                         const std::optional<ConversationCursor> &after, int limit) const;
    std::optional<ConversationRow> conversation(Id threadId) const;
    // The conversation only if it matches filter (workspace, network, brand, status): lets a
    // list place one changed or new row without reloading every page.
    std::optional<ConversationRow> conversation(Id threadId, const ConversationFilter &filter) const;
    // Whether the workspace has any conversation at all (an empty inbox says what to do next).
    bool hasConversations(Id workspaceId) const;
    QList<Message> threadMessages(Id threadId) const;

    Status setStatus(Id threadId, ThreadStatus status, const QString &actor);
    Status setRead(Id threadId, bool read);
    // Records an outgoing reply in the thread; it stays "queued" until an account sends it.
    // parentRemoteId empty = under the thread's last message.
    Status queueReply(Id threadId, const QString &text, const QString &actor, Id *messageId = nullptr,
                      const QString &parentRemoteId = {});
    // A reply under one message of a thread.
    Status queueReplyTo(Id parentMessageId, const QString &text, const QString &actor,
                        Id *messageId = nullptr);
    // A queued reply the network accepted: it takes the network's id and link.
    Status markReplySent(Id messageId, const QString &remoteId, const QString &url);
    // A queued reply that could not be sent; reason is kept for the person who retries it.
    Status markReplyFailed(Id messageId, const QString &deliveryState, const QString &reason);

    std::optional<Message> message(Id messageId) const;

    // Full-text search, newest first, 'limit' hits after the message 'beforeMessageId' (0 = from
    // the newest): keyset paging, so page N costs what page 1 costs. A query that cannot be read
    // fails with words saying why (never an SQL error); hits is then left empty.
    Status search(const MessageSearch &search, Id beforeMessageId, int limit, QList<SearchHit> *hits) const;

    // Working on a conversation; each change is audit-logged with the actor.
    Status setAssignee(Id threadId, const QString &assignee, const QString &actor);
    // Replaces the conversation's tags (trimmed, empty ones dropped, duplicates ignoring case merged).
    Status setTags(Id threadId, const QStringList &tags, const QString &actor);
    QStringList tags(Id threadId) const;
    // Every tag used in the workspace, sorted, for the filter and the tag completer.
    QStringList workspaceTags(Id workspaceId) const;
    Status addNote(Id threadId, const QString &body, const QString &author, Id *noteId = nullptr);
    QList<ThreadNote> notes(Id threadId) const;
    // What a network did to a message at the team's request: "hidden" or "deleted" (the text is
    // kept: a deleted comment may still be an adverse event to report), "" = visible again.
    Status setModeration(Id messageId, const QString &moderation, const QString &actor);
    // Every message of the workspace, newest first (for `vigie inbox list`).
    QList<Message> messages(Id workspaceId, int limit, int offset = 0) const;
    QString threadRootRemoteId(Id threadId) const;

private:
    // A pending pharmacovigilance case for each new incoming message flagged as a possible
    // adverse event: (account id, message id) pairs. Day 0 is receivedAt.
    Status openCases(const QList<QPair<Id, Id>> &flagged, qint64 receivedAt);
    Status auditThread(Id threadId, const QString &actor, const QString &action, const QJsonObject &detail);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
