// Reading from Mastodon: the inbox sync with its cursor, conversations, listening, metrics
// and the sign-in, against the fake instance and the documentation's own examples.
#include "mastodonrig.h"

#include "platforms/mastodon/mastodonjson.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace vigie;
using namespace vigie::platforms;

namespace {

struct SyncRun
{
    Outcome outcome;
    QList<InboxPage> pages;
    QList<RemoteMessage> messages() const
    {
        QList<RemoteMessage> all;
        for (const auto &page : pages)
            all << page.messages;
        return all;
    }
    QString lastCursor() const { return pages.isEmpty() ? QString() : pages.last().cursorAfter; }
};

SyncRun sync(mastodon::MastodonAdapter &adapter, const QString &cursor)
{
    SyncRun run;
    run.outcome = adapter.syncInbox(cursor, [&](const InboxPage &page) {
        run.pages << page;
        return true;
    });
    return run;
}

} // namespace

class TestMastodonInbox : public QObject
{
    Q_OBJECT

private slots:
    void syncReadsPagesOldestFirstAndResumesFromTheCursor();
    void threadRootComesFromContextOncePerConversation();
    void htmlContentBecomesTheTextAsWritten();
    void documentationExamplesReadAsPlainText();
    void otherAndUnknownNotificationTypesAreSkipped();
    void stoppingThePageCallbackStopsTheSync();
    void fetchThreadGivesTheWholeConversation();
    void searchesATagTimelinePageByPage();
    void searchesTermsWithThePlusSignIntact();
    void readsPostMetrics();
    void signInReadsTheInstanceLimits();
    void signInFallsBackToTheV1Instance();
    void readsLinkHeaders();
    void syncsTenThousandMentions();
};

void TestMastodonInbox::syncReadsPagesOldestFirstAndResumesFromTheCursor()
{
    test::MastodonRig rig;
    QStringList ids;
    for (int i = 1; i <= 5; ++i)
        ids << rig.server.addMention(QStringLiteral("marie@piaille.fr"),
                                     QStringLiteral("@vigie_brand message %1").arg(i));
    auto adapter = rig.adapter();
    adapter->setNotificationPageSize(2);

    const SyncRun first = sync(*adapter, {});
    QVERIFY2(first.outcome.ok(), qPrintable(first.outcome.describe()));
    QCOMPARE(first.pages.size(), 3); // 2 + 2 + 1
    QStringList seen;
    for (const auto &m : first.messages())
        seen << m.remoteId;
    QCOMPARE(seen, ids); // oldest first, nothing twice
    for (const auto &page : first.pages)
        QVERIFY(!page.cursorAfter.isEmpty());
    QVERIFY(mastodon::idLessThan(first.pages.at(0).cursorAfter, first.pages.at(1).cursorAfter));
    const RemoteMessage m = first.messages().first();
    QCOMPARE(m.kind, QStringLiteral("mention"));
    QCOMPARE(m.author.handle, QStringLiteral("marie@piaille.fr"));
    QCOMPARE(m.author.displayName, QStringLiteral("Marie"));
    QCOMPARE(m.text, QStringLiteral("@vigie_brand message 1"));
    QCOMPARE(m.rootRemoteId, m.remoteId);
    QVERIFY(m.url.startsWith(QStringLiteral("https://piaille.fr/@marie/")));
    QVERIFY(m.createdAt.isValid());

    // The next sync asks only for what came after the stored cursor.
    const QString later =
        rig.server.addMention(QStringLiteral("paul@mamot.fr"), QStringLiteral("@vigie_brand et moi ?"));
    rig.server.clearRequests();
    const SyncRun second = sync(*adapter, first.lastCursor());
    QVERIFY(second.outcome.ok());
    QCOMPARE(second.messages().size(), 1);
    QCOMPARE(second.messages().first().remoteId, later);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/notifications")),
             2); // the page, then empty

    const SyncRun third = sync(*adapter, second.lastCursor());
    QVERIFY(third.outcome.ok());
    QVERIFY(third.pages.isEmpty());
}

