// The analytics pane: its charts show what the models hold, the period picker drives them, an
// empty period says what to do, and nothing is clipped at the main window's size.

#include "analyticsfixture.h"
#include "core/clock.h"
#include "listening/adversemodel.h"
#include "listening/analyticscontroller.h"
#include "listening/analyticsroles.h"
#include "listening/analyticssnapshot.h"
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
#include "storage/workspacerepository.h"
#include "support/testsupport.h"
#include "ui/analytics/adversechart.h"
#include "ui/analytics/analyticspane.h"
#include "ui/analytics/daterangebar.h"
#include "ui/analytics/engagementchart.h"
#include "ui/analytics/mentionlistdialog.h"
#include "ui/analytics/mentionvolumechart.h"
#include "ui/analytics/sentimentchart.h"
#include "ui/analytics/shareofvoicechart.h"
#include "ui/analytics/sourcecharts.h"
#include "ui/analytics/topproductschart.h"

#include <QAbstractButton>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateEdit>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;
using namespace vigie::ui;

namespace {

// The pane's size inside the 1280x820 main window (navigation list, menu and status bars aside).
const QSize kPaneSize(1110, 760);

const QString kEmptyText =
    QStringLiteral("No mentions in this period. Choose another period or add listening sources.");

// Stands in for a translation ~35% longer than English, as French tends to be, keeping
// placeholders and date formats intact.
class LongerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (QByteArray(context).startsWith("Q") || source.contains(QLatin1String("MMM")))
            return {}; // Qt's own strings and date formats stay as they are
        return source + QLatin1Char(' ') + QString(qMax(3, int(source.size() * 0.35)), QChar(0x00E9));
    }
};

// Stands in for the browser: QDesktopServices hands it the links it would open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class TestAnalyticsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheLast90DaysEndingTodayInTheWorkspace();
    void chartsHoldTheModelsPoints_data();
    void chartsHoldTheModelsPoints();
    void aYearShowsWeeklyBarsWithThinnedLabels();
    void emptyPeriodSaysWhatToDo();
    void fromAfterToIsCorrectedWithAMessage();
    void typingACustomRangeUnchecksThePresets();
    void readsNothingUntilShownAndFollowsTheDate();
    void withoutAStoreSaysThereIsNothingToShow();
    void screenshots();
    void longerLabelsAreNotClipped();
    void opensOnTheDemoWorkspace();
    void newChartsHoldTheModelsPoints_data();
    void newChartsHoldTheModelsPoints();
    void aChartWithoutDataSaysSo();
    void clickingABarListsItsMentions();
    void clickingTheVolumeLineListsThatDay();
    void everyChartExportsItsModel();
    void reportShortcutAsksForTheShownPeriod();
    void reloadShowsNewMentions();

private:
    static void verifyNewChartsMatchModels(AnalyticsPane *pane);
    // A click where the bar of category sits on a bar chart (value axis from 0).
    static void clickBar(QChartView *view, QAbstractSeries *series, const QPointF &valueAndCategory);
    void shootEveryTab(AnalyticsPane *pane, const QString &prefix);
    AppContext context() const;
    std::unique_ptr<AnalyticsPane> openPane() const;
    static void verifyChartsMatchModels(AnalyticsPane *pane);
    static void verifyNothingClipped(AnalyticsPane *pane);
    // Lets pending layouts run (charts lay out axes on a posted event), as the event loop would.
    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    static void screenshot(QWidget *widget, const QString &name)
    {
        settle();
        saveScreenshot(widget, name);
    }

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<AnalyticsFixture> m_fixture;
    std::unique_ptr<FixedClock> m_clock;
    QDate m_today;
    std::unique_ptr<AnalyticsPane> m_pane;
};

void TestAnalyticsPane::initTestCase()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db());
    QVERIFY(m_fixture->ok());
    // 23:30 UTC is already the next day in Paris, where the workspace is.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 15), QTime(23, 30), QTimeZone::utc()));
    m_today = QDate(2026, 11, 16);
    QVERIFY(m_fixture->addYearOfTraffic(m_today));
}

void TestAnalyticsPane::init()
{
    m_pane = openPane();
}

void TestAnalyticsPane::cleanup()
{
    m_pane.reset();
}

AppContext TestAnalyticsPane::context() const
{
    AppContext context;
    context.db = &m_store->db();
    context.workspace = m_fixture->workspace();
    context.clock = m_clock.get();
    return context;
}

std::unique_ptr<AnalyticsPane> TestAnalyticsPane::openPane() const
{
    auto pane = std::make_unique<AnalyticsPane>(context());
    pane->resize(kPaneSize);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        qWarning("analytics pane not exposed");
    return pane;
}

