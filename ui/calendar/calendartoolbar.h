#pragma once

#include "publishing/calendarperiod.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace vigie {
namespace ui {

class CalendarFilterBar;

// Month/Week/List switch, previous/Today/next, the period's name in the user's language, the
// timezone the times are shown in; below, the filters and the planning actions (queue times,
// export to .ics, import of a CSV schedule).
class CalendarToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarToolbar(QWidget *parent = nullptr);

    void setPeriod(const CalendarPeriod &period);
    // The list view shows a month; call before setPeriod so the right button is checked.
    void setListShown(bool shown);
    CalendarFilterBar *filterBar() const { return m_filters; }
    void setTimezoneName(const QString &zoneId);
    QString title() const;
    // "November 2026" / "16 – 22 Nov 2026", through the current locale.
    static QString periodTitle(const CalendarPeriod &period);

signals:
    void kindRequested(vigie::CalendarPeriod::Kind kind);
    void listRequested();
    void queueTimesRequested();
    void exportRequested();
    void importScheduleRequested();
    void previousRequested();
    void nextRequested();
    void todayRequested();

private:
    QToolButton *m_month = nullptr;
    QToolButton *m_week = nullptr;
    QToolButton *m_list = nullptr;
    CalendarFilterBar *m_filters = nullptr;
    bool m_listShown = false;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_timezone = nullptr;
};

} // namespace ui
} // namespace vigie
