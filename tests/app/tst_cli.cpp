// Drives the real `vigie` executable the way a script or cron job would.
#include "storage/database.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

namespace {
using Run = vigie::test::CliRun;

Run runVigie(const QStringList &args, const QString &home = {})
{
    return vigie::test::runVigie(args, {}, home);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsEveryCommand()
    {
        const Run run = runVigie({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"init", "demo", "stats", "account", "post", "inbox", "audit", "calendar",
                                    "posts", "approve", "publish-due", "import-schedule"})
            QVERIFY2(run.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(command))),
                     qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--demo")));
        QVERIFY(run.err.isEmpty());
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("init") << "init"
                              << "--timezone";
        QTest::newRow("demo") << "demo"
                              << "--out";
        QTest::newRow("stats") << "stats"
                               << "--json";
        QTest::newRow("audit") << "audit"
                               << "--json";
        QTest::newRow("post") << "post"
                              << "--reply-to";
    }
    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        const Run run = runVigie({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(option), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("vigie")), qPrintable(run.out));
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("unknown option") << QStringList{"init", "--frob"} << "Unknown option 'frob'";
        QTest::newRow("bad timezone")
            << QStringList{"init", "--timezone", "Mars/Olympus"} << "unknown timezone";
        QTest::newRow("demo without out") << QStringList{"demo"} << "--out PATH is required";
        QTest::newRow("bad seed") << QStringList{"demo", "--out", "x.sqlite", "--seed", "abc"} << "--seed";
        QTest::newRow("bad language") << QStringList{"--lang", "de"} << "--lang takes fr or en";
    }
    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir home;
        const Run run = runVigie(args, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void initThenStats()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("nested/team.sqlite"));
        Run run = runVigie({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                            QStringLiteral("Pharmacie du Port")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Pharmacie du Port")));
        // A second init leaves the workspace as it was.
        run = runVigie({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                        QStringLiteral("Other")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("nothing changed")));

        run = runVigie({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("workspaces")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("posts")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("schema_version")).toInt(),
                 vigie::Database::latestSchemaVersion());
    }

    void auditVerifyFindsAnEditedEntry()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(runVigie({QStringLiteral("demo"), QStringLiteral("--out"), db}).exitCode, 0);
        Run run = runVigie({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db,
                            QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject intact = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(intact.value(QStringLiteral("intact")).toBool());
        QVERIFY(intact.value(QStringLiteral("checked")).toInt() > 10); // the demo's posts were recorded
        {
            vigie::Database store;
            QVERIFY(store.openSqlite(db));
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor = 'someone else' WHERE id = "
                                          "(SELECT MIN(id) + 5 FROM audit_events)")));
        }
        run = runVigie({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("was edited")), qPrintable(run.err));
    }

    void calendarExportWritesAnICalendarFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(runVigie({QStringLiteral("demo"), QStringLiteral("--out"), db}).exitCode, 0);
        const QString ics = dir.filePath(QStringLiteral("plan.ics"));
        Run run = runVigie({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--db"), db,
                            QStringLiteral("--ics"), ics});
        QCOMPARE(run.exitCode, 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QVERIFY(all.startsWith("BEGIN:VCALENDAR\r\n"));
        const int events = int(all.count("BEGIN:VEVENT"));
        QVERIFY(events > 20);
        QVERIFY2(run.out.contains(QString::number(events)), qPrintable(run.out));

        // A narrower range holds fewer posts; a reversed one is refused.
        run = runVigie({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--db"), db,
                        QStringLiteral("--ics"), ics, QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                        QStringLiteral("--to"), QStringLiteral("2026-11-22")});
        QCOMPARE(run.exitCode, 0);
        QFile narrower(ics); // a new file: the export replaces it whole
        QVERIFY(narrower.open(QIODevice::ReadOnly));
        const int week = int(narrower.readAll().count("BEGIN:VEVENT"));
        QVERIFY(week > 0 && week < events);
        run = runVigie({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--db"), db,
                        QStringLiteral("--ics"), ics, QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-11-01")});
        QCOMPARE(run.exitCode, 2);
    }

    void postsListShowsWhereEachPostStands()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(runVigie({QStringLiteral("demo"), QStringLiteral("--out"), db}).exitCode, 0);
        Run run = runVigie({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--db"), db,
                            QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(all.size() > 20);
        int published = 0;
        for (const auto &value : all) {
            const QJsonObject post = value.toObject();
            QVERIFY(post.contains(QStringLiteral("scheduled_at")));
            const QJsonArray variants = post.value(QStringLiteral("variants")).toArray();
            if (variants.isEmpty()) { // an undated draft may have no channel yet
                QCOMPARE(post.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
                continue;
            }
            const QJsonObject variant = variants.at(0).toObject();
            QVERIFY(variant.value(QStringLiteral("account")).toInt() > 0);
            QVERIFY(variant.contains(QStringLiteral("remote_id")));
            if (post.value(QStringLiteral("state")).toString() == QStringLiteral("published")) {
                ++published;
                QVERIFY(!variant.value(QStringLiteral("remote_id")).toString().isEmpty());
            }
        }
        run = runVigie({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--db"), db,
                        QStringLiteral("--state"), QStringLiteral("published"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), published);
        QVERIFY(published > 0);
        run = runVigie({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--db"), db,
                        QStringLiteral("--state"), QStringLiteral("lost")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unconfirmed"))); // lists the states it knows
    }

    void scheduleThenApproveThroughTheCli()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(runVigie({QStringLiteral("demo"), QStringLiteral("--out"), db}).exitCode, 0);
        const auto postCount = [&] {
            return QJsonDocument::fromJson(runVigie({"posts", "list", "--db", db, "--json"}).out.toUtf8())
                .array()
                .size();
        };
        const int before = postCount();
        // Account 3 is Hélidol on X: the brand requires the medical and legal reviews.
        Run run = runVigie({"post", "--db", db, "--account", "3", "--text", "Pensez à bien vous hydrater.",
                            "--at", "2030-01-15T09:00", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject created = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(created.value("state").toString(), QStringLiteral("in_review"));
        QCOMPARE(created.value("scheduled_at").toString(),
                 QStringLiteral("2030-01-15T08:00:00Z")); // Paris time
        const QString id = QString::number(created.value("post_id").toInt());

        run = runVigie({"approve", id, "--db", db, "--role", "regulatory", "--as", "Sophie Bernard"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("does not require a regulatory review"), qPrintable(run.err));
        run = runVigie({"approve", id, "--db", db, "--role", "legal", "--as", "Dr Hélène Martin"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("may not sign the legal review"), qPrintable(run.err));
        run = runVigie({"approve", id, "--db", db, "--role", "medical", "--as", "Dr Hélène Martin"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Still missing: legal"), qPrintable(run.out));
        run = runVigie({"approve", id, "--db", db, "--role", "legal", "--as", "Maître Julien Lefèvre",
                        "--code", "MLR-HEL-2030-0007", "--expires", "2030-06-30"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("It is now scheduled"), qPrintable(run.out));
        run = runVigie({"posts", "list", "--db", db, "--state", "scheduled", "--json"});
        bool found = false;
        for (const auto &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            found = found || QString::number(v.toObject().value("id").toInt()) == id;
        QVERIFY(found);

        // A brand-less corporate account needs no review; a claim or a past time is refused, unwritten.
        run = runVigie(
            {"post", "--db", db, "--account", "1", "--text", "Bonne année !", "--at", "2030-01-01T10:00Z"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("is scheduled for 2030-01-01 11:00 (Europe/Paris)"), qPrintable(run.out));
        run = runVigie({"post", "--db", db, "--account", "3", "--text", "Hélidol guérit tout", "--at",
                        "2030-01-16T09:00"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("“guérit” is a forbidden claim for Hélidol"), qPrintable(run.err));
        run = runVigie({"post", "--db", db, "--account", "3", "--text", "Hier", "--at", "2020-01-01T09:00"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("already passed"), qPrintable(run.err));
        QCOMPARE(postCount(), before + 2);
        QCOMPARE(runVigie({"audit", "verify", "--db", db}).exitCode, 0);
    }

    void failuresExitOneWithAMessage()
    {
        QTemporaryDir dir;
        Run run = runVigie(
            {QStringLiteral("stats"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("vigie init")), qPrintable(run.err));

        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'j'));
        file.close();
        run = runVigie({QStringLiteral("stats"), QStringLiteral("--db"), junk});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not a Vigie database")), qPrintable(run.err));
    }

    void newerDatabaseIsRefused()
    {
        vigie::test::TempStore store;
        QVERIFY(store.db().exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 0)")));
        store.db().close();
        const Run run = runVigie({QStringLiteral("stats"), QStringLiteral("--db"), store.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer version of Vigie")), qPrintable(run.err));
    }

    void frenchMessagesFollowTheLocale()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QTemporaryDir home;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie"), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Commandes")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
