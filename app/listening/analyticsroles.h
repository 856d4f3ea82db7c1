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
};

} // namespace vigie
