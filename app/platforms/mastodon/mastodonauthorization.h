#pragma once

#include "platforms/credentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace vigie {
namespace platforms {
namespace mastodon {

// Connects a Mastodon account the way the server's documentation asks: Vigie registers itself
// on the instance (POST /api/v1/apps, redirect to a loopback port), then the person approves
// in their browser (OAuth 2 authorization code with PKCE S256) and the code comes back to
// 127.0.0.1. Asynchronous: used from the GUI thread, it reports through signals. The other way
// in, a pasted access token, needs none of this (Credentials{accessToken}, checked by signIn).
class MastodonAuthorization : public QObject
{
    Q_OBJECT

public:
    explicit MastodonAuthorization(const QUrl &instanceUrl, QObject *parent = nullptr);
    ~MastodonAuthorization() override;

    // Registers the app, then emits authorizeWithBrowser; ends with succeeded or failed.
    void start();
    // Stops listening on the loopback port; no signal follows.
    void cancel();

    // "http://127.0.0.1:PORT/" once start() has opened the port.
    QString redirectUri() const;

    // RFC 7636: a random verifier (64 unreserved characters) and its S256 challenge.
    static QByteArray makeCodeVerifier();
    static QByteArray codeChallengeS256(const QByteArray &verifier);

signals:
    // Open this URL in the person's browser (QDesktopServices::openUrl).
    void authorizeWithBrowser(const QUrl &url);
    // clientId, clientSecret and accessToken filled; store them in the keychain.
    void succeeded(const vigie::platforms::Credentials &credentials);
    // A sentence for the person, already translated.
    void failed(const QString &message);

private:
    void onAppRegistered(QNetworkReply *reply);
    void startFlow();
    void onNetworkReplyFinished(QNetworkReply *reply);
    void finishWithSuccess();
    void finishWithFailure(const QString &message);
    QUrl endpoint(const QString &path) const;

    QUrl m_instanceUrl;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QByteArray m_codeVerifier;
    QString m_clientId;
    QString m_clientSecret;
    bool m_finished = false;
};

} // namespace mastodon
} // namespace platforms
} // namespace vigie
