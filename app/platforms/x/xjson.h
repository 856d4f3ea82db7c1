#pragma once

#include "platforms/credentials.h"
#include "platforms/remotetypes.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

// Reading X API v2 answers (https://docs.x.com/x-api/fundamentals/data-dictionary): posts with
// their `includes` (users, referenced posts), error bodies, OAuth token answers.
namespace vigie {
namespace platforms {
namespace x {

// The server's words from an error body: RFC 7807 problems {"title","detail","type","status"},
// {"errors":[{"message"|"detail"}]} or OAuth's {"error","error_description"}.
QString serverMessageOf(const QByteArray &body);
// The request field an "invalid request" problem names ("poll.duration_minutes"), if any.
QString invalidParameterOf(const QByteArray &body);

QDateTime parseTime(const QJsonValue &value); // "2021-05-20T16:41:34.000Z"
QString isoTime(const QDateTime &time);       // "2021-05-20T16:41:34Z", as start_time wants

struct Includes
{
    QHash<QString, QJsonObject> users;  // by id
    QHash<QString, QJsonObject> tweets; // by id
};
Includes includesOf(const QJsonObject &answer);

RemoteAuthor authorFrom(const QJsonObject &user);

// A post's text as a person wrote it: t.co links replaced by their expanded_url, the link X
// appends for attached media removed, &amp; &lt; &gt; decoded.
QString displayText(const QJsonObject &tweet);
// What two texts are compared on when looking for a post already published: NFC, URLs (typed
// or t.co) reduced to one placeholder, white space trimmed.
QString comparableText(const QString &text);

// The id a post replies to, or empty (referenced_tweets[type=replied_to]).
QString repliedToId(const QJsonObject &tweet);

// One post as an inbox message. kind is "reply" when it answers one of the account's posts,
// "quote" when it quotes one, "mention" otherwise.
RemoteMessage messageFromTweet(const QJsonObject &tweet, const Includes &includes, const QString &ownUserId);

// https://x.com/<username>/status/<id>, or the i/web form when the username is unknown.
QString statusUrl(const QString &username, const QString &id);

// The credentials an OAuth token answer holds ({"access_token","refresh_token","expires_in"…});
// empty refreshToken when the answer has none (Credentials::updatedWith keeps the old one).
Credentials credentialsFromTokenAnswer(const QJsonObject &answer, const QDateTime &now);

} // namespace x
} // namespace platforms
} // namespace vigie
