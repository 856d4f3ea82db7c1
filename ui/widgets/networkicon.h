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

} // namespace ui
} // namespace vigie
