#include "delivery/moderation.h"

#include "storage/database.h"
#include "storage/inboxrepository.h"

namespace vigie {

using namespace platforms;

namespace {

bool onNetwork(const Message &message)
{
    return !message.remoteId.isEmpty() && !message.remoteId.startsWith(QLatin1String("local:"));
}

} // namespace

Status MessageModeration::hide(Id messageId, Adapter &adapter, const QString &actor)
{
    InboxRepository inbox(m_db, m_clock);
    const auto message = inbox.message(messageId);
    if (!message)
        return Status::failure(tr("There is no message %1.").arg(messageId));
    if (message->moderation == QLatin1String("hidden"))
        return Status::success();
    if (message->moderation == QLatin1String("deleted"))
        return Status::failure(
            tr("This message was deleted from the network: there is nothing left to hide."));
    Engagement *engagement = adapter.engagement();
    // "Mastodon does not let an account hide replies to its posts."
    if (!adapter.capabilities().testFlag(Capability::HideComment) || !engagement)
        return Status::failure(tr("%1 does not let an account hide replies to its posts.")
                                   .arg(networkDisplayName(adapter.network())));
    if (message->kind == QLatin1String("dm"))
        return Status::failure(
            tr("A direct message cannot be hidden: only replies to the account's posts can."));
    if (message->direction == MessageDirection::Outgoing)
        return Status::failure(tr("This is the account's own message: delete it rather than hide it."));
    if (!onNetwork(*message))
        return Status::failure(tr("This message is not on the network."));
    const Outcome outcome = engagement->hideComment(message->remoteId);
    if (!outcome)
        return Status::failure(outcome.describe());
    return inbox.setModeration(messageId, QStringLiteral("hidden"), actor);
}

Status MessageModeration::remove(Id messageId, Adapter &adapter, const QString &actor)
{
    InboxRepository inbox(m_db, m_clock);
    const auto message = inbox.message(messageId);
    if (!message)
        return Status::failure(tr("There is no message %1.").arg(messageId));
    if (message->moderation == QLatin1String("deleted"))
        return Status::success();
    const QString network = networkDisplayName(adapter.network());
    Engagement *engagement = adapter.engagement();
    if (!adapter.capabilities().testFlag(Capability::DeleteComment) || !engagement)
        return Status::failure(tr("%1 does not let Vigie delete messages.").arg(network));
    // No network lets an account delete what someone else wrote: hiding is the tool for that.
    if (message->direction == MessageDirection::Incoming)
        return Status::failure(tr("%1 lets an account delete only its own messages: this one was written "
                                  "by %2.")
                                   .arg(network, message->authorHandle));
    if (message->deliveryState == QLatin1String("unconfirmed"))
        return Status::failure(tr("Vigie does not know whether this reply reached the network: check the "
                                  "conversation on the network and delete it there."));
    if (!onNetwork(*message))
        return Status::failure(tr("This reply was never sent: there is nothing to delete on the network."));
    const Outcome outcome = engagement->deleteComment(message->remoteId);
    if (!outcome)
        return Status::failure(outcome.describe());
    return inbox.setModeration(messageId, QStringLiteral("deleted"), actor);
}

} // namespace vigie
