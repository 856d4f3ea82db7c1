// Posts on the fake X: create (https://docs.x.com/x-api/posts/create-or-edit-post), lookup,
// hide replies, and the timelines (user posts, mentions) and recent search with their
// pagination tokens (https://docs.x.com/x-api/fundamentals/pagination).
#include "fakes/x/fakexserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {
namespace fakes {

namespace {

QString pageToken(const QString &afterId)
{
    return QString::fromLatin1(QByteArray("x:" + afterId.toLatin1())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString idFromToken(const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals);
    return raw.startsWith("x:") ? QString::fromLatin1(raw.mid(2)) : QString();
}

QStringList fieldsOf(const FakeRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("tweet.fields")).split(QLatin1Char(','));
}

} // namespace

QList<FakeXTweet> FakeXServer::newestFirst(const std::function<bool(const FakeXTweet &)> &keep) const
{
    QList<FakeXTweet> out;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const FakeXTweet &tweet = m_tweets[it->second];
        if (keep(tweet))
            out.append(tweet);
    }
    return out;
}

FakeResponse FakeXServer::timeline(const FakeRequest &request, const QList<FakeXTweet> &all, int minResults,
                                   int maxResults) const
{
    const QString maxText = request.query.queryItemValue(QStringLiteral("max_results"));
    const int max = maxText.isEmpty() ? 10 : maxText.toInt();
    if (max < minResults || max > maxResults)
        return invalidRequest(
            QStringLiteral("max_results"), maxText,
            QStringLiteral("The `max_results` query parameter value [%1] is not between %2 and %3")
                .arg(maxText)
                .arg(minResults)
                .arg(maxResults));
    const QString sinceId = request.query.queryItemValue(QStringLiteral("since_id"));
    const QDateTime start =
        QDateTime::fromString(request.query.queryItemValue(QStringLiteral("start_time")), Qt::ISODate);
    QString token = request.query.queryItemValue(QStringLiteral("pagination_token"));
    if (token.isEmpty())
        token = request.query.queryItemValue(QStringLiteral("next_token"));
    const QString after = idFromToken(token);
    if (!token.isEmpty() && after.isEmpty())
        return invalidRequest(
            QStringLiteral("pagination_token"), token,
            QStringLiteral("The `pagination_token` query parameter value [%1] is not valid").arg(token));

    QList<FakeXTweet> selected;
    for (const FakeXTweet &tweet : all) {
        const qint64 id = tweet.id.toLongLong();
        if (!sinceId.isEmpty() && id <= sinceId.toLongLong())
            continue;
        if (start.isValid() && tweet.createdAt < start)
            continue;
        if (!after.isEmpty() && id >= after.toLongLong())
            continue;
        selected.append(tweet);
    }
    const bool more = selected.size() > max;
    const QList<FakeXTweet> page = selected.mid(0, max);
    QJsonObject meta{{QStringLiteral("result_count"), double(page.size())}};
    QJsonObject answer;
    if (!page.isEmpty()) {
        QJsonArray data;
        for (const FakeXTweet &tweet : page)
            data.append(renderTweet(tweet, fieldsOf(request)));
        answer.insert(QStringLiteral("data"), data);
        meta.insert(QStringLiteral("newest_id"), page.constFirst().id);
        meta.insert(QStringLiteral("oldest_id"), page.constLast().id);
        if (more)
            meta.insert(QStringLiteral("next_token"), pageToken(page.constLast().id));
    }
    answer.insert(QStringLiteral("meta"), meta);
    return FakeResponse::json(withIncludes(answer, page, request));
}

bool FakeXServer::matchesSearch(const FakeXTweet &tweet, const QString &query) const
{
    for (const QString &term : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (term == QLatin1String("-is:retweet"))
            continue; // the fake holds no reposts
        if (term.startsWith(QLatin1String("conversation_id:"))) {
            if (tweet.conversationId != term.mid(16))
                return false;
            continue;
        }
        const QRegularExpression word(
            QStringLiteral("(?<![\\w#])%1(?!\\w)").arg(QRegularExpression::escape(term)),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!word.match(tweet.text).hasMatch())
            return false;
    }
    return true;
}

