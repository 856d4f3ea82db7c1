#pragma once

#include "platforms/adapter.h"
#include "platforms/httpoutcome.h"
#include "platforms/x/xlength.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>

// X (API v2, https://docs.x.com/x-api) for one account: the transport's base URL is
// https://api.x.com (media uploads go to the same host), the credentials carry an OAuth 2.0
// user token obtained with PKCE (xauthorization.h), its refresh token and the public client id.
//
// Choices worth knowing:
// - Tokens last two hours. A call made within five minutes of accessExpiresAt first refreshes
//   (POST /2/oauth2/token, grant_type=refresh_token); X rotates refresh tokens, so the new one is
//   kept and credentialsChanged() turns true: the caller must store credentials(). A 401 on a
//   read refreshes once and retries once; a 401 on POST /2/tweets refreshes but does not resend:
//   it is reported Transient (the 401 proves nothing was created, so the publisher's own retry is
//   safe and goes through findPublished first). A refused refresh token is AuthExpired.
// - X has no idempotency key. findsPublished() is true: before a retry the publisher calls
//   findPublished, which reads the account's own recent posts (GET /2/users/:id/tweets) for the
//   same text, compared without t.co links, HTML escapes or the media link X appends.
// - Rate limits are per endpoint (x-rate-limit-*): one gate per endpoint, so an exhausted
//   mentions window never stops a publish.
// - Inbox: the mentions timeline (GET /2/users/:id/mentions) pages backward from the newest with
//   since_id = the stored cursor (the newest mention id seen); pages are handed over as they come
//   and only the last carries the new cursor, so an interrupted sync walks the same way again.
// - Threads come from recent search (conversation_id:…), which covers seven days only.
namespace vigie {
namespace platforms {
namespace x {

Limits defaultLimits();
Capabilities capabilities();

class XAdapter final : public Adapter,
                       public Publisher,
                       public Engagement,
                       public InboxReader,
                       public MentionSearch,
                       public MetricsReader
{
    Q_DECLARE_TR_FUNCTIONS(XAdapter)

public:
    explicit XAdapter(const AdapterContext &context);

    Network network() const override { return Network::X; }
    Capabilities capabilities() const override { return x::capabilities(); }
    Limits limits() const override { return defaultLimits(); }
    Result<AccountProfile> signIn() override;
    Credentials credentials() const override { return m_context.credentials; }
    bool credentialsChanged() const override { return m_credentialsChanged; }

    Publisher *publisher() override { return this; }
    Engagement *engagement() override { return this; }
    InboxReader *inboxReader() override { return this; }
    MentionSearch *mentionSearch() override { return this; }
    MetricsReader *metricsReader() override { return this; }

    Result<PublishedPost> publish(const OutgoingPost &post) override;
    bool findsPublished() const override { return true; }
    Result<PublishedPost> findPublished(const OutgoingPost &post, const QDateTime &since) override;
    Result<PublishedPost> reply(const QString &parentRemoteId, OutgoingPost post) override;
    Outcome hideComment(const QString &remoteId) override;
    Outcome syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) override;
    Result<QList<RemoteMessage>> fetchThread(const QString &remoteId) override;
    Result<SearchPage> search(const SearchQuery &query) override;
    Result<PostMetrics> metrics(const QString &remoteId) override;

    // The checks publish() makes before any request (length, poll, media); a Validation outcome
    // naming the field, or success.
    static Outcome validate(const OutgoingPost &post);

    // Media processing (video, GIF): X says when to look again (check_after_secs); Vigie waits
    // that long but at most maxDelay, and gives up as Transient after `attempts` looks.
    struct MediaPolling
    {
        std::chrono::milliseconds maxDelay{10000};
        int attempts = 30;
    };
    void setMediaPolling(const MediaPolling &polling) { m_mediaPolling = polling; }
    // Bytes per APPEND (X accepts up to 5 MB a segment).
    void setChunkSize(qint64 bytes) { m_chunkSize = qMax<qint64>(1, bytes); }
    void setPageSize(int size) { m_pageSize = qBound(5, size, 100); }

private:
    struct Answer
    {
        Outcome outcome;
        HttpResponse response;
        QJsonDocument json;      // set when outcome is ok
        bool unreadable = false; // a 2xx whose body is not JSON
    };
    // Sends one request with the account's token unless its endpoint's rate-limit gate holds it
    // back; refreshes the token first when it is about to expire, and after a 401 on a request
    // that may be repeated (see the header comment).
    Answer exchange(HttpRequest request);
    Answer sendOnce(const HttpRequest &request);
    // exchange() for reads: a 2xx body that is not JSON becomes Transient.
    Answer readJson(HttpRequest request);
    Outcome ensureFreshToken();
    Outcome refreshAccessToken();
    Outcome refineError(Outcome outcome, const HttpResponse &response) const;
    Result<QString> ownUserId();

    Result<QString> uploadMedia(const MediaAttachment &media);
    Result<QString> waitForMedia(const QString &mediaId, QJsonObject processing);
    Result<PublishedPost> createPost(const OutgoingPost &post, const QStringList &mediaIds);
    QString postUrl(const QString &id) const;
    QDateTime now() const { return m_context.clock.now(); }

    AdapterContext m_context;
    QString m_ownUserId;
    QString m_handle;
    bool m_credentialsChanged = false;
    QHash<QString, RateLimitGate> m_gates; // endpoint ("GET /2/users/:id/mentions") → its window
    MediaPolling m_mediaPolling;
    qint64 m_chunkSize = 4 * 1024 * 1024;
    int m_pageSize = 100;
};

} // namespace x
} // namespace platforms
} // namespace vigie
