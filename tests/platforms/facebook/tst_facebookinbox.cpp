// Comments on the Page reach the inbox: all of them once, oldest first, page by page; a later
// sync brings only what is new — including a new comment under an old post; hiding and
// deleting act on Facebook.
#include "facebookrig.h"

#include <QSet>

using namespace vigie;
using namespace vigie::platforms;

namespace {

struct Collected
{
    QList<RemoteMessage> messages;
    QStringList cursors;
    Outcome outcome;
};

Collected sync(facebook::FacebookAdapter &adapter, const QString &cursor, int stopAfterPages = -1)
{
    Collected c;
    int pages = 0;
    c.outcome = adapter.syncInbox(cursor, [&](const InboxPage &page) {
        if (stopAfterPages >= 0 && pages >= stopAfterPages)
            return false; // the store failed
        ++pages;
        c.messages << page.messages;
        c.cursors << page.cursorAfter;
        return true;
    });
    return c;
}

QStringList texts(const QList<RemoteMessage> &messages)
{
    QStringList all;
    for (const RemoteMessage &m : messages)
        all << m.text;
    return all;
}

} // namespace

class TestFacebookInbox : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncReadsEveryCommentOnceOldestFirst();
    void laterSyncBringsOnlyNewCommentsEvenUnderOldPosts();
    void commentShownLateWithinTheOverlapIsRead();
    void repliesKeepTheirParentAndPost();
    void visitorPostsArriveAsPosts();
    void stoppedSyncResumesWithoutLosingAnything();
    void postsOlderThanTheLookbackAreNotRead();
    void threadOfACommentHasItsPostAndAnswers();
    void hideAndDeleteActOnFacebook();
    void readingCommentsWithoutThePermissionNamesIt();
};

void TestFacebookInbox::firstSyncReadsEveryCommentOnceOldestFirst()
{
    test::FacebookRig rig;
    QSet<QString> expected;
    for (int p = 0; p < 7; ++p) {
        const QString post =
            rig.server.addPagePost(QStringLiteral("Post %1").arg(p), rig.now().addDays(-20 + p));
        for (int c = 0; c < 9; ++c)
            expected << rig.server.addComment(post, QStringLiteral("Personne %1").arg(c),
                                              QStringLiteral("Commentaire %1.%2").arg(p).arg(c),
                                              rig.now().addDays(-20 + p).addSecs(60 * (c + 1)));
    }
    auto adapter = rig.adapter();
    adapter->setPageSize(5); // pages of 5: the feed and each post's comments span several
    const Collected got = sync(*adapter, {});
    QVERIFY2(got.outcome.ok(), qPrintable(got.outcome.describe()));
    QCOMPARE(got.messages.size(), 63);
    QSet<QString> ids;
    for (const RemoteMessage &m : got.messages)
        ids << m.remoteId;
    QCOMPARE(ids, expected); // every comment, none twice
    for (qsizetype i = 1; i < got.messages.size(); ++i)
        QVERIFY(got.messages.at(i - 1).createdAt <= got.messages.at(i).createdAt);
    QCOMPARE(got.cursors.size(), 13); // 63 messages in pages of 5
    QCOMPARE(got.cursors.last().toLongLong(), got.messages.last().createdAt.toSecsSinceEpoch());
    // Facebook's next links were followed (not re-asked from the start) and without the token in them.
    QVERIFY(rig.server.requestCount("GET", QStringLiteral("/v21.0/[0-9]+/feed")) >= 2);
    for (const auto &request : rig.server.requests())
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("access_token")));
    const RemoteMessage &first = got.messages.first();
    QCOMPARE(first.kind, QStringLiteral("comment"));
    QCOMPARE(first.text, QStringLiteral("Commentaire 0.0"));
    QCOMPARE(first.author.displayName, QStringLiteral("Personne 0"));
    QCOMPARE(first.author.remoteId, rig.server.personId(QStringLiteral("Personne 0")));
    QVERIFY(first.url.contains(QStringLiteral("comment_id=")));
    QVERIFY(!first.fromAccount);
}

