#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <map>

// X (API v2) in the test's process, answering as docs.x.com/x-api says (shapes in tests/data/x/):
// - OAuth 2.0 with PKCE (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token):
//   GET /i/oauth2/authorize (approves at once, 302 to the loopback redirect_uri), POST
//   /2/oauth2/token (authorization_code with code_verifier checked; refresh_token, rotating);
// - GET /2/users/me; POST /2/tweets (201, 403 on duplicate text, poll checks); GET /2/tweets/:id,
//   GET /2/tweets?ids=; GET /2/users/:id/tweets and /2/users/:id/mentions (newest first,
//   since_id, start_time, pagination_token/next_token); GET /2/tweets/search/recent (next_token;
//   words, #tags, conversation_id:, -is:retweet); PUT /2/tweets/:id/hidden;
// - media: POST /2/media/upload/initialize, /2/media/upload/:id/append (multipart),
//   /2/media/upload/:id/finalize, GET /2/media/upload?command=STATUS&media_id=,
//   POST /2/media/metadata (docs.x.com/x-api/media/*);
// - x-rate-limit-limit/-remaining/-reset (epoch seconds) on every API answer, per endpoint and
//   15-minute window; 429 with the problem body once a window is used up;
// - text as X returns it: URLs as t.co links with entities.urls, & < > escaped, a t.co link
//   appended for attached media, replies starting with "@parent ".
namespace vigie {
namespace fakes {

struct FakeXUser
{
    QString id;
    QString username;
    QString name;
    qint64 followers = 0;
};

struct FakeXTweet
{
    QString id;
    QString authorId;
    QString text; // as written (the fake renders it as X does)
    QString conversationId;
    QString inReplyToId;
    QString inReplyToUserId;
    QString quotedId;
    QStringList mediaIds;
    QStringList pollOptions;
    int pollMinutes = 0;
    QDateTime createdAt;
    QString lang = QStringLiteral("fr");
    bool hidden = false;
    qint64 likes = 0;
    qint64 retweets = 0;
    qint64 replies = 0;
    qint64 quotes = 0;
};

struct FakeXMedia
{
    QString id;
    QString mediaType;
    QString category;
    qint64 totalBytes = 0;
    QByteArray data;
    int segments = 0;
    bool finalized = false;
    int pendingPolls = 0; // STATUS answers in_progress this many more times
    bool fails = false;
    QString altText;
};

class FakeXServer : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeXServer(QObject *parent = nullptr);
    ~FakeXServer() override;

    // --- OAuth: one public client; a token pair issued at start for the brand's account
    QString clientId() const { return QStringLiteral("dnhfX2tWc2x6bTVIOTZfQV9yYk06MTpjaQ"); }
    QString accessToken() const { return m_initialAccess; }
    QString refreshToken() const { return m_initialRefresh; }
    // Every access token issued so far is refused (401) from now on, as after a revocation.
    void expireAccessTokens() { m_accessTokens.clear(); }
    // The next refresh answers carry no refresh_token (the old one stays valid).
    void setRefreshKeepsRefreshToken(bool keep) { m_refreshKeeps = keep; }
    void revokeRefreshTokens() { m_refreshTokens.clear(); }
    bool isValidRefreshToken(const QString &token) const { return m_refreshTokens.contains(token); }
    int refreshCount() const { return m_refreshCount; }
    int verifiedPkceExchanges() const { return m_verifiedPkce; }
    void setAuthorizationDenied(bool denied) { m_denyAuthorization = denied; }

    // --- people and posts
    FakeXUser ownUser() const { return m_users.value(m_ownUserId); }
    QString userFor(const QString &username, qint64 followers = 100); // created on first use
    // A post by username (the brand's own when it is the own user's). A reply starts with
    // "@parentauthor " as on X. secondsAgo moves created_at back.
    QString addTweet(const QString &username, const QString &text, const QString &inReplyTo = {},
                     const QString &quoteOf = {}, qint64 secondsAgo = 0);
    QStringList publishedIds() const { return m_published; } // through POST /2/tweets, in order
    FakeXTweet tweet(const QString &id) const { return m_tweets.value(id); }
    bool hasTweet(const QString &id) const { return m_tweets.contains(id); }
    void setMetrics(const QString &id, qint64 likes, qint64 retweets, qint64 replies, qint64 quotes);
    int tweetCount() const { return int(m_tweets.size()); }

    // --- media
    FakeXMedia media(const QString &id) const { return m_media.value(id); }
    void setMediaProcessingPolls(int polls) { m_processingPolls = polls; }
    void setMediaProcessingFails(bool fails) { m_processingFails = fails; }

    // --- rate limits: endpoint is "GET /2/users/:id/mentions", "POST /2/tweets"…
    void setRateLimit(const QString &endpoint, int limit, int remaining, qint64 resetInSecs = 900);

protected:
    void decorate(const FakeRequest &request, FakeResponse &response) override;

private:
    struct Window
    {
        int limit = 0;
        int remaining = 0;
        QDateTime reset;
    };
    struct Grant
    {
        QString redirectUri;
        QString challenge;
        QString challengeMethod;
        QString scope;
    };
    void api(const QByteArray &method, const QString &pattern, const Handler &handler);
    void addOAuthRoutes();
    void addTweetRoutes();
    void addTimelineRoutes();
    void addMediaRoutes();
    Window &window(const QString &endpoint);
    bool authorized(const FakeRequest &request) const;
    FakeResponse token(const FakeRequest &request);
    QString issueTokens(QString *refresh);

    QString newTweetId();
    QString storeTweet(FakeXTweet tweet);
    FakeResponse createTweet(const FakeRequest &request);
    FakeResponse timeline(const FakeRequest &request, const QList<FakeXTweet> &newestFirst, int minResults,
                          int maxResults) const;
    QList<FakeXTweet> newestFirst(const std::function<bool(const FakeXTweet &)> &keep) const;
    bool matchesSearch(const FakeXTweet &tweet, const QString &query) const;

    // Rendering (fields as requested, expansions into "includes").
    QJsonObject renderTweet(const FakeXTweet &tweet, const QStringList &fields) const;
    QJsonObject renderUser(const FakeXUser &user, const QStringList &fields) const;
    QJsonObject withIncludes(QJsonObject answer, const QList<FakeXTweet> &tweets,
                             const FakeRequest &request) const;

public:
    // X's error bodies (tests/data/x/error_*.json).
    static FakeResponse problem(const char *fixture, int status);
    static FakeResponse invalidRequest(const QString &parameter, const QString &value,
                                       const QString &message);

private:
    QString m_ownUserId;
    QString m_initialAccess;
    QString m_initialRefresh;
    QSet<QString> m_accessTokens;
    QSet<QString> m_refreshTokens;
    QHash<QString, Grant> m_grants; // authorization code → what it grants
    bool m_refreshKeeps = false;
    bool m_denyAuthorization = false;
    int m_refreshCount = 0;
    int m_verifiedPkce = 0;

    QHash<QString, FakeXUser> m_users;
    QHash<QString, QString> m_userByName; // lower-case username → id
    QHash<QString, FakeXTweet> m_tweets;
    std::map<qint64, QString> m_order; // id → id, oldest first
    QStringList m_published;
    qint64 m_nextTweetId = 1880000000000000000;
    qint64 m_nextUserId = 1500000000;

    QHash<QString, FakeXMedia> m_media;
    qint64 m_nextMediaId = 1890000000000000000;
    int m_processingPolls = 1;
    bool m_processingFails = false;

    QHash<QString, Window> m_windows;
};

} // namespace fakes
} // namespace vigie
