// How the fake Graph API shows its nodes and lists: only the fields asked for (plus id), the
// documented defaults otherwise, and "(#100) Tried accessing nonexisting field" for a field the
// node type does not have — so a typo in the adapter's fields fails a test as it would fail live.
#include "fakes/facebook/fakefacebookrender.h"
#include "fakes/facebook/fakefacebookserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace vigie {
namespace fakes {

namespace {

struct FieldSpec
{
    QString name;
    QString sub; // what {…} asked of a nested object
};

// "id,from{id,name},reactions.summary(total_count).limit(0)" → id, from{id,name}, reactions.
QList<FieldSpec> parseFields(const QString &fields)
{
    QList<FieldSpec> specs;
    int depth = 0;
    QString part;
    const auto flush = [&] {
        const QString spec = part.trimmed();
        part.clear();
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_]+"));
        const auto match = name.match(spec);
        if (!match.hasMatch())
            return;
        FieldSpec field{match.captured(0), {}};
        const qsizetype open = spec.indexOf(QLatin1Char('{'));
        if (open >= 0 && spec.endsWith(QLatin1Char('}')))
            field.sub = spec.mid(open + 1, spec.size() - open - 2);
        specs << field;
    };
    for (const QChar c : fields) {
        if (c == QLatin1Char('{') || c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char('}') || c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0)
            flush();
        else
            part += c;
    }
    flush();
    return specs;
}

} // namespace

std::optional<QJsonObject> selectFields(const QJsonObject &full, const QString &fields,
                                        const QStringList &defaults, const QStringList &known,
                                        const QString &nodeType, QString *error)
{
    const QList<FieldSpec> specs =
        fields.trimmed().isEmpty() ? parseFields(defaults.join(QLatin1Char(','))) : parseFields(fields);
    QJsonObject out;
    if (full.contains(QLatin1String("id")))
        out.insert(QStringLiteral("id"), full.value(QLatin1String("id")));
    for (const FieldSpec &spec : specs) {
        if (!known.isEmpty() && !known.contains(spec.name) && !full.contains(spec.name)) {
            if (error)
                *error = QStringLiteral("(#100) Tried accessing nonexisting field (%1) on node type (%2)")
                             .arg(spec.name, nodeType);
            return std::nullopt;
        }
        if (!full.contains(spec.name))
            continue; // a known field without a value is left out, as Graph does
        QJsonValue value = full.value(spec.name);
        if (!spec.sub.isEmpty() && value.isObject())
            value = selectFields(value.toObject(), spec.sub, {}, {}, {}, nullptr).value_or(QJsonObject());
        out.insert(spec.name, value);
    }
    return out;
}

const QStringList &knownPostFields()
{
    static const QStringList fields = {QStringLiteral("id"),
                                       QStringLiteral("message"),
                                       QStringLiteral("created_time"),
                                       QStringLiteral("updated_time"),
                                       QStringLiteral("permalink_url"),
                                       QStringLiteral("from"),
                                       QStringLiteral("is_published"),
                                       QStringLiteral("scheduled_publish_time"),
                                       QStringLiteral("reactions"),
                                       QStringLiteral("comments"),
                                       QStringLiteral("shares"),
                                       QStringLiteral("attachments"),
                                       QStringLiteral("full_picture"),
                                       QStringLiteral("status_type"),
                                       QStringLiteral("story"),
                                       QStringLiteral("privacy"),
                                       QStringLiteral("is_hidden"),
                                       QStringLiteral("likes"),
                                       QStringLiteral("insights"),
                                       QStringLiteral("message_tags"),
                                       QStringLiteral("to"),
                                       QStringLiteral("place"),
                                       QStringLiteral("is_expired"),
                                       QStringLiteral("parent_id"),
                                       QStringLiteral("child_attachments"),
                                       QStringLiteral("icon")};
    return fields;
}

const QStringList &knownCommentFields()
{
    static const QStringList fields = {QStringLiteral("id"),           QStringLiteral("message"),
                                       QStringLiteral("created_time"), QStringLiteral("from"),
                                       QStringLiteral("parent"),       QStringLiteral("permalink_url"),
                                       QStringLiteral("is_hidden"),    QStringLiteral("can_hide"),
                                       QStringLiteral("can_remove"),   QStringLiteral("can_comment"),
                                       QStringLiteral("can_like"),     QStringLiteral("comment_count"),
                                       QStringLiteral("like_count"),   QStringLiteral("attachment"),
                                       QStringLiteral("message_tags"), QStringLiteral("object"),
                                       QStringLiteral("user_likes"),   QStringLiteral("reactions"),
                                       QStringLiteral("comments"),     QStringLiteral("can_reply_privately")};
    return fields;
}

QJsonObject FakeFacebookServer::renderPage() const
{
    return QJsonObject{{QStringLiteral("id"), m_pageId},
                       {QStringLiteral("name"), m_pageName},
                       {QStringLiteral("username"), m_pageUsername},
                       {QStringLiteral("link"), QStringLiteral("https://www.facebook.com/") + m_pageUsername},
                       {QStringLiteral("category"), QStringLiteral("Pharmaceutical Company")},
                       {QStringLiteral("fan_count"), 12840},
                       {QStringLiteral("followers_count"), 13102}};
}

