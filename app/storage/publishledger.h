#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vigie {

class Database;

// A variant the scheduled publisher should try now.
struct DueVariant
{
    Id variantId = 0;
    Id postId = 0;
    Id accountId = 0;
    int attempts = 0;
};

// A variant left in Publishing by a publisher that is gone (killed, crashed) or too slow.
struct StaleClaim
{
    Id variantId = 0;
    Id postId = 0;
    Id accountId = 0;
    Network network = Network::Unknown;
    QDateTime claimedAt;
    QString claimedBy;
    QJsonObject progress;
};

// Where each variant's publication stands. A variant is claimed in a transaction before any
// network call, with an idempotency key fixed at the first claim, so two publishers never take
// the same variant and a retry sends the same key. Every write begins with an UPDATE so that
// SQLite takes its write lock first and concurrent publishers wait (busy_timeout) instead of
// failing on a read-then-write upgrade.
class PublishLedger
{
    Q_DECLARE_TR_FUNCTIONS(PublishLedger)

public:
    explicit PublishLedger(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // "host:pid" of this process: what claimed_by records.
    static QString thisClaimer();

    // Moves the variant to Publishing, recording when and by whom (thisClaimer()) and counting
    // the attempt. Refused when it is already publishing, published or unconfirmed (a person
    // must check an unconfirmed one first). newKey is kept only when the variant has no key yet;
    // claimed receives the variant as claimed, with the key to send. The first claim's time
    // goes to progress["first_claimed_at"] (idempotency keys expire on some networks).
    Status claim(Id variantId, const QString &newKey, const QString &actor, PostVariant *claimed);
    // Records what the network answered: Published with its remote id and URL, or Failed /
    // Unconfirmed with the reason. The post's own state follows its variants.
    Status finish(Id variantId, PostState state, const QString &remoteId, const QString &remoteUrl,
                  const QString &error, const QString &actor);

    // Variants due at now (their post's time has come, no retry wait pending), oldest first;
    // accountId 0 = every account.
    // Variants of manual channels (Network::Manual) are never among them: a person publishes those.
    QList<DueVariant> dueVariants(const QDateTime &now, int limit, Id accountId = 0) const;
    // Variants of manual channels whose time has come and that nobody marked published yet,
    // oldest first: what the due notification lists.
    QList<DueVariant> dueManualVariants(const QDateTime &now, int limit) const;
    // A person published the variant themselves (a manual channel): Draft (the composer's
    // Publish now), Scheduled or Approved → Published with the post's address (may be empty; when
    // given it must be an http(s) URL). The caller checks the publish blocker (approval) first
    // (ManualPublishing::markPublished). Refused when the variant is in any other state (already
    // published, being published by Vigie, failed…); audit-logged as variant.published_manually.
    Status markPublishedManually(Id variantId, const QString &url, const QString &actor);
    // A claimed variant goes back to Scheduled, to be tried again at `at`.
    Status scheduleRetry(Id variantId, const QDateTime &at, const QString &error, const QString &actor);
    // Unclaimed variants wait until `at` (their account is rate limited): no attempt counted.
    // One transaction for all; those another publisher took meanwhile are left alone (not in
    // deferred).
    Status defer(const QList<Id> &variantIds, const QDateTime &at, const QString &reason,
                 const QString &actor, QList<Id> *deferred);
    // An unclaimed variant that must not be sent (approval, compliance, media): Failed.
    Status refuse(Id variantId, const QString &reason, const QString &actor);
    // Keeps what part of a thread (or first comment) is already on the network.
    Status recordProgress(Id variantId, const QJsonObject &progress, const QString &actor);

    // Publishing variants claimed by a dead process of this host, or claimed before now - lease.
    QList<StaleClaim> staleClaims(const QDateTime &now, int leaseSeconds) const;
    // Takes a stale claim back, only if it is still the one seen (same claimer): resend = back to
    // Scheduled with the same key; otherwise Unconfirmed with reason. False when another
    // publisher recovered it first.
    Status recoverClaim(const StaleClaim &claim, bool resend, const QString &reason, const QString &actor,
                        bool *recovered);

private:
    Status updatePostState(Id postId);
    Status audit(Id postId, const QString &actor, const QString &action, const QJsonObject &detail);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
