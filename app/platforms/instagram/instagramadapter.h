#pragma once

#include "platforms/adapter.h"
#include "platforms/instagram/instagramgraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>

// An Instagram professional account through the Instagram Graph API with Facebook Login
// (graph.facebook.com/v21.0). Credentials: the access token of the Facebook Page linked to the
// account; remoteUserId: the Instagram user id (ig-user-id).
//
// Choices worth knowing:
// - Media must be at a public URL: Instagram fetches image_url/video_url itself. Vigie's media are
//   local files, so each is first staged on the linked Facebook Page as an UNPUBLISHED photo
//   (POST /{page-id}/photos published=false, read back with ?fields=images) or video
//   (POST /{page-id}/videos published=false, ?fields=source), and the Facebook CDN URL is handed to
//   Instagram. Nothing appears on the Page; the staged objects stay in its library (not deleted
//   afterwards). A media whose filePath already is an https:// URL is passed through untouched.
// - Publishing is container then media_publish: the publishing quota is read first
//   (content_publishing_limit; reached → RateLimited in an hour, no container made), containers
//   are polled until FINISHED (ERROR/EXPIRED → Permanent with Instagram's status; still
//   IN_PROGRESS after the bounded polling → Transient). Staging and container creation that get
//   no answer are Transient, not Unconfirmed: neither publishes anything. Only media_publish can
//   be Unconfirmed; the delivery layer then calls findPublished (the account's media since the
//   attempt, same caption). A container left unpublished is never reused: it expires by itself
//   after 24 hours and a retry builds a new one (simpler than tracking containers across jobs).
// - A post with inReplyToRemoteId (the variant's first comment) becomes a comment on that media.
//   reply() reads the parent first: a media gets POST /{media}/comments, a comment gets
//   POST /{comment}/replies on its top-level comment (Instagram threads are one level deep).
// - Inbox: comments and their replies on the account's recent media (the newest
//   setInboxMediaWindow() media, 25 by default). The cursor is a small JSON object per media:
//   {"<media id>": {"n": comments_count, "t": newest comment time, "i": ids of that second}}. A
//   media is read again only when its comments_count differs from the stored one, and only
//   comments after its stored time (or of that second but not handed over yet) are handed over,
//   so a new comment on an older media still arrives while unchanged media cost nothing. A
//   deletion and a new comment between two syncs leave the count unchanged: that comment waits
//   for the next change on the media. Comments on media older than the window are not read
//   (webhooks would be needed).
// - Metrics: like_count and comments_count of the media. Insights (reach, saves, shares) need
//   instagram_manage_insights and do not map onto PostMetrics; left out.
// - Every answer's X-App-Usage / X-Business-Use-Case-Usage is read: at 95 % or with an estimated
//   time to regain access, no request goes out until then.
namespace vigie {
namespace platforms {
namespace instagram {

Limits defaultLimits();
Capabilities capabilities();
int countLength(const QString &text); // Unicode code points, as Instagram counts a caption

class InstagramAdapter final : public Adapter,
                               public Publisher,
                               public Engagement,
                               public InboxReader,
                               public MetricsReader
{
    Q_DECLARE_TR_FUNCTIONS(vigie::platforms::instagram::InstagramAdapter)

public:
    explicit InstagramAdapter(const AdapterContext &context);

    Network network() const override { return Network::Instagram; }
    Capabilities capabilities() const override { return instagram::capabilities(); }
    Limits limits() const override { return defaultLimits(); }
    Result<AccountProfile> signIn() override;
    Credentials credentials() const override { return m_context.credentials; }
    bool credentialsChanged() const override { return false; } // Page tokens are not refreshed here

    Publisher *publisher() override { return this; }
    Engagement *engagement() override { return this; }
    InboxReader *inboxReader() override { return this; }
    MetricsReader *metricsReader() override { return this; }

    Result<PublishedPost> publish(const OutgoingPost &post) override;
    bool findsPublished() const override { return true; }
    Result<PublishedPost> findPublished(const OutgoingPost &post, const QDateTime &since) override;
    Result<PublishedPost> reply(const QString &parentRemoteId, OutgoingPost post) override;
    Outcome hideComment(const QString &remoteId) override;
    Outcome deleteComment(const QString &remoteId) override;
    Outcome syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) override;
    Result<QList<RemoteMessage>> fetchThread(const QString &remoteId) override;
    Result<PostMetrics> metrics(const QString &remoteId) override;

    // How long to wait for Instagram to process a container (or Facebook a staged video):
    // firstDelay, doubling up to maxDelay, at most attempts polls. Meta suggests polling about
    // once a minute for up to five minutes for videos.
    struct Polling
    {
        std::chrono::milliseconds firstDelay{2000};
        std::chrono::milliseconds maxDelay{60000};
        int attempts = 12;
    };
    void setPolling(const Polling &polling) { m_polling = polling; }
    void setInboxMediaWindow(int media) { m_mediaWindow = qBound(1, media, 100); }
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }

private:
    struct Answer
    {
        Outcome outcome;
        HttpResponse response;
        QJsonObject json;        // set when outcome is ok and the body is a JSON object
        bool unreadable = false; // a 2xx whose body is not a JSON object
    };
    // One Graph request unless the usage gate holds it back; permission is named if refused.
    Answer exchange(HttpRequest request, const QString &permission);
    // exchange() for reads: a 2xx body that is not JSON becomes Transient.
    Answer read(const QString &path, QUrlQuery query, const QString &permission);
    static HttpRequest form(const QByteArray &method, const QString &path,
                            const QList<QPair<QString, QString>> &fields);

    // Publishing (instagrampublish.cpp)
    Outcome checkPost(const OutgoingPost &post) const;
    Outcome checkQuota();
    Result<QString> pageId();
    Result<QString> publicUrl(const MediaAttachment &media, bool video);
    Result<QString> stagedSource(const QString &path, const QString &field, bool video);
    Result<QString> createContainer(const QList<QPair<QString, QString>> &fields);
    Outcome waitForContainer(const QString &containerId);
    Result<PublishedPost> publishContainer(const QString &containerId);
    Result<PublishedPost> comment(const QString &parentRemoteId, const QString &text);

    // Inbox (instagraminbox.cpp)
    // Whether remoteId is a media (true) or a comment; topLevel is set to the comment to reply
    // under (the parent of a reply, the comment itself otherwise).
    Result<bool> isMedia(const QString &remoteId, QString *topLevel);
    Result<QList<QJsonObject>> allPages(const QString &path, QUrlQuery query, const QString &permission,
                                        int maxPages);
    RemoteMessage toMessage(const QJsonObject &comment, const QString &parentId, const QString &mediaId,
                            const QString &permalink) const;
    bool isOwn(const QJsonObject &comment) const;

    QString userId() const { return m_context.remoteUserId; }
    QDateTime now() const { return m_context.clock.now(); }

    AdapterContext m_context;
    QString m_pageId;
    QString m_ownUsername;
    UsageGate m_gate;
    Polling m_polling;
    int m_mediaWindow = 25;
    int m_pageSize = 50;
};

} // namespace instagram
} // namespace platforms
} // namespace vigie
