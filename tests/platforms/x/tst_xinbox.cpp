// Reading X against the fake: the documented mentions answer, the inbox walk with its cursor,
// threads, listening search with next_token, and the per-endpoint rate-limit gate.
#include "xrig.h"

#include "platforms/x/xjson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace vigie;
using namespace vigie::platforms;

namespace {

struct Collected
{
    QList<InboxPage> pages;
    QList<RemoteMessage> messages() const
    {
        QList<RemoteMessage> all;
        for (const InboxPage &page : pages)
            all += page.messages;
        return all;
    }
};

Outcome sync(x::XAdapter &adapter, const QString &cursor, Collected &out)
{
    return adapter.syncInbox(cursor, [&](const InboxPage &page) {
        out.pages.append(page);
        return true;
    });
}

} // namespace

class TestXInbox : public QObject
{
    Q_OBJECT

private slots:
    void documentedMentionsAreRead();
    void inboxWalksEveryPageAndResumesFromItsCursor();
    void emptyInboxKeepsTheCursor();
    void stoppedSyncDoesNotMoveTheCursor();
    void threadComesFromTheConversation();
    void searchPagesWithNextToken();
    void hashtagIsSearchedAsATag();
    void exhaustedWindowSendsNothingUntilReset();
    void tooManyRequestsWaitsForTheReset();
    void otherEndpointsAreNotHeldBack();
};

void TestXInbox::documentedMentionsAreRead()
{
    const QJsonObject root = QJsonDocument::fromJson(test::xFixture("mentions_example.json")).object();
    const x::Includes includes = x::includesOf(root);
    const QJsonArray data = root.value(QStringLiteral("data")).toArray();
    const RemoteMessage reply =
        x::messageFromTweet(data.at(0).toObject(), includes, QStringLiteral("2244994945"));
    QCOMPARE(reply.kind, QStringLiteral("reply"));
    QCOMPARE(reply.parentRemoteId, QStringLiteral("1375152449264529410"));
    QCOMPARE(reply.rootRemoteId, QStringLiteral("1375152449264529410"));
    QCOMPARE(reply.author.handle, QStringLiteral("suhemparack"));
    QCOMPARE(reply.author.displayName, QStringLiteral("Suhem Parack"));
    QCOMPARE(reply.author.followers, 9012);
    QCOMPARE(reply.text,
             QStringLiteral(
                 "@TwitterDev I can't wait to see what you build & share https://developer.x.com/en/docs"));
    QCOMPARE(reply.url, QStringLiteral("https://x.com/suhemparack/status/1375152598945312768"));
    QCOMPARE(reply.createdAt, QDateTime(QDate(2021, 3, 25), QTime(18, 34, 41), Qt::UTC));
    QCOMPARE(reply.language, QStringLiteral("en"));
    QVERIFY(!reply.fromAccount);
    const RemoteMessage quote =
        x::messageFromTweet(data.at(1).toObject(), includes, QStringLiteral("2244994945"));
    QCOMPARE(quote.kind, QStringLiteral("quote"));
    QCOMPARE(quote.parentRemoteId, QString());
}

