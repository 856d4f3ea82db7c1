#include "ui/calendar/monthview.h"

#include "ui/calendar/chippainter.h"

#include <QLocale>
#include <QPainter>

namespace vigie {
namespace ui {

namespace {
constexpr int kColumns = 7;
constexpr int kRows = 6;
constexpr int kChipSpacing = 2;
constexpr int kCellPadding = 3;
} // namespace

MonthView::MonthView(QWidget *parent)
    : CalendarView(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(tr("Month"));
}

QRect MonthView::cellRect(int index) const
{
    const int row = index / kColumns;
    const int column = index % kColumns;
    const int left = m_grid.left() + column * m_grid.width() / kColumns;
    const int right = m_grid.left() + (column + 1) * m_grid.width() / kColumns;
    const int top = m_grid.top() + row * m_grid.height() / kRows;
    const int bottom = m_grid.top() + (row + 1) * m_grid.height() / kRows;
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

QRect MonthView::dayRect(QDate date) const
{
    if (!period().isValid() || !period().contains(date))
        return {};
    return cellRect(int(period().firstDay().daysTo(date)));
}

QRect MonthView::postRect(Id postId) const
{
    return m_chips.value(postId);
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    if (!period().isValid() || !m_grid.contains(pos) || m_grid.width() < kColumns || m_grid.height() < kRows)
        return {};
    const int column = qBound(0, (pos.x() - m_grid.left()) * kColumns / m_grid.width(), kColumns - 1);
    const int row = qBound(0, (pos.y() - m_grid.top()) * kRows / m_grid.height(), kRows - 1);
    return period().firstDay().addDays(row * kColumns + column);
}

void MonthView::relayout()
{
    const QFontMetrics fm(font());
    m_headerHeight = fm.height() + 10;
    m_dayNumberHeight = fm.height() + 6;
    m_grid = rect().adjusted(0, m_headerHeight, -1, -1);
    m_visiblePosts.clear();
    m_chips.clear();
    m_more.clear();
    if (!period().isValid())
        return;

    // The model is in time order, so each day's list is too.
    QHash<QDate, QList<Id>> byDay;
    for (const CalendarEntry &e : entries())
        byDay[e.local.date()] << e.id;

    const int chip = chipHeight(font());
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const QRect cell = dayRect(it.key());
        if (cell.isEmpty())
            continue;
        const int available = cell.height() - m_dayNumberHeight - kCellPadding;
        const int fit = qMax(0, available / (chip + kChipSpacing));
        const int count = int(it.value().size());
        // When they do not all fit, the last line says how many more there are.
        const int shown = count <= fit ? count : qMax(0, fit - 1);
        QList<Id> &visible = m_visiblePosts[it.key()];
        int y = cell.top() + m_dayNumberHeight;
        for (int i = 0; i < shown; ++i) {
            const QRect chipRect(cell.left() + kCellPadding, y, cell.width() - 2 * kCellPadding, chip);
            m_chips.insert(it.value()[i], chipRect);
            visible << it.value()[i];
            y += chip + kChipSpacing;
        }
        if (shown < count)
            m_more.insert(
                it.key(),
                {QRect(cell.left() + kCellPadding, y, cell.width() - 2 * kCellPadding, chip), count - shown});
    }
}

Id MonthView::postAt(const QPoint &pos) const
{
    const QDate date = dateAt(pos);
    for (Id id : m_visiblePosts.value(date)) {
        if (m_chips.value(id).contains(pos))
            return id;
    }
    return 0;
}

WallClock MonthView::createTimeAt(const QPoint &pos) const
{
    return {dateAt(pos), defaultTime()};
}

WallClock MonthView::dropTimeAt(const QPoint &pos, const CalendarEntry &dragged) const
{
    // Another day, the same time of day.
    return {dateAt(pos), dragged.local.time()};
}

QRect MonthView::dragChipRect(const QPoint &pos, const CalendarEntry &dragged) const
{
    QRect original = postRect(dragged.id);
    if (original.isEmpty())
        original = QRect(0, 0, m_grid.width() / kColumns - 2 * kCellPadding, chipHeight(font()));
    original.moveTopLeft(pos - grabOffset());
    return original;
}

bool MonthView::clickExtra(const QPoint &pos)
{
    const QDate date = dateAt(pos);
    if (!moreRect(date).contains(pos))
        return false;
    emit dayOpenRequested(date);
    return true;
}

void MonthView::paintCalendar(QPainter &painter)
{
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!period().isValid())
        return;

