#include "ui/calendar/calendarview.h"

#include "ui/calendar/chippainter.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace vigie {
namespace ui {

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true); // hover cursor tells which posts can be moved
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
}

void CalendarView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &CalendarView::readModel);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CalendarView::readModel);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CalendarView::readModel);
        connect(model, &QAbstractItemModel::rowsMoved, this, &CalendarView::readModel);
        connect(model, &QAbstractItemModel::dataChanged, this, &CalendarView::readModel);
        connect(model, &QAbstractItemModel::layoutChanged, this, &CalendarView::readModel);
    }
    readModel();
}

void CalendarView::readModel()
{
    m_entries = CalendarEntry::readAll(m_model);
    if (m_selectedPost != 0 && !entry(m_selectedPost))
        m_selectedPost = 0;
    if (m_dragging && !entry(m_pressedPost))
        cancelDrag();
    relayout();
    update();
}

const CalendarEntry *CalendarView::entry(Id postId) const
{
    for (const CalendarEntry &e : m_entries) {
        if (e.id == postId)
            return &e;
    }
    return nullptr;
}

void CalendarView::setPeriod(const CalendarPeriod &period)
{
    m_period = period;
    if (!m_period.contains(m_selectedDate))
        m_selectedDate = m_period.contains(m_today) ? m_today : m_period.anchor();
    relayout();
    update();
}

void CalendarView::setNow(const QDateTime &now)
{
    m_now = now;
    m_today = m_time.localDate(now);
    update();
}

void CalendarView::setSelectedDate(QDate date)
{
    if (!date.isValid() || date == m_selectedDate)
        return;
    m_selectedDate = date;
    update();
    emit selectedDateChanged(date);
}

void CalendarView::moveSelection(int key)
{
    const int step = key == Qt::Key_Left ? -1 : key == Qt::Key_Right ? 1 : key == Qt::Key_Up ? -7 : 7;
    setSelectedDate(m_selectedDate.addDays(step));
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintCalendar(painter);
    if (m_entries.isEmpty()) {
        // The grid still shows; this only says what to do with it.
        const QString text = tr("Click a day to plan a post");
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        painter.setFont(font);
        const QFontMetrics fm(font);
        const QRect area = invitationArea();
        QRect pill(0, 0, fm.horizontalAdvance(text) + 32, fm.height() + 16);
        pill.moveCenter(area.center());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::ToolTipBase));
        painter.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(pill, Qt::AlignCenter, text);
    }
    if (const CalendarEntry *dragged = draggedEntry()) {
        ChipOptions options;
        options.ghost = true;
        paintChip(painter, dragChipRect(m_dragPos, *dragged), *dragged, palette(), options);
    }
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    m_pressed = true;
    m_pressPos = m_dragPos = pos;
    m_pressedPost = postAt(pos);
    if (m_pressedPost != 0) {
        m_grabOffset = pos - postRect(m_pressedPost).topLeft();
        m_selectedPost = m_pressedPost;
        if (const CalendarEntry *e = entry(m_pressedPost))
            setSelectedDate(e->local.date());
        update();
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        updateHoverCursor(pos);
        return;
    }
    if (m_pressedPost == 0)
        return;
    const CalendarEntry *pressed = entry(m_pressedPost);
    if (!m_dragging && pressed && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        if (!pressed->movable) {
            setCursor(Qt::ForbiddenCursor); // publishing has started: it stays where it is
            return;
        }
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_dragPos = pos;
        update();
    }
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressed = false;
    if (m_dragging) {
        const CalendarEntry *dragged = entry(m_pressedPost);
        const WallClock target = dragged ? dropTimeAt(pos, *dragged) : WallClock();
        const Id postId = m_pressedPost;
        const bool moved = dragged && target.isValid() &&
                           !(target == WallClock{dragged->local.date(), dragged->local.time()});
        cancelDrag();
        if (moved) {
            selectWallClock(target);
            emit rescheduleRequested(postId, m_time.toUtc(target.date, target.time));
        }
        updateHoverCursor(pos);
        return;
    }
    updateHoverCursor(pos);
    if (m_pressedPost != 0 || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return; // a click on a post only selects it
    if (clickExtra(pos))
        return;
    const WallClock when = createTimeAt(pos);
    if (!when.isValid())
        return;
    m_selectedPost = 0;
    selectWallClock(when);
    update();
    emit createDraftRequested(m_time.toUtc(when.date, when.time));
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const Id postId = postAt(event->position().toPoint()); postId != 0)
        emit editRequested(postId);
}

void CalendarView::cancelDrag()
{
    m_dragging = false;
    m_pressed = false;
    m_pressedPost = 0;
    unsetCursor();
    update();
}

void CalendarView::updateHoverCursor(const QPoint &pos)
{
    const CalendarEntry *hovered = entry(postAt(pos));
    if (hovered && hovered->movable)
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        m_selectedPost = 0;
        moveSelection(event->key());
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedPost != 0)
            emit editRequested(m_selectedPost);
        else if (m_selectedDate.isValid())
            emit createDraftRequested(m_time.toUtc(m_selectedDate, keyboardCreateTime()));
        return;
    case Qt::Key_Escape:
        if (m_dragging) {
            cancelDrag();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const CalendarEntry *hovered = entry(postAt(help->pos())))
            QToolTip::showText(help->globalPos(), hovered->toolTip(), this, postRect(hovered->id));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
} // namespace vigie
