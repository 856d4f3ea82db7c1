// The X adapter's core: tokens (refresh before expiry, once after a 401), per-endpoint rate-limit
// gates, error bodies, sign-in, hiding replies and metrics. Publishing is in xpublish.cpp,
// reading (inbox, threads, search) in xreading.cpp.
#include "platforms/x/xadapter.h"

#include "platforms/x/xjson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vigie {
namespace platforms {
namespace x {

namespace {

// Refresh when less than this is left: a long job (a video upload, a long sync) must not see
// the token expire half-way.
constexpr qint64 kRefreshMarginSecs = 5 * 60;

QString endpointKey(const HttpRequest &request)
{
    static const QRegularExpression ids(QStringLiteral("(?<=.)/\\d+(?=/|$)")); // not the "/2" version
    QString path = request.path;
    path.replace(ids, QStringLiteral("/:id"));
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + path;
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

} // namespace

Limits defaultLimits()
{
    // https://docs.x.com/x-api/media/quickstart/best-practices: up to 4 photos (5 MB) or one
    // video (512 MB) or one animated GIF (15 MB); alt text up to 1,000 characters; polls of 2 to
    // 4 options.
    Limits limits;
    limits.maxLength = kMaxWeightedLength;
    limits.lengthRule = LengthRule::Weighted;
    limits.urlLength = kUrlWeight;
    limits.maxMedia = 4;
    limits.maxImageBytes = 5 * 1024 * 1024;
    limits.maxVideoBytes = 512 * 1024 * 1024;
    limits.mediaTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                         QStringLiteral("image/gif"),  QStringLiteral("image/webp"),
                         QStringLiteral("video/mp4"),  QStringLiteral("video/quicktime")};
    limits.maxAltTextLength = 1000;
    limits.maxPollOptions = 4;
    return limits;
}

Capabilities capabilities()
{
    // No native scheduling (only through the Ads API), no content warning. Replies to the
    // account's own conversations can be hidden (tweet.moderate.write).
    return Capability::Text | Capability::Media | Capability::Polls | Capability::Threads |
           Capability::Reply | Capability::HideComment | Capability::AltText | Capability::MentionSearch |
           Capability::PostMetrics;
}

XAdapter::XAdapter(const AdapterContext &context)
    : m_context(context)
    , m_ownUserId(context.remoteUserId)
    , m_handle(context.handle.startsWith(QLatin1Char('@')) ? context.handle.mid(1) : context.handle)
{}

XAdapter::Answer XAdapter::sendOnce(const HttpRequest &request)
{
    Answer answer;
    const QString key = endpointKey(request);
    if (const auto blocked = m_gates.value(key).blocked(now())) {
        answer.outcome = *blocked;
        return answer;
    }
    HttpRequest authorized = request;
    authorized.header("Authorization", "Bearer " + m_context.credentials.accessToken.toUtf8());
    authorized.header("Accept", "application/json");
    answer.response = m_context.http.send(authorized);
    m_gates[key].record(answer.response, now());
    answer.outcome =
        refineError(classifyHttp(answer.response, request.changesServer(), now()), answer.response);
    if (answer.outcome.ok()) {
        QJsonParseError error{};
        answer.json = QJsonDocument::fromJson(answer.response.body, &error);
        answer.unreadable = error.error != QJsonParseError::NoError;
    }
    return answer;
}

XAdapter::Answer XAdapter::exchange(HttpRequest request)
{
    if (const Outcome fresh = ensureFreshToken(); !fresh) {
        Answer answer;
        answer.outcome = fresh;
        return answer;
    }
    Answer answer = sendOnce(request);
    if (answer.outcome.kind != OutcomeKind::AuthExpired || m_context.credentials.refreshToken.isEmpty())
        return answer;
    // The token was refused before it expired (revoked, or the clock is off): refresh once.
    const Outcome refreshed = refreshAccessToken();
    if (!refreshed) {
        answer.outcome = refreshed;
        return answer;
    }
    if (request.method == "POST" && request.path == QLatin1String("/2/tweets")) {
        // A 401 means X created nothing; the publisher's retry (after findPublished) is safe.
        answer.outcome = Outcome::failure(
            OutcomeKind::Transient, tr("the access token had to be renewed; the post was not sent yet"), 401);
        return answer;
    }
    return sendOnce(request);
}

XAdapter::Answer XAdapter::readJson(HttpRequest request)
{
    Answer answer = exchange(std::move(request));
    if (answer.outcome.ok() && answer.unreadable) {
        qCWarning(lcHttp) << "x: unreadable answer, status" << answer.response.status;
        answer.outcome =
            Outcome::failure(OutcomeKind::Transient, tr("X's answer was not JSON"), answer.response.status);
    }
    return answer;
}

Outcome XAdapter::refineError(Outcome outcome, const HttpResponse &response) const
{
    if (outcome.ok() || response.status == 0)
        return outcome;
    const QString said = serverMessageOf(response.body);
    if (!said.isEmpty())
        outcome.serverMessage = said;
    if (outcome.kind == OutcomeKind::Validation && outcome.field.isEmpty())
        outcome.field = invalidParameterOf(response.body);
    return outcome;
}

Outcome XAdapter::ensureFreshToken()
{
    const Credentials &c = m_context.credentials;
    if (!c.accessExpiresAt.isValid() || c.refreshToken.isEmpty())
        return Outcome::success();
    if (now().secsTo(c.accessExpiresAt) > kRefreshMarginSecs)
        return Outcome::success();
    return refreshAccessToken();
}

Outcome XAdapter::refreshAccessToken()
{
    if (m_context.credentials.clientId.isEmpty())
        return Outcome::failure(OutcomeKind::AuthExpired,
                                tr("the account has no OAuth client id to renew its access token"));
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/2/oauth2/token");
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formBody({{QStringLiteral("refresh_token"), m_context.credentials.refreshToken},
                             {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("client_id"), m_context.credentials.clientId}});
    request.header("Accept", "application/json");
    const HttpResponse response = m_context.http.send(request);
    Outcome outcome = refineError(classifyHttp(response, false, now()), response);
    if (response.status == 400 || response.status == 401) {
        // invalid_grant / invalid_request ("Value passed for the token was invalid."): the refresh
        // token was revoked, expired (six months unused) or already used. Only a new sign-in helps.
        qCInfo(lcHttp) << "x: the refresh token was refused, status" << response.status;
        return Outcome::failure(OutcomeKind::AuthExpired, outcome.serverMessage, response.status);
    }
    if (!outcome.ok())
        return outcome;
    const auto json = parseJsonBody(response);
    const Credentials renewed = json ? credentialsFromTokenAnswer(json->object(), now()) : Credentials{};
    if (renewed.accessToken.isEmpty())
        return Outcome::failure(OutcomeKind::Transient, tr("X's token answer could not be read"),
                                response.status);
    m_context.credentials = m_context.credentials.updatedWith(renewed);
    if (!renewed.accessExpiresAt.isValid())
        m_context.credentials.accessExpiresAt = QDateTime();
    m_credentialsChanged = true;
    return Outcome::success();
}

Result<QString> XAdapter::ownUserId()
{
    if (!m_ownUserId.isEmpty())
        return Result<QString>::success(m_ownUserId);
    const Result<AccountProfile> profile = signIn();
    if (!profile.ok())
        return Result<QString>::failure(profile.outcome);
    return Result<QString>::success(profile.value.remoteUserId);
}

Result<AccountProfile> XAdapter::signIn()
{
    HttpRequest request;
    request.path = QStringLiteral("/2/users/me");
    request.query.addQueryItem(QStringLiteral("user.fields"), QStringLiteral("username,name"));
    const Answer answer = readJson(request);
    if (!answer.outcome.ok())
        return Result<AccountProfile>::failure(answer.outcome);
    const QJsonObject user = answer.json.object().value(QLatin1String("data")).toObject();
    AccountProfile profile;
    profile.remoteUserId = user.value(QLatin1String("id")).toString();
    profile.handle = user.value(QLatin1String("username")).toString();
    profile.displayName = user.value(QLatin1String("name")).toString();
    if (profile.remoteUserId.isEmpty())
        return Result<AccountProfile>::failure(
            Outcome::failure(OutcomeKind::Transient, tr("X's answer did not name the account")));
    profile.maxLength = kMaxWeightedLength;
    m_ownUserId = profile.remoteUserId;
    m_handle = profile.handle;
    return Result<AccountProfile>::success(profile);
}

Outcome XAdapter::hideComment(const QString &remoteId)
{
    HttpRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/2/tweets/%1/hidden").arg(remoteId);
    request.contentType = "application/json";
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("hidden"), true}}).toJson(QJsonDocument::Compact);
    Answer answer = exchange(request);
    if (answer.outcome.kind == OutcomeKind::Unconfirmed)
        answer.outcome.kind = OutcomeKind::Transient; // hiding twice is harmless
    if (answer.outcome.httpStatus == 403 && answer.outcome.serverMessage.isEmpty())
        answer.outcome.serverMessage = tr("X hides only replies in conversations the account started.");
    if (!answer.outcome.ok())
        return answer.outcome;
    const QJsonObject data = answer.json.object().value(QLatin1String("data")).toObject();
    if (!data.value(QLatin1String("hidden")).toBool())
        return Outcome::failure(OutcomeKind::Transient, tr("X did not confirm that the reply is hidden"),
                                answer.response.status);
    return Outcome::success();
}

