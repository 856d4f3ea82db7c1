// Reading from the fake PDS/AppView: the inbox walk over listNotifications with its cursor,
// threads from getPostThread (with missing and blocked posts), listening with searchPosts and
// metrics from getPosts. Shapes the fake does not make are served from documentation-shaped
// fixtures in tests/data/bluesky/.
#include "blueskyharness.h"

#include "platforms/bluesky/blueskyviews.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::bluesky;
using vigie::fakes::FakeBlueskyNotification;
using vigie::fakes::Fault;
using vigie::fakes::FaultKind;

namespace {

const QString kListNotifications = QStringLiteral("/xrpc/app\\.bsky\\.notification\\.listNotifications");
const QString kGetPostThread = QStringLiteral("/xrpc/app\\.bsky\\.feed\\.getPostThread");
const QString kSearchPosts = QStringLiteral("/xrpc/app\\.bsky\\.feed\\.searchPosts");

using Walk = test::InboxWalk;

Walk sync(BlueskyAdapter &adapter, const QString &cursor, int stopAfterPages = -1)
{
    Walk walk;
    walk.outcome = adapter.syncInbox(cursor, [&](const InboxPage &page) {
        walk.pages.append(page);
        return stopAfterPages < 0 || walk.pages.size() < stopAfterPages;
    });
    return walk;
}

void addNotification(fakes::FakeBlueskyServer &server, const QString &recipient, const QString &reason,
                     const QString &author, const QDateTime &at)
{
    const QString collection = reason == "follow" ? "app.bsky.graph.follow" : "app.bsky.feed.like";
    FakeBlueskyNotification n;
    n.recipientDid = recipient;
    n.uri = QString("at://%1/%2/3ll2rzz5yq22b").arg(author, collection);
    n.cid = "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a";
    n.authorDid = author;
    n.reason = reason;
    n.record = QJsonObject{{"$type", collection}, {"createdAt", at.toString(Qt::ISODateWithMs)}};
    n.indexedAt = at;
    server.addNotification(n);
}

} // namespace

class TestBlueskyInbox : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncHandsOverConversationsPageByPage();
    void nextSyncStopsAtTheStoredCursor();
    void failedWalkLeavesCursorAlone();
    void callerCanStopTheWalk();
    void replyNotificationBecomesAMessage();
    void readsTheDocumentedNotificationShape();
    void syncsTenThousandMentions();
    void threadHasAncestorsSelfAndReplies();
    void threadSurvivesMissingAndBlockedPosts();
    void threadOfMissingPostIsPermanent();
    void searchesHashtagsAndKeywordsWithCursor();
    void metricsComeFromPostView();
};

void TestBlueskyInbox::firstSyncHandsOverConversationsPageByPage()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    h.server.seedMentions(h.did, 250);
    const QString patient = h.server.addAccount("patient.test", {}, "Patient");
    const QString ours = h.server.createPost(h.did, "Notre message de prévention");
    h.clock.advanceSecs(5);
    h.server.createPost(patient, "Une question sur ce message", ours); // reply
    h.server.createPost(patient, "À lire absolument", {}, ours);       // quote
    addNotification(h.server, h.did, "like", patient, h.clock.now());
    addNotification(h.server, h.did, "follow", patient, h.clock.now());
    QCOMPARE(h.server.notificationCount(h.did), 254);

    const Walk walk = sync(*adapter, {});
    QVERIFY(walk.outcome.ok());
    const auto messages = walk.messages();
    QCOMPARE(messages.size(), 252); // likes and follows are not conversations
    QStringList kinds;
    for (const RemoteMessage &m : messages)
        if (!kinds.contains(m.kind))
            kinds << m.kind;
    kinds.sort();
    QCOMPARE(kinds, QStringList({"mention", "quote", "reply"}));

    // 254 notifications, 100 a page, then the empty page the AppView's cursor leads to.
    QCOMPARE(walk.pages.size(), 4);
    QCOMPARE(h.server.requestCount("GET", kListNotifications), 4);
    for (int i = 0; i < walk.pages.size() - 1; ++i)
        QVERIFY2(walk.pages.at(i).cursorAfter.isEmpty(), "only the last page moves the cursor");
    QCOMPARE(walk.pages.last().cursorAfter, QString("2025-03-14T09:30:05.000Z"));
    QCOMPARE(h.server.requests().at(1).query.queryItemValue("limit"), QString("100"));
}

