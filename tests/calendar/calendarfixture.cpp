#include "calendarfixture.h"

#include "publishing/workspacetime.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

namespace vigie {
namespace test {

CalendarFixture::CalendarFixture(const QString &timezone, bool withAccounts)
{
    if (!m_store.ok())
        return;
    WorkspaceRepository workspaces(m_store.db(), m_clock);
    m_workspace.name = QStringLiteral("Laboratoires Test");
    m_workspace.timezone = timezone;
    if (!workspaces.addWorkspace(m_workspace))
        return;
    auto brand = [&](Brand &b, const char *name, const char *color, bool isCompetitor) {
        b.workspaceId = m_workspace.id;
        b.name = QString::fromUtf8(name);
        b.color = QString::fromLatin1(color);
        b.isCompetitor = isCompetitor;
        return workspaces.addBrand(b).ok();
    };
    if (!brand(aurora, "Aurora", "#0f766e", false) || !brand(zephyr, "Zéphyr", "#b45309", false) ||
        !brand(competitor, "Concurrent", "#6b7280", true))
        return;
    if (withAccounts) {
        auto account = [&](Account &a, Id brandId, Network network, const char *handle,
                           AccountStatus status) {
            a.workspaceId = m_workspace.id;
            a.brandId = brandId;
            a.network = network;
            a.handle = QString::fromUtf8(handle);
            a.displayName = a.handle;
            a.status = status;
            return workspaces.addAccount(a).ok();
        };
        if (!account(auroraMastodon, aurora.id, Network::Mastodon, "@aurora@sante.social",
                     AccountStatus::Connected) ||
            !account(auroraBluesky, aurora.id, Network::Bluesky, "aurora.bsky.social",
                     AccountStatus::Connected) ||
            !account(zephyrLinkedIn, zephyr.id, Network::LinkedIn, "zephyr-sante",
                     AccountStatus::Connected) ||
            !account(auroraNeedsReconnect, aurora.id, Network::Facebook, "aurora.fb",
                     AccountStatus::NeedsReconnect))
            return;
    }
    m_ok = true;
}

Id CalendarFixture::addPost(QDate localDate, QTime localTime, PostState state, const QString &body,
                            const QList<Id> &accounts, Id brandId)
{
    Post post;
    post.workspaceId = m_workspace.id;
    post.brandId = brandId < 0 ? aurora.id : brandId;
    post.body = body;
    post.state = state;
    post.scheduledAt = WorkspaceTime(m_workspace.timezone).toUtc(localDate, localTime);
    for (Id accountId : accounts) {
        PostVariant variant;
        variant.accountId = accountId;
        variant.state = state;
        post.variants << variant;
    }
    return PostRepository(m_store.db(), m_clock).create(post, QStringLiteral("fixture")) ? post.id : 0;
}

QDateTime CalendarFixture::storedSchedule(Id postId)
{
    SqlQuery q(m_store.db(), QStringLiteral("SELECT scheduled_at FROM posts WHERE id = ?"));
    return q.exec(postId) && q.next() ? fromDbTime(q.value(0)) : QDateTime();
}

QString CalendarFixture::storedBody(Id postId)
{
    SqlQuery q(m_store.db(), QStringLiteral("SELECT body FROM posts WHERE id = ?"));
    return q.exec(postId) && q.next() ? q.value(0).toString() : QString();
}

int CalendarFixture::auditCount(Id postId, const QString &action)
{
    SqlQuery q(m_store.db(), QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE entity = 'post' AND "
                                            "entity_id = ? AND action = ?"));
    return q.exec(postId, action) && q.next() ? q.value(0).toInt() : -1;
}

int CalendarFixture::postCount()
{
    SqlQuery q(m_store.db(), QStringLiteral("SELECT COUNT(*) FROM posts"));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void CalendarFixture::setState(Id postId, PostState state)
{
    SqlQuery q(m_store.db(), QStringLiteral("UPDATE posts SET state = ? WHERE id = ?"));
    q.exec(postStateKey(state), postId);
}

} // namespace test
} // namespace vigie
