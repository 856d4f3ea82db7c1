#include "ui/inbox/threadview.h"

#include "ui/inbox/messagebubbledelegate.h"
#include "ui/widgets/networkicon.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
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

    m_adverseBanner =
        new QLabel(tr("A message here may describe an adverse event. Read it carefully and report "
                      "it to pharmacovigilance if it does."));
    m_adverseBanner->setObjectName(QStringLiteral("adverseEventBanner"));
    m_adverseBanner->setWordWrap(true);
    m_adverseBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px "
                                                  "solid #f5c2c0; border-radius: 4px; padding: 6px; }"));

    m_messages = new QListView;
    m_messages->setObjectName(QStringLiteral("threadMessages"));
    auto *bubbles = new MessageBubbleDelegate(clock, std::move(zone), m_messages);
    m_messages->setItemDelegate(bubbles);
    connect(bubbles, &MessageBubbleDelegate::retryRequested, this, &ThreadView::retryRequested);
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messages->setResizeMode(QListView::Adjust); // bubbles re-wrap when the pane is resized
    m_messages->setFrameShape(QFrame::NoFrame);

    m_replyEdit = new QPlainTextEdit;
    m_replyEdit->setObjectName(QStringLiteral("replyEdit"));
    m_replyEdit->setPlaceholderText(tr("Write a reply…"));
    m_replyEdit->setAccessibleName(tr("Reply"));
    m_replyEdit->setTabChangesFocus(true);
    m_replyEdit->setMaximumHeight(m_replyEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_replyEdit->installEventFilter(this);
    m_replyButton = new QPushButton(tr("Reply"));
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    m_replyButton->setToolTip(tr("Send the reply (Ctrl+Return)"));
    m_replyButton->setEnabled(false);
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
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_notice, 1);
    replyRow->addWidget(m_retry, 0, Qt::AlignRight | Qt::AlignTop);
    replyRow->addWidget(m_replyButton, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_adverseBanner);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_replyEdit);
    layout->addLayout(replyRow);
}

void ThreadView::setMessagesModel(QAbstractItemModel *model)
{
    m_messages->setModel(model);
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
    updateHeader();
}

void ThreadView::updateHeader()
{
    m_networkIcon->setPixmap(networkIcon(m_row.network).pixmap(32, 32));
    m_title->setText(tr("%1 on %2").arg(m_row.accountHandle, networkDisplayName(m_row.network)));
    QStringList details;
    if (const QString brand = m_brandNames.value(m_row.brandId); !brand.isEmpty())
        details << brand;
    details << threadStatusDisplayName(m_row.status) << tr("%n message(s)", nullptr, m_row.messageCount);
    m_subtitle->setText(details.join(QStringLiteral(" · ")));
    m_adverseBanner->setVisible(m_row.adverseEvent);
    m_markDone->setVisible(m_row.status != ThreadStatus::Done);
    m_markPending->setVisible(m_row.status != ThreadStatus::Pending);
    m_reopen->setVisible(m_row.status != ThreadStatus::Open);
    m_markUnread->setEnabled(m_row.read);
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
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
} // namespace vigie
