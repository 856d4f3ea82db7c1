#pragma once

#include "core/types.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace vigie {

// Which posts the calendar shows: an empty set lets everything through, so "no filter" needs
// no list of every brand. A post passes when its brand, one of its networks and its state are
// chosen.
struct CalendarFilter
{
    QSet<Id> brands;
    QSet<Network> networks;
    QSet<PostState> states;

    bool isEmpty() const { return brands.isEmpty() && networks.isEmpty() && states.isEmpty(); }
    bool accepts(Id brandId, const QList<Network> &postNetworks, PostState state) const;
    bool operator==(const CalendarFilter &) const = default;
};

// Applies a CalendarFilter to any PostSummaryModel-like model (the roles are read, not the
// class), so the month, week and list views share one filter. Sorts by PostSummaryModel::SortRole.
class CalendarFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CalendarFilterProxy(QObject *parent = nullptr);
    const CalendarFilter &filter() const { return m_filter; }
    void setFilter(const CalendarFilter &filter);

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CalendarFilter m_filter;
};

} // namespace vigie
