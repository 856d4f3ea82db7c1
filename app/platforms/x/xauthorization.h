#pragma once

#include "platforms/credentials.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuthHttpServerReplyHandler;

namespace vigie {
namespace platforms {
namespace x {

// Connects an X account the way X's documentation asks
// (https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token): OAuth 2.0
// authorization code with PKCE (S256) for a public client (no secret), the person approving in
// their browser, the code coming back to a loopback port, then POST /2/oauth2/token with the
// code_verifier. Asynchronous: used from the GUI thread, it reports through signals, with the
// same shape as MastodonAuthorization.
//
// X compares redirect_uri with the callback URLs registered for the client id, port included:
// register redirectUriFor(port) in the X developer portal ("http://127.0.0.1:<port>/callback").
class XAuthorization : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultRedirectPort = 8719;
    static const QString
        kScopes; // "tweet.read tweet.write tweet.moderate.write users.read offline.access media.write"

    explicit XAuthorization(const QString &clientId, QObject *parent = nullptr);
    ~XAuthorization() override;

    // Defaults: https://x.com/i/oauth2/authorize and https://api.x.com (token at /2/oauth2/token).
    void setAuthorizeUrl(const QUrl &url) { m_authorizeUrl = url; }
    void setApiBaseUrl(const QUrl &url) { m_apiBaseUrl = url; }
    // The loopback port to listen on; 0 picks a free one (tests). Default kDefaultRedirectPort.
    void setRedirectPort(quint16 port) { m_port = port; }

    // Opens the loopback port and emits authorizeWithBrowser; ends with succeeded or failed.
    void start();
    // Stops listening on the loopback port; no signal follows.
    void cancel();

    // "http://127.0.0.1:PORT/callback" once start() has opened the port, empty otherwise.
    QString redirectUri() const;
    static QString redirectUriFor(quint16 port);

    // RFC 7636: a random verifier (64 unreserved characters) and its S256 challenge.
    static QByteArray makeCodeVerifier();
    static QByteArray codeChallengeS256(const QByteArray &verifier);

signals:
    // Open this URL in the person's browser (QDesktopServices::openUrl).
    void authorizeWithBrowser(const QUrl &url);
    // accessToken, refreshToken (offline.access), accessExpiresAt and clientId filled; store
    // them in the keychain, then sign in with XAdapter to learn the account (GET /2/users/me).
    void succeeded(const vigie::platforms::Credentials &credentials);
    // A sentence for the person, already translated.
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &values);
    void onTokenReply(QNetworkReply *reply);
    void finishWithFailure(const QString &message);

    QString m_clientId;
    QUrl m_authorizeUrl;
    QUrl m_apiBaseUrl;
    quint16 m_port = kDefaultRedirectPort;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QString m_redirectUri;
    QByteArray m_codeVerifier;
    QString m_state;
    bool m_finished = false;
    bool m_exchanging = false;
};

} // namespace x
} // namespace platforms
} // namespace vigie
