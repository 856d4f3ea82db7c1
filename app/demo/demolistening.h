#pragma once

#include "core/status.h"

namespace vigie {

class Database;

namespace demo {

struct DemoWorld;

// What the demo workspace listens for: a query per brand (the competitor's too) and the health
// news feeds its mentions come from, with the state of their last read. The demo never collects
// (it is offline): its collection interval is 0. Published posts get their publication time and
// engagement figures.
Status createListeningSetup(Database &db, const DemoWorld &world);

} // namespace demo
} // namespace vigie
