#include "listening/mentionvolumemodel.h"

#include "listening/analyticsroles.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace vigie {

MentionVolumeModel::MentionVolumeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MentionVolumeModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_range = snapshot.range.isValid() ? snapshot.range : DateRange{};
    m_brands = snapshot.brands;
    m_colors = brandChartColors(m_brands);
    m_counts = QList<qint64>(qsizetype(m_range.dayCount()) * m_brands.size(), 0);
    QHash<Id, int> brandIndex;
    for (int i = 0; i < m_brands.size(); ++i)
        brandIndex.insert(m_brands.at(i).id, i);
    for (const auto &c : snapshot.dailyCounts) {
        const auto brand = brandIndex.constFind(c.brandId);
        if (brand == brandIndex.cend() || !m_range.contains(c.day))
            continue;
        m_counts[m_range.from.daysTo(c.day) * m_brands.size() + brand.value()] += c.total;
    }
    endResetModel();
}

int MentionVolumeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_range.dayCount();
}

int MentionVolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstBrandColumn + int(m_brands.size());
}

QVariant MentionVolumeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int brand = index.column() - FirstBrandColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DayColumn)
            return chartTime(day(index.row()));
        return count(index.row(), brand);
    case PeriodStartRole:
    case PeriodEndRole:
        return day(index.row());
    case Qt::ToolTipRole:
        if (brand < 0)
            return QLocale().toString(day(index.row()), QLocale::LongFormat);
        return tr("%1, %2 — mentions: %3")
            .arg(m_brands.at(brand).name, QLocale().toString(day(index.row()), QLocale::ShortFormat),
                 QLocale().toString(count(index.row(), brand)));
    default:
        return brand >= 0 ? headerData(index.column(), Qt::Horizontal, role) : QVariant();
    }
}

QVariant MentionVolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(day(section), QLocale::ShortFormat);
        if (role == PeriodStartRole || role == PeriodEndRole)
            return day(section);
        return {};
    }
    if (section == DayColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Day")) : QVariant();
    const int brand = section - FirstBrandColumn;
    if (brand < 0 || brand >= m_brands.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_brands.at(brand).name;
    case BrandIdRole:
        return m_brands.at(brand).id;
    case BrandColorRole:
        return m_colors.at(brand);
    case IsCompetitorRole:
        return m_brands.at(brand).isCompetitor;
    default:
        return {};
    }
}

QDateTime MentionVolumeModel::chartTime(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc());
}

qint64 MentionVolumeModel::maxDailyMentions() const
{
    return m_counts.isEmpty() ? 0 : *std::max_element(m_counts.cbegin(), m_counts.cend());
}

} // namespace vigie
