#include "delivery/inboxsync.h"

#include "classify/classifier.h"
#include "classify/messageclassification.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/workspacerepository.h"

namespace vigie {

using namespace platforms;

IncomingMessage incomingFromRemote(const Account &account, const RemoteMessage &remote,
                                   const QString &fixedKind)
{
    IncomingMessage incoming;
    Message &m = incoming.message;
    m.accountId = account.id;
    m.remoteId = remote.remoteId;
    m.parentRemoteId = remote.parentRemoteId;
    m.direction = remote.fromAccount ? MessageDirection::Outgoing : MessageDirection::Incoming;
    m.kind = !fixedKind.isEmpty()    ? fixedKind
             : remote.kind.isEmpty() ? QStringLiteral("mention")
                                     : remote.kind;
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

SyncReport syncStream(Database &db, const Clock &clock, const Account &account, const QString &stream,
                      const QString &fixedKind, const classify::Classifier *classifier,
                      const StreamWalk &walk)
{
    SyncReport report;
    InboxRepository inbox(db, clock);
    const QString cursor = inbox.syncCursor(account.id, stream);
    report.outcome = walk(cursor, [&](const InboxPage &page) {
        QList<IncomingMessage> batch;
        batch.reserve(page.messages.size());
        for (const RemoteMessage &remote : page.messages) {
            batch << incomingFromRemote(account, remote, fixedKind);
            classifyIncoming(batch.last(), classifier);
        }
        int inserted = 0;
        const SyncCursor next{account.id, stream, page.cursorAfter};
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

void classifyIncoming(IncomingMessage &incoming, const classify::Classifier *classifier)
{
    classify::classifyIncoming(incoming.message, classifier);
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
    return syncStream(m_db, m_clock, account, kNotificationsStream, {}, classifier,
                      [reader](const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) {
                          return reader->syncInbox(cursor, onPage);
                      });
}

} // namespace vigie
