// Connecting an X account through the browser: authorization with PKCE S256, the code coming
// back to Vigie's loopback port, the token exchange with the verifier, end to end against the
// fake. The "browser" is a QNetworkAccessManager following the redirect.
#include "xrig.h"

#include "platforms/x/xauthorization.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

using namespace vigie;
using namespace vigie::platforms;
using vigie::platforms::x::XAuthorization;

namespace {

void openInBrowser(QNetworkAccessManager &browser, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = browser.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

std::unique_ptr<XAuthorization> authorizationFor(test::XRig &rig, const QString &clientId)
{
    auto authorization = std::make_unique<XAuthorization>(clientId);
    authorization->setAuthorizeUrl(rig.server.url().resolved(QUrl(QStringLiteral("/i/oauth2/authorize"))));
    authorization->setApiBaseUrl(rig.server.url());
    authorization->setRedirectPort(0);
    return authorization;
}

} // namespace

class TestXOAuth : public QObject
{
    Q_OBJECT

private slots:
    void challengeIsS256OfTheVerifier();
    void browserSignInWithPkceEndsWithWorkingTokens();
    void refusalInTheBrowserIsReported();
    void unreachableTokenEndpointIsReported();
    void fakeRefusesAWrongVerifier();
};

void TestXOAuth::challengeIsS256OfTheVerifier()
{
    // RFC 7636, appendix B.
    QCOMPARE(XAuthorization::codeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray a = XAuthorization::makeCodeVerifier();
    QCOMPARE(a.size(), 64);
    QVERIFY(a != XAuthorization::makeCodeVerifier());
    QCOMPARE(XAuthorization::redirectUriFor(8719), QStringLiteral("http://127.0.0.1:8719/callback"));
}

void TestXOAuth::browserSignInWithPkceEndsWithWorkingTokens()
{
    test::XRig rig;
    auto authorization = authorizationFor(rig, rig.server.clientId());
    QSignalSpy browserAsked(authorization.get(), &XAuthorization::authorizeWithBrowser);
    QSignalSpy succeeded(authorization.get(), &XAuthorization::succeeded);
    QSignalSpy failed(authorization.get(), &XAuthorization::failed);
    authorization->start();
    QCOMPARE(browserAsked.size(), 1);
    const QUrl url = browserAsked.first().first().toUrl();
    const QUrlQuery query(url);
    QCOMPARE(url.path(), QStringLiteral("/i/oauth2/authorize"));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), rig.server.clientId());
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
    const QStringList scopes =
        query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' '));
    for (const char *scope :
         {"tweet.read", "tweet.write", "users.read", "offline.access", "media.write", "tweet.moderate.write"})
        QVERIFY2(scopes.contains(QLatin1String(scope)), scope);
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             authorization->redirectUri());
    QVERIFY(authorization->redirectUri().startsWith(QStringLiteral("http://127.0.0.1:")));

    QNetworkAccessManager browser;
    openInBrowser(browser, url);
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.size() + failed.size() > 0, 5000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto credentials = succeeded.first().first().value<Credentials>();
    QVERIFY(!credentials.accessToken.isEmpty());
    QVERIFY(!credentials.refreshToken.isEmpty());
    QCOMPARE(credentials.clientId, rig.server.clientId());
    QVERIFY(credentials.accessExpiresAt > QDateTime::currentDateTimeUtc().addSecs(7000));
    QCOMPARE(rig.server.verifiedPkceExchanges(), 1);
    const QUrlQuery exchange = rig.server.requests().constLast().form();
    QCOMPARE(exchange.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(exchange.queryItemValue(QStringLiteral("code_verifier")).size(), 64);
    QVERIFY(authorization->redirectUri().isEmpty()); // the loopback port is closed again

    // The tokens are the account's: the adapter signs in with them and can refresh them.
    Credentials stored = credentials;
    stored.accessExpiresAt = rig.clock.now().addSecs(60);
    auto adapter = rig.adapter(stored);
    const auto profile = adapter->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.handle, QStringLiteral("vigie_brand"));
    QCOMPARE(rig.server.refreshCount(), 1);
}

void TestXOAuth::refusalInTheBrowserIsReported()
{
    test::XRig rig;
    rig.server.setAuthorizationDenied(true);
    auto authorization = authorizationFor(rig, rig.server.clientId());
    QSignalSpy browserAsked(authorization.get(), &XAuthorization::authorizeWithBrowser);
    QSignalSpy succeeded(authorization.get(), &XAuthorization::succeeded);
    QSignalSpy failed(authorization.get(), &XAuthorization::failed);
    authorization->start();
    QNetworkAccessManager browser;
    openInBrowser(browser, browserAsked.first().first().toUrl());
    QVERIFY(failed.wait(5000));
    QVERIFY(succeeded.isEmpty());
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("denied")));
}

void TestXOAuth::unreachableTokenEndpointIsReported()
{
    test::XRig rig;
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    auto authorization = authorizationFor(rig, rig.server.clientId());
    authorization->setApiBaseUrl(nowhere);
    QSignalSpy browserAsked(authorization.get(), &XAuthorization::authorizeWithBrowser);
    QSignalSpy failed(authorization.get(), &XAuthorization::failed);
    authorization->start();
    QNetworkAccessManager browser;
    openInBrowser(browser, browserAsked.first().first().toUrl());
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void TestXOAuth::fakeRefusesAWrongVerifier()
{
    // The fake must really check PKCE, or the end-to-end test above would prove nothing.
    test::XRig rig;
    QNetworkAccessManager nam;
    const QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
    auto authorize = [&](const QByteArray &verifier) {
        QUrl url = rig.server.url().resolved(QUrl(QStringLiteral("/i/oauth2/authorize")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), rig.server.clientId());
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("tweet.read%20offline.access"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        q.addQueryItem(QStringLiteral("code_challenge"),
                       QString::fromLatin1(XAuthorization::codeChallengeS256(verifier)));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return QUrlQuery(QUrl(QString::fromUtf8(reply->rawHeader("Location"))))
            .queryItemValue(QStringLiteral("code"));
    };
    auto exchange = [&](const QString &code, const QByteArray &verifier) {
        QNetworkRequest request(rig.server.url().resolved(QUrl(QStringLiteral("/2/oauth2/token"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        const QByteArray body = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
                                "&client_id=" + QUrl::toPercentEncoding(rig.server.clientId()) +
                                "&redirect_uri=" + QUrl::toPercentEncoding(redirect) +
                                "&code_verifier=" + verifier;
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              QJsonDocument::fromJson(reply->readAll()).object());
    };
    const QByteArray verifier = XAuthorization::makeCodeVerifier();
    const QString code = authorize(verifier);
    QVERIFY(!code.isEmpty());
    const auto [wrongStatus, wrong] = exchange(code, XAuthorization::makeCodeVerifier());
    QCOMPARE(wrongStatus, 400);
    QCOMPARE(wrong.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    const QString second = authorize(verifier);
    const auto [rightStatus, right] = exchange(second, verifier);
    QCOMPARE(rightStatus, 200);
    QCOMPARE(right.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QVERIFY(right.contains(QStringLiteral("refresh_token")));
    QCOMPARE(exchange(second, verifier).first, 400); // a code is good once
}

QTEST_GUILESS_MAIN(TestXOAuth)
#include "tst_xoauth.moc"
