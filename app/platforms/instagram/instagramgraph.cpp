#include "platforms/instagram/instagramgraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vigie {
namespace platforms {
namespace instagram {

namespace {

constexpr int publishingLimitSubcode = 2207042;
constexpr int spamRestrictionSubcode = 2207051;
constexpr int noSuchObjectSubcode = 33;

int intOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toInt();
    return value.toInt();
}

bool isThrottle(int code)
{
    // 4 application, 17 user, 32 Page, 613 custom, 80002 Instagram business use case.
    return code == 4 || code == 9 || code == 17 || code == 32 || code == 613 || code == 80002;
}

// The highest of call_count, total_cputime and total_time in one usage object.
int highestOf(const QJsonObject &usage)
{
    int highest = -1;
    for (const char *key : {"call_count", "total_cputime", "total_time", "acc_id_util_pct"}) {
        const QJsonValue v = usage.value(QLatin1String(key));
        if (v.isDouble())
            highest = qMax(highest, int(v.toDouble()));
    }
    return highest;
}

} // namespace

GraphError parseGraphError(const QByteArray &body)
{
    GraphError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue value = doc.isObject() ? doc.object().value(QLatin1String("error")) : QJsonValue();
    if (!value.isObject())
        return error;
    const QJsonObject o = value.toObject();
    error.present = true;
    error.code = intOf(o.value(QLatin1String("code")));
    error.subcode = intOf(o.value(QLatin1String("error_subcode")));
    error.transient = o.value(QLatin1String("is_transient")).toBool();
    error.message = o.value(QLatin1String("error_user_msg")).toString();
    if (error.message.isEmpty())
        error.message = o.value(QLatin1String("message")).toString();
    error.message = error.message.left(500);
    error.traceId = o.value(QLatin1String("fbtrace_id")).toString();
    return error;
}

Outcome InstagramGraph::classify(const HttpResponse &response, bool changesServer, const QDateTime &now,
                                 const QString &permission)
{
    Outcome outcome = classifyHttp(response, changesServer, now);
    if (response.status == 0 || outcome.ok())
        return outcome;
    const GraphError error = parseGraphError(response.body);
    if (!error.present)
        return outcome;
    const int status = response.status;
    const QString message = error.message;

    if (error.code == 190 || error.code == 102)
        return Outcome::failure(OutcomeKind::AuthExpired, message, status);
    if (error.code == 9 && error.subcode == publishingLimitSubcode) {
        Outcome o = Outcome::rateLimited(now.addSecs(publishingLimitRetrySeconds), message);
        o.httpStatus = status;
        return o;
    }
    if (error.code == 4 && error.subcode == spamRestrictionSubcode)
        return Outcome::failure(OutcomeKind::Permanent, message, status);
    if (isThrottle(error.code)) {
        const GraphUsage usage = parseGraphUsage(response);
        QDateTime retryAt = outcome.kind == OutcomeKind::RateLimited ? outcome.retryAt : QDateTime();
        if (usage.regainMinutes > 0)
            retryAt = now.addSecs(qint64(usage.regainMinutes) * 60);
        if (!retryAt.isValid() || retryAt <= now.addSecs(60))
            retryAt = now.addSecs(defaultThrottleSeconds);
        Outcome o = Outcome::rateLimited(retryAt, message);
        o.httpStatus = status;
        return o;
    }
    if (error.code == 10 || (error.code >= 200 && error.code <= 299)) {
        const QString text =
            tr("Instagram refused: the connection lacks the permission %1. Reconnect the account and "
               "grant it.")
                .arg(permission);
        return Outcome::failure(
            OutcomeKind::Permanent,
            message.isEmpty() ? text : text + QStringLiteral(" (") + message + QLatin1Char(')'), status);
    }
    if (error.code == 1 || error.code == 2 || error.code == -1 || error.code == -2 || error.transient)
        return Outcome::failure(OutcomeKind::Transient, message, status);
    if (error.code == 100 && error.subcode == noSuchObjectSubcode)
        return Outcome::failure(OutcomeKind::Permanent, message, status);
    if (error.code == 100 || (error.subcode >= 2207000 && error.subcode <= 2207999)) {
        Outcome o = Outcome::validation({}, message, status);
        if (error.subcode >= 2207000)
            o.field = QStringLiteral("media");
        return o;
    }
    if (!message.isEmpty())
        outcome.serverMessage = message;
    return outcome;
}

GraphUsage parseGraphUsage(const HttpResponse &response)
{
    GraphUsage usage;
    const QJsonDocument app = QJsonDocument::fromJson(response.header("x-app-usage"));
    if (app.isObject())
        usage.highestPercent = qMax(usage.highestPercent, highestOf(app.object()));
    // {"<business id>": [{"type": "instagram", "call_count": 28, ..., "estimated_time_to_regain_access": 0}]}
    const QJsonDocument buc = QJsonDocument::fromJson(response.header("x-business-use-case-usage"));
    if (buc.isObject()) {
        const QJsonObject byBusiness = buc.object();
        for (auto it = byBusiness.constBegin(); it != byBusiness.constEnd(); ++it) {
            for (const QJsonValue &entry : it.value().toArray()) {
                const QJsonObject o = entry.toObject();
                usage.highestPercent = qMax(usage.highestPercent, highestOf(o));
                usage.regainMinutes =
                    qMax(usage.regainMinutes,
                         int(o.value(QLatin1String("estimated_time_to_regain_access")).toDouble()));
            }
        }
    }
    return usage;
}

void UsageGate::record(const HttpResponse &response, const QDateTime &now)
{
    const GraphUsage usage = parseGraphUsage(response);
    if (usage.highestPercent < 0)
        return; // no header: nothing new
    if (usage.highestPercent < stopPercent && usage.regainMinutes <= 0) {
        m_until = {};
        return;
    }
    m_until = usage.regainMinutes > 0 ? now.addSecs(qint64(usage.regainMinutes) * 60)
                                      : now.addSecs(InstagramGraph::defaultThrottleSeconds);
}

std::optional<Outcome> UsageGate::blocked(const QDateTime &now) const
{
    if (!m_until.isValid() || m_until <= now)
        return std::nullopt;
    return Outcome::rateLimited(
        m_until,
        InstagramGraph::tr("Meta's request limit for this account is almost used up; Vigie waits before "
                           "asking again."));
}

CaptionTags countCaptionTags(const QString &caption)
{
    // A tag starts after the beginning or a character that cannot be part of a word (so an
    // e-mail address is no mention); Instagram usernames are letters, digits, '.' and '_'.
    static const QRegularExpression hashtag(QStringLiteral(R"((?<![\w#&])#[\w]+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression mention(QStringLiteral(R"((?<![\w@.])@[A-Za-z0-9._]+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    CaptionTags tags;
    for (auto it = hashtag.globalMatch(caption); it.hasNext(); it.next())
        ++tags.hashtags;
    for (auto it = mention.globalMatch(caption); it.hasNext(); it.next())
        ++tags.mentions;
    return tags;
}

QDateTime parseGraphTime(const QJsonValue &value)
{
    QString text = value.toString();
    // "+0000" → "+00:00", which every Qt version reads as ISO 8601.
    static const QRegularExpression offset(QStringLiteral(R"(([+-]\d\d)(\d\d)$)"));
    text.replace(offset, QStringLiteral("\\1:\\2"));
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace instagram
} // namespace platforms
} // namespace vigie
