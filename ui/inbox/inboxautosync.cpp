#include "ui/inbox/inboxautosync.h"

#include "ui/inbox/inboxdelivery.h"

#include <QSettings>
#include <QTimer>

namespace vigie {
namespace ui {

namespace {
constexpr int kCheckEveryMs = 30 * 1000; // turns are looked at twice a minute, syncs follow the interval
constexpr int kCapSeconds = 3600;
} // namespace

InboxAutoSync::InboxAutoSync(AppContext context, InboxDelivery *delivery, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_delivery(delivery)
    , m_timer(new QTimer(this))
    , m_backoff(SyncBackoff::Settings{kDefaultMinutes * 60, kCapSeconds, 0.2})
{
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &InboxAutoSync::syncDueAccounts);
    connect(m_delivery, &InboxDelivery::syncFinished, this,
            [this](const QList<AccountSyncResult> &results, bool) { onSyncFinished(results); });
    m_minutes = savedMinutes();
    applyInterval();
}

int InboxAutoSync::savedMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kSettingsKey, kDefaultMinutes).toInt(&ok);
    return ok ? qBound(0, minutes, 24 * 60) : kDefaultMinutes;
}

void InboxAutoSync::setMinutes(int minutes)
{
    m_minutes = qBound(0, minutes, 24 * 60);
    QSettings().setValue(kSettingsKey, m_minutes);
    applyInterval();
}

void InboxAutoSync::setCheckInterval(int milliseconds)
{
    m_timer->setInterval(qMax(1, milliseconds));
}

bool InboxAutoSync::isActive() const
{
    return m_timer->isActive();
}

void InboxAutoSync::applyInterval()
{
    if (m_minutes > 0)
        m_backoff.setIntervalSeconds(m_minutes * 60);
    // The demo's accounts are made up: nothing to read, no network to bother.
    if (m_minutes > 0 && !m_context.demo && m_context.db && m_delivery)
        m_timer->start();
    else
        m_timer->stop();
}

void InboxAutoSync::syncDueAccounts()
{
    if (!isActive() || m_delivery->isSyncing())
        return;
    const QDateTime now = m_context.clock->now();
    QSet<Id> due;
    QList<AccountSyncResult> skipped;
    for (const Account &account : m_delivery->syncableAccounts(&skipped)) {
        if (m_backoff.isDue(account.id, now))
            due.insert(account.id);
    }
    // A rate-limited account waits as the network asked, without a network call.
    for (const AccountSyncResult &result : std::as_const(skipped)) {
        if (result.rateLimitedUntil.isValid() && m_backoff.isDue(result.accountId, now))
            m_backoff.recordFailure(result.accountId, now, result.rateLimitedUntil);
    }
    if (due.isEmpty())
        return;
    if (const int started = m_delivery->syncAccounts(due, true); started > 0)
        emit roundStarted(started);
}

void InboxAutoSync::onSyncFinished(const QList<AccountSyncResult> &results)
{
    // "Sync now" counts too: a manual success resets the account's wait, a failure lengthens it.
    const QDateTime now = m_context.clock->now();
    for (const AccountSyncResult &result : results) {
        if (!result.attempted)
            continue;
        if (result.ok)
            m_backoff.recordSuccess(result.accountId, now);
        else
            m_backoff.recordFailure(result.accountId, now, result.rateLimitedUntil);
    }
}

} // namespace ui
} // namespace vigie
