// Publishing on X against the fake: text, media (chunked upload, processing, alt text), polls,
// threads, replies, hiding and metrics, and the checks made before any request.
#include "xrig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace vigie;
using namespace vigie::platforms;

class TestXPublish : public QObject
{
    Q_OBJECT

private slots:
    void signInNamesTheAccount();
    void textPostIsCreatedWithItsUrl();
    void photosAreUploadedInChunksWithAltText();
    void videoWaitsUntilProcessed();
    void failedProcessingIsAValidationError();
    void pollIsSentWithMinutes();
    void invalidPostsNeverReachX_data();
    void invalidPostsNeverReachX();
    void threadRepliesToEachPart();
    void replyAndHide();
    void hidingSomeoneElsesConversationIsRefused();
    void metricsComeFromPublicMetrics();
    void duplicateIsPermanentWithXsWords();
};

void TestXPublish::signInNamesTheAccount()
{
    test::XRig rig;
    const auto profile = rig.adapter()->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.remoteUserId, rig.server.ownUser().id);
    QCOMPARE(profile.value.handle, QStringLiteral("vigie_brand"));
    QCOMPARE(profile.value.displayName, QStringLiteral("Vigie Brand"));
}

void TestXPublish::textPostIsCreatedWithItsUrl()
{
    test::XRig rig;
    OutgoingPost post;
    post.text = QStringLiteral("Nouvelle notice & infos : https://example.com/notice \u00e0 lire");
    const auto result = rig.adapter()->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(rig.server.publishedIds(), QStringList{result.value.remoteId});
    QCOMPARE(result.value.url, QStringLiteral("https://x.com/vigie_brand/status/") + result.value.remoteId);
    QCOMPARE(rig.server.tweet(result.value.remoteId).text, post.text);
    const fakes::FakeRequest sent = rig.server.requests().constLast();
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.header("authorization"), "Bearer " + rig.server.accessToken().toUtf8());
    QCOMPARE(sent.json().toObject().keys(), QStringList{QStringLiteral("text")});
}

void TestXPublish::photosAreUploadedInChunksWithAltText()
{
    test::XRig rig;
    QTemporaryDir dir;
    OutgoingPost post;
    post.text = QStringLiteral("Deux visuels");
    post.media = {
        {test::writeMediaFile(dir.path(), QStringLiteral("a.png"), 2500), QStringLiteral("Bo\u00eete"),
         QStringLiteral("image/png")},
        {test::writeMediaFile(dir.path(), QStringLiteral("b.jpg"), 900), {}, QStringLiteral("image/jpeg")}};
    auto adapter = rig.adapter();
    adapter->setChunkSize(1000);
    const auto result = adapter->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const fakes::FakeXTweet tweet = rig.server.tweet(result.value.remoteId);
    QCOMPARE(tweet.mediaIds.size(), 2);
    const fakes::FakeXMedia first = rig.server.media(tweet.mediaIds.at(0));
    QCOMPARE(first.segments, 3); // 2500 bytes in 1000-byte segments
    QCOMPARE(first.data.size(), 2500);
    QCOMPARE(first.category, QStringLiteral("tweet_image"));
    QCOMPARE(first.altText, QStringLiteral("Bo\u00eete"));
    QCOMPARE(rig.server.media(tweet.mediaIds.at(1)).altText, QString());
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/2/media/metadata")), 1);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/2/media/upload")), 0); // photos need no STATUS
}

void TestXPublish::videoWaitsUntilProcessed()
{
    test::XRig rig;
    rig.server.setMediaProcessingPolls(3);
    QTemporaryDir dir;
    OutgoingPost post;
    post.text = QStringLiteral("La vid\u00e9o");
    post.media = {
        {test::writeMediaFile(dir.path(), QStringLiteral("v.mp4"), 4000), {}, QStringLiteral("video/mp4")}};
    const auto result = rig.adapter()->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/2/media/upload")), 3);
    const QString mediaId = rig.server.tweet(result.value.remoteId).mediaIds.value(0);
    QCOMPARE(rig.server.media(mediaId).category, QStringLiteral("tweet_video"));
}

