// `vigie import-schedule` as a script runs it: the real executable, a real store, real files.
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace vigie;

namespace {
using Run = test::CliRun;
using test::runVigie;

// The CLI uses the real clock: dates a few weeks ahead, written day first.
QByteArray ahead(int days, const char *time)
{
    return QDate::currentDate().addDays(days).toString(u"dd/MM/yyyy").toLatin1() + ' ' + time;
}
} // namespace

class TestImportScheduleCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_store;
    Id m_accountId = 0;

    QString writeCsv(const QByteArray &content)
    {
        const QString path = m_store->dir() + QStringLiteral("/planning.csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }
    int count(const char *sql)
    {
        SqlQuery q(m_store->db(), QString::fromLatin1(sql));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    QStringList base(const QString &csv) const
    {
        return {QStringLiteral("import-schedule"),
                csv,
                QStringLiteral("--account"),
                QString::number(m_accountId),
                QStringLiteral("--db"),
                m_store->path()};
    }

private slots:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        QVERIFY(m_store->ok());
        WorkspaceRepository workspaces(m_store->db());
        Workspace workspace;
        workspace.name = QStringLiteral("Laboratoires Test");
        workspace.timezone = QStringLiteral("Europe/Paris");
        QVERIFY(workspaces.addWorkspace(workspace));
        Brand brand = Brand::named(workspace.id, QStringLiteral("Aurora"), QStringLiteral("#0f766e"));
        brand.safetyText = QStringLiteral("Lire attentivement la notice.");
        QVERIFY(workspaces.addBrand(brand));
        Account account;
        account.workspaceId = workspace.id;
        account.brandId = brand.id;
        account.network = Network::Mastodon;
        account.handle = QStringLiteral("@aurora@sante.social");
        QVERIFY(workspaces.addAccount(account));
        m_accountId = account.id;
        m_store->db().close(); // the command opens the file itself
    }
    void cleanup() { m_store.reset(); }

    void importsEveryLine()
    {
        const QString csv =
            writeCsv("Date,Message,Link\n" + ahead(20, "09:00") + ",Conseil un\n" + ahead(21, "18:45") +
                     ",\"Conseil deux, avec lien\",https://sante.fr/a\n");
        const Run run = runVigie(base(csv));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Imported 2 posts."));
        QVERIFY2(m_store->db().openSqlite(m_store->path()), "reopen");
        QCOMPARE(count("SELECT COUNT(*) FROM posts WHERE state = 'scheduled'"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'post.imported'"), 2);
    }

    // Bad lines: every one reported, exit 1, nothing written.
    void reportsEveryBadLineAndWritesNothing()
    {
        const QString csv =
            writeCsv(ahead(20, "09:00") + ",Conseil un\n" + ahead(21, "09:07") + ",Conseil deux\n" +
                     ahead(22, "09:00") + ",\n" + ahead(23, "09:00") + ",Conseil un\n" + ahead(24, "09:00") +
                     "," + QByteArray(480, 'a') + "\n");
        const Run run = runVigie(base(csv));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("nothing was imported"), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 2: The minutes must be a multiple of 5"), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 3: The message is empty."), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 4: The same message as line 1."), qPrintable(run.err));
        // Counted as Mastodon counts, with the safety text Vigie appends: 480 + 2 + 29.
        QVERIFY2(run.err.contains("line 5: Too long for Mastodon: 511 characters"), qPrintable(run.err));
        QVERIFY(!run.err.contains("line 1:"));
        QVERIFY2(m_store->db().openSqlite(m_store->path()), "reopen");
        QCOMPARE(count("SELECT COUNT(*) FROM posts"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'post.imported'"), 0);
    }

    void json_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("imported");
        QTest::addColumn<QList<int>>("errorLines");
        QTest::newRow("good") << ahead(20, "09:00") + ";Conseil\n" << 0 << 1 << QList<int>{};
        QTest::newRow("bad") << ahead(20, "09:00") + ";Conseil\n" + "demain;Salut\n" + ahead(-2, "09:00") +
                                    ";Hier\n"
                             << 1 << 0 << QList<int>{2, 3};
    }
    void json()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(int, imported);
        QFETCH(QList<int>, errorLines);
        const Run run = runVigie(base(writeCsv(content)) << QStringLiteral("--json"));
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value("imported").toInt(-1), imported);
        QList<int> lines;
        for (const QJsonValue &e : result.value("errors").toArray()) {
            lines << e.toObject().value("line").toInt();
            QVERIFY(!e.toObject().value("reason").toString().isEmpty());
        }
        QCOMPARE(lines, errorLines);
    }

    void dateOrder_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        // A date with day and month both ≤ 12 and different, next year: ambiguous until an order is chosen.
        QTest::newRow("not chosen") << QString() << 1 << "Ambiguous date";
        QTest::newRow("dmy") << "dmy" << 0 << "Imported 1 post.";
        QTest::newRow("mdy") << "mdy" << 0 << "Imported 1 post.";
        QTest::newRow("wrong") << "ymd" << 2 << "--date-order is dmy or mdy";
    }
    void dateOrder()
    {
        QFETCH(QString, order);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray date = "03/04/" + QByteArray::number(QDate::currentDate().year() + 1) + " 10:00";
        QStringList args = base(writeCsv(date + ",Conseil\n"));
        if (!order.isEmpty())
            args << QStringLiteral("--date-order") << order;
        const Run run = runVigie(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2((run.out + run.err).contains(message), qPrintable(run.out + run.err));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no account") << QStringList{"import-schedule", "x.csv"} << "--account ID is required";
        QTest::newRow("no file") << QStringList{"import-schedule", "--account", "1"} << "name one CSV file";
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = runVigie(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void unknownAccountFails()
    {
        QStringList args = base(writeCsv(ahead(20, "09:00") + ",Conseil\n"));
        args[3] = QStringLiteral("999");
        const Run run = runVigie(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("There is no account 999"), qPrintable(run.err));
    }

    void helpNamesTheLayout()
    {
        const Run run = runVigie({QStringLiteral("import-schedule"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("--date-order") && run.out.contains("DD/MM/YYYY HH:mm"),
                 qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestImportScheduleCli)
#include "tst_importschedulecli.moc"
