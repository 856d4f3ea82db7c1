#pragma once

#include "core/network.h"
#include "core/postcontent.h"
#include "core/poststate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Plain value types shared by every layer. Ids are database row ids; 0 means "not stored yet".
namespace vigie {

using Id = qint64;

struct Workspace
{
    Id id = 0;
    QString name;
    QString timezone = QStringLiteral("Europe/Paris");
    bool isDemo = false;
};

struct Brand
{
    Id id = 0;
    Id workspaceId = 0;
    QString name;
    QString color = QStringLiteral("#2f6f9f"); // used by the calendar and the charts
    bool isCompetitor = false;
    QString safetyText;                // mandatory fair-balance text appended to posts
    QList<ReviewRole> requiredReviews; // MLR reviews a post needs before it may be scheduled; empty = none
    QStringList forbiddenClaims;       // phrases a post may not contain (defaultForbiddenClaims())

    static Brand named(Id workspaceId, const QString &name, const QString &color)
    {
        Brand b;
        b.workspaceId = workspaceId;
        b.name = name;
        b.color = color;
        return b;
    }
};

struct Product
{
    Id id = 0;
    Id brandId = 0;
    QString name;
    QStringList aliases;
    QString inn; // international non-proprietary name (active substance)
    bool prescriptionOnly = false;
};

enum class AccountStatus { Unknown, Connected, NeedsReconnect, RateLimited, Disconnected };
QString accountStatusKey(AccountStatus status);
AccountStatus accountStatusFromKey(const QString &key);

// A connected account on a network; a channel a post variant targets.
struct Account
{
    Id id = 0;
    Id workspaceId = 0;
    Id brandId = 0; // 0 = not tied to a brand
    Network network = Network::Unknown;
    QString handle;
    QString displayName;
    QString baseUrl;
    AccountStatus status = AccountStatus::Connected;
    bool isPublic = true;       // false for professional-only audiences (e.g. Sermo)
    QString remoteUserId;       // the network's id for the account (Mastodon id, Bluesky DID)
    QString secretKey;          // name of its keychain entry; the secret itself is never stored here
    int maxLength = 0;          // the server's own post length limit, 0 = the network's default
    QDateTime rateLimitedUntil; // valid while status is RateLimited
    QString statusDetail;       // the last problem, in words, for the accounts dialog
    QDateTime tokenExpiresAt;   // when the access token stops working (LinkedIn); invalid = never
};

struct PostVariant
{
    Id id = 0;
    Id postId = 0;
    Id accountId = 0;
    QString body; // empty = inherits the post's text
    PostState state = PostState::Draft;
    QString remoteId;
    QString remoteUrl;
    QString idempotencyKey; // fixed before the first attempt so a retry cannot post twice
    QString error;
    int attempts = 0;        // network attempts so far (retries back off from it)
    QDateTime nextAttemptAt; // a retry waits until then; invalid = due with its post
    QDateTime claimedAt;     // when a publisher took it (state Publishing)
    QString claimedBy;       // which publisher: "host:pid"
    QString progress;        // JSON: thread parts and first comment already published

    static PostVariant forAccount(Id accountId)
    {
        PostVariant v;
        v.accountId = accountId;
        return v;
    }
};

struct Post
{
    Id id = 0;
    Id workspaceId = 0;
    Id brandId = 0;
    QString body;
    PostState state = PostState::Draft;
    QDateTime scheduledAt; // invalid = unscheduled draft
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PostVariant> variants;
    PostExtras extras;  // thread, first comment, poll, media
    QString author;     // who wrote it: an author may not approve their own post
    Id seriesId = 0;    // recurring posts share the id of the first occurrence; 0 = not recurring
    QString recurrence; // the rule the series was made with, e.g. "weekly:8"

    QString textFor(const PostVariant &variant) const { return variant.body.isEmpty() ? body : variant.body; }
};

enum class ThreadStatus { Unknown, Open, Pending, Done };
QString threadStatusKey(ThreadStatus status);
ThreadStatus threadStatusFromKey(const QString &key);
QString threadStatusDisplayName(ThreadStatus status);

enum class MessageDirection { Incoming, Outgoing };
enum class Sentiment { Negative = -1, Neutral = 0, Positive = 1 };
QString sentimentKey(Sentiment sentiment); // "positive", "neutral", "negative"
std::optional<Sentiment> sentimentFromKey(const QString &key);

// Why a text was flagged as a possible adverse event: the words that matched, as offsets into
// the text (UTF-16 code units, as QString counts), so the inbox can highlight them.
enum class EvidenceKind { Product, Symptom, Experience };
struct EvidenceSpan
{
    EvidenceKind kind = EvidenceKind::Symptom;
    int start = 0;
    int length = 0;
    QString text; // the matched text as written