void TestXPublish::failedProcessingIsAValidationError()
{
    test::XRig rig;
    rig.server.setMediaProcessingFails(true);
    QTemporaryDir dir;
    OutgoingPost post;
    post.text = QStringLiteral("Vid\u00e9o cass\u00e9e");
    post.media = {
        {test::writeMediaFile(dir.path(), QStringLiteral("v.mp4"), 300), {}, QStringLiteral("video/mp4")}};
    const auto result = rig.adapter()->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("media"));
    QCOMPARE(result.outcome.serverMessage, QStringLiteral("Unsupported video format"));
    QVERIFY(rig.server.publishedIds().isEmpty());
}

void TestXPublish::pollIsSentWithMinutes()
{
    test::XRig rig;
    OutgoingPost post;
    post.text = QStringLiteral("Votre format pr\u00e9f\u00e9r\u00e9 ?");
    post.pollOptions = {QStringLiteral("Vid\u00e9o"), QStringLiteral("Article"), QStringLiteral("Podcast")};
    post.pollExpiresInSeconds = 2 * 24 * 3600;
    const auto result = rig.adapter()->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const fakes::FakeXTweet tweet = rig.server.tweet(result.value.remoteId);
    QCOMPARE(tweet.pollOptions, post.pollOptions);
    QCOMPARE(tweet.pollMinutes, 2880);
}

void TestXPublish::invalidPostsNeverReachX_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("withMedia");
    QTest::addColumn<QString>("field");
    const QStringList two = {QStringLiteral("Oui"), QStringLiteral("Non")};
    QTest::newRow("empty") << QString() << QStringList{} << 3600 << false << "text";
    QTest::newRow("281 weighted") << QString(141, QChar(0x85ac)) << QStringList{} << 3600 << false << "text";
    QTest::newRow("one option") << "Q" << QStringList{QStringLiteral("Oui")} << 3600 << false << "poll";
    QTest::newRow("five options") << "Q" << QStringList{"a", "b", "c", "d", "e"} << 3600 << false << "poll";
    QTest::newRow("option of 26") << "Q" << QStringList{QString(26, QLatin1Char('o')), "b"} << 3600 << false
                                  << "poll";
    QTest::newRow("4 minutes") << "Q" << two << 240 << false << "poll";
    QTest::newRow("8 days") << "Q" << two << 8 * 24 * 3600 << false << "poll";
    QTest::newRow("poll and media") << "Q" << two << 3600 << true << "poll";
}

void TestXPublish::invalidPostsNeverReachX()
{
    QFETCH(QString, text);
    QFETCH(QStringList, options);
    QFETCH(int, seconds);
    QFETCH(bool, withMedia);
    QFETCH(QString, field);
    test::XRig rig;
    QTemporaryDir dir;
    OutgoingPost post;
    post.text = text;
    post.pollOptions = options;
    post.pollExpiresInSeconds = seconds;
    if (withMedia)
        post.media = {
            {test::writeMediaFile(dir.path(), QStringLiteral("a.png"), 10), {}, QStringLiteral("image/png")}};
    const auto result = rig.adapter()->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, field);
    QVERIFY(rig.server.requests().isEmpty());
}

void TestXPublish::threadRepliesToEachPart()
{
    test::XRig rig;
    QList<OutgoingPost> parts(3);
    for (int i = 0; i < 3; ++i)
        parts[i].text = QStringLiteral("Partie %1/3").arg(i + 1);
    const auto result = rig.adapter()->publishThread(parts);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(result.value.size(), 3);
    QCOMPARE(rig.server.tweet(result.value.at(1).remoteId).inReplyToId, result.value.at(0).remoteId);
    QCOMPARE(rig.server.tweet(result.value.at(2).remoteId).inReplyToId, result.value.at(1).remoteId);
    QCOMPARE(rig.server.tweet(result.value.at(2).remoteId).conversationId, result.value.at(0).remoteId);
}

