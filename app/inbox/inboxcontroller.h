#pragma once

#include "storage/inboxrepository.h"

#include <QObject>

namespace vigie {

// Carries out what the user asks in the inbox (read state, status, replies) and says what
// happened, so views only emit requests and refresh what changed.
class InboxController : public QObject
{
    Q_OBJECT

public:
    InboxController(Database &db, const Clock &clock, QString actor, QObject *parent = nullptr);

    QString actor() const { return m_actor; }
    // "rappel, livraison" → {"rappel", "livraison"}.
    static QStringList splitTags(const QString &text);

public slots:
    void markRead(vigie::Id threadId);
    void markUnread(vigie::Id threadId);
    // Recorded in the audit log with who did it.
    void setStatus(vigie::Id threadId, vigie::ThreadStatus status);
    void sendReply(vigie::Id threadId, const QString &text);
    // Working on a conversation; each is audit-logged with who did it. assignee empty = nobody.
    void setAssignee(vigie::Id threadId, const QString &assignee);
    void assignToMe(vigie::Id threadId);
    // tags as typed: "rappel, livraison" (commas separate, blanks and duplicates dropped).
    void setTagsText(vigie::Id threadId, const QString &tags);
    void addNote(vigie::Id threadId, const QString &text);

signals:
    // The conversation's read state, status or messages changed in the store.
    void threadChanged(vigie::Id threadId);
    // A reply was stored as queued; notice is what to tell the user.
    void replyQueued(vigie::Id threadId, vigie::Id messageId); // the pane sends it through the network
    // A note was added (the thread view lists it).
    void noteAdded(vigie::Id threadId, vigie::Id noteId);
    // A request could not be carried out; message is meant for the user.
    void failed(const QString &message);

private:
    bool report(const Status &status, Id threadId);

    InboxRepository m_repository;
    QString m_actor;
};

} // namespace vigie
