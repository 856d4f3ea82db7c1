// The fake AppView reads the PDS forwards: getPosts, getPostThread, listNotifications,
// searchPosts, getProfile, and the PDS's own resolveHandle. Views follow app.bsky.feed.defs,
// app.bsky.actor.defs and app.bsky.notification.listNotifications.
#include "fakes/bluesky/fakeblueskyserver.h"

#include "fakes/bluesky/fakeblueskyutil.h"

#include <QJsonArray>
#include <algorithm>

namespace vigie {
namespace fakes {

using bluesky::isoTime;
using bluesky::parseIsoTime;
using bluesky::xrpcError;

namespace {

FakeResponse invalidParam(const QString &message)
{
    return xrpcError(400, QStringLiteral("InvalidRequest"), message);
}

// An integer parameter within the lexicon's bounds; nullopt (and refusal set) when outside.
std::optional<int> intParam(const FakeRequest &request, const QString &name, int fallback, int minimum,
                            int maximum, FakeResponse *refusal)
{
    const QString raw = request.param(name);
    if (raw.isEmpty())
        return fallback;
    bool ok = false;
    const int value = raw.toInt(&ok);
    if (!ok) {
        *refusal = invalidParam(QStringLiteral("Error: %1 must be an integer").arg(name));
        return std::nullopt;
    }
    if (value < minimum || value > maximum) {
        *refusal = invalidParam(
            value < minimum ? QStringLiteral("Error: %1 can not be less than %2").arg(name).arg(minimum)
                            : QStringLiteral("Error: %1 can not be greater than %2").arg(name).arg(maximum));
        return std::nullopt;
    }
    return value;
}

} // namespace

void FakeBlueskyServer::registerAppViewRoutes()
{
    // Reads take a token when one is sent (and then check it, as the PDS does before proxying).
    const auto readable = [this](std::function<FakeResponse(const FakeRequest &)> read) {
        return [this, read = std::move(read)](const FakeRequest &request) {
            FakeResponse refusal;
            if (!request.header("authorization").isEmpty() && !authenticate(request, &refusal))
                return refusal;
            return read(request);
        };
    };
    xrpc("GET", QStringLiteral("app.bsky.feed.getPosts"),
         readable([this](const FakeRequest &r) { return getPosts(r); }));
    xrpc("GET", QStringLiteral("app.bsky.feed.getPostThread"),
         readable([this](const FakeRequest &r) { return getPostThread(r); }));
    xrpc("GET", QStringLiteral("app.bsky.feed.searchPosts"),
         readable([this](const FakeRequest &r) { return searchPosts(r); }));
    xrpc("GET", QStringLiteral("app.bsky.actor.getProfile"),
         readable([this](const FakeRequest &r) { return getProfile(r); }));
    xrpc("GET", QStringLiteral("com.atproto.identity.resolveHandle"),
         readable([this](const FakeRequest &r) { return resolveHandle(r); }));
    xrpc("GET", QStringLiteral("app.bsky.notification.listNotifications"),
         [this](const FakeRequest &r) { return listNotifications(r); });
}

QJsonObject FakeBlueskyServer::profileViewBasic(const QString &did) const
{
    const auto found = account(did);
    QJsonObject view{{QStringLiteral("did"), did},
                     {QStringLiteral("handle"), found ? found->handle : QStringLiteral("handle.invalid")},
                     {QStringLiteral("labels"), QJsonArray{}},
                     {QStringLiteral("viewer"),
                      QJsonObject{{QStringLiteral("muted"), false}, {QStringLiteral("blockedBy"), false}}}};
    if (found && !found->displayName.isEmpty())
        view.insert(QStringLiteral("displayName"), found->displayName);
    return view;
}

QJsonObject FakeBlueskyServer::profileView(const QString &did) const
{
    QJsonObject view = profileViewBasic(did);
    view.insert(QStringLiteral("indexedAt"), QStringLiteral("2024-01-01T00:00:00.000Z"));
    return view;
}

QJsonObject FakeBlueskyServer::postView(const FakeBlueskyRecord &record) const
{
    QJsonObject view{{QStringLiteral("uri"), record.uri},
                     {QStringLiteral("cid"), record.cid},
                     {QStringLiteral("author"), profileViewBasic(record.did)},
                     {QStringLiteral("record"), record.value},
                     {QStringLiteral("bookmarkCount"), 0},
                     {QStringLiteral("replyCount"), m_replies.value(record.uri).size()},
                     {QStringLiteral("repostCount"), record.reposts},
                     {QStringLiteral("likeCount"), record.likes},
                     {QStringLiteral("quoteCount"), record.quotes},
                     {QStringLiteral("indexedAt"), isoTime(record.indexedAt)},
                     {QStringLiteral("viewer"), QJsonObject{{QStringLiteral("threadMuted"), false},
                                                            {QStringLiteral("embeddingDisabled"), false}}},
                     {QStringLiteral("labels"), QJsonArray{}}};
    // A thread's root shows its threadgate (who may reply, which replies are hidden), as the
    // reference AppView does; the replies themselves are still listed by getPostThread.
    const auto gate = m_records.constFind(
        QStringLiteral("at://%1/app.bsky.feed.threadgate/%2").arg(record.did, record.rkey));
    if (record.collection == QLatin1String("app.bsky.feed.post") && gate != m_records.constEnd())
        view.insert(QStringLiteral("threadgate"), QJsonObject{{QStringLiteral("uri"), gate->uri},
                                                              {QStringLiteral("cid"), gate->cid},
                                                              {QStringLiteral("record"), gate->value},
                                                              {QStringLiteral("lists"), QJsonArray{}}});
    const QJsonObject embed = record.value.value(QLatin1String("embed")).toObject();
    if (embed.value(QLatin1String("$type")).toString() == QLatin1String("app.bsky.embed.images")) {
        QJsonArray images;
        for (const QJsonValue &value : embed.value(QLatin1String("images")).toArray()) {
            const QJsonObject image = value.toObject();
            const QString cid = image.value(QLatin1String("image"))
                                    .toObject()
                                    .value(QLatin1String("ref"))
                                    .toObject()
                                    .value(QLatin1String("$link"))
                                    .toString();
            const QString base = QStringLiteral("https://cdn.bsky.app/img/feed_%2/plain/%1/").arg(record.did);
            images.append(QJsonObject{{QStringLiteral("thumb"),
                                       base.arg(QStringLiteral("thumbnail")) + cid + QStringLiteral("@jpeg")},
                                      {QStringLiteral("fullsize"),
                                       base.arg(QStringLiteral("fullsize")) + cid + QStringLiteral("@jpeg")},
                                      {QStringLiteral("alt"), image.value(QLatin1String("alt"))}});
        }
        view.insert(QStringLiteral("embed"),
                    QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.images#view")},
                                {QStringLiteral("images"), images}});
    }
    return view;
}

FakeResponse FakeBlueskyServer::getPosts(const FakeRequest &request) const
{
    const QStringList uris = request.params(QStringLiteral("uris"));
    if (uris.isEmpty())
        return invalidParam(QStringLiteral("Error: Params must have the property \"uris\""));
    if (uris.size() > 25)
        return invalidParam(QStringLiteral("Error: uris must not have more than 25 elements"));
    QJsonArray posts;
    for (const QString &uri : uris)
        if (const auto it = m_records.constFind(uri); it != m_records.constEnd())
            posts.append(postView(*it));
    return FakeResponse::json(QJsonObject{{QStringLiteral("posts"), posts}});
}

QJsonObject FakeBlueskyServer::threadNode(const QString &uri, int depth, int parentHeight,
                                          bool withParent) const
{
    const auto it = m_records.constFind(uri);
    if (it == m_records.constEnd())
        return QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#notFoundPost")},
                           {QStringLiteral("uri"), uri},
                           {QStringLiteral("notFound"), true}};
    if (m_blockedAuthors.contains(it->did))
        return QJsonObject{
            {QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#blockedPost")},
            {QStringLiteral("uri"), uri},
            {QStringLiteral("blocked"), true},
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("did"), it->did},
                         {QStringLiteral("viewer"), QJsonObject{{QStringLiteral("blockedBy"), true}}}}}};
    QJsonObject node{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#threadViewPost")},
                     {QStringLiteral("post"), postView(*it)}};
    const QString parent = it->value.value(QLatin1String("reply"))
                               .toObject()
                               .value(QLatin1String("parent"))
                               .toObject()
                               .value(QLatin1String("uri"))
                               .toString();
    if (withParent && parentHeight > 0 && !parent.isEmpty())
        node.insert(QStringLiteral("parent"), threadNode(parent, 0, parentHeight - 1, true));
    if (depth > 0) {
        QJsonArray replies;
        for (const QString &reply : m_replies.value(uri))
            replies.append(threadNode(reply, depth - 1, 0, false));
        node.insert(QStringLiteral("replies"), replies);
    }
    return node;
}

