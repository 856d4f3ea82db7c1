// The listening models added for issue 6: the previous period beside the volume, sources and
// networks, adverse-event mentions over time, owned-post engagement, and the paged list of the
// mentions behind a chart point (with the SQL of storage/mentionqueries.h).

#include "analyticsfixture.h"
#include "listening/adversemodel.h"
#include "listening/analyticscontroller.h"
#include "listening/analyticsroles.h"
#include "listening/engagementmodel.h"
#include "listening/mentionlistmodel.h"
#include "listening/mentionvolumemodel.h"
#include "listening/networksmodel.h"
#include "listening/sentimentmodel.h"
#include "listening/shareofvoicemodel.h"
#include "listening/topproductsmodel.h"
#include "listening/topsourcesmodel.h"
#include "storage/mentionqueries.h"
#include "storage/mentionrepository.h"
#include "storage/sqlquery.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QTimeZone>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;

class TestListeningModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyModelPassesTheTesterThroughReloads();
    void volumeComparesWithThePeriodJustBefore_data();
    void volumeComparesWithThePeriodJustBefore();
    void volumeCellsListTheirMentions();
    void adverseMentionsPerBrandAndPeriod();
    void sourcesAndNetworksAreRankedFromTheSourceAggregates();
    void aMentionNamingTwoBrandsCountsForBoth();
    void engagementListsTheMostEngagingPostsWithFigures();
    void mentionListFilters_data();
    void mentionListFilters();
    void mentionListPagesNewestFirstWithoutGapsOrRepeats();
    void mentionListFollowsTheWorkspaceDays();
    void selectionsOfEveryChartListWhatTheyCount();
    void sourceAggregatesStayFastOnAYearOfBusySources();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<AnalyticsFixture> m_fixture;
    std::unique_ptr<AnalyticsController> m_controller;
    QList<QAbstractItemModelTester *> m_testers;

    Mention mention(const Brand &brand, const QDate &day, int hour = 12) const;
    // Every mention of a list model, reading pages until the end.
    static QList<MentionRow> allRows(MentionListModel *model);
    qint64 cell(QAbstractItemModel *model, int row, int column) const
    {
        return model->index(row, column).data().toLongLong();
    }
};

void TestListeningModels::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db());
    QVERIFY(m_fixture->ok());
    m_controller = std::make_unique<AnalyticsController>(m_store->db(), m_fixture->workspace());
    const QList<QAbstractItemModel *> models = {
        m_controller->volumeModel(),     m_controller->shareOfVoiceModel(),
        m_controller->sentimentModel(),  m_controller->topProductsModel(),
        m_controller->topSourcesModel(), m_controller->networksModel(),
        m_controller->adverseModel(),    m_controller->engagementModel(),
        m_controller->mentionListModel()};
    for (QAbstractItemModel *model : models)
        m_testers << new QAbstractItemModelTester(model,
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestListeningModels::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_controller.reset();
    m_fixture.reset();
    m_store.reset();
}

Mention TestListeningModels::mention(const Brand &brand, const QDate &day, int hour) const
{
    Mention m;
    m.brandId = brand.id;
    m.network = Network::Mastodon;
    m.source = QStringLiteral("#sante");
    m.body = QStringLiteral("about %1").arg(brand.name);
    m.url = QStringLiteral("https://example.org/%1").arg(brand.id);
    m.createdAt = QDateTime(day, QTime(hour, 0), QTimeZone("Europe/Paris")).toUTC();
    return m;
}

QList<MentionRow> TestListeningModels::allRows(MentionListModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<MentionRow> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->mention(row);
    return rows;
}

