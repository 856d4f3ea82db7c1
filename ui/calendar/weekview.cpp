#include "ui/calendar/weekview.h"

#include "ui/calendar/chippainter.h"

#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace vigie {
namespace ui {

namespace {
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kDayCount = 7;

int minuteOf(QTime time)
{
    return time.hour() * 60 + time.minute();
}
} // namespace

WeekView::WeekView(QWidget *parent)
    : CalendarView(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Week"));
    m_scroll = new QScrollBar(Qt::Vertical, this);
    m_scroll->setObjectName(QStringLiteral("weekScrollBar"));
    connect(m_scroll, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

int WeekView::chipMinutes() const
{
    // Posts are instants; a chip spans half an hour, or two lines of text (time and networks,
    // then the text) if that is taller.
    const int chipPixels = qMax(2 * QFontMetrics(font()).height() + 8, m_hourHeight / 2);
    return qMax(1, chipPixels * 60 / qMax(1, m_hourHeight));
}

void WeekView::relayout()
{
    const QFontMetrics fm(font());
    m_headerHeight = fm.height() * 2 + 12;
    const QLocale locale;
    m_gutterWidth = 0;
    for (int hour = 0; hour < 24; ++hour)
        m_gutterWidth =
            qMax(m_gutterWidth, fm.horizontalAdvance(locale.toString(QTime(hour, 0), QLocale::ShortFormat)));
    m_gutterWidth += 12;
    const int scrollWidth = m_scroll->sizeHint().width();
    m_body = QRect(m_gutterWidth, m_headerHeight, qMax(1, width() - m_gutterWidth - scrollWidth),
                   qMax(1, height() - m_headerHeight));
    m_scroll->setGeometry(width() - scrollWidth, m_headerHeight, scrollWidth, m_body.height());

    const int keepHour = m_scrolledOnce ? firstVisibleHour() : kDayStartHour;
    const int minimumHour = chipHeight(font()) * 2;
    m_hourHeight = qMax(minimumHour, m_body.height() / (kDayEndHour - kDayStartHour));
    m_scroll->setRange(0, qMax(0, 24 * m_hourHeight - m_body.height()));
    m_scroll->setPageStep(m_body.height());
    m_scroll->setSingleStep(m_hourHeight / 2);
    if (m_body.height() > 1) {
        scrollToHour(keepHour);
        m_scrolledOnce = true;
    }

    // Overlapping posts of a day share the column: each cluster of overlaps is split in slots.
    m_placements.clear();
    if (!period().isValid())
        return;
    const int span = chipMinutes();
    QList<QList<const CalendarEntry *>> days(kDayCount);
    for (const CalendarEntry &e : entries()) {
        const qint64 day = period().firstDay().daysTo(e.local.date());
        if (day >= 0 && day < kDayCount)
            days[day] << &e; // already in time order
    }
    for (int day = 0; day < kDayCount; ++day) {
        QList<Id> cluster;
        QList<int> slotEnds; // per slot, the minute its last chip ends
        int clusterEnd = -1;
        auto closeCluster = [&] {
            for (Id id : cluster)
                m_placements[id].slotCount = int(slotEnds.size());
            cluster.clear();
            slotEnds.clear();
        };
        for (const CalendarEntry *e : days[day]) {
            const int start = minuteOf(e->local.time());
            if (start >= clusterEnd)
                closeCluster();
            int slot = 0;
            while (slot < slotEnds.size() && slotEnds[slot] > start)
                ++slot;
            if (slot == slotEnds.size())
                slotEnds << 0;
            slotEnds[slot] = start + span;
            clusterEnd = qMax(clusterEnd, start + span);
            m_placements.insert(e->id, {day, start, slot, 1});
            cluster << e->id;
        }
        closeCluster();
    }
}

void WeekView::scrollToHour(int hour)
{
    m_scroll->setValue(qBound(0, hour, 23) * m_hourHeight);
}

int WeekView::firstVisibleHour() const
{
    return (m_scroll->value() + m_hourHeight / 2) / qMax(1, m_hourHeight);
}

QRect WeekView::columnRect(int day) const
{
    const int left = m_body.left() + day * m_body.width() / kDayCount;
    const int right = m_body.left() + (day + 1) * m_body.width() / kDayCount;
    return QRect(QPoint(left, m_body.top()), QPoint(right - 1, m_body.bottom()));
}

int WeekView::yOfMinute(int minuteOfDay) const
{
    return m_body.top() - m_scroll->value() + minuteOfDay * m_hourHeight / 60;
}

int WeekView::minuteAtY(int y) const
{
    return qBound(0, (y - m_body.top() + m_scroll->value()) * 60 / qMax(1, m_hourHeight), kMinutesPerDay - 1);
}

QRect WeekView::dayRect(QDate date) const
{
    if (!period().isValid() || !period().contains(date))
        return {};
    return columnRect(int(period().firstDay().daysTo(date)));
}

QPoint WeekView::pointAt(QDate date, QTime time) const
{
    const QRect column = dayRect(date);
    if (column.isEmpty())
        return {};
    return QPoint(column.left() + 2, yOfMinute(minuteOf(time)));
}

QRect WeekView::postRect(Id postId) const
{
    const auto it = m_placements.constFind(postId);
    if (it == m_placements.cend())
        return {};
    const QRect column = columnRect(it->day).adjusted(2, 0, -2, 0);
    const int slotWidth = column.width() / qMax(1, it->slotCount);
    const int top = yOfMinute(it->minute);
    const int bottom = yOfMinute(it->minute + chipMinutes()) - 1;
    const QRect chip(column.left() + it->slot * slotWidth, top, qMax(1, slotWidth - 1),
                     qMax(1, bottom - top));
    const QRect visible = chip.intersected(m_body);
    // Only a chip whose top shows counts as painted: its handle is where a user grabs it.
    return m_body.contains(chip.topLeft()) ? visible : QRect();
}

QDate WeekView::dateAt(const QPoint &pos) const
{
    if (!period().isValid() || !m_body.contains(pos))
        return {};
    const int day = qBound(0, (pos.x() - m_body.left()) * kDayCount / m_body.width(), kDayCount - 1);
    return period().firstDay().addDays(day);
}

Id WeekView::postAt(const QPoint &pos) const
{
    if (!m_body.contains(pos))
        return 0;
    // Later posts are painted on top, so they win.
    for (auto it = entries().crbegin(); it != entries().crend(); ++it) {
        if (postRect(it->id).contains(pos))
            return it->id;
    }
    return 0;
}

WallClock WeekView::createTimeAt(const QPoint &pos) const
{
    const QDate date = dateAt(pos);
    if (!date.isValid())
        return {};
    return {date, QTime(minuteAtY(pos.y()) / 60, 0)};
}

WallClock WeekView::dropTimeAt(const QPoint &pos, const CalendarEntry &) const
{
    // The chip's top edge gives the time, so the chip lands where it is drawn.
    QPoint top = pos - grabOffset();
    top.setX(qBound(m_body.left(), pos.x(), m_body.right()));
    const QDate date = dateAt(QPoint(top.x(), m_body.center().y()));
    if (!date.isValid())
        return {};
    int minute = minuteAtY(top.y()) + kSnapMinutes / 2;
    minute = qBound(0, minute / kSnapMinutes * kSnapMinutes, kMinutesPerDay - kSnapMinutes);
    return {date, QTime(minute / 60, minute % 60)};
}

QRect WeekView::dragChipRect(const QPoint &pos, const CalendarEntry &dragged) const
{
    const WallClock target = dropTimeAt(pos, dragged);
    if (!target.isValid())
        return {};
    const QRect column = dayRect(target.date).adjusted(2, 0, -2, 0);
    const int top = yOfMinute(minuteOf(target.time));
    return QRect(column.left(), top, column.width(), yOfMinute(minuteOf(target.time) + chipMinutes()) - top);
}

void WeekView::moveSelection(int key)
{
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        m_selectedHour = qBound(0, m_selectedHour + (key == Qt::Key_Up ? -1 : 1), 23);
        const int visibleHours = m_body.height() / qMax(1, m_hourHeight);
        if (m_selectedHour < firstVisibleHour())
            scrollToHour(m_selectedHour);
        else if (m_selectedHour >= firstVisibleHour() + visibleHours)
            scrollToHour(m_selectedHour - visibleHours + 1);
        update();
        return;
    }
    CalendarView::moveSelection(key);
}

void WeekView::selectWallClock(const WallClock &when)
{
    m_selectedHour = when.time.hour();
    setSelectedDate(when.date);
    update();
}

void WeekView::wheelEvent(QWheelEvent *event)
{
    m_scroll->setValue(m_scroll->value() - event->angleDelta().y() * m_hourHeight / 120);
    event->accept();
}

void WeekView::paintCalendar(QPainter &painter)
{
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!period().isValid())
        return;
    paintGrid(painter);

    painter.save();
    painter.setClipRect(m_body);
    for (const CalendarEntry &e : entries()) {
        const auto it = m_placements.constFind(e.id);
        if (it == m_placements.cend())
            continue;
        const QRect column = columnRect(it->day).adjusted(2, 0, -2, 0);
        const int slotWidth = column.width() / qMax(1, it->slotCount);
        const int top = yOfMinute(it->minute);
        const QRect chip(column.left() + it->slot * slotWidth, top, qMax(1, slotWidth - 1),
                         yOfMinute(it->minute + chipMinutes()) - top - 1);
        if (!chip.intersects(m_body))
            continue;
        ChipOptions options;
        options.selected = e.id == selectedPostId();
        options.faded = isBeingDragged(e.id);
        options.twoLines = chip.height() >= 2 * QFontMetrics(font()).height() + 6;
        paintChip(painter, chip, e, palette(), options);
    }
    painter.restore();
    paintHeader(painter);
}

void WeekView::paintGrid(QPainter &painter) const
{
    const QPalette pal = palette();
    const QLocale locale;
    // Today's column is tinted; the selected hour of the selected day is outlined.
    for (int day = 0; day < kDayCount; ++day) {
        const QDate date = period().firstDay().addDays(day);
        if (date == today()) {
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlphaF(0.06f);
            painter.fillRect(columnRect(day), tint);
        }
    }
    painter.setFont(font());
    for (int hour = 0; hour < 24; ++hour) {
        const int y = yOfMinute(hour * 60);
        if (y < m_body.top() - m_hourHeight || y > m_body.bottom())
            continue;
        painter.setPen(pal.color(QPalette::Midlight));
        if (y >= m_body.top())
            painter.drawLine(m_body.left(), y, m_body.right(), y);
        const bool working = hour >= kDayStartHour && hour < kDayEndHour;
        painter.setPen(working ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        const int lineHeight = QFontMetrics(font()).height();
        // Centred on its line; the first visible one is kept below the header.
        const QRect label(0, qMax(m_body.top(), y - lineHeight / 2), m_gutterWidth - 6, lineHeight);
        if (y >= m_body.top())
            painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                             locale.toString(QTime(hour, 0), QLocale::ShortFormat));
    }
    painter.setPen(pal.color(QPalette::Midlight));
    for (int day = 0; day <= kDayCount; ++day) {
        const int x = m_body.left() + day * m_body.width() / kDayCount;
        painter.drawLine(x, 0, x, m_body.bottom());
    }
    const QRect selectedColumn = dayRect(selectedDate());
    if (!selectedColumn.isEmpty()) {
        const int top = yOfMinute(m_selectedHour * 60);
        const QRect slot(selectedColumn.left() + 1, top + 1, selectedColumn.width() - 2, m_hourHeight - 2);
        if (slot.intersects(m_body)) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(slot.intersected(m_body));
        }
    }
    // The current time, as a line across today.
    const QRect todayColumn = dayRect(today());
    if (!todayColumn.isEmpty()) {
        const QDateTime now = localNow();
        if (now.isValid() && now.date() == today()) {
            const int y = yOfMinute(minuteOf(now.time()));
            if (y >= m_body.top() && y <= m_body.bottom()) {
                painter.setPen(QPen(QColor(0xdc, 0x26, 0x26), 2));
                painter.drawLine(todayColumn.left(), y, todayColumn.right(), y);
            }
        }
    }
}

