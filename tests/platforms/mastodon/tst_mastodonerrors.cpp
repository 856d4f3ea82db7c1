// What goes wrong on a real network, and what Vigie concludes: only a refused token means
// "reconnect", a lost answer to a publish is "unconfirmed" (never retried blindly), and no
// request goes out once the server said none remain.
#include "mastodonrig.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace vigie;
using namespace vigie::platforms;

namespace {

OutgoingPost textPost(const QString &text, const QString &key = {})
{
    OutgoingPost post;
    post.text = text;
    post.idempotencyKey = key;
    return post;
}

} // namespace

class TestMastodonErrors : public QObject
{
    Q_OBJECT

private slots:
    void refusedTokenIsAuthExpired();
    void tooLongTextIsAValidationErrorOnTheText();
    void tooManyRequestsWaitsForRetryAfter();
    void serverErrorIsTransientAndTheRetryPublishesOnce();
    void nonJsonErrorPageIsTransient();
    void unreadableAnswerToAPublishIsUnconfirmed();
    void unreadableAnswerToAReadIsTransient();
    void hangAfterTheServerActedIsUnconfirmed();
    void hangDuringMediaUploadIsTransient();
    void noRequestLeavesOnceNoneRemain();
    void exhaustedServerAnswersTooManyRequests();
    void replyToADeletedStatusIsPermanent();
    void unknownVisibilityInAParentIsLogged();
};

void TestMastodonErrors::refusedTokenIsAuthExpired()
{
    test::MastodonRig rig;
    auto adapter = rig.adapter(QStringLiteral("revoked-token"));
    const auto published = adapter->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(published.outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(published.outcome.serverMessage, QStringLiteral("The access token is invalid"));
    QCOMPARE(adapter->syncInbox({}, [](const InboxPage &) { return true; }).kind, OutcomeKind::AuthExpired);
    QVERIFY(rig.server.statuses().isEmpty());
}

void TestMastodonErrors::tooLongTextIsAValidationErrorOnTheText()
{
    test::MastodonRig rig;
    const auto result = rig.adapter()->publish(textPost(QString(501, QLatin1Char('a'))));
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("text"));
    QCOMPARE(result.outcome.httpStatus, 422);
    QCOMPARE(result.outcome.serverMessage,
             QStringLiteral("Validation failed: Text character limit of 500 exceeded"));
    QVERIFY(result.outcome.describe().contains(QStringLiteral("character limit of 500")));
    QVERIFY(rig.server.statuses().isEmpty());
}

void TestMastodonErrors::tooManyRequestsWaitsForRetryAfter()
{
    test::MastodonRig rig;
    fakes::Fault fault;
    fault.status = 429;
    fault.body = R"({"error":"Too many requests"})";
    fault.headers = {{"Retry-After", "120"}};
    rig.server.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto result = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, OutcomeKind::RateLimited);
    QVERIFY(result.outcome.retryAt >= before.addSecs(119));
    QVERIFY(result.outcome.retryAt <= before.addSecs(125));
    QVERIFY(rig.server.statuses().isEmpty());
}

void TestMastodonErrors::serverErrorIsTransientAndTheRetryPublishesOnce()
{
    test::MastodonRig rig;
    rig.server.injectFault("POST", QStringLiteral("/api/v1/statuses"), fakes::Fault{});
    const OutgoingPost post = textPost(QStringLiteral("Bonjour"), QStringLiteral("key-500"));
    const auto failed = rig.adapter()->publish(post);
    QCOMPARE(failed.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/api/v1/statuses")), 1); // not retried inside
    const auto retried = rig.adapter()->publish(post);
    QVERIFY(retried.ok());
    QCOMPARE(rig.server.statuses().size(), 1);
}

void TestMastodonErrors::nonJsonErrorPageIsTransient()
{
    test::MastodonRig rig;
    fakes::Fault fault;
    fault.status = 502;
    fault.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    rig.server.injectFault("GET", QStringLiteral("/api/v1/notifications"), fault);
    const Outcome outcome = rig.adapter()->syncInbox({}, [](const InboxPage &) { return true; });
    QCOMPARE(outcome.kind, OutcomeKind::Transient);
    QCOMPARE(outcome.httpStatus, 502);
}

void TestMastodonErrors::unreadableAnswerToAPublishIsUnconfirmed()
{
    test::MastodonRig rig;
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::Malformed; // the server acts, then the answer is cut
    rig.server.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);
    const OutgoingPost post = textPost(QStringLiteral("Bonjour"), QStringLiteral("key-cut"));
    const auto result = rig.adapter()->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(rig.server.statuses().size(), 1); // it did get published
    // Checking with the same key finds it rather than making a second one.
    const auto check = rig.adapter()->publish(post);
    QVERIFY(check.ok());
    QCOMPARE(check.value.remoteId, rig.server.statuses().first().id);
    QCOMPARE(rig.server.statuses().size(), 1);
}