void TestListeningModels::everyModelPassesTheTesterThroughReloads()
{
    const QDate today(2026, 11, 16);
    QVERIFY(m_fixture->addYearOfTraffic(today));
    QVERIFY(m_fixture->addPublishedPost(Network::Mastodon, QStringLiteral("Hello"),
                                        QDateTime(today, QTime(9, 0), QTimeZone::utc()), 4, 2, 1));
    for (RangePreset preset : {RangePreset::Last7Days, RangePreset::Last12Months, RangePreset::Last30Days}) {
        m_controller->load(presetRange(preset, today));
        QVERIFY(m_controller->topSourcesModel()->rowCount() > 0);
        QVERIFY(m_controller->networksModel()->rowCount() > 0);
        QVERIFY(m_controller->adverseModel()->rowCount() > 0);
        QCOMPARE(m_controller->engagementModel()->rowCount(), 1);
        MentionSelection all;
        all.filter.from = presetRange(preset, today).from;
        all.filter.to = today;
        // The tester asks for more rows itself while it checks: pages follow pages.
        m_controller->mentionListModel()->setSelection(all);
        QVERIFY(m_controller->mentionListModel()->rowCount() >= MentionListModel::kPageSize);
        const int before = m_controller->mentionListModel()->rowCount();
        m_controller->mentionListModel()->fetchMore({});
        QVERIFY(m_controller->mentionListModel()->rowCount() > before);
    }
    m_controller->load(DateRange{today, today.addDays(-1)}); // invalid: everything empties
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_controller->topSourcesModel()),
                                      static_cast<QAbstractItemModel *>(m_controller->networksModel()),
                                      static_cast<QAbstractItemModel *>(m_controller->adverseModel()),
                                      static_cast<QAbstractItemModel *>(m_controller->engagementModel())})
        QCOMPARE(model->rowCount(), 0);
}

void TestListeningModels::volumeComparesWithThePeriodJustBefore_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("a day") << 1;
    QTest::newRow("a week") << 7;
    QTest::newRow("90 days") << 90;
}

void TestListeningModels::volumeComparesWithThePeriodJustBefore()
{
    QFETCH(int, days);
    const DateRange range{QDate(2026, 6, 10), QDate(2026, 6, 10).addDays(days - 1)};
    const QDate previousFirst = range.from.addDays(-days);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), range.from, 3));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), previousFirst, 5)); // compared with row 0
    QVERIFY(
        m_fixture->addMentionsOn(m_fixture->competitor(), range.from.addDays(-1), 2)); // last previous day
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), previousFirst.addDays(-1), 40)); // before both

    m_controller->load(range);
    MentionVolumeModel *model = m_controller->volumeModel();
    QCOMPARE(model->previousRange(), (DateRange{previousFirst, range.from.addDays(-1)}));
    QCOMPARE(model->columnCount(), 2 * (1 + 3));
    const int previousOwn = model->previousBrandColumn(0);
    const int previousCompetitor = model->previousBrandColumn(2);
    QCOMPARE(model->headerData(previousOwn, Qt::Horizontal, IsPreviousPeriodRole).toBool(), true);
    QCOMPARE(model->headerData(MentionVolumeModel::FirstBrandColumn, Qt::Horizontal, IsPreviousPeriodRole)
                 .toBool(),
             false);
    QCOMPARE(model->headerData(previousOwn, Qt::Horizontal, BrandColorRole),
             model->headerData(MentionVolumeModel::FirstBrandColumn, Qt::Horizontal, BrandColorRole));
    QVERIFY(model->headerData(previousOwn, Qt::Horizontal).toString().startsWith(m_fixture->ownBrand().name));
    QCOMPARE(cell(model, 0, MentionVolumeModel::FirstBrandColumn), 3);
    QCOMPARE(cell(model, 0, previousOwn), 5);
    QCOMPARE(cell(model, days - 1, previousCompetitor), 2);
    // The previous day of each row, and the same X as the row so both lines overlay.
    QCOMPARE(model->index(0, model->previousDayColumn()).data(PeriodStartRole).toDate(), previousFirst);
    QCOMPARE(model->index(days - 1, previousOwn).data(PeriodStartRole).toDate(), range.from.addDays(-1));
    QCOMPARE(m_controller->totalMentions(), 3);
    QCOMPARE(m_controller->previousTotalMentions(), 5 + 2); // not the 40 before both periods
    QCOMPARE(model->maxDailyMentions(), 5);
}

