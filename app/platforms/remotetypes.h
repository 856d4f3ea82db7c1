#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Values exchanged with adapters. They hold plain text and ids as the network gives them;
// storage types (core/types.h) are filled from them by the sync and the publisher.
namespace vigie {
namespace platforms {

struct MediaAttachment
{
    QString filePath;
    QString altText;
    QString mimeType; // empty = guessed from the file
};

struct OutgoingPost
{
    QString text;
    QList<MediaAttachment> media;
    QStringList pollOptions; // empty = no poll (media and poll are exclusive on most networks)
    int pollExpiresInSeconds = 24 * 3600;
    bool pollMultipleChoice = false;
    QString contentWarning; // Mastodon spoiler text
    QString language;       // ISO 639-1 ("fr"), empty = let the network guess
    QString visibility;     // Mastodon: public, unlisted, private, direct; empty = public
    QString inReplyToRemoteId;
    // Stable for one variant across retries: Mastodon sends it as Idempotency-Key, Bluesky
    // derives the record key from it, so a retry can never create a second post.
    QString idempotencyKey;
};

struct PublishedPost
{
    QString remoteId; // what later calls take (Mastodon status id, Bluesky at:// URI)
    QString url;      // a link a person can open
    QDateTime createdAt;
};

struct RemoteAuthor
{
    QString remoteId;
    QString handle; // as shown, without a leading @ (e.g. "marie@piaille.fr", "marie.bsky.social")
    QString displayName;
    qint64 followers = 0; // where the network says (Mastodon's followers_count); 0 = unknown
};

// One message of someone else's (or ours, in a thread) as read from the network.
struct RemoteMessage
{
    QString remoteId;
    QString parentRemoteId; // empty for a root post
    QString rootRemoteId;   // the conversation's first post; the message's own id when it starts one
    QString kind;           // "mention", "reply", "quote", "dm", "comment", "post"
    RemoteAuthor author;
    QString text; // plain text (HTML removed, entities decoded)
    QString language;
    QString url;
    QDateTime createdAt;
    bool fromAccount = false; // written by the connected account itself
};

// One page of a sync. cursorAfter is what to store once the page is saved, so the next sync
// resumes after it; empty means "do not move the stored cursor yet".
struct InboxPage
{
    QList<RemoteMessage> messages;
    QString cursorAfter;
};

struct SearchQuery
{
    QString terms;   // keywords, as the network's search understands them
    QString hashtag; // without '#'; when set, the tag timeline is read instead of a search
    QString cursor;  // from the previous page, empty = newest
    int limit = 40;
};

struct SearchPage
{
    QList<RemoteMessage> posts;
    QString nextCursor; // empty = no more pages
};

struct PostMetrics
{
    qint64 likes = 0;
    qint64 reposts = 0;
    qint64 replies = 0;
    qint64 quotes = 0;
};

// Who the credentials belong to, as the network says.
struct AccountProfile
{
    QString remoteUserId; // Mastodon account id, Bluesky DID
    QString handle;
    QString displayName;
    int maxLength = 0; // the server's own limit when it publishes one (Mastodon instance), 0 = default
};

} // namespace platforms
} // namespace vigie