void TestAnalyticsPane::verifyChartsMatchModels(AnalyticsPane *pane)
{
    AnalyticsController *controller = pane->controller();

    const MentionVolumeModel *volume = controller->volumeModel();
    const auto lines = pane->findChild<MentionVolumeChart *>()->brandSeries();
    QCOMPARE(lines.size(), volume->brandCount());
    for (int brand = 0; brand < lines.size(); ++brand) {
        const int column = MentionVolumeModel::FirstBrandColumn + brand;
        QVERIFY(lines.at(brand)->name().startsWith(volume->headerData(column, Qt::Horizontal).toString()));
        QCOMPARE(lines.at(brand)->color(),
                 QColor(volume->headerData(column, Qt::Horizontal, BrandColorRole).toString()));
        QCOMPARE(lines.at(brand)->count(), volume->rowCount());
        for (int row = 0; row < volume->rowCount(); ++row) {
            const QPointF point = lines.at(brand)->at(row);
            QCOMPARE(qint64(point.x()), MentionVolumeModel::chartTime(volume->day(row)).toMSecsSinceEpoch());
            QCOMPARE(qint64(point.y()), volume->index(row, column).data().toLongLong());
        }
    }

    const ShareOfVoiceModel *share = controller->shareOfVoiceModel();
    auto *shareChart = pane->findChild<ShareOfVoiceChart *>();
    const QList<QPieSlice *> slices = shareChart->series()->slices();
    const QList<QLegendMarker *> legend = shareChart->chart()->legend()->markers(shareChart->series());
    QCOMPARE(legend.size(), slices.size());
    QCOMPARE(slices.size(), share->rowCount());
    for (int row = 0; row < slices.size(); ++row) {
        QCOMPARE(qint64(slices.at(row)->value()),
                 share->index(row, ShareOfVoiceModel::MentionsColumn).data().toLongLong());
        QCOMPARE(slices.at(row)->label(),
                 share->index(row, ShareOfVoiceModel::PercentLabelColumn).data().toString());
        QVERIFY(slices.at(row)->label().contains(QLatin1Char('%')));
        QVERIFY(legend.at(row)->label().startsWith(
            share->index(row, ShareOfVoiceModel::NameColumn).data().toString()));
    }

    const SentimentModel *sentiment = controller->sentimentModel();
    auto *sentimentChart = pane->findChild<SentimentChart *>();
    const QList<QBarSet *> sets = sentimentChart->series()->barSets();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sentimentChart->periodAxis()->count(), sentiment->rowCount());
    for (int column = 0; column < sets.size(); ++column) {
        QCOMPARE(sets.at(column)->label(), sentiment->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(sets.at(column)->count(), sentiment->rowCount());
        for (int row = 0; row < sentiment->rowCount(); ++row)
            QCOMPARE(qint64(sets.at(column)->at(row)), sentiment->index(row, column).data().toLongLong());
    }
    // Green, grey and red, whatever the theme would have picked.
    const QColor positive = sets.at(SentimentModel::PositiveColumn)->color();
    const QColor neutral = sets.at(SentimentModel::NeutralColumn)->color();
    const QColor negative = sets.at(SentimentModel::NegativeColumn)->color();
    QVERIFY(positive.green() > positive.red() + 60 && positive.green() > positive.blue() + 60);
    QVERIFY(negative.red() > negative.green() + 60 && negative.red() > negative.blue() + 60);
    QVERIFY(neutral.hslSaturation() < 40);

    const TopProductsModel *products = controller->topProductsModel();
    auto *productsChart = pane->findChild<TopProductsChart *>();
    if (products->rowCount() == 0) { // nothing mentioned: no bar at all
        for (const QBarSet *set : productsChart->series()->barSets())
            QCOMPARE(set->count(), 0);
        return;
    }
    QCOMPARE(productsChart->series()->barSets().size(), 1);
    const QBarSet *bars = productsChart->series()->barSets().constFirst();
    const int rows = products->rowCount();
    QCOMPARE(bars->count(), rows);
    QCOMPARE(productsChart->productAxis()->count(), rows);
    // Categories are drawn bottom-up: the last one, at the top, is the most mentioned product.
    for (int row = 0; row < rows; ++row) {
        const int category = rows - 1 - row;
        QCOMPARE(qint64(bars->at(category)),
                 products->index(row, TopProductsModel::MentionsColumn).data().toLongLong());
        QCOMPARE(productsChart->productAxis()->at(category),
                 products->index(row, TopProductsModel::NameColumn).data().toString());
    }
}

