// Reading: the inbox (app.bsky.notification.listNotifications), threads (getPostThread),
// listening (searchPosts) and metrics (getPosts).
//
// The inbox cursor Vigie stores is the indexedAt of the newest notification the last sync saw,
// exactly as the AppView wrote it (ISO 8601). listNotifications only pages backward (newest
// first), so a sync walks back from the newest page until it meets notifications older than
// that cursor. Every page is handed over as it comes with an empty cursorAfter, except the
// last, which carries the new cursor: a sync that stops half-way leaves the stored cursor as it
// was and the next one walks the same way again (the inbox store drops what it already has).
// Notifications at exactly the stored time are handed over again for the same reason: two of
// them may share a timestamp and only one may have been seen.
#include "platforms/bluesky/blueskyadapter.h"

#include "platforms/bluesky/blueskyviews.h"

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

constexpr int kNotificationPageSize = 100; // listNotifications: limit 1..100
constexpr int kThreadDepth = 10;           // getPostThread: replies below the post
constexpr int kThreadParentHeight = 80;    // getPostThread: the lexicon's default

const QString kThreadViewPost = QStringLiteral("app.bsky.feed.defs#threadViewPost");
const QString kNotFoundPost = QStringLiteral("app.bsky.feed.defs#notFoundPost");
const QString kBlockedPost = QStringLiteral("app.bsky.feed.defs#blockedPost");

// The kind of a member of the thread union ($type, or the markers when a server leaves it out).
QString threadMemberType(const QJsonObject &member)
{
    const QString type = member.value(QLatin1String("$type")).toString();
    if (!type.isEmpty())
        return type;
    if (member.value(QLatin1String("notFound")).toBool())
        return kNotFoundPost;
    if (member.value(QLatin1String("blocked")).toBool())
        return kBlockedPost;
    return member.contains(QLatin1String("post")) ? kThreadViewPost : QString();
}

// Replies below a post, depth first in the order the AppView ranks them. Posts that are not
// there (deleted, blocked) are left out; they have no text to show.
void collectReplies(const QJsonObject &node, const QString &accountDid, QList<RemoteMessage> &out)
{
    for (const QJsonValue &value : node.value(QLatin1String("replies")).toArray()) {
        const QJsonObject reply = value.toObject();
        const QString type = threadMemberType(reply);
        if (type == kNotFoundPost || type == kBlockedPost)
            continue;
        if (type != kThreadViewPost) {
            logUnknownValue(Network::Bluesky, "thread member type", type);
            continue;
        }
        if (auto message = messageFromPostView(reply.value(QLatin1String("post")).toObject(), accountDid))
            out.append(*message);
        collectReplies(reply, accountDid, out);
    }
}

} // namespace

Outcome BlueskyAdapter::syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage)
{
    if (const Outcome signedIn = ensureSignedIn(); !signedIn)
        return signedIn;
    const QDateTime watermark = parseBlueskyDateTime(cursor);
    QDateTime newest;
    QString newestCursor;
    QString pageCursor;
    while (true) {
        XrpcSession::Params params{{QStringLiteral("limit"), QString::number(kNotificationPageSize)}};
        if (!pageCursor.isEmpty())
            params.append({QStringLiteral("cursor"), pageCursor});
        const XrpcReply reply =
            m_session.query(QStringLiteral("app.bsky.notification.listNotifications"), params);
        if (!reply.ok())
            return reply.outcome;

        InboxPage page;
        bool reachedSeen = false;
        const QJsonArray notifications = reply.body.value(QLatin1String("notifications")).toArray();
        for (const QJsonValue &value : notifications) {
            const QJsonObject notification = value.toObject();
            const QString indexedAt = notification.value(QLatin1String("indexedAt")).toString();
            const QDateTime at = parseBlueskyDateTime(indexedAt);
            if (at.isValid() && (!newest.isValid() || at > newest)) {
                newest = at;
                newestCursor = indexedAt;
            }
            if (watermark.isValid() && at.isValid() && at < watermark) {
                reachedSeen = true;
                continue;
            }
            if (auto message = messageFromNotification(notification, did()))
                page.messages.append(*message);
        }
        const QString next = reply.body.value(QLatin1String("cursor")).toString();
        const bool last = reachedSeen || notifications.isEmpty() || next.isEmpty() || next == pageCursor;
        if (last)
            page.cursorAfter = newestCursor.isEmpty() ? cursor : newestCursor;
        if (!onPage(page))
            return Outcome::failure(OutcomeKind::Transient, QStringLiteral("the inbox stopped the sync"));
        if (last)
            return Outcome::success();
        pageCursor = next;
    }
}

