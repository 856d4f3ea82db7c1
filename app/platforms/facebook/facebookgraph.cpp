#include "platforms/facebook/facebookgraph.h"

#include "platforms/adapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace vigie {
namespace platforms {
namespace facebook {

namespace {

int intOf(const QJsonValue &value)
{
    if (value.isDouble())
        return int(value.toDouble());
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

// The highest of the three documented percentages in one usage object.
int highestPercentIn(const QJsonObject &usage)
{
    int highest = -1;
    for (const char *key : {"call_count", "total_cputime", "total_time"}) {
        const QJsonValue v = usage.value(QLatin1String(key));
        if (v.isDouble() || v.isString())
            highest = qMax(highest, intOf(v));
    }
    return highest;
}

std::optional<QJsonDocument> headerJson(const HttpResponse &response, const QByteArray &name)
{
    const QByteArray raw = response.header(name).trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcHttp).noquote() << "facebook: unreadable" << name << "header:" << raw.left(80);
        return std::nullopt;
    }
    return doc;
}

bool isThrottleCode(int code)
{
    // rate-limiting: 4 app, 17 user, 32 Page (user token), 613 custom, 341 application limit
    // (error-handling), 80000-80099 Business Use Case limits (80001: Page token).
    return code == 4 || code == 17 || code == 32 || code == 613 || code == 341 ||
           (code >= 80000 && code < 80100);
}

bool isAuthSubcode(int subcode)
{
    // error-handling, "Authentication Error Subcodes".
    static const QSet<int> subcodes = {458, 459, 460, 463, 464, 467, 492};
    return subcodes.contains(subcode);
}

QString permissionMessage(const GraphError &error, Permission needed)
{
    // Facebook often names what is missing ("requires both pages_read_engagement and
    // pages_manage_posts"); otherwise the permission the call needs is the one to grant.
    QStringList named;
    static const QRegularExpression words(
        QStringLiteral(R"(\b(pages_[a-z_]+|read_insights|publish_video)\b)"));
    for (auto it = words.globalMatch(error.message); it.hasNext();) {
        const QString word = it.next().captured(1);
        if (!named.contains(word))
            named << word;
    }
    if (named.isEmpty())
        named << permissionName(needed);
    QString text = GraphText::tr("Facebook refused for lack of a permission: the Page access token needs %1. "
                                 "Reconnect the Page and grant it.")
                       .arg(named.join(QStringLiteral(", ")));
    if (!error.message.isEmpty())
        text += QStringLiteral(" (") + error.message + QLatin1Char(')');
    return text;
}

// "(#100) param scheduled_publish_time must be…" names the field; a few messages name it in words.
QString validationField(const GraphError &error)
{
    static const QRegularExpression param(QStringLiteral(R"(\bparam(?:eter)? ([a-z_]+))"));
    const auto match = param.match(error.message);
    if (match.hasMatch())
        return match.captured(1) == QLatin1String("message") ? QStringLiteral("text") : match.captured(1);
    const QString lower = error.message.toLower();
    if (lower.contains(QLatin1String("scheduled publish time")))
        return QStringLiteral("scheduled_publish_time");
    if (lower.contains(QLatin1String("message")))
        return QStringLiteral("text");
    return {};
}

} // namespace

GraphError graphErrorOf(const QByteArray &body)
{
    GraphError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return error;
    const QJsonValue value = doc.object().value(QLatin1String("error"));
    if (!value.isObject())
        return error;
    const QJsonObject o = value.toObject();
    error.present = true;
    error.code = intOf(o.value(QLatin1String("code")));
    error.subcode = intOf(o.value(QLatin1String("error_subcode")));
    error.type = o.value(QLatin1String("type")).toString();
    error.message = o.value(QLatin1String("message")).toString().left(500);
    error.userMessage = o.value(QLatin1String("error_user_msg")).toString().left(500);
    error.transient = o.value(QLatin1String("is_transient")).toBool();
    return error;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ManagePosts:
        return QStringLiteral("pages_manage_posts");
    case Permission::ReadEngagement:
        return QStringLiteral("pages_read_engagement");
    case Permission::ManageEngagement:
        return QStringLiteral("pages_manage_engagement");
    }
    return {};
}

GraphUsage parseUsage(const HttpResponse &response)
{
    GraphUsage usage;
    for (const char *name : {"x-app-usage", "x-page-usage"}) {
        if (const auto doc = headerJson(response, name))
            usage.highestPercent = qMax(usage.highestPercent, highestPercentIn(doc->object()));
    }
    // {"<business-id>": [{"type":"pages","call_count":…,"estimated_time_to_regain_access":…}]}
    if (const auto doc = headerJson(response, "x-business-use-case-usage")) {
        const QJsonObject businesses = doc->object();
        for (auto it = businesses.constBegin(); it != businesses.constEnd(); ++it) {
            for (const QJsonValue &entry : it.value().toArray()) {
                const QJsonObject o = entry.toObject();
                usage.highestPercent = qMax(usage.highestPercent, highestPercentIn(o));
                usage.regainMinutes = qMax(usage.regainMinutes,
                                           intOf(o.value(QLatin1String("estimated_time_to_regain_access"))));
            }
        }
    }
    return usage;
}

