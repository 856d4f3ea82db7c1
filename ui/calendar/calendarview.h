#pragma once

#include "publishing/calendarperiod.h"
#include "publishing/workspacetime.h"
#include "ui/calendar/calendarentry.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace vigie {
namespace ui {

// A wall-clock time in the workspace's timezone (no QDateTime: the computer's own zone must
// not get a say in what "09:00" means).
struct WallClock
{
    QDate date;
    QTime time;
    bool isValid() const { return date.isValid() && time.isValid(); }
    bool operator==(const WallClock &) const = default;
};

// What the month and week views share: the posts read from a model, selection and keyboard,
// and dragging a post with the mouse to move it. Views paint everything themselves (no widget
// per post) and only emit requests; the pane has the core carry them out. Dragging is done
// with mouse events inside the view, not QDrag, so it works the same under QTest.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(QWidget *parent = nullptr);

    // The posts shown: a CalendarPostsModel, or a proxy over it.
    void setModel(QAbstractItemModel *model);
    void setWorkspaceTime(const WorkspaceTime &time) { m_time = time; }
    void setPeriod(const CalendarPeriod &period);
    const CalendarPeriod &period() const { return m_period; }
    // "Now" from the application's clock (UTC): today's date and the current-time line.
    void setNow(const QDateTime &now);
    QDate today() const { return m_today; }
    QDateTime localNow() const { return m_time.toLocal(m_now); }

    QDate selectedDate() const { return m_selectedDate; }
    void setSelectedDate(QDate date);
    Id selectedPostId() const { return m_selectedPost; }

    // Where a day and a post are painted, in widget coordinates; empty when not visible.
    virtual QRect dayRect(QDate date) const = 0;
    virtual QRect postRect(Id postId) const = 0;
    bool isDragging() const { return m_dragging; }

signals:
    // when is UTC.
    void createDraftRequested(const QDateTime &when);
    void editRequested(vigie::Id postId);
    void rescheduleRequested(vigie::Id postId, const QDateTime &when);
    void selectedDateChanged(QDate date);
    // The user wants to see every post of a day ("+3 more").
    void dayOpenRequested(QDate date);

protected:
    const QList<CalendarEntry> &entries() const { return m_entries; }
    const CalendarEntry *entry(Id postId) const;
    bool isBeingDragged(Id postId) const { return m_dragging && postId == m_pressedPost; }
    QPoint dragPosition() const { return m_dragPos; }
    // Where in the chip the mouse grabbed it, so the chip does not jump under the cursor.
    QPoint grabOffset() const { return m_grabOffset; }
    const CalendarEntry *draggedEntry() const { return m_dragging ? entry(m_pressedPost) : nullptr; }

    // Recomputes where days and posts go after the posts, the period or the size changed.
    virtual void relayout() = 0;
    virtual Id postAt(const QPoint &pos) const = 0;
    virtual QDate dateAt(const QPoint &pos) const = 0;
    // Selects where a draft was asked for or a post dropped (the week view also selects the hour).
    virtual void selectWallClock(const WallClock &when) { setSelectedDate(when.date); }
    // Where a click at pos creates a draft (invalid: not on a day).
    virtual WallClock createTimeAt(const QPoint &pos) const = 0;
    // Where the dragged post lands if released at pos (invalid: nowhere).
    virtual WallClock dropTimeAt(const QPoint &pos, const CalendarEntry &dragged) const = 0;
    // Where the dragged chip is drawn while the mouse is at pos.
    virtual QRect dragChipRect(const QPoint &pos, const CalendarEntry &dragged) const = 0;
    // Clicks on something that is neither a post nor an empty spot ("+3 more"); true if handled.
    virtual bool clickExtra(const QPoint &) { return false; }
    // The time Enter creates a draft at on the selected day.
    virtual QTime keyboardCreateTime() const { return QTime(9, 0); }
    // Arrow keys: left/right a day, up/down a week (the week view moves by the hour instead).
    virtual void moveSelection(int key);
    virtual void paintCalendar(QPainter &painter) = 0;
    // Where the "Click a day to plan a post" invitation goes when there is no post.
    virtual QRect invitationArea() const { return rect(); }

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

    WorkspaceTime m_time;

private:
    void readModel();
    void cancelDrag();
    void updateHoverCursor(const QPoint &pos);

    QPointer<QAbstractItemModel> m_model;
    QList<CalendarEntry> m_entries;
    CalendarPeriod m_period;
    QDateTime m_now;
    QDate m_today;
    QDate m_selectedDate;
    Id m_selectedPost = 0;

    // Mouse: the post pressed (0 = an empty spot) and, once it moved far enough, the drag.
    bool m_pressed = false;
    Id m_pressedPost = 0;
    QPoint m_pressPos;
    QPoint m_grabOffset;
    QPoint m_dragPos;
    bool m_dragging = false;
};

} // namespace ui
} // namespace vigie
