// Signing in and keeping the session alive against the fake PDS, and how server answers
// become outcomes (401, 400, 429 with its reset, 5xx, broken bodies, the rate-limit gate).
#include "blueskyharness.h"

#include "platforms/bluesky/blueskyviews.h"

#include <QTest>

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::bluesky;
using vigie::fakes::Fault;
using vigie::fakes::FaultKind;

namespace {

QString nsidPath(const char *nsid)
{
    return QStringLiteral("/xrpc/") + QString::fromLatin1(nsid).replace(".", "\\.");
}

// The XRPC methods the server saw, in order ("getSession", "refreshSession"…).
QStringList calls(const fakes::FakeBlueskyServer &server)
{
    QStringList names;
    for (const auto &request : server.requests())
        names << request.path.section('.', -1);
    return names;
}

} // namespace

class TestBlueskySession : public QObject
{
    Q_OBJECT

private slots:
    void signsInWithAppPassword();
    void signsInWithStoredSession();
    void wrongAppPasswordIsAuthExpired();
    void missingProfileFallsBackToHandle();
    void refreshesBeforeExpiry();
    void refreshWithoutRefreshTokenKeepsStoredOne();
    void expiredTokenRefreshesAndRetries();
    void refusedRefreshSignsInAgainWithAppPassword();
    void refusedRefreshWithoutAppPasswordIsAuthExpired();
    void failedRefreshKeepsTokens_data();
    void failedRefreshKeepsTokens();
    void forgedTokenIsRenewed();
    void persistent401IsAuthExpired();
    void errorsBecomeOutcomes_data();
    void errorsBecomeOutcomes();
    void serverRateLimitIsRateLimited();
    void gateHoldsRequestsUntilReset();
    void hangingReadIsTransient();
};

void TestBlueskySession::signsInWithAppPassword()
{
    test::BlueskyHarness h;
    auto adapter = h.adapter(h.appPasswordOnly(), false);
    const auto profile = adapter->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.serverMessage));
    QCOMPARE(profile.value.remoteUserId, h.did);
    QCOMPARE(profile.value.handle, QString("vigie.test"));
    QCOMPARE(profile.value.displayName, QString("Laboratoire Vigie"));
    QCOMPARE(profile.value.maxLength, 300);
    QCOMPARE(h.server.requestCount("POST", nsidPath("com.atproto.server.createSession")), 1);

    QVERIFY(adapter->credentialsChanged());
    const Credentials credentials = adapter->credentials();
    QVERIFY(!credentials.accessToken.isEmpty());
    QVERIFY(!credentials.refreshToken.isEmpty());
    QCOMPARE(credentials.appPassword, QString(test::BlueskyHarness::kAppPassword));
    // The access JWT's exp claim: two hours after the server's (shared) clock.
    QCOMPARE(credentials.accessExpiresAt, h.clock.now().addSecs(2 * 3600));
    // The password went in the body, never in the URL.
    const auto &request = h.server.requests().constFirst();
    QVERIFY(!request.query.toString().contains(test::BlueskyHarness::kAppPassword));
    QCOMPARE(request.json().toObject().value("identifier").toString(), QString("vigie.test"));
}

void TestBlueskySession::signsInWithStoredSession()
{
    test::BlueskyHarness h;
    const Credentials stored = h.liveSession();
    auto adapter = h.adapter(stored, false);
    const auto profile = adapter->signIn();
    QVERIFY(profile.ok());
    QCOMPARE(profile.value.remoteUserId, h.did);
    QCOMPARE(adapter->did(), h.did);
    QCOMPARE(h.server.requestCount("POST", nsidPath("com.atproto.server.createSession")), 0);
    QCOMPARE(calls(h.server), QStringList({"getSession", "getProfile"}));
    QVERIFY(!adapter->credentialsChanged());
    QCOMPARE(adapter->credentials().accessToken, stored.accessToken);
}

