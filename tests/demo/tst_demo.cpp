// The demo workspace: what a person opening `vigie --demo` finds, and that it is reproducible.
#include "core/network.h"
#include "core/poststate.h"
#include "demo/demogenerator.h"
#include "demo/demoworld.h"
#include "listening/listeningsettings.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/listeningrepository.h"
#include "storage/postmetricsrepository.h"
#include "storage/postrepository.h"
#include "storage/publishledger.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace vigie;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QDateTime parisNoon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone("Europe/Paris"));
}

// A SHA-256 of every row of every table the generator writes, rows in the order of all their
// columns (aggregate tables are upserted in hash order, so their rowids are not part of the
// content). schema_migrations is the store's own record of when it was created, not demo content.
QMap<QString, QByteArray> tableDigests(Database &db)
{
    QMap<QString, QByteArray> digests;
    SqlQuery tables(db,
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                   "'sqlite_%' AND name <> 'schema_migrations' ORDER BY name"));
    if (!tables.exec())
        return digests;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList columns;
        for (int i = 1; i <= db.connection().record(name).count(); ++i)
            columns << QString::number(i);
        SqlQuery rows(
            db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(name, columns.join(QLatin1Char(','))));
        if (!rows.exec())
            return {};
        while (rows.next()) {
            const QSqlRecord record = rows.raw().record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = record.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
        digests.insert(name, hash.result().toHex());
    }
    return digests;
}

struct CliRun
{
    int exitCode = -1;
    QString err;
};

