#include "publishing/calendarfilter.h"

#include "publishing/postsummarymodel.h"

namespace vigie {

bool CalendarFilter::accepts(Id brandId, const QList<Network> &postNetworks, PostState state) const
{
    if (!brands.isEmpty() && !brands.contains(brandId))
        return false;
    if (!states.isEmpty() && !states.contains(state))
        return false;
    if (networks.isEmpty())
        return true;
    for (Network network : postNetworks) {
        if (networks.contains(network))
            return true;
    }
    return false;
}

CalendarFilterProxy::CalendarFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PostSummaryModel::SortRole);
    setSortLocaleAware(true);
}

void CalendarFilterProxy::setFilter(const CalendarFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    emit filterChanged();
}

bool CalendarFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    QList<Network> networks;
    if (!m_filter.networks.isEmpty()) {
        for (const QVariant &network : index.data(PostSummaryModel::NetworksRole).toList())
            networks << Network(network.toInt());
    }
    return m_filter.accepts(index.data(PostSummaryModel::BrandIdRole).toLongLong(), networks,
                            PostState(index.data(PostSummaryModel::StateRole).toInt()));
}

} // namespace vigie
