#pragma once

#include "core/types.h"

#include <QAbstractListModel>
#include <optional>

namespace vigie {
namespace ui {

// The workspace's brands for the list on the left of Brands and compliance: own brands first,
// then competitors (marked as such), each with its colour.
class BrandListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { BrandIdRole = Qt::UserRole + 1, IsCompetitorRole };

    using QAbstractListModel::QAbstractListModel;

    void setBrands(const QList<Brand> &brands);
    // Replaces one brand's row after a save (its name or colour may have changed).
    void updateBrand(const Brand &brand);
    std::optional<Brand> brandAt(int row) const;
    int rowOf(Id brandId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Brand> m_brands;
};

} // namespace ui
} // namespace vigie
