#include "ui/inbox/threadview.h"

#include "inbox/threadmessagesmodel.h"
#include "ui/inbox/conversationsidebar.h"
#include "ui/inbox/messagebubbledelegate.h"
#include "ui/widgets/networkicon.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

ThreadView::ThreadView(const Clock &clock, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
{
    m_networkIcon = new QLabel;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("threadTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("threadSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    m_markDone = new QPushButton(tr("Mark done"));
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_markDone->setToolTip(tr("Nothing left to do here; the next conversation opens (E)"));
    m_markPending = new QPushButton(tr("Mark pending"));
    m_markPending->setObjectName(QStringLiteral("markPendingButton"));
    m_markPending->setToolTip(tr("Waiting for someone else (a colleague, the safety department)"));
    m_reopen = new QPushButton(tr("Reopen"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_markUnread = new QPushButton(tr("Mark unread"));
    m_markUnread->setObjectName(QStringLiteral("markUnreadButton"));
    connect(m_markDone, &QPushButton::clicked, this,
            [this] { emit statusChangeRequested(m_row.threadId, ThreadStatus::Done); });
    connect(m_markPending, &QPushButton::clicked, this,
            [this] { emit statusChangeRequested(m_row.threadId, ThreadStatus::Pending); });
    connect(m_reopen, &QPushButton::clicked, this,
            [this] { emit statusChangeRequested(m_row.threadId, ThreadStatus::Open); });
    connect(m_markUnread, &QPushButton::clicked, this, [this] { emit markUnreadRequested(m_row.threadId); });

    auto *bannerText =
        new QLabel(tr("A message here may describe an adverse event. It is in the pharmacovigilance queue: "
                      "read it carefully and report it if it does."));
    bannerText->setObjectName(QStringLiteral("adverseEventBannerText"));
    bannerText->setWordWrap(true);
    m_openCase = new QPushButton(tr("Open the case"));
    m_openCase->setObjectName(QStringLiteral("openCaseButton"));
    m_openCase->setToolTip(tr("Open the newest flagged message's case in the triage queue"));
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (const Id id = latestFlaggedMessage(); id > 0)
            emit openCaseRequested(id);
    });
    m_adverseBanner = new QWidget;
    m_adverseBanner->setObjectName(QStringLiteral("adverseEventBanner"));
    m_adverseBanner->setAttribute(Qt::WA_StyledBackground);
    m_adverseBanner->setStyleSheet(
        QStringLiteral("QWidget#adverseEventBanner { background: #fdecea; border: 1px solid #f5c2c0; "
                       "border-radius: 4px; } QLabel { color: #8a1c1c; }"));
    auto *bannerLayout = new QHBoxLayout(m_adverseBanner);
    bannerLayout->setContentsMargins(8, 4, 6, 4);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(m_openCase, 0, Qt::AlignVCenter);

    m_messages = new QListView;
    m_messages->setObjectName(QStringLiteral("threadMessages"));
    m_bubbles = new MessageBubbleDelegate(clock, zone, m_messages);
    m_messages->setItemDelegate(m_bubbles);
    connect(m_bubbles, &MessageBubbleDelegate::retryRequested, this, &ThreadView::retryRequested);
    connect(m_bubbles, &MessageBubbleDelegate::openCaseRequested, this, &ThreadView::openCaseRequested);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection); // hide/delete act on the selected one
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messages->setResizeMode(QListView::Adjust); // bubbles re-wrap when the pane is resized
    m_messages->setFrameShape(QFrame::NoFrame);
    m_messages->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messages, &QListView::customContextMenuRequested, this, &ThreadView::showMessageMenu);

    m_hideMessage = new QPushButton;
    m_hideMessage->setObjectName(QStringLiteral("hideMessageButton"));
    m_deleteMessage = new QPushButton;
    m_deleteMessage->setObjectName(QStringLiteral("deleteMessageButton"));
    connect(m_hideMessage, &QPushButton::clicked, this, [this] {
        if (const Id id = selectedMessageId(); id > 0)
            emit hideMessageRequested(id);
    });
    connect(m_deleteMessage, &QPushButton::clicked, this, [this] {
        if (const Id id = selectedMessageId(); id > 0)
            emit deleteMessageRequested(id);
    });

    m_replyEdit = new QPlainTextEdit;
    m_replyEdit->setObjectName(QStringLiteral("replyEdit"));
    m_replyEdit->setPlaceholderText(tr("Write a reply…"));
    m_replyEdit->setAccessibleName(tr("Reply"));
    m_replyEdit->setToolTip(tr("Reply (R); Ctrl+Return sends, Esc leaves the box"));
    m_replyEdit->setTabChangesFocus(true);
    m_replyEdit->setMaximumHeight(m_replyEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_replyEdit->installEventFilter(this);
    m_replyButton = new QPushButton(tr("Reply"));
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    m_replyButton->setToolTip(tr("Send the reply (Ctrl+Return)"));
    m_replyButton->setEnabled(false);
    m_savedReplies = new QPushButton(tr("Saved replies…"));
    m_savedReplies->setObjectName(QStringLiteral("savedRepliesButton"));
    m_savedReplies->setToolTip(tr("Insert a saved reply with the author's name filled in (Ctrl+Shift+R)"));
    connect(m_savedReplies, &QPushButton::clicked, this, &ThreadView::savedRepliesRequested);
    connect(m_replyEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_replyButton->setEnabled(!m_replyEdit->toPlainText().trimmed().isEmpty()); });
    connect(m_replyButton, &QPushButton::clicked, this, &ThreadView::requestReply);
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("replyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText); // text escaped; a sent reply's link is clickable
    m_notice->setOpenExternalLinks(true);
    m_notice->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_notice->hide();
    m_retry = new QPushButton(tr("Retry"));
    m_retry->setObjectName(QStringLiteral("retryReplyButton"));
    m_retry->setToolTip(tr("Send this reply again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_retryMessageId > 0)
            emit retryRequested(m_retryMessageId);
    });

    m_sidebar = new ConversationSidebar(zone);
    m_sidebar->setObjectName(QStringLiteral("conversationSidebar"));
    m_sidebar->setFixedWidth(270);

    auto *titleBlock = new QVBoxLayout;
    titleBlock->setSpacing(2);
    titleBlock->addWidget(m_title);
    titleBlock->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->addWidget(m_networkIcon, 0, Qt::AlignTop);
    header->addLayout(titleBlock, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_markDone, m_markPending, m_reopen, m_markUnread})
        actions->addWidget(button);
    actions->addStretch(1);
    auto *messageActions = new QHBoxLayout;
    messageActions->addStretch(1);
    messageActions->addWidget(m_hideMessage);
    messageActions->addWidget(m_deleteMessage);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_notice, 1);
    replyRow->addWidget(m_retry, 0, Qt::AlignRight | Qt::AlignTop);
    replyRow->addWidget(m_savedReplies, 0, Qt::AlignRight | Qt::AlignTop);
    replyRow->addWidget(m_replyButton, 0, Qt::AlignRight | Qt::AlignTop);

    auto *conversation = new QVBoxLayout;
    conversation->setContentsMargins(0, 0, 0, 0);
    conversation->addWidget(m_adverseBanner);
    conversation->addWidget(m_messages, 1);
    conversation->addLayout(messageActions);
    conversation->addWidget(m_replyEdit);
    conversation->addLayout(replyRow);
    auto *body = new QHBoxLayout;
    body->addLayout(conversation, 1);
    body->addWidget(m_sidebar);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addLayout(body, 1);
    updateMessageActions();
}

