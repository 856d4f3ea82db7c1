#pragma once

#include <Qt>

namespace vigie {

// Extra roles the analytics models answer, in data() or headerData() as documented per model.
enum AnalyticsRole : int {
    BrandIdRole = Qt::UserRole + 1, // Id of the brand of a column (volume) or row (share of voice)
    BrandColorRole,                 // "#rrggbb" chart colour of that brand
    IsCompetitorRole,               // bool: a competitor brand rather than one of the workspace's own
    PeriodStartRole,                // QDate: first day a row counts (inside the selected range)
    PeriodEndRole,                  // QDate: last day a row counts (inside the selected range)
    IsPreviousPeriodRole,           // bool: a column of the period before the selected one (volume)
    NetworkKeyRole,                 // QString: the network a row counts ("mastodon"; sources, networks)
    UrlRole,                        // QString: the link of a mention (mention list)
};

} // namespace vigie
