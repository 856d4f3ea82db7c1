// The models behind the analytics charts, checked against mentions stored through
// MentionRepository (so the values come from the maintained daily aggregates).

#include "analyticsfixture.h"
#include "core/clock.h"
#include "listening/analyticscontroller.h"
#include "listening/analyticsroles.h"
#include "listening/mentionvolumemodel.h"
#include "listening/sentimentmodel.h"
#include "listening/shareofvoicemodel.h"
#include "listening/topproductsmodel.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;

class TestAnalyticsModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsPassTheModelTesterThroughReloads();
    void volumeHasEveryDayZeroFilledAndEveryBrand();
    void volumeHeadersGiveBrandsDatesAndDistinctColours();
    void sentimentIsDailyUpToSixtyTwoDays_data();
    void sentimentIsDailyUpToSixtyTwoDays();
    void sentimentBucketsIsoWeeksAcrossTheYearBoundary();
    void sentimentCountsOwnBrandsOnly();
    void shareOfVoicePercentagesAddUpTo100();
    void wholePercentsAddUpTo100_data();
    void wholePercentsAddUpTo100();
    void topProductsAreTheTenMostMentionedInOrder();
    void daysFollowTheWorkspaceTimezone_data();
    void daysFollowTheWorkspaceTimezone();
    void controllerReportsWhetherThePeriodHasMentions();
    void presetsEndTodayInTheWorkspaceTimezone();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<AnalyticsFixture> m_fixture;
    std::unique_ptr<AnalyticsController> m_controller;
    QList<QAbstractItemModelTester *> m_testers;

    void attachTesters();
    qint64 cell(QAbstractItemModel *model, int row, int column) const
    {
        return model->index(row, column).data().toLongLong();
    }
};

void TestAnalyticsModels::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db());
    QVERIFY(m_fixture->ok());
    m_controller = std::make_unique<AnalyticsController>(m_store->db(), m_fixture->workspace());
    attachTesters(); // before any data is loaded
}

void TestAnalyticsModels::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_controller.reset();
    m_fixture.reset();
    m_store.reset();
}

void TestAnalyticsModels::attachTesters()
{
    const QList<QAbstractItemModel *> models = {
        m_controller->volumeModel(), m_controller->shareOfVoiceModel(), m_controller->sentimentModel(),
        m_controller->topProductsModel()};
    for (QAbstractItemModel *model : models)
        m_testers << new QAbstractItemModelTester(model,
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAnalyticsModels::modelsPassTheModelTesterThroughReloads()
{
    const QDate today(2026, 11, 16);
    QVERIFY(m_fixture->addYearOfTraffic(today));
    for (RangePreset preset : {RangePreset::Last7Days, RangePreset::Last12Months, RangePreset::Last30Days,
                               RangePreset::Last90Days}) {
        m_controller->load(presetRange(preset, today));
        QVERIFY(m_controller->hasMentions());
        QVERIFY(m_controller->volumeModel()->rowCount() > 0);
    }
    m_controller->load(DateRange{today, today.addDays(-1)}); // invalid: everything empties
    QCOMPARE(m_controller->volumeModel()->rowCount(), 0);
    QCOMPARE(m_controller->sentimentModel()->rowCount(), 0);
    QVERIFY(!m_controller->hasMentions());
}

void TestAnalyticsModels::volumeHasEveryDayZeroFilledAndEveryBrand()
{
    const QDate from(2026, 5, 4);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), from, 3));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->competitor(), from.addDays(4), 5));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), from.addDays(7), 9)); // outside the range

    m_controller->load({from, from.addDays(6)});
    MentionVolumeModel *model = m_controller->volumeModel();
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->columnCount(), 2 * (MentionVolumeModel::FirstBrandColumn + 3)); // and the previous period
    const int own = MentionVolumeModel::FirstBrandColumn;
    const int competitor = MentionVolumeModel::FirstBrandColumn + 2;
    for (int row = 0; row < 7; ++row) {
        QCOMPARE(model->index(row, MentionVolumeModel::DayColumn).data(PeriodStartRole).toDate(),
                 from.addDays(row));
        QCOMPARE(model->index(row, MentionVolumeModel::DayColumn).data().toDateTime().toUTC().date(),
                 from.addDays(row));
        QCOMPARE(cell(model, row, own), row == 0 ? 3 : 0);
        QCOMPARE(cell(model, row, own + 1), 0);
        QCOMPARE(cell(model, row, competitor), row == 4 ? 5 : 0);
    }
    QCOMPARE(model->maxDailyMentions(), 5);
}

