#include "listening/networksmodel.h"

#include "listening/analyticsroles.h"
#include "listening/shareofvoicemodel.h"
#include "listening/topsourcesmodel.h"

#include <QLocale>
#include <algorithm>

namespace vigie {

NetworksModel::NetworksModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NetworksModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_range = snapshot.range;
    m_rows.clear();
    m_total = 0;
    for (const auto &network : snapshot.networks) {
        if (network.total <= 0)
            continue;
        m_rows << Row{network};
        m_total += network.total;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.network.total > b.network.total; });
    QList<qint64> counts;
    for (const auto &row : std::as_const(m_rows))
        counts << row.network.total;
    const QList<int> percents = ShareOfVoiceModel::wholePercents(counts);
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].wholePercent = percents.at(i);
    endResetModel();
}

int NetworksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NetworksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NetworksModel::name(const Row &row) const
{
    return TopSourcesModel::networkName(row.network.network, row.network.networkKey);
}

QVariant NetworksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NetworkColumn:
            return name(row);
        case MentionsColumn:
            return row.network.total;
        case ShareColumn:
            return share(row);
        case PercentLabelColumn:
            return tr("%1%", "whole percent of the mentions").arg(row.wholePercent);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — mentions: %2 (%3% of the period)")
            .arg(name(row), QLocale().toString(row.network.total), QLocale().toString(share(row), 'f', 1));
    case NetworkKeyRole:
        return row.network.networkKey;
    default:
        return {};
    }
}

QVariant NetworksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case NetworkColumn:
        return tr("Network");
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

MentionSelection NetworksModel::selection(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_range.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    MentionSelection selection;
    selection.filter.from = m_range.from;
    selection.filter.to = m_range.to;
    selection.filter.networkKey = row.network.networkKey;
    selection.title = tr("%1, %2 – %3")
                          .arg(name(row), QLocale().toString(m_range.from, QLocale::ShortFormat),
                               QLocale().toString(m_range.to, QLocale::ShortFormat));
    return selection;
}

} // namespace vigie
