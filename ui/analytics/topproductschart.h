#pragma once

#include "listening/mentionselection.h"
#include "ui/analytics/rankingchart.h"

namespace vigie {
class TopProductsModel;
}

namespace vigie {
namespace ui {

// "Top products mentioned": a ranking of the products named most often; clicking a bar lists the
// mentions naming that product.
class TopProductsChart : public RankingChart
{
    Q_OBJECT

public:
    explicit TopProductsChart(TopProductsModel *model, QWidget *parent = nullptr);

    QBarCategoryAxis *productAxis() const { return categoryAxis(); }

signals:
    void mentionsRequested(const vigie::MentionSelection &selection);
};

} // namespace ui
} // namespace vigie
