#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QAbstractTableModel>

namespace vigie {

class Database;

// The listening queries of a workspace as the set-up dialog edits them: changes stay in the
// model until save() writes them all in one transaction (Cancel simply drops the model). Rows
// are ordered by brand (as the workspace lists them) then name. The Enabled column is checkable.
class ListeningQueryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BrandColumn, NameColumn, TermsColumn, NetworksColumn, EnabledColumn, ColumnCount };
    enum Role { QueryIdRole = Qt::UserRole + 1, BrandIdRole };

    explicit ListeningQueryModel(QObject *parent = nullptr);

    // Reads the workspace's brands and queries; forgets every unsaved change.
    void load(Database &db, Id workspaceId);
    const QList<Brand> &brands() const { return m_brands; }
    QString brandName(Id brandId) const;

    ListeningQuery query(int row) const { return m_rows.value(row).query; }
    int addQuery(const ListeningQuery &query); // the new row
    void setQuery(int row, const ListeningQuery &query);
    void removeQuery(int row);
    bool isModified() const { return m_modified; }

    // Writes removals, changes and additions in one transaction (joining the caller's), the model
    // untouched: on failure the message names the query. Call load() after the commit.
    Status save(Database &db) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Hélidol, paracétamol, #helidol, not: recette, + products": what a query listens for.
    static QString termsSummary(const ListeningQuery &query);

signals:
    void modifiedChanged(bool modified);

private:
    struct Row
    {
        ListeningQuery query;
        bool changed = false;
    };
    int insertionRow(const ListeningQuery &query) const;
    int brandOrder(Id brandId) const;
    void setModified();

    Id m_workspaceId = 0;
    QList<Brand> m_brands;
    QList<Row> m_rows;
    QList<Id> m_removed;
    bool m_modified = false;
};

} // namespace vigie