Result<PostMetrics> XAdapter::metrics(const QString &remoteId)
{
    HttpRequest request;
    request.path = QStringLiteral("/2/tweets/") + remoteId;
    request.query.addQueryItem(QStringLiteral("tweet.fields"), QStringLiteral("public_metrics"));
    const Answer answer = readJson(request);
    if (!answer.outcome.ok())
        return Result<PostMetrics>::failure(answer.outcome);
    const QJsonObject root = answer.json.object();
    if (!root.contains(QLatin1String("data"))) // 200 with only "errors": deleted or not visible
        return Result<PostMetrics>::failure(
            Outcome::failure(OutcomeKind::Permanent, serverMessageOf(answer.response.body), 404));
    const QJsonObject m =
        root.value(QLatin1String("data")).toObject().value(QLatin1String("public_metrics")).toObject();
    PostMetrics metrics;
    metrics.likes = qint64(m.value(QLatin1String("like_count")).toDouble());
    metrics.reposts = qint64(m.value(QLatin1String("retweet_count")).toDouble());
    metrics.replies = qint64(m.value(QLatin1String("reply_count")).toDouble());
    metrics.quotes = qint64(m.value(QLatin1String("quote_count")).toDouble());
    return Result<PostMetrics>::success(metrics);
}

QString XAdapter::postUrl(const QString &id) const
{
    return statusUrl(m_handle, id);
}

} // namespace x
} // namespace platforms
} // namespace vigie
