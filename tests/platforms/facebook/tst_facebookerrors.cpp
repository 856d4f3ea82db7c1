// What goes wrong with Facebook and what Vigie concludes: only a refused token means
// "reconnect", throttling waits for the time Facebook names and sends nothing meanwhile, a
// missing permission is named, and a publish whose answer was lost is looked for before anything
// is sent again.
#include "facebookrig.h"

#include <QElapsedTimer>

Q_DECLARE_METATYPE(vigie::platforms::OutcomeKind)

using namespace vigie;
using namespace vigie::platforms;

namespace {

QByteArray errorBody(int code, int subcode, const QByteArray &type, const QByteArray &message)
{
    QByteArray body = R"({"error":{"message":")" + message + R"(","type":")" + type + R"(","code":)" +
                      QByteArray::number(code);
    if (subcode)
        body += R"(,"error_subcode":)" + QByteArray::number(subcode);
    return body + R"(,"fbtrace_id":"AbCdEf"}})";
}

fakes::Fault statusFault(int status, const QByteArray &body)
{
    fakes::Fault fault;
    fault.status = status;
    fault.body = body;
    return fault;
}

const QString feedPath = QStringLiteral("/v21.0/[0-9]+/feed");

} // namespace

class TestFacebookErrors : public QObject
{
    Q_OBJECT

private slots:
    void graphErrorCodes_data();
    void graphErrorCodes();
    void refusedOrExpiredTokenIsAuthExpired();
    void missingPublishPermissionIsNamed();
    void httpFailures_data();
    void httpFailures();
    void unreadableAnswerToAPublishIsUnconfirmedAndFoundAfterwards();
    void hangAfterAcceptIsUnconfirmedAndFoundAfterwards();
    void unreadableAnswerToAReadIsTransient();
    void usageHeadersStopRequests_data();
    void usageHeadersStopRequests();
    void throttledPageWaitsForTheTimeFacebookNames();
};

void TestFacebookErrors::graphErrorCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<OutcomeKind>("kind");
    QTest::addColumn<QString>("mentioned"); // in the outcome's message

    const QByteArray oauth = "OAuthException";
    QTest::newRow("190 documented example") << 400 << test::facebookFixture("error-oauth.json")
                                            << OutcomeKind::AuthExpired << "Message describing the error";
    QTest::newRow("190 expired (463)") << 400 << errorBody(190, 463, oauth, "Error validating access token")
                                       << OutcomeKind::AuthExpired << "Error validating";
    QTest::newRow("102 session") << 400 << errorBody(102, 0, oauth, "Session key invalid")
                                 << OutcomeKind::AuthExpired << "Session";
    QTest::newRow("4 app limit") << 403 << errorBody(4, 0, oauth, "(#4) Application request limit reached")
                                 << OutcomeKind::RateLimited << "(#4)";
    QTest::newRow("17 user limit") << 400 << errorBody(17, 0, oauth, "(#17) User request limit reached")
                                   << OutcomeKind::RateLimited << "(#17)";
    QTest::newRow("32 documented example") << 400 << test::facebookFixture("error-page-request-limit-32.json")
                                           << OutcomeKind::RateLimited << "Page request limit";
    QTest::newRow("613 custom limit")
        << 400 << errorBody(613, 0, oauth, "(#613) Calls to this api have exceeded")
        << OutcomeKind::RateLimited << "(#613)";
    QTest::newRow("80001 documented example")
        << 400 << test::facebookFixture("error-page-rate-limit-80001.json") << OutcomeKind::RateLimited
        << "too many calls";
    QTest::newRow("100 invalid parameter") << 400 << errorBody(100, 0, oauth, "(#100) Invalid parameter")
                                           << OutcomeKind::Validation << "Invalid parameter";
    QTest::newRow("100/33 does not exist")
        << 400
        << errorBody(100, 33, "GraphMethodException", "Unsupported post request. Object does not exist")
        << OutcomeKind::Permanent << "does not exist";
    QTest::newRow("200 permission") << 403 << errorBody(200, 0, oauth, "(#200) Permissions error")
                                    << OutcomeKind::Permanent << "pages_manage_posts";
    QTest::newRow("10 permission")
        << 403
        << errorBody(10, 0, oauth, "(#10) This endpoint requires the 'pages_read_engagement' permission")
        << OutcomeKind::Permanent << "pages_read_engagement";
    QTest::newRow("506 duplicate") << 400 << errorBody(506, 0, oauth, "(#506) Duplicate status message")
                                   << OutcomeKind::Permanent << "Duplicate";
    QTest::newRow("1 unknown error") << 500 << errorBody(1, 0, oauth, "An unknown error occurred")
                                     << OutcomeKind::Transient << "unknown error";
    QTest::newRow("2 service") << 503 << errorBody(2, 0, oauth, "Service temporarily unavailable")
                               << OutcomeKind::Transient << "temporarily";
    QTest::newRow("unknown code, 400")
        << 400 << errorBody(99999, 0, oauth, "Something new") << OutcomeKind::Validation << "Something new";
    QTest::newRow("unknown code, 403")
        << 403 << errorBody(99999, 0, oauth, "Something new") << OutcomeKind::Permanent << "Something new";
    QTest::newRow("unknown code, 500")
        << 500 << errorBody(99999, 0, oauth, "Something new") << OutcomeKind::Transient << "Something new";
}

