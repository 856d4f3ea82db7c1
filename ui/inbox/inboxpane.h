#pragma once

#include "storage/inboxrepository.h"
#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace vigie {
class ConversationListModel;
class InboxController;
class MessageSearchModel;
class ThreadMessagesModel;
} // namespace vigie

namespace vigie {
namespace ui {

class ConversationListView;
class InboxAutoSync;
class InboxDelivery;
class InboxFilterBar;
class ThreadView;
struct AccountSyncResult;
struct ModerationResult;
struct ReplyDeliveryResult;

// The unified inbox: a search field, filters, the conversation list (paged from the store as the
// user scrolls) or the messages a search found, and the open conversation with its reply box,
// saved replies and the team's sidebar (assignee, tags, notes). A reply is stored as queued, then
// sent through its account in the background; every connected account is synced every few
// minutes and on "Sync now" (F5). Keyboard: j/k move, e marks done, r replies, / searches, Esc
// leaves the search or the reply box — the letters only while no text field has the keyboard.
class InboxPane : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPane(AppContext context, QWidget *parent = nullptr);

    ConversationListModel *conversations() const { return m_conversations; }
    ThreadMessagesModel *messages() const { return m_messages; }
    MessageSearchModel *searchResults() const { return m_search; }
    InboxDelivery *delivery() const { return m_delivery; }
    InboxAutoSync *autoSync() const { return m_autoSync; }
    InboxFilterBar *filterBar() const { return m_filterBar; }
    // The line that says what the last sync (or a reply sent elsewhere) did; empty when none.
    QString syncStatusText() const;
    // The conversation open on the right; 0 when none.
    Id openThreadId() const;
    bool isSearching() const;

public slots:
    // Reads accounts, brands, members, tags and the first page of conversations again.
    void reload();
    // Reads every connected account of the workspace, one job each, without blocking.
    void syncNow();
    // Runs the search typed now (without waiting for the typing pause).
    void runSearch();
    // Opens a conversation (from the triage queue), selected in the list when it is loaded there.
    void showThread(vigie::Id threadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // "Open the case" on a flagged message: the window shows it in the triage queue.
    void openCaseRequested(vigie::Id messageId);

private:
    void applyFilter();
    void openConversation(const QModelIndex &index);
    void openSearchHit(const QModelIndex &index);
    void showConversation(const ConversationRow &row);
    void closeConversation();
    void onThreadChanged(Id threadId);
    void refreshSidebar();
    void updateEmptyState();
    void onReplyQueued(Id threadId, Id messageId);
    void onReplyFinished(const ReplyDeliveryResult &result);
    void onSyncFinished(const QList<AccountSyncResult> &results, bool automatic);
    void onModerationFinished(const ModerationResult &result);
    void moderate(Id messageId, bool hide);
    void insertSavedReply();
    void showSyncStatus(const QString &text, bool isError);
    void setupShortcuts();
    // j/k: the next or previous row of whichever list is shown.
    void moveSelection(int step);
    void markDoneAndMoveOn();
    void leaveSearch();
    QString emptyFilterText(bool searching) const;

    AppContext m_context;
    ConversationListModel *m_conversations = nullptr;
    ThreadMessagesModel *m_messages = nullptr;
    MessageSearchModel *m_search = nullptr;
    InboxController *m_controller = nullptr;
    InboxDelivery *m_delivery = nullptr;
    InboxAutoSync *m_autoSync = nullptr;
    bool m_hasAccounts = false;

    QLineEdit *m_searchEdit;
    QLabel *m_searchError;
    QTimer *m_searchDebounce;
    InboxFilterBar *m_filterBar;
    QPushButton *m_syncButton;
    QLabel *m_syncStatus;
    QStackedWidget *m_listStack;
    ConversationListView *m_list;
    QListView *m_searchList;
    QLabel *m_emptyLabel;
    QPushButton *m_clearFilters;
    QStackedWidget *m_detailStack;
    QLabel *m_noSelection;
    ThreadView *m_thread;
};

} // namespace ui
} // namespace vigie
