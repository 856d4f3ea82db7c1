#include "platforms/x/xjson.h"

#include "platforms/adapter.h"
#include "platforms/x/xlength.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {
namespace platforms {
namespace x {

namespace {

QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = o.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString serverMessageOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    // An invalid request's own sentence is generic; the first error says which parameter.
    QString message;
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        message = firstString(errors.first().toObject(), {"message", "detail", "title"});
    if (message.isEmpty())
        message = firstString(o, {"detail", "error_description", "title", "error", "reason"});
    return message.left(500);
}

QString invalidParameterOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const QJsonValue &error : o.value(QLatin1String("errors")).toArray()) {
        const QJsonObject parameters = error.toObject().value(QLatin1String("parameters")).toObject();
        if (!parameters.isEmpty())
            return parameters.keys().constFirst();
        const QString parameter = error.toObject().value(QLatin1String("parameter")).toString();
        if (!parameter.isEmpty())
            return parameter;
    }
    return {};
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

Includes includesOf(const QJsonObject &answer)
{
    Includes includes;
    const QJsonObject block = answer.value(QLatin1String("includes")).toObject();
    for (const QJsonValue &user : block.value(QLatin1String("users")).toArray())
        includes.users.insert(user.toObject().value(QLatin1String("id")).toString(), user.toObject());
    for (const QJsonValue &tweet : block.value(QLatin1String("tweets")).toArray())
        includes.tweets.insert(tweet.toObject().value(QLatin1String("id")).toString(), tweet.toObject());
    return includes;
}

RemoteAuthor authorFrom(const QJsonObject &user)
{
    RemoteAuthor author;
    author.remoteId = user.value(QLatin1String("id")).toString();
    author.handle = user.value(QLatin1String("username")).toString();
    author.displayName = user.value(QLatin1String("name")).toString();
    const QJsonObject metrics = user.value(QLatin1String("public_metrics")).toObject();
    author.followers = qint64(metrics.value(QLatin1String("followers_count")).toDouble());
    return author;
}

QString displayText(const QJsonObject &tweet)
{
    QString text = tweet.value(QLatin1String("text")).toString();
    const QJsonObject entities = tweet.value(QLatin1String("entities")).toObject();
    for (const QJsonValue &value : entities.value(QLatin1String("urls")).toArray()) {
        const QJsonObject url = value.toObject();
        const QString shortened = url.value(QLatin1String("url")).toString();
        if (shortened.isEmpty())
            continue;
        // The link X appends to a post with photos or a video points at the media, not at
        // anything the author typed.
        if (url.contains(QLatin1String("media_key"))) {
            const qsizetype at = text.lastIndexOf(shortened);
            if (at >= 0)
                text = (text.left(at) + text.mid(at + shortened.size())).trimmed();
            continue;
        }
        const QString expanded = url.value(QLatin1String("expanded_url")).toString();
        if (!expanded.isEmpty())
            text.replace(shortened, expanded);
    }
    // API v2 escapes these three in `text`, as v1.1 did.
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString comparableText(const QString &text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C).trimmed();
    QString result;
    qsizetype position = 0;
    for (const UrlRange &url : findUrls(normalized)) {
        result += QStringView(normalized).mid(position, url.start - position);
        result += QChar(0xFFFC); // one placeholder for any URL: X shows its own t.co link
        position = url.end;
    }
    result += QStringView(normalized).mid(position);
    return result.simplified();
}

QString repliedToId(const QJsonObject &tweet)
{
    for (const QJsonValue &value : tweet.value(QLatin1String("referenced_tweets")).toArray()) {
        const QJsonObject reference = value.toObject();
        if (reference.value(QLatin1String("type")).toString() == QLatin1String("replied_to"))
            return reference.value(QLatin1String("id")).toString();
    }
    return {};
}

RemoteMessage messageFromTweet(const QJsonObject &tweet, const Includes &includes, const QString &ownUserId)
{
    RemoteMessage message;
    message.remoteId = tweet.value(QLatin1String("id")).toString();
    const QString authorId = tweet.value(QLatin1String("author_id")).toString();
    message.author = authorFrom(includes.users.value(authorId));
    if (message.author.remoteId.isEmpty())
        message.author.remoteId = authorId;
    message.text = displayText(tweet);
    message.language = tweet.value(QLatin1String("lang")).toString();
    if (message.language == QLatin1String("und") || message.language == QLatin1String("zxx"))
        message.language.clear(); // X's "undetermined" and "no linguistic content"
    message.createdAt = parseTime(tweet.value(QLatin1String("created_at")));
    message.url = statusUrl(message.author.handle, message.remoteId);
    message.fromAccount = !ownUserId.isEmpty() && authorId == ownUserId;
    message.rootRemoteId = tweet.value(QLatin1String("conversation_id")).toString();
    if (message.rootRemoteId.isEmpty())
        message.rootRemoteId = message.remoteId;

    message.kind = QStringLiteral("mention");
    for (const QJsonValue &value : tweet.value(QLatin1String("referenced_tweets")).toArray()) {
        const QJsonObject reference = value.toObject();
        const QString type = reference.value(QLatin1String("type")).toString();
        const QString id = reference.value(QLatin1String("id")).toString();
        if (type == QLatin1String("replied_to")) {
            message.parentRemoteId = id;
            const QString parentAuthor = tweet.value(QLatin1String("in_reply_to_user_id")).toString();
            if (!ownUserId.isEmpty() && parentAuthor == ownUserId)
                message.kind = QStringLiteral("reply");
        } else if (type == QLatin1String("quoted")) {
            const QString quotedAuthor =
                includes.tweets.value(id).value(QLatin1String("author_id")).toString();
            if (!ownUserId.isEmpty() && quotedAuthor == ownUserId && message.kind != QLatin1String("reply"))
                message.kind = QStringLiteral("quote");
        } else if (type != QLatin1String("retweeted")) {
            logUnknownValue(Network::X, "referenced_tweets.type", type);
        }
    }
    return message;
}

QString statusUrl(const QString &username, const QString &id)
{
    if (username.isEmpty())
        return QStringLiteral("https://x.com/i/web/status/") + id;
    return QStringLiteral("https://x.com/%1/status/%2").arg(username, id);
}

Credentials credentialsFromTokenAnswer(const QJsonObject &answer, const QDateTime &now)
{
    Credentials credentials;
    credentials.accessToken = answer.value(QLatin1String("access_token")).toString();
    credentials.refreshToken = answer.value(QLatin1String("refresh_token")).toString();
    const qint64 expiresIn = qint64(answer.value(QLatin1String("expires_in")).toDouble());
    if (expiresIn > 0)
        credentials.accessExpiresAt = now.toUTC().addSecs(expiresIn);
    return credentials;
}

} // namespace x
} // namespace platforms
} // namespace vigie
