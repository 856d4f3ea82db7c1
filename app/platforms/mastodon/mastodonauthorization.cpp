#include "platforms/mastodon/mastodonauthorization.h"

#include "platforms/httptransport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace vigie {
namespace platforms {
namespace mastodon {

namespace {

const QString kScopes = QStringLiteral("read write");

// The server's words from an OAuth or API error body ({"error": …, "error_description": …}).
QString errorMessageOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString description = o.value(QLatin1String("error_description")).toString();
    return description.isEmpty() ? o.value(QLatin1String("error")).toString() : description;
}

} // namespace

MastodonAuthorization::MastodonAuthorization(const QUrl &instanceUrl, QObject *parent)
    : QObject(parent)
    , m_instanceUrl(instanceUrl)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setTransferTimeout(int(HttpTransport::defaultTimeout().count()));
    // Qt 6.4's flow only warns when the token request fails: watch the answers ourselves.
    connect(m_manager, &QNetworkAccessManager::finished, this,
            &MastodonAuthorization::onNetworkReplyFinished);
}

MastodonAuthorization::~MastodonAuthorization() = default;

QByteArray MastodonAuthorization::makeCodeVerifier()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray verifier(64, Qt::Uninitialized);
    for (char &c : verifier)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return verifier;
}

QByteArray MastodonAuthorization::codeChallengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl MastodonAuthorization::endpoint(const QString &path) const
{
    QUrl url = m_instanceUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    return url;
}

QString MastodonAuthorization::redirectUri() const
{
    return m_replyHandler ? m_replyHandler->callback() : QString();
}

void MastodonAuthorization::start()
{
    m_finished = false;
    // The loopback port must be known before registering: Mastodon checks the redirect URI
    // against the one the app was registered with.
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replyHandler->isListening()) {
        finishWithFailure(tr("Vigie could not open a local port to receive the server's answer."));
        return;
    }
    m_replyHandler->setCallbackText(tr("Vigie received the authorization. You can close this page."));

    QNetworkRequest request(endpoint(QStringLiteral("/api/v1/apps")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QByteArray body;
    body += "client_name=" + QUrl::toPercentEncoding(QStringLiteral("Vigie"));
    body += "&redirect_uris=" + QUrl::toPercentEncoding(redirectUri());
    body += "&scopes=" + QUrl::toPercentEncoding(kScopes);
    QNetworkReply *reply = m_manager->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onAppRegistered(reply); });
}

void MastodonAuthorization::onAppRegistered(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        finishWithFailure(tr("The server could not be reached (%1). Check the address and the connection.")
                              .arg(reply->errorString()));
        return;
    }
    const QJsonObject app = QJsonDocument::fromJson(body).object();
    m_clientId = app.value(QLatin1String("client_id")).toString();
    m_clientSecret = app.value(QLatin1String("client_secret")).toString();
    if (status != 200 || m_clientId.isEmpty()) {
        const QString said = errorMessageOf(body);
        finishWithFailure(
            said.isEmpty()
                ? tr("The server refused to register Vigie (HTTP %1). Is this a Mastodon server?").arg(status)
                : tr("The server refused to register Vigie: %1").arg(said));
        return;
    }
    startFlow();
}

void MastodonAuthorization::startFlow()
{
    m_flow = new QOAuth2AuthorizationCodeFlow(m_manager, this);
    m_flow->setAuthorizationUrl(endpoint(QStringLiteral("/oauth/authorize")));
    m_flow->setAccessTokenUrl(endpoint(QStringLiteral("/oauth/token")));
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setClientIdentifierSharedKey(m_clientSecret);
    m_flow->setScope(kScopes);
    m_flow->setReplyHandler(m_replyHandler);

    // Qt 6.4 has no PKCE switch: the challenge goes with the authorization request, the
    // verifier with the token request.
    m_codeVerifier = makeCodeVerifier();
    const QByteArray verifier = m_codeVerifier;
    const QByteArray challenge = codeChallengeS256(verifier);
    m_flow->setModifyParametersFunction(
        [verifier, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
            &MastodonAuthorization::authorizeWithBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, &MastodonAuthorization::finishWithSuccess);
    connect(
        m_flow, &QAbstractOAuth2::error, this,
        [this](const QString &error, const QString &description, const QUrl &) {
            finishWithFailure(
                tr("The server did not grant access: %1").arg(description.isEmpty() ? error : description));
        });
    m_flow->grant();
}

void MastodonAuthorization::onNetworkReplyFinished(QNetworkReply *reply)
{
    if (m_finished || !m_flow)
        return;
    QUrl url = reply->url();
    url.setQuery(QString());
    if (url != endpoint(QStringLiteral("/oauth/token")))
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200)
        return; // the flow reads it and emits granted
    // peek, not read: the flow may still want the body.
    const QString said = errorMessageOf(reply->peek(reply->bytesAvailable()));
    if (status == 0)
        finishWithFailure(
            tr("The server could not be reached to finish the sign-in (%1).").arg(reply->errorString()));
    else
        finishWithFailure(tr("The server refused the sign-in: %1")
                              .arg(said.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : said));
}

void MastodonAuthorization::finishWithSuccess()
{
    if (m_finished || !m_flow)
        return;
    Credentials credentials;
    credentials.accessToken = m_flow->token();
    credentials.clientId = m_clientId;
    credentials.clientSecret = m_clientSecret;
    if (credentials.accessToken.isEmpty()) {
        finishWithFailure(tr("The server's answer held no access token."));
        return;
    }
    m_finished = true;
    cancel();
    emit succeeded(credentials);
}

void MastodonAuthorization::finishWithFailure(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    cancel();
    emit failed(message);
}

void MastodonAuthorization::cancel()
{
    m_finished = true;
    // Later: this may run inside one of the flow's or the handler's own signals.
    if (m_flow)
        m_flow->deleteLater();
    if (m_replyHandler) {
        m_replyHandler->close();
        m_replyHandler->deleteLater();
    }
    m_flow = nullptr;
    m_replyHandler = nullptr;
}

} // namespace mastodon
} // namespace platforms
} // namespace vigie
