#include "listening/analyticssnapshot.h"

#include "storage/workspacerepository.h"

#include <QSet>
#include <algorithm>

namespace vigie {

qint64 AnalyticsSnapshot::totalMentions() const
{
    qint64 total = 0;
    for (const auto &count : dailyCounts)
        total += count.total;
    return total;
}

AnalyticsSnapshot loadAnalyticsSnapshot(Database &db, const Workspace &workspace, const DateRange &range)
{
    AnalyticsSnapshot snapshot;
    snapshot.range = range;
    snapshot.brands = WorkspaceRepository(db).brands(workspace.id);
    // The repository already sorts own brands first; keep that promise even if it changes.
    std::stable_sort(snapshot.brands.begin(), snapshot.brands.end(),
                     [](const Brand &a, const Brand &b) { return !a.isCompetitor && b.isCompetitor; });
    if (!range.isValid())
        return snapshot;
    const MentionRepository mentions(db);
    snapshot.dailyCounts = mentions.dailyCounts(workspace.id, range.from, range.to);
    snapshot.topProducts = mentions.topProducts(workspace.id, range.from, range.to, kTopProductCount);
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
