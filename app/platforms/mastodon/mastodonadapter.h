#pragma once

#include "platforms/adapter.h"
#include "platforms/httpoutcome.h"
#include "platforms/mastodon/mastodonlength.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>

// Mastodon (and servers speaking its client API) for one account: the base URL of the
// transport is the instance, the credentials carry the account's access token.
//
// Choices worth knowing:
// - Inbox: GET /api/v1/notifications?types[]=mention walked forward with min_id from the stored
//   cursor (empty cursor = min_id 0: everything the server still keeps, oldest page first).
// - Publishing sends an Idempotency-Key on every status; a 5xx answer is reported as Transient
//   and not retried here: the caller's retry reuses the key, so Mastodon returns the first
//   status rather than a second one. A publish with no answer is Unconfirmed and never retried.
// - A media upload that gets no answer is Transient, not Unconfirmed: an unattached upload
//   publishes nothing (the server drops it after a day).
// - Replies mention the parent's author (Mastodon notifies only mentioned people) and never
//   widen the parent's visibility (a reply to a private mention stays private).
// - Direct messages are conversations (GET /api/v1/conversations, paged by their last status
//   id): the inbox leaves "direct" statuses to them so a conversation is one thread
//   ("dm:<conversation id>"), never split between the two syncs (mastodondirect.cpp).
// - Mastodon has no way to hide a reply to one's post; deleting works on the account's own
//   statuses only.
namespace vigie {
namespace platforms {
namespace mastodon {

Limits defaultLimits();
Capabilities capabilities();

class MastodonAdapter final : public Adapter,
                              public Publisher,
                              public Engagement,
                              public InboxReader,
                              public MentionSearch,
                              public MetricsReader,
                              public DirectMessages
{
    // Vigie's own words about an answer end up in Outcome::serverMessage, shown to people.
    Q_DECLARE_TR_FUNCTIONS(MastodonAdapter)

public:
    explicit MastodonAdapter(const AdapterContext &context);

    Network network() const override { return Network::Mastodon; }
    Capabilities capabilities() const override { return mastodon::capabilities(); }
    Limits limits() const override { return m_limits; }
    Result<AccountProfile> signIn() override;
    Credentials credentials() const override { return m_context.credentials; }
    bool credentialsChanged() const override { return false; } // Mastodon tokens do not expire

    Publisher *publisher() override { return this; }
    Engagement *engagement() override { return this; }
    InboxReader *inboxReader() override { return this; }
    MentionSearch *mentionSearch() override { return this; }
    MetricsReader *metricsReader() override { return this; }
    DirectMessages *directMessages() override { return this; }

    Result<PublishedPost> publish(const OutgoingPost &post) override;
    Result<PublishedPost> reply(const QString &parentRemoteId, OutgoingPost post) override;
    Outcome hideComment(const QString &remoteId) override;   // always Permanent: Mastodon has no hiding
    Outcome deleteComment(const QString &remoteId) override; // own statuses only
    Outcome syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) override;
    Result<QList<RemoteMessage>> fetchThread(const QString &remoteId) override;
    Result<SearchPage> search(const SearchQuery &query) override;
    Result<PostMetrics> metrics(const QString &remoteId) override;

    // DirectMessages. The cursor is the newest conversation's last status id the last sync saw;
    // conversationRemoteId is a conversation id (what follows "dm:" in a thread's root).
    Outcome syncDirectMessages(const QString &cursor,
                               const std::function<bool(const InboxPage &)> &onPage) override;
    Result<PublishedPost> sendDirectMessage(const QString &conversationRemoteId, const QString &text,
                                            const QString &idempotencyKey = {}) override;

    // How long to wait for media the server still processes (202): firstDelay, doubling up to
    // maxDelay, at most attempts polls; then the publish gives up as Transient.
    struct MediaPolling
    {
        std::chrono::milliseconds firstDelay{500};
        std::chrono::milliseconds maxDelay{5000};
        int attempts = 12;
    };
    void setMediaPolling(const MediaPolling &polling) { m_mediaPolling = polling; }
    void setNotificationPageSize(int size) { m_notificationPageSize = qBound(1, size, 80); }
    void setConversationPageSize(int size) { m_conversationPageSize = qBound(1, size, 40); }
    // Context requests made by the last syncInbox (to show the per-sync cache works).
    int contextRequestsInLastSync() const { return m_contextRequests; }

private:
    struct Answer
    {
        Outcome outcome;
        HttpResponse response;
        QJsonDocument json;      // set when outcome is ok
        bool unreadable = false; // a 2xx whose body is not JSON
    };
    // Sends one request unless the rate-limit gate holds it back, and classifies the answer.
    Answer exchange(HttpRequest request);
    // exchange() for reads, with a 2xx body that is not JSON turned into a Transient outcome.
    Answer readJson(HttpRequest request);
    Result<QString> uploadMedia(const MediaAttachment &media);
    Result<QString> waitForMedia(const QString &mediaId);
    Result<PublishedPost> postStatus(const OutgoingPost &post, const QStringList &mediaIds);
    // The conversation root of a mentioned status, asking /context only for parents not seen yet.
    Result<QString> threadRootOf(const QJsonObject &status, QHash<QString, QString> &rootOf);
    QString messageKind(const QJsonObject &status) const;
    // Every direct status of a conversation, from the context of its last status (and of its
    // root when the last status answers something), oldest first.
    Result<QList<QJsonObject>> conversationStatuses(const QJsonObject &lastStatus);
    // The conversation with this id among the account's conversations (newest first), or a
    // Permanent outcome once every page has been read without finding it.
    Result<QJsonObject> findConversation(const QString &conversationId);
    QString instanceDomain() const;
    QDateTime now() const { return m_context.clock.now(); }

    AdapterContext m_context;
    QString m_ownAccountId;
    QString m_instanceDomain;
    Limits m_limits;
    RateLimitGate m_gate;
    MediaPolling m_mediaPolling;
    int m_notificationPageSize = 80;
    int m_conversationPageSize = 40;
    int m_contextRequests = 0;
};

} // namespace mastodon
} // namespace platforms
} // namespace vigie
