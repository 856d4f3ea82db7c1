// What goes wrong with LinkedIn and what Vigie concludes: an old API version is "update Vigie",
// an expired token is refused before anything is sent (or renewed when it can be), a lost
// answer to a post is "unconfirmed", a throttle waits.
#include "linkedinrig.h"

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::linkedin;

namespace {
OutgoingPost textPost(const QString &text)
{
    OutgoingPost post;
    post.text = text;
    return post;
}
} // namespace

class TestLinkedInErrors : public QObject
{
    Q_OBJECT

private slots:
    void requestsWithoutTheVersionHeadersAreRefused();
    void sunsetVersionIsPermanentAndSaysUpdateVigie();
    void expiredTokenIsRefusedBeforeAnyRequest();
    void expiredTokenIsRenewedWithTheRefreshToken();
    void refusedRefreshIsAuthExpired();
    void revokedTokenIsAuthExpired();
    void throttleWithoutRetryAfterWaitsAnHour();
    void throttleHonoursRetryAfter();
    void missingPermissionIsNamed();
    void serverErrorIsTransient_data();
    void serverErrorIsTransient();
    void garbledBodyWithTheIdIsPublished();
    void acceptedWithoutAnIdIsUnconfirmed();
    void lostAnswerToACommentIsUnconfirmed();
    void malformedAnswerToAReadIsTransient();
    void validationNamesTheField();
    void tooLongTextIsRefusedWithoutARequest();
    void hangOnAReadIsTransient();
};

void TestLinkedInErrors::requestsWithoutTheVersionHeadersAreRefused()
{
    test::LinkedInRig rig;
    HttpRequest bare;
    bare.path = QStringLiteral("/rest/organizations/") + rig.server.organizationId();
    bare.header("Authorization", "Bearer " + rig.server.token().toUtf8());
    HttpResponse answer = rig.http->send(bare);
    QCOMPARE(answer.status, 400);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value("code").toString(),
             QStringLiteral("VERSION_MISSING"));

    bare.header("Linkedin-Version", kLinkedInVersion); // still no X-Restli-Protocol-Version
    answer = rig.http->send(bare);
    QCOMPARE(answer.status, 400);
    bare.header("X-Restli-Protocol-Version", "2.0.0");
    QCOMPARE(rig.http->send(bare).status, 200);
}

void TestLinkedInErrors::sunsetVersionIsPermanentAndSaysUpdateVigie()
{
    test::LinkedInRig rig;
    rig.server.setActiveVersions(QStringLiteral("209901"), QStringLiteral("209912")); // years later
    const auto published = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(published.outcome.kind, OutcomeKind::Permanent);
    QCOMPARE(published.outcome.httpStatus, 426);
    QVERIFY(published.outcome.serverMessage.contains(QLatin1String("update Vigie")));
    QVERIFY(published.outcome.serverMessage.contains(QLatin1String(kLinkedInVersion)));
    QVERIFY(rig.server.posts().isEmpty());
}