void TestXInbox::inboxWalksEveryPageAndResumesFromItsCursor()
{
    test::XRig rig;
    const QString post = rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Notre actu"));
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << rig.server.addTweet(QStringLiteral("patient%1").arg(i % 3),
                                   QStringLiteral("@vigie_brand question %1").arg(i),
                                   i % 2 ? post : QString());
    rig.server.addTweet(QStringLiteral("marie"), QStringLiteral("Rien \u00e0 voir"));
    auto adapter = rig.adapter();
    adapter->setPageSize(5);
    Collected first;
    QVERIFY(sync(*adapter, {}, first).ok());
    QCOMPARE(first.pages.size(), 3); // 5 + 5 + 2, newest page first
    QCOMPARE(first.pages.at(0).cursorAfter, QString());
    QCOMPARE(first.pages.at(1).cursorAfter, QString());
    QCOMPARE(first.pages.at(2).cursorAfter, ids.constLast()); // the newest mention, on the last page
    QStringList seen;
    for (const RemoteMessage &m : first.messages())
        seen << m.remoteId;
    std::sort(seen.begin(), seen.end());
    QStringList expected = ids;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(seen, expected);
    const RemoteMessage replyToUs = first.pages.at(0).messages.constLast(); // the newest: i = 11, a reply
    QCOMPARE(replyToUs.remoteId, ids.at(11));
    QCOMPARE(replyToUs.kind, QStringLiteral("reply"));
    QCOMPARE(replyToUs.rootRemoteId, post);
    QCOMPARE(replyToUs.author.handle, QStringLiteral("patient2"));
    QVERIFY(replyToUs.author.followers > 0);
    const auto mentionsRequest = rig.server.requests().constLast();
    QCOMPARE(mentionsRequest.query.queryItemValue(QStringLiteral("expansions")),
             QStringLiteral("author_id,referenced_tweets.id"));

    // Two more mentions later: the next sync asks only for what is newer than the cursor.
    const QString later1 = rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("@vigie_brand encore"));
    const QString later2 =
        rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("@Vigie_Brand et encore"));
    Collected second;
    QVERIFY(sync(*adapter, first.pages.constLast().cursorAfter, second).ok());
    QCOMPARE(second.pages.size(), 1);
    QCOMPARE(second.pages.at(0).messages.size(), 2);
    QCOMPARE(second.pages.at(0).messages.at(0).remoteId, later1); // oldest first within a page
    QCOMPARE(second.pages.at(0).cursorAfter, later2);
    QCOMPARE(rig.server.requests().constLast().query.queryItemValue(QStringLiteral("since_id")),
             ids.constLast());
}

void TestXInbox::emptyInboxKeepsTheCursor()
{
    test::XRig rig;
    const QString mention = rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("@vigie_brand salut"));
    Collected collected;
    QVERIFY(sync(*rig.adapter(), mention, collected).ok());
    QVERIFY(collected.pages.isEmpty());
}

void TestXInbox::stoppedSyncDoesNotMoveTheCursor()
{
    test::XRig rig;
    for (int i = 0; i < 8; ++i)
        rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("@vigie_brand n%1").arg(i));
    auto adapter = rig.adapter();
    adapter->setPageSize(5);
    QList<InboxPage> pages;
    const Outcome outcome = adapter->syncInbox({}, [&](const InboxPage &page) {
        pages << page;
        return false; // the store failed
    });
    QCOMPARE(outcome.kind, OutcomeKind::Transient);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.at(0).cursorAfter.isEmpty());
}

void TestXInbox::threadComesFromTheConversation()
{
    test::XRig rig;
    const QString root =
        rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Lancement"), {}, {}, 600);
    const QString a = rig.server.addTweet(QStringLiteral("marie"), QStringLiteral("Bravo"), root);
    const QString b = rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("Et le prix ?"), a);
    const QString c = rig.server.addTweet(QStringLiteral("vigie_brand"), QStringLiteral("Voir le site"), b);
    rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("Autre sujet"));
    const auto thread = rig.adapter()->fetchThread(b);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.describe()));
    QStringList ids;
    for (const RemoteMessage &m : thread.value)
        ids << m.remoteId;
    QCOMPARE(ids, (QStringList{root, a, b, c}));
    QVERIFY(thread.value.at(0).fromAccount);
    QVERIFY(thread.value.at(3).fromAccount);
    QCOMPARE(thread.value.at(2).parentRemoteId, a);
}

