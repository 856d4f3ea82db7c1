#pragma once

#include "listening/mentionselection.h"
#include "ui/analytics/analyticschartview.h"

class QBarCategoryAxis;
class QStackedBarSeries;
class QVBarModelMapper;

namespace vigie {
class SentimentModel;
}

namespace vigie {
namespace ui {

class EmptyChartNotice;

// "Sentiment over time": stacked positive / neutral / negative bars, one per period row of the
// model (QVBarModelMapper: one bar set per sentiment column). Period labels are thinned so they
// stay readable when a year of weeks is shown. Clicking a bar segment lists its mentions.
class SentimentChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit SentimentChart(SentimentModel *model, QWidget *parent = nullptr);
    ~SentimentChart() override;

    const QAbstractItemModel *exportModel() const override;
    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *periodAxis() const { return m_periodAxis; }
    bool isShowingEmptyNotice() const;

signals:
    void mentionsRequested(const vigie::MentionSelection &selection);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void syncWithModel();
    void labelPeriods();

    SentimentModel *m_model;
    QStackedBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_periodAxis;
    QValueAxis *m_countAxis;
    EmptyChartNotice *m_notice;
};

} // namespace ui
} // namespace vigie