Result<QList<RemoteMessage>> BlueskyAdapter::fetchThread(const QString &remoteId)
{
    using R = Result<QList<RemoteMessage>>;
    if (!AtUri::parse(remoteId))
        return R::failure(
            Outcome::validation(QStringLiteral("remoteId"), tr("This is not a Bluesky post."), 0));
    const XrpcReply reply =
        m_session.query(QStringLiteral("app.bsky.feed.getPostThread"),
                        {{QStringLiteral("uri"), remoteId},
                         {QStringLiteral("depth"), QString::number(kThreadDepth)},
                         {QStringLiteral("parentHeight"), QString::number(kThreadParentHeight)}});
    if (!reply.ok())
        return R::failure(reply.outcome);
    const QJsonObject thread = reply.body.value(QLatin1String("thread")).toObject();
    const QString type = threadMemberType(thread);
    if (type == kNotFoundPost || type == kBlockedPost)
        return R::failure(Outcome::failure(
            OutcomeKind::Permanent, type == kNotFoundPost ? tr("This post no longer exists.")
                                                          : tr("This post's author blocks the account.")));
    if (type != kThreadViewPost) {
        logUnknownValue(Network::Bluesky, "thread type", type);
        return R::failure(Outcome::failure(OutcomeKind::Permanent, QStringLiteral("unreadable thread")));
    }

    // Ancestors first (the root at the top), up the parent chain until it ends or breaks.
    QList<RemoteMessage> ancestors;
    for (QJsonObject parent = thread.value(QLatin1String("parent")).toObject(); !parent.isEmpty();
         parent = parent.value(QLatin1String("parent")).toObject()) {
        if (threadMemberType(parent) != kThreadViewPost)
            break; // a deleted or blocked ancestor: nothing above it can be shown in order
        if (auto message = messageFromPostView(parent.value(QLatin1String("post")).toObject(), did()))
            ancestors.prepend(*message);
    }
    QList<RemoteMessage> messages = ancestors;
    if (auto self = messageFromPostView(thread.value(QLatin1String("post")).toObject(), did()))
        messages.append(*self);
    collectReplies(thread, did(), messages);
    return R::success(messages);
}

Result<SearchPage> BlueskyAdapter::search(const SearchQuery &query)
{
    using R = Result<SearchPage>;
    const QString q = query.hashtag.isEmpty() ? query.terms.trimmed()
                                              : QLatin1Char('#') + (query.hashtag.startsWith(QLatin1Char('#'))
                                                                        ? query.hashtag.mid(1)
                                                                        : query.hashtag);
    if (q.isEmpty())
        return R::failure(Outcome::validation(QStringLiteral("terms"), tr("Nothing to search for."), 0));
    XrpcSession::Params params{{QStringLiteral("q"), q},
                               {QStringLiteral("limit"), QString::number(qBound(1, query.limit, 100))}};
    if (!query.cursor.isEmpty())
        params.append({QStringLiteral("cursor"), query.cursor});
    const XrpcReply reply = m_session.query(QStringLiteral("app.bsky.feed.searchPosts"), params);
    if (!reply.ok())
        return R::failure(reply.outcome);
    SearchPage page;
    for (const QJsonValue &post : reply.body.value(QLatin1String("posts")).toArray())
        if (auto message = messageFromPostView(post.toObject(), did()))
            page.posts.append(*message);
    page.nextCursor = reply.body.value(QLatin1String("cursor")).toString();
    if (page.posts.isEmpty())
        page.nextCursor.clear(); // an empty page with a cursor would make a caller loop
    return R::success(page);
}

Result<PostMetrics> BlueskyAdapter::metrics(const QString &remoteId)
{
    using R = Result<PostMetrics>;
    const auto posts = getPosts({remoteId});
    if (!posts.ok())
        return R::failure(posts.outcome);
    for (const QJsonObject &post : posts.value) {
        if (post.value(QLatin1String("uri")).toString() != remoteId)
            continue;
        PostMetrics metrics;
        metrics.likes = post.value(QLatin1String("likeCount")).toInteger();
        metrics.reposts = post.value(QLatin1String("repostCount")).toInteger();
        metrics.replies = post.value(QLatin1String("replyCount")).toInteger();
        metrics.quotes = post.value(QLatin1String("quoteCount")).toInteger();
        return R::success(metrics);
    }
    return R::failure(Outcome::failure(OutcomeKind::Permanent, tr("This post no longer exists.")));
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