void TestFacebookInbox::laterSyncBringsOnlyNewCommentsEvenUnderOldPosts()
{
    test::FacebookRig rig;
    const QString oldPost = rig.server.addPagePost(QStringLiteral("Ancien"), rig.now().addDays(-60));
    const QString recentPost = rig.server.addPagePost(QStringLiteral("Récent"), rig.now().addDays(-1));
    const QString quietPost = rig.server.addPagePost(QStringLiteral("Calme"), rig.now().addDays(-2));
    rig.server.addComment(oldPost, QStringLiteral("A"), QStringLiteral("vieux"), rig.now().addDays(-59));
    rig.server.addComment(recentPost, QStringLiteral("B"), QStringLiteral("hier"), rig.now().addSecs(-3600));
    rig.server.addComment(quietPost, QStringLiteral("C"), QStringLiteral("avant-hier"),
                          rig.now().addDays(-2));
    auto adapter = rig.adapter();
    const Collected first = sync(*adapter, {});
    QCOMPARE(texts(first.messages), QStringList({"vieux", "avant-hier", "hier"}));

    rig.advance(3 * 3600);
    rig.server.addComment(oldPost, QStringLiteral("D"), QStringLiteral("sous le vieux post"), rig.now());
    rig.server.addComment(recentPost, QStringLiteral("E"), QStringLiteral("nouveau"), rig.now().addSecs(1));
    rig.advance(60);
    rig.server.clearRequests();
    const qint64 cursor = first.cursors.last().toLongLong();
    const Collected second = sync(*adapter, first.cursors.last());
    QVERIFY(second.outcome.ok());
    const QStringList got = texts(second.messages);
    QVERIFY(got.contains(QStringLiteral("sous le vieux post"))); // an old post's new comment
    QVERIFY(got.contains(QStringLiteral("nouveau")));
    // Beyond those, only the last two minutes before the cursor are read again (the store
    // ignores what it has); nothing older.
    for (const RemoteMessage &m : second.messages)
        QVERIFY2(m.createdAt.toSecsSinceEpoch() >= cursor - 120, qPrintable(m.text));
    QVERIFY(!got.contains(QStringLiteral("vieux")));
    QVERIFY(!got.contains(QStringLiteral("avant-hier")));
    // Only posts with activity since the cursor had their comments read.
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/v21.0/%1/comments").arg(quietPost)), 0);
    QVERIFY(second.cursors.last().toLongLong() > cursor);
}

void TestFacebookInbox::commentShownLateWithinTheOverlapIsRead()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Post"), rig.now().addDays(-1));
    rig.server.addComment(post, QStringLiteral("A"), QStringLiteral("premier"), rig.now().addSecs(-10));
    auto adapter = rig.adapter();
    const Collected first = sync(*adapter, {});
    QCOMPARE(first.messages.size(), 1);
    // Written a minute before the last one seen, but not yet visible when Vigie read.
    rig.server.addComment(post, QStringLiteral("B"), QStringLiteral("en retard"), rig.now().addSecs(-70));
    rig.advance(300);
    QVERIFY(texts(sync(*adapter, first.cursors.last()).messages).contains(QStringLiteral("en retard")));
    // Older than the overlap: Vigie would miss it, which is why the overlap exists.
    rig.server.addComment(post, QStringLiteral("C"), QStringLiteral("trop tard"), rig.now().addSecs(-3600));
    QVERIFY(!texts(sync(*adapter, first.cursors.last()).messages).contains(QStringLiteral("trop tard")));
}

void TestFacebookInbox::repliesKeepTheirParentAndPost()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Post"), rig.now().addDays(-1));
    const QString question = rig.server.addComment(post, QStringLiteral("Marie"), QStringLiteral("Question"),
                                                   rig.now().addSecs(-600));
    const QString answer = rig.server.addComment(question, rig.server.pageName(), QStringLiteral("Réponse"),
                                                 rig.now().addSecs(-300));
    const QString followUp = rig.server.addComment(answer, QStringLiteral("Marie"), QStringLiteral("Merci"),
                                                   rig.now().addSecs(-60));
    const Collected got = sync(*rig.adapter(), {});
    QCOMPARE(got.messages.size(), 3);
    QCOMPARE(got.messages.at(0).parentRemoteId, post);
    QCOMPARE(got.messages.at(1).remoteId, answer);
    QCOMPARE(got.messages.at(1).parentRemoteId, question);
    QVERIFY(got.messages.at(1).fromAccount); // the Page's own reply
    QCOMPARE(got.messages.at(2).remoteId, followUp);
    QCOMPARE(got.messages.at(2).parentRemoteId, question); // Facebook nests two levels
    for (const RemoteMessage &m : got.messages)
        QCOMPARE(m.rootRemoteId, post);
}

void TestFacebookInbox::visitorPostsArriveAsPosts()
{
    test::FacebookRig rig;
    const QString visitor = rig.server.addVisitorPost(
        QStringLiteral("Jean"), QStringLiteral("Effets secondaires ?"), rig.now().addSecs(-120));
    rig.server.addPagePost(QStringLiteral("Annonce"), rig.now().addSecs(-60));
    const Collected got = sync(*rig.adapter(), {});
    QCOMPARE(got.messages.size(), 1); // the Page's own post is not an incoming message
    QCOMPARE(got.messages.first().remoteId, visitor);
    QCOMPARE(got.messages.first().kind, QStringLiteral("post"));
    QCOMPARE(got.messages.first().rootRemoteId, visitor);
    QCOMPARE(got.messages.first().author.displayName, QStringLiteral("Jean"));
}

