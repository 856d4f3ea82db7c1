// One listening collection against local servers that answer as Mastodon, Bluesky and news
// sites do: what a community manager would find in the analytics and the triage queue after it.
#include "collect/listencursor.h"
#include "collectfixture.h"
#include "storage/listeningrepository.h"
#include "storage/mentionrepository.h"
#include "storage/postmetricsrepository.h"
#include "storage/sqlquery.h"

#include <QtTest>

using namespace vigie;
using namespace vigie::collect;
using test::CollectFixture;

namespace {
const CollectSource *findSource(const CollectReport &report, const QString &nameContains)
{
    for (const CollectSource &s : report.sources)
        if (s.name.contains(nameContains))
            return &s;
    return nullptr;
}

QStringList bodies(const QList<test::StoredMention> &mentions)
{
    QStringList out;
    for (const auto &m : mentions)
        out << m.body;
    return out;
}
} // namespace

class TestListeningCollector : public QObject
{
    Q_OBJECT

private slots:
    void storesMatchingPostsOnceFromMastodonAndBluesky()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        QVERIFY(f.addBlueskyAccount());
        f.mastodon.addStatus("marie@piaille.fr", "Mon #doliprane du matin, enfin soulagée");
        f.mastodon.addStatus("paul", "Doli ou advil pour la migraine ? Je préfère le doli");
        f.mastodon.addStatus("hugo@social.example",
                             "Un crâne dolichocéphale, dit le musée #doliprane2");            // no whole word
        f.mastodon.addStatus("zoe", "Parodie : le doli qui chante");                          // excluded
        f.mastodon.addStatus(f.mastodon.ownAccount().username, "Notre #doliprane, bien sûr"); // ours
        const QString me = f.bluesky.addAccount("camille.test", {}, "Camille");
        f.bluesky.createPost(me, "Pris un doli pour la fièvre, ça va mieux");
        f.bluesky.createPost(me, "dolicho-quelque chose, rien à voir");

        const CollectReport first = f.collect(CollectFixture::quickOptions());
        QVERIFY2(first.failures() == 0, qPrintable(first.sources.value(0).error));
        const QList<test::StoredMention> stored = f.mentions();
        QVERIFY2(stored.size() == 3, qPrintable(bodies(stored).join('|')));
        QCOMPARE(first.newMentions(), 3);
        const QStringList texts = bodies(stored);
        QVERIFY(texts.contains("Mon #doliprane du matin, enfin soulagée"));
        QVERIFY(texts.contains("Doli ou advil pour la migraine ? Je préfère le doli"));
        QVERIFY(texts.contains("Pris un doli pour la fièvre, ça va mieux"));
        for (const auto &m : stored) {
            QCOMPARE(m.brandId, f.doliprane.id);
            QVERIFY(!m.author.isEmpty());
            QVERIFY(m.receivedAt.isValid());
            if (m.network == Network::Mastodon)
                QVERIFY2(m.reach > 0, "Mastodon gives the author's followers");
            else
                QCOMPARE(m.reach, 0); // Bluesky's post views carry no follower count
        }
        // The competitor named in the same post counts for its share of voice.
        const auto both = std::find_if(stored.cbegin(), stored.cend(),
                                       [](const auto &m) { return m.body.startsWith("Doli ou advil"); });
        QCOMPARE(both->otherBrandIds, QList<Id>{f.competitor.id});
        QVERIFY(both->matchedTerms.contains("doli"));
        QVERIFY(both->matchedTerms.contains("advil"));
        const QDate today = QDate::currentDate();
        qint64 advilTotal = 0;
        for (const DailyBrandCount &c : MentionRepository(f.db()).dailyCounts(
                 f.workspace.id, today.addDays(-2), today.addDays(2), f.competitor.id))
            advilTotal += c.total;
        QCOMPARE(advilTotal, 1);

        // A second run finds the same posts and stores nothing twice.
        const CollectReport second = f.collect(CollectFixture::quickOptions());
        QCOMPARE(second.failures(), 0);
        QCOMPARE(second.newMentions(), 0);
        QCOMPARE(f.mentions().size(), 3);