void TestBlueskyInbox::nextSyncStopsAtTheStoredCursor()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    h.server.seedMentions(h.did, 300);
    const QString patient = h.server.addAccount("patient.test", {}, "Patient");
    h.server.createPost(patient, "@vigie.test dernière question d'hier");
    const Walk first = sync(*adapter, {});
    QVERIFY(first.outcome.ok());
    const QString cursor = first.pages.last().cursorAfter;
    QCOMPARE(cursor, QString("2025-03-14T09:30:00.000Z"));

    h.clock.advanceSecs(3600);
    for (const char *text : {"@vigie.test nouvelle 1", "@vigie.test nouvelle 2", "@vigie.test nouvelle 3"}) {
        h.server.createPost(patient, text);
        h.clock.advanceSecs(1);
    }
    h.server.clearRequests();
    const Walk next = sync(*adapter, cursor);
    QVERIFY(next.outcome.ok());
    // One page: the walk stops at the first notification older than the cursor. The one at
    // the cursor itself comes again (the store drops it): two could share that instant.
    QCOMPARE(h.server.requestCount("GET", kListNotifications), 1);
    QCOMPARE(next.texts(), QStringList({"@vigie.test nouvelle 3", "@vigie.test nouvelle 2",
                                        "@vigie.test nouvelle 1", "@vigie.test dernière question d'hier"}));
    QCOMPARE(next.pages.last().cursorAfter, QString("2025-03-14T10:30:02.000Z"));

    // Nothing new: the cursor stays where it is.
    const Walk idle = sync(*adapter, next.pages.last().cursorAfter);
    QVERIFY(idle.outcome.ok());
    QCOMPARE(idle.pages.last().cursorAfter, next.pages.last().cursorAfter);
    QCOMPARE(idle.messages().size(), 1);
}

void TestBlueskyInbox::failedWalkLeavesCursorAlone()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    h.server.seedMentions(h.did, 250);
    // The second page fails: the first was handed over, but with no cursor to store, so the
    // next sync walks the same way again.
    QVERIFY(sync(*adapter, {}, 1).pages.size() == 1);
    h.server.clearRequests();
    h.server.injectFault("GET", kListNotifications, Fault{}, 1);
    const Walk broken = sync(*adapter, {});
    QCOMPARE(broken.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(broken.pages.size(), 0);

    int served = 0;
    h.server.clearRequests();
    connect(&h.server, &fakes::FakeHttpServer::requestHandled, this,
            [&](const QByteArray &, const QString &path, int) {
                if (path.endsWith("listNotifications") && ++served == 1)
                    h.server.injectFault("GET", kListNotifications,
                                         Fault{FaultKind::Status, 502, "<html>Bad gateway</html>", {}});
            });
    const Walk halfway = sync(*adapter, {});
    QCOMPARE(halfway.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(halfway.pages.size(), 1);
    QVERIFY(halfway.pages.first().cursorAfter.isEmpty());
    QCOMPARE(halfway.pages.first().messages.size(), 100);
}

void TestBlueskyInbox::callerCanStopTheWalk()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    h.server.seedMentions(h.did, 250);
    const Walk stopped = sync(*adapter, {}, 1);
    QVERIFY(!stopped.outcome.ok());
    QCOMPARE(stopped.pages.size(), 1);
    QCOMPARE(h.server.requestCount("GET", kListNotifications), 1);
}

void TestBlueskyInbox::replyNotificationBecomesAMessage()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const QString patient = h.server.addAccount("camille.bsky.social", {}, "Camille");
    const QString ours = h.server.createPost(h.did, "Nouveau : la notice en ligne");
    h.clock.advanceSecs(30);
    const QString reply = h.server.createPost(patient, "Merci ! Et pour les enfants ? 👶", ours);
    const Walk walk = sync(*adapter, {});
    QCOMPARE(walk.messages().size(), 1);
    const RemoteMessage m = walk.messages().first();
    QCOMPARE(m.remoteId, reply);
    QCOMPARE(m.kind, QString("reply"));
    QCOMPARE(m.parentRemoteId, ours);
    QCOMPARE(m.rootRemoteId, ours);
    QCOMPARE(m.author.remoteId, patient);
    QCOMPARE(m.author.handle, QString("camille.bsky.social"));
    QCOMPARE(m.author.displayName, QString("Camille"));
    QCOMPARE(m.text, QString("Merci ! Et pour les enfants ? 👶"));
    QCOMPARE(m.language, QString("fr"));
    QCOMPARE(m.url, "https://bsky.app/profile/camille.bsky.social/post/" + AtUri::parse(reply)->rkey);
    QCOMPARE(m.createdAt, h.clock.now());
    QVERIFY(!m.fromAccount);
}

