#pragma once

#include "core/clock.h"
#include "fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <optional>
#include <vector>

// A Bluesky PDS and its AppView on one local port, answering /xrpc/<nsid> as the lexicons
// (bluesky-social/atproto lexicons/) and the reference PDS 0.4 say: sessions with real-looking
// HS256 JWTs whose expiry follows the injected clock, refresh-token rotation, repo records with
// client-chosen TID keys, blobs, post views, threads, notifications with cursor paging, search,
// handles and profiles, RateLimit-* headers on every answer and 429 once they are used up.
// Errors are XRPC errors {"error": name, "message": text}, with the reference PDS's statuses:
// ExpiredToken and InvalidToken as 400, a missing token 401, a duplicate record key 500.
namespace vigie {
namespace fakes {

struct FakeBlueskyAccount
{
    QString did;
    QString handle;
    QString appPassword; // empty: an account of another server, known only by handle
    QString displayName;
    // The app password was made with "Allow access to your direct messages": its sessions carry
    // the com.atproto.appPassPrivileged scope the PDS asks for before forwarding chat.bsky.*.
    bool chatAllowed = true;
};

// A message of the chat service (chat.bsky.convo.defs#messageView).
struct FakeBlueskyChatMessage
{
    QString id;
    QString rev;
    QString senderDid;
    QString text;
    QJsonArray facets;
    QDateTime sentAt;
    bool deleted = false; // shown as #deletedMessageView
};

// A conversation of the chat service (chat.bsky.convo.defs#convoView).
struct FakeBlueskyConvo
{
    QString id;
    QString rev;
    QStringList memberDids;
    std::vector<FakeBlueskyChatMessage> messages; // oldest first
    QString status = QStringLiteral("accepted");  // or "request"
    bool locked = false;                          // sendMessage answers ConvoLocked
};

struct FakeBlueskyRecord
{
    QString uri;
    QString cid;
    QString did;
    QString collection;
    QString rkey;
    QJsonObject value;
    QDateTime indexedAt;
    qint64 likes = 0;
    qint64 reposts = 0;
    qint64 quotes = 0;
};

struct FakeBlueskyNotification
{
    QString recipientDid;
    QString uri; // the record that caused it (a post, a like, a follow…)
    QString cid;
    QString authorDid;
    QString reason; // mention, reply, quote, like, repost, follow… or anything a test invents
    QString reasonSubject;
    QJsonObject record;
    QDateTime indexedAt;
    bool isRead = false;
};

class FakeBlueskyServer : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeBlueskyServer(QObject *parent = nullptr);

    // Time for token expiry, indexedAt and rate-limit windows; nullptr = the system clock.
    void setClock(const Clock *clock) { m_clock = clock; }
    QDateTime now() const;

    // Accounts. Returns the DID ("did:plc:" + 24 characters derived from the handle).
    QString addAccount(const QString &handle, const QString &appPassword = {},
                       const QString &displayName = {});
    std::optional<FakeBlueskyAccount> account(const QString &didOrHandle) const;

    // Sessions.
    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }   // default 2 h
    void setRefreshTokenLifetime(int seconds) { m_refreshLifetime = seconds; } // default 90 days
    // refreshSession answers without "refreshJwt" (a server that keeps the refresh token).
    void setRefreshOmitsRefreshToken(bool omit) { m_refreshOmitsRefreshToken = omit; }
    void revokeSessions(const QString &did); // every refresh token of the account is refused
    struct Session
    {
        QString accessJwt;
        QString refreshJwt;
    };
    Session issueSession(const QString &did); // what createSession would answer
    // A token signed with another key: the server refuses it as InvalidToken.
    static QString forgedToken(const QString &did);

    // Records. What a second createRecord with the same key gets: the reference PDS (0.4.x)
    // answers 500 InternalServerError (atproto#3718); newer ones may name the error.
    enum class DuplicateRecordAnswer { InternalServerError, RecordAlreadyExists };
    void setDuplicateRecordAnswer(DuplicateRecordAnswer answer) { m_duplicateAnswer = answer; }
    // A post written directly (no HTTP), with the notifications the AppView would make:
    // mentions of known handles, a reply to the parent's (and root's) author, a quote.
    QString createPost(const QString &authorDid, const QString &text, const QString &replyToUri = {},
                       const QString &quoteUri = {}, const QDateTime &createdAt = {});
    // Any record written directly (no HTTP, no checks), replacing one under the same key: a
    // threadgate another client made, say.
    FakeBlueskyRecord writeRecord(const QString &did, const QString &collection, const QString &rkey,
                                  const QJsonObject &value);
    QList<FakeBlueskyRecord> records(const QString &collection = QStringLiteral("app.bsky.feed.post")) const;
    std::optional<FakeBlueskyRecord> record(const QString &uri) const;
    void removeRecord(const QString &uri);
    void setPostCounts(const QString &uri, qint64 likes, qint64 reposts, qint64 quotes);
    int blobCount() const { return int(m_blobs.size()); }
    // Posts by this account show as #blockedPost in threads.
    void blockAuthor(const QString &did) { m_blockedAuthors.insert(did); }

    // Notifications (newest first in listNotifications, paged by indexedAt).
    void addNotification(const FakeBlueskyNotification &notification);
    // count mentions of recipientDid by a few invented authors, one second apart, the newest a
    // second before now. Fast enough for 10,000.
    void seedMentions(const QString &recipientDid, int count);
    int notificationCount(const QString &recipientDid) const;