void TestBlueskySession::wrongAppPasswordIsAuthExpired()
{
    test::BlueskyHarness h;
    Credentials credentials;
    credentials.appPassword = "wrong-password";
    auto adapter = h.adapter(credentials, false);
    const auto profile = adapter->signIn();
    QCOMPARE(profile.outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(profile.outcome.httpStatus, 401);
    QCOMPARE(profile.outcome.serverMessage, QString("Invalid identifier or password"));
    QVERIFY(!adapter->credentialsChanged());
    QVERIFY(adapter->credentials().accessToken.isEmpty());
}

void TestBlueskySession::missingProfileFallsBackToHandle()
{
    test::BlueskyHarness h;
    h.server.injectFault(
        "GET", nsidPath("app.bsky.actor.getProfile"),
        Fault{FaultKind::Status, 400, R"({"error":"InvalidRequest","message":"Profile not found"})", {}});
    auto adapter = h.adapter(h.appPasswordOnly());
    const auto profile = adapter->signIn();
    QVERIFY(profile.ok());
    QCOMPARE(profile.value.displayName, QString("vigie.test"));
}

void TestBlueskySession::refreshesBeforeExpiry()
{
    test::BlueskyHarness h;
    const Credentials stored = h.liveSession();
    // Three minutes before the access token expires: inside the refresh margin.
    h.clock.advanceSecs(2 * 3600 - 3 * 60);
    auto adapter = h.adapter(stored);
    const auto profile = adapter->signIn();
    QVERIFY(profile.ok());
    QCOMPARE(calls(h.server).mid(0, 2), QStringList({"refreshSession", "getSession"}));
    QVERIFY(adapter->credentialsChanged());
    const Credentials renewed = adapter->credentials();
    QVERIFY(renewed.accessToken != stored.accessToken);
    QVERIFY(renewed.refreshToken != stored.refreshToken); // rotated
    QCOMPARE(renewed.accessExpiresAt, h.clock.now().addSecs(2 * 3600));
    // The refresh used the refresh token as bearer, not the access token.
    const auto &refresh = h.server.requests().constFirst();
    QCOMPARE(refresh.header("authorization"), "Bearer " + stored.refreshToken.toLatin1());
    // refreshSession takes no input: an XRPC server refuses a body (or a chunked one) there.
    QVERIFY(refresh.body.isEmpty());
    QVERIFY(refresh.header("transfer-encoding").isEmpty());
}

void TestBlueskySession::refreshWithoutRefreshTokenKeepsStoredOne()
{
    test::BlueskyHarness h;
    h.server.setRefreshOmitsRefreshToken(true);
    const Credentials stored = h.liveSession();
    h.clock.advanceSecs(2 * 3600 + 60); // expired
    auto adapter = h.adapter(stored);
    QVERIFY(adapter->signIn().ok());
    const Credentials renewed = adapter->credentials();
    QVERIFY(renewed.accessToken != stored.accessToken);
    QCOMPARE(renewed.refreshToken, stored.refreshToken);
    // What the caller stores is never emptied either.
    QCOMPARE(stored.updatedWith(renewed).refreshToken, stored.refreshToken);
}

void TestBlueskySession::expiredTokenRefreshesAndRetries()
{
    test::BlueskyHarness h;
    Credentials stored = h.liveSession();
    // A stored expiry that is wrong: the adapter believes the token fresh, the server does not.
    stored.accessExpiresAt = h.clock.now().addDays(1);
    h.clock.advanceSecs(3 * 3600);
    auto adapter = h.adapter(stored);
    const auto found = adapter->search(SearchQuery{"vigilance", {}, {}, 10});
    QVERIFY2(found.ok(), qPrintable(found.outcome.serverMessage));
    QCOMPARE(calls(h.server), QStringList({"searchPosts", "refreshSession", "searchPosts"}));
    QVERIFY(adapter->credentialsChanged());
}

void TestBlueskySession::refusedRefreshSignsInAgainWithAppPassword()
{
    test::BlueskyHarness h;
    const Credentials stored = h.liveSession();
    h.server.revokeSessions(h.did);
    h.clock.advanceSecs(3 * 3600);
    auto adapter = h.adapter(stored);
    QVERIFY(adapter->signIn().ok());
    QCOMPARE(calls(h.server).mid(0, 2), QStringList({"refreshSession", "createSession"}));
    QVERIFY(adapter->credentials().refreshToken != stored.refreshToken);
}

void TestBlueskySession::refusedRefreshWithoutAppPasswordIsAuthExpired()
{
    test::BlueskyHarness h;
    const Credentials stored = h.liveSession(false);
    h.server.revokeSessions(h.did);
    h.clock.advanceSecs(3 * 3600);
    auto adapter = h.adapter(stored);
    const auto metrics = adapter->metrics("at://" + h.did + "/app.bsky.feed.post/3knnd5mlc2222");
    QCOMPARE(metrics.outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(calls(h.server), QStringList({"refreshSession"}));
    QCOMPARE(adapter->credentials().refreshToken, stored.refreshToken);
}

void TestBlueskySession::failedRefreshKeepsTokens_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("500") << 500
                         << QByteArray(R"({"error":"InternalServerError","message":"Internal Server Error"})")
                         << int(OutcomeKind::Transient);
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                              << int(OutcomeKind::Transient);
    QTest::newRow("429") << 429
                         << QByteArray(R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})")
                         << int(OutcomeKind::RateLimited);
}