void ThreadView::setMessagesModel(QAbstractItemModel *model)
{
    m_messages->setModel(model);
    connect(m_messages->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ThreadView::updateMessageActions);
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadView::updateMessageActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &ThreadView::updateMessageActions);
}

void ThreadView::setModerationCapabilities(bool canHide, bool canDelete)
{
    m_canHide = canHide;
    m_canDelete = canDelete;
    updateMessageActions();
}

void ThreadView::setSearchTerms(const QStringList &terms)
{
    m_bubbles->setSearchTerms(terms);
    m_messages->viewport()->update();
}

void ThreadView::setConversation(const ConversationRow &row)
{
    if (row.threadId != m_row.threadId) {
        if (m_row.threadId > 0)
            m_drafts.insert(m_row.threadId, m_replyEdit->toPlainText());
        m_replyEdit->setPlainText(m_drafts.take(row.threadId));
        m_notice->hide();
        m_retry->hide();
        m_retryMessageId = 0;
    }
    m_row = row;
    m_bubbles->setNetwork(row.network);
    updateHeader();
    updateMessageActions();
}

void ThreadView::updateHeader()
{
    m_networkIcon->setPixmap(networkIcon(m_row.network).pixmap(32, 32));
    m_title->setText(tr("%1 on %2").arg(m_row.accountHandle, networkDisplayName(m_row.network)));
    QStringList details;
    if (const QString brand = m_brandNames.value(m_row.brandId); !brand.isEmpty())
        details << brand;
    details << threadStatusDisplayName(m_row.status) << tr("%n message(s)", nullptr, m_row.messageCount);
    if (!m_row.assignee.isEmpty())
        details << tr("assigned to %1").arg(m_row.assignee);
    m_subtitle->setText(details.join(QStringLiteral(" · ")));
    m_adverseBanner->setVisible(m_row.adverseEvent);
    m_markDone->setVisible(m_row.status != ThreadStatus::Done);
    m_markPending->setVisible(m_row.status != ThreadStatus::Pending);
    m_reopen->setVisible(m_row.status != ThreadStatus::Open);
    m_markUnread->setEnabled(m_row.read);
}

Id ThreadView::selectedMessageId() const
{
    const QModelIndex current = m_messages->currentIndex();
    return current.isValid() ? current.data(ThreadMessagesModel::MessageIdRole).toLongLong() : 0;
}

