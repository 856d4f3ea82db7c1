#pragma once

// The analytics pane test, split over two files (tst_analyticspane.cpp: the period, the four
// first charts and labels; tst_analyticspanecharts.cpp: the demo, the new charts, clicks, exports).

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

namespace analyticspanetest {

// The pane's size inside the 1280x820 main window (navigation list, menu and status bars aside).
inline const QSize kPaneSize(1110, 760);

inline const QString kEmptyText =
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

} // namespace analyticspanetest

using namespace analyticspanetest;

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
