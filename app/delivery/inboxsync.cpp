#include "delivery/inboxsync.h"

#include "classify/classifier.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/workspacerepository.h"

namespace vigie {

using namespace platforms;

namespace {
IncomingMessage toIncoming(const Account &account, const RemoteMessage &remote)
{
    IncomingMessage incoming;
    Message &m = incoming.message;
    m.accountId = account.id;
    m.remoteId = remote.remoteId;
    m.parentRemoteId = remote.parentRemoteId;
    m.direction = remote.fromAccount ? MessageDirection::Outgoing : MessageDirection::Incoming;
    m.kind = remote.kind.isEmpty() ? QStringLiteral("mention") : remote.kind;
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

void classifyIncoming(IncomingMessage &incoming, const classify::Classifier *classifier)
{
    Message &m = incoming.message;
    if (!classifier || m.direction != MessageDirection::Incoming)
        return;
    const classify::Classification found = classifier->classify(m.body);
    m.sentiment = found.sentiment;
    m.adverseEvent = found.adverseEvent;
    m.evidence = found.evidence;
    if (m.language.isEmpty())
        m.language = found.language;
}

classify::Classifier workspaceClassifier(Database &db, Id workspaceId)
{
    return classify::Classifier(
        classify::ProductTerms::fromProducts(WorkspaceRepository(db).products(workspaceId)));
}

SyncReport InboxSync::syncAccount(const Account &account, Adapter &adapter,
                                  const classify::Classifier *classifier)
{
    SyncReport report;
    InboxReader *reader = adapter.inboxReader();
    if (!reader) {
        report.outcome =
            Outcome::failure(OutcomeKind::Permanent,
                             tr("%1 has no inbox Vigie can read.").arg(networkDisplayName(account.network)));
        return report;
    }
    InboxRepository inbox(m_db, m_clock);
    const QString cursor = inbox.syncCursor(account.id, kNotificationsStream);
    report.outcome = reader->syncInbox(cursor, [&](const InboxPage &page) {
        QList<IncomingMessage> batch;
        batch.reserve(page.messages.size());
        for (const RemoteMessage &remote : page.messages) {
            batch << toIncoming(account, remote);
            classifyIncoming(batch.last(), classifier);
        }
        int inserted = 0;
        const SyncCursor next{account.id, kNotificationsStream, page.cursorAfter};
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