void TestBlueskySession::failedRefreshKeepsTokens()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    test::BlueskyHarness h;
    const Credentials stored = h.liveSession();
    h.server.injectFault("POST", nsidPath("com.atproto.server.refreshSession"),
                         Fault{FaultKind::Status, status, body, {}});
    h.clock.advanceSecs(3 * 3600);
    auto adapter = h.adapter(stored);
    const auto profile = adapter->signIn();
    // A server in trouble says nothing about the account: no sign-in with the password, no
    // "needs reconnect", and the tokens stay as they were.
    QCOMPARE(int(profile.outcome.kind), kind);
    QCOMPARE(h.server.requestCount("POST", nsidPath("com.atproto.server.createSession")), 0);
    QVERIFY(!adapter->credentialsChanged());
    QCOMPARE(adapter->credentials().accessToken, stored.accessToken);
    QCOMPARE(adapter->credentials().refreshToken, stored.refreshToken);
    QCOMPARE(adapter->credentials().appPassword, stored.appPassword);
}

void TestBlueskySession::forgedTokenIsRenewed()
{
    test::BlueskyHarness h;
    Credentials stored = h.liveSession();
    stored.accessToken = fakes::FakeBlueskyServer::forgedToken(h.did);
    auto adapter = h.adapter(stored);
    const auto posts = adapter->getPosts({"at://" + h.did + "/app.bsky.feed.post/3knnd5mlc2222"});
    QVERIFY(posts.ok());
    QCOMPARE(calls(h.server), QStringList({"getPosts", "refreshSession", "getPosts"}));
    QCOMPARE(h.server.requests().constFirst().path, nsidPath("app.bsky.feed.getPosts").remove('\\'));
}

void TestBlueskySession::persistent401IsAuthExpired()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const Fault unauthorized{
        FaultKind::Status, 401, R"({"error":"AuthMissing","message":"Authentication Required"})", {}};
    h.server.injectFault("GET", nsidPath("app.bsky.feed.searchPosts"), unauthorized, 2);
    const auto found = adapter->search(SearchQuery{"x", {}, {}, 10});
    QCOMPARE(found.outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(found.outcome.httpStatus, 401);
    // It tried once more with renewed tokens before giving up.
    QCOMPARE(calls(h.server), QStringList({"searchPosts", "refreshSession", "searchPosts"}));
    QVERIFY(!adapter->credentials().refreshToken.isEmpty());
}

