#include "platforms/httpoutcome.h"

#include <QJsonObject>
#include <QLocale>

namespace vigie {
namespace platforms {

namespace {

int headerInt(const HttpResponse &response, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        bool ok = false;
        const int value = response.header(name).trimmed().toInt(&ok);
        if (ok)
            return value;
    }
    return -1;
}

// Epoch seconds (Bluesky, X), ISO 8601 (Mastodon) or, when small, seconds from now.
QDateTime parseReset(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return {};
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (ok) {
        if (number > 1'000'000'000)
            return QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
        return now.addSecs(number);
    }
    QDateTime iso = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
    if (!iso.isValid())
        iso = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODate);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}

QString serverMessageOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    for (const char *key : {"error_description", "message", "error", "detail", "title"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString().left(500);
    }
    return {};
}

} // namespace

RateLimitInfo parseRateLimit(const HttpResponse &response, const QDateTime &now)
{
    RateLimitInfo info;
    info.limit = headerInt(response, {"x-ratelimit-limit", "ratelimit-limit", "x-rate-limit-limit"});
    info.remaining =
        headerInt(response, {"x-ratelimit-remaining", "ratelimit-remaining", "x-rate-limit-remaining"});
    for (const char *name : {"x-ratelimit-reset", "ratelimit-reset", "x-rate-limit-reset"}) {
        if (response.hasHeader(name)) {
            info.resetAt = parseReset(response.header(name), now);
            break;
        }
    }
    return info;
}

QDateTime parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return {};
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return now.addSecs(qMax<qint64>(0, seconds));
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

Outcome classifyHttp(const HttpResponse &response, bool changesServer, const QDateTime &now)
{
    if (response.status == 0) {
        const bool mayHaveActed =
            changesServer && response.requestSent &&
            (response.error == TransportError::Timeout || response.error == TransportError::ConnectionLost ||
             response.error == TransportError::Other);
        return Outcome::failure(mayHaveActed ? OutcomeKind::Unconfirmed : OutcomeKind::Transient,
                                response.errorString);
    }
    const int status = response.status;
    const QString message = serverMessageOf(response.body);
    if (status >= 200 && status < 300)
        return Outcome::success();
    if (status == 401)
        return Outcome::failure(OutcomeKind::AuthExpired, message, status);
    if (status == 429) {
        QDateTime retryAt = parseRetryAfter(response.header("retry-after"), now);
        if (!retryAt.isValid())
            retryAt = parseRateLimit(response, now).resetAt;
        if (!retryAt.isValid() || retryAt < now)
            retryAt = now.addSecs(60);
        Outcome o = Outcome::rateLimited(retryAt, message);
        o.httpStatus = status;
        return o;
    }
    if (status == 400 || status == 422)
        return Outcome::validation({}, message, status);
    if (status == 408 || status >= 500)
        return Outcome::failure(OutcomeKind::Transient, message, status);
    return Outcome::failure(OutcomeKind::Permanent, message, status);
}

std::optional<QJsonDocument> parseJsonBody(const HttpResponse &response)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcHttp) << "answer is not JSON:" << error.errorString() << "status" << response.status;
        return std::nullopt;
    }
    return doc;
}

void RateLimitGate::record(const HttpResponse &response, const QDateTime &now)
{
    const RateLimitInfo info = parseRateLimit(response, now);
    if (info.remaining >= 0 || info.resetAt.isValid())
        m_last = info;
}

std::optional<Outcome> RateLimitGate::blocked(const QDateTime &now) const
{
    if (!m_last.exhausted(now))
        return std::nullopt;
    return Outcome::rateLimited(m_last.resetAt);
}

} // namespace platforms
} // namespace vigie
