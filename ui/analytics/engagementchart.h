#pragma once

#include "ui/analytics/analyticschartview.h"

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QVBarModelMapper;

namespace vigie {
class EngagementModel;
}

namespace vigie {
namespace ui {

class EmptyChartNotice;

// "Engagement of your posts": one horizontal bar per published post, most engaging at the top,
// stacked likes / reposts / replies (QVBarModelMapper over the model's rows bottom-up). Posts are
// named by day, network and the start of their text; hovering a bar shows the whole text.
class EngagementChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit EngagementChart(EngagementModel *model, QWidget *parent = nullptr);
    ~EngagementChart() override;

    const QAbstractItemModel *exportModel() const override;
    QHorizontalStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *postAxis() const { return m_postAxis; }
    bool isShowingEmptyNotice() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    // A chart on a tab not shown yet was laid out at no size: its names are elided again.
    void showEvent(QShowEvent *event) override;

private:
    void syncWithModel();
    void labelPosts();

    EngagementModel *m_model;
    QAbstractItemModel *m_bottomUp;
    QHorizontalStackedBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_postAxis;
    QValueAxis *m_countAxis;
    EmptyChartNotice *m_notice;
};

} // namespace ui
} // namespace vigie
