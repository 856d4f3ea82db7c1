// Reading side of the Facebook adapter: comments (and visitors' posts) into the inbox, threads.
#include "platforms/facebook/facebookadapter.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace vigie {
namespace platforms {
namespace facebook {

namespace {

const QString commentFields =
    QStringLiteral("id,message,created_time,from{id,name},parent{id},permalink_url");
const QString postFields = QStringLiteral("id,message,created_time,updated_time,permalink_url,from{id,name}");

RemoteAuthor authorOf(const QJsonObject &object)
{
    // Facebook leaves "from" out for people whose profile the Page may not see.
    const QJsonObject from = object.value(QLatin1String("from")).toObject();
    RemoteAuthor author;
    author.remoteId = from.value(QLatin1String("id")).toString();
    author.displayName = from.value(QLatin1String("name")).toString();
    author.handle = author.displayName; // Facebook people have no public handle: the name is shown
    return author;
}

} // namespace

RemoteMessage FacebookAdapter::messageFromComment(const QJsonObject &comment, const QString &postId) const
{
    RemoteMessage message;
    message.remoteId = comment.value(QLatin1String("id")).toString();
    const QString parent =
        comment.value(QLatin1String("parent")).toObject().value(QLatin1String("id")).toString();
    message.parentRemoteId = parent.isEmpty() ? postId : parent;
    message.rootRemoteId = postId;
    message.kind = QStringLiteral("comment");
    message.author = authorOf(comment);
    message.text = comment.value(QLatin1String("message")).toString();
    message.url = comment.value(QLatin1String("permalink_url")).toString();
    message.createdAt = parseGraphTime(comment.value(QLatin1String("created_time")));
    message.fromAccount = !m_pageId.isEmpty() && message.author.remoteId == m_pageId;
    return message;
}

RemoteMessage FacebookAdapter::messageFromPost(const QJsonObject &post) const
{
    RemoteMessage message;
    message.remoteId = post.value(QLatin1String("id")).toString();
    message.rootRemoteId = message.remoteId;
    message.kind = QStringLiteral("post");
    message.author = authorOf(post);
    message.text = post.value(QLatin1String("message")).toString();
    message.url = post.value(QLatin1String("permalink_url")).toString();
    if (message.url.isEmpty() && !message.remoteId.isEmpty())
        message.url = QStringLiteral("https://www.facebook.com/") + message.remoteId;
    message.createdAt = parseGraphTime(post.value(QLatin1String("created_time")));
    message.fromAccount = !m_pageId.isEmpty() && message.author.remoteId == m_pageId;
    return message;
}

Outcome FacebookAdapter::syncInbox(const QString &cursor,
                                   const std::function<bool(const InboxPage &)> &onPage)
{
    if (m_pageId.isEmpty())
        return Outcome::failure(OutcomeKind::Permanent,
                                tr("The Facebook Page's id is unknown: connect the Page again."));
    bool numeric = false;
    const qint64 cursorSecs = cursor.toLongLong(&numeric);
    const bool resume = numeric && cursorSecs > 0;
    if (!cursor.isEmpty() && !resume)
        logUnknownValue(Network::Facebook, "inbox cursor", cursor); // read the whole lookback again
    const QDateTime readFrom =
        resume ? QDateTime::fromSecsSinceEpoch(cursorSecs - m_cursorOverlap, Qt::UTC) : QDateTime();
    const QDateTime oldestPost = now().addDays(-m_lookbackDays);

    // 1. The Page's recent posts, newest first; those with activity since the cursor.
    QList<RemoteMessage> messages;
    QStringList postsToRead;
    HttpRequest feed;
    feed.path = QStringLiteral("/%1/feed").arg(m_pageId);
    feed.query.addQueryItem(QStringLiteral("fields"), postFields);
    feed.query.addQueryItem(QStringLiteral("since"), QString::number(oldestPost.toSecsSinceEpoch()));
    feed.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    Outcome outcome = walk(feed, Permission::ReadEngagement, [&](const QJsonObject &post) {
        const QDateTime created = parseGraphTime(post.value(QLatin1String("created_time")));
        if (created.isValid() && created < oldestPost)
            return false;
        const QString id = post.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return true;
        QDateTime updated = parseGraphTime(post.value(QLatin1String("updated_time")));
        if (!updated.isValid())
            updated = created;
        const RemoteMessage asMessage = messageFromPost(post);
        // Someone else's post on the Page speaks to the brand as much as a comment does.
        if (!asMessage.author.remoteId.isEmpty() && !asMessage.fromAccount &&
            (!readFrom.isValid() || !created.isValid() || created >= readFrom))
            messages << asMessage;
        if (!readFrom.isValid() || !updated.isValid() || updated >= readFrom)
            postsToRead << id;
        return true;
    });
    if (!outcome.ok())
        return outcome;

    // 2. Their comments and replies (filter=stream: every level, flat), newest first down to
    // the cursor.
    for (const QString &postId : std::as_const(postsToRead)) {
        HttpRequest comments;
        comments.path = QStringLiteral("/%1/comments").arg(postId);
        comments.query.addQueryItem(QStringLiteral("filter"), QStringLiteral("stream"));
        comments.query.addQueryItem(QStringLiteral("order"), QStringLiteral("reverse_chronological"));
        comments.query.addQueryItem(QStringLiteral("fields"), commentFields);
        comments.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        outcome = walk(comments, Permission::ReadEngagement, [&](const QJsonObject &comment) {
            const RemoteMessage message = messageFromComment(comment, postId);
            if (readFrom.isValid() && message.createdAt.isValid() && message.createdAt < readFrom)
                return false;
            if (!message.remoteId.isEmpty())
                messages << message;
            return true;
        });
        // A post deleted since the feed was read has no comments to give.
        if (!outcome.ok() && outcome.kind != OutcomeKind::Permanent)
            return outcome; // nothing handed over yet: the next sync starts from the same cursor
    }

    // 3. Everything found, oldest first, in pages whose cursor is the newest time handed over:
    // a sync that stops after a page resumes there without skipping anything older.
    std::stable_sort(messages.begin(), messages.end(), [](const RemoteMessage &a, const RemoteMessage &b) {
        return a.createdAt < b.createdAt;
    });
    QSet<QString> seen;
    InboxPage page;
    qint64 newest = resume ? cursorSecs : 0;
    const auto flush = [&] {
        if (page.messages.isEmpty())
            return true;
        page.cursorAfter = QString::number(newest);
        const bool stored = onPage(page);
        page = InboxPage{};
        return stored;
    };
    for (const RemoteMessage &message : std::as_const(messages)) {
        if (seen.contains(message.remoteId))
            continue;
        seen.insert(message.remoteId);
        page.messages << message;
        if (message.createdAt.isValid())
            newest = qMax(newest, message.createdAt.toSecsSinceEpoch());
        if (page.messages.size() >= m_pageSize && !flush())
            return Outcome::failure(OutcomeKind::Transient, tr("the sync stopped before its end"));
    }
    if (!flush())
        return Outcome::failure(OutcomeKind::Transient, tr("the sync stopped before its end"));
    return Outcome::success();
}

Result<QList<RemoteMessage>> FacebookAdapter::fetchThread(const QString &remoteId)
{
    const QString postId = postIdOf(remoteId);
    HttpRequest postRequest;
    postRequest.path = QLatin1Char('/') + postId;
    postRequest.query.addQueryItem(QStringLiteral("fields"), postFields);
    const Answer post = read(postRequest, Permission::ReadEngagement);
    if (!post.outcome.ok())
        return failed<QList<RemoteMessage>>(post.outcome);

    QList<RemoteMessage> comments;
    HttpRequest request;
    request.path = QStringLiteral("/%1/comments").arg(postId);
    request.query.addQueryItem(QStringLiteral("filter"), QStringLiteral("stream"));
    request.query.addQueryItem(QStringLiteral("order"), QStringLiteral("chronological"));
    request.query.addQueryItem(QStringLiteral("fields"), commentFields);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    const Outcome outcome = walk(request, Permission::ReadEngagement, [&](const QJsonObject &comment) {
        const RemoteMessage message = messageFromComment(comment, postId);
        if (!message.remoteId.isEmpty())
            comments << message;
        return true;
    });
    if (!outcome.ok())
        return failed<QList<RemoteMessage>>(outcome);

    QList<RemoteMessage> thread{messageFromPost(post.json)};
    if (remoteId == postId) {
        thread << comments;
        return Result<QList<RemoteMessage>>::success(thread);
    }
    // A comment: its ancestors, itself and what answers it (Facebook nests two levels at most,
    // but nothing here depends on it).
    QHash<QString, QString> parentOf;
    for (const RemoteMessage &c : std::as_const(comments))
        parentOf.insert(c.remoteId, c.parentRemoteId);
    if (!parentOf.contains(remoteId))
        return failed<QList<RemoteMessage>>(Outcome::failure(
            OutcomeKind::Permanent, tr("Facebook has no comment with this id under its post any more.")));
    QSet<QString> keep;
    for (QString id = remoteId; parentOf.contains(id) && !keep.contains(id); id = parentOf.value(id))
        keep.insert(id);
    const auto descends = [&](QString id) {
        for (int depth = 0; depth < 64 && parentOf.contains(id); ++depth, id = parentOf.value(id))
            if (id == remoteId)
                return true;
        return false;
    };
    for (const RemoteMessage &c : std::as_const(comments))
        if (keep.contains(c.remoteId) || descends(c.remoteId))
            thread << c;
    return Result<QList<RemoteMessage>>::success(thread);
}

} // namespace facebook
} // namespace platforms
} // namespace vigie
