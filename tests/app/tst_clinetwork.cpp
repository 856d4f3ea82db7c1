// The network commands of `vigie`, run as a person or a cron job would, against local servers
// that answer as Mastodon and Bluesky do. Runs inside a private D-Bus session with an unlocked
// gnome-keyring (tests/support/run-with-keyring.sh), so secrets go to a real keychain.
#include "fakes/bluesky/fakeblueskyserver.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

class TestCliNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // The fake servers answer from this process's event loop: wait with a spy, never block.
    test::CliRun vigie(const QStringList &args, const QByteArray &input = {}, QProcessEnvironment extra = {})
    {
        extra.insert(QStringLiteral("VIGIE_HTTP_TIMEOUT"), QStringLiteral("2"));
        return test::runVigieAgainstFakes(args + QStringList{"--db", m_db}, input, extra);
    }

    QJsonArray jsonList(const QStringList &args)
    {
        const test::CliRun run = vigie(args + QStringList{"--json"});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    qint64 addMastodon(fakes::FakeMastodonServer &server)
    {
        const test::CliRun run =
            vigie({"account", "add", "mastodon", "--instance", server.url().toString(), "--token-stdin"},
                  server.token().toUtf8() + "\n");
        if (run.exitCode != 0)
            qWarning() << run.err;
        for (const auto &value : jsonList({"account", "list"}))
            if (value.toObject().value("server").toString() == server.url().toString())
                return value.toObject().value("id").toInteger();
        return 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    }

    void connectsListsAndRemovesAMastodonAccount()
    {
        fakes::FakeMastodonServer server;
        QVERIFY(!server.start().isEmpty());
        const qint64 id = addMastodon(server);
        QVERIFY(id > 0);
        const QJsonObject account = jsonList({"account", "list"}).at(0).toObject();
        QCOMPARE(account.value("network").toString(), "mastodon");
        QCOMPARE(account.value("status").toString(), "connected");
        QVERIFY(!account.value("handle").toString().isEmpty());

        // The token is in the keychain and nowhere in the store's files.
        QByteArray everything;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile file(m_db + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly))
                everything += file.readAll();
        }
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains(server.token().toUtf8()));
        Database db;
        QVERIFY(db.openSqlite(m_db));
        const auto stored = WorkspaceRepository(db).account(id);
        QVERIFY(stored && !stored->secretKey.isEmpty());
        KeychainSecretStore keychain;
        QByteArray secret;
        QVERIFY(keychain.read(stored->secretKey, &secret));
        QVERIFY(secret.contains(server.token().toUtf8()));

        const test::CliRun removed = vigie({"account", "remove", QString::number(id)});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(jsonList({"account", "list"}).isEmpty());
        QVERIFY(!keychain.read(stored->secretKey, &secret)); // the keychain entry went with it
    }

    void refusesAWrongTokenAndStoresNothing()
    {
        fakes::FakeMastodonServer server;
        server.start();
        const test::CliRun run =
            vigie({"account", "add", "mastodon", "--instance", server.url().toString(), "--token-stdin"},
                  "not-the-token\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Reconnect") || run.err.contains("sign-in"), qPrintable(run.err));
        QVERIFY(jsonList({"account", "list"}).isEmpty());
    }

    void refusesToStoreASecretWithoutAKeychain()
    {
        fakes::FakeMastodonServer server;
        server.start();
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const test::CliRun run =
            vigie({"account", "add", "mastodon", "--instance", server.url().toString(), "--token-stdin"},
                  server.token().toUtf8() + "\n", noBus);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No system keychain"), qPrintable(run.err));
        QVERIFY(jsonList({"account", "list"}).isEmpty());
    }

    void publishesOnceWithMediaAndAltText()
    {
        fakes::FakeMastodonServer server;
        server.start();
        const qint64 id = addMastodon(server);
        QVERIFY(id > 0);
        const QString image = m_dir.filePath("tip.png");
        QImage(64, 64, QImage::Format_RGB32).save(image);
        const test::CliRun run =
            vigie({"post", "--account", QString::number(id), "--text", "Conseil du jour : buvez de l’eau 💧",
                   "--media", image, "--alt", "Un verre d’eau"});
        QCOMPARE(run.exitCode, 0);
        const QStringList printed = run.out.trimmed().split(' ');
        QCOMPARE(printed.size(), 2);
        QCOMPARE(server.statuses().size(), 1);
        const auto status = server.statuses().constFirst();
        QCOMPARE(printed.at(0), status.id);
        QVERIFY(printed.at(1).startsWith("http"));
        QCOMPARE(status.text, "Conseil du jour : buvez de l’eau 💧");
        QCOMPARE(status.mediaIds.size(), 1);
        QCOMPARE(server.media(status.mediaIds.constFirst()).description, "Un verre d’eau");

        const test::CliRun reply =
            vigie({"post", "--account", QString::number(id), "--text", "Suite", "--reply-to", status.id});
        QCOMPARE(reply.exitCode, 0);
        QCOMPARE(server.statuses().size(), 2);
        QCOMPARE(server.statuses().at(1).inReplyToId, status.id);
    }

    // Mastodon takes four files a post: a fifth is refused in words before anything is stored
    // or sent, whether the post goes now or is scheduled.
    void refusesFilesTheNetworkDoesNotTake()
    {
        fakes::FakeMastodonServer server;
        server.start();
        const qint64 id = addMastodon(server);
        QVERIFY(id > 0);
        QStringList args{"post", "--account", QString::number(id), "--text", "Cinq affiches"};
        for (int i = 0; i < 5; ++i) {
            const QString image = m_dir.filePath(QStringLiteral("affiche%1.png").arg(i));
            QVERIFY(QImage(32, 32, QImage::Format_RGB32).save(image));
            args << "--media" << image << "--alt" << QStringLiteral("Affiche %1").arg(i);
        }
        for (const QStringList &when : {QStringList{}, QStringList{"--at", "2099-01-05T09:00"}}) {
            const test::CliRun run = vigie(args + when);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("Mastodon takes at most 4"), qPrintable(run.err));
        }
        QVERIFY(server.statuses().isEmpty());
        const test::CliRun posts = vigie({"posts", "list", "--json"});
        QCOMPARE(posts.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(posts.out.toUtf8()).array().size(), 0);
    }

    void syncsListsAndAnswersTheInbox()
    {
        fakes::FakeMastodonServer server;
        server.start();
        const qint64 id = addMastodon(server);
        QVERIFY(id > 0);
        server.addMention("marie@piaille.fr", "Bonjour, où trouver la notice d’Hélidol ?");
        server.addMention("paul@toot.example", "Merci pour le conseil !");
        test::CliRun sync = vigie({"inbox", "sync"});
        QCOMPARE(sync.exitCode, 0);
        QVERIFY2(sync.out.contains("2 new"), qPrintable(sync.out));
        sync = vigie({"inbox", "sync", "--account", QString::number(id)});
        QVERIFY2(sync.out.contains("0 new"), qPrintable(sync.out)); // the cursor remembers

        const QJsonArray messages = jsonList({"inbox", "list"});
        QCOMPARE(messages.size(), 2);
        QJsonObject question;
        for (const auto &value : messages)
            if (value.toObject().value("author").toString().startsWith("marie"))
                question = value.toObject();
        QCOMPARE(question.value("network").toString(), "mastodon");
        QCOMPARE(question.value("account").toInteger(), id);
        QVERIFY(question.value("text").toString().contains("notice d’Hélidol"));
        QVERIFY(!question.value("text").toString().contains('<')); // plain text, not HTML
        QVERIFY(question.value("thread_id").toInteger() > 0);
        QVERIFY(QDateTime::fromString(question.value("created_at").toString(), Qt::ISODate).isValid());

        const test::CliRun reply = vigie({"inbox", "reply", QString::number(question.value("id").toInteger()),
                                          "--text", "Elle est sur notre site, rubrique Produits."});
        QCOMPARE(reply.exitCode, 0);
        QCOMPARE(server.statuses().size(), 1);
        QCOMPARE(server.statuses().constFirst().inReplyToId, question.value("remote_id").toString());
        bool sentShown = false;
        for (const auto &value : jsonList({"inbox", "list"}))
            sentShown |= value.toObject().value("delivery_state").toString() == "sent";
        QVERIFY(sentShown);
    }

    void onlyAnAuthenticationFailureAsksToReconnect()
    {
        fakes::FakeMastodonServer server;
        server.start();
        const qint64 id = addMastodon(server);
        QVERIFY(id > 0);
        server.injectFault("GET", "/api/v1/notifications", fakes::Fault{});
        QCOMPARE(vigie({"inbox", "sync"}).exitCode, 1);
        QCOMPARE(jsonList({"account", "list"}).at(0).toObject().value("status").toString(), "connected");

        fakes::Fault limited;
        limited.status = 429;
        limited.body = R"({"error":"Too many requests"})";
        limited.headers = {{"Retry-After", "300"}};
        server.injectFault("GET", "/api/v1/notifications", limited);
        QCOMPARE(vigie({"inbox", "sync"}).exitCode, 1);
        const QJsonObject rateLimited = jsonList({"account", "list"}).at(0).toObject();
        QCOMPARE(rateLimited.value("status").toString(), "rate_limited");
        QVERIFY(rateLimited.contains("rate_limited_until"));

        server.setToken("a-revoked-token-was-replaced");
        const test::CliRun sync = vigie({"inbox", "sync"});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains("Reconnect"), qPrintable(sync.err));
        QCOMPARE(jsonList({"account", "list"}).at(0).toObject().value("status").toString(),
                 "needs_reconnect");
    }

    void connectsAndPublishesOnBluesky()
    {
        fakes::FakeBlueskyServer server;
        QVERIFY(!server.start().isEmpty());
        server.addAccount("helianthe.test", "abcd-efgh-ijkl-mnop");
        const test::CliRun add = vigie({"account", "add", "bluesky", "--service", server.url().toString(),
                                        "--handle", "helianthe.test", "--app-password-stdin"},
                                       "abcd-efgh-ijkl-mnop\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QJsonObject account = jsonList({"account", "list"}).at(0).toObject();
        QCOMPARE(account.value("network").toString(), "bluesky");
        QCOMPARE(account.value("handle").toString(), "helianthe.test");
        const test::CliRun post =
            vigie({"post", "--account", QString::number(account.value("id").toInteger()), "--text",
                   "Semaine du cœur ❤️ #santé"});
        QVERIFY2(post.exitCode == 0, qPrintable(post.err));
        QVERIFY(post.out.startsWith("at://"));
        QCOMPARE(server.records().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_clinetwork.moc"