void TestAnalyticsPane::opensOnTheLast90DaysEndingTodayInTheWorkspace()
{
    const DateRange expected = presetRange(RangePreset::Last90Days, m_today);
    QCOMPARE(m_pane->rangeBar()->range(), expected);
    QCOMPARE(m_pane->controller()->range(), expected);
    QVERIFY(m_pane->rangeBar()->presetButton(RangePreset::Last90Days)->isChecked());
    QCOMPARE(m_pane->findChild<QDateEdit *>(QStringLiteral("rangeTo"))->date(), m_today);
    QVERIFY(!m_pane->isShowingEmptyState());
    QVERIFY(m_pane->findChild<MentionVolumeChart *>()->isVisible());
    QCOMPARE(m_pane->findChild<MentionVolumeChart *>()->brandSeries().constFirst()->count(), 90);
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("rangeSummary"))
                ->text()
                .contains(QLocale().toString(m_pane->controller()->totalMentions())));
    verifyChartsMatchModels(m_pane.get());
}

void TestAnalyticsPane::chartsHoldTheModelsPoints_data()
{
    QTest::addColumn<RangePreset>("preset");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("sentimentBars");
    QTest::newRow("7 days") << RangePreset::Last7Days << 7 << 7;
    QTest::newRow("30 days") << RangePreset::Last30Days << 30 << 30;
    QTest::newRow("90 days: weeks") << RangePreset::Last90Days << 90 << 14;
    QTest::newRow("12 months: weeks") << RangePreset::Last12Months << 365 << 53;
}

void TestAnalyticsPane::chartsHoldTheModelsPoints()
{
    QFETCH(RangePreset, preset);
    QFETCH(int, days);
    QFETCH(int, sentimentBars);
    m_pane->rangeBar()
        ->presetButton(RangePreset::Last7Days == preset ? RangePreset::Last30Days : RangePreset::Last7Days)
        ->click();
    m_pane->rangeBar()->presetButton(preset)->click();
    QVERIFY(m_pane->rangeBar()->presetButton(preset)->isChecked());
    QCOMPARE(m_pane->controller()->range(), presetRange(preset, m_today));

    const auto lines = m_pane->findChild<MentionVolumeChart *>()->brandSeries();
    QCOMPARE(lines.size(), m_fixture->brands().size());
    for (QLineSeries *line : lines)
        QCOMPARE(line->count(), days);
    QCOMPARE(m_pane->findChild<SentimentChart *>()->series()->barSets().constFirst()->count(), sentimentBars);
    QCOMPARE(m_pane->findChild<ShareOfVoiceChart *>()->series()->count(), m_fixture->brands().size());
    QCOMPARE(m_pane->findChild<TopProductsChart *>()->series()->barSets().constFirst()->count(),
             m_fixture->products().size());
    verifyChartsMatchModels(m_pane.get());
}

void TestAnalyticsPane::aYearShowsWeeklyBarsWithThinnedLabels()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last12Months)->click();
    QBarCategoryAxis *axis = m_pane->findChild<SentimentChart *>()->periodAxis();
    QCOMPARE(axis->count(), m_pane->controller()->sentimentModel()->rowCount());
    int shown = 0;
    for (const QString &label : axis->categories()) {
        if (!label.trimmed().remove(QChar(0x200B)).isEmpty())
            ++shown;
    }
    QVERIFY2(shown >= 4 && shown <= 14, qPrintable(QString::number(shown)));
    QCOMPARE(axis->at(0), m_pane->controller()->sentimentModel()->headerData(0, Qt::Vertical).toString());

    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    QCOMPARE(axis->categories().size(), 7);
    for (int row = 0; row < 7; ++row) // a week has room for every day
        QCOMPARE(axis->at(row),
                 m_pane->controller()->sentimentModel()->headerData(row, Qt::Vertical).toString());
}

void TestAnalyticsPane::emptyPeriodSaysWhatToDo()
{
    auto *empty = m_pane->findChild<QLabel *>(QStringLiteral("analyticsEmptyState"));
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    // Two years ago nothing was being listened to.
    m_pane->rangeBar()->setRange({m_today.addYears(-2), m_today.addYears(-2).addDays(20)});
    QVERIFY(m_pane->isShowingEmptyState());
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), kEmptyText);
    QVERIFY(!m_pane->findChild<MentionVolumeChart *>()->isVisible());
    QVERIFY(m_pane->rangeBar()->isVisible()); // so another period can be chosen
    screenshot(m_pane.get(), QStringLiteral("analytics-empty"));

    m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->click();
    QVERIFY(!m_pane->isShowingEmptyState());
    QVERIFY(!empty->isVisible());
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::ConversationTab);
    QVERIFY(m_pane->findChild<SentimentChart *>()->isVisible());
}

