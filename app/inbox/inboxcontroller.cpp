#include "inbox/inboxcontroller.h"

namespace vigie {

InboxController::InboxController(Database &db, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent)
    , m_repository(db, clock)
    , m_actor(std::move(actor))
{}

bool InboxController::report(const Status &status, Id threadId)
{
    if (!status) {
        emit failed(status.error());
        return false;
    }
    emit threadChanged(threadId);
    return true;
}

void InboxController::markRead(Id threadId)
{
    report(m_repository.setRead(threadId, true), threadId);
}

void InboxController::markUnread(Id threadId)
{
    report(m_repository.setRead(threadId, false), threadId);
}

void InboxController::setStatus(Id threadId, ThreadStatus status)
{
    if (status == ThreadStatus::Unknown) {
        emit failed(tr("This status cannot be set."));
        return;
    }
    report(m_repository.setStatus(threadId, status, m_actor), threadId);
}

void InboxController::sendReply(Id threadId, const QString &text)
{
    Id messageId = 0;
    if (report(m_repository.queueReply(threadId, text, m_actor, &messageId), threadId))
        emit replyQueued(threadId, messageId);
}

} // namespace vigie
