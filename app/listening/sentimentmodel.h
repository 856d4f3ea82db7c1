#pragma once

#include "listening/analyticssnapshot.h"
#include "listening/chartperiods.h"
#include "listening/mentionselection.h"

#include <QAbstractTableModel>

namespace vigie {

// Sentiment of the mentions of the workspace's own brands over the period (all brands when it has
// none of its own). One row per period of ChartPeriods: days up to kMaxDailyPeriods days, ISO
// weeks beyond (PeriodStartRole/PeriodEndRole on rows and vertical headers).
class SentimentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PositiveColumn, NeutralColumn, NegativeColumn, ColumnCount };
    using Granularity = ChartPeriods::Granularity;
    static constexpr int kMaxDailyPeriods = ChartPeriods::kMaxDailyPeriods;

    explicit SentimentModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Granularity granularityFor(const DateRange &range) { return ChartPeriods::granularityFor(range); }
    Granularity granularity() const { return m_periods.granularity(); }
    // The largest positive + neutral + negative of one period: the top of a stacked bar chart.
    qint64 maxPeriodTotal() const;
    // The mentions of a cell: the counted brands, that period, that sentiment.
    MentionSelection selection(const QModelIndex &index) const;

private:
    struct Counts
    {
        qint64 values[ColumnCount] = {0, 0, 0};
    };
    static Sentiment sentimentOf(int column);

    ChartPeriods m_periods;
    QList<Counts> m_counts;
    QList<Id> m_countedBrands; // empty: every brand
    QString m_brandsLabel;     // "own brands" or "all brands", for titles
};

} // namespace vigie
