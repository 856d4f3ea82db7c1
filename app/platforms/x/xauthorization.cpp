#include "platforms/x/xauthorization.h"

#include "platforms/httptransport.h"
#include "platforms/x/xjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace vigie {
namespace platforms {
namespace x {

// tweet.moderate.write lets Vigie hide replies; offline.access brings the refresh token;
// media.write the v2 media upload.
const QString XAuthorization::kScopes =
    QStringLiteral("tweet.read tweet.write tweet.moderate.write users.read offline.access media.write");

namespace {
const QString kCallbackPath = QStringLiteral("callback");
} // namespace

XAuthorization::XAuthorization(const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_clientId(clientId)
    , m_authorizeUrl(QStringLiteral("https://x.com/i/oauth2/authorize"))
    , m_apiBaseUrl(QStringLiteral("https://api.x.com"))
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setTransferTimeout(int(HttpTransport::defaultTimeout().count()));
}

XAuthorization::~XAuthorization() = default;

QByteArray XAuthorization::makeCodeVerifier()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray verifier(64, Qt::Uninitialized);
    for (char &c : verifier)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return verifier;
}

QByteArray XAuthorization::codeChallengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString XAuthorization::redirectUriFor(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(kCallbackPath);
}

QString XAuthorization::redirectUri() const
{
    return m_replyHandler ? m_redirectUri : QString();
}

void XAuthorization::start()
{
    m_finished = false;
    m_exchanging = false;
    if (m_clientId.isEmpty()) {
        finishWithFailure(tr("Enter the OAuth 2.0 client ID of your X app first."));
        return;
    }
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_port, this);
    if (!m_replyHandler->isListening()) {
        finishWithFailure(tr("Vigie could not open the local port %1 to receive X's answer. Is another "
                             "sign-in still open?")
                              .arg(m_port));
        return;
    }
    m_replyHandler->setCallbackPath(kCallbackPath);
    m_replyHandler->setCallbackText(tr("Vigie received the authorization. You can close this page."));
    m_redirectUri = redirectUriFor(m_replyHandler->port());
    connect(m_replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, this, &XAuthorization::onCallback);

    m_codeVerifier = makeCodeVerifier();
    m_state = QString::fromLatin1(makeCodeVerifier().left(32));
    QUrl url = m_authorizeUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri)));
    query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(kScopes)));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"),
                       QString::fromLatin1(codeChallengeS256(m_codeVerifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    emit authorizeWithBrowser(url);
}

void XAuthorization::onCallback(const QVariantMap &values)
{
    if (m_finished || m_exchanging)
        return;
    // A page that is not X's answer to this request (a stale tab, another site): ignore it, the
    // person may still approve in the right one.
    if (values.value(QStringLiteral("state")).toString() != m_state)
        return;
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description = values.value(QStringLiteral("error_description")).toString();
        finishWithFailure(
            error == QLatin1String("access_denied")
                ? tr("Access was denied on X; the account was not connected.")
                : tr("X did not grant access: %1").arg(description.isEmpty() ? error : description));
        return;
    }
    const QString code = values.value(QStringLiteral("code")).toString();
    if (code.isEmpty()) {
        finishWithFailure(tr("X's answer held no authorization code."));
        return;
    }
    m_exchanging = true;
    QUrl tokenUrl = m_apiBaseUrl;
    QString base = tokenUrl.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    tokenUrl.setPath(base + QStringLiteral("/2/oauth2/token"));
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QByteArray body;
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("code"), code},
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("redirect_uri"), m_redirectUri},
        {QStringLiteral("code_verifier"), QString::fromLatin1(m_codeVerifier)}};
    for (const auto &[name, value] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' +
                QUrl::toPercentEncoding(value);
    QNetworkReply *reply = m_manager->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void XAuthorization::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        finishWithFailure(tr("X could not be reached to finish the sign-in (%1).").arg(reply->errorString()));
        return;
    }
    if (status != 200) {
        const QString said = serverMessageOf(body);
        finishWithFailure(tr("X refused the sign-in: %1")
                              .arg(said.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : said));
        return;
    }
    Credentials credentials =
        credentialsFromTokenAnswer(QJsonDocument::fromJson(body).object(), QDateTime::currentDateTimeUtc());
    if (credentials.accessToken.isEmpty()) {
        finishWithFailure(tr("X's answer held no access token."));
        return;
    }
    credentials.clientId = m_clientId;
    m_finished = true;
    cancel();
    emit succeeded(credentials);
}

void XAuthorization::finishWithFailure(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    cancel();
    emit failed(message);
}

void XAuthorization::cancel()
{
    m_finished = true;
    // Later: this may run inside the handler's own signal.
    if (m_replyHandler) {
        m_replyHandler->close();
        m_replyHandler->deleteLater();
    }
    m_replyHandler = nullptr;
}

} // namespace x
} // namespace platforms
} // namespace vigie
