// Comments and social actions: GET/POST /rest/socialActions/{urn}/comments, GET and DELETE
// /rest/socialActions/{urn}/comments/{id}, GET /rest/socialActions/{urn} (summaries).
#include "fakes/linkedin/fakelinkedinserver.h"

#include <QJsonArray>

namespace vigie {
namespace fakes {

QString FakeLinkedInServer::addComment(const QString &postOrCommentUrn, const QString &actor,
                                       const QString &text, qint64 createdAt)
{
    const QString postUrn = postOfTarget(postOrCommentUrn);
    if (postUrn.isEmpty())
        qFatal("fake LinkedIn: no post for %s", qPrintable(postOrCommentUrn));
    FakeLinkedInComment comment;
    comment.id = QString::number(7400000000000000000LL + (++m_nextId) * 1000);
    comment.postUrn = postUrn;
    comment.object = m_posts.value(postUrn).activityUrn;
    if (postOrCommentUrn.startsWith(QLatin1String("urn:li:comment:")))
        comment.parentComment = postOrCommentUrn;
    comment.actor = actor;
    comment.text = text;
    comment.createdAt = stamp(createdAt);
    m_comments.insert(comment.id, comment);
    return comment.urn();
}

QList<FakeLinkedInComment> FakeLinkedInServer::comments() const
{
    QList<FakeLinkedInComment> all = m_comments.values();
    std::sort(all.begin(), all.end(), [](const FakeLinkedInComment &a, const FakeLinkedInComment &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return all;
}

bool FakeLinkedInServer::hasComment(const QString &commentUrn) const
{
    for (const FakeLinkedInComment &comment : m_comments)
        if (comment.urn() == commentUrn)
            return true;
    return false;
}

QString FakeLinkedInServer::postOfTarget(const QString &target) const
{
    if (m_posts.contains(target))
        return target;
    for (const FakeLinkedInPost &post : m_posts)
        if (post.activityUrn == target)
            return post.urn;
    for (const FakeLinkedInComment &comment : m_comments)
        if (comment.urn() == target)
            return comment.postUrn;
    return {};
}

QJsonObject FakeLinkedInServer::renderComment(const FakeLinkedInComment &comment) const
{
    QJsonObject o = m_commentTemplate;
    o.insert(QStringLiteral("actor"), comment.actor);
    const QJsonObject stamp{{QStringLiteral("actor"), comment.actor},
                            {QStringLiteral("time"), double(comment.createdAt)}};
    o.insert(QStringLiteral("created"), stamp);
    o.insert(QStringLiteral("lastModified"), stamp);
    o.insert(QStringLiteral("id"), comment.id);
    o.insert(QStringLiteral("commentUrn"), comment.urn());
    o.insert(QStringLiteral("object"), comment.object);
    o.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("attributes"), QJsonArray()},
                                                    {QStringLiteral("text"), comment.text}});
    o.remove(QStringLiteral("likesSummary"));
    if (!comment.parentComment.isEmpty())
        o.insert(QStringLiteral("parentComment"), comment.parentComment);
    QJsonArray selected;
    int replies = 0;
    for (const FakeLinkedInComment &other : m_comments) {
        if (other.parentComment == comment.urn()) {
            ++replies;
            selected.append(other.urn());
        }
    }
    o.insert(QStringLiteral("commentsSummary"),
             QJsonObject{{QStringLiteral("selectedComments"), selected},
                         {QStringLiteral("totalFirstLevelComments"), replies},
                         {QStringLiteral("aggregatedTotalComments"), replies}});
    return o;
}

void FakeLinkedInServer::addCommentRoutes()
{
    auto notFound = [this] {
        return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
    };
    rest("GET", QStringLiteral("/rest/socialActions/([^/]+)/comments"),
         [this](const FakeRequest &request) { return listComments(request.captures.value(0), request); });
    rest("POST", QStringLiteral("/rest/socialActions/([^/]+)/comments"),
         [this](const FakeRequest &request) { return createComment(request.captures.value(0), request); });
    rest("GET", QStringLiteral("/rest/socialActions/([^/]+)/comments/([0-9]+)"),
         [this, notFound](const FakeRequest &request) {
             const FakeLinkedInComment comment = m_comments.value(request.captures.value(1));
             if (comment.id.isEmpty() || postOfTarget(request.captures.value(0)) != comment.postUrn)
                 return notFound();
             return FakeResponse::json(renderComment(comment));
         });
    rest("DELETE", QStringLiteral("/rest/socialActions/([^/]+)/comments/([0-9]+)"),
         [this](const FakeRequest &request) {
             return deleteComment(request.captures.value(0), request.captures.value(1), request);
         });
    rest("GET", QStringLiteral("/rest/socialActions/([^/]+)"), [this, notFound](const FakeRequest &request) {
        const QString target = request.captures.value(0);
        const QString postUrn = postOfTarget(target);
        if (postUrn.isEmpty() || target.startsWith(QLatin1String("urn:li:comment:")))
            return notFound();
        const FakeLinkedInPost post = m_posts.value(postUrn);
        int firstLevel = 0;
        int all = 0;
        for (const FakeLinkedInComment &comment : m_comments) {
            if (comment.postUrn != postUrn)
                continue;
            ++all;
            if (comment.parentComment.isEmpty())
                ++firstLevel;
        }
        QJsonObject o = m_socialActionsTemplate;
        QJsonObject likes = o.value(QLatin1String("likesSummary")).toObject();
        likes.insert(QStringLiteral("selectedLikes"), QJsonArray());
        likes.insert(QStringLiteral("totalLikes"), double(post.likes));
        likes.insert(QStringLiteral("aggregatedTotalLikes"), double(post.likes));
        QJsonObject comments = o.value(QLatin1String("commentsSummary")).toObject();
        comments.insert(QStringLiteral("totalFirstLevelComments"), firstLevel);
        comments.insert(QStringLiteral("aggregatedTotalComments"), all);
        o.insert(QStringLiteral("likesSummary"), likes);
        o.insert(QStringLiteral("commentsSummary"), comments);
        o.insert(QStringLiteral("target"), target);
        return FakeResponse::json(o);
    });
}

FakeResponse FakeLinkedInServer::listComments(const QString &target, const FakeRequest &request) const
{
    const QString postUrn = postOfTarget(target);
    if (postUrn.isEmpty())
        return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
    const bool underComment = target.startsWith(QLatin1String("urn:li:comment:"));
    const int start = request.param(QStringLiteral("start")).toInt();
    const QString countParam = request.param(QStringLiteral("count"));
    const int count = countParam.isEmpty() ? 10 : countParam.toInt();
    if (count < 1 || count > 100 || start < 0)
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("status"), 400},
                        {QStringLiteral("code"), QStringLiteral("ILLEGAL_ARGUMENT")},
                        {QStringLiteral("message"), QStringLiteral("count must be 1 to 100")}},
            400);
    // Newest first, as LinkedIn lists them.
    QList<FakeLinkedInComment> listed;
    const QList<FakeLinkedInComment> all = comments();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->postUrn != postUrn)
            continue;
        if (underComment ? it->parentComment == target : it->parentComment.isEmpty())
            listed.append(*it);
    }
    QJsonArray elements;
    for (int i = start; i < listed.size() && i < start + count; ++i)
        elements.append(renderComment(listed.at(i)));
    const QJsonObject paging{{QStringLiteral("start"), start},
                             {QStringLiteral("count"), count},
                             {QStringLiteral("links"), QJsonArray()},
                             {QStringLiteral("total"), int(listed.size())}};
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("paging"), paging}, {QStringLiteral("elements"), elements}});
}

