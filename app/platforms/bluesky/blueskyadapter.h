#pragma once

#include "platforms/adapter.h"
#include "platforms/bluesky/blueskyrichtext.h"
#include "platforms/bluesky/blueskysession.h"
#include "platforms/bluesky/blueskytid.h"
#include "platforms/bluesky/blueskyviews.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// Bluesky through the AT Protocol: the account's PDS (ctx.http's base URL, e.g.
// https://bsky.social or http://127.0.0.1:2583) answers com.atproto.* itself and forwards
// app.bsky.* reads to its AppView. Credentials: accessToken = accessJwt, refreshToken =
// refreshJwt, appPassword (lets Vigie sign in again when the refresh token is refused).
namespace vigie {
namespace platforms {
namespace bluesky {

Limits defaultLimits();
Capabilities capabilities();

class BlueskyAdapter final : public Adapter,
                             public Publisher,
                             public Engagement,
                             public InboxReader,
                             public MentionSearch,
                             public MetricsReader,
                             public DirectMessages
{
    Q_DECLARE_TR_FUNCTIONS(BlueskyAdapter)

public:
    explicit BlueskyAdapter(const AdapterContext &context);

    Network network() const override { return Network::Bluesky; }
    Capabilities capabilities() const override;
    Limits limits() const override;

    // getSession (after createSession when only the app password is known, or a refresh when
    // the stored session is due), then the profile (app.bsky.actor.getProfile) for the display
    // name, the handle when the AppView has no profile yet.
    Result<AccountProfile> signIn() override;
    Credentials credentials() const override { return m_session.credentials(); }
    bool credentialsChanged() const override { return m_session.credentialsChanged(); }

    Publisher *publisher() override { return this; }
    Engagement *engagement() override { return this; }
    InboxReader *inboxReader() override { return this; }
    MentionSearch *mentionSearch() override { return this; }
    MetricsReader *metricsReader() override { return this; }
    DirectMessages *directMessages() override { return this; }

    // Publisher. The record key is tidFromIdempotencyKey(post.idempotencyKey): when a retry
    // meets a post already written under that key, that post is the result.
    Result<PublishedPost> publish(const OutgoingPost &post) override;

    // Engagement: parentRemoteId is the at:// URI of the post answered.
    Result<PublishedPost> reply(const QString &parentRemoteId, OutgoingPost post) override;
    // Deletes one of the account's own posts (com.atproto.repo.deleteRecord).
    Outcome deleteComment(const QString &remoteId) override;
    // Hides a reply in a thread the account started: the reply's URI joins hiddenReplies of the
    // root post's threadgate (app.bsky.feed.threadgate, same record key as the root), created
    // when there is none; who may reply (allow) stays as it was (blueskymoderation.cpp).
    Outcome hideComment(const QString &remoteId) override;

    // InboxReader. The cursor is the indexedAt of the newest notification seen (see
    // blueskyinbox.cpp); pages come newest first and only the last carries the new cursor.
    Outcome syncInbox(const QString &cursor, const std::function<bool(const InboxPage &)> &onPage) override;
    Result<QList<RemoteMessage>> fetchThread(const QString &remoteId) override;

    // MentionSearch: app.bsky.feed.searchPosts (a hashtag is searched as "#tag").
    Result<SearchPage> search(const SearchQuery &query) override;

    // MetricsReader: likes, reposts, replies and quotes from app.bsky.feed.getPosts.
    Result<PostMetrics> metrics(const QString &remoteId) override;

    // DirectMessages through the chat service the PDS forwards to (chat.bsky.convo.*, header
    // atproto-proxy: kChatProxy); the app password needs the "direct messages" permission.
    // The cursor is the newest sentAt seen; conversationRemoteId is a convo id (blueskydirect.cpp).
    Outcome syncDirectMessages(const QString &cursor,
                               const std::function<bool(const InboxPage &)> &onPage) override;
    Result<PublishedPost> sendDirectMessage(const QString &conversationRemoteId, const QString &text,
                                            const QString &idempotencyKey = {}) override;
    static inline const QByteArray kChatProxy = QByteArrayLiteral("did:web:api.bsky.chat#bsky_chat");

    // Bluesky-specific.
    QString did() const { return m_session.did(); }
    QString handle() const { return m_session.handle(); }
    // com.atproto.identity.resolveHandle: the DID behind a handle.
    Result<QString> resolveHandle(const QString &handle);
    // The posts behind at:// URIs (app.bsky.feed.getPosts, at most 25), as post views.
    Result<QList<QJsonObject>> getPosts(const QStringList &uris);
    const RateLimitGate &rateLimitGate() const { return m_session.rateLimitGate(); }

private:
    Outcome ensureSignedIn(); // a session and a DID, for calls that name the account's repo
    Outcome validatePost(const OutgoingPost &post) const;
    Result<QJsonObject> replyReference(const QString &parentUri);
    Result<QJsonArray> resolvedFacets(const QString &text);
    Result<QJsonObject> uploadImages(const QList<MediaAttachment> &media);
    Result<PublishedPost> existingPost(const QString &rkey);
    // One read-modify-write of the root's threadgate; InvalidSwap when it changed meanwhile.
    XrpcReply addHiddenReply(const AtUri &root, const QString &replyUri);
    // A chat failure in words: the app password without DM access, a conversation gone.
    Outcome chatOutcome(const XrpcReply &reply, bool sending) const;
    PublishedPost publishedFrom(const QString &uri, const QDateTime &createdAt) const;

    XrpcSession m_session;
    const Clock &m_clock;
};

} // namespace bluesky
} // namespace platforms
} // namespace vigie
