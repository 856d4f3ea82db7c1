#pragma once

#include "listening/analyticssnapshot.h"

#include <QAbstractTableModel>

namespace vigie {

// Sentiment of the mentions of the workspace's own brands over the period (all brands when it has
// none of its own). One row per period: days for ranges up to kMaxDailyPeriods days, ISO weeks
// (Monday to Sunday) beyond, so a year reads as ~52 bars. The first and last weeks may be partial:
// they count only days inside the range (PeriodStartRole/PeriodEndRole on rows and vertical headers).
class SentimentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PositiveColumn, NeutralColumn, NegativeColumn, ColumnCount };
    enum class Granularity { Day, IsoWeek };
    static constexpr int kMaxDailyPeriods = 62;

    explicit SentimentModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Granularity granularityFor(const DateRange &range);
    Granularity granularity() const { return m_granularity; }
    // The largest positive + neutral + negative of one period: the top of a stacked bar chart.
    qint64 maxPeriodTotal() const;

private:
    struct Period
    {
        QDate start;
        QDate end;
        qint64 counts[ColumnCount] = {0, 0, 0};
    };
    QString shortLabel(const Period &period) const;
    QString longLabel(const Period &period) const;

    Granularity m_granularity = Granularity::Day;
    QList<Period> m_periods;
};

} // namespace vigie
