#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "demo/demoworld.h"

#include <functional>

namespace vigie {
class Database;
}

namespace vigie {
namespace demo {

// About messageCount inbox messages over the six weeks before world.today: conversations in French
// and English on every account, some describing side effects, some answered by the community team,
// many already handled (done, pending, read). progress receives 0..100 of this step.
Status createInbox(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng, int messageCount,
                   const QString &actor, const std::function<void(int)> &progress);

} // namespace demo
} // namespace vigie
