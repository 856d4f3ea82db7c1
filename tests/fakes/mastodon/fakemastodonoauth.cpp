// App registration and OAuth 2 as Mastodon serves them (Doorkeeper): POST /api/v1/apps,
// GET /oauth/authorize (here the person approves at once and is sent back to redirect_uri),
// POST /oauth/token with PKCE S256 checked, errors in Doorkeeper's words.
#include "fakes/mastodon/fakemastodonparams.h"
#include "fakes/mastodon/fakemastodonserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

namespace vigie {
namespace fakes {

namespace {

FakeResponse oauthError(const QString &error, const QString &description, int status)
{
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
}

FakeResponse invalidClient()
{
    return oauthError(
        QStringLiteral("invalid_client"),
        QStringLiteral("Client authentication failed due to unknown client, no client authentication "
                       "included, or unsupported authentication method."),
        401);
}

FakeResponse invalidGrant()
{
    return oauthError(
        QStringLiteral("invalid_grant"),
        QStringLiteral("The provided authorization grant is invalid, expired, revoked, does not match "
                       "the redirection URI used in the authorization request, or was issued to "
                       "another client."),
        400);
}

QString randomSecret()
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QUuid::createUuid().toRfc4122(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool validScopes(const QString &scopes)
{
    static const QStringList known = {QStringLiteral("read"), QStringLiteral("write"),
                                      QStringLiteral("follow"), QStringLiteral("push"),
                                      QStringLiteral("profile")};
    for (const QString &scope : scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString family = scope.section(QLatin1Char(':'), 0, 0);
        if (!known.contains(family) && family != QLatin1String("admin"))
            return false;
    }
    return true;
}

// "302 Found" to the client's redirect URI with the answer in the query, as Doorkeeper does.
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

} // namespace

void FakeMastodonServer::addOAuthRoutes()
{
    api("POST", QStringLiteral("/api/v1/apps"), Access::Public, [this](const FakeRequest &request) {
        FakeMastodonApp app;
        app.name = mastodonParam(request, QStringLiteral("client_name"));
        // A string of URIs separated by new lines, or (since 4.3) an array.
        for (const QString &value : mastodonParams(request, QStringLiteral("redirect_uris")))
            app.redirectUris << value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &value : mastodonParams(request, QStringLiteral("redirect_uris[]")))
            app.redirectUris << value;
        app.scopes = mastodonParam(request, QStringLiteral("scopes"));
        if (app.scopes.isEmpty())
            app.scopes = QStringLiteral("read");
        if (app.name.isEmpty())
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("error"),
                             QStringLiteral("Validation failed: Application name can't be blank")}},
                422);
        for (const QString &uri : std::as_const(app.redirectUris)) {
            const QUrl url(uri, QUrl::StrictMode);
            if (uri != QLatin1String("urn:ietf:wg:oauth:2.0:oob") && (!url.isValid() || url.isRelative()))
                app.redirectUris.clear();
        }
        if (app.redirectUris.isEmpty())
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("error"),
                             QStringLiteral("Validation failed: Redirect URI must be an absolute URI.")}},
                422);
        if (!validScopes(app.scopes))
            return FakeResponse::json(
                QJsonObject{
                    {QStringLiteral("error"), QStringLiteral("Validation failed: Scopes must be valid")}},
                422);
        app.id = QString::number(563419 + m_apps.size());
        app.clientId = randomSecret();
        app.clientSecret = randomSecret();
        m_apps << app;
        QJsonObject answer = m_appTemplate; // the CredentialApplication of the documentation
        answer.insert(QStringLiteral("id"), app.id);
        answer.insert(QStringLiteral("name"), app.name);
        answer.insert(QStringLiteral("website"), QJsonValue::Null);
        answer.insert(QStringLiteral("scopes"),
                      QJsonArray::fromStringList(app.scopes.split(QLatin1Char(' '))));
        answer.insert(QStringLiteral("redirect_uri"), app.redirectUris.join(QLatin1Char('\n')));
        answer.insert(QStringLiteral("redirect_uris"), QJsonArray::fromStringList(app.redirectUris));
        answer.insert(QStringLiteral("client_id"), app.clientId);
        answer.insert(QStringLiteral("client_secret"), app.clientSecret);
        return FakeResponse::json(answer);
    });

    api("GET", QStringLiteral("/oauth/authorize"), Access::Public, [this](const FakeRequest &request) {
        const QString clientId = mastodonParam(request, QStringLiteral("client_id"));
        const QString redirectUri = mastodonParam(request, QStringLiteral("redirect_uri"));
        const QString state = mastodonParam(request, QStringLiteral("state"));
        const auto app = std::find_if(m_apps.cbegin(), m_apps.cend(),
                                      [&](const FakeMastodonApp &a) { return a.clientId == clientId; });
        if (app == m_apps.cend())
            return invalidClient();
        // An unknown redirect URI is never redirected to: Doorkeeper shows the error instead.
        if (!app->redirectUris.contains(redirectUri))
            return oauthError(
                QStringLiteral("invalid_redirect_uri"),
                QStringLiteral("The requested redirect uri is malformed or doesn't match client "
                               "redirect URI."),
                400);
        auto fail = [&](const QString &error, const QString &description) {
            return redirectTo(redirectUri, {{QStringLiteral("error"), error},
                                            {QStringLiteral("error_description"), description},
                                            {QStringLiteral("state"), state}});
        };
        if (mastodonParam(request, QStringLiteral("response_type")) != QLatin1String("code"))
            return fail(QStringLiteral("unsupported_response_type"),
                        QStringLiteral("The authorization server does not support this response type."));
        Grant grant;
        grant.clientId = clientId;
        grant.redirectUri = redirectUri;
        grant.scopes = mastodonParam(request, QStringLiteral("scope"));
        if (grant.scopes.isEmpty())
            grant.scopes = QStringLiteral("read");
        const QStringList allowed = app->scopes.split(QLatin1Char(' '));
        for (const QString &scope : grant.scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!allowed.contains(scope))
                return fail(QStringLiteral("invalid_scope"),
                            QStringLiteral("The requested scope is invalid, unknown, or malformed."));
        grant.challenge = mastodonParam(request, QStringLiteral("code_challenge"));
        grant.challengeMethod = mastodonParam(request, QStringLiteral("code_challenge_method"));
        if (!grant.challenge.isEmpty() && grant.challengeMethod != QLatin1String("S256"))
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("The code challenge method must be S256."));
        if (m_denyAuthorization)
            return fail(QStringLiteral("access_denied"),
                        QStringLiteral("The resource owner or authorization server denied the request."));
        const QString code = randomSecret();
        m_grants.insert(code, grant);
        return redirectTo(redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
    });

    api("POST", QStringLiteral("/oauth/token"), Access::Public,
        [this](const FakeRequest &request) { return token(request); });
}

