#include "fakes/facebook/fakefacebookserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace vigie {
namespace fakes {

namespace {

const QString version = QStringLiteral("/v[0-9]+\\.[0-9]+");

QString bearerToken(const FakeRequest &request)
{
    const QByteArray header = request.header("authorization");
    for (const char *scheme : {"Bearer ", "OAuth "})
        if (header.startsWith(scheme))
            return QString::fromUtf8(header.mid(qsizetype(qstrlen(scheme)))).trimmed();
    return request.param(QStringLiteral("access_token"));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FakeResponse graphError(int status, int code, const QString &type, const QString &message, int subcode)
{
    static int trace = 0;
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("fbtrace_id"), QStringLiteral("AmFGcW_3hwDB7qF%1").arg(++trace)}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    if (code == 4 || code == 17 || code == 2 || code == 1)
        error.insert(QStringLiteral("is_transient"), true);
    return FakeResponse::json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

QString graphTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QStringLiteral("+0000");
}

FakeFacebookServer::FakeFacebookServer(QObject *parent)
    : FakeHttpServer(parent)
    , m_permissions({QStringLiteral("pages_manage_posts"), QStringLiteral("pages_read_engagement"),
                     QStringLiteral("pages_manage_engagement"), QStringLiteral("pages_show_list")})
    , m_now(QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC))
{
    setBusinessUsage(1, 1, 1);
    m_people.insert(m_pageName, m_pageId);
    addRoutes();
}

QUrl FakeFacebookServer::graphUrl() const
{
    QUrl base = url();
    base.setPath(QStringLiteral("/v21.0"));
    return base;
}

void FakeFacebookServer::setBusinessUsage(int callCount, int totalCputime, int totalTime, int regainMinutes)
{
    m_businessUsage = QJsonObject{{QStringLiteral("type"), QStringLiteral("pages")},
                                  {QStringLiteral("call_count"), callCount},
                                  {QStringLiteral("total_cputime"), totalCputime},
                                  {QStringLiteral("total_time"), totalTime},
                                  {QStringLiteral("estimated_time_to_regain_access"), regainMinutes}};
}

void FakeFacebookServer::setAppUsage(int callCount, int totalCputime, int totalTime)
{
    m_appUsage = QJsonObject{{QStringLiteral("call_count"), callCount},
                             {QStringLiteral("total_time"), totalTime},
                             {QStringLiteral("total_cputime"), totalCputime}};
}

void FakeFacebookServer::decorate(const FakeRequest &, FakeResponse &response)
{
    // rate-limiting: "x-business-use-case-usage: {"<business-object-id>": [{"type": "pages", …}]}"
    const QJsonObject business{{m_businessId, QJsonArray{m_businessUsage}}};
    response.header("X-Business-Use-Case-Usage", compact(business));
    if (!m_appUsage.isEmpty())
        response.header("X-App-Usage", compact(m_appUsage));
    response.header("x-fb-trace-id", QByteArray::number(++m_trace));
}

std::optional<FakeResponse> FakeFacebookServer::refuse(const FakeRequest &request,
                                                       const QString &permission) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return graphError(400, 104, QStringLiteral("OAuthException"),
                          QStringLiteral("An access token is required to request this resource."));
    if (token != m_token) {
        FakeResponse r = graphError(400, 190, QStringLiteral("OAuthException"),
                                    QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
        r.header("WWW-Authenticate",
                 R"(OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token")");
        return r;
    }
    if (m_tokenExpired) {
        FakeResponse r = graphError(
            400, 190, QStringLiteral("OAuthException"),
            QStringLiteral("Error validating access token: Session has expired on Sunday, 09-Mar-25 "
                           "10:00:00 PDT. The current time is Monday, 10-Mar-25 02:00:00 PDT."),
            463);
        r.header("WWW-Authenticate", R"(OAuth "Facebook Platform" "invalid_token" "Session has expired")");
        return r;
    }
    const auto usageOf = [](const QJsonObject &usage) {
        int highest = 0;
        for (const char *key : {"call_count", "total_cputime", "total_time"})
            highest = qMax(highest, usage.value(QLatin1String(key)).toInt());
        return highest;
    };
    if (!m_appUsage.isEmpty() && usageOf(m_appUsage) >= 100)
        return graphError(403, 4, QStringLiteral("OAuthException"),
                          QStringLiteral("(#4) Application request limit reached"));
    if (usageOf(m_businessUsage) >= 100)
        return graphError(
            400, 80001, QStringLiteral("OAuthException"),
            QStringLiteral("(#80001) There have been too many calls to this Page account. Wait a "
                           "bit and try again. For more info, please refer to "
                           "https://developers.facebook.com/docs/graph-api/overview/rate-limiting."));
    if (permission.isEmpty() || m_permissions.contains(permission))
        return std::nullopt;
    if (permission == QLatin1String("pages_read_engagement"))
        return graphError(
            403, 10, QStringLiteral("OAuthException"),
            QStringLiteral("(#10) This endpoint requires the 'pages_read_engagement' permission "
                           "or the 'Page Public Content Access' feature."));
    if (permission == QLatin1String("pages_manage_posts"))
        return graphError(
            403, 200, QStringLiteral("OAuthException"),
            QStringLiteral("(#200) If posting to a page, requires both pages_read_engagement and "
                           "pages_manage_posts as an admin with sufficient administrative "
                           "permission"));
    return graphError(403, 200, QStringLiteral("OAuthException"), QStringLiteral("(#200) Permissions error"));
}

void FakeFacebookServer::graph(const QByteArray &method, const QString &pattern, const QString &permission,
                               const std::function<FakeResponse(const FakeRequest &)> &handler)
{
    on(method, version + pattern, [this, permission, handler](const FakeRequest &request) {
        publishDue();
        if (auto refused = refuse(request, permission))
            return *refused;
        return handler(request);
    });
}

void FakeFacebookServer::addRoutes()
{
    const QString read = QStringLiteral("pages_read_engagement");
    graph("GET", QStringLiteral("/me"), {}, [this](const FakeRequest &r) { return getNode(r, m_pageId); });
    graph("GET", QStringLiteral("/([^/]+)/(?:feed|published_posts)"), read,
          [this](const FakeRequest &r) { return feed(r, false); });
    graph("GET", QStringLiteral("/([^/]+)/scheduled_posts"), read,
          [this](const FakeRequest &r) { return feed(r, true); });
    graph("GET", QStringLiteral("/([^/]+)/comments"), read,
          [this](const FakeRequest &r) { return comments(r, r.captures.value(0)); });
    // A Page's own node needs no permission beyond a valid token; posts and comments do.
    graph("GET", QStringLiteral("/([^/]+)"), {}, [this, read](const FakeRequest &r) {
        const QString id = r.captures.value(0);
        if (id != m_pageId)
            if (auto refused = refuse(r, read))
                return *refused;
        return getNode(r, id);
    });
    graph("POST", QStringLiteral("/([^/]+)/feed"), QStringLiteral("pages_manage_posts"),
          [this](const FakeRequest &r) { return createFeedPost(r); });
    graph("POST", QStringLiteral("/([^/]+)/photos"), QStringLiteral("pages_manage_posts"),
          [this](const FakeRequest &r) { return createPhoto(r); });
    graph("POST", QStringLiteral("/([^/]+)/comments"), QStringLiteral("pages_manage_engagement"),
          [this](const FakeRequest &r) { return createComment(r, r.captures.value(0)); });
    graph("POST", QStringLiteral("/([^/]+)"), {},
          [this](const FakeRequest &r) { return updateNode(r, r.captures.value(0)); });
    graph("DELETE", QStringLiteral("/([^/]+)"), {}, [this](const FakeRequest &r) {
        const QString id = r.captures.value(0);
        const QString needed = m_comments.contains(id) ? QStringLiteral("pages_manage_engagement")
                                                       : QStringLiteral("pages_manage_posts");
        if (auto refused = refuse(r, needed))
            return *refused;
        return deleteNode(id);
    });
}

void FakeFacebookServer::publishDue()
{
    for (FakeFacebookPost &post : m_posts) {
        if (!post.published && post.scheduledAt.isValid() && post.scheduledAt <= m_now) {
            post.published = true;
            post.createdAt = post.scheduledAt;
            post.updatedAt = post.scheduledAt;
            post.scheduledAt = {};
        }
    }
}

QString FakeFacebookServer::personFor(const QString &name)
{
    if (const auto known = m_people.constFind(name); known != m_people.constEnd())
        return *known;
    const QString id = QString::number(m_nextPerson++);
    m_people.insert(name, id);
    return id;
}

QString FakeFacebookServer::newPostId()
{
    return m_pageId + QLatin1Char('_') + QString::number(m_nextPost++);
}

QString FakeFacebookServer::storePost(FakeFacebookPost post)
{
    if (post.id.isEmpty())
        post.id = newPostId();
    if (!post.updatedAt.isValid())
        post.updatedAt = post.createdAt;
    const QString id = post.id;
    m_posts.insert(id, post);
    m_postOrder << id;
    return id;
}

QString FakeFacebookServer::storeComment(FakeFacebookComment comment)
{
    comment.id =
        comment.postId.section(QLatin1Char('_'), 1) + QLatin1Char('_') + QString::number(m_nextComment++);
    m_comments.insert(comment.id, comment);
    m_commentOrder << comment.id;
    FakeFacebookPost &post = m_posts[comment.postId];
    if (!post.updatedAt.isValid() || comment.createdAt > post.updatedAt)
        post.updatedAt = comment.createdAt; // Page Post updated_time: "…or the time of the last comment"
    return comment.id;
}

QString FakeFacebookServer::addPagePost(const QString &message, const QDateTime &createdAt)
{
    FakeFacebookPost post;
    post.fromId = m_pageId;
    post.fromName = m_pageName;
    post.message = message;
    post.createdAt = createdAt.toUTC();
    return storePost(post);
}

QString FakeFacebookServer::addVisitorPost(const QString &author, const QString &message,
                                           const QDateTime &createdAt)
{
    FakeFacebookPost post;
    post.fromId = personFor(author);
    post.fromName = author;
    post.message = message;
    post.createdAt = createdAt.toUTC();
    return storePost(post);
}

QString FakeFacebookServer::addComment(const QString &objectId, const QString &author, const QString &message,
                                       const QDateTime &createdAt)
{
    FakeFacebookComment comment;
    if (m_comments.contains(objectId)) {
        const FakeFacebookComment &answered = m_comments[objectId];
        comment.postId = answered.postId;
        comment.parentId = answered.parentId.isEmpty() ? answered.id : answered.parentId;
    } else if (m_posts.contains(objectId)) {
        comment.postId = objectId;
    } else {
        qWarning("FakeFacebookServer::addComment: no object %s", qPrintable(objectId));
        return {};
    }
    comment.fromId = personFor(author);
    comment.fromName = author;
    comment.message = message;
    comment.createdAt = createdAt.toUTC();
    return storeComment(comment);
}

void FakeFacebookServer::setPostCounts(const QString &postId, qint64 reactions, qint64 shares)
{
    if (!m_posts.contains(postId))
        return;
    m_posts[postId].reactions = reactions;
    m_posts[postId].shares = shares;
}

QList<FakeFacebookPost> FakeFacebookServer::posts() const
{
    QList<FakeFacebookPost> all;
    for (const QString &id : m_postOrder)
        if (m_posts.contains(id))
            all << m_posts.value(id);
    return all;
}

QList<FakeFacebookPost> FakeFacebookServer::publishedThroughApi() const
{
    QList<FakeFacebookPost> all;
    for (const QString &id : m_apiPosts)
        if (m_posts.contains(id))
            all << m_posts.value(id);
    return all;
}

QList<FakeFacebookComment> FakeFacebookServer::commentsOn(const QString &postId) const
{
    QList<FakeFacebookComment> all;
    for (const QString &id : m_commentOrder)
        if (m_comments.contains(id) && m_comments.value(id).postId == postId)
            all << m_comments.value(id);
    return all;
}

FakeResponse FakeFacebookServer::list(const FakeRequest &request, const QList<QJsonObject> &items,
                                      const QJsonObject &extra) const
{
    // Cursor paging (graph-api/results): the cursors are opaque; here the base64 of an item id.
    bool limited = false;
    int limit = request.param(QStringLiteral("limit")).toInt(&limited);
    if (!limited || limit <= 0)
        limit = m_defaultPageSize;
    limit = qMin(limit, 100);
    qsizetype start = 0;
    const QString after = request.param(QStringLiteral("after"));
    if (!after.isEmpty()) {
        const QString afterId = QString::fromUtf8(QByteArray::fromBase64(after.toLatin1()));
        const auto it = std::find_if(items.cbegin(), items.cend(), [&](const QJsonObject &item) {
            return item.value(QLatin1String("id")).toString() == afterId;
        });
        if (it == items.cend())
            return graphError(400, 100, QStringLiteral("OAuthException"),
                              QStringLiteral("(#100) The after cursor is invalid."));
        start = (it - items.cbegin()) + 1;
    }
    QJsonArray data;
    for (qsizetype i = start; i < items.size() && data.size() < limit; ++i)
        data.append(items.at(i));
    QJsonObject body = extra;
    body.insert(QStringLiteral("data"), data);
    if (!data.isEmpty()) {
        const auto cursorOf = [](const QJsonValue &item) {
            return QString::fromLatin1(
                item.toObject().value(QLatin1String("id")).toString().toUtf8().toBase64());
        };
        QJsonObject paging{
            {QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursorOf(data.first())},
                                                    {QStringLiteral("after"), cursorOf(data.last())}}}};
        if (start + data.size() < items.size()) {
            QUrlQuery query = request.query;
            query.removeAllQueryItems(QStringLiteral("after"));
            query.removeAllQueryItems(QStringLiteral("access_token"));
            query.removeAllQueryItems(QStringLiteral("limit"));
            query.addQueryItem(QStringLiteral("access_token"), m_token); // as Facebook's next links do
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            query.addQueryItem(QStringLiteral("after"), cursorOf(data.last()));
            QUrl next = url();
            next.setPath(request.path);
            next.setQuery(query);
            paging.insert(QStringLiteral("next"), next.toString(QUrl::FullyEncoded));
        }
        body.insert(QStringLiteral("paging"), paging);
    }
    return FakeResponse::json(body);
}

} // namespace fakes
} // namespace vigie
