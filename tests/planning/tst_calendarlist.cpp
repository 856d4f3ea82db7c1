// The calendar's list view model (pages read through fetchMore) and the brand / network /
// state filter shared by the month, week and list views.
#include "calendarfixture.h"
#include "publishing/calendarfilter.h"
#include "publishing/calendarlistmodel.h"
#include "publishing/calendarpostsmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

class TestCalendarList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void listReadsALongPeriodPageByPage()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        // 450 posts in December; 30 of them share 12:00 on the 10th, across a page boundary.
        for (int i = 0; i < 420; ++i)
            f.addPost(QDate(2026, 12, 1 + i % 31), QTime(7 + i % 12, i % 60), PostState::Scheduled,
                      QStringLiteral("n°%1").arg(i), {f.auroraMastodon.id});
        for (int i = 0; i < 30; ++i)
            f.addPost({2026, 12, 10}, {12, 0}, PostState::Scheduled, QStringLiteral("midi %1").arg(i),
                      {f.auroraMastodon.id});
        f.addPost({2027, 1, 1}, {0, 30}, PostState::Scheduled, QStringLiteral("next month"),
                  {f.auroraMastodon.id});

        CalendarListModel model(f.db(), f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setRange({2026, 12, 1}, {2027, 1, 1});
        QVERIFY(model.rowCount() >= 100 && model.rowCount() < 450); // a page or two, not all
        QVERIFY(model.canFetchMore());
        int pages = 1;
        while (model.canFetchMore()) {
            model.fetchMore();
            ++pages;
        }
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(pages >= 4);
        QSet<Id> seen;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            seen.insert(model.postIdAt(row));
            const QDateTime when = index.data(PostSummaryModel::ScheduledAtRole).toDateTime();
            QVERIFY(!previous.isValid() || previous <= when); // in time order, across pages
            previous = when;
        }
        QCOMPARE(seen.size(), 450); // none twice, none lost
    }

    void listColumnsShowWhatAPersonReads()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post = f.addPost({2026, 11, 18}, {10, 15}, PostState::InReview,
                                  QStringLiteral("Grippe : vaccinez-vous\nSecond line"),
                                  {f.auroraMastodon.id, f.auroraBluesky.id});
        CalendarListModel model(f.db(), f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRange({2026, 11, 1}, {2026, 12, 1});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(CalendarListModel::ColumnCount));
        QCOMPARE(model.postIdAt(0), post);
        const auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QVERIFY2(text(CalendarListModel::WhenColumn).contains(QStringLiteral("10:15")),
                 qPrintable(text(CalendarListModel::WhenColumn))); // Paris time, not UTC (09:15)
        QVERIFY(text(CalendarListModel::WhenColumn).contains(QStringLiteral("18/11/2026")));
        QCOMPARE(text(CalendarListModel::BrandColumn), QStringLiteral("Aurora"));
        QCOMPARE(text(CalendarListModel::ChannelsColumn), QStringLiteral("Mastodon, Bluesky"));
        QCOMPARE(text(CalendarListModel::StateColumn), postStateDisplayName(PostState::InReview));
        QCOMPARE(text(CalendarListModel::TextColumn), QStringLiteral("Grippe : vaccinez-vous Second line"));
        QCOMPARE(model.headerData(CalendarListModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("State"));
    }

    void filterAppliesToBrandNetworkAndState_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no filter") << "" << QStringList{"a-masto-sched", "a-bsky-draft", "z-linkedin-sched"};
        QTest::newRow("brand Zéphyr") << "brand" << QStringList{"z-linkedin-sched"};
        QTest::newRow("network Bluesky") << "network" << QStringList{"a-bsky-draft"};
        QTest::newRow("state scheduled") << "state" << QStringList{"a-masto-sched", "z-linkedin-sched"};
        QTest::newRow("brand Aurora and scheduled") << "combined" << QStringList{"a-masto-sched"};
    }
    void filterAppliesToBrandNetworkAndState()
    {
        QFETCH(QString, which);
        QFETCH(QStringList, expected);
        CalendarFixture f;
        QVERIFY(f.ok());
        f.addPost({2026, 11, 17}, {9, 0}, PostState::Scheduled, QStringLiteral("a-masto-sched"),
                  {f.auroraMastodon.id});
        f.addPost({2026, 11, 18}, {9, 0}, PostState::Draft, QStringLiteral("a-bsky-draft"),
                  {f.auroraBluesky.id});
        f.addPost({2026, 11, 19}, {9, 0}, PostState::Scheduled, QStringLiteral("z-linkedin-sched"),
                  {f.zephyrLinkedIn.id}, f.zephyr.id);
        CalendarFilter filter;
        if (which == QLatin1String("brand"))
            filter.brands = {f.zephyr.id};
        else if (which == QLatin1String("network"))
            filter.networks = {Network::Bluesky};
        else if (which == QLatin1String("state"))
            filter.states = {PostState::Scheduled};
        else if (which == QLatin1String("combined"))
            filter = CalendarFilter{{f.aurora.id}, {}, {PostState::Scheduled}};

        // The same filter on the calendar's model and on the list's.
        CalendarPostsModel posts(f.db(), f.workspace());
        CalendarListModel list(f.db(), f.workspace());
        for (QAbstractItemModel *source :
             {static_cast<QAbstractItemModel *>(&posts), static_cast<QAbstractItemModel *>(&list)}) {
            CalendarFilterProxy proxy;
            proxy.setSourceModel(source);
            QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy changed(&proxy, &CalendarFilterProxy::filterChanged);
            posts.setRange({2026, 11, 1}, {2026, 12, 1});
            list.setRange({2026, 11, 1}, {2026, 12, 1});
            proxy.setFilter(filter);
            QCOMPARE(changed.count(), filter.isEmpty() ? 0 : 1);
            QStringList shown;
            for (int row = 0; row < proxy.rowCount(); ++row)
                shown << proxy.index(row, 0).data(PostSummaryModel::BodyRole).toString();
            QCOMPARE(shown, expected);
            proxy.setFilter({});
            QCOMPARE(proxy.rowCount(), 3);
        }
    }

    void listSortsByStateInWorkflowOrder()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        f.addPost({2026, 11, 17}, {9, 0}, PostState::Published, QStringLiteral("published"));
        f.addPost({2026, 11, 18}, {9, 0}, PostState::Draft, QStringLiteral("draft"));
        f.addPost({2026, 11, 19}, {9, 0}, PostState::Approved, QStringLiteral("approved"));
        CalendarListModel list(f.db(), f.workspace());
        list.setRange({2026, 11, 1}, {2026, 12, 1});
        CalendarFilterProxy proxy;
        proxy.setSourceModel(&list);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CalendarListModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PostSummaryModel::BodyRole).toString(), QStringLiteral("draft"));
        QCOMPARE(proxy.index(2, 0).data(PostSummaryModel::BodyRole).toString(), QStringLiteral("published"));
        proxy.sort(CalendarListModel::WhenColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PostSummaryModel::BodyRole).toString(), QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarList)
#include "tst_calendarlist.moc"
