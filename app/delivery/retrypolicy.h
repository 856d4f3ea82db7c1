#pragma once

#include "platforms/outcome.h"

#include <QDateTime>
#include <functional>

namespace vigie {

// When to try a failed publication again. Exponential backoff with jitter (so a network coming
// back is not hit by every client at the same second), never earlier than the server asked
// (Retry-After, rate-limit reset), and only for what may succeed later: a rate limit or a
// transient failure (5xx, timeout before sending, connection reset). Never for an unconfirmed
// outcome (the post may be online), expired credentials, refused content or a permanent error.
class RetryPolicy
{
public:
    enum class Jitter {
        Full,         // uniform in [0, min(cap, base·2^(n-1))]
        Decorrelated, // uniform in [base, 3·previous delay], capped
    };
    struct Settings
    {
        int baseSeconds = 30;
        int capSeconds = 3600;
        int maxAttempts = 6; // after this many attempts the variant fails for good
        Jitter jitter = Jitter::Full;
    };
    // Returns a number in [0, 1); tests inject their own.
    using RandomSource = std::function<double()>;

    struct Decision
    {
        bool retry = false;
        QDateTime at; // when to try again (retry only)
        int delaySeconds = 0;
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings, RandomSource random = {});

    static bool isRetryable(platforms::OutcomeKind kind);

    // attempts: how many attempts were made, the failed one included. previousDelaySeconds is
    // the last wait (decorrelated jitter grows from it; 0 = none yet).
    Decision decide(const platforms::Outcome &outcome, int attempts, const QDateTime &now,
                    int previousDelaySeconds = 0) const;

    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
    RandomSource m_random;
};

} // namespace vigie
