#pragma once

#include "storage/inboxrepository.h"
#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace vigie {
class ConversationListModel;
class InboxController;
class ThreadMessagesModel;
} // namespace vigie

namespace vigie {
namespace ui {

class ConversationListView;
class InboxDelivery;
class InboxFilterBar;
class ThreadView;
struct AccountSyncResult;
struct ReplyDeliveryResult;

// The unified inbox: filters, the conversation list (paged from the store as the user
// scrolls) and the open conversation with its reply box. A reply is stored as queued, then
// sent through its account in the background; "Sync now" (F5) reads every connected account.
class InboxPane : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPane(AppContext context, QWidget *parent = nullptr);

    ConversationListModel *conversations() const { return m_conversations; }
    ThreadMessagesModel *messages() const { return m_messages; }
    InboxDelivery *delivery() const { return m_delivery; }
    // The line that says what the last sync (or a reply sent elsewhere) did; empty when none.
    QString syncStatusText() const;

public slots:
    // Reads accounts, brands and the first page of conversations again.
    void reload();
    // Reads every connected account of the workspace, one job each, without blocking.
    void syncNow();

private:
    void applyFilter();
    void openConversation(const QModelIndex &index);
    void closeConversation();
    void onThreadChanged(Id threadId);
    void updateEmptyState();
    void onReplyQueued(Id threadId, Id messageId);
    void onReplyFinished(const ReplyDeliveryResult &result);
    void onSyncFinished(const QList<AccountSyncResult> &results);
    void showSyncStatus(const QString &text, bool isError);

    AppContext m_context;
    ConversationListModel *m_conversations = nullptr;
    ThreadMessagesModel *m_messages = nullptr;
    InboxController *m_controller = nullptr;
    InboxDelivery *m_delivery = nullptr;
    bool m_hasAccounts = false;

    InboxFilterBar *m_filterBar;
    QPushButton *m_syncButton;
    QLabel *m_syncStatus;
    QStackedWidget *m_listStack;
    ConversationListView *m_list;
    QLabel *m_emptyLabel;
    QPushButton *m_clearFilters;
    QStackedWidget *m_detailStack;
    QLabel *m_noSelection;
    ThreadView *m_thread;
};

} // namespace ui
} // namespace vigie