void TestLinkedInErrors::expiredTokenIsRefusedBeforeAnyRequest()
{
    test::LinkedInRig rig;
    Credentials c = rig.credentials();
    c.accessExpiresAt = rig.clock.now().addSecs(-10);
    auto adapter = rig.adapter(c);
    QCOMPARE(adapter->publish(textPost(QStringLiteral("Bonjour"))).outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(adapter->signIn().outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(adapter->syncInbox({}, [](const InboxPage &) { return true; }).kind, OutcomeKind::AuthExpired);
    QVERIFY(rig.server.requests().isEmpty());
    QVERIFY(!adapter->credentialsChanged());
}

void TestLinkedInErrors::expiredTokenIsRenewedWithTheRefreshToken()
{
    test::LinkedInRig rig;
    rig.server.setRefreshToken(QStringLiteral("client"), QStringLiteral("secret"),
                               QStringLiteral("refresh-1"));
    Credentials c = rig.credentials();
    c.accessExpiresAt = rig.clock.now().addSecs(-10);
    c.refreshToken = QStringLiteral("refresh-1");
    c.clientId = QStringLiteral("client");
    c.clientSecret = QStringLiteral("secret");
    auto adapter = rig.adapter(c);
    const auto published = adapter->publish(textPost(QStringLiteral("Bonjour")));
    QVERIFY2(published.ok(), qPrintable(published.outcome.describe()));
    QCOMPARE(rig.server.refreshes(), 1);
    QVERIFY(adapter->credentialsChanged());
    QCOMPARE(adapter->credentials().accessToken, rig.server.token());
    QCOMPARE(adapter->credentials().refreshToken, QStringLiteral("refresh-1"));
    QCOMPARE(adapter->credentials().accessExpiresAt, rig.clock.now().addSecs(5184000));
    QCOMPARE(rig.server.requests().constFirst().path, QStringLiteral("/oauth/v2/accessToken"));
}

void TestLinkedInErrors::refusedRefreshIsAuthExpired()
{
    test::LinkedInRig rig;
    rig.server.setRefreshToken(QStringLiteral("client"), QStringLiteral("secret"),
                               QStringLiteral("refresh-2"));
    Credentials c = rig.credentials();
    c.accessExpiresAt = rig.clock.now().addDays(-1);
    c.refreshToken = QStringLiteral("refresh-old");
    c.clientId = QStringLiteral("client");
    c.clientSecret = QStringLiteral("secret");
    auto adapter = rig.adapter(c);
    QCOMPARE(adapter->publish(textPost(QStringLiteral("Bonjour"))).outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/rest/posts")), 0);
}

void TestLinkedInErrors::revokedTokenIsAuthExpired()
{
    test::LinkedInRig rig;
    rig.server.revokeToken();
    const auto profile = rig.adapter()->signIn();
    QCOMPARE(profile.outcome.kind, OutcomeKind::AuthExpired);
    QVERIFY(profile.outcome.serverMessage.contains(QLatin1String("revoked")));
}

void TestLinkedInErrors::throttleWithoutRetryAfterWaitsAnHour()
{
    test::LinkedInRig rig;
    rig.server.throttle(1);
    const auto published = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(published.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(published.outcome.retryAt, rig.clock.now().addSecs(3600));
    QVERIFY(rig.server.posts().isEmpty());
}

void TestLinkedInErrors::throttleHonoursRetryAfter()
{
    test::LinkedInRig rig;
    fakes::Fault fault;
    fault.status = 429;
    fault.body = R"({"status":429,"serviceErrorCode":101,"code":"TOO_MANY_REQUESTS","message":"throttled"})";
    fault.headers = {{"Retry-After", "120"}};
    rig.server.injectFault("GET", QStringLiteral("/rest/posts"), fault);
    const Outcome outcome = rig.adapter()->syncInbox({}, [](const InboxPage &) { return true; });
    QCOMPARE(outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(outcome.retryAt, rig.clock.now().addSecs(120));
}

void TestLinkedInErrors::missingPermissionIsNamed()
{
    test::LinkedInRig rig;
    rig.server.setScopes({QStringLiteral("r_organization_social")});
    const auto published = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(published.outcome.kind, OutcomeKind::Permanent);
    QCOMPARE(published.outcome.httpStatus, 403);
    QVERIFY(published.outcome.serverMessage.contains(QLatin1String("w_organization_social")));
}

void TestLinkedInErrors::serverErrorIsTransient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("500 JSON") << 500 << QByteArray(R"({"status":500,"message":"Internal Server Error"})");
    QTest::newRow("502 HTML") << 502 << QByteArray("<html><body>Bad Gateway</body></html>");
    QTest::newRow("503 empty") << 503 << QByteArray();
}

void TestLinkedInErrors::serverErrorIsTransient()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    test::LinkedInRig rig;
    fakes::Fault fault;
    fault.status = status;
    fault.body = body;
    rig.server.injectFault("POST", QStringLiteral("/rest/posts"), fault);
    rig.server.injectFault("GET", QStringLiteral("/rest/organizations/.*"), fault);
    auto adapter = rig.adapter();
    const auto published = adapter->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(published.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(published.outcome.httpStatus, status);
    QCOMPARE(adapter->signIn().outcome.kind, OutcomeKind::Transient);
}

void TestLinkedInErrors::garbledBodyWithTheIdIsPublished()
{
    // The post's id comes in a header: a body cut short changes nothing.
    test::LinkedInRig rig;
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::Malformed;
    rig.server.injectFault("POST", QStringLiteral("/rest/posts"), fault);
    const auto published = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QVERIFY2(published.ok(), qPrintable(published.outcome.describe()));
    QCOMPARE(published.value.remoteId, rig.server.posts().constFirst().urn);
}

void TestLinkedInErrors::acceptedWithoutAnIdIsUnconfirmed()
{
    test::LinkedInRig rig;
    fakes::Fault fault;
    fault.status = 201; // a proxy that kept the status and lost LinkedIn's headers
    fault.body.clear();
    rig.server.injectFault("POST", QStringLiteral("/rest/posts"), fault);
    const auto published = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(published.outcome.kind, OutcomeKind::Unconfirmed);
}

void TestLinkedInErrors::lostAnswerToACommentIsUnconfirmed()
{
    test::LinkedInRig rig(std::chrono::milliseconds(1500));
    const QString post = rig.server.addPost(QStringLiteral("Post"));
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::HangAfterAct;
    rig.server.injectFault("POST", QStringLiteral("/rest/socialActions/.*/comments"), fault);
    OutgoingPost answer = textPost(QStringLiteral("Merci"));
    const auto reply = rig.adapter()->reply(post, answer);
    QCOMPARE(reply.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(rig.server.comments().size(), 1);
}

void TestLinkedInErrors::malformedAnswerToAReadIsTransient()
{
    test::LinkedInRig rig;
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::Malformed;
    rig.server.injectFault("GET", QStringLiteral("/rest/socialActions/.*"), fault);
    const QString post = rig.server.addPost(QStringLiteral("Post"));
    const auto metrics = rig.adapter()->metrics(post);
    QCOMPARE(metrics.outcome.kind, OutcomeKind::Transient);
}

void TestLinkedInErrors::validationNamesTheField()
{
    test::LinkedInRig rig;
    fakes::Fault fault;
    fault.status = 422;
    fault.body =
        R"({"status":422,"code":"UNPROCESSABLE_ENTITY","message":"ERROR :: /commentary :: too long"})";
    rig.server.injectFault("POST", QStringLiteral("/rest/posts"), fault);
    const auto published = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(published.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(published.outcome.field, QStringLiteral("text"));
    QCOMPARE(published.outcome.serverMessage, QStringLiteral("ERROR :: /commentary :: too long"));
}

void TestLinkedInErrors::tooLongTextIsRefusedWithoutARequest()
{
    test::LinkedInRig rig;
    const auto published = rig.adapter()->publish(textPost(QString(3001, QLatin1Char('a'))));
    QCOMPARE(published.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(published.outcome.field, QStringLiteral("text"));
    QVERIFY(rig.server.requests().isEmpty());
    // 3,000 reserved characters are 6,000 once escaped, and still fit
    QVERIFY(rig.adapter()->publish(textPost(QString(3000, QLatin1Char('(')))).ok());
    QCOMPARE(rig.server.posts().constFirst().storedCommentary.size(), 6000);
}

void TestLinkedInErrors::hangOnAReadIsTransient()
{
    test::LinkedInRig rig(std::chrono::milliseconds(1500));
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::HangBefore;
    rig.server.injectFault("GET", QStringLiteral("/rest/posts"), fault);
    const Outcome outcome = rig.adapter()->syncInbox({}, [](const InboxPage &) { return true; });
    QCOMPARE(outcome.kind, OutcomeKind::Transient);
}

QTEST_MAIN(TestLinkedInErrors)
#include "tst_linkedinerrors.moc"
