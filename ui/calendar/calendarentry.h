#pragma once

#include "core/types.h"

#include <QColor>
#include <QDateTime>
#include <QList>

class QAbstractItemModel;

namespace vigie {
namespace ui {

// What a calendar view paints of one post, read from the model's roles (so a filter proxy can
// sit between the model and the view).
struct CalendarEntry
{
    Id id = 0;
    QString title;
    QString brandName;
    QColor color;
    QList<Network> networks;
    PostState state = PostState::Unknown;
    QString stateName;
    QDateTime local; // wall-clock time in the workspace's timezone
    bool movable = false;
    bool recurring = false; // part of a series: the chip shows a repeat mark

    static QList<CalendarEntry> readAll(const QAbstractItemModel *model);
    QString toolTip() const;
};

} // namespace ui
} // namespace vigie
