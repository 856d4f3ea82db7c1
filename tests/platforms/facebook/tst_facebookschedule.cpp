// Facebook's own scheduler: a post handed over goes online at its time even with Vigie closed;
// moving or cancelling it in Vigie moves or removes it on Facebook; Vigie sees when it went out.
#include "facebookrig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie;
using namespace vigie::platforms;

class TestFacebookSchedule : public QObject
{
    Q_OBJECT

private slots:
    void leadTimesAreTheDocumentedOnes();
    void scheduledPostWaitsOnFacebook();
    void stateBeforeAndAfterItsTime();
    void leadOutsideTheWindowIsRefusedWithoutARequest_data();
    void leadOutsideTheWindowIsRefusedWithoutARequest();
    void rescheduleMovesThePost();
    void cancelRemovesThePostAndAGoneOneCountsAsCancelled();
    void photoPostsCanBeScheduled();
    void aCommentCannotBeScheduled();
};

void TestFacebookSchedule::leadTimesAreTheDocumentedOnes()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    QVERIFY(adapter->nativeScheduler());
    QCOMPARE(adapter->minimumLeadSeconds(), 10 * 60);
    QCOMPARE(adapter->maximumLeadSeconds(), 30 * 24 * 3600); // pages-api/posts
}

void TestFacebookSchedule::scheduledPostWaitsOnFacebook()
{
    test::FacebookRig rig;
    const QDateTime at = rig.now().addSecs(2 * 3600);
    const auto scheduled = rig.adapter()->schedule(test::textPost(QStringLiteral("Webinaire jeudi")), at);
    QVERIFY2(scheduled.ok(), qPrintable(scheduled.outcome.describe()));
    QVERIFY(scheduled.value.url.isEmpty()); // not online yet
    const auto post = rig.server.post(scheduled.value.remoteId);
    QVERIFY(!post.published);
    QCOMPARE(post.scheduledAt, at);

    // The Page's scheduled posts list it; its feed does not, yet.
    HttpRequest list;
    list.path = QStringLiteral("/%1/scheduled_posts").arg(rig.server.pageId());
    list.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,message,scheduled_publish_time"));
    list.header("Authorization", "Bearer " + rig.server.token().toUtf8());
    const QJsonArray data =
        QJsonDocument::fromJson(rig.http->send(list).body).object().value("data").toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value("id").toString(), scheduled.value.remoteId);
    QCOMPARE(qint64(data.first().toObject().value("scheduled_publish_time").toDouble()),
             at.toSecsSinceEpoch());
    const auto found =
        rig.adapter()->findPublished(test::textPost(QStringLiteral("Webinaire jeudi")), rig.now());
    QVERIFY(found.ok());
    QVERIFY(found.value.remoteId.isEmpty());
}

void TestFacebookSchedule::stateBeforeAndAfterItsTime()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    const QDateTime at = rig.now().addSecs(3600);
    const auto scheduled = adapter->schedule(test::textPost(QStringLiteral("À 10 h")), at);
    QVERIFY(scheduled.ok());

    const auto before = adapter->scheduledState(scheduled.value.remoteId);
    QVERIFY(before.ok());
    QVERIFY(before.value.url.isEmpty());

    rig.advance(3600 + 60); // Facebook publishes it; Vigie was closed meanwhile
    const auto after = adapter->scheduledState(scheduled.value.remoteId);
    QVERIFY2(after.ok(), qPrintable(after.outcome.describe()));
    QVERIFY(after.value.url.startsWith(QStringLiteral("https://www.facebook.com/")));
    QCOMPARE(after.value.createdAt, at);
    QCOMPARE(after.value.remoteId, scheduled.value.remoteId);
}

void TestFacebookSchedule::leadOutsideTheWindowIsRefusedWithoutARequest_data()
{
    QTest::addColumn<qint64>("lead");
    QTest::newRow("5 minutes ahead") << qint64(5 * 60);
    QTest::newRow("in the past") << qint64(-3600);
    QTest::newRow("31 days ahead") << qint64(31) * 24 * 3600;
}

