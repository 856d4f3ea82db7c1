#pragma once

#include "core/types.h"

#include <QAbstractTableModel>

namespace vigie {
namespace ui {

// A brand's products being edited: name, aliases (comma-separated), INN and the
// prescription-only checkbox, all editable in place. Holds the edits until the dialog saves.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AliasesColumn, InnColumn, PrescriptionColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProducts(const QList<Product> &products);
    // The rows as products, aliases split on commas, text trimmed; ids kept.
    QList<Product> products() const;
    // Appends an empty product and returns its row.
    int appendProduct();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    static QStringList splitAliases(const QString &text);

private:
    QList<Product> m_products;
};

} // namespace ui
} // namespace vigie