void TestBlueskySession::errorsBecomeOutcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("400 InvalidRequest")
        << 400 << QByteArray(R"({"error":"InvalidRequest","message":"Error: q must be a string"})")
        << int(OutcomeKind::Validation) << "Error: q must be a string";
    QTest::newRow("400 BadQueryString") << 400 << QByteArray(R"({"error":"BadQueryString"})")
                                        << int(OutcomeKind::Validation) << "BadQueryString";
    QTest::newRow("500") << 500
                         << QByteArray(R"({"error":"InternalServerError","message":"Internal Server Error"})")
                         << int(OutcomeKind::Transient) << "Internal Server Error";
    QTest::newRow("502 UpstreamFailure")
        << 502 << QByteArray(R"({"error":"UpstreamFailure","message":"Upstream Failure"})")
        << int(OutcomeKind::Transient) << "Upstream Failure";
    QTest::newRow("503 html page") << 503 << QByteArray("<html>Service Unavailable</html>")
                                   << int(OutcomeKind::Transient) << "";
    QTest::newRow("501 not implemented") << 501 << QByteArray(R"({"error":"MethodNotImplemented"})")
                                         << int(OutcomeKind::Transient) << "MethodNotImplemented";
    QTest::newRow("403") << 403 << QByteArray(R"({"error":"Forbidden","message":"no"})")
                         << int(OutcomeKind::Permanent) << "no";
    QTest::newRow("200 not JSON") << 200 << QByteArray("{\"posts\": [") << int(OutcomeKind::Transient)
                                  << "the answer is not a JSON object";
}

void TestBlueskySession::errorsBecomeOutcomes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    h.server.injectFault("GET", nsidPath("app.bsky.feed.searchPosts"),
                         Fault{FaultKind::Status, status, body, {}});
    const auto found = adapter->search(SearchQuery{"vaccin", {}, {}, 10});
    QCOMPARE(int(found.outcome.kind), kind);
    QCOMPARE(found.outcome.httpStatus, status);
    QCOMPARE(found.outcome.serverMessage, message);
    QCOMPARE(h.server.requestCount("GET", nsidPath("app.bsky.feed.searchPosts")), 1); // no blind retry
    QVERIFY(!found.outcome.describe().isEmpty());
}

void TestBlueskySession::serverRateLimitIsRateLimited()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    h.server.exhaustRateLimit();
    const auto found = adapter->search(SearchQuery{"vaccin", {}, {}, 10});
    QCOMPARE(found.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(found.outcome.httpStatus, 429);
    // RateLimit-Reset (epoch seconds): the end of the server's 5-minute window.
    QCOMPARE(found.outcome.retryAt, h.clock.now().addSecs(300));

    // Retry-After, when a proxy sends one, is honoured too.
    test::BlueskyHarness h2;
    auto adapter2 = h2.signedIn();
    h2.server.injectFault(
        "GET", nsidPath("app.bsky.feed.searchPosts"),
        Fault{FaultKind::Status, 429, R"({"error":"RateLimitExceeded"})", {{"Retry-After", "42"}}});
    const auto limited = adapter2->search(SearchQuery{"vaccin", {}, {}, 10});
    QCOMPARE(limited.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(limited.outcome.retryAt, h2.clock.now().addSecs(42));
}

void TestBlueskySession::gateHoldsRequestsUntilReset()
{
    test::BlueskyHarness h;
    h.server.setRateLimit(3, 300);
    auto adapter = h.signedIn();
    for (int i = 0; i < 3; ++i)
        QVERIFY(adapter->search(SearchQuery{"vaccin", {}, {}, 10}).ok());
    QCOMPARE(adapter->rateLimitGate().last().remaining, 0);
    // The server said nothing remains: the adapter waits instead of collecting a 429.
    const int before = h.server.requests().size();
    const auto held = adapter->search(SearchQuery{"vaccin", {}, {}, 10});
    QCOMPARE(held.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(held.outcome.retryAt, h.clock.now().addSecs(300));
    QCOMPARE(h.server.requests().size(), before);
    h.clock.advanceSecs(301);
    QVERIFY(adapter->search(SearchQuery{"vaccin", {}, {}, 10}).ok());
    QCOMPARE(h.server.requests().size(), before + 1);
}

void TestBlueskySession::hangingReadIsTransient()
{
    test::BlueskyHarness h;
    h.http->setTimeout(std::chrono::milliseconds(800));
    auto adapter = h.signedIn();
    h.server.injectFault("GET", nsidPath("app.bsky.feed.searchPosts"),
                         Fault{FaultKind::HangBefore, 0, {}, {}});
    const auto found = adapter->search(SearchQuery{"vaccin", {}, {}, 10});
    // A read that got no answer changed nothing: safe to try again.
    QCOMPARE(found.outcome.kind, OutcomeKind::Transient);
}

QTEST_GUILESS_MAIN(TestBlueskySession)
#include "tst_blueskysession.moc"
