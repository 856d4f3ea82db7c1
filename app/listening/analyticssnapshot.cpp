#include "listening/analyticssnapshot.h"

#include "storage/postmetricsrepository.h"
#include "storage/workspacerepository.h"

#include <QSet>
#include <algorithm>

namespace vigie {

namespace {

qint64 sumOf(const QList<DailyBrandCount> &counts)
{
    qint64 total = 0;
    for (const auto &count : counts)
        total += count.total;
    return total;
}

} // namespace

qint64 AnalyticsSnapshot::totalMentions() const
{
    return sumOf(dailyCounts);
}

qint64 AnalyticsSnapshot::previousTotalMentions() const
{
    return sumOf(previousDailyCounts);
}

DateRange previousPeriod(const DateRange &range)
{
    if (!range.isValid())
        return {};
    return {range.from.addDays(-range.dayCount()), range.from.addDays(-1)};
}

qint64 engagementOf(const PostMetricsRow &row)
{
    return row.likes + row.reposts + row.replies;
}

QTimeZone workspaceZone(const Workspace &workspace)
{
    const QTimeZone zone(workspace.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

AnalyticsSnapshot loadAnalyticsSnapshot(Database &db, const Workspace &workspace, const DateRange &range)
{
    AnalyticsSnapshot snapshot;
    snapshot.range = range;
    snapshot.previousRange = previousPeriod(range);
    snapshot.brands = WorkspaceRepository(db).brands(workspace.id);
    // The repository already sorts own brands first; keep that promise even if it changes.
    std::stable_sort(snapshot.brands.begin(), snapshot.brands.end(),
                     [](const Brand &a, const Brand &b) { return !a.isCompetitor && b.isCompetitor; });
    if (!range.isValid())
        return snapshot;
    const MentionRepository mentions(db);
    // Both periods in one read of mention_daily, split by day.
    const QList<DailyBrandCount> bothPeriods =
        mentions.dailyCounts(workspace.id, snapshot.previousRange.from, range.to);
    for (const auto &count : bothPeriods)
        (count.day < range.from ? snapshot.previousDailyCounts : snapshot.dailyCounts) << count;
    snapshot.topProducts = mentions.topProducts(workspace.id, range.from, range.to, kTopProductCount);

    const QTimeZone zone = workspaceZone(workspace);
    const MentionQueries queries(db, zone);
    snapshot.topSources = queries.sourceTotals(workspace.id, range.from, range.to);
    snapshot.networks = MentionQueries::networkTotals(snapshot.topSources);
    if (snapshot.topSources.size() > kTopSourceCount)
        snapshot.topSources.resize(kTopSourceCount);

    // Every post of the period (up to the repository's page), then the most engaging ones.
    const auto [from, to] = queries.epochRange(range.from, range.to);
    snapshot.engagement = PostMetricsRepository(db).published(
        workspace.id, QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc()),
        QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc()), 1000);
    // A post whose figures were never read has none to show (zeros would read as "nobody cared").
    snapshot.engagement.removeIf([](const PostMetricsRow &row) { return !row.fetchedAt.isValid(); });
    std::stable_sort(
        snapshot.engagement.begin(), snapshot.engagement.end(),
        [](const PostMetricsRow &a, const PostMetricsRow &b) { return engagementOf(a) > engagementOf(b); });
    if (snapshot.engagement.size() > kTopPostCount)
        snapshot.engagement.resize(kTopPostCount);
    return snapshot;
}

QStringList brandChartColors(const QList<Brand> &brands)
{
    // Distinct on screen and for the common colour-vision deficiencies (Okabe–Ito based).
    static const QStringList fallback = {
        QStringLiteral("#0072b2"), QStringLiteral("#e69f00"), QStringLiteral("#009e73"),
        QStringLiteral("#cc79a7"), QStringLiteral("#56b4e9"), QStringLiteral("#d55e00"),
        QStringLiteral("#7f6c00"), QStringLiteral("#5d5d5d"),
    };
    QStringList colors;
    QSet<QString> taken;
    int nextFallback = 0;
    for (const auto &brand : brands) {
        QString color = brand.color.trimmed().toLower();
        const bool wellFormed = color.size() == 7 && color.startsWith(QLatin1Char('#'));
        if (!wellFormed || taken.contains(color)) {
            color.clear();
            for (int tries = 0; tries < fallback.size() && color.isEmpty(); ++tries) {
                const QString candidate = fallback.at(nextFallback++ % fallback.size());
                if (!taken.contains(candidate))
                    color = candidate;
            }
            if (color.isEmpty()) // more brands than colours: reuse rather than fail
                color = fallback.at(colors.size() % fallback.size());
        }
        taken.insert(color);
        colors << color;
    }
    return colors;
}

} // namespace vigie
