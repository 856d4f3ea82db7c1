#include "listening/adversemodel.h"

#include "listening/analyticsroles.h"

#include <QHash>
#include <QLocale>

namespace vigie {

AdverseMentionsModel::AdverseMentionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AdverseMentionsModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_periods = ChartPeriods(snapshot.range);
    m_brands = snapshot.brands;
    m_colors = brandChartColors(m_brands);
    m_counts = QList<qint64>(qsizetype(m_periods.count()) * m_brands.size(), 0);
    m_total = 0;
    QHash<Id, int> brandIndex;
    for (int i = 0; i < m_brands.size(); ++i)
        brandIndex.insert(m_brands.at(i).id, i);
    for (const auto &c : snapshot.dailyCounts) {
        const int period = m_periods.indexOf(c.day);
        const auto brand = brandIndex.constFind(c.brandId);
        if (period < 0 || brand == brandIndex.cend() || c.adverse <= 0)
            continue;
        m_counts[qsizetype(period) * m_brands.size() + brand.value()] += c.adverse;
        m_total += c.adverse;
    }
    endResetModel();
}

int AdverseMentionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_periods.count();
}

int AdverseMentionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_brands.size());
}

QVariant AdverseMentionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return count(index.row(), index.column());
    case Qt::ToolTipRole:
        return tr("%1, %2 — possible adverse events: %3")
            .arg(m_brands.at(index.column()).name, m_periods.longLabel(index.row()),
                 QLocale().toString(count(index.row(), index.column())));
    case PeriodStartRole:
        return m_periods.at(index.row()).start;
    case PeriodEndRole:
        return m_periods.at(index.row()).end;
    default:
        return headerData(index.column(), Qt::Horizontal, role);
    }
}

QVariant AdverseMentionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return m_periods.headerData(section, role);
    if (section < 0 || section >= m_brands.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_brands.at(section).name;
    case BrandIdRole:
        return m_brands.at(section).id;
    case BrandColorRole:
        return m_colors.at(section);
    case IsCompetitorRole:
        return m_brands.at(section).isCompetitor;
    default:
        return {};
    }
}

qint64 AdverseMentionsModel::maxPeriodTotal() const
{
    qint64 result = 0;
    for (int row = 0; row < m_periods.count(); ++row) {
        qint64 sum = 0;
        for (int column = 0; column < m_brands.size(); ++column)
            sum += count(row, column);
        result = qMax(result, sum);
    }
    return result;
}

MentionSelection AdverseMentionsModel::selection(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    MentionSelection selection;
    selection.filter.brandIds = {m_brands.at(index.column()).id};
    selection.filter.from = m_periods.at(index.row()).start;
    selection.filter.to = m_periods.at(index.row()).end;
    selection.filter.adverseOnly = true;
    selection.title = tr("%1, %2 — possible adverse events")
                          .arg(m_brands.at(index.column()).name, m_periods.longLabel(index.row()));
    return selection;
}

} // namespace vigie
