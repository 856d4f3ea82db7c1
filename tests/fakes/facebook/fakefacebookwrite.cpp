// What the fake Graph API does with writes: feed posts (text, link, attached photos, scheduled),
// photos, comments, updates (reschedule, hide) and deletions, with Graph's refusals.
#include "fakes/facebook/fakefacebookrender.h"
#include "fakes/facebook/fakefacebookserver.h"

#include <QJsonDocument>

namespace vigie {
namespace fakes {

namespace {

const QString oauth = QStringLiteral("OAuthException");

bool isFalse(const QString &value)
{
    return value == QLatin1String("false") || value == QLatin1String("0");
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("1");
}

// pages-api/posts: a Unix timestamp or an ISO 8601 string.
QDateTime parseScheduled(const QString &raw)
{
    bool number = false;
    const qint64 seconds = raw.toLongLong(&number);
    if (number)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return QDateTime::fromString(raw, Qt::ISODate).toUTC();
}

// FakeRequest::param compares encoded names: "attached_media%5B0%5D" would be missed.
QString bracketParam(const FakeRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.form().queryItems(QUrl::FullyDecoded))
        if (key == name)
            return value;
    return request.param(name);
}

FakeResponse success()
{
    return FakeResponse::json(QJsonObject{{QStringLiteral("success"), true}});
}

} // namespace

namespace {

// "The publish date must be between 10 minutes and 30 days from the time of the API request."
std::optional<FakeResponse> refuseScheduleTime(const QDateTime &at, const QDateTime &now)
{
    if (at.isValid() && at >= now.addSecs(10 * 60) && at <= now.addDays(30))
        return std::nullopt;
    return graphError(400, 100, oauth,
                      QStringLiteral("(#100) The specified scheduled publish time is invalid."));
}

// Read-after-write: a create that names `fields` answers them for what it made.
FakeResponse created(const FakeRequest &request, const QJsonObject &rendered, const QStringList &known,
                     const QString &nodeType)
{
    const QString fields = request.param(QStringLiteral("fields"));
    if (fields.isEmpty())
        return FakeResponse::json(QJsonObject{{QStringLiteral("id"), rendered.value(QLatin1String("id"))}});
    QString error;
    const auto out = selectFields(rendered, fields, {}, known, nodeType, &error);
    if (!out)
        return graphError(400, 100, oauth, error);
    return FakeResponse::json(*out);
}

} // namespace

FakeResponse FakeFacebookServer::createFeedPost(const FakeRequest &request)
{
    const QString owner = request.captures.value(0);
    if (owner != m_pageId && owner != QLatin1String("me"))
        return unknownObject("post", owner + QStringLiteral("/feed"));
    const QString message = request.param(QStringLiteral("message"));
    const QString link = request.param(QStringLiteral("link"));
    const bool published = !isFalse(request.param(QStringLiteral("published")));
    const QString scheduledRaw = request.param(QStringLiteral("scheduled_publish_time"));

    QStringList photoIds;
    for (int i = 0;; ++i) {
        const QString raw = bracketParam(request, QStringLiteral("attached_media[%1]").arg(i));
        if (raw.isEmpty())
            break;
        const QString id =
            QJsonDocument::fromJson(raw.toUtf8()).object().value(QLatin1String("media_fbid")).toString();
        if (!m_photos.contains(id) || !m_photos.value(id).postId.isEmpty())
            return graphError(
                400, 100, oauth,
                QStringLiteral("(#100) param attached_media[%1] must be an unpublished photo id").arg(i));
        photoIds << id;
    }
    if (message.isEmpty() && link.isEmpty() && photoIds.isEmpty())
        return graphError(400, 100, oauth, QStringLiteral("(#100) Missing message or attachment"));

    FakeFacebookPost post;
    post.id = newPostId();
    post.fromId = m_pageId;
    post.fromName = m_pageName;
    post.message = message;
    post.link = link;
    post.photoIds = photoIds;
    post.createdAt = m_now;
    post.published = published;
    if (!scheduledRaw.isEmpty()) {
        if (published)
            return graphError(
                400, 100, oauth,
                QStringLiteral("(#100) You cannot specify a scheduled publish time on a published post"));
        post.scheduledAt = parseScheduled(scheduledRaw);
        if (auto refused = refuseScheduleTime(post.scheduledAt, m_now))
            return *refused;
    }
    if (published && !message.isEmpty()) {
        // error-handling, 506: "Duplicate posts cannot be published consecutively."
        const FakeFacebookPost *latest = nullptr;
        for (const FakeFacebookPost &p : m_posts)
            if (p.published && p.fromId == m_pageId && (!latest || p.createdAt >= latest->createdAt))
                latest = &p;
        if (latest && latest->message == message)
            return graphError(400, 506, oauth, QStringLiteral("(#506) Duplicate status message"));
    }
    for (const QString &photoId : std::as_const(photoIds))
        m_photos[photoId].postId = post.id;
    const QString id = storePost(post);
    m_apiPosts << id;
    return created(request, renderPost(m_posts.value(id)), knownPostFields(), QStringLiteral("PagePost"));
}

FakeResponse FakeFacebookServer::createPhoto(const FakeRequest &request)
{
    const QString owner = request.captures.value(0);
    if (owner != m_pageId && owner != QLatin1String("me"))
        return unknownObject("post", owner + QStringLiteral("/photos"));
    FakeFacebookPhoto photo;
    QByteArray fileName;
    QByteArray contentType;
    photo.data = request.multipartField("source", &fileName, &contentType);
    photo.fileName = QString::fromUtf8(fileName);
    photo.contentType = QString::fromUtf8(contentType);
    if (photo.data.isEmpty() && request.param(QStringLiteral("url")).isEmpty())
        return graphError(400, 324, oauth, QStringLiteral("(#324) Requires upload file"));
    photo.caption = request.param(QStringLiteral("caption"));
    if (photo.caption.isEmpty())
        photo.caption = request.param(QStringLiteral("message")); // deprecated, still accepted
    photo.altText = request.param(QStringLiteral("alt_text_custom"));
    photo.temporary = isTrue(request.param(QStringLiteral("temporary")));
    photo.id = QString::number(m_nextPhoto++);
    const bool published = !isFalse(request.param(QStringLiteral("published")));
    const QString scheduledRaw = request.param(QStringLiteral("scheduled_publish_time"));
    if (published && !scheduledRaw.isEmpty())
        return graphError(
            400, 100, oauth,
            QStringLiteral("(#100) You cannot specify a scheduled publish time on a published post"));

    if (!published && scheduledRaw.isEmpty()) { // for a multi-photo post to attach later
        m_photos.insert(photo.id, photo);
        return FakeResponse::json(QJsonObject{{QStringLiteral("id"), photo.id}});
    }
    FakeFacebookPost post;
    post.id = newPostId();
    post.fromId = m_pageId;
    post.fromName = m_pageName;
    post.message = photo.caption;
    post.photoIds = {photo.id};
    post.createdAt = m_now;
    post.published = published;
    if (!published) {
        post.scheduledAt = parseScheduled(scheduledRaw);
        if (auto refused = refuseScheduleTime(post.scheduledAt, m_now))
            return *refused;
    }
    photo.postId = post.id;
    m_photos.insert(photo.id, photo);
    const QString postId = storePost(post);
    m_apiPosts << postId;
    // reference/photo, Return Type: Struct {id: numeric string, post_id: token with structure: Post ID}
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("id"), photo.id}, {QStringLiteral("post_id"), postId}});
}