void TestFacebookSchedule::leadOutsideTheWindowIsRefusedWithoutARequest()
{
    QFETCH(qint64, lead);
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    const auto result =
        adapter->schedule(test::textPost(QStringLiteral("Trop tôt ou trop tard")), rig.now().addSecs(lead));
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("scheduled_publish_time"));
    QCOMPARE(adapter->reschedule(QStringLiteral("1_2"), rig.now().addSecs(lead)).kind,
             OutcomeKind::Validation);
    QCOMPARE(rig.server.requests().size(), 0);
}

void TestFacebookSchedule::rescheduleMovesThePost()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    const auto scheduled =
        adapter->schedule(test::textPost(QStringLiteral("Déplacé")), rig.now().addSecs(3600));
    QVERIFY(scheduled.ok());
    const QDateTime later = rig.now().addSecs(3 * 3600);
    const Outcome moved = adapter->reschedule(scheduled.value.remoteId, later);
    QVERIFY2(moved.ok(), qPrintable(moved.describe()));
    QCOMPARE(rig.server.post(scheduled.value.remoteId).scheduledAt, later);

    rig.advance(2 * 3600); // past the old time: still waiting
    QVERIFY(adapter->scheduledState(scheduled.value.remoteId).value.url.isEmpty());
    rig.advance(3600);
    QVERIFY(!adapter->scheduledState(scheduled.value.remoteId).value.url.isEmpty());
    // Once online, Facebook refuses to move it: Vigie says so instead of pretending.
    QCOMPARE(adapter->reschedule(scheduled.value.remoteId, rig.now().addSecs(3600)).kind,
             OutcomeKind::Validation);
}

void TestFacebookSchedule::cancelRemovesThePostAndAGoneOneCountsAsCancelled()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    const auto scheduled =
        adapter->schedule(test::textPost(QStringLiteral("Annulé")), rig.now().addSecs(7200));
    QVERIFY(scheduled.ok());
    QVERIFY(adapter->cancel(scheduled.value.remoteId).ok());
    QVERIFY(!rig.server.hasPost(scheduled.value.remoteId));
    rig.advance(3 * 3600);
    QVERIFY(rig.server.posts().isEmpty()); // nothing went out

    // Removed on Facebook already (by hand, or a cancel whose answer was lost): cancelled.
    QVERIFY(adapter->cancel(scheduled.value.remoteId).ok());
    const auto state = adapter->scheduledState(scheduled.value.remoteId);
    QCOMPARE(state.outcome.kind, OutcomeKind::Permanent);
}

void TestFacebookSchedule::photoPostsCanBeScheduled()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    const QDateTime at = rig.now().addDays(2);

    OutgoingPost one = test::textPost(QStringLiteral("Une photo demain"));
    one.media.append({rig.imageFile(QStringLiteral("a.png")), {}, {}});
    const auto single = adapter->schedule(one, at);
    QVERIFY2(single.ok(), qPrintable(single.outcome.describe()));
    QCOMPARE(rig.server.post(single.value.remoteId).scheduledAt, at);
    QCOMPARE(rig.server.post(single.value.remoteId).photoIds.size(), 1);

    OutgoingPost two = test::textPost(QStringLiteral("Deux photos demain"));
    two.media.append({rig.imageFile(QStringLiteral("b.png")), {}, {}});
    two.media.append({rig.imageFile(QStringLiteral("c.png")), {}, {}});
    const auto multi = adapter->schedule(two, at.addSecs(3600));
    QVERIFY2(multi.ok(), qPrintable(multi.outcome.describe()));
    const auto post = rig.server.post(multi.value.remoteId);
    QCOMPARE(post.photoIds.size(), 2);
    QVERIFY(!post.published);
    for (const QString &id : post.photoIds)
        QVERIFY(rig.server.photo(id).temporary); // required for a scheduled multi-photo post

    rig.advance(3 * 24 * 3600);
    QVERIFY(rig.server.post(single.value.remoteId).published);
    QVERIFY(rig.server.post(multi.value.remoteId).published);
}

void TestFacebookSchedule::aCommentCannotBeScheduled()
{
    test::FacebookRig rig;
    OutgoingPost comment = test::textPost(QStringLiteral("Plus tard"));
    comment.inReplyToRemoteId = rig.server.addPagePost(QStringLiteral("Post"), rig.now());
    QCOMPARE(rig.adapter()->schedule(comment, rig.now().addDays(1)).outcome.kind, OutcomeKind::Validation);
    QCOMPARE(rig.server.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestFacebookSchedule)
#include "tst_facebookschedule.moc"
