#include "delivery/directmessagesync.h"

#include "storage/database.h"
#include "storage/inboxrepository.h"

namespace vigie {

using namespace platforms;

namespace {

// A direct message as the inbox stores it. Same mapping as the notifications' (InboxSync),
// with the kind fixed: whatever the adapter said, a message of a conversation is a "dm".
IncomingMessage toIncoming(const Account &account, const RemoteMessage &remote)
{
    IncomingMessage incoming;
    Message &m = incoming.message;
    m.accountId = account.id;
    m.remoteId = remote.remoteId;
    m.parentRemoteId = remote.parentRemoteId;
    m.direction = remote.fromAccount ? MessageDirection::Outgoing : MessageDirection::Incoming;
    m.kind = QStringLiteral("dm");
    m.authorHandle = remote.author.handle;
    m.authorName = remote.author.displayName;
    m.body = remote.text;
    m.language = remote.language;
    m.createdAt = remote.createdAt;
    m.url = remote.url;
    if (remote.fromAccount)
        m.deliveryState = QStringLiteral("sent");
    incoming.rootRemoteId = remote.rootRemoteId.isEmpty() ? remote.remoteId : remote.rootRemoteId;
    incoming.brandId = account.brandId;
    return incoming;
}

} // namespace

QString directConversationId(const QString &rootRemoteId)
{
    static const QLatin1String prefix("dm:");
    return rootRemoteId.startsWith(prefix) ? rootRemoteId.mid(prefix.size()) : QString();
}

SyncReport DirectMessageSync::syncAccount(const Account &account, Adapter &adapter,
                                          const classify::Classifier *classifier)
{
    SyncReport report;
    DirectMessages *direct = adapter.directMessages();
    if (!direct)
        return report; // the network has none: nothing to do, nothing wrong
    InboxRepository inbox(m_db, m_clock);
    const QString cursor = inbox.syncCursor(account.id, kDirectStream);
    report.outcome = direct->syncDirectMessages(cursor, [&](const InboxPage &page) {
        QList<IncomingMessage> batch;
        batch.reserve(page.messages.size());
        for (const RemoteMessage &remote : page.messages) {
            IncomingMessage incoming = toIncoming(account, remote);
            classifyIncoming(incoming, classifier);
            batch << incoming;
        }
        int inserted = 0;
        const SyncCursor next{account.id, kDirectStream, page.cursorAfter};
        const Status st = inbox.ingest(batch, &inserted, page.cursorAfter.isEmpty() ? nullptr : &next);
        if (!st) {
            report.storeError = st.error();
            return false;
        }
        report.fetched += int(page.messages.size());
        report.inserted += inserted;
        ++report.pages;
        return true;
    });
    return report;
}

} // namespace vigie
