#pragma once

#include "listening/mentionselection.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigie {

class Database;

// The mentions behind a chart point, newest first, read a page (kPageSize rows) at a time:
// fetchMore reads the next page when a view scrolls to the end. Every cell answers UrlRole (the
// mention's link) and ToolTipRole (its whole text).
class MentionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn, // the time in the workspace's zone (QDateTime)
        NetworkColumn,
        SourceColumn,
        AuthorColumn,
        TextColumn,  // title and text, on one line
        AboutColumn, // the brands and products it names
        SentimentColumn,
        AdverseColumn, // "Possible adverse event" or empty
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    MentionListModel(Database &db, Workspace workspace, QObject *parent = nullptr);

    // Lists the mentions of selection from the newest (first page read now).
    void setSelection(const MentionSelection &selection);
    const MentionSelection &selection() const { return m_selection; }
    // Reads the current selection again from its first page (new mentions were stored).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const MentionRow &mention(int row) const { return m_rows.at(row); }

private:
    QList<MentionRow> readPage() const;
    QString about(const MentionRow &row) const;
    QString text(const MentionRow &row) const;
    QString sentimentName(Sentiment sentiment) const;

    Database &m_db;
    Workspace m_workspace;
    MentionSelection m_selection;
    QList<MentionRow> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false; // views and testers may ask for more while rows are being added
    QHash<Id, QString> m_brandNames;
    QHash<Id, QString> m_productNames;
};

} // namespace vigie
