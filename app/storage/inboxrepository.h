#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
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
    Network network = Network::Unknown; // Unknown = every network
    Id brandId = 0;                     // 0 = every brand
    std::optional<ThreadStatus> status; // nullopt = every status
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
    // Every message of the workspace, newest first (for `vigie inbox list`).
    QList<Message> messages(Id workspaceId, int limit, int offset = 0) const;
    QString threadRootRemoteId(Id threadId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
