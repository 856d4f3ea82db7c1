#pragma once

#include "classify/classifier.h"
#include "core/types.h"
#include "inbox/threadmessagesmodel.h"
#include "ui/appcontext.h"

#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

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
    int inserted = 0;           // new messages in the inbox
    QString message;            // in words: "3 new messages", or the problem and what to do
    bool attempted = false;     // false when the account was skipped without a network call
    QDateTime rateLimitedUntil; // when the network allows the account's next request (invalid = now)
};

// What became of hiding or deleting one message on its network.
struct ModerationResult
{
    Id threadId = 0;
    Id messageId = 0;
    bool ok = false;
    QString message; // in words
};

// Takes the inbox to the networks without freezing the window: sends queued replies through
// their account's adapter (ReplySender), hides or deletes messages (MessageModeration) and syncs
// every connected account (InboxSync for notifications, DirectMessageSync for direct messages),
// each as an account job (network and store work in a worker thread). Syncs run one account after
// the other so two writers never fight over the store; the classifier that flags adverse events
// is built once per round, in the worker, from the workspace's products.
class InboxDelivery : public QObject
{
    Q_OBJECT

public:
    explicit InboxDelivery(AppContext context, QObject *parent = nullptr);

    // Sends a queued (or failed) reply; the outcome comes as replyFinished.
    void sendReply(Id messageId);
    bool isSending(Id messageId) const { return m_sending.contains(messageId); }

    // Hides (someone's comment) or deletes (our own reply) a message on its network; the
    // outcome comes as moderationFinished.
    enum class Moderation { Hide, Delete };
    void moderate(Id messageId, Moderation action);

    // Syncs every account of the workspace a sync can read; returns how many will be synced
    // (0 when a sync is already running or none is connected). Accounts that need attention are
    // reported in syncFinished without a network call.
    int syncAll();
    // The same for some accounts only (the automatic sync's due ones); automatic says so in
    // syncFinished.
    int syncAccounts(const QSet<Id> &accountIds, bool automatic);
    bool isSyncing() const { return !m_queue.isEmpty() || m_syncing; }
    // Accounts a sync can read now; the others get a line in skipped.
    QList<Account> syncableAccounts(QList<AccountSyncResult> *skipped) const;

signals:
    void replyFinished(const vigie::ui::ReplyDeliveryResult &result);
    void syncProgress(int done, int total);
    void syncFinished(const QList<vigie::ui::AccountSyncResult> &results, bool automatic);
    void moderationFinished(const vigie::ui::ModerationResult &result);

private:
    void syncNext();
    AccountSyncResult skipped(const Account &account, const QString &why) const;

    AppContext m_context;
    QSet<Id> m_sending;
    QList<Account> m_queue;
    QList<AccountSyncResult> m_results;
    int m_total = 0;
    bool m_syncing = false;
    bool m_automatic = false;
    // The round's classifier, built by the first job's worker and shared by the next ones (jobs
    // of a round run one after the other, never together).
    std::shared_ptr<std::optional<classify::Classifier>> m_classifier;
};

// "Synced 2 accounts: @a 3 new messages; @b: …", for the inbox's status line.
QString syncSummary(const QList<AccountSyncResult> &results);

} // namespace ui
} // namespace vigie

Q_DECLARE_METATYPE(vigie::ui::ReplyDeliveryResult)
Q_DECLARE_METATYPE(vigie::ui::AccountSyncResult)
Q_DECLARE_METATYPE(vigie::ui::ModerationResult)
