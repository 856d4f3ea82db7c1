#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// LinkedIn's identifiers are URNs ("urn:li:organization:2414183", "urn:li:share:7…",
// "urn:li:comment:(urn:li:activity:7…,7…)"). Rest.li 2.0 wants them percent-encoded whole
// wherever they go in a path or a query (':' '(' ',' ')' included).
namespace vigie {
namespace platforms {
namespace linkedin {

QString organizationUrn(const QString &organizationId);
// The numeric id at the end of an organization URN, or the value itself when it is already one.
QString organizationIdOf(const QString &urnOrId);
// Every character but the unreserved ones percent-encoded: "urn%3Ali%3Ashare%3A7".
QString encodeUrn(const QString &urn);
// A post as a person opens it.
QString postUrl(const QString &postUrn);
bool isPostUrn(const QString &urn); // urn:li:share:… or urn:li:ugcPost:…

struct CommentUrn
{
    QString object;    // what the comment is on: "urn:li:activity:7…" (or a share/ugcPost)
    QString commentId; // "7095684947448897536"
};
// urn:li:comment:(<object>,<id>); nullopt when urn is not one.
std::optional<CommentUrn> parseCommentUrn(const QString &urn);

// A comment's URN from the Comments API's element: commentUrn, $URN, else built from object and id.
QString commentUrnOf(const QJsonObject &comment);

// LinkedIn's times are epoch milliseconds (created.time, createdAt); invalid when absent.
QDateTime fromEpochMs(const QJsonValue &value);

} // namespace linkedin
} // namespace platforms
} // namespace vigie
