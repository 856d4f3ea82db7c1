// Reading: the organization's posts (GET /rest/posts?q=author), the comments under them and the
// replies under those (GET /rest/socialActions/{urn}/comments), for the inbox and threads.
//
// The inbox cursor is the newest created.time (epoch ms) of a comment the last sync saw. Each
// sync reads every comment on the organization's newest posts (the window), so a new comment
// on an older post of the window arrives too; comments created before the cursor are left out.
// Each post's new comments are one page with an empty cursorAfter; the last page carries the
// new cursor, so a sync that stops half-way leaves the stored cursor as it was.
#include "platforms/linkedin/linkedinadapter.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <algorithm>

namespace vigie {
namespace platforms {
namespace linkedin {

namespace {

// Paging: {"start":0,"count":10,"links":[{"rel":"next",…}],"total":42}. total is not always
// there (LinkedIn leaves it out of some finders); a "next" link or a full page means more.
bool hasMorePages(const QJsonObject &paging, qsizetype start, qsizetype received, int requested)
{
    if (received == 0)
        return false;
    for (const QJsonValue &link : paging.value(QLatin1String("links")).toArray())
        if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
            return true;
    const QJsonValue total = paging.value(QLatin1String("total"));
    if (total.isDouble())
        return start + received < qint64(total.toDouble());
    return received >= requested;
}

QDateTime createdOf(const QJsonObject &comment)
{
    return fromEpochMs(comment.value(QLatin1String("created")).toObject().value(QLatin1String("time")));
}

} // namespace

Outcome LinkedInAdapter::forEachPost(int limit, const std::function<bool(const QJsonObject &)> &visit)
{
    int start = 0;
    int seen = 0;
    while (seen < limit) {
        const int count = qMin(m_postPageSize, limit - seen);
        HttpRequest request = rest("GET", QStringLiteral("/rest/posts"));
        request.query.addQueryItem(QStringLiteral("author"), encodeUrn(ownUrn()));
        request.query.addQueryItem(QStringLiteral("q"), QStringLiteral("author"));
        request.query.addQueryItem(QStringLiteral("count"), QString::number(count));
        request.query.addQueryItem(QStringLiteral("start"), QString::number(start));
        request.query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("CREATED"));
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return answer.outcome;
        const QJsonArray elements = answer.json.object().value(QLatin1String("elements")).toArray();
        for (const QJsonValue &element : elements) {
            ++seen;
            if (!visit(element.toObject()) || seen >= limit)
                return Outcome::success();
        }
        const QJsonObject paging = answer.json.object().value(QLatin1String("paging")).toObject();
        if (!hasMorePages(paging, start, elements.size(), count))
            break;
        start += int(elements.size());
    }
    return Outcome::success();
}

Outcome LinkedInAdapter::forEachComment(const QString &target,
                                        const std::function<bool(const QJsonObject &)> &visit)
{
    int start = 0;
    // A guard against a server whose paging never ends: 200 pages of 100 is 20,000 comments.
    for (int page = 0; page < 200; ++page) {
        HttpRequest request = rest("GET", QStringLiteral("/rest/socialActions/") + encodeUrn(target) +
                                              QStringLiteral("/comments"));
        request.query.addQueryItem(QStringLiteral("start"), QString::number(start));
        request.query.addQueryItem(QStringLiteral("count"), QString::number(m_commentPageSize));
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return answer.outcome;
        const QJsonArray elements = answer.json.object().value(QLatin1String("elements")).toArray();
        for (const QJsonValue &element : elements)
            if (!visit(element.toObject()))
                return Outcome::success();
        const QJsonObject paging = answer.json.object().value(QLatin1String("paging")).toObject();
        if (!hasMorePages(paging, start, elements.size(), m_commentPageSize))
            break;
        start += int(elements.size());
    }
    return Outcome::success();
}

RemoteMessage LinkedInAdapter::messageFromComment(const QJsonObject &comment, const QString &postUrn,
                                                  const QString &parentUrn) const
{
    RemoteMessage message;
    message.remoteId = commentUrnOf(comment);
    message.parentRemoteId = parentUrn;
    message.rootRemoteId = postUrn;
    message.kind = QStringLiteral("comment");
    const QString actor = comment.value(QLatin1String("actor")).toString();
    message.author.remoteId = actor;
    message.author.handle = actor.section(QLatin1Char(':'), -1);
    message.fromAccount = actor == ownUrn();
    if (message.fromAccount)
        message.author.displayName = m_organizationName;
    message.text = comment.value(QLatin1String("message")).toObject().value(QLatin1String("text")).toString();
    message.createdAt = createdOf(comment);
    const QString object = comment.value(QLatin1String("object")).toString();
    message.url = QStringLiteral("https://www.linkedin.com/feed/update/") +
                  (object.isEmpty() ? postUrn : object) + QStringLiteral("/?commentUrn=") +
                  encodeUrn(message.remoteId);
    return message;
}

Result<QList<RemoteMessage>> LinkedInAdapter::commentsUnder(const QString &postUrn,
                                                            const QDateTime &notBefore)
{
    using R = Result<QList<RemoteMessage>>;
    QList<RemoteMessage> messages;
    QStringList withReplies;
    Outcome outcome = forEachComment(postUrn, [&](const QJsonObject &comment) {
        const RemoteMessage message = messageFromComment(comment, postUrn, postUrn);
        if (message.remoteId.isEmpty())
            return true;
        if (!notBefore.isValid() || !message.createdAt.isValid() || message.createdAt >= notBefore)
            messages.append(message);
        // Replies are not listed with the post's comments: read those of comments that have some.
        const QJsonObject summary = comment.value(QLatin1String("commentsSummary")).toObject();
        if (summary.value(QLatin1String("aggregatedTotalComments")).toDouble() > 0 ||
            summary.value(QLatin1String("totalFirstLevelComments")).toDouble() > 0)
            withReplies.append(message.remoteId);
        return true;
    });
    for (const QString &parent : std::as_const(withReplies)) {
        if (!outcome.ok())
            break;
        outcome = forEachComment(parent, [&](const QJsonObject &reply) {
            const RemoteMessage message = messageFromComment(reply, postUrn, parent);
            if (!message.remoteId.isEmpty() &&
                (!notBefore.isValid() || !message.createdAt.isValid() || message.createdAt >= notBefore))
                messages.append(message);
            return true;
        });
    }
    if (!outcome.ok())
        return R::failure(outcome);
    std::stable_sort(messages.begin(), messages.end(), [](const RemoteMessage &a, const RemoteMessage &b) {
        return a.createdAt < b.createdAt;
    });
    return R::success(messages);
}

Outcome LinkedInAdapter::syncInbox(const QString &cursor,
                                   const std::function<bool(const InboxPage &)> &onPage)
{
    bool haveCursor = false;
    const qint64 watermarkMs = cursor.toLongLong(&haveCursor);
    const QDateTime notBefore =
        haveCursor ? QDateTime::fromMSecsSinceEpoch(watermarkMs, Qt::UTC) : QDateTime();

    QStringList posts;
    if (const Outcome listed = forEachPost(m_inboxPostWindow,
                                           [&posts](const QJsonObject &post) {
                                               const QString urn = post.value(QLatin1String("id")).toString();
                                               if (isPostUrn(urn))
                                                   posts.append(urn);
                                               else
                                                   logUnknownValue(Network::LinkedIn, "post id", urn);
                                               return true;
                                           });
        !listed)
        return listed;

    // The oldest post of the window first, as the inbox prefers. Each page goes as soon as it is
    // read, one held back so that the last carries the cursor.
    qint64 newestMs = haveCursor ? watermarkMs : -1;
    std::optional<InboxPage> held;
    for (auto it = posts.crbegin(); it != posts.crend(); ++it) {
        const Result<QList<RemoteMessage>> comments = commentsUnder(*it, notBefore);
        if (!comments.ok())
            return comments.outcome;
        if (comments.value.isEmpty())
            continue;
        if (held && !onPage(*held))
            return Outcome::failure(OutcomeKind::Transient, QStringLiteral("the inbox stopped the sync"));
        held = InboxPage{comments.value, {}};
        for (const RemoteMessage &message : comments.value)
            if (message.createdAt.isValid())
                newestMs = qMax(newestMs, message.createdAt.toMSecsSinceEpoch());
    }
    InboxPage last = held.value_or(InboxPage{});
    last.cursorAfter = newestMs >= 0 ? QString::number(newestMs) : cursor;
    if (!onPage(last))
        return Outcome::failure(OutcomeKind::Transient, QStringLiteral("the inbox stopped the sync"));
    return Outcome::success();
}

Result<QList<RemoteMessage>> LinkedInAdapter::fetchThread(const QString &remoteId)
{
    using R = Result<QList<RemoteMessage>>;
    QList<RemoteMessage> thread;
    if (isPostUrn(remoteId)) {
        const Answer answer = readJson(rest("GET", QStringLiteral("/rest/posts/") + encodeUrn(remoteId)));
        if (!answer.outcome.ok())
            return R::failure(answer.outcome);
        const QJsonObject post = answer.json.object();
        RemoteMessage root;
        root.remoteId = remoteId;
        root.rootRemoteId = remoteId;
        root.kind = QStringLiteral("post");
        root.author.remoteId = post.value(QLatin1String("author")).toString();
        root.author.handle = root.author.remoteId.section(QLatin1Char(':'), -1);
        root.fromAccount = root.author.remoteId == ownUrn();
        if (root.fromAccount)
            root.author.displayName = m_organizationName;
        root.text = unescapeLittleText(post.value(QLatin1String("commentary")).toString());
        root.url = postUrl(remoteId);
        root.createdAt = fromEpochMs(post.value(QLatin1String("createdAt")));
        thread.append(root);
        const Result<QList<RemoteMessage>> comments = commentsUnder(remoteId, {});
        if (!comments.ok())
            return R::failure(comments.outcome);
        thread += comments.value;
        return R::success(thread);
    }
    const std::optional<CommentUrn> comment = parseCommentUrn(remoteId);
    if (!comment)
        return R::failure(Outcome::validation(QStringLiteral("remoteId"),
                                              tr("This is not a LinkedIn post or comment."), 0));
    // The comment itself, then its replies. Its root is what it is on (the activity): a
    // comment's URN does not name the post's share URN.
    const Answer answer =
        readJson(rest("GET", QStringLiteral("/rest/socialActions/") + encodeUrn(comment->object) +
                                 QStringLiteral("/comments/") + comment->commentId));
    if (!answer.outcome.ok())
        return R::failure(answer.outcome);
    thread.append(messageFromComment(answer.json.object(), comment->object, comment->object));
    const Outcome replies = forEachComment(remoteId, [&](const QJsonObject &reply) {
        thread.append(messageFromComment(reply, comment->object, remoteId));
        return true;
    });
    if (!replies.ok())
        return R::failure(replies);
    return R::success(thread);
}

} // namespace linkedin
} // namespace platforms
} // namespace vigie