        // Something new is found by the next run.
        f.mastodon.addStatus("lea", "Le #Doliprane en rupture à Lyon");
        const CollectReport third = f.collect(CollectFixture::quickOptions());
        QCOMPARE(third.newMentions(), 1);
        QCOMPARE(f.mentions().size(), 4);
    }

    void reportsEachSearchWithItsCursor()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        f.mastodon.addStatus("marie", "#doliprane");
        const CollectReport report = f.collect(CollectFixture::quickOptions());
        const CollectSource *tag = findSource(report, "#doliprane on Mastodon");
        QVERIFY(tag);
        QCOMPARE(tag->state, CollectSource::State::Ok);
        QCOMPARE(tag->kind, CollectSource::Kind::Search);
        QCOMPARE(tag->queryId, f.doliQuery.id);
        QCOMPARE(tag->newMentions, 1);
        QVERIFY(findSource(report, "doli on Mastodon"));
        QVERIFY(findSource(report, "Noctélia on Mastodon"));
        QVERIFY(!findSource(report, "advil on")); // that query searches no network
        const ListenCursor cursor = ListenCursor::fromText(
            f.cursor(f.mastodonAccount.id, listenStream(f.doliQuery.id, "#doliprane")));
        QVERIFY(cursor.mark.isValid());
        QVERIFY(!cursor.unfinished());
    }

    void aLongBacklogIsReadOverSeveralRunsWithoutGaps()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        f.doliQuery.keywords.clear();
        QVERIFY(f.saveQuery(f.doliQuery));
        QStringList texts;
        for (int i = 1; i <= 5; ++i) {
            texts << QStringLiteral("Message %1 #doliprane").arg(i);
            f.mastodon.addStatus("marie", texts.last());
        }
        auto options = CollectFixture::quickOptions();
        options.maxPagesPerTerm = 1;
        options.pageSize = 2;
        const QString stream = listenStream(f.doliQuery.id, "#doliprane");

        QCOMPARE(f.collect(options).newMentions(), 2); // the two newest; the walk stops half-way
        QVERIFY(ListenCursor::fromText(f.cursor(f.mastodonAccount.id, stream)).unfinished());
        QCOMPARE(f.collect(options).newMentions(), 2); // goes on where it stopped
        QCOMPARE(f.collect(options).newMentions(), 1);
        QCOMPARE(f.mentions().size(), 5);
        f.collect(options); // the end of the walk: the newest post becomes the mark
        QVERIFY(!ListenCursor::fromText(f.cursor(f.mastodonAccount.id, stream)).unfinished());

        f.mastodon.addStatus("marie", "Message 6 #doliprane");
        QCOMPARE(f.collect(options).newMentions(), 1);
        QCOMPARE(f.mentions().size(), 6);
    }

    void feedsAreReadAndBrokenOnesReported()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        const Id good = f.addFeed(
            "/sante.xml",
            test::rssFeed("Santé Actu", {{"Rupture de Doliprane en pharmacie", "Les stocks baissent.",
                                          "Tue, 10 Jun 2025 08:00:00 GMT"},
                                         {"Météo", "Il fera beau.", "Tue, 10 Jun 2025 09:00:00 GMT"},
                                         {"Noctélia", "Un nouveau somnifère sans date.", ""}}));
        const Id broken = f.addFeed("/broken.xml", "<rss><channel><title>Oops</title><item></channel>");
        const Id hanging = f.addHangingFeed("/slow.xml");
        const Id after =
            f.addFeed("/after.xml", test::rssFeed("Forum", {{"doli", "J'en prends souvent", ""}}));

        QElapsedTimer timer;
        timer.start();
        const CollectReport report = f.collect(CollectFixture::quickOptions());
        QVERIFY2(timer.elapsed() < 20000, "a hanging feed is given up after its timeout");
        QCOMPARE(report.failures(), 2);
        QVERIFY(report.ranAnything());
        const CollectSource *sante = findSource(report, "Santé Actu");
        QVERIFY(sante);
        QCOMPARE(sante->state, CollectSource::State::Ok);
        QCOMPARE(sante->fetched, 3);
        QVERIFY2(sante->newMentions == 2, qPrintable(bodies(f.mentions()).join('|')));
        QVERIFY(findSource(report, "Forum"));
        QCOMPARE(findSource(report, "Forum")->newMentions, 1);
        int failedFeeds = 0;
        for (const CollectSource &s : report.sources) {
            if (s.state == CollectSource::State::Failed) {
                ++failedFeeds;
                QCOMPARE(s.kind, CollectSource::Kind::Feed);
                QVERIFY(s.feedId == broken || s.feedId == hanging);
                QVERIFY(!s.error.isEmpty());
            }
        }
        QCOMPARE(failedFeeds, 2);

        ListeningRepository listening(f.db());
        QVERIFY(listening.feed(good)->error.isEmpty());
        QCOMPARE(listening.feed(good)->title, "Santé Actu");
        QVERIFY(!listening.feed(broken)->error.isEmpty());
        QVERIFY(!listening.feed(hanging)->error.isEmpty());
        QVERIFY(listening.feed(after)->okAt.isValid());

        const QList<test::StoredMention> stored = f.mentions();
        QCOMPARE(stored.size(), 3);
        for (const auto &m : stored) {
            QCOMPARE(m.network, Network::Feed);
            QVERIFY(!m.title.isEmpty());
        }
        const auto rupture = std::find_if(stored.cbegin(), stored.cend(),
                                          [](const auto &m) { return m.title.startsWith("Rupture"); });
        QCOMPARE(rupture->source, "Santé Actu");
        QCOMPARE(rupture->brandId, f.doliprane.id);
        QCOMPARE(rupture->createdAt, QDateTime(QDate(2025, 6, 10), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(rupture->body, "Les stocks baissent.");
        const auto undated =
            std::find_if(stored.cbegin(), stored.cend(), [](const auto &m) { return m.title == "Noctélia"; });
        QCOMPARE(undated->brandId, f.noctelia.id);
        QVERIFY(qAbs(undated->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120); // the time read

        // Read again: stored once.
        QCOMPARE(f.collect(CollectFixture::quickOptions()).newMentions(), 0);
        QCOMPARE(f.mentions().size(), 3);
    }

    void anAdverseEventMentionOpensItsCase()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        f.mastodon.addStatus("marie",
                             "J'ai pris du #doliprane hier soir et depuis j'ai des vertiges et des nausées");
        f.mastodon.addStatus("paul", "Le #doliprane est en promo");
        f.collect(CollectFixture::quickOptions());
        const QList<test::StoredMention> stored = f.mentions();
        QCOMPARE(stored.size(), 2);
        const auto flagged =
            std::find_if(stored.cbegin(), stored.cend(), [](const auto &m) { return m.adverseEvent; });
        QVERIFY(flagged != stored.cend());
        QVERIFY(flagged->body.contains("vertiges"));
        QVERIFY(flagged->evidence.contains("vertiges"));
        QCOMPARE(flagged->productIds, QList<Id>{f.doliProduct.id});
        QCOMPARE(flagged->language, "fr");
        QCOMPARE(
            f.count("SELECT COUNT(*) FROM adverse_cases WHERE mention_id IS NOT NULL AND status = 'pending'"),
            1);
        // Day 0 is when Vigie received it; the case is due 15 days later.
        SqlQuery q(f.db(), "SELECT day0, due_at FROM adverse_cases");
        QVERIFY(q.exec() && q.next());
        const QDateTime day0 = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
        QCOMPARE(day0, flagged->receivedAt);
        const QDateTime due = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
        QVERIFY(day0.daysTo(due) >= 14 && day0.daysTo(due) <= 16);
        f.collect(CollectFixture::quickOptions());
        QCOMPARE(f.count("SELECT COUNT(*) FROM adverse_cases"), 1); // not twice
    }

    void detectsTheLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << "Je prends du #doliprane quand j'ai mal à la tête, c'est efficace"
                                << "fr";
        QTest::newRow("English") << "I always take #doliprane when I have a headache, it works for me"
                                 << "en";
    }
    void detectsTheLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        f.mastodon.addStatus("marie", text);
        f.collect(CollectFixture::quickOptions());
        QCOMPARE(f.mentions().value(0).language, language);
    }

    void aRefusedTokenOrARateLimitStopsOnlyThatAccount()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        QVERIFY(f.addBlueskyAccount());
        const QString me = f.bluesky.addAccount("camille.test", {}, "Camille");
        f.bluesky.createPost(me, "Pris un doli");
        f.addFeed("/a.xml", test::rssFeed("Actu", {{"Doliprane", "encore", ""}}));
        const QString token = f.mastodon.token();
        f.mastodon.setToken("another-token"); // the stored one is now refused: 401

        const CollectReport report = f.collect(CollectFixture::quickOptions());
        const auto job =
            std::find_if(report.accounts.cbegin(), report.accounts.cend(),
                         [&](const PublishAccountJob &j) { return j.account.id == f.mastodonAccount.id; });
        QVERIFY(job != report.accounts.cend());
        QCOMPARE(job->lastOutcome.kind, platforms::OutcomeKind::AuthExpired);
        // One refused request, then no more for that account in this run.
        QCOMPARE(f.mastodon.requestCount("GET", ".*(timelines/tag|search).*"), 1);
        QCOMPARE(f.mentions().size(), 2); // Bluesky and the feed were collected all the same
        QVERIFY(report.failures() >= 1);

        f.mastodon.setToken(token); // accepted again; now a rate limit
        f.mastodon.clearRequests();
        f.mastodon.setRateLimitRemaining(0);
        const CollectReport limited = f.collect(CollectFixture::quickOptions());
        const auto limitedJob =
            std::find_if(limited.accounts.cbegin(), limited.accounts.cend(),
                         [&](const PublishAccountJob &j) { return j.account.id == f.mastodonAccount.id; });
        QVERIFY(limitedJob != limited.accounts.cend());
        QCOMPARE(limitedJob->lastOutcome.kind, platforms::OutcomeKind::RateLimited);
        QVERIFY(limitedJob->lastOutcome.retryAt > QDateTime::currentDateTimeUtc());
        // The reset time is respected: one refused request, no more for that account.
        QCOMPARE(f.mastodon.requestCount("GET", ".*(timelines/tag|search).*"), 1);
    }

    void anAccountWaitingForItsRateLimitIsNotAsked()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        SqlQuery q(f.db(),
                   "UPDATE accounts SET status = 'rate_limited', rate_limited_until = ? WHERE id = ?");
        QVERIFY(q.exec(QDateTime::currentSecsSinceEpoch() + 600, f.mastodonAccount.id));
        f.mastodon.addStatus("marie", "#doliprane");
        const CollectReport report = f.collect(CollectFixture::quickOptions());
        QCOMPARE(f.mastodon.requestCount("GET", ".*"), 0);
        QCOMPARE(report.failures(), 1);
        QCOMPARE(report.sources.value(0).kind, CollectSource::Kind::Account);
        QVERIFY(report.sources.value(0).error.contains("wait"));
        QVERIFY(!report.ranAnything());
    }

    void readsTheEngagementOfPublishedPosts()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        const QString own = f.mastodon.addStatus(f.mastodon.ownAccount().username, "Notre conseil du jour");
        f.mastodon.setStatusCounts(own, 12, 3);
        const qint64 publishedAt = QDateTime::currentSecsSinceEpoch() - 3600;
        SqlQuery post(f.db(),
                      "INSERT INTO posts (workspace_id, brand_id, body, state, created_at, updated_at) "
                      "VALUES (?, ?, 'Notre conseil du jour', 'published', ?, ?)");
        QVERIFY(post.exec(f.workspace.id, f.doliprane.id, publishedAt, publishedAt));
        SqlQuery variant(f.db(),
                         "INSERT INTO post_variants (post_id, account_id, state, remote_id, published_at) "
                         "VALUES (?, ?, 'published', ?, ?)");
        QVERIFY(variant.exec(post.lastInsertId(), f.mastodonAccount.id, own, publishedAt));
        // A post the network no longer has: reported, the others still read.
        SqlQuery post2(f.db(),
                       "INSERT INTO posts (workspace_id, brand_id, body, state, created_at, updated_at) "
                       "VALUES (?, ?, 'Deleted since', 'published', ?, ?)");
        QVERIFY(post2.exec(f.workspace.id, f.doliprane.id, publishedAt, publishedAt));
        SqlQuery gone(f.db(),
                      "INSERT INTO post_variants (post_id, account_id, state, remote_id, published_at) "
                      "VALUES (?, ?, 'published', '999999', ?)");
        QVERIFY(gone.exec(post2.lastInsertId(), f.mastodonAccount.id, publishedAt));

        auto options = CollectFixture::quickOptions();
        options.searches = false;
        options.feeds = false;
        const CollectReport report = f.collect(options);
        const CollectSource *engagement = findSource(report, "Engagement on Mastodon");
        QVERIFY(engagement);
        QCOMPARE(engagement->fetched, 1);
        QCOMPARE(engagement->state, CollectSource::State::Failed);
        QVERIFY(!engagement->error.isEmpty());
        PostMetricsRepository metrics(f.db());
        const QList<PostMetricsRow> rows =
            metrics.published(f.workspace.id, QDateTime::currentDateTimeUtc().addDays(-1),
                              QDateTime::currentDateTimeUtc().addDays(1));
        const auto read =
            std::find_if(rows.cbegin(), rows.cend(), [](const auto &r) { return r.fetchedAt.isValid(); });
        QVERIFY(read != rows.cend());
        QCOMPARE(read->likes, 12);
        QCOMPARE(read->reposts, 3);

        // Fresh figures are not read again before they are stale.
        f.mastodon.clearRequests();
        f.collect(options);
        QCOMPARE(f.mastodon.requestCount("GET", "/api/v1/statuses/" + own), 0);
    }
};

QTEST_GUILESS_MAIN(TestListeningCollector)
#include "tst_listeningcollector.moc"