FakeResponse FakeLinkedInServer::createComment(const QString &target, const FakeRequest &request)
{
    const QJsonObject body = request.json().toObject();
    auto unprocessable = [](const QString &message) {
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("status"), 422},
                        {QStringLiteral("code"), QStringLiteral("UNPROCESSABLE_ENTITY")},
                        {QStringLiteral("message"), message}},
            422);
    };
    const QString postUrn = postOfTarget(target);
    if (postUrn.isEmpty())
        return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
    if (body.value(QLatin1String("actor")).toString() != organizationUrn())
        return FakeResponse::json(m_errors.value(QLatin1String("access_denied")).toObject(), 403);
    const QString text =
        body.value(QLatin1String("message")).toObject().value(QLatin1String("text")).toString();
    if (text.trimmed().isEmpty())
        return unprocessable(QStringLiteral("ERROR :: /message/text :: field is required"));
    if (postOfTarget(body.value(QLatin1String("object")).toString()) != postUrn)
        return unprocessable(QStringLiteral("ERROR :: /object :: does not match the URN in the path"));
    const bool underComment = target.startsWith(QLatin1String("urn:li:comment:"));
    if (underComment != body.contains(QLatin1String("parentComment")) ||
        (underComment && body.value(QLatin1String("parentComment")).toString() != target))
        return unprocessable(QStringLiteral("ERROR :: /parentComment :: must name the comment in the path"));
    const QString urn = addComment(target, organizationUrn(), text);
    const FakeLinkedInComment comment = m_comments.value(urn.section(QLatin1Char(','), -1).chopped(1));
    FakeResponse created = FakeResponse::json(renderComment(comment), 201);
    created.header("x-restli-id", comment.id.toUtf8());
    return created;
}

FakeResponse FakeLinkedInServer::deleteComment(const QString &target, const QString &id,
                                               const FakeRequest &request)
{
    if (request.param(QStringLiteral("actor")) != organizationUrn())
        return FakeResponse::json(m_errors.value(QLatin1String("access_denied")).toObject(), 403);
    const FakeLinkedInComment comment = m_comments.value(id);
    if (comment.id.isEmpty() || postOfTarget(target) != comment.postUrn)
        return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
    const QString urn = comment.urn();
    m_comments.remove(id);
    for (auto it = m_comments.begin(); it != m_comments.end();)
        it = it->parentComment == urn ? m_comments.erase(it) : std::next(it);
    return FakeResponse::empty(204);
}

} // namespace fakes
} // namespace vigie