void TestMastodonInbox::threadRootComesFromContextOncePerConversation()
{
    test::MastodonRig rig;
    const QString brandPost =
        rig.server.addStatus(QStringLiteral("vigie_brand"), QStringLiteral("Notre campagne"));
    const QString a = rig.server.addMention(QStringLiteral("marie@piaille.fr"),
                                            QStringLiteral("@vigie_brand super"), brandPost);
    const QString b = rig.server.addMention(QStringLiteral("paul@mamot.fr"),
                                            QStringLiteral("@marie@piaille.fr @vigie_brand oui"), a);
    const QString c = rig.server.addMention(QStringLiteral("jean@mastodon.social"),
                                            QStringLiteral("@vigie_brand autre sujet"));
    auto adapter = rig.adapter();
    const SyncRun run = sync(*adapter, {});
    QVERIFY(run.outcome.ok());
    const auto messages = run.messages();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).remoteId, a);
    QCOMPARE(messages.at(0).rootRemoteId, brandPost);
    QCOMPARE(messages.at(0).parentRemoteId, brandPost);
    QCOMPARE(messages.at(0).kind, QStringLiteral("reply")); // answers the brand's own post
    QCOMPARE(messages.at(1).rootRemoteId, brandPost);
    QCOMPARE(messages.at(1).parentRemoteId, a);
    QCOMPARE(messages.at(1).kind, QStringLiteral("mention"));
    QCOMPARE(messages.at(2).rootRemoteId, c);
    QCOMPARE(adapter->contextRequestsInLastSync(), 1); // b's parent was known from a's context
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/statuses/.*/context")), 1);
}

void TestMastodonInbox::htmlContentBecomesTheTextAsWritten()
{
    test::MastodonRig rig;
    const QString written =
        QStringLiteral("@vigie_brand Bonjour,\nune question <sur> les \"effets\" & l'ordonnance\n\n"
                       "Voir https://example.org/une/tres/longue/adresse/qui/depasse/trente #santé");
    // Unlisted: a direct one would be left to the conversations (tst_mastodondirect).
    rig.server.addMention(QStringLiteral("marie@piaille.fr"), written, {}, QStringLiteral("unlisted"));
    const SyncRun run = sync(*rig.adapter(), {});
    QCOMPARE(run.messages().size(), 1);
    QCOMPARE(run.messages().first().text, written);
    QCOMPARE(run.messages().first().kind, QStringLiteral("mention"));
}

void TestMastodonInbox::documentationExamplesReadAsPlainText()
{
    const QJsonArray notifications =
        QJsonDocument::fromJson(test::mastodonFixture("notifications.json")).array();
    const QJsonObject mention = notifications.at(0).toObject().value(QStringLiteral("status")).toObject();
    const RemoteMessage m =
        mastodon::messageFromStatus(mention, QStringLiteral("14715"), QStringLiteral("mastodon.social"));
    QCOMPARE(m.text, QStringLiteral("@trwnh sup!"));
    QCOMPARE(m.author.handle, QStringLiteral("zsc@mastodon.social"));
    QCOMPARE(m.parentRemoteId, QStringLiteral("103186038209478945"));
    QCOMPARE(m.createdAt, QDateTime(QDate(2019, 11, 23), QTime(7, 49, 1, 940), Qt::UTC));

    const QJsonObject other = notifications.at(1).toObject().value(QStringLiteral("status")).toObject();
    QCOMPARE(mastodon::htmlToPlainText(other.value(QStringLiteral("content")).toString()),
             QStringLiteral("The <p> tags & \"quotes\" are fine.\nSecond line\n\nSecond paragraph "
                            "https://example.com/long/path"));
    QCOMPARE(mastodon::htmlToPlainText(QStringLiteral("<p>&#233;t&eacute; &#x1F600; &unknown; a&b</p>")),
             QStringLiteral("été 😀 &unknown; a&b"));
    QCOMPARE(mastodon::htmlToPlainText(QStringLiteral("<p>cut <a href=")), QStringLiteral("cut"));

    // GET /api/v1/statuses/:id as documented: a local account's handle gets its server.
    const QJsonObject status = QJsonDocument::fromJson(test::mastodonFixture("status.json")).object();
    const RemoteMessage hello = mastodon::messageFromStatus(status, QStringLiteral("1"), QString());
    QCOMPARE(hello.text, QStringLiteral("Hello world"));
    QCOMPARE(hello.author.handle, QStringLiteral("Gargron@mastodon.social"));
    QCOMPARE(hello.author.displayName, QStringLiteral("Eugen"));
    QCOMPARE(hello.url, QStringLiteral("https://mastodon.social/@Gargron/1"));
    QCOMPARE(hello.language, QStringLiteral("en"));
    QVERIFY(hello.fromAccount);
    QVERIFY(hello.parentRemoteId.isEmpty());
}

