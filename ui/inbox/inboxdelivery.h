#pragma once

#include "core/types.h"
#include "inbox/threadmessagesmodel.h"
#include "ui/appcontext.h"

#include <QObject>
#include <QSet>

namespace vigie {
namespace ui {

// What became of sending one reply.
struct ReplyDeliveryResult
{
    Id threadId = 0;
    Id messageId = 0;
    DeliveryState state = DeliveryState::Queued; // Queued when it could not even be tried
    QString message;                             // in words, with what to do
    QString url;                                 // the reply on the network, once sent
    bool canRetry() const { return state == DeliveryState::Failed || state == DeliveryState::Queued; }
};

// What one account's sync brought.
struct AccountSyncResult
{
    Id accountId = 0;
    QString handle;
    bool ok = false;
    int inserted = 0; // new messages in the inbox
    QString message;  // in words: "3 new messages", or the problem and what to do
};

// Takes the inbox to the networks without freezing the window: sends queued replies through
// their account's adapter (ReplySender) and syncs every connected account (InboxSync), each as an
// account job (network and store work in a worker thread). Syncs run one account after the
// other so two writers never fight over the store.
class InboxDelivery : public QObject
{
    Q_OBJECT

public:
    explicit InboxDelivery(AppContext context, QObject *parent = nullptr);

    // Sends a queued (or failed) reply; the outcome comes as replyFinished.
    void sendReply(Id messageId);
    bool isSending(Id messageId) const { return m_sending.contains(messageId); }

    // Syncs every account of the workspace a sync can read; returns how many will be synced
    // (0 when a sync is already running or none is connected). Accounts that need attention are
    // reported in syncFinished without a network call.
    int syncAll();
    bool isSyncing() const { return !m_queue.isEmpty() || m_syncing; }

signals:
    void replyFinished(const vigie::ui::ReplyDeliveryResult &result);
    void syncProgress(int done, int total);
    void syncFinished(const QList<vigie::ui::AccountSyncResult> &results);

private:
    void syncNext();
    AccountSyncResult skipped(const Account &account, const QString &why) const;

    AppContext m_context;
    QSet<Id> m_sending;
    QList<Account> m_queue;
    QList<AccountSyncResult> m_results;
    int m_total = 0;
    bool m_syncing = false;
};

// "Synced 2 accounts: @a 3 new messages; @b: …", for the inbox's status line.
QString syncSummary(const QList<AccountSyncResult> &results);

} // namespace ui
} // namespace vigie

Q_DECLARE_METATYPE(vigie::ui::ReplyDeliveryResult)
Q_DECLARE_METATYPE(vigie::ui::AccountSyncResult)
