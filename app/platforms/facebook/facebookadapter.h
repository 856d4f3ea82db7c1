#pragma once

#include "platforms/adapter.h"
#include "platforms/facebook/facebookgraph.h"

#include <QCoreApplication>
#include <QJsonObject>

// A Facebook Page through the Graph API (https://graph.facebook.com/v21.0), with the Page access
// token the connect dialog obtained through Facebook Login; remoteUserId is the Page id.
// Documentation followed (examples copied in tests/data/facebook/):
//   https://developers.facebook.com/docs/pages-api/posts (publish, schedule, update, delete)
//   https://developers.facebook.com/docs/graph-api/reference/page/photos and …/reference/photo
//   https://developers.facebook.com/docs/graph-api/reference/object/comments
//   https://developers.facebook.com/docs/graph-api/reference/page/scheduled_posts
//   https://developers.facebook.com/docs/graph-api/overview/rate-limiting
//   https://developers.facebook.com/docs/graph-api/guides/error-handling
//
// Choices worth knowing:
// - The token travels in "Authorization: Bearer", never in a URL; `next` links Facebook returns
//   (which carry access_token) are followed without it, and only on the transport's own host.
// - Graph has no idempotency key: findsPublished() is true and findPublished reads the Page's
//   feed (or the parent's comments) back for the same text, so the publisher looks before a retry.
// - Native scheduling is accepted between 10 minutes and 30 days ahead ("The publish date must be
//   between 10 minutes and 30 days from the time of the API request", pages-api/posts); older
//   pages said six months, the current guide says 30 days, so 30 days it is.
// - Inbox: Facebook has no "comments since" query on a Page. Each sync walks the Page's posts
//   created in the last inboxLookbackDays (default 90) and reads the comments (filter=stream,
//   newest first) of the posts whose updated_time — which Facebook moves with every new comment —
//   is at or after the cursor. The cursor is the newest comment's created_time (Unix seconds); a
//   new comment on an older post moves that post's updated_time, so it is not lost. Comments on
//   posts older than the lookback are not read (Page webhooks would be needed for those).
//   Reading starts cursorOverlap seconds before the cursor, so a comment Facebook made visible
//   late is still read; the store ignores the ones it has.
// - Comment ids are "<post number>_<comment number>" and Page post ids "<page id>_<post number>":
//   a comment's post is found from its id, as Graph offers no field for it.
namespace vigie {
namespace platforms {
namespace facebook {

Limits defaultLimits();
Capabilities capabilities();
int countLength(const QString &text); // Unicode code points of the NFC text (63,206 at most)

class FacebookAdapter final : public Adapter,
                              public Publisher,
                              public Engagement,
                              public InboxReader,
                              public MetricsReader,
                              public NativeScheduler
{
    Q_DECLARE_TR_FUNCTIONS(vigie::platforms::facebook::FacebookAdapter)

public:
    explicit FacebookAdapter(const AdapterContext &context);

    Network network() const override { return Network::Facebook; }
    Capabilities capabilities() const override { return facebook::capabilities(); }
    Limits limits() const override { return defaultLimits(); }
    Result<AccountProfile> signIn() override;
    Credentials credentials() const override { return m_context.credentials; }
    bool credentialsChanged() const override { return false; } // a Page token is not refreshed here

    Publisher *publisher() override { return this; }
    Engagement *engagement() override { return this; }
    InboxReader *inboxReader() override { return this; }
    MetricsReader *metricsReader() override { return this; }
    NativeScheduler *nativeScheduler() override { return this; }

    // Publisher. A post with inReplyToRemoteId becomes a comment on that post or comment.
    Result<PublishedPost> publish(const OutgoingPost &post) override;
    bool findsPublished() const override { return true; }
    Result<PublishedPost> findPublished(const OutgoingPost &post, const QDateTime &since) override;

    // Engagement
    Result<PublishedPost> reply(const QString &parentRemoteId, OutgoingPost post) override;
    Outcome hideComment(const QString &remoteId) override;
    Outcome deleteComment(const QString &remoteId) override;

    // InboxReader
    Outcome syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) override;
    Result<QList<RemoteMessage>> fetchThread(const QString &remoteId) override;

    // MetricsReader: reactions → likes, shares → reposts, comments → replies.
    Result<PostMetrics> metrics(const QString &remoteId) override;

    // NativeScheduler
    qint64 minimumLeadSeconds() const override { return 10 * 60; }
    qint64 maximumLeadSeconds() const override { return 30 * 24 * 3600; }
    Result<PublishedPost> schedule(const OutgoingPost &post, const QDateTime &at) override;
    Outcome reschedule(const QString &remoteId, const QDateTime &at) override;
    Outcome cancel(const QString &remoteId) override;
    Result<PublishedPost> scheduledState(const QString &remoteId) override;

    void setInboxLookbackDays(int days) { m_lookbackDays = qMax(1, days); }
    void setCursorOverlapSeconds(int seconds) { m_cursorOverlap = qMax(0, seconds); }
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }
    // Until when the usage headers hold requests back (invalid when they do not).
    QDateTime throttledUntil() const { return m_usage.heldUntil(); }

private:
    struct Answer
    {
        Outcome outcome;
        HttpResponse response;
        QJsonObject json;
        bool unreadable = false; // a 2xx whose body is not a JSON object
    };
    // Sends one request unless the usage headers hold requests back, and classifies the answer.
    Answer exchange(HttpRequest request, Permission permission);
    // exchange() for reads: a 2xx body that is not JSON is Transient.
    Answer read(HttpRequest request, Permission permission);
    // Every object of a list edge, following paging.next while keepGoing says so.
    Outcome walk(HttpRequest first, Permission permission,
                 const std::function<bool(const QJsonObject &item)> &keepGoing);

    Result<PublishedPost> publishPost(const OutgoingPost &post, const QDateTime &scheduleAt);
    Result<PublishedPost> publishComment(const OutgoingPost &post);
    Result<QString> uploadPhoto(const MediaAttachment &media, bool temporary);
    Result<PublishedPost> postPhoto(const OutgoingPost &post, const QDateTime &scheduleAt);
    Result<PublishedPost> postFeed(const OutgoingPost &post, const QStringList &photoIds,
                                   const QDateTime &scheduleAt);
    Outcome checkLead(const QDateTime &at) const;
    PublishedPost publishedFrom(const QJsonObject &object, const QString &id) const;
    RemoteMessage messageFromComment(const QJsonObject &comment, const QString &postId) const;
    RemoteMessage messageFromPost(const QJsonObject &post) const;
    QString postIdOf(const QString &objectId) const;
    QString pageId() const { return m_pageId; }
    QDateTime now() const { return m_context.clock.now(); }

    AdapterContext m_context;
    QString m_pageId;
    UsageGate m_usage;
    int m_lookbackDays = 90;
    int m_cursorOverlap = 120;
    int m_pageSize = 100;
};

} // namespace facebook
} // namespace platforms
} // namespace vigie
