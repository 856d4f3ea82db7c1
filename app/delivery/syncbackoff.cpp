#include "delivery/syncbackoff.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace vigie {

SyncBackoff::SyncBackoff()
    : SyncBackoff(Settings{})
{}

SyncBackoff::SyncBackoff(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    m_settings.intervalSeconds = std::max(1, m_settings.intervalSeconds);
    m_settings.capSeconds = std::max(m_settings.intervalSeconds, m_settings.capSeconds);
    m_settings.jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

void SyncBackoff::setIntervalSeconds(int seconds)
{
    m_settings.intervalSeconds = std::max(1, seconds);
    m_settings.capSeconds = std::max(m_settings.intervalSeconds, m_settings.capSeconds);
}

bool SyncBackoff::isDue(Id accountId, const QDateTime &now) const
{
    const QDateTime next = nextSyncAt(accountId);
    return !next.isValid() || next <= now;
}

QDateTime SyncBackoff::nextSyncAt(Id accountId) const
{
    return m_accounts.value(accountId).next;
}

int SyncBackoff::failures(Id accountId) const
{
    return m_accounts.value(accountId).failures;
}

void SyncBackoff::recordSuccess(Id accountId, const QDateTime &now)
{
    m_accounts.insert(accountId, State{0, now.addSecs(m_settings.intervalSeconds)});
}

int SyncBackoff::baseDelaySeconds(int failures) const
{
    if (failures <= 0)
        return m_settings.intervalSeconds;
    // 2^(n−1) stops mattering once past the cap; the exponent is bounded so it cannot overflow.
    const double factor = std::pow(2.0, std::min(failures - 1, 30));
    return int(std::min(double(m_settings.capSeconds), m_settings.intervalSeconds * factor));
}

QDateTime SyncBackoff::recordFailure(Id accountId, const QDateTime &now, const QDateTime &rateLimitedUntil)
{
    State state = m_accounts.value(accountId);
    state.failures += 1;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double wait = baseDelaySeconds(state.failures) * (1.0 - m_settings.jitter * r);
    state.next = now.addSecs(std::max(1, int(std::ceil(wait))));
    if (rateLimitedUntil.isValid() && rateLimitedUntil > state.next)
        state.next = rateLimitedUntil;
    m_accounts.insert(accountId, state);
    return state.next;
}

} // namespace vigie
