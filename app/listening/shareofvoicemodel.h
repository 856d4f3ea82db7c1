#pragma once

#include "listening/analyticssnapshot.h"
#include "listening/mentionselection.h"

#include <QAbstractTableModel>

namespace vigie {

// How the period's mentions split between brands. One row per brand, own brands first; every
// brand is listed, even with no mention. Each cell answers BrandIdRole, BrandColorRole and
// IsCompetitorRole for its row.
class ShareOfVoiceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        MentionsColumn,
        ShareColumn,        // percent of the period's mentions (double, 0–100, unrounded)
        PercentLabelColumn, // "42%": whole percents that add up to exactly 100 over the rows
        ColumnCount
    };

    explicit ShareOfVoiceModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 totalMentions() const { return m_total; }
    // The mentions of a row's brand over the period.
    MentionSelection selection(const QModelIndex &index) const;

    // Whole percents of counts that add up to exactly 100 (largest remainders get the rounding),
    // so a pie never reads "33% + 33% + 33%". All zeros when counts sum to zero.
    static QList<int> wholePercents(const QList<qint64> &counts);

private:
    struct Row
    {
        Brand brand;
        QString color;
        qint64 mentions = 0;
        int wholePercent = 0;
    };
    double share(const Row &row) const
    {
        return m_total > 0 ? 100.0 * double(row.mentions) / double(m_total) : 0.0;
    }

    DateRange m_range;
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace vigie
