#include "ui/report/reportsummary.h"

#include <QLocale>

namespace vigie {
namespace ui {

namespace {

QStringList rowCells(const QString &name, const MentionTotals &now, const MentionTotals &before, double share)
{
    const QLocale locale;
    return {name,
            locale.toString(now.total),
            ReportSummary::change(before.total, now.total),
            ReportSummary::percent(share),
            ReportSummary::percent(now.percentOf(now.positive)),
            ReportSummary::percent(now.percentOf(now.negative)),
            locale.toString(now.adverse)};
}

} // namespace

QString ReportSummary::percent(double value)
{
    //: A percentage in the report's table, e.g. "42.5%" (French: "42,5 %")
    return tr("%1%").arg(QLocale().toString(value, 'f', 1));
}

QString ReportSummary::change(qint64 previous, qint64 current)
{
    const auto delta = percentChange(previous, current);
    if (!delta)
        return current > 0 ? tr("new") : QStringLiteral("—");
    if (qAbs(*delta) < 0.05)
        return percent(0);
    // A real minus sign: a hyphen reads as a dash in a column of figures.
    return (*delta > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + percent(qAbs(*delta));
}

ReportTable ReportSummary::table(const MentionStats &stats)
{
    const QStringList header{tr("Brand"),
                             tr("Mentions"),
                             tr("Change"),
                             tr("Share of voice"),
                             tr("Positive"),
                             tr("Negative"),
                             tr("Adverse-event mentions")};
    QList<QStringList> rows;
    for (const BrandPeriodStats &brand : stats.brands) {
        const QString name =
            brand.brand.isCompetitor ? tr("%1 (competitor)").arg(brand.brand.name) : brand.brand.name;
        rows << rowCells(name, brand.current, brand.previous, brand.shareOfVoice);
    }
    rows << rowCells(tr("All brands"), stats.all, stats.previousAll, stats.all.total > 0 ? 100.0 : 0.0);
    ReportTable table(header, rows, {2.6, 1.2, 1.2, 1.3, 1.2, 1.2, 1.5});
    table.setBoldLastRow(true);
    return table;
}

QString ReportSummary::notes(const MentionStats &stats)
{
    const QLocale locale;
    return tr("Change: against the previous period of the same length, %1 to %2. Share of voice: the "
              "brand's part of all brands' mentions. Positive and negative: part of the brand's own "
              "mentions. "
              "A mention that names several brands counts for each of them.")
        .arg(locale.toString(stats.previousRange.from, QLocale::ShortFormat),
             locale.toString(stats.previousRange.to, QLocale::ShortFormat));
}

} // namespace ui
} // namespace vigie