FakeResponse FakeMastodonServer::token(const FakeRequest &request)
{
    QString clientId = mastodonParam(request, QStringLiteral("client_id"));
    QString clientSecret = mastodonParam(request, QStringLiteral("client_secret"));
    const QByteArray basic = request.header("authorization");
    if (basic.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(basic.mid(6).trimmed());
        clientId = QUrl::fromPercentEncoding(pair.left(pair.indexOf(':')));
        clientSecret = QUrl::fromPercentEncoding(pair.mid(pair.indexOf(':') + 1));
    }
    const auto app = std::find_if(m_apps.cbegin(), m_apps.cend(),
                                  [&](const FakeMastodonApp &a) { return a.clientId == clientId; });
    if (app == m_apps.cend() || app->clientSecret != clientSecret)
        return invalidClient();

    const QString grantType = mastodonParam(request, QStringLiteral("grant_type"));
    QString scopes = app->scopes;
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = mastodonParam(request, QStringLiteral("code"));
        const auto found = m_grants.constFind(code);
        if (found == m_grants.constEnd() || found->clientId != clientId ||
            found->redirectUri != mastodonParam(request, QStringLiteral("redirect_uri")))
            return invalidGrant();
        const Grant grant = *found;
        m_grants.remove(code); // a code is good once
        if (!grant.challenge.isEmpty()) {
            const QByteArray verifier = mastodonParam(request, QStringLiteral("code_verifier")).toLatin1();
            const QByteArray expected =
                QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            if (verifier.isEmpty() || QString::fromLatin1(expected) != grant.challenge)
                return invalidGrant();
            ++m_verifiedPkceExchanges;
        }
        scopes = grant.scopes;
    } else if (grantType != QLatin1String("client_credentials")) {
        return oauthError(
            QStringLiteral("unsupported_grant_type"),
            QStringLiteral("The authorization grant type is not supported by the authorization server."),
            400);
    }
    const QString accessToken = randomSecret();
    // An app token (client_credentials) stands for no account: user endpoints refuse it.
    if (grantType == QLatin1String("authorization_code"))
        m_validTokens.insert(accessToken);
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("access_token"), accessToken},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("scope"), scopes},
                    {QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch()}});
}

} // namespace fakes
} // namespace vigie