CliRun runVigie(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie"), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(m_db.openSqlite(m_path));
        DemoOptions options;
        options.today = test::demoToday();
        QElapsedTimer timer;
        timer.start();
        const Status st = generateDemoWorkspace(m_db, options, [this](int p) { m_progress << p; });
        m_generationMs = timer.elapsed();
        m_sinceGeneration.start();
        QVERIFY2(st, qPrintable(st.error()));
        qInfo("demo generated in %lld ms", m_generationMs);
        const auto workspace = WorkspaceRepository(m_db).primaryWorkspace();
        QVERIFY(workspace);
        m_workspace = *workspace;
        m_now = parisNoon(options.today);
    }

    void progressRunsFromZeroToHundred()
    {
        QVERIFY(m_progress.size() > 5);
        QCOMPARE(m_progress.first(), 0);
        QCOMPARE(m_progress.last(), 100);
        for (int i = 1; i < m_progress.size(); ++i)
            QVERIFY2(m_progress[i] > m_progress[i - 1], "progress went backwards or repeated");
    }

    void workspaceIsAFrenchDemoLaboratory()
    {
        QVERIFY(m_workspace.isDemo);
        QCOMPARE(m_workspace.timezone, QStringLiteral("Europe/Paris"));
        QVERIFY(m_workspace.name.startsWith(QStringLiteral("Laboratoires")));
        QVERIFY(isCompleteDemo(m_db));
    }

    void brandsAndProducts()
    {
        WorkspaceRepository repo(m_db);
        const auto brands = repo.brands(m_workspace.id);
        const auto products = repo.products(m_workspace.id);
        QSet<QString> colours;
        int competitors = 0;
        QSet<Id> competitorIds;
        for (const auto &b : brands) {
            colours.insert(b.color);
            if (b.isCompetitor) {
                ++competitors;
                competitorIds.insert(b.id);
            } else {
                QVERIFY2(b.safetyText.contains(QStringLiteral("notice")) ||
                             b.safetyText.contains(QStringLiteral("prescription")),
                         qPrintable(b.name + QStringLiteral(" has no safety text")));
            }
        }
        QCOMPARE(competitors, 1);
        QVERIFY(brands.size() - competitors >= 2 && brands.size() - competitors <= 3);
        QCOMPARE(colours.size(), brands.size());
        int prescriptionOnly = 0;
        int competitorProducts = 0;
        for (const auto &p : products) {
            QVERIFY2(!p.inn.isEmpty() && !p.aliases.isEmpty(), qPrintable(p.name));
            prescriptionOnly += p.prescriptionOnly ? 1 : 0;
            competitorProducts += competitorIds.contains(p.brandId) ? 1 : 0;
        }
        QCOMPARE(prescriptionOnly, 1);
        QVERIFY(competitorProducts >= 2);
        QVERIFY(products.size() - competitorProducts >= 4);
    }

    void everyPublishingNetworkHasAnAccount()
    {
        const auto accounts = WorkspaceRepository(m_db).accounts(m_workspace.id);
        for (Network network : publishingNetworks()) {
            QVERIFY2(std::any_of(accounts.cbegin(), accounts.cend(),
                                 [&](const Account &a) { return a.network == network; }),
                     qPrintable(networkKey(network)));
        }
        const auto count = [&](auto predicate) {
            return std::count_if(accounts.cbegin(), accounts.cend(), predicate);
        };
        QCOMPARE(count([](const Account &a) { return a.status == AccountStatus::NeedsReconnect; }), 1);
        QVERIFY(count([](const Account &a) { return a.status == AccountStatus::Connected; }) >=
                accounts.size() - 1);
        QVERIFY(count([](const Account &a) { return a.network == Network::Manual && !a.isPublic; }) >= 1);
    }

    void postsInEveryState_data()
    {
        QTest::addColumn<PostState>("state");
        for (PostState state : allPostStates()) {
            if (state != PostState::Unknown)
                QTest::newRow(qPrintable(postStateKey(state))) << state;
        }
    }
    void postsInEveryState()
    {
        QFETCH(PostState, state);
        SqlQuery q(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM posts WHERE state = ? AND scheduled_at IS NOT NULL"));
        QVERIFY(q.exec(postStateKey(state)) && q.next());
        QVERIFY2(q.value(0).toLongLong() >= 1, "no scheduled post in this state");
    }

    void calendarCoversSixWeeksAroundToday()
    {
        PostRepository repo(m_db);
        const auto posts = repo.scheduledBetween(m_workspace.id, m_now.addDays(-60), m_now.addDays(60));
        QVERIFY2(posts.size() >= 60 && posts.size() <= 90, qPrintable(QString::number(posts.size())));
        int pastPublished = 0, past = 0, overridden = 0;
        QSet<int> weekdays;
        QSet<Id> manualChannels;
        for (const Account &account : WorkspaceRepository(m_db).accounts(m_workspace.id))
            if (account.network == Network::Manual)
                manualChannels.insert(account.id);
        for (const Post &p : posts) {
            QVERIFY(p.scheduledAt >= m_now.addDays(-29) && p.scheduledAt <= m_now.addDays(15));
            QVERIFY(!p.variants.isEmpty());
            const QTime local = p.scheduledAt.toTimeZone(QTimeZone("Europe/Paris")).time();
            QVERIFY2(local.hour() >= 8 && local.hour() <= 21, qPrintable(local.toString()));
            weekdays.insert(p.scheduledAt.toTimeZone(QTimeZone("Europe/Paris")).date().dayOfWeek());
            const bool onlyByHand =
                std::all_of(p.variants.cbegin(), p.variants.cend(),
                            [&](const PostVariant &v) { return manualChannels.contains(v.accountId); });
            if (p.scheduledAt < m_now.addSecs(-3600) && !(onlyByHand && p.state == PostState::Scheduled)) {
                ++past;
                pastPublished += p.state == PostState::Published ? 1 : 0;
                QVERIFY2(p.state == PostState::Published || p.state == PostState::Failed ||
                             p.state == PostState::Unconfirmed,
                         qPrintable(postStateKey(p.state)));
            }
            if (p.scheduledAt > m_now) {
                QVERIFY2(isReschedulable(p.state), "an upcoming post must still be movable");
            }
            for (const auto &v : p.variants)
                overridden += v.body.isEmpty() ? 0 : 1;
        }
        QVERIFY(pastPublished >= past * 7 / 10);
        QVERIFY(overridden >= 5);
        QVERIFY(weekdays.size() >= 5);
        const auto drafts = repo.unscheduled(m_workspace.id);
        QVERIFY(drafts.size() >= 5 && drafts.size() <= 8);
        for (const Post &d : drafts)
            QCOMPARE(d.state, PostState::Draft);
    }

    // One Sermo post, approved, has been due since the previous weekday morning: the manual
    // channel's dialog has something to show (nobody publishes a demo post by itself).
    void aManualPostWaitsForAPerson()
    {
        const QList<DueVariant> due = PublishLedger(m_db).dueManualVariants(m_now, 10);
        QCOMPARE(due.size(), 1);
        const auto post = PostRepository(m_db).post(due.first().postId);
        QVERIFY(post);
        QCOMPARE(post->state, PostState::Scheduled);
        QVERIFY(post->scheduledAt < m_now.addSecs(-12 * 3600));
        QVERIFY(post->scheduledAt.toTimeZone(QTimeZone("Europe/Paris")).date().dayOfWeek() <= 5);
        const auto account = WorkspaceRepository(m_db).account(due.first().accountId);
        QVERIFY(account && account->network == Network::Manual);
    }

    void inboxHoldsTwoThousandConversationMessages()
    {
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 2000);
        const qint64 threads = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM threads"));
        QVERIFY2(threads >= 400 && threads <= 1000, qPrintable(QString::number(threads)));
        const qint64 french = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE lang = 'fr'"));
        QVERIFY2(french >= 1100 && french <= 1500, qPrintable(QString::number(french)));
        for (const char *kind : {"comment", "reply", "mention", "dm"}) {
            QVERIFY2(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE kind = '%1'")
                                      .arg(QLatin1String(kind))) > 20,
                     kind);
        }
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'out' AND "
                                            "delivery_state = 'sent'")) > 100);
        // Over the six weeks before "now", never after it.
        QVERIFY(scalar(m_db, QStringLiteral("SELECT MAX(created_at) FROM messages")) <
                m_now.toSecsSinceEpoch());
        QVERIFY(scalar(m_db, QStringLiteral("SELECT MIN(created_at) FROM messages")) >=
                m_now.addDays(-44).toSecsSinceEpoch());
        // Every account the team answers on gets messages.
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT account_id) FROM threads")) >= 7);
    }

    void conversationsAreAtDifferentStagesOfHandling()
    {
        for (const char *status : {"open", "pending", "done"}) {
            QVERIFY2(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM threads WHERE status = '%1'")
                                      .arg(QLatin1String(status))) >= 20,
                     status);
        }
        const qint64 threads = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM threads"));
        const qint64 read = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM threads WHERE is_read = 1"));
        QVERIFY(read > threads / 4 && read < threads);
        // The newest page of the inbox still has work on it.
        InboxRepository inbox(m_db);
        ConversationFilter filter;
        filter.workspaceId = m_workspace.id;
        const auto firstPage = inbox.conversations(filter, std::nullopt, 30);
        QCOMPARE(firstPage.size(), 30);
        QVERIFY(std::any_of(firstPage.cbegin(), firstPage.cend(), [](const auto &c) { return !c.read; }));
    }

    void sideEffectsAreFlaggedButNotTheirNegations()
    {
        const qint64 adverse =
            scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE adverse_event = 1"));
        QVERIFY2(adverse >= 80 && adverse <= 180, qPrintable(QString::number(adverse))); // 4–9 %
        QVERIFY(scalar(m_db, QStringLiteral(
                                 "SELECT COUNT(*) FROM messages WHERE adverse_event = 1 AND lang = 'fr'")) >
                0);
        QVERIFY(scalar(m_db, QStringLiteral(
                                 "SELECT COUNT(*) FROM messages WHERE adverse_event = 1 AND lang = 'en'")) >
                0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE adverse_event = 1 AND "
                                             "direction = 'out'")),
                 0);
        // Negations and questions about effects are in the inbox, and none is flagged.
        const qint64 negations = scalar(
            m_db,
            QStringLiteral("SELECT COUNT(*) FROM messages WHERE lower(body) LIKE '%aucun effet secondaire%' "
                           "OR lower(body) LIKE '%peut donner des nausées%' OR lower(body) LIKE "
                           "'%no side effects%' OR lower(body) LIKE '%jamais eu le moindre effet%'"));
        QVERIFY(negations >= 10);
        QCOMPARE(scalar(m_db, QStringLiteral(
                                  "SELECT COUNT(*) FROM messages WHERE adverse_event = 1 AND ("
                                  "lower(body) LIKE '%aucun effet secondaire%' OR lower(body) LIKE "
                                  "'%peut donner des nausées%' OR lower(body) LIKE '%no side effects%')")),
                 0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM threads WHERE has_adverse_event = 1")) >=
                30);
    }

    void mentionsOverAYear()
    {
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions")), 20000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT SUM(total) FROM mention_daily")), 20000);
        const qint64 days = scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT day) FROM mention_daily"));
        QVERIFY2(days >= 360 && days <= 366, qPrintable(QString::number(days)));
        QVERIFY(scalar(m_db, QStringLiteral("SELECT MAX(created_at) FROM mentions")) <
                m_now.toSecsSinceEpoch());
        QVERIFY(scalar(m_db, QStringLiteral("SELECT MIN(created_at) FROM mentions")) >=
                m_now.addDays(-366).toSecsSinceEpoch());
        for (Network network : {Network::X, Network::Facebook, Network::Instagram, Network::Bluesky,
                                Network::Mastodon, Network::LinkedIn, Network::Feed}) {
            SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE network = ?"));
            QVERIFY(q.exec(networkKey(network)) && q.next());
            QVERIFY2(q.value(0).toLongLong() > 100, qPrintable(networkKey(network)));
        }
        QCOMPARE(scalar(m_db, QStringLiteral(
                                  "SELECT COUNT(*) FROM mentions WHERE network = 'feed' AND source = ''")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE reach <= 0")), 0);
        const qint64 withProduct =
            scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE product_id IS NOT NULL"));
        QVERIFY(withProduct >= 15000 && withProduct < 20000);
        const qint64 adverse =
            scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE adverse_event = 1"));
        QVERIFY2(adverse >= 200 && adverse <= 600, qPrintable(QString::number(adverse)));
        const qint64 french = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE lang = 'fr'"));
        QVERIFY(french > 12000 && french < 18000);
        for (int sentiment : {-1, 0, 1}) {
            QVERIFY(
                scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM mentions WHERE sentiment = %1").arg(sentiment)) >
                2000);
        }
    }

    void shareOfVoiceFavoursOwnBrandsWithARealCompetitor()
    {
        const qint64 competitor =
            scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions m JOIN brands b ON "
                                        "b.id = m.brand_id WHERE b.is_competitor = 1"));
        QVERIFY2(competitor >= 20000 * 0.2 && competitor <= 20000 * 0.45,
                 qPrintable(QString::number(competitor)));
    }

    void listeningHasQueriesForEveryBrandAndFeedsWithTheirState()
    {
        ListeningRepository repo(m_db);
        const auto queries = repo.queries(m_workspace.id);
        QCOMPARE(queries.size(), 6);
        QSet<Id> brandsListenedTo;
        for (const ListeningQuery &q : queries)
            brandsListenedTo << q.brandId;
        QCOMPARE(brandsListenedTo.size(), 4); // the competitor too
        const auto feeds = repo.feeds(m_workspace.id);
        QCOMPARE(feeds.size(), 12);
        int broken = 0;
        for (const ListeningFeed &f : feeds) {
            QVERIFY(f.checkedAt.isValid() && f.checkedAt <= m_now);
            broken += f.error.isEmpty() ? 0 : 1;
        }
        QCOMPARE(broken, 1); // a broken feed shows in the set-up dialog
        // The demo is offline: it never collects on its own.
        QCOMPARE(loadListeningSettings(m_db, m_workspace.id).collectMinutes, 0);
        // Published posts have engagement figures for the analytics pane.
        const auto engagement =
            PostMetricsRepository(m_db).published(m_workspace.id, m_now.addDays(-90), m_now.addSecs(1));
        QVERIFY(engagement.size() >= 10);
        for (const PostMetricsRow &row : engagement) {
            QVERIFY(row.fetchedAt.isValid());
            QVERIFY(row.likes > 0);
        }
    }

    void flaggedMentionsOpenCasesTheReviewersDecide()
    {
        const qint64 flagged =
            scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE adverse_event = 1"));
        const qint64 cases =
            scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM adverse_cases WHERE mention_id IS NOT NULL"));
        QVERIFY(flagged > 0);
        QCOMPARE(cases, flagged);
        // Old ones were decided; only recent ones (and at most two forgotten) are still pending.
        const qint64 pendingOld = scalar(
            m_db, QStringLiteral("SELECT COUNT(*) FROM adverse_cases WHERE status = 'pending' AND day0 < %1")
                      .arg(m_now.addDays(-16).toSecsSinceEpoch()));
        QVERIFY2(pendingOld <= 2, qPrintable(QString::number(pendingOld)));
    }

    void mentionVolumeHasAWeeklyCycleATrendAndSpikes()
    {
        // Per day of the year, from the maintained aggregates.
        QMap<qint64, qint64> perDay;
        SqlQuery q(m_db,
                   QStringLiteral("SELECT day, SUM(total) FROM mention_daily GROUP BY day ORDER BY day"));
        QVERIFY(q.exec());
        while (q.next())
            perDay.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        double weekday = 0, weekend = 0;
        int weekdays = 0, weekends = 0;
        QList<qint64> volumes;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            const QDate day = QDate::fromJulianDay(it.key());
            if (day == test::demoToday())
                continue; // only a morning
            volumes << it.value();
            if (day.dayOfWeek() >= 6) {
                weekend += it.value();
                ++weekends;
            } else {
                weekday += it.value();
                ++weekdays;
            }
        }
        QVERIFY2(weekend / weekends < 0.8 * weekday / weekdays, "weekends should be quieter");
        // The last quarter is busier than the first.
        const auto sumOf = [](const QList<qint64> &list) {
            return std::accumulate(list.cbegin(), list.cend(), 0LL);
        };
        QVERIFY(sumOf(volumes.mid(volumes.size() - 91)) > 1.1 * sumOf(volumes.mid(0, 91)));
        QList<qint64> sorted = volumes;
        std::sort(sorted.begin(), sorted.end());
        const qint64 median = sorted.at(sorted.size() / 2);
        // A crisis: a day with over three times the usual volume, mostly negative, a month ago.
        SqlQuery crisis(
            m_db, QStringLiteral("SELECT day, SUM(total), SUM(negative) FROM mention_daily GROUP BY day "
                                 "ORDER BY SUM(total) DESC LIMIT 1"));
        QVERIFY(crisis.exec() && crisis.next());
        QVERIFY(crisis.value(1).toLongLong() > 3 * median);
        QVERIFY(crisis.value(2).toLongLong() * 2 > crisis.value(1).toLongLong());
        const qint64 daysAgo = QDate::fromJulianDay(crisis.value(0).toLongLong()).daysTo(test::demoToday());
        QVERIFY(daysAgo > 20 && daysAgo < 40);
        // A campaign: a day with twice the usual volume that is mostly positive.
        QVERIFY(
            scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT day FROM mention_daily GROUP BY day "
                                        "HAVING SUM(total) > %1 AND SUM(positive) * 2 > SUM(total))")
                             .arg(2 * median)) >= 1);
    }

    void sameSeedGivesTheSameWorkspace()
    {
        const auto first = tableDigests(m_db);
        for (const char *table :
             {"workspaces", "brands", "products", "accounts", "posts", "post_variants", "threads", "messages",
              "mentions", "mention_daily", "mention_product_daily", "audit_events"})
            QVERIFY2(first.contains(QLatin1String(table)), table);
        // Let the wall clock move on, so anything taken from it instead of the options would differ.
        if (const qint64 wait = 1100 - m_sinceGeneration.elapsed(); wait > 0)
            QTest::qSleep(int(wait));
        test::TempStore again;
        QVERIFY(again.ok());
        DemoOptions options;
        options.today = test::demoToday();
        QVERIFY(generateDemoWorkspace(again.db(), options));
        const auto second = tableDigests(again.db());
        for (auto it = first.cbegin(); it != first.cend(); ++it)
            QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" differs")));
        QCOMPARE(second.keys(), first.keys());
    }

    void anotherSeedGivesAnotherWorkspace()
    {
        test::TempStore other;
        QVERIFY(other.ok());
        DemoOptions options;
        options.today = test::demoToday();
        options.seed = 7;
        QVERIFY(generateDemoWorkspace(other.db(), options));
        const auto first = tableDigests(m_db);
        const auto second = tableDigests(other.db());
        for (const char *table : {"posts", "messages", "mentions"})
            QVERIFY2(first.value(QLatin1String(table)) != second.value(QLatin1String(table)), table);
        // Still the same laboratory: only the random content moves.
        QCOMPARE(second.value(QStringLiteral("brands")), first.value(QStringLiteral("brands")));
    }

    void withoutADateTheDemoIsAroundTheCurrentDate()
    {
        test::TempStore store;
        DemoOptions options;
        options.inboxMessages = 60;
        options.mentions = 300;
        QVERIFY(generateDemoWorkspace(store.db(), options));
        const QDateTime now = parisNoon(QDate::currentDate());
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM messages")), 60);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM mentions")), 300);
        QVERIFY(scalar(store.db(), QStringLiteral("SELECT MIN(scheduled_at) FROM posts")) >=
                now.addDays(-29).toSecsSinceEpoch());
        QVERIFY(scalar(store.db(), QStringLiteral("SELECT MAX(scheduled_at) FROM posts")) <=
                now.addDays(15).toSecsSinceEpoch());
    }

    void timesThatDoNotExistOnTheClockMoveForward()
    {
        demo::DemoWorld world;
        world.zone = QTimeZone("Europe/Paris");
        // 02:30 is skipped when clocks go forward; 02:30 happens twice when they go back.
        const QDateTime skipped = world.at(QDate(2026, 3, 29), 2, 30);
        QVERIFY(skipped.isValid());
        QCOMPARE(skipped, QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()));
        QVERIFY(world.at(QDate(2026, 10, 25), 2, 30).isValid());
    }

    void generatesForAnyToday_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("spring clock change") << QDate(2026, 3, 29);
        QTest::newRow("a week after it") << QDate(2027, 4, 4);
        QTest::newRow("autumn clock change") << QDate(2026, 10, 25);
        QTest::newRow("leap day") << QDate(2028, 2, 29);
        QTest::newRow("new year") << QDate(2027, 1, 1);
    }
    void generatesForAnyToday()
    {
        QFETCH(QDate, today);
        test::TempStore store;
        DemoOptions options;
        options.today = today;
        options.inboxMessages = 400;
        options.mentions = 3000;
        const Status st = generateDemoWorkspace(store.db(), options);
        QVERIFY2(st, qPrintable(st.error()));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM messages")), 400);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM mentions")), 3000);
        const QDateTime now = parisNoon(today);
        QVERIFY(scalar(store.db(), QStringLiteral("SELECT MAX(created_at) FROM mentions")) <
                now.toSecsSinceEpoch());
        QVERIFY(scalar(store.db(), QStringLiteral("SELECT MAX(created_at) FROM messages")) <
                now.toSecsSinceEpoch());
    }

    void refusesAStoreThatAlreadyHasAWorkspace()
    {
        test::TempStore store;
        Workspace mine;
        mine.name = QStringLiteral("Mon labo");
        QVERIFY(WorkspaceRepository(store.db()).addWorkspace(mine));
        const Status st = generateDemoWorkspace(store.db(), {});
        QVERIFY(!st);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM workspaces")), 1);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM brands")), 0);
    }

    void aFailedGenerationLeavesNothingBehind()
    {
        test::TempStore store;
        // The mention step fails after the catalogue, posts and inbox were committed.
        QVERIFY(store.db().exec(QStringLiteral("CREATE TRIGGER refuse_mentions BEFORE INSERT ON mentions "
                                               "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        DemoOptions options;
        options.today = test::demoToday();
        options.inboxMessages = 100;
        options.mentions = 500;
        const Status st = generateDemoWorkspace(store.db(), options);
        QVERIFY(!st);
        QVERIFY2(st.error().contains(QStringLiteral("disk full")), qPrintable(st.error()));
        for (const char *table : {"workspaces", "brands", "products", "accounts", "posts", "post_variants",
                                  "threads", "messages", "mentions", "mention_daily", "audit_events"})
            QVERIFY2(
                scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0,
                table);
    }

    void openDemoDatabaseGeneratesOnceThenReuses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/vigie-demo.sqlite"));
        DemoOptions options;
        options.today = test::demoToday();
        {
            Database db;
            const Status st = openDemoDatabase(db, path, options);
            QVERIFY2(st, qPrintable(st.error()));
            QVERIFY(isCompleteDemo(db));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentions")), 20000);
            // Something the person did in the demo…
            QVERIFY(db.exec(QStringLiteral("UPDATE threads SET status = 'done'")));
        }
        Database db;
        QVERIFY(openDemoDatabase(db, path, options));
        // …is still there: the demo was opened, not generated again.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM threads WHERE status <> 'done'")), 0);
    }

    void openDemoDatabaseRegeneratesAnInterruptedDemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie-demo.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(path));
            Workspace half;
            half.name = QStringLiteral("Laboratoires Hélianthe");
            half.isDemo = true;
            QVERIFY(WorkspaceRepository(db).addWorkspace(half));
            QVERIFY(!isCompleteDemo(db));
        }
        DemoOptions options;
        options.today = test::demoToday();
        options.inboxMessages = 200;
        options.mentions = 1000;
        Database db;
        const Status st = openDemoDatabase(db, path, options);
        QVERIFY2(st, qPrintable(st.error()));
        QVERIFY(isCompleteDemo(db));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM workspaces")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentions")), 1000);
    }

    void openDemoDatabaseLeavesARealStoreAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigie.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(path));
            Workspace mine;
            mine.name = QStringLiteral("Mon vrai labo");
            QVERIFY(WorkspaceRepository(db).addWorkspace(mine));
        }
        Database db;
        const Status st = openDemoDatabase(db, path);
        QVERIFY(!st);
        QVERIFY2(st.error().contains(path), qPrintable(st.error()));
        QVERIFY(db.openSqlite(path));
        const auto workspace = WorkspaceRepository(db).primaryWorkspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->name, QStringLiteral("Mon vrai labo"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM brands")), 0);
    }

    void writeDemoDatabaseOnlyCreatesNewFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-demo.sqlite"));
        DemoOptions options;
        options.today = test::demoToday();
        options.inboxMessages = 100;
        options.mentions = 400;
        QList<int> progress;
        const Status st = writeDemoDatabase(path, options, [&](int p) { progress << p; });
        QVERIFY2(st, qPrintable(st.error()));
        QCOMPARE(progress.last(), 100);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("new-demo.sqlite")});
        {
            Database db;
            QVERIFY(db.openSqlite(path));
            QVERIFY(isCompleteDemo(db));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentions")), 400);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QVERIFY(!writeDemoDatabase(path, options)); // an existing file is never replaced
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
    }

    void demoCommandExitCodes()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cli-demo.sqlite"));
        CliRun run = runVigie({QStringLiteral("demo"), QStringLiteral("--out"), out,
                               QStringLiteral("--today"), test::demoToday().toString(Qt::ISODate)});
        QCOMPARE(run.exitCode, 0);
        {
            Database db;
            QVERIFY(db.openSqlite(out));
            QVERIFY(isCompleteDemo(db));
            // Another process writes the same demo as this one, for the same seed and day.
            QCOMPARE(tableDigests(db), tableDigests(m_db));
        }
        run = runVigie({QStringLiteral("demo"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        run = runVigie({QStringLiteral("demo")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void cleanupTestCase() { qInfo("generation took %lld ms for the full demo", m_generationMs); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    Workspace m_workspace;
    QDateTime m_now;
    QList<int> m_progress;
    qint64 m_generationMs = 0;
    QElapsedTimer m_sinceGeneration;
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
