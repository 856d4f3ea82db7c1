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

void InboxController::setAssignee(Id threadId, const QString &assignee)
{
    report(m_repository.setAssignee(threadId, assignee, m_actor), threadId);
}

void InboxController::assignToMe(Id threadId)
{
    setAssignee(threadId, m_actor);
}

QStringList InboxController::splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

void InboxController::setTagsText(Id threadId, const QString &tags)
{
    report(m_repository.setTags(threadId, splitTags(tags), m_actor), threadId);
}

void InboxController::addNote(Id threadId, const QString &text)
{
    Id noteId = 0;
    if (report(m_repository.addNote(threadId, text, m_actor, &noteId), threadId))
        emit noteAdded(threadId, noteId);
}

} // namespace vigie