FakeResponse FakeXServer::createTweet(const FakeRequest &request)
{
    const QJsonObject body = request.json().toObject();
    FakeXTweet tweet;
    tweet.authorId = m_ownUserId;
    tweet.text = body.value(QLatin1String("text")).toString();
    for (const QJsonValue &id :
         body.value(QLatin1String("media")).toObject().value(QLatin1String("media_ids")).toArray()) {
        const FakeXMedia media = m_media.value(id.toString());
        if (!media.finalized || media.pendingPolls > 0 || media.fails)
            return invalidRequest(QStringLiteral("media.media_ids"), id.toString(),
                                  QStringLiteral("Your media IDs are invalid."));
        tweet.mediaIds << id.toString();
    }
    const QJsonObject poll = body.value(QLatin1String("poll")).toObject();
    if (!poll.isEmpty()) {
        if (!tweet.mediaIds.isEmpty())
            return invalidRequest(
                QStringLiteral("poll"), QString(),
                QStringLiteral("Your request can only include one of the following: poll, media"));
        for (const QJsonValue &option : poll.value(QLatin1String("options")).toArray())
            tweet.pollOptions << option.toString();
        tweet.pollMinutes = poll.value(QLatin1String("duration_minutes")).toInt();
        if (tweet.pollOptions.size() < 2 || tweet.pollOptions.size() > 4)
            return invalidRequest(QStringLiteral("poll.options"), QString::number(tweet.pollOptions.size()),
                                  QStringLiteral("poll.options must have between 2 and 4 options"));
        if (tweet.pollMinutes < 5 || tweet.pollMinutes > 10080)
            return invalidRequest(QStringLiteral("poll.duration_minutes"), QString::number(tweet.pollMinutes),
                                  QStringLiteral("poll.duration_minutes must be between 5 and 10080"));
    }
    if (tweet.text.trimmed().isEmpty() && tweet.mediaIds.isEmpty())
        return invalidRequest(QStringLiteral("text"), QString(), QStringLiteral("text or media is required"));
    tweet.inReplyToId =
        body.value(QLatin1String("reply")).toObject().value(QLatin1String("in_reply_to_tweet_id")).toString();
    if (!tweet.inReplyToId.isEmpty() && !m_tweets.contains(tweet.inReplyToId))
        return FakeResponse::json(
            QJsonObject{
                {QStringLiteral("detail"),
                 QStringLiteral("You attempted to reply to a Tweet that is deleted or not visible to you.")},
                {QStringLiteral("type"), QStringLiteral("about:blank")},
                {QStringLiteral("title"), QStringLiteral("Forbidden")},
                {QStringLiteral("status"), 403}},
            403);
    // X refuses the same text twice from one account.
    for (const QString &id : std::as_const(m_published))
        if (m_tweets.value(id).text.trimmed() == tweet.text.trimmed() && tweet.mediaIds.isEmpty() &&
            !tweet.text.trimmed().isEmpty())
            return problem("error_duplicate.json", 403);
    const QString id = storeTweet(tweet);
    m_published << id;
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("data"),
                     QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("text"),
                                  renderTweet(m_tweets.value(id), {}).value(QLatin1String("text"))},
                                 {QStringLiteral("edit_history_tweet_ids"), QJsonArray{id}}}}},
        201);
}

