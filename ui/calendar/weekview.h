#pragma once

#include "ui/calendar/calendarview.h"

#include <QHash>

class QScrollBar;

namespace vigie {
namespace ui {

// Seven day columns by the hours of the day, posts placed at their time (side by side when
// they overlap). 07:00 to 21:00 fill the view; the rest of the day scrolls. Click an hour to
// plan a post then; drag a chip to another day or time, snapped to a quarter of an hour.
class WeekView : public CalendarView
{
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);

    QRect dayRect(QDate date) const override; // the visible part of the day's column
    QRect postRect(Id postId) const override; // empty when scrolled out of sight
    // Where a wall-clock time of a day is drawn (its top-left is that instant), for tests.
    QPoint pointAt(QDate date, QTime time) const;
    // Scrolls so that hour is at the top of the visible hours.
    void scrollToHour(int hour);
    int firstVisibleHour() const;

    static constexpr int kSnapMinutes = 15;
    static constexpr int kDayStartHour = 7; // the working day shown without scrolling
    static constexpr int kDayEndHour = 21;

protected:
    void relayout() override;
    Id postAt(const QPoint &pos) const override;
    QDate dateAt(const QPoint &pos) const override;
    WallClock createTimeAt(const QPoint &pos) const override;
    WallClock dropTimeAt(const QPoint &pos, const CalendarEntry &dragged) const override;
    QRect dragChipRect(const QPoint &pos, const CalendarEntry &dragged) const override;
    QTime keyboardCreateTime() const override { return QTime(m_selectedHour, 0); }
    void moveSelection(int key) override;
    void selectWallClock(const WallClock &when) override;
    void paintCalendar(QPainter &painter) override;
    QRect invitationArea() const override { return m_body; }
    void wheelEvent(QWheelEvent *event) override;

private:
    QRect columnRect(int day) const; // full body height, in widget coordinates
    int yOfMinute(int minuteOfDay) const;
    int minuteAtY(int y) const;
    int chipMinutes() const;
    void paintHeader(QPainter &painter) const;
    void paintGrid(QPainter &painter) const;

    QScrollBar *m_scroll = nullptr;
    QRect m_body; // the hours area (widget coordinates, excluding gutter and scroll bar)
    int m_headerHeight = 0;
    int m_gutterWidth = 0;
    int m_hourHeight = 40;
    int m_selectedHour = 9;
    bool m_scrolledOnce = false;
    // Per post: day column, and its horizontal slot among overlapping posts.
    struct Placement
    {
        int day = 0;
        int minute = 0;
        int slot = 0;
        int slotCount = 1;
    };
    QHash<Id, Placement> m_placements;
};

} // namespace ui
} // namespace vigie
