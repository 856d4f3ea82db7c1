// `vigie classify` driven as a script would: the real executable, a products file, JSON Lines on
// standard input, a broken line in the middle, and the exit codes.
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
    QByteArray out;
};

QString productsFile()
{
    return QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/classify/products.json");
}

Run runClassify(const QStringList &args, const QByteArray &input, const QString &home = {})
{
    const vigie::test::CliRun cli =
        vigie::test::runVigie(QStringList{QStringLiteral("classify")} + args, input, home);
    Run run;
    run.exitCode = cli.exitCode;
    run.out = cli.out.toUtf8();
    run.err = cli.err;
    for (const QByteArray &line : run.out.split('\n'))
        if (!line.isEmpty())
            run.lines << QJsonDocument::fromJson(line).object();
    return run;
}
} // namespace

class TestClassifyCli : public QObject
{
    Q_OBJECT

private slots:
    void classifiesEachLine()
    {
        const QByteArray input =
            "{\"id\": 1, \"text\": \"Depuis que je prends Hélicard j'ai des vertiges\"}\n"
            "{\"id\": \"m-2\", \"text\": \"Hélidol 1g super efficace, merci !\"}\n"
            "{\"id\": null, \"text\": \"un peu d'ibuprofène\"}\n";
        const Run run = runClassify({QStringLiteral("--products"), productsFile()}, input);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.lines.size(), 3);

        const QJsonObject first = run.lines.at(0);
        QCOMPARE(first.value("id").type(), QJsonValue::Double);
        QCOMPARE(first.value("id").toInt(), 1);
        QCOMPARE(first.value("adverse_event").toBool(), true);
        QCOMPARE(first.value("products").toArray(), QJsonArray{"Hélicard 5 mg"});
        QCOMPARE(first.value("sentiment").toString(), "negative");
        QVERIFY(first.value("evidence").toArray().contains(QJsonValue("vertiges")));
        QVERIFY(first.value("evidence").toArray().contains(QJsonValue("Hélicard")));

        const QJsonObject second = run.lines.at(1);
        QCOMPARE(second.value("id").toString(), "m-2"); // the id keeps its JSON type
        QCOMPARE(second.value("adverse_event").toBool(), false);
        QCOMPARE(second.value("products").toArray(), QJsonArray{"Hélidol 1 g"});
        QCOMPARE(second.value("sentiment").toString(), "positive");

        const QJsonObject third = run.lines.at(2);
        QVERIFY(third.value("id").isNull());
        QCOMPARE(third.value("products").toArray(),
                 (QJsonArray{"Hélidol Ibu 400 mg", "Orvalis Ibuprofène 200 mg"}));
        // compact, keys in the order the issue gives them
        QVERIFY(run.out.startsWith("{\"id\":1,\"adverse_event\":true,\"products\":[\"Hélicard 5 mg\"],"
                                   "\"sentiment\":\"negative\",\"evidence\":["));
    }

    void malformedLineIsSkippedAndNamed_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{not json") << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "not a JSON object";
        QTest::newRow("no id") << QByteArray("{\"text\": \"vertiges\"}") << "no \"id\"";
        QTest::newRow("text not a string") << QByteArray("{\"id\": 3, \"text\": 42}") << "\"text\"";
    }
    void malformedLineIsSkippedAndNamed()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, reason);
        const QByteArray input = "{\"id\": 1, \"text\": \"Noctélia top\"}\n" + badLine +
                                 "\n\n{\"id\": 2, \"text\": \"Helicard gave me a rash\"}\n";
        const Run run = runClassify({QStringLiteral("--products"), productsFile()}, input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 2 skipped"), qPrintable(run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.lines.size(), 2); // everything else still classified
        QCOMPARE(run.lines.at(1).value("id").toInt(), 2);
        QCOMPARE(run.lines.at(1).value("adverse_event").toBool(), true);
    }

    void readsAnInputFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("in.jsonl");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 1000; ++i)
            file.write(QStringLiteral("{\"id\": %1, \"text\": \"My son got hives after taking Helidol\"}\n")
                           .arg(i)
                           .toUtf8());
        file.close();
        const Run run =
            runClassify({QStringLiteral("--products"), productsFile(), QStringLiteral("--input"), path}, {});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 1000);
        QCOMPARE(run.lines.last().value("id").toInt(), 999);
        QVERIFY(run.lines.last().value("adverse_event").toBool());
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing products file")
            << QStringList{"--products", "/nonexistent/products.json"} << 1 << "vigie classify:";
        QTest::newRow("missing input file")
            << QStringList{"--products", productsFile(), "--input", "/nonexistent/in.jsonl"} << 1
            << "cannot read";
        QTest::newRow("no store and no products file")
            << QStringList{"--db", "/nonexistent/vigie.sqlite"} << 1 << "no database";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 2 << "frobnicate";
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runClassify(args, "{\"id\": 1, \"text\": \"x\"}\n");
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.lines.isEmpty());
    }

    // Without --products, the workspace's products: the demo store has the same nine.
    void usesTheWorkspaceProducts()
    {
        QTemporaryDir home;
        const QString db = vigie::test::demoDatabaseCopy(home.path());
        QVERIFY(!db.isEmpty());
        const Run run = runClassify({QStringLiteral("--db"), db},
                                    "{\"id\": 1, \"text\": \"Noctélia Flash le soir\"}\n", home.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 1);
        QCOMPARE(run.lines.at(0).value("products").toArray(), QJsonArray{"Noctélia Flash"});
    }
};

QTEST_GUILESS_MAIN(TestClassifyCli)
#include "tst_classifycli.moc"
