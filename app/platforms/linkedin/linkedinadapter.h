#pragma once

#include "platforms/adapter.h"
#include "platforms/httpoutcome.h"
#include "platforms/linkedin/linkedinlittle.h"
#include "platforms/linkedin/linkedinurn.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <chrono>

// A LinkedIn organization page (Company Page) through the Community Management API, the
// versioned /rest endpoints (learn.microsoft.com/linkedin/marketing/community-management/).
// Credentials: accessToken (a member's 3-legged token with w_organization_social and
// r_organization_social; it lives 60 days), refreshToken when the app has programmatic refresh,
// accessExpiresAt; clientId/clientSecret only where Vigie may refresh. remoteUserId is the
// numeric organization id; posts are authored by urn:li:organization:<id>.
//
// Choices worth knowing:
// - Every request carries Linkedin-Version (kLinkedInVersion) and X-Restli-Protocol-Version:
//   2.0.0. LinkedIn supports a version for at least a year, then answers 426
//   NONEXISTENT_VERSION: that is reported as Permanent with "update Vigie", never retried.
// - A token whose accessExpiresAt has passed by the context's clock is refused before any
//   request (AuthExpired), unless a refresh token and the app's client id and secret are there:
//   then it is refreshed at POST https://www.linkedin.com/oauth/v2/accessToken (the OAuth host
//   is www.linkedin.com, not the API host; setOAuthBaseUrl changes it; when the API base URL is
//   not api.linkedin.com, as in tests, the OAuth host is that base URL).
// - Publishing: POST /rest/posts; the post URN comes back in the x-restli-id header of a 201
//   with an empty body. LinkedIn takes no idempotency key: findsPublished() is true and
//   findPublished looks through the organization's newest posts for the same text.
//   commentary is written in little text (linkedinlittle.h) or LinkedIn silently cuts it.
// - A post with inReplyToRemoteId (a first comment) becomes a comment, as reply() does.
// - Inbox: comments (and replies to comments) on the organization's newest posts
//   (setInboxPostWindow, 30 by default): LinkedIn has no "comments on my page" feed for
//   organic posts, so a comment on an older post than that is not read. The cursor is the
//   newest created.time (epoch ms) seen; comments at that millisecond are handed over again
//   (the inbox store drops what it has), so two comments in the same millisecond never lose one.
// - Comment authors are URNs: member names need r_member profile access an organization app
//   does not get, so a person shows as their URN's id; the organization itself is fromAccount.
// - Comment text is sent as plain text (message.text, with no little escaping: the Comments
//   API carries mentions as attributes, not templates).
// - LinkedIn cannot hide comments (hideComment stays unsupported); deleteComment deletes a
//   comment as the organization (its own, or one on its posts).
// - 429: LinkedIn sends no rate-limit headers; Retry-After when present, else one hour.
namespace vigie {
namespace platforms {
namespace linkedin {

// The API version Vigie is written against (Marketing July 2026, supported until at least
// July 2027). Moving it forward means reading the migration guide of every version between.
inline constexpr char kLinkedInVersion[] = "202607";

Limits defaultLimits();
Capabilities capabilities();
// The post length as LinkedIn counts it: Unicode code points of the text as written (before
// little escaping), at most 3,000.
int countLength(const QString &text);

// Days left before the access token expires (negative once it has; 0 on its last day), or
// nullopt when the credentials carry no expiry.
std::optional<int> daysUntilTokenExpiry(const Credentials &credentials, const QDateTime &now);
// Whether to tell the manager to reconnect: within `days` of the end of the 60-day token.
bool tokenNeedsWarning(const Credentials &credentials, const QDateTime &now, int days = 7);

class LinkedInAdapter final : public Adapter,
                              public Publisher,
                              public Engagement,
                              public InboxReader,
                              public MetricsReader
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInAdapter)

public:
    explicit LinkedInAdapter(const AdapterContext &context);

    Network network() const override { return Network::LinkedIn; }
    Capabilities capabilities() const override { return linkedin::capabilities(); }
    Limits limits() const override { return defaultLimits(); }
    // GET /rest/organizations/{id}: localizedName and vanityName (the handle). Without an
    // organization id, the one Page the member administers (GET /rest/organizationAcls).
    Result<AccountProfile> signIn() override;
    Credentials credentials() const override { return m_context.credentials; }
    bool credentialsChanged() const override { return m_credentialsChanged; }

