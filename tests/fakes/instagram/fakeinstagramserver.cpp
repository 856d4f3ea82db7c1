#include "fakes/instagram/fakeinstagramserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {
namespace fakes {

namespace {
const QString version = QStringLiteral("/v21\\.0");
const QString idPattern = QStringLiteral("([0-9A-Za-z_]+)");

QString cursorFor(int index)
{
    return QString::fromLatin1(QByteArray::number(index).toBase64());
}

int indexOf(const QString &cursor)
{
    bool ok = false;
    const int index = QByteArray::fromBase64(cursor.toLatin1()).toInt(&ok);
    return ok ? index : -1;
}
} // namespace

FakeInstagramServer::FakeInstagramServer(QObject *parent)
    : FakeHttpServer(parent)
{
    addPublishRoutes();
    addCommentRoutes();
    addNodeRoutes(); // last: its patterns are the most general
}

FakeInstagramServer::~FakeInstagramServer() = default;

QUrl FakeInstagramServer::graphUrl() const
{
    QUrl base = url();
    base.setPath(QStringLiteral("/v21.0"));
    return base;
}

QString FakeInstagramServer::newId(qint64 base)
{
    // Instagram ids are 17-digit decimal strings.
    return QString::number(base + (++m_nextId) * 7);
}

bool FakeInstagramServer::authorized(const FakeRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (header.startsWith("Bearer ") || header.startsWith("OAuth "))
        return QString::fromUtf8(header.mid(header.indexOf(' ') + 1).trimmed()) == m_token;
    return request.param(QStringLiteral("access_token")) == m_token;
}

void FakeInstagramServer::graph(const QByteArray &method, const QString &pattern, const QString &permission,
                                const Handler &handler)
{
    on(method, version + pattern, [this, permission, handler](const FakeRequest &request) {
        if (!authorized(request))
            return graphError(400, 190,
                              QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
        if (m_businessUsage >= 100)
            return graphError(
                400, 80002,
                QStringLiteral("There have been too many calls to this Instagram account. Wait a bit "
                               "and try again. For more info, please refer to "
                               "https://developers.facebook.com/docs/graph-api/overview/rate-limiting."));
        if (!permission.isEmpty() && m_withdrawn.contains(permission))
            return graphError(403, 10,
                              QStringLiteral("(#10) Application does not have permission for this action"));
        return handler(request);
    });
}

void FakeInstagramServer::decorate(const FakeRequest &request, FakeResponse &response)
{
    if (!request.path.startsWith(QLatin1String("/v21.0")))
        return; // the CDN
    const QJsonObject app{{QStringLiteral("call_count"), m_appUsage},
                          {QStringLiteral("total_cputime"), qMin(m_appUsage, 5)},
                          {QStringLiteral("total_time"), qMin(m_appUsage, 5)}};
    response.header("X-App-Usage", QJsonDocument(app).toJson(QJsonDocument::Compact));
    const QJsonObject buc{
        {m_userId,
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("instagram")},
                                {QStringLiteral("call_count"), m_businessUsage},
                                {QStringLiteral("total_cputime"), qMin(m_businessUsage, 5)},
                                {QStringLiteral("total_time"), qMin(m_businessUsage, 5)},
                                {QStringLiteral("estimated_time_to_regain_access"), m_regainMinutes}}}}};
    response.header("X-Business-Use-Case-Usage", QJsonDocument(buc).toJson(QJsonDocument::Compact));
}

void FakeInstagramServer::setUsage(int appPercent, int businessPercent, int regainMinutes)
{
    m_appUsage = appPercent;
    m_businessUsage = businessPercent;
    m_regainMinutes = regainMinutes;
}

FakeInstagramServer::Fields FakeInstagramServer::parseFields(const QString &fields)
{
    // "id,from{id,username},replies{id,text}" → (id, ""), (from, "id,username"), (replies, "id,text")
    Fields parsed;
    int depth = 0;
    QString name;
    QString sub;
    auto flush = [&] {
        if (!name.trimmed().isEmpty())
            parsed.append({name.trimmed(), sub});
        name.clear();
        sub.clear();
    };
    for (const QChar c : fields) {
        if (c == QLatin1Char('{')) {
            if (depth++ > 0)
                sub += c;
        } else if (c == QLatin1Char('}')) {
            if (--depth > 0)
                sub += c;
        } else if (c == QLatin1Char(',') && depth == 0) {
            flush();
        } else if (depth > 0) {
            sub += c;
        } else {
            name += c;
        }
    }
    flush();
    return parsed;
}

FakeResponse FakeInstagramServer::graphError(int status, int code, const QString &message, int subcode)
{
    // Graph API error body (graph-api/guides/error-handling; tests/data/instagram/error_*.json).
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), QStringLiteral("OAuthException")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("fbtrace_id"), QStringLiteral("A6LJylpZRKw2xKLFsAP-cJh")}};
    if (subcode) {
        error.insert(QStringLiteral("error_subcode"), subcode);
        error.insert(QStringLiteral("is_transient"), false);
    }
    return FakeResponse::json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

