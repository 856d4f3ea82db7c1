#include "delivery/directmessagesync.h"

#include "storage/database.h"
#include "storage/inboxrepository.h"

namespace vigie {

using namespace platforms;

SyncReport syncAccountInbox(Database &db, const Clock &clock, const Account &account, Adapter &adapter,
                            const classify::Classifier *classifier)
{
    SyncReport report = InboxSync(db, clock).syncAccount(account, adapter, classifier);
    if (!report.outcome.ok() || !report.storeError.isEmpty())
        return report;
    // A network without direct messages reports nothing and leaves the outcome as it was.
    const SyncReport direct = DirectMessageSync(db, clock).syncAccount(account, adapter, classifier);
    report.fetched += direct.fetched;
    report.inserted += direct.inserted;
    report.pages += direct.pages;
    report.outcome = direct.outcome;
    report.storeError = direct.storeError;
    return report;
}

QString directConversationId(const QString &rootRemoteId)
{
    static const QLatin1String prefix("dm:");
    return rootRemoteId.startsWith(prefix) ? rootRemoteId.mid(prefix.size()) : QString();
}

SyncReport DirectMessageSync::syncAccount(const Account &account, Adapter &adapter,
                                          const classify::Classifier *classifier)
{
    DirectMessages *direct = adapter.directMessages();
    if (!direct)
        return {}; // the network has none: nothing to do, nothing wrong
    // Whatever the adapter says, a message of a conversation is a "dm".
    return syncStream(m_db, m_clock, account, kDirectStream, QStringLiteral("dm"), classifier,
                      [direct](const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) {
                          return direct->syncDirectMessages(cursor, onPage);
                      });
}

} // namespace vigie
