#pragma once

#include "core/clock.h"
#include "delivery/publishsummary.h"
#include "delivery/retrypolicy.h"
#include "storage/nativeschedulerepository.h"

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

    // Whether the variant is on a network's own schedule and its time has come: the network
    // publishes it, so publish() only checks it went out (no approval or media check then:
    // those were checked at each sync until its time).
    bool isHandedOverAndDue(Id variantId) const;

    // A post handed to a network's scheduler that has not appeared: checked again every
    // kRecheckSeconds, failed (and withdrawn) kLateGraceSeconds after its time. A check that
    // fails (5xx, rate limit) is retried until kCheckLimitSeconds after its time, then the
    // variant is unconfirmed.
    static constexpr int kRecheckSeconds = 3 * 60;
    static constexpr int kLateGraceSeconds = 15 * 60;
    static constexpr int kCheckLimitSeconds = 60 * 60;
    // How far before the first claim a look for an earlier attempt's post starts (the network's
    // clock and ours differ a little).
    static constexpr int kLookMarginSeconds = 120;

private:
    // looksBeforeRetry: the publisher can look for the post before a retry, so an unconfirmed
    // answer is retried (looking first) instead of left for a person.
    PublishReport failed(PublishReport report, const platforms::Outcome &outcome, int attempts,
                         QDateTime *rateLimitedUntil, bool looksBeforeRetry = false) const;
    // A variant with an open native_schedules row: checked on the network at its time, or
    // withdrawn from the network's schedule first when Vigie must send it now (*sendItself).
    PublishReport publishNative(PublishReport report, const NativeSchedule &row, const PostVariant &claimed,
                                platforms::Adapter &adapter, platforms::Outcome *lastOutcome,
                                QDateTime *rateLimitedUntil, bool *sendItself) const;
    PublishReport finishAs(PublishReport report, PostState state, const QString &remoteId, const QString &url,
                           const QString &error) const;

    Database &m_db;
    const Clock &m_clock;
    const RetryPolicy &m_policy;
    QString m_actor;
};

} // namespace vigie