void FakeXServer::addTweetRoutes()
{
    api("POST", QStringLiteral("/2/tweets"),
        [this](const FakeRequest &request) { return createTweet(request); });

    api("GET", QStringLiteral("/2/tweets/(\\d+)"), [this](const FakeRequest &request) {
        const QString id = request.captures.value(0);
        if (!m_tweets.contains(id)) {
            FakeResponse notFound = problem("error_not_found.json", 200);
            notFound.contentType = "application/json; charset=utf-8";
            notFound.body.replace("1212092627178287104", id.toLatin1());
            return notFound;
        }
        const FakeXTweet tweet = m_tweets.value(id);
        return FakeResponse::json(withIncludes(
            QJsonObject{{QStringLiteral("data"), renderTweet(tweet, fieldsOf(request))}}, {tweet}, request));
    });

    api("GET", QStringLiteral("/2/tweets"), [this](const FakeRequest &request) {
        QJsonArray data;
        QJsonArray errors;
        QList<FakeXTweet> found;
        for (const QString &id :
             request.query.queryItemValue(QStringLiteral("ids")).split(QLatin1Char(','))) {
            if (m_tweets.contains(id)) {
                found << m_tweets.value(id);
                data.append(renderTweet(m_tweets.value(id), fieldsOf(request)));
            } else {
                errors.append(
                    QJsonObject{{QStringLiteral("value"), id},
                                {QStringLiteral("detail"),
                                 QStringLiteral("Could not find tweet with ids: [%1].").arg(id)},
                                {QStringLiteral("title"), QStringLiteral("Not Found Error")},
                                {QStringLiteral("resource_type"), QStringLiteral("tweet")},
                                {QStringLiteral("parameter"), QStringLiteral("ids")},
                                {QStringLiteral("resource_id"), id},
                                {QStringLiteral("type"),
                                 QStringLiteral("https://api.twitter.com/2/problems/resource-not-found")}});
            }
        }
        QJsonObject answer;
        if (!data.isEmpty())
            answer.insert(QStringLiteral("data"), data);
        if (!errors.isEmpty())
            answer.insert(QStringLiteral("errors"), errors);
        return FakeResponse::json(withIncludes(answer, found, request));
    });

    api("PUT", QStringLiteral("/2/tweets/(\\d+)/hidden"), [this](const FakeRequest &request) {
        const QString id = request.captures.value(0);
        const QJsonValue hidden = request.json().toObject().value(QLatin1String("hidden"));
        if (!hidden.isBool())
            return invalidRequest(QStringLiteral("hidden"), QString(),
                                  QStringLiteral("hidden must be a boolean"));
        FakeXTweet &tweet = m_tweets[id];
        // Only replies in a conversation the account started can be hidden.
        const bool ownConversation = m_tweets.value(tweet.conversationId).authorId == m_ownUserId;
        if (tweet.id.isEmpty() || tweet.inReplyToId.isEmpty() || !ownConversation) {
            if (tweet.id.isEmpty())
                m_tweets.remove(id);
            return FakeResponse::json(
                QJsonObject{
                    {QStringLiteral("detail"), QStringLiteral("You are not permitted to hide this reply.")},
                    {QStringLiteral("type"), QStringLiteral("about:blank")},
                    {QStringLiteral("title"), QStringLiteral("Forbidden")},
                    {QStringLiteral("status"), 403}},
                403);
        }
        tweet.hidden = hidden.toBool();
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("hidden"), tweet.hidden}}}});
    });
}

void FakeXServer::addTimelineRoutes()
{
    api("GET", QStringLiteral("/2/users/(\\d+)/tweets"), [this](const FakeRequest &request) {
        const QString userId = request.captures.value(0);
        return timeline(request, newestFirst([&](const FakeXTweet &t) { return t.authorId == userId; }), 5,
                        100);
    });
    api("GET", QStringLiteral("/2/users/(\\d+)/mentions"), [this](const FakeRequest &request) {
        const FakeXUser user = m_users.value(request.captures.value(0));
        const QRegularExpression mention(
            QStringLiteral("(?<!\\w)@%1(?!\\w)").arg(QRegularExpression::escape(user.username)),
            QRegularExpression::CaseInsensitiveOption);
        return timeline(request, newestFirst([&](const FakeXTweet &t) {
                            return t.authorId != user.id && mention.match(t.text).hasMatch();
                        }),
                        5, 100);
    });
    api("GET", QStringLiteral("/2/tweets/search/recent"), [this](const FakeRequest &request) {
        const QString query = request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        if (query.trimmed().isEmpty())
            return invalidRequest(QStringLiteral("query"), QString(), QStringLiteral("query is required"));
        const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
        return timeline(request, newestFirst([&](const FakeXTweet &t) {
                            return t.createdAt >= weekAgo && matchesSearch(t, query);
                        }),
                        10, 100);
    });
}

} // namespace fakes
} // namespace vigie
