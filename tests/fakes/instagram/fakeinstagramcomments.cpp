// The account's media and their comments in the fake Instagram: listing with cursor paging,
// comments and replies (read and write).
#include "fakes/instagram/fakeinstagramserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {
namespace fakes {

namespace {
const QString digits = QStringLiteral("/(\\d+)");
const QString manageComments = QStringLiteral("instagram_manage_comments");
} // namespace

QString FakeInstagramServer::addMedia(const QString &caption, const QDateTime &at)
{
    FakeInstagramMedia m;
    m.id = newId(17900000000000000LL);
    m.caption = caption;
    m.timestamp = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC();
    m.permalink = QStringLiteral("https://www.instagram.com/p/C%1/").arg(m.id.right(9));
    m_media.insert(m.id, m);
    qsizetype pos = 0;
    while (pos < m_mediaOrder.size() && m_media.value(m_mediaOrder.at(pos)).timestamp >= m.timestamp)
        ++pos;
    m_mediaOrder.insert(pos, m.id);
    return m.id;
}

QString FakeInstagramServer::addComment(const QString &mediaId, const QString &username, const QString &text,
                                        const QDateTime &at, const QString &parentId)
{
    FakeInstagramComment c;
    c.id = newId(17858000000000000LL);
    c.mediaId = mediaId;
    c.parentId = parentId;
    c.text = text;
    c.username = username;
    qint64 sum = 0;
    for (const QChar ch : username)
        sum = sum * 31 + ch.unicode();
    c.fromId = username == m_username ? m_userId : QString::number(17841450000000000LL + (sum & 0xffffff));
    c.timestamp = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC();
    m_comments.insert(c.id, c);
    qsizetype pos = m_commentOrder.size();
    while (pos > 0 && m_comments.value(m_commentOrder.at(pos - 1)).timestamp > c.timestamp)
        --pos;
    m_commentOrder.insert(pos, c.id);
    return c.id;
}

QList<FakeInstagramMedia> FakeInstagramServer::media() const
{
    QList<FakeInstagramMedia> list;
    for (const QString &id : m_mediaOrder)
        list << m_media.value(id);
    return list;
}

int FakeInstagramServer::commentsCount(const QString &mediaId) const
{
    // comments_count includes replies (IG Media reference).
    return int(std::count_if(m_comments.cbegin(), m_comments.cend(),
                             [&](const FakeInstagramComment &c) { return c.mediaId == mediaId; }));
}

FakeResponse FakeInstagramServer::mediaList(const FakeRequest &request)
{
    if (request.captures.value(0) != m_userId)
        return noSuchObject(request.captures.value(0));
    // Time-based filters (since/until, Unix times) then cursor paging, newest first.
    bool hasSince = false;
    bool hasUntil = false;
    const qint64 since = request.query.queryItemValue(QStringLiteral("since")).toLongLong(&hasSince);
    const qint64 until = request.query.queryItemValue(QStringLiteral("until")).toLongLong(&hasUntil);
    const QString fields = request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded);
    QList<QJsonObject> items;
    for (const QString &id : std::as_const(m_mediaOrder)) {
        const qint64 at = m_media.value(id).timestamp.toSecsSinceEpoch();
        if ((hasSince && at < since) || (hasUntil && at > until))
            continue;
        const FakeResponse one = readNode(id, fields);
        if (one.status != 200)
            return one;
        items << QJsonDocument::fromJson(one.body).object();
    }
    return page(items, request, 25);
}

FakeResponse FakeInstagramServer::comments(const FakeRequest &request, const QString &parentId, bool replies)
{
    if (!replies && !m_media.contains(parentId))
        return m_comments.contains(parentId)
                   ? missingField(QStringLiteral("comments"), QStringLiteral("IGComment"))
                   : noSuchObject(parentId);
    if (replies && !m_comments.contains(parentId))
        return m_media.contains(parentId) ? missingField(QStringLiteral("replies"), QStringLiteral("IGMedia"))
                                          : noSuchObject(parentId);
    const Fields fields =
        parseFields(request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded));
    const QStringList known{QStringLiteral("id"),       QStringLiteral("text"),  QStringLiteral("timestamp"),
                            QStringLiteral("username"), QStringLiteral("from"),  QStringLiteral("like_count"),
                            QStringLiteral("hidden"),   QStringLiteral("media"), QStringLiteral("parent_id"),
                            QStringLiteral("replies"),  QStringLiteral("user")};
    for (const auto &[name, sub] : fields)
        if (!known.contains(name))
            return missingField(name, QStringLiteral("IGComment"));
    QList<QJsonObject> items;
    if (replies) {
        for (const QString &id : std::as_const(m_commentOrder)) // replies oldest first
            if (m_comments.value(id).parentId == parentId)
                items << renderComment(m_comments.value(id), fields);
    } else {
        for (auto it = m_commentOrder.crbegin(); it != m_commentOrder.crend(); ++it) { // newest first
            const FakeInstagramComment &c = m_comments[*it];
            if (c.mediaId == parentId && c.parentId.isEmpty())
                items << renderComment(c, fields);
        }
    }
    return page(items, request, 25);
}

FakeResponse FakeInstagramServer::postComment(const FakeRequest &request, const QString &parentId, bool reply)
{
    if (!reply && !m_media.contains(parentId))
        return m_comments.contains(parentId) ? graphError(400, 100,
                                                          QStringLiteral("(#100) Unsupported post request: "
                                                                         "comments on a comment are replies"))
                                             : noSuchObject(parentId);
    if (reply && (!m_comments.contains(parentId) || !m_comments.value(parentId).parentId.isEmpty()))
        return m_comments.contains(parentId)
                   ? graphError(400, 100,
                                QStringLiteral("(#100) Replies can only be made to top-level comments"))
                   : noSuchObject(parentId);
    const QString message = request.param(QStringLiteral("message"));
    if (message.isEmpty())
        return graphError(400, 100, QStringLiteral("(#100) The parameter message is required"));
    const QString mediaId = reply ? m_comments.value(parentId).mediaId : parentId;
    const QString id = addComment(mediaId, m_username, message, {}, reply ? parentId : QString());
    return FakeResponse::json(QJsonObject{{QStringLiteral("id"), id}});
}

void FakeInstagramServer::addCommentRoutes()
{
    graph("GET", digits + QStringLiteral("/media"), QStringLiteral("instagram_basic"),
          [this](const FakeRequest &request) { return mediaList(request); });
    graph("GET", digits + QStringLiteral("/comments"), manageComments,
          [this](const FakeRequest &request) { return comments(request, request.captures.value(0), false); });
    graph("GET", digits + QStringLiteral("/replies"), manageComments,
          [this](const FakeRequest &request) { return comments(request, request.captures.value(0), true); });
    graph("POST", digits + QStringLiteral("/comments"), manageComments, [this](const FakeRequest &request) {
        return postComment(request, request.captures.value(0), false);
    });
    graph("POST", digits + QStringLiteral("/replies"), manageComments, [this](const FakeRequest &request) {
        return postComment(request, request.captures.value(0), true);
    });
}

} // namespace fakes
} // namespace vigie