void TestAnalyticsPane::fromAfterToIsCorrectedWithAMessage()
{
    auto *from = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeFrom"));
    auto *to = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeTo"));
    auto *notice = m_pane->findChild<QLabel *>(QStringLiteral("rangeNotice"));
    QVERIFY(from && to && notice);
    QVERIFY(!notice->isVisible());
    to->setDate(m_today.addDays(-20));
    from->setDate(m_today.addDays(-10)); // after To
    QCOMPARE(to->date(), m_today.addDays(-10));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLocale().toString(m_today.addDays(-10), QLocale::ShortFormat)));
    QCOMPARE(m_pane->controller()->range(), (DateRange{m_today.addDays(-10), m_today.addDays(-10)}));
    QCOMPARE(m_pane->findChild<MentionVolumeChart *>()->brandSeries().constFirst()->count(), 1);

    to->setDate(m_today.addDays(-30)); // before From
    QCOMPARE(from->date(), m_today.addDays(-30));
    QVERIFY(notice->isVisible());
    QVERIFY(m_pane->controller()->range().isValid());

    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    QVERIFY(!notice->isVisible());
}

void TestAnalyticsPane::typingACustomRangeUnchecksThePresets()
{
    auto *from = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeFrom"));
    from->setFocus();
    from->setDate(m_today.addDays(-40));
    QCOMPARE(m_pane->controller()->range(), (DateRange{m_today.addDays(-40), m_today}));
    for (RangePreset preset : {RangePreset::Last7Days, RangePreset::Last30Days, RangePreset::Last90Days,
                               RangePreset::Last12Months})
        QVERIFY(!m_pane->rangeBar()->presetButton(preset)->isChecked());
    from->setDate(m_today.addDays(-29)); // exactly the last 30 days again
    QVERIFY(m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->isChecked());
    // Dates in the future hold nothing yet: the field stops at today.
    auto *to = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeTo"));
    QCOMPARE(to->maximumDate(), m_today);
}

void TestAnalyticsPane::readsNothingUntilShownAndFollowsTheDate()
{
    AnalyticsPane hidden(context());
    QVERIFY(!hidden.controller()->range().isValid()); // built with the window, read when opened
    hidden.resize(kPaneSize);
    hidden.show();
    QCOMPARE(hidden.controller()->range(), presetRange(RangePreset::Last90Days, m_today));
    hidden.rangeBar()->presetButton(RangePreset::Last7Days)->click();
    hidden.hide();

    // The next day, the preset ends on the new day when the pane is opened again.
    const QDateTime now = m_clock->now();
    const auto restoreClock = qScopeGuard([&] { m_clock->set(now); });
    m_clock->advanceSecs(24 * 3600);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), m_today.addDays(1), 3));
    hidden.show();
    QCOMPARE(hidden.controller()->range(), presetRange(RangePreset::Last7Days, m_today.addDays(1)));
    QCOMPARE(hidden.findChild<QDateEdit *>(QStringLiteral("rangeTo"))->maximumDate(), m_today.addDays(1));
    const auto *volume = hidden.controller()->volumeModel();
    QCOMPARE(volume->index(6, MentionVolumeModel::FirstBrandColumn).data().toLongLong(), 3);

    // A custom period stays as it is; opening the pane again reads it afresh.
    hidden.hide();
    hidden.rangeBar()->setRange({m_today.addDays(-3), m_today.addDays(1)});
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), m_today.addDays(1), 2));
    hidden.show();
    QCOMPARE(hidden.controller()->range(), (DateRange{m_today.addDays(-3), m_today.addDays(1)}));
    QCOMPARE(volume->index(4, MentionVolumeModel::FirstBrandColumn).data().toLongLong(), 5);
}

void TestAnalyticsPane::withoutAStoreSaysThereIsNothingToShow()
{
    AnalyticsPane pane{AppContext{}};
    pane.resize(kPaneSize);
    pane.show();
    QVERIFY(!pane.controller());
    QVERIFY(pane.isShowingEmptyState());
    pane.rangeBar()->presetButton(RangePreset::Last7Days)->click(); // nothing to load, no crash
    QVERIFY(pane.isShowingEmptyState());
}

void TestAnalyticsPane::screenshots()
{
    const struct
    {
        RangePreset preset;
        const char *name;
    } shots[] = {{RangePreset::Last7Days, "analytics-7-days"},
                 {RangePreset::Last90Days, "analytics-90-days"},
                 {RangePreset::Last12Months, "analytics-12-months"}};
    QVERIFY(m_fixture->addPublishedPost(
        Network::Mastodon, QStringLiteral("Sleep well: our seven habits for calmer nights"),
        QDateTime(m_today.addDays(-3), QTime(9, 0), QTimeZone::utc()), 48, 12, 9));
    QVERIFY(m_fixture->addPublishedPost(Network::Bluesky, QStringLiteral("Pollen season: what helps"),
                                        QDateTime(m_today.addDays(-5), QTime(9, 0), QTimeZone::utc()), 21, 3,
                                        14));
    for (const auto &shot : shots) {
        m_pane->rangeBar()->presetButton(shot.preset)->click();
        QVERIFY(!m_pane->isShowingEmptyState());
        shootEveryTab(m_pane.get(), QString::fromLatin1(shot.name));
    }
}