    // Weekday names, in the locale's words and order.
    const QLocale locale;
    QFont headerFont = font();
    headerFont.setBold(true);
    painter.setFont(headerFont);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.fillRect(QRect(0, 0, width(), m_headerHeight), pal.color(QPalette::Window));
    for (int column = 0; column < kColumns; ++column) {
        const QRect cell = cellRect(column);
        const int weekday = (int(period().firstDayOfWeek()) - 1 + column) % 7 + 1;
        const QString name = locale.standaloneDayName(weekday, QLocale::ShortFormat);
        painter.drawText(QRect(cell.left(), 0, cell.width(), m_headerHeight), Qt::AlignCenter,
                         QFontMetrics(headerFont).elidedText(name, Qt::ElideRight, cell.width() - 4));
    }
    painter.setFont(font());

    const QDate dropDate = draggedEntry() ? dateAt(dragPosition()) : QDate();
    for (int index = 0; index < period().dayCount(); ++index) {
        const QDate date = period().firstDay().addDays(index);
        const QRect cell = cellRect(index);
        if (!period().isInMainMonth(date))
            painter.fillRect(cell, pal.color(QPalette::AlternateBase));
        if (date == dropDate) {
            QColor target = pal.color(QPalette::Highlight);
            target.setAlphaF(0.15f);
            painter.fillRect(cell, target);
        }
        paintDay(painter, date, cell);
    }

    // Grid lines last so fills do not cover them.
    painter.setPen(pal.color(QPalette::Midlight));
    for (int row = 0; row <= kRows; ++row) {
        const int y = m_grid.top() + row * m_grid.height() / kRows;
        painter.drawLine(m_grid.left(), y, m_grid.right(), y);
    }
    for (int column = 0; column <= kColumns; ++column) {
        const int x = m_grid.left() + column * m_grid.width() / kColumns;
        painter.drawLine(x, m_grid.top(), x, m_grid.bottom());
    }
    const QRect selected = dayRect(selectedDate());
    if (!selected.isEmpty()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(selected.adjusted(1, 1, -1, -1));
    }
}

void MonthView::paintDay(QPainter &painter, QDate date, const QRect &cell) const
{
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    // The day number, with the month's short name on the 1st so the edges of the grid read well.
    QString label = QString::number(date.day());
    if (date.day() == 1)
        label = QLocale().toString(date, QStringLiteral("d MMM"));
    const QRect numberRect(cell.left() + kCellPadding + 2, cell.top() + 2,
                           cell.width() - 2 * kCellPadding - 4, m_dayNumberHeight - 4);
    if (date == today()) {
        const int w = fm.horizontalAdvance(label) + 10;
        const QRect badge(numberRect.left() - 3, numberRect.top(), qMax(w, numberRect.height()),
                          numberRect.height());
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Highlight));
        painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter.setPen(pal.color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, label);
        painter.restore();
    } else {
        painter.setPen(period().isInMainMonth(date) ? pal.color(QPalette::Text)
                                                    : pal.color(QPalette::PlaceholderText));
        painter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    for (Id id : m_visiblePosts.value(date)) {
        const CalendarEntry *e = entry(id);
        if (!e)
            continue;
        ChipOptions options;
        options.selected = id == selectedPostId();
        options.faded = isBeingDragged(id);
        paintChip(painter, m_chips.value(id), *e, pal, options);
    }
    const More more = m_more.value(date);
    if (more.hidden > 0) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::Link));
        painter.drawText(more.rect.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("+%n more", nullptr, more.hidden));
        painter.setFont(font());
    }
}

} // namespace ui
} // namespace vigie