void TestAnalyticsModels::volumeHeadersGiveBrandsDatesAndDistinctColours()
{
    // Two brands left with the same colour must still get different lines.
    QVERIFY(m_store->db().exec(QStringLiteral("UPDATE brands SET color = '#2f6f9f'")));
    m_controller->load({QDate(2026, 1, 1), QDate(2026, 1, 3)});
    MentionVolumeModel *model = m_controller->volumeModel();
    QStringList names, colors;
    for (int column = MentionVolumeModel::FirstBrandColumn; column < model->previousDayColumn(); ++column) {
        names << model->headerData(column, Qt::Horizontal).toString();
        colors << model->headerData(column, Qt::Horizontal, BrandColorRole).toString();
        QCOMPARE(model->headerData(column, Qt::Horizontal, IsCompetitorRole).toBool(), column == 3);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Hélianthe"), QStringLiteral("Hélianthe Derma"),
                                 QStringLiteral("Medivia")})); // own brands first
    QCOMPARE(colors.constFirst(), QStringLiteral("#2f6f9f"));
    QCOMPARE(QSet<QString>(colors.cbegin(), colors.cend()).size(), 3);
    QCOMPARE(model->headerData(1, Qt::Vertical, PeriodStartRole).toDate(), QDate(2026, 1, 2));
    QVERIFY(!model->headerData(1, Qt::Vertical).toString().isEmpty());
}

void TestAnalyticsModels::sentimentIsDailyUpToSixtyTwoDays_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("expectedRows");
    // 2026-06-01 is a Monday: whole weeks are easy to count.
    QTest::newRow("7 days: one bar a day") << 7 << 7;
    QTest::newRow("62 days: still daily") << 62 << 62;
    QTest::newRow("63 days: 9 weeks") << 63 << 9;
    QTest::newRow("a year: ~52 weeks") << 364 << 52;
}

void TestAnalyticsModels::sentimentIsDailyUpToSixtyTwoDays()
{
    QFETCH(int, days);
    QFETCH(int, expectedRows);
    const DateRange range{QDate(2026, 6, 1), QDate(2026, 6, 1).addDays(days - 1)};
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), range.to, 2, Sentiment::Negative));
    m_controller->load(range);
    SentimentModel *model = m_controller->sentimentModel();
    QCOMPARE(model->rowCount(), expectedRows);
    QCOMPARE(model->granularity(),
             days <= 62 ? SentimentModel::Granularity::Day : SentimentModel::Granularity::IsoWeek);
    QCOMPARE(cell(model, expectedRows - 1, SentimentModel::NegativeColumn), 2);
    QCOMPARE(model->headerData(expectedRows - 1, Qt::Vertical, PeriodEndRole).toDate(), range.to);
}

void TestAnalyticsModels::sentimentBucketsIsoWeeksAcrossTheYearBoundary()
{
    // ISO week 1 of 2026 runs from Monday 29 December 2025 to Sunday 4 January 2026.
    const Brand &own = m_fixture->ownBrand();
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2025, 12, 28), 1, Sentiment::Positive)); // week 52 of 2025
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2025, 12, 30), 2, Sentiment::Positive));
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 1, 2), 3, Sentiment::Negative));
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 1, 4), 4, Sentiment::Neutral));
    QVERIFY(m_fixture->addMentionsOn(own, QDate(2026, 1, 5), 5, Sentiment::Neutral)); // week 2

    const DateRange range{QDate(2025, 11, 1), QDate(2026, 2, 15)}; // a Saturday to a Sunday
    m_controller->load(range);
    SentimentModel *model = m_controller->sentimentModel();
    QCOMPARE(model->granularity(), SentimentModel::Granularity::IsoWeek);
    // The first week is cut to the range; the others are whole, Monday to Sunday.
    QCOMPARE(model->headerData(0, Qt::Vertical, PeriodStartRole).toDate(), range.from);
    QCOMPARE(model->headerData(0, Qt::Vertical, PeriodEndRole).toDate(), QDate(2025, 11, 2));
    int week1 = -1;
    qint64 total = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDate start = model->headerData(row, Qt::Vertical, PeriodStartRole).toDate();
        const QDate end = model->headerData(row, Qt::Vertical, PeriodEndRole).toDate();
        if (row > 0) {
            QCOMPARE(start.dayOfWeek(), 1);
            QCOMPARE(start.daysTo(end), 6);
        }
        if (start == QDate(2025, 12, 29))
            week1 = row;
        for (int column = 0; column < SentimentModel::ColumnCount; ++column)
            total += cell(model, row, column);
    }
    QCOMPARE(model->headerData(model->rowCount() - 1, Qt::Vertical, PeriodEndRole).toDate(), range.to);
    QVERIFY(week1 > 0);
    QCOMPARE(cell(model, week1 - 1, SentimentModel::PositiveColumn), 1);
    QCOMPARE(cell(model, week1, SentimentModel::PositiveColumn), 2);
    QCOMPARE(cell(model, week1, SentimentModel::NegativeColumn), 3);
    QCOMPARE(cell(model, week1, SentimentModel::NeutralColumn), 4);
    QCOMPARE(cell(model, week1 + 1, SentimentModel::NeutralColumn), 5);
    QCOMPARE(total, 15);
    QCOMPARE(model->maxPeriodTotal(), 9);
}

