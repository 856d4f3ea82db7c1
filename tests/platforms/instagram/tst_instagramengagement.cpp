// Answering and moderating comments on Instagram, and reading a post's counts.
#include "instagramrig.h"

using namespace vigie;
using namespace vigie::platforms;
using vigie::test::InstagramRig;

class InstagramEngagementTest : public QObject
{
    Q_OBJECT

private slots:
    void repliesUnderAComment_data();
    void repliesUnderAComment();
    void commentsOnAMedia();
    void replyWhoseAnswerWasLostIsUnconfirmed();
    void refusesAnEmptyReply();
    void hidesAComment();
    void deletesACommentOnceOrTwice();
    void namesTheMissingPermission();
    void readsMetrics();
    void metricsOfAMissingMedia();
};

void InstagramEngagementTest::repliesUnderAComment_data()
{
    QTest::addColumn<bool>("answerTheReply");
    QTest::newRow("a top-level comment") << false;
    // Instagram threads are one level deep: answering a reply goes under its top-level comment.
    QTest::newRow("a reply") << true;
}

void InstagramEngagementTest::repliesUnderAComment()
{
    QFETCH(bool, answerTheReply);
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString top =
        rig.server.addComment(media, QStringLiteral("marie.d"), QStringLiteral("Et pour les enfants ?"));
    const QString reply = rig.server.addComment(media, QStringLiteral("paul"), QStringLiteral("+1"), {}, top);
    OutgoingPost answer;
    answer.text = QStringLiteral("Parlez-en à votre pharmacien.");
    const auto result = rig.adapter()->engagement()->reply(answerTheReply ? reply : top, answer);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const auto created = rig.server.comment(result.value.remoteId);
    QCOMPARE(created.parentId, top);
    QCOMPARE(created.mediaId, media);
    QCOMPARE(created.text, answer.text);
    QCOMPARE(created.username, rig.server.username());
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21\\.0/%1/replies").arg(top)), 1);
}

void InstagramEngagementTest::commentsOnAMedia()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    OutgoingPost answer;
    answer.text = QStringLiteral("Merci à tous !");
    const auto result = rig.adapter()->engagement()->reply(media, answer);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(rig.server.comment(result.value.remoteId).mediaId, media);
    QVERIFY(rig.server.comment(result.value.remoteId).parentId.isEmpty());
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21\\.0/%1/comments").arg(media)), 1);
}

void InstagramEngagementTest::replyWhoseAnswerWasLostIsUnconfirmed()
{
    InstagramRig rig(std::chrono::milliseconds(1500));
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString top = rig.server.addComment(media, QStringLiteral("marie.d"), QStringLiteral("Question"));
    rig.server.injectFault("POST", QStringLiteral("/v21\\.0/\\d+/replies"),
                           test::fault(fakes::FaultKind::HangAfterAct));
    OutgoingPost answer;
    answer.text = QStringLiteral("Réponse");
    auto adapter = rig.adapter();
    const auto result = adapter->reply(top, answer);
    QCOMPARE(result.outcome.kind, OutcomeKind::Unconfirmed);
    // The delivery layer looks before retrying: the reply is there.
    answer.inReplyToRemoteId = top;
    const auto found = adapter->findPublished(answer, QDateTime::currentDateTimeUtc().addSecs(-30));
    QVERIFY2(found.ok(), qPrintable(found.outcome.describe()));
    QVERIFY(!found.value.remoteId.isEmpty());
    QCOMPARE(rig.server.comment(found.value.remoteId).text, QStringLiteral("Réponse"));
}

void InstagramEngagementTest::refusesAnEmptyReply()
{
    InstagramRig rig;
    OutgoingPost blank;
    blank.text = QStringLiteral("   ");
    QCOMPARE(rig.adapter()->reply(QStringLiteral("17858000000000007"), blank).outcome.kind,
             OutcomeKind::Validation);
    QCOMPARE(rig.server.requests().size(), 0);
}

void InstagramEngagementTest::hidesAComment()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString spam =
        rig.server.addComment(media, QStringLiteral("promo_bot"), QStringLiteral("Achetez ici"));
    const Outcome hidden = rig.adapter()->hideComment(spam);
    QVERIFY2(hidden.ok(), qPrintable(hidden.describe()));
    QVERIFY(rig.server.comment(spam).hidden);
    QCOMPARE(rig.server.requests().last().param(QStringLiteral("hide")), QStringLiteral("true"));
    QCOMPARE(rig.adapter()->hideComment(QStringLiteral("17858999999999999")).kind, OutcomeKind::Permanent);
}

void InstagramEngagementTest::deletesACommentOnceOrTwice()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString comment = rig.server.addComment(media, QStringLiteral("troll"), QStringLiteral("..."));
    QVERIFY(rig.adapter()->deleteComment(comment).ok());
    QVERIFY(!rig.server.hasComment(comment));
    // Already gone is what the person asked for.
    QVERIFY(rig.adapter()->deleteComment(comment).ok());
    QCOMPARE(rig.server.requestCount("DELETE", QStringLiteral("/v21\\.0/\\d+")), 2);
}

void InstagramEngagementTest::namesTheMissingPermission()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString comment = rig.server.addComment(media, QStringLiteral("x"), QStringLiteral("y"));
    rig.server.withdrawPermission(QStringLiteral("instagram_manage_comments"));
    const Outcome outcome = rig.adapter()->hideComment(comment);
    QCOMPARE(outcome.kind, OutcomeKind::Permanent);
    QVERIFY2(outcome.serverMessage.contains(QStringLiteral("instagram_manage_comments")),
             qPrintable(outcome.serverMessage));
    QVERIFY(!rig.server.comment(comment).hidden);
}

void InstagramEngagementTest::readsMetrics()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    rig.server.setLikes(media, 42);
    const QString top = rig.server.addComment(media, QStringLiteral("a"), QStringLiteral("1"));
    rig.server.addComment(media, QStringLiteral("b"), QStringLiteral("2"));
    rig.server.addComment(media, QStringLiteral("c"), QStringLiteral("3"), {}, top);
    const auto metrics = rig.adapter()->metricsReader()->metrics(media);
    QVERIFY2(metrics.ok(), qPrintable(metrics.outcome.describe()));
    QCOMPARE(metrics.value.likes, 42);
    QCOMPARE(metrics.value.replies, 3); // comments_count counts replies too
    QCOMPARE(metrics.value.reposts, 0);
}

void InstagramEngagementTest::metricsOfAMissingMedia()
{
    InstagramRig rig;
    QCOMPARE(rig.adapter()->metrics(QStringLiteral("17900000000009999")).outcome.kind,
             OutcomeKind::Permanent);
}

QTEST_GUILESS_MAIN(InstagramEngagementTest)
#include "tst_instagramengagement.moc"
