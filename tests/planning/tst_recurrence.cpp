// Recurring posts (a weekly health tip): the rule's key and its words, occurrences that keep
// their wall-clock time across daylight-saving changes, and a series stored whole or not at all.
#include "calendarfixture.h"
#include "publishing/calendarpostsmodel.h"
#include "publishing/recurrence.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
const QTimeZone kParis("Europe/Paris");

QDateTime paris(QDate date, QTime time)
{
    return WorkspaceTime(QStringLiteral("Europe/Paris")).toUtc(date, time);
}

Recurrence weekly(int count, int interval = 1)
{
    return Recurrence{Recurrence::Frequency::Weekly, interval, count};
}
} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void keyRoundTrips_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::newRow("weekly") << "weekly:1:8" << int(Recurrence::Frequency::Weekly) << 1 << 8;
        QTest::newRow("every 2 days") << "daily:2:5" << int(Recurrence::Frequency::Daily) << 2 << 5;
        QTest::newRow("monthly") << "monthly:1:12" << int(Recurrence::Frequency::Monthly) << 1 << 12;
    }
    void keyRoundTrips()
    {
        QFETCH(QString, key);
        QFETCH(int, frequency);
        QFETCH(int, interval);
        QFETCH(int, count);
        const Recurrence r = Recurrence::fromKey(key);
        QCOMPARE(int(r.frequency), frequency);
        QCOMPARE(r.interval, interval);
        QCOMPARE(r.count, count);
        QCOMPARE(r.toKey(), key);
    }

    void unreadableKeysMeanNoRepeat_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << "";
        QTest::newRow("two parts") << "weekly:8";
        QTest::newRow("unknown frequency") << "yearly:1:3";
        QTest::newRow("zero interval") << "weekly:0:3";
        QTest::newRow("not a number") << "weekly:x:3";
        QTest::newRow("absurd count") << "daily:1:100000";
    }
    void unreadableKeysMeanNoRepeat()
    {
        QFETCH(QString, key);
        const Recurrence r = Recurrence::fromKey(key);
        QVERIFY(!r.isRecurring());
        QCOMPARE(r.toKey(), QString());
    }

    void describesTheRuleInWords_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("words");
        QTest::newRow("weekly") << "weekly:1:8"
                                << "Every week, 8 times";
        QTest::newRow("fortnightly") << "weekly:2:4"
                                     << "Every 2 weeks, 4 times";
        QTest::newRow("daily") << "daily:1:5"
                               << "Every day, 5 times";
        QTest::newRow("monthly") << "monthly:3:4"
                                 << "Every 3 months, 4 times";
        QTest::newRow("none") << ""
                              << "Does not repeat";
    }
    void describesTheRuleInWords()
    {
        QFETCH(QString, key);
        QFETCH(QString, words);
        QCOMPARE(Recurrence::fromKey(key).describe(), words);
    }

    // A weekly 09:00 tip stays at 09:00 in Paris on both sides of each change.
    void weeklyNineStaysNineAcrossDaylightSaving_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QList<int>>("utcHours");
        QTest::newRow("spring forward 29 March 2026") << QDate(2026, 3, 22) << QList<int>{8, 7, 7};
        QTest::newRow("fall back 25 October 2026") << QDate(2026, 10, 18) << QList<int>{7, 8, 8};
    }
    void weeklyNineStaysNineAcrossDaylightSaving()
    {
        QFETCH(QDate, first);
        QFETCH(QList<int>, utcHours);
        const QList<QDateTime> times = recurrenceTimes(paris(first, {9, 0}), weekly(3), kParis);
        QCOMPARE(times.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(times[i].toTimeZone(kParis).date(), first.addDays(7 * i));
            QCOMPARE(times[i].toTimeZone(kParis).time(), QTime(9, 0));
            QCOMPARE(times[i].toUTC().time().hour(), utcHours[i]);
        }
    }

    void skippedTimeMovesForwardByTheGap()
    {
        // 02:30 does not exist in Paris on 29 March 2026: that occurrence is at 03:30.
        const QList<QDateTime> times =
            recurrenceTimes(paris({2026, 3, 28}, {2, 30}), {Recurrence::Frequency::Daily, 1, 3}, kParis);
        QCOMPARE(times.size(), 3);
        QCOMPARE(times[1].toTimeZone(kParis), QDateTime(QDate(2026, 3, 29), QTime(3, 30), kParis));
        QCOMPARE(times[2].toTimeZone(kParis).time(), QTime(2, 30));
    }

    void monthlyOnThe31stUsesTheMonthsLastDay()
    {
        const QList<QDateTime> times =
            recurrenceTimes(paris({2026, 1, 31}, {10, 0}), {Recurrence::Frequency::Monthly, 1, 3}, kParis);
        QCOMPARE(times[1].toTimeZone(kParis).date(), QDate(2026, 2, 28));
        QCOMPARE(times[2].toTimeZone(kParis).date(), QDate(2026, 3, 31));
    }

    void createSeriesStoresEveryOccurrenceAndRecordsIt()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        Post first;
        first.workspaceId = f.workspace().id;
        first.brandId = f.aurora.id;
        first.body = QStringLiteral("Conseil de la semaine : hydratez-vous");
        first.state = PostState::Draft;
        first.scheduledAt = paris({2026, 10, 18}, {9, 0});
        first.variants << PostVariant::forAccount(f.auroraMastodon.id)
                       << PostVariant::forAccount(f.auroraBluesky.id);
        QList<Id> ids;
        const int before = f.postCount();
        const Status st = RecurrencePlanner(f.db(), f.clock())
                              .createSeries(first, weekly(4), kParis, QStringLiteral("camille"), &ids);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(ids.size(), 4);
        QCOMPARE(f.postCount(), before + 4);
        QCOMPARE(first.id, ids.first());
        PostRepository posts(f.db());
        for (int i = 0; i < ids.size(); ++i) {
            const auto post = posts.post(ids[i]);
            QVERIFY(post);
            QCOMPARE(post->seriesId, ids.first());
            QCOMPARE(post->recurrence, QStringLiteral("weekly:1:4"));
            QCOMPARE(post->body, first.body);
            QCOMPARE(post->variants.size(), 2);
            QCOMPARE(post->scheduledAt.toTimeZone(kParis).time(), QTime(9, 0));
            QCOMPARE(post->scheduledAt.toTimeZone(kParis).date(), QDate(2026, 10, 18).addDays(7 * i));
            QCOMPARE(f.auditCount(ids[i], QStringLiteral("post.created")), 1);
        }

        // The calendar marks them as recurring.
        CalendarPostsModel model(f.db(), f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRange({2026, 10, 1}, {2026, 11, 30});
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QVERIFY(model.index(row).data(PostSummaryModel::RecurringRole).toBool());
    }

    void aSeriesThatCannotBeStoredLeavesNothing()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        Post first;
        first.workspaceId = f.workspace().id;
        first.brandId = f.aurora.id;
        first.body = QStringLiteral("Série impossible");
        first.scheduledAt = paris({2026, 11, 20}, {9, 0});
        first.variants << PostVariant::forAccount(987654); // no such channel: the insert fails
        const int before = f.postCount();
        const Status st = RecurrencePlanner(f.db(), f.clock())
                              .createSeries(first, weekly(3), kParis, QStringLiteral("camille"));
        QVERIFY(!st.ok());
        QCOMPARE(f.postCount(), before);
        QCOMPARE(first.id, Id(0));
    }

    void createSeriesRefusesWhatIsNotASeries_data()
    {
        QTest::addColumn<bool>("dated");
        QTest::addColumn<QString>("key");
        QTest::newRow("no date") << false << "weekly:1:3";
        QTest::newRow("one occurrence") << true << "weekly:1:1";
        QTest::newRow("no rule") << true << "";
    }
    void createSeriesRefusesWhatIsNotASeries()
    {
        QFETCH(bool, dated);
        QFETCH(QString, key);
        CalendarFixture f;
        QVERIFY(f.ok());
        Post first;
        first.workspaceId = f.workspace().id;
        first.body = QStringLiteral("x");
        if (dated)
            first.scheduledAt = paris({2026, 11, 20}, {9, 0});
        const int before = f.postCount();
        const Status st =
            RecurrencePlanner(f.db(), f.clock())
                .createSeries(first, Recurrence::fromKey(key), kParis, QStringLiteral("camille"));
        QVERIFY(!st.ok());
        QVERIFY(!st.error().isEmpty());
        QCOMPARE(f.postCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
