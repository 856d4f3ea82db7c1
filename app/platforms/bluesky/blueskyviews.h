#pragma once

#include "platforms/remotetypes.h"

#include <QJsonObject>
#include <optional>

// Reading what the AppView sends (app.bsky.feed.defs#postView, threadViewPost,
// app.bsky.notification.listNotifications#notification) into Vigie's remote types.
namespace vigie {
namespace platforms {
namespace bluesky {

// at://<repo>/<collection>/<rkey>
struct AtUri
{
    QString repo; // a DID (or a handle)
    QString collection;
    QString rkey;

    static std::optional<AtUri> parse(const QString &uri);
    QString toString() const;
};

inline const QString kPostCollection = QStringLiteral("app.bsky.feed.post");

// https://bsky.app/profile/<handle or DID>/post/<rkey>
QString postUrl(const QString &handleOrDid, const QString &postUri);

// ISO 8601 as Bluesky writes it (milliseconds or microseconds, "Z" or an offset).
QDateTime parseBlueskyDateTime(const QString &value);

// A post view (getPosts, getPostThread, searchPosts) as a message; kind "reply" when the post
// answers another, "post" otherwise.
std::optional<RemoteMessage> messageFromPostView(const QJsonObject &postView, const QString &accountDid);

// A mention, reply or quote notification as a message; nullopt for every other reason (an
// unknown one is logged) and for a record that is not a post.
std::optional<RemoteMessage> messageFromNotification(const QJsonObject &notification,
                                                     const QString &accountDid);

} // namespace bluesky
} // namespace platforms
} // namespace vigie