void TestAnalyticsModels::sentimentCountsOwnBrandsOnly()
{
    const QDate day(2026, 4, 10);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), day, 2, Sentiment::Positive));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->secondOwnBrand(), day, 1, Sentiment::Positive));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->competitor(), day, 7, Sentiment::Negative));
    m_controller->load({day, day});
    SentimentModel *model = m_controller->sentimentModel();
    QCOMPARE(cell(model, 0, SentimentModel::PositiveColumn), 3);
    QCOMPARE(cell(model, 0, SentimentModel::NegativeColumn), 0);
    QCOMPARE(m_controller->totalMentions(), 10); // the other charts still see the competitor
}

void TestAnalyticsModels::shareOfVoicePercentagesAddUpTo100()
{
    const QDate day(2026, 2, 2);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), day, 1));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->secondOwnBrand(), day.addDays(1), 1));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->competitor(), day.addDays(2), 1));
    m_controller->load({day, day.addDays(2)});
    ShareOfVoiceModel *model = m_controller->shareOfVoiceModel();
    QCOMPARE(model->rowCount(), 3);
    double shares = 0;
    int shown = 0;
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(cell(model, row, ShareOfVoiceModel::MentionsColumn), 1);
        shares += model->index(row, ShareOfVoiceModel::ShareColumn).data().toDouble();
        const QString label = model->index(row, ShareOfVoiceModel::PercentLabelColumn).data().toString();
        const QRegularExpressionMatch percent = QRegularExpression(QStringLiteral("(\\d+)%")).match(label);
        QVERIFY2(percent.hasMatch(), qPrintable(label));
        shown += percent.captured(1).toInt();
        QCOMPARE(model->index(row, 0).data(IsCompetitorRole).toBool(), row == 2);
    }
    QVERIFY(qAbs(shares - 100.0) < 1e-9);
    QCOMPARE(shown, 100); // 34 + 33 + 33, never 99
}

void TestAnalyticsModels::wholePercentsAddUpTo100_data()
{
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("thirds") << QList<qint64>{1, 1, 1} << QList<int>{34, 33, 33};
    QTest::newRow("two to one") << QList<qint64>{2, 1} << QList<int>{67, 33};
    QTest::newRow("exact") << QList<qint64>{3, 1} << QList<int>{75, 25};
    QTest::newRow("nothing") << QList<qint64>{0, 0} << QList<int>{0, 0};
    QTest::newRow("one brand silent") << QList<qint64>{5, 0} << QList<int>{100, 0};
    QTest::newRow("sevenths") << QList<qint64>{1, 1, 1, 1, 1, 1, 1} << QList<int>{15, 15, 14, 14, 14, 14, 14};
}

void TestAnalyticsModels::wholePercentsAddUpTo100()
{
    QFETCH(QList<qint64>, counts);
    QFETCH(QList<int>, expected);
    QCOMPARE(ShareOfVoiceModel::wholePercents(counts), expected);
}

void TestAnalyticsModels::topProductsAreTheTenMostMentionedInOrder()
{
    // Twelve products, product i mentioned i + 1 times; the two least mentioned drop out.
    WorkspaceRepository repo(m_store->db());
    QList<Product> products = m_fixture->products();
    for (int i = int(products.size()); i < 12; ++i) {
        Product extra;
        extra.brandId = m_fixture->competitor().id;
        extra.name = QStringLiteral("Extra %1").arg(i);
        QVERIFY(repo.addProduct(extra));
        products << extra;
    }
    const QDate day(2026, 9, 9);
    for (int i = 0; i < products.size(); ++i) {
        const Product &p = products.at(i);
        const Brand &brand = p.brandId == m_fixture->ownBrand().id         ? m_fixture->ownBrand()
                             : p.brandId == m_fixture->secondOwnBrand().id ? m_fixture->secondOwnBrand()
                                                                           : m_fixture->competitor();
        QVERIFY(m_fixture->addMentionsOn(brand, day, i + 1, Sentiment::Neutral, p.id));
    }
    // Mentions outside the period do not count, however many.
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), day.addDays(1), 50, Sentiment::Neutral,
                                     products.at(0).id));

    m_controller->load({day.addDays(-3), day});
    TopProductsModel *model = m_controller->topProductsModel();
    QCOMPARE(model->rowCount(), 10);
    for (int row = 0; row < 10; ++row) {
        const Product &expected = products.at(11 - row);
        QCOMPARE(model->index(row, TopProductsModel::NameColumn).data().toString(), expected.name);
        QCOMPARE(cell(model, row, TopProductsModel::MentionsColumn), 12 - row);
        QCOMPARE(model->index(row, 0).data(BrandIdRole).toLongLong(), expected.brandId);
    }
}

