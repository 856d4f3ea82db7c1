#include "listening/topproductsmodel.h"

#include "listening/analyticsroles.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace vigie {

TopProductsModel::TopProductsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TopProductsModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_rows.clear();
    m_range = snapshot.range;
    const QStringList colors = brandChartColors(snapshot.brands);
    QHash<Id, int> brandIndex;
    for (int i = 0; i < snapshot.brands.size(); ++i)
        brandIndex.insert(snapshot.brands.at(i).id, i);
    for (const auto &product : snapshot.topProducts) {
        if (product.total <= 0)
            continue;
        const int brand = brandIndex.value(product.brandId, -1);
        m_rows << Row{product, brand >= 0 ? snapshot.brands.at(brand).name : QString(),
                      brand >= 0 ? colors.at(brand) : QString()};
    }
    // The repository sorts already; the chart relies on this order, so do not depend on it.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.product.total > b.product.total; });
    if (m_rows.size() > kTopProductCount)
        m_rows.resize(kTopProductCount);
    endResetModel();
}

int TopProductsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopProductsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopProductsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(row.product.productName) : QVariant(row.product.total);
    case Qt::ToolTipRole:
        return row.brandName.isEmpty()
                   ? tr("%1 — mentions: %2")
                         .arg(row.product.productName, QLocale().toString(row.product.total))
                   : tr("%1 (%2) — mentions: %3")
                         .arg(row.product.productName, row.brandName, QLocale().toString(row.product.total));
    case BrandIdRole:
        return row.product.brandId;
    case BrandColorRole:
        return row.brandColor;
    default:
        return {};
    }
}

QVariant TopProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case NameColumn:
        return tr("Product");
    case MentionsColumn:
        return tr("Mentions");
    default:
        return {};
    }
}

MentionSelection TopProductsModel::selection(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_range.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    MentionSelection selection;
    selection.filter.productId = row.product.productId;
    selection.filter.from = m_range.from;
    selection.filter.to = m_range.to;
    selection.title =
        tr("%1, %2 – %3")
            .arg(row.product.productName, QLocale().toString(m_range.from, QLocale::ShortFormat),
                 QLocale().toString(m_range.to, QLocale::ShortFormat));
    return selection;
}

} // namespace vigie
