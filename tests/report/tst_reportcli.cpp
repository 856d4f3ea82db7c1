// 'vigie stats mentions' and 'vigie report' through the real binary, on a store whose mentions
// are known one by one: exact figures, the workspace's days, and failures that say why.

#include "analytics/analyticsfixture.h"
#include "reporttext.h"
#include "storage/mentionrepository.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;

namespace {

const QDate kFrom(2026, 3, 2);
const QDate kTo(2026, 3, 8);

QJsonObject day(const QString &date, int total, int positive, int neutral, int negative, int adverse)
{
    return {{"day", date},        {"total", total},       {"positive", positive},
            {"neutral", neutral}, {"negative", negative}, {"adverse", adverse}};
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void mentionsJsonHasEveryDayAndExactFigures();
    void mentionsTextIsForPeople();
    void brandNamesMatchWhateverTheCase();
    void unknownBrandListsTheBrands();
    void badArguments_data();
    void badArguments();
    void plainStatsIsUnchanged();

    void reportWritesThePdf();
    void reportRefusals_data();
    void reportRefusals();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_store->path()}; }
    QStringList range() const
    {
        return {QStringLiteral("--from"), kFrom.toString(Qt::ISODate), QStringLiteral("--to"),
                kTo.toString(Qt::ISODate)};
    }
    bool addAdverse(const Brand &brand, const QDateTime &utc, int count);

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<AnalyticsFixture> m_fixture;
    int m_nextAdverse = 1;
};

bool TestReportCli::addAdverse(const Brand &brand, const QDateTime &utc, int count)
{
    QList<Mention> mentions;
    for (int i = 0; i < count; ++i) {
        Mention m;
        m.workspaceId = m_fixture->workspace().id;
        m.brandId = brand.id;
        m.network = Network::Mastodon;
        m.remoteId = QStringLiteral("adverse-%1").arg(m_nextAdverse++);
        m.body = QStringLiteral("j'ai eu des vertiges après %1").arg(brand.name);
        m.sentiment = Sentiment::Negative;
        m.adverseEvent = true;
        m.createdAt = utc;
        m.receivedAt = utc;
        mentions << m;
    }
    int inserted = 0;
    return MentionRepository(m_store->db()).insert(mentions, &inserted).ok() && inserted == count;
}

void TestReportCli::initTestCase()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db()); // Europe/Paris
    QVERIFY(m_fixture->ok());
    const Brand own = m_fixture->ownBrand();
    const Brand derma = m_fixture->secondOwnBrand();
    const Brand rival = m_fixture->competitor();
    // The own brand: 13 mentions in the week, 5 the week before.
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 3, 2), 3, Sentiment::Positive));
    // 23:30 UTC on 1 March is 00:30 on 2 March in Paris: it counts on the 2nd...
    QVERIFY(m_fixture->addMentions(own, QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc())));
    // ...and 23:30 UTC on 8 March is already the 9th there: outside the range.
    QVERIFY(m_fixture->addMentions(own, QDateTime(QDate(2026, 3, 8), QTime(23, 30), QTimeZone::utc())));
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 3, 4), 2, Sentiment::Negative));
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 3, 4), 1, Sentiment::Neutral));
    QVERIFY(addAdverse(own, QDateTime(QDate(2026, 3, 5), QTime(10, 0), QTimeZone::utc()), 2));
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 3, 8), 4, Sentiment::Neutral));
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 2, 25), 5, Sentiment::Neutral));
    // The other brands: 6 and 4 in the week.
    QVERIFY(m_fixture->addMentionsOn(derma, QDate(2026, 3, 3), 6, Sentiment::Positive));
    QVERIFY(m_fixture->addMentionsOn(rival, QDate(2026, 3, 6), 4, Sentiment::Negative));
    QVERIFY(m_fixture->addMentionsOn(rival, QDate(2026, 2, 28), 2, Sentiment::Neutral));
}