FakeResponse FakeBlueskyServer::getPostThread(const FakeRequest &request) const
{
    const QString uri = request.param(QStringLiteral("uri"));
    if (uri.isEmpty())
        return invalidParam(QStringLiteral("Error: Params must have the property \"uri\""));
    FakeResponse refusal;
    const auto depth = intParam(request, QStringLiteral("depth"), 6, 0, 1000, &refusal);
    const auto height = intParam(request, QStringLiteral("parentHeight"), 80, 0, 1000, &refusal);
    if (!depth || !height)
        return refusal;
    if (!m_records.contains(uri))
        return xrpcError(400, QStringLiteral("NotFound"), QStringLiteral("Post not found: ") + uri);
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("thread"), threadNode(uri, *depth, *height, true)}});
}

FakeResponse FakeBlueskyServer::listNotifications(const FakeRequest &request) const
{
    FakeResponse refusal;
    const auto did = authenticate(request, &refusal);
    if (!did)
        return refusal;
    const auto limit = intParam(request, QStringLiteral("limit"), 50, 1, 100, &refusal);
    if (!limit)
        return refusal;
    static const std::vector<FakeBlueskyNotification> none;
    const auto found = m_notifications.constFind(*did);
    const std::vector<FakeBlueskyNotification> &all = found == m_notifications.constEnd() ? none : *found;
    auto from = all.cbegin();
    const QString cursor = request.param(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        // The AppView's cursor is the sortAt of the page's last notification: older ones follow.
        const QDateTime before = parseIsoTime(cursor);
        if (!before.isValid())
            return invalidParam(QStringLiteral("Malformed cursor"));
        from = std::find_if(all.cbegin(), all.cend(), [&](const auto &n) { return n.indexedAt < before; });
    }
    QJsonArray notifications;
    QString nextCursor;
    for (auto it = from; it != all.cend() && notifications.size() < *limit; ++it) {
        QJsonObject item{{QStringLiteral("uri"), it->uri},
                         {QStringLiteral("cid"), it->cid},
                         {QStringLiteral("author"), profileView(it->authorDid)},
                         {QStringLiteral("reason"), it->reason},
                         {QStringLiteral("record"), it->record},
                         {QStringLiteral("isRead"), it->isRead},
                         {QStringLiteral("indexedAt"), isoTime(it->indexedAt)},
                         {QStringLiteral("labels"), QJsonArray{}}};
        if (!it->reasonSubject.isEmpty())
            item.insert(QStringLiteral("reasonSubject"), it->reasonSubject);
        notifications.append(item);
        nextCursor = isoTime(it->indexedAt);
    }
    QJsonObject body{{QStringLiteral("notifications"), notifications}, {QStringLiteral("priority"), false}};
    if (!nextCursor.isEmpty())
        body.insert(QStringLiteral("cursor"), nextCursor);
    return FakeResponse::json(body);
}