void TestMastodonInbox::otherAndUnknownNotificationTypesAreSkipped()
{
    test::MastodonRig rig;
    rig.server.setIgnoresNotificationTypeFilter(true); // as servers before 3.5
    const QString post = rig.server.addStatus(QStringLiteral("vigie_brand"), QStringLiteral("Bonjour"));
    rig.server.addNotification(QStringLiteral("favourite"), QStringLiteral("paul@mamot.fr"), post);
    const QString mention =
        rig.server.addMention(QStringLiteral("marie@piaille.fr"), QStringLiteral("@vigie_brand hi"));
    const QString lastId =
        rig.server.addNotification(QStringLiteral("emoji_reaction"), QStringLiteral("paul@mamot.fr"), post);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("unknown notification type.*emoji_reaction")));
    const SyncRun run = sync(*rig.adapter(), {});
    QVERIFY(run.outcome.ok());
    QCOMPARE(run.messages().size(), 1);
    QCOMPARE(run.messages().first().remoteId, mention);
    QCOMPARE(run.lastCursor(), lastId); // the cursor still moves past what was skipped
}

void TestMastodonInbox::stoppingThePageCallbackStopsTheSync()
{
    test::MastodonRig rig;
    for (int i = 0; i < 4; ++i)
        rig.server.addMention(QStringLiteral("marie@piaille.fr"), QStringLiteral("@vigie_brand %1").arg(i));
    auto adapter = rig.adapter();
    adapter->setNotificationPageSize(2);
    int pages = 0;
    const Outcome outcome = adapter->syncInbox({}, [&](const InboxPage &) {
        ++pages;
        return false; // the store failed
    });
    QVERIFY(!outcome.ok());
    QCOMPARE(pages, 1);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/notifications")), 1);
}

void TestMastodonInbox::fetchThreadGivesTheWholeConversation()
{
    test::MastodonRig rig;
    const QString root =
        rig.server.addStatus(QStringLiteral("vigie_brand"), QStringLiteral("Notre campagne"));
    const QString a =
        rig.server.addStatus(QStringLiteral("marie@piaille.fr"), QStringLiteral("@vigie_brand super"), root);
    const QString b =
        rig.server.addStatus(QStringLiteral("paul@mamot.fr"), QStringLiteral("@marie@piaille.fr oui"), a);
    const QString aside =
        rig.server.addStatus(QStringLiteral("jean@mastodon.social"), QStringLiteral("ailleurs"));
    const auto thread = rig.adapter()->fetchThread(a);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.describe()));
    QCOMPARE(thread.value.size(), 3);
    QCOMPARE(thread.value.at(0).remoteId, root);
    QVERIFY(thread.value.at(0).fromAccount);
    QCOMPARE(thread.value.at(0).kind, QStringLiteral("post"));
    QCOMPARE(thread.value.at(1).remoteId, a);
    QCOMPARE(thread.value.at(2).remoteId, b);
    QCOMPARE(thread.value.at(2).kind, QStringLiteral("reply"));
    for (const auto &m : thread.value)
        QCOMPARE(m.rootRemoteId, root);
    Q_UNUSED(aside);
}