void TestMastodonErrors::unreadableAnswerToAReadIsTransient()
{
    test::MastodonRig rig;
    const QString post = rig.server.addStatus(QStringLiteral("vigie_brand"), QStringLiteral("Campagne"));
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::Malformed;
    rig.server.injectFault("GET", QStringLiteral("/api/v1/statuses/.*"), fault);
    QCOMPARE(rig.adapter()->metrics(post).outcome.kind, OutcomeKind::Transient);
    QVERIFY(rig.adapter()->metrics(post).ok()); // the fault was one answer only
}

void TestMastodonErrors::hangAfterTheServerActedIsUnconfirmed()
{
    test::MastodonRig rig(std::chrono::milliseconds(400));
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::HangAfterAct;
    rig.server.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);
    QElapsedTimer timer;
    timer.start();
    const auto result =
        rig.adapter()->publish(textPost(QStringLiteral("Bonjour"), QStringLiteral("key-hang")));
    QCOMPARE(result.outcome.kind, OutcomeKind::Unconfirmed);
    QVERIFY2(timer.elapsed() < 3000, "the transport timeout bounds the wait");
    QCOMPARE(rig.server.statuses().size(), 1);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/api/v1/statuses")), 1); // never retried
}

void TestMastodonErrors::hangDuringMediaUploadIsTransient()
{
    test::MastodonRig rig(std::chrono::milliseconds(400));
    QTemporaryDir dir;
    QFile image(dir.filePath(QStringLiteral("a.png")));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write("\x89PNG....");
    image.close();
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::HangAfterAct;
    rig.server.injectFault("POST", QStringLiteral("/api/v2/media"), fault);
    OutgoingPost post = textPost(QStringLiteral("photo"));
    post.media = {{image.fileName(), QStringLiteral("alt"), {}}};
    const auto result = rig.adapter()->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Transient); // an unattached upload publishes nothing
    QVERIFY(rig.server.statuses().isEmpty());
}

void TestMastodonErrors::noRequestLeavesOnceNoneRemain()
{
    test::MastodonRig rig;
    const QString post = rig.server.addStatus(QStringLiteral("vigie_brand"), QStringLiteral("Campagne"));
    rig.server.setRateLimitRemaining(1);
    auto adapter = rig.adapter();
    QVERIFY(adapter->metrics(post).ok()); // answered with X-RateLimit-Remaining: 0
    const int sent = int(rig.server.requests().size());
    const auto result = adapter->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, OutcomeKind::RateLimited);
    QVERIFY(result.outcome.retryAt >
            QDateTime::currentDateTimeUtc().addSecs(200)); // the 5-minute window's end
    QCOMPARE(adapter->syncInbox({}, [](const InboxPage &) { return true; }).kind, OutcomeKind::RateLimited);
    QCOMPARE(int(rig.server.requests().size()), sent);
}

void TestMastodonErrors::exhaustedServerAnswersTooManyRequests()
{
    test::MastodonRig rig;
    rig.server.setRateLimitRemaining(0);
    const auto result = rig.adapter()->publish(textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(result.outcome.httpStatus, 429);
    QVERIFY(result.outcome.retryAt > QDateTime::currentDateTimeUtc());
    QVERIFY(rig.server.statuses().isEmpty());
}

void TestMastodonErrors::replyToADeletedStatusIsPermanent()
{
    test::MastodonRig rig;
    const auto result =
        rig.adapter()->reply(QStringLiteral("110000000000999000"), textPost(QStringLiteral("Bonjour")));
    QCOMPARE(result.outcome.kind, OutcomeKind::Permanent);
    QCOMPARE(result.outcome.httpStatus, 404);
}

void TestMastodonErrors::unknownVisibilityInAParentIsLogged()
{
    test::MastodonRig rig;
    const QString parent =
        rig.server.addMention(QStringLiteral("marie@piaille.fr"), QStringLiteral("@vigie_brand hi"), {},
                              QStringLiteral("local_only"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown visibility.*local_only")));
    const auto result = rig.adapter()->reply(parent, textPost(QStringLiteral("Bonjour")));
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(rig.server.status(result.value.remoteId).visibility, QStringLiteral("public"));
}

QTEST_GUILESS_MAIN(TestMastodonErrors)
#include "tst_mastodonerrors.moc"
