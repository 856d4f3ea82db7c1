#pragma once

#include "listening/analyticssnapshot.h"
#include "listening/chartperiods.h"
#include "listening/mentionselection.h"

#include <QAbstractTableModel>

namespace vigie {

// Mentions flagged as possible adverse events (mention_daily.adverse), per period and brand: one
// row per period of ChartPeriods (days up to two months, ISO weeks beyond), one column per brand,
// own brands first. headerData(Horizontal) gives brand names with BrandIdRole, BrandColorRole and
// IsCompetitorRole; rows answer PeriodStartRole/PeriodEndRole.
class AdverseMentionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AdverseMentionsModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 totalAdverse() const { return m_total; }
    // The largest sum over brands of one period: the top of a stacked bar chart.
    qint64 maxPeriodTotal() const;
    ChartPeriods::Granularity granularity() const { return m_periods.granularity(); }
    // The flagged mentions of a cell: that brand, that period.
    MentionSelection selection(const QModelIndex &index) const;

private:
    qint64 count(int row, int column) const { return m_counts.at(qsizetype(row) * m_brands.size() + column); }

    ChartPeriods m_periods;
    QList<Brand> m_brands;
    QStringList m_colors;
    QList<qint64> m_counts; // row-major: period by brand
    qint64 m_total = 0;
};

} // namespace vigie
