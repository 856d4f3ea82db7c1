#include "delivery/scheduledpublisher.h"

#include "delivery/nativeschedulesync.h"
#include "delivery/publishrecovery.h"
#include "delivery/publishvariant.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/publishledger.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QAtomicInt>
#include <QEventLoop>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSet>
#include <QThread>
#include <deque>

namespace vigie {

using namespace platforms;

struct ScheduledPublisher::AccountWork
{
    PublishAccountJob job;
    QString credentialsError;
    bool syncNative = false; // keep the network's own scheduler in step first (once a run)
    QList<DueVariant> variants;
    QList<PublishReport> reports;
};

namespace {
QString channelOf(const Account &account)
{
    const QString who = account.handle.isEmpty() ? account.displayName : account.handle;
    return who.isEmpty() ? networkDisplayName(account.network)
                         : networkDisplayName(account.network) + QLatin1Char(' ') + who;
}
} // namespace

ScheduledPublisher::ScheduledPublisher(Database &db, PublishAccess access, const Clock &clock,
                                       RetryPolicy policy)
    : m_db(db)
    , m_access(std::move(access))
    , m_clock(clock)
    , m_policy(std::move(policy))
{}

void ScheduledPublisher::publishAccount(AccountWork &work, const QString &dbPath,
                                        const Options &options) const
{
    Database db;
    if (auto st = db.openSqlite(dbPath); !st) {
        work.credentialsError = st.error();
        return; // nothing claimed: the variants stay due for the next run
    }
    const Account &account = work.job.account;
    const VariantPublication publication(db, m_clock, m_policy, options.actor);
    PostRepository posts(db, m_clock);
    WorkspaceRepository workspace(db);
    QNetworkAccessManager manager;
    HttpTransport http(manager, QUrl(account.baseUrl));
    std::unique_ptr<Adapter> adapter;
    if (work.credentialsError.isEmpty()) {
        adapter = m_access.makeAdapter(account, work.job.before, http, m_clock);
        if (!adapter)
            work.credentialsError =
                tr("Vigie cannot talk to %1 yet.").arg(networkDisplayName(account.network));
    }
    QDateTime rateLimitedUntil;
    if (account.status == AccountStatus::RateLimited && account.rateLimitedUntil > m_clock.now())
        rateLimitedUntil = account.rateLimitedUntil;
    if (work.syncNative && adapter && adapter->nativeScheduler() && !rateLimitedUntil.isValid()) {
        // Before the due ones: a post moved too close is withdrawn from the network here and
        // published below by Vigie itself.
        work.job.ran = true;
        work.job.native = NativeScheduleSync(db, m_clock, options.actor).run(account, *adapter);
        const Outcome &o = work.job.native.lastOutcome;
        if (!o.ok())
            work.job.lastOutcome = o;
        if (o.kind == OutcomeKind::RateLimited)
            rateLimitedUntil = o.retryAt.isValid() ? o.retryAt : m_clock.now().addSecs(60);
    }
    QString authProblem;
    QHash<Id, Id> waiting; // variant → post, for an account that asked Vigie to wait
    for (const DueVariant &due : work.variants) {
        const Id variantId = due.variantId;
        if (work.credentialsError.isEmpty() && authProblem.isEmpty() && rateLimitedUntil.isValid() &&
            rateLimitedUntil > m_clock.now()) {
            // Checked again when its time comes; nothing to read or check before that.
            waiting.insert(variantId, due.postId); // deferred together below: one transaction
            continue;
        }
        const auto post = posts.post(due.postId);
        PublishReport report;
        // Handed over to the network's scheduler and due: already out there, only checked.
        const bool handedOver = post && publication.isHandedOverAndDue(variantId);
        if (!post) {
            continue; // deleted meanwhile
        } else if (handedOver && (!adapter || !authProblem.isEmpty())) {
            // Cannot be checked now; it stays due and is checked at the next run.
            report = {variantId,
                      post->id,
                      account.id,
                      {},
                      PostState::Scheduled,
                      {},
                      {},
                      work.credentialsError.isEmpty() ? authProblem : work.credentialsError,
                      {}};
        } else if (handedOver) {
            work.job.ran = true;
            report =
                publication.publish(*post, variantId, {}, *adapter, &work.job.lastOutcome, &rateLimitedUntil);
        } else if (const QString blocked = publication.blocker(*post); !blocked.isEmpty()) {
            report = publication.refuse(*post, variantId, blocked);
        } else if (!work.credentialsError.isEmpty()) {
            report = publication.refuse(*post, variantId, work.credentialsError);
        } else if (!authProblem.isEmpty()) {
            report = publication.refuse(*post, variantId, authProblem);
        } else {
            QString safety;
            if (post->brandId)
                if (const auto brand = workspace.brand(post->brandId))
                    safety = brand->safetyText;
            work.job.ran = true;
            report = publication.publish(*post, variantId, safety, *adapter, &work.job.lastOutcome,
                                         &rateLimitedUntil);
            if (work.job.lastOutcome.kind == OutcomeKind::AuthExpired)
                authProblem = work.job.lastOutcome.describe();
        }
        if (report.state == PostState::Unknown)
            continue; // taken by another publisher
        report.accountId = account.id;
        report.channel = channelOf(account);
        work.reports.append(report);
    }
    if (!waiting.isEmpty()) {
        const QString reason = tr("%1 asked Vigie to wait.").arg(networkDisplayName(account.network));
        QList<Id> deferred;
        if (PublishLedger(db, m_clock)
                .defer(waiting.keys(), rateLimitedUntil, reason, options.actor, &deferred)) {
            for (const Id variantId : deferred)
                work.reports.append({variantId,
                                     waiting.value(variantId),
                                     account.id,
                                     channelOf(account),
                                     PostState::Scheduled,
                                     {},
                                     {},
                                     reason,
                                     rateLimitedUntil});
        }
    }
    if (adapter)
        work.job.after = adapter->credentials();
}

QList<Id> ScheduledPublisher::accountsToSyncNatively(Id accountId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, network FROM accounts WHERE (? = 0 OR id = ?) ORDER BY id"));
    QList<Id> result;
    if (!q.exec(accountId, accountId))
        return result;
    const QDateTime now = m_clock.now();
    QList<QPair<Id, Network>> accounts;
    while (q.next())
        accounts.append({q.value(0).toLongLong(), networkFromKey(q.value(1).toString())});
    for (const auto &[id, network] : accounts) {
        if (network == Network::Manual || network == Network::Feed || network == Network::Unknown)
            continue;
        if (m_access.schedulesNatively && !m_access.schedulesNatively(network))
            continue;
        if (NativeScheduleSync::mayHaveWork(m_db, id, now))
            result.append(id);
    }
    return result;
}

PublishSummary ScheduledPublisher::run(const Options &options)
{
    PublishSummary summary;
    int resent = 0;
    if (auto st = ClaimRecovery(m_db, m_clock)
                      .recover(options.leaseSeconds, options.actor, &summary.variants, &resent);
        !st) {
        summary.storeError = st.error();
        return summary;
    }
    WorkspaceRepository workspace(m_db);
    PublishLedger ledger(m_db, m_clock);
    QMap<Id, int> slotOf;
    std::deque<AccountWork> works; // stable addresses for the threads
    QSet<Id> seen;
    QList<Id> nativeAccounts = accountsToSyncNatively(options.accountId);
    auto addWork = [&](Id accountId) {
        AccountWork work;
        const auto account = workspace.account(accountId);
        if (!account)
            return false;
        work.job.account = *account;
        if (!m_access.loadCredentials)
            work.credentialsError = tr("No access to the accounts' credentials.");
        else if (auto st = m_access.loadCredentials(*account, &work.job.before); !st)
            work.credentialsError = st.error();
        work.syncNative = nativeAccounts.removeAll(accountId) > 0;
        slotOf.insert(accountId, int(works.size()));
        works.push_back(std::move(work));
        return true;
    };
    // A pass reads at most `batch` variants; another pass follows while passes come back full
    // with variants not seen yet (those retried later are no longer due). Accounts whose
    // network schedules posts itself are synced in the first pass, due variants or not.
    for (;;) {
        const QList<DueVariant> due = ledger.dueVariants(m_clock.now(), options.batch, options.accountId);
        QList<DueVariant> fresh;
        for (const DueVariant &d : due)
            if (!seen.contains(d.variantId))
                fresh.append(d);
        if (fresh.isEmpty() && nativeAccounts.isEmpty())
            break;
        works.clear();
        slotOf.clear();
        for (const DueVariant &d : fresh) {
            seen.insert(d.variantId);
            if (!slotOf.contains(d.accountId) && !addWork(d.accountId))
                continue;
            works[slotOf.value(d.accountId)].variants.append(d);
        }
        for (const Id accountId : QList<Id>(nativeAccounts))
            if (!addWork(accountId))
                nativeAccounts.removeAll(accountId);

        // Worker threads take accounts from a shared queue; this thread keeps its event loop
        // turning while they work.
        QMutex mutex;
        size_t next = 0;
        const QString dbPath = m_db.path();
        const int threadCount = std::max(1, std::min(options.maxThreads, int(works.size())));
        QEventLoop loop;
        QAtomicInt running(threadCount);
        QList<QThread *> threads;
        for (int i = 0; i < threadCount; ++i) {
            QThread *thread = QThread::create([&] {
                for (;;) {
                    AccountWork *work = nullptr;
                    {
                        QMutexLocker lock(&mutex);
                        if (next >= works.size())
                            break;
                        work = &works[next++];
                    }
                    publishAccount(*work, dbPath, options);
                }
            });
            QObject::connect(thread, &QThread::finished, &loop, [&] {
                if (!running.deref())
                    loop.quit();
            });
            threads.append(thread);
        }
        for (QThread *thread : threads)
            thread->start();
        loop.exec();
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        for (AccountWork &work : works) {
            summary.variants += work.reports;
            summary.accounts.append(work.job);
        }
        if (due.size() < options.batch)
            break;
    }
    return summary;
}

} // namespace vigie
