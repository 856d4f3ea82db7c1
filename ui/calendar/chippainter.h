#pragma once

#include "ui/calendar/calendarentry.h"

#include <QIcon>
#include <QRect>

class QPainter;
class QPalette;

namespace vigie {
namespace ui {

// Draws a post as a chip: brand-coloured, with its state marker, time, network icons and the
// first line of its text. Shared by the month and week views and the chip being dragged.
struct ChipOptions
{
    bool selected = false;
    bool ghost = false; // the chip under the mouse while dragging
    bool faded = false; // the original place of a chip being dragged
    bool showTime = true;
    bool twoLines = false; // time and icons on a first line, text below (tall week chips)
};

int chipHeight(const QFont &font);
void paintChip(QPainter &painter, const QRect &rect, const CalendarEntry &entry, const QPalette &palette,
               const ChipOptions &options = {});
// A small round marker whose colour and glyph tell the state (the tooltip names it).
void paintStateMarker(QPainter &painter, const QRectF &rect, PostState state);
// The same marker as an icon (filter menus, the list view), drawn at the sizes asked for.
QIcon stateIcon(PostState state);
// The small circular arrow on the chips of recurring posts.
void paintRepeatMark(QPainter &painter, const QRectF &rect, const QColor &color);

} // namespace ui
} // namespace vigie
