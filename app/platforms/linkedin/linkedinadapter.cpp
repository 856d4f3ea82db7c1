// The LinkedIn adapter's plumbing: limits, the headers every request carries, the token's
// expiry and refresh, what LinkedIn's answers mean, sign-in and metrics.
#include "platforms/linkedin/linkedinadapter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vigie {
namespace platforms {
namespace linkedin {

namespace {

// The field a LinkedIn validation message names: "ERROR :: /commentary :: …" → "text".
QString validationField(const QString &message)
{
    static const QRegularExpression path(QStringLiteral(R"(/([A-Za-z]+)(?:/|\s|$))"));
    const QRegularExpressionMatch match = path.match(message);
    if (!match.hasMatch())
        return {};
    const QString field = match.captured(1);
    if (field == QLatin1String("commentary"))
        return QStringLiteral("text");
    if (field == QLatin1String("content"))
        return QStringLiteral("media");
    return field;
}

} // namespace

Limits defaultLimits()
{
    // Posts API: commentary up to 3,000 characters; multiImage takes 2 to 20 images; altText
    // up to 4,086 characters. Images API: JPG, PNG and GIF (videos go through another API
    // Vigie does not use yet).
    Limits limits;
    limits.maxLength = 3000;
    limits.lengthRule = LengthRule::Characters;
    limits.urlLength = 0;
    limits.maxMedia = 20;
    limits.maxImageBytes = 8 * 1024 * 1024;
    limits.maxVideoBytes = 0;
    limits.mediaTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                         QStringLiteral("image/gif")};
    limits.maxAltTextLength = 4086;
    limits.maxPollOptions = 0;
    return limits;
}

Capabilities capabilities()
{
    // No HideComment: LinkedIn has no way to hide a comment. No polls (the Polls API is for
    // members' posts in this version), no threads, no direct messages for organizations.
    return Capability::Text | Capability::Media | Capability::Reply | Capability::DeleteComment |
           Capability::AltText | Capability::PostMetrics;
}

int countLength(const QString &text)
{
    return int(text.toUcs4().size());
}

std::optional<int> daysUntilTokenExpiry(const Credentials &credentials, const QDateTime &now)
{
    if (!credentials.accessExpiresAt.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(credentials.accessExpiresAt);
    // Whole days left, rounded down; a token that ends in 3 hours has 0 days left.
    return int(seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
}

bool tokenNeedsWarning(const Credentials &credentials, const QDateTime &now, int days)
{
    const std::optional<int> left = daysUntilTokenExpiry(credentials, now);
    return left && *left < days;
}

LinkedInAdapter::LinkedInAdapter(const AdapterContext &context)
    : m_context(context)
    , m_organizationId(organizationIdOf(context.remoteUserId))
{}

HttpRequest LinkedInAdapter::rest(const QByteArray &method, const QString &encodedPath) const
{
    // An absolute URL: HttpTransport would encode the '%' of an encoded URN a second time.
    QString base = m_context.http.baseUrl().toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    HttpRequest request;
    request.method = method;
    request.path = base + encodedPath;
    return request;
}

LinkedInAdapter::Answer LinkedInAdapter::exchange(HttpRequest request, bool api)
{
    Answer answer;
    if (const Outcome usable = ensureUsableToken(); !usable) {
        answer.outcome = usable;
        return answer;
    }
    if (const auto blocked = m_gate.blocked(now())) {
        answer.outcome = *blocked;
        return answer;
    }
    request.header("Authorization", "Bearer " + m_context.credentials.accessToken.toUtf8());
    if (api) {
        request.header("Linkedin-Version", kLinkedInVersion);
        request.header("X-Restli-Protocol-Version", "2.0.0");
    }
    answer.response = m_context.http.send(request);
    m_gate.record(answer.response, now());
    answer.outcome = outcomeOf(request, answer.response);
    if (answer.outcome.ok()) {
        QJsonParseError error{};
        answer.json = QJsonDocument::fromJson(answer.response.body, &error);
        answer.unreadable = error.error != QJsonParseError::NoError;
    }
    return answer;
}

LinkedInAdapter::Answer LinkedInAdapter::readJson(HttpRequest request)
{
    Answer answer = exchange(std::move(request));
    if (answer.outcome.ok() && (answer.unreadable || !answer.json.isObject())) {
        qCWarning(lcHttp) << "linkedin: unreadable answer, status" << answer.response.status;
        answer.outcome = Outcome::failure(OutcomeKind::Transient, tr("LinkedIn's answer could not be read."),
                                          answer.response.status);
    }
    return answer;
}

Outcome LinkedInAdapter::outcomeOf(const HttpRequest &request, const HttpResponse &response) const
{
    Outcome outcome = classifyHttp(response, request.changesServer(), now());
    if (outcome.ok() || response.status == 0)
        return outcome;
    // {"status":426,"serviceErrorCode":…,"code":"NONEXISTENT_VERSION","message":"…"}
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString code = body.value(QLatin1String("code")).toString();
    const QString said = outcome.serverMessage;
    auto withServerWords = [&said](const QString &sentence) {
        return said.isEmpty() ? sentence : sentence + QStringLiteral(" (") + said + QLatin1Char(')');
    };
    if (response.status == 426 || code == QLatin1String("NONEXISTENT_VERSION") ||
        code == QLatin1String("VERSION_MISSING")) {
        return Outcome::failure(
            OutcomeKind::Permanent,
            withServerWords(
                tr("LinkedIn no longer accepts the API version this Vigie uses (%1): update Vigie.")
                    .arg(QLatin1String(kLinkedInVersion))),
            response.status);
    }
    switch (outcome.kind) {
    case OutcomeKind::AuthExpired:
        outcome.serverMessage = withServerWords(
            code == QLatin1String("REVOKED_ACCESS_TOKEN")
                ? tr("The LinkedIn access was revoked: reconnect the account.")
                : tr("LinkedIn refused the access token (it lasts 60 days): reconnect the account."));
        break;
    case OutcomeKind::RateLimited:
        // LinkedIn sends no rate-limit headers and its daily quotas reset at midnight UTC; without
        // Retry-After, an hour keeps Vigie from spending what is left on more refusals.
        if (!response.hasHeader("retry-after"))
            outcome.retryAt = now().addSecs(3600);
        break;
    case OutcomeKind::Validation:
        outcome.field = validationField(said);
        break;
    case OutcomeKind::Permanent:
        if (response.status == 403) {
            const QString permission = request.changesServer() ? QStringLiteral("w_organization_social")
                                                               : QStringLiteral("r_organization_social");
            outcome.serverMessage = withServerWords(
                tr("LinkedIn refused: the connection lacks the %1 permission, or the member who connected "
                   "it is not an administrator of this Page. Reconnect it as a Page administrator.")
                    .arg(permission));
        }
        break;
    default:
        break;
    }
    return outcome;
}

Outcome LinkedInAdapter::ensureUsableToken()
{
    const Credentials &c = m_context.credentials;
    if (c.accessToken.isEmpty())
        return Outcome::failure(OutcomeKind::AuthExpired,
                                tr("No LinkedIn access token: connect the account."));
    // A minute of margin: a token that ends while the request travels is refused all the same.
    if (!c.accessExpiresAt.isValid() || c.accessExpiresAt > now().addSecs(60))
        return Outcome::success();
    if (!c.refreshToken.isEmpty() && !c.clientId.isEmpty() && !c.clientSecret.isEmpty())
        return refreshAccessToken();
    return Outcome::failure(
        OutcomeKind::AuthExpired,
        tr("The LinkedIn access token expired on %1 (they last 60 days): reconnect the account.")
            .arg(c.accessExpiresAt.toUTC().date().toString(Qt::ISODate)));
}

Outcome LinkedInAdapter::refreshAccessToken()
{
    QUrl oauth = m_oauthBaseUrl;
    if (oauth.isEmpty()) {
        const QUrl api = m_context.http.baseUrl();
        oauth = api.host() == QLatin1String("api.linkedin.com")
                    ? QUrl(QStringLiteral("https://www.linkedin.com"))
                    : api;
    }
    QString base = oauth.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    HttpRequest request;
    request.method = "POST";
    request.path = base + QStringLiteral("/oauth/v2/accessToken");
    request.contentType = "application/x-www-form-urlencoded";
    const Credentials &c = m_context.credentials;
    QByteArray body = "grant_type=refresh_token";
    body += "&refresh_token=" + QUrl::toPercentEncoding(c.refreshToken);
    body += "&client_id=" + QUrl::toPercentEncoding(c.clientId);
    body += "&client_secret=" + QUrl::toPercentEncoding(c.clientSecret);
    request.body = body;

    const HttpResponse response = m_context.http.send(request);
    if (response.status == 400 || response.status == 401) {
        // invalid_grant: the refresh token itself expired (a year) or was revoked.
        return Outcome::failure(OutcomeKind::AuthExpired,
                                tr("LinkedIn refused to renew the access token: reconnect the account."),
                                response.status);
    }
    Outcome outcome = classifyHttp(response, false, now());
    if (!outcome.ok())
        return outcome;
    const QJsonObject token = QJsonDocument::fromJson(response.body).object();
    const QString accessToken = token.value(QLatin1String("access_token")).toString();
    const qint64 expiresIn = qint64(token.value(QLatin1String("expires_in")).toDouble());
    if (accessToken.isEmpty() || expiresIn <= 0)
        return Outcome::failure(OutcomeKind::Transient, tr("LinkedIn's answer could not be read."),
                                response.status);
    Credentials renewed;
    renewed.accessToken = accessToken;
    renewed.accessExpiresAt = now().addSecs(expiresIn);
    renewed.refreshToken = token.value(QLatin1String("refresh_token")).toString();
    m_context.credentials = m_context.credentials.updatedWith(renewed);
    m_credentialsChanged = true;
    return Outcome::success();
}

Result<AccountProfile> LinkedInAdapter::signIn()
{
    using R = Result<AccountProfile>;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (m_organizationId.isEmpty()) {
        // The Pages the member administers (organizationAcls, q=roleAssignee): one is the answer.
        HttpRequest acls = rest("GET", QStringLiteral("/rest/organizationAcls"));
        acls.query.addQueryItem(QStringLiteral("q"), QStringLiteral("roleAssignee"));
        acls.query.addQueryItem(QStringLiteral("role"), QStringLiteral("ADMINISTRATOR"));
        acls.query.addQueryItem(QStringLiteral("state"), QStringLiteral("APPROVED"));
        const Answer answer = readJson(acls);
        if (!answer.outcome.ok())
            return R::failure(answer.outcome);
        QStringList ids;
        for (const QJsonValue &value : answer.json.object().value(QLatin1String("elements")).toArray()) {
            const QJsonObject acl = value.toObject();
            QString urn = acl.value(QLatin1String("organization")).toString();
            if (urn.isEmpty())
                urn = acl.value(QLatin1String("organizationalTarget")).toString();
            if (urn.startsWith(QLatin1String("urn:li:organization:")) && !ids.contains(organizationIdOf(urn)))
                ids << organizationIdOf(urn);
        }
        if (ids.size() != 1)
            return R::failure(Outcome::validation(
                QStringLiteral("remoteUserId"),
                ids.isEmpty() ? tr("This LinkedIn member administers no Page.")
                              : tr("This LinkedIn member administers several Pages (%1): give the "
                                   "organization id of the one to connect.")
                                    .arg(ids.join(QStringLiteral(", "))),
                0));
        m_organizationId = ids.constFirst();
    }
    if (!digits.match(m_organizationId).hasMatch())
        return R::failure(Outcome::validation(
            QStringLiteral("remoteUserId"),
            tr("Give the LinkedIn organization id: the number in the Page's admin address "
               "(linkedin.com/company/<number>/admin/)."),
            0));
    const Answer answer = readJson(rest("GET", QStringLiteral("/rest/organizations/") + m_organizationId));
    if (!answer.outcome.ok())
        return R::failure(answer.outcome);
    const QJsonObject organization = answer.json.object();
    AccountProfile profile;
    profile.remoteUserId = m_organizationId;
    profile.handle = organization.value(QLatin1String("vanityName")).toString();
    profile.displayName = organization.value(QLatin1String("localizedName")).toString();
    if (profile.displayName.isEmpty())
        profile.displayName = profile.handle;
    profile.maxLength = defaultLimits().maxLength;
    m_organizationName = profile.displayName;
    return R::success(profile);
}

Result<PostMetrics> LinkedInAdapter::metrics(const QString &remoteId)
{
    const Answer answer = readJson(rest("GET", QStringLiteral("/rest/socialActions/") + encodeUrn(remoteId)));
    if (!answer.outcome.ok())
        return Result<PostMetrics>::failure(answer.outcome);
    const QJsonObject actions = answer.json.object();
    const QJsonObject likes = actions.value(QLatin1String("likesSummary")).toObject();
    const QJsonObject comments = actions.value(QLatin1String("commentsSummary")).toObject();
    PostMetrics metrics;
    metrics.likes = qint64(likes.value(QLatin1String("totalLikes")).toDouble());
    metrics.replies = qint64(comments.value(QLatin1String("aggregatedTotalComments")).toDouble());
    return Result<PostMetrics>::success(metrics);
}

Outcome LinkedInAdapter::hideComment(const QString &)
{
    return Outcome::failure(OutcomeKind::Permanent, tr("LinkedIn does not let a Page hide comments."));
}

} // namespace linkedin
} // namespace platforms
} // namespace vigie
