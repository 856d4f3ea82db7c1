#pragma once

#include "core/clock.h"
#include "storage/inboxrepository.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QAbstractItemModel;

namespace vigie {
namespace ui {

// One open conversation: who and where, its messages as bubbles, the status and read actions,
// and the reply box. It only shows and asks: the pane carries requests out through the
// inbox controller and tells it what happened.
class ThreadView : public QWidget
{
    Q_OBJECT

public:
    // How a line under the reply box reads: waiting (amber), done (green), a problem (red).
    enum class NoticeKind { Pending, Success, Error };

    ThreadView(const Clock &clock, QTimeZone zone, QWidget *parent = nullptr);

    void setMessagesModel(QAbstractItemModel *model);
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestReply();
    void updateHeader();
    void showNotice(const QString &text, NoticeKind kind, const QString &url = {});

    ConversationRow m_row;
    QHash<Id, QString> m_brandNames;
    QHash<Id, QString> m_drafts; // unsent replies, per conversation
    QLabel *m_networkIcon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_adverseBanner;
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
