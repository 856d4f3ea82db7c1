#pragma once

#include <QList>

namespace vigie {
class AnalyticsController;
}

namespace vigie {
namespace ui {

class AnalyticsChartView;

// One chart of the PDF report: makes the chart (unparented; the report owns and deletes it)
// from the controller's models, already loaded for the report's period.
struct ReportChart
{
    AnalyticsChartView *(*make)(AnalyticsController &controller);
};

// The charts of the report, in the order printed (two per page).
QList<ReportChart> reportCharts();

} // namespace ui
} // namespace vigie
