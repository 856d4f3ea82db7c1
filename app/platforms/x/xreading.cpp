// Reading X: the inbox from the mentions timeline
// (https://docs.x.com/x-api/users/get-mentions), threads and listening from recent search
// (https://docs.x.com/x-api/posts/search-recent-posts).
#include "platforms/x/xadapter.h"

#include "platforms/x/xjson.h"

#include <QJsonArray>
#include <algorithm>

namespace vigie {
namespace platforms {
namespace x {

namespace {

const QString kTweetFields = QStringLiteral(
    "author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets,lang,entities");
const QString kExpansions = QStringLiteral("author_id,referenced_tweets.id");
const QString kUserFields = QStringLiteral("username,name,public_metrics");
constexpr int kThreadPages = 10;

void addReadFields(HttpRequest &request)
{
    request.query.addQueryItem(QStringLiteral("expansions"), kExpansions);
    request.query.addQueryItem(QStringLiteral("tweet.fields"), kTweetFields);
    request.query.addQueryItem(QStringLiteral("user.fields"), kUserFields);
}

// Ids are 64-bit numbers in strings: compare by length first, then as text.
bool olderId(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

QList<RemoteMessage> messagesOf(const QJsonObject &root, const QString &ownUserId)
{
    const Includes includes = includesOf(root);
    QList<RemoteMessage> messages;
    for (const QJsonValue &value : root.value(QLatin1String("data")).toArray())
        messages.append(messageFromTweet(value.toObject(), includes, ownUserId));
    return messages;
}

} // namespace

Outcome XAdapter::syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage)
{
    const Result<QString> own = ownUserId();
    if (!own.ok())
        return own.outcome;
    QString newestId;
    QString pageToken;
    QList<InboxPage> pending; // handed over one page late, so the last one can carry the cursor
    const Outcome stopped = Outcome::failure(OutcomeKind::Transient, tr("the sync stopped before its end"));
    while (true) {
        HttpRequest request;
        request.path = QStringLiteral("/2/users/%1/mentions").arg(own.value);
        request.query.addQueryItem(QStringLiteral("max_results"), QString::number(m_pageSize));
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("since_id"), cursor);
        if (!pageToken.isEmpty())
            request.query.addQueryItem(QStringLiteral("pagination_token"), pageToken);
        addReadFields(request);
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return answer.outcome;
        const QJsonObject root = answer.json.object();
        const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
        if (newestId.isEmpty())
            newestId = meta.value(QLatin1String("newest_id")).toString();
        InboxPage page;
        page.messages = messagesOf(root, own.value);
        std::sort(
            page.messages.begin(), page.messages.end(),
            [](const RemoteMessage &a, const RemoteMessage &b) { return olderId(a.remoteId, b.remoteId); });
        if (!pending.isEmpty() && !onPage(pending.takeFirst()))
            return stopped;
        pending.append(page);
        pageToken = meta.value(QLatin1String("next_token")).toString();
        if (pageToken.isEmpty())
            break;
    }
    InboxPage last = pending.isEmpty() ? InboxPage{} : pending.takeFirst();
    if (newestId.isEmpty() && last.messages.isEmpty())
        return Outcome::success(); // nothing new: the stored cursor stays
    last.cursorAfter = newestId.isEmpty() ? cursor : newestId;
    return onPage(last) ? Outcome::success() : stopped;
}

Result<QList<RemoteMessage>> XAdapter::fetchThread(const QString &remoteId)
{
    using Messages = QList<RemoteMessage>;
    const Result<QString> own = ownUserId();
    if (!own.ok())
        return Result<Messages>::failure(own.outcome);

    // The post itself, for its conversation id (and the root, which search may not return).
    HttpRequest lookup;
    lookup.path = QStringLiteral("/2/tweets");
    lookup.query.addQueryItem(QStringLiteral("ids"), remoteId);
    addReadFields(lookup);
    const Answer first = readJson(lookup);
    if (!first.outcome.ok())
        return Result<Messages>::failure(first.outcome);
    Messages messages = messagesOf(first.json.object(), own.value);
    if (messages.isEmpty())
        return Result<Messages>::failure(
            Outcome::failure(OutcomeKind::Permanent, serverMessageOf(first.response.body), 404));
    const QString conversation = messages.constFirst().rootRemoteId;
    if (conversation != remoteId) {
        HttpRequest root = lookup;
        root.query = QUrlQuery();
        root.query.addQueryItem(QStringLiteral("ids"), conversation);
        addReadFields(root);
        const Answer answer = readJson(root);
        if (answer.outcome.ok())
            messages += messagesOf(answer.json.object(), own.value); // a deleted root is left out
    }

    QString pageToken;
    for (int page = 0; page < kThreadPages; ++page) {
        HttpRequest request;
        request.path = QStringLiteral("/2/tweets/search/recent");
        request.query.addQueryItem(QStringLiteral("query"),
                                   QStringLiteral("conversation_id:") + conversation);
        request.query.addQueryItem(QStringLiteral("max_results"), QStringLiteral("100"));
        if (!pageToken.isEmpty())
            request.query.addQueryItem(QStringLiteral("next_token"), pageToken);
        addReadFields(request);
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return Result<Messages>::failure(answer.outcome);
        messages += messagesOf(answer.json.object(), own.value);
        pageToken = answer.json.object()
                        .value(QLatin1String("meta"))
                        .toObject()
                        .value(QLatin1String("next_token"))
                        .toString();
        if (pageToken.isEmpty())
            break;
    }
    std::sort(messages.begin(), messages.end(),
              [](const RemoteMessage &a, const RemoteMessage &b) { return olderId(a.remoteId, b.remoteId); });
    messages.erase(
        std::unique(messages.begin(), messages.end(),
                    [](const RemoteMessage &a, const RemoteMessage &b) { return a.remoteId == b.remoteId; }),
        messages.end());
    return Result<Messages>::success(messages);
}

Result<SearchPage> XAdapter::search(const SearchQuery &query)
{
    QString terms = query.hashtag.isEmpty() ? query.terms.trimmed() : QLatin1Char('#') + query.hashtag;
    if (terms.isEmpty())
        return Result<SearchPage>::failure(
            Outcome::validation(QStringLiteral("query"), tr("Nothing to search for."), 0));
    // Reposts repeat someone else's words: listening counts the original once.
    terms += QStringLiteral(" -is:retweet");
    HttpRequest request;
    request.path = QStringLiteral("/2/tweets/search/recent");
    request.query.addQueryItem(QStringLiteral("query"), terms);
    request.query.addQueryItem(QStringLiteral("max_results"), QString::number(qBound(10, query.limit, 100)));
    if (!query.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("next_token"), query.cursor);
    addReadFields(request);
    const Answer answer = readJson(request);
    if (!answer.outcome.ok())
        return Result<SearchPage>::failure(answer.outcome);
    const QJsonObject root = answer.json.object();
    SearchPage page;
    page.posts = messagesOf(root, m_ownUserId);
    for (RemoteMessage &post : page.posts)
        post.kind = QStringLiteral("post");
    page.nextCursor =
        root.value(QLatin1String("meta")).toObject().value(QLatin1String("next_token")).toString();
    return Result<SearchPage>::success(page);
}

} // namespace x
} // namespace platforms
} // namespace vigie