void TestMastodonInbox::searchesATagTimelinePageByPage()
{
    test::MastodonRig rig;
    const QString one =
        rig.server.addStatus(QStringLiteral("marie@piaille.fr"), QStringLiteral("Vaccin fait #Santé"));
    rig.server.addStatus(QStringLiteral("paul@mamot.fr"), QStringLiteral("rien à voir"));
    const QString two =
        rig.server.addStatus(QStringLiteral("paul@mamot.fr"), QStringLiteral("#santé publique"));
    rig.server.addStatus(QStringLiteral("jean@mastodon.social"), QStringLiteral("#santé mais non listé"), {},
                         QStringLiteral("unlisted"));
    const QString three =
        rig.server.addStatus(QStringLiteral("jean@mastodon.social"), QStringLiteral("Encore #santé"));
    auto adapter = rig.adapter();
    SearchQuery query;
    query.hashtag = QStringLiteral("#santé");
    query.limit = 2;
    const auto first = adapter->search(query);
    QVERIFY2(first.ok(), qPrintable(first.outcome.describe()));
    QCOMPARE(first.value.posts.size(), 2);
    QCOMPARE(first.value.posts.at(0).remoteId, three); // newest first
    QCOMPARE(first.value.posts.at(1).remoteId, two);
    QVERIFY(!first.value.nextCursor.isEmpty());
    query.cursor = first.value.nextCursor;
    const auto second = adapter->search(query);
    QVERIFY(second.ok());
    QCOMPARE(second.value.posts.size(), 1);
    QCOMPARE(second.value.posts.at(0).remoteId, one);
    QCOMPARE(second.value.posts.at(0).kind, QStringLiteral("post"));
}

void TestMastodonInbox::searchesTermsWithThePlusSignIntact()
{
    test::MastodonRig rig;
    const QString cpp = rig.server.addStatus(QStringLiteral("marie@piaille.fr"),
                                             QStringLiteral("J'apprends le C++ et la santé"));
    rig.server.addStatus(QStringLiteral("paul@mamot.fr"), QStringLiteral("le C et la santé"));
    for (int i = 0; i < 3; ++i)
        rig.server.addStatus(QStringLiteral("jean@mastodon.social"),
                             QStringLiteral("vaccin numéro %1").arg(i));
    auto adapter = rig.adapter();
    SearchQuery query;
    query.terms = QStringLiteral("C++ santé");
    const auto found = adapter->search(query);
    QVERIFY(found.ok());
    QCOMPARE(found.value.posts.size(), 1);
    QCOMPARE(found.value.posts.first().remoteId, cpp);
    QVERIFY(found.value.nextCursor.isEmpty());

    query.terms = QStringLiteral("vaccin");
    query.limit = 2;
    const auto page1 = adapter->search(query);
    QCOMPARE(page1.value.posts.size(), 2);
    QCOMPARE(page1.value.nextCursor, QStringLiteral("2"));
    query.cursor = page1.value.nextCursor;
    const auto page2 = adapter->search(query);
    QCOMPARE(page2.value.posts.size(), 1);
    QCOMPARE(page2.value.posts.first().text, QStringLiteral("vaccin numéro 0"));

    QCOMPARE(adapter->search(SearchQuery{}).outcome.kind, OutcomeKind::Validation);
}

