#pragma once

#include "listening/analyticssnapshot.h"
#include "listening/mentionselection.h"

#include <QAbstractTableModel>

namespace vigie {

// The products named most often in the period (at most kTopProductCount), most mentioned first;
// products nobody mentioned are not listed. Cells answer BrandIdRole and BrandColorRole of the
// product's brand.
class TopProductsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MentionsColumn, ColumnCount };

    explicit TopProductsModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 maxMentions() const { return m_rows.isEmpty() ? 0 : m_rows.constFirst().product.total; }
    // The mentions naming a row's product over the period.
    MentionSelection selection(const QModelIndex &index) const;

private:
    struct Row
    {
        ProductCount product;
        QString brandName;
        QString brandColor;
    };
    DateRange m_range;
    QList<Row> m_rows;
};

} // namespace vigie
