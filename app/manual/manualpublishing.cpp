#include "manual/manualpublishing.h"

#include "delivery/publishvariant.h"
#include "delivery/retrypolicy.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/publishledger.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

namespace vigie {

namespace {
const QString kAnnouncedAt = QStringLiteral("announced_at");

const PostVariant *variantOf(const Post &post, Id variantId)
{
    for (const PostVariant &v : post.variants)
        if (v.id == variantId)
            return &v;
    return nullptr;
}
} // namespace

ManualPublishing::ManualPublishing(Database &db, const Clock &clock, QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{}

QString ManualPublishing::urlProblem(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return tr("Paste the address of the published post (https://…).");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("\u201c%1\u201d is not a web address: it must start with https:// or http://.").arg(text);
    if (url.host().isEmpty())
        return tr("\u201c%1\u201d names no site: paste the whole address of the published post.").arg(text);
    return {};
}

std::optional<ManualDuePost> ManualPublishing::describe(Id variantId, Id postId) const
{
    PostRepository posts(m_db, m_clock);
    const auto post = posts.post(postId);
    if (!post)
        return std::nullopt;
    const PostVariant *variant = variantOf(*post, variantId);
    if (!variant)
        return std::nullopt;
    const auto account = WorkspaceRepository(m_db, m_clock).account(variant->accountId);
    if (!account || account->network != Network::Manual)
        return std::nullopt;
    ManualDuePost due;
    due.variantId = variantId;
    due.postId = postId;
    due.accountId = account->id;
    due.brandId = post->brandId;
    due.community = account->displayName.isEmpty() ? account->handle : account->displayName;
    due.communityUrl = account->baseUrl.trimmed();
    // The same text a network adapter would receive (VariantPublication does the same).
    due.text = withSafetyText(post->textFor(*variant), posts.safetyTextOf(post->brandId));
    due.followUps = post->extras.threadParts;
    if (!post->extras.firstComment.trimmed().isEmpty())
        due.followUps << post->extras.firstComment;
    for (const PostMedia &media : post->extras.media)
        due.mediaPaths << media.path;
    due.scheduledAt = post->scheduledAt;
    const QJsonObject progress = QJsonDocument::fromJson(variant->progress.toUtf8()).object();
    if (progress.contains(kAnnouncedAt))
        due.announcedAt =
            QDateTime::fromSecsSinceEpoch(progress.value(kAnnouncedAt).toInteger(), QTimeZone::utc());
    const RetryPolicy policy;
    due.blocker = VariantPublication(m_db, m_clock, policy, m_actor).blocker(*post);
    return due;
}

QList<ManualDuePost> ManualPublishing::due(int limit) const
{
    QList<ManualDuePost> list;
    for (const DueVariant &d : PublishLedger(m_db, m_clock).dueManualVariants(m_clock.now(), limit)) {
        if (auto post = describe(d.variantId, d.postId))
            list << *post;
    }
    return list;
}

std::optional<ManualDuePost> ManualPublishing::post(Id variantId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT post_id FROM post_variants WHERE id = ?"));
    if (!q.exec(variantId) || !q.next())
        return std::nullopt;
    return describe(variantId, q.value(0).toLongLong());
}

Status ManualPublishing::markAnnounced(const ManualDuePost &due)
{
    SqlQuery q(m_db, QStringLiteral("SELECT progress FROM post_variants WHERE id = ?"));
    if (auto st = q.exec(due.variantId); !st)
        return st;
    QJsonObject progress =
        q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
    progress.insert(kAnnouncedAt, m_clock.now().toSecsSinceEpoch());
    return PublishLedger(m_db, m_clock).recordProgress(due.variantId, progress, m_actor);
}

QList<ManualDuePost> ManualPublishing::takeUnannounced(int limit)
{
    QList<ManualDuePost> fresh;
    const RetryPolicy policy;
    const VariantPublication publication(m_db, m_clock, policy, m_actor);
    for (ManualDuePost &due : this->due(limit)) {
        if (due.announcedAt.isValid())
            continue;
        if (!due.blocker.isEmpty()) {
            // What the scheduled publisher does with a network's post it may not send: Failed
            // with the reason, so the calendar shows it and it stops being due.
            if (const auto post = PostRepository(m_db, m_clock).post(due.postId))
                publication.refuse(*post, due.variantId, due.blocker);
            fresh << due;
            continue;
        }
        if (!markAnnounced(due))
            continue; // told next minute rather than never
        due.announcedAt = m_clock.now();
        fresh << due;
    }
    return fresh;
}

Status ManualPublishing::markPublished(Id variantId, const QString &url)
{
    if (const QString problem = urlProblem(url); !problem.isEmpty())
        return Status::failure(problem);
    const auto manual = post(variantId);
    if (!manual)
        return Status::failure(tr("Post variant %1 is not a manual channel's post.").arg(variantId));
    // The same rule as any network: what may not go out (not approved, approval voided…) cannot
    // be recorded as out either.
    if (!manual->blocker.isEmpty())
        return Status::failure(manual->blocker);
    return PublishLedger(m_db, m_clock).markPublishedManually(variantId, url.trimmed(), m_actor);
}

} // namespace vigie
