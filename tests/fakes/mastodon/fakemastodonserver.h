#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <map>
#include <vector>

// A Mastodon instance in the test's process, answering as the documentation says
// (mastodon/documentation content/en/methods/*.md; shapes from tests/data/mastodon/):
// app registration and OAuth with PKCE, accounts, instance, media (202 then processed),
// statuses with Idempotency-Key, context, notifications, tag timelines, search, X-RateLimit-*
// on every answer, and the errors (401, 422, 429) as Mastodon words them.
// It runs in the caller's event loop: a test (or `vigie` started with QProcess) talks to it
// while the test waits in QTest::qWaitFor or an adapter's blocking call.
namespace vigie {
namespace fakes {

struct FakeMastodonAccount
{
    QString id;
    QString username;
    QString domain; // empty for an account of this instance
    QString displayName;

    QString acct() const { return domain.isEmpty() ? username : username + QLatin1Char('@') + domain; }
};

struct FakeMastodonStatus
{
    QString id;
    QString accountId;
    QString text; // as written (the fake renders it to HTML like Mastodon does)
    QString spoilerText;
    QString visibility = QStringLiteral("public");
    QString language;
    QString inReplyToId;
    QString inReplyToAccountId;
    QStringList mediaIds;
    QStringList pollOptions;
    int pollExpiresIn = 0;
    bool pollMultiple = false;
    QString idempotencyKey;
    QDateTime createdAt;
    qint64 favourites = 0;
    qint64 reblogs = 0;
};

struct FakeMastodonMedia
{
    QString id;
    QByteArray data;
    QString fileName;
    QString contentType;
    QString description;
    int pendingPolls = 0; // GET /api/v1/media/:id answers 206 this many more times
};

struct FakeMastodonApp
{
    QString id;
    QString name;
    QStringList redirectUris;
    QString scopes;
    QString clientId;
    QString clientSecret;
};

class FakeMastodonServer : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeMastodonServer(QObject *parent = nullptr);
    ~FakeMastodonServer() override;

    // --- the instance
    QString domain() const { return m_domain; } // "mastodon.example", as in account URLs
    void setMaxCharacters(int maxCharacters) { m_maxCharacters = maxCharacters; }
    // Servers before Mastodon 4.0 have only /api/v1/instance.
    void setInstanceV2Available(bool available) { m_instanceV2 = available; }
    // How many polls of GET /api/v1/media/:id answer 206 before an upload is processed;
    // 0 = POST /api/v2/media answers 200 at once (small images on Mastodon 4).
    void setMediaProcessingPolls(int polls) { m_mediaProcessingPolls = polls; }
    // Servers before Mastodon 3.5 ignore types[] and list every notification.
    void setIgnoresNotificationTypeFilter(bool ignores) { m_ignoresTypeFilter = ignores; }

    // --- who may call it
    // The access token of the instance's own account (the brand); default "vigie-test-token".
    QString token() const { return m_token; }
    void setToken(const QString &token);
    FakeMastodonAccount ownAccount() const { return m_accounts.value(m_ownAccountId); }
    void setOwnAccount(const QString &username, const QString &displayName);

    // --- rate limit (300 requests per 5 minutes, as Mastodon's API)
    void setRateLimit(int limit) { m_rateLimit = limit; }
    void setRateLimitRemaining(int remaining);

    // --- content others write. author is an acct ("marie@piaille.fr", or "marie" for a local
    // account), created on first use. Return the new status's id.
    QString addStatus(const QString &author, const QString &text, const QString &inReplyTo = {},
                      const QString &visibility = QStringLiteral("public"));
    // A status by author that mentions the brand, with its "mention" notification.
    QString addMention(const QString &author, const QString &text, const QString &inReplyTo = {},
                       const QString &visibility = QStringLiteral("public"));
    // A notification of any type (favourite, or one Mastodon may add tomorrow); returns its id.
    QString addNotification(const QString &type, const QString &author, const QString &statusId = {});
    // A direct status by author (its text mentions who it is for, as on Mastodon: "@vigie_brand
    // Bonjour…") with the "mention" notification each mentioned local account gets. It joins
    // the brand's conversations (GET /api/v1/conversations) when it mentions the brand.
    QString addDirectMessage(const QString &author, const QString &text, const QString &inReplyTo = {});
    // The id of the brand's conversation a status belongs to; empty when it is in none.
    QString conversationIdOf(const QString &statusId) const;
    // The statuses of one of the brand's conversations, oldest first.
    QStringList conversationStatusIds(const QString &conversationId) const;
    // count mentions from ~200 people, a quarter of them replies under 50 of the brand's posts.
    void seedMentions(int count);
    void setStatusCounts(const QString &statusId, qint64 favourites, qint64 reblogs);

