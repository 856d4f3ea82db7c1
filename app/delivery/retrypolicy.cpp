#include "delivery/retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace vigie {

using namespace platforms;

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{})
{}

RetryPolicy::RetryPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RetryPolicy::isRetryable(OutcomeKind kind)
{
    return kind == OutcomeKind::RateLimited || kind == OutcomeKind::Transient;
}

RetryPolicy::Decision RetryPolicy::decide(const Outcome &outcome, int attempts, const QDateTime &now,
                                          int previousDelaySeconds) const
{
    Decision d;
    if (!isRetryable(outcome.kind) || attempts >= m_settings.maxAttempts)
        return d;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double base = std::max(1, m_settings.baseSeconds);
    const double cap = std::max(base, double(m_settings.capSeconds));
    double delay = 0;
    if (m_settings.jitter == Jitter::Full) {
        const double ceiling = std::min(cap, base * std::pow(2.0, std::max(0, attempts - 1)));
        delay = r * ceiling;
    } else {
        const double upper = std::max(base, 3.0 * std::max(double(previousDelaySeconds), base));
        delay = std::min(cap, base + r * (upper - base));
    }
    // At least a second, so a retry never lands in the same run.
    d.delaySeconds = std::max(1, int(std::ceil(delay)));
    d.at = now.addSecs(d.delaySeconds);
    if (outcome.retryAt.isValid() && outcome.retryAt > d.at) {
        d.at = outcome.retryAt;
        d.delaySeconds = int(now.secsTo(d.at));
    }
    d.retry = true;
    return d;
}

} // namespace vigie
