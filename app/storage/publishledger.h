#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// Where each variant's publication stands. A variant is claimed in a transaction before any
// network call, with an idempotency key fixed at the first claim, so two publishers never take
// the same variant and a retry sends the same key.
class PublishLedger
{
    Q_DECLARE_TR_FUNCTIONS(PublishLedger)

public:
    explicit PublishLedger(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Moves the variant to Publishing. Refused when it is already publishing, published or
    // unconfirmed (a person must check an unconfirmed one first). newKey is kept only when the
    // variant has no key yet; claimed receives the variant as claimed, with the key to send.
    Status claim(Id variantId, const QString &newKey, const QString &actor, PostVariant *claimed);
    // Records what the network answered: Published with its remote id and URL, or Failed /
    // Unconfirmed with the reason. The post's own state follows its variants.
    Status finish(Id variantId, PostState state, const QString &remoteId, const QString &remoteUrl,
                  const QString &error, const QString &actor);

private:
    Status updatePostState(Id postId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