QString FakeFacebookServer::permalink(const FakeFacebookPost &post) const
{
    return QStringLiteral("https://www.facebook.com/%1/posts/%2")
        .arg(m_pageId, post.id.section(QLatin1Char('_'), 1));
}

QJsonObject FakeFacebookServer::renderPost(const FakeFacebookPost &post) const
{
    qint64 commentCount = 0;
    for (const FakeFacebookComment &c : m_comments)
        commentCount += c.postId == post.id ? 1 : 0;
    QJsonObject o{{QStringLiteral("id"), post.id},
                  {QStringLiteral("created_time"), graphTime(post.createdAt)},
                  {QStringLiteral("updated_time"), graphTime(post.updatedAt)},
                  {QStringLiteral("permalink_url"), permalink(post)},
                  {QStringLiteral("from"),
                   QJsonObject{{QStringLiteral("name"), post.fromName}, {QStringLiteral("id"), post.fromId}}},
                  {QStringLiteral("is_published"), post.published},
                  {QStringLiteral("reactions"),
                   QJsonObject{{QStringLiteral("data"), QJsonArray()},
                               {QStringLiteral("summary"),
                                QJsonObject{{QStringLiteral("total_count"), post.reactions},
                                            {QStringLiteral("viewer_reaction"), QStringLiteral("NONE")}}}}},
                  {QStringLiteral("comments"),
                   QJsonObject{{QStringLiteral("data"), QJsonArray()},
                               {QStringLiteral("summary"),
                                QJsonObject{{QStringLiteral("order"), QStringLiteral("ranked")},
                                            {QStringLiteral("total_count"), commentCount},
                                            {QStringLiteral("can_comment"), true}}}}}};
    if (!post.message.isEmpty())
        o.insert(QStringLiteral("message"), post.message);
    if (post.scheduledAt.isValid())
        o.insert(QStringLiteral("scheduled_publish_time"), post.scheduledAt.toSecsSinceEpoch());
    if (post.shares > 0)
        o.insert(QStringLiteral("shares"), QJsonObject{{QStringLiteral("count"), post.shares}});
    return o;
}

QJsonObject FakeFacebookServer::renderComment(const FakeFacebookComment &comment) const
{
    const FakeFacebookPost post = m_posts.value(comment.postId);
    const QString number = comment.id.section(QLatin1Char('_'), 1);
    QJsonObject o{
        {QStringLiteral("id"), comment.id},
        {QStringLiteral("message"), comment.message},
        {QStringLiteral("created_time"), graphTime(comment.createdAt)},
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("name"), comment.fromName}, {QStringLiteral("id"), comment.fromId}}},
        {QStringLiteral("permalink_url"), permalink(post) + QStringLiteral("?comment_id=") + number},
        {QStringLiteral("is_hidden"), comment.hidden},
        {QStringLiteral("can_hide"), comment.fromId != m_pageId},
        {QStringLiteral("like_count"), 0}};
    if (!comment.parentId.isEmpty()) {
        const FakeFacebookComment parent = m_comments.value(comment.parentId);
        o.insert(QStringLiteral("parent"),
                 QJsonObject{{QStringLiteral("id"), parent.id},
                             {QStringLiteral("created_time"), graphTime(parent.createdAt)},
                             {QStringLiteral("message"), parent.message}});
    }
    return o;
}

QJsonObject FakeFacebookServer::renderPhoto(const FakeFacebookPhoto &photo) const
{
    QJsonObject o{
        {QStringLiteral("id"), photo.id},
        {QStringLiteral("link"), QStringLiteral("https://www.facebook.com/photo.php?fbid=") + photo.id}};
    if (!photo.caption.isEmpty())
        o.insert(QStringLiteral("name"), photo.caption);
    if (!photo.altText.isEmpty())
        o.insert(QStringLiteral("alt_text_custom"), photo.altText);
    if (!photo.postId.isEmpty())
        o.insert(QStringLiteral("page_story_id"), photo.postId);
    return o;
}

FakeResponse FakeFacebookServer::getNode(const FakeRequest &request, const QString &id) const
{
    const QString fields = request.param(QStringLiteral("fields"));
    QString error;
    std::optional<QJsonObject> out;
    if (id == m_pageId || id == QLatin1String("me"))
        out = selectFields(renderPage(), fields, {QStringLiteral("name"), QStringLiteral("id")}, {}, {},
                           &error);
    else if (m_posts.contains(id))
        out = selectFields(renderPost(m_posts.value(id)), fields,
                           {QStringLiteral("created_time"), QStringLiteral("message"), QStringLiteral("id")},
                           knownPostFields(), QStringLiteral("PagePost"), &error);
    else if (m_comments.contains(id))
        out = selectFields(renderComment(m_comments.value(id)), fields,
                           {QStringLiteral("created_time"), QStringLiteral("from"), QStringLiteral("message"),
                            QStringLiteral("id")},
                           knownCommentFields(), QStringLiteral("Comment"), &error);
    else if (m_photos.contains(id))
        out = selectFields(renderPhoto(m_photos.value(id)), fields, {QStringLiteral("id")}, {}, {}, &error);
    else
        return unknownObject("get", id);
    if (!out)
        return graphError(400, 100, QStringLiteral("OAuthException"), error);
    return FakeResponse::json(*out);
}

