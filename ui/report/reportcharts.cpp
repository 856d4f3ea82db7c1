#include "ui/report/reportcharts.h"

#include "listening/analyticscontroller.h"
#include "ui/analytics/adversechart.h"
#include "ui/analytics/engagementchart.h"
#include "ui/analytics/mentionvolumechart.h"
#include "ui/analytics/sentimentchart.h"
#include "ui/analytics/shareofvoicechart.h"
#include "ui/analytics/sourcecharts.h"
#include "ui/analytics/topproductschart.h"

namespace vigie {
namespace ui {

QList<ReportChart> reportCharts()
{
    // Adding a chart to the report is one line here.
    using C = AnalyticsController;
    return {
        {[](C &c) -> AnalyticsChartView * { return new MentionVolumeChart(c.volumeModel()); }},
        {[](C &c) -> AnalyticsChartView * { return new ShareOfVoiceChart(c.shareOfVoiceModel()); }},
        {[](C &c) -> AnalyticsChartView * { return new SentimentChart(c.sentimentModel()); }},
        {[](C &c) -> AnalyticsChartView * { return new TopProductsChart(c.topProductsModel()); }},
        {[](C &c) -> AnalyticsChartView * { return new TopSourcesChart(c.topSourcesModel()); }},
        {[](C &c) -> AnalyticsChartView * { return new NetworksChart(c.networksModel()); }},
        {[](C &c) -> AnalyticsChartView * { return new AdverseChart(c.adverseModel()); }},
        {[](C &c) -> AnalyticsChartView * { return new EngagementChart(c.engagementModel()); }},
    };
}

} // namespace ui
} // namespace vigie