void TestXPublish::replyAndHide()
{
    test::XRig rig;
    const QString root = rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Notre campagne"));
    const QString rude = rig.server.addTweet(QStringLiteral("troll"), QStringLiteral("Nul"), root);
    const QString question =
        rig.server.addTweet(QStringLiteral("marie"), QStringLiteral("Et pour les enfants ?"), root);
    auto adapter = rig.adapter();
    OutgoingPost answer;
    answer.text = QStringLiteral("@marie Demandez conseil \u00e0 votre pharmacien.");
    const auto replied = adapter->engagement()->reply(question, answer);
    QVERIFY2(replied.ok(), qPrintable(replied.outcome.describe()));
    QCOMPARE(rig.server.tweet(replied.value.remoteId).inReplyToId, question);
    const QJsonObject sent = rig.server.requests().constLast().json().toObject();
    QCOMPARE(sent.value(QStringLiteral("reply"))
                 .toObject()
                 .value(QStringLiteral("in_reply_to_tweet_id"))
                 .toString(),
             question);

    const Outcome hidden = adapter->engagement()->hideComment(rude);
    QVERIFY2(hidden.ok(), qPrintable(hidden.describe()));
    QVERIFY(rig.server.tweet(rude).hidden);
    QCOMPARE(rig.server.requests().constLast().json().toObject(),
             QJsonObject({{QStringLiteral("hidden"), true}}));
}

void TestXPublish::hidingSomeoneElsesConversationIsRefused()
{
    test::XRig rig;
    const QString root = rig.server.addTweet(QStringLiteral("ansm"), QStringLiteral("Alerte"));
    const QString reply = rig.server.addTweet(QStringLiteral("marie"), QStringLiteral("Merci"), root);
    const Outcome hidden = rig.adapter()->hideComment(reply);
    QCOMPARE(hidden.kind, OutcomeKind::Permanent);
    QCOMPARE(hidden.httpStatus, 403);
    QVERIFY(!rig.server.tweet(reply).hidden);
}

void TestXPublish::metricsComeFromPublicMetrics()
{
    test::XRig rig;
    const QString id = rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Chiffres"));
    rig.server.setMetrics(id, 42, 7, 3, 2);
    const auto metrics = rig.adapter()->metrics(id);
    QVERIFY2(metrics.ok(), qPrintable(metrics.outcome.describe()));
    QCOMPARE(metrics.value.likes, 42);
    QCOMPARE(metrics.value.reposts, 7);
    QCOMPARE(metrics.value.replies, 3);
    QCOMPARE(metrics.value.quotes, 2);
    QCOMPARE(rig.server.requests().constLast().query.queryItemValue(QStringLiteral("tweet.fields")),
             QStringLiteral("public_metrics"));
    // A deleted post: X answers 200 with only "errors".
    const auto gone = rig.adapter()->metrics(QStringLiteral("1212092627178287104"));
    QCOMPARE(gone.outcome.kind, OutcomeKind::Permanent);
    QVERIFY(gone.outcome.serverMessage.contains(QStringLiteral("Could not find tweet")));
}

void TestXPublish::duplicateIsPermanentWithXsWords()
{
    test::XRig rig;
    OutgoingPost post;
    post.text = QStringLiteral("Deux fois la m\u00eame chose");
    QVERIFY(rig.adapter()->publish(post).ok());
    const auto again = rig.adapter()->publish(post);
    QCOMPARE(again.outcome.kind, OutcomeKind::Permanent);
    QCOMPARE(again.outcome.httpStatus, 403);
    QVERIFY(again.outcome.serverMessage.contains(QStringLiteral("duplicate content")));
    QCOMPARE(rig.server.publishedIds().size(), 1);
}

QTEST_GUILESS_MAIN(TestXPublish)
#include "tst_xpublish.moc"
