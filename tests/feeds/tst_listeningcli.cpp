// `vigie listening` through the real binary on a copy of the demo workspace: what a script
// sees (output, JSON, exit codes) and what lands in the store.
#include "storage/listeningrepository.h"
#include "storage/workspacerepository.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

class TestListeningCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsDemoQueries();
    void addQueryThenList();
    void addQueryRefused_data();
    void addQueryRefused();
    void removeQuery_data();
    void removeQuery();
    void feedsShowTheLastError();
    void addAndRemoveFeed();
    void addFeedRefused_data();
    void addFeedRefused();
    void usage_data();
    void usage();

private:
    test::CliRun listening(const QStringList &args) const
    {
        return test::runVigie(QStringList{QStringLiteral("listening")} + args + QStringList{"--db", m_db});
    }
    QJsonArray json(const QString &sub) const
    {
        const test::CliRun run = listening({sub, "--json"});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestListeningCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::demoDatabaseCopy(m_dir->path());
    QVERIFY(!m_db.isEmpty());
}

void TestListeningCli::cleanup()
{
    m_dir.reset();
}

void TestListeningCli::listsDemoQueries()
{
    Database db;
    QVERIFY(db.openSqlite(m_db));
    const Id ws = WorkspaceRepository(db).primaryWorkspace()->id;
    const QList<ListeningQuery> stored = ListeningRepository(db).queries(ws);
    QVERIFY(!stored.isEmpty());
    const QJsonArray array = json("queries");
    QCOMPARE(array.size(), stored.size());
    QCOMPARE(array.at(0).toObject().value("id").toInteger(), stored.at(0).id);
    QCOMPARE(array.at(0).toObject().value("name").toString(), stored.at(0).name);

    const test::CliRun text = listening({"queries"});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count('\n'), stored.size());
    QVERIFY2(text.out.contains(stored.at(0).name), qPrintable(text.out));
}

void TestListeningCli::addQueryThenList()
{
    const test::CliRun run =
        listening({"add-query", "--brand", QStringLiteral("hélidol"), "--name", "Retraits de lots",
                   "--keywords", QStringLiteral("rappel de lot, rupture Hélidol,"), "--hashtags",
                   "#helidol,rappel", "--exclude", "recette", "--no-products", "--networks", "Bluesky"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("\u201cRetraits de lots\u201d added to Hélidol")),
             qPrintable(run.out));

    QJsonObject added;
    for (const QJsonValue &v : json("queries"))
        if (v.toObject().value("name").toString() == "Retraits de lots")
            added = v.toObject();
    QVERIFY(!added.isEmpty());
    QCOMPARE(added.value("brand").toString(), QStringLiteral("Hélidol"));
    QCOMPARE(added.value("keywords").toArray(),
             (QJsonArray{"rappel de lot", QStringLiteral("rupture Hélidol")}));
    QCOMPARE(added.value("hashtags").toArray(), (QJsonArray{"helidol", "rappel"}));
    QCOMPARE(added.value("exclusions").toArray(), QJsonArray{"recette"});
    QCOMPARE(added.value("include_products").toBool(), false);
    QCOMPARE(added.value("networks").toArray(), QJsonArray{"bluesky"});
    QCOMPARE(added.value("enabled").toBool(), true);
}

void TestListeningCli::addQueryRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");

    QTest::newRow("no brand") << QStringList{"--name", "x", "--keywords", "a"} << 2 << "give --brand NAME";
    QTest::newRow("no name") << QStringList{"--brand", "Orvalis", "--keywords", "a"} << 2 << "--name NAME";
    QTest::newRow("network listening cannot search")
        << QStringList{"--brand", "Orvalis", "--name", "x", "--networks", "mastodon,x"} << 2
        << "\u201cx\u201d is not a network listening can search";
    QTest::newRow("unknown brand") << QStringList{"--brand", "Aspirix", "--name", "x"} << 1
                                   << "there is no brand \u201cAspirix\u201d (the brands are: ";
    QTest::newRow("listens for nothing")
        << QStringList{"--brand", "Orvalis", "--name", "vide", "--no-products"} << 1 << "listens for nothing";
    QTest::newRow("unknown option") << QStringList{"--brand", "Orvalis", "--name", "x", "--colour", "red"}
                                    << 2 << "colour";
}

void TestListeningCli::addQueryRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    const int before = json("queries").size();
    const test::CliRun run = listening(QStringList{"add-query"} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(words), qPrintable(run.err));
    QCOMPARE(json("queries").size(), before); // nothing half-written
}