void TestXInbox::searchPagesWithNextToken()
{
    test::XRig rig;
    for (int i = 0; i < 25; ++i)
        rig.server.addTweet(QStringLiteral("user%1").arg(i),
                            QStringLiteral("Le Doliprane me soulage %1").arg(i));
    rig.server.addTweet(QStringLiteral("other"), QStringLiteral("Autre chose"));
    auto adapter = rig.adapter();
    SearchQuery query;
    query.terms = QStringLiteral("doliprane");
    query.limit = 10;
    QStringList seen;
    int pages = 0;
    do {
        const auto page = adapter->search(query);
        QVERIFY2(page.ok(), qPrintable(page.outcome.describe()));
        for (const RemoteMessage &post : page.value.posts) {
            QCOMPARE(post.kind, QStringLiteral("post"));
            seen << post.remoteId;
        }
        query.cursor = page.value.nextCursor;
        ++pages;
    } while (!query.cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    QCOMPARE(
        rig.server.requests().constLast().query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
        QStringLiteral("doliprane -is:retweet"));
}

void TestXInbox::hashtagIsSearchedAsATag()
{
    test::XRig rig;
    const QString tagged =
        rig.server.addTweet(QStringLiteral("marie"), QStringLiteral("Bonne id\u00e9e #Vaccination"));
    rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("La vaccination sans di\u00e8se"));
    SearchQuery query;
    query.hashtag = QStringLiteral("vaccination");
    const auto page = rig.adapter()->search(query);
    QVERIFY2(page.ok(), qPrintable(page.outcome.describe()));
    QCOMPARE(page.value.posts.size(), 1);
    QCOMPARE(page.value.posts.at(0).remoteId, tagged);
}

void TestXInbox::exhaustedWindowSendsNothingUntilReset()
{
    test::XRig rig;
    for (int i = 0; i < 8; ++i)
        rig.server.addTweet(QStringLiteral("paul"), QStringLiteral("@vigie_brand n%1").arg(i));
    // The first page is the window's last request: the second must not be sent.
    rig.server.setRateLimit(QStringLiteral("GET /2/users/:id/mentions"), 180, 1, 600);
    auto adapter = rig.adapter();
    adapter->setPageSize(5);
    Collected collected;
    const Outcome outcome = sync(*adapter, {}, collected);
    QCOMPARE(outcome.kind, OutcomeKind::RateLimited);
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 600;
    QVERIFY(qAbs(outcome.retryAt.toSecsSinceEpoch() - reset) <= 2);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/2/users/\\d+/mentions")), 1);
    QVERIFY(collected.pages.isEmpty() || collected.pages.constLast().cursorAfter.isEmpty());
    // The same job asks again: still nothing goes out before the reset.
    Collected again;
    QCOMPARE(sync(*adapter, {}, again).kind, OutcomeKind::RateLimited);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/2/users/\\d+/mentions")), 1);
}

void TestXInbox::tooManyRequestsWaitsForTheReset()
{
    test::XRig rig;
    rig.server.setRateLimit(QStringLiteral("GET /2/tweets/search/recent"), 180, 0, 300);
    SearchQuery query;
    query.terms = QStringLiteral("doliprane");
    const auto page = rig.adapter()->search(query);
    QCOMPARE(page.outcome.kind, OutcomeKind::RateLimited);
    QCOMPARE(page.outcome.httpStatus, 429);
    QCOMPARE(page.outcome.serverMessage, QStringLiteral("Too Many Requests"));
    QVERIFY(qAbs(page.outcome.retryAt.toSecsSinceEpoch() - (QDateTime::currentSecsSinceEpoch() + 300)) <= 2);
}

void TestXInbox::otherEndpointsAreNotHeldBack()
{
    test::XRig rig;
    rig.server.setRateLimit(QStringLiteral("GET /2/users/:id/mentions"), 180, 0, 600);
    auto adapter = rig.adapter();
    Collected collected;
    QCOMPARE(sync(*adapter, {}, collected).kind, OutcomeKind::RateLimited);
    OutgoingPost post;
    post.text = QStringLiteral("Publier reste possible");
    QVERIFY(adapter->publish(post).ok());
}

QTEST_GUILESS_MAIN(TestXInbox)
#include "tst_xinbox.moc"