Id ThreadView::latestFlaggedMessage() const
{
    const QAbstractItemModel *model = m_messages->model();
    for (int row = model ? model->rowCount() - 1 : -1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ThreadMessagesModel::AdverseEventRole).toBool())
            return index.data(ThreadMessagesModel::MessageIdRole).toLongLong();
    }
    return 0;
}

void ThreadView::updateMessageActions()
{
    const QModelIndex current = m_messages->currentIndex();
    const QString network = networkDisplayName(m_row.network);
    m_hideMessage->setText(tr("Hide on %1").arg(network));
    m_hideMessage->setToolTip(
        tr("Hide the selected comment on %1; the team still sees it here").arg(network));
    m_deleteMessage->setText(tr("Delete on %1").arg(network));
    m_deleteMessage->setToolTip(
        tr("Delete the selected reply of ours on %1; the team still sees it here").arg(network));
    const bool outgoing = current.isValid() && current.data(ThreadMessagesModel::OutgoingRole).toBool();
    const QString moderation = current.data(ThreadMessagesModel::ModerationRole).toString();
    const bool sent =
        current.isValid() &&
        static_cast<DeliveryState>(current.data(ThreadMessagesModel::DeliveryStateRole).toInt()) ==
            DeliveryState::Sent;
    // Hiding is for what others wrote; deleting for what we sent (networks delete only one's own).
    m_hideMessage->setVisible(m_canHide && current.isValid() && !outgoing && moderation.isEmpty());
    m_deleteMessage->setVisible(m_canDelete && outgoing && sent && moderation != QLatin1String("deleted"));
}

void ThreadView::showMessageMenu(const QPoint &pos)
{
    const QModelIndex index = m_messages->indexAt(pos);
    if (!index.isValid())
        return;
    m_messages->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("messageMenu"));
    if (m_hideMessage->isVisible())
        menu.addAction(m_hideMessage->text(), this, [this] { m_hideMessage->click(); });
    if (m_deleteMessage->isVisible())
        menu.addAction(m_deleteMessage->text(), this, [this] { m_deleteMessage->click(); });
    if (index.data(ThreadMessagesModel::AdverseEventRole).toBool()) {
        const Id id = index.data(ThreadMessagesModel::MessageIdRole).toLongLong();
        menu.addAction(MessageBubbleDelegate::openCaseLinkText(), this,
                       [this, id] { emit openCaseRequested(id); });
    }
    if (!menu.isEmpty())
        menu.exec(m_messages->viewport()->mapToGlobal(pos));
}

bool ThreadView::scrollToMessage(Id messageId)
{
    const QAbstractItemModel *model = m_messages->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ThreadMessagesModel::MessageIdRole).toLongLong() == messageId) {
            m_messages->setCurrentIndex(index);
            m_messages->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void ThreadView::insertReplyText(const QString &text, const QString &problems)
{
    m_replyEdit->insertPlainText(text);
    m_replyEdit->setFocus();
    if (problems.isEmpty())
        m_notice->hide();
    else
        showNotice(problems, NoticeKind::Pending);
}

void ThreadView::focusReplyBox()
{
    m_replyEdit->setFocus();
}

bool ThreadView::replyBoxHasFocus() const
{
    return m_replyEdit->hasFocus();
}

void ThreadView::requestReply()
{
    const QString text = m_replyEdit->toPlainText();
    if (text.trimmed().isEmpty() || m_row.threadId <= 0)
        return;
    emit replyRequested(m_row.threadId, text);
}

void ThreadView::replyAccepted(const QString &notice)
{
    m_replyEdit->clear();
    m_drafts.remove(m_row.threadId);
    showNotice(notice, NoticeKind::Pending);
    scrollToLatest();
}

void ThreadView::showError(const QString &message)
{
    showNotice(message, NoticeKind::Error);
}

void ThreadView::showReplyOutcome(const QString &text, NoticeKind kind, const QString &url, Id retryMessageId)
{
    showNotice(text, kind, url);
    m_retryMessageId = retryMessageId;
    m_retry->setVisible(retryMessageId > 0);
}

QString ThreadView::noticeText() const
{
    return m_notice->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_notice->text()).toPlainText();
}

void ThreadView::showNotice(const QString &text, NoticeKind kind, const QString &url)
{
    QString html = text.toHtmlEscaped();
    if (!url.isEmpty())
        html +=
            QStringLiteral(" <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), tr("See it on the network"));
    m_notice->setText(html);
    m_notice->setStyleSheet(kind == NoticeKind::Error     ? QStringLiteral("color: #b91c1c;")
                            : kind == NoticeKind::Success ? QStringLiteral("color: #166534;")
                                                          : QStringLiteral("color: #92400e;"));
    m_notice->show();
    m_retry->hide();
    m_retryMessageId = 0;
}

void ThreadView::scrollToLatest()
{
    m_messages->scrollToBottom();
}

bool ThreadView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_replyEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            requestReply();
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            emit replyBoxLeft(); // the draft stays
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
} // namespace vigie