    // The chat service the PDS forwards to (atproto-proxy: did:web:api.bsky.chat#bsky_chat).
    // Whether the account's app password may use it (sessions issued afterwards follow).
    void setChatAllowed(const QString &did, bool allowed);
    // A conversation between these DIDs (direct: two members). Returns its id.
    QString startConvo(const QStringList &memberDids);
    // A message sent at sentAt (default: now, never before the convo's last one). Returns its id.
    QString addChatMessage(const QString &convoId, const QString &senderDid, const QString &text,
                           const QDateTime &sentAt = {});
    void deleteChatMessage(const QString &convoId, const QString &messageId); // #deletedMessageView
    void lockConvo(const QString &convoId) { m_convos[convoId].locked = true; }
    void setConvoStatus(const QString &convoId, const QString &status) { m_convos[convoId].status = status; }
    FakeBlueskyConvo convo(const QString &convoId) const { return m_convos.value(convoId); }

    // Rate limits (the PDS's global limit: 3000 per 5 minutes).
    void setRateLimit(int limit, int windowSeconds);
    void exhaustRateLimit(); // the window's points are used up: 429 until it resets

protected:
    void decorate(const FakeRequest &request, FakeResponse &response) override;

private:
    struct RefreshToken
    {
        QString did;
        bool revoked = false;
    };
    using XrpcHandler = std::function<FakeResponse(const FakeRequest &)>;

    void xrpc(const QByteArray &method, const QString &nsid, XrpcHandler handler);
    void registerServerRoutes();
    void registerRepoRoutes();
    void registerAppViewRoutes();

    // Sessions and auth (fakeblueskyserver.cpp).
    QString signJwt(const QJsonObject &payload) const;
    std::optional<QJsonObject> verifyJwt(const QString &token, FakeResponse *refusal) const;
    // The DID behind the request's access token; refusal says why there is none.
    std::optional<QString> authenticate(const FakeRequest &request, FakeResponse *refusal) const;
    FakeResponse sessionAnswer(const FakeBlueskyAccount &account, const Session &session,
                               bool withRefresh) const;
    bool consumeRateLimit();
    void rollRateLimitWindow();

    // Repo (fakeblueskyrepo.cpp).
    FakeResponse createRecord(const FakeRequest &request);
    FakeResponse getRecord(const FakeRequest &request) const;
    FakeResponse deleteRecord(const FakeRequest &request);
    FakeResponse putRecord(const FakeRequest &request);
    std::optional<FakeResponse> validateThreadgate(const QJsonObject &record) const;
    FakeResponse uploadBlob(const FakeRequest &request);
    std::optional<FakeResponse> validatePost(const QJsonObject &record) const;
    FakeBlueskyRecord &store(const QString &did, const QString &collection, const QString &rkey,
                             const QJsonObject &value, const QDateTime &indexedAt);
    void notifyFor(const FakeBlueskyRecord &post);
    QString nextRkey();

    // Chat (fakeblueskychat.cpp).
    void registerChatRoutes();
    // The caller's DID once the PDS would forward the call: signed in, the chat proxy named,
    // a privileged app password; refusal otherwise.
    std::optional<QString> chatCaller(const FakeRequest &request, FakeResponse *refusal) const;
    QJsonObject chatMessageView(const FakeBlueskyChatMessage &message) const;
    QJsonObject convoView(const FakeBlueskyConvo &convo, const QString &viewerDid) const;
    FakeResponse listConvos(const FakeRequest &request) const;
    FakeResponse getMessages(const FakeRequest &request) const;
    FakeResponse sendMessage(const FakeRequest &request);
    QString nextChatRev();

    // AppView (fakeblueskyappview.cpp).
    QJsonObject profileViewBasic(const QString &did) const;
    QJsonObject profileView(const QString &did) const;
    QJsonObject postView(const FakeBlueskyRecord &record) const;
    QJsonObject threadNode(const QString &uri, int depth, int parentHeight, bool withParent) const;
    FakeResponse getPosts(const FakeRequest &request) const;
    FakeResponse getPostThread(const FakeRequest &request) const;
    FakeResponse listNotifications(const FakeRequest &request) const;
    FakeResponse searchPosts(const FakeRequest &request) const;
    FakeResponse getProfile(const FakeRequest &request) const;
    FakeResponse resolveHandle(const FakeRequest &request) const;

    const Clock *m_clock = nullptr;
    QList<FakeBlueskyAccount> m_accounts;
    QHash<QString, qsizetype> m_accountByDid;
    QHash<QString, qsizetype> m_accountByHandle;  // lower-case handles
    QHash<QString, RefreshToken> m_refreshTokens; // by jti
    int m_accessLifetime = 2 * 3600;
    int m_refreshLifetime = 90 * 24 * 3600;
    bool m_refreshOmitsRefreshToken = false;
    quint64 m_tokenSerial = 0;

    DuplicateRecordAnswer m_duplicateAnswer = DuplicateRecordAnswer::InternalServerError;
    QHash<QString, FakeBlueskyRecord> m_records;       // by at:// URI
    QHash<QString, QStringList> m_replies;             // parent URI → reply URIs, oldest first
    QHash<QString, QPair<QByteArray, qint64>> m_blobs; // cid → (mime type, size)
    QSet<QString> m_blockedAuthors;
    qint64 m_lastRkeyMicros = 0;
    quint64 m_cidSerial = 0;

    QHash<QString, std::vector<FakeBlueskyNotification>> m_notifications; // by recipient, newest first

    QHash<QString, FakeBlueskyConvo> m_convos; // by id
    quint64 m_chatSerial = 0;
    qint64 m_lastChatRevMicros = 0;

    int m_rateLimit = 3000;
    int m_rateWindowSeconds = 300;
    int m_rateUsed = 0;
    QDateTime m_rateWindowStart;
};

} // namespace fakes
} // namespace vigie