void TestMastodonInbox::readsPostMetrics()
{
    test::MastodonRig rig;
    const QString post = rig.server.addStatus(QStringLiteral("vigie_brand"), QStringLiteral("Campagne"));
    rig.server.setStatusCounts(post, 12, 3);
    rig.server.addStatus(QStringLiteral("marie@piaille.fr"), QStringLiteral("bravo"), post);
    rig.server.addStatus(QStringLiteral("paul@mamot.fr"), QStringLiteral("merci"), post);
    const auto metrics = rig.adapter()->metrics(post);
    QVERIFY(metrics.ok());
    QCOMPARE(metrics.value.likes, 12);
    QCOMPARE(metrics.value.reposts, 3);
    QCOMPARE(metrics.value.replies, 2);
    QCOMPARE(rig.adapter()->metrics(QStringLiteral("999")).outcome.kind, OutcomeKind::Permanent);
}

void TestMastodonInbox::signInReadsTheInstanceLimits()
{
    test::MastodonRig rig;
    rig.server.setMaxCharacters(5000);
    rig.server.setOwnAccount(QStringLiteral("pharma_fr"), QStringLiteral("Pharma France"));
    auto adapter = rig.adapter();
    QCOMPARE(adapter->limits().maxLength, 500); // before sign-in: Mastodon's default
    const auto profile = adapter->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.remoteUserId, rig.server.ownAccount().id);
    QCOMPARE(profile.value.handle, QStringLiteral("pharma_fr@mastodon.example"));
    QCOMPARE(profile.value.displayName, QStringLiteral("Pharma France"));
    QCOMPARE(profile.value.maxLength, 5000);
    QCOMPARE(adapter->limits().maxLength, 5000);
    QVERIFY(adapter->limits().mediaTypes.contains(QStringLiteral("video/mp4")));
    QCOMPARE(adapter->limits().maxImageBytes, 10485760); // the instance's own, not the default
    QCOMPARE(rig.adapter(QStringLiteral("wrong"))->signIn().outcome.kind, OutcomeKind::AuthExpired);
}

void TestMastodonInbox::signInFallsBackToTheV1Instance()
{
    test::MastodonRig rig;
    rig.server.setInstanceV2Available(false);
    rig.server.setMaxCharacters(1000);
    const auto profile = rig.adapter()->signIn();
    QVERIFY(profile.ok());
    QCOMPARE(profile.value.maxLength, 1000);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/instance")), 1);
}

void TestMastodonInbox::readsLinkHeaders()
{
    // The documentation's example, and the fake's own header.
    const auto links = mastodon::parseLinkHeader(
        "<https://mastodon.example/api/v1/notifications?max_id=34975535>; rel=\"next\", "
        "<https://mastodon.example/api/v1/notifications?min_id=34975861>; rel=\"prev\"");
    QCOMPARE(mastodon::linkParameter(links, QStringLiteral("next"), QStringLiteral("max_id")),
             QStringLiteral("34975535"));
    QCOMPARE(mastodon::linkParameter(links, QStringLiteral("prev"), QStringLiteral("min_id")),
             QStringLiteral("34975861"));
    QVERIFY(mastodon::linkParameter(links, QStringLiteral("last"), QStringLiteral("min_id")).isEmpty());
    QVERIFY(mastodon::idLessThan(QStringLiteral("99"), QStringLiteral("100")));
}

void TestMastodonInbox::syncsTenThousandMentions()
{
    test::MastodonRig rig;
    QElapsedTimer seeding;
    seeding.start();
    rig.server.seedMentions(10000);
    const qint64 seedMs = seeding.elapsed();
    auto adapter = rig.adapter();
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    QString cursor;
    const Outcome outcome = adapter->syncInbox({}, [&](const InboxPage &page) {
        count += int(page.messages.size());
        cursor = page.cursorAfter;
        return true;
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(count, 10000);
    // Replies go under 50 brand posts: one context request per conversation at most.
    QVERIFY(adapter->contextRequestsInLastSync() <= 50);
    qInfo("seeded in %lld ms, synced 10,000 mentions in %lld ms (%d context requests)", seedMs,
          timer.elapsed(), adapter->contextRequestsInLastSync());
}

QTEST_GUILESS_MAIN(TestMastodonInbox)
#include "tst_mastodoninbox.moc"
