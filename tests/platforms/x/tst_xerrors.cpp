// What goes wrong between Vigie and X: tokens (refresh before expiry, after a 401, rotation,
// refusal) and the answers to POST /2/tweets (401, 429, 5xx, malformed JSON, no answer) with the
// look among the account's posts that stands in for an idempotency key.
#include "xrig.h"

#include "fakes/common/fakehttpserver.h"

using namespace vigie;
using namespace vigie::platforms;
using vigie::fakes::Fault;
using vigie::fakes::FaultKind;

class TestXErrors : public QObject
{
    Q_OBJECT

private slots:
    void tokenAboutToExpireIsRefreshedFirst();
    void refusedTokenIsRefreshedAndTheReadRetried();
    void refusedTokenOnPublishIsNotResent();
    void refreshWithoutANewRefreshTokenKeepsTheOld();
    void refusedRefreshTokenMeansReconnect_data();
    void refusedRefreshTokenMeansReconnect();
    void publishAnswers_data();
    void publishAnswers();
    void lostAnswerIsFoundAmongThePosts();
    void lostRequestIsNotFound();
    void findPublishedMatchesRepliesToTheirParent();
};

void TestXErrors::tokenAboutToExpireIsRefreshedFirst()
{
    test::XRig rig;
    Credentials c = rig.credentials();
    c.accessExpiresAt = rig.clock.now().addSecs(4 * 60); // within the five-minute margin
    auto adapter = rig.adapter(c);
    QVERIFY(adapter->signIn().ok());
    QCOMPARE(rig.server.refreshCount(), 1);
    QCOMPARE(rig.server.requests().at(0).path, QStringLiteral("/2/oauth2/token"));
    const QUrlQuery form = rig.server.requests().at(0).form();
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), rig.server.clientId());
    QVERIFY(rig.server.requests().at(0).header("authorization").isEmpty()); // a public client
    QVERIFY(adapter->credentialsChanged());
    const Credentials renewed = adapter->credentials();
    QVERIFY(renewed.accessToken != c.accessToken);
    QVERIFY(renewed.refreshToken != c.refreshToken); // rotated, and kept
    QVERIFY(rig.server.isValidRefreshToken(renewed.refreshToken));
    QVERIFY(!rig.server.isValidRefreshToken(c.refreshToken));
    QCOMPARE(renewed.accessExpiresAt, rig.clock.now().addSecs(7200));
    QCOMPARE(rig.server.requests().at(1).header("authorization"), "Bearer " + renewed.accessToken.toUtf8());

    // A token with hours left is used as it is.
    test::XRig fresh;
    auto unchanged = fresh.adapter();
    QVERIFY(unchanged->signIn().ok());
    QCOMPARE(fresh.server.refreshCount(), 0);
    QVERIFY(!unchanged->credentialsChanged());
}

void TestXErrors::refusedTokenIsRefreshedAndTheReadRetried()
{
    test::XRig rig;
    rig.server.expireAccessTokens();
    auto adapter = rig.adapter();
    const auto profile = adapter->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(rig.server.refreshCount(), 1);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/2/users/me")), 2);
    QVERIFY(adapter->credentialsChanged());

    // Refused again after the refresh: once is enough, the account needs reconnecting.
    rig.server.expireAccessTokens();
    rig.server.injectFault("POST", QStringLiteral("/2/oauth2/token"),
                           Fault{FaultKind::Status, 400, test::xFixture("error_refresh_refused.json"), {}});
    QCOMPARE(adapter->signIn().outcome.kind, OutcomeKind::AuthExpired);
}

void TestXErrors::refusedTokenOnPublishIsNotResent()
{
    test::XRig rig;
    rig.server.expireAccessTokens();
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("Apr\u00e8s renouvellement");
    const auto result = adapter->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/2/tweets")), 1);
    QVERIFY(rig.server.publishedIds().isEmpty());
    QVERIFY(adapter->credentialsChanged());
    // The publisher's retry goes through with the new token.
    QVERIFY(adapter->publish(post).ok());
}