FakeResponse FakeBlueskyServer::searchPosts(const FakeRequest &request) const
{
    const QString q = request.param(QStringLiteral("q"));
    if (q.isEmpty())
        return invalidParam(QStringLiteral("Error: Params must have the property \"q\""));
    FakeResponse refusal;
    const auto limit = intParam(request, QStringLiteral("limit"), 25, 1, 100, &refusal);
    if (!limit)
        return refusal;
    QList<const FakeBlueskyRecord *> hits;
    for (const FakeBlueskyRecord &record : m_records)
        if (record.collection == QLatin1String("app.bsky.feed.post") &&
            record.value.value(QLatin1String("text")).toString().contains(q, Qt::CaseInsensitive))
            hits.append(&record);
    // Newest first, then by CID; the cursor is "<sortAt ms>__<cid>" of the page's last post.
    const auto newerFirst = [](const FakeBlueskyRecord *a, const FakeBlueskyRecord *b) {
        return a->indexedAt != b->indexedAt ? a->indexedAt > b->indexedAt : a->cid > b->cid;
    };
    std::sort(hits.begin(), hits.end(), newerFirst);
    qsizetype start = 0;
    const QString cursor = request.param(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const QStringList parts = cursor.split(QStringLiteral("__"));
        if (parts.size() != 2)
            return invalidParam(QStringLiteral("Malformed cursor"));
        FakeBlueskyRecord last;
        last.indexedAt = QDateTime::fromMSecsSinceEpoch(parts.at(0).toLongLong(), Qt::UTC);
        last.cid = parts.at(1);
        while (start < hits.size() && !newerFirst(&last, hits.at(start)))
            ++start;
    }
    QJsonArray posts;
    QString nextCursor;
    for (qsizetype i = start; i < hits.size() && posts.size() < *limit; ++i) {
        posts.append(postView(*hits.at(i)));
        nextCursor =
            QStringLiteral("%1__%2").arg(hits.at(i)->indexedAt.toMSecsSinceEpoch()).arg(hits.at(i)->cid);
    }
    QJsonObject body{{QStringLiteral("posts"), posts}, {QStringLiteral("hitsTotal"), hits.size()}};
    if (start + posts.size() < hits.size())
        body.insert(QStringLiteral("cursor"), nextCursor);
    return FakeResponse::json(body);
}

