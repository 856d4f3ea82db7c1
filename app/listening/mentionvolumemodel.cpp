#include "listening/mentionvolumemodel.h"

#include "listening/analyticsroles.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <numeric>

namespace vigie {

MentionVolumeModel::MentionVolumeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MentionVolumeModel::fill(QList<qint64> &counts, const DateRange &range, const QHash<Id, int> &brandIndex,
                              qsizetype brands, const QList<DailyBrandCount> &daily)
{
    counts = QList<qint64>(qsizetype(range.dayCount()) * brands, 0);
    for (const auto &c : daily) {
        const auto brand = brandIndex.constFind(c.brandId);
        if (brand == brandIndex.cend() || !range.contains(c.day))
            continue;
        counts[range.from.daysTo(c.day) * brands + brand.value()] += c.total;
    }
}

void MentionVolumeModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_range = snapshot.range.isValid() ? snapshot.range : DateRange{};
    m_previousRange = previousPeriod(m_range);
    m_brands = snapshot.brands;
    m_colors = brandChartColors(m_brands);
    QHash<Id, int> brandIndex;
    for (int i = 0; i < m_brands.size(); ++i)
        brandIndex.insert(m_brands.at(i).id, i);
    fill(m_counts, m_range, brandIndex, m_brands.size(), snapshot.dailyCounts);
    fill(m_previousCounts, m_previousRange, brandIndex, m_brands.size(), snapshot.previousDailyCounts);
    m_total = std::accumulate(m_counts.cbegin(), m_counts.cend(), qint64(0));
    m_previousTotal = std::accumulate(m_previousCounts.cbegin(), m_previousCounts.cend(), qint64(0));
    endResetModel();
}

int MentionVolumeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_range.dayCount();
}

int MentionVolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 * (FirstBrandColumn + int(m_brands.size()));
}

MentionVolumeModel::Cell MentionVolumeModel::cellOf(int column) const
{
    const int perPeriod = FirstBrandColumn + int(m_brands.size());
    if (column < 0 || column >= 2 * perPeriod)
        return {};
    Cell cell;
    cell.previous = column >= perPeriod;
    cell.brand = column % perPeriod - FirstBrandColumn;
    return cell;
}

QVariant MentionVolumeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell cell = cellOf(index.column());
    const QDate date = cell.previous ? previousDay(index.row()) : day(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (cell.brand < 0)
            return chartTime(date);
        return count(index.row(), cell);
    case PeriodStartRole:
    case PeriodEndRole:
        return date;
    case Qt::ToolTipRole:
        if (cell.brand < 0)
            return QLocale().toString(date, QLocale::LongFormat);
        return tr("%1, %2 — mentions: %3")
            .arg(m_brands.at(cell.brand).name, QLocale().toString(date, QLocale::ShortFormat),
                 QLocale().toString(count(index.row(), cell)));
    default:
        return cell.brand >= 0 ? headerData(index.column(), Qt::Horizontal, role) : QVariant();
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
    if (section < 0 || section >= columnCount())
        return {};
    const Cell cell = cellOf(section);
    if (role == IsPreviousPeriodRole)
        return cell.previous;
    if (cell.brand < 0) {
        if (role != Qt::DisplayRole)
            return {};
        return cell.previous ? tr("Day (previous period)") : tr("Day");
    }
    switch (role) {
    case Qt::DisplayRole:
        return cell.previous ? tr("%1 (previous period)").arg(m_brands.at(cell.brand).name)
                             : m_brands.at(cell.brand).name;
    case BrandIdRole:
        return m_brands.at(cell.brand).id;
    case BrandColorRole:
        return m_colors.at(cell.brand);
    case IsCompetitorRole:
        return m_brands.at(cell.brand).isCompetitor;
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
    qint64 result = 0;
    for (const QList<qint64> *counts : {&m_counts, &m_previousCounts}) {
        if (!counts->isEmpty())
            result = qMax(result, *std::max_element(counts->cbegin(), counts->cend()));
    }
    return result;
}

MentionSelection MentionVolumeModel::selection(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell cell = cellOf(index.column());
    if (cell.brand < 0)
        return {};
    const QDate date = cell.previous ? previousDay(index.row()) : day(index.row());
    MentionSelection selection;
    selection.filter.brandIds = {m_brands.at(cell.brand).id};
    selection.filter.from = date;
    selection.filter.to = date;
    selection.title =
        tr("%1, %2").arg(m_brands.at(cell.brand).name, QLocale().toString(date, QLocale::LongFormat));
    return selection;
}

} // namespace vigie
