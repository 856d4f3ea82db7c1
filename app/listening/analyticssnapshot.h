#pragma once

#include "listening/daterange.h"
#include "storage/mentionqueries.h"
#include "storage/mentionrepository.h"

namespace vigie {

class Database;

// Everything the analytics models show for one period, read in one go from the daily
// aggregates (never from the mentions table itself, which holds millions of rows).
struct AnalyticsSnapshot
{
    DateRange range;
    // The same number of days just before range, for comparison.
    DateRange previousRange;
    QList<Brand> brands;                        // own brands first, then competitors
    QList<DailyBrandCount> dailyCounts;         // days of range
    QList<DailyBrandCount> previousDailyCounts; // days of previousRange
    QList<ProductCount> topProducts;            // most mentioned first
    QList<SourceCount> topSources;              // most mentions first
    QList<NetworkCount> networks;               // most mentions first
    QList<PostMetricsRow> engagement;           // posts published in range with figures, most engaging first

    qint64 totalMentions() const;
    qint64 previousTotalMentions() const;
};

inline constexpr int kTopProductCount = 10;
inline constexpr int kTopSourceCount = 10;
inline constexpr int kTopPostCount = 10;

// The period of the same length that ends the day before range starts.
DateRange previousPeriod(const DateRange &range);
// Likes + reposts + replies (what the engagement chart stacks): what "most engaging" sorts by.
qint64 engagementOf(const PostMetricsRow &row);
// The workspace's zone (UTC when its name is unknown): analytics days are its calendar days.
QTimeZone workspaceZone(const Workspace &workspace);

AnalyticsSnapshot loadAnalyticsSnapshot(Database &db, const Workspace &workspace, const DateRange &range);

// Chart colours for brands, in the same order: each brand's own colour, except that a colour
// already taken by an earlier brand (typically the default every new brand gets) is replaced by
// a distinct one so two lines never look alike. "#rrggbb" strings: the core does not use QtGui.
QStringList brandChartColors(const QList<Brand> &brands);

} // namespace vigie
