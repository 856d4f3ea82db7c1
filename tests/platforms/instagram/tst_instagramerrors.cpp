// How the Instagram adapter reads the Graph API's errors, statuses and usage headers, signs in,
// and counts a caption; and that the fake answers in the documented shapes.
#include "instagramrig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie;
using namespace vigie::platforms;
using vigie::test::instagramFixture;
using vigie::test::InstagramRig;

class InstagramErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void graphErrorCodes_data();
    void graphErrorCodes();
    void httpFailures_data();
    void httpFailures();
    void stopsAtTheUsageHeaders_data();
    void stopsAtTheUsageHeaders();
    void signsIn();
    void discoversTheAccountFromThePage();
    void refusesAPageWithoutInstagram();
    void refusesABadToken();
    void fakeAnswersAsDocumented_data();
    void fakeAnswersAsDocumented();
    void readsGraphTimes_data();
    void readsGraphTimes();
};

void InstagramErrorsTest::graphErrorCodes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<OutcomeKind>("kind");
    QTest::addColumn<int>("minRetryMinutes"); // RateLimited: the earliest acceptable retryAt
    QTest::addColumn<QString>("messageHas");

    const auto perm = QStringLiteral("instagram_manage_comments");
    QTest::newRow("190 expired token")
        << "error_invalid_token.json" << 400 << OutcomeKind::AuthExpired << 0 << "expired";
    QTest::newRow("4 app throttled") << "error_app_throttled.json" << 400 << OutcomeKind::RateLimited << 5
                                     << "(#4)";
    QTest::newRow("17 user throttled")
        << "error_user_throttled.json" << 400 << OutcomeKind::RateLimited << 5 << "(#17)";
    QTest::newRow("32 page throttled")
        << "error_page_throttled.json" << 400 << OutcomeKind::RateLimited << 5 << "(#32)";
    QTest::newRow("613 custom throttled")
        << "error_custom_throttled.json" << 400 << OutcomeKind::RateLimited << 5 << "(#613)";
    QTest::newRow("80002 instagram throttled")
        << "error_instagram_throttled.json" << 400 << OutcomeKind::RateLimited << 5 << "too many calls";
    QTest::newRow("9/2207042 publishing limit")
        << "error_publishing_limit.json" << 400 << OutcomeKind::RateLimited << 55
        << "maximum number of posts";
    QTest::newRow("4/2207051 held as spam")
        << "error_spam.json" << 400 << OutcomeKind::Permanent << 0 << "restrict";
    QTest::newRow("10 permission") << "error_permission.json" << 403 << OutcomeKind::Permanent << 0 << perm;
    QTest::newRow("200 permission") << "error_permission_200.json" << 403 << OutcomeKind::Permanent << 0
                                    << perm;
    QTest::newRow("100 nonexisting field")
        << "error_nonexisting_field.json" << 400 << OutcomeKind::Validation << 0 << "nonexisting field";
    QTest::newRow("100/33 no such object")
        << "error_no_such_object.json" << 400 << OutcomeKind::Permanent << 0 << "does not exist";
    QTest::newRow("36000/2207004 image too large")
        << "error_image_too_large.json" << 400 << OutcomeKind::Validation << 0 << "8 MiB";
    QTest::newRow("9004/2207052 download failed")
        << "error_media_download.json" << 400 << OutcomeKind::Validation << 0 << "could not be fetched";
    QTest::newRow("-2/2207003 download timeout (transient)")
        << "error_download_timeout.json" << 400 << OutcomeKind::Transient << 0 << "too long";
    QTest::newRow("2 unexpected (transient)")
        << "error_unknown.json" << 500 << OutcomeKind::Transient << 0 << "retry";
}

void InstagramErrorsTest::graphErrorCodes()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(OutcomeKind, kind);
    QFETCH(int, minRetryMinutes);
    QFETCH(QString, messageHas);
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString comment = rig.server.addComment(media, QStringLiteral("a"), QStringLiteral("b"));
    rig.server.injectFault("POST", QStringLiteral("/v21\\.0/%1").arg(comment),
                           test::fault(fakes::FaultKind::Status, status, instagramFixture(fixture)));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Outcome outcome = rig.adapter()->hideComment(comment);
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.httpStatus, status);
    QVERIFY2(outcome.serverMessage.contains(messageHas, Qt::CaseInsensitive),
             qPrintable(outcome.serverMessage));
    if (kind == OutcomeKind::RateLimited) {
        QVERIFY(outcome.retryAt >= before.addSecs(minRetryMinutes * 60));
        QVERIFY(outcome.retryAt <= before.addSecs(2 * 3600));
    }
    QVERIFY(!rig.server.comment(comment).hidden);
}