FakeResponse FakeFacebookServer::createComment(const FakeRequest &request, const QString &objectId)
{
    FakeFacebookComment comment;
    if (m_comments.contains(objectId)) {
        // A reply to a reply joins the thread of the top-level comment (two levels on Facebook).
        const FakeFacebookComment answered = m_comments.value(objectId);
        comment.postId = answered.postId;
        comment.parentId = answered.parentId.isEmpty() ? answered.id : answered.parentId;
    } else if (m_posts.contains(objectId) && m_posts.value(objectId).published) {
        comment.postId = objectId;
    } else {
        return unknownObject("post", objectId + QStringLiteral("/comments"));
    }
    comment.message = request.param(QStringLiteral("message"));
    if (comment.message.isEmpty())
        return graphError(400, 100, oauth, QStringLiteral("(#100) Missing message or attachment"));
    comment.fromId = m_pageId;
    comment.fromName = m_pageName;
    comment.createdAt = m_now;
    const QString id = storeComment(comment);
    return created(request, renderComment(m_comments.value(id)), knownCommentFields(),
                   QStringLiteral("Comment"));
}

FakeResponse FakeFacebookServer::updateNode(const FakeRequest &request, const QString &id)
{
    if (m_posts.contains(id)) {
        if (auto refused = refuse(request, QStringLiteral("pages_manage_posts")))
            return *refused;
        FakeFacebookPost &post = m_posts[id];
        const QString scheduledRaw = request.param(QStringLiteral("scheduled_publish_time"));
        if (!scheduledRaw.isEmpty()) {
            if (post.published || !post.scheduledAt.isValid())
                return graphError(
                    400, 100, oauth,
                    QStringLiteral("(#100) Only a scheduled post can be given a scheduled publish "
                                   "time"));
            const QDateTime at = parseScheduled(scheduledRaw);
            if (auto refused = refuseScheduleTime(at, m_now))
                return *refused;
            post.scheduledAt = at;
        }
        if (request.params(QStringLiteral("message")).size() > 0) {
            post.message = request.param(QStringLiteral("message"));
            post.updatedAt = m_now;
        }
        return success();
    }
    if (m_comments.contains(id)) {
        if (auto refused = refuse(request, QStringLiteral("pages_manage_engagement")))
            return *refused;
        FakeFacebookComment &comment = m_comments[id];
        const QString hidden = request.param(QStringLiteral("is_hidden"));
        if (!hidden.isEmpty())
            comment.hidden = isTrue(hidden);
        if (request.params(QStringLiteral("message")).size() > 0)
            comment.message = request.param(QStringLiteral("message"));
        return success();
    }
    return unknownObject("post", id);
}

FakeResponse FakeFacebookServer::deleteNode(const QString &id)
{
    if (m_posts.contains(id)) {
        for (auto it = m_comments.begin(); it != m_comments.end();)
            it = it->postId == id ? m_comments.erase(it) : std::next(it);
        for (const QString &photoId : m_posts.value(id).photoIds)
            m_photos.remove(photoId);
        m_posts.remove(id);
        return success();
    }
    if (m_comments.contains(id)) {
        for (auto it = m_comments.begin(); it != m_comments.end();)
            it = it->parentId == id ? m_comments.erase(it) : std::next(it);
        m_comments.remove(id);
        return success();
    }
    if (m_photos.remove(id))
        return success();
    return unknownObject("delete", id);
}

} // namespace fakes
} // namespace vigie
