#pragma once

#include "platforms/capabilities.h"
#include "platforms/remotetypes.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

// Reading Mastodon's JSON and headers into Vigie's types. Free functions so that tests can
// feed them the documentation's own examples (tests/data/mastodon/).
namespace vigie {
namespace platforms {
namespace mastodon {

// A status's HTML content as plain text: tags removed, <br> as a line break, paragraphs
// separated by a blank line (as the author typed them), entities decoded.
QString htmlToPlainText(const QString &html);

// A Status entity as a message. ownAccountId marks the connected account's own statuses;
// instanceDomain completes local handles ("marie" → "marie@piaille.fr") when the account
// URL does not say. kind and rootRemoteId are left for the caller (they need context).
RemoteMessage messageFromStatus(const QJsonObject &status, const QString &ownAccountId,
                                const QString &instanceDomain);

// "alice@example.social" for an Account entity, whatever server it lives on.
QString fullHandle(const QJsonObject &account, const QString &instanceDomain);

QDateTime parseTimestamp(const QJsonValue &value);

// A JSON id as a string ("103186126728896492"); servers send strings, a few send numbers.
QString idOf(const QJsonValue &value);

// Snowflake-like ids compare by length then text ("99" < "100"); fixed-length flake ids of
// other servers compare as text.
bool idLessThan(const QString &a, const QString &b);

// The RFC 8288 Link header: rel → URL ("next", "prev").
QHash<QString, QUrl> parseLinkHeader(const QByteArray &value);
// A query parameter of a Link target ("min_id"), empty when absent.
QString linkParameter(const QHash<QString, QUrl> &links, const QString &rel, const QString &name);
// Where a forward walk (min_id) goes after a page whose newest id is newest: the Link header's
// "prev" min_id (the documented way forward), never beyond newest so nothing is skipped. Empty
// when it would not move past currentMinId: a confused server must never make a walk loop.
QString nextMinId(const QByteArray &linkHeader, const QString &newest, const QString &currentMinId);

// The limits an instance publishes (GET /api/v2/instance or /api/v1/instance), on top of
// fallback for anything it does not say.
Limits limitsFromInstance(const QJsonObject &instance, const Limits &fallback);
// The instance's domain ("mastodon.social"): v2 "domain", v1 "uri".
QString instanceDomainOf(const QJsonObject &instance);

// Which part of a post a 422 "Validation failed: Text character limit of 500 exceeded" is about:
// "text", "content_warning", "media", "poll", "language", "visibility", or empty.
QString validationField(const QString &serverMessage);

} // namespace mastodon
} // namespace platforms
} // namespace vigie