void TestAnalyticsPane::shootEveryTab(AnalyticsPane *pane, const QString &prefix)
{
    static const char *const names[] = {"overview", "conversation", "safety"};
    QCOMPARE(pane->tabs()->count(), 3);
    for (int tab = 0; tab < pane->tabs()->count(); ++tab) {
        pane->tabs()->setCurrentIndex(tab);
        verifyNothingClipped(pane);
        if (QTest::currentTestFailed())
            return;
        screenshot(pane, prefix + QLatin1Char('-') + QLatin1String(names[tab]));
    }
    pane->tabs()->setCurrentIndex(AnalyticsPane::OverviewTab);
}

void TestAnalyticsPane::verifyNothingClipped(AnalyticsPane *pane)
{
    settle();
    QVERIFY2(pane->minimumSizeHint().width() <= kPaneSize.width(),
             qPrintable(QStringLiteral("pane needs %1 px").arg(pane->minimumSizeHint().width())));
    for (QWidget *w : pane->rangeBar()->findChildren<QWidget *>()) {
        if (!w->isVisible() || (qobject_cast<QLabel *>(w) && static_cast<QLabel *>(w)->wordWrap()))
            continue;
        const QRect inPane(w->mapTo(pane, QPoint(0, 0)), w->size());
        QVERIFY2(pane->rect().contains(inPane), qPrintable(w->objectName() + w->metaObject()->className()));
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w))
            QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(w->property("text").toString()));
    }
    for (QChartView *view : pane->findChildren<QChartView *>()) {
        if (!view->isVisible())
            continue;
        for (QAbstractAxis *axis : view->chart()->axes())
            QVERIFY2(!axis->labelsTruncated(), qPrintable(view->chart()->title()));
        const QFontMetrics metrics(view->chart()->titleFont());
        QVERIFY2(metrics.horizontalAdvance(view->chart()->title()) < view->width() - 16,
                 qPrintable(view->chart()->title()));
    }
}

void TestAnalyticsPane::longerLabelsAreNotClipped()
{
    LongerTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    auto pane = openPane();
    QVERIFY(pane->rangeBar()->presetButton(RangePreset::Last12Months)->text().size() >
            QStringLiteral("Last 12 months").size());
    pane->rangeBar()->presetButton(RangePreset::Last12Months)->click();
    shootEveryTab(pane.get(), QStringLiteral("analytics-long-labels"));
    screenshot(pane->rangeBar(), QStringLiteral("analytics-long-labels-range-bar"));
    pane->rangeBar()->setRange({m_today.addYears(-3), m_today.addYears(-3).addDays(6)});
    QVERIFY(pane->isShowingEmptyState());
    verifyNothingClipped(pane.get());
}