    Publisher *publisher() override { return this; }
    Engagement *engagement() override { return this; }
    InboxReader *inboxReader() override { return this; }
    MetricsReader *metricsReader() override { return this; }

    Result<PublishedPost> publish(const OutgoingPost &post) override;
    bool findsPublished() const override { return true; }
    Result<PublishedPost> findPublished(const OutgoingPost &post, const QDateTime &since) override;

    // parentRemoteId: a post URN (a comment on it) or a comment URN (a reply under it).
    Result<PublishedPost> reply(const QString &parentRemoteId, OutgoingPost post) override;
    Outcome hideComment(const QString &remoteId) override; // always Permanent
    Outcome deleteComment(const QString &remoteId) override;

    Outcome syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) override;
    // A post URN: the post and every comment under it; a comment URN: it and its replies.
    Result<QList<RemoteMessage>> fetchThread(const QString &remoteId) override;

    // GET /rest/socialActions/{urn}: likes and comments (LinkedIn counts no reposts there).
    Result<PostMetrics> metrics(const QString &remoteId) override;

    // How long to wait for an uploaded image to become AVAILABLE before posting.
    struct ImagePolling
    {
        std::chrono::milliseconds firstDelay{500};
        std::chrono::milliseconds maxDelay{4000};
        int attempts = 10;
    };
    void setImagePolling(const ImagePolling &polling) { m_imagePolling = polling; }
    void setPostPageSize(int size) { m_postPageSize = qBound(1, size, 100); }
    void setCommentPageSize(int size) { m_commentPageSize = qBound(1, size, 100); }
    void setInboxPostWindow(int posts) { m_inboxPostWindow = qMax(1, posts); }
    void setOAuthBaseUrl(const QUrl &url) { m_oauthBaseUrl = url; }

private:
    struct Answer
    {
        Outcome outcome;
        HttpResponse response;
        QJsonDocument json;      // set when outcome is ok and the body is JSON
        bool unreadable = false; // a 2xx whose body is not JSON
    };
    // A request to the API: method, an already-encoded path under the base URL, and the query.
    HttpRequest rest(const QByteArray &method, const QString &encodedPath) const;
    // Sends one request (refreshing an expired token first, or refusing it), classified.
    Answer exchange(HttpRequest request, bool api = true);
    // exchange() for reads: a 2xx that is not JSON is Transient.
    Answer readJson(HttpRequest request);
    Outcome outcomeOf(const HttpRequest &request, const HttpResponse &response) const;
    Outcome ensureUsableToken();
    Outcome refreshAccessToken();

    Result<QString> uploadImage(const MediaAttachment &media);
    Outcome waitForImage(const QString &imageUrn);
    Result<PublishedPost> createPost(const OutgoingPost &post, const QList<QPair<QString, QString>> &images);
    Result<PublishedPost> createComment(const QString &parentRemoteId, const QString &text);

    // Walks the organization's posts newest first, up to `limit`; visit returns false to stop.
    Outcome forEachPost(int limit, const std::function<bool(const QJsonObject &)> &visit);
    // Every comment on target (a post or a comment URN), page by page.
    Outcome forEachComment(const QString &target, const std::function<bool(const QJsonObject &)> &visit);
    // A post's comments and the replies under them, oldest first.
    Result<QList<RemoteMessage>> commentsUnder(const QString &postUrn, const QDateTime &notBefore);
    RemoteMessage messageFromComment(const QJsonObject &comment, const QString &postUrn,
                                     const QString &parentUrn) const;

    QString ownUrn() const { return organizationUrn(m_organizationId); }
    QDateTime now() const { return m_context.clock.now(); }

    AdapterContext m_context;
    QString m_organizationId;
    QString m_organizationName;
    QUrl m_oauthBaseUrl;
    RateLimitGate m_gate;
    bool m_credentialsChanged = false;
    ImagePolling m_imagePolling;
    int m_postPageSize = 20;
    int m_commentPageSize = 50;
    int m_inboxPostWindow = 30;
};

} // namespace linkedin
} // namespace platforms
} // namespace vigie