void TestListeningModels::volumeCellsListTheirMentions()
{
    const QDate day(2026, 6, 10);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), day, 3));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), day.addDays(-7), 2));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->competitor(), day, 4));
    m_controller->load({day.addDays(-6), day});
    MentionVolumeModel *model = m_controller->volumeModel();
    MentionListModel *list = m_controller->mentionListModel();

    const MentionSelection current = model->selection(model->index(6, MentionVolumeModel::FirstBrandColumn));
    QCOMPARE(current.filter.brandIds, QList<Id>{m_fixture->ownBrand().id});
    QCOMPARE(current.filter.from, day);
    QVERIFY(current.title.contains(m_fixture->ownBrand().name));
    list->setSelection(current);
    QCOMPARE(list->rowCount(), 3);

    const MentionSelection previous = model->selection(model->index(0, model->previousBrandColumn(0)));
    QCOMPARE(previous.filter.from, day.addDays(-13));
    list->setSelection(model->selection(model->index(6, model->previousBrandColumn(0))));
    QCOMPARE(list->rowCount(), 2); // a week earlier
    QVERIFY(!model->selection(model->index(0, MentionVolumeModel::DayColumn)).isValid());
}

void TestListeningModels::adverseMentionsPerBrandAndPeriod()
{
    const QDate monday(2026, 6, 1);
    for (int i = 0; i < 3; ++i) {
        Mention m = mention(m_fixture->ownBrand(), monday.addDays(i));
        m.adverseEvent = true;
        QVERIFY(m_fixture->addMention(m));
    }
    Mention competitor = mention(m_fixture->competitor(), monday.addDays(9));
    competitor.adverseEvent = true;
    QVERIFY(m_fixture->addMention(competitor));
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), monday, 10)); // not flagged

    m_controller->load({monday, monday.addDays(13)}); // daily
    AdverseMentionsModel *model = m_controller->adverseModel();
    QCOMPARE(model->rowCount(), 14);
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->totalAdverse(), 4);
    QCOMPARE(cell(model, 0, 0), 1);
    QCOMPARE(cell(model, 9, 2), 1);
    QCOMPARE(model->headerData(2, Qt::Horizontal, IsCompetitorRole).toBool(), true);

    m_controller->load({monday, monday.addDays(90)}); // weekly
    QCOMPARE(model->granularity(), ChartPeriods::Granularity::IsoWeek);
    QCOMPARE(cell(model, 0, 0), 3);
    QCOMPARE(cell(model, 1, 2), 1);
    QCOMPARE(model->maxPeriodTotal(), 3);
    const MentionSelection week = model->selection(model->index(0, 0));
    QVERIFY(week.filter.adverseOnly);
    QCOMPARE(week.filter.to, monday.addDays(6));
    m_controller->mentionListModel()->setSelection(week);
    QCOMPARE(m_controller->mentionListModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!m_controller->mentionListModel()
                     ->index(row, MentionListModel::AdverseColumn)
                     .data()
                     .toString()
                     .isEmpty());
}