    // --- what happened
    QList<FakeMastodonStatus> statuses() const; // the brand's statuses published through the API, in order
    FakeMastodonStatus status(const QString &id) const { return m_statuses.value(id); }
    bool hasStatus(const QString &id) const { return m_statuses.contains(id); }
    FakeMastodonMedia media(const QString &id) const { return m_media.value(id); }
    QList<FakeMastodonApp> apps() const { return m_apps; }
    // Token requests whose code_verifier matched the authorization's S256 challenge.
    int verifiedPkceExchanges() const { return m_verifiedPkceExchanges; }
    // Make the next authorizations answer error=access_denied, as when the person refuses.
    void setAuthorizationDenied(bool denied) { m_denyAuthorization = denied; }

protected:
    void decorate(const FakeRequest &request, FakeResponse &response) override;

private:
    enum class Access { Public, User };
    struct Grant
    {
        QString clientId;
        QString redirectUri;
        QString scopes;
        QString challenge;
        QString challengeMethod;
    };
    struct Notification
    {
        qint64 id = 0;
        QString type;
        QString accountId;
        QString statusId;
        QDateTime createdAt;
    };

    // One of the brand's AccountConversations: a thread's direct statuses with one set of
    // participants (the brand left out), as AccountConversation.add_status groups them.
    struct Conversation
    {
        QString id;
        QStringList participantIds; // sorted, without the brand
        QStringList statusIds;      // oldest first
        QString lastStatusId() const { return statusIds.isEmpty() ? QString() : statusIds.last(); }
    };

    void api(const QByteArray &method, const QString &pattern, Access access, const Handler &handler);
    void addRoutes();
    void addOAuthRoutes();
    void addTimelineRoutes();
    bool consumeRateLimit();
    bool authorized(const FakeRequest &request) const;

    QString accountFor(const QString &acct);
    QString newStatusId();
    QString storeStatus(FakeMastodonStatus status);

    // Rendering, as Mastodon's serializers do (fakemastodonrender.cpp).
    QJsonObject renderAccount(const QString &accountId) const;
    QJsonObject renderStatus(const FakeMastodonStatus &status) const;
    QJsonObject renderMedia(const FakeMastodonMedia &media) const;
    QJsonObject renderInstanceV2() const;
    QJsonObject renderInstanceV1() const;
    QString renderContent(const QString &text) const;
    int countableLength(const QString &text, const QString &spoiler) const;
    QByteArray linkHeader(const QString &path, const QUrlQuery &base, const QString &maxId,
                          const QString &minId) const;

    FakeResponse postStatus(const FakeRequest &request);
    FakeResponse postMedia(const FakeRequest &request);
    FakeResponse notifications(const FakeRequest &request) const;
    FakeResponse tagTimeline(const FakeRequest &request, const QString &tag) const;
    FakeResponse search(const FakeRequest &request) const;
    FakeResponse context(const QString &statusId) const;
    FakeResponse conversations(const FakeRequest &request) const;
    QList<Conversation> brandConversations() const; // by last status id, oldest first
    QStringList mentionedAccountIds(const FakeMastodonStatus &status) const;
    QJsonObject renderConversation(const Conversation &conversation) const;
    FakeResponse token(const FakeRequest &request);

    QString m_domain = QStringLiteral("mastodon.example");
    QString m_token = QStringLiteral("vigie-test-token");
    QSet<QString> m_validTokens;
    QString m_ownAccountId;
    int m_maxCharacters = 500;
    bool m_instanceV2 = true;
    bool m_ignoresTypeFilter = false;
    int m_mediaProcessingPolls = 1;
    int m_rateLimit = 300;
    int m_rateRemaining = 300;
    QDateTime m_rateReset;
    bool m_denyAuthorization = false;
    int m_verifiedPkceExchanges = 0;

    QJsonObject m_accountTemplate;
    QJsonObject m_instanceTemplate;
    QJsonObject m_mediaTemplate;
    QJsonObject m_appTemplate;
    QHash<QString, FakeMastodonAccount> m_accounts;
    QHash<QString, QString> m_accountByAcct; // lower-case acct → id
    QHash<QString, FakeMastodonStatus> m_statuses;
    std::map<qint64, QString> m_statusOrder; // id → id, oldest first
    QHash<QString, int> m_replyCounts;       // status id → direct replies
    QStringList m_published;                 // ids published through POST /api/v1/statuses
    QHash<QString, QString> m_idempotency;   // key → status id
    QHash<QString, FakeMastodonMedia> m_media;
    std::vector<Notification> m_notifications; // oldest first
    QList<FakeMastodonApp> m_apps;
    QHash<QString, Grant> m_grants; // authorization code → what it grants
    qint64 m_nextId = 0;
    qint64 m_nextStatusId = 0;
    qint64 m_nextNotificationId = 0;
    QStringList m_brandPosts; // seeded posts mentions reply to
    // AccountConversation ids, given on first sight to (thread root, participants).
    mutable QHash<QString, QString> m_conversationIds;
    mutable qint64 m_nextConversationId = 418000;
};

} // namespace fakes
} // namespace vigie