void WeekView::paintHeader(QPainter &painter) const
{
    const QPalette pal = palette();
    const QLocale locale;
    painter.fillRect(QRect(0, 0, width(), m_headerHeight), pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::Midlight));
    painter.drawLine(0, m_headerHeight - 1, width(), m_headerHeight - 1);
    QFont bold = font();
    bold.setBold(true);
    const int lineHeight = QFontMetrics(font()).height();
    for (int day = 0; day < kDayCount; ++day) {
        const QDate date = period().firstDay().addDays(day);
        const QRect column = columnRect(day);
        const QRect nameRect(column.left(), 4, column.width(), lineHeight);
        const QRect numberRect(column.left(), 4 + lineHeight, column.width(), lineHeight + 4);
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(
            nameRect, Qt::AlignCenter,
            QFontMetrics(font()).elidedText(locale.standaloneDayName(date.dayOfWeek(), QLocale::ShortFormat),
                                            Qt::ElideRight, column.width() - 4));
        painter.setFont(bold);
        const QString number = QString::number(date.day());
        if (date == today()) {
            const int size = numberRect.height();
            const QRect badge(numberRect.center().x() - size / 2, numberRect.top(), size, size);
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawEllipse(badge);
            painter.restore();
            painter.setPen(pal.color(QPalette::HighlightedText));
            painter.drawText(badge, Qt::AlignCenter, number);
        } else {
            painter.drawText(numberRect, Qt::AlignCenter, number);
        }
    }
    painter.setFont(font());
}

} // namespace ui
} // namespace vigie
