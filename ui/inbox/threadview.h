#pragma once

#include "core/clock.h"
#include "storage/inboxrepository.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QAbstractItemModel;

namespace vigie {
namespace ui {

class ConversationSidebar;
class MessageBubbleDelegate;

// One open conversation: who and where, its messages as bubbles, the status and read actions,
// the reply box with saved replies, hide/delete on a selected message where the network allows,
// and beside it the sidebar (assignee, tags, internal notes). It only shows and asks: the pane
// carries requests out through the inbox controller and tells it what happened.
class ThreadView : public QWidget
{
    Q_OBJECT

public:
    // How a line under the reply box reads: waiting (amber), done (green), a problem (red).
    enum class NoticeKind { Pending, Success, Error };

    ThreadView(const Clock &clock, QTimeZone zone, QWidget *parent = nullptr);

    void setMessagesModel(QAbstractItemModel *model);
    ConversationSidebar *sidebar() const { return m_sidebar; }
    // What the conversation's network lets the team do to a message.
    void setModerationCapabilities(bool canHide, bool canDelete);
    // Words to mark in the bubbles (the search the conversation was opened from); empty = none.
    void setSearchTerms(const QStringList &terms);
    // Scrolls to a message and selects it; false when it is not in the conversation.
    bool scrollToMessage(Id messageId);
    Id selectedMessageId() const;
    // Inserts text at the cursor of the reply box (a saved reply); problems (placeholders left
    // to replace) are said under the box.
    void insertReplyText(const QString &text, const QString &problems);
    void focusReplyBox();
    bool replyBoxHasFocus() const;
    void setBrandNames(const QHash<Id, QString> &names) { m_brandNames = names; }
    // Shows row's header and actions. A different conversation keeps the draft of the one left.
    void setConversation(const ConversationRow &row);
    Id threadId() const { return m_row.threadId; }

    // After the reply was stored: clears the box and says what happens next.
    void replyAccepted(const QString &notice);
    void showError(const QString &message);
    // What the network did with a reply: the words, its link once sent, and a Retry button when
    // retryMessageId is set (a reply that failed or could not be tried).
    void showReplyOutcome(const QString &text, NoticeKind kind, const QString &url = {},
                          Id retryMessageId = 0);
    QString noticeText() const;
    void scrollToLatest();

signals:
    void statusChangeRequested(vigie::Id threadId, vigie::ThreadStatus status);
    void markUnreadRequested(vigie::Id threadId);
    void replyRequested(vigie::Id threadId, const QString &text);
    // Send this reply again (the Retry button, or "Retry" on a failed bubble).
    void retryRequested(vigie::Id messageId);
    void hideMessageRequested(vigie::Id messageId);
    void deleteMessageRequested(vigie::Id messageId);
    // The saved-reply picker (the button; the pane gives it Ctrl+Shift+R).
    void savedRepliesRequested();
    // Open the pharmacovigilance case of a flagged message in the triage queue.
    void openCaseRequested(vigie::Id messageId);
    // Esc in the reply box: the person is done typing.
    void replyBoxLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestReply();
    void updateHeader();
    void updateMessageActions();
    void showMessageMenu(const QPoint &pos);
    Id latestFlaggedMessage() const;
    void showNotice(const QString &text, NoticeKind kind, const QString &url = {});

    ConversationRow m_row;
    QHash<Id, QString> m_brandNames;
    QHash<Id, QString> m_drafts; // unsent replies, per conversation
    QLabel *m_networkIcon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_adverseBanner;
    QPushButton *m_openCase;
    ConversationSidebar *m_sidebar;
    MessageBubbleDelegate *m_bubbles;
    QPushButton *m_hideMessage;
    QPushButton *m_deleteMessage;
    QPushButton *m_savedReplies;
    bool m_canHide = false;
    bool m_canDelete = false;
    QPushButton *m_markDone;
    QPushButton *m_markPending;
    QPushButton *m_reopen;
    QPushButton *m_markUnread;
    QListView *m_messages;
    QPlainTextEdit *m_replyEdit;
    QPushButton *m_replyButton;
    QLabel *m_notice;
    QPushButton *m_retry;
    Id m_retryMessageId = 0;
};

} // namespace ui
} // namespace vigie