void TestXErrors::refreshWithoutANewRefreshTokenKeepsTheOld()
{
    test::XRig rig;
    rig.server.setRefreshKeepsRefreshToken(true);
    Credentials c = rig.credentials();
    c.accessExpiresAt = rig.clock.now().addSecs(-60);
    auto adapter = rig.adapter(c);
    QVERIFY(adapter->signIn().ok());
    QCOMPARE(adapter->credentials().refreshToken, c.refreshToken);
    QVERIFY(adapter->credentials().accessToken != c.accessToken);
    QVERIFY(adapter->credentialsChanged());
}

void TestXErrors::refusedRefreshTokenMeansReconnect_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("invalid_grant") << QByteArray(
        R"({"error":"invalid_grant","error_description":"Refresh token expired"})");
    QTest::newRow("invalid_request, as X answers a used token") << QByteArray();
}

void TestXErrors::refusedRefreshTokenMeansReconnect()
{
    QFETCH(QByteArray, body);
    test::XRig rig;
    if (body.isEmpty())
        rig.server.revokeRefreshTokens(); // the fake answers with X's own words
    else
        rig.server.injectFault("POST", QStringLiteral("/2/oauth2/token"),
                               Fault{FaultKind::Status, 400, body, {}});
    Credentials c = rig.credentials();
    c.accessExpiresAt = rig.clock.now().addSecs(60);
    auto adapter = rig.adapter(c);
    OutgoingPost post;
    post.text = QStringLiteral("Jamais envoy\u00e9");
    const auto result = adapter->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::AuthExpired);
    QVERIFY(!result.outcome.serverMessage.isEmpty());
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/2/tweets")), 0);
    QVERIFY(!adapter->credentialsChanged());
}

void TestXErrors::publishAnswers_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("created");
    QTest::newRow("401 without refresh token")
        << int(FaultKind::Status) << 401 << test::xFixture("error_unauthorized.json")
        << int(OutcomeKind::AuthExpired) << false;
    QTest::newRow("429") << int(FaultKind::Status) << 429 << test::xFixture("error_too_many.json")
                         << int(OutcomeKind::RateLimited) << false;
    QTest::newRow("503")
        << int(FaultKind::Status) << 503
        << QByteArray(
               R"({"title":"Service Unavailable","detail":"Service Unavailable","type":"about:blank","status":503})")
        << int(OutcomeKind::Transient) << false;
    QTest::newRow("502 html") << int(FaultKind::Status) << 502 << QByteArray("<html>Bad gateway</html>")
                              << int(OutcomeKind::Transient) << false;
    QTest::newRow("400 invalid request")
        << int(FaultKind::Status) << 400 << test::xFixture("error_invalid_request.json")
        << int(OutcomeKind::Validation) << false;
    QTest::newRow("malformed json") << int(FaultKind::Malformed) << 200 << QByteArray()
                                    << int(OutcomeKind::Unconfirmed) << true;
    QTest::newRow("hang after accept")
        << int(FaultKind::HangAfterAct) << 0 << QByteArray() << int(OutcomeKind::Unconfirmed) << true;
    QTest::newRow("hang before acting")
        << int(FaultKind::HangBefore) << 0 << QByteArray() << int(OutcomeKind::Unconfirmed) << false;
}