void TestListeningModels::sourcesAndNetworksAreRankedFromTheSourceAggregates()
{
    const QDate day(2026, 3, 3);
    const struct
    {
        Network network;
        const char *source;
        int count;
    } seeds[] = {{Network::Feed, "Le Quotidien du Médecin", 5},
                 {Network::Mastodon, "#migraine", 3},
                 {Network::Bluesky, "#migraine", 2},
                 {Network::Bluesky, "", 1}};
    for (const auto &seed : seeds) {
        for (int i = 0; i < seed.count; ++i) {
            Mention m = mention(m_fixture->ownBrand(), day);
            m.network = seed.network;
            m.source = QString::fromUtf8(seed.source);
            QVERIFY(m_fixture->addMention(m));
        }
    }
    Mention outside = mention(m_fixture->ownBrand(), day.addDays(1));
    outside.source = QStringLiteral("#migraine");
    QVERIFY(m_fixture->addMention(outside));

    m_controller->load({day.addDays(-2), day});
    TopSourcesModel *sources = m_controller->topSourcesModel();
    QCOMPARE(sources->rowCount(), 4);
    QCOMPARE(sources->index(0, TopSourcesModel::SourceColumn).data().toString(),
             QStringLiteral("Le Quotidien du Médecin"));
    QCOMPARE(cell(sources, 0, TopSourcesModel::MentionsColumn), 5);
    QCOMPARE(sources->index(1, TopSourcesModel::NetworkColumn).data().toString(),
             networkDisplayName(Network::Mastodon));
    QCOMPARE(cell(sources, 2, TopSourcesModel::MentionsColumn), 2);
    QVERIFY(!sources->index(3, TopSourcesModel::SourceColumn).data().toString().isEmpty()); // "(no source)"
    QVERIFY(sources->index(0, TopSourcesModel::LabelColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Médecin")));
    QCOMPARE(sources->maxMentions(), 5);

    NetworksModel *networks = m_controller->networksModel();
    QCOMPARE(networks->rowCount(), 3);
    QCOMPARE(networks->index(0, NetworksModel::NetworkColumn).data(NetworkKeyRole).toString(),
             QStringLiteral("feed"));
    QCOMPARE(cell(networks, 1, NetworksModel::MentionsColumn), 3); // Bluesky and Mastodon, 3 each
    QCOMPARE(networks->totalMentions(), 11);
    int percents = 0;
    for (int row = 0; row < networks->rowCount(); ++row)
        percents += networks->index(row, NetworksModel::PercentLabelColumn)
                        .data()
                        .toString()
                        .remove(QLatin1Char('%'))
                        .toInt();
    QCOMPARE(percents, 100);

    // A source's list holds exactly its mentions of the period, on its network.
    m_controller->mentionListModel()->setSelection(sources->selection(sources->index(2, 0)));
    const QList<MentionRow> rows = allRows(m_controller->mentionListModel());
    QCOMPARE(rows.size(), 2);
    for (const auto &row : rows) {
        QCOMPARE(row.network, Network::Bluesky);
        QCOMPARE(row.source, QStringLiteral("#migraine"));
    }
    m_controller->mentionListModel()->setSelection(sources->selection(sources->index(3, 0)));
    QCOMPARE(m_controller->mentionListModel()->rowCount(), 1); // the empty source is a source too
    m_controller->mentionListModel()->setSelection(networks->selection(networks->index(0, 0)));
    QCOMPARE(m_controller->mentionListModel()->rowCount(), 5);
}

void TestListeningModels::aMentionNamingTwoBrandsCountsForBoth()
{
    const QDate day(2026, 3, 3);
    Mention both = mention(m_fixture->ownBrand(), day);
    both.otherBrandIds = {m_fixture->competitor().id};
    both.productIds = {m_fixture->productOf(m_fixture->ownBrand()).id,
                       m_fixture->productOf(m_fixture->competitor()).id};
    both.productId = both.productIds.constFirst();
    QVERIFY(m_fixture->addMention(both));
    QVERIFY(m_fixture->addMention(mention(m_fixture->competitor(), day, 9)));

    m_controller->load({day, day});
    QCOMPARE(cell(m_controller->networksModel(), 0, NetworksModel::MentionsColumn), 3); // 2 brands + 1
    MentionListModel *list = m_controller->mentionListModel();
    ShareOfVoiceModel *share = m_controller->shareOfVoiceModel();
    list->setSelection(share->selection(share->index(2, 0))); // the competitor
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->mention(0).brandId, m_fixture->ownBrand().id); // 12:00 after 09:00: newest first
    const QString about = list->index(0, MentionListModel::AboutColumn).data().toString();
    QVERIFY2(about.contains(m_fixture->ownBrand().name) && about.contains(m_fixture->competitor().name) &&
                 about.contains(m_fixture->productOf(m_fixture->competitor()).name),
             qPrintable(about));
    // The product named second is found too.
    TopProductsModel *products = m_controller->topProductsModel();
    for (int row = 0; row < products->rowCount(); ++row) {
        list->setSelection(products->selection(products->index(row, 0)));
        QCOMPARE(list->rowCount(), 1);
    }
    QCOMPARE(products->rowCount(), 2);
}

void TestListeningModels::engagementListsTheMostEngagingPostsWithFigures()
{
    const QDateTime noon(QDate(2026, 5, 5), QTime(10, 0), QTimeZone::utc());
    QVERIFY(m_fixture->addPublishedPost(Network::Mastodon, QStringLiteral("Quiet post"), noon, 1, 0, 0));
    QVERIFY(m_fixture->addPublishedPost(Network::Bluesky,
                                        QStringLiteral("Our new sleep guide is out: seven habits that help"),
                                        noon.addDays(1), 30, 5, 7));
    QVERIFY(m_fixture->addPublishedPost(Network::Mastodon, QStringLiteral("Never read"), noon.addDays(2), 0,
                                        0, 0, false));
    QVERIFY(m_fixture->addPublishedPost(Network::Mastodon, QStringLiteral("Too early"), noon.addDays(-30), 90,
                                        0, 0));
    for (int i = 0; i < 12; ++i)
        QVERIFY(m_fixture->addPublishedPost(Network::Mastodon, QStringLiteral("Filler %1").arg(i),
                                            noon.addSecs(i * 60), 2, 0, 0));

    m_controller->load({QDate(2026, 5, 1), QDate(2026, 5, 10)});
    EngagementModel *model = m_controller->engagementModel();
    QCOMPARE(model->rowCount(), kTopPostCount);
    QCOMPARE(cell(model, 0, EngagementModel::LikesColumn), 30);
    QCOMPARE(cell(model, 0, EngagementModel::RepostsColumn), 5);
    QCOMPARE(cell(model, 0, EngagementModel::RepliesColumn), 7);
    QCOMPARE(model->maxEngagement(), 42);
    const QString label = model->index(0, EngagementModel::PostColumn).data().toString();
    QVERIFY2(label.contains(QStringLiteral("Bluesky")) && label.contains(QStringLiteral("Our new sleep")) &&
                 label.size() < 60,
             qPrintable(label));
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("seven habits")));
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->index(row, 0).data().toString().contains(QStringLiteral("Never read")));
        QVERIFY(!model->index(row, 0).data().toString().contains(QStringLiteral("Too early")));
    }
    QVERIFY(m_controller->hasEngagement());
}