FakeResponse FakeInstagramServer::noSuchObject(const QString &id)
{
    return graphError(
        400, 100,
        QStringLiteral("Unsupported get request. Object with ID '%1' does not exist, cannot be loaded "
                       "due to missing permissions, or does not support this operation. Please read "
                       "the Graph API documentation at https://developers.facebook.com/docs/graph-api")
            .arg(id),
        33);
}

FakeResponse FakeInstagramServer::missingField(const QString &field, const QString &nodeType)
{
    return graphError(400, 100,
                      QStringLiteral("(#100) Tried accessing nonexisting field (%1) on node type (%2)")
                          .arg(field, nodeType));
}

FakeResponse FakeInstagramServer::render(const QString &nodeType, const QJsonObject &all,
                                         const QStringList &known, const Fields &fields) const
{
    QJsonObject out;
    const Fields wanted = fields.isEmpty() ? Fields{{QStringLiteral("id"), {}}} : fields;
    for (const auto &[name, sub] : wanted) {
        if (!known.contains(name))
            return missingField(name, nodeType);
        if (!all.contains(name))
            continue; // Graph leaves out a field without a value
        QJsonValue value = all.value(name);
        if (value.isObject() && !sub.isEmpty() && !value.toObject().contains(QLatin1String("data"))) {
            QJsonObject filtered;
            for (const auto &[subName, unused] : parseFields(sub))
                if (value.toObject().contains(subName))
                    filtered.insert(subName, value.toObject().value(subName));
            value = filtered;
        }
        out.insert(name, value);
    }
    return FakeResponse::json(out);
}