void TestXErrors::publishAnswers()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QFETCH(bool, created);
    test::XRig rig(std::chrono::milliseconds(1500));
    Fault fault{FaultKind(kind), status, body, {}};
    if (status == 429)
        fault.headers = {
            {"x-rate-limit-limit", "100"},
            {"x-rate-limit-remaining", "0"},
            {"x-rate-limit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 700)}};
    rig.server.injectFault("POST", QStringLiteral("/2/tweets"), fault);
    Credentials c = rig.credentials();
    if (status == 401)
        c.refreshToken.clear();
    auto adapter = rig.adapter(c);
    OutgoingPost post;
    post.text = QStringLiteral("R\u00e9sultat incertain");
    const auto result = adapter->publish(post);
    QCOMPARE(int(result.outcome.kind), expected);
    QCOMPARE(rig.server.publishedIds().size(), created ? 1 : 0);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/2/tweets")), 1); // never resent blindly
    if (status == 429)
        QVERIFY(qAbs(result.outcome.retryAt.toSecsSinceEpoch() -
                     (QDateTime::currentSecsSinceEpoch() + 700)) <= 2);
    if (status == 400) {
        QCOMPARE(result.outcome.field, QStringLiteral("max_results"));
        QVERIFY(result.outcome.serverMessage.contains(QStringLiteral("not between 5 and 100")));
    }
    if (status == 503)
        QCOMPARE(result.outcome.serverMessage, QStringLiteral("Service Unavailable"));
}

void TestXErrors::lostAnswerIsFoundAmongThePosts()
{
    test::XRig rig(std::chrono::milliseconds(1500));
    rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Un ancien post"), {}, {}, 3600);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    rig.server.injectFault("POST", QStringLiteral("/2/tweets"), Fault{FaultKind::HangAfterAct, 0, {}, {}});
    OutgoingPost post;
    post.text = QStringLiteral("Rappel & conseils : https://ansm.sante.fr/actualites <3");
    auto adapter = rig.adapter();
    QVERIFY(adapter->findsPublished());
    const auto result = adapter->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(rig.server.publishedIds().size(), 1);
    // X shows it with a t.co link and escaped characters; it is still recognised.
    const auto found = adapter->findPublished(post, since);
    QVERIFY2(found.ok(), qPrintable(found.outcome.describe()));
    QCOMPARE(found.value.remoteId, rig.server.publishedIds().constFirst());
    QCOMPARE(found.value.url, QStringLiteral("https://x.com/vigie_brand/status/") + found.value.remoteId);
    QVERIFY(found.value.createdAt.isValid());
    const auto lookup = rig.server.requests().constLast();
    QVERIFY(lookup.path.endsWith(QStringLiteral("/tweets")));
    QVERIFY(!lookup.query.queryItemValue(QStringLiteral("start_time")).isEmpty());
}

void TestXErrors::lostRequestIsNotFound()
{
    test::XRig rig(std::chrono::milliseconds(1500));
    rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Le m\u00eame texte, hier"), {}, {},
                        86400);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    rig.server.injectFault("POST", QStringLiteral("/2/tweets"), Fault{FaultKind::HangBefore, 0, {}, {}});
    OutgoingPost post;
    post.text = QStringLiteral("Le m\u00eame texte, hier");
    auto adapter = rig.adapter();
    QCOMPARE(adapter->publish(post).outcome.kind, OutcomeKind::Unconfirmed);
    const auto found = adapter->findPublished(post, since);
    QVERIFY2(found.ok(), qPrintable(found.outcome.describe()));
    QVERIFY(found.value.remoteId.isEmpty()); // yesterday's is older than the attempt
}

void TestXErrors::findPublishedMatchesRepliesToTheirParent()
{
    test::XRig rig;
    const QDateTime since = QDateTime::currentDateTimeUtc();
    const QString first = rig.server.addTweet(QStringLiteral("marie"), QStringLiteral("Question 1"));
    const QString second = rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("Question 2"));
    const QString answer =
        rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Merci !"), first);
    OutgoingPost reply;
    reply.text = QStringLiteral("@marie Merci !");
    reply.inReplyToRemoteId = second;
    auto adapter = rig.adapter();
    QVERIFY(adapter->findPublished(reply, since).value.remoteId.isEmpty());
    reply.inReplyToRemoteId = first;
    QCOMPARE(adapter->findPublished(reply, since).value.remoteId, answer);
}

QTEST_GUILESS_MAIN(TestXErrors)
#include "tst_xerrors.moc"
