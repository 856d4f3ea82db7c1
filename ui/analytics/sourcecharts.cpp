#include "ui/analytics/sourcecharts.h"

#include "listening/networksmodel.h"
#include "listening/topsourcesmodel.h"

namespace vigie {
namespace ui {

TopSourcesChart::TopSourcesChart(TopSourcesModel *model, QWidget *parent)
    : RankingChart(tr("Top sources"), model, TopSourcesModel::LabelColumn, TopSourcesModel::MentionsColumn,
                   tr("No mention came from a source in this period."), parent)
{
    setObjectName(QStringLiteral("topSourcesChart"));
    connect(this, &RankingChart::rowClicked, this,
            [this, model](int row) { emit mentionsRequested(model->selection(model->index(row, 0))); });
}

NetworksChart::NetworksChart(NetworksModel *model, QWidget *parent)
    : RankingChart(tr("Mentions per network"), model, NetworksModel::NetworkColumn,
                   NetworksModel::MentionsColumn, tr("No mention on any network in this period."), parent)
{
    setObjectName(QStringLiteral("networksChart"));
    connect(this, &RankingChart::rowClicked, this,
            [this, model](int row) { emit mentionsRequested(model->selection(model->index(row, 0))); });
}

} // namespace ui
} // namespace vigie
