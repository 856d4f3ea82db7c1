#pragma once

#include "listening/daterange.h"
#include "storage/mentionrepository.h"

namespace vigie {

class Database;

// Everything the analytics models show for one period, read in one go from the daily
// aggregates (never from the mentions table itself, which holds millions of rows).
struct AnalyticsSnapshot
{
    DateRange range;
    QList<Brand> brands; // own brands first, then competitors
    QList<DailyBrandCount> dailyCounts;
    QList<ProductCount> topProducts; // most mentioned first

    qint64 totalMentions() const;
};

inline constexpr int kTopProductCount = 10;

AnalyticsSnapshot loadAnalyticsSnapshot(Database &db, const Workspace &workspace, const DateRange &range);

// Chart colours for brands, in the same order: each brand's own colour, except that a colour
// already taken by an earlier brand (typically the default every new brand gets) is replaced by
// a distinct one so two lines never look alike. "#rrggbb" strings: the core does not use QtGui.
QStringList brandChartColors(const QList<Brand> &brands);

} // namespace vigie