void TestAnalyticsModels::daysFollowTheWorkspaceTimezone_data()
{
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QDateTime>("utcTime");
    QTest::addColumn<QDate>("expectedDay");
    const auto utc = [](int d, int h, int m) {
        return QDateTime(QDate(2026, 3, d), QTime(h, m), QTimeZone::utc());
    };
    QTest::newRow("Paris: 23:30 UTC is the next day")
        << "Europe/Paris" << utc(10, 23, 30) << QDate(2026, 3, 11);
    QTest::newRow("Paris: 22:59 UTC is still the day")
        << "Europe/Paris" << utc(10, 22, 59) << QDate(2026, 3, 10);
    QTest::newRow("Montreal: 03:00 UTC is the day before")
        << "America/Toronto" << utc(11, 3, 0) << QDate(2026, 3, 10);
    QTest::newRow("Nouméa: 13:00 UTC is the next day")
        << "Pacific/Noumea" << utc(10, 13, 0) << QDate(2026, 3, 11);
}

void TestAnalyticsModels::daysFollowTheWorkspaceTimezone()
{
    QFETCH(QString, timezone);
    QFETCH(QDateTime, utcTime);
    QFETCH(QDate, expectedDay);
    Workspace zoned = m_fixture->workspace();
    QVERIFY(m_store->db().exec(QStringLiteral("UPDATE workspaces SET timezone = '%1'").arg(timezone)));
    zoned.timezone = timezone;
    QVERIFY(m_fixture->addMentions(m_fixture->ownBrand(), utcTime, 4, Sentiment::Positive));

    AnalyticsController controller(m_store->db(), zoned);
    controller.load({QDate(2026, 3, 9), QDate(2026, 3, 12)});
    const int row = int(QDate(2026, 3, 9).daysTo(expectedDay));
    for (int r = 0; r < 4; ++r) {
        QCOMPARE(cell(controller.volumeModel(), r, MentionVolumeModel::FirstBrandColumn), r == row ? 4 : 0);
        QCOMPARE(cell(controller.sentimentModel(), r, SentimentModel::PositiveColumn), r == row ? 4 : 0);
    }
}

void TestAnalyticsModels::controllerReportsWhetherThePeriodHasMentions()
{
    QSignalSpy loaded(m_controller.get(), &AnalyticsController::loaded);
    const QDate day(2026, 7, 14);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->competitor(), day, 2));
    m_controller->load({day.addDays(-30), day.addDays(-1)});
    QVERIFY(!m_controller->hasMentions());
    QCOMPARE(m_controller->totalMentions(), 0);
    QCOMPARE(m_controller->volumeModel()->rowCount(), 30); // still the days, all zero
    QCOMPARE(m_controller->topProductsModel()->rowCount(), 0);
    m_controller->load({day.addDays(-30), day});
    QVERIFY(m_controller->hasMentions());
    QCOMPARE(m_controller->totalMentions(), 2);
    QCOMPARE(loaded.count(), 2);
    // New mentions show on the next reload of the same period.
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), day, 3));
    m_controller->reload();
    QCOMPARE(m_controller->totalMentions(), 5);
}

void TestAnalyticsModels::presetsEndTodayInTheWorkspaceTimezone()
{
    Workspace paris;
    paris.timezone = QStringLiteral("Europe/Paris");
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(23, 30), QTimeZone::utc()));
    const QDate today = workspaceToday(paris, clock);
    QCOMPARE(today, QDate(2026, 11, 17)); // already tomorrow in Paris
    Workspace broken;
    broken.timezone = QStringLiteral("Not/AZone");
    QCOMPARE(workspaceToday(broken, clock), QDate(2026, 11, 16)); // falls back to UTC

    QCOMPARE(presetRange(RangePreset::Last7Days, today), (DateRange{QDate(2026, 11, 11), today}));
    QCOMPARE(presetRange(RangePreset::Last30Days, today).dayCount(), 30);
    QCOMPARE(presetRange(RangePreset::Last90Days, today).dayCount(), 90);
    QCOMPARE(presetRange(RangePreset::Last12Months, today), (DateRange{QDate(2025, 11, 18), today}));
}

QTEST_GUILESS_MAIN(TestAnalyticsModels)
#include "tst_analyticsmodels.moc"
