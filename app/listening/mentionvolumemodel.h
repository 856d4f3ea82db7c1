#pragma once

#include "listening/analyticssnapshot.h"
#include "listening/mentionselection.h"

#include <QAbstractTableModel>

namespace vigie {

// Mentions per day and brand, with the previous period (the same number of days just before the
// range) beside them for comparison. One row per day of the range (days without mentions are rows
// of zeros, so lines do not skip them). Columns: the day, one per brand (own brands first), the
// day of the previous period that row is compared with, then one per brand for that day.
// The day column's display value is the day at noon UTC as a QDateTime: it is the X value a
// QVXYModelMapper reads (previous-period lines use it too, so both periods overlay), and noon
// keeps the same date in every timezone a date axis formats in, with days exactly 24 h apart
// across daylight-saving changes.
// headerData(Horizontal) gives brand names plus BrandIdRole, BrandColorRole, IsCompetitorRole and
// IsPreviousPeriodRole; headerData(Vertical) gives the dates.
class MentionVolumeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DayColumn = 0;
    static constexpr int FirstBrandColumn = 1;

    explicit MentionVolumeModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int brandCount() const { return int(m_brands.size()); }
    int previousDayColumn() const { return FirstBrandColumn + brandCount(); }
    int previousBrandColumn(int brand) const { return previousDayColumn() + 1 + brand; }
    DateRange range() const { return m_range; }
    DateRange previousRange() const { return m_previousRange; }
    QDate day(int row) const { return m_range.from.addDays(row); }
    QDate previousDay(int row) const { return m_previousRange.from.addDays(row); }
    static QDateTime chartTime(const QDate &day);
    // The busiest day of any one brand in either period: the top of the chart's value axis.
    qint64 maxDailyMentions() const;
    qint64 totalMentions() const { return m_total; }
    qint64 previousTotalMentions() const { return m_previousTotal; }

    // The mentions a cell counts (a brand on a day of either period); invalid for the day columns.
    MentionSelection selection(const QModelIndex &index) const;

private:
    struct Cell
    {
        int brand = -1; // -1: a day column
        bool previous = false;
    };
    Cell cellOf(int column) const;
    qint64 count(int row, const Cell &cell) const
    {
        const QList<qint64> &counts = cell.previous ? m_previousCounts : m_counts;
        return counts.at(qsizetype(row) * m_brands.size() + cell.brand);
    }
    static void fill(QList<qint64> &counts, const DateRange &range, const QHash<Id, int> &brandIndex,
                     qsizetype brands, const QList<DailyBrandCount> &daily);

    DateRange m_range;
    DateRange m_previousRange;
    QList<Brand> m_brands;
    QStringList m_colors;
    QList<qint64> m_counts;         // row-major: day by brand
    QList<qint64> m_previousCounts; // the same for the previous period
    qint64 m_total = 0;
    qint64 m_previousTotal = 0;
};

} // namespace vigie
