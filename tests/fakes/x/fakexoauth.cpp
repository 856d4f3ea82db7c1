// OAuth 2.0 with PKCE as X serves it for a public client
// (https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token): the authorize
// page (here the person approves at once and is sent back to redirect_uri) and
// POST /2/oauth2/token for authorization_code (code_verifier checked against the S256 or plain
// challenge) and refresh_token (rotating: the used refresh token stops working).
#include "fakes/x/fakexserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace vigie {
namespace fakes {

namespace {

FakeResponse oauthError(const QString &error, const QString &description, int status = 400)
{
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
}

FakeResponse redirectTo(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters)
{
    QUrl target(redirectUri);
    QUrlQuery query(target);
    for (const auto &[name, value] : parameters)
        if (!value.isEmpty())
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(query);
    FakeResponse response = FakeResponse::empty(302);
    response.header("Location", target.toString(QUrl::FullyEncoded).toUtf8());
    return response;
}

bool isLoopback(const QString &uri)
{
    const QUrl url(uri);
    return url.scheme() == QLatin1String("http") && url.host() == QLatin1String("127.0.0.1") &&
           url.port() > 0;
}

} // namespace

void FakeXServer::addOAuthRoutes()
{
    on("GET", QStringLiteral("/i/oauth2/authorize"), [this](const FakeRequest &request) {
        const QString clientId =
            request.query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        const QString redirectUri =
            request.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        const QString state = request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        // X shows its own error page, never redirecting, for an unknown client or callback.
        if (clientId != this->clientId() || !isLoopback(redirectUri))
            return FakeResponse{400,
                                "Something went wrong. You weren't able to give access to the App.",
                                "text/html; charset=utf-8",
                                {}};
        auto fail = [&](const QString &error, const QString &description) {
            return redirectTo(redirectUri, {{QStringLiteral("error"), error},
                                            {QStringLiteral("error_description"), description},
                                            {QStringLiteral("state"), state}});
        };
        if (request.query.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code"))
            return fail(QStringLiteral("unsupported_response_type"),
                        QStringLiteral("response_type must be code"));
        Grant grant;
        grant.redirectUri = redirectUri;
        grant.scope = request.query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        grant.challenge = request.query.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
        grant.challengeMethod = request.query.queryItemValue(QStringLiteral("code_challenge_method"));
        if (grant.challenge.isEmpty() || (grant.challengeMethod != QLatin1String("S256") &&
                                          grant.challengeMethod != QLatin1String("plain")))
            return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge is required"));
        if (m_denyAuthorization)
            return fail(QStringLiteral("access_denied"), QStringLiteral("The user denied the request"));
        const QString code = QUuid::createUuid().toString(QUuid::Id128);
        m_grants.insert(code, grant);
        return redirectTo(redirectUri, {{QStringLiteral("state"), state}, {QStringLiteral("code"), code}});
    });

    on("POST", QStringLiteral("/2/oauth2/token"),
       [this](const FakeRequest &request) { return token(request); });
}

FakeResponse FakeXServer::token(const FakeRequest &request)
{
    const QUrlQuery form = request.form();
    auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("client_id") != clientId())
        return oauthError(QStringLiteral("unauthorized_client"),
                          QStringLiteral("Missing valid authorization header"), 401);
    const QString grantType = field("grant_type");
    QString refresh;
    QString scope =
        QStringLiteral("tweet.read tweet.write tweet.moderate.write users.read offline.access media.write");
    if (grantType == QLatin1String("authorization_code")) {
        const auto found = m_grants.constFind(field("code"));
        if (found == m_grants.constEnd() || found->redirectUri != field("redirect_uri"))
            return oauthError(QStringLiteral("invalid_request"),
                              QStringLiteral("Value passed for the authorization code was invalid."));
        const Grant grant = *found;
        m_grants.erase(found); // a code is good once
        const QByteArray verifier = field("code_verifier").toLatin1();
        const QByteArray expected =
            grant.challengeMethod == QLatin1String("plain")
                ? verifier
                : QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.isEmpty() || QString::fromLatin1(expected) != grant.challenge)
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("Value passed for the code_verifier was invalid."));
        ++m_verifiedPkce;
        scope = grant.scope;
        const QString access =
            issueTokens(scope.contains(QLatin1String("offline.access")) ? &refresh : nullptr);
        QJsonObject answer{{QStringLiteral("token_type"), QStringLiteral("bearer")},
                           {QStringLiteral("expires_in"), 7200},
                           {QStringLiteral("access_token"), access},
                           {QStringLiteral("scope"), scope}};
        if (!refresh.isEmpty())
            answer.insert(QStringLiteral("refresh_token"), refresh);
        return FakeResponse::json(answer);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString used = field("refresh_token");
        if (!m_refreshTokens.contains(used))
            return problem("error_refresh_refused.json", 400);
        ++m_refreshCount;
        QJsonObject answer{{QStringLiteral("token_type"), QStringLiteral("bearer")},
                           {QStringLiteral("expires_in"), 7200},
                           {QStringLiteral("scope"), scope}};
        if (m_refreshKeeps) {
            answer.insert(QStringLiteral("access_token"), issueTokens(nullptr));
        } else {
            m_refreshTokens.remove(used); // X rotates refresh tokens
            answer.insert(QStringLiteral("access_token"), issueTokens(&refresh));
            answer.insert(QStringLiteral("refresh_token"), refresh);
        }
        return FakeResponse::json(answer);
    }
    return oauthError(QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type is not supported"));
}

} // namespace fakes
} // namespace vigie