void InstagramErrorsTest::httpFailures_data()
{
    QTest::addColumn<QByteArray>("method"); // GET: metrics; POST: hide
    QTest::addColumn<int>("fault");         // FaultKind
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<OutcomeKind>("kind");

    const auto status = int(fakes::FaultKind::Status);
    QTest::newRow("401 without a Graph body")
        << QByteArray("GET") << status << 401 << QByteArray("Unauthorized") << QByteArray()
        << OutcomeKind::AuthExpired;
    QTest::newRow("429 with Retry-After") << QByteArray("GET") << status << 429 << QByteArray("{}")
                                          << QByteArray("120") << OutcomeKind::RateLimited;
    QTest::newRow("500 HTML page") << QByteArray("GET") << status << 500 << QByteArray("<html>oops</html>")
                                   << QByteArray() << OutcomeKind::Transient;
    QTest::newRow("503 on a write") << QByteArray("POST") << status << 503 << QByteArray("") << QByteArray()
                                    << OutcomeKind::Transient;
    QTest::newRow("malformed JSON on a read") << QByteArray("GET") << int(fakes::FaultKind::Malformed) << 200
                                              << QByteArray() << QByteArray() << OutcomeKind::Transient;
    QTest::newRow("malformed JSON on a write")
        << QByteArray("POST") << int(fakes::FaultKind::Malformed) << 200 << QByteArray() << QByteArray()
        << OutcomeKind::Unconfirmed;
    QTest::newRow("no answer to a read") << QByteArray("GET") << int(fakes::FaultKind::HangBefore) << 0
                                         << QByteArray() << QByteArray() << OutcomeKind::Transient;
    QTest::newRow("no answer to a write") << QByteArray("POST") << int(fakes::FaultKind::HangAfterAct) << 0
                                          << QByteArray() << QByteArray() << OutcomeKind::Unconfirmed;
}

void InstagramErrorsTest::httpFailures()
{
    QFETCH(QByteArray, method);
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(OutcomeKind, kind);
    InstagramRig rig(std::chrono::milliseconds(1500));
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString comment = rig.server.addComment(media, QStringLiteral("a"), QStringLiteral("b"));
    fakes::Fault f = test::fault(fakes::FaultKind(fault), status, body);
    if (!retryAfter.isEmpty())
        f.headers.append({"Retry-After", retryAfter});
    const QString target = method == "GET" ? media : comment;
    rig.server.injectFault(method, QStringLiteral("/v21\\.0/%1").arg(target), f);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Outcome outcome =
        method == "GET" ? rig.adapter()->metrics(media).outcome : rig.adapter()->hideComment(comment);
    QCOMPARE(outcome.kind, kind);
    if (kind == OutcomeKind::RateLimited)
        QVERIFY(outcome.retryAt >= before.addSecs(110));
}

void InstagramErrorsTest::stopsAtTheUsageHeaders_data()
{
    QTest::addColumn<int>("app");
    QTest::addColumn<int>("business");
    QTest::addColumn<int>("regain");
    QTest::addColumn<bool>("stops");
    QTest::addColumn<int>("minMinutes");
    QTest::newRow("low usage") << 40 << 60 << 0 << false << 0;
    QTest::newRow("app at 95 %") << 95 << 10 << 0 << true << 5;
    QTest::newRow("business at 97 %, 7 minutes to regain") << 10 << 97 << 7 << true << 7;
    QTest::newRow("regain announced below 95 %") << 10 << 80 << 3 << true << 3;
}

void InstagramErrorsTest::stopsAtTheUsageHeaders()
{
    QFETCH(int, app);
    QFETCH(int, business);
    QFETCH(int, regain);
    QFETCH(bool, stops);
    QFETCH(int, minMinutes);
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    rig.server.setUsage(app, business, regain);
    auto adapter = rig.adapter();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(adapter->metrics(media).ok()); // this answer carries the headers
    const int sent = int(rig.server.requests().size());
    const auto second = adapter->metrics(media);
    if (!stops) {
        QVERIFY(second.ok());
        return;
    }
    QCOMPARE(second.outcome.kind, OutcomeKind::RateLimited);
    QVERIFY(second.outcome.retryAt >= before.addSecs(minMinutes * 60));
    QCOMPARE(int(rig.server.requests().size()), sent); // held back, not sent
}

void InstagramErrorsTest::signsIn()
{
    InstagramRig rig;
    const auto profile = rig.adapter()->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.remoteUserId, rig.server.userId());
    QCOMPARE(profile.value.handle, QStringLiteral("vigie_pharma"));
    QCOMPARE(profile.value.displayName, QStringLiteral("Vigie Pharma"));
    QCOMPARE(profile.value.maxLength, 2200);
    QCOMPARE(rig.server.requests().size(), 1);
}

void InstagramErrorsTest::discoversTheAccountFromThePage()
{
    InstagramRig rig;
    const auto profile = rig.adapter({}, QString())->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.remoteUserId, rig.server.userId());
    QCOMPARE(rig.server.requests().first().path, QStringLiteral("/v21.0/me"));
}

