#pragma once

#include "listening/analyticssnapshot.h" // previousPeriod
#include "storage/mentionrepository.h"

#include <optional>

namespace vigie {

class Database;

// Mentions of one brand (or several) over a period, with the sentiment split and the
// adverse-event count, as the aggregates hold them.
struct MentionTotals
{
    qint64 total = 0;
    qint64 positive = 0;
    qint64 neutral = 0;
    qint64 negative = 0;
    qint64 adverse = 0;

    void add(const DailyBrandCount &count);
    void add(const MentionTotals &other);
    // Percent (0–100) of total; 0 when there is no mention.
    double percentOf(qint64 part) const { return total > 0 ? 100.0 * double(part) / double(total) : 0.0; }
};

// One brand's figures for a period and the period of the same length just before it.
struct BrandPeriodStats
{
    Brand brand;
    MentionTotals current;
    MentionTotals previous;
    double shareOfVoice = 0; // percent (0–100) of all brands' mentions in the period
};

// What `vigie stats mentions` prints and the PDF report's summary table shows, read from the
// daily aggregates (never by grouping the mentions table). Days are the workspace's.
struct MentionStats
{
    DateRange range;
    DateRange previousRange;        // as many days, ending the day before range.from
    QList<BrandPeriodStats> brands; // own brands first, then competitors
    MentionTotals all;              // every brand together (a mention naming two counts twice)
    MentionTotals previousAll;

    const BrandPeriodStats *find(Id brandId) const;
};

MentionStats loadMentionStats(Database &db, const Workspace &workspace, const DateRange &range);

// One brand's counts for every day of range, days without mentions included as zeros.
QList<DailyBrandCount> dailySeries(Database &db, const Workspace &workspace, Id brandId,
                                   const DateRange &range);

// Relative change from previous to current in percent; nullopt when previous is 0.
std::optional<double> percentChange(qint64 previous, qint64 current);

} // namespace vigie
