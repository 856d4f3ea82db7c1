#pragma once

#include "core/types.h"
#include "publishing/calendarfilter.h"

#include <QWidget>

class QMenu;
class QToolButton;

namespace vigie {
namespace ui {

// Brand, network and state filters as three drop-down buttons of check boxes, and a button
// that clears them. The same filter applies to the month, week and list views.
class CalendarFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarFilterBar(QWidget *parent = nullptr);

    // What can be chosen: the workspace's own brands and the networks of its channels.
    void setChoices(const QList<Brand> &brands, const QList<Network> &networks);
    const CalendarFilter &filter() const { return m_filter; }
    void setFilter(const CalendarFilter &filter);

signals:
    void filterChanged(const vigie::CalendarFilter &filter);

private:
    void readChecks();
    void updateButtons();
    QToolButton *makeButton(const char *objectName, QMenu **menu);

    CalendarFilter m_filter;
    QToolButton *m_brandButton = nullptr;
    QToolButton *m_networkButton = nullptr;
    QToolButton *m_stateButton = nullptr;
    QToolButton *m_clear = nullptr;
    QMenu *m_brandMenu = nullptr;
    QMenu *m_networkMenu = nullptr;
    QMenu *m_stateMenu = nullptr;
};

} // namespace ui
} // namespace vigie