void TestReportCli::mentionsJsonHasEveryDayAndExactFigures()
{
    const CliRun run =
        runVigie(QStringList{"stats", "mentions", "--brand", "Hélianthe", "--json"} + range() + db());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(json["brand"].toObject()["name"].toString(), QStringLiteral("Hélianthe"));
    QCOMPARE(json["from"].toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(json["to"].toString(), QStringLiteral("2026-03-08"));
    QCOMPARE(json["timezone"].toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(json["total"].toInt(), 13);
    QCOMPARE(json["adverse"].toInt(), 2);
    QCOMPARE(json["sentiment"].toObject(), (QJsonObject{{"positive", 3}, {"neutral", 6}, {"negative", 4}}));
    const QJsonArray expectedDays{
        day("2026-03-02", 4, 3, 1, 0, 0), day("2026-03-03", 0, 0, 0, 0, 0), day("2026-03-04", 3, 0, 1, 2, 0),
        day("2026-03-05", 2, 0, 0, 2, 2), day("2026-03-06", 0, 0, 0, 0, 0), day("2026-03-07", 0, 0, 0, 0, 0),
        day("2026-03-08", 4, 0, 4, 0, 0),
    };
    QCOMPARE(json["daily"].toArray(), expectedDays);

    const QJsonObject voice = json["share_of_voice"].toObject();
    QCOMPARE(voice["all_mentions"].toInt(), 23);
    QCOMPARE(voice["percent"].toDouble(), 56.52); // 13 / 23
    const QJsonArray brands = voice["brands"].toArray();
    QCOMPARE(brands.size(), 3);
    QCOMPARE(brands[1].toObject()["name"].toString(), QStringLiteral("Hélianthe Derma"));
    QCOMPARE(brands[1].toObject()["mentions"].toInt(), 6);
    QCOMPARE(brands[1].toObject()["percent"].toDouble(), 26.09);
    QCOMPARE(brands[2].toObject()["name"].toString(), QStringLiteral("Medivia"));
    QCOMPARE(brands[2].toObject()["competitor"].toBool(), true);
    QCOMPARE(brands[2].toObject()["percent"].toDouble(), 17.39);

    const QJsonObject previous = json["previous_period"].toObject();
    QCOMPARE(previous["from"].toString(), QStringLiteral("2026-02-23"));
    QCOMPARE(previous["to"].toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(previous["total"].toInt(), 5);
    QCOMPARE(previous["neutral"].toInt(), 5);
    QCOMPARE(previous["change_percent"].toDouble(), 160.0);
}

void TestReportCli::mentionsTextIsForPeople()
{
    const CliRun run = runVigie(QStringList{"stats", "mentions", "--brand", "Medivia"} + range() + db());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("Medivia, 2026-03-02 to 2026-03-08 (days in Europe/Paris)"),
             qPrintable(run.out));
    QVERIFY(run.out.contains("Mentions: 4 (previous period, 2026-02-23 to 2026-03-01: 2, +100.0%)"));
    QVERIFY(run.out.contains("Sentiment: positive 0 (0.0%), neutral 0 (0.0%), negative 4 (100.0%)"));
    QVERIFY(run.out.contains("Share of voice: 17.4% of 23 mentions of all brands"));
    QVERIFY(run.out.contains("2026-03-06       4       0       0       4       0"));
    QCOMPARE(run.out.count("\n  2026-03-"), 7);
}

void TestReportCli::brandNamesMatchWhateverTheCase()
{
    const CliRun run =
        runVigie(QStringList{"stats", "mentions", "--brand", "HÉLIANTHE DERMA", "--json"} + range() + db());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())["total"].toInt(), 6);
    // Nothing the week before: no percentage to give.
    QVERIFY(QJsonDocument::fromJson(run.out.toUtf8())["previous_period"]["change_percent"].isNull());
}