void TestAnalyticsPane::opensOnTheDemoWorkspace()
{
    QTemporaryDir dir;
    const QString path = demoDatabaseCopy(dir.path());
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.openSqlite(path));
    const auto workspace = WorkspaceRepository(db).primaryWorkspace();
    QVERIFY(workspace);
    FixedClock clock(QDateTime(demoToday(), QTime(12, 0), QTimeZone::utc()));
    AppContext context;
    context.db = &db;
    context.workspace = *workspace;
    context.clock = &clock;
    context.demo = true;

    AnalyticsPane pane(context);
    pane.resize(kPaneSize);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const int brands = int(WorkspaceRepository(db).brands(workspace->id).size());
    QCOMPARE(pane.findChild<MentionVolumeChart *>()->brandSeries().size(), brands);

    pane.rangeBar()->presetButton(RangePreset::Last12Months)->click();
    QCOMPARE(pane.controller()->range().to, demoToday());
    for (QLineSeries *line : pane.findChild<MentionVolumeChart *>()->brandSeries())
        QCOMPARE(line->count(), pane.controller()->range().dayCount());
    verifyChartsMatchModels(&pane);

    // The demo's year of mentions must show; until its generator writes mentions, the pane must
    // say the period is empty instead.
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM mention_daily"));
    QVERIFY(count.exec() && count.next());
    const bool demoHasMentions = count.value(0).toLongLong() > 0;
    QCOMPARE(pane.isShowingEmptyState(), !demoHasMentions);

    // Time to load the four models for a year (median of a few runs; aggregates, not mentions),
    // alone and with the charts following them.
    const auto medianMsecs = [](const std::function<void()> &work) {
        QList<qint64> timings;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            work();
            timings << timer.nsecsElapsed();
        }
        std::sort(timings.begin(), timings.end());
        return timings.at(2) / 1e6;
    };
    const DateRange year = presetRange(RangePreset::Last12Months, demoToday());
    AnalyticsController modelsOnly(db, *workspace);
    const double snapshotMs = medianMsecs([&] { loadAnalyticsSnapshot(db, *workspace, year); });
    const double modelsMs = medianMsecs([&] { modelsOnly.load(year); });
    const double withChartsMs = medianMsecs([&] { pane.controller()->load(year); });
    qInfo(
        "demo: %lld mentions in 12 months; read %.2f ms, eight models %.2f ms, with charts %.2f ms (medians)",
        modelsOnly.totalMentions(), snapshotMs, modelsMs, withChartsMs);
    // Where the read goes: mention_daily over both periods, products, sources, posts.
    const MentionRepository mentions(db);
    const MentionQueries queries(db, workspaceZone(*workspace));
    const DateRange previous = previousPeriod(year);
    qInfo("demo parts: daily counts (2 years) %.2f ms, top products %.2f ms, sources+networks %.2f ms",
          medianMsecs([&] { mentions.dailyCounts(workspace->id, previous.from, year.to); }),
          medianMsecs([&] { mentions.topProducts(workspace->id, year.from, year.to, kTopProductCount); }),
          medianMsecs([&] {
              MentionQueries::networkTotals(queries.sourceTotals(workspace->id, year.from, year.to));
          }));
    SqlQuery sourceRows(db, QStringLiteral("SELECT COUNT(*) FROM mention_source_daily"));
    QVERIFY(sourceRows.exec() && sourceRows.next());
    qInfo("demo: %lld mention_source_daily rows", sourceRows.value(0).toLongLong());

    for (RangePreset preset : {RangePreset::Last7Days, RangePreset::Last90Days, RangePreset::Last12Months}) {
        pane.rangeBar()->presetButton(preset)->click();
        shootEveryTab(&pane,
                      QStringLiteral("analytics-demo-%1-days").arg(pane.controller()->range().dayCount()));
    }
    // The demo's own posts with engagement figures as the networks would give them (the demo
    // generator writes neither published_at on its published variants nor post_metrics yet).
    QVERIFY(
        db.exec(QStringLiteral("UPDATE post_variants SET published_at = (SELECT p.scheduled_at FROM posts p "
                               "WHERE p.id = post_variants.post_id) WHERE state = 'published' AND "
                               "published_at IS NULL")));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO post_metrics (variant_id, likes, reposts, replies, quotes, fetched_at) "
        "SELECT v.id, (v.id * 37) % 180, (v.id * 11) % 40, (v.id * 7) % 30, 0, v.published_at + 86400 "
        "FROM post_variants v WHERE v.state = 'published' AND v.published_at IS NOT NULL "
        "ON CONFLICT (variant_id) DO NOTHING")));
    pane.rangeBar()->presetButton(RangePreset::Last90Days)->click();
    QVERIFY(pane.controller()->hasEngagement());
    pane.tabs()->setCurrentIndex(AnalyticsPane::SafetyTab);
    settle();

    verifyNothingClipped(&pane);
    screenshot(&pane, QStringLiteral("analytics-demo-engagement"));
    LongerTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    AnalyticsPane longer(context);
    longer.resize(kPaneSize);
    longer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&longer));
    shootEveryTab(&longer, QStringLiteral("analytics-demo-long-labels"));
}

void TestAnalyticsPane::verifyNewChartsMatchModels(AnalyticsPane *pane)
{
    AnalyticsController *controller = pane->controller();
    // Rankings draw the model's first row at the top, i.e. as the last category.
    const auto verifyRanking = [](RankingChart *chart, const QAbstractItemModel *model, int labelColumn,
                                  int valueColumn) {
        const int rows = model->rowCount();
        QCOMPARE(chart->categoryAxis()->count(), rows);
        if (rows == 0)
            return;
        const QBarSet *bars = chart->series()->barSets().constFirst();
        QCOMPARE(bars->count(), rows);
        for (int row = 0; row < rows; ++row) {
            QCOMPARE(qint64(bars->at(rows - 1 - row)), model->index(row, valueColumn).data().toLongLong());
            const QString shown = chart->categoryAxis()->at(rows - 1 - row).remove(QChar(0x200B));
            const QString name = model->index(row, labelColumn).data().toString();
            QVERIFY2(shown == name || (shown.endsWith(QChar(0x2026)) && name.startsWith(shown.chopped(1))),
                     qPrintable(shown));
        }
    };
    verifyRanking(pane->findChild<TopSourcesChart *>(), controller->topSourcesModel(),
                  TopSourcesModel::LabelColumn, TopSourcesModel::MentionsColumn);
    verifyRanking(pane->findChild<NetworksChart *>(), controller->networksModel(),
                  NetworksModel::NetworkColumn, NetworksModel::MentionsColumn);

    const AdverseMentionsModel *adverse = controller->adverseModel();
    auto *adverseChart = pane->findChild<AdverseChart *>();
    const QList<QBarSet *> sets = adverseChart->series()->barSets();
    QCOMPARE(sets.size(), adverse->columnCount());
    QCOMPARE(adverseChart->periodAxis()->count(), adverse->rowCount());
    for (int column = 0; column < sets.size(); ++column) {
        QCOMPARE(sets.at(column)->color(),
                 QColor(adverse->headerData(column, Qt::Horizontal, BrandColorRole).toString()));
        for (int row = 0; row < adverse->rowCount(); ++row)
            QCOMPARE(qint64(sets.at(column)->at(row)), adverse->index(row, column).data().toLongLong());
    }

    const EngagementModel *engagement = controller->engagementModel();
    auto *engagementChart = pane->findChild<EngagementChart *>();
    const QList<QBarSet *> kinds = engagementChart->series()->barSets();
    QCOMPARE(kinds.size(), 3); // likes, reposts, replies
    const int posts = engagement->rowCount();
    for (int kind = 0; kind < 3; ++kind) {
        QCOMPARE(kinds.at(kind)->label(),
                 engagement->headerData(EngagementModel::LikesColumn + kind, Qt::Horizontal).toString());
        QCOMPARE(kinds.at(kind)->count(), posts);
        for (int row = 0; row < posts; ++row)
            QCOMPARE(qint64(kinds.at(kind)->at(posts - 1 - row)),
                     engagement->index(row, EngagementModel::LikesColumn + kind).data().toLongLong());
    }
}

