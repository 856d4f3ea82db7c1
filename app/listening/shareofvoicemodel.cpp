#include "listening/shareofvoicemodel.h"

#include "listening/analyticsroles.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <numeric>

namespace vigie {

ShareOfVoiceModel::ShareOfVoiceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<int> ShareOfVoiceModel::wholePercents(const QList<qint64> &counts)
{
    QList<int> percents(counts.size(), 0);
    const qint64 total = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
    if (total <= 0)
        return percents;
    QList<qint64> remainders(counts.size());
    int assigned = 0;
    for (int i = 0; i < counts.size(); ++i) {
        // Integer arithmetic: floor and remainder of 100 * count / total, exact.
        percents[i] = int(100 * counts.at(i) / total);
        remainders[i] = 100 * counts.at(i) % total;
        assigned += percents.at(i);
    }
    QList<int> order(counts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainders.at(a) > remainders.at(b); });
    for (int i = 0; assigned < 100 && i < order.size(); ++i, ++assigned)
        ++percents[order.at(i)];
    return percents;
}

void ShareOfVoiceModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_range = snapshot.range;
    const QStringList colors = brandChartColors(snapshot.brands);
    QHash<Id, int> rowOfBrand;
    for (int i = 0; i < snapshot.brands.size(); ++i) {
        rowOfBrand.insert(snapshot.brands.at(i).id, i);
        m_rows << Row{snapshot.brands.at(i), colors.at(i)};
    }
    for (const auto &c : snapshot.dailyCounts) {
        const auto row = rowOfBrand.constFind(c.brandId);
        if (row == rowOfBrand.cend())
            continue;
        m_rows[row.value()].mentions += c.total;
        m_total += c.total;
    }
    QList<qint64> counts;
    for (const auto &row : std::as_const(m_rows))
        counts << row.mentions;
    const QList<int> percents = wholePercents(counts);
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].wholePercent = percents.at(i);
    endResetModel();
}

int ShareOfVoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShareOfVoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareOfVoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.brand.name;
        case MentionsColumn:
            return row.mentions;
        case ShareColumn:
            return share(row);
        case PercentLabelColumn:
            return tr("%1%", "whole percent of the mentions").arg(row.wholePercent);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — mentions: %2 (%3% of the period)")
            .arg(row.brand.name, QLocale().toString(row.mentions), QLocale().toString(share(row), 'f', 1));
    case BrandIdRole:
        return row.brand.id;
    case BrandColorRole:
        return row.color;
    case IsCompetitorRole:
        return row.brand.isCompetitor;
    default:
        return {};
    }
}

QVariant ShareOfVoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case NameColumn:
        return tr("Brand");
    case MentionsColumn:
        return tr("Mentions");
    case ShareColumn:
        return tr("Share (%)");
    case PercentLabelColumn:
        return tr("Share");
    default:
        return {};
    }
}

MentionSelection ShareOfVoiceModel::selection(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_range.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    MentionSelection selection;
    selection.filter.brandIds = {row.brand.id};
    selection.filter.from = m_range.from;
    selection.filter.to = m_range.to;
    //: A mention list's title: brand, first and last day of the period
    selection.title = tr("%1, %2 – %3")
                          .arg(row.brand.name, QLocale().toString(m_range.from, QLocale::ShortFormat),
                               QLocale().toString(m_range.to, QLocale::ShortFormat));
    return selection;
}

} // namespace vigie