void UsageGate::record(const HttpResponse &response, const QDateTime &now)
{
    const GraphUsage usage = parseUsage(response);
    if (usage.highestPercent < 0 && usage.regainMinutes <= 0)
        return;
    m_lastPercent = usage.highestPercent;
    if (usage.regainMinutes > 0)
        holdUntil(now.addSecs(qint64(usage.regainMinutes) * 60));
    else if (usage.highestPercent >= stopPercent)
        holdUntil(now.addSecs(defaultWaitSeconds));
}

void UsageGate::holdUntil(const QDateTime &until)
{
    if (until.isValid() && (!m_until.isValid() || until > m_until))
        m_until = until;
}

std::optional<Outcome> UsageGate::blocked(const QDateTime &now) const
{
    if (!m_until.isValid() || m_until <= now)
        return std::nullopt;
    const QString why =
        m_lastPercent >= 0
            ? GraphText::tr("Facebook reported %1 % of the Page's call quota used; Vigie waits before "
                            "calling again.")
                  .arg(m_lastPercent)
            : GraphText::tr("Facebook asked Vigie to slow down.");
    return Outcome::rateLimited(m_until, why);
}

Outcome classifyGraph(const HttpResponse &response, bool changesServer, const QDateTime &now,
                      Permission permission)
{
    if (response.status == 0)
        return classifyHttp(response, changesServer, now);
    const GraphError error = graphErrorOf(response.body);
    if (!error.present)
        return classifyHttp(response, changesServer, now);

    QString message = error.message;
    if (!error.userMessage.isEmpty() && error.userMessage != error.message)
        message += QStringLiteral(" — ") + error.userMessage;
    const int status = response.status;
    const auto failure = [&](OutcomeKind kind) { return Outcome::failure(kind, message, status); };

    if (error.code == 190 || error.code == 102 || isAuthSubcode(error.subcode))
        return failure(OutcomeKind::AuthExpired);
    if (isThrottleCode(error.code)) {
        QDateTime retryAt;
        const GraphUsage usage = parseUsage(response);
        if (usage.regainMinutes > 0)
            retryAt = now.addSecs(qint64(usage.regainMinutes) * 60);
        if (!retryAt.isValid())
            retryAt = parseRetryAfter(response.header("retry-after"), now);
        if (!retryAt.isValid() || retryAt <= now)
            retryAt = now.addSecs(UsageGate::defaultWaitSeconds);
        Outcome o = Outcome::rateLimited(retryAt, message);
        o.httpStatus = status;
        return o;
    }
    // The object does not exist (or cannot be seen). Graph answers 400, but it means what 404
    // means elsewhere, and delivery takes Permanent + 404 as "removed on the network".
    if (error.code == 100 && error.subcode == 33)
        return Outcome::failure(OutcomeKind::Permanent, message, 404);
    if (error.code == 100)
        return Outcome::validation(validationField(error), message, status);
    if (error.code == 1609005) // error posting link: Facebook could not read the URL
        return Outcome::validation(QStringLiteral("link"), message, status);
    if (error.code == 324) // missing or invalid image file
        return Outcome::validation(QStringLiteral("media"), message, status);
    if (error.code == 10 || error.code == 3 || (error.code >= 200 && error.code <= 299))
        return Outcome::failure(OutcomeKind::Permanent, permissionMessage(error, permission), status);
    if (error.code == 1 || error.code == 2)
        return failure(OutcomeKind::Transient);
    if (error.code == 506) // duplicate post: the same text cannot be published twice in a row
        return failure(OutcomeKind::Permanent);
    if (error.code == 368) // blocked for a policy violation: a person has to look at the Page
        return failure(OutcomeKind::Permanent);

    // A code this version does not know: Facebook's own hint, else the HTTP status.
    logUnknownValue(Network::Facebook, "error code", QString::number(error.code));
    if (error.transient)
        return failure(OutcomeKind::Transient);
    Outcome byStatus = classifyHttp(response, changesServer, now);
    if (byStatus.ok()) // an error body on a 2xx: treat it as the server's refusal
        byStatus = Outcome::failure(OutcomeKind::Permanent, {}, status);
    byStatus.serverMessage = message;
    return byStatus;
}

QDateTime parseGraphTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression offset(QStringLiteral(R"(([+-]\d{2})(\d{2})$)"));
    text.replace(offset, QStringLiteral("\\1:\\2"));
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString comparableText(const QString &text)
{
    QString normalized = text.normalized(QString::NormalizationForm_C);
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return normalized.trimmed();
}

QString firstUrl(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s<>"]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto match = url.match(text);
    if (!match.hasMatch())
        return {};
    QString found = match.captured(0);
    // Sentence punctuation after a link is not part of it.
    while (!found.isEmpty() && QStringLiteral(".,;:!?)]}'»").contains(found.back()))
        found.chop(1);
    return found;
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace facebook
} // namespace platforms
} // namespace vigie
