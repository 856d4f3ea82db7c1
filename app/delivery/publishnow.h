#pragma once

#include "core/clock.h"
#include "core/types.h"
#include "platforms/adapter.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// Publishes one variant of a post immediately: claim it in the store (fixing its idempotency
// key), send it, record the answer. The scheduled publisher builds on the same steps.
class PublishNow
{
    Q_DECLARE_TR_FUNCTIONS(PublishNow)

public:
    explicit PublishNow(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // content carries text, media, poll, reply target…; its idempotencyKey is replaced by the
    // variant's own. The variant ends Published, Failed or Unconfirmed.
    platforms::Result<platforms::PublishedPost> publishVariant(Id variantId, platforms::OutgoingPost content,
                                                               platforms::Adapter &adapter,
                                                               const QString &actor);

    // A fresh idempotency key: a TID, which Bluesky also takes as its record key.
    QString newIdempotencyKey() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
