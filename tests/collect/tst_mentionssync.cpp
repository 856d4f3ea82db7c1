// `vigie mentions sync` as cron runs it: the real binary, the account's token in a real
// keychain (tests/support/run-with-keyring.sh), the networks and feeds served from this process.
#include "collectfixture.h"
#include "storage/database.h"
#include "storage/listeningrepository.h"
#include "storage/workspacerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestMentionsSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // The fakes answer from this process's event loop: wait with a spy, never block.
    Run vigie(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("VIGIE_HTTP_TIMEOUT", "2");
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie"), args + QStringList{"--db", m_db});
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(90000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A workspace with the brand Doliprane listening for #doliprane on Mastodon, through a
    // Mastodon account connected with `vigie account add`.
    Id setUp(fakes::FakeMastodonServer &mastodon, Id *brandId)
    {
        const Run added =
            vigie({"account", "add", "mastodon", "--instance", mastodon.url().toString(), "--token-stdin"},
                  mastodon.token().toUtf8() + "\n");
        if (added.exitCode != 0) {
            qWarning() << added.err;
            return 0;
        }
        Database db;
        if (!db.openSqlite(m_db))
            return 0;
        WorkspaceRepository repo(db);
        const Workspace ws = *repo.primaryWorkspace();
        Brand brand = Brand::named(ws.id, "Doliprane", "#225588");
        if (!repo.addBrand(brand))
            return 0;
        ListeningQuery query;
        query.workspaceId = ws.id;
        query.brandId = brand.id;
        query.name = "Doliprane";
        query.hashtags = {"doliprane"};
        query.includeProducts = false;
        query.networks = {Network::Mastodon};
        if (!ListeningRepository(db).saveQuery(query))
            return 0;
        *brandId = brand.id;
        return ws.id;
    }

    Id addFeed(const QUrl &base, const QString &path)
    {
        Database db;
        if (!db.openSqlite(m_db))
            return 0;
        ListeningFeed feed;
        feed.workspaceId = WorkspaceRepository(db).primaryWorkspace()->id;
        feed.url = base.toString() + path;
        return ListeningRepository(db).saveFeed(feed) ? feed.id : 0;
    }

    static void serve(fakes::FakeHttpServer &server, const QString &path, const QByteArray &body)
    {
        server.on("GET", QRegularExpression::escape(path), [body](const fakes::FakeRequest &) {
            fakes::FakeResponse r;
            r.body = body;
            r.contentType = "application/rss+xml";
            return r;
        });
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    }

    void collectsAndSaysWhatHappenedPerSource()
    {
        fakes::FakeMastodonServer mastodon;
        fakes::FakeHttpServer feeds;
        QVERIFY(!mastodon.start().isEmpty());
        QVERIFY(!feeds.start().isEmpty());
        Id brand = 0;
        QVERIFY(setUp(mastodon, &brand));
        mastodon.addStatus("marie@piaille.fr", "Mon #doliprane du matin");
        mastodon.addStatus("paul", "Rien à voir");
        serve(feeds, "/news.xml",
              test::rssFeed("Santé Actu", {{"Doliprane en rupture", "Les stocks baissent", ""}}));
        serve(feeds, "/broken.xml", "<rss><channel><item>");
        QVERIFY(addFeed(feeds.url(), "/news.xml"));
        QVERIFY(addFeed(feeds.url(), "/broken.xml"));

        const Run first = vigie({"mentions", "sync"});
        QCOMPARE(first.exitCode, 0); // it ran; one feed failed
        QVERIFY2(first.out.contains("#doliprane on Mastodon"), qPrintable(first.out));
        QVERIFY2(first.out.contains("Santé Actu: 1 new mention"), qPrintable(first.out));
        QVERIFY2(first.out.contains("2 new mention"), qPrintable(first.out));
        QVERIFY2(first.err.contains("broken.xml"), qPrintable(first.err));
        QVERIFY(!first.out.contains("broken.xml"));

        const Run again = vigie({"mentions", "sync", "--json"});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(json.value("new_mentions").toInt(), 0);
        QCOMPARE(json.value("failures").toInt(), 1);
        const QJsonArray sources = json.value("sources").toArray();
        QCOMPARE(sources.size(), 3);
        bool sawSearch = false;
        for (const QJsonValue &v : sources) {
            const QJsonObject s = v.toObject();
            if (s.value("kind") == "search") {
                sawSearch = true;
                QCOMPARE(s.value("state").toString(), "ok");
                QCOMPARE(s.value("network").toString(), "mastodon");
            }
            if (s.value("state") == "failed")
                QVERIFY(!s.value("error").toString().isEmpty());
        }
        QVERIFY(sawSearch);
        QVERIFY(again.err.contains("broken.xml")); // failures still on stderr
    }

    void failsWhenNothingCouldRun()
    {
        fakes::FakeMastodonServer mastodon;
        QVERIFY(!mastodon.start().isEmpty());
        Id brand = 0;
        QVERIFY(setUp(mastodon, &brand));
        mastodon.setToken("rotated-elsewhere"); // the stored token is refused
        const Run run = vigie({"mentions", "sync"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.isEmpty(), qPrintable(run.out));
        // The refusal is remembered: the account needs reconnecting.
        const Run list = vigie({"account", "list", "--json"});
        const QJsonArray accounts = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(accounts.at(0).toObject().value("status").toString(), "needs_reconnect");
    }

    void saysWhenThereIsNothingToCollect()
    {
        fakes::FakeMastodonServer mastodon;
        QVERIFY(!mastodon.start().isEmpty());
        const Run added =
            vigie({"account", "add", "mastodon", "--instance", mastodon.url().toString(), "--token-stdin"},
                  mastodon.token().toUtf8() + "\n");
        QCOMPARE(added.exitCode, 0);
        const Run run = vigie({"mentions", "sync"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("nothing to collect"), qPrintable(run.err));
    }

    void refusesUnknownArguments()
    {
        QCOMPARE(vigie({"mentions", "fetch"}).exitCode, 2);
        QCOMPARE(vigie({"mentions", "sync", "extra"}).exitCode, 2);
        const Run help = vigie({"mentions", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--json"));
    }
};

QTEST_GUILESS_MAIN(TestMentionsSync)
#include "tst_mentionssync.moc"
