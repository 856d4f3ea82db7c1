// Connecting an account through the browser: app registration, authorization with PKCE S256,
// the code coming back to Vigie's loopback port, and the token exchange, end to end against
// the fake instance. The "browser" is a QNetworkAccessManager following the redirect.
#include "mastodonrig.h"

#include "platforms/mastodon/mastodonauthorization.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

using namespace vigie;
using namespace vigie::platforms;
using vigie::platforms::mastodon::MastodonAuthorization;

namespace {

// What a browser does with the authorization URL: GET it and follow the 302 to 127.0.0.1.
void openInBrowser(QNetworkAccessManager &browser, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = browser.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[k, v] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    return body;
}

} // namespace

class TestMastodonOAuth : public QObject
{
    Q_OBJECT

private slots:
    void challengeIsS256OfTheVerifier();
    void browserSignInWithPkceEndsWithAWorkingToken();
    void refusalInTheBrowserIsReported();
    void unreachableServerIsReported();
    void fakeRefusesAWrongVerifier();
};

void TestMastodonOAuth::challengeIsS256OfTheVerifier()
{
    // RFC 7636, appendix B.
    QCOMPARE(MastodonAuthorization::codeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray a = MastodonAuthorization::makeCodeVerifier();
    const QByteArray b = MastodonAuthorization::makeCodeVerifier();
    QCOMPARE(a.size(), 64);
    QVERIFY(a != b);
    for (const char c : a)
        QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c));
}

void TestMastodonOAuth::browserSignInWithPkceEndsWithAWorkingToken()
{
    test::MastodonRig rig;
    MastodonAuthorization authorization(rig.server.url());
    QSignalSpy browserAsked(&authorization, &MastodonAuthorization::authorizeWithBrowser);
    QSignalSpy succeeded(&authorization, &MastodonAuthorization::succeeded);
    QSignalSpy failed(&authorization, &MastodonAuthorization::failed);
    authorization.start();
    QVERIFY(browserAsked.wait(5000));

    // Vigie registered itself with its loopback redirect…
    QCOMPARE(rig.server.apps().size(), 1);
    const fakes::FakeMastodonApp app = rig.server.apps().first();
    QCOMPARE(app.name, QStringLiteral("Vigie"));
    QCOMPARE(app.scopes, QStringLiteral("read write"));
    QVERIFY(app.redirectUris.value(0).startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(app.redirectUris.value(0), authorization.redirectUri());
    // …and asks the browser for a code bound to a S256 challenge.
    const QUrl url = browserAsked.first().first().toUrl();
    const QUrlQuery query(url);
    QCOMPARE(url.path(), QStringLiteral("/oauth/authorize"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), app.clientId);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);

    QNetworkAccessManager browser;
    openInBrowser(browser, url);
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.size() + failed.size() > 0, 5000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto credentials = succeeded.first().first().value<Credentials>();
    QVERIFY(!credentials.accessToken.isEmpty());
    QCOMPARE(credentials.clientId, app.clientId);
    QCOMPARE(credentials.clientSecret, app.clientSecret);
    QCOMPARE(rig.server.verifiedPkceExchanges(), 1); // the verifier matched the challenge

    // The token is the account's: the adapter signs in with it.
    const auto profile = rig.adapter(credentials.accessToken)->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.handle, QStringLiteral("vigie_brand@mastodon.example"));
    QVERIFY(authorization.redirectUri().isEmpty()); // the loopback port is closed again
}

void TestMastodonOAuth::refusalInTheBrowserIsReported()
{
    test::MastodonRig rig;
    rig.server.setAuthorizationDenied(true);
    MastodonAuthorization authorization(rig.server.url());
    QSignalSpy browserAsked(&authorization, &MastodonAuthorization::authorizeWithBrowser);
    QSignalSpy succeeded(&authorization, &MastodonAuthorization::succeeded);
    QSignalSpy failed(&authorization, &MastodonAuthorization::failed);
    authorization.start();
    QVERIFY(browserAsked.wait(5000));
    QNetworkAccessManager browser;
    openInBrowser(browser, browserAsked.first().first().toUrl());
    QVERIFY(failed.wait(5000));
    QVERIFY(succeeded.isEmpty());
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("denied")));
}

void TestMastodonOAuth::unreachableServerIsReported()
{
    // A port nobody listens on: nothing to register with.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    MastodonAuthorization authorization(url);
    QSignalSpy failed(&authorization, &MastodonAuthorization::failed);
    QSignalSpy browserAsked(&authorization, &MastodonAuthorization::authorizeWithBrowser);
    authorization.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(browserAsked.isEmpty());
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void TestMastodonOAuth::fakeRefusesAWrongVerifier()
{
    // The fake must really check PKCE, or the end-to-end test above would prove nothing.
    test::MastodonRig rig;
    QNetworkAccessManager nam;
    auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest request(rig.server.url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              QJsonDocument::fromJson(reply->readAll()).object());
    };
    const QString redirect = QStringLiteral("http://127.0.0.1:9/");
    const auto [appStatus, app] = post(QStringLiteral("/api/v1/apps"),
                                       form({{QStringLiteral("client_name"), QStringLiteral("Test")},
                                             {QStringLiteral("redirect_uris"), redirect},
                                             {QStringLiteral("scopes"), QStringLiteral("read write")}}));
    QCOMPARE(appStatus, 200);
    const QString clientId = app.value(QStringLiteral("client_id")).toString();
    const QString secret = app.value(QStringLiteral("client_secret")).toString();

    auto authorize = [&](const QByteArray &verifier) {
        QUrl url = rig.server.url().resolved(QUrl(QStringLiteral("/oauth/authorize")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("read"));
        q.addQueryItem(QStringLiteral("code_challenge"),
                       QString::fromLatin1(MastodonAuthorization::codeChallengeS256(verifier)));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam.get(request); // the redirect is read, not followed
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return QUrlQuery(QUrl(QString::fromUtf8(reply->rawHeader("Location"))))
            .queryItemValue(QStringLiteral("code"));
    };
    auto exchange = [&](const QString &code, const QByteArray &verifier) {
        return post(QStringLiteral("/oauth/token"),
                    form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("client_id"), clientId},
                          {QStringLiteral("client_secret"), secret},
                          {QStringLiteral("redirect_uri"), redirect},
                          {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}}));
    };
    const QByteArray verifier = MastodonAuthorization::makeCodeVerifier();
    const QString code = authorize(verifier);
    QVERIFY(!code.isEmpty());
    const auto [wrongStatus, wrong] = exchange(code, MastodonAuthorization::makeCodeVerifier());
    QCOMPARE(wrongStatus, 400);
    QCOMPARE(wrong.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    const QString second = authorize(verifier);
    const auto [rightStatus, right] = exchange(second, verifier);
    QCOMPARE(rightStatus, 200);
    QCOMPARE(right.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    const auto [againStatus, again] = exchange(second, verifier); // a code is good once
    QCOMPARE(againStatus, 400);
    Q_UNUSED(again);

    const auto [badClientStatus, badClient] =
        post(QStringLiteral("/oauth/token"),
             form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("client_id"), clientId},
                   {QStringLiteral("client_secret"), QStringLiteral("nope")}}));
    QCOMPARE(badClientStatus, 401);
    QCOMPARE(badClient.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
}

QTEST_GUILESS_MAIN(TestMastodonOAuth)
#include "tst_mastodonoauth.moc"
