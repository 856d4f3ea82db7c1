#pragma once

#include "listening/analyticssnapshot.h"
#include "listening/mentionselection.h"

#include <QAbstractTableModel>

namespace vigie {

// The sources (feed titles, hashtags, searches) that brought the most mentions in the period, at
// most kTopSourceCount, most first; the same source on two networks is two rows. Cells answer
// NetworkKeyRole.
class TopSourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn, // "Le Quotidien du Médecin (RSS/Atom)": what the chart's axis shows
        SourceColumn,
        NetworkColumn,
        MentionsColumn,
        ColumnCount
    };

    explicit TopSourcesModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 maxMentions() const { return m_rows.isEmpty() ? 0 : m_rows.constFirst().total; }
    // The mentions a row's source brought in the period.
    MentionSelection selection(const QModelIndex &index) const;

    // A network's name for people ("Mastodon", "RSS/Atom"), the stored key when Vigie does not
    // know it (written by a newer version).
    static QString networkName(Network network, const QString &key);

private:
    QString sourceName(const SourceCount &row) const;
    QString label(const SourceCount &row) const;

    DateRange m_range;
    QList<SourceCount> m_rows;
};

} // namespace vigie
