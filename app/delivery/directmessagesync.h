#pragma once

#include "core/clock.h"
#include "core/types.h"
#include "delivery/inboxsync.h"
#include "platforms/adapter.h"

#include <QCoreApplication>

namespace vigie {

class Database;

namespace classify {
class Classifier;
}

// Brings an account's direct messages into the unified inbox, the way InboxSync brings its
// notifications: page by page, each page stored with the stream's cursor ("direct") in one
// transaction, every message of one conversation in one thread (its root remote id is
// "dm:<conversation id>"), incoming messages classified before they are stored. An account
// whose network has no direct messages is left alone (success, nothing fetched).
class DirectMessageSync
{
    Q_DECLARE_TR_FUNCTIONS(DirectMessageSync)

public:
    static inline const QString kDirectStream = QStringLiteral("direct");

    explicit DirectMessageSync(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    SyncReport syncAccount(const Account &account, platforms::Adapter &adapter,
                           const classify::Classifier *classifier = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

// Everything new on an account: its notifications, then (if they came through) its direct
// messages, as one report. What "Sync now", the timer and `vigie inbox sync` run.
SyncReport syncAccountInbox(Database &db, const Clock &clock, const Account &account,
                            platforms::Adapter &adapter, const classify::Classifier *classifier);

// The conversation a thread root names ("dm:418450" → "418450"); empty when it names none.
QString directConversationId(const QString &rootRemoteId);

} // namespace vigie