void TestListeningCli::removeQuery_data()
{
    QTest::addColumn<QString>("id"); // "first": the first demo query
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("existing") << "first" << 0 << "removed";
    QTest::newRow("no such query") << "987654" << 1 << "there is no query 987654";
    QTest::newRow("not a number") << "abc" << 2 << "give the query's number";
}

void TestListeningCli::removeQuery()
{
    QFETCH(QString, id);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    const QJsonArray before = json("queries");
    const QString arg = id == "first" ? QString::number(before.at(0).toObject().value("id").toInteger()) : id;
    const test::CliRun run = listening({"remove-query", arg});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((exitCode ? run.err : run.out).contains(words), qPrintable(run.out + run.err));
    QCOMPARE(json("queries").size(), before.size() - (exitCode == 0 ? 1 : 0));
}

void TestListeningCli::feedsShowTheLastError()
{
    Id feedId = 0;
    {
        Database db;
        QVERIFY(db.openSqlite(m_db));
        ListeningRepository repo(db);
        const QList<ListeningFeed> feeds = repo.feeds(WorkspaceRepository(db).primaryWorkspace()->id);
        QVERIFY(!feeds.isEmpty());
        feedId = feeds.at(0).id;
        QVERIFY(repo.recordFeedFetch(feedId, {}, {}, QDateTime::currentDateTimeUtc(),
                                     QStringLiteral("No answer from example.org within 20 seconds.")));
    }
    const test::CliRun text = listening({"feeds"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("last error: No answer from example.org within 20 seconds."),
             qPrintable(text.out));

    for (const QJsonValue &v : json("feeds")) {
        const QJsonObject feed = v.toObject();
        if (feed.value("id").toInteger() != feedId)
            continue;
        QCOMPARE(feed.value("error").toString(), "No answer from example.org within 20 seconds.");
        QVERIFY(feed.value("checked_at").isString());
        return;
    }
    QFAIL("the feed is missing from --json");
}

void TestListeningCli::addAndRemoveFeed()
{
    const int before = json("feeds").size();
    const test::CliRun add = listening({"add-feed", "https://agence-sante.example.fr/alertes.atom", "--title",
                                        QStringLiteral("Alertes de sécurité")});
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.out.startsWith("Feed "), qPrintable(add.out));
    QJsonObject added;
    for (const QJsonValue &v : json("feeds"))
        if (v.toObject().value("url").toString() == "https://agence-sante.example.fr/alertes.atom")
            added = v.toObject();
    QCOMPARE(added.value("title").toString(), QStringLiteral("Alertes de sécurité"));
    QCOMPARE(added.value("enabled").toBool(), true);
    QVERIFY(added.value("error").isNull());
    QVERIFY(added.value("ok_at").isNull());
    QCOMPARE(json("feeds").size(), before + 1);

    const test::CliRun remove = listening({"remove-feed", QString::number(added.value("id").toInteger())});
    QCOMPARE(remove.exitCode, 0);
    QVERIFY2(remove.out.contains(QStringLiteral("\u201cAlertes de sécurité\u201d removed")),
             qPrintable(remove.out));
    QCOMPARE(json("feeds").size(), before);
    QCOMPARE(listening({"remove-feed", QString::number(added.value("id").toInteger())}).exitCode, 1);
}

void TestListeningCli::addFeedRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("no address") << QStringList{} << 2 << "give the feed's address";
    QTest::newRow("not http") << QStringList{"ftp://example.org/feed"} << 1 << "is not a web address";
    QTest::newRow("no scheme") << QStringList{"www.example.org/rss"} << 1 << "is not a web address";
    QTest::newRow("already there") << QStringList{"https://www.lefilsante.fr/feed/"} << 1
                                   << "already in the list";
}

void TestListeningCli::addFeedRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    const int before = json("feeds").size();
    const test::CliRun run = listening(QStringList{"add-feed"} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(words), qPrintable(run.err));
    QCOMPARE(json("feeds").size(), before);
}

void TestListeningCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("no subcommand") << QStringList{"listening"} << 2 << "say queries, add-query";
    QTest::newRow("unknown subcommand") << QStringList{"listening", "search"} << 2 << "say queries";
    QTest::newRow("help") << QStringList{"listening", "--help"} << 0 << "vigie listening add-feed URL";
    QTest::newRow("missing store") << QStringList{"listening", "feeds", "--db", "/nonexistent/vigie.db"} << 1
                                   << "vigie listening feeds: ";
}

void TestListeningCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    const test::CliRun run = test::runVigie(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((run.out + run.err).contains(words), qPrintable(run.out + run.err));
}

QTEST_GUILESS_MAIN(TestListeningCli)
#include "tst_listeningcli.moc"
