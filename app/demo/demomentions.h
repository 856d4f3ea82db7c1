#pragma once

#include "core/status.h"
#include "demo/demoworld.h"

#include <functional>

namespace vigie {
class Database;
}

namespace vigie {
namespace demo {

// count listening mentions over the year before world.today: own brands against the competitor,
// quieter weekends, a gentle upward trend, a seasonal pattern, the crisis burst and the campaign
// peak. progress receives 0..100 of this step.
Status createMentions(Database &db, const DemoWorld &world, DemoRandom &rng, int count,
                      const std::function<void(int)> &progress);

} // namespace demo
} // namespace vigie