FakeResponse FakeBlueskyServer::getProfile(const FakeRequest &request) const
{
    const auto found = account(request.param(QStringLiteral("actor")));
    if (!found)
        return invalidParam(QStringLiteral("Profile not found"));
    qint64 posts = 0;
    for (const FakeBlueskyRecord &record : m_records)
        posts += record.did == found->did;
    QJsonObject view = profileView(found->did);
    view.insert(QStringLiteral("followersCount"), 0);
    view.insert(QStringLiteral("followsCount"), 0);
    view.insert(QStringLiteral("postsCount"), posts);
    view.insert(QStringLiteral("createdAt"), QStringLiteral("2024-01-01T00:00:00.000Z"));
    return FakeResponse::json(view);
}

FakeResponse FakeBlueskyServer::resolveHandle(const FakeRequest &request) const
{
    const QString handle = request.param(QStringLiteral("handle"));
    if (handle.isEmpty())
        return invalidParam(QStringLiteral("Error: Params must have the property \"handle\""));
    const auto found = account(handle);
    if (!found || handle.startsWith(QLatin1String("did:")))
        return invalidParam(QStringLiteral("Unable to resolve handle"));
    return FakeResponse::json(QJsonObject{{QStringLiteral("did"), found->did}});
}

} // namespace fakes
} // namespace vigie
