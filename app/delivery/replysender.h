#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "platforms/adapter.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// Sends a reply queued in the inbox through the account's adapter, threaded under the message
// it answers (in a direct conversation, a thread rooted at "dm:<id>", as a direct message to
// that conversation), and records what the network said: sent (with its id and link), failed,
// or unconfirmed (the network may have it: never re-sent automatically).
class ReplySender
{
    Q_DECLARE_TR_FUNCTIONS(ReplySender)

public:
    explicit ReplySender(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // replyMessageId is an outgoing message in state "queued" or "failed".
    platforms::Result<platforms::PublishedPost> send(Id replyMessageId, platforms::Adapter &adapter);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
