#pragma once

#include "core/clock.h"
#include "delivery/publishsummary.h"
#include "delivery/retrypolicy.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// One due variant, from the checks to the ledger's last word: refused before any network call
// when it may not go out (approval, compliance, media changed), otherwise claimed, sent with
// its thread parts and first comment (each with its own key, skipping those already online),
// and recorded as published, to retry at a time, failed or unconfirmed.
class VariantPublication
{
    Q_DECLARE_TR_FUNCTIONS(VariantPublication)

public:
    VariantPublication(Database &db, const Clock &clock, const RetryPolicy &policy, QString actor)
        : m_db(db)
        , m_clock(clock)
        , m_policy(policy)
        , m_actor(std::move(actor))
    {}

    // Why the variant's post may not be published now, in words; empty when it may.
    QString blocker(const Post &post) const;
    // Marks the variant Failed with reason (nothing sent).
    PublishReport refuse(const Post &post, Id variantId, const QString &reason) const;
    // Claims and sends. rateLimitedUntil is set when the network asked to wait. A variant
    // another publisher claimed first comes back with state Unknown (nothing done).
    PublishReport publish(const Post &post, Id variantId, const QString &safetyText,
                          platforms::Adapter &adapter, platforms::Outcome *lastOutcome,
                          QDateTime *rateLimitedUntil) const;
    // Whether a media file is still the one approved (exists, same SHA-256).
    static QString mediaProblem(const PostMedia &media);

private:
    PublishReport failed(PublishReport report, const platforms::Outcome &outcome, int attempts,
                         QDateTime *rateLimitedUntil) const;

    Database &m_db;
    const Clock &m_clock;
    const RetryPolicy &m_policy;
    QString m_actor;
};

} // namespace vigie
