#include "platforms/bluesky/blueskyviews.h"

#include "platforms/adapter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

RemoteAuthor authorOf(const QJsonObject &profile)
{
    RemoteAuthor author;
    author.remoteId = profile.value(QLatin1String("did")).toString();
    author.handle = profile.value(QLatin1String("handle")).toString();
    author.displayName = profile.value(QLatin1String("displayName")).toString();
    return author;
}

// Fills what a post record (app.bsky.feed.post) says: text, language, reply references, date.
void readPostRecord(const QJsonObject &record, const QString &uri, RemoteMessage &message)
{
    message.text = record.value(QLatin1String("text")).toString();
    const QJsonArray langs = record.value(QLatin1String("langs")).toArray();
    if (!langs.isEmpty())
        message.language = langs.first().toString();
    const QJsonObject reply = record.value(QLatin1String("reply")).toObject();
    message.parentRemoteId =
        reply.value(QLatin1String("parent")).toObject().value(QLatin1String("uri")).toString();
    const QString root = reply.value(QLatin1String("root")).toObject().value(QLatin1String("uri")).toString();
    message.rootRemoteId = root.isEmpty() ? uri : root;
    message.createdAt = parseBlueskyDateTime(record.value(QLatin1String("createdAt")).toString());
}

bool isPostRecord(const QJsonObject &record)
{
    const QString type = record.value(QLatin1String("$type")).toString();
    return type.isEmpty() || type == kPostCollection;
}

} // namespace

std::optional<AtUri> AtUri::parse(const QString &uri)
{
    // One per thread: adapters run in worker threads.
    static thread_local const QRegularExpression pattern(
        QStringLiteral("^at://([^/?#]+)/([^/?#]+)/([^/?#]+)$"));
    const auto match = pattern.match(uri);
    if (!match.hasMatch())
        return std::nullopt;
    return AtUri{match.captured(1), match.captured(2), match.captured(3)};
}

QString AtUri::toString() const
{
    return QStringLiteral("at://%1/%2/%3").arg(repo, collection, rkey);
}

QString postUrl(const QString &handleOrDid, const QString &postUri)
{
    const auto uri = AtUri::parse(postUri);
    if (!uri)
        return {};
    const QString profile = handleOrDid.isEmpty() ? uri->repo : handleOrDid;
    return QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(profile, uri->rkey);
}

QDateTime parseBlueskyDateTime(const QString &value)
{
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

std::optional<RemoteMessage> messageFromPostView(const QJsonObject &postView, const QString &accountDid)
{
    const QString uri = postView.value(QLatin1String("uri")).toString();
    const QJsonObject record = postView.value(QLatin1String("record")).toObject();
    if (uri.isEmpty() || !isPostRecord(record))
        return std::nullopt;
    RemoteMessage message;
    message.remoteId = uri;
    message.author = authorOf(postView.value(QLatin1String("author")).toObject());
    readPostRecord(record, uri, message);
    if (!message.createdAt.isValid())
        message.createdAt = parseBlueskyDateTime(postView.value(QLatin1String("indexedAt")).toString());
    message.kind = message.parentRemoteId.isEmpty() ? QStringLiteral("post") : QStringLiteral("reply");
    message.url = postUrl(message.author.handle, uri);
    message.fromAccount = !accountDid.isEmpty() && message.author.remoteId == accountDid;
    return message;
}

std::optional<RemoteMessage> messageFromNotification(const QJsonObject &notification,
                                                     const QString &accountDid)
{
    static const QSet<QString> kept = {QStringLiteral("mention"), QStringLiteral("reply"),
                                       QStringLiteral("quote")};
    // Reasons the lexicon knows (app.bsky.notification.listNotifications) that are not
    // conversations: skipped quietly. Anything else is new to this version: logged, skipped.
    static const QSet<QString> skipped = {
        QStringLiteral("like"),
        QStringLiteral("repost"),
        QStringLiteral("follow"),
        QStringLiteral("starterpack-joined"),
        QStringLiteral("verified"),
        QStringLiteral("unverified"),
        QStringLiteral("like-via-repost"),
        QStringLiteral("repost-via-repost"),
        QStringLiteral("subscribed-post"),
        QStringLiteral("contact-match"),
    };
    const QString reason = notification.value(QLatin1String("reason")).toString();
    if (!kept.contains(reason)) {
        if (!skipped.contains(reason))
            logUnknownValue(Network::Bluesky, "notification reason", reason);
        return std::nullopt;
    }
    const QString uri = notification.value(QLatin1String("uri")).toString();
    const QJsonObject record = notification.value(QLatin1String("record")).toObject();
    if (uri.isEmpty() || !isPostRecord(record)) {
        logUnknownValue(Network::Bluesky, "notification record type",
                        record.value(QLatin1String("$type")).toString());
        return std::nullopt;
    }
    RemoteMessage message;
    message.remoteId = uri;
    message.kind = reason;
    message.author = authorOf(notification.value(QLatin1String("author")).toObject());
    readPostRecord(record, uri, message);
    if (!message.createdAt.isValid())
        message.createdAt = parseBlueskyDateTime(notification.value(QLatin1String("indexedAt")).toString());
    message.url = postUrl(message.author.handle, uri);
    message.fromAccount = !accountDid.isEmpty() && message.author.remoteId == accountDid;
    return message;
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
