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
class InboxFilterBar;
class ThreadView;

// The unified inbox: filters, the conversation list (paged from the store as the user
// scrolls) and the open conversation with its reply box.
class InboxPane : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPane(AppContext context, QWidget *parent = nullptr);

    ConversationListModel *conversations() const { return m_conversations; }
    ThreadMessagesModel *messages() const { return m_messages; }

public slots:
    // Reads accounts, brands and the first page of conversations again.
    void reload();

private:
    void applyFilter();
    void openConversation(const QModelIndex &index);
    void closeConversation();
    void onThreadChanged(Id threadId);
    void updateEmptyState();

    AppContext m_context;
    ConversationListModel *m_conversations = nullptr;
    ThreadMessagesModel *m_messages = nullptr;
    InboxController *m_controller = nullptr;
    bool m_hasAccounts = false;

    InboxFilterBar *m_filterBar;
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
