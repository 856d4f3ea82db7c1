#include "delivery/replysender.h"

#include "delivery/directmessagesync.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"

namespace vigie {

using namespace platforms;

Result<PublishedPost> ReplySender::send(Id replyMessageId, Adapter &adapter)
{
    InboxRepository inbox(m_db, m_clock);
    const auto reply = inbox.message(replyMessageId);
    if (!reply || reply->direction != MessageDirection::Outgoing)
        return Result<PublishedPost>::failure(Outcome::failure(
            OutcomeKind::Permanent, tr("There is no reply %1 to send.").arg(replyMessageId)));
    if (reply->deliveryState == QLatin1String("sent"))
        return Result<PublishedPost>::failure(
            Outcome::failure(OutcomeKind::Permanent, tr("This reply has already been sent.")));
    if (reply->deliveryState == QLatin1String("unconfirmed"))
        return Result<PublishedPost>::failure(Outcome::failure(
            OutcomeKind::Unconfirmed,
            tr("The last attempt got no answer: check the conversation on the network first.")));
    const QString root = inbox.threadRootRemoteId(reply->threadId);
    Result<PublishedPost> result;
    if (const QString conversation = directConversationId(root); !conversation.isEmpty()) {
        // A direct conversation: the answer goes to it, never as a public reply.
        DirectMessages *direct = adapter.directMessages();
        if (!direct)
            return Result<PublishedPost>::failure(Outcome::failure(
                OutcomeKind::Permanent, tr("This network takes no direct messages from Vigie.")));
        result = direct->sendDirectMessage(conversation, reply->body, reply->remoteId);
    } else {
        Engagement *engagement = adapter.engagement();
        if (!engagement)
            return Result<PublishedPost>::failure(
                Outcome::failure(OutcomeKind::Permanent, tr("This network takes no replies.")));
        QString parent = reply->parentRemoteId;
        if (parent.isEmpty() || parent.startsWith(QLatin1String("local:")))
            parent = root;

        OutgoingPost post;
        post.text = reply->body;
        post.inReplyToRemoteId = parent;
        // The local id is fixed when the reply is queued: sending it again sends the same key.
        post.idempotencyKey = reply->remoteId;
        result = engagement->reply(parent, post);
    }
    if (result.ok()) {
        inbox.markReplySent(replyMessageId, result.value.remoteId, result.value.url);
    } else {
        const bool unconfirmed = result.outcome.kind == OutcomeKind::Unconfirmed;
        inbox.markReplyFailed(replyMessageId,
                              unconfirmed ? QStringLiteral("unconfirmed") : QStringLiteral("failed"),
                              result.outcome.describe());
    }
    return result;
}

} // namespace vigie