void TestBlueskyInbox::readsTheDocumentedNotificationShape()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    h.server.injectFault(
        "GET", kListNotifications,
        Fault{FaultKind::Status, 200, test::readTestData("listNotifications-page.json"), {}});
    // A reason this version does not know is logged and skipped, never fatal.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("unknown notification reason value: reaction-on-post"));
    const Walk walk = sync(*adapter, {});
    QVERIFY(walk.outcome.ok());
    const auto messages = walk.messages();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).kind, QString("mention"));
    QCOMPARE(messages.at(0).author.displayName, QString("Marie (pharmacienne)"));
    QCOMPARE(messages.at(0).rootRemoteId, messages.at(0).remoteId); // starts its own conversation
    QCOMPARE(messages.at(0).createdAt, QDateTime(QDate(2025, 3, 14), QTime(9, 12, 3, 456), Qt::UTC));
    QCOMPARE(messages.at(1).kind, QString("reply"));
    QCOMPARE(messages.at(1).rootRemoteId,
             QString("at://did:plc:vigievigievigievigievig/app.bsky.feed.post/3ll2rkbbsbk2s"));
    QCOMPARE(messages.at(1).parentRemoteId,
             QString("at://did:plc:vigievigievigievigievig/app.bsky.feed.post/3ll2slmvvxc2s"));
    QCOMPARE(messages.at(1).url, QString("https://bsky.app/profile/jules.example.com/post/3ll2tnbjuwk2c"));
    QCOMPARE(messages.at(2).kind, QString("quote"));
    QCOMPARE(messages.at(2).language, QString("en"));
    QCOMPARE(messages.at(2).createdAt, QDateTime(QDate(2025, 3, 14), QTime(8, 59, 0, 123), Qt::UTC));
    QCOMPARE(walk.pages.last().cursorAfter, QString("2025-03-14T09:12:04.001Z"));
}

void TestBlueskyInbox::syncsTenThousandMentions()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    QElapsedTimer seeding;
    seeding.start();
    h.server.seedMentions(h.did, 10000);
    const qint64 seeded = seeding.elapsed();
    QElapsedTimer timer;
    timer.start();
    const Walk walk = sync(*adapter, {});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(walk.outcome.ok());
    QCOMPARE(walk.messages().size(), 10000);
    QCOMPARE(h.server.requestCount("GET", kListNotifications), 101);
    qInfo("seeded 10,000 mentions in %lld ms; synced them from the fake server in %lld ms (%d pages)", seeded,
          elapsed, int(walk.pages.size()));
}

void TestBlueskyInbox::threadHasAncestorsSelfAndReplies()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const QString patient = h.server.addAccount("patient.test", {}, "Patient");
    const QString other = h.server.addAccount("autre.test", {}, "Autre");
    const QString root = h.server.createPost(patient, "Question : effets secondaires ?");
    const QString ours = h.server.createPost(h.did, "Bonjour, contactez la pharmacovigilance.", root);
    const QString followUp = h.server.createPost(other, "Même question ici", ours);
    const QString deep = h.server.createPost(patient, "Merci à vous", followUp);
    const QString sibling = h.server.createPost(other, "Autre réponse", root);

    const auto thread = adapter->fetchThread(ours);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.serverMessage));
    QStringList ids;
    for (const RemoteMessage &m : thread.value)
        ids << m.remoteId;
    // Ancestors, the post, then what answers it, depth first. The sibling is not below it.
    QCOMPARE(ids, QStringList({root, ours, followUp, deep}));
    QVERIFY(!ids.contains(sibling));
    QVERIFY(thread.value.at(1).fromAccount);
    QCOMPARE(thread.value.at(0).kind, QString("post"));
    QCOMPARE(thread.value.at(2).kind, QString("reply"));
    QCOMPARE(thread.value.at(3).rootRemoteId, root);
    QCOMPARE(h.server.requests().last().query.queryItemValue("uri", QUrl::FullyDecoded), ours);
}

