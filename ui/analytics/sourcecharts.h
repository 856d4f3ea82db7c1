#pragma once

#include "listening/mentionselection.h"
#include "ui/analytics/rankingchart.h"

namespace vigie {
class NetworksModel;
class TopSourcesModel;
} // namespace vigie

namespace vigie {
namespace ui {

// "Top sources": the feeds, hashtags and searches that brought the most mentions; clicking a bar
// lists that source's mentions.
class TopSourcesChart : public RankingChart
{
    Q_OBJECT

public:
    explicit TopSourcesChart(TopSourcesModel *model, QWidget *parent = nullptr);

signals:
    void mentionsRequested(const vigie::MentionSelection &selection);
};

// "Mentions per network": a ranking of the networks; clicking a bar lists that network's mentions.
class NetworksChart : public RankingChart
{
    Q_OBJECT

public:
    explicit NetworksChart(NetworksModel *model, QWidget *parent = nullptr);

signals:
    void mentionsRequested(const vigie::MentionSelection &selection);
};

} // namespace ui
} // namespace vigie