FakeResponse FakeFacebookServer::feed(const FakeRequest &request, bool scheduled) const
{
    const QString owner = request.captures.value(0);
    if (owner != m_pageId && owner != QLatin1String("me"))
        return unknownObject(
            "get", owner + (scheduled ? QStringLiteral("/scheduled_posts") : QStringLiteral("/feed")));
    bool hasSince = false;
    const qint64 since = request.param(QStringLiteral("since")).toLongLong(&hasSince);
    bool hasUntil = false;
    const qint64 until = request.param(QStringLiteral("until")).toLongLong(&hasUntil);
    QList<FakeFacebookPost> pool;
    for (const FakeFacebookPost &post : m_posts) {
        if (scheduled ? (post.published || !post.scheduledAt.isValid()) : !post.published)
            continue;
        const qint64 at = (scheduled ? post.scheduledAt : post.createdAt).toSecsSinceEpoch();
        if ((hasSince && at < since) || (hasUntil && at > until))
            continue;
        pool << post;
    }
    // Newest first on the feed; the scheduled list in the order they will go out.
    std::sort(pool.begin(), pool.end(), [scheduled](const FakeFacebookPost &a, const FakeFacebookPost &b) {
        if (scheduled)
            return a.scheduledAt != b.scheduledAt ? a.scheduledAt < b.scheduledAt : a.id < b.id;
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    QList<QJsonObject> items;
    const QString fields = request.param(QStringLiteral("fields"));
    for (const FakeFacebookPost &post : std::as_const(pool)) {
        QString error;
        const auto item =
            selectFields(renderPost(post), fields,
                         {QStringLiteral("created_time"), QStringLiteral("message"), QStringLiteral("id")},
                         knownPostFields(), QStringLiteral("PagePost"), &error);
        if (!item)
            return graphError(400, 100, QStringLiteral("OAuthException"), error);
        items << *item;
    }
    return list(request, items, {});
}

FakeResponse FakeFacebookServer::comments(const FakeRequest &request, const QString &objectId) const
{
    QList<FakeFacebookComment> pool;
    const bool stream = request.param(QStringLiteral("filter")) == QLatin1String("stream");
    if (m_posts.contains(objectId)) {
        for (const FakeFacebookComment &c : m_comments)
            if (c.postId == objectId && (stream || c.parentId.isEmpty()))
                pool << c;
    } else if (m_comments.contains(objectId)) {
        for (const FakeFacebookComment &c : m_comments)
            if (c.parentId == objectId)
                pool << c;
    } else {
        return unknownObject("get", objectId + QStringLiteral("/comments"));
    }
    const bool reverse = request.param(QStringLiteral("order")) == QLatin1String("reverse_chronological");
    std::sort(pool.begin(), pool.end(),
              [reverse](const FakeFacebookComment &a, const FakeFacebookComment &b) {
                  if (a.createdAt != b.createdAt)
                      return reverse ? a.createdAt > b.createdAt : a.createdAt < b.createdAt;
                  return reverse ? a.id > b.id : a.id < b.id;
              });
    QList<QJsonObject> items;
    const QString fields = request.param(QStringLiteral("fields"));
    for (const FakeFacebookComment &c : std::as_const(pool)) {
        QString error;
        const auto item = selectFields(renderComment(c), fields,
                                       {QStringLiteral("created_time"), QStringLiteral("from"),
                                        QStringLiteral("message"), QStringLiteral("id")},
                                       knownCommentFields(), QStringLiteral("Comment"), &error);
        if (!item)
            return graphError(400, 100, QStringLiteral("OAuthException"), error);
        items << *item;
    }
    QJsonObject extra;
    const QString summary = request.param(QStringLiteral("summary"));
    if (summary == QLatin1String("true") || summary == QLatin1String("1"))
        extra.insert(QStringLiteral("summary"),
                     QJsonObject{{QStringLiteral("order"), reverse ? QStringLiteral("reverse_chronological")
                                                                   : QStringLiteral("chronological")},
                                 {QStringLiteral("total_count"), pool.size()},
                                 {QStringLiteral("can_comment"), true}});
    return list(request, items, extra);
}

FakeResponse unknownObject(const char *verb, const QString &id)
{
    // The answer Graph gives for an id it does not know (or may not show).
    return graphError(400, 100, QStringLiteral("GraphMethodException"),
                      QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot be "
                                     "loaded due to missing permissions, or does not support this operation. "
                                     "Please read the Graph API documentation at "
                                     "https://developers.facebook.com/docs/graph-api")
                          .arg(QLatin1String(verb), id),
                      33);
}

} // namespace fakes
} // namespace vigie
