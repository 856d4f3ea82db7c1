// What a community manager sees when importing a Hootsuite bulk-composer CSV: every bad line with
// its reason, and either every post scheduled or nothing written at all.
#include "calendar/calendarfixture.h"
#include "publishing/scheduleimport.h"
#include "publishing/workspacetime.h"
#include "storage/auditlog.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
const QString kSafety = QStringLiteral("Lire attentivement la notice.");

// A fixture whose Aurora brand can publish: safety text set, one prescription-only product.
struct ImportFixture : CalendarFixture
{
    ImportFixture()
    {
        if (!ok())
            return;
        WorkspaceRepository workspaces(db(), clock());
        aurora.safetyText = kSafety;
        Product zolvex;
        zolvex.name = QStringLiteral("Zolvex");
        zolvex.inn = QStringLiteral("zolvexine");
        zolvex.prescriptionOnly = true;
        ready = workspaces.updateBrand(aurora, QStringLiteral("test")).ok() &&
                workspaces.replaceProducts(aurora.id, {zolvex}, QStringLiteral("test")).ok();
    }
    ScheduleImport importer()
    {
        ScheduleImport import(db(), workspace(), clock());
        // Mastodon's default: 500 characters.
        import.setLengthMeasure([](const Account &, const QString &text) {
            return MeasuredLength{int(text.toUcs4().size()), 500};
    });
    return import;
} ImportPlan check(const QByteArray &csv, DateOrder order = DateOrder::Detect)
{
    ImportOptions options;
    options.accountId = auroraMastodon.id;
    options.dateOrder = order;
    options.fileName = QStringLiteral("planning.csv");
    return importer().check(csv, options);
}
int count(const QString &sql)
{
    SqlQuery q(db(), sql);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}
int auditEntries()
{
    return count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
}
bool ready = false;
}; // namespace

QString lines(const QList<ImportError> &errors)
{
    QStringList out;
    for (const ImportError &e : errors)
        out << QStringLiteral("%1: %2").arg(e.line).arg(e.reason);
    return out.join(QLatin1Char('\n'));
}

QList<int> errorLines(const ImportPlan &plan)
{
    QList<int> out;
    for (const ImportError &e : plan.errors())
        out << e.line;
    return out;
}
} // namespace

class TestScheduleImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Each bad line is reported on its own line number with a reason a person can act on.
    void badLineReasons_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("dateOrder");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        // "Now" is Monday 16 November 2026, 09:00 in Paris. Line 1 is always correct.
        const QByteArray ok = "20/11/2026 09:00,Bonne journée\n";
        QTest::newRow("unreadable date") << ok + "demain 9h,Salut\n"
                                         << int(DateOrder::Detect) << 2 << "Unreadable date \"demain 9h\"";
        QTest::newRow("day 32") << ok + "32/11/2026 09:00,Salut\n"
                                << int(DateOrder::Detect) << 2 << "Unreadable date";
        QTest::newRow("hour 24") << ok + "21/11/2026 24:00,Salut\n"
                                 << int(DateOrder::Detect) << 2 << "Unreadable date";
        QTest::newRow("ambiguous without a chosen order")
            << QByteArray("04/12/2026 09:00,Salut\n") << int(DateOrder::Detect) << 1
            << "Ambiguous date \"04/12/2026 09:00\": 2026-12-04 or 2026-04-12?";
        QTest::newRow("mdy file read day first")
            << ok + "12/13/2026 09:00,Salut\n"
            << int(DateOrder::Detect) << 2 << "is not a date when read day first (DD/MM/YYYY). Line 1 shows";
        QTest::newRow("day-first file read month first")
            << QByteArray("20/11/2026 09:00,Salut\n") << int(DateOrder::MonthDay) << 1
            << "is not a date when read month first";
        QTest::newRow("in the past") << ok + "15/11/2026 09:00,Salut\n"
                                     << int(DateOrder::Detect) << 2 << "This time is in the past.";
        QTest::newRow("five minutes ahead") << ok + "16/11/2026 09:05,Salut\n"
                                            << int(DateOrder::Detect) << 2 << "less than 10 minutes from now";
        QTest::newRow("minutes not a multiple of 5") << ok + "21/11/2026 09:07,Salut\n"
                                                     << int(DateOrder::Detect) << 2 << "multiple of 5";
        QTest::newRow("empty message") << ok + "21/11/2026 09:00,   \n"
                                       << int(DateOrder::Detect) << 2 << "The message is empty.";
        QTest::newRow("too long")
            << ok + "21/11/2026 09:00," + QByteArray(520, 'a') + "\n"
            << int(DateOrder::Detect) << 2
            << "Too long for Mastodon: 551 characters with the brand's safety text, at most 500.";
        QTest::newRow("safety text makes it too long")
            << ok + "21/11/2026 09:00," + QByteArray(480, 'a') + "\n"
            << int(DateOrder::Detect) << 2 << "511 characters with the brand's safety text";
        QTest::newRow("link counts") << ok + "21/11/2026 09:00," + QByteArray(440, 'a') + ",https://a.fr/" +
                                            QByteArray(40, 'b') + "\n"
                                     << int(DateOrder::Detect) << 2 << "Too long for Mastodon";
        QTest::newRow("not a link") << ok + "21/11/2026 09:00,Salut,www sante fr\n"
                                    << int(DateOrder::Detect) << 2 << "\"www sante fr\" is not a web link";
        QTest::newRow("ftp link") << ok + "21/11/2026 09:00,Salut,ftp://sante.fr/a\n"
                                  << int(DateOrder::Detect) << 2 << "is not a web link";
        QTest::newRow("duplicate message") << ok + "21/11/2026 09:00,Bonne  journée\n"
                                           << int(DateOrder::Detect) << 2 << "The same message as line 1.";
        QTest::newRow("forbidden claim") << ok + "21/11/2026 09:00,Ce sirop GUERIT la toux\n"
                                         << int(DateOrder::Detect) << 2 << "forbidden claim";
        QTest::newRow("prescription-only product on a public account")
            << ok + "21/11/2026 09:00,Parlez de zolvexine à votre médecin\n"
            << int(DateOrder::Detect) << 2 << "Zolvex";
        QTest::newRow("unquoted comma") << ok + "21/11/2026 09:00,Bonjour, le monde,https://a.fr,encore\n"
                                        << int(DateOrder::Detect) << 2 << "More than three columns";
        QTest::newRow("quote never closed") << ok + "21/11/2026 09:00,\"Bonjour\n22/11/2026 09:00,Salut\n"
                                            << int(DateOrder::Detect) << 2 << "never closed";
    }
    void badLineReasons()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, dateOrder);
        QFETCH(int, line);
        QFETCH(QString, reason);
        ImportFixture f;
        QVERIFY(f.ready);
        const ImportPlan plan = f.check(csv, DateOrder(dateOrder));
        const QList<ImportError> errors = plan.errors();
        QVERIFY2(!errors.isEmpty(), "a bad line was accepted");
        QVERIFY(!plan.canImport());
        QVERIFY2(errorLines(plan) == QList<int>{line}, qPrintable(lines(errors)));
        QVERIFY2(errors.constFirst().reason.contains(reason), qPrintable(lines(errors)));
    }

    void goodRowsAreReadInWorkspaceTime_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("dateOrder");
        QTest::addColumn<QDateTime>("utc");
        const auto utc = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
        };
        QTest::newRow("day first, winter")
            << QByteArray("04/12/2026 09:00,a\n") << int(DateOrder::DayMonth) << utc(2026, 12, 4, 8, 0);
        QTest::newRow("month first") << QByteArray("04/12/2027 09:00,a\n") << int(DateOrder::MonthDay)
                                     << utc(2027, 4, 12, 7, 0);
        QTest::newRow("settled by a later line") << QByteArray("04/12/2026 09:00,a\n25/12/2026 10:30,b\n")
                                                 << int(DateOrder::Detect) << utc(2026, 12, 4, 8, 0);
        QTest::newRow("same day and month")
            << QByteArray("12/12/2026 09:00,a\n") << int(DateOrder::Detect) << utc(2026, 12, 12, 8, 0);
        QTest::newRow("ISO, summer") << QByteArray("2027-07-01 09:00,a\n") << int(DateOrder::Detect)
                                     << utc(2027, 7, 1, 7, 0);
        QTest::newRow("single digits, seconds, header")
            << QByteArray("Date,Message,Link\n1/12/2026 9:00:00,a,https://sante.fr\n")
            << int(DateOrder::DayMonth) << utc(2026, 12, 1, 8, 0);
        QTest::newRow("exactly ten minutes ahead")
            << QByteArray("16/11/2026 09:10,a\n") << int(DateOrder::Detect) << utc(2026, 11, 16, 8, 10);
    }
    void goodRowsAreReadInWorkspaceTime()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, dateOrder);
        QFETCH(QDateTime, utc);
        ImportFixture f;
        QVERIFY(f.ready);
        const ImportPlan plan = f.check(csv, DateOrder(dateOrder));
        QVERIFY2(plan.canImport(), qPrintable(lines(plan.errors())));
        QCOMPARE(plan.rows.constFirst().scheduledAt, utc);
    }

    // Spring forward in Paris: 2026-03-29 02:00 → 03:00. 02:30 never happens on the wall clock:
    // refused (a moved post would go out an hour away from what was planned). Autumn: the first 02:30.
    void dst()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        f.clock().set(QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()));
        const ImportPlan plan = f.check("29/03/2026 01:30,a\n29/03/2026 02:30,b\n29/03/2026 03:30,c\n"
                                        "25/10/2026 02:30,d\n25/10/2026 03:30,e\n");
        QCOMPARE(errorLines(plan), QList<int>{2});
        QVERIFY2(
            plan.errors().constFirst().reason.contains("2026-03-29 02:30 does not exist in Europe/Paris"),
            qPrintable(lines(plan.errors())));
        const auto at = [&](int row) { return plan.rows.at(row).scheduledAt; };
        QCOMPARE(at(0), QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc()));
        QCOMPARE(at(2), QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()));
        QCOMPARE(at(3), QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()));
        QCOMPARE(at(4), QDateTime(QDate(2026, 10, 25), QTime(2, 30), QTimeZone::utc()));
    }

    void everyBadLineIsReported()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        const ImportPlan plan = f.check("Date;Message;Lien\r\n"
                                        "20/11/2026 09:00;Un\r\n"
                                        "20/11/2026 09:03;Deux\r\n"
                                        "21/11/2026 09:00;\"Trois\r\nsur deux lignes\"\r\n"
                                        "01/01/2020 09:00;Quatre\r\n"
                                        "\r\n"
                                        "22/11/2026 09:00;;https://sante.fr\r\n");
        QCOMPARE(errorLines(plan), (QList<int>{3, 6, 8}));
        QCOMPARE(plan.rows.size(), 5);
        QCOMPARE(plan.rows.at(2).message, QStringLiteral("Trois\nsur deux lignes"));
    }

    void missingSafetyTextIsSaidOnce()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        f.aurora.safetyText.clear();
        QVERIFY(WorkspaceRepository(f.db(), f.clock()).updateBrand(f.aurora, "test"));
        const ImportPlan plan = f.check("20/11/2026 09:00,Un\n21/11/2026 09:00,Deux\n");
        QCOMPARE(errorLines(plan), QList<int>{0});
        QVERIFY2(plan.errors().constFirst().reason.contains("no mandatory safety text"),
                 qPrintable(lines(plan.errors())));
    }

    void tooManyRows()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        QByteArray csv;
        for (int i = 0; i < ScheduleImport::kMaxRows + 2; ++i)
            csv += "20/12/2026 " + QTime(0, 0).addSecs(5 * 60 * (i % 288)).toString("HH:mm").toLatin1() +
                   ",Conseil " + QByteArray::number(i) + "\n";
        const ImportPlan plan = f.check(csv);
        QCOMPARE(errorLines(plan), QList<int>{ScheduleImport::kMaxRows + 1});
        QVERIFY(plan.errors().constFirst().reason.contains("More than 350 posts"));
    }

    void unknownAccountAndEmptyFile()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        ImportOptions options;
        options.accountId = 9999;
        ImportPlan plan = f.importer().check("20/11/2026 09:00,a\n", options);
        QCOMPARE(errorLines(plan), QList<int>{0});
        QVERIFY(plan.errors().constFirst().reason.contains("no account 9999"));
        plan = f.check("\n\n");
        QVERIFY(!plan.canImport());
        QVERIFY(plan.errors().constFirst().reason.contains("no posts"));
        plan = f.importer().checkFile(f.workspace().name + "/missing.csv", options);
        QVERIFY(plan.errors().constFirst().reason.startsWith("Cannot read"));
    }

    void importsEveryRowWithAudit_data()
    {
        QTest::addColumn<bool>("reviews");
        QTest::addColumn<QString>("state");
        QTest::newRow("no review required") << false << "scheduled";
        QTest::newRow("brand requires reviews") << true << "in_review";
    }
    void importsEveryRowWithAudit()
    {
        QFETCH(bool, reviews);
        QFETCH(QString, state);
        ImportFixture f;
        QVERIFY(f.ready);
        if (reviews) {
            f.aurora.requiredReviews = {ReviewRole::Medical, ReviewRole::Legal};
            QVERIFY(WorkspaceRepository(f.db(), f.clock()).updateBrand(f.aurora, "test"));
        }
        const int postsBefore = f.postCount();
        const ImportPlan plan = f.check("20/11/2026 09:00,Conseil un\n"
                                        "21/11/2026 18:45,\"Conseil deux, avec lien\",https://sante.fr/a\n");
        QVERIFY2(plan.canImport(), qPrintable(lines(plan.errors())));
        int imported = 0;
        QVERIFY(f.importer().commit(plan, QStringLiteral("camille"), &imported));
        QCOMPARE(imported, 2);
        QCOMPARE(f.postCount(), postsBefore + 2);

        const QList<Post> posts =
            PostRepository(f.db(), f.clock())
                .scheduledBetween(f.workspace().id, f.clock().now(), f.clock().now().addDays(30));
        QCOMPARE(posts.size(), 2);
        const Post &second = posts.at(1);
        QCOMPARE(second.body, QStringLiteral("Conseil deux, avec lien https://sante.fr/a"));
        QCOMPARE(second.brandId, f.aurora.id);
        QCOMPARE(postStateKey(second.state), state);
        QCOMPARE(second.author, QStringLiteral("camille"));
        QCOMPARE(second.scheduledAt, QDateTime(QDate(2026, 11, 21), QTime(17, 45), QTimeZone::utc()));
        QCOMPARE(second.variants.size(), 1);
        QCOMPARE(second.variants.constFirst().accountId, f.auroraMastodon.id);
        QCOMPARE(postStateKey(second.variants.constFirst().state), state);

        const QList<AuditEvent> events = AuditLog(f.db()).eventsFor(QStringLiteral("post"), second.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().action, QStringLiteral("post.imported"));
        QCOMPARE(events.constFirst().actor, QStringLiteral("camille"));
        QVERIFY2(events.constFirst().detail.contains("\"file\":\"planning.csv\"") &&
                     events.constFirst().detail.contains("\"line\":2"),
                 qPrintable(events.constFirst().detail));
        QVERIFY(AuditLog(f.db()).verify().intact);
    }

    // One bad line: nothing is written, neither posts nor audit entries.
    void oneBadLineWritesNothing()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        const int posts = f.postCount();
        const int audit = f.auditEntries();
        const ImportPlan plan =
            f.check("20/11/2026 09:00,Un\n21/11/2026 09:00,Deux\n22/11/2026 09:01,Trois\n");
        QCOMPARE(errorLines(plan), QList<int>{3});
        int imported = -1;
        const Status st = f.importer().commit(plan, QStringLiteral("camille"), &imported);
        QVERIFY(!st);
        QCOMPARE(imported, 0);
        QCOMPARE(f.postCount(), posts);
        QCOMPARE(f.auditEntries(), audit);
    }

    // A failure while writing (here the store refuses the third post) rolls the first two back.
    void failureWhileWritingRollsBack()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        const int posts = f.postCount();
        const int audit = f.auditEntries();
        const ImportPlan plan =
            f.check("20/11/2026 09:00,Un\n21/11/2026 09:00,Deux\n22/11/2026 09:00,boom\n");
        QVERIFY(plan.canImport());
        QVERIFY(f.db().exec("CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON posts WHEN NEW.body = 'boom' "
                            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        const Status st = f.importer().commit(plan, QStringLiteral("camille"));
        QVERIFY(!st);
        QVERIFY2(st.error().contains("line 3"), qPrintable(st.error()));
        QCOMPARE(f.postCount(), posts);
        QCOMPARE(f.auditEntries(), audit);
    }

    // The dialog may stay open: a row that was 15 minutes ahead when checked is refused later.
    void timesAreCheckedAgainWhenWriting()
    {
        ImportFixture f;
        QVERIFY(f.ready);
        const int posts = f.postCount();
        const ImportPlan plan = f.check("16/11/2026 09:15,Un\n20/11/2026 09:00,Deux\n");
        QVERIFY(plan.canImport());
        f.clock().advanceSecs(10 * 60);
        const Status st = f.importer().commit(plan, QStringLiteral("camille"));
        QVERIFY(!st);
        QVERIFY2(st.error().endsWith("now less than 10 minutes away: 1."), qPrintable(st.error()));
        QCOMPARE(f.postCount(), posts);
    }
};

QTEST_GUILESS_MAIN(TestScheduleImport)
#include "tst_scheduleimport.moc"