void TestListeningModels::mentionListFilters_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("expected");
    QTest::newRow("every mention") << "all" << 7;
    QTest::newRow("one brand, with the mentions naming it too") << "brand" << 4;
    QTest::newRow("own brands") << "own" << 6;
    QTest::newRow("negative only") << "negative" << 2;
    QTest::newRow("adverse events only") << "adverse" << 1;
    QTest::newRow("a network") << "network" << 3;
    QTest::newRow("a source") << "source" << 2;
    QTest::newRow("a product, also as second product") << "product" << 2;
    QTest::newRow("brand and negative") << "brand+negative" << 2;
    QTest::newRow("another day") << "day" << 1;
}

void TestListeningModels::mentionListFilters()
{
    QFETCH(QString, what);
    QFETCH(int, expected);
    const QDate day(2026, 8, 20);
    const Brand &own = m_fixture->ownBrand();
    const Brand &second = m_fixture->secondOwnBrand();
    const Brand &competitor = m_fixture->competitor();
    const Id product = m_fixture->productOf(own).id;
    QList<Mention> mentions;
    Mention a = mention(own, day, 8);
    a.sentiment = Sentiment::Negative;
    a.productId = product;
    mentions << a;
    Mention b = mention(own, day, 9);
    b.network = Network::Feed;
    b.source = QStringLiteral("Santé Magazine");
    b.title = QStringLiteral("Headline");
    mentions << b;
    Mention c = mention(second, day, 10);
    c.otherBrandIds = {own.id};
    c.adverseEvent = true;
    c.sentiment = Sentiment::Negative;
    mentions << c;
    Mention d = mention(competitor, day, 11);
    d.otherBrandIds = {own.id};
    d.productIds = {m_fixture->productOf(competitor).id, product};
    d.productId = d.productIds.constFirst();
    mentions << d;
    Mention e = mention(competitor, day, 12);
    e.network = Network::Feed;
    e.source = QStringLiteral("Santé Magazine");
    mentions << e;
    Mention f = mention(second, day, 13);
    f.network = Network::Feed;
    f.source = QStringLiteral("Other feed");
    mentions << f;
    mentions << mention(second, day, 14);
    mentions << mention(own, day.addDays(1), 9);
    for (const auto &m : std::as_const(mentions))
        QVERIFY(m_fixture->addMention(m));

    MentionSelection selection;
    selection.filter.from = day;
    selection.filter.to = day;
    if (what.startsWith(QLatin1String("brand")))
        selection.filter.brandIds = {own.id};
    if (what == QLatin1String("own"))
        selection.filter.brandIds = {own.id, second.id};
    if (what.endsWith(QLatin1String("negative")))
        selection.filter.sentiment = Sentiment::Negative;
    if (what == QLatin1String("adverse"))
        selection.filter.adverseOnly = true;
    if (what == QLatin1String("network"))
        selection.filter.networkKey = QStringLiteral("feed");
    if (what == QLatin1String("source")) {
        selection.filter.networkKey = QStringLiteral("feed");
        selection.filter.source = QStringLiteral("Santé Magazine");
    }
    if (what == QLatin1String("product"))
        selection.filter.productId = product;
    if (what == QLatin1String("day"))
        selection.filter.from = selection.filter.to = day.addDays(1);

    MentionListModel *list = m_controller->mentionListModel();
    list->setSelection(selection);
    QCOMPARE(list->rowCount(), expected);
    QVERIFY(!list->canFetchMore({}));
    for (int row = 1; row < list->rowCount(); ++row)
        QVERIFY(list->mention(row - 1).createdAt >= list->mention(row).createdAt);
    if (what == QLatin1String("source"))
        QVERIFY(list->index(1, MentionListModel::TextColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Headline")));
    QCOMPARE(list->index(0, MentionListModel::DateColumn).data(UrlRole).toString(), list->mention(0).url);
}

void TestListeningModels::mentionListPagesNewestFirstWithoutGapsOrRepeats()
{
    // 250 mentions of one brand, many sharing a second, plus others that name it as a second
    // brand: pages must join without losing or repeating a mention.
    const QDate day(2026, 9, 1);
    QList<Mention> batch;
    const QDateTime base = QDateTime(day, QTime(8, 0), QTimeZone("Europe/Paris")).toUTC();
    for (int i = 0; i < 250; ++i) {
        Mention m = mention(i % 5 == 0 ? m_fixture->competitor() : m_fixture->ownBrand(), day);
        if (i % 5 == 0)
            m.otherBrandIds = {m_fixture->ownBrand().id};
        m.workspaceId = m_fixture->workspace().id;
        m.remoteId = QStringLiteral("p%1").arg(i);
        m.createdAt = base.addSecs((i / 3) * 60); // three at a time share a second
        batch << m;
    }
    QVERIFY(MentionRepository(m_store->db()).insert(batch).ok());
    QVERIFY(m_fixture->addMentionsOn(m_fixture->competitor(), day, 30)); // not naming the brand

    MentionSelection selection;
    selection.filter.brandIds = {m_fixture->ownBrand().id};
    selection.filter.from = day;
    selection.filter.to = day;
    // A model of its own: the tester on the controller's would read every page at once.
    MentionListModel pages(m_store->db(), m_fixture->workspace());
    MentionListModel *list = &pages;
    list->setSelection(selection);
    QCOMPARE(list->rowCount(), MentionListModel::kPageSize);
    QVERIFY(list->canFetchMore({}));
    list->fetchMore({});
    QCOMPARE(list->rowCount(), 2 * MentionListModel::kPageSize);
    const QList<MentionRow> rows = allRows(list);
    QCOMPARE(rows.size(), 250);
    QSet<Id> ids;
    for (int i = 0; i < rows.size(); ++i) {
        ids.insert(rows.at(i).id);
        if (i > 0) {
            const bool ordered =
                rows.at(i - 1).createdAt > rows.at(i).createdAt ||
                (rows.at(i - 1).createdAt == rows.at(i).createdAt && rows.at(i - 1).id > rows.at(i).id);
            QVERIFY2(ordered, qPrintable(QString::number(i)));
        }
    }
    QCOMPARE(ids.size(), 250);
    QVERIFY(!list->canFetchMore({}));
}

void TestListeningModels::mentionListFollowsTheWorkspaceDays()
{
    // 23:30 UTC on 10 March is 11 March in Paris: it belongs to the 11th's point.
    QVERIFY(m_fixture->addMentions(m_fixture->ownBrand(),
                                   QDateTime(QDate(2026, 3, 10), QTime(23, 30), QTimeZone::utc()), 2));
    m_controller->load({QDate(2026, 3, 10), QDate(2026, 3, 11)});
    MentionVolumeModel *volume = m_controller->volumeModel();
    QCOMPARE(cell(volume, 1, MentionVolumeModel::FirstBrandColumn), 2);
    MentionListModel *list = m_controller->mentionListModel();
    list->setSelection(volume->selection(volume->index(0, MentionVolumeModel::FirstBrandColumn)));
    QCOMPARE(list->rowCount(), 0);
    list->setSelection(volume->selection(volume->index(1, MentionVolumeModel::FirstBrandColumn)));
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->index(0, MentionListModel::DateColumn).data().toDateTime().date(), QDate(2026, 3, 11));
}

void TestListeningModels::selectionsOfEveryChartListWhatTheyCount()
{
    // What a point says and what its list holds agree, for every chart, on a year of traffic.
    const QDate today(2026, 11, 16);
    QVERIFY(m_fixture->addYearOfTraffic(today));
    m_controller->load(presetRange(RangePreset::Last30Days, today));
    MentionListModel *list = m_controller->mentionListModel();
    const auto listed = [&](const MentionSelection &selection) {
        list->setSelection(selection);
        return qint64(allRows(list).size());
    };
    SentimentModel *sentiment = m_controller->sentimentModel();
    for (int column = 0; column < SentimentModel::ColumnCount; ++column)
        QCOMPARE(listed(sentiment->selection(sentiment->index(5, column))), cell(sentiment, 5, column));
    AdverseMentionsModel *adverse = m_controller->adverseModel();
    for (int column = 0; column < adverse->columnCount(); ++column)
        QCOMPARE(listed(adverse->selection(adverse->index(3, column))), cell(adverse, 3, column));
    TopSourcesModel *sources = m_controller->topSourcesModel();
    QCOMPARE(listed(sources->selection(sources->index(0, 0))),
             cell(sources, 0, TopSourcesModel::MentionsColumn));
    ShareOfVoiceModel *share = m_controller->shareOfVoiceModel();
    QCOMPARE(listed(share->selection(share->index(1, 0))), cell(share, 1, ShareOfVoiceModel::MentionsColumn));
}

void TestListeningModels::sourceAggregatesStayFastOnAYearOfBusySources()
{
    // Far busier than the demo: 3 brands x 3 networks x 40 sources every day of a year
    // (~131,000 aggregate rows, what ~1,000,000 mentions a year from many sources would write).
    Transaction tx(m_store->db());
    SqlQuery insert(m_store->db(), QStringLiteral("INSERT INTO mention_source_daily (workspace_id, brand_id, "
                                                  "network, source, day, total) VALUES (?, ?, ?, ?, ?, ?)"));
    const QDate first(2025, 11, 17);
    const QStringList networks{QStringLiteral("mastodon"), QStringLiteral("bluesky"), QStringLiteral("feed")};
    for (int d = 0; d < 365; ++d) {
        for (const Brand &brand : m_fixture->brands()) {
            for (const QString &network : networks) {
                for (int s = 0; s < 40; ++s)
                    QVERIFY(insert.execWith({m_fixture->workspace().id, brand.id, network,
                                             QStringLiteral("source %1").arg(s),
                                             first.addDays(d).toJulianDay(), 1 + (d + s) % 7}));
            }
        }
    }
    QVERIFY(tx.commit());
    const MentionQueries queries(m_store->db(), QTimeZone("Europe/Paris"));
    QList<qint64> timings;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto sources = queries.sourceTotals(m_fixture->workspace().id, first, first.addDays(364));
        const auto perNetwork = MentionQueries::networkTotals(sources);
        timings << timer.nsecsElapsed();
        QCOMPARE(sources.size(), 3 * 40);
        QCOMPARE(perNetwork.size(), 3);
    }
    std::sort(timings.begin(), timings.end());
    qInfo("sources and networks over a year of %d aggregate rows: %.1f ms (median)", 365 * 3 * 3 * 40,
          timings.at(2) / 1e6);
}

QTEST_GUILESS_MAIN(TestListeningModels)
#include "tst_listeningmodels.moc"