void TestAnalyticsPane::newChartsHoldTheModelsPoints_data()
{
    QTest::addColumn<RangePreset>("preset");
    QTest::newRow("7 days") << RangePreset::Last7Days;
    QTest::newRow("90 days") << RangePreset::Last90Days;
    QTest::newRow("12 months") << RangePreset::Last12Months;
}

void TestAnalyticsPane::newChartsHoldTheModelsPoints()
{
    QFETCH(RangePreset, preset);
    QVERIFY(m_fixture->addPublishedPost(Network::Mastodon, QStringLiteral("A post people liked"),
                                        QDateTime(m_today.addDays(-1), QTime(9, 0), QTimeZone::utc()), 10, 2,
                                        3));
    m_pane->rangeBar()->presetButton(preset)->click();
    QVERIFY(m_pane->controller()->topSourcesModel()->rowCount() > 0);
    QVERIFY(m_pane->controller()->adverseModel()->totalAdverse() > 0);
    QVERIFY(m_pane->controller()->engagementModel()->rowCount() > 0);
    verifyNewChartsMatchModels(m_pane.get());
    // The previous period is drawn beside every brand, dashed.
    auto *volume = m_pane->findChild<MentionVolumeChart *>();
    QCOMPARE(volume->previousSeries().size(), volume->brandSeries().size());
    const MentionVolumeModel *model = m_pane->controller()->volumeModel();
    const QLineSeries *previous = volume->previousSeries().constFirst();
    QCOMPARE(previous->pen().style(), Qt::DashLine);
    QCOMPARE(previous->count(), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(qint64(previous->at(row).y()),
                 model->index(row, model->previousBrandColumn(0)).data().toLongLong());
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("rangeSummary"))
                ->text()
                .contains(QLocale().toString(m_pane->controller()->previousTotalMentions())));
}

