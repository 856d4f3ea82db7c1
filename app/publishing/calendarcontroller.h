#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "publishing/workspacetime.h"

#include <QObject>

namespace vigie {

class Database;

// Carries out what the user asks in the calendar (create a draft on a day, move a post) and
// says what happened, so views only emit requests. Every change is recorded in the audit log by
// the repository, in the same transaction as the change.
class CalendarController : public QObject
{
    Q_OBJECT

public:
    CalendarController(Database &db, const Clock &clock, const Workspace &workspace, QString actor,
                       QObject *parent = nullptr);

    const WorkspaceTime &workspaceTime() const { return m_time; }

    // A new draft at when (invalid = not planned yet) for the default brand (see
    // defaultBrandId()), with a channel for each connected account of that brand so the author
    // starts from where the brand publishes. Returns its id, or 0 after emitting failed().
    Id createDraft(const QDateTime &when);
    // The same, at a wall-clock time in the workspace's timezone.
    Id createDraftAt(QDate localDate, QTime localTime)
    {
        return createDraft(m_time.toUtc(localDate, localTime));
    }
    // Moves a post to when. Refused (failed() with the reason) once publishing has started.
    bool reschedule(Id postId, const QDateTime &when);
    // Gives a post the next free slot of its channels' queues (see QueuePlanner), after now, as
    // an audit-logged reschedule. Refused (failed()) when it has no channel or no queue time.
    bool addToQueue(Id postId);
    // Writes every scheduled post of the workspace as an iCalendar file (RFC 5545), whole or
    // not at all. Returns the number of posts written, or -1 after emitting failed().
    int exportToICalendar(const QString &path);
    // Removes a draft that was created and left empty (the user cancelled the composer), so a
    // stray click does not leave an empty draft in the plan. Anything with text is kept.
    bool discardIfEmpty(Id postId);

    // The brand new posts get (see vigie::defaultBrandId()).
    Id defaultBrandId() const;

signals:
    void draftCreated(vigie::Id postId);
    void postRescheduled(vigie::Id postId, const QDateTime &when);
    // A post was given its queue's next free slot (after postRescheduled).
    void postQueued(vigie::Id postId, const QDateTime &when);
    // Posts were added, moved or removed: models showing them should reload.
    void postsChanged();
    // A request could not be carried out; message is meant for the user.
    void failed(const QString &message);

private:
    Database &m_db;
    const Clock &m_clock;
    Workspace m_workspace;
    WorkspaceTime m_time;
    QString m_actor;
};

} // namespace vigie
