#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "demo/demoworld.h"

namespace vigie {
class Database;
}

namespace vigie {
namespace demo {

// Creates the demo workspace with its brands, products and accounts, and records them in world.
Status createCatalog(Database &db, const Clock &clock, DemoWorld &world);

} // namespace demo
} // namespace vigie