void InstagramErrorsTest::refusesAPageWithoutInstagram()
{
    InstagramRig rig;
    rig.server.setInstagramLinked(false);
    const auto profile = rig.adapter({}, QString())->signIn();
    QCOMPARE(profile.outcome.kind, OutcomeKind::Permanent);
    QVERIFY(profile.outcome.serverMessage.contains(QStringLiteral("Vigie Pharma")));
}

void InstagramErrorsTest::refusesABadToken()
{
    InstagramRig rig;
    const auto profile = rig.adapter(QStringLiteral("EAAGexpired"))->signIn();
    // Graph answers 400 with code 190: still a dead token, not a content error.
    QCOMPARE(profile.outcome.kind, OutcomeKind::AuthExpired);
    QCOMPARE(profile.outcome.httpStatus, 400);
}

void InstagramErrorsTest::fakeAnswersAsDocumented_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fields");
    QTest::newRow("content_publishing_limit") << "content_publishing_limit.json"
                                              << "/{user}/content_publishing_limit"
                                              << "config,quota_usage";
    QTest::newRow("page /me") << "page_me.json"
                              << "/me"
                              << "id,name,instagram_business_account{id,username}";
    QTest::newRow("ig user") << "ig_user.json"
                             << "/{user}"
                             << "id,username,name";
    QTest::newRow("user media") << "user_media.json"
                                << "/{user}/media"
                                << "id,caption,timestamp,permalink,comments_count";
    QTest::newRow("media comments")
        << "media_comments.json"
        << "/{media}/comments"
        << "id,text,timestamp,username,from{id,username},like_count,replies{id,text,"
           "timestamp,username,from{id,username}}";
    QTest::newRow("error") << "error_nonexisting_field.json"
                           << "/{comment}"
                           << "media_type";
}

namespace {
// Every key of the documented example (recursively, first array item) is in the answer.
void compareShape(const QJsonValue &doc, const QJsonValue &fake, const QString &where)
{
    if (doc.isObject()) {
        QVERIFY2(fake.isObject(), qPrintable(where + QStringLiteral(" is not an object")));
        const QJsonObject d = doc.toObject();
        for (auto it = d.begin(); it != d.end(); ++it) {
            QVERIFY2(fake.toObject().contains(it.key()),
                     qPrintable(where + QLatin1Char('.') + it.key() + " missing"));
            compareShape(it.value(), fake.toObject().value(it.key()), where + QLatin1Char('.') + it.key());
        }
    } else if (doc.isArray() && !doc.toArray().isEmpty()) {
        QVERIFY2(fake.isArray() && !fake.toArray().isEmpty(),
                 qPrintable(where + QStringLiteral(" is no list")));
        compareShape(doc.toArray().at(0), fake.toArray().at(0), where + QStringLiteral("[0]"));
    } else {
        QCOMPARE(fake.type(), doc.type());
    }
}
} // namespace

void InstagramErrorsTest::fakeAnswersAsDocumented()
{
    QFETCH(QString, fixture);
    QFETCH(QString, path);
    QFETCH(QString, fields);
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    rig.server.addMedia(QStringLiteral("Autre"), QDateTime::currentDateTimeUtc().addDays(-1));
    const QString comment = rig.server.addComment(media, QStringLiteral("a"), QStringLiteral("b"));
    rig.server.addComment(media, rig.server.username(), QStringLiteral("c"), {}, comment);
    HttpRequest request;
    request.path = QString(path)
                       .replace(QStringLiteral("{user}"), rig.server.userId())
                       .replace(QStringLiteral("{media}"), media)
                       .replace(QStringLiteral("{comment}"), comment);
    request.query.addQueryItem(QStringLiteral("fields"), fields);
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    request.header("Authorization", "Bearer " + rig.server.token().toUtf8());
    const HttpResponse response = rig.http->send(request);
    const QJsonDocument doc = QJsonDocument::fromJson(instagramFixture(fixture));
    QVERIFY(doc.isObject());
    compareShape(doc.object(), QJsonDocument::fromJson(response.body).object(), fixture);
    QVERIFY(response.hasHeader("x-business-use-case-usage"));
}

void InstagramErrorsTest::readsGraphTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("+0000") << "2017-05-10T19:41:38+0000"
                           << QDateTime(QDate(2017, 5, 10), QTime(19, 41, 38), Qt::UTC);
    QTest::newRow("+0200") << "2017-05-10T21:41:38+0200"
                           << QDateTime(QDate(2017, 5, 10), QTime(19, 41, 38), Qt::UTC);
    QTest::newRow("garbage") << "hier" << QDateTime();
}

void InstagramErrorsTest::readsGraphTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(instagram::parseGraphTime(text), expected);
}

QTEST_GUILESS_MAIN(InstagramErrorsTest)
#include "tst_instagramerrors.moc"
