#pragma once

#include "ui/calendar/calendarview.h"

#include <QHash>

namespace vigie {
namespace ui {

// Six weeks of seven days; each day lists its posts as chips in time order, and "+N more" when
// they do not all fit. Click an empty spot to plan a post that day at 09:00; drag a chip to
// another day to move the post there at the same time.
class MonthView : public CalendarView
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    QRect dayRect(QDate date) const override;
    QRect postRect(Id postId) const override;
    // The "+N more" link of a day, and N (0 when every post of the day shows).
    QRect moreRect(QDate date) const { return m_more.value(date).rect; }
    int hiddenCount(QDate date) const { return m_more.value(date).hidden; }

    // New drafts made by clicking a day are planned at this local time.
    static QTime defaultTime() { return QTime(9, 0); }

protected:
    void relayout() override;
    Id postAt(const QPoint &pos) const override;
    QDate dateAt(const QPoint &pos) const override;
    WallClock createTimeAt(const QPoint &pos) const override;
    WallClock dropTimeAt(const QPoint &pos, const CalendarEntry &dragged) const override;
    QRect dragChipRect(const QPoint &pos, const CalendarEntry &dragged) const override;
    bool clickExtra(const QPoint &pos) override;
    QTime keyboardCreateTime() const override { return defaultTime(); }
    void paintCalendar(QPainter &painter) override;
    QRect invitationArea() const override { return m_grid; }

private:
    struct More
    {
        QRect rect;
        int hidden = 0;
    };
    QRect cellRect(int index) const;
    void paintDay(QPainter &painter, QDate date, const QRect &cell) const;

    QRect m_grid; // the 6x7 cells, below the weekday names
    int m_headerHeight = 0;
    int m_dayNumberHeight = 0;
    QHash<QDate, QList<Id>> m_visiblePosts; // per day, the chips that fit
    QHash<Id, QRect> m_chips;
    QHash<QDate, More> m_more;
};

} // namespace ui
} // namespace vigie
