#pragma once

#include "ui/analytics/analyticschartview.h"

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QVBarModelMapper;

namespace vigie {
namespace ui {

class EmptyChartNotice;

// A ranking as horizontal bars, first row of the model at the top, bound to the model's value
// column by a QVBarModelMapper (through a proxy listing the rows bottom-up, the order the chart
// draws categories in); the label column names the bars, elided to leave the bars room (the
// whole name is in the model). Top products, top sources and networks are rankings.
class RankingChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    RankingChart(const QString &title, QAbstractItemModel *model, int labelColumn, int valueColumn,
                 const QString &emptyText, QWidget *parent = nullptr);
    ~RankingChart() override;

    const QAbstractItemModel *exportModel() const override { return m_model; }
    QHorizontalBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    bool isShowingEmptyNotice() const;

signals:
    // A bar was clicked: row of the model (not of the bottom-up proxy).
    void rowClicked(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;
    // A chart on a tab not shown yet was laid out at no size: its names are elided again.
    void showEvent(QShowEvent *event) override;

private:
    void syncWithModel();
    void labelCategories();

    QAbstractItemModel *m_model;
    QAbstractItemModel *m_bottomUp;
    int m_labelColumn;
    int m_valueColumn;
    QHorizontalBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_countAxis;
    EmptyChartNotice *m_notice;
};

} // namespace ui
} // namespace vigie
