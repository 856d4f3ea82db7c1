// The fake X server's core: tokens, rate-limit windows, users and the rendering of posts.
#include "fakes/x/fakexserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace vigie {
namespace fakes {

namespace {

// Documented windows (15 minutes, per user) of the endpoints the fake serves.
int defaultLimit(const QString &endpoint)
{
    static const QHash<QString, int> limits = {
        {QStringLiteral("GET /2/users/me"), 75},
        {QStringLiteral("POST /2/tweets"), 100},
        {QStringLiteral("GET /2/users/:id/mentions"), 180},
        {QStringLiteral("GET /2/users/:id/tweets"), 900},
        {QStringLiteral("GET /2/tweets/search/recent"), 180},
        {QStringLiteral("GET /2/tweets/:id"), 900},
        {QStringLiteral("GET /2/tweets"), 900},
        {QStringLiteral("PUT /2/tweets/:id/hidden"), 50},
    };
    return limits.value(endpoint, 500);
}

QString endpointOf(const QByteArray &method, const QString &path)
{
    static const QRegularExpression ids(QStringLiteral("(?<=.)/\\d+(?=/|$)")); // not the "/2" version
    QString p = path;
    p.replace(ids, QStringLiteral("/:id"));
    return QString::fromLatin1(method) + QLatin1Char(' ') + p;
}

QString shortCode(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   .left(10));
}

} // namespace

FakeXServer::FakeXServer(QObject *parent)
    : FakeHttpServer(parent)
{
    m_ownUserId = userFor(QStringLiteral("vigie_brand"), 5400);
    m_users[m_ownUserId].name = QStringLiteral("Vigie Brand");
    m_initialAccess = issueTokens(&m_initialRefresh);
    addOAuthRoutes();
    addTweetRoutes();
    addTimelineRoutes();
    addMediaRoutes();
    api("GET", QStringLiteral("/2/users/me"), [this](const FakeRequest &request) {
        const QStringList fields =
            request.query.queryItemValue(QStringLiteral("user.fields")).split(QLatin1Char(','));
        return FakeResponse::json(QJsonObject{{QStringLiteral("data"), renderUser(ownUser(), fields)}});
    });
}

FakeXServer::~FakeXServer() = default;

FakeResponse FakeXServer::problem(const char *fixture, int status)
{
    QFile file(QStringLiteral(VIGIE_X_FIXTURES "/") + QLatin1String(fixture));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fake X: missing fixture %s", fixture);
    FakeResponse response;
    response.status = status;
    response.body = file.readAll().trimmed();
    response.contentType = "application/problem+json";
    return response;
}

FakeResponse FakeXServer::invalidRequest(const QString &parameter, const QString &value,
                                         const QString &message)
{
    const QJsonObject body{
        {QStringLiteral("errors"),
         QJsonArray{QJsonObject{{QStringLiteral("parameters"), QJsonObject{{parameter, QJsonArray{value}}}},
                                {QStringLiteral("message"), message}}}},
        {QStringLiteral("title"), QStringLiteral("Invalid Request")},
        {QStringLiteral("detail"), QStringLiteral("One or more parameters to your request was invalid.")},
        {QStringLiteral("type"), QStringLiteral("https://api.twitter.com/2/problems/invalid-request")}};
    FakeResponse response = FakeResponse::json(body, 400);
    response.contentType = "application/problem+json";
    return response;
}

QString FakeXServer::issueTokens(QString *refresh)
{
    const QString access = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_accessTokens.insert(access);
    if (refresh) {
        *refresh = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        m_refreshTokens.insert(*refresh);
    }
    return access;
}

bool FakeXServer::authorized(const FakeRequest &request) const
{
    const QByteArray header = request.header("authorization");
    return header.startsWith("Bearer ") &&
           m_accessTokens.contains(QString::fromUtf8(header.mid(7).trimmed()));
}

FakeXServer::Window &FakeXServer::window(const QString &endpoint)
{
    Window &w = m_windows[endpoint];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!w.reset.isValid() || now >= w.reset) {
        w.limit = w.limit > 0 ? w.limit : defaultLimit(endpoint);
        w.remaining = w.limit;
        w.reset = now.addSecs(15 * 60);
    }
    return w;
}

void FakeXServer::setRateLimit(const QString &endpoint, int limit, int remaining, qint64 resetInSecs)
{
    Window &w = m_windows[endpoint];
    w.limit = limit;
    w.remaining = remaining;
    w.reset = QDateTime::currentDateTimeUtc().addSecs(resetInSecs);
}

void FakeXServer::api(const QByteArray &method, const QString &pattern, const Handler &handler)
{
    on(method, pattern, [this, handler](const FakeRequest &request) {
        Window &w = window(endpointOf(request.method, request.path));
        if (w.remaining <= 0)
            return problem("error_too_many.json", 429);
        --w.remaining;
        if (!authorized(request))
            return problem("error_unauthorized.json", 401);
        return handler(request);
    });
}