FakeResponse FakeInstagramServer::readNode(const QString &id, const QString &fieldList)
{
    const Fields fields = parseFields(fieldList);
    if (id == m_pageId) {
        QJsonObject all{{QStringLiteral("id"), m_pageId}, {QStringLiteral("name"), m_pageName}};
        if (m_linked)
            all.insert(
                QStringLiteral("instagram_business_account"),
                QJsonObject{{QStringLiteral("id"), m_userId}, {QStringLiteral("username"), m_username}});
        return render(
            QStringLiteral("Page"), all,
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("instagram_business_account")},
            fields);
    }
    if (id == m_userId) {
        const QJsonObject all{{QStringLiteral("id"), m_userId},
                              {QStringLiteral("username"), m_username},
                              {QStringLiteral("name"), m_name},
                              {QStringLiteral("media_count"), int(m_media.size())},
                              {QStringLiteral("followers_count"), 1280}};
        return render(QStringLiteral("IGUser"), all, all.keys(), fields);
    }
    if (m_containers.contains(id)) {
        FakeInstagramContainer &c = m_containers[id];
        if (c.statusCode == QLatin1String("IN_PROGRESS") && c.pollsLeft-- <= 0) {
            c.statusCode = c.errorStatus.isEmpty() ? QStringLiteral("FINISHED") : QStringLiteral("ERROR");
        }
        QJsonObject all{{QStringLiteral("id"), c.id}, {QStringLiteral("status_code"), c.statusCode}};
        if (c.statusCode == QLatin1String("ERROR"))
            all.insert(QStringLiteral("status"), c.errorStatus);
        else
            all.insert(QStringLiteral("status"),
                       c.statusCode == QLatin1String("FINISHED")
                           ? QStringLiteral("Finished: Media container is ready")
                           : QStringLiteral("In Progress: Media is still being processed."));
        return render(QStringLiteral("ShadowIGMediaBuilder"), all,
                      {QStringLiteral("id"), QStringLiteral("status_code"), QStringLiteral("status"),
                       QStringLiteral("copyright_check_status")},
                      fields);
    }
    if (m_media.contains(id)) {
        const FakeInstagramMedia &m = m_media[id];
        QJsonObject all{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("timestamp"), m.timestamp.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000"))},
            {QStringLiteral("permalink"), m.permalink},
            {QStringLiteral("media_type"), m.mediaType},
            {QStringLiteral("media_product_type"), m.productType},
            {QStringLiteral("like_count"), m.likes},
            {QStringLiteral("comments_count"), commentsCount(m.id)},
            {QStringLiteral("username"), m_username},
            {QStringLiteral("owner"), QJsonObject{{QStringLiteral("id"), m_userId}}}};
        if (!m.caption.isEmpty())
            all.insert(QStringLiteral("caption"), m.caption);
        if (!m.altText.isEmpty())
            all.insert(QStringLiteral("alt_text"), m.altText);
        QStringList known = all.keys();
        known << QStringLiteral("caption") << QStringLiteral("alt_text") << QStringLiteral("media_url");
        return render(QStringLiteral("IGMedia"), all, known, fields);
    }
    if (m_comments.contains(id)) {
        const QStringList known{
            QStringLiteral("id"),       QStringLiteral("text"),  QStringLiteral("timestamp"),
            QStringLiteral("username"), QStringLiteral("from"),  QStringLiteral("like_count"),
            QStringLiteral("hidden"),   QStringLiteral("media"), QStringLiteral("parent_id"),
            QStringLiteral("replies"),  QStringLiteral("user")};
        for (const auto &[name, sub] : fields)
            if (!known.contains(name))
                return missingField(name, QStringLiteral("IGComment"));
        return FakeResponse::json(renderComment(m_comments.value(id), fields));
    }
    if (m_staged.contains(id)) {
        const Staged &s = m_staged[id];
        QJsonObject all{{QStringLiteral("id"), id},
                        {QStringLiteral("created_time"), QDateTime::currentDateTimeUtc().toString(
                                                             QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000"))}};
        if (s.video) {
            if (s.sourcePollsLeft-- <= 0)
                all.insert(QStringLiteral("source"), s.cdnUrl);
            return render(QStringLiteral("Video"), all,
                          {QStringLiteral("id"), QStringLiteral("created_time"), QStringLiteral("source"),
                           QStringLiteral("permalink_url")},
                          fields);
        }
        // Photo.images: every size Facebook made, largest first.
        all.insert(QStringLiteral("images"),
                   QJsonArray{QJsonObject{{QStringLiteral("height"), 1080},
                                          {QStringLiteral("width"), 1080},
                                          {QStringLiteral("source"), s.cdnUrl}},
                              QJsonObject{{QStringLiteral("height"), 320},
                                          {QStringLiteral("width"), 320},
                                          {QStringLiteral("source"), s.cdnUrl + QStringLiteral("&s=320")}}});
        all.insert(QStringLiteral("link"), QStringLiteral("https://www.facebook.com/photo.php?fbid=") + id);
        return render(QStringLiteral("Photo"), all,
                      {QStringLiteral("id"), QStringLiteral("created_time"), QStringLiteral("images"),
                       QStringLiteral("link"), QStringLiteral("name")},
                      fields);
    }
    return noSuchObject(id);
}

QJsonObject FakeInstagramServer::renderComment(const FakeInstagramComment &c, const Fields &fields) const
{
    const Fields wanted = fields.isEmpty() ? Fields{{QStringLiteral("id"), {}},
                                                    {QStringLiteral("text"), {}},
                                                    {QStringLiteral("timestamp"), {}}}
                                           : fields;
    QJsonObject out;
    for (const auto &[name, sub] : wanted) {
        if (name == QLatin1String("id"))
            out.insert(name, c.id);
        else if (name == QLatin1String("text"))
            out.insert(name, c.text);
        else if (name == QLatin1String("timestamp"))
            out.insert(name, c.timestamp.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")));
        else if (name == QLatin1String("username"))
            out.insert(name, c.username);
        else if (name == QLatin1String("like_count"))
            out.insert(name, c.likes);
        else if (name == QLatin1String("hidden"))
            out.insert(name, c.hidden);
        else if (name == QLatin1String("parent_id") && !c.parentId.isEmpty())
            out.insert(name, c.parentId);
        else if (name == QLatin1String("from")) {
            QJsonObject from{{QStringLiteral("id"), c.fromId}, {QStringLiteral("username"), c.username}};
            if (!sub.isEmpty() && !sub.contains(QLatin1String("username")))
                from.remove(QStringLiteral("username"));
            out.insert(name, from);
        } else if (name == QLatin1String("media")) {
            QJsonObject media{{QStringLiteral("id"), c.mediaId}};
            if (sub.contains(QLatin1String("permalink")))
                media.insert(QStringLiteral("permalink"), m_media.value(c.mediaId).permalink);
            out.insert(name, media);
        } else if (name == QLatin1String("replies") && c.parentId.isEmpty()) {
            const QJsonObject edge = repliesEdge(c.id, parseFields(sub));
            if (!edge.value(QLatin1String("data")).toArray().isEmpty())
                out.insert(name, edge);
        }
    }
    return out;
}

QJsonObject FakeInstagramServer::repliesEdge(const QString &commentId, const Fields &fields) const
{
    // A nested edge holds its first 25 items; a "next" link says there are more.
    constexpr int nestedLimit = 25;
    QJsonArray data;
    int total = 0;
    for (const QString &id : m_commentOrder) {
        const FakeInstagramComment &r = m_comments[id];
        if (r.parentId != commentId)
            continue;
        if (total++ < nestedLimit)
            data.append(renderComment(r, fields));
    }
    QJsonObject edge{{QStringLiteral("data"), data}};
    if (total > nestedLimit) {
        QUrl next = graphUrl();
        next.setPath(next.path() + QLatin1Char('/') + commentId + QStringLiteral("/replies"));
        next.setQuery(QStringLiteral("limit=25&after=") + cursorFor(nestedLimit - 1));
        edge.insert(QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("cursors"),
                                 QJsonObject{{QStringLiteral("before"), cursorFor(0)},
                                             {QStringLiteral("after"), cursorFor(nestedLimit - 1)}}},
                                {QStringLiteral("next"), next.toString()}});
    }
    return edge;
}

FakeResponse FakeInstagramServer::page(const QList<QJsonObject> &items, const FakeRequest &request,
                                       int defaultLimit) const
{
    // Cursor-based pagination (graph-api/results): cursors.before/after, next only when more.
    bool ok = false;
    int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = defaultLimit;
    limit = qMin(limit, 100);
    const QString after = request.query.queryItemValue(QStringLiteral("after"));
    const int start = after.isEmpty() ? 0 : indexOf(after) + 1;
    if (start < 0)
        return graphError(400, 100, QStringLiteral("(#100) The after cursor is not valid"));
    QJsonArray data;
    for (int i = start; i < items.size() && i < start + limit; ++i)
        data.append(items.at(i));
    QJsonObject out{{QStringLiteral("data"), data}};
    if (!data.isEmpty()) {
        const int last = start + int(data.size()) - 1;
        QJsonObject paging{
            {QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursorFor(start)},
                                                    {QStringLiteral("after"), cursorFor(last)}}}};
        auto link = [&](const QString &key, const QString &cursor) {
            QUrl next = url();
            next.setPath(request.path);
            QUrlQuery query = request.query;
            query.removeAllQueryItems(QStringLiteral("after"));
            query.removeAllQueryItems(QStringLiteral("before"));
            query.removeAllQueryItems(QStringLiteral("limit"));
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            query.addQueryItem(QStringLiteral("access_token"), m_token); // as Graph's own links carry it
            query.addQueryItem(key, cursor);
            next.setQuery(query);
            return next.toString();
        };
        if (last + 1 < items.size())
            paging.insert(QStringLiteral("next"), link(QStringLiteral("after"), cursorFor(last)));
        if (start > 0)
            paging.insert(QStringLiteral("previous"), link(QStringLiteral("before"), cursorFor(start)));
        out.insert(QStringLiteral("paging"), paging);
    }
    return FakeResponse::json(out);
}

