// The inbox pane's conversation tools that open dialogs or go to the network: saved replies,
// hiding and deleting messages. Split from inboxpane.cpp to keep each file readable.
#include "inbox/replytemplate.h"
#include "inbox/threadmessagesmodel.h"
#include "storage/workspacerepository.h"
#include "ui/inbox/inboxdelivery.h"
#include "ui/inbox/inboxpane.h"
#include "ui/inbox/savedreplypicker.h"
#include "ui/inbox/threadview.h"

#include <QLabel>
#include <QMessageBox>

namespace vigie {
namespace ui {

void InboxPane::insertSavedReply()
{
    const Id threadId = openThreadId();
    if (threadId <= 0)
        return;
    SavedReplyPicker picker(*m_context.db, m_context.workspace.id, m_messages->conversationLanguage(), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const auto reply = picker.chosen();
    if (!reply)
        return;
    // Placeholders come from the person answered: the newest message someone else wrote.
    Message answered;
    for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
        const auto message = m_messages->messageAt(row);
        if (message && message->direction == MessageDirection::Incoming) {
            answered = *message;
            break;
        }
    }
    const auto conversation = InboxRepository(*m_context.db).conversation(threadId);
    QString brand;
    if (conversation) {
        for (const Brand &b : WorkspaceRepository(*m_context.db).brands(m_context.workspace.id)) {
            if (b.id == conversation->brandId)
                brand = b.name;
        }
    }
    const FilledReply filled =
        ReplyTemplate::fill(reply->body, ReplyContext::forMessage(answered, brand, m_context.actor));
    m_thread->insertReplyText(filled.text, ReplyTemplate::describeProblems(filled));
}

void InboxPane::moderate(Id messageId, bool hide)
{
    const auto row = InboxRepository(*m_context.db).conversation(m_thread->threadId());
    const QString network = networkDisplayName(row ? row->network : Network::Unknown);
    if (!hide) {
        const auto answer = QMessageBox::question(
            this, tr("Delete on %1").arg(network),
            tr("Delete this reply from %1? People will no longer see it there; the team keeps it here.")
                .arg(network));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_thread->showReplyOutcome(hide ? tr("Hiding the message on %1…").arg(network)
                                    : tr("Deleting the reply on %1…").arg(network),
                               ThreadView::NoticeKind::Pending);
    m_delivery->moderate(messageId,
                         hide ? InboxDelivery::Moderation::Hide : InboxDelivery::Moderation::Delete);
}

void InboxPane::onModerationFinished(const ModerationResult &result)
{
    if (result.threadId > 0)
        onThreadChanged(result.threadId); // the bubble shows its mark
    const auto kind = result.ok ? ThreadView::NoticeKind::Success : ThreadView::NoticeKind::Error;
    if (result.threadId == openThreadId())
        m_thread->showReplyOutcome(result.message, kind);
    else
        showSyncStatus(result.message, !result.ok);
}

} // namespace ui
} // namespace vigie
