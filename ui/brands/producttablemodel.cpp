#include "ui/brands/producttablemodel.h"

namespace vigie {
namespace ui {

void ProductTableModel::setProducts(const QList<Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

QList<Product> ProductTableModel::products() const
{
    QList<Product> result;
    for (Product p : m_products) {
        p.name = p.name.trimmed();
        p.inn = p.inn.trimmed();
        result << p;
    }
    return result;
}

int ProductTableModel::appendProduct()
{
    const int row = int(m_products.size());
    beginInsertRows({}, row, row);
    m_products << Product();
    endInsertRows();
    return row;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products.at(index.row());
    if (index.column() == PrescriptionColumn) {
        if (role == Qt::CheckStateRole)
            return p.prescriptionOnly ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Prescription-only: Vigie blocks any post to a public channel that names it.");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case AliasesColumn:
        return p.aliases.join(QStringLiteral(", "));
    case InnColumn:
        return p.inn;
    default:
        return {};
    }
}

bool ProductTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Product &p = m_products[index.row()];
    if (index.column() == PrescriptionColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        p.prescriptionOnly = value.toInt() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        switch (index.column()) {
        case NameColumn:
            p.name = value.toString();
            break;
        case AliasesColumn:
            p.aliases = splitAliases(value.toString());
            break;
        case InnColumn:
            p.inn = value.toString();
            break;
        default:
            return false;
        }
    }
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PrescriptionColumn)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AliasesColumn)
        return tr("Other names people use for it, separated by commas");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AliasesColumn:
        return tr("Aliases"); // the tooltip says they are comma-separated: the header stays short
    case InnColumn:
        return tr("INN (active substance)");
    case PrescriptionColumn:
        return tr("Prescription only");
    default:
        return {};
    }
}

bool ProductTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_products.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_products.remove(row, count);
    endRemoveRows();
    return true;
}

QStringList ProductTableModel::splitAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            aliases << part.trimmed();
    }
    return aliases;
}

} // namespace ui
} // namespace vigie
