#include "ui/analytics/topproductschart.h"

#include "listening/topproductsmodel.h"

namespace vigie {
namespace ui {

TopProductsChart::TopProductsChart(TopProductsModel *model, QWidget *parent)
    : RankingChart(tr("Top products mentioned"), model, TopProductsModel::NameColumn,
                   TopProductsModel::MentionsColumn, tr("No product was named in this period."), parent)
{
    setObjectName(QStringLiteral("topProductsChart"));
    connect(this, &RankingChart::rowClicked, this,
            [this, model](int row) { emit mentionsRequested(model->selection(model->index(row, 0))); });
}

} // namespace ui
} // namespace vigie
