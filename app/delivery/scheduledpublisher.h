#pragma once

#include "core/clock.h"
#include "delivery/publishsummary.h"
#include "delivery/retrypolicy.h"

#include <QCoreApplication>

namespace vigie {

class Database;

// Publishes every due variant of the store: takes back stale claims first (ClaimRecovery),
// then runs one worker thread per account that has something due or whose network's own
// scheduler must be kept in step (NativeScheduleSync runs there first), each with its own store
// connection and network manager, so a slow, failing or rate-limited account never holds the
// others back. The claim in the store is the lock: the window and `vigie publish-due` from cron
// may run at once. Manual channels are never taken (a person publishes them).
// run() blocks its caller but keeps its event loop turning (tests run fake servers there).
class ScheduledPublisher
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledPublisher)

public:
    struct Options
    {
        Id accountId = 0;       // 0 = every account
        int batch = 1000;       // variants read per pass
        int maxThreads = 4;     // accounts published at once
        int leaseSeconds = 600; // a claim older than this is taken back
        QString actor = QStringLiteral("publisher");
    };

    ScheduledPublisher(Database &db, PublishAccess access, const Clock &clock = SystemClock::instance(),
                       RetryPolicy policy = RetryPolicy());

    PublishSummary run(const Options &options);
    PublishSummary run() { return run(Options()); }

private:
    struct AccountWork;
    void publishAccount(AccountWork &work, const QString &dbPath, const Options &options) const;
    // Accounts (accountId 0 = all) whose network may schedule natively and that have
    // native_schedules rows open or scheduled posts to come.
    QList<Id> accountsToSyncNatively(Id accountId) const;

    Database &m_db;
    PublishAccess m_access;
    const Clock &m_clock;
    RetryPolicy m_policy;
};

} // namespace vigie