    friend bool operator==(const EvidenceSpan &, const EvidenceSpan &) = default;
};
// Compact JSON for messages.evidence and back; unknown or broken input gives an empty list.
QString evidenceToJson(const QList<EvidenceSpan> &spans);
QList<EvidenceSpan> evidenceFromJson(const QString &json);

struct Message
{
    Id id = 0;
    Id threadId = 0;
    Id accountId = 0;
    QString remoteId;
    QString parentRemoteId;
    MessageDirection direction = MessageDirection::Incoming;
    QString kind = QStringLiteral("comment"); // comment, reply, mention, dm
    QString authorHandle;
    QString authorName;
    QString body;
    QString language;
    Sentiment sentiment = Sentiment::Neutral;
    bool adverseEvent = false;
    QDateTime createdAt;
    QString deliveryState;        // outgoing replies: "queued", "sent", "failed"
    QString url;                  // a link to the message on its network
    QList<EvidenceSpan> evidence; // what made the classifier flag it (products, symptoms, experience)
    QString moderation;           // "" visible, "hidden" or "deleted" on the network (the text is kept)
    QDateTime receivedAt;         // when Vigie stored it: day 0 of a pharmacovigilance case
};

struct Mention
{
    Id id = 0;
    Id workspaceId = 0;
    Id brandId = 0;
    Id productId = 0; // 0 = no product named
    Network network = Network::Unknown;
    QString source; // feed title, hashtag or search that found it
    QString remoteId;
    QString author;
    QString body;
    QString language;
    Sentiment sentiment = Sentiment::Neutral;
    bool adverseEvent = false;
    QString url;
    qint64 reach = 0; // followers of the author or audience of the feed, where the source gives it
    QDateTime createdAt;
    // Added with listening (issue 6). A post naming several brands is stored once, under the
    // brand whose query found it; the others it names are otherBrandIds and count for them too.
    QList<Id> otherBrandIds;
    QList<Id> productIds; // every product named, productId first (productId = productIds.value(0))
    QString title;        // a feed item's title; empty for social posts
    QString authorName;
    QStringList matchedTerms;     // the query terms found in the text (crisis "terms driving")
    QList<EvidenceSpan> evidence; // what made the classifier flag it as a possible adverse event
    QDateTime receivedAt;         // when Vigie stored it: day 0 of its pharmacovigilance case
};

// What a brand listens for. Terms are matched case- and accent-insensitively on whole words;
// a mention must contain one keyword, hashtag or (with includeProducts) product name, alias or
// INN of the brand, and none of the exclusions.
struct ListeningQuery
{
    Id id = 0;
    Id workspaceId = 0;
    Id brandId = 0;
    QString name;
    QStringList keywords;
    QStringList hashtags; // without '#'
    QStringList exclusions;
    bool includeProducts = true;
    QList<Network> networks; // searched on these (Mastodon, Bluesky); feeds are read for every query
    bool enabled = true;
};

// An RSS 2.0 or Atom 1.0 feed read for every query of the workspace.
struct ListeningFeed
{
    Id id = 0;
    Id workspaceId = 0;
    QString url;
    QString title; // from the feed itself once read; the URL until then
    bool enabled = true;
    QString etag;         // conditional GET: sent back as If-None-Match
    QString lastModified; // sent back as If-Modified-Since
    QDateTime checkedAt;  // last attempt
    QDateTime okAt;       // last successful read
    QString error;        // last failure, shown in the setup dialog; empty when it worked
};

// Likes, reposts and replies of one published variant, as last read from its network.
struct PostMetricsRow
{
    Id variantId = 0;
    Id postId = 0;
    Id accountId = 0;
    Network network = Network::Unknown;
    QString body;
    QDateTime publishedAt;
    qint64 likes = 0;
    qint64 reposts = 0;
    qint64 replies = 0;
    qint64 quotes = 0;
    QDateTime fetchedAt;
};

struct AuditEvent
{
    Id id = 0;
    Id workspaceId = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    Id entityId = 0;
    QString detail; // JSON
};

} // namespace vigie
