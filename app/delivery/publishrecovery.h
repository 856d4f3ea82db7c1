#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "delivery/publishsummary.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// Whether re-sending a post with the same idempotency key, firstClaimedAt after the first
// attempt, can never make a second post: Bluesky always (the key is the record key), Mastodon
// within the hour it keeps Idempotency-Key (with a margin for the request's own duration);
// X, Facebook, Instagram and LinkedIn always, because their publishers look among the
// account's recent posts before any retry (VariantPublication, Publisher::findsPublished). The
// recovery has no adapter to ask, so this is a list: a network added here must implement
// findPublished. Any other network never (the variant becomes unconfirmed).
bool resendsIdempotently(Network network, const QDateTime &firstClaimedAt, const QDateTime &now);

// The key of part `index` (1 = second part of a thread…, last = first comment) of a variant
// whose key is `key`: for a TID (the keys Vigie makes) the TID's value plus index, so Bluesky
// still takes it as a record key; otherwise key + "-" + index.
QString derivedIdempotencyKey(const QString &key, int index);

// A fresh idempotency key for a variant: a TID whose time part never repeats in this process
// (at least 2 µs after the previous key, whatever the clock says) and whose clock id is random, so
// that neither two variants nor a variant's derived part keys (the TID's value + n) meet.
QString newPublishKey(const Clock &clock);

// Takes back variants left in Publishing by a publisher that died (its pid is gone on this
// host) or outlived its lease: re-sent with the same key where that is safe, otherwise
// Unconfirmed for a person to check.
class ClaimRecovery
{
    Q_DECLARE_TR_FUNCTIONS(ClaimRecovery)

public:
    ClaimRecovery(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Adds a report for each variant made Unconfirmed; resent ones are published by the run.
    Status recover(int leaseSeconds, const QString &actor, QList<PublishReport> *unconfirmed, int *resent);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
