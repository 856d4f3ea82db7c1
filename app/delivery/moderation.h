#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "platforms/adapter.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// Hides or deletes a message on its network at a team member's request, then records it on the
// message ("hidden" / "deleted", audit-logged with who asked). The text always stays in the
// store: a deleted comment may still be an adverse event someone must report. Where the network
// cannot do it, nothing is sent and the Status says so in words.
class MessageModeration
{
    Q_DECLARE_TR_FUNCTIONS(MessageModeration)

public:
    explicit MessageModeration(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Hides someone's reply under the account's post (Bluesky threadgates; not Mastodon).
    Status hide(Id messageId, platforms::Adapter &adapter, const QString &actor);
    // Deletes one of the account's own messages (a reply or direct message it sent).
    Status remove(Id messageId, platforms::Adapter &adapter, const QString &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
