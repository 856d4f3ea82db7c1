#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <functional>

namespace vigie {

// When each account's automatic inbox sync may run next. A healthy account is synced every
// interval; an account whose sync fails waits longer after each failure in a row (the interval,
// then twice, four times… up to the cap), with jitter so accounts that failed together (the
// network was down) do not all come back at the same second, and never before the time the
// network itself asked for (rate_limited_until). One success puts the account back on the
// interval. Pure logic: the caller says what time it is and what happened.
class SyncBackoff
{
public:
    struct Settings
    {
        int intervalSeconds = 300;
        int capSeconds = 3600;
        // The share of a wait that jitter may take off: a wait of W becomes W·(1 − jitter·r),
        // r in [0, 1). Taking off (never adding) keeps every wait at most the cap.
        double jitter = 0.2;
    };
    // Returns a number in [0, 1); tests inject their own.
    using RandomSource = std::function<double()>;

    SyncBackoff();
    explicit SyncBackoff(Settings settings, RandomSource random = {});

    const Settings &settings() const { return m_settings; }
    void setIntervalSeconds(int seconds);

    // Whether the account may be synced at now (an account never seen is due).
    bool isDue(Id accountId, const QDateTime &now) const;
    // When the account may be synced next; invalid = now.
    QDateTime nextSyncAt(Id accountId) const;
    // Failures in a row since the last success.
    int failures(Id accountId) const;

    // A sync that went well: next one after the interval.
    void recordSuccess(Id accountId, const QDateTime &now);
    // A sync that failed; rateLimitedUntil is when the network allows the next request (invalid
    // = it did not say). Returns when the account may be synced again.
    QDateTime recordFailure(Id accountId, const QDateTime &now, const QDateTime &rateLimitedUntil = {});
    // The wait after failures failures in a row, before jitter: interval·2^(failures−1), capped.
    int baseDelaySeconds(int failures) const;

    void forget(Id accountId) { m_accounts.remove(accountId); }

private:
    struct State
    {
        int failures = 0;
        QDateTime next;
    };
    Settings m_settings;
    RandomSource m_random;
    QHash<Id, State> m_accounts;
};

} // namespace vigie
