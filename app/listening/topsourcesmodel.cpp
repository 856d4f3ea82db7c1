#include "listening/topsourcesmodel.h"

#include "listening/analyticsroles.h"

#include <QLocale>
#include <algorithm>

namespace vigie {

TopSourcesModel::TopSourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TopSourcesModel::networkName(Network network, const QString &key)
{
    return network == Network::Unknown ? key : networkDisplayName(network);
}

void TopSourcesModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_range = snapshot.range;
    m_rows.clear();
    for (const auto &row : snapshot.topSources) {
        if (row.total > 0)
            m_rows << row;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const SourceCount &a, const SourceCount &b) { return a.total > b.total; });
    if (m_rows.size() > kTopSourceCount)
        m_rows.resize(kTopSourceCount);
    endResetModel();
}

int TopSourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopSourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopSourcesModel::sourceName(const SourceCount &row) const
{
    return row.source.isEmpty() ? tr("(no source)") : row.source;
}

QString TopSourcesModel::label(const SourceCount &row) const
{
    //: A source on a chart axis: source, network
    return tr("%1 (%2)").arg(sourceName(row), networkName(row.network, row.networkKey));
}

QVariant TopSourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceCount &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return label(row);
        case SourceColumn:
            return sourceName(row);
        case NetworkColumn:
            return networkName(row.network, row.networkKey);
        case MentionsColumn:
            return row.total;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — mentions: %2").arg(label(row), QLocale().toString(row.total));
    case NetworkKeyRole:
        return row.networkKey;
    default:
        return {};
    }
}

QVariant TopSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case LabelColumn:
        return tr("Source and network");
    case SourceColumn:
        return tr("Source");
    case NetworkColumn:
        return tr("Network");
    case MentionsColumn:
        return tr("Mentions");
    default:
        return {};
    }
}

MentionSelection TopSourcesModel::selection(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_range.isValid())
        return {};
    const SourceCount &row = m_rows.at(index.row());
    MentionSelection selection;
    selection.filter.from = m_range.from;
    selection.filter.to = m_range.to;
    selection.filter.networkKey = row.networkKey;
    selection.filter.source = row.source;
    selection.title = tr("%1, %2 – %3")
                          .arg(label(row), QLocale().toString(m_range.from, QLocale::ShortFormat),
                               QLocale().toString(m_range.to, QLocale::ShortFormat));
    return selection;
}

} // namespace vigie