void FakeXServer::decorate(const FakeRequest &request, FakeResponse &response)
{
    if (!request.path.startsWith(QLatin1String("/2/")) ||
        request.path.startsWith(QLatin1String("/2/oauth2/")))
        return;
    for (const auto &[name, value] : std::as_const(response.headers))
        if (name.toLower() == "x-rate-limit-reset")
            return; // an injected answer brings its own
    const Window &w = window(endpointOf(request.method, request.path));
    response.header("x-rate-limit-limit", QByteArray::number(w.limit));
    response.header("x-rate-limit-remaining", QByteArray::number(qMax(0, w.remaining)));
    response.header("x-rate-limit-reset", QByteArray::number(w.reset.toSecsSinceEpoch()));
}

QString FakeXServer::userFor(const QString &username, qint64 followers)
{
    const QString name = username.startsWith(QLatin1Char('@')) ? username.mid(1) : username;
    const auto known = m_userByName.constFind(name.toLower());
    if (known != m_userByName.constEnd())
        return *known;
    FakeXUser user;
    user.id = QString::number(m_nextUserId++);
    user.username = name;
    user.name = name.left(1).toUpper() + name.mid(1);
    user.followers = followers;
    m_users.insert(user.id, user);
    m_userByName.insert(name.toLower(), user.id);
    return user.id;
}

QString FakeXServer::newTweetId()
{
    m_nextTweetId += 1000 + (m_nextTweetId % 7); // snowflakes grow, not one by one
    return QString::number(m_nextTweetId);
}

QString FakeXServer::storeTweet(FakeXTweet tweet)
{
    if (tweet.id.isEmpty())
        tweet.id = newTweetId();
    if (!tweet.createdAt.isValid())
        tweet.createdAt = QDateTime::currentDateTimeUtc();
    tweet.createdAt = QDateTime::fromSecsSinceEpoch(tweet.createdAt.toSecsSinceEpoch(), Qt::UTC);
    if (!tweet.inReplyToId.isEmpty() && m_tweets.contains(tweet.inReplyToId)) {
        FakeXTweet &parent = m_tweets[tweet.inReplyToId];
        tweet.conversationId = parent.conversationId;
        tweet.inReplyToUserId = parent.authorId;
        ++parent.replies;
    }
    if (tweet.conversationId.isEmpty())
        tweet.conversationId = tweet.id;
    m_order.emplace(tweet.id.toLongLong(), tweet.id);
    m_tweets.insert(tweet.id, tweet);
    return tweet.id;
}

QString FakeXServer::addTweet(const QString &username, const QString &text, const QString &inReplyTo,
                              const QString &quoteOf, qint64 secondsAgo)
{
    FakeXTweet tweet;
    tweet.authorId = userFor(username);
    tweet.text = text;
    tweet.inReplyToId = inReplyTo;
    tweet.quotedId = quoteOf;
    tweet.createdAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    if (!inReplyTo.isEmpty() && m_tweets.contains(inReplyTo)) {
        const QString parentAuthor = m_users.value(m_tweets.value(inReplyTo).authorId).username;
        if (!text.startsWith(QLatin1Char('@') + parentAuthor, Qt::CaseInsensitive))
            tweet.text = QLatin1Char('@') + parentAuthor + QLatin1Char(' ') + text;
    }
    return storeTweet(tweet);
}

void FakeXServer::setMetrics(const QString &id, qint64 likes, qint64 retweets, qint64 replies, qint64 quotes)
{
    FakeXTweet &t = m_tweets[id];
    t.likes = likes;
    t.retweets = retweets;
    t.replies = replies;
    t.quotes = quotes;
}

QJsonObject FakeXServer::renderUser(const FakeXUser &user, const QStringList &fields) const
{
    QJsonObject o{{QStringLiteral("id"), user.id},
                  {QStringLiteral("name"), user.name},
                  {QStringLiteral("username"), user.username}};
    if (fields.contains(QLatin1String("public_metrics")))
        o.insert(QStringLiteral("public_metrics"),
                 QJsonObject{{QStringLiteral("followers_count"), double(user.followers)},
                             {QStringLiteral("following_count"), 120},
                             {QStringLiteral("tweet_count"), 2400},
                             {QStringLiteral("listed_count"), 12},
                             {QStringLiteral("like_count"), 800}});
    return o;
}