void TestFacebookErrors::graphErrorCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(OutcomeKind, kind);
    QFETCH(QString, mentioned);
    test::FacebookRig rig;
    rig.server.injectFault("POST", feedPath, statusFault(status, body));
    auto adapter = rig.adapter();
    const auto result = adapter->publish(test::textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, kind);
    // "Does not exist" answers 400 but is reported as 404: gone from the network, as delivery reads it.
    const bool doesNotExist = body.contains(R"("error_subcode":33)");
    QCOMPARE(result.outcome.httpStatus, doesNotExist ? 404 : status);
    QVERIFY2(result.outcome.serverMessage.contains(mentioned, Qt::CaseInsensitive),
             qPrintable(result.outcome.serverMessage));
    QVERIFY(rig.server.publishedThroughApi().isEmpty());
    if (kind == OutcomeKind::RateLimited) {
        // No time in the answer: ten minutes, and nothing is sent before then.
        QCOMPARE(result.outcome.retryAt, rig.now().addSecs(600));
        const int before = int(rig.server.requests().size());
        QCOMPARE(adapter->syncInbox({}, [](const InboxPage &) { return true; }).kind,
                 OutcomeKind::RateLimited);
        QCOMPARE(int(rig.server.requests().size()), before);
    }
}

void TestFacebookErrors::refusedOrExpiredTokenIsAuthExpired()
{
    test::FacebookRig rig;
    // Graph answers 400, not 401, for a bad token: the body decides.
    const auto wrong = rig.adapter(QStringLiteral("EAArevoked"))->signIn();
    QCOMPARE(wrong.outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(wrong.outcome.httpStatus, 400);
    rig.server.setTokenExpired(true);
    QCOMPARE(rig.adapter()->publish(test::textPost(QStringLiteral("x"))).outcome.kind,
             OutcomeKind::AuthExpired);
    QCOMPARE(rig.adapter()->syncInbox({}, [](const InboxPage &) { return true; }).kind,
             OutcomeKind::AuthExpired);
}

void TestFacebookErrors::missingPublishPermissionIsNamed()
{
    test::FacebookRig rig;
    rig.server.revokePermission(QStringLiteral("pages_manage_posts"));
    const auto result = rig.adapter()->publish(test::textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, OutcomeKind::Permanent);
    QVERIFY(result.outcome.serverMessage.contains(QStringLiteral("pages_manage_posts")));
    QVERIFY(result.outcome.describe().contains(QStringLiteral("Reconnect the Page")));
}

void TestFacebookErrors::httpFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<OutcomeKind>("kind");
    QTest::newRow("401") << 401 << QByteArray(R"({"error":"unauthorized"})") << QByteArray()
                         << OutcomeKind::AuthExpired;
    QTest::newRow("429 Retry-After") << 429 << QByteArray("{}") << QByteArray("120")
                                     << OutcomeKind::RateLimited;
    QTest::newRow("502 HTML page") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>")
                                   << QByteArray() << OutcomeKind::Transient;
    QTest::newRow("500 empty") << 500 << QByteArray() << QByteArray() << OutcomeKind::Transient;
}

void TestFacebookErrors::httpFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(OutcomeKind, kind);
    test::FacebookRig rig;
    fakes::Fault fault = statusFault(status, body);
    if (!retryAfter.isEmpty())
        fault.headers = {{"Retry-After", retryAfter}};
    rig.server.injectFault("POST", feedPath, fault);
    const auto result = rig.adapter()->publish(test::textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, kind);
    QCOMPARE(result.outcome.httpStatus, status);
    if (!retryAfter.isEmpty())
        QCOMPARE(result.outcome.retryAt, rig.now().addSecs(retryAfter.toInt()));
    QVERIFY(rig.server.publishedThroughApi().isEmpty());
}

void TestFacebookErrors::unreadableAnswerToAPublishIsUnconfirmedAndFoundAfterwards()
{
    test::FacebookRig rig;
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::Malformed; // Facebook acts, then the answer is cut
    rig.server.injectFault("POST", feedPath, fault);
    const QDateTime since = rig.now();
    auto adapter = rig.adapter();
    const OutgoingPost post = test::textPost(QStringLiteral("Rappel vaccin"));
    const auto result = adapter->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(rig.server.publishedThroughApi().size(), 1);
    const auto found = adapter->findPublished(post, since);
    QVERIFY(found.ok());
    QCOMPARE(found.value.remoteId, rig.server.publishedThroughApi().first().id);
}

