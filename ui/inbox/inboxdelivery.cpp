#include "ui/inbox/inboxdelivery.h"

#include "delivery/directmessagesync.h"
#include "delivery/inboxsync.h"
#include "delivery/moderation.h"
#include "delivery/replysender.h"
#include "jobs/accountjob.h"
#include "platforms/registry/platformregistry.h"
#include "storage/inboxrepository.h"
#include "storage/workspacerepository.h"

#include <QLocale>

namespace vigie {
namespace ui {

using namespace platforms;

InboxDelivery::InboxDelivery(AppContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

void InboxDelivery::sendReply(Id messageId)
{
    if (!m_context.db || m_sending.contains(messageId))
        return;
    const auto reply = InboxRepository(*m_context.db).message(messageId);
    if (!reply) {
        ReplyDeliveryResult result;
        result.messageId = messageId;
        result.state = DeliveryState::Unknown;
        result.message = tr("This reply no longer exists.");
        QMetaObject::invokeMethod(
            this, [this, result] { emit replyFinished(result); }, Qt::QueuedConnection);
        return;
    }
    m_sending.insert(messageId);
    const Clock *clock = m_context.clock;
    // Runs in the worker thread: only its own store connection and the adapter.
    AccountWork work = [messageId, clock](Adapter &adapter, Database &db, const Account &) {
        const auto sent = ReplySender(db, *clock).send(messageId, adapter);
        AccountJobResult result;
        result.outcome = sent.outcome;
        result.value = sent.value.url;
        return result;
    };
    const Id threadId = reply->threadId;
    runAccountJob(m_context, reply->accountId, std::move(work), this,
                  [this, messageId, threadId](const AccountJobResult &job) {
                      m_sending.remove(messageId);
                      ReplyDeliveryResult result;
                      result.threadId = threadId;
                      result.messageId = messageId;
                      if (!job.error.isEmpty()) {
                          result.state = DeliveryState::Queued;
                          result.message = tr("Reply saved but not sent: %1").arg(job.error);
                      } else if (job.outcome.ok()) {
                          result.state = DeliveryState::Sent;
                          result.message = tr("Reply sent.");
                          result.url = job.value.toString();
                      } else if (job.outcome.kind == OutcomeKind::Unconfirmed) {
                          result.state = DeliveryState::Unconfirmed;
                          result.message = job.outcome.describe();
                      } else {
                          result.state = DeliveryState::Failed;
                          result.message = tr("Reply not sent. %1").arg(job.outcome.describe());
                      }
                      emit replyFinished(result);
                  });
}

AccountSyncResult InboxDelivery::skipped(const Account &account, const QString &why) const
{
    AccountSyncResult result;
    result.accountId = account.id;
    result.handle = account.handle;
    result.message = why;
    return result;
}

QList<Account> InboxDelivery::syncableAccounts(QList<AccountSyncResult> *skippedAccounts) const
{
    QList<Account> accounts;
    if (!m_context.db)
        return accounts;
    const QDateTime now = m_context.clock->now();
    for (const Account &account : WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id)) {
        if (!hasAdapter(account.network))
            continue; // nothing Vigie can read there (yet)
        switch (account.status) {
        case AccountStatus::NeedsReconnect:
        case AccountStatus::Disconnected:
            if (skippedAccounts)
                *skippedAccounts << skipped(account,
                                            tr("not synced: it needs reconnecting in Tools › Accounts"));
            continue;
        case AccountStatus::RateLimited:
            if (account.rateLimitedUntil.isValid() && account.rateLimitedUntil > now) {
                if (skippedAccounts) {
                    AccountSyncResult result = skipped(
                        account, tr("not synced: the network asked to wait until %1")
                                     .arg(QLocale().toString(account.rateLimitedUntil.toLocalTime().time(),
                                                             QLocale::ShortFormat)));
                    result.rateLimitedUntil = account.rateLimitedUntil;
                    *skippedAccounts << result;
                }
                continue;
            }
            break;
        default:
            break;
        }
        accounts << account;
    }
    return accounts;
}

int InboxDelivery::syncAll()
{
    QSet<Id> every;
    if (m_context.db) {
        for (const Account &account : WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id))
            every.insert(account.id);
    }
    return syncAccounts(every, false);
}

int InboxDelivery::syncAccounts(const QSet<Id> &accountIds, bool automatic)
{
    if (isSyncing() || !m_context.db)
        return 0;
    m_results.clear();
    m_automatic = automatic;
    QList<AccountSyncResult> skippedAccounts;
    for (const Account &account : syncableAccounts(&skippedAccounts)) {
        if (accountIds.contains(account.id))
            m_queue << account;
    }
    for (const AccountSyncResult &result : std::as_const(skippedAccounts)) {
        if (accountIds.contains(result.accountId))
            m_results << result;
    }
    m_total = int(m_queue.size());
    m_classifier = std::make_shared<std::optional<classify::Classifier>>();
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, automatic] { emit syncFinished(m_results, automatic); }, Qt::QueuedConnection);
        return 0;
    }
    syncNext();
    return m_total;
}

