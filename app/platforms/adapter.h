#pragma once

#include "core/clock.h"
#include "core/network.h"
#include "platforms/capabilities.h"
#include "platforms/credentials.h"
#include "platforms/httptransport.h"
#include "platforms/outcome.h"
#include "platforms/remotetypes.h"

#include <functional>
#include <memory>

// The layer every other part talks to the networks through. An adapter is made for one
// account and one job (a publish, a sync), used from one thread, then dropped; what must
// outlive it (refreshed credentials, cursors) the caller takes from it and stores.
namespace vigie {
namespace platforms {

// Publishes posts: a variant, or every part of a thread.
class Publisher
{
public:
    virtual ~Publisher() = default;
    virtual Result<PublishedPost> publish(const OutgoingPost &post) = 0;
    // Publishes the parts in order, each a reply to the one before; stops at the first failure
    // and returns what was published so far with that outcome.
    virtual Result<QList<PublishedPost>> publishThread(const QList<OutgoingPost> &parts);

    // For networks without an idempotency key (X, Facebook, Instagram, LinkedIn): whether
    // findPublished can look among the account's own recent posts. When it can, the publisher
    // looks there before any retry of an attempt whose answer was lost, instead of leaving the
    // variant unconfirmed.
    virtual bool findsPublished() const { return false; }
    // The account's own post with this text (and in reply to post.inReplyToRemoteId, if set)
    // created at or after `since`, or an empty remoteId when there is none. Permanent
    // "unsupported" by default.
    virtual Result<PublishedPost> findPublished(const OutgoingPost &post, const QDateTime &since);
};

// The network's own scheduler (Facebook Pages: published=false + scheduled_publish_time). A post
// handed over publishes even when Vigie is closed; Vigie keeps it in step when the post moves or
// is cancelled, and checks at its time that it went out.
class NativeScheduler
{
public:
    virtual ~NativeScheduler() = default;
    // How far ahead the network accepts a scheduled time (Facebook: 10 minutes to 30 days).
    virtual qint64 minimumLeadSeconds() const = 0;
    virtual qint64 maximumLeadSeconds() const = 0;
    // Hands the post over to publish at `at` (UTC); remoteId is the network's id for it.
    virtual Result<PublishedPost> schedule(const OutgoingPost &post, const QDateTime &at) = 0;
    virtual Outcome reschedule(const QString &remoteId, const QDateTime &at) = 0;
    // Removes a scheduled post from the network; a post already gone counts as cancelled.
    virtual Outcome cancel(const QString &remoteId) = 0;
    // Whether the post is online yet: url and createdAt filled once it is; an empty url while
    // it still waits. Permanent (404) when it was removed on the network.
    virtual Result<PublishedPost> scheduledState(const QString &remoteId) = 0;
};

// Answers and moderates conversations.
class Engagement
{
public:
    virtual ~Engagement() = default;
    // post.inReplyToRemoteId is set by the caller to parentRemoteId.
    virtual Result<PublishedPost> reply(const QString &parentRemoteId, OutgoingPost post) = 0;
    virtual Outcome hideComment(const QString &remoteId);   // Permanent "unsupported" by default
    virtual Outcome deleteComment(const QString &remoteId); // Permanent "unsupported" by default
};

// Reads what people addressed to the account (mentions, replies, quotes).
class InboxReader
{
public:
    virtual ~InboxReader() = default;
    // Reads every message newer than cursor (empty = from the start the network keeps) and hands
    // them over page by page, oldest page first where the network allows. onPage returns false
    // to stop (e.g. the store failed). Returns the outcome of the whole walk.
    virtual Outcome syncInbox(const QString &cursor,
                              const std::function<bool(const InboxPage &)> &onPage) = 0;
    // The conversation a message belongs to: its ancestors, itself and the replies below it.
    virtual Result<QList<RemoteMessage>> fetchThread(const QString &remoteId) = 0;
};

// Listening: keyword and hashtag search over public posts.
class MentionSearch
{
public:
    virtual ~MentionSearch() = default;
    virtual Result<SearchPage> search(const SearchQuery &query) = 0;
};

class MetricsReader
{
public:
    virtual ~MetricsReader() = default;
    virtual Result<PostMetrics> metrics(const QString &remoteId) = 0;
};

class DirectMessages
{
public:
    virtual ~DirectMessages() = default;
    virtual Outcome syncDirectMessages(const QString &cursor,
                                       const std::function<bool(const InboxPage &)> &onPage) = 0;
    // idempotencyKey: stable across retries of one message; sent where the network takes one
    // (Mastodon's Idempotency-Key). Bluesky chat has none: an unconfirmed send is never retried.
    virtual Result<PublishedPost> sendDirectMessage(const QString &conversationRemoteId, const QString &text,
                                                    const QString &idempotencyKey = {}) = 0;
};

// Everything an adapter needs for one job.
struct AdapterContext
{
    HttpTransport &http; // base URL = the account's server (Mastodon instance, Bluesky PDS…)
    Credentials credentials;
    QString remoteUserId; // Mastodon account id, Bluesky DID; empty before the first sign-in
    QString handle;
    const Clock &clock = SystemClock::instance();
};

class Adapter
{
public:
    virtual ~Adapter() = default;

    virtual Network network() const = 0;
    virtual Capabilities capabilities() const = 0;
    virtual Limits limits() const = 0;

    // Checks the credentials (signing in first where the network needs a session) and says whose
    // they are. The accounts dialog and `vigie account add` call it before storing anything.
    virtual Result<AccountProfile> signIn() = 0;

    // The credentials as they are now: a job that refreshed a token hands the new ones back
    // here; the caller stores them with Credentials::updatedWith.
    virtual Credentials credentials() const = 0;
    virtual bool credentialsChanged() const = 0;

    // Capabilities the network has; nullptr where it has none.
    virtual Publisher *publisher() { return nullptr; }
    virtual Engagement *engagement() { return nullptr; }
    virtual InboxReader *inboxReader() { return nullptr; }
    virtual MentionSearch *mentionSearch() { return nullptr; }
    virtual MetricsReader *metricsReader() { return nullptr; }
    virtual DirectMessages *directMessages() { return nullptr; }
    virtual NativeScheduler *nativeScheduler() { return nullptr; }
};

// Logs a value a server sent that this version does not know (a new notification type, a new
// visibility…); callers then map it to their Unknown case. Never asserts.
void logUnknownValue(Network network, const char *field, const QString &value);

} // namespace platforms
} // namespace vigie
