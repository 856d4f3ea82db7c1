#pragma once

#include "ui/analytics/analyticschartview.h"

class QAbstractItemModel;
class QBarCategoryAxis;
class QHorizontalBarSeries;
class QVBarModelMapper;

namespace vigie {
class TopProductsModel;
}

namespace vigie {
namespace ui {

// "Top products mentioned": horizontal bars, most mentioned at the top, bound to the model's
// mentions column by a QVBarModelMapper (through a proxy listing the rows bottom-up, the order
// the chart draws categories in); product names on the category axis.
class TopProductsChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit TopProductsChart(TopProductsModel *model, QWidget *parent = nullptr);
    ~TopProductsChart() override;

    QHorizontalBarSeries *series() const { return m_series; }
    QBarCategoryAxis *productAxis() const { return m_productAxis; }

private:
    void syncWithModel();

    TopProductsModel *m_model;
    QAbstractItemModel *m_bottomUp;
    QHorizontalBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_productAxis;
    QValueAxis *m_countAxis;
};

} // namespace ui
} // namespace vigie