void FakeInstagramServer::addNodeRoutes()
{
    graph("GET", QStringLiteral("/me"), {}, [this](const FakeRequest &request) {
        return readNode(m_pageId, request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded));
    });
    graph("GET", QLatin1Char('/') + idPattern, {}, [this](const FakeRequest &request) {
        return readNode(request.captures.value(0),
                        request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded));
    });
    // IG Comment: POST /{ig-comment-id}?hide=true|false, DELETE /{ig-comment-id}.
    graph("POST", QLatin1Char('/') + idPattern, QStringLiteral("instagram_manage_comments"),
          [this](const FakeRequest &request) {
              const QString id = request.captures.value(0);
              if (!m_comments.contains(id))
                  return noSuchObject(id);
              const QString hide = request.param(QStringLiteral("hide"));
              if (hide != QLatin1String("true") && hide != QLatin1String("false"))
                  return graphError(400, 100, QStringLiteral("(#100) The parameter hide is required"));
              m_comments[id].hidden = hide == QLatin1String("true");
              return FakeResponse::json(QJsonObject{{QStringLiteral("success"), true}});
          });
    graph("DELETE", QLatin1Char('/') + idPattern, QStringLiteral("instagram_manage_comments"),
          [this](const FakeRequest &request) {
              const QString id = request.captures.value(0);
              if (!m_comments.contains(id))
                  return noSuchObject(id);
              QStringList gone{id};
              for (const QString &other : std::as_const(m_commentOrder))
                  if (m_comments.value(other).parentId == id)
                      gone << other;
              for (const QString &g : gone) {
                  m_comments.remove(g);
                  m_commentOrder.removeAll(g);
              }
              return FakeResponse::json(QJsonObject{{QStringLiteral("success"), true}});
          });
    // The Facebook CDN the staged photos and videos are served from (no token: public URLs).
    on("GET", QStringLiteral("/cdn/.*"), [this](const FakeRequest &request) {
        QByteArray type;
        QUrl full = url();
        full.setPath(request.path);
        full.setQuery(request.query);
        const QByteArray data = download(full.toString(), &type);
        if (data.isEmpty())
            return FakeResponse::empty(404);
        FakeResponse response;
        response.body = data;
        response.contentType = type;
        return response;
    });
}

} // namespace fakes
} // namespace vigie
