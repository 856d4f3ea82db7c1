#include "ui/inbox/inboxdelivery.h"

#include "delivery/inboxsync.h"
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

int InboxDelivery::syncAll()
{
    if (isSyncing() || !m_context.db)
        return 0;
    m_results.clear();
    const QDateTime now = m_context.clock->now();
    for (const Account &account : WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id)) {
        if (!hasAdapter(account.network))
            continue; // nothing Vigie can read there (yet)
        switch (account.status) {
        case AccountStatus::NeedsReconnect:
        case AccountStatus::Disconnected:
            m_results << skipped(account, tr("not synced: it needs reconnecting in Tools › Accounts"));
            continue;
        case AccountStatus::RateLimited:
            if (account.rateLimitedUntil.isValid() && account.rateLimitedUntil > now) {
                m_results << skipped(
                    account, tr("not synced: the network asked to wait until %1")
                                 .arg(QLocale().toString(account.rateLimitedUntil.toLocalTime().time(),
                                                         QLocale::ShortFormat)));
                continue;
            }
            break;
        default:
            break;
        }
        m_queue << account;
    }
    m_total = int(m_queue.size());
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit syncFinished(m_results); }, Qt::QueuedConnection);
        return 0;
    }
    syncNext();
    return m_total;
}

void InboxDelivery::syncNext()
{
    if (m_queue.isEmpty()) {
        m_syncing = false;
        emit syncFinished(m_results);
        return;
    }
    m_syncing = true;
    const Account account = m_queue.takeFirst();
    const Clock *clock = m_context.clock;
    // Runs in the worker thread: only its own store connection and the adapter.
    AccountWork work = [clock](Adapter &adapter, Database &db, const Account &current) {
        const SyncReport report = InboxSync(db, *clock).syncAccount(current, adapter);
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
        m_results << result;
        emit syncProgress(m_total - int(m_queue.size()), m_total);
        syncNext();
    });
}

QString syncSummary(const QList<AccountSyncResult> &results)
{
    if (results.isEmpty())
        return InboxDelivery::tr("No account to sync. Connect one in Tools › Accounts.");
    QStringList parts;
    for (const AccountSyncResult &result : results)
        parts << InboxDelivery::tr("%1: %2").arg(result.handle, result.message);
    return InboxDelivery::tr("Sync finished. %1").arg(parts.join(InboxDelivery::tr("; ", "between the results of two accounts")));
}

} // namespace ui
} // namespace vigie
