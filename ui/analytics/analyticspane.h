#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace vigie {
class AnalyticsController;
}

namespace vigie {
namespace ui {

class DateRangeBar;
class MentionVolumeChart;
class SentimentChart;
class ShareOfVoiceChart;
class TopProductsChart;

// The analytics pane: a period picker over a 2x2 grid of charts (mentions per day by brand,
// share of voice, sentiment over time, top products), each fed from a model of the
// AnalyticsController; an empty period shows what to do instead of blank charts.
class AnalyticsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPane(AppContext context, QWidget *parent = nullptr);
    ~AnalyticsPane() override;

    AnalyticsController *controller() const { return m_controller; }
    DateRangeBar *rangeBar() const { return m_rangeBar; }
    bool isShowingEmptyState() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createCharts();
    QWidget *createEmptyState();
    void showLoaded();

    AppContext m_context;
    AnalyticsController *m_controller = nullptr;
    DateRangeBar *m_rangeBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_charts = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
};

} // namespace ui
} // namespace vigie
