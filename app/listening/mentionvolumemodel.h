#pragma once

#include "listening/analyticssnapshot.h"

#include <QAbstractTableModel>

namespace vigie {

// Mentions per day and brand. One row per day of the range (days without mentions are rows of
// zeros, so lines do not skip them); column 0 holds the day, then one column per brand, own
// brands first. The day column's display value is the day at noon UTC as a QDateTime: it is the
// X value a QVXYModelMapper reads, and noon keeps the same date in every timezone a date axis
// formats in, with days exactly 24 h apart across daylight-saving changes.
// headerData(Horizontal) gives brand names plus BrandIdRole, BrandColorRole and IsCompetitorRole;
// headerData(Vertical) gives the dates.
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
    DateRange range() const { return m_range; }
    QDate day(int row) const { return m_range.from.addDays(row); }
    static QDateTime chartTime(const QDate &day);
    // The busiest day of any one brand: the top of the chart's value axis.
    qint64 maxDailyMentions() const;

private:
    qint64 count(int row, int brandIndex) const
    {
        return m_counts.at(qsizetype(row) * m_brands.size() + brandIndex);
    }

    DateRange m_range;
    QList<Brand> m_brands;
    QStringList m_colors;
    QList<qint64> m_counts; // row-major: day by brand
};

} // namespace vigie
