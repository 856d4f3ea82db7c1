#include "publishing/calendarcontroller.h"

#include "publishing/defaultbrand.h"
#include "publishing/icalendarexport.h"
#include "publishing/queueplanner.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <QSaveFile>

namespace vigie {

CalendarController::CalendarController(Database &db, const Clock &clock, const Workspace &workspace,
                                       QString actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_workspace(workspace)
    , m_time(workspace.timezone)
    , m_actor(std::move(actor))
{}

Id CalendarController::defaultBrandId() const
{
    return vigie::defaultBrandId(m_db, m_workspace.id);
}

Id CalendarController::createDraft(const QDateTime &when)
{
    Post post;
    post.workspaceId = m_workspace.id;
    post.brandId = defaultBrandId();
    post.state = PostState::Draft;
    post.scheduledAt = when.isValid() ? when.toUTC() : QDateTime();
    if (post.brandId != 0) {
        for (const Account &account : WorkspaceRepository(m_db).accounts(m_workspace.id)) {
            if (account.brandId == post.brandId && account.status == AccountStatus::Connected) {
                PostVariant variant;
                variant.accountId = account.id;
                variant.state = PostState::Draft;
                post.variants << variant;
            }
        }
    }
    if (auto st = PostRepository(m_db, m_clock).create(post, m_actor); !st) {
        emit failed(tr("The draft could not be created: %1").arg(st.error()));
        return 0;
    }
    emit draftCreated(post.id);
    emit postsChanged();
    return post.id;
}

bool CalendarController::reschedule(Id postId, const QDateTime &when)
{
    PostRepository posts(m_db, m_clock);
    const auto existing = posts.post(postId);
    if (existing && existing->scheduledAt.isValid() && existing->scheduledAt == when)
        return true; // dropped where it was: nothing to record
    if (auto st = posts.reschedule(postId, when.toUTC(), m_actor); !st) {
        emit failed(st.error());
        return false;
    }
    emit postRescheduled(postId, when.toUTC());
    emit postsChanged();
    return true;
}

bool CalendarController::addToQueue(Id postId)
{
    const auto post = PostRepository(m_db, m_clock).post(postId);
    if (!post) {
        emit failed(tr("This post no longer exists."));
        return false;
    }
    QList<Id> accounts;
    for (const PostVariant &variant : post->variants)
        accounts << variant.accountId;
    if (accounts.isEmpty()) {
        emit failed(tr("Choose at least one channel for this post before adding it to the queue."));
        return false;
    }
    const QDateTime slot = QueuePlanner(m_db, m_clock).nextFreeSlot(accounts, m_time.zone(), m_clock.now());
    if (!slot.isValid()) {
        emit failed(tr("No free queue time in the next 8 weeks for this post's channels. Set queue times "
                       "with \"Queue times…\" in the calendar toolbar."));
        return false;
    }
    if (!reschedule(postId, slot))
        return false;
    emit postQueued(postId, slot);
    return true;
}

int CalendarController::exportToICalendar(const QString &path)
{
    WorkspaceRepository workspaces(m_db);
    ICalendarInput input;
    input.calendarName = m_workspace.name;
    input.posts = PostRepository(m_db, m_clock)
                      .scheduledBetween(m_workspace.id, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                        QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC));
    for (const Brand &brand : workspaces.brands(m_workspace.id))
        input.brands.insert(brand.id, brand);
    for (const Account &account : workspaces.accounts(m_workspace.id))
        input.accounts.insert(account.id, account);
    input.stamp = m_clock.now().toUTC();
    QSaveFile file(path); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(exportICalendar(input)) < 0 || !file.commit()) {
        emit failed(tr("The calendar could not be exported to %1: %2").arg(path, file.errorString()));
        return -1;
    }
    return int(input.posts.size());
}

bool CalendarController::discardIfEmpty(Id postId)
{
    PostRepository posts(m_db, m_clock);
    const auto existing = posts.post(postId);
    if (!existing || existing->state != PostState::Draft || !existing->body.trimmed().isEmpty())
        return false;
    for (const PostVariant &variant : existing->variants) {
        if (!variant.body.trimmed().isEmpty())
            return false;
    }
    if (auto st = posts.remove(postId, m_actor); !st) {
        emit failed(st.error());
        return false;
    }
    emit postsChanged();
    return true;
}

} // namespace vigie
