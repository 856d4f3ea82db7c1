#pragma once

#include "core/clock.h"
#include "core/types.h"
#include "platforms/adapter.h"

#include <QCoreApplication>

namespace vigie {

class Database;
struct IncomingMessage;

namespace classify {
class Classifier;
}

// Fills what the classifier reads in a message someone else wrote: sentiment, the adverse-event
// flag with its evidence, and the language when the network gave none. Our own messages are left
// as they are. classifier nullptr = nothing is changed.
void classifyIncoming(IncomingMessage &incoming, const classify::Classifier *classifier);
// A classifier that knows every product of the workspace (names, aliases, INN).
classify::Classifier workspaceClassifier(Database &db, Id workspaceId);

struct SyncReport
{
    int fetched = 0;  // messages the network handed over
    int inserted = 0; // of which new to the inbox
    int pages = 0;
    platforms::Outcome outcome;
    QString storeError; // set when the store refused a page (the sync stops there, nothing half-written)
};

// Brings an account's notifications into the unified inbox, page by page: each page and the
// cursor after it are stored in one transaction, so a sync that stops (crash, rate limit,
// network gone) resumes exactly where the last stored page ended and never duplicates.
// A message read from the network as the inbox stores it; fixedKind (e.g. "dm") overrides the
// kind the adapter gave.
IncomingMessage incomingFromRemote(const Account &account, const platforms::RemoteMessage &remote,
                                   const QString &fixedKind = {});

// Walks one stream of an account from its stored cursor: walk(cursor, onPage) reads pages, and
// onPage classifies each page's incoming messages and stores them with the cursor after the page
// in one transaction. InboxSync (notifications) and DirectMessageSync ("direct") are this with
// their own reader.
using StreamWalk = std::function<platforms::Outcome(
    const QString &cursor, const std::function<bool(const platforms::InboxPage &)> &onPage)>;
SyncReport syncStream(Database &db, const Clock &clock, const Account &account, const QString &stream,
                      const QString &fixedKind, const classify::Classifier *classifier,
                      const StreamWalk &walk);

class InboxSync
{
    Q_DECLARE_TR_FUNCTIONS(InboxSync)

public:
    static inline const QString kNotificationsStream = QStringLiteral("notifications");

    explicit InboxSync(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Every new incoming message goes through classifier (when given) before it is stored, so a
    // possible adverse event opens its case in the same transaction as the message.
    SyncReport syncAccount(const Account &account, platforms::Adapter &adapter,
                           const classify::Classifier *classifier = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
