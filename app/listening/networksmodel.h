#pragma once

#include "listening/analyticssnapshot.h"
#include "listening/mentionselection.h"

#include <QAbstractTableModel>

namespace vigie {

// Mentions per network over the period, most first; networks without mentions are not listed.
// Cells answer NetworkKeyRole.
class NetworksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NetworkColumn,
        MentionsColumn,
        ShareColumn,        // percent of the period's mentions (double, 0–100, unrounded)
        PercentLabelColumn, // "42%": whole percents that add up to exactly 100 over the rows
        ColumnCount
    };

    explicit NetworksModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 totalMentions() const { return m_total; }
    // The mentions of a row's network over the period.
    MentionSelection selection(const QModelIndex &index) const;

private:
    struct Row
    {
        NetworkCount network;
        int wholePercent = 0;
    };
    double share(const Row &row) const
    {
        return m_total > 0 ? 100.0 * double(row.network.total) / double(m_total) : 0.0;
    }
    QString name(const Row &row) const;

    DateRange m_range;
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace vigie