QJsonObject FakeXServer::renderTweet(const FakeXTweet &tweet, const QStringList &fields) const
{
    // X's text: typed URLs become t.co links (entities.urls), media add one at the end, and
    // & < > are escaped.
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s<>"]+[^\s<>".,;:!?)])"));
    QString text;
    QJsonArray urls;
    qsizetype position = 0;
    auto it = url.globalMatch(tweet.text);
    auto escaped = [](QString s) {
        return s.replace(QLatin1Char('&'), QLatin1String("&amp;"))
            .replace(QLatin1Char('<'), QLatin1String("&lt;"))
            .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    };
    auto addLink = [&](const QString &expanded, const QString &mediaKey) {
        const QString shortened = QStringLiteral("https://t.co/") + shortCode(tweet.id + expanded);
        const qsizetype start = text.toUcs4().size();
        text += shortened;
        QJsonObject entity{{QStringLiteral("start"), double(start)},
                           {QStringLiteral("end"), double(start + shortened.size())},
                           {QStringLiteral("url"), shortened},
                           {QStringLiteral("expanded_url"), expanded},
                           {QStringLiteral("display_url"),
                            QString(expanded).remove(QRegularExpression(QStringLiteral("^https?://")))}};
        if (!mediaKey.isEmpty())
            entity.insert(QStringLiteral("media_key"), mediaKey);
        urls.append(entity);
    };
    while (it.hasNext()) {
        const auto match = it.next();
        text += escaped(tweet.text.mid(position, match.capturedStart() - position));
        addLink(match.captured(), {});
        position = match.capturedEnd();
    }
    text += escaped(tweet.text.mid(position));
    if (!tweet.mediaIds.isEmpty()) {
        text += QLatin1Char(' ');
        addLink(QStringLiteral("https://x.com/%1/status/%2/photo/1")
                    .arg(m_users.value(tweet.authorId).username, tweet.id),
                QStringLiteral("3_") + tweet.mediaIds.constFirst());
    }

    QJsonObject o{{QStringLiteral("id"), tweet.id},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("edit_history_tweet_ids"), QJsonArray{tweet.id}}};
    if (fields.contains(QLatin1String("author_id")))
        o.insert(QStringLiteral("author_id"), tweet.authorId);
    if (fields.contains(QLatin1String("created_at")))
        o.insert(QStringLiteral("created_at"),
                 tweet.createdAt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
    if (fields.contains(QLatin1String("conversation_id")))
        o.insert(QStringLiteral("conversation_id"), tweet.conversationId);
    if (fields.contains(QLatin1String("in_reply_to_user_id")) && !tweet.inReplyToUserId.isEmpty())
        o.insert(QStringLiteral("in_reply_to_user_id"), tweet.inReplyToUserId);
    if (fields.contains(QLatin1String("lang")))
        o.insert(QStringLiteral("lang"), tweet.lang);
    if (fields.contains(QLatin1String("referenced_tweets"))) {
        QJsonArray references;
        if (!tweet.inReplyToId.isEmpty())
            references.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("replied_to")},
                                          {QStringLiteral("id"), tweet.inReplyToId}});
        if (!tweet.quotedId.isEmpty())
            references.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("quoted")},
                                          {QStringLiteral("id"), tweet.quotedId}});
        if (!references.isEmpty())
            o.insert(QStringLiteral("referenced_tweets"), references);
    }
    if (fields.contains(QLatin1String("entities")) && !urls.isEmpty())
        o.insert(QStringLiteral("entities"), QJsonObject{{QStringLiteral("urls"), urls}});
    if (fields.contains(QLatin1String("public_metrics")))
        o.insert(QStringLiteral("public_metrics"),
                 QJsonObject{{QStringLiteral("retweet_count"), double(tweet.retweets)},
                             {QStringLiteral("reply_count"), double(tweet.replies)},
                             {QStringLiteral("like_count"), double(tweet.likes)},
                             {QStringLiteral("quote_count"), double(tweet.quotes)},
                             {QStringLiteral("bookmark_count"), 0},
                             {QStringLiteral("impression_count"), double(tweet.likes * 40)}});
    return o;
}

QJsonObject FakeXServer::withIncludes(QJsonObject answer, const QList<FakeXTweet> &tweets,
                                      const FakeRequest &request) const
{
    const QStringList expansions =
        request.query.queryItemValue(QStringLiteral("expansions")).split(QLatin1Char(','));
    const QStringList tweetFields =
        request.query.queryItemValue(QStringLiteral("tweet.fields")).split(QLatin1Char(','));
    const QStringList userFields =
        request.query.queryItemValue(QStringLiteral("user.fields")).split(QLatin1Char(','));
    QJsonArray users;
    QJsonArray referenced;
    QSet<QString> seenUsers;
    QSet<QString> seenTweets;
    for (const FakeXTweet &tweet : tweets) {
        if (expansions.contains(QLatin1String("author_id")) && !seenUsers.contains(tweet.authorId)) {
            seenUsers.insert(tweet.authorId);
            users.append(renderUser(m_users.value(tweet.authorId), userFields));
        }
        if (expansions.contains(QLatin1String("referenced_tweets.id"))) {
            for (const QString &id : {tweet.inReplyToId, tweet.quotedId}) {
                if (id.isEmpty() || !m_tweets.contains(id) || seenTweets.contains(id))
                    continue;
                seenTweets.insert(id);
                referenced.append(renderTweet(m_tweets.value(id), tweetFields));
            }
        }
    }
    QJsonObject includes;
    if (!users.isEmpty())
        includes.insert(QStringLiteral("users"), users);
    if (!referenced.isEmpty())
        includes.insert(QStringLiteral("tweets"), referenced);
    if (!includes.isEmpty())
        answer.insert(QStringLiteral("includes"), includes);
    return answer;
}

} // namespace fakes
} // namespace vigie