void InboxDelivery::syncNext()
{
    if (m_queue.isEmpty()) {
        m_syncing = false;
        m_classifier.reset();
        emit syncFinished(m_results, m_automatic);
        return;
    }
    m_syncing = true;
    const Account account = m_queue.takeFirst();
    const Clock *clock = m_context.clock;
    const Id workspaceId = m_context.workspace.id;
    // Runs in the worker thread: only its own store connection, the adapter and the round's
    // classifier (built here by the round's first job: reading the products is store work).
    AccountWork work = [clock, workspaceId, classifier = m_classifier](Adapter &adapter, Database &db,
                                                                       const Account &current) {
        if (!classifier->has_value())
            classifier->emplace(workspaceClassifier(db, workspaceId));
        const classify::Classifier *flagger = &**classifier;
        const SyncReport report = syncAccountInbox(db, *clock, current, adapter, flagger);
        AccountJobResult result;
        result.outcome = report.outcome;
        result.value = QVariantMap{{QStringLiteral("inserted"), report.inserted},
                                   {QStringLiteral("storeError"), report.storeError}};
        return result;
    };
    runAccountJob(m_context, account.id, std::move(work), this, [this, account](const AccountJobResult &job) {
        AccountSyncResult result;
        result.accountId = account.id;
        result.handle = account.handle;
        result.attempted = true;
        const QVariantMap value = job.value.toMap();
        result.inserted = value.value(QStringLiteral("inserted")).toInt();
        const QString storeError = value.value(QStringLiteral("storeError")).toString();
        if (!job.error.isEmpty()) {
            result.message = job.error;
        } else if (!storeError.isEmpty()) {
            result.message = tr("what was read could not be saved: %1").arg(storeError);
        } else if (!job.outcome.ok()) {
            // Pages stored before the problem stay; the next sync resumes after them.
            result.message =
                result.inserted > 0
                    ? tr("%n new message(s), then: %1", nullptr, result.inserted).arg(job.outcome.describe())
                    : job.outcome.describe();
        } else {
            result.ok = true;
            result.message = tr("%n new message(s)", nullptr, result.inserted);
        }
        if (m_context.db) {
            // The job stored what the network said about waiting; the automatic sync respects it.
            if (const auto after = WorkspaceRepository(*m_context.db).account(account.id))
                result.rateLimitedUntil = after->rateLimitedUntil;
        }
        if (job.outcome.retryAt.isValid() && job.outcome.retryAt > result.rateLimitedUntil)
            result.rateLimitedUntil = job.outcome.retryAt;
        m_results << result;
        emit syncProgress(m_total - int(m_queue.size()), m_total);
        syncNext();
    });
}

void InboxDelivery::moderate(Id messageId, Moderation action)
{
    if (!m_context.db)
        return;
    const auto message = InboxRepository(*m_context.db).message(messageId);
    if (!message) {
        ModerationResult result;
        result.messageId = messageId;
        result.message = tr("This message no longer exists.");
        QMetaObject::invokeMethod(
            this, [this, result] { emit moderationFinished(result); }, Qt::QueuedConnection);
        return;
    }
    const Clock *clock = m_context.clock;
    const QString actor = m_context.actor;
    // Runs in the worker thread: the network call, then the mark on the message and its audit entry.
    AccountWork work = [messageId, action, clock, actor](Adapter &adapter, Database &db, const Account &) {
        MessageModeration moderation(db, *clock);
        const Status status = action == Moderation::Hide ? moderation.hide(messageId, adapter, actor)
                                                         : moderation.remove(messageId, adapter, actor);
        AccountJobResult result;
        result.value = status ? QString() : status.error();
        return result;
    };
    const Id threadId = message->threadId;
    runAccountJob(m_context, message->accountId, std::move(work), this,
                  [this, messageId, threadId, action](const AccountJobResult &job) {
                      ModerationResult result;
                      result.threadId = threadId;
                      result.messageId = messageId;
                      const QString problem = !job.error.isEmpty() ? job.error : job.value.toString();
                      result.ok = problem.isEmpty();
                      if (result.ok)
                          result.message =
                              action == Moderation::Hide
                                  ? tr("The message is hidden on the network. The team still sees it here.")
                                  : tr("The reply is deleted from the network. The team still sees it here.");
                      else
                          result.message = action == Moderation::Hide ? tr("Not hidden: %1").arg(problem)
                                                                      : tr("Not deleted: %1").arg(problem);
                      emit moderationFinished(result);
                  });
}

QString syncSummary(const QList<AccountSyncResult> &results)
{
    if (results.isEmpty())
        return InboxDelivery::tr("No account to sync. Connect one in Tools › Accounts.");
    QStringList parts;
    for (const AccountSyncResult &result : results)
        parts << InboxDelivery::tr("%1: %2").arg(result.handle, result.message);
    return InboxDelivery::tr("Sync finished. %1")
        .arg(parts.join(InboxDelivery::tr("; ", "between the results of two accounts")));
}

} // namespace ui
} // namespace vigie
