#include "publishing/calendarcontroller.h"

#include "publishing/defaultbrand.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

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