void TestFacebookInbox::stoppedSyncResumesWithoutLosingAnything()
{
    test::FacebookRig rig;
    QSet<QString> expected;
    for (int p = 0; p < 3; ++p) {
        const QString post = rig.server.addPagePost(QStringLiteral("P%1").arg(p), rig.now().addDays(-3 + p));
        for (int c = 0; c < 4; ++c)
            expected << rig.server.addComment(post, QStringLiteral("X"),
                                              QStringLiteral("%1-%2").arg(p).arg(c),
                                              rig.now().addDays(-3 + p).addSecs(600 * (c + 1)));
    }
    auto adapter = rig.adapter();
    adapter->setPageSize(5);
    const Collected cut = sync(*adapter, {}, 1);
    QCOMPARE(cut.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(cut.messages.size(), 5);
    const Collected rest = sync(*adapter, cut.cursors.last());
    QVERIFY(rest.outcome.ok());
    QSet<QString> all;
    for (const RemoteMessage &m : cut.messages + rest.messages)
        all << m.remoteId;
    QCOMPARE(all, expected);
}

void TestFacebookInbox::postsOlderThanTheLookbackAreNotRead()
{
    // The documented limit: Facebook offers no "comments since" on a Page, so posts older than
    // the lookback (90 days by default) are not walked.
    test::FacebookRig rig;
    const QString ancient = rig.server.addPagePost(QStringLiteral("2024"), rig.now().addDays(-200));
    const QString recent = rig.server.addPagePost(QStringLiteral("2025"), rig.now().addDays(-10));
    rig.server.addComment(ancient, QStringLiteral("A"), QStringLiteral("sous un vieux post"), rig.now());
    rig.server.addComment(recent, QStringLiteral("B"), QStringLiteral("sous un post récent"), rig.now());
    auto adapter = rig.adapter();
    QCOMPARE(texts(sync(*adapter, {}).messages), QStringList({"sous un post récent"}));
    adapter->setInboxLookbackDays(365);
    QCOMPARE(sync(*adapter, {}).messages.size(), 2);
}

void TestFacebookInbox::threadOfACommentHasItsPostAndAnswers()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Le post"), rig.now().addDays(-1));
    const QString other =
        rig.server.addComment(post, QStringLiteral("A"), QStringLiteral("autre"), rig.now().addSecs(-900));
    const QString question =
        rig.server.addComment(post, QStringLiteral("B"), QStringLiteral("question"), rig.now().addSecs(-600));
    rig.server.addComment(question, rig.server.pageName(), QStringLiteral("réponse"),
                          rig.now().addSecs(-300));
    rig.server.addComment(other, QStringLiteral("C"), QStringLiteral("hors sujet"), rig.now().addSecs(-200));

    const auto thread = rig.adapter()->fetchThread(question);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.describe()));
    QCOMPARE(texts(thread.value), QStringList({"Le post", "question", "réponse"}));
    QCOMPARE(thread.value.first().kind, QStringLiteral("post"));
    QVERIFY(thread.value.first().fromAccount);

    const auto whole = rig.adapter()->fetchThread(post);
    QVERIFY(whole.ok());
    QCOMPARE(whole.value.size(), 5);
}

void TestFacebookInbox::hideAndDeleteActOnFacebook()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Post"), rig.now().addDays(-1));
    const QString spam = rig.server.addComment(post, QStringLiteral("S"), QStringLiteral("pub"), rig.now());
    const QString insult =
        rig.server.addComment(post, QStringLiteral("T"), QStringLiteral("insulte"), rig.now());
    auto adapter = rig.adapter();
    QVERIFY(adapter->engagement());
    QVERIFY(adapter->hideComment(spam).ok());
    QVERIFY(rig.server.comment(spam).hidden);
    QVERIFY(adapter->deleteComment(insult).ok());
    QVERIFY(!rig.server.hasComment(insult));
    const Outcome again = adapter->deleteComment(insult);
    QCOMPARE(again.kind, OutcomeKind::Permanent);
    QVERIFY(again.serverMessage.contains(QStringLiteral("deleted already")));

    rig.server.revokePermission(QStringLiteral("pages_manage_engagement"));
    const Outcome refused = adapter->hideComment(spam);
    QCOMPARE(refused.kind, OutcomeKind::Permanent);
    QVERIFY(refused.serverMessage.contains(QStringLiteral("pages_manage_engagement")));
}

void TestFacebookInbox::readingCommentsWithoutThePermissionNamesIt()
{
    test::FacebookRig rig;
    rig.server.addPagePost(QStringLiteral("Post"), rig.now());
    rig.server.revokePermission(QStringLiteral("pages_read_engagement"));
    const Outcome outcome = sync(*rig.adapter(), {}).outcome;
    QCOMPARE(outcome.kind, OutcomeKind::Permanent);
    QVERIFY(outcome.serverMessage.contains(QStringLiteral("pages_read_engagement")));
    QVERIFY(outcome.describe().contains(QStringLiteral("pages_read_engagement")));
}

QTEST_GUILESS_MAIN(TestFacebookInbox)
#include "tst_facebookinbox.moc"
