// `vigie inbox import`, `vigie manual due` and `vigie manual published` as a script runs them:
// the real executable, a real store, real files.
#include "manualfixture.h"
#include "support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie;
using test::ManualFixture;

namespace {
using Run = test::CliRun;
using test::runVigie;

const QByteArray kComments =
    "id;date;auteur;commentaire\n"
    "c1;15/11/2026 10:30;Dr Martin;Très bon résumé.\n"
    "c2;15/11/2026 11:00;Patient anonyme;Depuis que je prends Hélicard j'ai des vertiges "
    "et le pouls à 45 le matin\n";
} // namespace

class TestManualCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualFixture> m_fixture;
    Id m_variant = 0;

    QStringList withDb(QStringList args) const { return args << QStringLiteral("--db") << m_fixture->path(); }
    QString csv(const QByteArray &content)
    {
        return m_fixture->writeFile(QStringLiteral("comments.csv"), content);
    }
    // The command opens the file itself; the test reads it again afterwards.
    void release() { m_fixture->db().close(); }
    void reopen() { QVERIFY(m_fixture->db().openSqlite(m_fixture->path())); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<ManualFixture>();
        QVERIFY(m_fixture->ok());
        // The CLI runs on the real clock: a post due ten minutes ago, another tomorrow.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Id post =
            m_fixture->addScheduledPost(QStringLiteral("Chers confrères,\nle résumé est en ligne."),
                                        {m_fixture->sermo.id}, now.addSecs(-600));
        m_fixture->addScheduledPost(QStringLiteral("Demain"), {m_fixture->sermo.id}, now.addDays(1));
        m_variant = m_fixture->variantsOf(post).value(0).id;
        QVERIFY(m_variant);
        release();
    }
    void cleanup() { m_fixture.reset(); }

    void importPrintsCountsAndFlags()
    {
        const QStringList args =
            withDb({"inbox", "import", csv(kComments), "--account", QString::number(m_fixture->sermo.id)});
        Run run = runVigie(args);
        QCOMPARE(run.exitCode, 0);
        // English plural forms from vigie_en.ts.
        QCOMPARE(run.out.section('\n', 0, 0), "Imported 2 comments, 1 flagged as a possible adverse event.");
        QVERIFY2(run.out.contains("Adverse events pane"), qPrintable(run.out));
        run = runVigie(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Imported 0 comment") &&
                     run.out.contains("(2 already in the inbox), 0 flagged"),
                 qPrintable(run.out));
        reopen();
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM messages"), 2);
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM adverse_cases"), 1);
    }

    void importJson()
    {
        const Run run = runVigie(withDb({"inbox", "import", csv(kComments), "--account",
                                         QString::number(m_fixture->sermo.id), "--json"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("imported").toInt(), 2);
        QCOMPARE(json.value("flagged").toInt(), 1);
        QCOMPARE(json.value("errors").toArray().size(), 0);
    }

    void importRefusesBadLines()
    {
        const QByteArray bad = "date;auteur;texte\n"
                               "15/11/2026 10:30;Dr Martin;Bon\n"
                               "32/11/2026 10:30;Dr Martin;Date impossible\n"
                               "15/11/2026 10:40;Dr Durand;\n";
        const Run run = runVigie(
            withDb({"inbox", "import", csv(bad), "--account", QString::number(m_fixture->sermo.id)}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("vigie inbox import: nothing was imported."), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 3: The date \"32/11/2026 10:30\" cannot be read"),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("line 4: The comment text is empty."), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        reopen();
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM messages"), 0);
    }

    void importUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no account") << QStringList{"inbox", "import", "x.csv"} << 2
                                    << "--account ID is required";
        QTest::newRow("no file") << QStringList{"inbox", "import", "--account", "1"} << 2
                                 << "name one CSV file";
        QTest::newRow("missing file")
            << QStringList{"inbox", "import", "/nonexistent/c.csv", "--account", "1"} << 1
            << "Cannot read /nonexistent/c.csv";
        QTest::newRow("account with an API")
            << QStringList{"inbox", "import", "CSV", "--account", "2"} << 1 << "only into a manual channel";
    }
    void importUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("CSV"), csv(kComments));
        // Account 2 is the Mastodon one, 1 the manual channel (created in that order).
        QCOMPARE(m_fixture->mastodon.id, Id(2));
        const Run run = runVigie(withDb(args));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void dueListsWhatToPost()
    {
        Run run = runVigie(withDb({"manual", "due"}));
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QString::number(m_variant)), qPrintable(run.out));
        QVERIFY2(lines.at(0).contains("Sermo – Cardiologie France"), qPrintable(run.out));
        QVERIFY2(lines.at(0).endsWith("Chers confrères,"), qPrintable(run.out));
        QVERIFY2(lines.at(1).startsWith("1 post") && lines.at(1).contains("to publish by hand"),
                 qPrintable(run.out));

        run = runVigie(withDb({"manual", "due", "--json"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray json = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(json.size(), 1);
        const QJsonObject due = json.first().toObject();
        QCOMPARE(due.value("variant").toInteger(), m_variant);
        QCOMPARE(due.value("community").toString(), QStringLiteral("Sermo – Cardiologie France"));
        QCOMPARE(due.value("text").toString(),
                 withSafetyText(QStringLiteral("Chers confrères,\nle résumé est en ligne."),
                                ManualFixture::safetyText()));
        QCOMPARE(due.value("community_url").toString(), QStringLiteral("https://www.sermo.com"));
    }

    void published_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("good") << "https://www.sermo.com/posts/4711" << 0 << "";
        QTest::newRow("not a web address") << "sermo.com/posts/4711" << 2 << "must start with https://";
        QTest::newRow("no host") << "https://" << 2 << "";
    }
    void published()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runVigie(withDb({"manual", "published", QString::number(m_variant), "--url", url}));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        reopen();
        if (exitCode == 0) {
            QCOMPARE(run.out.trimmed(),
                     QStringLiteral("Marked published on Sermo – Cardiologie France: ") + url);
            QCOMPARE(m_fixture->variantState(m_variant), QStringLiteral("published"));
            QCOMPARE(m_fixture->variantUrl(m_variant), url);
            release();
            const Run due = runVigie(withDb({"manual", "due"}));
            QCOMPARE(due.out.trimmed(), QStringLiteral("No post to publish by hand right now."));
            // Twice: refused, the first address kept.
            const Run again = runVigie(withDb({"manual", "published", QString::number(m_variant), "--url",
                                               "https://www.sermo.com/posts/1"}));
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains("cannot be marked published"), qPrintable(again.err));
        } else {
            QCOMPARE(m_fixture->variantState(m_variant), QStringLiteral("scheduled"));
            QCOMPARE(m_fixture->variantUrl(m_variant), QString());
        }
    }

    void publishedUsage()
    {
        Run run = runVigie(withDb({"manual", "published", "--url", "https://www.sermo.com/p/1"}));
        QCOMPARE(run.exitCode, 2);
        run = runVigie(withDb({"manual", "published", "999", "--url", "https://www.sermo.com/p/1"}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a manual channel's post"), qPrintable(run.err));
        run = runVigie(withDb({"manual"}));
        QCOMPARE(run.exitCode, 2);
        run = runVigie({"manual", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("vigie manual published VARIANT_ID --url URL"));
    }
};

QTEST_GUILESS_MAIN(TestManualCli)
#include "tst_manualcli.moc"
