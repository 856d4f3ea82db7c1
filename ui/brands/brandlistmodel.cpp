#include "ui/brands/brandlistmodel.h"

#include <QColor>
#include <QFont>

namespace vigie {
namespace ui {

void BrandListModel::setBrands(const QList<Brand> &brands)
{
    beginResetModel();
    m_brands = brands;
    // Own brands first: they are the ones with compliance settings.
    std::stable_sort(m_brands.begin(), m_brands.end(),
                     [](const Brand &a, const Brand &b) { return !a.isCompetitor && b.isCompetitor; });
    endResetModel();
}

void BrandListModel::updateBrand(const Brand &brand)
{
    const int row = rowOf(brand.id);
    if (row < 0)
        return;
    m_brands[row] = brand;
    emit dataChanged(index(row), index(row));
}

std::optional<Brand> BrandListModel::brandAt(int row) const
{
    if (row < 0 || row >= m_brands.size())
        return std::nullopt;
    return m_brands.at(row);
}

int BrandListModel::rowOf(Id brandId) const
{
    for (int row = 0; row < m_brands.size(); ++row) {
        if (m_brands.at(row).id == brandId)
            return row;
    }
    return -1;
}

int BrandListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_brands.size());
}

QVariant BrandListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Brand &brand = m_brands.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return brand.isCompetitor ? tr("%1 (competitor)").arg(brand.name) : brand.name;
    case Qt::DecorationRole:
        return QColor(brand.color);
    case Qt::ToolTipRole:
        return brand.isCompetitor
                   ? tr("A competitor: Vigie only tracks its name, colour and products.")
                   : tr("One of your brands: safety text, reviews, forbidden claims and products.");
    case Qt::FontRole:
        if (brand.isCompetitor) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case BrandIdRole:
        return brand.id;
    case IsCompetitorRole:
        return brand.isCompetitor;
    default:
        return {};
    }
}

} // namespace ui
} // namespace vigie