void TestReportCli::unknownBrandListsTheBrands()
{
    const CliRun run = runVigie(QStringList{"stats", "mentions", "--brand", "Aspirix"} + range() + db());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no brand named 'Aspirix'. Brands: Hélianthe, Hélianthe Derma, Medivia."),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestReportCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QStringList head{"stats", "mentions", "--brand", "Medivia"};
    QTest::newRow("not a date") << head + QStringList{"--from", "2026-13-01", "--to", "2026-03-08"} << 2
                                << "--from: '2026-13-01' is not a date";
    QTest::newRow("from after to") << head + QStringList{"--from", "2026-03-09", "--to", "2026-03-08"} << 2
                                   << "--from (2026-03-09) is after --to (2026-03-08)";
    QTest::newRow("no from") << head + QStringList{"--to", "2026-03-08"} << 2 << "--from DATE is required";
    QTest::newRow("no brand") << QStringList{"stats",      "mentions", "--from",
                                             "2026-03-01", "--to",     "2026-03-08"}
                              << 2 << "--brand NAME is required";
    QTest::newRow("no store") << head + QStringList{"--from",     "2026-03-01", "--to",
                                                    "2026-03-08", "--db",       "/nonexistent/vigie.sqlite"}
                              << 1 << "no database at /nonexistent/vigie.sqlite";
}

void TestReportCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    if (!args.contains("--db"))
        args += db();
    const CliRun run = runVigie(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestReportCli::plainStatsIsUnchanged()
{
    const CliRun run = runVigie(QStringList{"stats", "--json"} + db());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(json.contains("schema_version"));
    QCOMPARE(json["mentions"].toInt(), 31);
}

void TestReportCli::reportWritesThePdf()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("report.pdf");
    const CliRun run = runVigie(QStringList{"report", "--pdf", pdf} + range() + db());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto written = QRegularExpression("^Report written to (.+) \\(pages: (\\d+)\\)\\.$",
                                            QRegularExpression::MultilineOption)
                             .match(run.out);
    QVERIFY2(written.hasMatch(), qPrintable(run.out));
    QCOMPARE(written.captured(1), pdf);
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext is missing: run dev.sh (poppler-utils)");
    QCOMPARE(pdfPageCount(pdf), written.captured(2).toInt());
    QVERIFY(written.captured(2).toInt() >= 3); // the summary, then charts two by two
    const QString page1 = pdfText(pdf, 1, 1);
    QVERIFY(page1.contains("Laboratoires Test"));
    const QStringList own = tableRow(page1, "Hélianthe");
    QCOMPARE(own.size(), 7);
    QCOMPARE(own.mid(1), (QStringList{"13", "+160.0%", "56.5%", "23.1%", "30.8%", "2"}));
    QCOMPARE(tableRow(page1, "Hélianthe Derma").mid(1),
             (QStringList{"6", "new", "26.1%", "100.0%", "0.0%", "0"}));
    QCOMPARE(tableRow(page1, "Medivia (competitor)").mid(1),
             (QStringList{"4", "+100.0%", "17.4%", "0.0%", "100.0%", "0"}));
    QCOMPARE(tableRow(page1, "All brands").mid(1),
             (QStringList{"23", "+228.6%", "100.0%", "39.1%", "34.8%", "2"}));
}

void TestReportCli::reportRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a date") << QStringList{"--from", "yesterday", "--to", "2026-03-08", "--pdf", "r.pdf"}
                                << 2 << "--from: 'yesterday' is not a date";
    QTest::newRow("from after to") << QStringList{"--from",     "2026-03-09", "--to",
                                                  "2026-03-08", "--pdf",      "r.pdf"}
                                   << 2 << "--from (2026-03-09) is after --to (2026-03-08)";
    QTest::newRow("no pdf") << QStringList{"--from", "2026-03-01", "--to", "2026-03-08"} << 2
                            << "--pdf FILE is required";
    QTest::newRow("unwritable") << QStringList{"--from",     "2026-03-01", "--to",
                                               "2026-03-08", "--pdf",      "no-such-folder/r.pdf"}
                                << 1 << "Cannot write";
}

void TestReportCli::reportRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const int pdf = int(args.indexOf("--pdf"));
    if (pdf >= 0)
        args[pdf + 1] = dir.filePath(args.at(pdf + 1));
    const CliRun run = runVigie(QStringList{"report"} + args + db());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(run.err.contains(
        QRegularExpression("(^|\n)vigie report: [^\n]*" + QRegularExpression::escape(says))));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