void TestAnalyticsPane::aChartWithoutDataSaysSo()
{
    // No post was published in this period: the engagement chart says so instead of an empty frame.
    m_pane->rangeBar()->setRange({m_today.addDays(-40), m_today.addDays(-10)});
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::SafetyTab);
    settle();
    auto *engagement = m_pane->findChild<EngagementChart *>();
    QVERIFY(engagement->isShowingEmptyNotice());
    auto *notice = engagement->findChild<QLabel *>(QStringLiteral("chartEmptyNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
    QVERIFY(engagement->rect().contains(notice->geometry()));
    for (QAbstractAxis *axis : engagement->chart()->axes())
        QVERIFY(!axis->isVisible());
    QVERIFY(!m_pane->findChild<AdverseChart *>()->isShowingEmptyNotice());
    screenshot(m_pane.get(), QStringLiteral("analytics-no-engagement"));

    QVERIFY(m_fixture->addPublishedPost(Network::Bluesky, QStringLiteral("Now with figures"),
                                        QDateTime(m_today.addDays(-20), QTime(8, 0), QTimeZone::utc()), 3, 1,
                                        0));
    m_pane->reload();
    QVERIFY(!engagement->isShowingEmptyNotice());
    QVERIFY(!notice->isVisible());
}

void TestAnalyticsPane::clickBar(QChartView *view, QAbstractSeries *series, const QPointF &valueAndCategory)
{
    settle();
    const QPointF inChart = view->chart()->mapToPosition(valueAndCategory, series);
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

void TestAnalyticsPane::clickingABarListsItsMentions()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->click();
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::ConversationTab);
    auto *products = m_pane->findChild<TopProductsChart *>();
    const TopProductsModel *model = m_pane->controller()->topProductsModel();
    const qint64 top = model->index(0, TopProductsModel::MentionsColumn).data().toLongLong();
    // The top bar (last category), half-way along.
    clickBar(products, products->series(), QPointF(top / 2.0, model->rowCount() - 1));
    MentionListDialog *dialog = m_pane->mentionList();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString product = model->index(0, TopProductsModel::NameColumn).data().toString();
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("mentionListTitle"))->text().contains(product));
    QTableView *table = dialog->table();
    QVERIFY(table->model()->rowCount() > 0);
    while (table->model()->canFetchMore({}))
        table->model()->fetchMore({});
    QCOMPARE(qint64(table->model()->rowCount()), top); // every mention behind the bar
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("mentionListSummary"))->text().isEmpty());
    screenshot(dialog, QStringLiteral("analytics-mention-list"));

    // Enter opens the selected mention's link in the browser.
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    table->setCurrentIndex(table->model()->index(2, 0));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openMentionLink"))->isEnabled());
    dialog->findChild<QPushButton *>(QStringLiteral("openMentionLink"))->click();
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.constFirst().toString(), table->model()->index(2, 0).data(UrlRole).toString());

    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());

    // A segment of the adverse-event chart lists only flagged mentions.
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::SafetyTab);
    auto *adverseChart = m_pane->findChild<AdverseChart *>();
    const AdverseMentionsModel *adverse = m_pane->controller()->adverseModel();
    int row = 0;
    while (row < adverse->rowCount() && adverse->index(row, 0).data().toLongLong() == 0)
        ++row;
    QVERIFY(row < adverse->rowCount());
    clickBar(adverseChart, adverseChart->series(),
             QPointF(row, adverse->index(row, 0).data().toLongLong() / 2.0));
    QVERIFY(dialog->isVisible());
    QCOMPARE(qint64(table->model()->rowCount()), adverse->index(row, 0).data().toLongLong());
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QVERIFY(!table->model()->index(r, MentionListModel::AdverseColumn).data().toString().isEmpty());
    dialog->close();
}

void TestAnalyticsPane::clickingTheVolumeLineListsThatDay()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    auto *volume = m_pane->findChild<MentionVolumeChart *>();
    const MentionVolumeModel *model = m_pane->controller()->volumeModel();
    QLineSeries *line = volume->brandSeries().constFirst();
    settle();
    const QPointF point = line->at(3);
    const QPoint inView =
        volume->mapFromScene(volume->chart()->mapToScene(volume->chart()->mapToPosition(point, line)));
    QTest::mouseClick(volume->viewport(), Qt::LeftButton, {}, inView);
    QVERIFY(m_pane->mentionList() && m_pane->mentionList()->isVisible());
    QAbstractItemModel *list = m_pane->mentionList()->table()->model();
    while (list->canFetchMore({}))
        list->fetchMore({});
    QCOMPARE(qint64(list->rowCount()),
             model->index(3, MentionVolumeModel::FirstBrandColumn).data().toLongLong());
    QCOMPARE(list->index(0, MentionListModel::DateColumn).data().toDateTime().date(), model->day(3));
    m_pane->mentionList()->close();
}

void TestAnalyticsPane::everyChartExportsItsModel()
{
    const QList<AnalyticsChartView *> charts = m_pane->charts();
    QCOMPARE(charts.size(), 8);
    QSet<const QAbstractItemModel *> models;
    for (AnalyticsChartView *chart : charts) {
        QVERIFY2(chart->exportModel(), qPrintable(chart->objectName()));
        models.insert(chart->exportModel());
    }
    QCOMPARE(models.size(), 8);
    QCOMPARE(m_pane->findChild<EngagementChart *>()->exportModel(), m_pane->controller()->engagementModel());
}

void TestAnalyticsPane::reportShortcutAsksForTheShownPeriod()
{
    QSignalSpy asked(m_pane.get(), &AnalyticsPane::reportRequested);
    m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->click();
    m_pane->activateWindow();
    m_pane->tabs()->setFocus();
    QTest::keyClick(m_pane->tabs(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.constFirst().constFirst().value<DateRange>(),
             presetRange(RangePreset::Last30Days, m_today));
    auto *button = m_pane->findChild<QPushButton *>(QStringLiteral("analyticsReportButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(asked.count(), 2);
}

void TestAnalyticsPane::reloadShowsNewMentions()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    const qint64 before = m_pane->controller()->totalMentions();
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), m_today, 6));
    QCOMPARE(m_pane->controller()->totalMentions(), before); // not until asked
    m_pane->reload();
    QCOMPARE(m_pane->controller()->totalMentions(), before + 6);
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("rangeSummary"))
                ->text()
                .contains(QLocale().toString(before + 6)));
}

QTEST_MAIN(TestAnalyticsPane)
#include "tst_analyticspane.moc"
