#pragma once

#include "core/network.h"

#include <QColor>
#include <QIcon>

namespace vigie {
namespace ui {

// A small badge in the network's colour with its initial, drawn rather than shipped so every
// network (and Unknown) has one at any size.
QIcon networkIcon(Network network);
QColor networkColor(Network network);
// The same badge for anything else: its colour and up to two letters (Google+'s grey "G+").
QIcon badgeIcon(const QColor &color, const QString &letters);

} // namespace ui
} // namespace vigie