void TestFacebookErrors::hangAfterAcceptIsUnconfirmedAndFoundAfterwards()
{
    test::FacebookRig rig(std::chrono::milliseconds(1500));
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::HangAfterAct;
    rig.server.injectFault("POST", feedPath, fault);
    const QDateTime since = rig.now();
    auto adapter = rig.adapter();
    const OutgoingPost post = test::textPost(QStringLiteral("Publié sans réponse"));
    QElapsedTimer timer;
    timer.start();
    const auto result = adapter->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Unconfirmed);
    QVERIFY2(timer.elapsed() < 4000, "the transport timeout bounds the wait");
    QCOMPARE(rig.server.requestCount("POST", feedPath), 1); // never re-sent inside
    const auto found = adapter->findPublished(post, since);
    QVERIFY2(found.ok(), qPrintable(found.outcome.describe()));
    QCOMPARE(found.value.remoteId, rig.server.publishedThroughApi().first().id);
    QCOMPARE(rig.server.publishedThroughApi().size(), 1);
}

void TestFacebookErrors::unreadableAnswerToAReadIsTransient()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Post"), rig.now());
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::Malformed;
    rig.server.injectFault("GET", QStringLiteral("/v21.0/[0-9_]+"), fault);
    auto adapter = rig.adapter();
    QCOMPARE(adapter->metrics(post).outcome.kind, OutcomeKind::Transient);
    QVERIFY(adapter->metrics(post).ok()); // one bad answer only
}

void TestFacebookErrors::usageHeadersStopRequests_data()
{
    QTest::addColumn<int>("appUsage");      // -1: no X-App-Usage header
    QTest::addColumn<int>("businessUsage"); // call_count of the "pages" entry
    QTest::addColumn<int>("regainMinutes");
    QTest::addColumn<qint64>("waitSeconds"); // 0: requests go on
    QTest::newRow("business 80 %") << -1 << 80 << 0 << qint64(0);
    QTest::newRow("business 95 %") << -1 << 95 << 0 << qint64(600);
    QTest::newRow("app 96 %") << 96 << 10 << 0 << qint64(600);
    QTest::newRow("app 94 %") << 94 << 10 << 0 << qint64(0);
    QTest::newRow("regain in 7 minutes") << -1 << 60 << 7 << qint64(7 * 60);
}

void TestFacebookErrors::usageHeadersStopRequests()
{
    QFETCH(int, appUsage);
    QFETCH(int, businessUsage);
    QFETCH(int, regainMinutes);
    QFETCH(qint64, waitSeconds);
    test::FacebookRig rig;
    if (appUsage >= 0)
        rig.server.setAppUsage(appUsage, 5, 5);
    rig.server.setBusinessUsage(businessUsage, 5, 5, regainMinutes);
    auto adapter = rig.adapter();
    QVERIFY(adapter->signIn().ok()); // this answer carries the usage
    const int sent = int(rig.server.requests().size());
    const auto result = adapter->publish(test::textPost(QStringLiteral("Bonjour")));
    if (waitSeconds == 0) {
        QVERIFY(result.ok());
        return;
    }
    QCOMPARE(result.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(result.outcome.retryAt, rig.now().addSecs(waitSeconds));
    QCOMPARE(int(rig.server.requests().size()), sent); // nothing was sent
    QVERIFY(rig.server.publishedThroughApi().isEmpty());

    // Once the time has passed (and the usage went down), requests go out again.
    rig.server.setBusinessUsage(20, 5, 5);
    if (appUsage >= 0)
        rig.server.setAppUsage(20, 5, 5);
    rig.advance(waitSeconds);
    QVERIFY(adapter->publish(test::textPost(QStringLiteral("Bonjour"))).ok());
}

void TestFacebookErrors::throttledPageWaitsForTheTimeFacebookNames()
{
    test::FacebookRig rig;
    rig.server.setBusinessUsage(100, 40, 40, 19); // the fake throttles: every call answers 80001
    auto adapter = rig.adapter();
    const auto result = adapter->publish(test::textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(result.outcome.retryAt, rig.now().addSecs(19 * 60));
    QVERIFY(result.outcome.serverMessage.contains(QStringLiteral("80001")));
    const int sent = int(rig.server.requests().size());
    QCOMPARE(adapter->metrics(QStringLiteral("1_2")).outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(int(rig.server.requests().size()), sent);
    QCOMPARE(adapter->throttledUntil(), rig.now().addSecs(19 * 60));
}

QTEST_GUILESS_MAIN(TestFacebookErrors)
#include "tst_facebookerrors.moc"