void TestBlueskyInbox::threadSurvivesMissingAndBlockedPosts()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const QString patient = h.server.addAccount("patient.test", {}, "Patient");
    const QString troll = h.server.addAccount("troll.test", {}, "Troll");
    const QString root = h.server.createPost(patient, "Question");
    const QString ours = h.server.createPost(h.did, "Réponse", root);
    h.server.createPost(troll, "Message bloqué", ours);
    const QString kept = h.server.createPost(patient, "Merci", ours);
    h.server.blockAuthor(troll);
    h.server.removeRecord(root); // deleted by its author

    const auto thread = adapter->fetchThread(ours);
    QVERIFY(thread.ok());
    QCOMPARE(thread.value.size(), 2);
    QCOMPARE(thread.value.at(0).remoteId, ours);
    QCOMPARE(thread.value.at(1).remoteId, kept);

    // The same from the documentation-shaped fixture, with a member type from the future.
    h.server.injectFault("GET", kGetPostThread,
                         Fault{FaultKind::Status, 200, test::readTestData("getPostThread.json"), {}});
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("unknown thread member type value: .*threadViewPostV2"));
    const auto fixture =
        adapter->fetchThread("at://did:plc:ragtjsm2j2vknwkz3zp4oxrd/app.bsky.feed.post/3ll2tnbjuwk2c");
    QVERIFY(fixture.ok());
    QStringList texts;
    for (const RemoteMessage &m : fixture.value)
        texts << m.text;
    QCOMPARE(texts, QStringList({"Oui, sur ordonnance.", "Merci pour la réponse 🙏 et pour les enfants ?",
                                 "Pour les enfants, demandez à votre médecin.", "Merci !"}));
}

void TestBlueskyInbox::threadOfMissingPostIsPermanent()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const auto thread = adapter->fetchThread("at://" + h.did + "/app.bsky.feed.post/3knnd5mlc2222");
    QCOMPARE(thread.outcome.kind, OutcomeKind::Permanent);
    QCOMPARE(thread.outcome.httpStatus, 400);
    QCOMPARE(adapter->fetchThread("https://bsky.app/profile/x").outcome.kind, OutcomeKind::Validation);
}

void TestBlueskyInbox::searchesHashtagsAndKeywordsWithCursor()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const QString a = h.server.addAccount("a.test");
    QStringList tagged;
    for (int i = 0; i < 5; ++i) {
        tagged << h.server.createPost(a, QString("Point n°%1 #pharmacovigilance").arg(i));
        h.clock.advanceSecs(10);
    }
    h.server.createPost(a, "Rien à voir avec le sujet");
    h.server.createPost(a, "La pharmacovigilance expliquée, sans dièse");

    SearchQuery byTag;
    byTag.hashtag = "pharmacovigilance";
    byTag.limit = 2;
    QStringList found;
    for (int page = 0; page < 5; ++page) {
        const auto result = adapter->search(byTag);
        QVERIFY2(result.ok(), qPrintable(result.outcome.serverMessage));
        for (const RemoteMessage &m : result.value.posts)
            found << m.remoteId;
        if (result.value.nextCursor.isEmpty())
            break;
        byTag.cursor = result.value.nextCursor;
    }
    QCOMPARE(h.server.requests().last().query.queryItemValue("q", QUrl::FullyDecoded),
             QString("#pharmacovigilance"));
    std::reverse(tagged.begin(), tagged.end()); // newest first
    QCOMPARE(found, tagged);
    QCOMPARE(h.server.requestCount("GET", kSearchPosts), 3);

    const auto keyword = adapter->search(SearchQuery{"pharmacovigilance expliquée", {}, {}, 40});
    QVERIFY(keyword.ok());
    QCOMPARE(keyword.value.posts.size(), 1);
    QVERIFY(keyword.value.nextCursor.isEmpty());
    // "+" and "&" reach the server as typed.
    QVERIFY(adapter->search(SearchQuery{"C++ & co", {}, {}, 10}).ok());
    QCOMPARE(h.server.requests().last().query.queryItemValue("q", QUrl::FullyDecoded), QString("C++ & co"));
}

void TestBlueskyInbox::metricsComeFromPostView()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const auto published = adapter->publish(
        OutgoingPost{"Campagne de prévention", {}, {}, 0, false, {}, "fr", {}, {}, newTid(h.clock)});
    QVERIFY(published.ok());
    const QString patient = h.server.addAccount("patient.test");
    h.server.createPost(patient, "Merci", published.value.remoteId);
    h.server.createPost(patient, "Très utile", published.value.remoteId);
    h.server.setPostCounts(published.value.remoteId, 12, 3, 1);
    const auto metrics = adapter->metrics(published.value.remoteId);
    QVERIFY(metrics.ok());
    QCOMPARE(metrics.value.likes, 12);
    QCOMPARE(metrics.value.reposts, 3);
    QCOMPARE(metrics.value.replies, 2);
    QCOMPARE(metrics.value.quotes, 1);
    h.server.removeRecord(published.value.remoteId);
    QCOMPARE(adapter->metrics(published.value.remoteId).outcome.kind, OutcomeKind::Permanent);
}

QTEST_GUILESS_MAIN(TestBlueskyInbox)
#include "tst_blueskyinbox.moc"
