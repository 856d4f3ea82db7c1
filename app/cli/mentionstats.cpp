#include "cli/mentionstats.h"

#include "listening/analyticssnapshot.h"

#include <QHash>

namespace vigie {

void MentionTotals::add(const DailyBrandCount &count)
{
    total += count.total;
    positive += count.positive;
    neutral += count.neutral;
    negative += count.negative;
    adverse += count.adverse;
}

void MentionTotals::add(const MentionTotals &other)
{
    total += other.total;
    positive += other.positive;
    neutral += other.neutral;
    negative += other.negative;
    adverse += other.adverse;
}

const BrandPeriodStats *MentionStats::find(Id brandId) const
{
    for (const auto &stats : brands) {
        if (stats.brand.id == brandId)
            return &stats;
    }
    return nullptr;
}

MentionStats loadMentionStats(Database &db, const Workspace &workspace, const DateRange &range)
{
    MentionStats stats;
    stats.range = range;
    stats.previousRange = previousPeriod(range);
    // The snapshot gives the brands in the charts' order; the counts of both periods come from
    // one read of the aggregates.
    const AnalyticsSnapshot snapshot = loadAnalyticsSnapshot(db, workspace, DateRange{});
    QHash<Id, int> indexOf;
    for (const Brand &brand : snapshot.brands) {
        indexOf.insert(brand.id, int(stats.brands.size()));
        stats.brands << BrandPeriodStats{brand, {}, {}, 0};
    }
    if (!range.isValid())
        return stats;
    const auto counts = MentionRepository(db).dailyCounts(workspace.id, stats.previousRange.from, range.to);
    for (const DailyBrandCount &count : counts) {
        const auto index = indexOf.constFind(count.brandId);
        if (index == indexOf.cend())
            continue;
        BrandPeriodStats &brand = stats.brands[index.value()];
        if (range.contains(count.day))
            brand.current.add(count);
        else if (stats.previousRange.contains(count.day))
            brand.previous.add(count);
    }
    for (const auto &brand : std::as_const(stats.brands)) {
        stats.all.add(brand.current);
        stats.previousAll.add(brand.previous);
    }
    for (auto &brand : stats.brands)
        brand.shareOfVoice = stats.all.percentOf(brand.current.total);
    return stats;
}

QList<DailyBrandCount> dailySeries(Database &db, const Workspace &workspace, Id brandId,
                                   const DateRange &range)
{
    QList<DailyBrandCount> series;
    if (!range.isValid())
        return series;
    series.reserve(range.dayCount());
    for (QDate day = range.from; day <= range.to; day = day.addDays(1)) {
        DailyBrandCount zero;
        zero.brandId = brandId;
        zero.day = day;
        series << zero;
    }
    for (const DailyBrandCount &count :
         MentionRepository(db).dailyCounts(workspace.id, range.from, range.to, brandId)) {
        if (count.brandId != brandId || !range.contains(count.day))
            continue;
        DailyBrandCount &day = series[range.from.daysTo(count.day)];
        day.total += count.total;
        day.positive += count.positive;
        day.neutral += count.neutral;
        day.negative += count.negative;
        day.adverse += count.adverse;
    }
    return series;
}

std::optional<double> percentChange(qint64 previous, qint64 current)
{
    if (previous <= 0)
        return std::nullopt;
    return 100.0 * double(current - previous) / double(previous);
}

} // namespace vigie
